"""Dataset mentions in plain prose, and the role each plays in a training run.

Datasets are not tagged in excerpts; this module finds them in the prose (tags
already removed) and reads their role from the sentence.

Detection
1. Catalog (``ontology/catalogs/datasets.csv``): every name and alias, as a whole
   word. A name is not found inside a longer token ("ImageNet" in
   "ImageNet-pretrained", "PubMed" in "PubMedBERT") and the longest alias wins
   ("BC5CDR-chem" over "BC5CDR"). An alias of 6+ characters that is CamelCase or
   mixes letters and digits ("PubMed", "ImageNet", "WikiText-103") matches in any
   case; every other alias only as the catalog writes it, so "arc", "math", "pile",
   "glue" or "ad hoc" are not ARC, MATH, the Pile, GLUE or HoC. A leading "The" may
   be lower-case ("the Pile").
2. Pattern, for names the catalog lacks: a proper-looking name (capitalized,
   CamelCase, or with digits) right after a data cue ("pre-trained on X",
   "fine-tuned on X and Y", "evaluated on X", "benchmarks such as X, Y, and Z",
   "sourced from X"), before a head noun ("the X dataset/corpus/benchmark"), or in
   apposition ("a corpus, X, consisting of"). Model names, optimizers, frameworks,
   hardware, tokenizers, task acronyms (NER, QA), languages, and catalog names in
   the wrong casing ("Math") are refused.
Spans in ``exclude`` (tagged model names, hardware ...), URLs, and names right after
"without", "instead of", "unlike", "available on" ... are never datasets.

Role
Cues: pre-training ("pre-train", "pre-training corpus", "was pre-trained"),
fine-tuning ("fine-tune", "instruction tuning", "SFT", "RLHF", "DPO"), evaluation
("evaluate", "benchmarks", "test set", "zero-shot", "achieves", "accuracy on",
"outperforms", "improvements", "experiments on", "84% on"), and weak cues. A weak
training cue ("trained on", "training data", "sourced from", "constructed from")
takes the role of the nearest pre-training or fine-tuning cue before it in its
sentence, else of the previous sentence when that was about pre-training or
fine-tuning, else pre-training. A bare "corpus"/"corpora" takes the role of the
nearest cue of any kind before it in its sentence, else of the previous sentence,
else pre-training. Cues inside a dataset name or an excluded span do not count.
For a mention, the first rule that applies gives its role ("clause": the part of
the sentence between ";", ", while", ", but", ...):
  1. the nearest cue before it in its clause;
  2. the first cue after it in its clause, a strong cue before a weak one
     ("MedQA was used for evaluation");
  3. rules 1 and 2 over the whole sentence;
  4. the role of the last cue of the previous sentence in the same paragraph
     ("For pre-training we built X. It includes PubMed Central ...");
  5. none: the mention is not reported (a dataset named without any data cue is
     no evidence that the run used it).
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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal, cast

__all__ = ["DatasetEntry", "DatasetMention", "Role", "dataset_catalog", "find_datasets", "resolve_dataset"]

Role = Literal["pretraining", "finetuning", "evaluation"]
Span = tuple[int, int]


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


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    kind: str  # a Role, or "train" / "corpus" for weak cues

    @property
    def weak(self) -> bool:
        return self.kind in ("train", "corpus")


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
    return index


def resolve_dataset(name: str) -> DatasetEntry | None:
    """Catalog entry whose name or alias is ``name`` (case and a leading "the" ignored)."""
    folded = " ".join(name.split()).casefold()
    index = _by_folded_name()
    return index.get(folded) or index.get(folded.removeprefix("the "))


_RUN = re.compile(r"[^\W_]+")
_CAMEL_OR_DIGIT = re.compile(r"[a-z][A-Z]|\d")


def _any_case(alias: str) -> bool:
    return len(alias) >= 6 and any(c.islower() for c in alias) and bool(_CAMEL_OR_DIGIT.search(alias))


def _alias_regex(alias: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(word) for word in alias.split())
    if alias.startswith("The "):
        body = "[Tt]" + body[1:]
    return re.compile(body + r"(?![\w]|[-/][^\W_])", re.IGNORECASE if _any_case(alias) else 0)


@cache
def _alias_index() -> dict[str, tuple[tuple[re.Pattern[str], DatasetEntry], ...]]:
    """First word run of each alias (folded) -> (regex, entry), longest alias first."""
    grouped: dict[str, list[tuple[int, re.Pattern[str], DatasetEntry]]] = {}
    for entry in dataset_catalog():
        for alias in dict.fromkeys((entry.name, *entry.aliases)):
            first = _RUN.search(alias)
            if first:
                grouped.setdefault(first.group().casefold(), []).append((len(alias), _alias_regex(alias), entry))
    return {k: tuple((rx, e) for _, rx, e in sorted(v, key=lambda t: -t[0])) for k, v in grouped.items()}


@cache
def _case_sensitive_names() -> frozenset[str]:
    return frozenset(a.casefold() for e in dataset_catalog() for a in (e.name, *e.aliases) if not _any_case(a))


# --- sentences and cues --------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])|\n\s*\n")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|approx|vs|cf|al|Fig|Eq|Sec|Tab|No|resp)\.$")

_CUES = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<pretraining>pre-?train(?:s|ing)?\b|pre-?trained(?=(?:\s+\w+ly)?\s+(?:on|using|with|without|from|over)\b)"
    r"|(?:was|were|is|are|been|be|we|first)\s+(?:\w+ly\s+)?pre-?trained"
    r"|continued\s+training)"
    r"|(?P<finetuning>fine-?tun(?:e|es|ing)\b|finetun(?:e|es|ing)\b"
    r"|(?:fine-?|fine\s|instruction[- ])tuned(?!\s+(?:model|weights|checkpoints?|versions?|variants?)\b)"
    r"|instruction[- ]tun\w*|SFT\b|RLHF\b|DPO\b|post-training\b|preference\s+(?:data|optimization|tuning))"
    r"|(?P<evaluation>evaluat\w*|benchmark\w*|tested\s+on|test(?:ing)?\s+(?:set|split|data)|held-out"
    r"|validation\s+(?:set|split)|dev(?:elopment)?\s+set|zero-shot|few-shot|one-shot|\d+-shot|achiev\w*"
    r"|accuracy|F1\b|exact\s+match|perplexity|BLEU\b|ROUGE|AUROC|scor(?:es?|ing)\s+(?:of|on)|outperform\w*"
    r"|surpass\w*|state[- ]of[- ]the[- ]art|SOTA\b|results\s+on|performance\s+on"
    r"|perform(?:s|ed)?\s+(?:\w+\s+)?on|measured\s+on|assess\w*|compar(?:e|ed|es|ing|ison)\b"
    r"|experiments?\s+on|attain\w*|improve(?:s|d|ments?)?\b|gains?\b"
    r"|\d+(?:\.\d+)?\s*%\s+(?:[\w-]+\s+)?on\b)"
    r"|(?P<train>train(?:ed|ing|s)?(?:\s+\w+ly)?\s+(?:on|using|with)\b"
    r"|training\s+(?:data|set|split|corpus|corpora|mixture|examples)|data\s+mix(?:ture)?"
    r"|(?:sourced|collected|compiled|drawn|constructed|aggregated|assembled|scraped|crawled)\s+from)"
    r"|(?P<corpus>corpus\b|corpora\b))",
    re.IGNORECASE,
)

# Cues directly followed by a list of dataset names.
_LIST_CUE = re.compile(
    r"(?<![\w-])(?:(?:(?:pre-?|fine-?|instruction[- ]|post-?)?(?:train|tun)(?:ed|ing|e|s)?"
    r"|evaluat(?:ed|ing|ion|e)|test(?:ed|ing)|benchmarked|validated|assessed|results|performance"
    r"|accuracy|perplexity|scores?)(?:\s+\w+ly)?\s+on"
    r"|(?:benchmarks?|datasets?|corpora|data\s+sources|collections)\s*,?\s+(?:like|such\s+as|including|namely)"
    r"|(?:sourced|collected|compiled|drawn|constructed|aggregated|assembled|scraped|crawled)\s+from)\s+",
    re.IGNORECASE,
)
_NAME = (r"(?<![\w-])(?:[A-Z]|[a-z]+[A-Z0-9])[\w+]*(?:[-./'][\w+]+)*"
         r"(?: (?:[A-Z0-9][\w+]*(?:[-./'][\w+]+)*|v\d[\w.]*))*")
_NAME_AT = re.compile(_NAME)
_HEAD_NOUN = re.compile(
    rf"(?<![\w-])(?:the|our|a|an|new|public)\s+(?P<name>{_NAME})"
    r"\s+(?i:dataset|corpus|benchmark|data\s+set|database)s?\b")
_APPOSITION = re.compile(
    rf"(?i:corpus|dataset|benchmark|collection)\s*,\s*(?:(?i:called|named|termed|dubbed)\s+)?(?P<name>{_NAME})\s*,"
    rf"|(?i:corpus|dataset|benchmark)\s+(?i:called|named|termed|dubbed)\s+(?P<name2>{_NAME})"
    rf"|(?P<name3>{_NAME})\s*,\s*an?\s+(?:[\w-]+\s+){{0,3}}?(?:corpus|dataset|benchmark|collection)\b")
_LIST_SEP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:dataset|corpus|benchmark)s?\b)?"
                       r"(?:\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+|\s*/\s*)(?:the\s+)?")
_ARTICLE = re.compile(r"(?:the|The)\s+")
_NEGATED = re.compile(
    r"(?:\bnot\s+(?:use|used|using|include|included|train\w*\s+on)|\bwithout|\bexclud\w*|\bexcept(?:\s+for)?"
    r"|\binstead\s+of|\bunlike|\brather\s+than|\bother\s+than"
    r"|\b(?:available|released|hosted|published)\s+(?:\w+\s+)?(?:on|at|via|through))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_URL_TOKEN = re.compile(r"://|www\.|\.(?:com|org|io|net|ai)\b")
_MODEL_OR_HARDWARE = re.compile(
    r"BERT|GPT|LLaMA|Llama|ViT|ResNet|CLIP|\bT5\b|BART|XLNet|ELECTRA|Mistral|Mixtral|Gemma|Qwen|PaLM|BLOOM"
    r"|Whisper|wav2vec|DALL|Diffusion|U-?Net|LSTM|RNN|MLP|Transformer|Chinchilla|Gopher"
    r"|-(?:[Bb]ase|[Ll]arge|[Ss]mall|XL|XXL|[Tt]iny|[Mm]ini|[Hh]uge)\b"
    r"|\b(?:[AHVPL]\d{2,3}[A-Z]?s?|MI\d{3}X?|TPU\w*|GPU\w*|RTX|GeForce|Tesla|Ascend|Gaudi\d?)\b"
)
_STOP = frozenset("""
a an the our we this these those it its in for all each both several various many other such
table figure fig section appendix eq january february march april may june july august september
october november december english chinese french german spanish japanese korean arabic russian
multilingual python java javascript c++ ner qa nli re pos mlm nsp asr ocr mt nlp nlu nlg cv rl rlhf
sft dpo ppo llm llms lm ehr ehrs icu ct mri cpu cpus nvidia amd intel google microsoft meta openai
amazon deepmind adam adamw sgd lamb adafactor lion pytorch tensorflow jax flax keras deepspeed
megatron megatron-lm fsdp ddp zero zero-1 zero-2 zero-3 nccl cuda nvlink infiniband wordpiece
sentencepiece bpe tokenizer bf16 fp16 fp32 fp8 tf32 int8 aws azure gcp hugging huggingface ubuntu
linux windows macos task tasks subtask track setting split part phase stage experiment experiments
round step epoch recognition classification answering extraction generation detection segmentation
translation summarization retrieval inference reasoning understanding monday tuesday wednesday
thursday friday saturday sunday summit frontier aurora perlmutter fugaku selene polaris juwels leonardo
lumi marenostrum tsubame sierra jean zay
""".split())
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although|though)\b|\s(?:while|whereas)\s")
_HARDWARE_NEXT = re.compile(r"\s+(?:instances?|nodes?|GPUs?|TPUs?|clusters?|machines?|servers?|supercomputers?)\b")
_SOFTWARE_NEXT = re.compile(
    r"\s+(?:systems?|platforms?|frameworks?|library|libraries|optimizers?|tokenizers?|models?|architectures?"
    r"|backbones?|encoders?|decoders?|checkpoints?|pods?|hardware|chips?|accelerators?)\b")
_WORD = re.compile(r"[A-Za-z]+")
_CAMEL_START = re.compile(r"[a-z]+[A-Z]")


def _sentences(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, starts_paragraph) for each sentence."""
    spans: list[tuple[int, int, bool]] = []
    start, new_paragraph = 0, True
    for match in _SENTENCE_END.finditer(text):
        if match.group() == "." and _ABBREVIATION.search(text[max(start, match.end() - 8):match.end()]):
            continue
        spans.append((start, match.end(), new_paragraph))
        new_paragraph = "\n" in match.group()
        start = match.end()
    if start < len(text):
        spans.append((start, len(text), new_paragraph))
    return spans


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _cues(text: str, blocked: Sequence[Span]) -> list[_Cue]:
    return [_Cue(m.start(), m.end(), m.lastgroup or "train")
            for m in _CUES.finditer(text) if not _overlaps(m.span(), blocked)]


