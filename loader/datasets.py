"""Dataset mentions in plain prose, and the role each plays in a training run.

Datasets are not tagged in excerpts; this module finds them in the prose (tags
already removed) and reads their role from the sentence. Spans in ``exclude``
(tagged model names, hardware ...) are masked first: they are never datasets and
count as one opaque word ("We trained <model> from scratch on X").

Detection
1. Catalog (``ontology/catalogs/datasets.csv``): every name and alias, as a whole
   word. A name is not found inside a longer token ("ImageNet" in
   "ImageNet-pretrained", "PubMed" in "PubMedBERT") and the longest alias wins
   ("BC5CDR-chem" over "BC5CDR"). An alias of 6+ characters that is CamelCase or
   mixes letters and digits ("PubMed", "ImageNet", "WikiText-103") matches in any
   case. An alias of 5+ characters or with a digit, hyphen or dot also matches in
   another case and with spaces/hyphens inside dropped or added ("PushShift.io",
   "Libri-light", "WuDaoCorpora"), but only where the text writes a proper name
   (capitalized or mixed case, not a capitalized word opening a sentence); shorter
   aliases only as the catalog writes them, so "arc", "math", "pile", "glue" or "ad
   hoc" are not ARC, MATH, the Pile, GLUE or HoC. A leading "The" may be lower-case.
   A longer proper name around a catalog name is reported instead of it: a hyphen
   suffix of capitals or digits ("MATH-500", "ImageNet-C"), capitalized words after
   it ("GPQA Diamond", "LSUN Cats"), or one capitalized word before it mid-sentence
   ("Tiny ImageNet"). It keeps a catalog entry only if the catalog has the longer
   name; languages ("Dutch Wikipedia" is Wikipedia), metrics, splits and generic
   nouns ("ImageNet Top-1", "GLUE Benchmark") do not lengthen a name.
2. Pattern, for names the catalog lacks: a proper-looking name (capitalized,
   CamelCase, or with digits), and every further name of a list, after a data cue:
   a training or evaluation verb or noun and at most five words of object before
   "on" ("We evaluated the model on X", "trained it from scratch on X", "Results
   are reported on X"), a data noun with "such as / including / covers / combines /
   came from / :" ("benchmarks such as X", "tasks including X", "Evaluation covers
   X", "Training data: X"), "sourced/drawn/derived from X", and "we used X" after
   a data cue in the same clause ("For fine-tuning we used X"); a data noun right
   before the names ("the summarization datasets X and Y", "MoleculeNet tasks X, Y");
   a later "on Y" in the sentence of a verb's "on X" ("on X for QA, and on Y for ...").
   Also a sentence that describes a dataset by name ("X (citation) is a large dataset
   of ...", "X consists of 1.3 million patents"), a name before a head noun ("the X dataset", "the X and Y corpora"), in
   apposition ("a corpus, X, consisting of"), and names in parentheses after a task
   ("question answering (X, Y)"; one name alone only after a task word, and never
   after "models" or "systems"). Refused: model names, optimizers, frameworks, hardware,
   tokenizers, catalog names in the wrong casing ("Math"), names made only of
   languages or task acronyms ("a Dutch benchmark", "NER"), hyphenated adjectives
   ("STEM-heavy"), and an acronym naming a kind of data ("RNA structures").
Not a used dataset: a name inside a URL; after "without", "instead of", "unlike",
"outperforms", "compared to", "available on"; after "did not use / excluded /
removed / filtered out" with up to three words between ("excluded the raw Common
Crawl dumps"); before "was removed / excluded / filtered out" or "..., so we did not
use it"; in "with all X articles removed"; after "developed by", "a project of",
"done at" (organisations); before ", [Month] 2022" (a citation aside). The negation
carries along a list ("we did not use X or Y") and to the same dataset again in the
sentence. A source or part of a named corpus is not reported: "X, a filtered version /
collection of Y", "X, which we collected from Y"; "the X and Y portions of Z" reports
X and Y; "Z (its subsets, including X, Y)" reports Z. Nor are the components listed after a
named corpus, up to the end of the clause or the next strong role cue: "Z, which comprises /
consists of / includes / draws on X, Y", "Z, a corpus built / curated / assembled from X, Y",
"Z, 2 TB of filtered X", "Z (X, Y)", "Z: X, Y", "Z's components: X, Y"; when Z is itself an
item of a list, only the first name after it is its source. The same holds where the corpus,
named before, opens a later sentence ("ColabFoldDB itself aggregates BFD and MGnify"), or
with a passive ("OpenGenome was compiled from GTDB ..."). Another model's data is not the
run's: "Unlike ESM-1b, which was trained on X", "ProGen2 and CARP, which are trained on X". A corpus without a name ("our
corpus consists of X, Y") reports X and Y. A catalog name followed by a
model word ("PubMed GPT") is part of a model name. A list goes on past catalog names
("MMLU, RACE and FEVER"). A language before a catalog name is not part of it
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
was about pre-training or fine-tuning, else pre-training. A bare "corpus", "corpora" or
"dataset(s)" takes the role of the nearest cue of any kind before it in its sentence, else of
the previous sentence, else pre-training. Cues inside a dataset name or an excluded
span do not count. For a mention, the first rule that applies gives its role
("clause": the part of the sentence between ";", ", while", ", but", ...):
  1. the nearest cue before it in its clause;
  2. the first cue after it in its clause, a strong cue before a weak one
     ("MedQA was used for evaluation");
  3. rules 1 and 2 over the whole sentence;
  4. the role of the last cue of the previous sentence in the same paragraph
     ("For pre-training we built X. It includes PubMed Central ..."), except an evaluation
     read in a sentence about leakage; else the role of a short heading opening the
     paragraph or standing on a line of its own ("Pretraining datasets. ... we use the
     image-text pairs of X", "5.2 Downstream Tasks"); a line break ends a sentence;
  5. a benchmark noun right after it ("the Flores-101 machine translation benchmark");
  6. none: the mention is not reported (a dataset named without any data cue is
     no evidence that the run used it).
A cue inside a parenthetical aside only serves mentions inside it; the sentence stops
at a reason (", since ...") after the mention. "Fine-tune and evaluate on X" gives both
roles, and so does "fine-tune on X and report accuracy on the test set" when the evaluation
names no dataset of its own. A cue after "after / before / following / without" gives way to
a main cue before it in the clause. A weak training cue with no role near it means
pre-training, or fine-tuning when the model starts from another model ("initialized from",
"the instruction-tuned version of") and nothing in the excerpt is pre-trained. The noun "benchmark(s)" within 40 characters after a training cue takes its
role ("fine-tuned on several benchmark tasks: X"); a weak cue passes its role to a later
"corpus". In a sentence about leakage or removal, a name followed by "test set" or
"benchmark" is evaluation only.
One mention per (dataset, role), at its first occurrence with that role; a name
restated in parentheses ("PubMed Central (PMC)") is the same mention.

>>> text = "We pre-trained on PubMed Central (PMC) and fine-tuned on BC5CDR and MedQA."
>>> [(m.name, m.role) for m in find_datasets(text)]
[('PubMed Central', 'pretraining'), ('BC5CDR', 'finetuning'), ('MedQA', 'finetuning')]
>>> find_datasets("The math in this arc is ad hoc.")
[]
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal, cast

from loader import dataset_cues as cue
from loader.dataset_cues import Cue, Span, overlaps

__all__ = ["DatasetEntry", "DatasetMention", "Role", "dataset_catalog", "find_datasets", "resolve_dataset"]

Role = Literal["pretraining", "finetuning", "evaluation"]
Candidate = tuple[int, int, "DatasetEntry | None"]  # a catalog entry, or None for a pattern name


@dataclass(frozen=True)
class DatasetEntry:
    key: str
    name: str
    aliases: tuple[str, ...]
    domain: str
    kind: str  # "corpus" or "benchmark"
    source: str


@dataclass(frozen=True)
class DatasetMention:
    name: str  # canonical catalog name, or the surface text for a name not in the catalog
    key: str | None  # catalog key, None if found by pattern only
    role: Role
    surface: str  # text as written
    start: int
    end: int  # character offsets into `text`
    also_called: str | None = None  # an abbreviation restated after it: "Google Landmarks v2 (GLDv2)"


# --- catalog -----------------------------------------------------------------

@cache
def dataset_catalog() -> tuple[DatasetEntry, ...]:
    """The shipped catalog, read once."""
    path = files("ontology") / "catalogs" / "datasets.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(
            DatasetEntry(r["key"], r["name"], tuple(a for a in r["aliases"].split("|") if a),
                         r["domain"], r["kind"], r["source"])
            for r in csv.DictReader(f)
        )


@cache
def _by_folded_name() -> dict[str, DatasetEntry]:
    index: dict[str, DatasetEntry] = {}
    for entry in dataset_catalog():
        for label in (entry.name, *entry.aliases):
            index.setdefault(label.casefold(), entry)
    for entry in dataset_catalog():  # "WuDaoCorpora", "Libri-light": spaces and hyphens ignored
        for label in (entry.name, *entry.aliases):
            index.setdefault(_squash(label), entry)
    return index


def _squash(name: str) -> str:
    return "~" + re.sub(r"[\s-]+", "", name).casefold()


def resolve_dataset(name: str) -> DatasetEntry | None:
    """Catalog entry whose name or alias is ``name`` (case, spaces and hyphens inside the
    name, and a leading "the" ignored)."""
    folded = " ".join(name.split()).casefold()
    index = _by_folded_name()
    stripped = folded.removeprefix("the ")
    return index.get(folded) or index.get(stripped) or index.get(_squash(folded)) or index.get(_squash(stripped))


_RUN = re.compile(r"[^\W_]+")
_CAMEL_OR_DIGIT = re.compile(r"[a-z][A-Z]|\d")
_ALNUM = re.compile(r"[^\W_]")
_KEY_LEN = 4


def _any_case(alias: str) -> bool:
    return len(alias) >= 6 and any(c.islower() for c in alias) and bool(_CAMEL_OR_DIGIT.search(alias))


def _loose(alias: str) -> bool:
    """An alias that also matches in another case and spacing when the text writes it as a
    proper name ("PushShift.io", "Libri-light", "WuDaoCorpora", "Stories")."""
    return len(alias) >= 5 or bool(re.search(r"[\d.-]", alias))


def _alias_regex(alias: str) -> re.Pattern[str]:
    if _loose(alias):  # spaces and hyphens inside the name are optional
        parts = [re.escape(p) for p in re.split(r"[\s-]+", alias)]
        body = r"[\s-]?".join(parts)
    else:
        body = r"\s+".join(re.escape(word) for word in alias.split())
    if alias.startswith("The "):
        body = "[Tt]" + body[1:]
    flags = re.IGNORECASE if _any_case(alias) or _loose(alias) else 0
    return re.compile(body + r"(?!\w|\+(?!\w)|[-/][^\W_]|\.[^\W_])", flags)  # not "RefCOCO" in "RefCOCO+"


def _key(text: str) -> str:
    return "".join(_ALNUM.findall(text[:3 * _KEY_LEN]))[:_KEY_LEN].casefold()


@cache
def _alias_index() -> dict[str, tuple[tuple[re.Pattern[str], str, DatasetEntry], ...]]:
    """First alphanumerics of each alias (folded) -> (regex, alias, entry), longest alias first."""
    grouped: dict[str, list[tuple[int, re.Pattern[str], str, DatasetEntry]]] = {}
    for entry in dataset_catalog():
        for alias in dict.fromkeys((entry.name, *entry.aliases)):
            if key := _key(alias):
                grouped.setdefault(key, []).append((len(alias), _alias_regex(alias), alias, entry))
    return {k: tuple((rx, a, e) for _, rx, a, e in sorted(v, key=lambda t: -t[0])) for k, v in grouped.items()}


def _as_written(surface: str, alias: str, at_sentence_start: bool) -> bool:
    """A loose match counts if the text writes the alias exactly, in its case (CamelCase,
    digits), or as a proper name: capitalized or mixed case, not a capitalized ordinary
    word opening a sentence."""
    if surface != alias and surface.islower() and not alias.islower() and not any(c.isdigit() for c in surface):
        return False  # "record", "stories", "imagenet" in lower case: an ordinary word, or not a name as written
    same_spelling = " ".join(surface.split()).casefold() == alias.casefold()
    if surface == alias or same_spelling and _any_case(alias) or alias.startswith("The ") and surface[1:] == alias[1:]:
        return True
    if not _loose(alias) or not (surface[:1].isupper() or _CAMEL_OR_DIGIT.search(surface)):
        return False
    return not (at_sentence_start and " " not in surface and surface[1:].islower() and alias[1:] != surface[1:])


@cache
def _case_sensitive_names() -> frozenset[str]:
    return frozenset(a.casefold() for e in dataset_catalog() for a in (e.name, *e.aliases) if not _any_case(a))


# --- catalog mentions ----------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]+")
_CAMEL_START = re.compile(r"[a-z]+[A-Z]")
_HYPHENATED = re.compile(r"[^\W_][\w+]*(?:-[\w+]+)+(?![\w-])")
_NEXT_WORD = re.compile(r" ([A-Z][\w+]*(?:[-'.→][\w+]+)*)(?![\w+-])")
_PREV_WORD = re.compile(r"(?<![\w+.'#-])([A-Z][\w+]*(?:[-'][\w+]+)*) $")


# Footnote marks ("C4¹", "the Pile†") are not part of a name: they read as spaces.
_FOOTNOTE_MARKS = str.maketrans({c: " " for c in "⁰¹²³⁴⁵⁶⁷⁸⁹†‡§¶*"})


def _mask(text: str, exclude: Sequence[Span]) -> str:
    chars = list(text.translate(_FOOTNOTE_MARKS))
    for start, end in exclude:
        chars[start:end] = "#" * len(chars[start:end])
    return "".join(chars)


def _left_boundary(text: str, i: int) -> bool:
    if i == 0:
        return True
    before = text[i - 1]
    if before.isalnum() or before == "_":
        return False
    return not (before in "-/" and i >= 2 and text[i - 2].isalnum())


def _defines_acronym(text: str, start: int, end: int, entry: DatasetEntry) -> bool:
    """"drug-drug interaction (DDI)": an all-caps abbreviation being defined, not the dataset."""
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) < 2 or not text[start:end].isupper() or text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    before = text[max(0, start - 80):start - 1].rstrip()
    if any(before.casefold().endswith(label.casefold()) for label in (entry.name, *entry.aliases)):
        return False
    words = _WORD.findall(before)[-len(letters):]
    return "".join(w[0] for w in words).casefold() == "".join(letters).casefold()


def _match_alias(text: str, i: int, end: int | None = None, sentence_start: bool = False
                 ) -> tuple[int, DatasetEntry] | None:
    key, index = _key(text[i:]), _alias_index()
    options = [o for n in range(len(key), 0, -1) for o in index.get(key[:n], ())]
    for regex, alias, entry in sorted(options, key=lambda o: -len(o[1])):
        m = regex.match(text, i, len(text) if end is None else end)
        if m and _as_written(m.group(), alias, sentence_start):
            return m.end(), entry
    return None


def _hyphen_extension(text: str, i: int) -> int | None:
    """"MATH-500", "ImageNet-C": a catalog name with a hyphen suffix of capitals or digits."""
    token = _HYPHENATED.match(text, i)
    if not token or cue.MODEL_OR_HARDWARE.search(token.group()) or cue.MODEL_NEXT.match(text, token.end()):
        return None
    for k in [j.start() for j in re.finditer("-", token.group())][::-1]:
        head_end, suffix = i + k, token.group()[k:]
        if all(part[:1].isupper() or part[:1].isdigit() for part in suffix.split("-")[1:]):
            hit = _match_alias(text, i, head_end)
            if hit and hit[0] == head_end:
                return token.end()
    return None


def _extension_word(word: str) -> bool:
    folded = re.sub(r"-(?:language|speaking|only)$", "", word.casefold())  # "English-language Wikipedia"
    return not (folded in cue.STOP or folded in cue.SOFT_STOP or folded in cue.EXTENSION_STOP
                or cue.MODEL_OR_HARDWARE.search(word) or cue.ADJECTIVE_SUFFIX.search(word)
                or cue.NOT_A_NAME.fullmatch(word))


def _extend(text: str, start: int, end: int, entry: DatasetEntry | None, sentence_starts: set[int],
            previous_end: int) -> Candidate:
    """The longer proper name around a catalog hit, if there is one (module doc, rule 1)."""
    s, e = start, end
    while (nxt := _NEXT_WORD.match(text, e)) and _extension_word(nxt.group(1)) and e - end < 40:
        if _match_alias(text, nxt.start(1)):  # "SuperGLUE BoolQ": two names
            break
        e = nxt.end()
    if e > end and _NEXT_WORD.match(text, e):  # cut short by a refused word: no safe reading
        e = end
    prev = _PREV_WORD.search(text, max(0, s - 40), s)
    possessive = prev is not None and re.search(r"['’]s$", prev.group(1))  # "ECMWF's ERA5" is ERA5
    if (prev and not possessive and prev.start(1) >= previous_end and _extension_word(prev.group(1))
            and not (prev.start(1) in sentence_starts and prev.group(1)[1:].islower())):
        s = prev.start(1)
    if (s, e) == (start, end) or cue.MODEL_OR_HARDWARE.search(text[s:e]):
        return start, end, entry
    return s, e, resolve_dataset(text[s:e])


def _without_language(text: str, candidate: Candidate) -> Candidate:
    """"Arabic Wikipedia", "Japanese C4": a corpus in one language is the catalog corpus, as
    "English-language Wikipedia" is (module doc), even where the catalog lists the longer name."""
    start, end, entry = candidate
    first, _, rest = text[start:end].partition(" ")
    if not rest or not first.istitle() or first.casefold() not in cue.SOFT_STOP:
        return candidate
    shorter = resolve_dataset(rest)
    return (start, end, shorter) if shorter and shorter.kind == "corpus" else candidate


def _catalog_hits(text: str, sentence_starts: set[int]) -> list[Candidate]:
    hits: list[Candidate] = []
    pos = 0
    for run in _RUN.finditer(text):
        i = run.start()
        if i < pos or not _left_boundary(text, i):
            continue
        hit = _match_alias(text, i, None, i in sentence_starts)
        if hit is None:
            if (longer := _hyphen_extension(text, i)) is not None:
                hits.append((i, longer, resolve_dataset(text[i:longer])))
                pos = longer
            continue
        pos, entry = hit
        restates = text[i - 1:i] == "(" and hits and not text[hits[-1][1]:i - 1].strip()
        if not (restates or _defines_acronym(text, i, pos, entry) or cue.HARDWARE_NEXT.match(text, pos)
                or cue.MODEL_NEXT.match(text, pos)):
            hits.append(_extend(text, i, pos, entry, sentence_starts, hits[-1][1] if hits else 0))
            pos = max(pos, hits[-1][1])
    return [_without_language(text, hit) for hit in hits]


# --- pattern mentions ---------------------------------------------------------------------

_NAME_AT = re.compile(cue.NAME)
_ARTICLE = re.compile(r"(?:the|The)\s+")


def _is_name(name: str, at_sentence_start: bool) -> bool:
    tokens = [t.removesuffix("'s") for t in name.split()]
    first, folded = tokens[0], [t.casefold() for t in tokens]
    if not (first[0].isupper() or any(c.isdigit() for c in first) or _CAMEL_START.match(first)):
        return False
    if at_sentence_start and len(tokens) == 1 and first[1:].islower():
        return False
    org_led = (len(folded) > 1 and folded[0] in cue.ORGANISATIONS and folded[-1] not in cue.ORGANISATION_UNITS
               and not name.split()[0].endswith("'s"))
    if any(t in cue.STOP for t in folded[1 if org_led else 0:]) or cue.MODEL_OR_HARDWARE.search(name):
        return False  # "Amazon Polarity", "Google Landmarks" are names; "Google Research" is not
    parts = [p for t in folded for p in t.split("-")]  # "English-to-French" is a language pair
    if all(p in cue.SOFT_STOP or p in cue.GENERIC or p == "to" for p in parts) or cue.ADJECTIVE_SUFFIX.search(tokens[-1]):
        return False
    if re.fullmatch(r"[A-Z]{1,2}", name):  # "ER", "IC": too short to be told from an abbreviation
        return False
    if name.endswith("'s") or cue.NOT_A_NAME.fullmatch(name):  # "Stanford's internal cluster", "R2", "CC BY"
        return False
    return name.casefold() not in _case_sensitive_names() and len(name) >= 2


def _kind_of_data(text: str, start: int, end: int) -> bool:
    """"RNA structures", "EHR data", "Chest X-ray images": an acronym naming a kind of data."""
    head = text[start:end].split()[-1].split("-")[0]
    return head.isalpha() and head.isupper() and bool(cue.KIND_OF_DATA.match(text, end))


def _pattern_hits(text: str, taken: Sequence[Candidate], sentence_starts: set[int],
                  list_starts: Iterable[tuple[int, bool]]) -> list[Candidate]:
    starts = {s: e for s, e, _ in taken}
    spans = [(s, e) for s, e, _ in taken]
    found: list[Span] = []

    def accept(span: Span, at_sentence_start: bool | None = None) -> None:
        name = text[span[0]:span[1]]
        starts = span[0] in sentence_starts if at_sentence_start is None else at_sentence_start
        if (_is_name(name, starts) and not overlaps(span, [*spans, *found])
                and not _in_url(text, *span) and not cue.HARDWARE_NEXT.match(text, span[1])
                and not cue.SOFTWARE_NEXT.match(text, span[1]) and not _kind_of_data(text, *span)):
            found.append(span)

    after_catalog = [(sep.end(), True) for _, e, entry in taken if entry and (sep := cue.LIST_SEP.match(text, e))]
    list_starts = [*list_starts, *after_catalog]  # "MMLU, RACE and FEVER": a list goes on past catalog names
    for pos, strict in sorted(dict(sorted(list_starts, key=lambda t: not t[1])).items()):  # lax cue wins
        while True:
            if pos not in starts and (article := _ARTICLE.match(text, pos)):
                pos = article.end()
            if pos in starts:
                pos = starts[pos]
            elif (m := _NAME_AT.match(text, pos)) and _is_name(m.group(), False):
                if not (strict and cue.plain_phrase(m.group())):
                    accept(m.span())
                pos = m.end()
            else:
                break
            if not (sep := cue.LIST_SEP.match(text, pos)):
                break
            pos = sep.end()
    for m in cue.HEAD_NOUN.finditer(text):
        accept(m.span("name"))
    for m in cue.DESCRIBED.finditer(text):  # a description opens its sentence: "X is a dataset of ..."
        if m.start() in sentence_starts and _is_name(m["name"], False):
            accept(m.span("name"), at_sentence_start=False)
    for m in cue.HEAD_NOUN_LIST.finditer(text):
        for name in _NAME_AT.finditer(text, m.start("names"), m.end("names")):
            accept(name.span())
    for m in cue.TASK_PAREN.finditer(text):
        for span in _task_paren_names(text, m, spans):
            accept(span)
    for m in cue.APPOSITION.finditer(text):
        accept(m.span(next(g for g in ("name", "name2", "name3") if m.group(g))))
    return [(s, e, None) for s, e in found]


def _task_paren_names(text: str, m: re.Match[str], catalog_spans: Sequence[Span]) -> list[Span]:
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
        if _is_name(item.group(), False) and not overlaps(item.span(), catalog_spans):
            names.append(item)
        else:
            others += 1
    if all(cue.plain_phrase(n.group()) for n in names) and not others:  # "(Exact Match)"
        return []
    if len(items) == 1 and not cue.TASK_WORD.search(text, 0, m.start()):
        return []
    return [n.span() for n in names]


# --- contexts that cancel a mention ---------------------------------------------------------

def _in_url(text: str, start: int, end: int) -> bool:
    left = text.rfind(" ", 0, start) + 1
    right = len(text) if (r := text.find(" ", end)) < 0 else r
    return bool(cue.URL_TOKEN.search(text[left:right]))


def _cancelled(text: str, candidates: Sequence[Candidate], cues: Sequence[Cue] = ()) -> set[int]:
    """Indices of candidates that are negated, compared against, the source of the dataset
    named just before them or listed as a component of a named corpus, or part of a URL
    (module doc)."""
    before = [bool(cue.NEGATED_BEFORE.search(text[max(0, s - 60):s])
                   or (cue.WITH_BEFORE.search(text[max(0, s - 30):s]) and cue.REMOVED_AFTER.match(text, e)))
              for s, e, _ in candidates]
    after = [bool(cue.NEGATED_AFTER.match(text, e) or cue.NEGATED_LATER.match(text, e)) for _, e, _ in candidates]
    sources = {i for i in range(1, len(candidates))
               if cue.SOURCE_OF_PREVIOUS.fullmatch(text, candidates[i - 1][1], candidates[i][0])
               or cue.PARTS_OF.fullmatch(text, candidates[i - 1][1], candidates[i][0])}
    sentence_spans = [(a, b) for a, b, _ in cue.sentences(text)]
    for i, (_, e, _) in enumerate(candidates):  # "MassiveText, which comprises X, Y and Z"
        sentence = next((sp for sp in sentence_spans if sp[0] <= e - 1 < sp[1]), (0, len(text)))
        if (candidates[i][2] and candidates[i][2].kind == "benchmark") or cue.BENCHMARK_AFTER.match(text, e):
            continue  # "SuperGLUE, which includes BoolQ, CB ...": the tasks are evaluated on themselves
        region = cue.components(text, e, sentence, cues)
        if not region or any(e <= s < region[0] for s, _, _ in candidates[i + 1:]):
            continue
        inside = [j for j, (s, _, _) in enumerate(candidates) if region[0] <= s < region[1]]
        between = re.sub(r"\([^()]*\)", "", text[candidates[i - 1][1]:candidates[i][0]]) if i else ""
        if i and cue.LIST_SEP.fullmatch(between):  # "..., CC-News, which we collected from X, OpenWebText":
            inside = inside[:1]  # a corpus in a list has one source; the list goes on with its siblings
        sources |= set(inside)
    known = {text[s:e] for s, e, _ in candidates}
    for start, end in sentence_spans:  # "... and ColabFoldDB. ColabFoldDB itself aggregates X and Y."
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        for name in (n for n in known if text.startswith(n, lead)):
            if region := cue.components(text, lead + len(name), (start, end), cues):
                sources |= {j for j, (s, _, _) in enumerate(candidates) if region[0] <= s < region[1]}
    for aside in cue.PARTS_ASIDE.finditer(text):
        if any(cue.LIST_SEP.fullmatch(text, e, aside.start()) or not text[e:aside.start()].strip()
               or re.fullmatch(r"\s+(?:dataset|corpus|collection)", text[e:aside.start()]) for _, e, _ in candidates):
            sources |= {i for i, (s, _, _) in enumerate(candidates) if aside.start() < s < aside.end()}
    listed = [i for i in range(1, len(candidates))
              if cue.LIST_SEP.fullmatch(text, candidates[i - 1][1], candidates[i][0])]
    for i in listed:  # "did not use X or Y": forward; "X and Y were removed": backward
        before[i] = before[i] or before[i - 1]
    for i in reversed(listed):
        after[i - 1] = after[i - 1] or after[i]
    negated = {i for i in range(len(candidates)) if before[i] or after[i]}
    for i in list(negated):  # "We removed all X documents from Y, since X is ...": X again in the sentence
        sentence = next(((a, b) for a, b, _ in cue.sentences(text) if a <= candidates[i][0] < b), (0, 0))
        negated |= {j for j, (s, _, entry) in enumerate(candidates)
                    if sentence[0] <= s < sentence[1] and entry and entry == candidates[i][2]}
    return {i for i, (s, e, _) in enumerate(candidates)
            if i in negated or i in sources or _in_url(text, s, e) or cue.CITATION.match(text, e)}


# "5.2. Downstream Tasks/Datasets" on a line of its own: a heading.
_HEADING_LINE = re.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^.:;!?\n]{0,60}")


def _evaluated_too(text: str, in_sentence: Sequence[Candidate], k: int, sentence_end: int) -> bool:
    """"We fine-tune on X and Y and report accuracy on their test sets": the evaluation after the
    list (rule in the module doc) names no dataset before the end of its clause."""
    last = k
    while last + 1 < len(in_sentence) and cue.LIST_SEP.fullmatch(text, in_sentence[last][1], in_sentence[last + 1][0]):
        last += 1
    m = cue.EVALUATED_TOO.match(text, in_sentence[last][1], sentence_end)
    if not m:
        return False
    stop = cue.CLAUSE_PUNCTUATION.search(text, m.end(), sentence_end)
    own_end = stop.start() if stop else sentence_end
    return not any(m.end() <= s < own_end for s, _, _ in in_sentence)


# "Google Landmarks v2 (GLDv2)", "VoxPopuli (VP-400K; Wang et al., 2021a)": a short name restated
# in parentheses right after the name, before any citation.
_RESTATED = re.compile(r"\s*\((?P<short>(?:[A-Z][\w+.-]*|[a-z]+[A-Z][\w+.-]*)(?: [A-Z0-9][\w+.-]*)?)(?:[;,][^()]*)?\)")


def _also_called(text: str, end: int, name: str) -> str | None:
    m = _RESTATED.match(text, end)
    if not m or not any(c.isupper() for c in m["short"]) or len(m["short"]) > 20 or m["short"] == name:
        return None
    return None if re.fullmatch(r"[A-Z][a-z]+", m["short"]) else m["short"]  # "(Devlin ...)" is a citation


def find_datasets(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[DatasetMention]:
    """Dataset mentions in ``text``: one per (dataset, role), in order of first appearance."""
    masked = _mask(text, exclude)
    sentences = cue.sentences(masked)
    sentence_starts = {s + len(masked[s:e]) - len(masked[s:e].lstrip()) for s, e, _ in sentences}
    hits = _catalog_hits(masked, sentence_starts)
    cues = cue.find_cues(masked, [(s, e) for s, e, _ in hits])
    lists = cue.list_starts(masked, [(s, e) for s, e, _ in sentences], cues)
    candidates = sorted([*hits, *_pattern_hits(masked, hits, sentence_starts, lists)], key=lambda c: c[0])
    cancelled = _cancelled(masked, candidates, cues)
    candidates = [c for i, c in enumerate(candidates) if i not in cancelled]
    cue_starts = [c.start for c in cues]
    mentions: dict[tuple[str, Role], DatasetMention] = {}
    carried: Role | None = None
    default = cue.default_training_role(masked, cues)
    heading: Role | None = None  # "Pretraining datasets." opening a paragraph: its role where nothing else says
    for s_start, s_end, new_paragraph in sentences:
        local = cues[bisect_right(cue_starts, s_start - 1):bisect_right(cue_starts, s_end - 1)]
        if new_paragraph:
            carried = None
            heading = None
        roles = cue.sentence_roles(local, carried, default)
        line = masked[s_start:s_end].strip()
        if (new_paragraph and len(line.split()) <= 4) or _HEADING_LINE.fullmatch(line):
            heading = cast(Role, roles[-1]) if roles else None  # a new heading without a role resets it
        in_sentence = [c for c in candidates if s_start <= c[0] < s_end]
        for k, (start, end, entry) in enumerate(in_sentence):
            surface = text[start:end]
            ident = entry.key if entry else surface.casefold()
            found_roles = cue.roles_of(masked, start, end, (s_start, s_end), local, roles, carried)
            if "finetuning" in found_roles and _evaluated_too(masked, in_sentence, k, s_end):
                found_roles = [*found_roles, "evaluation"]
            if found_roles == ["evaluation"] and cue.TRANSFER.search(masked, s_start, s_end):
                found_roles = ["evaluation", "finetuning"]  # "transfer learning datasets": fine-tuned to be evaluated
            also = _also_called(masked, end, surface)
            for role in found_roles:
                mentions.setdefault((ident, cast(Role, role)), DatasetMention(
                    entry.name if entry else surface, entry.key if entry else None, cast(Role, role), surface,
                    start, end, also))
        leak = bool(cue.LEAKAGE.search(masked, s_start, s_end))  # "exclude the test sets ...": not an evaluation
        carried = cast(Role, roles[-1]) if roles and not (leak and roles[-1] == "evaluation") else heading
    return sorted(mentions.values(), key=lambda m: (m.start, m.role))
