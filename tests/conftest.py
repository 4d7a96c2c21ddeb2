"""Shared fixtures: the seeds from ../shared (skipped where absent) and the project's own corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from queries import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not here")
    return seeds


@pytest.fixture(scope="session")
def seed_graph(seeds_dir, tmp_path_factory) -> KnowledgeGraph:
    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("seeds") / "store", writable=True)
    report = kg.load([str(seeds_dir)])
    assert report.ok and len(report.loaded) == 4
    return kg


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory) -> KnowledgeGraph:
    kg = KnowledgeGraph.open(tmp_path_factory.mktemp("corpus") / "store", writable=True)
    report = kg.load([str(CORPUS)])
    assert report.ok, [str(e) for e in report.rejected]
    return kg
