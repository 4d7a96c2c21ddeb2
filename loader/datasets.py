"""Dataset mentions in plain prose, and the role each plays in a training run.

Datasets are not tagged in excerpts; this module finds them in the prose (tags
already removed) and reads their role from the sentence. Spans in ``exclude``
(tagged model names, hardware ...) are masked first: they are never datasets and
count as one opaque word ("We trained <model> from scratch on X").

Detection (catalog matching lives in ``loader/dataset_catalog.py``, cue and name patterns
in ``loader/dataset_cues.py``)
1. Catalog (``ontology/catalogs/datasets.csv``): every name and alias, as a whole
   word. A name is not found inside a longer token ("PubMed" in "PubMedBERT" or
   "PubMed-BERT"; but "ImageNet-pretrained" names the data a backbone was pre-trained on, and
   that is its role) and the longest alias wins
   ("BC5CDR-chem" over "BC5CDR"). An alias of 6+ characters that is CamelCase or
   mixes letters and digits ("PubMed", "ImageNet", "WikiText-103") matches in any
   case. An alias of 5+ characters or with a digit, hyphen or dot also matches in
   another case and with spaces/hyphens inside dropped or added ("PushShift.io",
   "Libri-light", "WuDaoCorpora"), but only where the text writes a proper name
   (capitalized or mixed case, not a capitalized word opening a sentence); shorter
   aliases only as the catalog writes them, so "arc", "math", "pile", "glue" or "ad
   hoc" are not ARC, MATH, the Pile, GLUE or HoC. A leading "The" may be lower-case.
   A longer proper name around a catalog name is reported instead of it: a hyphen
   suffix of capitals or digits ("MATH-500", "ImageNet-C") or of a version word ("MMC4-core"), capitalized words after
   it ("GPQA Diamond", "LSUN Cats"), or one capitalized word before it mid-sentence
   ("Tiny ImageNet"). It keeps a catalog entry only if the catalog has the longer
   name; languages ("Dutch Wikipedia" is Wikipedia), metrics, splits and generic
   nouns ("ImageNet Top-1", "GLUE Benchmark") do not lengthen a name.
2. Pattern, for names the catalog lacks: a proper-looking name (capitalized,
   CamelCase, or with digits), and every further name of a list, after a data cue:
   a training or evaluation verb or noun and at most five words of object before
   "on" ("We evaluated the model on X", "trained it from scratch on X", "Results
   are reported on X"), a data noun with "such as / including / covers / combines /
   came from / :" ("benchmarks such as X", "tasks including X", "56% is from X", "Evaluation covers
   X", "Training data: X"), "sourced/drawn/derived from X", and "we used X" after
   a data cue in the same clause ("For fine-tuning we used X"), a data noun and "which includes"
   ("our benchmark suite, which includes X, Y"; a suite's members are not its sources); a data noun right
   before the names ("the summarization datasets X and Y", "MoleculeNet tasks X, Y");
   a later "on Y" in the sentence of a verb's "on X" ("on X for QA, and on Y for ...").
   Also a sentence that describes a dataset by name ("X (citation) is a large dataset
   of ...", "X consists of 1.3 million patents"), a name before a head noun ("the X dataset", "the X and Y corpora", "the Cornell movie dialog
   corpus": a proper name and up to three lower-case words; the name is also called with its noun), in
   apposition ("a corpus, X, consisting of"; "X, 429k hours of speech"), and names in parentheses after a task
   ("question answering (X, Y)"; one name alone only after a task word, and never
   after "models" or "systems"; nor a colon list after "models including"). Refused: model names
   and network types ("CNN"), optimizers, frameworks, hardware,
   tokenizers, catalog names in the wrong casing ("Math"), names made only of
   languages or task acronyms ("a Dutch benchmark", "NER"), hyphenated adjectives
   ("STEM-heavy"), an acronym naming a kind of data ("RNA structures"), a category label before
   a colon ("Common sense reasoning: HellaSwag"), a heading in capitals, a set in braces ("{P3, P4}"),
   "X, a collection of ... models", and a cited
   surname ("Zhang [13] reports", "Hendrycks et al.").
   A name the text coins for data ("which we refer to as WebImageText", "referred to as \"CodeExercises\"",
   "which we refer to as 60K-IM", "web_clean"), or gives right after building it ("we build a ... evaluation
   set OwlEval"), is one; so are names after "<task> uses X", "data for ... (e.g., X)", and "games /
   episodes / demonstrations from X"; a snake_case split ("train_aug") is not.
   A name found by pattern is read for its role wherever the text writes it again the same way
   ("evaluate on the WMT En→Fr dataset ... On WMT En→Fr, the training set contains ..."), unless the
   text ruled it out where the pattern found it ("a project of LAION and HessianAI").
Not a used dataset: a name inside a URL; a code-hosting platform next to "repositories",
"stars" or "code" ("public GitHub repositories"); an abbreviation right after a name that is
cancelled, or whose long form is ("did not use the Google Landmarks v2 (GLDv2) dataset"); after "without", "instead of", "unlike",
"outperforms", "compared to", "available on"; after "did not use / excluded /
removed / filtered out" with up to three words between ("excluded the raw Common
Crawl dumps"); before "was removed / excluded / filtered out" or "..., so we did not
use it"; in "with all X articles removed"; after "developed by", "a project of",
"done at" (organisations); before ", [Month] 2022" (a citation aside); before "(CG-1) AI supercomputer"
(a machine); after "compare ours with / outperforms models trained on", "Unlike X, which rely on",
"X, which was trained on the 60K hours of" (other models' data). The negation
carries along a list ("we did not use X or Y") and to the same dataset again in the
sentence. A source or part of a named corpus is not reported: "X, a filtered version /
collection of Y", "X, which we collected from Y", "X data distributed with Y"; "the X and Y portions of Z"
reports Z, as does "Z (its subsets, including X, Y)". Nor are the components listed after a
named corpus, up to the end of the clause or the next strong role cue: "Z, which comprises /
consists of / includes / contains / repurposes / draws on X, Y", "Z, a corpus built / curated / assembled from
X, Y", "Z contains 2.8M pairs built on images and videos from X, Y" (a benchmark's data "from" X too; never Z
itself, "Gigaword ... from the Gigaword corpus"),
"Z, 2 TB of filtered X", "we compile Z from 13 datasets, including X, Y", "Z (X, Y)", "Z: X, Y", "Z's components: X, Y", "Z as the
pre-training data, a merged dataset of X, Y", "The Z data mixture is 52% X, 27% Y", and
"its X, Y and W subsets" wherever it stands, and a list after "its composition:" or "It consists
of seven slices –" to the end of the sentence, once a corpus has been named before; when Z is itself an
item of a list, only the first name after it is its source. The same holds where the corpus,
named before, opens a later sentence ("ColabFoldDB itself aggregates BFD and MGnify"), or
with a passive ("OpenGenome was compiled from GTDB ..."). Another model's data is not the
run's: "Unlike ESM-1b, which was trained on X", "ProGen2 and CARP, which are trained on X". A corpus without a name ("our
corpus consists of X, Y") reports X and Y; one the paragraph names afterwards ("we collect problems from
X and Y ..., yielding the Z dataset", "We refer to our pretraining dataset as Z") reports Z, not the
names of the sentences it drew on ("from", "mix of", "collect"; without a role cue of their own, after
the paragraph's previous naming), and naming Z gives it a role only with a strong cue in that
sentence or where Z is not used later. A catalog name followed by a
model word ("PubMed GPT") is part of a model name. A list goes on past catalog names
("MMLU, RACE and FEVER"). A language before a catalog name, or before a one-word pattern name with digits or inner capitals
("the Korean KoBEST benchmark"; a language name, not "SFT" or "Multilingual"), is not part of it
("English-language Wikipedia"), benchmarks included ("Japanese MT-Bench" reads MT-Bench); a
corpus after a plain language adjective is the catalog corpus even where the catalog lists
the longer name ("Arabic Wikipedia" reads Wikipedia, "Japanese C4" reads C4).

Role
Cues: pre-training ("pre-train", "pre-training corpus", "was pre-trained"),
fine-tuning ("fine-tune", "instruction tuning", "SFT", "RLHF", "DPO"; not the
adjective in "fine-tuned / instruction-tuned model(s)"), evaluation ("evaluate",
"benchmarks", "test set", "zero-shot", "achieves", "accuracy on", "outperforms",
"results ... on", "experiments on", "84% on"), and weak cues. A weak training cue
("trained [object] on/using/with", "training data", "sourced from", "constructed
from"; not "the trained model on") takes the role of the nearest pre-training or
fine-tuning cue before it in its sentence, else of the previous sentence when that
was about pre-training or fine-tuning (its training role, also when it went on to evaluate: "downstream
models are trained on X and tested on Y"), else pre-training. A bare "corpus", "corpora" or
"dataset(s)" takes the role of the nearest cue of any kind before it in its sentence, else of
the previous sentence, else pre-training. Cues inside a dataset name or an excluded
span do not count. For a mention, the first rule that applies gives its role
("clause": the part of the sentence between ";", ", while", ", but", ...):
  1. the nearest cue before it in its clause;
  2. the first cue after it in its clause, a strong cue before a weak one
     ("MedQA was used for evaluation");
  3. rules 1 and 2 over the whole sentence;
  4. the role of the last cue of the nearest sentence before it, in the same paragraph, that
     has a cue ("For pre-training we built X. It includes PubMed Central ...", "The benchmarks
     are as follows. ... Crafter: a survival environment."), except an evaluation read in a
     sentence about leakage; else the role of a short heading opening the
     paragraph or standing on a line of its own ("Pretraining datasets. ... we use the
     image-text pairs of X", "5.2 Downstream Tasks"); a line break ends a sentence;
  5. a benchmark noun right after it ("the Flores-101 machine translation benchmark");
  6. an amount of data stated as a total in the sentence ("uses X, Y and Z (38k hours)", "giving
     180k hours in total", "yielding 8 million documents"): a training role, as a weak training cue has
     it; it also replaces an evaluation that rule 4 carried into a sentence without cues;
  7. a name right after "we use / employ / adopt" ("we use MultiUN [49] for French"), after "we use /
     collect <data> from / of" or "we use the <...> data for", or one the work builds ("we build The Stack v2",
     "we construct \"FinPile\""): the role the rest of its paragraph first trains for, else evaluation if it
     evaluates, else a training role;
  8. none: the mention is not reported (a dataset named without any data cue is
     no evidence that the run used it).
Before rule 1: a purpose right after the name ("C4 for pre-training and MMLU for evaluation"),
"for training and ... for testing" after it (both roles), and a dataset fronting its sentence
("On Cityscapes, we train ... and report mIoU": every role the sentence gives, not counting cues
with a named object of their own); a dataset titling its paragraph ("WMT'16 English-Romanian.")
takes what the paragraph first trains for. A transfer ("we transfer X to segmentation on Y")
fine-tunes and evaluates. A trained-on dataset is evaluated too when the evaluation after it, or
the next sentence of its paragraph, names only an unnamed split ("report accuracy on the
validation set", "val2017"). A cue inside a parenthetical aside only serves mentions inside it; the sentence stops
at a reason (", since ...") after the mention. "Fine-tune and evaluate on X" gives both
roles, and so does "fine-tune on X and report accuracy on the test set" when the evaluation
names no dataset of its own. A cue after "after / before / following / without" gives way to
a main cue before it in the clause. A weak training cue with no role near it means
pre-training, or fine-tuning when the model starts from another model ("initialized from",
"the instruction-tuned version of") and nothing in the excerpt is pre-trained, or when what is pre-trained
is only a part of the model ("backbones pre-trained on ImageNet-22K", "we pre-train the encoder on X") or
the models it starts from ("Our base models are X and Y, all pre-trained on the Pile"), or when the
excerpt trains low-rank adapters (LoRA) and pre-trains nothing. An excerpt
that fine-tunes "on each of the downstream datasets" (or speaks of "task-specific fine-tuning", not
after "without", "no" or "requires") and evaluates nothing zero-shot or frozen fine-tunes on every dataset it evaluates on. So, more locally, do an evaluation under a
fine-tuning title ("4.2 Supervised fine-tuning / We evaluate on X"; a title without "we",
and not in a zero-shot sentence), a name after "evaluate ... by fine-tuning on" (an
evaluation cue before the fine-tuning cue in the clause, no other name between them), the
datasets a paragraph evaluates before a sentence that fine-tunes "on the official training
split" or "on them" and names nothing itself, and those of a sentence evaluating "with and
without fine-tuning" and of the sentence after it. The noun "benchmark(s)" within 40 characters after a training cue takes its
role ("fine-tuned on several benchmark tasks: X"); a weak cue passes its role to a later
"corpus". A corpus de-duplicated or decontaminated against evaluation data ("we decontaminate Dolma against
Paloma"), or cleaned of it ("remove ... from JFT-3B"), is not evaluated on; a linear probe on frozen
features evaluates; a heading naming experiments, tasks, results or benchmarks gives the datasets of its
section that nothing else reads the evaluation role; a sentence naming both pre-training and fine-tuning
passes on its heading's role, and one that lists training stages ("the stable stage, the decay stage and
the SFT stage") passes on none; "we use the same train/dev/test splits" fine-tunes the datasets its
paragraph evaluates; and data trained on with no word for how, in an excerpt that pre-trains
nothing, is fine-tuned on when a later sentence fine-tunes "on the union of the seed datasets".
Training LoRA adapters, a task head or "on top of" a model is fine-tuning; "X as the unsupervised data"
is pre-training. In a sentence about leakage or removal, a name followed by "test set" or
"benchmark", or after "test samples from", is evaluation only. "We fine-tune and evaluate X on six
tasks" gives both roles to each dataset named after it in its paragraph (not one whose own list item
is zero-shot, nor in a later sentence that fine-tunes on one and tests on another). A dataset that
titles its paragraph or opens a sentence there, in a paragraph that splits it "for training,
validation and testing", is trained on (the excerpt's training role) and evaluated on. Under a
heading naming downstream tasks, a weak training cue means fine-tuning; so does the excerpt's
default when its model starts from pre-trained checkpoints or weights, "fine-tuned from" a base
model, an ImageNet pre-trained vision backbone, or a pre-training stage "before fine-tuning".
One mention per (dataset, role), at its first occurrence with that role; a name
restated in parentheses ("PubMed Central (PMC)") is the same mention, and the abbreviation
is kept as the dataset's alias in every role; so is the longer name a text writes for a
catalog dataset with its year or version ("OpenSubtitles 2018", "RedPajama v1") or for a
pattern name with its kind noun ("the Vicuna testset", "the Modu corpus"). An abbreviation the text defines
("the Multi-Turn Programming Benchmark (MTPB)", found as in ``loader/acronyms.py``) joins
its long form: a catalog abbreviation ("the Microsoft Paraphrase corpus (MRPC)") replaces
the pattern name inside the long form, a pattern name grows to the whole long form, and a
later mention of the abbreviation is the same dataset.

>>> text = "We pre-trained on PubMed Central (PMC) and fine-tuned on BC5CDR and MedQA."
>>> [(m.name, m.role) for m in find_datasets(text)]
[('PubMed Central', 'pretraining'), ('BC5CDR', 'finetuning'), ('MedQA', 'finetuning')]
>>> find_datasets("The math in this arc is ad hoc.")
[]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Literal, cast

from loader import acronyms
from loader import dataset_cues as cue
from loader.dataset_catalog import (
    Candidate,
    DatasetEntry,
    case_sensitive_names,
    catalog_hits,
    dataset_catalog,
    resolve_dataset,
)
from loader.dataset_cues import Cue, Span
from loader.sentences import sentences as split_sentences

__all__ = ["DatasetEntry", "DatasetMention", "Role", "dataset_catalog", "find_datasets", "is_versioned", "resolve_dataset"]

Role = Literal["pretraining", "finetuning", "evaluation"]


@dataclass(frozen=True)
class DatasetMention:
    name: str  # canonical catalog name, or the surface text for a name not in the catalog
    key: str | None  # catalog key, None if found by pattern only
    role: Role
    surface: str  # text as written
    start: int
    end: int  # character offsets into `text`
    also_called: str | None = None  # another name the text gives it: "(GLDv2)" after "Google Landmarks v2", or that long name


# Footnote marks ("C4¹", "the Pile†") are not part of a name: they read as spaces.
_FOOTNOTE_MARKS = str.maketrans({c: " " for c in "⁰¹²³⁴⁵⁶⁷⁸⁹†‡§¶*"})


# A long run of blanks is layout, not prose; filled (offsets kept) so no pattern crawls through it.
_LONG_BLANKS = re.compile(r"[^\S\n]{16,}")


def _mask(text: str, exclude: Sequence[Span]) -> str:
    chars = list(_LONG_BLANKS.sub(lambda m: " " + "\u00a6" * (len(m.group()) - 2) + " ", text.translate(_FOOTNOTE_MARKS)))
    for start, end in exclude:
        chars[start:end] = "#" * len(chars[start:end])
    return "".join(chars)


# --- pattern mentions ---------------------------------------------------------------------

_NAME_AT = re.compile(cue.NAME)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# "the T5 checkpoint pre-trained on C4": a model's data, whose splits the sentence does not report on.
_MODEL_TRAINED_ON = re.compile(r"\b(?:checkpoints?|models?|weights|encoders?|backbones?|networks?)\s+(?:pre-?trained|trained)"
                               r"\s+on\s+(?:the\s+)?$", re.IGNORECASE)
_PART_OF_NAMED = re.compile(r"[^.;]{0,60}?\b(?:from|of)\s+(?:the\s+)?(?:[A-Z]|[a-z]+[A-Z])")
_CAMEL_START = re.compile(r"[a-z]+[A-Z]")
_ARTICLE = re.compile(r"(?:the|The)\s+")
_SNAKE_CASE = re.compile(r"[a-z]+(?:_[a-z0-9]+)+")  # "web_clean", "earlygame_keyword": an identifier
_SPLIT_WORDS = frozenset("train training val valid validation dev test eval".split())


def _is_name(name: str, at_sentence_start: bool) -> bool:
    tokens = [t.removesuffix("'s") for t in name.split()]
    first, folded = tokens[0], [t.casefold() for t in tokens]
    if not (first[0].isupper() or any(c.isdigit() for c in first) or _CAMEL_START.match(first) or _SNAKE_CASE.fullmatch(first)):
        return False
    if at_sentence_start and len(tokens) == 1 and first[1:].islower():
        return False
    org_led = (len(folded) > 1 and (folded[0] in cue.ORGANISATIONS or folded[0] in cue.SITES)
               and folded[-1] not in cue.ORGANISATION_UNITS
               and not name.split()[0].endswith("'s"))
    if any(t in cue.STOP for t in folded[1 if org_led else 0:]) or cue.MODEL_OR_HARDWARE.search(name):
        return False  # "Amazon Polarity", "Google Landmarks" are names; "Google Research" is not
    parts = [p for t in folded for p in t.split("-")]  # "English-to-French" is a language pair
    if all(p in cue.SOFT_STOP or p in cue.GENERIC or p == "to" for p in parts) or cue.ADJECTIVE_SUFFIX.search(tokens[-1]):
        return False
    if len(folded) > 1 and folded[-1] in cue.METHOD_WORD:  # "M3I Pre-training"
        return False
    if re.fullmatch(r"[A-Z][a-z][-→↔][A-Z][a-z]", name):  # "En-My": a language pair
        return False
    if re.fullmatch(r"[A-Za-z]_[A-Z]{1,4}", name):  # "K_VRH": a symbol with a subscript, a property
        return False
    if _SNAKE_CASE.fullmatch(first) and first.split("_")[0] in _SPLIT_WORDS:  # "the train_aug set": a split
        return False
    if re.fullmatch(r"[A-Z]{1,2}", name):  # "ER", "IC": too short to be told from an abbreviation
        return False
    if name.endswith("'s") or cue.NOT_A_NAME.fullmatch(name):  # "Stanford's internal cluster", "R2", "CC BY"
        return False
    if not org_led and any(t.endswith(("'s", "’s")) for t in name.split()[:-1]):
        return False  # "Orca 2's 817K": an owner's data, described, not named
    return name.casefold() not in case_sensitive_names() and len(name) >= 2


_OPEN_PAREN = re.compile(r"\s*\(\s*")
# "Zhang [13] reports", "Hendrycks et al.": a surname cited, not a dataset in the list before it.
_CITED_AUTHOR = re.compile(r"\s+et\s+al\b|\s*" + cue.BRACKET_CITATION
                           + r"\s+(?!(?:and|or|for|on|in|with|to|as|from|at|by|of|is|are|was|were|has|have)\b)[a-z]+\b")


def _is_author(text: str, name: str, end: int) -> bool:
    return name[:1].isupper() and name[1:].islower() and bool(_CITED_AUTHOR.match(text, end))


# "the training and testing code is built on Caffe", "implemented in JAX": software, not data
_SOFTWARE_BEFORE = re.compile(r"(?:\b(?:code|codebase|implementation|software|framework|library|toolkit)s?\s+(?:is|are|was|were)\s+"
                              r"(?:\w+\s+)?(?:built|based|developed|written)|\bimplemented)\s+(?:on|in|with|upon|using)\s+"
                              r"(?:top\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
# "trained on NVIDIA Superpod, which includes 128 DGX servers": a machine
_MACHINE = re.compile(r"(?i:super-?pod|supercomputer|super-?cluster)s?$|\bDGX\b")
_CITED_NEXT = re.compile(r"\s*(?:\([A-Z][^()]{0,60}\d{4}[a-z]?\)|" + cue.BRACKET_CITATION + ")")
# "features {P3, P4, ..., P7}": a set in mathematical notation, not a list of names.
_IN_BRACES = re.compile(r"\{[^{}]*$")


_NOT_A_LANGUAGE = frozenset(("multilingual", "bilingual", "monolingual"))


def _in_capitals_heading(text: str, start: int) -> bool:
    """"5.1.1 PERFORMANCE ON LARGE MODELS": a line of three or more words without a lower-case letter."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (end := text.find("\n", start)) < 0 else end
    return _capitals_line(text[line_start:line_end]) if line_end - line_start <= 200 else False


