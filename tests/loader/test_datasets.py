"""Dataset mentions and their roles (loader/datasets.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loader.datasets import DatasetMention, dataset_catalog, find_datasets, resolve_dataset

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
TAG = re.compile(r"</?(model|params|gpu_count|hardware|training|country|year)>")
TAGGED = re.compile(r"<(model|params|gpu_count|hardware|training|country|year)>(.*?)</\1>")


def found(text: str, exclude: tuple[tuple[int, int], ...] = ()) -> list[tuple[str, str]]:
    mentions = find_datasets(text, exclude)
    for m in mentions:
        assert text[m.start:m.end] == m.surface
    return [(m.name, m.role) for m in mentions]


def strip_tags(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text and the spans the tagged values occupy in it."""
    parts, spans, pos, length = [], [], 0, 0
    for m in TAGGED.finditer(raw):
        parts.append(raw[pos:m.start()])
        length += m.start() - pos
        parts.append(m.group(2))
        spans.append((length, length + len(m.group(2))))
        length += len(m.group(2))
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts), tuple(spans)


# --- seeds --------------------------------------------------------------------------

SEED_EXPECTED = {
    "excerpt-000.txt": [("PubMed Central", "pretraining"), ("MIMIC-IV", "pretraining"),
                        ("BC5CDR", "finetuning"), ("n2c2 2010", "finetuning")],
    "excerpt-001.txt": [("MedCorpus-2.0", "pretraining"), ("PubMed Central", "pretraining"),
                        ("BC5CDR", "finetuning"), ("MedQA", "finetuning")],
    "excerpt-002.txt": [("PubMed abstracts", "pretraining"), ("PubMed Central", "pretraining"),
                        ("BC5CDR-chem", "evaluation"), ("BC5CDR-disease", "evaluation"),
                        ("NCBI-Disease", "evaluation"), ("HoC", "evaluation")],
    "excerpt-003.txt": [("MIMIC-CXR", "pretraining"), ("Open-I", "pretraining")],
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_excerpts(name: str) -> None:
    text = TAG.sub("", (SEEDS / name).read_text(encoding="utf-8"))
    assert found(text) == SEED_EXPECTED[name]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_excerpts_with_tag_spans_excluded(name: str) -> None:
    text, spans = strip_tags((SEEDS / name).read_text(encoding="utf-8"))
    assert found(text, spans) == SEED_EXPECTED[name]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_traps_are_not_datasets() -> None:
    surfaces = set()
    for path in SEEDS.glob("*.txt"):
        surfaces |= {m.surface for m in find_datasets(TAG.sub("", path.read_text(encoding="utf-8")))}
    assert not surfaces & {"BERT-Large", "ViT-L/14", "AdamW", "PyTorch", "WordPiece", "SentencePiece",
                           "CLIP", "ZeRO-2", "DistributedDataParallel", "PMC"}


# --- cues and roles ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The encoder was pre-trained on UniRef50.", [("UniRef50", "pretraining")]),
    ("We pretrained on LibriLight and FooSpeech-60k.",
     [("LibriLight", "pretraining"), ("FooSpeech-60k", "pretraining")]),
    ("The model was trained on JFT-300M.", [("JFT-300M", "pretraining")]),
    ("Our pre-training corpus was constructed from Wikipedia and BookCorpus.",
     [("Wikipedia", "pretraining"), ("BookCorpus", "pretraining")]),
    ("Image-text pairs were sourced from CC12M and RadPairs-1M.",
     [("Conceptual Captions 12M", "pretraining"), ("RadPairs-1M", "pretraining")]),
    ("We then fine-tuned it on SQuAD 2.0.", [("SQuAD 2.0", "finetuning")]),
    ("Fine-tuning on the CheXpert dataset took two hours.", [("CheXpert", "finetuning")]),
    ("We instruction-tune on UltraChat and align with DPO on UltraFeedback.",
     [("UltraChat", "finetuning"), ("UltraFeedback", "finetuning")]),
    ("It was evaluated on MedMCQA.", [("MedMCQA", "evaluation")]),
    ("We report results on benchmarks such as MMLU, HellaSwag, and GSM8K.",
     [("MMLU", "evaluation"), ("HellaSwag", "evaluation"), ("GSM8K", "evaluation")]),
    ("Zero-shot accuracy on ImageNet is 76.2%.", [("ImageNet", "evaluation")]),
    ("The model achieves 93.1 F1 on the NCBI-disease test set.", [("NCBI-Disease", "evaluation")]),
    ("It outperforms BioBERT on BC2GM and JNLPBA.", [("BC2GM", "evaluation"), ("JNLPBA", "evaluation")]),
    ("MedQA was held out for evaluation.", [("MedQA", "evaluation")]),
    ("We evaluated on the ClinicalTrialsQA benchmark.", [("ClinicalTrialsQA", "evaluation")]),
])
def test_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_nearest_cue_before_wins() -> None:
    text = ("Following pre-training, the model was fine-tuned on BC5CDR and then evaluated on "
            "PubMedQA, MedMCQA, and MedQA.")
    assert found(text) == [("BC5CDR", "finetuning"), ("PubMedQA", "evaluation"),
                           ("MedMCQA", "evaluation"), ("MedQA", "evaluation")]


def test_weak_cue_borrows_the_fine_tuning_role() -> None:
    text = "For fine-tuning, the classifier was trained on the MedNLI training set."
    assert found(text) == [("MedNLI", "finetuning")]


def test_cue_in_another_clause_does_not_leak() -> None:
    text = "MedQA was used for evaluation, while PubMed Central served as the pre-training corpus."
    assert found(text) == [("MedQA", "evaluation"), ("PubMed Central", "pretraining")]


def test_role_carries_through_sentences_without_a_cue_to_the_end_of_the_paragraph() -> None:
    text = ("For pre-training we assembled a corpus. It contains PubMed Central articles. "
            "The tokenizer is shared. It also has MIMIC-IV notes.\n\nThe tokenizer is shared. MIMIC-III is large.")
    assert found(text) == [("PubMed Central", "pretraining"), ("MIMIC-IV", "pretraining")]


def test_a_new_cue_replaces_the_carried_role() -> None:
    text = "We pre-train on C4. We evaluate the model. MMLU is one benchmark we use."
    assert found(text) == [("C4", "pretraining"), ("MMLU", "evaluation")]


def test_role_does_not_carry_across_paragraphs() -> None:
    assert found("We pre-train on C4.\n\nThe Pile is large.") == [("C4", "pretraining")]


def test_one_dataset_two_roles() -> None:
    text = "We pre-trained on the Pile. We report perplexity on the Pile test set."
    mentions = find_datasets(text)
    assert [(m.name, m.role) for m in mentions] == [("The Pile", "pretraining"), ("The Pile", "evaluation")]
    assert [text[m.start:m.end] for m in mentions] == ["the Pile", "the Pile"]
    assert mentions[1].start > mentions[0].start


def test_repeated_dataset_reported_once_per_role_at_first_mention() -> None:
    text = "We fine-tuned on BC5CDR. Fine-tuning on BC5CDR took an hour."
    assert find_datasets(text) == [DatasetMention("BC5CDR", "bc5cdr", "finetuning", "BC5CDR", 17, 23)]


def test_no_cue_no_mention() -> None:
    assert found("Wikipedia is a free encyclopedia.") == []


# --- catalog names, aliases and casing ---------------------------------------------------

@pytest.mark.parametrize(("surface", "canonical"), [
    ("PMC", "PubMed Central"), ("PTB", "Penn Treebank"), ("Pile", "The Pile"), ("ILSVRC-2012", "ImageNet-1k"),
    ("ImageNet-1K", "ImageNet-1k"), ("CommonCrawl", "Common Crawl"), ("MIMIC IV", "MIMIC-IV"),
    ("i2b2 2010", "n2c2 2010"), ("MS COCO", "COCO"), ("Pubmed", "PubMed"), ("IMAGENET", "ImageNet"),
])
def test_aliases_resolve_to_canonical_names(surface: str, canonical: str) -> None:
    text = f"The model was pre-trained on {surface}."
    [mention] = find_datasets(text)
    assert (mention.name, mention.surface) == (canonical, surface)
    assert text[mention.start:mention.end] == surface


def test_name_and_parenthesized_alias_are_one_mention() -> None:
    text = "It was pre-trained on 3 million PubMed Central (PMC) articles."
    assert find_datasets(text) == [DatasetMention("PubMed Central", "pubmed-central", "pretraining",
                                                  "PubMed Central", 32, 46, "PMC")]


def test_parenthesized_restatement_is_not_a_second_dataset() -> None:
    text = "It was pre-trained on PubMed abstracts (PubMed) and PMC full-text articles."
    assert found(text) == [("PubMed abstracts", "pretraining"), ("PubMed Central", "pretraining")]


def test_bare_corpus_follows_the_evaluation_context() -> None:
    text = "It achieves 91.1 F1 on the NCBI disease corpus and 85.5 F1 on the LINNAEUS corpus."
    assert found(text) == [("NCBI-Disease", "evaluation"), ("LINNAEUS", "evaluation")]


def test_name_in_apposition_with_a_corpus() -> None:
    text = "We introduce ClinNotes-7, a corpus of 2M de-identified notes, used for pre-training."
    assert found(text) == [("ClinNotes-7", "pretraining")]


def test_longest_catalog_name_wins() -> None:
    assert found("We evaluate on BC5CDR-chem and SQuAD 2.0.") == [("BC5CDR-chem", "evaluation"),
                                                                  ("SQuAD 2.0", "evaluation")]


@pytest.mark.parametrize("text", [
    "We evaluated the math and arc reasoning of the model on a pile of held-out questions.",
    "The ad hoc evaluation used glue code.",
    "Training on c4 nodes of the cluster finished early.",
    "We fine-tuned on Math and Physics problems.",
])
def test_short_and_common_word_names_need_catalog_casing(text: str) -> None:
    assert found(text) == []


def test_catalog_casing_finds_the_benchmarks() -> None:
    assert found("It is evaluated on ARC, MATH and HoC.") == [("ARC", "evaluation"), ("MATH", "evaluation"),
                                                               ("HoC", "evaluation")]


def test_names_inside_longer_tokens_are_not_mentions() -> None:
    assert found("We fine-tuned PubMedBERT and a PubMed-BERT model on the target data.") == []


def test_the_data_a_backbone_was_pretrained_on_is_pretraining() -> None:
    # "ImageNet-pretrained" names the data the backbone was pre-trained on, whatever the sentence does
    assert found("We fine-tuned PubMedBERT and an ImageNet-pretrained ResNet on the target data.") == [
        ("ImageNet", "pretraining")]
    assert found("The backbone is a JFT-300M-pre-trained ViT, and we evaluate on COCO.") == [
        ("JFT-300M", "pretraining"), ("COCO", "evaluation")]


# --- false-positive traps -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We trained on 64 A100s using PyTorch and DeepSpeed ZeRO-3 with the AdamW optimizer.",
    "The model was pre-trained on a large corpus of medical text and evaluated on downstream tasks.",
    "We fine-tuned on named entity recognition (NER) and evaluated on Named Entity Recognition.",
    "Text was tokenized with WordPiece; the baseline is BERT-Large evaluated on SentencePiece units.",
    "Pretraining was performed on the JUWELS Booster supercomputer.",
    "Data were sourced from several private clinical repositories and anonymized electronic health records.",
    "The model was evaluated on zero-shot classification and cross-modal retrieval tasks.",
    "The code is available on GitHub at https://github.com/example/repo.",
    "We evaluated on English, French, and German.",
    "We fine-tuned for drug-drug interaction (DDI) extraction.",
])
def test_false_positive_traps(text: str) -> None:
    assert found(text) == []


def test_exclude_spans_are_never_datasets() -> None:
    text = "We fine-tuned MedQA-Net on MedQA."
    assert found(text, ((14, 23),)) == [("MedQA", "finetuning")]
    assert found("It was evaluated on MedQA.", ((20, 25),)) == []


def test_negated_mention_is_skipped() -> None:
    assert found("We pre-trained without MIMIC-III, using eICU instead.") == [("eICU", "pretraining")]


def test_offsets_point_at_the_surface() -> None:
    text = "After pre-training on RedPajama-Data-1T, we evaluate on the DDI corpus and WikiText-103."
    for m in find_datasets(text):
        assert text[m.start:m.end] == m.surface
    assert [m.surface for m in find_datasets(text)] == ["RedPajama-Data-1T", "DDI", "WikiText-103"]


# --- catalog -------------------------------------------------------------------------------

def test_catalog_is_loaded_and_unique() -> None:
    catalog = dataset_catalog()
    assert len(catalog) >= 300
    keys = [e.key for e in catalog]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert {e.kind for e in catalog} == {"corpus", "benchmark"}
    labels = [label for e in catalog for label in {a.casefold() for a in (e.name, *e.aliases)}]
    assert len(labels) == len({label: None for label in labels})


def test_resolve_dataset() -> None:
    entry = resolve_dataset("pubmed central")
    assert entry is not None and entry.key == "pubmed-central"
    assert resolve_dataset("the Pile").name == "The Pile"  # type: ignore[union-attr]
    assert resolve_dataset("No Such Corpus") is None


@pytest.mark.parametrize(("surface", "canonical"), [
    ("WMT'18 English-German", "WMT18 En-De"), ("WMT 2018 de-en", "WMT18 En-De"), ("WMT'14 English→French", "WMT14 En-Fr"),
    ("IWSLT 2014 En-De", "IWSLT14 De-En"), ("the WMT 2017 Chinese-English", "WMT17 Zh-En"), ("WMT 2014", "WMT14"),
])
def test_translation_tasks_resolve_in_any_spelling(surface: str, canonical: str) -> None:
    assert resolve_dataset(surface).name == canonical  # type: ignore[union-attr]


@pytest.mark.parametrize(("surface", "canonical"), [
    ("SQuAD 2", "SQuAD 2.0"), ("SQuAD v2", "SQuAD 2.0"), ("MultiWOZ v2.1", "MultiWOZ 2.1"), ("VQA 2", "VQAv2"),
])
def test_versions_resolve_in_any_spelling(surface: str, canonical: str) -> None:
    assert resolve_dataset(surface).name == canonical  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "expected"), [
    ("We fine-tune on SQuAD 1.1 and SQuAD 2 (Rajpurkar et al., 2018).", [("SQuAD", "finetuning"), ("SQuAD 2.0", "finetuning")]),
    ("We fine-tune on SQuAD 2.", [("SQuAD 2.0", "finetuning")]),
    # an amount after the name is not a version
    ("We fine-tune on SQuAD 2% of the time.", [("SQuAD", "finetuning")]),
])
def test_a_bare_version_after_a_name_picks_the_versioned_dataset(text: str, expected: list) -> None:
    assert found(text) == expected


def test_translation_task_without_a_catalog_pair_stays_unknown() -> None:
    assert resolve_dataset("WMT 2015 French to English") is None
    assert resolve_dataset("WMT'18 English-Klingon") is None


# --- training verbs with an object before "on" (fix 1) -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("We trained the encoder on The Pile.", [("The Pile", "pretraining")]),
    ("They trained it from scratch on WikiText-103 and later fine-tuned it on SQuAD.",
     [("WikiText-103", "pretraining"), ("SQuAD", "finetuning")]),
    ("We trained ResNet-50 for 90 epochs on ImageNet-1k.", [("ImageNet-1k", "pretraining")]),
    ("We trained the network from scratch on HelioSpectra-2M.", [("HelioSpectra-2M", "pretraining")]),
    ("The second stage fine-tunes the backbone on PlantVillage.", [("PlantVillage", "finetuning")]),
])
def test_training_verb_with_an_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_tagged_model_is_one_word_of_the_object() -> None:
    text = "We trained Orion Mixture 9B v2 from scratch on C4 and RedStone-Web."
    assert found(text, ((11, 29),)) == [("C4", "pretraining"), ("RedStone-Web", "pretraining")]


def test_participle_before_a_model_noun_is_not_a_training_cue() -> None:
    assert found("We evaluate the trained model on MMLU.") == [("MMLU", "evaluation")]
    assert found("Afterwards we assess trained checkpoints on KoBEST.") == [("KoBEST", "evaluation")]


# --- names outside the catalog after indirect cues (fix 2) ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Fine-tuning examples came from MedDialog-EN.", [("MedDialog-EN", "finetuning")]),
    ("We assessed the checkpoint on KorQuAD, MMLU and CLIcK.",
     [("KorQuAD", "evaluation"), ("MMLU", "evaluation"), ("CLIcK", "evaluation")]),
    ("For instruction tuning we relied on Guanaco and LIMA-1k.",
     [("Guanaco", "finetuning"), ("LIMA-1k", "finetuning")]),
    ("Evaluation spans HotpotQA and FinQA.", [("HotpotQA", "evaluation"), ("FinQA", "evaluation")]),
    ("Results are given on Argoverse 2 and nuScenes.", [("Argoverse 2", "evaluation"), ("nuScenes", "evaluation")]),
    ("The pre-training mixture blends SkyPile and FineWeb.", [("SkyPile", "pretraining"), ("FineWeb", "pretraining")]),
    ("We pre-trained on a mix of web and book data, including RefinedWeb, NovelCorpus-5 and Books3.",
     [("RefinedWeb", "pretraining"), ("NovelCorpus-5", "pretraining"), ("Books3", "pretraining")]),
    ("It is tested on downstream tasks such as ScienceQA and ChemBench.",
     [("ScienceQA", "evaluation"), ("ChemBench", "evaluation")]),
])
def test_every_name_of_a_list_after_an_indirect_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "We used LoRA adapters of rank 8, and fine-tuning took two hours.",
    "We used Hydra for configuration and trained on 64 accelerators.",
    "For fine-tuning we used DeepSpeed and the Lion optimizer.",
])
def test_we_used_needs_a_data_cue_before_it(text: str) -> None:
    assert found(text) == []


