"""Every IRI mlkg mints, in one place.

Names give stable IRIs: the same model name in two excerpts is one node.

>>> model_iri("MedBERT-XL")
'https://w3id.org/mlkg/id/model/medbert-xl'
>>> excerpt_iri("paper 12/3")
'https://w3id.org/mlkg/id/excerpt/paper%2012%2F3'
>>> run_iri("e1", 2), mention_iri("e1", 0)
('https://w3id.org/mlkg/id/excerpt/e1/run/2', 'https://w3id.org/mlkg/id/excerpt/e1/mention/0')
"""

from __future__ import annotations

from urllib.parse import quote

from loader.slugs import slug
from ontology.namespaces import CATALOG_GRAPH, ONTOLOGY_GRAPH, RESOURCE_BASE

__all__ = [
    "CATALOG_GRAPH",
    "ONTOLOGY_GRAPH",
    "country_iri",
    "dataset_iri",
    "excerpt_iri",
    "hardware_iri",
    "mention_iri",
    "model_iri",
    "run_iri",
    "unresolved_hardware_iri",
]


def _segment(text: str) -> str:
    return quote(text, safe="-._~")


def model_iri(name: str) -> str:
    return f"{RESOURCE_BASE}model/{slug(name)}"


def excerpt_iri(excerpt_id: str) -> str:
    """The excerpt's node and the name of the graph holding its facts."""
    return f"{RESOURCE_BASE}excerpt/{_segment(excerpt_id)}"


def run_iri(excerpt_id: str, index: int) -> str:
    return f"{excerpt_iri(excerpt_id)}/run/{index}"


def mention_iri(excerpt_id: str, index: int) -> str:
    return f"{excerpt_iri(excerpt_id)}/mention/{index}"


def hardware_iri(key: str) -> str:
    return f"{RESOURCE_BASE}hardware/{_segment(key)}"


def unresolved_hardware_iri(surface: str) -> str:
    return f"{RESOURCE_BASE}hardware/unresolved/{slug(surface)}"


def dataset_iri(name_or_key: str) -> str:
    return f"{RESOURCE_BASE}dataset/{slug(name_or_key)}"


def country_iri(alpha2: str) -> str:
    return f"{RESOURCE_BASE}country/{alpha2.upper()}"