@lru_cache(maxsize=1024)
def _capitals_line(line: str) -> bool:
    return len(line.split()) >= 3 and not any(c.islower() for c in line)


def _group_label(text: str, span: Span, group_colons: Sequence[int], sentence_starts: Sequence[int]) -> bool:
    """"four groups: General (MME, MMBench), Knowledge (...)": the word before a list in parentheses,
    in a sentence that announces groups before it (``group_colons``: where ``cue.GROUPS_COLON`` ends;
    ``sentence_starts``: sorted)."""
    if not _OPEN_PAREN.match(text, span[1]):
        return False
    i = bisect_right(group_colons, span[0]) - 1
    k = bisect_right(sentence_starts, span[0]) - 1
    return i >= 0 and group_colons[i] >= (sentence_starts[k] if k >= 0 else 0)


def _kind_of_data(text: str, start: int, end: int) -> bool:
    """"RNA structures", "EHR data", "Chest X-ray images": an acronym naming a kind of data."""
    head = text[start:end].split()[-1].split("-")[0]
    return head.isalpha() and head.isupper() and bool(cue.KIND_OF_DATA.match(text, end))


# "the Google internal dataset": a kind of data an organisation keeps, not a name.
_UNNAMED_KIND = frozenset("internal proprietary private in-house own".split())