# --- mention finding -------------------------------------------------------------

def _blocked_context(text: str, start: int, end: int) -> bool:
    if _NEGATED.search(text[max(0, start - 50):start]):
        return True
    left = text.rfind(" ", 0, start) + 1
    right = len(text) if (r := text.find(" ", end)) < 0 else r
    return bool(_URL_TOKEN.search(text[left:right]))


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


def _catalog_hits(text: str, exclude: Sequence[Span]) -> list[tuple[int, int, DatasetEntry]]:
    hits: list[tuple[int, int, DatasetEntry]] = []
    index, pos = _alias_index(), 0
    for run in _RUN.finditer(text):
        i = run.start()
        if i < pos or not _left_boundary(text, i):
            continue
        for regex, entry in index.get(run.group().casefold(), ()):
            m = regex.match(text, i)
            if not m:
                continue
            restates = text[i - 1:i] == "(" and hits and not text[hits[-1][1]:i - 1].strip()
            pos = m.end()
            if not (restates or _overlaps(m.span(), exclude) or _blocked_context(text, i, pos)
                    or _defines_acronym(text, i, pos, entry) or _HARDWARE_NEXT.match(text, pos)):
                hits.append((i, pos, entry))
            break
    return hits


def _is_name(name: str, at_sentence_start: bool) -> bool:
    tokens = [t.removesuffix("'s") for t in name.split()]
    first = tokens[0]
    if not (first[0].isupper() or any(c.isdigit() for c in first) or _CAMEL_START.match(first)):
        return False
    if at_sentence_start and len(tokens) == 1 and first[1:].islower():
        return False
    if any(t.casefold() in _STOP for t in tokens) or _MODEL_OR_HARDWARE.search(name):
        return False
    return name.casefold() not in _case_sensitive_names() and len(name) >= 2


