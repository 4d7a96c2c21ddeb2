"""Loaded graphs conform to ontology/shapes.ttl (validated with pyshacl)."""

from __future__ import annotations

from importlib.resources import files

import pyshacl
import rdflib

from queries.formats import export_graph


def validate(kg) -> tuple[bool, str]:
    data = rdflib.Graph().parse(data=export_graph(kg.store, "ntriples"), format="nt")
    shapes = rdflib.Graph().parse(data=(files("ontology") / "shapes.ttl").read_text(), format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return conforms, text


def test_the_corpus_graph_conforms(corpus_graph):
    conforms, text = validate(corpus_graph)
    assert conforms, text[:3000]


def test_shapes_catch_a_broken_graph():
    from queries import KnowledgeGraph

    kg = KnowledgeGraph.in_memory()
    kg.load_text("ok", "<model>Fine-1</model> ran on <gpu_count>8</gpu_count> <hardware>A100s</hardware>.")
    kg.store.update(
        "PREFIX mlkg: <https://w3id.org/mlkg/ontology#> "
        "INSERT DATA { GRAPH <urn:x> { <urn:run> a mlkg:TrainingRun ; mlkg:acceleratorCount 0 } }"
    )
    conforms, text = validate(kg)
    assert not conforms and "acceleratorCount" in text