class _NameGate:
    """Decides whether a span found by a pattern is a dataset's name, and keeps those accepted (spans
    taken by the catalog or by an earlier pattern are not taken again)."""

    def __init__(self, text: str, taken: Sequence[Candidate], sentence_starts: set[int]):
        self.text = text
        self.sentence_starts = sentence_starts
        self.ordered_starts = sorted(sentence_starts)
        self.occupied = cue.SpanSet([(s, e) for s, e, _ in taken])
        self.group_colons = [m.end() for m in cue.GROUPS_COLON.finditer(text)]
        self.found: list[Span] = []

    def accept(self, span: Span, at_sentence_start: bool | None = None, short: bool = False) -> None:
        """Keep ``span`` if it is a name (``short``: a two-letter or lower-case name its list vouches for)."""
        text = self.text
        name = text[span[0]:span[1]]
        language, _, rest = name.partition(" ")
        if (cue.titled_language(language) and language.casefold() not in _NOT_A_LANGUAGE
                and rest and " " not in rest and re.search(r"\d|.[A-Z]", rest)):
            span, name = (span[1] - len(rest), span[1]), rest  # "the Korean KoBEST benchmark"
        opens_sentence = span[0] in self.sentence_starts if at_sentence_start is None else at_sentence_start
        if ((short or _is_name(name, opens_sentence)) and not self.occupied.overlaps(span)
                and not _is_author(text, name, span[1]) and not self._not_data_here(name, span)):
            self.found.append(span)
            self.occupied.add(span)

    def _not_data_here(self, name: str, span: Span) -> bool:
        """The context says the name is not data's: a heading, a category label, software, a machine,
        a school subject, a URL, a website, a version phrase, a group label."""
        text, (start, end) = self.text, span
        return bool(_in_capitals_heading(text, start)
                    or (re.fullmatch(r"[A-Z][a-z]+", name) and cue.CATEGORY_LABEL.match(text, end))
                    or _IN_BRACES.search(text, max(0, start - 40), start)
                    or _SOFTWARE_BEFORE.search(text, max(0, start - 80), start) or _MACHINE.search(name)
                    or (all(w in cue.SUBJECTS for w in name.casefold().split()) and not _CITED_NEXT.match(text, end))
                    or _in_url(text, start, end) or cue.HARDWARE_NEXT.match(text, end) or cue.WEBSITE_NEXT.match(text, end)
                    or cue.SOFTWARE_NEXT.match(text, end) or _kind_of_data(text, start, end)
                    or cue.VERSION_OF.match(text, end) or _group_label(text, span, self.group_colons, self.ordered_starts))


def _pattern_hits(text: str, taken: Sequence[Candidate], sentence_starts: set[int],
                  list_starts: Iterable[tuple[int, bool]]) -> list[Candidate]:
    gate = _NameGate(text, taken, sentence_starts)
    for m in cue.HEAD_NOUN_PHRASE.finditer(text):  # first: the list cues below would take its first word alone
        words = m["words"].split()
        first = m["first"].casefold()
        if (first not in cue.SOFT_STOP and (_is_name(m["first"], False) or first in cue.SITES or first in cue.ORGANISATIONS)
                and not any(w in cue.STOP or w in cue.GENERIC or w in cue.SOFT_STOP or w in _UNNAMED_KIND for w in words)):
            gate.accept(m.span("name"), at_sentence_start=False)
    after_catalog = [(sep.end(), True) for _, e, entry in taken if entry and (sep := cue.LIST_SEP.match(text, e))]
    _walk_lists(text, [*list_starts, *after_catalog], {s: e for s, e, _ in taken}, gate)  # a list goes on past catalog names
    for m in cue.HEAD_NOUN.finditer(text):
        gate.accept(m.span("name" if m["name"] else "name2"))
    for m in cue.DESCRIBED.finditer(text):  # a description opens its sentence: "X is a dataset of ..."
        if m.start() in sentence_starts and _is_name(m["name"], False):
            gate.accept(m.span("name"), at_sentence_start=False)
    _defined_after_colon(text, gate)
    for m in cue.HEAD_NOUN_LIST.finditer(text):
        for name in _NAME_AT.finditer(text, m.start("names"), m.end("names")):
            gate.accept(name.span())
    _cited_in_parentheses(text, gate)
    catalog_occupied = cue.SpanSet([(s, e) for s, e, _ in taken])
    for m in cue.TASK_PAREN.finditer(text):
        for span in _task_paren_names(text, m, catalog_occupied):
            gate.accept(span)
    for m in cue.APPOSITION.finditer(text):
        gate.accept(m.span(next(g for g in ("name", "name2", "name3", "name4", "name5", "name6", "name7", "name8")
                                if m.group(g))))
    for m in cue.NAMED_RESULT.finditer(text):
        gate.accept(m.span(cast(str, m.lastgroup)), at_sentence_start=False)
    return [(s, e, None) for s, e in gate.found]


def _walk_lists(text: str, list_starts: Sequence[tuple[int, bool]], starts: dict[int, int], gate: _NameGate) -> None:
    """Read the names of each list from where a cue opens it ("MMLU, RACE and FEVER"); ``starts``:
    the catalog names' ends by their starts. A strict list takes no plain phrase."""
    walked: dict[int, bool] = {}  # item start -> walked strictly: a list is walked once, not once per start in it
    short_lists: dict[int, bool] = {}  # for ``_catalog_ahead``
    for pos, strict in sorted(dict(sorted(list_starts, key=lambda t: not t[1])).items()):  # lax cue wins
        after_a_name = False  # a lower-case id is read only after a name in the same list
        while True:
            if pos in walked and (strict or not walked[pos]):
                break
            walked[pos] = strict
            if pos not in starts and (article := _ARTICLE.match(text, pos)):
                pos = article.end()
            if pos in starts:
                pos = starts[pos]
            elif (m := _NAME_AT.match(text, pos)) and _is_name(m.group(), False):
                if not (strict and cue.plain_phrase(m.group())):
                    gate.accept(m.span())
                pos = m.end()
            elif ((m := _SHORT_NAME.match(text, pos)) and m.group().casefold() not in _NOT_SHORT_NAMES
                  and _catalog_ahead(text, m.end(), starts, short_lists)):
                gate.accept(m.span(), short=True)  # "on MR, CR, SUBJ and MPQA": short names in a list of catalog ones
                pos = m.end()
            elif ((m := _LOWER_ID.match(text, pos)) and after_a_name and _ITEM_ENDS.match(text, m.end())
                   and not cue.ADJECTIVE_SUFFIX.search(m.group()) and m.group() not in _LOWER_PHRASES):
                gate.accept(m.span(), short=True)  # "..., RCTW, synthdog-en and pdfa-eng-wds": a lower-case id in a list
                pos = m.end()
            else:
                break
            after_a_name = True
            if not (sep := cue.LIST_SEP.match(text, pos)):
                break
            pos = sep.end()


def _defined_after_colon(text: str, gate: _NameGate) -> None:
    """"The benchmarks are as follows. Atari 200M: 55 Atari games with ...": a name defined after a colon
    at a sentence's start, in a paragraph that announced its datasets."""
    announced = [m.end() for m in cue.DATA_ANNOUNCED.finditer(text)]
    paragraph_starts = [0, *(m.end() for m in _BLANK_LINE.finditer(text))]
    for start in gate.ordered_starts:
        if ((m := cue.DEFINED_AFTER_COLON.match(text, start)) and _is_name(m["name"], True)
                and not _PART_OF_NAMED.match(text, m.end())):  # "Proprio Control Suite: 18 tasks from the DMC"
            i = bisect_right(announced, start) - 1
            if i >= 0 and announced[i] >= paragraph_starts[bisect_right(paragraph_starts, start) - 1]:
                gate.accept(m.span("name"), at_sentence_start=False)


def _cited_in_parentheses(text: str, gate: _NameGate) -> None:
    """"datasets obtained through crowd-sourcing (OASST1 [31], HH-RLHF [4])": cited names in parentheses,
    in a sentence that names datasets before them."""
    for m in _CITED_PAREN_LIST.finditer(text):
        window = max(0, m.start() - 300)  # bounded: a text of thousands of such lists stays linear
        sentence_start = max(text.rfind(". ", window, m.start()), text.rfind("\n", window, m.start()), window)
        if _DATA_NOUN_BEFORE.search(text, sentence_start, m.start()):
            for item in _CITED_ITEM.finditer(text, m.start() + 1, m.end() - 1):
                gate.accept(item.span("name"), short=item["name"][:1].islower())


# "(Alpaca [55], self-instruct [59], unnatural-instructions [26])": names each cited, listed in parentheses
_CITED_ITEM = re.compile(r"(?P<name>[A-Z0-9][\w.+-]*(?:\s[A-Z0-9v][\w.+-]*){0,3}|[a-z]+(?:-[a-z]+)+)\s*\[\d+(?:[,\s–-]+\d+)*\]")
_CITED_PAREN_LIST = re.compile(r"\((?:" + _CITED_ITEM.pattern.replace("?P<name>", "?:") + r"(?:\s*,\s*|\s+and\s+|\s*\)))+")
_DATA_NOUN_BEFORE = re.compile(r"\b(?:datasets|corpora|data\s+sources)\b", re.IGNORECASE)
# "synthdog-en", "pdfa-eng-wds": a lower-case, hyphenated dataset id, ending its list item
_LOWER_ID = re.compile(r"(?!(?:test|train|dev|val|valid|eval)-)[a-z][a-z0-9]{2,}(?:-[a-z0-9]+){1,3}(?![\w-])")
_ITEM_ENDS = re.compile(r"\s*(?:[,;:.)]|and\b|or\b|$)")
_LOWER_PHRASES = frozenset("state-of-the-art zero-shot few-shot one-shot in-context multi-turn open-source "
                           "large-scale small-scale long-form short-form real-world fine-tuning pre-training".split())
# task acronyms and language codes in a list ("QA, MT and GLUE", "EN, DE and XNLI") are not datasets
_NOT_SHORT_NAMES = cue.SOFT_STOP | frozenset("en de fr es zh ja ko ru ar it pt nl hi vi id tr pl sv".split())
_SHORT_NAME = re.compile(r"[A-Z]{2}(?![\w-])")


def _catalog_ahead(text: str, pos: int, starts: dict[int, int], known: dict[int, bool]) -> bool:
    """Whether the list going on at ``pos`` reaches a catalog name through short names only (``known``:
    the answers so far, so that a list of thousands of short names is walked once)."""
    walked = []
    answer = False
    while pos not in known and (sep := cue.LIST_SEP.match(text, pos)) is not None:
        walked.append(pos)
        if sep.end() in starts:
            answer = True
            break
        if not (short := _SHORT_NAME.match(text, sep.end())):
            break
        pos = short.end()
    else:
        answer = known.get(pos, False)
    known.update(dict.fromkeys(walked, answer))
    return answer


