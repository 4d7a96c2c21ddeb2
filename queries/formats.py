"""Writing results and graphs in standard formats, inside pyoxigraph where it can.

Serializing in pyoxigraph rather than row by row in Python keeps the GIL free
while it works (which matters to the endpoint's threads) and is fast.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from ontology.namespaces import PREFIXES

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"nquads", "trig", "jsonld"}


def _term_key(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph) -> str:
    return str(term)


def sorted_triples(store: ox.Store) -> list[ox.Triple]:
    """The union of all graphs as distinct triples, in a fixed order."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)}
    return sorted(triples, key=lambda t: (_term_key(t.subject), _term_key(t.predicate), _term_key(t.object)))


def sorted_quads(store: ox.Store) -> list[ox.Quad]:
    quads = store.quads_for_pattern(None, None, None, None)
    return sorted(
        quads, key=lambda q: (_term_key(q.graph_name), _term_key(q.subject), _term_key(q.predicate), _term_key(q.object))
    )


def export_graph(store: ox.Store, fmt: str) -> bytes:
    """The whole graph, deterministic: the same graph gives the same bytes.

    Triple formats get the union of all named graphs; quad formats keep the graphs.
    """
    rdf_format = RDF_FORMATS[fmt]
    data: Iterable[ox.Triple | ox.Quad] = sorted_quads(store) if fmt in QUAD_FORMATS else sorted_triples(store)
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
    return ox.serialize(data, format=rdf_format, prefixes=prefixes)


def serialize_solutions(result: ox.QuerySolutions | ox.QueryBoolean, fmt: str) -> bytes:
    return result.serialize(format=RESULT_FORMATS[fmt])


def serialize_triples(result: Iterable[ox.Triple], fmt: str) -> bytes:
    return ox.serialize(result, format=RDF_FORMATS[fmt], prefixes=PREFIXES if fmt in ("turtle", "rdfxml") else None)


def text_table(columns: list[str], rows: list[list[str]]) -> str:
    """A plain aligned table for terminals.

    >>> print(text_table(["a", "bb"], [["x", "1"], ["yyy", ""]]))
    a    bb
    ---  --
    x    1
    yyy
    """
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