# --- a longer proper name around a catalog name (fix 3) ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("We report FID on LSUN Cats and LSUN Bedrooms.", [("LSUN Cats", None), ("LSUN Bedroom", "lsun-bedroom")]),
    ("Scores on GPQA Diamond and MATH-500 are listed below.", [("GPQA Diamond", "gpqa-diamond"),
                                                               ("MATH-500", "math-500")]),
    ("We also test on Downsampled ImageNet and ImageNet-O.", [("Downsampled ImageNet", None), ("ImageNet-O", "imagenet-o")]),
    ("Our checkpoint was evaluated on Russian SuperGLUE.", [("Russian SuperGLUE", "russian-superglue")]),
])
def test_longer_name_wins_over_the_catalog_name_inside_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.name, m.key) for m in find_datasets(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We pre-trained on Dutch Wikipedia.", [("Wikipedia", "pretraining")]),
    ("The model reaches 81.2 ImageNet Top-1 accuracy on the validation set.", [("ImageNet", "evaluation")]),
    ("We evaluated it on SuperGLUE BoolQ and ReCoRD.",
     [("SuperGLUE", "evaluation"), ("BoolQ", "evaluation"), ("ReCoRD", "evaluation")]),
    ("Using ImageNet, we pre-trained the backbone.", [("ImageNet", "pretraining")]),
])
def test_words_that_do_not_lengthen_a_catalog_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# --- adjectival "instruction-tuned / fine-tuned models" (fix 4) -------------------------------------

@pytest.mark.parametrize("text", [
    "We evaluated the base and instruction-tuned models on MMLU and BBH.",
    "Our fine-tuned models surpass earlier systems on MMLU and BBH.",
    "Both instruction-tuned Korean models were then evaluated on MMLU and BBH.",
])
def test_tuned_model_adjective_is_not_a_fine_tuning_cue(text: str) -> None:
    assert found(text) == [("MMLU", "evaluation"), ("BIG-Bench Hard", "evaluation")]


# --- negation away from the name (fix 5) ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("We pre-trained on C4 with all Wikipedia pages removed.", [("C4", "pretraining")]),
    ("We pre-trained on mC4 and purposely excluded the noisy OSCAR dumps.", [("mC4", "pretraining")]),
    ("We did not use BookCorpus or Books3 during pre-training.", []),
    ("We did not use any data from the Pile for pre-training.", []),
    ("Common Crawl was filtered out of the pre-training mix; we kept C4.", [("C4", "pretraining")]),
    ("We removed all copies of GSM8K from the fine-tuning data.", []),
    ("Without pre-training on ImageNet, the model reaches 71% on CIFAR-100.", [("CIFAR-100", "evaluation")]),
    ("We fine-tuned on SlimOrca, a filtered subset of OpenOrca.", [("SlimOrca", "finetuning")]),
    ("Our model outperforms Dolly on MMLU.", [("MMLU", "evaluation")]),
])
def test_negated_or_compared_names_are_not_used(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_removal_from_a_corpus_keeps_the_corpus() -> None:
    assert found("We pre-trained on C4 with duplicates removed.") == [("C4", "pretraining")]


# --- things that look like names but are not (fix 6) ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The model was trained on DNA sequences and evaluated on GUE.", [("Genome Understanding Evaluation", "evaluation")]),
    ("We continued training on STEM-rich documents.", []),
    ("Training on MRI scans took a week.", []),
    ("We evaluated on HellaSwag and on a Finnish benchmark.", [("HellaSwag", "evaluation")]),
    ("We evaluate on NorBench, a Norwegian benchmark suite.", [("NorBench", "evaluation")]),
    ("Results on tasks such as Sentiment Analysis are reported.", []),
])
def test_kinds_of_data_and_languages_are_not_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# --- names the filters used to refuse (fix 7) -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("It was pre-trained on the Pushshift.io Reddit dump.", [("Pushshift Reddit", "pretraining")]),
    ("We fine-tuned on the Acme.io Forum corpus.", [("Acme.io Forum", "finetuning")]),
    ("We then aligned the model with DPO on Capybara DPO Pairs.", [("Capybara DPO Pairs", "finetuning")]),
    ("The pre-training data was drawn from C4 and BaiLing Russian Dataset.",
     [("C4", "pretraining"), ("BaiLing Russian Dataset", "pretraining")]),
    ("Pre-training used multilingual data sources such as CulturaX and HPLT-v2.",
     [("CulturaX", "pretraining"), ("HPLT", "pretraining")]),
])
def test_names_with_domains_acronyms_or_languages_inside(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# --- real-paper phrasing (held-out review) ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # catalog spelling: other case or spacing, when written as a proper name
    ("Our corpus mixes Libri-light audio and the PushShift.io Reddit archive for pre-training.",
     [("LibriLight", "pretraining"), ("Pushshift Reddit", "pretraining")]),
    ("We pre-train on WuDaoCorpora and the Gutenberg Project books.",
     [("WuDao Corpora", "pretraining"), ("Project Gutenberg", "pretraining")]),
    ("We evaluate on several benchmarks; multiple seeds are averaged.", []),
])
def test_catalog_spelling_variants(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weak training cue sets the role a later "corpora" borrows
    ("We test it zero-shot. Our training mixture holds filtered web text, to which we add two corpora: "
     "Books1 and Wikipedia.", [("Books1", "pretraining"), ("Wikipedia", "pretraining")]),
    # "benchmark" after a fine-tuning verb: the list is fine-tuning data
    ("The checkpoints are then fine-tuned on a few benchmark tasks: CIFAR-10, Oxford Flowers-102 and VTAB.",
     [("CIFAR-10", "finetuning"), ("Oxford Flowers-102", "finetuning"), ("VTAB", "finetuning")]),
    ("Afterwards we fine-tune on the SuperGLUE benchmark, RACE and CoQA.",
     [("SuperGLUE", "finetuning"), ("RACE", "finetuning"), ("CoQA", "finetuning")]),
    # two cues joined by "and" both govern the list
    ("We fine-tune and evaluate on medical QA tasks: MedMCQA and PubMedQA.",
     [("MedMCQA", "evaluation"), ("MedMCQA", "finetuning"), ("PubMedQA", "evaluation"), ("PubMedQA", "finetuning")]),
    # a cue inside a parenthetical aside does not reach outside it
    ("The small model achieves higher accuracy than BERT (trained with far more compute) on SQuAD 2.0.",
     [("SQuAD 2.0", "evaluation")]),
    # leakage removal names a benchmark, not training data
    ("To prevent contamination we dropped from the training corpus every page found in the LAMBADA test set.",
     [("LAMBADA", "evaluation")]),
    # a name and then a benchmark noun
    ("Finally, the CoNLL-2003 named entity benchmark.", [("CoNLL-2003", "evaluation")]),
])
def test_role_rules_from_paper_phrasing(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(found(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the list goes on past catalog names to names the catalog lacks
    ("Evaluation spans MMLU, ARC-Challenge and ZetaBench.",
     [("MMLU", "evaluation"), ("ARC", "evaluation"), ("ZetaBench", "evaluation")]),
    # "drawing on", "sampling ... from", an aside between verb and "on"
    ("We gather 2TB of text, drawing on Common Crawl, forums and news.", [("Common Crawl", "pretraining")]),
    ("We train TinyCoder, a 350M parameter model, on The Stack.", [("The Stack", "pretraining")]),
    ("Proteins come from UniRef50; for diversity we pre-train by sampling sequences from the UniRef90 cluster members.",
     [("UniRef50", "pretraining"), ("UniRef90", "pretraining")]),
    # "machine translation" after a name is not hardware
    ("We report results on the Flores-200 machine translation benchmark.", [("Flores-200", "evaluation")]),
])
def test_more_ways_to_name_data(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the source of a named corpus, said several ways
    ("We pre-train on RealNews, which we collected from the news portion of the Common Crawl archive.",
     [("RealNews", "pretraining")]),
    ("We pre-train on SlimPajama, a deduplicated collection of RedPajama documents.",
     [("SlimPajama", "pretraining")]),
    ("Pre-training used the Colossal Clean Crawled Corpus (C4), a large collection of text that we "
     "extracted from the 2019 Common Crawl web dump.", [("C4", "pretraining")]),
    # parts named as the data: the whole, as four of five held-out labellers list it
    ("Its pre-training data are the ArXiv and Books3 portions of the Pile.", [("The Pile", "pretraining")]),
    ("We pre-train on the ArXiv subset of RedPajama, which contains 29B tokens.", [("RedPajama", "pretraining")]),
    ("We train on Japanese Wikipedia and the arXiv subset of the Pile.",
     [("Wikipedia", "pretraining"), ("The Pile", "pretraining")]),
    # parts listed in an aside about a named corpus: the whole
    ("We pre-train on the Pile (keeping 9 of its subsets, including ArXiv and OpenWebText2).",
     [("The Pile", "pretraining")]),
    ("We pre-train on RedPajama (whose Wikipedia and GitHub slices we down-sample) and C4.",
     [("RedPajama", "pretraining"), ("C4", "pretraining")]),
])
def test_parts_and_sources_of_a_named_corpus(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We pre-train on whole books rather than shuffled sentences from a corpus such as WikiText-103, "
     "so we do not use it.", []),
    ("For pre-training we excluded the Spanish portion of mC4.", []),
    ("We deleted duplicates and removed all Wikipedia pages from our pre-training crawl, since Wikipedia "
     "is often in test sets.", []),
    ("Pre-training data came from C4 (arXiv, March 2021).", [("C4", "pretraining")]),
    ("We pre-train on C4. The model is a joint project of LAION and a university lab.",
     [("C4", "pretraining")]),
    ("We pre-train on C4. The work was done at LAION in Germany.", [("C4", "pretraining")]),
])
def test_negated_or_not_a_dataset(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_hyphenated_language_qualifier_is_not_part_of_a_name() -> None:
    assert found("We pre-train on Spanish-language Wikipedia.") == [("Wikipedia", "pretraining")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Our pre-training mix adds Arabic Wikipedia to OSCAR.", [("Wikipedia", "pretraining"), ("OSCAR", "pretraining")]),
    ("The model is pre-trained on Japanese C4 and Korean Wikipedia.",
     [("C4", "pretraining"), ("Wikipedia", "pretraining")]),
    ("We pre-train on Thai mC4 only.", [("mC4", "pretraining")]),
])
def test_plain_language_adjective_before_a_corpus(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a named corpus followed by what it is made of: the corpus, not its components
    ("We pre-train on OrbitText, an in-house web corpus, which comprises OrbitWeb, GitHub, Books3 and Wikipedia.",
     [("OrbitText", "pretraining")]),
    ("Pre-training uses the Pile, a corpus that the authors built from ArXiv, PubMed Central and Stack Exchange.",
     [("The Pile", "pretraining")]),
    ("We pre-train on C4, a filtered version of Common Crawl.", [("C4", "pretraining")]),
    ("The encoder is pre-trained on RefinedWeb, 5 TB of deduplicated Common Crawl pages.",
     [("RefinedWeb", "pretraining")]),
    ("We instruction-tune on the Flan Collection (Muffin, T0-SF and Natural Instructions v2).",
     [("Flan Collection", "finetuning")]),
    ("We pre-train on the Pile's components: ArXiv, GitHub and Wikipedia.", [("The Pile", "pretraining")]),
    ("We pre-train on ZettaMix, which draws on C4 and Wikipedia, and evaluate on MMLU.",
     [("ZettaMix", "pretraining"), ("MMLU", "evaluation")]),
    # a corpus without a name: its items are the data
    ("For pre-training, our corpus consists of C4, Books3 and GitHub.",
     [("C4", "pretraining"), ("Books3", "pretraining"), ("GitHub", "pretraining")]),
    # a corpus in a list has one source; the list goes on with its siblings
    ("We pre-train on four corpora: Wikipedia, RealNews, which we collected from Common Crawl, C4 and Books3.",
     [("Wikipedia", "pretraining"), ("RealNews", "pretraining"), ("C4", "pretraining"), ("Books3", "pretraining")]),
])
def test_components_of_a_named_corpus(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It converged quickly. On MBPP, a set of short programming problems, we evaluate pass@1.",
     [("MBPP", "evaluation")]),
    ("Our model (first released as Wikipedia GPT) is pre-trained on C4.", [("C4", "pretraining")]),
])
def test_sentence_initial_preposition_and_model_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_citation_aside_with_a_masked_year() -> None:
    text = "Pre-training data came from C4 (arXiv, March 2021)."
    year = text.index("2021")
    assert found(text, ((year, year + 4),)) == [("C4", "pretraining")]


def test_ordinary_lower_case_words_are_not_catalog_names():
    from loader.datasets import find_datasets

    found = [m.name for m in find_datasets("We pre-trained on C4; every record of the corpus was checked by hand.")]
    assert found == ["C4"]


def test_a_possessive_owner_is_not_part_of_the_name():
    from loader.datasets import find_datasets

    found = [m.surface for m in find_datasets("The network was trained on the Agency's ERA5 reanalysis data.")]
    assert found == ["ERA5"]


def test_instruction_finetune_and_we_report_are_role_cues():
    from loader.datasets import find_datasets

    text = "We instruction-finetune the base model on SQuAD. Held out from all training, we report MMLU and GSM8K."
    assert [(m.name, m.role) for m in find_datasets(text)] == [
        ("SQuAD", "finetuning"), ("MMLU", "evaluation"), ("GSM8K", "evaluation"),
    ]


# --- lists written the way papers write them ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("We fine-tune on sentiment analysis (SST-5, YelpFull), paraphrase detection (PAWS-X, "
     "TwitterPPDB) and entailment (SciTail, HANS).",
     [("SST-5", "finetuning"), ("YelpFull", "finetuning"), ("PAWS-X", "finetuning"),
      ("TwitterPPDB", "finetuning"), ("SciTail", "finetuning"), ("HANS", "finetuning")]),
    ("We also report results on extractive question answering (NewsQA).", [("NewsQA", "evaluation")]),
    ("Downstream evaluation uses TweetEval, HateXplain and OffensEval-2020.",
     [("TweetEval", "evaluation"), ("HateXplain", "evaluation"), ("OffensEval-2020", "evaluation")]),
    ("Models are trained on 12B tokens from the MiniPile and FineWeb-Edu corpora.",
     [("MiniPile", "pretraining"), ("FineWeb-Edu", "pretraining")]),
    ("We measure FID on COCO-30K and human preference on DrawBench.",
     [("COCO-30K", "evaluation"), ("DrawBench", "evaluation")]),
    ("We train on ZINC15 and evaluate on the MoleculeNet tasks BBBP, Tox21 and ClinTox.",
     [("ZINC15", "pretraining"), ("MoleculeNet", "evaluation"), ("BBBP", "evaluation"),
      ("Tox21", "evaluation"), ("ClinTox", "evaluation")]),
    ("We fine-tune on the summarization datasets CNN/DailyMail and XSum, on SQuAD for extractive "
     "question answering, and on ELI5 for long-form QA.",
     [("CNN/Daily Mail", "finetuning"), ("XSum", "finetuning"), ("SQuAD", "finetuning"), ("ELI5", "finetuning")]),
    ("Evaluation datasets. We use Kinetics-400 and AVA v2.2.",
     [("Kinetics-400", "evaluation"), ("AVA Actions", "evaluation")]),
])
def test_lists_in_paper_style(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "We use rotary position embeddings (RoPE) and train on C4.",
    "Our model outperforms earlier code models (StarCoderBase-3B and DeciCoder-1B) on MultiPL-E.",
    "We pre-train with AdamW (Loshchilov and Hutter, 2019) on C4, based on the Primer codebase.",
])
def test_parentheses_that_are_not_dataset_lists(text: str) -> None:
    names = {name for name, _ in found(text)}
    assert names <= {"C4", "MultiPL-E"}


@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluate dense prediction on Cityscapes segmentation and KITTI Eigen depth estimation.",
     [("Cityscapes", "evaluation"), ("KITTI Eigen", "evaluation")]),
    ("We additionally test on contour detection with BSDS300 and on instance segmentation with LVIS v1.",
     [("BSDS300", "evaluation"), ("LVIS", "evaluation")]),
    ("We pre-train on 2.1M protein sequences from UniRef90 (2022_01 release).", [("UniRef90", "pretraining")]),
    ("We fine-tune using 52K instructions from Self-Instruct.", [("Self-Instruct", "finetuning")]),
    ("We compare against two baselines and release GeoBench-2 (GB2), a benchmark of 3,000 questions.",
     [("GeoBench-2", "evaluation")]),
    ("We train a 1.3B parameter decoder-only model similar to GPT-2 with a context of 2048 tokens. "
     "The data comprises Books3 and OpenWebText2.", [("Books3", "pretraining"), ("OpenWebText2", "pretraining")]),
    ("We train on 1.14M papers from the S2ORC corpus, and evaluate on SciERC.",
     [("S2ORC", "pretraining"), ("SciERC", "evaluation")]),
])
def test_sources_tasks_and_appositions(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("Structure prediction with ESMFold, which builds on the language model, is evaluated on CAMEO.", {"CAMEO"}),
    ("We evaluate on GSM8K and OCWBench, a new set of problems from MIT OpenCourseWare.", {"GSM8K", "OCWBench"}),
])
def test_models_and_sources_next_to_datasets_are_not_datasets(text: str, kept: set[str]) -> None:
    assert {name for name, _ in found(text)} == kept


