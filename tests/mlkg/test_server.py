"""``mlkg serve`` as clients see it: the SPARQL 1.1 Protocol, its refusals, and the canned queries.

Every test talks HTTP to a live server on loopback, with httpx, SPARQLWrapper or
rdflib's SPARQLStore.
"""

from __future__ import annotations

import csv
import io
import json
import os
import threading
import time
import xml.etree.ElementTree as ET

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from queries.registry import registry

A100_IN_SINGAPORE = """
PREFIX mlkg: <https://w3id.org/mlkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?name ?count WHERE {
  ?model rdfs:label ?name ; prov:wasGeneratedBy ?run .
  ?run mlkg:hardware/mlkg:family "A100" ; mlkg:country/mlkg:alpha2 "SG" .
  OPTIONAL { ?run mlkg:acceleratorCount ?count }
} ORDER BY ?name
"""
CONSTRUCT = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX mlkg: <https://w3id.org/mlkg/ontology#>
CONSTRUCT { ?m rdfs:label ?name } WHERE { ?m a mlkg:Model ; rdfs:label ?name }
"""
ASK = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { ?m rdfs:label \"Atlas-13B\" }"
SLOW = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?f ?c"
RESULTS_JSON = "application/sparql-results+json"


def names(payload: bytes) -> list[str]:
    return [b["name"]["value"] for b in json.loads(payload)["results"]["bindings"]]


def sparql(base: str, query: str, accept: str | None = None, **params: str) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return httpx.get(base + "sparql", params={"query": query, **params}, headers=headers, timeout=30)


# --------------------------------------------------------------------------- the protocol


def test_get_post_form_and_post_direct_give_the_same_answer(endpoint):
    by_get = sparql(endpoint, A100_IN_SINGAPORE)
    by_form = httpx.post(endpoint + "sparql", data={"query": A100_IN_SINGAPORE}, headers={"Accept": RESULTS_JSON})
    by_body = httpx.post(
        endpoint + "sparql", content=A100_IN_SINGAPORE.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": RESULTS_JSON},
    )  # fmt: skip
    for response in (by_get, by_form, by_body):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(RESULTS_JSON)
        assert names(response.content) == ["Atlas-13B", "Lumen-ViT-H"]


def test_union_of_named_graphs_is_the_default_graph_but_from_is_honoured(endpoint):
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    count = lambda q, **p: int(json.loads(sparql(endpoint, q, **p).content)["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert count(everything) == count(in_graphs) > 1000
    excerpt = "https://w3id.org/mlkg/id/excerpt/ex-atlas-13b"
    own = count(f"SELECT (COUNT(*) AS ?n) FROM <{excerpt}> WHERE {{ ?s ?p ?o }}")
    assert 0 < own < count(everything)
    assert count(everything, **{"default-graph-uri": excerpt}) == own  # the protocol's dataset
    assert count(everything, **{"named-graph-uri": excerpt}) == 0  # named graphs only: empty default graph


@pytest.mark.parametrize(
    "accept, media_type",
    [
        (RESULTS_JSON, RESULTS_JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        (None, RESULTS_JSON),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
    ],
)
def test_select_in_every_results_format(endpoint, accept, media_type):
    response = sparql(endpoint, A100_IN_SINGAPORE, accept)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    kind = ox.QueryResultsFormat.from_media_type(media_type)
    if kind == ox.QueryResultsFormat.CSV:  # pyoxigraph reads every format but CSV
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert [r["name"] for r in rows] == ["Atlas-13B", "Lumen-ViT-H"] and rows[0]["count"] == "256"
        return
    solutions = list(ox.parse_query_results(response.content, format=kind))
    assert [s["name"].value for s in solutions] == ["Atlas-13B", "Lumen-ViT-H"]
    assert solutions[0]["count"] == ox.Literal("256", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


@pytest.mark.parametrize("accept", [RESULTS_JSON, "application/sparql-results+xml", "text/csv", "text/tab-separated-values"])
def test_ask_in_results_formats(endpoint, accept):
    response = sparql(endpoint, ASK, accept)
    assert response.status_code == 200
    if accept == RESULTS_JSON:
        assert response.json() == {"head": {}, "boolean": True}
    elif accept.endswith("xml"):
        assert ET.fromstring(response.content).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"
    else:
        assert response.text.strip() == "true"


@pytest.mark.parametrize(
    "accept, media_type, rdflib_format",
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        (None, "text/turtle", "turtle"),
    ],
)
def test_construct_in_every_rdf_format(endpoint, accept, media_type, rdflib_format):
    response = sparql(endpoint, CONSTRUCT, accept)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    labels = {str(o) for o in graph.objects(None, rdflib.RDFS.label)}
    assert {"Atlas-13B", "Lumen-ViT-H", "Kiwi-7B"} <= labels and len(graph) == len(labels)


def test_describe_answers_rdf(endpoint):
    response = sparql(endpoint, "DESCRIBE <https://w3id.org/mlkg/id/model/atlas-13b>", "application/n-triples")
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.content, format="nt")
    assert rdflib.Literal("Atlas-13B") in set(graph.objects())


def test_format_parameter_for_browsers(endpoint):
    assert sparql(endpoint, A100_IN_SINGAPORE, format="csv").headers["content-type"].startswith("text/csv")
    assert sparql(endpoint, A100_IN_SINGAPORE, format="application/sparql-results+xml").status_code == 200
    assert sparql(endpoint, CONSTRUCT, format="json").headers["content-type"] == "application/ld+json"
    assert sparql(endpoint, CONSTRUCT, "text/csv", format="ntriples").status_code == 200  # format= wins over Accept
    assert sparql(endpoint, A100_IN_SINGAPORE, format="pdf").status_code == 406


def test_unacceptable_accept_is_406(endpoint):
    assert sparql(endpoint, A100_IN_SINGAPORE, "image/png").status_code == 406
    construct_as_csv = sparql(endpoint, CONSTRUCT, "text/csv")
    assert construct_as_csv.status_code == 406
    assert "text/turtle" in construct_as_csv.text  # says what it could have given
    assert sparql(endpoint, A100_IN_SINGAPORE, "text/csv;q=0, application/json").status_code == 200


def test_results_flavour_falls_back_to_the_rdf_flavour_and_back(endpoint):
    """A client that names only SPARQL JSON (or XML) gets JSON-LD (or RDF/XML) for a CONSTRUCT."""
    assert sparql(endpoint, CONSTRUCT, RESULTS_JSON).headers["content-type"] == "application/ld+json"
    assert sparql(endpoint, CONSTRUCT, "application/sparql-results+xml").headers["content-type"] == "application/rdf+xml"
    assert sparql(endpoint, ASK, "application/rdf+xml").headers["content-type"] == "application/sparql-results+xml"


def test_syntax_error_is_400_with_the_parser_message_and_position(endpoint):
    response = sparql(endpoint, "SELECT ?s WHERE { ?s ?p ")
    assert response.status_code == 400
    assert response.text.startswith("SPARQL syntax error: error at 1:")
    assert "expected" in response.text


def test_service_description_without_a_query(endpoint):
    response = httpx.get(endpoint + "sparql")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.content, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = next(graph.subjects(rdflib.RDF.type, sd.Service))
    assert graph.value(service, sd.endpoint) == rdflib.URIRef(endpoint + "sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph
    as_jsonld = httpx.get(endpoint + "sparql", headers={"Accept": "application/ld+json"})
    assert len(rdflib.Graph().parse(data=as_jsonld.content, format="json-ld")) == len(graph)


# --------------------------------------------------------------------------- refusals


def count_triples(base: str) -> int:
    response = sparql(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "POST", "data": {"update": "CLEAR ALL"}},
        {"method": "GET", "params": {"update": "CLEAR ALL"}},
        {"method": "POST", "content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"method": "POST", "data": {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
        {"method": "POST", "data": {"query": "DROP ALL"}},
        {"method": "GET", "params": {"query": "LOAD <http://127.0.0.1:9/data.ttl>"}},
        {"method": "GET", "params": {"query": "PREFIX ex: <http://x/> DELETE WHERE { ?s ?p ?o }"}},
    ],
    ids=["update-form", "update-get", "update-direct", "insert-as-query", "drop-as-query", "load", "delete-where"],
)
def test_updates_are_refused_with_403_and_change_nothing(endpoint, request_kwargs):
    before = count_triples(endpoint)
    method = request_kwargs.pop("method")
    response = httpx.request(method, endpoint + "sparql", **request_kwargs)
    assert response.status_code == 403
    assert "read-only" in response.text
    assert count_triples(endpoint) == before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    ],
)
def test_service_calls_are_refused(endpoint, query):
    response = sparql(endpoint, query)
    assert response.status_code == 403 and "SERVICE" in response.text


def test_the_word_service_in_strings_iris_and_names_is_fine(endpoint):
    query = 'PREFIX service: <http://x/SERVICE#> SELECT ?service WHERE { BIND("SERVICE" AS ?service) } # SERVICE'
    assert sparql(endpoint, query).status_code == 200


def test_bad_requests(endpoint):
    url = endpoint + "sparql"
    assert httpx.put(url, params={"query": ASK}).status_code == 405
    assert httpx.post(url, content=b"ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415
    utf16 = {"Content-Type": "application/sparql-query; charset=UTF-16"}
    assert httpx.post(url, content="ASK {}".encode("utf-16"), headers=utf16).status_code == 415
    not_utf8 = {"Content-Type": "application/sparql-query"}
    assert httpx.post(url, content=b"ASK { \xff }", headers=not_utf8).status_code == 400
    assert httpx.get(url, params=[("query", ASK), ("query", ASK)]).status_code == 400
    bad_graph = httpx.get(url, params={"query": ASK, "default-graph-uri": "not an iri"})
    assert bad_graph.status_code == 400 and "not an absolute IRI" in bad_graph.text
    empty_form = httpx.post(url, content=b"", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert empty_form.status_code == 400 and "no query" in empty_form.text


def test_request_size_is_capped(endpoint):
    padding = "#" + "x" * (2 << 20) + "\n"
    response = httpx.post(endpoint + "sparql", content=(padding + ASK).encode(), headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


def test_results_are_cut_at_max_rows_with_a_header(examples_store, servers):
    with servers.mlkg(examples_store, "--max-rows", "3") as base:
        cut = sparql(base, "SELECT ?s ?o WHERE { ?s ?p ?o }")
        assert len(cut.json()["results"]["bindings"]) == 3
        assert cut.headers["MLKG-Results-Truncated"] == "max-rows=3"
        as_csv = sparql(base, "SELECT ?s ?o WHERE { ?s ?p ?o }", "text/csv")
        assert len(as_csv.text.strip().splitlines()) == 1 + 3
        graph = sparql(base, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
        assert len(rdflib.Graph().parse(data=graph.content, format="turtle")) == 3
        assert graph.headers["MLKG-Results-Truncated"] == "max-rows=3"
        whole = sparql(base, A100_IN_SINGAPORE)
        assert len(whole.json()["results"]["bindings"]) == 2 and "MLKG-Results-Truncated" not in whole.headers


def test_timeout_stops_the_query_and_the_server_keeps_serving(examples_store, servers):
    with servers.mlkg(examples_store, "--timeout", "1", "--workers", "2") as base:
        before = httpx.get(base + "health").json()["workers"]
        slow: dict = {}

        def run_slow() -> None:
            begin = time.monotonic()
            slow["response"] = sparql(base, SLOW)
            slow["seconds"] = time.monotonic() - begin

        thread = threading.Thread(target=run_slow)
        thread.start()
        time.sleep(0.2)
        quick = sparql(base, A100_IN_SINGAPORE)  # the other worker answers meanwhile
        assert quick.status_code == 200 and names(quick.content) == ["Atlas-13B", "Lumen-ViT-H"]
        thread.join(30)
        assert slow["response"].status_code == 503
        assert "1 s limit" in slow["response"].text and slow["seconds"] < 10
        # The worker that ran it was killed (really stopped, not left burning CPU) and replaced.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            after = httpx.get(base + "health").json()["workers"]
            if len(after) == 2 and set(after) != set(before):
                break
            time.sleep(0.05)
        assert len(after) == 2 and len(set(before) - set(after)) == 1
        killed = (set(before) - set(after)).pop()
        with pytest.raises(ProcessLookupError):
            os.kill(killed, 0)
        for _ in range(4):
            assert sparql(base, ASK).json()["boolean"] is True


def test_cors_for_browser_clients(endpoint):
    origin = {"Origin": "http://localhost:8080"}
    simple = httpx.get(endpoint + "sparql", params={"query": ASK}, headers=origin)
    assert simple.headers["access-control-allow-origin"] == "*"
    assert "MLKG-Results-Truncated" in simple.headers["access-control-expose-headers"]
    preflight = httpx.options(
        endpoint + "sparql",
        headers={**origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


# --------------------------------------------------------------------------- canned queries


def test_queries_lists_the_registry(endpoint):
    listed = httpx.get(endpoint + "queries").json()
    assert [q["name"] for q in listed] == list(registry())
    by_name = {q["name"]: q for q in listed}
    entry = by_name["models-by-hardware-and-country"]
    assert entry["summary"] and entry["description"]
    assert [p["name"] for p in entry["params"]] == ["hardware", "country"]
    assert "VALUES" in entry["sparql"]  # ready to run, with the examples bound


def test_canned_query_with_parameters_and_negotiation(endpoint):
    url = endpoint + "queries/models-by-hardware-and-country"
    response = httpx.get(url, params={"hardware": "NVIDIA A100", "country": "sg"})
    assert response.status_code == 200
    assert [b["model_name"]["value"] for b in response.json()["results"]["bindings"]] == ["Atlas-13B", "Lumen-ViT-H"]
    as_csv = httpx.get(url, params={"hardware": "A100", "country": "Singapore", "format": "csv"})
    assert as_csv.text.splitlines()[0].startswith("model_name,hardware,country,gpu_count")
    as_tsv = httpx.get(url, params={"hardware": "A100", "country": "Singapore"}, headers={"Accept": "text/tab-separated-values"})
    assert as_tsv.headers["content-type"].startswith("text/tab-separated-values")
    largest = httpx.get(endpoint + "queries/largest-models", params={"limit": "2"})
    assert len(largest.json()["results"]["bindings"]) == 2


def test_canned_query_errors(endpoint):
    assert httpx.get(endpoint + "queries/no-such-query").status_code == 404
    missing = httpx.get(endpoint + "queries/models-by-country")
    assert missing.status_code == 400 and "missing parameter country" in missing.text
    assert httpx.get(endpoint + "queries/largest-models", params={"limit": "many"}).status_code == 400
    assert httpx.get(endpoint + "queries/count-models", params={"colour": "red"}).status_code == 400


# --------------------------------------------------------------------------- real clients


def test_sparqlwrapper_in_each_format(endpoint):
    client = SPARQLWrapper(endpoint + "sparql")
    client.setQuery(A100_IN_SINGAPORE)
    client.setReturnFormat(JSON)
    assert [b["name"]["value"] for b in client.query().convert()["results"]["bindings"]] == ["Atlas-13B", "Lumen-ViT-H"]
    client.setReturnFormat(XML)
    assert len(client.query().convert().getElementsByTagName("result")) == 2
    client.setReturnFormat(CSV)
    assert client.query().convert().decode().splitlines()[1].startswith("Atlas-13B,256")
    client.setMethod("POST")
    client.setQuery(ASK)
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert rdflib.Literal("Atlas-13B") in set(graph.objects())


def test_rdflib_sparqlstore(endpoint):
    graph = rdflib.Graph(SPARQLStore(endpoint + "sparql", returnFormat="json"))
    rows = list(graph.query(A100_IN_SINGAPORE))
    assert [(str(r.name), r["count"].toPython()) for r in rows] == [("Atlas-13B", 256), ("Lumen-ViT-H", 64)]
    assert graph.query(ASK).askAnswer is True
    constructed = graph.query(CONSTRUCT).graph
    assert rdflib.Literal("Lumen-ViT-H") in set(constructed.objects())
    xml_store = rdflib.Graph(SPARQLStore(endpoint + "sparql"))  # rdflib's default: XML results
    assert len(list(xml_store.query(A100_IN_SINGAPORE))) == 2
