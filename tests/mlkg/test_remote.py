"""``KnowledgeGraph.connect(url)`` gives what ``KnowledgeGraph.open(path)`` gives, over ``mlkg serve``
and over ``oxigraph serve`` (the ``oxigraph`` package's server) on the same store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest

from queries import BadParameter, EndpointError, KnowledgeGraph, QueryError, UnknownQuery
from queries.registry import registry


def example_params(name: str) -> dict[str, Any]:
    query = registry()[name]
    return {p.name: p.example for p in query.params if p.example is not None}


def comparable(rows) -> list[tuple]:
    return sorted((tuple(map(str, row)) for row in rows))


@pytest.fixture(scope="module")
def embedded(examples_store) -> KnowledgeGraph:
    return KnowledgeGraph.open(examples_store)


@pytest.fixture(scope="module", params=["mlkg serve", "oxigraph serve"])
def remote(request, examples_store, servers, endpoint) -> Iterator[KnowledgeGraph]:
    if request.param == "mlkg serve":
        yield KnowledgeGraph.connect(endpoint + "sparql")
    else:
        with servers.oxigraph(examples_store) as url:
            yield KnowledgeGraph.connect(url)


@pytest.mark.parametrize("name", list(registry()))
def test_every_canned_query_gives_the_same_rows_remote_and_embedded(embedded, remote, name):
    params = example_params(name)
    here, there = embedded.ask(name, **params), remote.ask(name, **params)
    assert there.columns == here.columns
    assert comparable(there) == comparable(here)
    if name == "models-by-hardware-and-country":
        assert [(r.model_name, r.gpu_count) for r in there] == [("Atlas-13B", 256), ("Lumen-ViT-H", 64)]


def test_helpers_values_and_dataframes(remote):
    rows = remote.models_by_hardware_and_country(hardware="NVIDIA A100", country="Singapore")
    assert rows[0].model_name == "Atlas-13B" and isinstance(rows[0].gpu_count, int)
    frame = rows.to_dataframe()
    assert list(frame["model_name"]) == ["Atlas-13B", "Lumen-ViT-H"]
    assert remote.largest_models(limit=1)[0].parameters == max(r.parameters for r in remote.largest_models(limit=50))


def test_query_gives_rows_booleans_and_triples(embedded, remote):
    assert remote.query('ASK { ?m <http://www.w3.org/2000/01/rdf-schema#label> "Atlas-13B" }') is True
    construct = "CONSTRUCT { ?m <urn:name> ?n } WHERE { ?m a <https://w3id.org/mlkg/ontology#Model> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }"
    triples = remote.query(construct)
    assert all(isinstance(t, ox.Triple) for t in triples)
    assert set(triples) == set(embedded.query(construct))


def test_errors_are_typed(remote):
    with pytest.raises(QueryError, match="refused the query"):
        remote.query("SELECT ?s WHERE { ?s ")
    with pytest.raises(UnknownQuery):
        remote.ask("no-such-query")
    with pytest.raises(BadParameter):
        remote.largest_models(limit="many")


def test_unreachable_and_wrong_endpoints_are_endpoint_errors(servers, endpoint):
    nobody = KnowledgeGraph.connect(f"http://127.0.0.1:{servers.free_port()}/sparql", timeout=5)
    with pytest.raises(EndpointError, match="cannot reach"):
        nobody.count_models()
    not_sparql = KnowledgeGraph.connect(endpoint + "queries")  # a page, not a SPARQL endpoint: 405 to POST
    with pytest.raises(EndpointError, match="405"):
        not_sparql.count_models()


def test_timeout_on_the_server_is_an_endpoint_error(examples_store, servers):
    with servers.mlkg(examples_store, "--timeout", "0.5") as base:
        kg = KnowledgeGraph.connect(base + "sparql")
        with pytest.raises(EndpointError, match="503.*limit"):
            kg.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?f ?c")
        assert kg.count_models()[0].models > 0