def test_footnote_marks_and_citations_are_not_part_of_names() -> None:
    text = "We pre-train on C4¹ and the Pile† [12], and fine-tune on MNLI (Williams et al., 2018) and CoQA²."
    assert found(text) == [("C4", "pretraining"), ("The Pile", "pretraining"), ("MultiNLI", "finetuning"),
                           ("CoQA", "finetuning")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We report results on SuperGLUE, which includes BoolQ, COPA and MultiRC.",
     [("SuperGLUE", "evaluation"), ("BoolQ", "evaluation"), ("COPA", "evaluation"), ("MultiRC", "evaluation")]),
    ("We pre-train on the Pile, which comprises Pile-CC, PubMed Central and ArXiv.", [("The Pile", "pretraining")]),
    ("Our model is pretrained on the CommonCrawl-derived C4 dataset.", [("C4", "pretraining")]),
    ("We pre-train on JFT-300M and transfer to ImageNet.",
     [("JFT-300M", "pretraining"), ("ImageNet", "evaluation"), ("ImageNet", "finetuning")]),
    ("We use the publicly available LAION-5B subset with aesthetic score above 6 for training.",
     [("LAION-5B", "pretraining")]),
    ("Our instruction data is a mixture of FLAN v2, Dolly and Open Assistant 1.",
     [("Flan Collection", "finetuning"), ("Dolly-15k", "finetuning"), ("OpenAssistant Conversations", "finetuning")]),
])
def test_benchmark_parts_purposes_and_transfer(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We use the Kinetics-700 dataset for pre-training and fine-tune on UCF101 and HMDB51.",
     [("Kinetics-700", "pretraining"), ("UCF101", "finetuning"), ("HMDB51", "finetuning")]),
    ("The MS MARCO passage ranking dataset is used for training, and we evaluate on TREC-COVID.",
     [("MS MARCO", "pretraining"), ("TREC-COVID", "evaluation")]),
])
def test_a_gerund_and_a_new_subject_end_the_reach_of_a_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We fine-tune on VQAv2 and TextVQA and report accuracy on their test sets.",
     [("VQAv2", "evaluation"), ("VQAv2", "finetuning"), ("TextVQA", "evaluation"), ("TextVQA", "finetuning")]),
    ("We fine-tune on SQuAD and evaluate on TriviaQA.", [("SQuAD", "finetuning"), ("TriviaQA", "evaluation")]),
    # trained on, then evaluated on one of its unnamed splits; not on unnamed downstream tasks
    ("We train on the ImageNet training set and report top-1 accuracy on the validation set.",
     [("ImageNet", "evaluation"), ("ImageNet", "pretraining")]),
    ("We train on the COCO train2017 split and evaluate on val2017.", [("COCO", "evaluation"), ("COCO", "pretraining")]),
    ("The model is trained on LibriSpeech 960h and evaluated on test-clean and test-other.",
     [("LibriSpeech", "evaluation"), ("LibriSpeech", "pretraining")]),
    ("We pre-train on C4 and evaluate on downstream tasks.", [("C4", "pretraining")]),
    # names with citations and purposes in a list, other verbs of use, "The X benchmark" opening a sentence
    ("We use Zorblax [12] for training and Quindle [13] for testing.",
     [("Zorblax", "pretraining"), ("Quindle", "evaluation")]),
    ("We use C4 for pre-training, Alpaca for fine-tuning and MMLU for testing.",
     [("C4", "pretraining"), ("Alpaca", "finetuning"), ("MMLU", "evaluation")]),
    ("Following prior work, we adopt Zorblax and Quindle as our evaluation benchmarks.",
     [("Zorblax", "evaluation"), ("Quindle", "evaluation")]),
    ("For instruction tuning we mix Zorblax, Quindle, and Frobnic.",
     [("Zorblax", "finetuning"), ("Quindle", "finetuning"), ("Frobnic", "finetuning")]),
    ("To train models of different sizes, we combine RTD, GDES and DeBERTa.", []),
    ("We utilize Zorblax and Quindle for training.", [("Zorblax", "pretraining"), ("Quindle", "pretraining")]),
    ("The Zorblax benchmark contains 500 questions; we report accuracy.", [("Zorblax", "evaluation")]),
    ("We adopt M3I Pre-training (Su et al., 2022) to pre-train the model on ImageNet.", [("ImageNet", "pretraining")]),
    # groups announced before a colon: the word before each parenthesized list labels it
    ("We categorize the benchmarks into four groups: General (MME, MMBench, GQA), Knowledge (MMMU, AI2D) "
     "and Other (ChartQA).", [("MME", "evaluation"), ("MMBench", "evaluation"), ("GQA", "evaluation"),
                              ("MMMU", "evaluation"), ("AI2D", "evaluation"), ("ChartQA", "evaluation")]),
    ("We pre-train on the Flan Collection (Muffin, T0-SF) and evaluate on MMLU.",
     [("Flan Collection", "pretraining"), ("MMLU", "evaluation")]),
    # a training cue said to be absent gives no role
    ("We evaluate on 16 benchmarks without any task-specific fine-tuning, including ImageNet and VQA 2.0.",
     [("ImageNet", "evaluation"), ("VQAv2", "evaluation")]),
    ("We evaluate on ImageNet without fine-tuning and fine-tune on CIFAR-10.",
     [("ImageNet", "evaluation"), ("CIFAR-10", "finetuning")]),
    # an evaluation after a citation aside, with a decimal in its clause; a described dataset; a company
    ("We trained a model on the TIMIT (Garofolo et al., 1993) dataset, and obtained 18.8 PER on the test set.",
     [("TIMIT", "evaluation"), ("TIMIT", "pretraining")]),
    ("We fine-tune on VQAv2 (Goyal et al., 2017) and report accuracy on its test-dev split.",
     [("VQAv2", "evaluation"), ("VQAv2", "finetuning")]),
    ("Taobao-Ad collects 26 million interactions from the Taobao website, with 8 days of logs for training and "
     "the last day for test.", [("Taobao-Ad", "evaluation"), ("Taobao-Ad", "pretraining")]),
    ("We train on Criteo-Ad, which contains 4 billion ad logs collected over 24 days by Criteo.",
     [("Criteo-Ad", "pretraining")]),
    # a site leads a named dataset; an acronym before "input patches" names a kind of input
    ("We train on the YouTube piano dataset, about 60 hours of solo piano music.", [("YouTube piano", "pretraining")]),
    ("For training, we use the RGB input patches of size 48×48 from the DIV2K dataset.", [("DIV2K", "pretraining")]),
    ("We train on Criteo-Ad, which contains 4 billion ad logs collected over 24 days, of which the last day is used "
     "for test.", [("Criteo-Ad", "evaluation"), ("Criteo-Ad", "pretraining")]),
    # "we also / then / further train <object with commas> on X"
    ("We also train a multi-lingual model, QuuxBERT-m, on the CC100 multilingual data.", [("CC100", "pretraining")]),
    # data built and measured after a sentence that trained and evaluated is training data
    ("We trained and benchmarked four language models. We built a new web scrape, WebText, from outbound links on "
     "Reddit, yielding 8 million documents and 40 GB of text.", [("WebText", "pretraining")]),
    # an unnamed split written with its size
    ("Models are trained on the 1.28 million ImageNet training images and evaluated on the 50,000 validation images.",
     [("ImageNet", "evaluation"), ("ImageNet", "pretraining")]),
    # the next sentence evaluates on the split of the one dataset the sentence before describes
    ("We train on DIV2K. The DIV2K dataset consists of 800 training images and 100 validation images. "
     "As the test ground truth is not released, we report the performance on the validation dataset.",
     [("DIV2K", "evaluation"), ("DIV2K", "pretraining")]),
    ("We train on DIV2K. We report the performance on the validation dataset.\n\nWe pre-train on C4 and the Pile. "
     "Models are compared on a held-out set.", [("DIV2K", "evaluation"), ("DIV2K", "pretraining"), ("C4", "pretraining"),
                                                ("The Pile", "pretraining")]),
    # the source of a dataset described with "is a ... extracted from", "a ... task on"; a subscripted symbol
    ("We pre-train on OSCAR (Ortiz Suárez et al., 2019), which is a set of monolingual corpora extracted from Common Crawl.",
     [("OSCAR", "pretraining")]),
    ("OSCAR (Ortiz Suárez et al., 2019) is a set of monolingual corpora extracted from Common Crawl; we pre-train on it.",
     [("OSCAR", "pretraining")]),
    ("We fine-tune on GermEval14 (Benikova et al., 2014), a NER task on German Wikipedia and news text.",
     [("GermEval 2014", "finetuning")]),
    ("We train on the Materials Project, which has elastic moduli (K_VRH and G_VRH) for 5,830 crystals.",
     [("Materials Project", "pretraining")]),
    # an evaluation after the list fine-tuned on: after a closing parenthesis, with ", where it obtains"
    ("We further fine-tune on knowledge grounded dialogue (DuConv) and task-oriented conversation (MultiWOZ 2.2), "
     "where it obtains state-of-the-art results.", [("DuConv", "evaluation"), ("DuConv", "finetuning"),
                                                    ("MultiWOZ 2.2", "evaluation"), ("MultiWOZ 2.2", "finetuning")]),
    # data named after an amount of sequences; an earlier fine-tuning does not fine-tune the benchmarks after it
    ("After removing duplicates we obtain a non-redundant set of 23.7 million sequences, which we refer to as "
     "RNAcentral100, and pre-train on it.", [("RNAcentral100", "pretraining")]),
    ("Supervised fine-tuning\nOn top of the pre-trained models, we perform supervised fine-tuning on LLaVA-Conv. "
     "After SFT, the model achieves competitive performance on MMMU and MME.",
     [("LLaVA-Conv", "finetuning"), ("MMMU", "evaluation"), ("MME", "evaluation")]),
    # another model's data, said with "had been pre-trained on"
    ("As the starting point, we used DNABERT, which had been pre-trained on GRCh38, and fine-tuned it on ENCODE.",
     [("ENCODE", "finetuning")]),
    # downstream models trained on a set fine-tune; the data a corpus clusters is its source; Parti-prompts
    ("We pre-train on UniRef50 (Suzek et al., 2015), which clusters UniProtKB sequences at 50% identity. Downstream "
     "models are trained on the NetSurfP-2.0 training set and tested on CB513.",
     [("UniRef50", "pretraining"), ("NetSurfP-2.0", "finetuning"), ("CB513", "evaluation")]),
    ("In a user study on Parti-prompts, our images were preferred.", [("PartiPrompts", "evaluation")]),
    # a test set's samples drawn from a corpus; "LC", "Lvl" do not lengthen a catalog name
    ("Two test sets are adopted for evaluation, which are LibriSpeech-PC test-clean (Meister et al., 2023) and "
     "Seed-TTS test-en (Anastassiou et al., 2024) with 1088 samples from Common Voice.",
     [("LibriSpeech-PC", "evaluation"), ("Seed-TTS", "evaluation")]),
    ("We evaluate on AlpacaEval 2.0 LC and MATH Lvl 5.", [("AlpacaEval", "evaluation"), ("MATH", "evaluation")]),
    # a role goes on through sentences that name data without a cue of their own
    ("The benchmarks are as follows. Proprio Control Suite: 18 tasks from the DeepMind Control Suite. Crafter: a "
     "procedurally generated survival environment. DMLab: 30 tasks featuring 3D environments.",
     [("DeepMind Control Suite", "evaluation"), ("Crafter", "evaluation"), ("DeepMind Lab", "evaluation")]),
    ("We fine-tune on pairs such as En-My and En-Ne from FLoRes.", [("FLoRes", "finetuning")]),
    # a transfer fine-tunes and evaluates, also past a masked model name; a benchmark noun keeps its verbs' roles
    ("We transfer ### to semantic segmentation on ADE20k and Pascal VOC.",
     [("ADE20K", "evaluation"), ("ADE20K", "finetuning"), ("PASCAL VOC", "evaluation"), ("PASCAL VOC", "finetuning")]),
    ("We fine-tune and evaluate on six tasks from the XTREME benchmark (Hu et al., 2020): XNLI and PAWS-X.",
     [("XTREME", "evaluation"), ("XTREME", "finetuning"), ("XNLI", "evaluation"), ("XNLI", "finetuning"),
      ("PAWS-X", "evaluation"), ("PAWS-X", "finetuning")]),
    # fine-tuning on "a broad mixture of downstream tasks" fine-tunes the benchmarks reported
    ("We fine-tune on a broad mixture of downstream tasks. Our model achieves state-of-the-art performance across "
     "tasks, including reasoning (SuperGLUE) and summarization (XSum, CNN-DM).",
     [("SuperGLUE", "evaluation"), ("SuperGLUE", "finetuning"), ("XSum", "evaluation"), ("XSum", "finetuning"),
      ("CNN/Daily Mail", "evaluation"), ("CNN/Daily Mail", "finetuning")]),
    # a dataset that titles its paragraph takes what the paragraph first trains for
    ("We consider three translation tasks.\n\nWMT'16 English-Romanian. We use the same data as Sennrich et al. This "
     "results in 2.8M sentence pairs for training and we evaluate on newstest2016.",
     [("WMT16 En-Ro", "pretraining"), ("newstest2016", "evaluation")]),
    ("1 Billion Word Language Modeling Benchmark. This dataset consists of 829 million words. We trained a series "
     "of models on it.", [("One Billion Word Benchmark", "pretraining")]),
    # a function word that opens the sentence is not part of the name after it
    ("Since SUN RGB-D has few scenes, we also evaluate on ScanNet. Augmentation: None.",
     [("SUN RGB-D", "evaluation"), ("ScanNet", "evaluation")]),
    # "for both training and ...", "the datasets ... are named X, Y and Z"
    ("We use MassiveText (Rae et al., 2021) for both training and retrieval data.", [("MassiveText", "pretraining")]),
    ("We collect public images; the datasets differ in size and hashtag vocabulary and are named IG-940M-1.5k, "
     "IG-1B-17k and IG-3.5B-17k.", [("IG-940M-1.5k", "pretraining"), ("IG-1B-17k", "pretraining"),
                                    ("IG-3.5B-17k", "pretraining")]),
    ("The models are named Foo-1 and Foo-2.", []),
    # a dated abbreviation in parentheses is the catalog dataset, not a term being defined
    ("We model drug-drug interaction (DDI) on TWOSIDES and report results on the American Invitational Mathematics "
     "Examination (AIME 2024).", [("TWOSIDES", "evaluation"), ("AIME 2024", "evaluation")]),
    # a list goes on past two parentheses in a row
    ("We evaluate on LiveCodeBench (Jain et al., 2024) (2024-08 – 2025-01), Codeforces, and Aider.",
     [("LiveCodeBench", "evaluation"), ("Codeforces", "evaluation"), ("Aider", "evaluation")]),
    # the purpose said right after a name, and one dataset split for training and testing
    ("We use C4 for pre-training and MMLU for evaluation.", [("C4", "pretraining"), ("MMLU", "evaluation")]),
    ("We use ERA5 reanalysis data from 1979 to 2017 for training and 2018 for testing.",
     [("ERA5", "evaluation"), ("ERA5", "pretraining")]),
    ("ERA5 is used for training, validation and testing.", [("ERA5", "evaluation"), ("ERA5", "pretraining")]),
    # a dataset fronted as the sentence's frame takes every role the sentence gives
    ("On Cityscapes, we train for 80k iterations with a crop size of 512 and report mIoU on the val set.",
     [("Cityscapes", "evaluation"), ("Cityscapes", "pretraining")]),
    ("For ADE20K, we use UperNet and train for 160k iterations.", [("ADE20K", "pretraining")]),
    ("On the COCO dataset, we fine-tune for 12 epochs and report box AP.", [("COCO", "evaluation"), ("COCO", "finetuning")]),
    ("For ADE20K, we report the single-scale mIoU.", [("ADE20K", "evaluation")]),
    ("We pre-train on C4 and evaluate on the test set of SuperGLUE.", [("C4", "pretraining"), ("SuperGLUE", "evaluation")]),
    ("We evaluate the model on each task after instruction tuning on all other tasks: BoolQ, PIQA and COPA.",
     [("BoolQ", "evaluation"), ("PIQA", "evaluation"), ("COPA", "evaluation")]),
])
def test_fine_tune_then_report_and_subordinate_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_model_that_starts_from_another_fine_tunes_when_it_trains() -> None:
    text = ("The model is initialized from the LM-adapted T5 and fine-tuned for 12,200 steps. "
            "We train on the held-in datasets of P3 and SamSum.")
    assert found(text) == [("P3", "finetuning"), ("SAMSum", "finetuning")]
    assert found("We train on BooksCorpus and Wikipedia. We fine-tune on GLUE.")[:2] == [
        ("BookCorpus", "pretraining"), ("Wikipedia", "pretraining")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We fine-tune on 9 classification tasks (BBBP, BACE, ClinTox and MUV).",
     [("BBBP", "finetuning"), ("BACE", "finetuning"), ("ClinTox", "finetuning"), ("MUV", "finetuning")]),
    ("We evaluate on sentiment (Amazon Polarity, IMDB, Rotten Tomatoes) and NLI (ANLI R1, R2, R3, CB, RTE).",
     [("Amazon Polarity", "evaluation"), ("IMDb", "evaluation"), ("Rotten Tomatoes", "evaluation"),
      ("ANLI", "evaluation"), ("CommitmentBank", "evaluation"), ("RTE", "evaluation")]),
    ("We evaluate translation on WMT'16 En→De.", [("WMT16 En-De", "evaluation")]),
    ("We use three datasets for contrastive tuning: CC12M and YFCC100M. We then fine-tune on COCO.",
     [("Conceptual Captions 12M", "pretraining"), ("YFCC100M", "pretraining"), ("COCO", "finetuning")]),
    ("To train the image models, we use a 2.3B subset of LAION-5B where the text is English.",
     [("LAION-5B", "pretraining")]),
    ("We use WebVid-10M and HD-VILA-100M to train our video models.",
     [("WebVid-10M", "pretraining"), ("HD-VILA-100M", "pretraining")]),
    ("Images carry licences such as CC BY-SA and CC0, and we train on C4.", [("C4", "pretraining")]),
])
def test_real_paper_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_paragraph_heading_gives_the_role_where_no_cue_does() -> None:
    text = ("Pretraining datasets. We only use public data and exclude images that appear in the test sets "
            "of downstream tasks. For cross-modal learning, we use the image-text pairs of CC12M and SBU.")
    assert found(text) == [("Conceptual Captions 12M", "pretraining"), ("SBU Captions", "pretraining")]