def _named_again(text: str, hits: Sequence[Candidate], patterned: Sequence[Candidate]) -> list[Candidate]:
    """Later and earlier occurrences of a name found by pattern, written the same way ("We evaluate
    on the WMT En→Fr dataset ... On WMT En→Fr, the training set contains 36M sentence pairs"): the
    text has named a dataset, and every mention of it is read for its role; not where it names a
    model ("Koala 13B", "Vicuna is a chat model"), hardware, software or an author."""
    names = sorted({text[s:e] for s, e, _ in patterned}, key=len, reverse=True)
    if not names:
        return []
    taken = cue.SpanSet([(s, e) for s, e, _ in (*hits, *patterned)])
    again: list[Candidate] = []
    anywhere = re.compile(r"(?<![\w+-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w+]|[-/.][^\W_])")
    for m in anywhere.finditer(text):
        s, e = m.span()
        if (taken.overlaps((s, e)) or cue.MODEL_NEXT.match(text, e) or _IS_A_MODEL.match(text, e)
                or cue.HARDWARE_NEXT.match(text, e) or cue.SOFTWARE_NEXT.match(text, e)
                or _is_author(text, m.group(), e) or _in_url(text, s, e)):
            continue
        taken.add((s, e))
        again.append((s, e, None))
    return again


# "Vicuna is a chat model", "Koala, an open chatbot": a name said to be a model.
_IS_A_MODEL = re.compile(r"(?:\s+(?:is|was)|\s*,)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:model|LLM|LM|chatbot|assistant|network|system)\b")


def _task_paren_names(text: str, m: re.Match[str], catalog_names: cue.SpanSet) -> list[Span]:
    """Names in "sentiment (Amazon Polarity, IMDB, Yelp)" or "NLI (ANLI R1, R2, CB)": a list of
    names and nothing else; one item alone only after a task word; not after "models"."""
    if cue.MODELS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return []
    items = list(_NAME_AT.finditer(text, m.start("names"), m.end("names")))
    if not re.fullmatch(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*(?:test|dev|val|valid|train)(?:-\w+)?)*",
                        _NAME_AT.sub("", m.group("names"))):  # "(AMI, LibriSpeech test-clean and test-other)"
        return []
    names, others = [], 0
    for item in items:  # a catalog name, a round, or a word that is not a name ("Adam") is skipped
        if _is_name(item.group(), False) and not catalog_names.overlaps(item.span()):
            names.append(item)
        else:
            others += 1
    if all(cue.plain_phrase(n.group()) for n in names) and not others:  # "(Exact Match)"
        return []
    if len(items) == 1 and not cue.TASK_WORD.search(text, max(0, m.start() - 30), m.start()):
        return []
    return [n.span() for n in names]


# --- contexts that cancel a mention ---------------------------------------------------------

def _in_url(text: str, start: int, end: int) -> bool:
    left = text.rfind(" ", 0, start) + 1
    right = len(text) if (r := text.find(" ", end)) < 0 else r
    return bool(cue.URL_TOKEN.search(text[left:right]))


# "TC-Eval, our Traditional Mandarin benchmark suite, which includes ...": a suite's members.
_SUITE = re.compile(r",\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,4}?(?:benchmarks?|suites?)\s*,\s*(?:which|that)\s+\w+(?:\s+of)?\s*$",
                    re.IGNORECASE)


def _same_dataset(text: str, one: Candidate, other: Candidate) -> bool:
    """Two mentions of one dataset: the same catalog entry, or the same words."""
    return (one[2] is not None and one[2] == other[2]) or text[one[0]:one[1]] == text[other[0]:other[1]]


def _sentence_of(spans: Sequence[Span], starts: Sequence[int], pos: int, default: Span) -> Span:
    """The sentence of ``spans`` (``starts``: their starts) holding ``pos``, else ``default``."""
    i = bisect_right(starts, pos) - 1
    return spans[i] if i >= 0 and pos < spans[i][1] else default


def _cancelled(text: str, candidates: Sequence[Candidate], cues: Sequence[Cue],
               sentence_spans: Sequence[Span], definitions: Sequence[acronyms.Definition]) -> set[int]:
    """Indices of candidates that are negated, compared against, the source of the dataset
    named just before them or listed as a component of a named corpus, or part of a URL
    (module doc)."""
    # "did not use the Google Landmarks v2 (GLDv2) dataset": an abbreviation reads from its long form
    lead = {d.short_start: d.long_start for d in definitions}
    before = [bool(cue.NEGATED_BEFORE.search(text[max(0, lead.get(s, s) - 60):lead.get(s, s)])
                   or (cue.WITH_BEFORE.search(text[max(0, s - 30):s]) and cue.REMOVED_AFTER.match(text, e)))
              for s, e, _ in candidates]
    after = [bool(cue.NEGATED_AFTER.match(text, e) or cue.NEGATED_LATER.match(text, e)) for _, e, _ in candidates]
    span_starts = [a for a, _ in sentence_spans]
    candidate_starts = [c[0] for c in candidates]  # sorted, as candidates are
    sources = {i for i in range(1, len(candidates))
               if cue.SOURCE_OF_PREVIOUS.fullmatch(text, candidates[i - 1][1], lead.get(candidates[i][0], candidates[i][0]))
               or _TAKEN_FROM.fullmatch(text, candidates[i - 1][1], candidates[i][0])}
    for i in range(1, len(candidates)):  # "the arXiv and GitHub subsets of RedPajama": the whole is the data
        if cue.PARTS_OF.fullmatch(text, candidates[i - 1][1], candidates[i][0]):
            part = i - 1
            sources.add(part)
            while part and _PARTS_JOINED.fullmatch(text, candidates[part - 1][1], candidates[part][0]):
                part -= 1
                sources.add(part)
    sources |= _components(text, candidates, cues, sentence_spans, before)
    listed = [i for i in range(1, len(candidates))
              if cue.LIST_SEP.fullmatch(text, candidates[i - 1][1], candidates[i][0])]
    for i in listed:  # "did not use X or Y": forward; "X and Y were removed": backward
        before[i] = before[i] or before[i - 1]
    for i in reversed(listed):
        after[i - 1] = after[i - 1] or after[i]
    negated = {i for i in range(len(candidates)) if before[i] or after[i]}
    for i in list(negated):  # "We removed all X documents from Y, since X is ...": X again in the sentence
        sentence = _sentence_of(sentence_spans, span_starts, candidates[i][0], (0, 0))
        negated |= {j for j, (s, _, entry) in enumerate(candidates)  # later only: "on X and Y rather than X alone"
                    if candidates[i][0] < s < sentence[1] and entry and entry == candidates[i][2]}
    not_data = _not_data(text, candidates, candidate_starts)
    platforms = {i for i, (s, e, _) in enumerate(candidates) if cue.PLATFORM.match(text[s:e])
                 and (cue.REPOSITORY_NEXT.match(text, e) or cue.REPOSITORY_BEFORE.search(text[max(0, s - 60):s]))}
    gone = {i for i, (s, e, _) in enumerate(candidates)
            if i in negated or i in sources or i in platforms or i in not_data or _in_url(text, s, e)
            or cue.CITATION.match(text, e) or _PORTIONS_NEXT.match(text, e)}
    # "X, a filtered subset of the Google Landmarks v2 (GLDv2) dataset": the abbreviation goes with its name
    return gone | {i + 1 for i in gone if i + 1 < len(candidates) and _OPEN_PAREN.fullmatch(text, candidates[i][1], candidates[i + 1][0])}


def _components(text: str, candidates: Sequence[Candidate], cues: Sequence[Cue], sentence_spans: Sequence[Span],
                negated_before: Sequence[bool]) -> set[int]:
    """Indices of candidates listed as the components or sources of a dataset named before them
    (module doc): "MassiveText, which comprises X, Y", "ColabFoldDB itself aggregates X", "its
    composition: X, Y", "its X and Y subsets"; a benchmark's own tasks are not among them."""
    span_starts = [a for a, _ in sentence_spans]
    candidate_starts = [c[0] for c in candidates]
    sources: set[int] = set()
    for i, (_, e, _) in enumerate(candidates):  # "MassiveText, which comprises X, Y and Z"
        sentence = _sentence_of(sentence_spans, span_starts, e - 1, (0, len(text)))
        region = cue.components(text, e, sentence, cues)
        if not region:
            continue
        if (candidates[i][2] and candidates[i][2].kind == "benchmark") or cue.BENCHMARK_AFTER.match(text, e):
            # "SuperGLUE, which includes BoolQ, CB ...": the tasks are evaluated on themselves; but
            # "WikiText-2 is sourced from curated Wikipedia articles": a corpus is the benchmark's source
            # ("Paloma covers domains such as C4 and Dolma": its sources, whatever they are)
            # ("CV-Bench, which repurposes standard vision datasets — ADE20K, COCO": its sources too)
            domains = (_DOMAINS.search(text, e, region[0]) or _REPURPOSES.search(text, e, region[0])) is not None
            sources |= {j for j, (s, e2, entry) in enumerate(candidates) if region[0] <= s < region[1]
                        and not _same_dataset(text, candidates[j], candidates[i]) and (
                domains or (entry and entry.kind == "corpus" and _DOCUMENTS_NEXT.match(text, e2))
                # "18k email bodies from the Enron corpus" (but "the same pretraining dataset as TAPE, which
                # consists of ... sequences from Pfam": Pfam is the data)
                or (not negated_before[i] and _FROM_BEFORE.search(text, max(region[0], s - 12), s)))}
            continue
        k = bisect_left(candidate_starts, e, lo=i + 1)
        if k < len(candidates) and candidate_starts[k] < region[0]:
            continue
        if _SUITE.search(text, e, region[0]):  # "TC-Eval, our benchmark suite, which includes X": evaluated too
            continue
        inside = [j for j in range(bisect_left(candidate_starts, region[0]), bisect_left(candidate_starts, region[1]))
                  if not _same_dataset(text, candidates[j], candidates[i])]  # "Gigaword ... from the Gigaword corpus"
        # "X, consisting of 9963 images ..., and Y, consisting of 1748 images": Y is X's sibling, described alike
        lead = text[e:region[0]].split()[:2]
        sibling = next((k for k, j in enumerate(inside) if _AND_BEFORE.search(text, max(0, candidates[j][0] - 8), candidates[j][0])
                        and (own := cue.components(text, candidates[j][1], sentence, cues))
                        and text[candidates[j][1]:own[0]].split()[:2] == lead), None)
        inside = inside[:sibling]
        between = re.sub(r"\([^()]*\)", "", text[candidates[i - 1][1]:candidates[i][0]]) if i else ""
        if i and cue.LIST_SEP.fullmatch(between):  # "..., CC-News, which we collected from X, OpenWebText":
            inside = inside[:1]  # a corpus in a list has one source; the list goes on with its siblings
        sources |= set(inside)
    known = {text[s:e] for s, e, _ in candidates}
    for start, end in sentence_spans:  # "... and ColabFoldDB. ColabFoldDB itself aggregates X and Y."
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        lead = first + 4 if text.startswith("The ", first) else first  # "The SlimPajama data mixture is ..."
        for name in (n for n in known if text.startswith(n, lead)):
            entry = resolve_dataset(name)
            if (entry and entry.kind == "benchmark") or cue.BENCHMARK_AFTER.match(text, lead + len(name)):
                continue  # "SuperGLUE includes BoolQ and CB": tasks evaluated on themselves
            if region := cue.components(text, lead + len(name), (start, end), cues):
                sources |= {j for j, (s, e, e_entry) in enumerate(candidates) if region[0] <= s < region[1]
                            and not (text[s:e] == name or (entry and e_entry == entry))}
    for listed in cue.PARTS_LISTED.finditer(text):  # "Table 1 summarizes its composition: X, Y, ..."
        owner = next((c for c in reversed(candidates) if c[1] <= listed.start()), None)  # a corpus named before
        if owner is None or (owner[2] and owner[2].kind == "benchmark"):
            continue  # "SuperGLUE, and its components are BoolQ, CB": a benchmark's tasks are evaluated
        sentence = _sentence_of(sentence_spans, span_starts, listed.start(), (0, len(text)))
        # to the clause's end (the sentence's, for a list after a colon: "three parts: X; Y; and Z") or the next role cue
        end = min([sentence[1] if listed.group().endswith(":") else cue.clause(text, sentence, listed.end())[1],
                   *(c.start for c in cues if not c.weak and c.kind != "bench" and c.start >= listed.end())])
        sources |= {i for i, (s, _, _) in enumerate(candidates) if listed.end() <= s < end}
    for parts in cue.ITS_PARTS.finditer(text):  # "breaks the mixture down into its arXiv, C4 and Wikipedia subsets"
        sources |= {i for i, (s, e, _) in enumerate(candidates) if parts.start("parts") <= s and e <= parts.end("parts")}
    for aside in cue.PARTS_ASIDE.finditer(text):
        if any(cue.LIST_SEP.fullmatch(text, e, aside.start()) or not text[e:aside.start()].strip()
               or re.fullmatch(r"\s+(?:dataset|corpus|collection)", text[e:aside.start()]) for _, e, _ in candidates):
            sources |= {i for i, (s, _, _) in enumerate(candidates) if aside.start() < s < aside.end()}
    return sources


