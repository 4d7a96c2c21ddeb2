"""The mlkg command as a user runs it: real processes, real stores, exit codes that mean something."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def mlkg(*args: str, store: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mlkg", *args, "--store", str(store)],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    done = mlkg("load", str(EXAMPLES), store=path)
    assert done.returncode == 0, done.stderr
    return path


def test_load_reports_what_it_loaded(store):
    done = mlkg("load", str(EXAMPLES / "excerpts.jsonl"), store=store)
    assert done.returncode == 0
    assert "loaded   ex-atlas-13b" in done.stdout
    assert "6 excerpt(s) loaded" in done.stdout


def test_reloading_replaces_instead_of_duplicating(store):
    before = mlkg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv", store=store)
    mlkg("load", str(EXAMPLES), store=store)
    after = mlkg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv", store=store)
    assert before.stdout == after.stdout


def test_a_bad_excerpt_is_rejected_with_position_and_the_good_ones_load(tmp_path):
    bad = tmp_path / "input.jsonl"
    bad.write_text(
        json.dumps({"id": "good-1", "text": "<model>Good-1</model> ran in <country>France</country>."}) + "\n"
        + json.dumps({"id": "bad-1", "text": "Intro.\nThe <model>Bad-1</params> model."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "good-2", "text": "<model>Good-2</model> has <params>7B</params> parameters."}) + "\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    done = mlkg("load", str(bad), store=store)
    assert done.returncode == 1
    assert "bad-1:2:17: closing tag </params> does not match the open <model>" in done.stderr
    assert f"{bad}:3" in done.stderr and "invalid JSON" in done.stderr
    assert "Traceback" not in done.stderr
    count = mlkg("ask", "count-models", "--format", "csv", store=store)
    assert count.stdout.split() == ["models", "2"]


def test_an_unreadable_value_is_kept_as_text_and_reported(tmp_path):
    path = tmp_path / "vague.txt"
    path.write_text("<model>Vague-1</model> has <params>many parameters</params>.", encoding="utf-8")
    done = mlkg("load", str(path), store=tmp_path / "store")
    assert done.returncode == 0
    assert "vague:1:36: <params> 'many parameters' is not a number (many); kept as text" in done.stdout
    rows = mlkg("query", "PREFIX mlkg: <https://w3id.org/mlkg/ontology#> SELECT ?t ?p WHERE { ?m mlkg:surfaceText ?t ; mlkg:problem ?p }", "--format", "csv", store=tmp_path / "store")
    assert "many parameters" in rows.stdout


def test_stdin_jsonl(tmp_path):
    line = json.dumps({"id": "s1", "text": "<model>Stdin-1</model> trained in <country>Japan</country>."})
    done = mlkg("load", "-", store=tmp_path / "store", stdin=line + "\n")
    assert done.returncode == 0 and "loaded   s1" in done.stdout


def test_usage_errors_exit_2_without_traceback(tmp_path, store):
    for args in (("load", str(tmp_path / "missing.txt")), ("ask", "no-such-query"), ("ask", "models-by-year", "--param", "year=soon")):
        done = mlkg(*args, store=store)
        assert done.returncode == 2, args
        assert "Traceback" not in done.stderr and done.stderr.startswith("mlkg: ")


def test_invalid_sparql_is_a_clear_error(store):
    done = mlkg("query", "SELEC ?x WHERE {}", store=store)
    assert done.returncode == 1
    assert "invalid SPARQL" in done.stderr and "Traceback" not in done.stderr


def test_ask_list_names_every_canned_query(store):
    done = mlkg("ask", "--list", store=store)
    for name in ("models-by-hardware-and-country", "training-facts", "model-datasets", "count-models"):
        assert name in done.stdout


def test_ask_json_is_w3c_sparql_results_json(store):
    done = mlkg("ask", "models-by-hardware-and-country", "--param", "hardware=A100", "--param", "country=Singapore", "--format", "json", store=store)
    data = json.loads(done.stdout)
    assert set(data["head"]["vars"]) >= {"model_name", "hardware", "country", "gpu_count"}
    names = {b["model_name"]["value"] for b in data["results"]["bindings"]}
    assert names == {"Atlas-13B", "Lumen-ViT-H"}
    counts = {b["gpu_count"]["datatype"] for b in data["results"]["bindings"]}
    assert counts == {"http://www.w3.org/2001/XMLSchema#integer"}


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_ask_csv_tsv(store, fmt):
    done = mlkg("ask", "largest-models", "--param", "limit=2", "--format", fmt, store=store)
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 3 and "Atlas-13B" in lines[1]


def test_query_from_file(store, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("PREFIX mlkg: <https://w3id.org/mlkg/ontology#> ASK { ?m mlkg:parameterCount 13200000000 }")
    done = mlkg("query", "-f", str(query), store=store)
    assert done.stdout.strip() == "yes"


def test_turtle_export_reparses_to_the_union_graph(store, tmp_path):
    out = tmp_path / "graph.ttl"
    assert mlkg("export", "--format", "turtle", "-o", str(out), store=store).returncode == 0
    triples = len(rdflib.Graph().parse(out, format="turtle"))
    union = mlkg("query", "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }", "--format", "csv", store=store)
    assert triples == int(union.stdout.split()[1])
    text = out.read_text()
    assert "@prefix mlkg: <https://w3id.org/mlkg/ontology#> ." in text
    assert "_:" not in text  # no blank nodes, so two stores of the same excerpts export the same bytes


def test_export_is_deterministic(store, tmp_path):
    first = mlkg("export", "--format", "turtle", store=store).stdout
    assert first == mlkg("export", "--format", "turtle", store=store).stdout


@pytest.mark.parametrize("fmt,parser", [("nquads", "nquads"), ("trig", "trig"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_every_export_format_parses(store, tmp_path, fmt, parser):
    out = tmp_path / f"graph.{fmt}"
    assert mlkg("export", "--format", fmt, "-o", str(out), store=store).returncode == 0
    graph = rdflib.Dataset() if fmt in ("nquads", "trig", "jsonld") else rdflib.Graph()
    graph.parse(out, format=parser)
    assert len(graph) > 0 or len(list(graph.quads())) > 0


def test_two_stores_of_the_same_excerpts_export_the_same_bytes(store, tmp_path):
    other = tmp_path / "other"
    assert mlkg("load", str(EXAMPLES), store=other).returncode == 0
    for fmt in ("turtle", "nquads"):
        assert mlkg("export", "--format", fmt, store=store).stdout == mlkg("export", "--format", fmt, store=other).stdout
