"""The four seed excerpts, end to end: load them, ask the questions the design card asks."""

from __future__ import annotations

from decimal import Decimal


def facts(kg, model):
    return [r for r in kg.ask("training-facts") if r.model_name == model]


def test_a100_in_singapore_is_exactly_medbert_xl_and_med_clip(seed_graph):
    rows = seed_graph.ask("models-by-hardware-and-country", hardware="A100", country="Singapore")
    assert sorted({r.model_name for r in rows}) == ["Med-CLIP-ViT-L", "MedBERT-XL"]
    assert {r.hardware_family for r in rows} == {"A100"}


def test_the_question_is_forgiving_about_how_it_is_asked(seed_graph):
    for hardware, country in [("a100", "SG"), ("NVIDIA A100", "singapore"), ("A100 80GB", "Republic of Singapore")]:
        rows = seed_graph.ask("models-by-hardware-and-country", hardware=hardware, country=country)
        assert {r.model_name for r in rows} == {"Med-CLIP-ViT-L", "MedBERT-XL"}, (hardware, country)


def test_medbert_large_values(seed_graph):
    (row,) = facts(seed_graph, "MedBERT-Large")
    assert row.parameters == 345_000_000
    assert row.gpu_count == 64
    assert row.hardware_family == "A100" and "80" in row.hardware
    assert row.country_code == "FR"
    assert row.year == 2022


def test_biobert_large_duration_and_count_without_hardware(seed_graph):
    (row,) = facts(seed_graph, "BioBERT-Large")
    assert row.training_hours == Decimal(672)  # approximately 4 weeks
    assert row.gpu_count == 16 and row.hardware is None
    assert row.country_code == "DE" and row.parameters == 340_000_000


def test_medbert_xl_and_med_clip(seed_graph):
    (xl,) = facts(seed_graph, "MedBERT-XL")
    assert (xl.parameters, xl.training_hours, xl.country_code, xl.year) == (1_750_000_000, Decimal(504), "SG", 2023)
    (clip,) = facts(seed_graph, "Med-CLIP-ViT-L")
    assert (clip.parameters, clip.gpu_count, clip.training_hours) == (425_000_000, 32, Decimal(288))


def test_datasets_with_roles(seed_graph):
    rows = {(r.model_name, r.dataset, r.role) for r in seed_graph.ask("model-datasets")}
    assert ("MedBERT-Large", "MIMIC-IV", "pretraining") in rows
    assert ("MedBERT-Large", "PubMed Central", "pretraining") in rows
    assert ("MedBERT-Large", "BC5CDR", "finetuning") in rows
    assert ("MedBERT-XL", "MedQA", "finetuning") in rows
    assert ("BioBERT-Large", "NCBI-Disease", "evaluation") in rows
    assert ("Med-CLIP-ViT-L", "MIMIC-CXR", "pretraining") in rows


def test_every_fact_points_back_to_its_characters(seed_graph):
    rows = seed_graph.query(
        """
        PREFIX mlkg: <https://w3id.org/mlkg/ontology#>
        SELECT ?text ?surface ?start ?end WHERE {
          GRAPH ?g { ?m mlkg:states mlkg:parameterCount ; mlkg:surfaceText ?surface ;
                        mlkg:startOffset ?start ; mlkg:endOffset ?end .
                     ?g mlkg:text ?text }
        }"""
    )
    assert len(rows) == 4
    for row in rows:
        assert row.text[row.start : row.end] == row.surface


def test_approximate_values_are_flagged(seed_graph):
    rows = seed_graph.query(
        """
        PREFIX mlkg: <https://w3id.org/mlkg/ontology#>
        SELECT ?surface WHERE { ?m mlkg:approximate true ; mlkg:surfaceText ?surface }"""
    )
    assert "approximately 4 weeks" in {r.surface for r in rows}
