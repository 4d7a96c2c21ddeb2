"""``mlkg serve``: a read-only SPARQL 1.1 Protocol endpoint over the store, and a query page.

Routes: ``/sparql`` (GET and POST, the W3C protocol; a service description when
GET has no query), ``/queries`` and ``/queries/{name}`` (the canned queries of
the ``queries`` registry), ``/`` (the YASGUI page) and ``/static``.

The event loop never evaluates a query: it reads the request, decides what it
may (refusals, content negotiation, the dataset), and hands the query to a pool
of worker processes (``mlkg.workers``), which evaluate and serialize inside
pyoxigraph and can be killed when they run past the time limit.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from mlkg.protocol import CONTENT_TYPES, GRAPHS, SOLUTIONS, format_parameter, inspect_query, negotiate
from mlkg.workers import PoolBusy, QueryTimeout, WorkerCrashed, WorkerPool
from queries.graph import prepare
from queries.params import with_values
from queries.registry import BadParameter, CannedQuery, UnknownQuery, canned_query, registry

STATIC = Path(__file__).parent / "static"
TRUNCATED_HEADER = "MLKG-Results-Truncated"
_SERVER_PARAMS = {"format"}  # parameters of /queries/{name} that are not query parameters


@dataclass(frozen=True)
class Settings:
    store: str
    timeout: float = 30.0
    workers: int = 2
    max_rows: int = 100_000
    max_request_bytes: int = 1 << 20
    max_result_bytes: int = 256 << 20


class Refusal(Exception):
    """A request the endpoint answers with an error status and a plain-text reason."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


def _refuse(refusal: Refusal) -> Response:
    return PlainTextResponse(str(refusal) + "\n", status_code=refusal.status, headers=refusal.headers)


