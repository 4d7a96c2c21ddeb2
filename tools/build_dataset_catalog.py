"""Build ontology/catalogs/datasets.csv: dataset names and aliases papers cite.

Run from the repository root:
    python tools/build_dataset_catalog.py [path/to/all_ml_systems.csv]

Inputs
- Epoch AI's "All ML Systems" table (CC BY 4.0), column "Training dataset": comma-
  separated names, some written "Name (ABBR)" or with commas inside parentheses or
  quotes. Default path: ../shared/data/epoch/all_ml_systems.csv beside the checkout.
- WELL_KNOWN below: benchmarks and corpora papers cite that Epoch's column lacks or
  names loosely, with their usual abbreviations and spellings. An Epoch name that
  is also listed there takes the table's canonical name, domain and kind.
- tools/well_known_datasets.csv (name, aliases, domain, kind): a broader hand-compiled
  list of about 4,700 benchmarks and corpora across ML fields, written without looking
  at the held-out sets; it leaves out most names that are ordinary words ("Cars", "Traffic").
- tools/dataset_aliases.csv (name, alias): further spellings papers write for entries of the
  catalog ("WT103" for WikiText-103, "SuperNI" for Super-NaturalInstructions).

Epoch cells that are not dataset names (placeholders, model names, descriptions
such as "Llama 2 dataset", words such as "books" or "Matrix" that would be read as
datasets in any prose) are listed in SKIP; loose spellings are fixed in RENAME.

Output is deterministic: rows sorted by key, aliases in first-seen order, no
timestamps. The script fails when two entries would share an alias.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from loader.slugs import spell_greek  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EPOCH_FILE = ROOT.parent / "shared" / "data" / "epoch" / "all_ml_systems.csv"
OUT_FILE = ROOT / "ontology" / "catalogs" / "datasets.csv"
EPOCH_SOURCE = "Epoch AI all_ml_systems.csv (CC BY 4.0)"
HAND_SOURCE = "well-known benchmark"
LIST_FILE = ROOT / "tools" / "well_known_datasets.csv"
LIST_SOURCE = "well-known dataset (tools/well_known_datasets.csv)"
ALIAS_FILE = ROOT / "tools" / "dataset_aliases.csv"

# Epoch cells that are not names of datasets a paper would cite, or that are
# ordinary words / model names in prose (CLIP, StarCoder, WizardLM, RT-1 ...).
SKIP = frozenset({
    "Unspecified unreleased", "Unspecified", "books", "ryan", "Gumby", "Matrix", "Utopia",
    "CCNet",  # a data pipeline (CCNet pipeline), not a dataset
    "Alexandria", "Gibson", "ATLAS", "MTP", "RAINBOW", "Buffalo zips", "Road snapshots",
    "Arabic Corpus", "CLIP", "DALL-E", "GloVe", "E5", "StarCoder", "WizardLM", "Hermes 3",
    "RT-1", "ALIGN", "NLLB", "trRosetta", "XLand", "Wikimedia", "GR00T N1 [pre-train]",
    "RDT [pre-train]", "PDB25 and UniProt", "ShutterStock and Pond5 music data collections",
    "Llama 2 dataset", "Llama 3 dataset", "RoBERTa dataset", "Phi-2 Dataset", "Phi-3 Dataset",
    "LaMBDA dataset", "GLaM dataset", "BlenderBot 3 Data", "Orca 2 Dataset", "ESM3 Dataset",
    "Galactica Corpus", "ERNIE 3.0 Corpus", "Uni-Mol Molecular pre-train dataset",
    "SARS-CoV-2 genome dataset", "airoboros datasets", "Yayi domain", "Telechat - PTD",
    "YaLM Russian Dataset", "RWKV World v2 Dataset", "Palmyra dataset", "WMT'14 + selection",
    "Stable Beluga Instruction Dataset", "C4 Arabic", "Pacific Islands Passive Acoustic "
    "Network (PIPAN) 10kHz Data", "Oxford Dictionary", "Labour Market Account (AMRUN)",
    "NISTP", "DMQA",
})

# Epoch spellings mapped to the name the catalog files them under (merged by alias).
RENAME: dict[str, str] = {
    '"BookCorpus (BooksCorpus, Toronto Book Corpus)"': "BookCorpus (BooksCorpus, Toronto Book Corpus)",
    "ILSVRC 2012 subset of ImageNet": "ImageNet-1k", "ILSVRC 2014 subset of ImageNet": "ILSVRC 2014",
    "ImageNet21k": "ImageNet-21k", "VisualGenome": "Visual Genome", "OPENWEBTEXT": "OpenWebText",
    "Big Query": "BigQuery", "Stack v1.1": "The Stack", "The Stack v1.1": "The Stack",
    "Common Crawl (ja)": "Common Crawl", "Wikipedia (ja)": "Wikipedia", "English Wikipedia": "Wikipedia",
    "RedPajama (1T)": "RedPajama", "RedPajama-Data": "RedPajama", "The Pile (NoPos subset)": "The Pile",
    "Subset of CC100-XL": "CC100-XL", "a subset of UniProtKB": "UniProtKB",
    "MIMIC-III Critical Care Database": "MIMIC-III", "PubMed Abstracts": "PubMed abstracts",
    "Sogue News": "Sogou News", "Realnews": "RealNews", "Activitynet Captions": "ActivityNet Captions",
    "Wavcaps": "WavCaps", "Mol instructions": "Mol-Instructions", "Evol Instruct": "Evol-Instruct",
    "Stanford-Alpaca": "Stanford Alpaca", "Vicuna ShareGPT Dataset": "ShareGPT", "SBU": "SBU Captions",
    "HLS / Harmonized Landsat and Sentinel-2": "Harmonized Landsat and Sentinel-2 (HLS)",
    "MMC4 / Multimodal C4": "MMC4 (Multimodal C4)", "Flan": "Flan Collection",
    "Human Reference Genome (GRCh38/hg38)": "GRCh38 (hg38, Human Reference Genome)",
    "Question Answering Corpus (CNN + Daily Mail)": "CNN/Daily Mail",
    "PG-19 (Project Gutenberg)": "PG-19", "Matterport": "Matterport3D (MP3D)", "MassiveTex": "MassiveText",
    "UniProtKB/Swiss-Prot": "Swiss-Prot", "SwissProt": "Swiss-Prot", "Rfam 14": "Rfam",
    "SCOPe 2.05": "SCOPe", "SCOPe 2.07": "SCOPe", "COCO 2017": "COCO", "Trec-6": "TREC-6",
    "AG news": "AG News", "Brown corpus": "Brown Corpus", "CoNLL2003": "CoNLL-2003",
    "CoNLL2017": "CoNLL 2017", "Proofpile 2": "Proof-Pile-2", "Aranews": "AraNews",
    "OSIAN corpus": "OSIAN", "Abu El-Khair": "Abu El-Khair Corpus", "Wanjuan": "WanJuan",
    "ZINC 15": "ZINC15", "Llava-CoT-100K": "LLaVA-CoT-100k",
    "TÜLU-V2-mix": "Tulu 2 SFT Mixture (TÜLU-V2-mix, Tulu-v2-mix)",
    "Tulu 2": "Tulu 2 SFT Mixture", "Tulu 3": "Tulu 3 SFT Mixture", "LLaVA-OneVision": "LLaVA-OneVision Data",
    "Super-natural Instructions": "Super-NaturalInstructions", "DNS": "DNS Challenge",
    "Fisher": "Fisher English", "WSJ": "WSJ corpus", "Segment Anything 1B": "SA-1B",
    "ICSD (inorganic crystal structure database)": "Inorganic Crystal Structure Database (ICSD)",
    "Observed Antibody Space (OAS) database": "Observed Antibody Space (OAS)",
    "Montgomery County (MC) Dataset": "Montgomery County X-ray Set",
    "AlphaFold database (AFDB)": "AlphaFold Database (AFDB)", "ShutterStock": "Shutterstock",
    "NIH Chest X-ray Dataset": "ChestX-ray14", "Slake-VQA": "SLAKE", "Path-VQA": "PathVQA",
    "1000 Genomes Project": "1000 Genomes", "UniRef30 (FKA UniClust30)": "UniRef30",
    "DeepMind Mathematics": "DeepMind Mathematics Dataset", "databricks-dolly-15k": "Dolly-15k",
    "JASPAR 2024": "JASPAR",
}

# Epoch-only names whose domain Epoch's model-level "Domain" column gets wrong, and
# those that are benchmarks rather than training corpora.
EPOCH_DOMAIN: dict[str, str] = {
    "P-MNIST": "vision", "wikiHow": "text", "Shutterstock": "vision", "WebVid-2.5M": "video",
    "Objaverse": "3d", "ModelNet40": "3d", "SUN RGB-D": "3d", "Matterport3D": "3d",
    "JourneyDB": "vision", "GuacaMol": "chemistry", "BindingDB": "chemistry", "BACE": "chemistry",
    "SIDER": "chemistry", "DeepSeekMath Corpus": "math", "LAION-Audio-630K": "audio",
    "WavCaps": "audio", "MTG-Jamendo": "audio", "Flickr2K": "vision", "LLVIP": "vision",
    "Natural Scenes Dataset": "neuroscience", "Uniref9B": "protein", "BFD30": "protein",
    "CLEVR": "vision", "Docmatrix": "multimodal", "Open Catalyst 2020": "materials",
}
EPOCH_BENCHMARKS = frozenset({
    "3DFAW", "AFHQ", "CLEVR", "Chinese STS", "CoNLL 2017", "Commonsense Norm Bank", "DB5.5",
    "DIPS", "DIV2K", "DiDeMo", "Flickr30K Entities", "LSUN Bedroom", "LSUN Church", "LVIS",
    "Market-1501", "ModelNet40", "NORB", "OCR-VQA", "OPT-IML Bench", "Office-31", "P-MNIST",
    "PASCAL VOC 2007", "PASCAL VOC 2009", "PASCAL VOC 2012", "PASCAL-Context", "PSICOV150",
    "PropBank", "RefCOCO", "SC09", "SUN RGB-D", "TextCaps", "VATEX", "VCR", "Visual7W",
    "Wikidata5M", "Reuters RCV1", "COCO-Stuff", "ActivityNet Captions", "Montgomery County X-ray Set",
    "JSRT Dataset", "PAD-UFES-20", "ILSVRC 2014", "Moments in Time", "VGGSS",
})

# name, aliases ("|"-separated), domain, kind. Canonical names as the dataset's
# authors write them; aliases are the spellings and abbreviations papers use.
WELL_KNOWN: tuple[tuple[str, str, str, str], ...] = (
    # general language understanding, QA, reasoning
    ("GLUE", "General Language Understanding Evaluation", "text", "benchmark"),
    ("SuperGLUE", "Super GLUE", "text", "benchmark"),
    ("Russian SuperGLUE", "RussianSuperGLUE", "text", "benchmark"),
    ("SQuAD", "SQuAD 1.1|SQuAD v1.1|SQuAD1.1|Stanford Question Answering Dataset", "text", "benchmark"),
    ("SQuAD 2.0", "SQuAD v2.0|SQuAD2.0|SQuAD v2", "text", "benchmark"),
    ("MMLU", "Massive Multitask Language Understanding", "text", "benchmark"),
    ("MMLU-Pro", "", "text", "benchmark"),
    ("HellaSwag", "HellaSWAG", "text", "benchmark"),
    ("ARC", "AI2 Reasoning Challenge|ARC-Challenge|ARC-Easy|ARC Challenge|ARC Easy|ARC-c|ARC-e", "text", "benchmark"),
    ("WinoGrande", "Winogrande", "text", "benchmark"),
    ("Winograd Schema Challenge", "WSC|WSC273", "text", "benchmark"),
    ("BIG-bench", "BIG-Bench|BIGbench|BIG bench", "text", "benchmark"),
    ("BIG-Bench Hard", "BBH|BIG-bench Hard", "text", "benchmark"),
    ("TriviaQA", "Trivia QA", "text", "benchmark"),
    ("Natural Questions", "NQ|NaturalQuestions", "text", "benchmark"),
    ("LAMBADA", "", "text", "benchmark"),
    ("PIQA", "Physical Interaction QA", "text", "benchmark"),
    ("BoolQ", "", "text", "benchmark"),
    ("OpenBookQA", "OBQA", "text", "benchmark"),
    ("Social IQa", "SIQA|SocialIQA", "text", "benchmark"),
    ("CommonsenseQA", "CSQA", "text", "benchmark"),
    ("TruthfulQA", "", "text", "benchmark"),
    ("DROP", "Discrete Reasoning Over Paragraphs", "text", "benchmark"),
    ("RACE", "ReAding Comprehension from Examinations", "text", "benchmark"),
    ("CoQA", "", "text", "benchmark"),
    ("QuAC", "", "text", "benchmark"),
    ("HotpotQA", "", "text", "benchmark"),
    ("MS MARCO", "MSMARCO", "text", "benchmark"),
    ("BEIR", "", "text", "benchmark"),
    ("SNLI", "", "text", "benchmark"),
    ("MultiNLI", "MNLI", "text", "benchmark"),
    ("XNLI", "", "text", "benchmark"),
    ("ANLI", "Adversarial NLI", "text", "benchmark"),
    ("SST-2", "SST2|Stanford Sentiment Treebank", "text", "benchmark"),
    ("CoLA", "", "text", "benchmark"),
    ("MRPC", "Microsoft Research Paraphrase Corpus", "text", "benchmark"),
    ("QQP", "Quora Question Pairs", "text", "benchmark"),
    ("QNLI", "", "text", "benchmark"),
    ("RTE", "", "text", "benchmark"),
    ("STS-B", "STSB", "text", "benchmark"),
    ("COPA", "", "text", "benchmark"),
    ("WiC", "", "text", "benchmark"),
    ("CommitmentBank", "CB", "text", "benchmark"),
    ("MultiRC", "", "text", "benchmark"),
    ("ReCoRD", "", "text", "benchmark"),
    ("AGIEval", "", "text", "benchmark"),
    ("GPQA", "", "text", "benchmark"),
    ("GPQA Diamond", "GPQA-Diamond|GPQA diamond", "text", "benchmark"),
    ("IFEval", "", "text", "benchmark"),
    ("MT-Bench", "MT Bench", "text", "benchmark"),
    ("AlpacaEval", "", "text", "benchmark"),
    ("HELM", "", "text", "benchmark"),
    ("XTREME", "", "text", "benchmark"),
    ("TyDi QA", "TyDiQA", "text", "benchmark"),
    ("CNN/Daily Mail", "CNN/DailyMail|CNN-DailyMail|CNN / Daily Mail|CNN/DM", "text", "benchmark"),
    ("XSum", "", "text", "benchmark"),
    ("WikiText-103", "WikiText103|Wikitext-103", "text", "benchmark"),
    ("WikiText-2", "WikiText2|Wikitext-2", "text", "benchmark"),
    ("Penn Treebank", "Penn TreeBank|PTB", "text", "benchmark"),
    ("One Billion Word Benchmark", "One Billion Word|LM1B|1B Word Benchmark", "text", "benchmark"),
    ("enwik8", "", "text", "benchmark"),
    ("text8", "", "text", "benchmark"),
    ("PG-19", "PG19", "text", "benchmark"),
    ("Long Range Arena", "LRA", "text", "benchmark"),
    ("SCROLLS", "", "text", "benchmark"),
    ("CoNLL-2003", "CoNLL 2003|CoNLL03|CoNLL2003", "text", "benchmark"),
    ("OntoNotes 5.0", "OntoNotes|OntoNotes5", "text", "benchmark"),
    ("IMDb", "IMDB|IMDb reviews", "text", "benchmark"),
    ("Yelp", "Yelp Reviews|Yelp-5|Yelp-2", "text", "benchmark"),
    ("AG News", "AGNews", "text", "benchmark"),
    ("TREC-6", "TREC6", "text", "benchmark"),
    # machine translation
    ("WMT14 En-De", "WMT 2014 English-German|WMT'14 English-German|WMT14 English-German|WMT 2014 En-De"
     "|WMT'14 En-De", "text", "benchmark"),
    ("WMT14 En-Fr", "WMT 2014 English-French|WMT'14 English-French|WMT14 English-French|WMT 2014 En-Fr",
     "text", "benchmark"),
    ("WMT14", "WMT 2014|WMT'14", "text", "benchmark"),
    ("WMT16", "WMT 2016|WMT'16", "text", "benchmark"),
    ("WMT16 En-Ro", "WMT 2016 English-Romanian|WMT16 English-Romanian", "text", "benchmark"),
    ("WMT19", "WMT 2019|WMT'19", "text", "benchmark"),
    ("Flores-200", "FLORES-200|Flores200", "text", "benchmark"),
    ("Flores-101", "FLORES-101", "text", "benchmark"),
    ("IWSLT", "", "text", "benchmark"),
    ("Europarl", "EuroParl", "text", "corpus"),
    ("OPUS", "", "text", "corpus"),
    ("United Nations Parallel Corpus", "UN Parallel Corpus|UNPC", "text", "corpus"),
    # math and code
    ("GSM8K", "GSM-8K|GSM8k", "math", "benchmark"),
    ("MATH", "Hendrycks MATH", "math", "benchmark"),
    ("MATH-500", "MATH500|MATH 500", "math", "benchmark"),
    ("AIME 2024", "AIME24|AIME'24|AIME-2024", "math", "benchmark"),
    ("AIME 2025", "AIME25|AIME'25|AIME-2025", "math", "benchmark"),
    ("MathQA", "", "math", "benchmark"),
    ("AQuA-RAT", "AQuA", "math", "benchmark"),
    ("SVAMP", "", "math", "benchmark"),
    ("ASDiv", "", "math", "benchmark"),
    ("MGSM", "", "math", "benchmark"),
    ("miniF2F", "MiniF2F", "math", "benchmark"),
    ("OpenWebMath", "", "math", "corpus"),
    ("Proof-Pile-2", "Proof-Pile 2|Proofpile 2|ProofPile-2", "math", "corpus"),
    ("MetaMathQA", "", "math", "corpus"),
    ("NuminaMath", "", "math", "corpus"),
    ("DeepMind Mathematics Dataset", "DeepMind Mathematics", "math", "corpus"),
    ("HumanEval", "Human-Eval", "code", "benchmark"),
    ("HumanEval+", "", "code", "benchmark"),
    ("MBPP", "", "code", "benchmark"),
    ("APPS", "", "code", "benchmark"),
    ("CodeContests", "", "code", "benchmark"),
    ("DS-1000", "", "code", "benchmark"),
    ("MultiPL-E", "", "code", "benchmark"),
    ("SWE-bench", "SWE-Bench", "code", "benchmark"),
    ("LiveCodeBench", "", "code", "benchmark"),
    ("CodeSearchNet", "", "code", "corpus"),
    ("The Stack", "Stack v1.1|The Stack v1.1|The Stack v1", "code", "corpus"),
    ("The Stack v2", "Stack v2", "code", "corpus"),
    ("StarCoderData", "", "code", "corpus"),
    ("BigQuery", "Google BigQuery", "code", "corpus"),
    ("BigPython", "", "code", "corpus"),
    ("GitHub", "", "code", "corpus"),
    # web, books and encyclopedic corpora
    ("WebText", "", "text", "corpus"),
    ("WebText2", "", "text", "corpus"),
    ("OpenWebText", "", "text", "corpus"),
    ("OpenWebText2", "", "text", "corpus"),
    ("C4", "Colossal Clean Crawled Corpus", "text", "corpus"),
    ("mC4", "", "text", "corpus"),
    ("The Pile", "Pile", "text", "corpus"),
    ("RedPajama", "RedPajama-Data|RedPajama-Data-1T|RedPajama-1T", "text", "corpus"),
    ("RedPajama-Data-V2", "RedPajama-V2|RedPajama v2", "text", "corpus"),
    ("SlimPajama", "SlimPajama-627B", "text", "corpus"),
    ("RefinedWeb", "Falcon RefinedWeb", "text", "corpus"),
    ("Dolma", "", "text", "corpus"),
    ("FineWeb", "", "text", "corpus"),
    ("FineWeb-Edu", "", "text", "corpus"),
    ("DCLM-baseline", "DCLM-Baseline|DCLM", "text", "corpus"),
    ("ROOTS", "BigScience ROOTS Corpus", "text", "corpus"),
    ("OSCAR", "", "text", "corpus"),
    ("CC100", "CC-100", "text", "corpus"),
    ("CC-News", "CCNews", "text", "corpus"),
    ("CC-Stories", "CCStories|STORIES", "text", "corpus"),
    ("Common Crawl", "CommonCrawl", "text", "corpus"),
    ("Wikipedia", "English Wikipedia", "text", "corpus"),
    ("BookCorpus", "BooksCorpus|Toronto Book Corpus|Toronto BookCorpus", "text", "corpus"),
    ("Books3", "", "text", "corpus"),
    ("Project Gutenberg", "Gutenberg|Gutenberg Project", "text", "corpus"),
    ("arXiv", "ArXiv", "text", "corpus"),
    ("S2ORC", "", "text", "corpus"),
    ("peS2o", "", "text", "corpus"),
    ("Stack Exchange", "StackExchange", "text", "corpus"),
    ("StackOverflow", "Stack Overflow", "code", "corpus"),
    ("Pushshift Reddit", "Pushshift|Pushshift.io Reddit|Pushshift.io", "text", "corpus"),
    ("NIH Grant Abstracts", "NIH ExPorter", "text", "corpus"),
    ("Enron Emails", "Enron Email Dataset", "text", "corpus"),
    ("MassiveText", "", "text", "corpus"),
    # instruction and preference data
    ("Flan Collection", "FLAN Collection|Flan 2022|Flan v2", "text", "corpus"),
    ("P3", "Public Pool of Prompts", "text", "corpus"),
    ("xP3", "", "text", "corpus"),
    ("Super-NaturalInstructions", "Super-Natural Instructions|SuperNaturalInstructions|Natural Instructions v2",
     "text", "corpus"),
    ("Stanford Alpaca", "Alpaca dataset|Alpaca-52K", "text", "corpus"),
    ("ShareGPT", "", "text", "corpus"),
    ("UltraChat", "", "text", "corpus"),
    ("UltraFeedback", "", "text", "corpus"),
    ("OpenAssistant Conversations", "OASST1|OpenAssistant|OpenAssistant Conversations Dataset|OASST|Open Assistant|Open Assistant 1|OpenAssistant 1", "text", "corpus"),
    ("Anthropic HH-RLHF", "HH-RLHF|Anthropic Helpful and Harmless", "text", "corpus"),
    ("Dolly-15k", "databricks-dolly-15k|Dolly 15k|Dolly", "text", "corpus"),
    # biomedical text, clinical records and benchmarks
    ("PubMed", "Pubmed", "biomedical", "corpus"),
    ("PubMed abstracts", "PubMed Abstracts", "biomedical", "corpus"),
    ("PubMed Central", "PMC|PubMed Central Open Access|PMC-OA|PMC Open Access Subset", "biomedical", "corpus"),
    ("CORD-19", "", "biomedical", "corpus"),
    ("UMLS", "Unified Medical Language System", "biomedical", "corpus"),
    ("MIMIC-III", "MIMIC III|MIMIC-3|MIMIC-III Critical Care Database", "biomedical", "corpus"),
    ("MIMIC-IV", "MIMIC IV|MIMIC-4", "biomedical", "corpus"),
    ("MIMIC-CXR", "MIMIC-CXR-JPG", "biomedical", "corpus"),
    ("eICU", "eICU-CRD|eICU Collaborative Research Database", "biomedical", "corpus"),
    ("Open-I", "OpenI|Open-i|IU X-Ray|IU-Xray|Indiana University Chest X-ray Collection", "biomedical", "corpus"),
    ("CheXpert", "", "biomedical", "corpus"),
    ("ChestX-ray14", "ChestX-ray8|NIH ChestX-ray14|NIH Chest X-ray Dataset|NIH Chest X-ray", "biomedical", "corpus"),
    ("PadChest", "", "biomedical", "corpus"),
    ("VinDr-CXR", "", "biomedical", "corpus"),
    ("RSNA Pneumonia", "RSNA Pneumonia Detection Challenge", "biomedical", "benchmark"),
    ("SIIM-ACR Pneumothorax", "SIIM-ACR", "biomedical", "benchmark"),
    ("ROCO", "Radiology Objects in COntext", "biomedical", "corpus"),
    ("VQA-RAD", "", "biomedical", "benchmark"),
    ("SLAKE", "Slake-VQA|SLAKE-VQA", "biomedical", "benchmark"),
    ("PathVQA", "Path-VQA", "biomedical", "benchmark"),
    ("MedMNIST", "", "biomedical", "benchmark"),
    ("CAMELYON16", "Camelyon16", "biomedical", "benchmark"),
    ("BraTS", "", "biomedical", "benchmark"),
    ("ISIC 2018", "ISIC2018", "biomedical", "benchmark"),
    ("TCGA", "The Cancer Genome Atlas", "biomedical", "corpus"),
    ("UK Biobank", "", "biomedical", "corpus"),
    ("MedQA", "MedQA-USMLE|MedQA (USMLE)", "biomedical", "benchmark"),
    ("PubMedQA", "", "biomedical", "benchmark"),
    ("MedMCQA", "", "biomedical", "benchmark"),
    ("MultiMedQA", "", "biomedical", "benchmark"),
    ("HealthSearchQA", "", "biomedical", "benchmark"),
    ("LiveQA", "", "biomedical", "benchmark"),
    ("MedicationQA", "", "biomedical", "benchmark"),
    ("BioASQ", "", "biomedical", "benchmark"),
    ("emrQA", "", "biomedical", "benchmark"),
    ("MedNLI", "", "biomedical", "benchmark"),
    ("BC5CDR", "BC5-CDR|BioCreative V CDR", "biomedical", "benchmark"),
    ("BC5CDR-chem", "BC5CDR-Chem|BC5CDR-chemical|BC5-chem", "biomedical", "benchmark"),
    ("BC5CDR-disease", "BC5CDR-Disease|BC5-disease", "biomedical", "benchmark"),
    ("NCBI-Disease", "NCBI-disease|NCBI Disease|NCBI disease", "biomedical", "benchmark"),
    ("BC2GM", "BC2-GM", "biomedical", "benchmark"),
    ("BC4CHEMD", "", "biomedical", "benchmark"),
    ("JNLPBA", "", "biomedical", "benchmark"),
    ("LINNAEUS", "", "biomedical", "benchmark"),
    ("Species-800", "S800", "biomedical", "benchmark"),
    ("ChemProt", "CHEMPROT", "biomedical", "benchmark"),
    ("DDI", "DDI-2013", "biomedical", "benchmark"),
    ("GAD", "", "biomedical", "benchmark"),
    ("EU-ADR", "", "biomedical", "benchmark"),
    ("HoC", "Hallmarks of Cancer", "biomedical", "benchmark"),
    ("BIOSSES", "", "biomedical", "benchmark"),
    ("BLURB", "", "biomedical", "benchmark"),
    ("BLUE", "", "biomedical", "benchmark"),
    ("i2b2 2006", "2006 i2b2", "biomedical", "benchmark"),
    ("n2c2 2010", "i2b2 2010|i2b2-2010|i2b2/VA 2010|n2c2-2010|2010 i2b2|2010 i2b2/VA", "biomedical", "benchmark"),
    ("i2b2 2012", "2012 i2b2", "biomedical", "benchmark"),
    ("i2b2 2014", "2014 i2b2", "biomedical", "benchmark"),
    ("n2c2 2018", "2018 n2c2", "biomedical", "benchmark"),
    # vision
    ("ImageNet", "", "vision", "benchmark"),
    ("ImageNet-1k", "ImageNet-1K|ImageNet1k|ImageNet1K|ILSVRC 2012|ILSVRC-2012|ILSVRC2012"
     "|ILSVRC 2012 subset of ImageNet|ImageNet Large Scale Visual Recognition Challenge 2012"
     "|ImageNet Large Scale Visual Recognition Challenge", "vision", "benchmark"),
    ("ImageNet-21k", "ImageNet-21K|ImageNet21k|ImageNet21K|ImageNet-22k|ImageNet-22K", "vision", "corpus"),
    ("ImageNet-V2", "ImageNetV2", "vision", "benchmark"),
    ("ImageNet-R", "", "vision", "benchmark"),
    ("ImageNet-A", "", "vision", "benchmark"),
    ("ImageNet-Sketch", "", "vision", "benchmark"),
    ("ObjectNet", "", "vision", "benchmark"),
    ("JFT-300M", "", "vision", "corpus"),
    ("JFT-3B", "", "vision", "corpus"),
    ("COCO", "MS COCO|MS-COCO|MSCOCO|Microsoft COCO|COCO 2017|COCO Captions", "vision", "benchmark"),
    ("Visual Genome", "VisualGenome", "multimodal", "corpus"),
    ("Flickr30k", "Flickr30K|Flickr 30k", "multimodal", "benchmark"),
    ("LAION-5B", "", "multimodal", "corpus"),
    ("LAION-400M", "", "multimodal", "corpus"),
    ("LAION-2B", "LAION-2B-en", "multimodal", "corpus"),
    ("Conceptual Captions", "CC3M|CC-3M|Conceptual Captions 3M", "multimodal", "corpus"),
    ("Conceptual Captions 12M", "CC12M|CC-12M", "multimodal", "corpus"),
    ("SBU Captions", "SBU", "multimodal", "corpus"),
    ("YFCC100M", "YFCC-100M|YFCC", "multimodal", "corpus"),
    ("DataComp", "DataComp-1B", "multimodal", "corpus"),
    ("WebLI", "", "multimodal", "corpus"),
    ("COYO-700M", "COYO", "multimodal", "corpus"),
    ("VQAv2", "VQA v2|VQA 2.0|VQAv2.0", "multimodal", "benchmark"),
    ("GQA", "", "multimodal", "benchmark"),
    ("OK-VQA", "OKVQA", "multimodal", "benchmark"),
    ("TextVQA", "", "multimodal", "benchmark"),
    ("VizWiz", "", "multimodal", "benchmark"),
    ("NoCaps", "nocaps", "multimodal", "benchmark"),
    ("ScienceQA", "", "multimodal", "benchmark"),
    ("MMMU", "", "multimodal", "benchmark"),
    ("MathVista", "", "multimodal", "benchmark"),
    ("DocVQA", "", "multimodal", "benchmark"),
    ("ChartQA", "", "multimodal", "benchmark"),
    ("SA-1B", "SA1B|Segment Anything 1B", "vision", "corpus"),
    ("ADE20K", "ADE20k", "vision", "benchmark"),
    ("Cityscapes", "", "vision", "benchmark"),
    ("PASCAL VOC", "Pascal VOC", "vision", "benchmark"),
    ("CIFAR-10", "CIFAR10", "vision", "benchmark"),
    ("CIFAR-100", "CIFAR100", "vision", "benchmark"),
    ("MNIST", "", "vision", "benchmark"),
    ("Fashion-MNIST", "FashionMNIST", "vision", "benchmark"),
    ("SVHN", "Street View House Numbers", "vision", "benchmark"),
    ("STL-10", "STL10", "vision", "benchmark"),
    ("CelebA", "", "vision", "benchmark"),
    ("CelebA-HQ", "", "vision", "benchmark"),
    ("FFHQ", "", "vision", "benchmark"),
    ("LSUN", "", "vision", "benchmark"),
    ("LSUN Bedroom", "LSUN Bedrooms|LSUN bedroom|LSUN bedrooms", "vision", "benchmark"),
    ("LSUN Church", "LSUN Churches|LSUN Church Outdoor|LSUN church", "vision", "benchmark"),
    ("Places365", "", "vision", "benchmark"),
    ("iNaturalist", "", "vision", "benchmark"),
    ("Food-101", "Food101", "vision", "benchmark"),
    ("Oxford Flowers-102", "Flowers-102|Flowers102", "vision", "benchmark"),
    ("Oxford-IIIT Pets", "Oxford-IIIT Pet", "vision", "benchmark"),
    ("Stanford Cars", "", "vision", "benchmark"),
    ("FGVC-Aircraft", "FGVC Aircraft", "vision", "benchmark"),
    ("DTD", "Describable Textures Dataset", "vision", "benchmark"),
    ("EuroSAT", "", "vision", "benchmark"),
    ("Caltech-101", "Caltech101", "vision", "benchmark"),
    ("SUN397", "", "vision", "benchmark"),
    ("VTAB", "VTAB-1k", "vision", "benchmark"),
    ("KITTI", "", "vision", "benchmark"),
    ("nuScenes", "", "driving", "benchmark"),
    ("Waymo Open Dataset", "", "driving", "benchmark"),
    ("ScanNet", "", "3d", "benchmark"),
    ("ShapeNet", "", "3d", "corpus"),
    # video
    ("Kinetics-400", "K400|Kinetics400", "video", "benchmark"),
    ("Kinetics-600", "K600", "video", "benchmark"),
    ("Kinetics-700", "K700", "video", "benchmark"),
    ("Something-Something v2", "SSv2|Something-Something V2", "video", "benchmark"),
    ("UCF101", "UCF-101", "video", "benchmark"),
    ("HMDB51", "HMDB-51", "video", "benchmark"),
    ("HowTo100M", "", "video", "corpus"),
    ("WebVid-10M", "WebVid", "video", "corpus"),
    ("MSR-VTT", "MSRVTT", "video", "benchmark"),
    ("MSVD", "", "video", "benchmark"),
    ("ActivityNet", "", "video", "benchmark"),
    ("Ego4D", "", "video", "corpus"),
    # speech and audio
    ("LibriSpeech", "Librispeech", "speech", "benchmark"),
    ("LibriLight", "Libri-Light", "speech", "corpus"),
    ("Common Voice", "CommonVoice|Mozilla Common Voice", "speech", "corpus"),
    ("VoxPopuli", "", "speech", "corpus"),
    ("GigaSpeech", "", "speech", "corpus"),
    ("TED-LIUM", "TED-LIUM 3|TEDLIUM", "speech", "benchmark"),
    ("Switchboard", "", "speech", "benchmark"),
    ("Fisher English", "Fisher corpus", "speech", "corpus"),
    ("WSJ corpus", "WSJ|Wall Street Journal corpus", "speech", "benchmark"),
    ("TIMIT", "", "speech", "benchmark"),
    ("VCTK", "", "speech", "corpus"),
    ("LJSpeech", "LJ Speech", "speech", "corpus"),
    ("Multilingual LibriSpeech", "", "speech", "corpus"),
    ("FLEURS", "", "speech", "benchmark"),
    ("CoVoST 2", "CoVoST2|CoVoST-2", "speech", "benchmark"),
    ("AudioSet", "Audioset", "audio", "corpus"),
    ("ESC-50", "", "audio", "benchmark"),
    ("AudioCaps", "", "audio", "benchmark"),
    ("Clotho", "", "audio", "benchmark"),
    ("MusicCaps", "", "audio", "benchmark"),
    # proteins, molecules, genomes
    ("UniRef50", "UniRef-50", "protein", "corpus"),
    ("UniRef90", "UniRef-90", "protein", "corpus"),
    ("UniRef100", "UniRef-100", "protein", "corpus"),
    ("UniRef30", "UniClust30|Uniclust30", "protein", "corpus"),
    ("UniProtKB", "UniProt", "protein", "corpus"),
    ("Swiss-Prot", "SwissProt|UniProtKB/Swiss-Prot", "protein", "corpus"),
    ("UniParc", "", "protein", "corpus"),
    ("PDB", "Protein Data Bank|RCSB PDB", "protein", "corpus"),
    ("CASP14", "CASP 14", "protein", "benchmark"),
    ("CASP15", "CASP 15", "protein", "benchmark"),
    ("CAMEO", "", "protein", "benchmark"),
    ("BFD", "Big Fantastic Database|Big Fantastic Dataset", "protein", "corpus"),
    ("MGnify", "", "protein", "corpus"),
    ("Pfam", "", "protein", "corpus"),
    ("CATH", "", "protein", "corpus"),
    ("SCOPe", "SCOPe 2.07|SCOPe 2.05", "protein", "corpus"),
    ("AlphaFold Database", "AlphaFold DB|AFDB|AlphaFold database|AlphaFold Protein Structure Database",
     "protein", "corpus"),
    ("ProteinGym", "", "protein", "benchmark"),
    ("TAPE", "", "protein", "benchmark"),
    ("Observed Antibody Space", "OAS", "protein", "corpus"),
    ("ZINC15", "ZINC 15|ZINC", "chemistry", "corpus"),
    ("ChEMBL", "", "chemistry", "corpus"),
    ("PubChem", "", "chemistry", "corpus"),
    ("PDBbind", "", "chemistry", "benchmark"),
    ("MoleculeNet", "", "chemistry", "benchmark"),
    ("QM9", "", "chemistry", "benchmark"),
    ("GRCh38", "hg38|Human Reference Genome", "biology", "corpus"),
    ("1000 Genomes", "1000 Genomes Project", "biology", "corpus"),
    ("ENCODE", "", "biology", "corpus"),
    # widely used LLM benchmarks and instruction / preference data (added 2025): the
    # name and spelling of each as its paper or dataset card gives it
    ("C-Eval", "CEval", "text", "benchmark"),
    ("CMMLU", "", "text", "benchmark"),
    ("KMMLU", "", "text", "benchmark"),
    ("CLUE", "Chinese Language Understanding Evaluation", "text", "benchmark"),
    ("GAOKAO-Bench", "GAOKAO Bench", "text", "benchmark"),
    ("MMLU-Redux", "", "text", "benchmark"),
    ("MuSR", "", "text", "benchmark"),
    ("SimpleQA", "", "text", "benchmark"),
    ("Humanity's Last Exam", "HLE", "text", "benchmark"),
    ("Arena-Hard", "Arena-Hard-Auto|Arena Hard", "text", "benchmark"),
    ("WildBench", "", "text", "benchmark"),
    ("LongBench", "", "text", "benchmark"),
    ("BFCL", "Berkeley Function Calling Leaderboard", "code", "benchmark"),
    ("SciQ", "", "text", "benchmark"),
    ("StoryCloze", "Story Cloze|Story Cloze Test|StoryCloze Test", "text", "benchmark"),
    ("NarrativeQA", "", "text", "benchmark"),
    ("Qasper", "QASPER", "text", "benchmark"),
    ("MuSiQue", "", "text", "benchmark"),
    ("2WikiMultihopQA", "2WikiMultiHopQA", "text", "benchmark"),
    ("StrategyQA", "", "text", "benchmark"),
    ("WebQuestions", "WebQ", "text", "benchmark"),
    ("XCOPA", "", "text", "benchmark"),
    ("XStoryCloze", "", "text", "benchmark"),
    ("XWinograd", "", "text", "benchmark"),
    ("PAWS-X", "PAWSX", "text", "benchmark"),
    ("XQuAD", "", "text", "benchmark"),
    ("MLQA", "", "text", "benchmark"),
    ("Belebele", "", "text", "benchmark"),
    ("ToxiGen", "TOXIGEN|Toxigen", "text", "benchmark"),
    ("RealToxicityPrompts", "Real Toxicity Prompts", "text", "benchmark"),
    ("CrowS-Pairs", "CrowS Pairs", "text", "benchmark"),
    ("BBQ", "Bias Benchmark for QA", "text", "benchmark"),
    ("WinoBias", "", "text", "benchmark"),
    ("OlympiadBench", "", "math", "benchmark"),
    ("TheoremQA", "", "math", "benchmark"),
    ("CRUXEval", "", "code", "benchmark"),
    ("HumanEval-X", "", "code", "benchmark"),
    ("OpenOrca", "Open-Orca", "text", "corpus"),
    ("Unnatural Instructions", "", "text", "corpus"),
    ("LMSYS-Chat-1M", "", "text", "corpus"),
    ("WildChat", "", "text", "corpus"),
    ("Code Alpaca", "CodeAlpaca", "code", "corpus"),
    ("HelpSteer", "", "text", "corpus"),
    ("HelpSteer2", "", "text", "corpus"),
    # vision robustness sets and offline RL
    ("Tiny ImageNet", "TinyImageNet|Tiny-ImageNet", "vision", "benchmark"),
    ("ImageNet-C", "", "vision", "benchmark"),
    ("D4RL", "", "robotics", "benchmark"),
)

_PAREN = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")


@dataclass
class Entry:
    name: str
    domain: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    from_epoch: bool = False

    @property
    def key(self) -> str:
        return slug(self.name)


def slug(name: str) -> str:
    """Catalog key: "τ-bench" is tau-bench, "τ²-bench" tau2-bench, "Allociné" allocine (Greek spelled
    out and accents dropped, as in IRIs' slugs)."""
    ascii_name = unicodedata.normalize("NFKD", spell_greek(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9+]+", "-", ascii_name.casefold().replace("+", "-plus")).strip("-")


def split_cell(cell: str) -> list[str]:
    """Split an Epoch cell on commas outside parentheses, brackets and quotes."""
    parts, buf, depth, quoted = [], [], 0, False
    for ch in cell:
        if ch == '"':
            quoted = not quoted
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        if ch == "," and depth == 0 and not quoted:
            parts.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf).strip())
    return [p for p in parts if p]


