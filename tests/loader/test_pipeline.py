"""The loader end to end: parallel extraction changes nothing, errors survive the workers."""

from __future__ import annotations

from pathlib import Path

from loader import pipeline
from loader.pipeline import load_paths
from loader.store import open_store
from queries.formats import export_graph

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_parallel_extraction_gives_the_same_graph(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 8)  # the corpus is small; make it use the pool
    bad = tmp_path / "bad.txt"
    bad.write_text("<model>Broken", encoding="utf-8")
    one, two = open_store(tmp_path / "one"), open_store(tmp_path / "two")
    serial = load_paths(one, [str(CORPUS), str(bad)], jobs=1)
    parallel = load_paths(two, [str(CORPUS), str(bad)], jobs=2)
    assert serial.loaded == parallel.loaded and len(serial.loaded) == 57
    assert [str(e) for e in serial.rejected] == [str(e) for e in parallel.rejected]
    assert "bad:1:1: <model> is never closed" in str(parallel.rejected[0])
    assert export_graph(one, "nquads") == export_graph(two, "nquads")


def test_a_repeated_id_replaces_the_earlier_excerpt(tmp_path):
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text("<model>Old-Name</model> in <country>France</country>.", encoding="utf-8")
    second.write_text("<model>New-Name</model> in <country>Japan</country>.", encoding="utf-8")
    store = open_store(tmp_path / "store")
    report = load_paths(store, [str(first), str(second)])
    assert report.loaded == ["x"] and "replaces the earlier one" in report.warnings[0].message
    names = {s["n"].value for s in store.query("SELECT ?n WHERE { GRAPH ?g { ?m a <https://w3id.org/mlkg/ontology#Model> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n } }")}
    assert names == {"New-Name"}
