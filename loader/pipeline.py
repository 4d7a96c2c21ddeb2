"""The loader end to end: inputs -> parse -> extract -> quads -> store.

Extraction is a pure function per excerpt; only `loader.store` writes.
"""

from __future__ import annotations

import itertools
import multiprocessing
from functools import cache
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO

import pyoxigraph as ox

from loader.errors import ExcerptError, Warning_
from loader.extract import Record, extract
from loader.iris import excerpt_iri
from loader.parse import TaggedExcerpt
from loader.sources import expand_paths, read_excerpts
from loader.store import ensure_reference_graphs, replace_graphs
from loader.triples import catalog_quads, record_quads

BATCH = 5000


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    rejected: list[ExcerptError] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    quads: int = 0

    @property
    def ok(self) -> bool:
        return not self.rejected


@dataclass(frozen=True)
class Extracted:
    """What loading needs from one excerpt; small and picklable, so workers can make it."""

    excerpt_id: str
    origin: str | None
    nquads: str
    quads: int
    warnings: tuple[Warning_, ...]


def extract_excerpt(excerpt: TaggedExcerpt) -> Extracted:
    """The pure per-excerpt map of the loader."""
    record = extract(excerpt)
    writer = record_quads(record)
    return Extracted(excerpt.id, excerpt.origin, writer.text(), len(writer), tuple(_warnings(record)))


def _extract_or_pass(item: TaggedExcerpt | ExcerptError) -> Extracted | ExcerptError:
    return item if isinstance(item, ExcerptError) else extract_excerpt(item)


def _warnings(record: Record) -> list[Warning_]:
    excerpt = record.excerpt
    found = list(excerpt.warnings)
    for problem in record.problems:
        line, column = excerpt.raw_position(problem.mention.start)
        found.append(Warning_(excerpt.id, line, column, f"<{problem.mention.tag}> {problem.message}; kept as text", excerpt.origin))
    if not record.models:
        found.append(Warning_(excerpt.id, 1, 1, "no <model> tag: the excerpt's text and mentions are kept, no model", excerpt.origin))
    return found


# Below this many excerpts, starting worker processes costs more than it saves.
PARALLEL_FROM = 256


def _mapped(items: Iterable[TaggedExcerpt | ExcerptError], jobs: int) -> Iterator[Extracted | ExcerptError]:
    stream = iter(items)
    head = list(itertools.islice(stream, PARALLEL_FROM))
    if jobs <= 1 or len(head) < PARALLEL_FROM:
        yield from map(_extract_or_pass, itertools.chain(head, stream))
        return
    # fork: workers only run pure extraction and never touch the parent's open store
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(_extract_or_pass, itertools.chain(head, stream), chunksize=64)


def load_excerpts(store: ox.Store, items: Iterable[TaggedExcerpt | ExcerptError], *, jobs: int = 1) -> LoadReport:
    """Load parsed excerpts (errors are reported, not loaded); a repeated id replaces the earlier one.

    ``jobs`` > 1 extracts in that many worker processes (for inputs of at least
    ``PARALLEL_FROM`` excerpts); quads are written in batches.
    """
    report = LoadReport()
    ensure_reference_graphs(store, _catalog_nquads())
    batch: dict[str, Extracted] = {}
    loaded: dict[str, int] = {}
    for item in _mapped(items, jobs):
        if isinstance(item, ExcerptError):
            report.rejected.append(item)
            continue
        if item.excerpt_id in loaded:
            report.warnings.append(
                Warning_(item.excerpt_id, 1, 1, "id given again: this excerpt replaces the earlier one", item.origin)
            )
        loaded[item.excerpt_id] = item.quads
        report.warnings.extend(item.warnings)
        batch[excerpt_iri(item.excerpt_id)] = item
        if len(batch) >= BATCH:
            _write(store, batch)
    _write(store, batch)
    store.flush()
    report.loaded = list(loaded)
    report.quads = sum(loaded.values())
    return report


@cache
def _catalog_nquads() -> str:
    """The catalog graph, built once per process (the catalogs ship with the code)."""
    return catalog_quads().text()


def _write(store: ox.Store, batch: dict[str, Extracted]) -> None:
    replace_graphs(store, batch.keys(), "".join(e.nquads for e in batch.values()))
    batch.clear()


def load_paths(store: ox.Store, paths: Sequence[str], stdin: IO[str] | None = None, *, jobs: int = 1) -> LoadReport:
    """Load every excerpt under ``paths`` (files, directories, ``-`` for stdin JSONL).

    A path that does not exist is a `UsageError` before anything is written.
    """
    expand_paths(paths)
    return load_excerpts(store, read_excerpts(paths, stdin), jobs=jobs)
