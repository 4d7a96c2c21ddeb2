"""Who a fact belongs to: models, runs, hardware pairs, kinds, hyperparameters."""

from __future__ import annotations

from decimal import Decimal

from loader.extract import extract
from loader.parse import parse_excerpt


def record(text: str):
    return extract(parse_excerpt("x", text))


def test_two_accelerators_make_two_runs_with_their_own_counts_and_hours():
    r = record(
        "<model>M</model> was pre-trained on <gpu_count>512</gpu_count> <hardware>TPU v4 chips</hardware> for "
        "<training>3 weeks</training>, then fine-tuned on <gpu_count>8</gpu_count> <hardware>A100 GPUs</hardware> "
        "for <training>2 days</training>."
    )
    runs = {(run.hardware.value.family, run.count.value, run.hours.value, run.kind) for run in r.runs}
    assert runs == {("TPU v4", 512, Decimal(504), "pretraining"), ("A100", 8, Decimal(48), "finetuning")}


def test_count_in_another_sentence_pairs_with_the_only_hardware():
    r = record("<model>M</model> used <hardware>V100 GPUs</hardware>. In total <gpu_count>64</gpu_count> were used.")
    (run,) = r.runs
    assert (run.hardware.value.family, run.count.value) == ("V100", 64)
    assert run.gpu_hours is None


def test_repeated_model_tag_is_one_model_and_params_go_to_the_nearest_model():
    r = record(
        "<model>Small-1B</model> has <params>1B</params> parameters and <model>Big-7B</model> has "
        "<params>7B</params>. <model>Small-1B</model> was released first."
    )
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {"Small-1B": [10**9], "Big-7B": [7 * 10**9]}


def test_unknown_hardware_is_kept_unresolved():
    r = record("<model>M</model> ran on <gpu_count>4</gpu_count> <hardware>Z9000 accelerators</hardware>.")
    (run,) = r.runs
    assert run.hardware.value is None and run.hardware.mention.surface == "Z9000 accelerators"
    assert run.count.value == 4


def test_every_model_has_a_run_to_carry_the_country():
    r = record("<model>M</model> was built in <country>Britain</country> in <year>2020</year>.")
    assert len(r.runs) == 1 and [c.value.alpha2 for c in r.countries] == ["GB"]


def test_unknown_country_is_a_problem():
    r = record("<model>M</model> was built in <country>Atlantis</country>.")
    assert r.countries == [] and "unknown country" in r.problems[0].message


def test_hyperparameters_go_to_model_and_run():
    r = record(
        "<model>M</model> has 24 layers and a hidden size of 1024. It was trained with AdamW at a peak "
        "learning rate of 3e-4 and a batch size of 512 on <gpu_count>8</gpu_count> <hardware>A100s</hardware>."
    )
    by_name = {h.parameter.name: h for h in r.hyperparameters}
    assert by_name["layers"].parameter.value == 24 and by_name["layers"].run_index is None
    assert by_name["optimizer"].parameter.value == "AdamW" and by_name["optimizer"].run_index == 0
    assert by_name["peakLearningRate"].parameter.value == 0.0003
    assert r.excerpt.text[by_name["batchSize"].mention.start : by_name["batchSize"].mention.end] == "batch size of 512"


def test_explicit_datasets_win_over_prose():
    from loader.parse import ExplicitDataset

    ex = parse_excerpt("x", "<model>M</model> was pre-trained on C4.", datasets=(ExplicitDataset("The Pile", "pretraining"),))
    assert [(d.name, d.role) for d in extract(ex).datasets] == [("The Pile", "pretraining")]


def test_respectively_pairs_counts_with_models_in_order():
    r = record(
        "<model>Tiny-A</model> and <model>Huge-B</model> have <params>120M</params> and "
        "<params>2.5B</params> parameters, respectively."
    )
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {"Tiny-A": [120_000_000], "Huge-B": [2_500_000_000]}


def test_a_count_describing_the_next_model_goes_to_it():
    r = record(
        "The first model, <model>Alpha-LM</model>, has <params>8B</params> parameters. The decoder "
        "<model>Alpha-Dec</model>, and a <params>1.2B</params> parameter encoder-only model, "
        "<model>Alpha-Enc</model>, were trained together."
    )
    counts = {m.name: [p.value for p in m.parameters] for m in r.models}
    assert counts["Alpha-Enc"] == [1_200_000_000] and counts["Alpha-LM"] == [8_000_000_000]


def test_a_model_in_parentheses_after_a_count_is_its_model():
    r = record(
        "Our BASE model has 12 layers and about <params>113M</params> parameters (<model>LayoutLM_BASE</model>); "
        "the LARGE setting has 24 layers and <params>343M</params> parameters (<model>LayoutLM_LARGE</model>)."
    )
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {
        "LayoutLM_BASE": [113_000_000], "LayoutLM_LARGE": [343_000_000]}


