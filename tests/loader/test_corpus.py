"""The project's labelled corpus, value by value (labels in tests/corpus/expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loader.datasets import resolve_dataset
from loader.extract import extract
from loader.parse import TaggedExcerpt
from loader.sources import read_excerpts

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
EXCERPTS = {item.id: item for item in read_excerpts([str(CORPUS)]) if isinstance(item, TaggedExcerpt)}


def test_every_labelled_excerpt_parses():
    assert sorted(EXCERPTS) == sorted(EXPECTED)


def _runs(record):
    runs = []
    for run in record.runs:
        if run.hardware is None and run.count is None and run.hours is None:
            continue  # the run that only carries country for a model with no stated hardware
        entry = run.hardware.value if run.hardware else None
        runs.append(
            (
                entry.family if entry else None,
                run.hardware is not None and entry is None,
                run.count.value if run.count else None,
                float(run.hours.value) if run.hours else None,
            )
        )
    return sorted(runs, key=repr)


@pytest.mark.parametrize("excerpt_id", sorted(EXPECTED))
def test_tagged_values(excerpt_id):
    want = EXPECTED[excerpt_id]
    record = extract(EXCERPTS[excerpt_id])
    assert {(m.name, tuple(p.value for p in m.parameters)) for m in record.models} == {
        (m["name"], (m["parameters"],) if m["parameters"] else ()) for m in want["models"]
    }
    assert [f.value for f in record.years] == ([want["year"]] if want["year"] else [])
    assert [f.value.alpha2 for f in record.countries] == ([want["country"]] if want["country"] else [])
    assert _runs(record) == sorted(
        ((r["hardware_family"], r["hardware_unresolved"], r["gpu_count"], None if r["hours"] is None else float(r["hours"])) for r in want["runs"]),
        key=repr,
    )
    for run, label in zip(
        sorted((r for r in record.runs if r.hardware and r.hardware.value), key=lambda r: r.hardware.value.family),
        sorted((r for r in want["runs"] if r["hardware_family"]), key=lambda r: r["hardware_family"]),
    ):
        if label["hardware_memory_gb"] is not None:
            assert run.hardware.value.memory_gb == label["hardware_memory_gb"], run.hardware.mention.surface


def _canonical(name: str) -> str:
    entry = resolve_dataset(name)
    return (entry.name if entry else name).casefold()


def test_dataset_mentions_and_roles():
    found = wanted = hits = role_hits = 0
    misses = []
    for excerpt_id, want in EXPECTED.items():
        record = extract(EXCERPTS[excerpt_id])
        got = {(_canonical(d.name), d.role) for d in record.datasets}
        exp = {(_canonical(d["name"]), d["role"]) for d in want["datasets"]}
        found, wanted = found + len({n for n, _ in got}), wanted + len({n for n, _ in exp})
        hits += len({n for n, _ in got} & {n for n, _ in exp})
        role_hits += len(got & exp)
        if got != exp:
            misses.append((excerpt_id, sorted(got - exp), sorted(exp - got)))
    precision, recall = hits / found, hits / wanted
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.85, (round(f1, 3), misses)
    assert role_hits / hits >= 0.9, misses