def _pattern_hits(text: str, taken: Sequence[Span], exclude: Sequence[Span], sentence_starts: set[int]) -> list[Span]:
    starts = dict(taken)
    found: list[Span] = []

    def accept(span: Span) -> None:
        name = text[span[0]:span[1]]
        if (_is_name(name, span[0] in sentence_starts) and not _overlaps(span, [*taken, *exclude, *found])
                and not _blocked_context(text, *span) and not _HARDWARE_NEXT.match(text, span[1])
                and not _SOFTWARE_NEXT.match(text, span[1])):
            found.append(span)

    for cue in _LIST_CUE.finditer(text):
        pos = cue.end()
        while True:
            if article := _ARTICLE.match(text, pos):
                pos = article.end()
            if pos in starts:
                pos = starts[pos]
            elif (m := _NAME_AT.match(text, pos)) and _is_name(m.group(), False):
                accept(m.span())
                pos = m.end()
            else:
                break
            if not (sep := _LIST_SEP.match(text, pos)):
                break
            pos = sep.end()
    for m in _HEAD_NOUN.finditer(text):
        accept(m.span("name"))
    for m in _APPOSITION.finditer(text):
        accept(m.span(next(g for g in ("name", "name2", "name3") if m.group(g))))
    return found


# --- roles -------------------------------------------------------------------------