def _not_data(text: str, candidates: Sequence[Candidate], candidate_starts: Sequence[int]) -> set[int]:
    """Indices of names listed after a noun for things that are not data ("high-level metrics
    (Inception, CLIP, SwAV)", "two setups: Base and Instruct"): a closed parenthesis in its sentence,
    else the list that starts right after the noun."""
    not_data: set[int] = set()
    for intro in cue.NOT_DATA_LIST.finditer(text):  # "high-level metrics (Inception, CLIP, SwAV)"
        i = bisect_left(candidate_starts, intro.end())
        close = text.find(")", intro.end(), intro.end() + 200) if "(" in intro.group() else -1  # an unclosed one: none
        if close >= 0 and "(" not in text[intro.end():close] and ". " not in text[intro.end():close]:
            # the whole parenthesis: "(Inception, CLIP, EffNet-B, SwAV)"
            not_data |= set(range(i, bisect_left(candidate_starts, close)))
        elif i < len(candidates) and candidate_starts[i] == intro.end():
            not_data.add(i)
            while i + 1 < len(candidates) and cue.LIST_SEP.fullmatch(text, candidates[i][1], candidates[i + 1][0]):
                i += 1
                not_data.add(i)
    return not_data


def _drawn_on(text: str, candidates: Sequence[Candidate], sentences: Sequence[tuple[int, int, bool]],
              cues: Sequence[Cue]) -> tuple[set[int], set[int]]:
    """Indices of candidates a paragraph built the dataset it then names from ("collect problems from
    NumGLUE, AddSub ... yielding the Orca-Math-200K dataset", ``cue.NAMED_RESULT``), and the starts of
    the names given to the built data. A source sentence draws on data ("from", "mix of", "collect")
    and has no strong role cue of its own; it lies after the paragraph's previous naming."""
    starts = {s for s, _, _ in candidates}
    candidate_starts = [s for s, _, _ in candidates]
    strong = [c.start for c in cues if not c.weak and c.kind != "bench"]
    gone: set[int] = set()
    named: set[int] = set()
    paragraph_starts = [s for s, _, new in sentences if new]
    sentence_starts = [s for s, _, _ in sentences]
    since = -1  # end of the previous naming: a source lies after it
    for m in cue.NAMED_RESULT.finditer(text):
        name_start, name_end = m.span(cast(str, m.lastgroup))
        if name_start not in starts:
            continue
        named.add(name_start)
        paragraph = paragraph_starts[bisect_right(paragraph_starts, m.start()) - 1] if paragraph_starts else 0
        first = bisect_left(sentence_starts, max(paragraph, since))
        for s_start, s_end, _ in sentences[first:bisect_right(sentence_starts, m.start())]:
            stop = min(s_end, m.start())
            if not cue.DRAWN_FROM.search(text, s_start, stop) or bisect_left(strong, s_start) < bisect_left(strong, stop):
                continue
            gone |= {i for i in range(bisect_left(candidate_starts, s_start), bisect_left(candidate_starts, stop))
                     if candidates[i][0] not in named and text[candidates[i][0]:candidates[i][1]] != text[name_start:name_end]}
        if m.lastgroup == "name6":  # "we build X, a corpus. Papers: we collect ... from Y": its sources follow it
            i = bisect_right(sentence_starts, m.start())
            while i < len(sentences) and not sentences[i][2]:
                s_start, s_end, _ = sentences[i]
                if bisect_left(strong, s_start) < bisect_left(strong, s_end):
                    break  # "We then train the base model on X": the building is over
                if cue.DRAWN_FROM.search(text, s_start, s_end):
                    gone |= set(range(bisect_left(candidate_starts, s_start), bisect_left(candidate_starts, s_end)))
                i += 1
        since = m.end()
    return gone, named


_PERSON = re.compile(r"\b(?:we|our|us|they|their|i)\b", re.IGNORECASE)
# "We fine-tune and evaluate ONE-PEACE on a wide range of tasks", "We fine-tuned and evaluated GatorTron on"
_FINE_TUNE_AND_EVALUATE = re.compile(r"\bfine-?tun(?:e|ed)\s+and\s+evaluat(?:e|ed)\b", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r",\s+(?:where|which)\b|\boutperform|\bcompar", re.IGNORECASE)
_DOWNSTREAM_HEADING = re.compile(r"\bdownstream\b", re.IGNORECASE)
_STAGE = re.compile(r"\b(?:stages?|phases?)\b", re.IGNORECASE)
_EXPERIMENTS_HEADING = re.compile(r"\b(?:experiments|evaluation|results|downstream\s+tasks|tasks|benchmarks)\s*$", re.IGNORECASE)
# "We de-duplicated WebLI against the test splits", "we decontaminate Dolma against Paloma", "remove ... near-duplicates
# of the evaluation sets from JFT-3B": the corpus cleaned
_CLEANED = re.compile(r"\b(?:de-?duplicat\w*|decontaminat\w*|(?:remov\w*|exclud\w*|filter\w*)\b[^.;]{0,80}?\bfrom)\s+(?:the\s+)?(?:full\s+)?$",
                      re.IGNORECASE)
_CLEANED_AGAINST = re.compile(r"(?:\s+(?:dataset|corpus|data))?\s+against\b")
# "5.2. Downstream Tasks/Datasets" on a line of its own: a heading.
# "1 Billion Word Language Modeling Benchmark.": a title, each word capitalized, opening a paragraph.
_DOCUMENTS_NEXT = re.compile(r"\s+(?:articles|text|pages|documents|paragraphs|dumps?|abstracts|papers|posts|repositories)\b")
_COMPARED_TO = re.compile(r"\b(?:to|from|with|against|in)\s+the\s+$")
_TRAINING_NOUN = re.compile(r"training\s+(?:data|set|split|corpus|corpora|examples)", re.IGNORECASE)
_DOMAINS = re.compile(r"\b(?:domains|sources)\b")
_REPURPOSES = re.compile(r"\brepurpos(?:es|ed|ing)\b")
# "HealthSearchQA, LiveQA and MedicationQA from MultiMedQA", "YNAT and KLUE-STS, taken from the KLUE benchmark":
# the collection the datasets just named come from
_TAKEN_FROM = re.compile(r"(?:\s*\([^()]{1,60}\))?,?\s+(?:(?:taken|drawn|sampled|selected|derived)\s+)?from\s+(?:the\s+)?")
# "WER on both the Switchboard and Call Home portions" (of Hub5): parts of a test set named before
_PORTIONS_NEXT = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})?\s+portions?\b(?!\s+of\b)")
_AND_BEFORE = re.compile(r",?\s+and\s+(?:the\s+)?$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_PARTS_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|/)")  # "the X, Y and Z portions of"
_DATASETS_COLON = re.compile(r"datasets\s*:")
_TITLE = re.compile(r"(?:[A-Z0-9][\w'’-]*|of|and|for|on|the|in|to|with)(?:\s+(?:[A-Z0-9][\w'’-]*|of|and|for|on|the|in|to|with)){0,9}\.")
# "Fine-tuning tasks and data sets.": a run-in heading in sentence case, with no verb or person in it
_SENTENCE_CASE_HEADING = re.compile(r"(?!.*\b(?i:is|are|was|were|be|been|has|have|had|we|our|it|its|they|this|these|can|will|use[sd]?"
                                    r"|using|follow\w*|contains?|consists?|includes?)\b)[A-Z][\w-]*(?:\s+[\w-]+){1,5}\.")
_HEADING_LINE = re.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^.:;!?\n]{0,60}")


def _list_ends(text: str, in_sentence: Sequence[Candidate]) -> list[int]:
    """For each name of a sentence, the index of the last name of the list it belongs to."""
    ends = list(range(len(in_sentence)))
    for k in range(len(in_sentence) - 2, -1, -1):
        if cue.LIST_SEP.fullmatch(text, in_sentence[k][1], in_sentence[k + 1][0]):
            ends[k] = ends[k + 1]
    return ends


def _evaluated_too(text: str, in_sentence: Sequence[Candidate], starts: Sequence[int], last: int,
                   sentence_end: int, split_only: bool = False) -> bool:
    """"We fine-tune on X and Y and report accuracy on their test sets": the evaluation after the
    list ending with name ``last`` (rule in the module doc) names no dataset before the end of its clause.
    ``split_only``: it must name a split ("We train on X and report accuracy on the validation set"),
    as "We pre-train on C4 and evaluate on downstream tasks" does not evaluate on C4."""
    m = cue.EVALUATED_TOO.match(text, in_sentence[last][1], sentence_end)
    if not m:
        return False
    stop = cue.CLAUSE_PUNCTUATION.search(text, m.end(), sentence_end)
    own_end = stop.start() if stop else sentence_end
    i = bisect_left(starts, m.end())
    if i < len(starts) and starts[i] < own_end:
        return False
    return not split_only or cue.UNNAMED_SPLIT.search(text, m.end(), own_end) is not None