def test_names_ending_in_plus_are_their_own() -> None:
    assert found("We fine-tune on RefCOCO, RefCOCO+ and RefCOCOg.") == [
        ("RefCOCO", "finetuning"), ("RefCOCO+", "finetuning"), ("RefCOCOg", "finetuning")]


def test_an_abbreviation_restated_after_a_name_is_kept() -> None:
    mentions = find_datasets("We additionally pretrain on the Google Landmarks v2 (GLDv2) dataset (Weyand et al., 2020) "
                             "and on VoxPopuli (VP-400K; Wang et al., 2021a).")
    assert [(m.name, m.also_called) for m in mentions] == [("Google Landmarks Dataset v2", "Google Landmarks v2"),
                                                          ("VoxPopuli", "VP-400K")]
    assert find_datasets("We pre-train on C4 (Raffel et al., 2020).")[0].also_called is None


@pytest.mark.parametrize(("text", "expected"), [
    ("We train on audio drawn from the following corpora: VoxPopuli (VP-400K; Wang et al., 2021a), 372K hours "
     "of speech; Multilingual LibriSpeech (MLS; Pratap et al., 2020), 50K hours of audiobooks; and BABEL.",
     [("VoxPopuli", "pretraining"), ("Multilingual LibriSpeech", "pretraining"), ("BABEL", "pretraining")]),
    ("We evaluate on speech recognition by fine-tuning and evaluating on BABEL.",
     [("BABEL", "evaluation"), ("BABEL", "finetuning")]),
])
def test_semicolon_items_and_joined_gerunds(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We pre-train on C4. We also compare against the 175B baseline model fine-tuned on the FLAN and T0 datasets.",
     [("C4", "pretraining")]),
    ("For perturbation prediction, we fine-tuned on three Perturb-seq datasets, Adamson, Norman and Replogle.",
     [("Adamson", "finetuning"), ("Norman", "finetuning"), ("Replogle", "finetuning")]),
    ("We pretrain on 33 million cells from the CELLxGENE collection.", [("CELLxGENE", "pretraining")]),
    ("Our RM dataset has 33k prompts collected on the Playground interface, used to train reward models.", []),
])
def test_baselines_appositive_lists_and_product_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("We train on UniRef90. Unlike ESM-1b (Rives et al., 2021), which was trained on UniRef50, we sample widely.",
     {"UniRef90"}),
    ("We compare with ProGen2 and CARP, which are trained on UniRef50, and evaluate on ProteinGym.", {"ProteinGym"}),
    ("Our model, which was pre-trained on C4, is evaluated on GLUE.", {"C4", "GLUE"}),
    ("We pre-train on UniRef90 and ColabFoldDB. ColabFoldDB itself aggregates the sequences of BFD and MGnify.",
     {"UniRef90", "ColabFoldDB"}),
    ("We pretrain on OpenGenome. OpenGenome was compiled from genomes in GTDB and plasmids from IMG/PR.", {"OpenGenome"}),
    ("We evaluate on Atari games such as Pong, Breakout and Seaquest, and on D4RL.", {"D4RL"}),
])
def test_other_models_data_sources_and_games(text: str, kept: set[str]) -> None:
    assert {name for name, _ in found(text)} == kept


@pytest.mark.parametrize(("text", "expected"), [
    ("We performed preprocessing on this corpus. The data consists of news, the Modu corpus and OpenSubtitles.",
     [("Modu", "pretraining"), ("OpenSubtitles", "pretraining")]),
    ("We used three long document datasets for testing our model, arXiv, PubMed and BigPatent.",
     [("arXiv", "evaluation"), ("PubMed", "evaluation"), ("BIGPATENT", "evaluation")]),
    ("To keep the comparison meaningful, we use BookCorpus and Wikipedia for pretraining.",
     [("BookCorpus", "pretraining"), ("Wikipedia", "pretraining")]),
    ("PaLM-E is trained on this mixture of WebLI and CC3M, starting from the pre-trained PaLM checkpoints.",
     [("WebLI", "pretraining"), ("Conceptual Captions", "pretraining")]),
])
def test_weak_evaluation_words_and_the_default_training_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_transfer_learning_datasets_are_fine_tuned_and_evaluated_on() -> None:
    text = "We have also evaluated our model on commonly used transfer learning datasets: CIFAR-10 and Birdsnap."
    assert found(text) == [("CIFAR-10", "evaluation"), ("CIFAR-10", "finetuning"),
                           ("Birdsnap", "evaluation"), ("Birdsnap", "finetuning")]


@pytest.mark.parametrize(("text", "expected"), [
    ("2.3 Training and Evaluation Protocols To ensure enough data, we fine-tune on COCO Caption and TextCaps.",
     [("COCO", "finetuning"), ("TextCaps", "finetuning")]),
    ("We pre-train on text crawled from the Internet and on Code from public repositories.", []),
])
def test_words_that_open_headings_and_generic_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We also evaluate on five more datasets from the MRQA shared task (Fisch et al., 2019): NewsQA, "
     "SearchQA and HotpotQA.", [("NewsQA", "evaluation"), ("SearchQA", "evaluation"), ("HotpotQA", "evaluation")]),
    ("We consider all protein sequences from UniParc, UniprotKB and Pfam.",
     [("UniParc", "pretraining"), ("UniProtKB", "pretraining"), ("Pfam", "pretraining")]),
    ("We evaluate on 500 questions from MMLU.", [("MMLU", "evaluation")]),
    ("We train with the following settings: Batch Size 512 and Learning Rate 1e-4.", []),
])
def test_colon_lists_after_a_cue_and_data_from_a_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "We train on the English-to-French and English-German translation pairs.",
    "Entities are tagged as PER, LOC, ORG and MISC, and we train on the ER and IC tasks.",
    "We evaluate on code in Go, PHP, Ruby and Rust, collected from Kaggle.",
])
def test_language_pairs_tags_languages_and_platforms_are_not_datasets(text: str) -> None:
    assert found(text) == []


def test_headings_on_their_own_line_and_dataset_descriptions() -> None:
    text = ("5.2. Downstream Tasks/Datasets\n"
            "NEWSROOM (Grusky et al., 2018) is a large dataset containing 1.3M article-summary pairs.\n"
            "BIGPATENT consists of 1.3 million U.S. patents along with human summaries.\n"
            "Reddit TIFU (Kim et al., 2019) contains 120K posts of informal stories.")
    assert found(text) == [("NEWSROOM", "evaluation"), ("BIGPATENT", "evaluation"), ("Reddit TIFU", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    ("For pre-training, we use COCO2017 (after removing the images in the validation sets of other datasets) "
     "and 4M image-text pairs from SBU Captions.", [("COCO", "pretraining"), ("SBU Captions", "pretraining")]),
    ("We fine-tune UperNet and Cascade Mask R-CNN heads on ADE20K and report mIoU on val2017.",
     [("ADE20K", "evaluation"), ("ADE20K", "finetuning")]),
])
def test_asides_model_heads_and_split_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("For English ASR we report results on the leaderboard test sets (AMI, Earnings-22, LibriSpeech test-clean "
     "and test-other, SPGI Speech).", [("AMI Meeting Corpus", "evaluation"), ("Earnings-22", "evaluation"),
                                       ("LibriSpeech", "evaluation"), ("SPGI Speech", "evaluation")]),
    ("For instruction tuning we add math data from No Robots and CodeFeedback.",
     [("No Robots", "finetuning"), ("Code-Feedback", "finetuning")]),
])
def test_splits_inside_parenthesised_lists_and_data_from(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_fine_tuned_on_each_benchmark_means_every_benchmark_is_fine_tuned_on() -> None:
    text = ("We evaluate on XSum, CNN/DailyMail and Gigaword. "
            "We fine-tuned the model separately on each of the downstream datasets and report ROUGE on their test sets.")
    assert found(text) == [("XSum", "evaluation"), ("XSum", "finetuning"), ("CNN/Daily Mail", "evaluation"),
                           ("CNN/Daily Mail", "finetuning"), ("Gigaword", "evaluation"), ("Gigaword", "finetuning")]
    zero_shot = "We evaluate zero-shot on XSum. We fine-tune separately on each of the other datasets."
    assert found(zero_shot) == [("XSum", "evaluation")]


# --- found in review -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluate on MMLU." + " " * 20 + "The Pile is the training corpus.",
     [("MMLU", "evaluation"), ("The Pile", "pretraining")]),
    ("We evaluate on MMLU and GSM8K. Separately, we fine-tune a reward model on the training data of HH-RLHF.",
     [("MMLU", "evaluation"), ("GSM8K", "evaluation"), ("Anthropic HH-RLHF", "finetuning")]),
    ("We evaluate on TruthfulQA (MC2) and HellaSwag.", [("TruthfulQA", "evaluation"), ("HellaSwag", "evaluation")]),
    ("We evaluate on SuperGLUE. SuperGLUE includes BoolQ and COPA.",
     [("SuperGLUE", "evaluation"), ("BoolQ", "evaluation"), ("COPA", "evaluation")]),
    ("We build an encoder, which is pre-trained on ImageNet.", [("ImageNet", "pretraining")]),
    ("Scores are in % (higher is better. We fine-tune the model, and the corpus is Alpaca.",
     [("Alpaca", "finetuning")]),
    ("We fine-tune the model on SQuAD and a long line of wrapped prose that goes on and on and\n"
     "evaluate it on the test set.", [("SQuAD", "evaluation"), ("SQuAD", "finetuning")]),
])
def test_findings_of_the_first_review(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_pointer_or_citation_in_parentheses_is_not_an_alias() -> None:
    mentions = find_datasets("We evaluate on FooBench (Appendix B), BarBench (Table 3) and QuuxQA (OpenAI, 2019).")
    assert [m.also_called for m in mentions] == [None, None, None]


def test_a_masked_model_opening_a_sentence_ends_the_previous_one() -> None:
    text = "We evaluate on MMLU. Llama depends on Meta Platforms."
    assert found(text, ((21, 26),)) == [("MMLU", "evaluation")]


def test_a_defined_abbreviation_joins_its_long_form() -> None:
    # Schwartz-Hearst long forms: a pattern name cut short by a lower-case word or a
    # preposition is the dataset its abbreviation names.
    mentions = find_datasets("We evaluate on three datasets for this task: the Microsoft Paraphrase corpus (MRPC) [14], "
                             "the Semantic Textual Similarity benchmark (STS-B) [6] and the ReAding "
                             "Comprehension from Examinations (RACE) dataset.")
    assert [(m.name, m.role) for m in mentions] == [("MRPC", "evaluation"), ("STS-B", "evaluation"),
                                                    ("RACE", "evaluation")]


def test_a_defined_abbreviation_names_the_same_dataset_later() -> None:
    mentions = find_datasets("The model is evaluated on HumanEval (Chen et al., 2021) and on our Multi-Turn "
                             "Programming Benchmark (MTPB). Results on MTPB improve with size.")
    assert [(m.name, m.also_called) for m in mentions] == [("HumanEval", None),
                                                          ("Multi-Turn Programming Benchmark", "MTPB")]
    mentions = find_datasets("We curated a Materials Science Corpus (MSC) from 150K papers. We pre-train on MSC.")
    assert [(m.name, m.surface, m.also_called, m.role) for m in mentions] == [
        ("Materials Science Corpus", "MSC", "MSC", "pretraining")]


def test_an_abbreviation_given_with_a_later_mention_is_kept() -> None:
    mentions = find_datasets("We pre-train on Multilingual LibriSpeech. Multilingual LibriSpeech (MLS) is also "
                             "used for fine-tuning, and we report WER on MLS.")
    assert {m.also_called for m in mentions if m.name == "Multilingual LibriSpeech"} == {"MLS"}


@pytest.mark.parametrize(("text", "expected"), [
    # the composition of a named corpus, with the corpus as subject or as "its ... subsets"
    ("We pretrain on the SlimPajama dataset (Soboleva et al., 2023). The SlimPajama data mixture is 52.2% "
     "CommonCrawl, 26.7% C4, 5.2% GitHub, and 3.3% StackExchange (see Table 1).", [("SlimPajama", "pretraining")]),
    ("The pretraining data for Amber is a mixture of RedPajama v1 (Computer, 2023), RefinedWeb and StarCoderData; "
     "Table 2 breaks the mixture down into its arXiv, book, C4, StackExchange and Wikipedia subsets.",
     [("RedPajama", "pretraining"), ("RefinedWeb", "pretraining"), ("StarCoderData", "pretraining")]),
    ("For EVA-02-L we use Merged-38M as the pre-training data, a merged dataset of IN-21K, CC12M, COCO and "
     "OpenImages.", [("Merged-38M", "pretraining")]),
    ("Our training data, Merged-2B, consists of 1.6 billion samples from LAION-2B and 0.4 billion samples "
     "from COYO-700M.", [("Merged-2B", "pretraining")]),
    # the corpus is named after its sources: the paragraph built it from them
    ("Pretraining data. We use a mix of data from DCLM and Dolma, which includes StarCoder and arXiv. We refer to "
     "our pretraining dataset as OLMoE-Mix.\n\nWe evaluate on MMLU.", [("OLMoE-Mix", "pretraining"), ("MMLU", "evaluation")]),
    ("We collect word problems from existing datasets, namely AddSub, ASDiv and GSM8K. Agents expand the seed "
     "problems, yielding the Orca-Math-200K dataset. We fine-tune on the Orca-Math-200K dataset and report "
     "accuracy on the GSM8K test set.", [("Orca-Math-200k", "finetuning"), ("GSM8K", "evaluation")]),
    ("We combine C4 and Wikipedia; the resulting corpus, which we call WebWiki, is used to pre-train the model.",
     [("WebWiki", "pretraining")]),
    # the data just described is named, not a model or architecture after it
    ("We collect 400 million image-text pairs from the internet, which we call WIT.", [("WIT", "pretraining")]),
    ("We construct a new dataset of 400 million pairs, called WebImageText (WIT), and pre-train on it.",
     [("WebImageText", "pretraining")]),
    ("We pre-train on 10B tokens of text with a new architecture, called FooNet.", []),
    # coined names quoted, led by digits or written as identifiers; the described noun phrase may be long
    ("Then we use the 180M token synthetic exercises dataset, referred to as \"CodeExercises\", to finetune "
     "our base model.", [("CodeExercises", "finetuning")]),
    ("We refer to the combination of filtered code-language and synthetic textbook datasets as \"CodeTextbook\" "
     "and use it in the pretraining phase.", [("CodeTextbook", "pretraining")]),
    ("We fine-tune the model on the instruction-following data collected in Section 3, which we refer to as 60K-IM.",
     [("60K-IM", "finetuning")]),
    ("We pre-train on 400 million (image, text) pairs collected from a variety of publicly available sources on "
     "the internet, which we refer to as WebImageText (WIT).", [("WebImageText", "pretraining")]),
    ("We pre-train on the 70k hours of clean video, which we refer to as web_clean.", [("web_clean", "pretraining")]),
    ("We fine-tune on two narrower datasets: earlygame_keyword and house_build.",
     [("earlygame_keyword", "finetuning"), ("house_build", "finetuning")]),
    # a split written as an identifier is not a dataset
    ("For segmentation we fine-tune on the train_aug set of PASCAL VOC2012.", [("PASCAL VOC 2012", "finetuning")]),
    # a model, not data, named: the sources stay
    ("We pre-train on data from C4 and Wikipedia. We call the resulting model WebLM.",
     [("C4", "pretraining"), ("Wikipedia", "pretraining")]),
    # the parts of a corpus named before, listed as its composition or slices
    ("We pre-train on Dolma. Table 1 summarizes its composition: web pages from Common Crawl, C4 and Wikipedia.",
     [("Dolma", "pretraining")]),
    ("We pre-train on RedPajama-V1. It consists of seven slices – CommonCrawl, C4, GitHub and Wikipedia.",
     [("RedPajama-V1", "pretraining")]),
    # an unnamed corpus lists its sources
    ("We build a new pretraining corpus. It consists of Wikipedia, C4 and GitHub.",
     [("Wikipedia", "pretraining"), ("C4", "pretraining"), ("GitHub", "pretraining")]),
    # a suite's members are evaluated on themselves, also after "which includes"
    ("We evaluate on TC-Eval, our Traditional Mandarin benchmark suite, which includes TMMLU (Taiwanese "
     "multitask language understanding), FGC and TTQA.",
     [("TC-Eval", "evaluation"), ("TMMLU", "evaluation"), ("FGC", "evaluation"), ("TTQA", "evaluation")]),
    # a benchmark's parts are evaluated on themselves
    ("We fine-tune on GLUE. It consists of nine tasks: CoLA, SST-2 and MRPC.",
     [("GLUE", "finetuning"), ("CoLA", "finetuning"), ("SST-2", "finetuning"), ("MRPC", "finetuning")]),
])
def test_the_parts_of_a_named_corpus_are_not_listed(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_catalog_abbreviation_after_its_capitalized_long_form_is_the_dataset() -> None:
    assert found("We evaluate on three benchmarks: The General Language Understanding Evaluation (GLUE) benchmark "
                 "(Wang et al., 2018), Discrete Reasoning Over Paragraphs (DROP) and HumanEval.") == [
        ("GLUE", "evaluation"), ("DROP", "evaluation"), ("HumanEval", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluate on multimodal understanding (MSCOCO captioning, NoCaps [71], VQA v2 [72], SNLI-VE [73], NLVR2 [74]).",
     [("COCO", "evaluation"), ("NoCaps", "evaluation"), ("VQAv2", "evaluation"), ("SNLI-VE", "evaluation"),
      ("NLVR2", "evaluation")]),
    ("We evaluate Emu zero-shot on visual dialog (VisDial) and video question answering (MSVD-QA).",
     [("Visual Dialog", "evaluation"), ("MSVD-QA", "evaluation")]),
])
def test_lists_go_on_past_numbered_citations_and_after_more_task_words(text: str, expected: list) -> None:
    assert found(text) == expected


def test_an_evaluation_under_a_fine_tuning_heading_fine_tunes_too() -> None:
    text = ("4.2 Supervised fine-tuning\nWe perform experiments on a variety of supervised tasks.\n"
            "Natural Language Inference We evaluate on five datasets, including SNLI and SciTail.\n\n"
            "5 Analysis\nWe evaluate zero-shot on RACE.")
    assert found(text) == [("SNLI", "evaluation"), ("SNLI", "finetuning"), ("SciTail", "evaluation"),
                           ("SciTail", "finetuning"), ("RACE", "evaluation")]


def test_a_code_hosting_platform_is_where_data_came_from_not_a_dataset() -> None:
    assert found("Our pre-training dataset is a snapshot of selected public GitHub repositories and the Pile.") == [
        ("The Pile", "pretraining")]
    assert found("Our pre-training data consists of code from open-source repositories on GitHub together with "
                 "CommonCrawl.") == [("Common Crawl", "pretraining")]
    assert found("We pre-train on code from GitHub.") == [("GitHub", "pretraining")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluated this on transfer learning tasks by fine-tuning on CIFAR-10 and Stanford Cars.",
     [("CIFAR-10", "evaluation"), ("CIFAR-10", "finetuning"), ("Stanford Cars", "evaluation"),
      ("Stanford Cars", "finetuning")]),
    ("We evaluate in both linear evaluation and fine-tuning settings across 3 datasets: Food-101, DTD and SUN397.",
     [("Food-101", "evaluation"), ("Food-101", "finetuning"), ("DTD", "evaluation"), ("DTD", "finetuning"),
      ("SUN397", "evaluation"), ("SUN397", "finetuning")]),
    # another name between the evaluation and the fine-tuning: each keeps its own role
    ("We evaluate on MMLU, and we fine-tune on Alpaca.", [("MMLU", "evaluation"), ("Alpaca", "finetuning")]),
])
def test_evaluating_by_fine_tuning_gives_both_roles(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluate BiT on long-standing benchmarks: CIFAR-10 and Oxford-IIIT Pet. These differ in size. "
     "We fine-tune BiT on the official training split and report results on the official test split.",
     [("CIFAR-10", "evaluation"), ("CIFAR-10", "finetuning"), ("Oxford-IIIT Pets", "evaluation"),
      ("Oxford-IIIT Pets", "finetuning")]),
    ("We evaluate ALIGN on retrieval tasks, with and without finetuning. Two benchmark datasets are "
     "considered: Flickr30K and MSCOCO.\n\nWe also evaluate zero-shot on ImageNet.",
     [("Flickr30k", "evaluation"), ("Flickr30k", "finetuning"), ("COCO", "evaluation"), ("COCO", "finetuning"),
      ("ImageNet", "evaluation")]),
])
def test_a_fine_tuning_that_refers_back_fine_tunes_the_benchmarks_it_refers_to(text: str, expected: list) -> None:
    assert found(text) == expected


