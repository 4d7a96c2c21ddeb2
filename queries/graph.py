"""`KnowledgeGraph`: the Python face of mlkg, over the embedded store or any SPARQL endpoint.

>>> kg = KnowledgeGraph.in_memory()
>>> report = kg.load_text("demo", "<model>Foo-7B</model> (<params>7B</params>) ran on "
...     "<gpu_count>8</gpu_count> <hardware>A100 GPUs</hardware> in <country>Singapore</country>.")
>>> [(r.model_name, r.gpu_count) for r in kg.models_by_hardware_and_country(hardware="A100", country="SG")]
[('Foo-7B', 8)]
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from loader.errors import MlkgError
from loader.parse import parse_excerpt
from loader.pipeline import LoadReport, load_excerpts, load_paths
from loader.store import default_store_path, open_store
from queries.helpers import CannedQueries
from queries.params import LOOKUP_KINDS, lookup_key, with_values
from queries.registry import CannedQuery, canned_query
from queries.results import Rows, json_term_value, term_value


class EndpointError(MlkgError):
    """A remote SPARQL endpoint could not be reached or refused the query."""


class QueryError(MlkgError):
    """The SPARQL text is not valid, or its evaluation failed."""


def run_query(store: ox.Store, sparql: str):
    """Evaluate over the union of all graphs; a bad query is a `QueryError`, not a traceback."""
    try:
        return store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {error}") from None
    except OSError as error:  # evaluation failures pyoxigraph reports as I/O errors
        raise QueryError(f"query failed: {error}") from None


class _Embedded:
    def __init__(self, store: ox.Store, writable: bool, path: Path | None = None):
        self.store = store
        self.writable = writable
        self.path = path

    def make_writable(self) -> None:
        """Swap a read-only handle for a writable one (the read-only one is dropped first)."""
        if self.writable:
            return
        if self.path is None:
            raise MlkgError("this graph is read-only")
        del self.store
        self.store = open_store(self.path)
        self.writable = True

    def run(self, sparql: str, bindings: dict[str, Any]):
        return run_query(self.store, with_values(sparql, bindings))

    def select(self, sparql: str, bindings: dict[str, Any]) -> Rows | bool | list[ox.Triple]:
        result = self.run(sparql, bindings)
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            return Rows(columns, [[term_value(s[c]) for c in columns] for s in result])
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return list(result)


class _Remote:
    """Any SPARQL 1.1 Protocol endpoint; parameters travel as a VALUES block in the query text."""

    def __init__(self, url: str, timeout: float):
        import httpx

        self.url = url
        self.client = httpx.Client(timeout=timeout)
        self._httpx = httpx

    def select(self, sparql: str, bindings: dict[str, Any]) -> Rows | bool | list[ox.Triple]:
        text = with_values(sparql, bindings)
        try:
            response = self.client.post(
                self.url,
                content=text.encode("utf-8"),
                headers={
                    "Content-Type": "application/sparql-query",
                    "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
                },
            )
        except self._httpx.HTTPError as error:
            raise EndpointError(f"cannot reach {self.url}: {error}") from None
        if response.status_code == 400:  # the endpoint's parser refused the text, as the embedded store would
            raise QueryError(f"{self.url} refused the query: {response.text.strip()[:500]}")
        if response.status_code >= 400:
            raise EndpointError(f"{self.url} answered {response.status_code}: {response.text.strip()[:500]}")
        kind = response.headers.get("content-type", "").split(";")[0].strip()
        try:
            if kind == "application/n-triples":
                quads = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
                return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
            data = response.json()
            if "boolean" in data:
                return bool(data["boolean"])
            columns = data["head"]["vars"]
            return Rows(columns, [[json_term_value(b.get(c)) for c in columns] for b in data["results"]["bindings"]])
        except (ValueError, KeyError, TypeError, SyntaxError) as error:
            raise EndpointError(f"{self.url} did not answer with SPARQL results ({kind or 'no content type'}): {error}") from None


class KnowledgeGraph(CannedQueries):
    """Ask canned questions, run SPARQL, and (embedded) load excerpts.

    Every canned query also has a typed method of its own name, with underscores
    (`queries.helpers.CannedQueries`).
    """

    def __init__(self, backend: _Embedded | _Remote):
        self._backend = backend

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, writable: bool = False) -> KnowledgeGraph:
        """The embedded store at ``path`` (default ``$MLKG_STORE`` or ``./mlkg-store``).

        An existing store opens read-only (other processes may read and write it too)
        until ``load`` asks for writing; a store that does not exist yet is created.
        """
        location = Path(path if path is not None else default_store_path())
        writable = writable or not location.exists()
        return cls(_Embedded(open_store(location, read_only=not writable), writable, location))

    @classmethod
    def in_memory(cls) -> KnowledgeGraph:
        """An empty in-memory graph (for notebooks and tests)."""
        return cls(_Embedded(open_store(None), True))

    @classmethod
    def connect(cls, url: str, *, timeout: float = 30.0) -> KnowledgeGraph:
        """Any SPARQL 1.1 endpoint (``mlkg serve``'s ``/sparql``, or another store's)."""
        return cls(_Remote(url, timeout))

    @property
    def store(self) -> ox.Store:
        if not isinstance(self._backend, _Embedded):
            raise MlkgError("a remote graph has no local store")
        return self._backend.store

    # -- loading -----------------------------------------------------------------
    def load(self, paths: Sequence[str], stdin: IO[str] | None = None) -> LoadReport:
        return load_paths(self._writable_store(), paths, stdin)

    def load_text(self, excerpt_id: str, tagged_text: str, *, source: str | None = None) -> LoadReport:
        """Load one tagged excerpt given as a string."""
        return load_excerpts(self._writable_store(), [parse_excerpt(excerpt_id, tagged_text, source=source)])

    def _writable_store(self) -> ox.Store:
        if not isinstance(self._backend, _Embedded):
            raise MlkgError("a remote graph is loaded through its store, not through SPARQL queries")
        self._backend.make_writable()
        return self._backend.store

    # -- asking ------------------------------------------------------------------
    def query(self, sparql: str) -> Rows | bool | list[ox.Triple]:
        """Run any SPARQL query: rows for SELECT, a bool for ASK, triples for CONSTRUCT/DESCRIBE."""
        return self._backend.select(sparql, {})

    def ask(self, name: str, **params: Any) -> Rows:
        """Run the canned query ``name`` with its parameters bound as values."""
        query = canned_query(name)
        text, bindings = prepare(query, params)
        return self._backend.select(text, bindings)  # type: ignore[return-value]

def prepare(query: CannedQuery, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The text to run and the variable bindings, parameters checked and made canonical."""
    values = query.check_params(params)
    bindings = {
        p.variable: lookup_key(p.type, values[p.name]) if p.type in LOOKUP_KINDS else values[p.name]
        for p in query.params
        if p.type != "limit"
    }
    return query.with_limit(values), bindings