def _fine_tuned_back(text: str, sentences: Sequence[tuple[int, int, bool]], candidate_starts: Sequence[int]) -> list[Span]:
    """Sentences whose evaluated datasets a later or nearby fine-tuning refers to: "We evaluate on
    X and Y. We fine-tune on the official training split and report ..." (the paragraph before a
    sentence that fine-tunes "on the training split" / "on them" and names nothing itself); "We evaluate
    on retrieval, with and without finetuning. Two benchmarks are considered: X, Y" (that
    sentence and the next)."""
    spans: list[Span] = []
    for i, (start, end, _) in enumerate(sentences):
        m = cue.FINE_TUNED_ON_THEM.search(text, start, end)
        if not m:
            continue
        if m["both"]:
            spans.append((start, end))
            if i + 1 < len(sentences) and not sentences[i + 1][2]:
                spans.append(sentences[i + 1][:2])
        elif not sentences[i][2] and bisect_left(candidate_starts, start) == bisect_left(candidate_starts, end):
            first = i  # back to the paragraph's first sentence
            while first and not sentences[first][2]:
                first -= 1
            spans.append((sentences[first][0], start))
    return spans


def _evaluates_by_fine_tuning(text: str, start: int, sentence: Span, local: Sequence[Cue], starts: Sequence[int]) -> bool:
    """"We evaluate on transfer tasks by fine-tuning on X", "evaluate ... in linear evaluation and
    fine-tuning settings across X": an evaluation cue before the fine-tuning cue that governs the
    name, in its clause, with no other name between them."""
    lo, _ = cue.clause(text, sentence, start)
    before = [c for c in local if lo <= c.start and c.end <= start and not c.aside and not c.weak]
    tuning = next((c for c in reversed(before) if c.kind == "finetuning"), None)
    if tuning is None or any(c.start > tuning.end for c in before):
        return False
    evaluation = next((c for c in before if c.kind == "evaluation" and c.end <= tuning.start
                       and text[c.start:c.end].islower()), None)  # not a heading's "Training and Evaluation"
    return evaluation is not None and not any(evaluation.end <= s < tuning.start for s in starts)


# "Google Landmarks v2 (GLDv2)", "VoxPopuli (VP-400K; Wang et al., 2021a)": a short name restated
# in parentheses right after the name, before any citation.
_RESTATED = re.compile(r"(?:\s+(?:dataset|corpus|benchmark))?\s*\((?P<short>(?:[A-Z][\w+.-]*|[a-z]+[A-Z][\w+.-]*)(?: [A-Z0-9][\w+.-]*)?)(?:[;,][^()]*)?\)")


_NOT_ALSO_CALLED = re.compile(r"(?:Table|Tab|Fig|Figure|Sec|Section|Appendix|App|Eq|Equation|Algorithm|Alg)\b\.?.*",
                              re.IGNORECASE)


def _also_called(text: str, end: int, name: str) -> str | None:
    """The short name restated after ``name``: "(GLDv2)", "(VP-400K; Wang et al.)"; not a
    citation "(Devlin, 2019)", a pointer "(Table 3)", a licence or an organisation."""
    m = _RESTATED.match(text, end)
    short = m["short"] if m else ""
    if (not m or sum(c.isupper() or c.isdigit() for c in short) < 2 or len(short) > 20 or short == name
            or _NOT_ALSO_CALLED.fullmatch(short) or cue.NOT_A_NAME.fullmatch(short)
            or short.casefold() in cue.STOP or re.match(r"\s*,\s*(?:19|20)\d\d", text[m.end("short"):])):
        return None
    return short


_KIND_NOUN_NEXT = re.compile(r"\s+(?P<noun>(?i:" + cue.KIND_NOUN + r"|test\s?set|evaluation\s+set))\b")
# "OpenSubtitles 2018", "RedPajama v1", "AlpacaEval 1.0": a year or version after a catalog name.
_VERSION_NEXT = re.compile(r"[ -](?P<version>v\d+(?:\.\d+)*|\d+\.\d+|(?:19|20)\d\d)\b(?![.,]\d)"
                           r"(?!\s*(?:[kKMBT]\b|thousand|million|billion|trillion|%))")  # not "Wikipedia 2.5 billion words"


def is_versioned(name: str, surface: str) -> bool:
    """Whether ``name`` is ``surface`` with a year or version after it ("OpenSubtitles 2018").

    >>> is_versioned("OpenSubtitles 2018", "OpenSubtitles"), is_versioned("Kinetics-400", "Kinetics")
    (True, False)
    """
    return name.startswith(surface) and bool(_VERSION_NEXT.fullmatch(name, len(surface)))


def _with_version(text: str, end: int, name: str) -> str | None:
    """"OpenSubtitles 2018", "RedPajama v1": a catalog dataset written with its year or version is
    also called by that longer name (the catalog entry stays the dataset)."""
    m = _VERSION_NEXT.match(text, end)
    return f"{name}{m.group()}" if m else None


def _with_kind_noun(text: str, end: int, name: str) -> str | None:
    """"the Modu corpus", "the Imagen dataset": a name found by pattern is also called with its
    kind noun, as papers and readers often cite it ("Modu corpus")."""
    m = _KIND_NOUN_NEXT.match(text, end)
    return f"{name} {m['noun']}" if m else None


# A kind noun written in lower case after a long form is not part of the name:
# "the Microsoft Paraphrase corpus (MRPC)".
_TRAILING_KIND = re.compile(r"\s+" + cue.KIND_NOUN + "$")


_NAME_WORD = re.compile(r"[^\W_]+")


def _names_same_dataset(long: str, entry: DatasetEntry) -> bool:
    """Whether a defined long form can be this catalog dataset: it shares a word with one of the
    entry's long names, or the entry has no long name to compare ("Singular Value Thresholding
    (SVT)" is not Street View Text; "Google Landmarks v2 (GLDv2)" is Google Landmarks Dataset v2)."""
    names = [n for n in (entry.name, *entry.aliases) if len(n.split()) > 1]
    if not names:
        return True
    words = {w.casefold() for w in _NAME_WORD.findall(long) if len(w) > 2}
    return any(words & {w.casefold() for w in _NAME_WORD.findall(n)} for n in names)


def _with_definitions(text: str, candidates: list[Candidate], definitions: Sequence[acronyms.Definition]
                      ) -> tuple[list[Candidate], dict[int, tuple[str, str | None]]]:
    """Candidates after the abbreviations the text defines (``loader/acronyms.py``) are applied,
    and, by candidate start, the name and abbreviation to report where they differ from the text.

    "the ReAding Comprehension from Examinations (RACE) dataset": RACE is in the catalog, so the
    pattern name "ReAding Comprehension" is the same dataset and goes. "our Multi-Turn Programming
    Benchmark (MTPB)": the pattern name grows to the whole long form, keeps MTPB as its
    abbreviation, and a later "on MTPB" is that dataset too. "maximum likelihood estimation
    (MLE)": a lower-case long form defines a term, so a pattern name "MLE" goes. Only a long form
    written as a name counts ("evaluate on X Benchmark (EXB)" does not swallow "evaluate on").
    """
    by_start = {c[0]: c for c in candidates}
    dropped: set[int] = set()
    renamed: dict[int, tuple[str, str | None]] = {}
    grown: dict[int, Candidate] = {}
    later: dict[str, tuple[str | None, DatasetEntry | None]] = {}  # abbreviation -> (name, entry)
    for d in definitions:
        inside = [c for c in candidates if d.long_start <= c[0] and c[1] <= d.long_end]
        in_parens = by_start.get(d.short_start)
        if not inside:
            if in_parens and in_parens[2] is None and not any(ch.isupper() for ch in d.long):
                dropped.add(in_parens[0])  # "click-through rate prediction (CTR)": a term, not a dataset
            continue
        if not acronyms.is_proper(d.long):
            continue
        raw = _TRAILING_KIND.sub("", text[d.long_start:d.long_end])
        long = " ".join(raw.split())
        short_entry = (in_parens[2] if in_parens else None) or resolve_dataset(d.short)
        entries = {c[2] for c in inside if c[2]}
        patterns = [c for c in inside if c[2] is None]
        if short_entry:
            if entries - {short_entry} or not _names_same_dataset(long, short_entry):
                continue
            dropped |= {c[0] for c in patterns}
            if patterns and in_parens:  # "the Google Landmarks v2 (GLDv2) dataset": the text's own long name
                renamed[in_parens[0]] = (short_entry.name, long)
            if patterns and not in_parens:  # the catalog did not read the abbreviation here: the long form is it
                dropped.discard(patterns[0][0])
                grown[patterns[0][0]] = (d.long_start, d.long_start + len(raw), short_entry)
        elif entries:
            only = inside[0]  # "Common Crawl (CC)": only where the catalog name is the whole long form
            if len(inside) == 1 and only[0] == d.long_start and only[1] >= d.long_start + len(raw):
                later[d.short] = (None, only[2])
                if in_parens:
                    dropped.add(in_parens[0])
        else:
            first = inside[0][0]
            dropped |= {c[0] for c in inside[1:]}
            grown[first] = (d.long_start, d.long_start + len(raw), None)
            renamed[d.long_start] = (long, d.short)
            later[d.short] = (long, None)
            if in_parens:
                dropped.add(in_parens[0])
    result: list[Candidate] = []
    for c in candidates:
        if c[0] in dropped:
            continue
        c = grown.get(c[0], c)
        if c[2] is None and c[0] not in renamed and (known := later.get(text[c[0]:c[1]])):
            name, entry = known
            if entry:
                c = (c[0], c[1], entry)
                renamed[c[0]] = (entry.name, text[c[0]:c[1]])
            elif name:
                renamed[c[0]] = (name, text[c[0]:c[1]])
        result.append(c)
    return sorted(result, key=lambda c: c[0]), renamed


@dataclass(frozen=True)
class _Sentence:
    """One sentence of the masked text and what its mentions' roles are read from."""

    span: Span
    new_paragraph: bool
    titled: bool  # a heading or a title line
    cues: Sequence[Cue]  # the sentence's cues
    roles: Sequence[str]  # their resolved roles
    carried: str | None  # the role passed on from the sentences before
    candidates: Sequence[Candidate]  # the sentence's names, in text order
    list_ends: Sequence[int]
    transfer: bool
    tuning_section: bool
    # where "We fine-tune and evaluate X on six tasks" was said, in this sentence or earlier in the paragraph
    tuned_and_evaluated: int | None
    # searched once per sentence, not once per name (a sentence may name thousands)
    amount: bool  # ``cue.DATA_AMOUNT``
    leak: bool  # ``cue.LEAKAGE``
    as_is: bool  # ``cue.EVALUATED_AS_IS``
    amount_from: bool  # ``cue.AMOUNT_FROM``

    @cached_property
    def cue_starts(self) -> list[int]:
        return [c.start for c in self.cues]

    @cached_property
    def starts(self) -> list[int]:  # of the names: once per sentence, not once per name
        return [c[0] for c in self.candidates]


