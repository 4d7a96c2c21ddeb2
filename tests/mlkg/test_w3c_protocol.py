"""The W3C SPARQL 1.1 Protocol tests (``../shared/data/w3c-sparql-protocol``) against a live ``mlkg serve``.

Each test of the manifest is an HTTP exchange: its first request is replayed as
written (method, path under /sparql, headers, body in its stated encoding). A
read-only endpoint must pass every query test and refuse every update test with
a 4xx; the follow-up requests of the update tests check what the update did, so
they are not replayed.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.collection import Collection

SUITE = Path(__file__).resolve().parents[3] / "shared" / "data" / "w3c-sparql-protocol"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"}
RDF_TYPES = {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"}


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    method: str
    path: str  # after /sparql
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[str]  # e.g. {"2xx", "3xx"}
    boolean: bool | None
    format: str | None  # "boolean", "tabular", "RDF"

    @property
    def is_update(self) -> bool:
        return "update" in self.name


def read_manifest() -> list[ProtocolTest]:
    graph = rdflib.Graph().parse(SUITE / "manifest.ttl", format="turtle")
    manifest = next(graph.subjects(rdflib.RDF.type, MF.Manifest))
    tests = []
    for test in Collection(graph, graph.value(manifest, MF.entries)):
        first = Collection(graph, graph.value(graph.value(test, MF.action), HT.requests))[0]
        headers_list = graph.value(first, HT.headers)
        headers = {
            str(graph.value(h, HT.fieldName)): str(graph.value(h, HT.fieldValue))
            for h in (Collection(graph, headers_list) if headers_list is not None else [])
        }
        body_node = graph.value(first, HT.body)
        body = None
        if body_node is not None:
            body = str(graph.value(body_node, CNT.chars)).encode(str(graph.value(body_node, CNT.characterEncoding)))
        response = graph.value(first, HT.resp)
        boolean = graph.value(response, MF.expectedBoolean)
        fmt = graph.value(response, MF.expectedFormat)
        path = str(graph.value(first, HT.absolutePath))
        assert path.startswith("/sparql/")
        tests.append(
            ProtocolTest(
                name=str(test).rsplit("#", 1)[-1],
                method=str(graph.value(first, HT.methodName)),
                path=path[len("/sparql/") :],
                headers=headers,
                body=body,
                statuses=frozenset(str(s)[len(HTS) :].replace("StatusCode", "") for s in graph.objects(response, MF.expectedStatus)),
                boolean=None if boolean is None else boolean.toPython(),
                format=None if fmt is None else str(fmt),
            )
        )
    return tests


TESTS = read_manifest() if (SUITE / "manifest.ttl").is_file() else []


def test_the_manifest_has_20_query_tests_and_14_update_tests():
    if not TESTS:
        pytest.skip("../shared/data/w3c-sparql-protocol is not here")
    assert sum(not t.is_update for t in TESTS) == 20
    assert sum(t.is_update for t in TESTS) == 14


@pytest.fixture(scope="module")
def w3c_endpoint(tmp_path_factory, servers) -> Iterator[str]:
    """``mlkg serve`` over a store holding data1..3.nt, each in the named graph its label gives."""
    path = tmp_path_factory.mktemp("w3c") / "store"
    store = ox.Store(str(path))
    graph = rdflib.Graph().parse(SUITE / "manifest.ttl", format="turtle")
    loaded = set()
    for data in graph.objects(None, UT.graphData):
        name, source = str(graph.value(data, rdflib.RDFS.label)), Path(str(graph.value(data, UT.graph)).removeprefix("file://"))
        if name not in loaded:
            store.load(path=str(source), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
            loaded.add(name)
    assert len(loaded) == 3
    store.flush()
    del store  # the server's workers open it read-only: no writer may stay open
    with servers.mlkg(path) as base:
        yield base + "sparql"


def status_class(code: int) -> str:
    return f"{code // 100}xx"


@pytest.mark.parametrize("case", TESTS or [pytest.param(None, marks=pytest.mark.skip(reason="../shared is not here"))],
                         ids=[t.name for t in TESTS] or ["suite-absent"])  # fmt: skip
def test_w3c_protocol(w3c_endpoint, case: ProtocolTest):
    response = httpx.request(case.method, w3c_endpoint + case.path, headers=case.headers, content=case.body, timeout=30)
    if case.is_update:
        assert 400 <= response.status_code < 500, f"{case.name}: an update must be refused, got {response.status_code}"
        return
    assert status_class(response.status_code) in case.statuses, f"{case.name}: {response.status_code} {response.text}"
    media_type = response.headers.get("content-type", "").split(";")[0]
    if case.format == "tabular":
        assert media_type in RESULT_TYPES
    elif case.format == "boolean":
        assert media_type in {"application/sparql-results+json", "application/sparql-results+xml"}
    elif case.format == "RDF":
        assert media_type in RDF_TYPES
        rdflib.Graph().parse(data=response.content, format={"text/turtle": "turtle"}.get(media_type, media_type))
    if case.boolean is not None:
        if media_type == "application/sparql-results+json":
            answer = json.loads(response.content)["boolean"]
        else:
            answer = ET.fromstring(response.content).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"
        assert answer is case.boolean