# --- found in review: each of these went wrong in a first version of this round's rules -------

@pytest.mark.parametrize(("text", "expected"), [
    # "its ... splits" is not a list of a corpus's parts
    ("We fine-tune Llama on Alpaca and evaluate its accuracy on the MMLU and BBH test splits.",
     [("Alpaca", "finetuning"), ("MMLU", "evaluation"), ("BIG-Bench Hard", "evaluation")]),
    ("We report its zero-shot accuracy on the MMLU, ARC and HellaSwag validation splits.",
     [("MMLU", "evaluation"), ("ARC", "evaluation"), ("HellaSwag", "evaluation")]),
    # a long form that only contains a catalog name is not that dataset
    ("We pre-train on the Wikipedia biographies corpus (WBC). We then evaluate on WBC.",
     [("Wikipedia", "pretraining"), ("WBC", "pretraining"), ("WBC", "evaluation")]),
    # a long form must be written as a name: "evaluate on" is not part of it
    ("We pre-train on Common Crawl and evaluate on Multi-Turn Programming Benchmark (PMTPB).",
     [("Common Crawl", "pretraining"), ("Multi-Turn Programming Benchmark", "evaluation")]),
    # a term defined in lower case, a method in capitals: not datasets
    ("We fine-tune with maximum likelihood estimation (MLE) on SQuAD.", [("SQuAD", "finetuning")]),
    ("We evaluate on click-through rate prediction (CTR), pose estimation (HRNet) and forecasting (ARIMA).", []),
    ("We train the model with Singular Value Thresholding (SVT) on CIFAR-10.", [("CIFAR-10", "pretraining")]),
    # no fine-tuning role under a fine-tuning heading for zero-shot evaluations or after a sentence with "we"
    ("4.2 Supervised fine-tuning\nWe fine-tune on Alpaca. We then evaluate zero-shot on MMLU.",
     [("Alpaca", "finetuning"), ("MMLU", "evaluation")]),
    ("We instruction-tune on Alpaca\nWe evaluate the resulting model on MMLU.",
     [("Alpaca", "finetuning"), ("MMLU", "evaluation")]),
    # a surname cited in a list, an all-capitals dataset name written as a surname
    ("We evaluate on MMLU [12] and Zhang [13] reports similar numbers.", [("MMLU", "evaluation")]),
    ("We evaluate following the protocol of Calvin et al. on MMLU.", [("MMLU", "evaluation")]),
    # ... but written before a data noun, or with digits, it is the dataset
    ("We employ the Concode data (Iyer et al., 2018) in Java for fine-tuning.", [("CONCODE", "finetuning")]),
    ("We run SFT on the OpenOrca and Oasst2 datasets.", [("OpenOrca", "finetuning"), ("OASST2", "finetuning")]),
    # a hyphenated name in lower case, before a data noun after "the"; not an adjective before "dataset"
    ("We report the perplexity on the proof-pile dataset.", [("Proof-Pile", "evaluation")]),
    ("We build a multilingual self-instruct dataset and fine-tune on it.", []),
    # words describing a version, an owner's data, a lower-case phrase spelled like an abbreviation
    ("We pre-train on C4, or the Colossal and Cleaned version of Common Crawl (Raffel et al., 2019).", [("C4", "pretraining")]),
    ("We then train on 1 million GPT-4 data from Orca 1 and Orca 2's 817K data.", [("Orca 1", "pretraining")]),
    ("We pre-train on text in 100 languages and evaluate on IN-100.", [("ImageNet-100", "evaluation")]),
    # author-year citation keys ("[ZHB+19]") sit between list items like numeric ones
    ("We evaluate on HellaSwag [ZHB+19], BoolQ [CLC+19], Winograd, Winogrande [LDM12] and StoryCloze [MRL+17, Smi20a].",
     [("HellaSwag", "evaluation"), ("BoolQ", "evaluation"), ("Winograd", "evaluation"), ("WinoGrande", "evaluation"),
      ("StoryCloze", "evaluation")]),
    ("We evaluate on MMLU [HBB+20] and Zhang [Zha21] reports similar numbers.", [("MMLU", "evaluation")]),
    # an abbreviation goes with its negated or source long form
    ("We did not use the Google Landmarks v2 (GLDv2) dataset; we pre-train on C4.", [("C4", "pretraining")]),
    ("We pre-train on LandmarkNet, a filtered subset of the Google Landmarks v2 (GLDv2) dataset.",
     [("LandmarkNet", "pretraining")]),
])
def test_review_findings(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_masked_tag_never_enters_a_dataset_name() -> None:
    text = "We evaluate on the Large Llama Safety Benchmark (LLSB)."
    start = text.index("Llama")
    assert all("#" not in m.name for m in find_datasets(text, ((start, start + 5),)))


@pytest.mark.parametrize(("text", "expected"), [
    # an amount of data makes a list with no cue training data
    ("OWSM v1 uses AISHELL-1, GigaSpeech and LibriSpeech (38k hours).",
     [("AISHELL-1", "pretraining"), ("GigaSpeech", "pretraining"), ("LibriSpeech", "pretraining")]),
    # but a cue still decides, and no amount, no cue: nothing
    ("We report WER on LibriSpeech (960 hours).", [("LibriSpeech", "evaluation")]),
    ("OWSM v1 uses AISHELL-1 and GigaSpeech.", []),
    # "rather than using X": not used
    ("Rather than using Common Crawl, we built a new web scrape, WebText, for pre-training.",
     [("WebText", "pretraining")]),
])
def test_amounts_of_data_and_rather_than(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_pattern_name_is_also_called_with_its_kind_noun() -> None:
    mentions = find_datasets("We pre-train on the Modu corpus and on the ImageNet dataset.")
    assert [(m.name, m.also_called) for m in mentions] == [("Modu", "Modu corpus"), ("ImageNet", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a proper name, lower-case words and the kind noun: one name, also called with the noun
    ("We fine-tune the model on the Cornell movie dialog corpus (Danescu, 2011).",
     [("Cornell movie dialog", "finetuning", "Cornell movie dialog corpus")]),
    # but not a language or a generic description
    ("We pre-train on the English web corpus.", []),
    # a language before a pattern name is not part of it
    ("We evaluate on the Korean KoQuADX benchmark.", [("KoQuADX", "evaluation", "KoQuADX benchmark")]),
    # a category label before a colon is not a name
    ("We report results on standard benchmarks: Common sense reasoning: HellaSwag and PIQA.",
     [("HellaSwag", "evaluation", None), ("PIQA", "evaluation", None)]),
    # a heading in capitals is not a list of names
    ("5.1.1 PERFORMANCE ON LARGE MODELS\nWe evaluate on GLUE.", [("GLUE", "evaluation", None)]),
])
def test_kind_noun_phrases_category_labels_and_capital_headings(text: str, expected: list) -> None:
    assert [(m.name, m.role, m.also_called) for m in find_datasets(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name the text has shown to be a dataset is read for its role wherever it is written again
    ("We evaluate our model on the WMT En→Fr dataset. On WMT En→Fr, the training set contains 36M sentence pairs.",
     [("WMT En→Fr", "evaluation"), ("WMT En→Fr", "pretraining")]),
    # but not where the text ruled it out at first ("a project of X"), nor a collection of models
    ("LeoLM is a project of LAION and HessianAI. It was trained on the supercomputer of HessianAI.", []),
    ("We present TeleChat, a collection of large language models. We evaluate TeleChat on MMLU.",
     [("MMLU", "evaluation")]),
    # a set in mathematical notation is not a list of names
    ("The network takes features {P4, P5, P6} and is evaluated on COCO and {P2, P5, ..., P7}.",
     [("COCO", "evaluation")]),
])
def test_names_found_again_and_what_is_not_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # shares of a training mix: "N% is from X"
    ("We continue training for 500B tokens. 56% is from the DeepSeekMath Corpus, 4% from AlgebraicStack and "
     "10% from arXiv.", [("DeepSeekMath Corpus", "pretraining"), ("AlgebraicStack", "pretraining"),
                         ("arXiv", "pretraining")]),
    # a version word after a hyphen makes a longer name; an adjective does not
    ("Visual language pre-training on the MMC4-core corpus.", [("MMC4-core", "pretraining")]),
    ("We pre-train on ImageNet-scale data and report COCO-style AP on COCO.",
     [("COCO", "evaluation")]),
])
def test_shares_of_a_mix_and_version_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_fine_tuning_on_those_tasks_refers_back_only() -> None:
    # "those tasks" are the ones just named, not every benchmark of the excerpt
    text = ("We first evaluate our model on GLUE. We fine-tune the pre-trained models on those tasks.\n"
            "We further evaluate it on SQuAD v2.0 and RACE.")
    assert found(text) == [("GLUE", "evaluation"), ("GLUE", "finetuning"), ("SQuAD 2.0", "evaluation"),
                           ("RACE", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    # a colon list after "models including" names models
    ("Table 2 compares our WER on LibriSpeech with state-of-the-art models including: ContextNet [15] and "
     "QuartzNet [9].", [("LibriSpeech", "evaluation")]),
    # "variants:" of a benchmark are still benchmarks
    ("We report results on three variants: OBJ-BG, OBJ-ONLY and PB-T50-RS.",
     [("OBJ-BG", "evaluation"), ("OBJ-ONLY", "evaluation"), ("PB-T50-RS", "evaluation")]),
    # a network type is not a news source; CNN/Daily Mail still is a dataset
    ("For fine-tuning, the data has 93k articles from the CNN. We evaluate on CNN Daily Mail.",
     [("CNN/Daily Mail", "evaluation")]),
])
def test_models_listed_after_a_colon_and_network_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_an_abbreviation_after_the_kind_noun_is_kept_as_an_alias() -> None:
    mentions = find_datasets("We evaluate on the ILSVRC-2012 ImageNet dataset (ImageNet-1K) with 1k classes.")
    assert [(m.name, m.also_called) for m in mentions] == [("ImageNet", "ImageNet-1K")]


def test_a_year_or_version_after_a_catalog_name_is_kept_as_its_alias() -> None:
    mentions = find_datasets("We pre-train on OpenSubtitles 2018 and RedPajama v1, and evaluate on the Vicuna testset.")
    assert [(m.name, m.also_called) for m in mentions] == [
        ("OpenSubtitles", "OpenSubtitles 2018"), ("RedPajama", "RedPajama v1"), ("Vicuna", "Vicuna testset")]


