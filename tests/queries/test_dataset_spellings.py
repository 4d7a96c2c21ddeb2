"""The names a text gives a catalog dataset, as a user finds them (review findings)."""

from __future__ import annotations

from queries import KnowledgeGraph

_EXCERPT_ALT_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?label WHERE { GRAPH ?g { ?d skos:altLabel ?label } FILTER(STRSTARTS(STR(?g), "https://w3id.org/mlkg/id/excerpt/")) }"""


def test_only_real_spellings_of_a_catalog_dataset_are_recorded_with_the_excerpt() -> None:
    kg = KnowledgeGraph.in_memory()
    kg.load_text("x", "We train <model>M</model> on LibriSpeech (ASR), on Common Voice (EN, DE, FR) and on the "
                      "Google Landmarks v2 (GLDv2) dataset, which we fine-tune on too.")
    assert sorted(str(r.label) for r in kg.query(_EXCERPT_ALT_LABELS)) == ["Google Landmarks v2"]
    assert [r.dataset for r in kg.ask("models-by-dataset", dataset="Google Landmarks v2")][:1] == [
        "Google Landmarks Dataset v2"]
    assert kg.ask("models-by-dataset", dataset="EN") == [] and kg.ask("models-by-dataset", dataset="ASR") == []


def test_a_year_or_version_the_text_writes_finds_the_catalog_dataset() -> None:
    kg = KnowledgeGraph.in_memory()
    kg.load_text("x", "We pre-train <model>M</model> on OpenSubtitles 2018 and evaluate it on the Vicuna testset.")
    assert sorted(str(r.label) for r in kg.query(_EXCERPT_ALT_LABELS)) == ["OpenSubtitles 2018", "Vicuna testset"]
    assert [r.model_name for r in kg.ask("models-by-dataset", dataset="OpenSubtitles 2018")] == ["M"]
    assert [r.model_name for r in kg.ask("models-by-dataset", dataset="Vicuna testset")] == ["M"]


def test_another_catalog_dataset_or_a_number_is_not_a_spelling() -> None:
    kg = KnowledgeGraph.in_memory()
    kg.load_text("x", "<model>M</model> is pre-trained on Kinetics (Kinetics-400) and on Wikipedia 2.5 billion words.")
    assert [str(r.label) for r in kg.query(_EXCERPT_ALT_LABELS)] == []