def _sentence_roles(cues: Sequence[_Cue], carried: Role | None) -> list[Role]:
    """Resolved role of each cue of one sentence: weak cues borrow (see module doc)."""
    roles: list[Role] = []
    last_training: Role | None = None  # nearest pre-training / fine-tuning cue so far
    last_any: Role | None = None
    fallback: Role = carried if carried in ("pretraining", "finetuning") else "pretraining"
    for cue in cues:
        if cue.kind == "train":
            roles.append(last_training or fallback)
        elif cue.kind == "corpus":
            roles.append(last_any or carried or "pretraining")
        else:
            last_any = cast(Role, cue.kind)
            last_training = last_any if last_any != "evaluation" else last_training
            roles.append(last_any)
    return roles


_WHOLE: Span = (0, 1 << 62)


def _clause(text: str, sentence: Span, start: int) -> Span:
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, *sentence)]
    left = max((b for b in breaks if b < start), default=sentence[0])
    return left, min((b for b in breaks if b >= start), default=sentence[1])


def _role_at(start: int, end: int, clause: Span, cues: Sequence[_Cue], roles: Sequence[Role],
             carried: Role | None) -> Role | None:
    """Nearest cue before, else first cue after (strong first): in the clause, then the sentence."""
    for lo, hi in (clause, _WHOLE):
        before = [r for c, r in zip(cues, roles) if lo <= c.start and c.end <= start]
        if before:
            return before[-1]
        after = [(c.weak, i) for i, c in enumerate(cues) if c.start >= end and c.end <= hi]
        if after:
            return roles[min(after)[1]]
    return carried