def _mention_roles(text: str, sentence: _Sentence, k: int, cues: Sequence[Cue], cue_starts: Sequence[int],
                   default: str) -> list[str]:
    """The roles of the ``k``-th name of ``sentence`` (module doc, "Role")."""
    (s_start, s_end), local = sentence.span, sentence.cues
    start, end, _ = sentence.candidates[k]
    starts = sentence.starts
    found = cue.roles_of(text, start, end, sentence.span, local, sentence.roles, sentence.carried, sentence.cue_starts)
    if not found and sentence.titled and sentence.new_paragraph:
        found = _paragraph_role(text, s_end, cues, cue_starts, default)  # "WMT'16 English-Romanian. We use ..."
    if not found and cue.USED_BEFORE.search(text, max(s_start, start - 80), start):  # rule 7
        found = _paragraph_role(text, s_end, cues, cue_starts, default) or [default]
    if not found and sentence.amount_from and cue.AMOUNT_FROM.search(text, max(s_start, start - 80), start):
        found = [default]  # "This study used ..., including 6.1 billion words from PubMed": drawn on, with no verb to say how
    if sentence.amount and (not found or (found == ["evaluation"] and not local)):
        # "uses X, Y and Z (38k hours)"; "we built WebText, ... yielding 8 million documents" after a sentence
        # that trained and evaluated: an amount of data built or used, not an evaluation carried on
        found = [default]
    if found and "evaluation" not in found and cue.HELD_FOR_TEST.match(text, end, s_end):
        found = [*found, "evaluation"]  # "..., of which the last day is used for test"
    if text[end:end + 1] in ("-", " ") and cue.PRETRAINED_ON_IT.match(text, end + 1):
        found = ["pretraining"]  # "an ImageNet-pretrained ResNet", "the ImageNet pre-trained ResNet"
    if "finetuning" in found and (_evaluated_too(text, sentence.candidates, starts, sentence.list_ends[k], s_end)
                                  or _evaluates_by_fine_tuning(text, start, sentence.span, local, starts)):
        found = [*found, "evaluation"]
    elif (found == ["pretraining"] and not _MODEL_TRAINED_ON.search(text, max(0, start - 60), start)
          and _evaluated_too(text, sentence.candidates, starts, sentence.list_ends[k], s_end, split_only=True)):
        found = [*found, "evaluation"]
    if found == ["evaluation"] and ((sentence.transfer and not cue.EVALUATED_AS_IS.search(text, *cue.clause(text, sentence.span, start)))
                                    or (sentence.tuning_section and not sentence.as_is)):
        # "transfer learning datasets", or evaluated under a "Supervised fine-tuning" heading:
        # fine-tuned to be evaluated
        found = ["evaluation", "finetuning"]
    elif found == ["finetuning"] and sentence.transfer:  # "We transfer X to segmentation on ADE20k": evaluated too
        found = ["evaluation", "finetuning"]
    elif found in (["evaluation"], ["finetuning"]) and _tuned_and_evaluated(text, sentence, start, end):
        found = ["evaluation", "finetuning"]
    if "evaluation" in found and (_CLEANED.search(text, max(s_start, start - 120), start) or _CLEANED_AGAINST.match(text, end)
                                  ) and sentence.leak:
        found = [r for r in found if r != "evaluation"]  # the corpus cleaned of evaluation data is not evaluated on
    return found


def _tuned_and_evaluated(text: str, sentence: _Sentence, start: int, end: int) -> bool:
    """"We fine-tune and evaluate SpeechT5 on six tasks. ... For TTS, we fine-tune on LibriTTS.": each
    dataset named after it was both, unless its own item says otherwise ("on ESC-50 in the zero-shot
    setting"), a later sentence splits the two itself ("fine-tuned on X and tested on Y"), or, in the
    sentence that says it, the name follows a comparison ("..., where it outperforms RT-1"). Searches run
    once per sentence (``cue.positions``)."""
    said = sentence.tuned_and_evaluated
    if said is None or start < said or _any_within(cue.positions(cue.EVALUATED_AS_IS, text, *sentence.span),
                                                   *_list_item(text, start, end, sentence.span)):
        return False
    if said >= sentence.span[0]:
        return not _any_within(cue.positions(_ASIDE_AFTER, text, *sentence.span), said, start)
    return not ({"evaluation"} < set(sentence.roles) and {"pretraining", "finetuning"} & set(sentence.roles))


