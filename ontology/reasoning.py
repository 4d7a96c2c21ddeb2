"""Reasoning over the ontology with owlready2 and its HermiT reasoner (needs Java).

owlready2 does not read Turtle, so the ontology is converted to RDF/XML first.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import owlready2
import rdflib


class ReasonerUnavailable(RuntimeError):
    """No Java runtime to run HermiT."""


@dataclass(frozen=True)
class ReasoningReport:
    consistent: bool
    classes: int
    properties: int
    message: str = ""


def ontology_graph() -> rdflib.Graph:
    """mlkg.ttl parsed with rdflib."""
    return rdflib.Graph().parse(data=(files("ontology") / "mlkg.ttl").read_text(encoding="utf-8"), format="turtle")


def check_consistency() -> ReasoningReport:
    """Load mlkg.ttl into owlready2 and run HermiT; inconsistency is reported, not raised."""
    if shutil.which("java") is None:
        raise ReasonerUnavailable("HermiT needs a Java runtime (apt-get install default-jre-headless)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mlkg.owl"
        ontology_graph().serialize(destination=path, format="xml")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as error:
            return ReasoningReport(False, len(list(onto.classes())), len(list(onto.properties())), str(error))
        return ReasoningReport(True, len(list(onto.classes())), len(list(onto.properties())))
