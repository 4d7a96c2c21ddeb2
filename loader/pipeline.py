"""The loader end to end: inputs -> parse -> extract -> quads -> store.

Extraction is a pure function per excerpt; only `loader.store` writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import IO

import pyoxigraph as ox

from loader.errors import ExcerptError, Warning_
from loader.extract import Record, extract
from loader.iris import excerpt_iri
from loader.parse import TaggedExcerpt
from loader.sources import read_excerpts
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


def excerpt_nquads(excerpt: TaggedExcerpt) -> tuple[Record, str, int]:
    """Extract one excerpt: its record, its graph as N-Quads text, and the quad count."""
    record = extract(excerpt)
    writer = record_quads(record)
    return record, writer.text(), len(writer)


def _warnings(record: Record) -> list[Warning_]:
    excerpt = record.excerpt
    found = list(excerpt.warnings)
    for problem in record.problems:
        line, column = excerpt.raw_position(problem.mention.start)
        found.append(Warning_(excerpt.id, line, column, f"<{problem.mention.tag}> {problem.message}; kept as text", excerpt.origin))
    if not record.models:
        found.append(Warning_(excerpt.id, 1, 1, "no <model> tag: the excerpt's text and mentions are kept, no model", excerpt.origin))
    return found


def load_excerpts(store: ox.Store, items: Iterable[TaggedExcerpt | ExcerptError]) -> LoadReport:
    """Load parsed excerpts (errors are reported, not loaded); a repeated id replaces the earlier one."""
    report = LoadReport()
    ensure_reference_graphs(store, catalog_quads().text())
    batch: dict[str, str] = {}
    seen: set[str] = set()
    for item in items:
        if isinstance(item, ExcerptError):
            report.rejected.append(item)
            continue
        record, text, count = excerpt_nquads(item)
        if item.id in seen:
            report.warnings.append(Warning_(item.id, 1, 1, "id given again: this excerpt replaces the earlier one", item.origin))
            report.loaded.remove(item.id)
        seen.add(item.id)
        report.warnings.extend(_warnings(record))
        report.loaded.append(item.id)
        report.quads += count
        batch[excerpt_iri(item.id)] = text
        if len(batch) >= BATCH:
            replace_graphs(store, batch.keys(), "".join(batch.values()))
            batch.clear()
    replace_graphs(store, batch.keys(), "".join(batch.values()))
    store.flush()
    return report


def load_paths(store: ox.Store, paths: Sequence[str], stdin: IO[str] | None = None) -> LoadReport:
    """Load every excerpt under ``paths`` (files, directories, ``-`` for stdin JSONL)."""
    return load_excerpts(store, read_excerpts(paths, stdin))
