"""The dataset catalog, and where its names occur in prose.

Part of dataset detection (rule 1 of the docstring of ``loader/datasets.py``): the shipped
catalog (``ontology/catalogs/datasets.csv``), name resolution, and the catalog names in a
text, with the longer proper name around one where there is one.

Resolution ignores case, spaces and hyphens inside a name and a leading "the"; it reads a
translation task's year and language pair in any spelling ("WMT'18 English-German" is WMT18
En-De) and a version in any spelling ("SQuAD 2", "SQuAD v2" and "SQuAD 2.0" are one dataset). In
prose, a bare version after a catalog name picks the versioned entry ("SQuAD 2"); a name written
before a data noun counts as written ("the Concode data", "the proof-pile dataset"); and a
dataset's taxonomy or website is not its data ("organized by the WordNet hierarchy", "a WordNet synset",
"from the OPUS website").

>>> resolve_dataset("the pile").name, resolve_dataset("MNLI").name
('The Pile', 'MultiNLI')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pycountry

from loader import dataset_cues as cue

__all__ = ["Candidate", "DatasetEntry", "case_sensitive_names", "catalog_hits", "dataset_catalog", "resolve_dataset"]

Candidate = tuple[int, int, "DatasetEntry | None"]  # a catalog entry, or None for a pattern name


@dataclass(frozen=True)
class DatasetEntry:
    key: str
    name: str
    aliases: tuple[str, ...]
    domain: str
    kind: str  # "corpus" or "benchmark"
    source: str


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
            if key := _shared_task_key(label):
                index.setdefault(key, entry)
            if key := _version_key(label):
                index.setdefault(key, entry)
    return index


def _squash(name: str) -> str:
    return "~" + re.sub(r"[\s-]+", "", name).casefold()


_SHARED_TASK = re.compile(r"(?:the\s+)?(?P<task>WMT|IWSLT|WAT)\s*['’‘-]?\s*(?:19|20)?(?P<year>\d\d)"
                          r"(?:\s+(?P<one>[A-Za-z]+)\s*(?:-|–|→|->|\s+to\s+)\s*(?P<other>[A-Za-z]+))?", re.IGNORECASE)


def _language(word: str) -> str | None:
    """ISO 639-1 code of a language written as a code ("De") or an English name ("German")."""
    found = (pycountry.languages.get(alpha_2=word.casefold()) if len(word) == 2
             else pycountry.languages.get(name=word.capitalize()))
    return getattr(found, "alpha_2", None)


def _shared_task_key(name: str) -> str | None:
    """One key for the spellings of a translation shared task and its language pair: "WMT'18
    English-German", "WMT 2018 En-De" and "WMT18 de-en" name one dataset (either direction:
    the same bitext)."""
    m = _SHARED_TASK.fullmatch(" ".join(name.split()))
    if not m:
        return None
    pair = ""
    if m["one"]:
        codes = [_language(m["one"]), _language(m["other"])]
        if None in codes:
            return None
        pair = "-".join(sorted(codes))  # type: ignore[arg-type]
    return f"§{m['task'].casefold()}{m['year']} {pair}".rstrip()


_VERSIONED = re.compile(r"(?P<base>.*?[^\W\d_][^\s-]*?)[\s-]*[vV]?(?P<major>\d+)(?:\.(?P<minor>\d+))?")


def _version_key(name: str) -> str | None:
    """One key for the spellings of a version: "SQuAD 2", "SQuAD v2", "SQuAD2.0" and "SQuAD 2.0"."""
    m = _VERSIONED.fullmatch(" ".join(name.split()))
    if not m or len(m["major"]) > 2:  # not a year ("COCO 2017") or a size ("Kinetics-400")
        return None
    minor = m["minor"] if m["minor"] and m["minor"].strip("0") else ""
    return f"§v{_squash(m['base'])} {int(m['major'])}{'.' + minor if minor else ''}"


def resolve_dataset(name: str) -> DatasetEntry | None:
    """Catalog entry whose name or alias is ``name`` (case, spaces and hyphens inside the
    name, and a leading "the" ignored; a translation task's year and language pair in any
    spelling).

    >>> resolve_dataset("WMT'18 English-German").name, resolve_dataset("IWSLT 2014 En-De").name
    ('WMT18 En-De', 'IWSLT14 De-En')
    """
    folded = " ".join(name.split()).casefold()
    index = _by_folded_name()
    stripped = folded.removeprefix("the ")
    found = index.get(folded) or index.get(stripped) or index.get(_squash(folded)) or index.get(_squash(stripped))
    if found is None and (key := _shared_task_key(name)):
        found = index.get(key)
    if found is None and (key := _version_key(stripped)):
        found = index.get(key)
    return found


_RUN = re.compile(r"[^\W_]+")
# "FoR" (Fake-or-Real), "AnD": an English function word spelt in odd case is an acronym only in that case
_CASED_SHORT_WORD = re.compile(r"\b(?!(?:for|of|in|on|to|and|the|at|by|an|as|or|is|it|we)\b|(?:For|Of|In|On|To|And|The|At|By|An|As|Or|Is|It|We)\b)"
                               r"(?i:for|of|in|on|to|and|the|at|by|an|as|or|is|it|we)\b")
_CAMEL_OR_DIGIT = re.compile(r"[a-z][A-Z]|\d")
_ALNUM = re.compile(r"[^\W_]")
_KEY_LEN = 4


def _any_case(alias: str) -> bool:
    return len(alias) >= 6 and any(c.islower() for c in alias) and bool(_CAMEL_OR_DIGIT.search(alias))


def _loose(alias: str) -> bool:
    """An alias that also matches in another case and spacing when the text writes it as a
    proper name ("PushShift.io", "Libri-light", "WuDaoCorpora", "Stories")."""
    return len(alias) >= 5 or bool(re.search(r"[\d.-]", alias))


@cache  # compiled on first use: most aliases never start a word of a given text
def _alias_regex(alias: str) -> re.Pattern[str]:
    if _loose(alias):  # spaces and hyphens inside the name are optional, and between CamelCase words
        parts = [re.escape(p) for p in re.split(r"[\s-]+|(?<=[a-z])(?=[A-Z][a-z])", alias)]
        body = r"[\s-]?".join(parts)
    else:
        body = r"\s+".join(re.escape(word) for word in alias.split())
    if alias.startswith("The "):
        body = "[Tt]" + body[1:]
    # "FoR dataset" is not "For dataset preprocessing": a short word cased inside keeps its case
    flags = re.IGNORECASE if (_any_case(alias) or _loose(alias)) and not _CASED_SHORT_WORD.search(alias) else 0
    # not "RefCOCO" in "RefCOCO+" or "PubMed" in "PubMed-BERT"; but "ImageNet-pretrained" names the data
    return re.compile(body + r"(?!\w|\+(?!\w)|'\d\d(?![\w’'])|[-/](?!" + cue.PRETRAINED_ON_IT.pattern + r")[^\W_]|\.[^\W_])", flags)


def _key(text: str) -> str:
    return "".join(_ALNUM.findall(text[:3 * _KEY_LEN]))[:_KEY_LEN].casefold()


@cache
def _alias_index() -> dict[str, tuple[tuple[str, DatasetEntry], ...]]:
    """First alphanumerics of each alias (folded) -> (alias, entry), longest alias first."""
    grouped: dict[str, list[tuple[str, DatasetEntry]]] = {}
    for entry in dataset_catalog():
        for alias in dict.fromkeys((entry.name, *entry.aliases)):
            if key := _key(alias):
                grouped.setdefault(key, []).append((alias, entry))
    return {k: tuple(sorted(v, key=lambda t: -len(t[0]))) for k, v in grouped.items()}


def _as_written(surface: str, alias: str, at_sentence_start: bool, named_as_data: bool = False) -> bool:
    """A loose match counts if the text writes the alias exactly, in its case (CamelCase,
    digits), or as a proper name: capitalized or mixed case, not a capitalized ordinary
    word opening a sentence; or, hyphenated, right before a data noun ("the proof-pile dataset")."""
    if surface != alias and surface.islower() and not alias.islower() and (
            not any(c.isdigit() for c in surface) or surface.split()[0].split("-")[0] in cue.STOP) and not (
            named_as_data and "-" in surface):
        return False  # "record", "stories", "imagenet", "in 100" (IN-100) in lower case: not a name as written
    if (surface != alias and surface.isalpha() and surface[1:].islower() and any(c.islower() for c in alias)
            and sum(c.isupper() for c in alias) >= 3):
        return False  # "Quality: datasets should be high-quality" is an English word, not QuALITY
    same_spelling = " ".join(surface.split()).casefold() == alias.casefold()
    if (surface == alias or same_spelling and (_any_case(alias) or named_as_data and "-" in surface)
            or alias.startswith("The ") and surface[1:] == alias[1:]):
        return True
    if not _loose(alias) or not (surface[:1].isupper() or _CAMEL_OR_DIGIT.search(surface)):
        return False
    return not (at_sentence_start and " " not in surface and surface[1:].islower() and alias[1:] != surface[1:])


@cache
def case_sensitive_names() -> frozenset[str]:
    return frozenset(a.casefold() for e in dataset_catalog() for a in (e.name, *e.aliases) if not _any_case(a))


# --- catalog mentions ----------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]+")
_HYPHENATED = re.compile(r"[^\W_][\w+]*(?:-[\w+]+)+(?![\w-])")
_NEXT_WORD = re.compile(r" ([A-Z][\w+]*(?:[-'.→][\w+]+)*)(?![\w+-])")
_PREV_WORD = re.compile(r"(?<![\w+.'#-])([A-Z][\w+]*(?:[-'][\w+]+)*) $")


def _left_boundary(text: str, i: int) -> bool:
    if i == 0:
        return True
    before = text[i - 1]
    if before.isalnum() or before == "_":
        return False
    return not (before in "-/" and i >= 2 and text[i - 2].isalnum())


_DATA_NOUN = re.compile(r"Benchmark|Evaluation|Corpus|Dataset|Challenge|Treebank|Suite|Bank|Collection")


def _defines_acronym(text: str, start: int, end: int, entry: DatasetEntry) -> bool:
    """"drug-drug interaction (DDI)", "Singular Value Thresholding (SVT)": an all-caps abbreviation
    being defined, not the dataset (unless the long form is one of the dataset's own names, or a
    capitalized name ending in a data noun: "Visual Task Adaptation Benchmark (VTAB)")."""
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) < 2 or not text[start:end].isupper() or text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    before = text[max(0, start - 80):start - 1].rstrip()
    if any(before.casefold().endswith(label.casefold()) for label in (entry.name, *entry.aliases)):
        return False
    if re.search(r"\d", text[start:end]):  # "(AIME 2024)": a dated or numbered name is the dataset, not a term
        return False
    words = _WORD.findall(before)[-len(letters):]
    if all(w[:1].isupper() for w in words) and words and _DATA_NOUN.fullmatch(words[-1]):
        return False  # "Visual Task Adaptation Benchmark (VTAB)": a dataset's own long name
    return "".join(w[0] for w in words).casefold() == "".join(letters).casefold()


_BROAD_LIST = "tools/well_known_datasets.csv"


def _surname_like(surface: str, alias: str, entry: DatasetEntry) -> bool:
    """An all-capitals name from the broad hand-compiled list ("CALVIN", "MAESTRO", "ALFRED") written
    as an ordinary capitalized word ("Calvin et al.", "Maestro"): a person or a word, not the dataset.
    Older entries keep their reviewed spellings ("Fleurs", "Lambada")."""
    return (_BROAD_LIST in entry.source and alias.isupper() and surface[:1].isupper()
            and surface[1:].isalpha() and surface[1:].islower())


_BARE_VERSION = re.compile(r" ?v?\d{1,2}(?:\.\d+)?(?![\w-]|[.,]\d|\s*(?:[kKMBT]\b|%|thousand|million|billion))")
_NUMBERED_EDITION = re.compile(r"\b(?i:challenge|shared task|track)$")
_KIND_BETWEEN = re.compile(r"\s*(?:(?:dataset|corpus|benchmark)\s*)?")  # "ImageNet dataset (ImageNet-1K)": restated
_DATA_NOUN_NEXT = re.compile(r"\s+(?:data|datasets?|corpus|benchmark)\b")


def _match_alias(text: str, i: int, end: int | None = None, sentence_start: bool = False
                 ) -> tuple[int, DatasetEntry] | None:
    key, index = _key(text[i:]), _alias_index()
    options = [o for n in range(len(key), 0, -1) for o in index.get(key[:n], ())]
    best: tuple[int, bool, DatasetEntry] | None = None
    for alias, entry in options:  # the longest match; of two as long, one written exactly as an alias
        m = _alias_regex(alias).match(text, i, len(text) if end is None else end)  # ("DUDE" is not DUD-E)
        # "the Concode data", "the proof-pile dataset" (not "a multilingual self-instruct dataset")
        named_as_data = bool(m and _DATA_NOUN_NEXT.match(text, m.end())
                             and (not m.group().islower() or text[max(0, i - 4):i].casefold() == "the "))
        if (m and _as_written(m.group(), alias, sentence_start, named_as_data)
                and not (_surname_like(m.group(), alias, entry) and not named_as_data)):
            found = (m.end(), m.group() == alias, entry)
            if best is None or found[:2] > best[:2]:
                best = found
    return (best[0], best[2]) if best else None


# "MMC4-core", "C4-en", "LibriSpeech-clean": lower-case words that name a version of a dataset
# (not "COCO-style" or "ImageNet-scale").
_VERSION_WORD = re.compile(r"core|full|mini|lite|tiny|clean|cleaned|filtered|dedup|hard|easy|extended|en|zh|multi")


def _hyphen_extension(text: str, i: int) -> int | None:
    """"MATH-500", "ImageNet-C", "MMC4-core": a catalog name with a hyphen suffix of capitals or
    digits, or a word naming a version of it (``_VERSION_WORD``)."""
    token = _HYPHENATED.match(text, i)
    if not token or cue.MODEL_OR_HARDWARE.search(token.group()) or cue.MODEL_NEXT.match(text, token.end()):
        return None
    for k in [j.start() for j in re.finditer("-", token.group())][::-1]:
        head_end, suffix = i + k, token.group()[k:]
        if all(part[:1].isupper() or part[:1].isdigit() or _VERSION_WORD.fullmatch(part)
               for part in suffix.split("-")[1:]):
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
    if not rest or not cue.titled_language(first):
        return candidate
    shorter = resolve_dataset(rest)
    return (start, end, shorter) if shorter and shorter.kind == "corpus" else candidate


def catalog_hits(text: str, sentence_starts: set[int]) -> list[Candidate]:
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
        if (version := _BARE_VERSION.match(text, pos)) and (versioned := resolve_dataset(text[i:version.end()])) not in (None, entry):
            pos, entry = version.end(), versioned  # "SQuAD 2": the catalog's "SQuAD 2.0", not SQuAD
        elif version and version.group().startswith(" ") and _NUMBERED_EDITION.search(text, i, pos):
            pos, entry = version.end(), None  # "the DNS challenge 4": an edition the catalog does not list, named as written
        restates = text[i - 1:i] == "(" and hits and _KIND_BETWEEN.fullmatch(text, hits[-1][1], i - 1) is not None
        if not (restates or _defines_acronym(text, i, pos, entry) or cue.HARDWARE_NEXT.match(text, pos)
                or cue.TAXONOMY_NEXT.match(text, pos) or cue.WEBSITE_NEXT.match(text, pos)
                or cue.MODEL_NEXT.match(text, pos) or cue.TOOLKIT_NEXT.match(text, pos)):
            hits.append(_extend(text, i, pos, entry, sentence_starts, hits[-1][1] if hits else 0))
            pos = max(pos, hits[-1][1])
    return [_without_language(text, hit) for hit in _one_named_twice(text, hits)]


def _one_named_twice(text: str, hits: list[Candidate]) -> list[Candidate]:
    """"ImageNet ILSVRC-2012", "ILSVRC-2012 ImageNet": a dataset named and at once specified by a
    catalog name of its own family, written right after it, is one mention, of the family's name
    (as papers' readers cite it: ImageNet). Once per pair, and not for a list of variants written
    as the name and a suffix ("ImageNet ImageNet-V2 ImageNet-R" are three datasets)."""
    merged: list[Candidate] = []
    joined = False  # the last hit is already a pair
    for hit in hits:
        last = merged[-1] if merged else None
        if (last and not joined and last[2] and hit[2] and last[2] != hit[2] and text[last[1]:hit[0]] == " "
                and _same_family(last[2], hit[2]) and not text.startswith(text[last[0]:last[1]], hit[0])):
            family = last[2] if hit[2].key.startswith(last[2].key + "-") else hit[2]
            merged[-1] = (last[0], hit[1], family)
            joined = True
            continue
        merged.append(hit)
        joined = False
    return merged


def _same_family(first: DatasetEntry, second: DatasetEntry) -> bool:
    """ImageNet and ImageNet-1k (alias ILSVRC-2012): one name begins with the other."""
    a, b = first.key, second.key
    return a != b and (b.startswith(a + "-") or a.startswith(b + "-"))