@pytest.mark.parametrize(("text", "expected"), [
    # a dataset's taxonomy or classes are not its data
    ("BiT-M is trained on ImageNet-21k, a dataset of 14.2 million images organized by the WordNet hierarchy.",
     [("ImageNet-21k", "pretraining")]),
    ("We pre-train on hashtags that match a WordNet synset and evaluate on ImageNet-1k.", [("ImageNet-1k", "evaluation")]),
    # a website the data came from
    ("We pre-train on the following corpora from the OPUS website: the EUbookshop corpus and OpenSubtitles 2018.",
     [("EUbookshop", "pretraining"), ("OpenSubtitles", "pretraining")]),
    # ... unless the noun names datasets
    ("We evaluate on the AG News and DBpedia ontology datasets.", [("AG News", "evaluation"), ("DBpedia", "evaluation")]),
    ("For KEPLER-WordNet, we pre-train on the WordNet 3.0 noun and verb synsets.", [("WordNet", "pretraining")]),
    ("We fine-tune on knowledge-grounded dialogue: Wizard of the Internet and Wizard of Wikipedia.",
     [("Wizard of the Internet", "finetuning"), ("Wizard of Wikipedia", "finetuning")]),
])
def test_taxonomies_and_lexical_resources(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is trained is added to a trained model: fine-tuning
    ("We train low-rank adaptation (LoRA) adapters on top of LLaMA with Bactrian-X.", [("Bactrian-X", "finetuning")]),
    ("We add a netsurf-style head for secondary structure prediction trained on the NetSurfP-2.0 training data.",
     [("NetSurfP-2.0", "finetuning")]),
    # attention heads are part of the model trained, not added to it
    ("We train a model with 16 attention heads on C4.", [("C4", "pretraining")]),
])
def test_training_an_added_part_is_fine_tuning(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the corpus cleaned of evaluation data is trained on, not evaluated on
    ("We pre-train on WebLI. We de-duplicated WebLI against the test splits of 68 datasets to avoid leaking "
     "downstream evaluation data.", [("WebLI", "pretraining")]),
    ("We train OLMo on Dolma; to make this fair we decontaminate Dolma against Paloma, removing any training "
     "document that contains Paloma's evaluation data.", [("Dolma", "pretraining"), ("Paloma", "evaluation")]),
    ("We pre-train on JFT-3B. We remove all near-duplicates of images from the downstream evaluation sets from JFT-3B.",
     [("JFT-3B", "pretraining")]),
])
def test_a_corpus_cleaned_of_evaluation_data(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the purpose said right after the name, as what the data serves as
    ("We report results on the LibriSpeech benchmarks when using the Libri-Light 60k corpus as the unsupervised data.",
     [("LibriSpeech", "evaluation"), ("LibriLight", "pretraining")]),
    ("We use LibriLight (Kahn et al., 2020) as the training data.", [("LibriLight", "pretraining")]),
])
def test_data_named_with_what_it_serves_as(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # data trained on with no word for how, then fine-tuned on by reference: fine-tuning
    ("For each format we train a single model on their union. Extractive QA: SQuAD and NarrativeQA.\n\n"
     "We fine-tune T5 (Raffel et al., 2020) of different sizes on the union of the seed datasets.",
     [("SQuAD", "finetuning"), ("NarrativeQA", "finetuning")]),
    # ... and evaluated on, when a later sentence evaluates "on the seed datasets"
    ("For each format we train a single model on their union: SQuAD and NarrativeQA.\n\n"
     "We fine-tune T5 on the union of the seed datasets.\n\nWe evaluate the model on the seed datasets and on PIQA.",
     [("SQuAD", "evaluation"), ("SQuAD", "finetuning"), ("NarrativeQA", "evaluation"), ("NarrativeQA", "finetuning"),
      ("PIQA", "evaluation")]),
    # not where the excerpt pre-trains
    ("We pre-train the model on C4. We then train it on SQuAD. We fine-tune on all of these datasets.",
     [("C4", "pretraining"), ("SQuAD", "pretraining")]),
])
def test_fine_tuned_on_the_data_named_before(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("To construct a dataset for supervised training we download 10 million games from Lichess (lichess.org).",
     [("Lichess", "pretraining")]),
    ("We fine-tune on 5,000 demonstrations from RoboQuux.", [("RoboQuux", "finetuning")]),
    ("We pre-train on machine-translated captions of QuuxCap.", [("QuuxCap", "pretraining")]),
    ("We train models on the 919 chromatin profiles of QuuxSEA (Zhou & Troyanskaya, 2015).", [("QuuxSEA", "pretraining")]),
    # a game's name is not its data's source
    ("We obtained a dataset of 125,261 games of Diplomacy played online.", []),
])
def test_data_units_drawn_from_a_source(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We fine-tune on downstream tasks: solubility prediction uses QuuxSol, and fitness prediction uses the "
     "corresponding split of QuuxFLIP.", [("QuuxSol", "finetuning"), ("QuuxFLIP", "finetuning")]),
    ("We fine-tune on data for table, chart, and document understanding (e.g., Quuxmatix).", [("Quuxmatix", "finetuning")]),
    # examples of something other than data
    ("We fine-tune on SQuAD with several optimizers (e.g., AdamW).", [("SQuAD", "finetuning")]),
])
def test_task_data_named_by_use_or_example(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "We compare our model with models trained on C4.",
    "Our model outperforms models trained on C4.",
    "We compare ours with models trained, under the same setup, on C4.",
])
def test_the_data_of_models_compared_against(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluate on LibriSpeech, following the protocol of VALL-E, which was trained on the 60K hours of Libri-Light.",
     [("LibriSpeech", "evaluation")]),
    ("We report accuracy on ImageNet. Unlike ViT-G or CoAtNet, which rely on private JFT-3B or IG-3.6B pre-training, "
     "we use no private data.", [("ImageNet", "evaluation")]),
    # a machine trained on is not data
    ("BTLM was trained on the Condor Galaxy 1 (CG-1) AI supercomputer.", []),
    ("The small models were trained on the QuuxNow and Hugging Face clusters. We evaluate on HumanEval.",
     [("HumanEval", "evaluation")]),
])
def test_other_models_data_and_machines(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a linear probe on frozen features evaluates
    ("We pre-train on ImageNet. We test transfer with linear classification on Places205 and VOC07.",
     [("ImageNet", "pretraining"), ("Places205", "evaluation"), ("VOC07", "evaluation")]),
    ("We pre-train on ImageNet. We then train linear classifiers on frozen features on Places205.",
     [("ImageNet", "pretraining"), ("Places205", "evaluation")]),
])
def test_linear_probes_evaluate(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # only a part of the model is pre-trained: training the whole model on task data fine-tunes it
    ("We train OneFormer for 90k iterations on Cityscapes, using Swin-L backbones pre-trained on ImageNet-22K.",
     [("Cityscapes", "finetuning"), ("ImageNet-21k", "pretraining")]),
    ("We pre-train the encoder on ImageNet-1K. We trained the models for 160K iterations on ADE20K.",
     [("ImageNet-1k", "pretraining"), ("ADE20K", "finetuning")]),
    # the model itself pre-trained: pre-training
    ("We pre-train the model on ImageNet-1K. We trained the models for 160K iterations on ADE20K.",
     [("ImageNet-1k", "pretraining"), ("ADE20K", "pretraining")]),
])
def test_training_on_a_pretrained_backbone_fine_tunes(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the models the work starts from were pre-trained: training them further fine-tunes
    ("Our base models are GPT-Neo (Black et al., 2021) and GPT-J, all pre-trained on the Pile.\n\n"
     "Symmetric search. We train on the combination of SNLI and MNLI.",
     [("The Pile", "pretraining"), ("SNLI", "finetuning"), ("MultiNLI", "finetuning")]),
    # low-rank adapters anywhere in the excerpt: the model is adapted, not pre-trained
    ("Our training set comprises the train sets of DocVQA and TAT-DQA. We train with low-rank adapters (LoRA).",
     [("DocVQA", "finetuning"), ("TAT-DQA", "finetuning")]),
])
def test_training_a_model_that_starts_pretrained_fine_tunes(text: str, expected: list) -> None:
    assert found(text) == expected


def test_an_experiments_heading_reads_its_datasets_as_evaluated() -> None:
    text = ("3 Pre-training\nWe pre-train on Wikipedia.\n\n4.1 Chinese NLP tasks\n"
            "The LCQMC corpus (Liu et al., 2018) aims at identifying whether two sentences have the same intention.")
    assert found(text) == [("Wikipedia", "pretraining"), ("LCQMC", "evaluation")]


def test_the_same_train_dev_test_splits_fine_tune_the_paragraphs_datasets() -> None:
    text = ("We consider four popular QA datasets: Natural Questions and TriviaQA. We use the same train/dev/test "
            "splits as prior work and report Exact Match scores.")
    assert found(text) == [("Natural Questions", "evaluation"), ("Natural Questions", "finetuning"),
                           ("TriviaQA", "evaluation"), ("TriviaQA", "finetuning")]


def test_a_weak_cue_borrows_the_training_role_of_a_sentence_that_also_evaluated() -> None:
    text = ("All models are pre-trained on UniRef50. For secondary structure prediction, downstream models are trained "
            "on the NetSurfP-2.0 training set and tested on CB513. Contact prediction is trained on ProteinNet.")
    assert ("ProteinNet", "finetuning") in found(text)


def test_a_sentence_listing_stages_passes_on_no_role() -> None:
    text = ("Training is divided into the stable stage, the decay stage and the SFT stage. In the stable stage, the "
            "data are drawn from C4 and the Pile. In the decay stage, we continue pre-training on a mixture.")
    assert found(text) == [("C4", "pretraining"), ("The Pile", "pretraining")]


def test_a_sentence_naming_both_training_stages_passes_on_its_headings_role() -> None:
    text = ("Pre-training data. Models are trained in two stages, pre-training and instruction tuning. "
            "We use a diverse set of sources: captioned images (CC3M, COYO) and interleaved documents (OBELICS).")
    assert found(text) == [("Conceptual Captions", "pretraining"), ("COYO-700M", "pretraining"), ("OBELICS", "pretraining")]