def names_of(item: str) -> list[str]:
    """Canonical name first, then aliases: "Name (ABBR, Other)" -> [Name, ABBR, Other]."""
    item = item.strip().strip('"').strip()
    match = _PAREN.match(item)
    if not match:
        return [item]
    inner = [a.strip() for a in re.split(r"[,/]", match["inner"]) if a.strip()]
    return [match["outer"].strip(), *inner]


def epoch_domain(cell: str) -> str:
    parts = {p.strip() for p in cell.split(",")}
    for tag, domain in (("Medicine", "biomedical"), ("Biology", "biology"), ("Materials science", "materials"),
                        ("Earth science", "earth science"), ("Mathematics", "math")):
        if tag in parts:
            return domain
    if "Multimodal" in parts or {"Vision", "Language"} <= parts:
        return "multimodal"
    for tag, domain in (("Video", "video"), ("Speech", "speech"), ("Audio", "audio"), ("Vision", "vision"),
                        ("Image generation", "vision"), ("3D modeling", "3d"), ("Robotics", "robotics"),
                        ("Language", "text"), ("Games", "games"), ("Recommendation", "recommendation"),
                        ("Driving", "driving")):
        if tag in parts:
            return domain
    return ""


def read_epoch(path: Path) -> dict[str, str]:
    """Epoch dataset item -> most frequent domain of the models trained on it."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for item in split_cell(row["Training dataset"] or ""):
                votes[item][epoch_domain(row["Domain"] or "")] += 1
    return {item: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for item, c in votes.items()}


class Catalog:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, str] = {}  # casefolded name or alias -> key

    def add(self, names: list[str], domain: str, kind: str, from_epoch: bool) -> None:
        known = [self.index[n.casefold()] for n in names if n.casefold() in self.index]
        if from_epoch and known:
            entry = self.entries[known[0]]
            entry.from_epoch = True
        elif known:
            sys.exit(f"{names[0]!r} collides with catalog entry {known[0]!r}")
        else:
            entry = Entry(names[0], domain, kind, from_epoch=from_epoch)
            if entry.key in self.entries:
                sys.exit(f"duplicate key {entry.key!r}")
            self.entries[entry.key] = entry
            self.index[entry.name.casefold()] = entry.key
        for alias in names[1:]:
            self._alias(entry, alias)

    def _alias(self, entry: Entry, alias: str) -> None:
        owner = self.index.get(alias.casefold())
        if owner is not None and owner != entry.key:
            sys.exit(f"alias {alias!r} of {entry.name!r} already names {owner!r}")
        if len(alias) >= 2 and alias != entry.name and alias not in entry.aliases:
            self.index[alias.casefold()] = entry.key
            entry.aliases.append(alias)


def build_rows(epoch_path: Path) -> list[dict[str, str]]:
    catalog = Catalog()
    for name, aliases, domain, kind in WELL_KNOWN:
        catalog.add([name, *filter(None, aliases.split("|"))], domain, kind, from_epoch=False)
    listed = set(catalog.entries)
    with LIST_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            catalog.add([row["name"], *filter(None, row["aliases"].split("|"))], row["domain"], row["kind"],
                        from_epoch=False)
    from_list = set(catalog.entries) - listed
    for item, domain in sorted(read_epoch(epoch_path).items()):
        if item in SKIP or item.strip('"') in SKIP:
            continue
        names = names_of(RENAME.get(item, item))
        kind = "benchmark" if names[0] in EPOCH_BENCHMARKS else "corpus"
        catalog.add(names, EPOCH_DOMAIN.get(names[0], domain or "text"), kind, from_epoch=True)
    with ALIAS_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = catalog.index.get(row["name"].casefold())
            if key is None:
                sys.exit(f"{ALIAS_FILE.name}: {row['name']!r} is not in the catalog")
            catalog._alias(catalog.entries[key], row["alias"])
    return [
        {"key": e.key, "name": e.name, "aliases": "|".join(e.aliases), "domain": e.domain, "kind": e.kind,
         "source": EPOCH_SOURCE if e.from_epoch else LIST_SOURCE if e.key in from_list else HAND_SOURCE}
        for e in sorted(catalog.entries.values(), key=lambda e: e.key)
    ]


def main(argv: list[str]) -> int:
    epoch_path = Path(argv[0]) if argv else EPOCH_FILE
    if not epoch_path.is_file():
        sys.exit(f"Epoch table not found: {epoch_path}")
    rows = build_rows(epoch_path)
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    with OUT_FILE.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    epoch = sum(1 for r in rows if r["source"] == EPOCH_SOURCE)
    print(f"wrote {len(rows)} datasets to {OUT_FILE.relative_to(ROOT)} ({epoch} from Epoch AI)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
