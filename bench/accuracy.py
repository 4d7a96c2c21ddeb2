#!/usr/bin/env python3
"""Accuracy of the real loader on a labelled corpus, value by value.

    python bench/accuracy.py [CORPUS] [--misses] [--limit N]

CORPUS is a directory holding ``expected.json`` and the excerpts (``*.jsonl`` and
``*.txt`` below it, read with ``loader.sources.read_excerpts``): ``bench/corpus`` by
default, or ``tests/corpus``. Labels follow tests/corpus/README.md.

Scoring. A field is scored wherever the label has a value *or* the loader produced
one, so a spurious value counts as a miss and "both empty" is not a free hit:
- model name: each name in labels or output; parameters: each labelled model;
- runs (hardware family, a labelled family name compared as the catalog spells it;
  resolved/unresolved, stated memory, gpu_count, hours): the loader's runs are aligned to the labelled runs (the assignment that agrees on the
  most values; runs with no hardware, count or duration are ignored, as in
  tests/loader/test_corpus.py); an unmatched run misses every value it has;
- country, year: per excerpt;
- datasets: names compared after ``loader.datasets.resolve_dataset`` canonicalization (a
  name restated in parentheses, stored as the dataset's alias, matches too, and so do a
  label's optional "aliases"),
  case-insensitive; precision, recall and F1 over (excerpt, name) pairs; role
  accuracy over labelled (name, role) pairs whose name was found.
Extraction is timed as a side figure. Always exits 0: a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from loader.datasets import resolve_dataset  # noqa: E402
from loader.hardware import resolve_hardware  # noqa: E402
from loader.extract import DatasetUse, Record, extract  # noqa: E402
from loader.parse import TaggedExcerpt  # noqa: E402
from loader.sources import read_excerpts  # noqa: E402

FIELDS = ("model name", "parameters", "gpu_count", "hardware family", "hardware resolved/unresolved",
          "hardware memory (stated)", "hours", "country", "year")


@dataclass(frozen=True)
class Miss:
    id: str
    field: str
    got: object
    expected: object
    note: str = ""


@dataclass
class Score:
    hits: Counter = field(default_factory=Counter)
    scored: Counter = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    ds_found: int = 0
    ds_labelled: int = 0
    ds_matched: int = 0
    role_scored: int = 0
    role_hits: int = 0
    role_given: int = 0  # roles the loader gave the matched names, right or not
    # recall broken down: labelled (name, role) pairs by role and by catalog membership
    recall_by: Counter = field(default_factory=Counter)
    labelled_by: Counter = field(default_factory=Counter)

    def check(self, excerpt_id: str, name: str, got: object, expected: object, note: str = "") -> None:
        self.scored[name] += 1
        if _same(got, expected):
            self.hits[name] += 1
        else:
            self.misses.append(Miss(excerpt_id, name, got, expected, note))


def _same(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-6
    return a == b


# --- runs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunView:
    family: str | None
    has_hardware: bool
    unresolved: bool
    memory: float | None
    count: int | None
    hours: float | None
    surface: str | None = None


def _got_runs(record: Record) -> list[RunView]:
    runs = []
    for run in record.runs:
        if run.hardware is None and run.count is None and run.hours is None:
            continue  # the placeholder run that only carries a model's country
        entry = run.hardware.value if run.hardware else None
        runs.append(RunView(
            family=entry.family if entry else None,
            has_hardware=run.hardware is not None,
            unresolved=run.hardware is not None and entry is None,
            memory=run.stated_memory_gb if run.stated_memory_gb is not None else (entry.memory_gb if entry else None),
            count=run.count.value if run.count else None,
            hours=float(run.hours.value) if run.hours else None,
            surface=run.hardware.mention.surface if run.hardware and run.hardware.mention else None,
        ))
    return runs


def _family(label: str | None) -> str | None:
    """A labelled family name as the catalog spells it ("Quadro RTX 6000" is RTX 6000), the
    way the canned queries read a family given by any of its names."""
    entry = resolve_hardware(label) if label else None
    return entry.family if entry else label


def _want_runs(label: dict) -> list[RunView]:
    return [RunView(
        family=_family(r["hardware_family"]),
        has_hardware=r["hardware_family"] is not None or bool(r["hardware_unresolved"]),
        unresolved=bool(r["hardware_unresolved"]),
        memory=r["hardware_memory_gb"],
        count=r["gpu_count"],
        hours=None if r["hours"] is None else float(r["hours"]),
    ) for r in label["runs"]]


def _agreement(g: RunView, w: RunView) -> int:
    return (4 * (g.family == w.family and g.has_hardware == w.has_hardware)
            + 2 * (g.count == w.count) + (g.hours is not None and w.hours is not None and _same(g.hours, w.hours)))


def _align(got: list[RunView], want: list[RunView]) -> list[tuple[RunView | None, RunView | None]]:
    """Pairs (got, want) maximizing agreement; leftovers paired with None."""
    n = max(len(got), len(want))
    padded_got = got + [None] * (n - len(got))
    best, best_score = None, -1
    for perm in itertools.permutations(range(n)):
        score = sum(_agreement(padded_got[i], want[j]) for j, i in enumerate(perm[: len(want)])
                    if padded_got[i] is not None)
        if score > best_score:
            best, best_score = perm, score
    pairs = [(padded_got[best[j]], want[j]) for j in range(len(want))] if best else []
    pairs += [(padded_got[best[j]], None) for j in range(len(want), n) if padded_got[best[j]] is not None]
    return pairs


def _score_runs(score: Score, excerpt_id: str, record: Record | None, label: dict) -> None:
    got = _got_runs(record) if record else []
    for g, w in _align(got, _want_runs(label)):
        note = f"hardware text {g.surface!r}" if g and g.surface else ""
        if (g and g.has_hardware) or (w and w.has_hardware):
            score.check(excerpt_id, "hardware family", g.family if g else None, w.family if w else None, note)
            score.check(excerpt_id, "hardware resolved/unresolved",
                        None if not (g and g.has_hardware) else ("unresolved" if g.unresolved else "resolved"),
                        None if not (w and w.has_hardware) else ("unresolved" if w.unresolved else "resolved"), note)
        if w and w.memory is not None:
            score.check(excerpt_id, "hardware memory (stated)", g.memory if g else None, w.memory, note)
        if (g and g.count is not None) or (w and w.count is not None):
            score.check(excerpt_id, "gpu_count", g.count if g else None, w.count if w else None,
                        f"run {w.family if w else (g.family if g else None)}")
        if (g and g.hours is not None) or (w and w.hours is not None):
            got_hours = g.hours if g else None
            if got_hours is not None and w and w.hours is not None and round(got_hours, 4) == round(w.hours, 4):
                got_hours = w.hours  # a label may write "10 minutes" as 0.1667 hours
            score.check(excerpt_id, "hours", got_hours, w.hours if w else None,
                        f"run {w.family if w else (g.family if g else None)}")


# --- the rest -------------------------------------------------------------------------------

def _canonical(name: str) -> str:
    entry = resolve_dataset(name)
    return (entry.name if entry else name).casefold()


def score_excerpt(score: Score, excerpt_id: str, record: Record | None, label: dict) -> None:
    got_models = {m.name: tuple(p.value for p in m.parameters) for m in record.models} if record else {}
    want_models = {m["name"]: ((m["parameters"],) if m["parameters"] else ()) for m in label["models"]}
    for name in sorted(set(got_models) | set(want_models)):
        score.check(excerpt_id, "model name", name if name in got_models else None,
                    name if name in want_models else None)
    for name, params in want_models.items():
        got = got_models.get(name)
        score.check(excerpt_id, "parameters", list(got) if got is not None else "model not found", list(params), name)

    _score_runs(score, excerpt_id, record, label)

    years = [f.value for f in record.years] if record else []
    if years or label["year"] is not None:
        score.check(excerpt_id, "year", years[0] if len(years) == 1 else (years or None), label["year"])
    countries = [f.value.alpha2 for f in record.countries] if record else []
    if countries or label["country"] is not None:
        surface = [m.surface for m in record.excerpt.mentions_of("country")] if record else []
        score.check(excerpt_id, "country", countries[0] if len(countries) == 1 else (countries or None),
                    label["country"], f"country text {surface}" if surface else "")

    want = {(_canonical(d["name"]), d["role"]) for d in label["datasets"]}
    labelled = {n for n, _ in want}
    # Other names a label accepts ("aliases": the text's abbreviation, say) stand for its name.
    accepted = {_canonical(a): _canonical(d["name"]) for d in label["datasets"] for a in d.get("aliases", ())}
    # A name the text restates ("Google Landmarks v2 (GLDv2)") is stored as an alias: either matches.
    def as_labelled(d: DatasetUse) -> str:
        for name in (d.name, d.also_called):
            if name and (_canonical(name) in labelled or _canonical(name) in accepted):
                return accepted.get(_canonical(name), _canonical(name))
        return _canonical(d.name)
    got = {(as_labelled(d), d.role) for d in record.datasets} if record else set()
    got_names, want_names = {n for n, _ in got}, {n for n, _ in want}
    score.ds_found += len(got_names)
    score.ds_labelled += len(want_names)
    score.ds_matched += len(got_names & want_names)
    in_catalog = {_canonical(d["name"]): resolve_dataset(d["name"]) is not None for d in label["datasets"]}
    for name, role in want:
        for key in (f"role {role}", "in catalog" if in_catalog[name] else "not in catalog"):
            score.labelled_by[key] += 1
            score.recall_by[key] += name in got_names
    for name in sorted(want_names - got_names):
        score.misses.append(Miss(excerpt_id, "dataset", None, name))
    surfaces = {}
    if record:
        for d in record.datasets:
            surfaces.setdefault(_canonical(d.name), d.mention.surface if d.mention else d.name)
    for name in sorted(got_names - want_names):
        score.misses.append(Miss(excerpt_id, "dataset", name, None, f"surface {surfaces.get(name)!r}"))
    for name in sorted(got_names & want_names):
        want_roles = sorted(r for n, r in want if n == name)
        got_roles = sorted(r for n, r in got if n == name)
        score.role_scored += len(want_roles)
        score.role_hits += len(set(want_roles) & set(got_roles))
        score.role_given += len(set(got_roles))
        if want_roles != got_roles:
            score.misses.append(Miss(excerpt_id, "dataset role", got_roles, want_roles, name))


def run(corpus: Path) -> tuple[Score, dict]:
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    items = list(read_excerpts([str(corpus)]))
    parsed_at = time.perf_counter()
    excerpts = {item.id: item for item in items if isinstance(item, TaggedExcerpt)}
    unreadable = [item for item in items if not isinstance(item, TaggedExcerpt)]
    records: dict[str, Record | None] = {}
    errors: dict[str, str] = {}
    extract_started = time.perf_counter()
    for excerpt_id, excerpt in excerpts.items():
        try:
            records[excerpt_id] = extract(excerpt)
        except Exception as error:  # a crash is a result too
            records[excerpt_id] = None
            errors[excerpt_id] = f"{type(error).__name__}: {error}"
    finished = time.perf_counter()

    score = Score()
    for excerpt_id, label in expected.items():
        if excerpt_id not in records:
            score.misses.append(Miss(excerpt_id, "excerpt", "not read", "labelled"))
        elif excerpt_id in errors:
            score.misses.append(Miss(excerpt_id, "excerpt", errors[excerpt_id], "extracted"))
        score_excerpt(score, excerpt_id, records.get(excerpt_id), label)
    for excerpt_id in sorted(set(records) - set(expected)):
        score.misses.append(Miss(excerpt_id, "excerpt", "read", "not labelled"))
    timing = {
        "excerpts": len(excerpts),
        "unreadable": len(unreadable),
        "parse_s": parsed_at - started,
        "extract_s": finished - extract_started,
        "labelled": len(expected),
    }
    return score, timing


def _pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:6.2f}%" if total else "     -"


def report(corpus: Path, score: Score, timing: dict, show_all: bool, limit: int) -> str:
    lines = [f"corpus: {corpus} ({timing['labelled']} labelled, {timing['excerpts']} read, "
             f"{timing['unreadable']} unreadable)", "",
             f"{'field':30} {'correct':>8} / {'scored':<7} accuracy"]
    for name in FIELDS:
        lines.append(f"{name:30} {score.hits[name]:>8} / {score.scored[name]:<7} {_pct(score.hits[name], score.scored[name])}")
    total_hits = sum(score.hits[f] for f in FIELDS)
    total = sum(score.scored[f] for f in FIELDS)
    lines.append(f"{'all tagged fields':30} {total_hits:>8} / {total:<7} {_pct(total_hits, total)}")
    p = score.ds_matched / score.ds_found if score.ds_found else 0.0
    r = score.ds_matched / score.ds_labelled if score.ds_labelled else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    lines += ["",
              f"datasets: precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}  "
              f"(found {score.ds_found}, labelled {score.ds_labelled}, matched {score.ds_matched})",
              f"dataset roles over matched datasets: {score.role_hits} / {score.role_scored} "
              f"{_pct(score.role_hits, score.role_scored).strip()} "
              f"(of the roles given: {score.role_hits} / {score.role_given} {_pct(score.role_hits, score.role_given).strip()})",
              "dataset recall by labelled (name, role): " + ", ".join(
                  f"{key} {score.recall_by[key]}/{score.labelled_by[key]} {_pct(score.recall_by[key], score.labelled_by[key]).strip()}"
                  for key in ("role pretraining", "role finetuning", "role evaluation", "in catalog", "not in catalog")
                  if score.labelled_by[key])]
    n = timing["excerpts"] or 1
    lines += ["",
              f"speed (side figure): extract {n / timing['extract_s']:,.0f} excerpts/s "
              f"({timing['extract_s'] * 1000:.0f} ms); parse + extract "
              f"{n / (timing['parse_s'] + timing['extract_s']):,.0f} excerpts/s"]
    by_field = Counter(m.field for m in score.misses)
    lines += ["", f"misses: {len(score.misses)}" + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(by_field.items())) + ")" if by_field else "")]
    shown = score.misses if show_all else score.misses[:limit]
    for miss in shown:
        note = f"  [{miss.note}]" if miss.note else ""
        lines.append(f"  {miss.id:8} {miss.field:28} got {miss.got!r:32} expected {miss.expected!r}{note}")
    if len(shown) < len(score.misses):
        lines.append(f"  ... {len(score.misses) - len(shown)} more; --misses lists them all")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=REPO / "bench" / "corpus",
                        help="directory with expected.json and the excerpts (default bench/corpus)")
    parser.add_argument("--misses", action="store_true", help="list every miss (default: the first --limit)")
    parser.add_argument("--limit", type=int, default=25, help="misses shown without --misses (default 25)")
    args = parser.parse_args(argv)
    try:
        score, timing = run(args.corpus)
    except (OSError, ValueError) as error:
        print(f"accuracy: cannot read {args.corpus}: {error}", file=sys.stderr)
        return 0
    print(report(args.corpus, score, timing, args.misses, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