# --------------------------------------------------------------------------- reading the request


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Refusal(413, f"request body over this endpoint's {limit} byte limit")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refusal(413, f"request body over this endpoint's {limit} byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Refusal(400, f"{what} is not valid UTF-8 (byte {error.start})") from None


async def _operation(request: Request, limit: int) -> tuple[dict[str, list[str]], str | None]:
    """The protocol parameters (URL and form body together) and the query text, if any."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    direct = None
    if request.method == "POST":
        media_type, _, options = request.headers.get("content-type", "").partition(";")
        media_type = media_type.strip().lower()
        charset = next((o.split("=", 1)[1].strip(' "').lower() for o in options.split(";") if "charset=" in o), "utf-8")
        if charset not in ("utf-8", "utf8"):
            raise Refusal(415, f"the request body must be UTF-8, not {charset}")
        if media_type == "application/sparql-update":
            raise Refusal(403, "SPARQL Update is not allowed: this endpoint is read-only")
        body = await _body(request, limit)
        if media_type == "application/x-www-form-urlencoded":
            for key, value in parse_qsl(_utf8(body, "the form"), keep_blank_values=True):
                params.setdefault(key, []).append(value)
        elif media_type == "application/sparql-query":
            direct = _utf8(body, "the query")
        else:
            raise Refusal(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
    if "update" in params:
        raise Refusal(403, "SPARQL Update is not allowed: this endpoint is read-only")
    queries = params.get("query", []) + ([direct] if direct is not None else [])
    if len(queries) > 1:
        raise Refusal(400, "give exactly one query")
    return params, (queries[0] if queries else None)


def _formats(request: Request, params: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """(results format, RDF format) from ``format=`` if given, else from the Accept header."""
    if "format" in params:
        chosen = format_parameter(params["format"][-1])
        if chosen is None:
            raise Refusal(406, f"unknown format {params['format'][-1]!r}; {_offer()}")
        return chosen
    accept = request.headers.get("accept")
    return negotiate(accept, "solutions"), negotiate(accept, "graph")


def _offer() -> str:
    return f"SELECT and ASK give {', '.join(SOLUTIONS)}; CONSTRUCT and DESCRIBE give {', '.join(GRAPHS)}"


# --------------------------------------------------------------------------- running a query


async def _run(request: Request, text: str, params: dict[str, list[str]]) -> Response:
    settings: Settings = request.app.state.settings
    shape = inspect_query(text)
    if shape.is_update:
        raise Refusal(403, "SPARQL Update is not allowed: this endpoint is read-only")
    if shape.calls_service:
        raise Refusal(403, "SERVICE (federated query) is disabled: this endpoint makes no calls out")
    solutions, graph = _formats(request, params)
    wanted = {"SELECT": solutions, "ASK": solutions, "CONSTRUCT": graph, "DESCRIBE": graph}.get(shape.form or "", 0)
    if wanted is None or (solutions is None and graph is None):
        raise Refusal(406, f"no acceptable format for this {shape.form or 'query'}; {_offer()}")
    default_graphs, named_graphs = params.get("default-graph-uri"), params.get("named-graph-uri")
    job: dict[str, Any] = {"query": text, "solutions": solutions, "graph": graph, "max_rows": settings.max_rows}
    job["base_iri"] = f"{request.base_url}sparql"  # relative IRIs resolve against the endpoint (Protocol 2.1.1)
    if default_graphs or named_graphs:  # the protocol's dataset replaces the query's own (SPARQL 1.1 Protocol 2.1.4)
        job.update(default_graph=default_graphs or [], named_graphs=named_graphs or [])
    else:  # the union of all graphs is the default graph, unless the query says FROM
        job["union"] = not shape.has_dataset
    pool: WorkerPool = request.app.state.pool
    try:
        answer = await pool.run(job)
    except QueryTimeout as error:
        raise Refusal(503, str(error)) from None
    except PoolBusy as error:
        raise Refusal(503, str(error), {"Retry-After": "5"}) from None
    except WorkerCrashed as error:
        raise Refusal(500, f"{error}; the endpoint started a new one") from None
    if answer.error == "syntax":
        raise Refusal(400, f"SPARQL syntax error: {answer.message}")
    if answer.error == "bad-graph":
        raise Refusal(400, answer.message)
    if answer.error == "not-acceptable":
        raise Refusal(406, f"{answer.message}; {_offer()}")
    if answer.error is not None:
        raise Refusal(500, f"query evaluation failed: {answer.message}")
    assert answer.format is not None
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers[TRUNCATED_HEADER] = f"max-rows={settings.max_rows}"
    return Response(answer.body, media_type=CONTENT_TYPES[answer.format], headers=headers)


async def sparql(request: Request) -> Response:
    try:
        params, text = await _operation(request, request.app.state.settings.max_request_bytes)
        if text is None:
            if request.method == "POST":
                raise Refusal(400, "no query: give it as the query parameter or an application/sparql-query body")
            return _service_description(request)
        return await _run(request, text, params)
    except Refusal as refusal:
        return _refuse(refusal)


# --------------------------------------------------------------------------- service description

_SD = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}#service> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
        fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:JSON-LD, fmt:RDF_XML ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ;
        rdfs:comment "The union of all named graphs (one per excerpt, plus catalogs and ontology)." ] ] ;
    dcterms:title "mlkg: how machine-learning models were trained" ;
    rdfs:comment "Read-only. Queries stop after {timeout:g} s (503) and give at most {rows} rows (header {header}). SERVICE and SPARQL Update are refused; canned queries are at {base}queries." .
"""


@lru_cache(maxsize=32)
def _describe(endpoint: str, base: str, fmt: str, timeout: float, rows: int) -> bytes:
    import pyoxigraph as ox

    from queries.formats import RDF_FORMATS

    text = _SD.format(endpoint=endpoint, base=base, timeout=timeout, rows=rows, header=TRUNCATED_HEADER)
    if fmt == "turtle":
        return text.encode("utf-8")
    return ox.serialize(ox.parse(text, format=ox.RdfFormat.TURTLE), format=RDF_FORMATS[fmt])


def _service_description(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    fmt = negotiate(request.headers.get("accept"), "graph") or "turtle"
    base = str(request.base_url)
    body = _describe(base + "sparql", base, fmt, settings.timeout, settings.max_rows)
    return Response(body, media_type=CONTENT_TYPES[fmt], headers={"Vary": "Accept"})


# --------------------------------------------------------------------------- canned queries


def _example(query: CannedQuery) -> dict[str, Any]:
    """The query's examples (or defaults) as parameters, for the page's ready tabs."""
    return {p.name: p.example if p.example is not None else p.default for p in query.params}


@lru_cache(maxsize=1)
def _catalogue() -> list[dict[str, Any]]:
    entries = []
    for query in registry().values():
        example = {k: v for k, v in _example(query).items() if v is not None}
        try:
            text, bindings = prepare(query, example)
            sparql_text = with_values(text, bindings)
        except BadParameter:  # an example is missing: show the query with its variables unbound
            sparql_text = query.text
        entry = query.to_json()
        entry.update(sparql=sparql_text, example=example, url=f"queries/{query.name}")
        entries.append(entry)
    return entries


async def list_queries(request: Request) -> Response:
    return JSONResponse(_catalogue())


async def run_canned(request: Request) -> Response:
    try:
        query = canned_query(request.path_params["name"])
        given = {k: v for k, v in request.query_params.items() if k not in _SERVER_PARAMS}
        text, bindings = prepare(query, given)
        params = {k: request.query_params.getlist(k) for k in _SERVER_PARAMS if k in request.query_params}
        return await _run(request, with_values(text, bindings), params)
    except UnknownQuery as error:
        return _refuse(Refusal(404, str(error)))
    except BadParameter as error:
        return _refuse(Refusal(400, str(error)))
    except Refusal as refusal:
        return _refuse(refusal)


# --------------------------------------------------------------------------- the page and the app


async def page(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html")


async def health(request: Request) -> Response:
    pool: WorkerPool = request.app.state.pool
    return JSONResponse({"workers": pool.pids, "store": request.app.state.settings.store})


def create_app(settings: Settings) -> Starlette:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        registry()  # read the .rq files once, before the first request
        pool = WorkerPool(settings.store, settings.workers, settings.timeout, settings.max_result_bytes)
        await pool.start()
        app.state.pool = pool
        try:
            yield
        finally:
            await pool.close()

    routes = [
        Route("/", page),
        Route("/sparql", sparql, methods=["GET", "POST"], name="sparql"),
        Route("/sparql/", sparql, methods=["GET", "POST"]),
        Route("/queries", list_queries),
        Route("/queries/{name}", run_canned),
        Route("/health", health),
        Mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static"),
    ]
    cors = Middleware(
        CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"],
        expose_headers=[TRUNCATED_HEADER], max_age=3600,
    )  # fmt: skip
    app = Starlette(routes=routes, middleware=[cors], lifespan=lifespan)
    app.state.settings = settings
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7878) -> None:
    import uvicorn

    print(
        f"mlkg serve: http://{host}:{port}/ (SPARQL at /sparql), store {settings.store}, "
        f"{settings.workers} workers, {settings.timeout:g} s per query",
        flush=True,
    )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False)


__all__ = ["Settings", "create_app", "serve"]
