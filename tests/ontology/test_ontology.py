"""The ontology is the one source of terms: code, queries and mlkg.ttl must agree."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, URIRef

from ontology.namespaces import MLKG, declared_terms
from ontology.reasoning import check_consistency, ontology_graph

ROOT = Path(__file__).resolve().parents[2]
NS = str(MLKG._NS)
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual, OWL.AnnotationProperty)


def ttl_terms() -> set[str]:
    graph = ontology_graph()
    return {
        str(s)[len(NS):]
        for kind in KINDS
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(NS)
    }


def test_python_namespace_matches_the_ontology():
    assert declared_terms() == ttl_terms()


def test_code_and_queries_use_only_declared_terms():
    used: dict[str, set[str]] = {}
    for path in [*ROOT.glob("*/*.py"), *ROOT.glob("queries/*.rq")]:
        if path.parts[-2] in ("tests", ".venv"):
            continue
        text = path.read_text(encoding="utf-8")
        for term in re.findall(r"\bMLKG\.(\w+)", text) + re.findall(r"\bmlkg:(\w+)", text):
            used.setdefault(term, set()).add(path.name)
    used.pop("notATerm", None)  # the doctest in namespaces.py shows an undeclared term failing
    undeclared = {t: sorted(files) for t, files in used.items() if t not in ttl_terms() and not t.startswith("_")}
    assert not undeclared, f"terms used but not declared in mlkg.ttl: {undeclared}"


def test_every_term_has_a_label_and_a_comment():
    graph = ontology_graph()
    for term in ttl_terms():
        node = URIRef(NS + term)
        assert graph.value(node, RDFS.label) is not None, term
        assert graph.value(node, RDFS.comment) is not None, term


def test_core_classes_are_aligned_with_fair4ml_mls_prov_and_schema():
    graph = ontology_graph()
    supers = lambda c: {str(o) for o in graph.objects(URIRef(NS + c), RDFS.subClassOf)}  # noqa: E731
    assert {"https://w3id.org/fair4ml#MLModel", "http://www.w3.org/ns/mls#Model", "http://www.w3.org/ns/prov#Entity"} <= supers("Model")
    assert {"http://www.w3.org/ns/mls#Run", "http://www.w3.org/ns/prov#Activity"} <= supers("TrainingRun")
    assert "https://schema.org/Product" in supers("Hardware")
    assert "https://schema.org/Dataset" in supers("Dataset")
    assert "https://schema.org/Country" in supers("Country")
    roles = {str(o) for p in ("pretrainedOn", "fineTunedOn") for o in graph.objects(URIRef(NS + p), RDFS.subPropertyOf)}
    assert roles == {"https://w3id.org/fair4ml#trainedOn"}


def test_properties_have_domains_and_ranges_where_owl2_allows():
    graph = ontology_graph()
    for term in ttl_terms():
        node = URIRef(NS + term)
        if (node, RDF.type, OWL.DatatypeProperty) in graph or (node, RDF.type, OWL.ObjectProperty) in graph:
            assert graph.value(node, RDFS.domain) is not None or term in ("resolved", "about", "lookupKey"), term


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_finds_the_ontology_consistent():
    report = check_consistency()
    assert report.consistent, report.message
    assert report.classes >= 7