def find_datasets(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[DatasetMention]:
    """Dataset mentions in ``text``: one per (dataset, role), in order of first appearance."""
    sentences = _sentences(text)
    hits = _catalog_hits(text, exclude)
    taken = [(s, e) for s, e, _ in hits]
    patterns = _pattern_hits(text, taken, exclude, {s for s, _, _ in sentences})
    candidates: list[tuple[int, int, DatasetEntry | None]] = [*hits, *((s, e, None) for s, e in patterns)]
    cues = _cues(text, [*exclude, *taken])
    cue_starts = [c.start for c in cues]
    mentions: dict[tuple[str, Role], DatasetMention] = {}
    carried: Role | None = None
    for s_start, s_end, new_paragraph in sentences:
        if new_paragraph:
            carried = None
        lo, hi = bisect_right(cue_starts, s_start - 1), bisect_right(cue_starts, s_end - 1)
        local = cues[lo:hi]
        roles = _sentence_roles(local, carried)
        for start, end, entry in sorted((c for c in candidates if s_start <= c[0] < s_end), key=lambda c: c[0]):
            role = _role_at(start, end, _clause(text, (s_start, s_end), start), local, roles, carried)
            if role is None:
                continue
            surface = text[start:end]
            ident = entry.key if entry else surface.casefold()
            mentions.setdefault((ident, role), DatasetMention(
                entry.name if entry else surface, entry.key if entry else None, role, surface, start, end))
        carried = roles[-1] if roles else None
    return sorted(mentions.values(), key=lambda m: (m.start, m.role))
