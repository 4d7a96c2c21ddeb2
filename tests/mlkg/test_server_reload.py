"""A running endpoint answers from the store as it is now: `mlkg load` needs no restart."""

from __future__ import annotations

import sys

import httpx

from tests.mlkg.conftest import EXAMPLES, free_port, load_store, running

COUNT = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <https://w3id.org/mlkg/ontology#Model> }"


def count(base: str) -> int:
    response = httpx.get(f"{base}/sparql", params={"query": COUNT}, headers={"Accept": "application/sparql-results+json"})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_a_load_while_serving_is_seen_by_the_next_query(tmp_path):
    store = load_store(tmp_path / "store", EXAMPLES)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "mlkg", "serve", "--store", str(store), "--port", str(port), "--workers", "1"]
    with running(command, f"{base}/health", tmp_path / "serve.log"):
        before = count(base)
        extra = tmp_path / "extra.txt"
        extra.write_text("<model>Late-Arrival-1B</model> was trained in <country>Chile</country>.", encoding="utf-8")
        load_store(store, extra)
        assert count(base) == before + 1
