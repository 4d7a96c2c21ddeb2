"""Namespace constants, declared once for the whole project.

``MLKG`` lists every term of ``ontology/mlkg.ttl``; using a term the ontology
does not declare raises at once, and ``tests/ontology/test_drift.py`` fails
when this list and the ontology disagree.

>>> str(MLKG.Model)
'https://w3id.org/mlkg/ontology#Model'
>>> MLKG.notATerm
Traceback (most recent call last):
...
AttributeError: term 'notATerm' not in namespace 'https://w3id.org/mlkg/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/mlkg/ontology"
RESOURCE_BASE = "https://w3id.org/mlkg/id/"
CATALOG_GRAPH = RESOURCE_BASE + "graph/catalog"
ONTOLOGY_GRAPH = RESOURCE_BASE + "graph/ontology"


class MLKG(DefinedNamespace):
    """The mlkg ontology's terms (classes first, then properties)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    Model: URIRef
    TrainingRun: URIRef
    Hardware: URIRef
    Dataset: URIRef
    Country: URIRef
    Excerpt: URIRef
    Mention: URIRef
    RunKind: URIRef
    PreTraining: URIRef
    FineTuning: URIRef

    parameterCount: URIRef
    releaseYear: URIRef
    pretrainedOn: URIRef
    fineTunedOn: URIRef
    evaluatedOn: URIRef
    layers: URIRef
    hiddenSize: URIRef
    attentionHeads: URIRef
    vocabularySize: URIRef
    sequenceLength: URIRef

    runKind: URIRef
    hardware: URIRef
    acceleratorCount: URIRef
    acceleratorMemoryGB: URIRef
    durationHours: URIRef
    duration: URIRef
    durationText: URIRef
    country: URIRef
    gpuHours: URIRef
    optimizer: URIRef
    peakLearningRate: URIRef
    batchSize: URIRef
    trainingSteps: URIRef
    trainingTokens: URIRef
    precision: URIRef
    parallelism: URIRef

    family: URIRef
    vendor: URIRef
    hardwareType: URIRef
    memoryGB: URIRef
    hardwareReleaseYear: URIRef
    generic: URIRef
    resolved: URIRef
    lookupKey: URIRef
    peakFlopsFP64: URIRef
    peakFlopsFP32: URIRef
    peakFlopsFP16: URIRef
    peakFlopsTF32: URIRef
    peakFlopsTensorFP16BF16: URIRef
    peakOpsINT8: URIRef
    peakFlopsFP8: URIRef

    domain: URIRef
    alpha2: URIRef

    excerptId: URIRef
    text: URIRef
    source: URIRef
    hasMention: URIRef
    tag: URIRef
    surfaceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    approximate: URIRef
    states: URIRef
    about: URIRef
    problem: URIRef


RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
FAIR4ML = Namespace("https://w3id.org/fair4ml#")
MLS = Namespace("http://www.w3.org/ns/mls#")
WD = Namespace("http://www.wikidata.org/entity/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
ID = Namespace(RESOURCE_BASE)

#: Prefixes for Turtle and TriG export. Resource prefixes stop at the last "/" of
#: the IRIs they shorten, so no local name needs escaping ("model:gpt-neox-20b");
#: excerpts, with their runs and mentions below them, stay full IRIs.
PREFIXES: dict[str, str] = {
    "mlkg": str(MLKG._NS),
    "model": RESOURCE_BASE + "model/",
    "hardware": RESOURCE_BASE + "hardware/",
    "dataset": RESOURCE_BASE + "dataset/",
    "country": RESOURCE_BASE + "country/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "fair4ml": str(FAIR4ML),
    "mls": str(MLS),
    "wd": str(WD),
    "dcterms": str(DCTERMS),
}


def declared_terms() -> frozenset[str]:
    """Local names of every term declared in ``MLKG``."""
    return frozenset(name for name in MLKG.__annotations__ if not name.startswith("_"))