# --- found in this round's review --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a source sentence has no role cue of its own, and lies after the paragraph's previous naming
    ("We evaluate on GSM8K, which includes grade-school math problems. We then fine-tune on our own solutions, "
     "yielding the MathTune dataset.", [("GSM8K", "evaluation"), ("MathTune", "finetuning")]),
    ("We pretrain on C4 and fine-tune on SQuAD, following the setup from Raffel et al. Finally, we translate "
     "SQuAD into German, producing the GerQuAD dataset.",
     [("C4", "pretraining"), ("SQuAD", "finetuning"), ("GerQuAD", "finetuning")]),
    ("We collect problems from GSM8K and MATH, yielding the MathInstruct dataset. Similarly, we collect coding "
     "problems from APPS, yielding the CodeInstruct dataset. We fine-tune on MathInstruct and CodeInstruct.",
     [("MathInstruct", "finetuning"), ("CodeInstruct", "finetuning")]),
    # the parts listed after a corpus end with their clause or the next role cue; a benchmark's are evaluated
    ("We pretrain on The Pile. It consists of 22 subsets, and we evaluate on LAMBADA and PIQA.",
     [("The Pile", "pretraining"), ("LAMBADA", "evaluation"), ("PIQA", "evaluation")]),
    ("We evaluate on SuperGLUE, and its components are BoolQ, COPA and RTE.",
     [("SuperGLUE", "evaluation"), ("BoolQ", "evaluation"), ("COPA", "evaluation"), ("RTE", "evaluation")]),
    ("We pre-train on Dolma. Its sources are CommonCrawl, C4 and Wikipedia.", [("Dolma", "pretraining")]),
    # a name before a colon is a category label only as a plain capitalized word before lower-case words
    ("We introduce the MedDialog2 dataset: a collection of 3M dialogues used for training.",
     [("MedDialog2", "pretraining")]),
    ("We evaluate on the LegalBench2 benchmark: results are in Table 3.", [("LegalBench2", "evaluation")]),
    # shares of a mix, not a change in a result
    ("Top-1 accuracy drops by 12% from ImageNet to ImageNet-Sketch.",
     [("ImageNet", "evaluation"), ("ImageNet-Sketch", "evaluation")]),
    # an amount of data counts only as a stated total
    ("For MMLU, prompts are truncated to 2048 tokens.", []),
    ("ImageNet contains 14 million images, while COCO has 330k images.", []),
    # a name found again is not a model there
    ("We evaluate on the Koala benchmark. We fine-tune Koala 13B on ShareGPT.",
     [("Koala", "evaluation"), ("ShareGPT", "finetuning")]),
    # data a model was fine-tuned on is not the data a backbone was pre-trained on
    ("We use an MNLI-trained RoBERTa and ImageNet-trained CNNs.", []),
    # a corpus described as a benchmark keeps its sources out; topics after "covers" are not names
    ("We pretrain on The Pile, a standard benchmark corpus for language modeling, which consists of PubMed "
     "Central, ArXiv and GitHub.", [("The Pile", "pretraining")]),
    ("We evaluate on a benchmark that covers Physics, Chemistry and Biology.", []),
    # "rather than X alone" keeps the X used before it
    ("We pretrain on ImageNet and JFT-300M rather than using ImageNet alone.",
     [("ImageNet", "pretraining"), ("JFT-300M", "pretraining")]),
    # an exact spelling wins over a loose one of the same length
    ("We evaluate on DUDE and DUD-E.", [("DUDE", "evaluation"), ("DUD-E", "evaluation")]),
])
def test_second_review_findings(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_later_abbreviation_wins_over_a_kind_noun_alias() -> None:
    mentions = find_datasets("We pre-train on the Foo corpus. Later we fine-tune on Foo (FC) too.")
    assert {m.also_called for m in mentions} == {"FC"}


@pytest.mark.parametrize(("text", "expected"), [
    # a dataset named and at once specified by a name of its own family is one mention: the family
    ("We pre-train on the training set of the ImageNet ILSVRC-2012 dataset.", [("ImageNet", "pretraining")]),
    ("We pre-train on ILSVRC-2012 ImageNet with 1k classes.", [("ImageNet", "pretraining")]),
    ("We evaluate on ImageNet (ILSVRC 2012) and ImageNet-21k.",
     [("ImageNet", "evaluation"), ("ImageNet-21k", "evaluation")]),
    # two names apart stay two datasets
    ("We train on ImageNet and evaluate on ImageNet-1k.", [("ImageNet", "pretraining"), ("ImageNet-1k", "evaluation")]),
])
def test_a_name_specified_by_its_own_family_is_one_mention(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluate on BC5CDR and NCBI-disease. We use task-specific fine-tuning with a linear head.",
     [("BC5CDR", "evaluation"), ("BC5CDR", "finetuning"), ("NCBI-Disease", "evaluation"),
      ("NCBI-Disease", "finetuning")]),
    ("We report results on RTE and BoolQ; the model is fine-tuned separately for each task.",
     [("RTE", "evaluation"), ("RTE", "finetuning"), ("BoolQ", "evaluation"), ("BoolQ", "finetuning")]),
    ("We evaluate on MMLU zero-shot. Task-specific fine-tuning is not used.", [("MMLU", "evaluation")]),
    ("We evaluate our model on SuperGLUE and LAMBADA without task-specific fine-tuning.",
     [("SuperGLUE", "evaluation"), ("LAMBADA", "evaluation")]),
    ("Unlike BERT, which requires task-specific fine-tuning, we evaluate on SuperGLUE.", [("SuperGLUE", "evaluation")]),
    ("The encoder and decoder are fine-tuned separately. We evaluate on SuperGLUE.", [("SuperGLUE", "evaluation")]),
])
def test_task_specific_and_separate_fine_tuning_fine_tunes_every_benchmark(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_name_in_apposition_with_its_amount_of_data() -> None:
    assert found("We use YT-NTL-U, a dataset of 12M hours of unlabeled audio, and Pub-U, 429k hours of public "
                 "speech in 51 languages, for pre-training.") == [("YT-NTL-U", "pretraining"), ("Pub-U", "pretraining")]
    assert found("Our base, LLaMA-7B, 1.4T tokens of training, is fine-tuned on Alpaca.") == [("Alpaca", "finetuning")]


def test_variants_written_one_after_another_stay_apart() -> None:
    assert found("Zero-shot accuracy on ImageNet ImageNet-V2 ImageNet-R and ObjectNet.") == [
        ("ImageNet", "evaluation"), ("ImageNet-V2", "evaluation"), ("ImageNet-R", "evaluation"),
        ("ObjectNet", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    # an intransitive "transfers well to" is not a transfer of the model; "set the learning rate" is not a result
    ("We evaluate zero-shot on MMLU, where knowledge from pre-training transfers well to unseen subjects.",
     [("MMLU", "evaluation")]),
    ("We fine-tune on SQuAD and set the learning rate to 3e-5.", [("SQuAD", "finetuning")]),
    ("We fine-tune on SQuAD, where we set the batch size to 32.", [("SQuAD", "finetuning")]),
    # a label after a colon is not a dataset, even where the paragraph announced its data
    ("The benchmarks are described below. Note: all numbers are averaged over three seeds.", []),
    ("The datasets are listed below. Metrics: accuracy for classification and F1 for QA.", []),
    ("Data\nThe tasks are described below. Setup: the model is trained on eight GPUs.", []),
    ("The benchmarks are as follows. ZorbSuite: 23 environments with 468 configurations.", [("ZorbSuite", "evaluation")]),
    # data provided by a benchmark is used; splits of other data do not evaluate the corpus
    ("We fine-tune on the training splits provided by the GLUE benchmark.", [("GLUE", "finetuning")]),
    ("We pre-train on C4 and report results on the test sets of all downstream tasks.", [("C4", "pretraining")]),
    ("We pre-train on C4. We evaluate on the test sets of each downstream task.", [("C4", "pretraining")]),
    # identifiers with an underscore; a list item after "the most popular benchmark"
    ("We evaluate on the MS_MARCO dataset and the CC_News corpus.", [("MS_MARCO", "evaluation"), ("CC_News", "evaluation")]),
    ("We evaluate on MMLU, the most popular benchmark, and on the test set of GSM8K.",
     [("MMLU", "evaluation"), ("GSM8K", "evaluation")]),
    # human preference data trains a reward model
    ("We train the reward model on human preference data from HH-RLHF.", [("Anthropic HH-RLHF", "finetuning")]),
    # another clause's purpose, another name's cue, another paragraph's checkpoint
    ("We pre-train on C4, while WikiText-103 is used for training and evaluation.",
     [("C4", "pretraining"), ("WikiText-103", "evaluation"), ("WikiText-103", "pretraining")]),
    ("On ImageNet, we fine-tune the model pre-trained on JFT-300M for 100 epochs.",
     [("ImageNet", "finetuning"), ("JFT-300M", "pretraining")]),
    ("Natural Questions.\nWe take the T5 checkpoint pre-trained on C4 and report exact match on the test split.",
     [("Natural Questions", "evaluation"), ("C4", "pretraining")]),
    ("We train on the Google internal dataset.", []),
])
def test_third_review_findings(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a training verb whose object is a pronoun ("on each of them") governs no name after it
    ("We evaluate on the seed datasets, matching eight models trained separately on each of them, and on "
     "unseen datasets: NewsQA, Quoref and PIQA.",
     [("NewsQA", "evaluation"), ("Quoref", "evaluation"), ("PIQA", "evaluation")]),
    ("We fine-tune the model on each task: TACRED and ReCoRD.", [("TACRED", "finetuning"), ("ReCoRD", "finetuning")]),
    # results "on all five datasets" evaluate every dataset the paragraph fine-tuned on
    ("We fine-tune the model on each task. For relation classification we use TACRED; for cloze-style QA, ReCoRD. "
     "The model obtains state-of-the-art results on all five datasets.",
     [("TACRED", "evaluation"), ("TACRED", "finetuning"), ("ReCoRD", "evaluation"), ("ReCoRD", "finetuning")]),
    ("We pre-train our models on each of the three datasets: ImageNet, Places365 and JFT-300M.",
     [("ImageNet", "pretraining"), ("Places365", "pretraining"), ("JFT-300M", "pretraining")]),
    ("We fine-tune on supervised tasks including DeepLoc and Thermostability. "
     "The model outperforms the baselines across 10 significant downstream tasks.",
     [("DeepLoc", "evaluation"), ("DeepLoc", "finetuning"), ("Thermostability", "evaluation"),
      ("Thermostability", "finetuning")]),
    # ... but not where the count introduces its own list
    ("We fine-tune on GQA and DocVQA. After SFT, the model achieves competitive performance on 12 benchmarks, "
     "including MMMU and POPE.",
     [("GQA", "finetuning"), ("DocVQA", "finetuning"), ("MMMU", "evaluation"), ("POPE", "evaluation")]),
    # a list of "datasets:" with no verb takes its role from what the paragraph goes on to do
    ("We consider four popular QA datasets: Natural Questions, TriviaQA. WebQuestions and CuratedTrec. "
     "We use the same splits as prior work and report Exact Match scores.",
     [("Natural Questions", "evaluation"), ("TriviaQA", "evaluation"), ("WebQuestions", "evaluation"),
      ("CuratedTREC", "evaluation")]),
    ("We use three datasets: ZorbText and QuuxWeb. We train the model for 100k steps on them.",
     [("ZorbText", "pretraining"), ("QuuxWeb", "pretraining")]),
    # fine-tuning "on nine diverse benchmarks" fine-tunes every benchmark the excerpt evaluates on
    ("To evaluate the model, we fine-tuned it on nine diverse benchmarks. Four benchmarks were taken from TAPE. "
     "We also introduced new benchmarks based on the SignalP 5.0 dataset.",
     [("TAPE", "evaluation"), ("TAPE", "finetuning"), ("SignalP 5.0", "evaluation"), ("SignalP 5.0", "finetuning")]),
])
def test_roles_referred_to_by_pronouns_counts_and_lists(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name right after "we use" with no cue: what the paragraph goes on to do, else a training role
    ("Precisely, we use MultiUN [49] for French, Spanish and Arabic.", [("MultiUN", "pretraining")]),
    ("Abstractive QA. We use MultiUN [43] in this setting. We report ROUGE-L.", [("MultiUN", "evaluation")]),
    ("We adopt CONCODE here. We then fine-tune the model for 3 epochs.", [("CONCODE", "finetuning")]),
    ("For the bilingual model, we use English-Chinese parallel text from TSL2019; for nine languages we "
     "additionally collect parallel text from OPUS.", [("TSL2019", "pretraining"), ("OPUS", "pretraining")]),
    ("We use all of the available parallel data for the WMT 2017 Chinese-English news translation task.",
     [("WMT17 Zh-En", "pretraining")]),
    # not where the name is not the verb's object
    ("We use a learning rate from Smith and Jones.", []),
    ("We use the same learning rate for QuuxWeb.", []),
    # the work's own data, built or constructed, takes the paragraph's role
    ("With Software Heritage, we build The Stack v2 on top of their source code archive. We train the model on it.",
     [("The Stack v2", "pretraining")]),
    ("To train the model, we construct \"QuuxPile\", a comprehensive dataset of financial documents.",
     [("QuuxPile", "pretraining")]),
    ("We construct QuuxBench, a benchmark of 500 problems. We evaluate all models on it.", [("QuuxBench", "evaluation")]),
    ("We carefully build a visually-related instruction evaluation set QuuxEval. We evaluate on it.",
     [("QuuxEval", "evaluation")]),
    ("We build a new benchmark for Chinese. We evaluate on it.", []),
    # a corpus named after its noun, then its composition
    ("Our domain-adaptive pre-training corpus QuuxReplay combines 48.1B tokens from four datasets: Clinical "
     "Guidelines: a new dataset of guidelines.", [("QuuxReplay", "pretraining")]),
    ("We fine-tune on Flan V2 and leave out SuperNI.", [("Flan Collection", "finetuning")]),
    # a data-pipeline tool's own training data
    ("We pre-train on OSCAR, filtered with the fastText classifier (Grave et al., 2017) pretrained on Wikipedia and "
     "SETimes.", [("OSCAR", "pretraining")]),
    # a corpus built and named, then its sources; the training after it ends them
    ("For knowledge injection we build QuuxMed, a large-scale medical corpus. Papers: we collect 4.8M papers from "
     "the S2ORC dataset. We additionally replay 5% of tokens from the RedPajama-Data corpus. We then train the base "
     "model on QuuxMed for 5 epochs and fine-tune on MedQA.", [("QuuxMed", "pretraining"), ("MedQA", "finetuning")]),
    # parts excluded from a corpus
    ("We train our model with The Pile. We exclude data splits from GitHub, arXiv, Stack Exchange, and PubMed Central.",
     [("The Pile", "pretraining")]),
])
def test_a_name_used_with_no_cue(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a benchmark's source corpus, written with a document noun, is not a dataset of the run
    ("We pretrain the language model on WikiText-103 (Merity et al., 2017b) consisting of 28,595 preprocessed "
     "Wikipedia articles.", [("WikiText-103", "pretraining")]),
    ("We evaluate on WikiText-2, which is sourced from curated Wikipedia articles.", [("WikiText-2", "evaluation")]),
    # ... but a suite's member tasks stay, whatever the catalog calls them
    ("We fine-tune on 15 datasets from MoleculeNet: 9 classification tasks (BBBP, BACE and SIDER).",
     [("MoleculeNet", "finetuning"), ("BBBP", "finetuning"), ("BACE", "finetuning"), ("SIDER", "finetuning")]),
    # the distributor of a corpus
    ("For back-translation we train on the German monolingual newscrawl data distributed with WMT'18.",
     [("News Crawl", "pretraining")]),
    # a name with the amount of data it holds in parentheses
    ("The corpora are YT-Quux (12.5M hours of unlabeled audio) and Pub-Quux (10k hours of labeled speech).",
     [("YT-Quux", "pretraining"), ("Pub-Quux", "pretraining")]),
    # plain capitalized words ending in a data noun name a dataset in a strict list
    ("For pre-training we used LibriSpeech, Switchboard, National Quux Corpus (NQC) and VCTK.",
     [("LibriSpeech", "pretraining"), ("Switchboard", "pretraining"), ("National Quux Corpus", "pretraining"),
      ("VCTK", "pretraining")]),
    ("We train on Switchboard with 300 hours of conversational speech and QuuxTalk with 2,000 hours of "
     "conversational speech.", [("Switchboard", "pretraining"), ("QuuxTalk", "pretraining")]),
    ("We fine-tune on dependency parsing on the four freely available French UD treebanks GSD, Sequoia and ParTUT.",
     [("GSD", "finetuning"), ("Sequoia", "finetuning"), ("ParTUT", "finetuning")]),
    # a list goes on past "X archive" / "X database"
    ("Specifically, we pre-train on five datasets from the CMIP6 archive, MPI-ESM, TaiESM, AWI-ESM, HAMMOZ and CMCC.",
     [("CMIP6", "pretraining"), ("MPI-ESM", "pretraining"), ("TaiESM", "pretraining"), ("AWI-ESM", "pretraining"),
      ("HAMMOZ", "pretraining"), ("CMCC", "pretraining")]),
    # a description, then the name in parentheses, then the kind noun
    ("We evaluate on the human pancreas (hPancreas) dataset and the tumor-infiltrating myeloid (Myeloid) dataset.",
     [("hPancreas", "evaluation"), ("Myeloid", "evaluation")]),
    # the source of a dataset just described, after "which consists of ... collected from"
    ("We fine-tune on the CodeNN dataset (Iyer et al., 2016), which consists of 66,015 pairs of questions and "
     "answers automatically collected from StackOverflow.", [("CodeNN", "finetuning")]),
    # a benchmark made of data "from" a corpus names its source, unless the benchmark itself is not used
    ("We fine-tune on AESLC. AESLC (Zhang & Tetreault, 2019) consists of 18k email bodies and their subjects from "
     "the Enron corpus (Klimt & Yang, 2004).", [("AESLC", "finetuning")]),
    ("We fine-tune on CoNLL 2003. The CoNLL 2003 NER task (Sang and Meulder, 2003) consists of newswire from the "
     "Reuters RCV1 corpus.", [("CoNLL-2003", "finetuning")]),
    # "contains ... built on <data> from" names sources; a dataset drawn from its own corpus stays
    ("We instruction-tune on MIMIC-IT. MIMIC-IT contains 2.8 million instruction-response pairs built on images and "
     "videos from COCO, Ego4D and ActivityNet.", [("MIMIC-IT", "finetuning")]),
    ("We fine-tune on six datasets.\nGigaword (Rush et al., 2015) contains 4M examples extracted from news articles "
     "(seven publishers) from the Gigaword corpus (Graff et al., 2003).", [("Gigaword", "finetuning")]),
    # a benchmark that repurposes other datasets names its sources
    ("We introduce a benchmark, CV-Bench, which repurposes standard vision datasets — ADE20K, COCO and Omni3D — into "
     "2,638 examples. We evaluate on CV-Bench.", [("CV-Bench", "evaluation")]),
    # documents of a corpus removed from another
    ("We pre-train on WebText. All Wikipedia documents were removed from WebText.", [("WebText", "pretraining")]),
])
def test_sources_of_a_benchmark_and_removed_documents(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # other models' data, said in a relative clause or an aside after their names
    ("We compare to the open-source GPT-Neo, GPT-J and GPT-NeoX models, which were all trained on the Pile. "
     "We evaluate all models on the HumanEval benchmark.", [("HumanEval", "evaluation")]),
    ("We compare with Mamba-3B (trained on 600B tokens of the Pile) and evaluate on MMLU.", [("MMLU", "evaluation")]),
    # not the excerpt's own models
    ("Our models, which were trained on the Pile, are evaluated on MMLU.",
     [("The Pile", "pretraining"), ("MMLU", "evaluation")]),
])
def test_other_models_data_in_a_clause_or_aside(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On the widely-adopted GLUE (Wang et al., 2019b) and SuperGLUE (Wang et al., 2019a) text classification "
     "benchmarks, we fine-tune each model on the benchmark's tasks and find that it beats mT5.",
     [("GLUE", "evaluation"), ("GLUE", "finetuning"), ("SuperGLUE", "evaluation"), ("SuperGLUE", "finetuning")]),
    # a cue inside the opening phrase is the phrase's own
    ("For models pre-trained on C4, we report accuracy on MMLU.", [("C4", "pretraining"), ("MMLU", "evaluation")]),
])
def test_datasets_in_a_phrase_opening_the_sentence(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_corpus_compiled_from_counted_datasets_reports_the_corpus() -> None:
    text = ("For instruction tuning, we compile ZorbInstruct from 13 datasets, including GSM8K (Cobbe et al., 2021), "
            "AQuA-RAT and MathQA. "
            "We fine-tune Llama-2 on ZorbInstruct.\n\nFor the in-domain datasets, we evaluate on GSM8K and AQuA-RAT.")
    assert found(text) == [("ZorbInstruct", "finetuning"), ("GSM8K", "evaluation"), ("AQuA-RAT", "evaluation")]


def test_a_transfer_zero_shot_does_not_fine_tune() -> None:
    text = ("We then transfer ALIGN to visual classification tasks: zero-shot on ImageNet and its variants ImageNet-R "
            "and ImageNet-A; and with fine-tuning on the smaller benchmarks Oxford Flowers-102 and Stanford Cars.")
    assert found(text) == [("ImageNet", "evaluation"), ("ImageNet-R", "evaluation"), ("ImageNet-A", "evaluation"),
                           ("Oxford Flowers-102", "evaluation"), ("Oxford Flowers-102", "finetuning"),
                           ("Stanford Cars", "evaluation"), ("Stanford Cars", "finetuning")]


def test_a_model_initialized_from_another_and_fine_tuned_in_the_next_sentence_fine_tunes() -> None:
    text = ("The 3B model is initialized from R2C2, while the 30B model is initialized from OPT. All modules are "
            "trained jointly, and each is fine-tuned on the union of its datasets.\n\nTraining data. Question "
            "answering: MS MARCO and SQuAD.\n\nWe additionally included 600k examples of pre-training data.")
    assert found(text) == [("MS MARCO", "finetuning"), ("SQuAD", "finetuning")]


def test_a_catalog_name_in_camel_case_matches_written_as_words() -> None:
    assert found("We fine-tune on open-domain dialogue: PersonaChat (Zhang et al., 2018), Empathetic Dialogues "
                 "(Rashkin et al., 2019).") == [("Persona-Chat", "finetuning"), ("EmpatheticDialogues", "finetuning")]


@pytest.mark.parametrize(("text", "expected"), [
    # lists of metrics, providers, setups or functions are not data
    ("We evaluate on COCO with high-level metrics (Inception, CLIP, EffNet-B, SwAV).", [("COCO", "evaluation")]),
    ("We compare against commercial providers (Deepgram Nova-2, Amazon Transcribe) on LibriSpeech.",
     [("LibriSpeech", "evaluation")]),
    ("We train on UltraFeedback under two setups: Base and Instruct.", [("UltraFeedback", "pretraining")]),
    ("The high-level policy is evaluated on tasks with reward functions: Reach, Speed, and Strike.", []),
    # an unclosed parenthesis cancels nothing past its sentence
    ("We report metrics (accuracy and F1. We evaluate on MMLU and GSM8K (see above).",
     [("MMLU", "evaluation"), ("GSM8K", "evaluation")]),
    # ... but a heading that says "Data Setups:" introduces data
    ("Data Setups: ShapeNet [7] is used as our pre-training dataset.", [("ShapeNet", "pretraining")]),
])
def test_lists_of_things_that_are_not_data(text: str, expected: list) -> None:
    assert found(text) == expected


def test_the_domains_a_benchmark_covers_are_its_sources() -> None:
    assert found("We test language modeling on the PALOMA benchmark. PALOMA covers domains such as C4, Wikitext-103 "
                 "and Dolma.") == [("Paloma", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    # "to enhance X and improve its ability": a purpose, not a result on the names
    ("The training corpus consists of materials from StackExchange, which are used to enhance the model's "
     "understanding of code-related concepts and improve its ability to handle tasks.",
     [("Stack Exchange", "pretraining")]),
    ("Our model improves accuracy on GSM8K.", [("GSM8K", "evaluation")]),
    # "the training set" a test set is filtered against is not the name's role; "our training data" is
    ("To evaluate the model, we construct a test set filtered to remove chains similar to the training set, "
     "and we also use the targets of CASP15.", [("CASP15", "evaluation")]),
    ("To avoid leakage, we removed from our training data any Wikipedia articles that appear in the test set.",
     [("Wikipedia", "pretraining")]),
])
def test_purposes_and_the_training_set_in_a_leakage_sentence(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the same X as Y": Y names a work whose setting is reused, not data of the run
    ("We use the same pretraining dataset as TAPE (Rao et al., 2019), which consists of 32.2 million protein "
     "sequences from Pfam.", [("Pfam", "pretraining")]),
    ("We use the same preprocessing as ImageNet and train on CIFAR-10.", [("CIFAR-10", "pretraining")]),
    # "the same splits as in GLUE" are GLUE's
    ("We fine-tune on the same splits as in GLUE.", [("GLUE", "finetuning")]),
])
def test_the_same_setting_as_another_work(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We then ran the model across 200,000 hours of recordings from the ZorbNet archive.", [("ZorbNet", "evaluation")]),
    ("We apply the trained detector to images from COCO.", [("COCO", "evaluation")]),
])
def test_a_model_run_on_data_is_evaluated_on_it(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "fine-tune and evaluate" said before the names: each of them both, in this sentence and after it
    ("Downstream tasks. We fine-tune and evaluate the model on six tasks. For TTS, we fine-tune on LibriTTS. "
     "For speaker identification, we use VoxCeleb1.",
     [("LibriTTS", "evaluation"), ("LibriTTS", "finetuning"), ("VoxCeleb1", "evaluation"), ("VoxCeleb1", "finetuning")]),
    ("We fine-tune and evaluate on three legal datasets: EURLEX57K, ECHR-CASES and CONTRACTS-NER.",
     [("EURLEX57K", "evaluation"), ("EURLEX57K", "finetuning"), ("ECHR-CASES", "evaluation"),
      ("ECHR-CASES", "finetuning"), ("CONTRACTS-NER", "evaluation"), ("CONTRACTS-NER", "finetuning")]),
    # unless its own item is zero-shot, or a later sentence splits the two itself
    ("We fine-tune and evaluate the model on many tasks. We evaluate retrieval on AudioCaps, classification on "
     "ESC-50 in the zero-shot setting, and tagging on VGGSound.",
     [("AudioCaps", "evaluation"), ("AudioCaps", "finetuning"), ("ESC-50", "evaluation"),
      ("VGGSound", "evaluation"), ("VGGSound", "finetuning")]),
    ("We fine-tuned and evaluated the model on two tasks. We fine-tuned on MIMIC-III and tested on UK Biobank.",
     [("MIMIC-III", "finetuning"), ("UK Biobank", "evaluation")]),
    # said of a dataset named before it: that one only
    ("The task is LibriSpeech, on which the models are fine-tuned and evaluated. We further fine-tune on SpeechStew.",
     [("LibriSpeech", "evaluation"), ("LibriSpeech", "finetuning"), ("SpeechStew", "finetuning")]),
])
def test_fine_tuned_and_evaluated_on_what_follows(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # training data the sentence denies is no role for what it lists
    ("We evaluate on three groups of public benchmarks that are not part of the pretraining data: "
     "the Darts collection; and the ETTh1 and ETTh2 datasets.",
     [("Darts", "evaluation"), ("ETTh1", "evaluation"), ("ETTh2", "evaluation")]),
    # "test collections" evaluate, as test sets do
    ("We use the model to rerank documents in three additional test collections from TREC: Robust04, Core17 and Core18.",
     [("Robust04", "evaluation"), ("Core17", "evaluation"), ("Core18", "evaluation")]),
])
def test_data_kept_out_of_training_and_test_collections(text: str, expected: list) -> None:
    assert found(text) == expected


def test_what_a_dataset_was_made_for_is_not_its_role_here() -> None:
    text = ("Gato is trained on a large number of datasets. The simulated environments include Meta-World, "
            "introduced to benchmark meta-reinforcement learning, and DeepMind Lab, designed to test navigation.")
    assert found(text) == [("Meta-World", "pretraining"), ("DeepMind Lab", "pretraining")]


def test_an_acronym_spelt_like_a_function_word_keeps_its_case() -> None:
    # "FoR dataset" (Fake-or-Real) is a catalog alias; "For dataset preprocessing" is English
    assert found("We train on MovieLens 1M. For dataset preprocessing, we follow common practice.") == [
        ("MovieLens-1M", "pretraining")]
    assert found("We evaluate on the FoR dataset.") == [("Fake-or-Real Dataset", "evaluation")]