def _any_within(positions: Sequence[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _list_item(text: str, start: int, end: int, sentence: Span) -> Span:
    """The stretch of ``sentence`` around the name at ``start:end`` between commas or semicolons."""
    breaks = cue.positions(_ITEM_BREAK, text, *sentence)
    i, j = bisect_left(breaks, start), bisect_left(breaks, end)
    return (breaks[i - 1] + 1 if i else sentence[0]), (breaks[j] if j < len(breaks) else sentence[1])


_ITEM_BREAK = re.compile(r"[,;]")


def _candidates(masked: str) -> tuple[list[Candidate], dict[int, tuple[str, str | None]], set[int],
                                      list[Cue], list[tuple[int, int, bool]]]:
    """The names of ``masked`` that survive the cancelling contexts, with the long forms they define,
    the starts of data named after its sources (``_drawn_on``), the cues and the sentences."""
    sentences = split_sentences(masked)
    sentence_starts = {s + len(masked[s:e]) - len(masked[s:e].lstrip()) for s, e, _ in sentences}
    hits = catalog_hits(masked, sentence_starts)
    cues = cue.find_cues(masked, [(s, e) for s, e, _ in hits])
    sentence_spans = [(s, e) for s, e, _ in sentences]
    lists = cue.list_starts(masked, sentence_spans, cues)
    patterned = _pattern_hits(masked, hits, sentence_starts, lists)
    again = set(_named_again(masked, hits, patterned))
    candidates = sorted([*hits, *patterned, *again], key=lambda c: c[0])
    definitions = acronyms.definitions(masked)
    sources, naming = _drawn_on(masked, candidates, sentences, cues)
    cancelled = _cancelled(masked, candidates, cues, sentence_spans, definitions) | sources
    # a name found again counts only if the text, where the pattern found it, did not rule it out
    kept = {masked[s:e] for i, (s, e, entry) in enumerate(candidates) if i not in cancelled and (s, e, entry) not in again}
    candidates = [c for i, c in enumerate(candidates)
                  if i not in cancelled and (c not in again or masked[c[0]:c[1]] in kept)]
    candidates, defined = _with_definitions(masked, candidates, definitions)
    return _long_form_of_catalog(masked, candidates, defined), defined, naming, cues, sentences


def _long_form_of_catalog(text: str, candidates: list[Candidate], defined: dict[int, tuple[str, str | None]]
                          ) -> list[Candidate]:
    """"the American Invitational Mathematics Examination (AIME 2024)": a pattern name right before a
    catalog name in parentheses is that dataset's long form; the catalog name stays, and the long form
    is recorded as its other name (in ``defined``)."""
    result: list[Candidate] = []
    for i, c in enumerate(candidates):
        after = candidates[i + 1] if i + 1 < len(candidates) else None
        if (c[2] is None and after is not None and after[2] is not None and c[0] not in defined
                and re.fullmatch(r"\s*\(\s*", text[c[1]:after[0]]) and text[after[1]:after[1] + 1] == ")"):
            defined[after[0]] = (after[2].name, " ".join(text[c[0]:c[1]].split()))
            continue
        result.append(c)
    return result


def find_datasets(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[DatasetMention]:
    """Dataset mentions in ``text``: one per (dataset, role), in order of first appearance."""
    masked = _mask(text, exclude)
    candidates, defined, naming, cues, sentences = _candidates(masked)
    cue_starts = [c.start for c in cues]
    candidate_starts = [c[0] for c in candidates]  # sorted, as candidates are
    default = cue.default_training_role(masked, cues, [(s, e) for s, e, _ in sentences])
    found = _Found()
    paragraph = _Paragraph(default)
    for s_start, s_end, new_paragraph in sentences:
        if new_paragraph:
            paragraph = _Paragraph(default)
        local = cues[bisect_right(cue_starts, s_start - 1):bisect_right(cue_starts, s_end - 1)]
        if cue.LEAKAGE.search(masked, s_start, s_end):  # "filtered to remove chains similar to the training set"
            local = [c for c in local if not (c.kind == "train" and _TRAINING_NOUN.fullmatch(masked, c.start, c.end)
                                              and _COMPARED_TO.search(masked, max(0, c.start - 20), c.start))]
        if said := _FINE_TUNE_AND_EVALUATE.search(masked, s_start, s_end):
            paragraph.tuned_and_evaluated = said.start()
        roles = cue.sentence_roles(local, paragraph.carried, paragraph.training_default, paragraph.carried_training)
        if (paragraph.carried is None and local and all(c.kind == "corpus" for c in local)
                and _DATASETS_COLON.match(masked, local[-1].start)):
            # "We consider four popular QA datasets: X, Y. ... and report EM scores.": what follows says
            roles = [r for r in _paragraph_role(masked, s_end, cues, cue_starts, default)[:1] for _ in local] or roles
        line = masked[s_start:s_end].strip()
        titled = _is_title(line, new_paragraph)
        if titled:
            paragraph.read_title(line, roles)
        in_sentence = candidates[bisect_left(candidate_starts, s_start):bisect_left(candidate_starts, s_end)]
        sentence = _sentence_facts(masked, (s_start, s_end), new_paragraph, titled, local, roles, paragraph, in_sentence)
        for k, (start, end, entry) in enumerate(in_sentence):
            named_here = start in naming and not any(not c.weak and c.kind != "bench" for c in local)
            found.record(text, masked, (start, end, entry), defined, named_here,
                         _mention_roles(masked, sentence, k, cues, cue_starts, default))
        if said and in_sentence and in_sentence[0][0] < said.start():
            paragraph.tuned_and_evaluated = None  # "Voice Search, on which the models are fine-tuned and evaluated"
        paragraph.pass_on(masked, sentence)
    mentions = found.mentions()
    _fine_tuned_on_those(masked, mentions, cues)
    _roles_referred_back(masked, mentions, sentences, cues, candidates, defined)
    _split_described(masked, sentences, candidates, defined, mentions, default)
    return found.named(mentions)


def _is_title(line: str, new_paragraph: bool) -> bool:
    """A heading or a title line: a short or title-cased line opening its paragraph, or a heading line."""
    return ((new_paragraph and (len(line.split()) <= 4 or _TITLE.fullmatch(line) is not None
                                or _SENTENCE_CASE_HEADING.fullmatch(line) is not None))
            or _HEADING_LINE.fullmatch(line) is not None)


def _sentence_facts(masked: str, span: Span, new_paragraph: bool, titled: bool, local: Sequence[Cue],
                    roles: Sequence[str], paragraph: _Paragraph, in_sentence: Sequence[Candidate]) -> _Sentence:
    """What a sentence's mentions read their roles from; the sentence-wide searches run only where it
    names a dataset."""
    def has(regex: re.Pattern[str]) -> bool:
        return bool(in_sentence) and regex.search(masked, *span) is not None

    return _Sentence(span, new_paragraph, titled, local, roles, paragraph.carried, in_sentence,
                     _list_ends(masked, in_sentence), has(cue.TRANSFER), paragraph.tuning_section,
                     paragraph.tuned_and_evaluated, has(cue.DATA_AMOUNT), has(cue.LEAKAGE), has(cue.EVALUATED_AS_IS),
                     has(cue.AMOUNT_FROM))


@dataclass
class _Paragraph:
    """What a paragraph's earlier sentences pass on to the next one (module doc, "Role")."""

    default: str  # the excerpt's training role where nothing says which
    carried: Role | None = None
    carried_training: str | None = None  # the training role of the last sentence with one
    heading: Role | None = None  # "Pretraining datasets." opening a paragraph: its role where nothing else says
    tuning_section: bool = False  # under "4.2 Supervised fine-tuning"
    tuned_and_evaluated: int | None = None  # where "We fine-tune and evaluate X on six tasks" was said
    downstream: bool = False  # under a heading that names downstream tasks

    @property
    def training_default(self) -> str:
        # "Downstream tasks. ... we use training data from NetSurfP-2.0": a pre-trained model's training is tuning
        return "finetuning" if self.downstream else self.default

    def read_title(self, line: str, roles: Sequence[str]) -> None:
        # a new heading without a role resets it, unless it names experiments ("4 Experiments", "4.1 NLP tasks")
        self.heading = cast(Role, roles[-1]) if roles else ("evaluation" if _EXPERIMENTS_HEADING.search(line) else None)
        # "4.2 Supervised fine-tuning": a title (no "we"), under which evaluated datasets were fine-tuned
        self.tuning_section = self.heading == "finetuning" and not _PERSON.search(line)
        self.downstream = _DOWNSTREAM_HEADING.search(line) is not None

    def pass_on(self, masked: str, sentence: _Sentence) -> None:
        """The roles the sentence passes on to the next one."""
        (s_start, s_end), roles, local = sentence.span, sentence.roles, sentence.cues
        leak = bool(cue.LEAKAGE.search(masked, s_start, s_end))  # "exclude the test sets ...": not an evaluation
        staged = len(_STAGE.findall(masked, s_start, s_end)) >= 2  # "the stable stage, the decay stage and the SFT stage"
        trained_here = [] if staged else [r for r, c in zip(roles, local) if r in ("pretraining", "finetuning") and not c.aside]
        self.carried_training = trained_here[-1] if trained_here else (self.carried_training if not roles else None)
        if roles:  # a sentence without a cue ("Crafter: a survival environment ...") passes the role on
            mixed = (self.heading is not None and {"pretraining", "finetuning"} <= set(roles)) or staged  # "pre-training and SFT"
            self.carried = cast(Role, roles[-1]) if not ((leak and roles[-1] == "evaluation") or mixed) else self.heading
            pretrained = [c for c in local if c.kind == "pretraining"]
            if self.carried == "pretraining" and pretrained and all(cue.of_a_component(masked, c) for c in pretrained):
                self.carried = cast(Role, self.default)  # "We pre-train the encoder on X." says nothing of the next training
        elif self.carried is None:
            self.carried = self.heading


class _Found:
    """The mentions found so far, one per (dataset, role), with the other names the text gives them."""

    def __init__(self) -> None:
        self._mentions: dict[tuple[str, Role], DatasetMention] = {}
        # "yielding the X dataset": a role only if X is not used later
        self._deferred: dict[tuple[str, Role], DatasetMention] = {}
        self._abbreviations: dict[str, str] = {}
        self._longer: dict[str, str] = {}  # "the Vicuna testset", "RedPajama v1": when the text restates no abbreviation

    def record(self, text: str, masked: str, candidate: Candidate, defined: dict[int, tuple[str, str | None]],
               named_here: bool, roles: Iterable[str]) -> None:
        start, end, entry = candidate
        surface = text[start:end]
        name, short = defined.get(start, (surface, None))
        ident = entry.key if entry else name.casefold()
        restated = short or _also_called(masked, end, surface)
        also = restated or (_with_version(masked, end, surface) if entry else _with_kind_noun(masked, end, surface))
        for role in roles:
            (self._deferred if named_here else self._mentions).setdefault((ident, cast(Role, role)), DatasetMention(
                entry.name if entry else name, entry.key if entry else None, cast(Role, role), surface, start, end, also))
        if restated:  # the abbreviation may come with a later mention; it names the dataset in every role
            self._abbreviations.setdefault(ident, restated)
        elif also:
            self._longer.setdefault(ident, also)

    def mentions(self) -> dict[tuple[str, Role], DatasetMention]:
        """The mentions, with a deferred one for each dataset not used elsewhere (changed in place after)."""
        used = {ident for ident, _ in self._mentions}
        self._mentions.update({key: m for key, m in self._deferred.items() if key[0] not in used})
        return self._mentions

    def named(self, mentions: dict[tuple[str, Role], DatasetMention]) -> list[DatasetMention]:
        named = [replace(m, also_called=self._abbreviations.get(ident) or m.also_called or self._longer.get(ident))
                 for (ident, _), m in mentions.items()]
        return sorted(named, key=lambda m: (m.start, m.role))


def _roles_referred_back(masked: str, mentions: dict[tuple[str, Role], DatasetMention],
                         sentences: Sequence[tuple[int, int, bool]], cues: Sequence[Cue],
                         candidates: Sequence[Candidate], defined: dict[int, tuple[str, str | None]]) -> None:
    """Roles a later sentence gives datasets named before it: fine-tuning on the evaluated datasets a
    fine-tuning refers to, evaluation on those whose unnamed split is reported on (in place)."""
    cue_starts = [c.start for c in cues]
    candidate_starts = [c[0] for c in candidates]
    regions = _fine_tuned_back(masked, sentences, candidate_starts)
    if cue.FINE_TUNED_ON_EACH.search(masked) and not cue.EVALUATED_AS_IS.search(masked):
        regions.append((0, len(masked)))  # module doc, "Role": every benchmark fine-tuned on
    for start, end in regions:
        for (ident, role), m in list(mentions.items()):
            if role == "evaluation" and start <= m.start < end:
                mentions.setdefault((ident, "finetuning"), replace(m, role="finetuning"))
    regions = _evaluated_on_all(masked, sentences, cues, cue_starts)
    if those := cue.EVALUATED_ON_THOSE.search(masked):  # "We evaluate UnifiedQA on the seed datasets"
        regions.append((0, those.start()))
    for start, end in regions:
        for (ident, role), m in list(mentions.items()):
            if role == "finetuning" and start <= m.start < end:
                mentions.setdefault((ident, "evaluation"), replace(m, role="evaluation"))
    for start, end in _split_evaluated_back(masked, sentences, cues, cue_starts, candidate_starts):
        s, e, entry = candidates[bisect_left(candidate_starts, start)]
        ident = entry.key if entry else defined.get(s, (masked[s:e], None))[0].casefold()
        trained = next((m for (i, role), m in mentions.items() if i == ident and role != "evaluation"), None)
        if trained:
            mentions.setdefault((ident, "evaluation"), replace(trained, role="evaluation"))


def _split_described(masked: str, sentences: Sequence[tuple[int, int, bool]], candidates: Sequence[Candidate],
                     defined: dict[int, tuple[str, str | None]], mentions: dict[tuple[str, Role], DatasetMention],
                     default: str) -> None:
    """"Cityscapes. Cityscapes is a dataset for urban scene understanding. It contains 5,000 images, divided
    into 2,975, 500 and 1,525 images for training, validation and testing.": a paragraph that splits the
    dataset it titles or opens a sentence with was trained on and tested on (in place)."""
    paragraphs: list[list[tuple[int, int, bool]]] = []
    for sentence in sentences:
        if sentence[2] or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    starts = [c[0] for c in candidates]
    by_ident: dict[str, list[DatasetMention]] = {}
    for (ident, _), m in mentions.items():
        by_ident.setdefault(ident, []).append(m)
    for paragraph in paragraphs:
        if not any(cue.TRAIN_VAL_TEST.search(masked, s, e) for s, e, _ in paragraph):
            continue
        for k, (s_start, s_end, _) in enumerate(paragraph):
            opening = _SENTENCE_OPENING.match(masked, s_start)
            i = bisect_left(starts, opening.end() if opening else s_start)
            if i == len(candidates) or candidates[i][0] >= s_end or masked[opening.end() if opening else s_start:candidates[i][0]].strip():
                continue
            start, end, entry = candidates[i]
            if k == 0 and masked[end:s_end].strip() not in (".", ""):
                continue  # a title longer than the name ("ImageNet Scene Parsing Challenge 2016.")
            ident = entry.key if entry else defined.get(start, (masked[start:end], None))[0].casefold()
            known = by_ident.get(ident, [])
            if not known:
                continue
            roles = {m.role for m in known}
            if not roles & {"pretraining", "finetuning"}:
                known.append(mentions.setdefault((ident, cast(Role, default)), replace(known[0], role=cast(Role, default))))
            if "evaluation" not in roles:
                known.append(mentions.setdefault((ident, "evaluation"), replace(known[0], role="evaluation")))


_SENTENCE_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")


def _fine_tuned_on_those(masked: str, mentions: dict[tuple[str, Role], DatasetMention], cues: Sequence[Cue]) -> None:
    """"For each format we train a single model on the union of X, Y ... We fine-tune T5 on the union of
    the seed datasets": in an excerpt that pre-trains nothing, the datasets trained on before such a
    sentence were fine-tuned on (in place)."""
    if any(c.kind == "pretraining" for c in cues) or not (m := cue.FINE_TUNED_ON_THOSE.search(masked)):
        return
    for (ident, role), mention in list(mentions.items()):
        if role == "pretraining" and mention.start < m.start():
            del mentions[(ident, role)]
            mentions.setdefault((ident, "finetuning"), replace(mention, role="finetuning"))


def _paragraph_role(text: str, start: int, cues: Sequence[Cue], cue_starts: Sequence[int], default: str) -> list[str]:
    """The role of a dataset that titles its paragraph: what the paragraph after ``start`` first
    trains for, else evaluation if it evaluates ("WMT'16 English-Romanian. We use the same data ...
    2.8M sentence pairs for training and we evaluate on newstest2016")."""
    blank = _BLANK_LINE.search(text, start)
    end = blank.start() if blank else len(text)
    inside = cues[bisect_left(cue_starts, start):bisect_left(cue_starts, end)]
    trained = next((c.kind for c in inside if c.kind in ("pretraining", "finetuning", "train") and not c.aside
                    and not cue.OWN_OBJECT.match(text, c.end)), None)  # not "the T5 checkpoint pre-trained on C4"
    if trained:
        return [default if trained == "train" else trained]
    return ["evaluation"] if any(c.kind == "evaluation" for c in inside) else []


def _evaluated_on_all(text: str, sentences: Sequence[tuple[int, int, bool]], cues: Sequence[Cue],
                      cue_starts: Sequence[int]) -> list[Span]:
    """From each paragraph's start to a sentence in it that evaluates "on all five datasets" (the
    nearest cue before the phrase is an evaluation, not "we pre-train on each of the three datasets")."""
    regions: list[Span] = []
    paragraph = 0
    for s_start, s_end, new_paragraph in sentences:
        paragraph = s_start if new_paragraph else paragraph
        for m in cue.ON_ALL_OF_THEM.finditer(text, s_start, s_end):
            i = bisect_left(cue_starts, m.start()) - 1
            if i >= 0 and cues[i].start >= s_start and cues[i].kind == "evaluation":
                regions.append((paragraph, s_start))
                break
    return regions


def _split_evaluated_back(text: str, sentences: Sequence[tuple[int, int, bool]], cues: Sequence[Cue],
                          cue_starts: Sequence[int], candidate_starts: Sequence[int]) -> list[Span]:
    """Sentences whose one dataset the next sentence evaluates on by a split's name alone: "The DIV2K
    dataset consists of 800 training images and 100 validation images. We report the performance
    on the validation dataset." (same paragraph; the evaluating sentence names no dataset)."""
    regions: list[Span] = []
    for (p_start, p_end, _), (s_start, s_end, new_paragraph) in zip(sentences, sentences[1:]):
        if new_paragraph or bisect_left(candidate_starts, s_start) != bisect_left(candidate_starts, s_end):
            continue
        first_evaluation = next((c.start for c in cues[bisect_left(cue_starts, s_start):bisect_left(cue_starts, s_end)]
                                 if c.kind == "evaluation"), None)
        if first_evaluation is None or not cue.UNNAMED_SPLIT.search(text, first_evaluation, s_end):
            continue
        if bisect_left(candidate_starts, p_end) - bisect_left(candidate_starts, p_start) == 1:
            regions.append((p_start, p_end))
    return regions
