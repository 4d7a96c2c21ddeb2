"""Every contract query on the project's corpus, with answers worked out from the labels."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from queries import BadParameter, KnowledgeGraph, UnknownQuery

CORPUS_TXT = Path(__file__).resolve().parents[1] / "corpus" / "txt"

CONTRACT = {
    "models-by-hardware-and-country": {"model_name", "hardware", "country", "gpu_count"},
    "models-by-country": {"model_name"},
    "models-by-year": {"model_name"},
    "models-by-dataset": {"model_name", "role"},
    "largest-models": {"model_name", "parameters"},
    "gpu-hours-by-country": {"country_code", "gpu_hours"},
    "hardware-usage": {"hardware_family", "models"},
    "count-models": {"models"},
    "training-facts": {"model_name", "parameters", "gpu_count", "hardware", "hardware_family", "country_code", "training_hours", "year"},
    "model-datasets": {"model_name", "dataset", "role"},
}
EXAMPLES = {
    "models-by-hardware-and-country": {"hardware": "A100", "country": "Singapore"},
    "models-by-country": {"country": "France"},
    "models-by-year": {"year": 2022},
    "models-by-dataset": {"dataset": "The Pile"},
    "largest-models": {"limit": 5},
}


def models_where(expected, test):
    return {m["name"] for label in expected.values() if test(label) for m in label["models"]}


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_every_contract_query_returns_its_columns(corpus_graph, name):
    rows = corpus_graph.ask(name, **EXAMPLES.get(name, {}))
    assert CONTRACT[name] <= set(rows.columns)
    assert len(rows) > 0


def test_a100_in_singapore(corpus_graph, expected):
    want = models_where(
        expected, lambda l: l["country"] == "SG" and any(r["hardware_family"] == "A100" for r in l["runs"])
    )
    rows = corpus_graph.models_by_hardware_and_country(hardware="A100", country="Singapore")
    assert {r.model_name for r in rows} == want and len(want) >= 3


@pytest.mark.parametrize("family", ["V100", "TPU v4", "H100", "Ascend 910"])
def test_families_in_any_country(corpus_graph, expected, family):
    for code in {l["country"] for l in expected.values() if l["country"]}:
        want = models_where(expected, lambda l: l["country"] == code and any(r["hardware_family"] == family for r in l["runs"]))
        rows = corpus_graph.ask("models-by-hardware-and-country", hardware=family, country=code)
        assert {r.model_name for r in rows} == want, (family, code)


@pytest.mark.parametrize("country", ["US", "United States", "USA", "CN", "PRC", "South Korea", "SG", "Germany"])
def test_models_by_country(corpus_graph, expected, country):
    from loader.country import resolve_country

    code = (resolve_country(country) or resolve_country(country.upper())).alpha2
    want = models_where(expected, lambda l: l["country"] == code)
    assert {r.model_name for r in corpus_graph.ask("models-by-country", country=country)} == want


@pytest.mark.parametrize("year", range(2015, 2026))
def test_models_by_year(corpus_graph, expected, year):
    want = models_where(expected, lambda l: l["year"] == year)
    assert {r.model_name for r in corpus_graph.ask("models-by-year", year=year)} == want


def test_models_by_dataset_alias_and_role(corpus_graph):
    rows = corpus_graph.ask("models-by-dataset", dataset="the pile")
    assert ("GPT-NeoX-20B", "pretraining") in {(r.model_name, r.role) for r in rows}


def test_largest_models(corpus_graph, expected):
    best: dict[str, int] = {}
    for label in expected.values():
        for m in label["models"]:
            if m["parameters"]:
                best[m["name"]] = max(best.get(m["name"], 0), m["parameters"])
    top = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    rows = corpus_graph.largest_models(limit=5)
    assert [(r.model_name, r.parameters) for r in rows] == top


def test_count_models(corpus_graph, expected):
    names = {m["name"] for label in expected.values() for m in label["models"]}
    from loader.slugs import slug

    assert corpus_graph.count_models()[0].models == len({slug(n) for n in names})


def test_gpu_hours_by_country(corpus_graph, expected):
    want: dict[str, Decimal] = {}
    for label in expected.values():
        for run in label["runs"]:
            if label["country"] and run["gpu_count"] and run["hours"] is not None:
                want[label["country"]] = want.get(label["country"], Decimal(0)) + run["gpu_count"] * Decimal(str(run["hours"]))
    got = {r.country_code: r.gpu_hours for r in corpus_graph.gpu_hours_by_country()}
    assert got == want


def test_hardware_usage(corpus_graph, expected):
    from loader.slugs import slug

    want: dict[str, set[str]] = {}
    for label in expected.values():
        for run in label["runs"]:
            if run["hardware_family"]:
                want.setdefault(run["hardware_family"], set()).update(slug(m["name"]) for m in label["models"])
    got = {r.hardware_family: r.models for r in corpus_graph.hardware_usage()}
    assert {f: n for f, n in got.items() if f in want} == {f: len(s) for f, s in want.items()}


def test_training_facts_has_a_row_per_model_and_hardware(corpus_graph):
    rows = corpus_graph.training_facts()
    olmo = {(r.hardware_family, r.gpu_count, r.training_hours) for r in rows if r.model_name == "OLMo-7B"}
    assert olmo == {("MI250X", 1024, Decimal(288)), ("A100", 216, Decimal(672))}


def test_unknown_query_and_bad_parameters_are_typed_errors(corpus_graph):
    with pytest.raises(UnknownQuery):
        corpus_graph.ask("no-such-query")
    with pytest.raises(BadParameter):
        corpus_graph.ask("models-by-year", year="last year")
    with pytest.raises(BadParameter):
        corpus_graph.ask("models-by-country")
    with pytest.raises(BadParameter):
        corpus_graph.ask("count-models", colour="blue")


def test_parameters_are_values_not_query_text(corpus_graph):
    hostile = 'x" ) } } SELECT * WHERE { ?s ?p ?o } #'
    assert len(corpus_graph.ask("models-by-country", country=hostile)) == 0


def test_unread_values_lists_unknown_hardware_with_its_characters(corpus_graph, expected):
    rows = corpus_graph.unread_values()
    unknown = {(r.excerpt, r.surface) for r in rows if r.tag == "hardware"}
    want = {eid for eid, label in expected.items() if any(run["hardware_unresolved"] for run in label["runs"])}
    assert {eid for eid, _ in unknown} == want
    assert ("c049", "Z9000 accelerators") in unknown


def test_a_family_query_finds_every_variant(corpus_graph):
    rows = corpus_graph.query(
        """PREFIX mlkg: <https://w3id.org/mlkg/ontology#>
        SELECT DISTINCT ?name WHERE { ?run mlkg:hardware ?hw . ?hw mlkg:family "A100" ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }"""
    )
    names = {r.name for r in rows}
    assert {"NVIDIA A100 SXM4 40 GB", "NVIDIA A100 SXM4 80 GB"} <= names
    facts = corpus_graph.ask("models-by-hardware-and-country", hardware="A100", country="SG")
    assert {r.hardware for r in facts} <= names and len({r.hardware for r in facts}) >= 2


def test_open_creates_a_missing_store_and_loads_into_an_existing_one(tmp_path):
    from queries import KnowledgeGraph

    kg = KnowledgeGraph.open(tmp_path / "new")
    kg.load([str(CORPUS_TXT)])
    del kg
    reopened = KnowledgeGraph.open(tmp_path / "new")  # read-only until asked to load
    assert reopened.count_models()[0].models == 4
    reopened.load_text("extra", "<model>Extra-1</model> in <country>Chile</country>.")
    assert reopened.count_models()[0].models == 5


def test_a_dataset_is_found_by_the_abbreviation_the_text_gave_it() -> None:
    kg = KnowledgeGraph.in_memory()
    kg.load_text("gld", "We pretrain <model>Lumen-R</model> on the Google Landmarks v2 (GLDv2) dataset.")
    for spelling in ("gldv2", "Google Landmarks v2", "Google Landmarks Dataset v2"):  # the text's, the catalog's
        rows = kg.ask("models-by-dataset", dataset=spelling)
        assert [(r.model_name, r.role, r.dataset) for r in rows] == [
            ("Lumen-R", "pretraining", "Google Landmarks Dataset v2")]


def test_the_memory_a_text_states_is_kept_where_the_catalog_variant_has_none() -> None:
    kg = KnowledgeGraph.in_memory()
    kg.load_text("pcie", "We train <model>Orca-9</model> on <gpu_count>8</gpu_count> <hardware>NVIDIA A100-PCIE-40GB</hardware> GPUs.")
    rows = kg.query("""PREFIX mlkg: <https://w3id.org/mlkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?memory ?variant WHERE { GRAPH ?g { ?run mlkg:acceleratorMemoryGB ?memory ; mlkg:hardware ?hw } ?hw rdfs:label ?variant }""")
    assert [(str(r.memory), str(r.variant)) for r in rows] == [("40", "NVIDIA A100 PCIe")]