@pytest.mark.parametrize("text", [
    "The full training and testing code is built on Caffe and is open source.",
    "Everything is implemented in Flax.",
    "Our model is trained on NVIDIA Superpod, which includes 128 DGX servers with 1,024 A100 GPUs.",
])
def test_software_and_machines_are_not_data(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # school subjects are not datasets, unless cited as one
    ("We evaluate on GPQA Diamond, 198 PhD-level questions from Biology, Chemistry and Physics.",
     [("GPQA Diamond", "evaluation")]),
    ("We evaluate on SVAMP (Patel et al., 2021) and Mathematics (Davies et al., 2021).",
     [("SVAMP", "evaluation"), ("Mathematics", "evaluation")]),
    # "X is the subset of the Y dataset": Y is X's source
    ("We evaluate on MMLU-STEM. MMLU-STEM is the subset of the MMLU dataset about science.",
     [("MMLU-STEM", "evaluation")]),
])
def test_subjects_and_the_whole_a_subset_is_taken_from(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount of data drawn from a source, with no verb to say how: the excerpt's training data
    ("This study used 90 billion words of text, including 6.1 billion words from PubMed, 2.5 billion words from "
     "Wikipedia, and 0.5 billion words of clinical notes from the MIMIC-III database.",
     [("PubMed", "pretraining"), ("Wikipedia", "pretraining"), ("MIMIC-III", "pretraining")]),
    ("The corpus includes EU legislation (∼ 61K documents) from EURLEX, the repository of EU Law; and US court "
     "cases (∼ 164K documents) from the Case Law Access Project.",
     [("EURLEX", "pretraining"), ("Case Law Access Project", "pretraining")]),
    # a website is where data came from, not a dataset
    ("We evaluate on Taobao-Ad, which collects 26 million interactions of click logs from the Taobao website.",
     [("Taobao-Ad", "evaluation")]),
])
def test_amounts_of_data_drawn_from_a_source(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the excerpt's model starts from another model's weights: what it trains on next is fine-tuning
    ("We start from pre-trained checkpoints of BERT. We train on the combination of MNLI and SNLI datasets.",
     [("MultiNLI", "finetuning"), ("SNLI", "finetuning")]),
    ("For medical reasoning we used the training split of MedQA. AMIE was fine-tuned from the base LLM PaLM 2 "
     "on a task mixture.", [("MedQA", "finetuning")]),
])
def test_training_from_another_models_weights_fine_tunes(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dataset split three ways in its own paragraph was trained on and tested on
    ("We use the ImageNet pre-trained ResNet as the base network and train with a batch size of 16.\n"
     "Cityscapes. Cityscapes is a dataset for urban scene understanding. It contains 5,000 images, divided into "
     "2,975, 500 and 1,525 images for training, validation and testing.",
     [("ImageNet", "pretraining"), ("Cityscapes", "evaluation"), ("Cityscapes", "finetuning")]),
    # not a dataset the paragraph only mentions in passing
    ("We use the ImageNet pre-trained ResNet as the base network.\n"
     "Results. We report results on Cityscapes, and we also tried COCO. The data has 20K/2K/3K images for "
     "training, validation and testing.",
     [("ImageNet", "pretraining"), ("Cityscapes", "evaluation"), ("COCO", "evaluation")]),
])
def test_a_dataset_split_for_training_validation_and_testing(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pre-trained vision backbone, and a pre-training stage before the fine-tuning: the excerpt fine-tunes
    ("Our network is based on VGG16 [15], which is pre-trained on ImageNet. We train on the COCO dataset.",
     [("ImageNet", "pretraining"), ("COCO", "finetuning")]),
    ("We further pre-train our model on the MS-COCO dataset before fine-tuning. We train on ADE20K.",
     [("COCO", "pretraining"), ("ADE20K", "finetuning")]),
])
def test_a_pretrained_backbone_or_stage_before_fine_tuning(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_run_in_heading_in_sentence_case_sets_its_sections_role() -> None:
    text = ("We pre-train on C4.\n\nFine-tuning tasks and data sets. We select tasks probing language capabilities. "
            "The language benchmarks GLUE and SuperGLUE are handled as composite mixtures.")
    assert found(text) == [("C4", "pretraining"), ("GLUE", "evaluation"), ("GLUE", "finetuning"), ("SuperGLUE", "evaluation"),
                           ("SuperGLUE", "finetuning")]


def test_names_joined_by_a_plus_are_two_datasets() -> None:
    assert found("We train acoustic models on Switchboard+Fisher (2000h) and test on Hub5.") == [
        ("Switchboard", "pretraining"), ("Fisher", "pretraining"), ("Hub5", "evaluation")]
    assert found("We evaluate on RefCOCO+ and RefCOCOg.") == [("RefCOCO+", "evaluation"), ("RefCOCOg", "evaluation")]


def test_siblings_described_alike_are_not_each_others_components() -> None:
    text = ("For clinical validation, two separate data sets were used: EyePACS-1, consisting of 9963 images from "
            "4997 patients, and Messidor-2, consisting of 1748 images from 874 patients.")
    assert found(text) == [("EyePACS-1", "evaluation"), ("Messidor-2", "evaluation")]
    # "for validation" inside a sentence describes a split, not the sentence's use
    assert found("We train on Kinetics-400, having around 240k videos for training and 20k videos for validation.") == [
        ("Kinetics-400", "pretraining")]


def test_the_parts_of_a_named_corpus_listed_after_the_dataset_consists_of() -> None:
    text = ("We continue pretraining on Proof-Pile-2, a 55 billion token mixture. The dataset consists of three parts: "
            "the arXiv subset of RedPajama; OpenWebMath, a 15B token dataset; and AlgebraicStack, an 11B token dataset.")
    assert found(text) == [("Proof-Pile-2", "pretraining")]


@pytest.mark.parametrize(("text", "expected"), [
    # the source a dataset was made from, named after "an extension of", "a subset of the X dataset", "both of which"
    ("We used the test-clean subset of the LibriSpeech-PC dataset, which is an extension of LibriSpeech with "
     "punctuation.", [("LibriSpeech-PC", "pretraining")]),
    ("We evaluate on the VQS dataset (Gan et al., 2017), a subset of the VQA 1.0 dataset (Antol et al., 2015).",
     [("VQS", "evaluation")]),
    ("We pre-train on 960 hours of LibriSpeech audio (Panayotov et al., 2015) or 60,000 hours of Libri-light audio "
     "(Kahn et al., 2020), both of which are derived from the LibriVox project.",
     [("LibriSpeech", "pretraining"), ("LibriLight", "pretraining")]),
])
def test_what_a_dataset_extends_or_derives_from(text: str, expected: list) -> None:
    assert found(text) == expected


def test_the_data_the_latter_baselines_were_trained_on_is_theirs() -> None:
    assert found("We train on XC. We compare against YAMNet and VGGish; the latter two were trained on AudioSet.") == []
    assert found("We compare against YAMNet and VGGish. We train on AudioSet.") == [("AudioSet", "pretraining")]


@pytest.mark.parametrize(("text", "expected"), [
    # a task label before a colon lists the datasets for that task
    ("We evaluate on the following. Reading Comprehension: RACE-high and RACE-middle. Code Generation: HumanEval.",
     [("RACE-high", "evaluation"), ("RACE-middle", "evaluation"), ("HumanEval", "evaluation")]),
    # not a sentence that follows the label
    ("We evaluate on ModelNet40.\n\nPart Segmentation: Object part segmentation is harder.", [("ModelNet40", "evaluation")]),
])
def test_a_task_label_before_a_colon_lists_datasets(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("To assess refer-and-ground abilities, we introduce Ferret-Bench, covering referring description.",
     [("Ferret-Bench", "evaluation")]),
    ("To measure performance, we introduce MM-MT-Bench, a multimodal, multi-turn benchmark with 92 conversations.",
     [("MM-MT-Bench", "evaluation")]),
    ("We introduce Ferret, a model that refers and grounds.", []),
])
def test_a_benchmark_the_work_introduces_by_name(text: str, expected: list) -> None:
    assert found(text) == expected


def test_benchmarks_whose_test_samples_were_removed_from_training_data_are_evaluation_data() -> None:
    text = ("We train on The Stack v1.1. The dataset was decontaminated by removing files that contained test-samples "
            "from the following benchmarks: HumanEval (Chen et al., 2021) and MBPP (Austin et al., 2021).")
    assert found(text) == [("The Stack", "pretraining"), ("HumanEval", "evaluation"), ("MBPP", "evaluation")]


def test_the_sources_of_a_dataset_obtained_and_named_in_the_sentence() -> None:
    text = ("We use the training sets of GSM8K and MATH as seed questions and bootstrap them with backward reasoning "
            "(Self-Verification and FOBAR), obtaining MetaMathQA, a dataset of 395K question-answer pairs. "
            "We fine-tune LLaMA-2 on MetaMathQA. We evaluate all models on the GSM8K and MATH test sets.")
    assert found(text) == [("MetaMathQA", "finetuning"), ("GSM8K", "evaluation"), ("MATH", "evaluation")]


def test_training_under_a_downstream_heading_fine_tunes() -> None:
    text = ("We use Pfam as the pretraining corpus.\n\nDownstream tasks. Secondary structure prediction: we use "
            "training data from NetSurfP-2.0 and report accuracy on CB513.")
    assert found(text) == [("Pfam", "pretraining"), ("NetSurfP-2.0", "finetuning"), ("CB513", "evaluation")]


def test_a_logistic_regression_probe_evaluates_and_a_toolkit_is_software() -> None:
    text = ("For the transfer tasks we use the SentEval toolkit and train a logistic regression classifier on top of "
            "frozen sentence embeddings for SUBJ, MPQA and SST-2.")
    assert found(text) == [("SUBJ", "evaluation"), ("MPQA", "evaluation"), ("SST-2", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We evaluate on MR, CR, SUBJ and MPQA.",
     [("MR", "evaluation"), ("CR", "evaluation"), ("SUBJ", "evaluation"), ("MPQA", "evaluation")]),
    # two capitals with no catalog name in their list stay unread
    ("We train on ER, IC and XY.", []),
])
def test_two_letter_names_in_a_list_of_catalog_names(text: str, expected: list) -> None:
    assert found(text) == expected


def test_data_obtained_from_a_source_for_a_model_initialized_with_trained_weights() -> None:
    text = ("For algorithm development, retinal fundus images were retrospectively obtained from EyePACS in the United "
            "States. We used Inception-v3 and preinitialized it using weights from the same network trained on other data.")
    assert found(text) == [("EyePACS", "finetuning")]


def test_scores_for_a_dataset_evaluate_on_it() -> None:
    assert found("The best inception scores for CIFAR10 we are aware of are 7.90.") == [("CIFAR-10", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    # names each cited with a bracket number, listed in parentheses in a sentence about datasets
    ("We include datasets obtained through distillation from instruction-tuned models (Alpaca [55], self-instruct "
     "[59]) and hybrids (Chip2 [32], Longform [30]).",
     [("Alpaca", "pretraining"), ("self-instruct", "pretraining"), ("Chip2", "pretraining"), ("Longform", "pretraining")]),
    # not models cited in a sentence that names data only after them
    ("We compare with baselines (GPT-4 [42], Vicuna [10]) on two datasets.", []),
])
def test_cited_names_listed_in_parentheses_in_a_sentence_about_datasets(text: str, expected: list) -> None:
    assert found(text) == expected


def test_names_defined_after_a_colon_once_the_text_announced_its_datasets() -> None:
    text = ("We use three datasets of various sizes. PyCorpus: Contains 11 relatively large Python projects. "
            "JavaBig: A new dataset of the 1000 top-starred Java projects.")
    assert found(text) == [("PyCorpus", "pretraining"), ("JavaBig", "pretraining")]


def test_the_dataset_of_a_cited_name_is_that_name() -> None:
    text = ("We used the C# dataset of CodeNN (Iyer et al., 2016), which consists of 66,015 pairs of questions and "
            "answers from StackOverflow.")
    assert found(text) == [("CodeNN", "pretraining")]


def test_a_numbered_edition_of_a_catalog_challenge_keeps_its_number() -> None:
    assert found("We add the DNS challenge 4 (2425 hours) to the training data.") == [("DNS challenge 4", "pretraining")]
    assert found("We add the DNS Challenge to the training data.") == [("DNS Challenge", "pretraining")]


def test_a_catalog_name_with_an_apostrophe_year_is_that_years_dataset() -> None:
    assert found("We evaluate on Yelp'13, Yelp'14 and IMDB.") == [
        ("Yelp'13", "evaluation"), ("Yelp'14", "evaluation"), ("IMDb", "evaluation")]


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case ids that end their items in a list of names
    ("We train on OCR-VQA, COCO-Text, TextOCR, synthdog-en and pdfa-eng-wds.",
     [("OCR-VQA", "pretraining"), ("COCO-Text", "pretraining"), ("TextOCR", "pretraining"),
      ("synthdog-en", "pretraining"), ("pdfa-eng-wds", "pretraining")]),
    # not a split, a modifier or a phrase
    ("We evaluate on LibriSpeech test-clean and test-other, MMLU, GSM8K and zero-shot tasks.",
     [("LibriSpeech", "evaluation"), ("MMLU", "evaluation"), ("GSM8K", "evaluation")]),
])
def test_lower_case_ids_in_a_list_of_names(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_dataset_the_work_mines_and_assembles_is_named_and_its_sources_are_not_data() -> None:
    text = ("We mine and assemble CCPairs, a large high-quality text pair dataset from web sources. Harvesting "
            "semi-structured data sources: we collect (post, comment) pairs from Reddit and (question, answer) pairs "
            "from Stackexchange. In the end, we have 270M text pairs for contrastive pre-training.")
    assert [name for name, _ in found(text)] == ["CCPairs"]


@pytest.mark.parametrize(("text", "expected"), [
    # the collection the datasets just named come from is their source
    ("For long-form QA we used the training splits of LiveQA and MedicationQA from MultiMedQA.",
     [("LiveQA", "pretraining"), ("MedicationQA", "pretraining")]),
    # a dataset based on another, and datasets only compared with
    ("TREC CAR is a synthetic dataset based on Wikipedia. We train on TREC CAR.",
     [("TREC Complex Answer Retrieval", "pretraining")]),
    ("PG-19 is over double the size of BookCorpus. Switchboard is widely used, akin to ImageNet "
     "in vision. We train on PG-19 and Switchboard.", [("PG-19", "pretraining"), ("Switchboard", "pretraining")]),
])
def test_collections_sources_and_comparisons_are_not_the_runs_data(text: str, expected: list) -> None:
    assert found(text) == expected


def test_fine_tuned_with_results_reported_on_their_test_sets() -> None:
    text = "The encoder is fine-tuned on VQA-RAD and SLAKE, with results reported on their test sets."
    assert found(text) == [("VQA-RAD", "evaluation"), ("VQA-RAD", "finetuning"), ("SLAKE", "evaluation"),
                           ("SLAKE", "finetuning")]


def test_datasets_with_training_dev_testing_splits_described_in_their_paragraph() -> None:
    text = ("We use the same two QA datasets and training/dev/testing splitting method as in previous work. "
            "TriviaQA contains a set of trivia questions. WebQuestions consists of questions from Google Suggest.")
    assert found(text) == [("TriviaQA", "evaluation"), ("TriviaQA", "pretraining"), ("WebQuestions", "evaluation"),
                           ("WebQuestions", "pretraining")]


@pytest.mark.parametrize(("text", "expected"), [
    # the portions of a test set named before are its parts
    ("We train on Fisher and provide results on Hub5 (Switchboard and Call Home portions).",
     [("Fisher", "pretraining"), ("Hub5", "evaluation")]),
    ("We train on Fisher. We report WER on both the Switchboard and Call Home portions.", [("Fisher", "pretraining")]),
])
def test_portions_of_a_test_set_are_its_parts(text: str, expected: list) -> None:
    assert found(text) == expected


def test_data_held_out_for_validation_and_testing_is_evaluated_on() -> None:
    text = ("We train our models on a 4.5K hours subset from the VoxPopuli dataset. We hold out a separate set of "
            "VoxPopuli utterances for validation and testing.")
    assert found(text) == [("VoxPopuli", "pretraining"), ("VoxPopuli", "evaluation")]


def test_an_english_word_is_not_an_irregularly_cased_catalog_name() -> None:
    # "QuALITY" is a benchmark; "Quality" an English word (all-capital names such as LAMBADA still match "Lambada")
    assert found("We collect questions. Quality: datasets should be high-quality. We evaluate on QuALITY.") == [
        ("QuALITY", "evaluation")]
    assert found("We evaluate on Lambada.") == [("LAMBADA", "evaluation")]


def test_data_the_work_obtains_and_names_takes_its_role_from_its_use() -> None:
    text = ("Applying filters for quality, we obtain s1K, a dataset of 1,000 questions. We perform supervised "
            "finetuning on Qwen2.5-32B-Instruct using s1K.")
    assert found(text) == [("s1K", "finetuning")]


@pytest.mark.parametrize(("text", "expected"), [
    # a review of this round's rules: what each must not read
    ("The numbers obtained from MMLU and GSM8K are reported in Table 2.", []),
    ("We designed experiments to evaluate the model on SQuAD.", [("SQuAD", "evaluation")]),
    ("We evaluate on QA, MT and GLUE.", [("GLUE", "evaluation")]),
    ("We fine-tune on EN, DE and XNLI.", [("XNLI", "finetuning")]),
    ("We use the dataset of Smith (Smith et al., 2020) for training.", []),
    ("We introduce FooBench data.", []),
    ("We train two variants of our model. The former is trained on C4 and the latter on the Pile.",
     [("C4", "pretraining"), ("The Pile", "pretraining")]),
    ("We evaluate on GSM8K. MATH problems are longer (about 120 words).", [("GSM8K", "evaluation"), ("MATH", "evaluation")]),
    ("Our team later added Books3 too. We then pre-train the model for two epochs.", []),
    ("We train on Criteo 7 days of click logs.", [("Criteo Display Advertising Challenge", "pretraining")]),
    ("We evaluate on COCO’17.", [("COCO", "evaluation")]),
])
def test_this_rounds_rules_do_not_overreach(text: str, expected: list) -> None:
    assert found(text) == expected