def test_respectively_after_a_series_name_pairs_with_the_last_listed_models():
    r = record(
        "We present <model>Orca-X</model>, a family of two models, <model>Orca-X-2B</model> and "
        "<model>Orca-X-9B</model>, with <params>2 billion</params> and <params>9 billion</params> parameters respectively."
    )
    counts = {m.name: [p.value for p in m.parameters] for m in r.models}
    assert counts == {"Orca-X": [], "Orca-X-2B": [2 * 10**9], "Orca-X-9B": [9 * 10**9]}


def test_a_name_with_a_plus_is_its_own_model() -> None:
    record = extract(parse_excerpt("x", "We train <model>SpectralGPT</model> and <model>SpectralGPT+</model>."))
    assert [m.name for m in record.models] == ["SpectralGPT", "SpectralGPT+"]


def test_a_parenthesis_with_another_models_count_does_not_own_the_count_before_it():
    r = record("Our model <model>FooLM</model> has <params>1.3B</params> parameters (<model>GPT-3</model> has "
               "<params>175B</params>).")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {
        "FooLM": [1_300_000_000], "GPT-3": [175_000_000_000]}


def test_a_count_equal_to_the_size_in_one_models_name_goes_to_that_model():
    r = record("We train <model>LLaMA-13B</model> and <model>LLaMA-65B</model> on public data.\n\n"
               "When training a <params>65B-parameter</params> model, our code processes 380 tokens/sec/GPU.")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {
        "LLaMA-13B": [], "LLaMA-65B": [65_000_000_000]}


def test_a_count_said_of_a_whole_list_goes_to_its_first_model():
    # one tag names one model: the first of the list the count is said of
    r = record("We train three models, <model>V-Cond</model>, <model>V-Dual</model> and <model>V-Gen</model>, "
               "with different weights; all use ViT-Small (<params>22M</params>) backbones.")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {
        "V-Cond": [22_000_000], "V-Dual": [], "V-Gen": []}
    # without "all", the nearest model keeps it
    r = record("We train <model>V-Cond</model> and <model>V-Gen</model>; V-Gen uses a <params>22M</params> backbone.")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {"V-Cond": [], "V-Gen": [22_000_000]}


def test_a_count_for_the_whole_list_does_not_override_a_count_next_to_a_model():
    r = record("We evaluate <model>A</model> (<params>7B</params>) and <model>B</model>, both have "
               "<params>13B</params> variants.")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {"A": [7_000_000_000], "B": [13_000_000_000]}


def test_a_count_goes_to_the_model_named_again_untagged_right_before_it():
    r = record("We train <model>ProtBert</model>, <model>ProtAlbert</model> and <model>ProtT5-XXL</model>.\n\n"
               "Training took weeks. ProtBert has <params>420M</params> parameters and ProtT5-XXL has "
               "<params>11B</params> parameters; ProtT5-XL was then trained to form <model>ProtT5-XL-U50</model>.")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {
        "ProtBert": [420_000_000], "ProtAlbert": [], "ProtT5-XXL": [11_000_000_000], "ProtT5-XL-U50": []}


def test_greek_letters_and_daggers_tell_models_apart():
    r = record("We compare <model>GIN-ε</model>, <model>GIN-0</model>, <model>Informer</model> and its "
               "canonical variant <model>Informer†</model>.")
    assert [m.name for m in r.models] == ["GIN-ε", "GIN-0", "Informer", "Informer†"]


def test_a_name_written_again_is_not_the_start_of_a_longer_model_name():
    r = record("We compare <model>LLaMA</model> and <model>LLaMA 2</model>. The <params>70B</params> "
               "<model>LLaMA 2</model> is the strongest.")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {"LLaMA": [], "LLaMA 2": [70_000_000_000]}


def test_a_tagged_model_named_again_untagged_is_not_a_dataset():
    r = record(
        "<model>Yuan 1.0</model> was pre-trained on Common Crawl. We evaluate on ZeroCLUE, where Yuan 1.0 ranks "
        "first. Yuan 1.0 presents strong capacity."
    )
    assert [(d.name, d.role) for d in r.datasets] == [("Common Crawl", "pretraining"), ("ZeroCLUE", "evaluation")]


def test_data_named_after_the_tagged_model_is_still_a_dataset():
    r = record("<model>YaLM</model> was trained on the YaLM Russian Dataset and evaluated on MMLU.")
    assert [(d.name, d.role) for d in r.datasets] == [("YaLM Russian Dataset", "pretraining"), ("MMLU", "evaluation")]


def test_counts_listed_after_each_model_go_to_the_model_before_them():
    r = record(
        "We report three configurations: <model>Net(S)</model> with α = 0.5 and <params>10.8M</params> parameters, "
        "<model>Net(M)</model> with α = 1 and <params>31.4M</params> parameters, and <model>Net(L)</model> with "
        "<params>112.7M</params> parameters."
    )
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {
        "Net(S)": [10_800_000], "Net(M)": [31_400_000], "Net(L)": [112_700_000]}


def test_a_count_with_its_model_in_parentheses():
    r = record("We train models using <params>300M</params> (<model>Net-small</model>) and <params>1.5B</params> "
               "(<model>Net-large</model>) parameters.")
    assert {m.name: [p.value for p in m.parameters] for m in r.models} == {
        "Net-small": [300_000_000], "Net-large": [1_500_000_000]}
