"""Stage 5: the only module that touches a database.

An on-disk pyoxigraph store. Loading replaces each excerpt's named graph (so a
re-load never duplicates), then bulk-loads the new quads as N-Quads text. The
reference graphs (catalogs and ontology) are rewritten only when their content
changes, which a hash stored beside them tells.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from loader.errors import UsageError
from ontology.namespaces import CATALOG_GRAPH, ONTOLOGY_GRAPH, OWL

DEFAULT_STORE = "mlkg-store"
STORE_ENV = "MLKG_STORE"
_VERSION = ox.NamedNode(str(OWL.versionInfo))


def default_store_path() -> Path:
    """``$MLKG_STORE`` if set, else ``./mlkg-store``."""
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


def open_store(path: str | os.PathLike[str] | None, *, read_only: bool = False) -> ox.Store:
    """Open (and for writing, create) the store at ``path``; ``None`` means in memory."""
    if path is None:
        return ox.Store()
    location = Path(path)
    if read_only:
        if not location.is_dir():
            raise UsageError(f"no store at {location} (run 'mlkg load' first, or pass --store)")
        try:
            return ox.Store.read_only(str(location))
        except OSError as error:
            raise UsageError(f"{location} is not an mlkg store ({error})") from error
    if location.exists() and not location.is_dir():
        raise UsageError(f"{location} is a file, not a store directory")
    try:
        return ox.Store(str(location))
    except OSError as error:
        raise UsageError(f"cannot open the store at {location}: {error}") from error


def replace_graphs(store: ox.Store, graphs: Iterable[str], nquads: str) -> None:
    """Drop ``graphs`` if present, then bulk-load ``nquads`` (which fill them anew)."""
    for graph in graphs:
        node = ox.NamedNode(graph)
        if store.contains_named_graph(node):
            store.remove_graph(node)
    if nquads:
        store.bulk_load(input=nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)


def _ontology_turtle() -> bytes:
    return (files("ontology") / "mlkg.ttl").read_bytes()


def reference_digest(catalog_nquads: str) -> str:
    digest = hashlib.sha256(catalog_nquads.encode("utf-8"))
    digest.update(_ontology_turtle())
    return digest.hexdigest()


def ensure_reference_graphs(store: ox.Store, catalog_nquads: str) -> bool:
    """Load the ontology and catalog graphs unless the same version is there; True if (re)loaded."""
    digest = reference_digest(catalog_nquads)
    version = ox.Quad(ox.NamedNode(CATALOG_GRAPH), _VERSION, ox.Literal(digest), ox.NamedNode(CATALOG_GRAPH))
    if version in store:
        return False
    replace_graphs(store, [CATALOG_GRAPH, ONTOLOGY_GRAPH], catalog_nquads)
    store.load(_ontology_turtle(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    store.add(version)
    return True
