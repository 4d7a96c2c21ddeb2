"""Clauses, role cues, list cues and name filters for ``loader.datasets`` (sentences: ``loader.sentences``).

The rules these implement are described in the docstring of ``loader/datasets.py``.
Every regex here runs on the *masked* text: the excluded (tagged) spans replaced by
"#" characters, so a tagged model name is one opaque word ("We trained ### on X").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache


Span = tuple[int, int]

# --- clauses -----------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although|though)\b|\s(?:while|whereas)\s"
                           r"|,\s+and\s+(?:then\s+)?(?:we|they)\b")


def clause(text: str, sentence: Span, start: int) -> Span:
    """The part of ``sentence`` around ``start`` between ";", ", while", ", but" ..."""
    breaks = positions(_CLAUSE_BREAK, text, *sentence)
    i = bisect_left(breaks, start)
    return (breaks[i - 1] if i else sentence[0]), (breaks[i] if i < len(breaks) else sentence[1])


@lru_cache(maxsize=256)
def positions(regex: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, ...]:
    """Where ``regex`` matches in ``text[start:end]``: asked once per sentence, not per name
    (a sentence listing thousands of names stays linear)."""
    return tuple(m.start() for m in regex.finditer(text, start, end))


@lru_cache(maxsize=256)
def _spans(regex: re.Pattern[str], text: str, start: int, end: int) -> tuple[Span, ...]:
    return tuple(m.span() for m in regex.finditer(text, start, end))


class SpanSet:
    """Disjoint spans, kept sorted: whether a span overlaps one of them, in O(log n)."""

    def __init__(self, spans: Iterable[Span] = ()):
        self._spans: list[Span] = sorted(spans)

    def overlaps(self, span: Span) -> bool:
        i = bisect_right(self._spans, (span[0], span[0]))
        return any(s < span[1] and span[0] < e for s, e in self._spans[max(0, i - 1):i + 1])

    def add(self, span: Span) -> None:
        insort(self._spans, span)


# --- role cues ---------------------------------------------------------------------------

# A verb's object: up to five words, no clause punctuation ("it", "the network",
# "### from scratch", "the model for 3 epochs").
# An appositive aside may sit between the object and "on" ("train X, a 1.1B parameter model, on Y").
# "transfer ViT-22B to segmentation", "transferred to ImageNet" (a masked model name may sit between).
_TRANSFER_TO = r"transfer(?:s|red|ring)?\s+(?:[\w#-]+\s+){0,2}?to\b"
_ASIDE = r"(?:\s*,\s+(?:a|an|the|our|which|with)\s[^,;:()]{1,60},)?"
_OBJECT = r"(?P<obj>(?:\s+[^\s,;:]*[^\s,;:.]){0,5}?)" + _ASIDE + r"(?:\s+from\s+scratch)?(?:\s+\w+ly)?"
_MODEL_NOUN = r"(?:models?|weights|checkpoints?|versions?|variants?|counterparts?|baselines?|LLMs?|LMs?|networks?)"

# A number of things: "38k", "1.2 million", "15B".
_COUNT_OF = r"(?<![\d,.])\d[\d,.]*\s*(?:[kKMBT]\b|thousand|million|billion|trillion)?\s*"
# An amount of data: "38k hours", "1.2 million image-text pairs", "15B tokens".
_AMOUNT = (_COUNT_OF + r"(?:hours|hrs|tokens|images|image-text\s+pairs|pairs|utterances|documents|videos|clips|sentences"
           r"|sequences|samples|examples|interactions|molecules|proteins|structures|conversations|dialogues"
           r"|recordings|reviews|ratings|articles|problems|questions|notes|reports|webpages|web\s+pages|books"
           r"|\(image,\s*text\)\s+pairs)(?!\w)")
# "6.1 billion words from PubMed", "EU legislation (~61K documents) from EURLEX": data drawn from a source
# (words count only here: "about 120 words" elsewhere is a length, not an amount of data)
_AMOUNT_FROM = (rf"(?<![\w-])(?:{_AMOUNT}|{_COUNT_OF}words(?!\w)|\(\s*(?:about\s+|around\s+|over\s+|~|∼|≈)?\s*{_AMOUNT}\s*\))"
                r"(?:\s+of(?:\s+[\w-]+){1,5}?)?\s+from\b")
AMOUNT_FROM = re.compile(_AMOUNT_FROM + r"\s+(?:the\s+)?", re.IGNORECASE)
# "56% is from X, 4% from Y", "of which 90.2% came from X": shares of a training mix (not "drops
# by 12% from X to Y").
_SHARE_FROM = r"(?:(?<=[,:;]\s)|(?<=\band\s)|(?<=\bwhich\s)|(?<=\bremaining\s))\d+(?:\.\d+)?\s?%\s+(?:(?:is|are|was|were)\s+)?(?:(?:comes?|came)\s+)?from"

CUES = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<pretraining>pre-?train(?:s|ing)?\b|pre-?trained(?=" + _OBJECT + r"\s+(?:on|using|with|without|from|over)\b)"
    r"|(?:was|were|is|are|been|be|we|first)\s+(?:\w+ly\s+)?pre-?trained|continued\s+training)"
    r"|(?P<finetuning>fine-?tun(?:e|es|ing)\b|finetun(?:e|es|ing)\b|instruction[- ](?:fine-?)?tun(?:e|es|ing)\b"
    r"|(?:fine-?|fine\s|instruction[- ])tuned(?!\s+(?:(?!(?:the|a|an|our|its|their|this|these|those)\b)[\w-]+\s+)?"
    + _MODEL_NOUN + r"\b)"
    r"|(?<=downstream\s)(?:models?|heads?|classifiers?)\s+(?:(?:are|is|were|was)\s+)?trained(?=\s+on\b)"
    r"|SFT\b|RLHF\b|DPO\b|post-training\b|" + _TRANSFER_TO +
    r"|instruction(?:[- ]tuning)?\s+(?:data|datasets?|mixture|collection)\b"
    r"|(?:prompt|prefix|multi-?task)[- ]tuning\b|preference\s+(?:data|optimization|tuning)|reward\s+model(?:s|ing)?\b)"
    r"|(?P<evaluation>evaluat\w*|downstream(?=[\s/]+(?:tasks?|datasets?|benchmarks?|evaluation)\b)|benchmark\w*|test(?:s|ed|ing)?\s+on|for\s+testing\b|test(?:ing)?\s+(?:set|split|data|collection)|held-out|hold(?:s|ing)?\s+out(?=(?:\s+\S+){0,8}?\s+(?:for|as)\s+(?:validation|testing|test|evaluation)\b)"
    r"|report(?:s|ed|ing)?(?=(?:\s+\S+){0,3}?\s+on\b)|(?:we|they)\s+(?:also\s+)?report\b"
    r"|validation\s+(?:set|split)|(?-i:(?<=For\s))(?:clinical\s+|external\s+|independent\s+)?validation\b(?!\s+(?:loss|of)\b)|dev(?:elopment)?\s+set|zero-shot|few-shot|one-shot|\d+-shot|achiev\w*"
    r"|accuracy|F1\b|exact\s+match|perplexity|BLEU\b|ROUGE|AUROC|scor(?:es?|ing)\s+(?:of|on|for)|outperform\w*"
    r"|surpass\w*|state[- ]of[- ]the[- ]art|SOTA\b|results(?=(?:\s+\S+){0,3}?\s+on\b)|performance\s+on"
    r"|perform(?:s|ed)?\s+(?:\w+\s+)?(?:well|better|best|worse|strongly|poorly|competitively|comparably|favou?rably)\s+on|measur(?:e|ed|es|ing)(?=(?:\s+\S+){0,3}?\s+on\b)|assess\w*|(?<!to\s)compar(?:e|ed|es|ing)\b"
    r"|experiments?\s+on|attain\w*|improve(?:s|d|ments?)?\b|gains?\b|(?:user|human)\s+(?:stud(?:y|ies)|evaluations?|preference\s+(?:ratings?|judge?ments?|stud(?:y|ies)))"
    r"|\d+(?:\.\d+)?\s*%\s+(?:[\w-]+\s+)?on\b"
    # "transfer with linear classification on X": a linear probe of frozen features evaluates
    r"|linear\s+(?:classification|probing|probes?|evaluation)(?=\s+(?:\w+\s+)?(?:on|over)\b)"
    # "we then ran the model across 200,000 hours of recordings from X": applied, not trained
    r"|(?:ran|run|running|appl(?:y|ied|ying))\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:model|detector|classifier|network)s?\s+(?=on|to|across|over)\b)"
    r"|(?P<train>train(?:ed|ing|s)?(?=" + _OBJECT.replace("obj", "obj2") + r"\s+(?:on|using|with)\b)"
    r"|(?:(?<=we\s)|(?<=\bwe also\s)|(?<=\bwe then\s)|(?<=\bwe further\s))train(?:ed)?\b|(?<=to\s)(?:pre-?)?train\b|for\s+(?:both\s+)?training\b"
    r"|train(?:ed|s)?(?=\s+(?:it\s+|them\s+|the\s+model\s+)?for\s+(?:about\s+)?[\d,.]+\s*[kKM]?\s+(?:iterations|epochs|steps|updates)\b)"
    r"|training\s+(?:data|set|split|corpus|corpora|mixture|examples)|data\s+mix(?:ture)?"
    r"|(?:sourced|collected|compiled|drawn|constructed|aggregated|assembled|scraped|crawled)\s+from"
    # "fundus images were retrospectively obtained from EyePACS" (not "results obtained from HELM")
    r"|(?<=images\s)(?:were\s+)?(?:retrospectively\s+)?(?:obtained|acquired)\s+from"
    r"|draw(?:s|ing)?\s+(?:on|from)|sampl(?:e|es|ing)\s+(?:[^\s,;:]+\s+){0,8}?from"
    r"|(?:data|corpus|corpora|examples|samples)\s+(?:came|comes?|originat(?:e|es|ed))\s+from"
    r"|" + _SHARE_FROM + r")"
    r"|(?P<corpus>corpus\b|corpora\b|datasets?\b"
    r"|(?:sequences|images|texts|documents|articles|papers|abstracts|videos|recordings|questions|problems"
    r"|conversations|pairs|molecules|proteins|cells)\s+from\b))",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an our their its his her these those this that each every all both any some".split())
_SUBJECTS = frozenset("we they i you then also first further subsequently".split())


def adjectival(text: str, verb_start: int, obj: str) -> bool:
    """"the pre-trained and instruction-tuned models on X", "evaluate trained models on X":
    the participle modifies a noun; it is not the verb of a training statement."""
    words = re.findall(r"[\w'-]+", text[max(0, verb_start - 60):verb_start])[-3:]
    words = [w.casefold() for w in words]
    if not words:
        return False
    if words[-1] in _DETERMINERS or (words[-1] in ("and", "or") and _DETERMINERS & set(words)):
        return True
    first = obj.split()[0] if obj.split() else ""
    return bool(re.fullmatch(_MODEL_NOUN, first)) and words[-1] not in _SUBJECTS


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # a Role, "train" / "corpus" for weak cues, or "bench" for the noun "benchmark(s)"
    aside: bool = False  # inside parentheses: it serves the names there, not the sentence

    @property
    def weak(self) -> bool:
        return self.kind in ("train", "corpus")


# "benchmarks that are not part of the pretraining data: X, Y": the data named is kept out of it
_DENIED = re.compile(r"\bnot\s+(?:(?:a\s+)?part\s+of|in|included\s+in|seen\s+(?:in|during)|used\s+(?:in|for|during))\s+"
                     r"(?:the\s+|our\s+|its\s+|their\s+)?$", re.IGNORECASE)
# "Meta-World, introduced to benchmark meta-reinforcement learning": what a dataset was made for, not this work's use
_MADE_FOR = re.compile(r",\s+(?:originally\s+)?(?:introduced|designed|proposed|created|built|developed|intended|meant)\s+(?:to|for)\s+$",
                       re.IGNORECASE)
_NO_TRAINING = re.compile(r"\b(?:without|no)\s+(?:any\s+)?(?:(?:task-specific|additional|further|extra)\s+)?$",
                          re.IGNORECASE)
# "eight dedicated models trained separately on each of them, and on ...": the object is a pronoun
# for data already named, so the verb governs no name after it (at the sentence's end, "and
# pre-train on it." still serves the name before it).
_ON_PRONOUN = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:on|using|with)\s+(?:(?:each|all|both|either|any)\s+of\s+)?"
                         r"(?:them|it)\b(?!\s+(?:of|as|for)\b)(?!\s*(?:[.;:]|$))", re.IGNORECASE)


_PURPOSE_BEFORE = re.compile(r"\bto\s+(?:[\w'-]+\s+){0,10}?(?:and\s+)?$", re.IGNORECASE)
# "We train LoRA adapters on top of LLaMA with X", "a netsurf-style head ... trained on X": what is
# trained is added to a trained model, so the training is fine-tuning.
_ADDED_PART = re.compile(r"\b(?:LoRA|(?:low-rank\s+)?adapters|on\s+top\s+of|(?:[\w-]+-style|classification|prediction|regression"
                         r"|output|task(?:-specific)?|linear|MLP|detection|segmentation)\s+heads?)\b")


_LINEAR_PROBE = re.compile(r"\s+(?:a\s+)?(?:linear|logistic(?:\s+regression)?)\s+(?:classifiers?|heads?|layers?|probes?|models?)\s+"
                           r"on\s+(?:top\s+of\s+)?(?:the\s+)?frozen\b")


def _trains_an_added_part(text: str, start: int, end: int) -> bool:
    before = re.split(r"[.;]\s", text[max(0, start - 80):start])[-1]
    after = re.split(r"[.;]\s", text[end:end + 80])[0]
    return bool(_ADDED_PART.search(before) or _ADDED_PART.search(after))


def find_cues(text: str, blocked: Sequence[Span]) -> list[Cue]:
    found = []
    taken = SpanSet(blocked)
    parens = [m.span() for m in _PAREN.finditer(text)]  # an unclosed "(" makes no aside
    for m in CUES.finditer(text):
        kind = next(k for k in ("pretraining", "finetuning", "evaluation", "train", "corpus") if m.group(k))
        obj = m.group("obj") or m.group("obj2") or ""
        if taken.overlaps(m.span()) or (obj.strip() and adjectival(text, m.start(), obj)):
            continue
        if kind in ("pretraining", "finetuning") and _NO_TRAINING.search(text, max(0, m.start() - 40), m.start()):
            continue  # "evaluated without any task-specific fine-tuning, including X": no role for X
        if _MADE_FOR.search(text, max(0, m.start() - 40), m.start()):
            continue
        if kind in ("pretraining", "finetuning", "train") and _DENIED.search(text, max(0, m.start() - 40), m.start()):
            continue
        if kind in ("pretraining", "finetuning", "train") and _ON_PRONOUN.match(text, m.end()):
            continue
        if m.group() == "improve" and _PURPOSE_BEFORE.search(text, max(0, m.start() - 100), m.start()):
            continue  # "which are used to enhance X and improve its ability": a purpose, not a result
        if kind == "train" and _LINEAR_PROBE.match(text, m.end()):
            kind = "evaluation"  # "by training linear classifiers on frozen features": a probe
        elif kind == "train" and _trains_an_added_part(text, m.start(), m.end()):
            kind = "finetuning"
        if kind == "evaluation" and m.group().casefold() in ("benchmark", "benchmarks", "downstream"):
            kind = "bench"  # a noun: the role of a training verb just before it (module doc)
        i = bisect_left(parens, (m.start() + 1,)) - 1
        aside = i >= 0 and parens[i][0] < m.start() < parens[i][1]
        found.append(Cue(m.start(), m.end(), kind, aside))
    return found


# "to avoid leakage, we removed ... the WikiText-103 test set": a benchmark named in a
# sentence about keeping it out of the training data is only evaluated on.
LEAKAGE = re.compile(r"\b(?:leak\w*|overlap\w*|contaminat\w*|decontaminat\w*|remov\w*|exclud\w*|filter\w*)",
                     re.IGNORECASE)
_TEST_SAMPLES_OF = re.compile(r"\btest[- ](?:samples?|sets?|splits?|data|examples|problems|questions|instances)\s+(?:of|from|in)\b",
                              re.IGNORECASE)
SPLIT_AFTER = re.compile(r"\s+(?:test|dev|development|validation|evaluation|held-out)\s+(?:sets?|splits?|data)\b"
                         r"|\s+benchmarks?\b", re.IGNORECASE)
# "X, so we did not use it": a pronoun that takes back the dataset just named.
NEGATED_LATER = re.compile(r"[^.;()]{0,40}?\b(?:did|do|does|could|would)\s+not\s+(?:use|include|train\s+on)\s+"
                           r"(?:it|them)\b", re.IGNORECASE)
# "Flores-101 machine translation benchmark": a benchmark noun right after the name.
BENCHMARK_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}benchmarks?\b", re.IGNORECASE)
# "we fine-tune and evaluate on X": two cues joined by "and" both govern what follows.
JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&|/)\s*(?:then\s+)?")


# --- list cues: where a list of dataset names may start ----------------------------------

_NAME_START = r"(?=(?:the\s+)?(?:[A-Z]|[a-z]+[A-Z0-9]))"
_VERB_ON = re.compile(
    r"(?<![\w-])(?:(?:pre-?|re-?|post-?|continued\s+)?train(?:ed|ing|s)?|(?:pre-?)?fine-?tun(?:e|ed|es|ing)"
    r"|finetun(?:e|ed|es|ing)|instruction[- ]tun(?:e|ed|es|ing)|align(?:ed|s|ing)?|optimization|DPO|RLHF|SFT"
    r"|evaluat(?:e|ed|es|ing|ion)|test(?:ed|s|ing)?|benchmark(?:ed|s|ing)?|validat(?:e|ed|es|ing)"
    r"|assess(?:ed|es|ing)?|report(?:ed|s|ing)?|compar(?:e|ed|es|ing)|measur(?:e|ed|es|ing)"
    r"|results|performance|accuracy|perplexity|scores?)"
    r"(?:\s+[^\s,;:]*[^\s,;:.]){0,5}?" + _ASIDE + r"(?:\s+from\s+scratch)?(?:\s+\w+ly)?\s+on\s+" + _NAME_START,
    re.IGNORECASE,
)
_TASK_NOUN = (r"(?:segmentation|detection|classification|estimation|recognition|retrieval|captioning|generation"
              r"|translation|summarization|answering|reasoning|parsing|tagging|prediction|completion|QA|VQA)")
_DATA_NOUN = (r"(?:benchmarks?|datasets?|corpus|corpora|data|(?:data\s+)?sources|tasks|collections?|suites?"
              r"|mixtures?|sets|examples|samples|demonstrations|instructions)")
_LIST_CUE = re.compile(
    r"(?<![\w-])(?:" + _DATA_NOUN + r"(?:\s+available)?\s*,?\s+(?:like|such\s+as|including|namely|e\.g\.,?)"
    r"|(?:suites?|collections?)\s*,?\s+(?:which|that)\s+(?:includes?|contains?|covers?|comprises?|consists\s+of|spans?)"
    r"|(?:" + _DATA_NOUN + r"|evaluation)\s+(?:covers?|covered|includes?|included|spans?|comprises?|comprised"
    r"|combines?|combined|consists?\s+of|contains?|mixes|is|are|was|were|uses?|used|employs?|employed"
    r"|(?:came|comes?|(?:is|are|was|were)\s+\w+)\s+from)"
    r"|(?:" + _DATA_NOUN + r"|evaluation|pre-?training|fine-?tuning)(?:\s+for\s+[\w-]+(?:\s+[\w-]+)?)?\s*:"
    # "Reading Comprehension: RACE-high and RACE-middle.", "Natural Language Inference: ANLI R1, ...": a task label
    r"|(?<![\w-])(?-i:[A-Z][\w-]*\s+)(?:(?:[\w-]+|and)\s+){0,3}(?:" + _TASK_NOUN
    + r"|comprehension|understanding|inference)\s*:(?=\s*(?-i:[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})(?:\s*\([^()]*\))?\s*(?:[,.;]|and\b))"
    r"|" + _TRANSFER_TO +
    r"|(?:" + _DATA_NOUN + r"\s+(?:\w+\s+){0,8}?)(?:are|is|were|was)\s+(?:called|named|dubbed|denoted)"  # "... and are named X, Y and Z"
    r"|(?:mix(?:ture)?|combination|concatenation|union|blend)\s+of"
    r"|" + _SHARE_FROM +
    r"|(?:sourced|collected|compiled|drawn|constructed|aggregated|assembled|scraped|crawled|derived|extracted"
    r"|sampled|curated)\s+from|draw(?:s|ing)?\s+(?:on|from)|sampl(?:e|es|ing)\s+(?:[^\s,;:]+\s+){0,8}?from)\s+"
    r"(?:the\s+)?" + _NAME_START
    + r"|(?<![\w-])(?:tasks|datasets|benchmarks|subsets|corpora|treebanks),?[ \t]+" + _NAME_START
    # "solubility prediction uses DeepSol", "GB1 fitness prediction uses the corresponding split of FLIP"
    + r"|(?<![\w-])" + _TASK_NOUN + r"\s+uses?\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:split|subset|version)\s+of\s+(?:the\s+)?)?"
    + _NAME_START
    # "data for document understanding (e.g., Docmatix)"
    + r"|(?<=\bdata\s)[^.;:()]{0,60}?\((?:e\.g\.|such\s+as|including)\s*,?\s+" + _NAME_START
    # "contour detection with BSDS300", "protein sequences from UniRef90", "questions come from MedMCQA"
    + r"|(?<![\w-])on\s+(?:[\w-]+\s+){0,2}?" + _TASK_NOUN + r"\s+(?:with|using|on)\s+(?:the\s+)?" + _NAME_START
    + r"|(?<![\w-])(?:sequences|structures|images|texts?|documents|articles|papers|abstracts|pages|videos|clips|data|captions"
    r"|recordings|hours|tokens|words|sentences|passages|questions|prompts|problems|instructions|dialogues"
    r"|conversations|pairs|examples|samples|molecules|proteins|utterances|cells|profiles|tracks)\s+(?:\w+\s+)?(?:from|of)\s+(?:the\s+)?"
    + _NAME_START
    # "10 million games from Lichess" (but "games of Diplomacy" names the game)
    + r"|(?<![\w-])(?:games|episodes|trajectories|demonstrations|posts|comments|reviews|tweets|scans|transcripts)"
    r"\s+(?:\w+\s+)?from\s+(?:the\s+)?" + _NAME_START,
    re.IGNORECASE,
)
# "we used X" starts a list only after a data cue earlier in its clause ("For
# supervised fine-tuning we used Dolly"), never on its own ("We used LoRA"), and its
# items are strict: methods and metrics follow it too ("we used Exact Match").
_USED_VERB = (r"(?<![\w-])(?:we|they)\s+(?:\w+ly\s+)?(?:also\s+)?(?:use[sd]?|rel(?:y|ied)\s+on|utili[sz]e[sd]?"
              r"|employ(?:s|ed)?|adopt(?:s|ed)?|leverage[sd]?|mix(?:es|ed)?|concatenate[sd]?)\s+"
              r"(?:(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?(?:subset|portion|sample|version|split|mixture)\s+"
              r"(?:of|from)\s+)?")
_USED = re.compile(_USED_VERB + _NAME_START, re.IGNORECASE)
# "We employ the Concode data ...": a name right after the verb, where no cue gives a role
USED_BEFORE = re.compile(r"(?:" + _USED_VERB
                         # "we build The Stack v2 on top of ...", "we construct \"FinPile\"": the work's own data
                         + r"|(?<![\w-])(?:we|they)\s+(?:\w+ly\s+)?(?:also\s+)?(?:build|construct|create|curate|compile|introduce)(?:s|d|ed)?\s+[\"“']?"
                         r"|(?<![\w-])(?:we|they)\s+(?:\w+ly\s+)?(?:also\s+)?(?:use[sd]?|collect(?:s|ed)?"
                         r"|download(?:s|ed)?|gather(?:s|ed)?)\s+(?:[^\s.;:()]+\s+){1,6}?(?:from|of|(?:(?<=data\s)|(?<=text\s))for)\s+)(?:the\s+)?$",
                         re.IGNORECASE)  # "we use English-Chinese parallel text from TSL2019", "the parallel data for"


# "We fine-tune on SQuAD for QA, and on ELI5 for long-form QA", "FID on COCO-30K and human
# preference on DrawBench": after a verb's "on X", a later "on Y" in the sentence is parallel.
_LATER_ON = re.compile(r"(?<!based)(?<!depending)(?<!relying)(?<!focusing)(?<!conditioned)(?<!built)(?<!runs)"
                       r"(?<!running)(?<!available)(?<!released)(?<!hosted)(?<!published)(?<!filtering)(?<!filtered)\s+on\s+"
                       + _NAME_START)


# "We use the LAION-5B subset ... for training": the purpose after the names.
_USED_FOR = re.compile(r"\b(?:for\s+(?:the\s+|both\s+)?(?:pre-?training|training|fine-?tuning|evaluation|instruction[- ]tuning)"
                       r"|to\s+(?:pre-?train|train|fine-?tune|evaluate)"
                       r"|as\s+(?:the|our|its)\s+(?:main\s+|primary\s+)?(?:pre-?training|training|fine-?tuning|instruction[- ]tuning"
                       r"|evaluation|test|testing)\s+(?:data|corpus|dataset|set|mixture|benchmark)s?)\b", re.IGNORECASE)


# "drawn from the following corpora: X (...), 372K hours of ...; Y (...), 50K hours ...; and Z":
# after a colon, each ";" opens the next item.
_SEMICOLON_ITEM = re.compile(r";\s+(?:and\s+)?(?:the\s+)?" + _NAME_START)


_MODELS_LISTED = re.compile(r"(?<![\w-])(?:models?|baselines?|LLMs?|networks?|methods|systems|approaches|architectures)"
                            r"(?:\s+(?:such\s+as|including|like))?\s*$", re.IGNORECASE)
_COLON = re.compile(r":\s+(?:the\s+)?" + _NAME_START)


def list_starts(text: str, sentence_spans: Sequence[Span], cues: Sequence[Cue]) -> Iterator[tuple[int, bool]]:
    """(offset right after a list cue, whether its items are strict)."""
    for m in _COLON.finditer(text):  # "We also evaluate on five datasets from the MRQA task: X, Y"
        sentence = next((s for s in sentence_spans if s[0] <= m.start() < s[1]), (0, len(text)))
        if _MODELS_LISTED.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "compared with state-of-the-art models including: ContextNet, QuartzNet"
        if any(not c.weak and sentence[0] <= c.start and c.end <= m.start() for c in cues):
            yield m.end(), True
    for m in _LIST_CUE.finditer(text):
        yield m.end(), False
        if text[m.start():m.end()].rstrip().endswith(":"):
            sentence_end = next((e for s, e in sentence_spans if s <= m.start() < e), len(text))
            for item in _SEMICOLON_ITEM.finditer(text, m.end(), sentence_end):
                between = text[m.end():item.start()]
                if between.count("(") == between.count(")"):  # not "(VP-400K; Wang et al.)"
                    yield item.end(), False
    scanned_to = -1  # "on Y" after the first verb of a sentence is read once, not once per verb
    sentence_starts = [s for s, _ in sentence_spans]
    for m in _VERB_ON.finditer(text):
        yield m.end(), False
        i = bisect_left(sentence_starts, m.start() + 1) - 1
        sentence_end = sentence_spans[i][1] if i >= 0 else len(text)
        if m.end() >= scanned_to:
            yield from ((later.end(), False) for later in _LATER_ON.finditer(text, m.end(), sentence_end))
            scanned_to = sentence_end
    for m in AMOUNT_FROM.finditer(text):  # "(~19K documents) from HUDOC"
        yield m.end(), False
    for m in _USED.finditer(text):
        sentence = next((s for s in sentence_spans if s[0] <= m.start() < s[1]), (0, len(text)))
        lo, hi = clause(text, sentence, m.start())
        if (any(lo <= c.start and c.end <= m.start() for c in cues) or _USED_FOR.search(text, m.end(), hi)
                or _USED_FOR.search(text, sentence[0], m.start())):  # "To train X, we use Y"
            yield m.end(), True


def plain_phrase(name: str) -> bool:
    """"Low-Rank Adaptation", "Exact Match": several capitalized ordinary words (not ending in a data
    noun: "National Speech Corpus" names a dataset)."""
    tokens = name.split()
    return (len(tokens) > 1 and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*", t) for t in tokens)
            and not _DATA_NOUN_LAST.fullmatch(tokens[-1]))


_DATA_NOUN_LAST = re.compile(r"Corpus|Dataset|Benchmark|Treebank|Collection|Bank|Suite", re.IGNORECASE)


# "[12]", "[3, 7–9]", and the author-year keys of "[ZHB+19]", "[CLC+19, Smi20a]".
_CITATION_KEY = r"[A-Z][A-Za-z]{0,5}\+?\d{2}[a-z]?"
BRACKET_CITATION = rf"\[(?:[\d,\s–-]{{1,20}}|{_CITATION_KEY}(?:[,;]\s*{_CITATION_KEY}){{0,5}})\]"

LIST_SEP = re.compile(r"(?:\s+(?:test|dev|val|valid)-[a-z]+)?(?:\s*\([^()]{1,60}\)|\s*" + BRACKET_CITATION + r"){0,2}"
                      r"(?:\s+for\s+(?:pre-?training|training|fine-?tuning|evaluation|testing|validation)\b)?(?:\s+(?:dataset|corpus|benchmark|archive|database|repository)s?\b)?"
                      r"(?:\s+(?:[a-z]+\s+)?" + _TASK_NOUN + r"\b)?"
                      r"(?:\s*,\s*(?:and|or)\s+|\s*,?\s+as\s+well\s+as\s+|\s*,\s*|\s+(?:and|or)\s+|\s*/\s*|\+(?=[A-Z]))"
                      r"(?:on\s+)?(?:the\s+)?")

# --- contexts that make a name not a used dataset -----------------------------------------

_GAP = r"(?:(?!(?:from|on|in|of|with|to|for|by|at|into|and|or|but|than)\b)[\w'-]+\s+){0,3}"
NEGATED_BEFORE = re.compile(
    r"(?:\bwithout\s+(?:any\s+)?(?:pre-?|fine-?)?train(?:ing)?\s+on\s+(?:the\s+)?"
    r"|\b(?:remov\w*|exclud\w*|filter(?:ed|ing)?\s+out)\s+(?:all\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:of|from)\s+(?:the\s+)?"
    r"|\b(?:instead\s+of|rather\s+than)\s+(?:using|training\s+on|relying\s+on)\s+(?:the\s+)?"
    r"|\b(?:without|instead\s+of|unlike|rather\s+than|other\s+than|except(?:\s+for)?"
    r"|(?:available|released|hosted|published)\s+(?:\w+\s+)?(?:on|at|via|through)"
    r"|outperform\w*|surpass\w*|compared\s+(?:to|with|against)|akin\s+to|analogous\s+to"
    # "over double the size of BookCorpus": a size compared
    r"|(?:double|twice|triple|\d+(?:\.\d+)?\s*(?:x|×|times))\s+(?:the\s+)?(?:size|scale)\s+of"
    r"|\bthe\s+same\s+(?:[\w-]+\s+){1,3}?as(?:\s+used\s+(?:by|for))?"  # "the same pretraining dataset as TAPE": a work
    r"|(?:developed|released|built|published|funded|supported|sponsored|maintained|operated)\s+(?:jointly\s+)?by"
    r"|(?:collected|gathered|logged)\s+(?:[\w-]+\s+){0,4}?by"
    r"|(?:project|work|collaboration|team|group|lab|labs)\s+(?:of|between|at|from)|done\s+at)\s+(?:the\s+|any\s+)?"
    # "Unlike GPT-3, which was trained on X", "compared with models trained on X": another model's data
    r"|\b(?:unlike|than|compar\w*\s+(?:to|with|against))\s+(?:[^,;.()]|\([^()]*\)){1,60}?,\s+(?:which|that|who)\s+"
    r"(?:(?:was|were|is|are)\s+(?:\w+\s+)?(?:pre-?)?trained\s+on|rel(?:y|ies|ied)\s+on|use[sd]?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    # "compared with models trained on X", "We compare ours with models trained, under the same setup, on X",
    # "outperforms models trained on X": other models' data
    r"|\b(?:compar\w*\s+(?:[\w-]+\s+){0,4}?(?:to|with|against)|outperform\w*|surpass\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:models?|baselines?|methods|approaches|networks?|systems)"
    r"\s+(?:\w+\s+)?(?:pre-?trained|trained|fine-?tuned|finetuned)(?:,[^,;.]{1,40},)?\s+(?:only\s+)?on\s+(?:the\s+)?"
    # "ProGen2 and CARP, which are trained on X": another model's data (not "our model, which ...")
    # "the GPT-NeoX models, which were all trained on the Pile", "Mamba-3B (trained on 600B tokens of the Pile)"
    r"|(?<![\w#])(?!(?-i:Our|The|These|Those|All|Both|Such|Their|Its|This|Each)\b)[\w.+-]*(?-i:[A-Z])[\w.+-]*"
    r"(?:\s+(?:models?|LMs?|LLMs?))?(?:(?:\s*\([^()]*\))?,\s+(?:which|that|who)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:\w+ly\s+|all\s+|both\s+|also\s+)?|\s+\()"
    r"(?:pre-?trained|trained|fine-?tuned)\s+on\s+(?:the\s+)?(?:[\d.,]+\s*[KMBT]?\s+(?:tokens|hours|images|examples)\s+of\s+)?(?:the\s+)?"
    # "We compare against BirdNET, YAMNet and VGGish; the latter two were trained on AudioSet": the baselines' data
    r"|\bthe\s+(?:latter|former)\s+(?:two|three|four|models|ones)\s+(?:(?:was|were|is|are)\s+)?(?:\w+\s+)?"
    r"(?:pre-?trained|trained|fine-?tuned)\s+on\s+(?:the\s+)?"
    # "a language classification model based on the fastText linear classifier (Grave et al., 2017) pretrained on
    # Wikipedia": a data-pipeline tool's own training data
    r"|\b(?:classifiers?|tokeni[sz]ers?|filters?|detectors?)\s+(?:\([^()]{1,60}\)\s+)?(?:(?:that|which)\s+(?:was|were|is|are)\s+)?"
    r"(?:pre-?trained|trained)\s+on\s+(?:the\s+)?"
    r"|\bnot\s+(?:use|used|using|include|included|including|add|added|adding)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?(?:from|of)\s+(?:the\s+)?"
    r"|\b(?:not\s+(?:use|used|using|include|included|including|train\w*\s+on|rely\s+on)|never\s+used"
    r"|exclud\w*|remov(?:e|ed|ing)|discard\w*|filter(?:ed|ing)?\s+out|drop(?:ped|ping)?|omit\w*|(?:leave|leaves|left|leaving)\s+out)\s+" + _GAP + r")$",
    re.IGNORECASE,
)
_REMOVED = (r"(?:removed|excluded|filtered\s+out|discarded|dropped|omitted|stripped|left\s+out|not\s+used"
            r"|never\s+used)\b")
NEGATED_AFTER = re.compile(  # "X was removed", "All X documents were removed"
    r"(?:\s+(?:articles|documents|pages|texts?|data|samples|examples|content|files))?"
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being)\s+(?:\w+ly\s+)?" + _REMOVED + ")",
    re.IGNORECASE,
)
WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:all|any|the|every|each)\s+)*$", re.IGNORECASE)
REMOVED_AFTER = re.compile(r"\s+(?:[a-z][\w'-]*\s+){0,2}" + _REMOVED)
# "public GitHub repositories", "repositories hosted on GitHub", "GitHub code": a code-hosting
# platform where the data came from, not a dataset.
# "high-level metrics (Inception, CLIP, SwAV)", "commercial providers (Deepgram Nova-2, ...)", "under
# two setups: Base and Instruct", "reward functions: Reach, Speed": a list of things that are not data.
NOT_DATA_LIST = re.compile(r"(?<![Dd]ata\s)\b(?:metrics|measures|providers|vendors|setups|settings|functions|baselines|methods"
                           r"|architectures|objectives|losses|optimi[sz]ers|tokeni[sz]ers|libraries|frameworks|tools)"
                           r"\s*(?:\(|:\s*)(?:the\s+)?", re.IGNORECASE)
PLATFORM = re.compile(r"(?i:git(?:hub|lab)|bitbucket)\Z")
REPOSITORY_NEXT = re.compile(r"\s+(?:repositor(?:y|ies)|repos|projects|commits|issues|stars|code)\b", re.IGNORECASE)
REPOSITORY_BEFORE = re.compile(r"\b(?:repositor(?:y|ies)|repos|projects|stars)\s+(?:\w+\s+)?(?:on|from)\s+(?:the\s+)?$",
                               re.IGNORECASE)
# "SlimOrca, a deduplicated subset of OpenOrca", "OSCAR (...) is a set of corpora extracted from Common
# Crawl", "GermEval14, a NER task on German Wikipedia", "C4, or the Colossal and Cleaned version of Common
# Crawl", "CC100-XL, a corpus ... built from 68
# Common Crawl snapshots": the source of the dataset just named, not a dataset of the run.
# Also "CC-News, which we collected from the CommonCrawl News dataset", "The Stack, a collection of
# GitHub repositories", "C4, a ... collection that we extracted from the April 2019 Common Crawl".
SOURCE_OF_PREVIOUS = re.compile(
    r"(?:\s+(?:dataset|corpus|data|audio|text|images))?(?:\s*\([^()]{1,40}\))?(?:,\s+|\s+(?:is|are|was|were)\s+(?=a\s|an\s|the\s+(?:[\w-]+\s+)?(?:subset|portion|part|version)\s+of\s))(?:(?:or\s+)?(?:a|an)\s+[^;.()]*?|(?:or\s+)?the\s+[^,;.()]*?"
    r"|(?:(?:both|all|each)\s+of\s+)?(?:which|that)\s+(?:we\s+|they\s+|was\s+|were\s+|is\s+|are\s+)?(?:(?:a|an)\s+[^;.()]*?)?)"
    r"\b(?:(?:subset|set|version|portion|sample|selection|translation|derivative|extension|built|derived|collected|collection|dump"
    r"|snapshot|drawn|extracted|sampled|filtered|distilled|constructed|created|scraped|crawled|taken)"
    r"(?:\s+\w+){0,2}?\s+(?:of|from)|task\s+on|based\s+on|clusters)\s+(?:[\d,.]+\s+)?(?:the\s+)?(?:[\w,.-]+\s+){0,3}?"
    r"(?:(?:portion|subset|part|section)\s+of\s+(?:the\s+)?)?"
    # "Seed-TTS test-en (Anastassiou et al., 2024) with 1088 samples from Common Voice"
    r"|(?:\s+(?:test|dev|val|valid)(?:-\w+)?)?(?:\s*\([^()]{1,60}\))?,?\s+(?:with|of|containing|comprising)\s+"
    r"(?:about\s+|around\s+)?[\d,.]+\s*[kKM]?\s+(?:samples|examples|utterances|clips|images|sentences|questions|items"
    r"|prompts|pairs)\s+(?:drawn\s+|taken\s+|sampled\s+|selected\s+)?from\s+(?:the\s+)?"
    # "the CodeNN dataset (Iyer et al., 2016), which consists of 66,015 pairs ... automatically collected from
    # StackOverflow": the source of the dataset just described
    r"|(?:\s+(?:dataset|corpus|benchmark))?(?:\s*\([^()]{1,60}\))?,?\s+(?:which|that)\s+(?:consists?|contains?|comprises?|includes?)"
    r"\s+(?:of\s+)?[^;.()]{0,100}?\b(?:collected|drawn|taken|scraped|crawled|mined|extracted|sourced)\s+(?:\w+\s+)?from\s+(?:the\s+)?"
    # "the German monolingual newscrawl data distributed with WMT'18": the distributor
    r"|(?:\s+(?:data|corpus|text|dumps?))?\s+(?:distributed|released|provided|shipped)\s+(?:with|by|as\s+part\s+of)\s+(?:the\s+)?")
# "MassiveText, our web corpus, which comprises MassiveWeb, Books and GitHub", "the Pile, a corpus
# EleutherAI assembled from 22 sources such as ArXiv", "C4, a cleaned version of Common Crawl", "the
# Flan Collection (Muffin, T0-SF)", "The Pile's components: ArXiv, ...": a named corpus followed by
# what it is made of. The names listed after it (see ``components``) are its sources, not datasets
# of the run; a corpus without a name ("our corpus consists of X, Y") has no such list.
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|various|many)"
_COMPONENT_VERB = (
    r"(?:compris(?:es|ed|ing)|repurpos(?:es|ed|ing)|consist(?:s|ed|ing)?\s+of|(?:(?:is|are|was|were)\s+)?(?:composed|made\s+up)\s+of"
    r"|includ(?:es|ing)|contains|combines|aggregat(?:es|ed|ing)|draw(?:s|ing)?\s+(?:on|from)|drawn\s+from"
    r"|(?:curated|built|assembled|compiled|constructed|collected|sourced|derived|mined|obtained|gathered"
    r"|distilled|extracted|sampled|scraped)\s+(?:[\w-]+\s+){0,5}?from"
    r"|(?:cleaned|filtered|deduplicated)\s+(?:[\w-]+\s+)?(?:version|copy|subset|sample)\s+of"
    r"|of\s+(?:cleaned|filtered|deduplicated)|(?:mix(?:ture)?|blend|union|combination)\s+of"
    r"|(?:(?:a|an)\s+)?(?:merged|combined|mixed)\s+(?:dataset|corpus|collection)\s+of"
    r"|from\s+" + _COUNT + r"\s+(?:[\w-]+\s+){0,2}?(?:datasets|sources|corpora|benchmarks)"
    r"|cover(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:domains|sources)\s+(?:such\s+as|including|like|from))\b")  # "We compile X from 13 datasets"
COMPONENTS = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:(?-i:[A-Z]{2,6})\s+)?(?:corpus|dataset|collection|mixture|task|benchmark|challenge)(?:\s*\([^()]{1,40}\))?)?"
    r"(?:\s+as\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:data|corpus|dataset))?"
    r"(?:\s+(?:data\s+)?(?:mixture|composition)\s+(?:is|was)\b"
    r"|"
    r"\s*:|\s*\((?=(?:a|an)\s|[^()]*(?:,|\band\b))"
    r"|'s\s+(?:[\w-]+\s+)?(?:components|sources|subsets|constituents|parts|portions|slices|sections)\b"
    r"\s*(?::|\(|(?:are|were|include|such\s+as|like)\b)"
    r"|(?:\s*,\s*(?:(?:a|an|the|our|its|their|\d[\d.,]*)\s(?:(?!,\s+and\b)[^;:()]|\.(?=\S)){0,120}?(?:\s*,\s*|\s+))?"
    r"(?:(?:which|that)\s+(?:[\w-]+\s+){0,2}?)?"
    r"|\s+(?:(?:which|that)\s+)?(?:itself\s+)?(?:(?:is|was|were|are)\s+)?)" + _COMPONENT_VERB + ")",
    re.IGNORECASE)


def components(text: str, end: int, sentence: Span, cues: Sequence[Cue]) -> Span | None:
    """Where the components listed after a named corpus ending at ``end`` lie: from the cue to
    the end of its clause, a closing parenthesis, or the next strong role cue."""
    m = COMPONENTS.match(text, end, sentence[1])
    if not m:
        return None
    stop = min([clause(text, sentence, m.end())[1],
                *(c.start for c in cues if not c.weak and c.kind != "bench" and c.start >= m.end())])
    if m.group().endswith("(") and (close := text.find(")", m.end(), stop)) >= 0:
        stop = close
    return m.end(), stop


# "its arXiv, book, C4 and Wikipedia subsets", "their GitHub and arXiv portions": parts of a whole.
_PART_ITEM = r"(?!(?:test|validation|dev|train|training|eval|evaluation)\b)[\w.+-]+"
ITS_PARTS = re.compile(rf"\b(?:its|their)\s+(?P<parts>{_PART_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PART_ITEM}){{1,12}})"
                       r"\s+(?:subsets|slices|portions|components|parts)\b", re.IGNORECASE)
# "Table 1 summarizes its composition: web pages from Common Crawl, ...", "It consists of seven
# slices – CommonCrawl, C4, GitHub ...": the parts of the corpus named before, listed to the end of
# the sentence.
_PARTS_NOUN = r"(?:composition|components|constituents|sources|slices|subsets|portions|parts|domains|makeup|breakdown)"
PARTS_LISTED = re.compile(
    rf"\b(?:its|their)\s+(?:[\w-]+\s+)?{_PARTS_NOUN}\s*(?::|–|—|\s-\s|\b(?:are|is|include)\b)"
    rf"|\b(?:it|they|(?:this|the)\s+(?:dataset|corpus|collection|mixture))\s+(?:consists\s+of|comprises|includes|contains|has)"
    rf"\s+(?:[\w-]+\s+)?{_PARTS_NOUN}\s*(?::|–|—|\s-\s|,)", re.IGNORECASE)
# "the PubMed Abstracts and PubMed Central portions of the Pile": the parts named are the
# data, the whole is only where they come from.
PARTS_OF = re.compile(r"\s+(?:portions?|subsets?|components?|slices?|parts?|sections?|splits?|shards?)\s+of\s+"
                      r"(?:the\s+)?")
# "the Pile (we take 11 of its 22 subsets, including Books3, ...)", "RedPajama (whose Wikipedia and
# arXiv slices we sampled)": parts listed in an aside about a named corpus stand for that corpus.
PARTS_ASIDE = re.compile(r"\((?=[^()]*\b(?:its|whose|of\s+which)\b)(?=[^()]*\b(?:subsets?|portions?|components?"
                         r"|slices?|parts?|sections?|splits?|shards?|sources)\b)[^()]*\)")
# "(arXiv, January 2022)": a venue in a citation aside, not a dataset (a masked tagged year
# counts only after a month: "X, ####" may be a masked model name).
CITATION = re.compile(r",\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November"
                      r"|December)\s+(?:#{4}|(?:19|20)\d\d\b)|(?:19|20)\d\d\b)")
URL_TOKEN = re.compile(r"://|www\.|^[a-z0-9.-]+\.(?:com|org|io|net|ai|co)\b|\.(?:com|org|io|net|ai|co)/")

# --- name filters -------------------------------------------------------------------------

MODEL_OR_HARDWARE = re.compile(
    r"BERT|GPT|LLaMA|Llama|ViT|ResNet|CLIP|\bT5\b|BART|XLNet|ELECTRA|Mistral|Mixtral|Gemma|Qwen|PaLM|BLOOM|\b[CGR]NNs?\b(?!\s*/|[\s-]+Daily)"
    r"|Whisper|wav2vec|DALL|Diffusion|U-?Net|LSTM|RNN|MLP|Transformer|Chinchilla|Gopher|\bLoRA\b|QLoRA"
    r"|\b(?:Claude|Gemini|Pythia|Falcon|DeepSeek|InternLM|Baichuan|ChatGLM|Grok|Nemotron)\b"
    r"|R-CNN|\bUperNet\b|\bYOLO|\bDETR\b|\bFPN\b"
    r"|-(?:[Bb]ase|[Ll]arge|[Ss]mall|XL|XXL|[Tt]iny|[Mm]ini|[Hh]uge)\b"
    r"|\b(?:[AHVPL]\d{2,3}[A-Z]?s?|MI\d{3}X?|TPU\w*|GPU\w*|RTX|GeForce|Tesla|Ascend|Gaudi\d?)\b"
)
STOP = frozenset("""
a an the our we this these those it its in for all each both several various many other such
table figure fig section appendix eq january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec none since although because whereas unlike during python java javascript c++ llm llms lm ehr ehrs icu ct mri cpu cpus nvidia
amd intel google microsoft meta openai amazon deepmind naver anthropic
mosaicml eleutherai ccnet adam adamw sgd lamb adafactor lion pytorch
tensorflow jax flax keras deepspeed megatron megatron-lm fsdp ddp zero zero-1 zero-2 zero-3 nccl cuda
nvlink infiniband wordpiece sentencepiece bpe tokenizer bf16 fp16 fp32 fp8 tf32 int8 aws azure gcp
hugging huggingface ubuntu linux windows macos task tasks subtask track setting split part phase
stage experiment experiments round step epoch recognition classification answering extraction
generation detection segmentation translation summarization retrieval inference reasoning
understanding analysis tagging parsing captioning completion modeling modelling prediction forecasting
estimation ranking labeling labelling synthesis evaluation evaluations accuracy precision recall score
scores match rate error rank reciprocal mean average loss bleu rouge rouge-l meteor cider chrf wer cer
auroc auc mae rmse mse fid ndcg mrr f1 em cloud silicon monday tuesday wednesday thursday friday saturday sunday
summit frontier aurora karpathy internet web code to pass ncbi atari easy challenge
go php ruby rust kotlin scala swift typescript perl lua haskell julia fortran matlab sql html css bash
baidu bigquery kaggle codalab huggingface plm plms pong breakout qbert seaquest minecraft starcraft dota youtube twitter facebook tiktok weibo
perlmutter fugaku selene polaris juwels leonardo lumi marenostrum tsubame sierra jean zay sunway taihulight
tianhe
""".split())
# Languages, nationalities and task acronyms: a name may contain them ("YaLM Russian
# Dataset", "Orca DPO Pairs", "English Gigaword") but may not consist only of them.
SOFT_STOP = frozenset("""
english chinese mandarin cantonese french german spanish portuguese italian dutch flemish swedish
norwegian danish finnish icelandic polish czech slovak slovenian croatian serbian bosnian bulgarian
romanian hungarian greek turkish russian ukrainian belarusian estonian latvian lithuanian japanese
korean vietnamese thai indonesian malay filipino tagalog hindi bengali urdu punjabi tamil telugu
marathi gujarati kannada malayalam nepali sinhala arabic hebrew persian farsi swahili amharic yoruba
igbo hausa zulu xhosa afrikaans catalan basque galician welsh irish multilingual bilingual
monolingual american british european asian african indian taiwanese traditional simplified
ner qa nli re pos mlm nsp asr ocr mt nlp nlu nlg cv rl rlhf sft dpo ppo rm nmt per loc org misc
""".split())
# "questions from Biology, Chemistry and Physics": school subjects, a dataset's only when cited as one
# ("Mathematics (Davies et al., 2021)")
SUBJECTS = frozenset("""biology chemistry physics astronomy geography mathematics maths math economics history medicine
law philosophy psychology sociology literature geology statistics engineering computer science""".split())


def titled_language(word: str) -> bool:
    """"Korean", "Arabic", "Multilingual": a language word written as a name (not "SFT" or "NER")."""
    return word.istitle() and word.casefold() in SOFT_STOP


# Sites data is drawn from: "the YouTube piano dataset" is a name, "YouTube" alone is not.
SITES = frozenset("youtube twitter reddit facebook instagram tiktok weibo github kaggle baidu".split())
ORGANISATIONS = frozenset("google microsoft meta openai amazon deepmind naver anthropic nvidia baidu".split())
ORGANISATION_UNITS = frozenset("research ai brain cloud labs lab deepmind inc corporation corp team aws fair services "
                                "cluster supercomputer platform sagemaker".split())
GENERIC = frozenset("dataset datasets corpus corpora benchmark benchmarks data set sets suite collection "
                    "database split splits subset".split())
# Words that do not lengthen a catalog name ("ImageNet Top-1", "GLUE Benchmark").
EXTENSION_STOP = GENERIC | frozenset("top-1 top-5 test dev val validation train training task tasks caption captions "
                                     "leaderboard score scores accuracy results em f1 ap map fid bleu rouge "
                                     "cider wer cer ppl perplexity pass@1 zero-shot few-shot api apis toolkit toolbox lc lvl level".split())
# "ANLI R1, R2, R3": rounds of a benchmark; "CC BY-SA", "CC0": licences.
NOT_A_NAME = re.compile(r"R\d+|CC\s?(?:BY(?:-[A-Z]+)*|0)|(?:train|val|test|dev)\d{2,4}", re.IGNORECASE)
# "STEM-heavy data", "LLM-generated text": a hyphenated adjective, not a name.
ADJECTIVE_SUFFIX = re.compile(
    r"-(?:heavy|based|like|style|rich|free|only|specific|level|scale|centric|oriented|quality|domain|wide"
    r"|sized?|type|format|aware|focused|friendly|intensive|dense|generated|filtered|derived|translated|language"
    r"|annotated|label(?:l)?ed|written|sourced|augmented|pretrained|trained|tuned|aligned|related|length|grade)$")
# "M3I Pre-training", "Contrastive Learning": a method's name, not data's.
METHOD_WORD = frozenset("pre-training pretraining training fine-tuning finetuning tuning learning optimization "
                        "optimisation distillation augmentation regularization regularisation".split())
# "RNA structures", "EHR data": an acronym naming a kind of data, not a dataset.
KIND_OF_DATA = re.compile(
    r"\s+(?:data|structures|sequences|images|scans|records|notes|reports|texts|documents|articles|papers"
    r"|pages|files|logs|samples|videos|recordings|signals|molecules|proteins|genomes|graphs|trajectories"
    r"|conversations|dialogues|tokens|code|slides|volumes|reads|spectra|measurements|strings|imagery"
    r"|inputs?|patches|channels?|values?|frames|features|pixels|space|colou?rs?|modality|format)\b")
HARDWARE_NEXT = re.compile(r"(?:\s*\([^()]{1,20}\)\s+(?:[A-Z]{1,3}\s+)?)?\s*(?<=\s)(?:instances?|nodes?|GPUs?|TPUs?|clusters?|machines?|servers?|supercomputers?)\b"
                           r"(?!\s+(?:translation|learning|reading|comprehension|members?|representatives?"
                           r"|centroids?))"
                           # "trained on the ServiceNow and Hugging Face clusters": both are machines
                           r"|\s+and\s+(?:[A-Z][\w-]*\s+){1,3}(?:clusters|supercomputers)\b")
# "organized by the WordNet hierarchy", "match a WordNet synset", "the ImageNet label space": a catalog
# dataset's classes or taxonomy, not its data
TAXONOMY_NEXT = re.compile(r"\s+(?:hierarch(?:y|ies)|taxonom(?:y|ies)|ontology|synset|label\s+space|class\s+names)\b"
                           r"(?!\s+(?:data|datasets?|corpus|corpora|benchmarks?|classification)\b)")
# "We extract the following corpora from the OPUS website": the site the data came from
WEBSITE_NEXT = re.compile(r"\s+(?:website|web\s+site|web\s+page|homepage)\b", re.IGNORECASE)
# "the SentEval toolkit", "the lm-eval-harness library": a catalog name that names software here
TOOLKIT_NEXT = re.compile(r"\s+(?:toolkits?|toolbox|library|libraries|package|codebase|framework|harness)\b")
SOFTWARE_NEXT = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:systems?|platforms?|frameworks?|library|libraries|optimizers?|tokenizers?|models?|architectures?"
    r"|backbones?|encoders?|decoders?|checkpoints?|pods?|hardware|chips?|accelerators?|toolkits?|harness"
    r"|packages?|codebases?|pipelines?|scripts?|implementations?|recipes?|protocols?|metrics?|APIs?|interfaces?)\b")
# At most seven words: a longer run of capitalized words is a title, and an unbounded run makes
# every pattern built on NAME quadratic in it.
NAME = (r"(?<![\w-])(?:[A-Z]|[a-z]+[A-Z0-9]|[a-z]+_(?=[a-z0-9]))[\w+]*(?:[-./'→][\w+]+)*"
        r"(?: (?:[A-Z0-9][\w+]*(?:[-./'→][\w+]+)*|v\d+(?:\.\d+)*[a-z]?)){0,6}")
# The nouns that say a name is data's: "the X dataset", "the X corpus".
KIND_NOUN = r"(?:datasets?|data\s+sets?|corpus|corpora|benchmarks?|collections?|databases?)"
HEAD_NOUN = re.compile(
    rf"(?<![\w-])(?:[Tt]he|[Oo]ur|a|an|new|public)\s+(?P<name>{NAME})\s+(?i:{KIND_NOUN})\b"
    # "the human pancreas (hPancreas) dataset": a description, then the name in parentheses
    rf"|(?<![\w-])(?:[Tt]he|[Oo]ur|a|an)\s+(?:[a-z][\w-]*\s+){{1,4}}\((?P<name2>{NAME})\)\s+(?i:{KIND_NOUN})\b")
# "the Cornell movie dialog corpus", "the Clova call dataset": a proper name and a few lower-case
# words before the kind noun make one name.
HEAD_NOUN_PHRASE = re.compile(r"(?<![\w-])the\s+(?P<name>(?P<first>[A-Z][\w-]*)(?P<words>(?:\s+[a-z][a-z-]*){1,3}))"
                              r"(?=\s+(?:dataset|corpus)\b)")
# "benchmarks: Common sense reasoning: HellaSwag", "Reading comprehension: SQuAD": a category label.
CATEGORY_LABEL = re.compile(r"(?:\s+(?!(?:dataset|corpus|benchmark|data|as|follows)\b)[a-z][\w-]*){1,4}\s*:")
# "NEWSROOM (Grusky et al., 2018) is a large dataset containing ...", "BIGPATENT consists of 1.3
# million U.S. patents": a sentence that describes a dataset by its name.
DESCRIBED = re.compile(
    rf"(?P<name>{NAME})(?:\s*\([^()]{{1,60}}\))?\s+(?:(?:dataset|corpus|benchmark)\s+)?"
    r"(?:(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:dataset|corpus|benchmark|collection)s?\b"
    r"|(?:consists\s+of|contains|includes|comprises|collects|holds|covers)\s+(?:about\s+|over\s+|around\s+)?[\d.,]+\s*"
    r"(?:[kKmMbB]|million|billion|thousand)?\b)")
# "Atari 200M: 55 Atari games with ...", "BSuite: the Behaviour Suite ...": a name that opens its
# sentence and is described after a colon, where the paragraph announced its data before
# ("The benchmarks are as follows.", a "Benchmarks." heading); not a label before names ("Extractive QA: SQuAD").
DEFINED_AFTER_COLON = re.compile(rf"(?P<name>{NAME})\s*:\s+(?=(?i:a|an|the)\b|\d|[a-z]|(?:Contains|Consists|Includes|Comprises)\b)")
DATA_ANNOUNCED = re.compile(r"\b(?:benchmarks?|datasets?|tasks|environments|domains|corpora)\b[^.\n]{0,40}?"
                            r"(?:as\s+follows|below|the\s+following)|(?:^|\n)\s*(?:Benchmarks?|Datasets?|Data)\s*[.:]"
                            # "We use three datasets of various sizes. Java-small: Contains 11 ... projects."
                            r"|\b(?:use|consider|evaluate\s+on|experiment\s+(?:with|on))\s+(?:two|three|four|five|six|seven|eight"
                            r"|nine|ten|\d+|several)\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|corpora)\b[^.\n]{0,40}\.",
                            re.IGNORECASE)
# "the MiniPile and FineWeb-Edu corpora": names joined before a plural head noun.
HEAD_NOUN_LIST = re.compile(
    rf"(?<![\w-])(?:the|our|both)\s+(?P<names>{NAME}(?:\s*,\s*{NAME})*,?\s+(?:and|or)\s+{NAME})"
    r"\s+(?i:datasets|corpora|benchmarks|data\s+sets|databases)\b")
# "question answering (XQuAD, TyDiQA)", "examinations (M3Exam)": names in parentheses after a
# task; one name alone only after a task word, since "(RoPE)" defines an abbreviation.
_SPLIT = r"(?:\s+(?:test|dev|val|valid|train)(?:-\w+)?)"
_ITEM = rf"{NAME}(?:{_SPLIT}(?:\s+and{_SPLIT})?)?"  # "LibriSpeech test-clean and test-other"
TASK_PAREN = re.compile(rf"(?<=[A-Za-z])\s*\((?P<names>{_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ITEM})*)\)")
# "code models (InCoder-6.7B and CodeGen-Multi-2.7B)": models in parentheses, not data.
MODELS_BEFORE = re.compile(r"(?<![\w-])(?:" + _MODEL_NOUN + r"|systems|methods|approaches|works)$", re.IGNORECASE)
TASK_WORD = re.compile(
    r"(?<![\w-])(?:answering|classification|recognition|reasoning|comprehension|inference|detection|segmentation"
    r"|summarization|translation|generation|retrieval|captioning|examinations?|exams?|tasks?|benchmarks?"
    r"|dialog(?:ue)?|grounding"
    r"|QA|NLI|NER)$")
# "categorize them into four groups: General (MME, MMBench), Knowledge (MMMU, AI2D)": after a
# colon that announces groups, a word before a parenthesized list labels the group; the list holds
# the names.
GROUPS_COLON = re.compile(r"\b(?:groups?|categories|types|kinds|clusters|families|dimensions|aspects|axes|areas"
                          r"|domains|capabilit(?:y|ies)|skills|subjects|genres)\s*(?:\([^()]*\)\s*)?:", re.IGNORECASE)
# "the Colossal and Cleaned version of Common Crawl": words that describe a version, not names.
VERSION_OF = re.compile(r"\s+(?:and\s+[A-Z][\w-]*\s+)?(?:versions?|variants?|editions?)\s+of\b")
APPOSITION = re.compile(
    rf"(?i:corpus|dataset|benchmark|collection|(?:training|pre-?training)\s+data)\s*,\s*(?:(?i:called|named|termed|dubbed)\s+)?(?P<name>{NAME})\s*,"
    rf"|(?i:corpus|dataset|benchmark)\s+(?i:called|named|termed|dubbed)\s+(?P<name2>{NAME})"
    rf"|(?P<name3>{NAME})[\"”']?(?:\s*\([^()]{{1,20}}\))?\s*,\s*an?\s+(?:[\w-]+\s+){{0,3}}?(?:corpus|dataset|benchmark|collection)\b"
    rf"(?!\s+of\s+(?:[\w-]+\s+){{0,3}}?{_MODEL_NOUN}\b)"  # not "TeleChat, a collection of large language models"
    # "Pub-U, 429k hours of unlabeled public speech": a name and the amount of data it holds
    rf"|(?P<name4>{NAME})\s*(?:,\s+|\(\s*|\s+with\s+)(?:about\s+|over\s+|~)?{_AMOUNT}\s+of\b"  # "Pub-S (10k hours of ...)", "Fisher with 2,000 hours of"
    # "MEDITRON's domain-adaptive pre-training corpus GAP-Replay combines ...": the corpus named after its noun
    rf"|(?i:pre-?training|training|instruction|fine-?tuning)\s+(?i:corpus|dataset|mixture)\s+(?P<name6>{NAME})"
    r"(?=\s+(?:combines|consists|comprises|contains|includes|is|was|has)\b)"
    # "We carefully build a visually-related instruction evaluation set OwlEval"
    rf"|\b(?i:build|construct|create|introduce|collect|curate|release|propose)\w*\s+(?i:a|an|the|our)\s+(?:[\w-]+\s+){{0,4}}?"
    rf"(?i:benchmark|dataset|corpus|collection|(?:evaluation|test)\s+set)\s+(?P<name5>{NAME})(?=\s*[.,;:(])"
    # "We used the C# dataset of CodeNN (Iyer et al., 2016)": the dataset named after "of", with its citation
    rf"|(?i:dataset|corpus|benchmark)\s+of\s+(?P<name8>{NAME})(?=\s*\((?!(?P=name8)\b)[A-Z][^()]{{0,60}}\d{{4}}[a-z]?\))"
    # "we introduce Ferret-Bench, covering ...": a benchmark the work introduces, named as one
    rf"|\b(?:we|We)\s+(?:also\s+|further\s+)?(?i:introduce|propose|present|release|construct|build|curate)[sd]?\s+"
    rf"(?P<name7>[A-Z][\w-]*(?:Bench|Eval|Arena)(?:[-\s](?!(?:data|dataset|benchmark|set)\b)[A-Z0-9v][\w.-]*)?)(?=\s*[.,;:(])")
# "PubMed GPT", "Wikipedia-based model": a catalog name inside a model name.
MODEL_NEXT = re.compile(r"\s+(?:\d+(?:\.\d+)?\s?[BM]\b|(?:models?|checkpoints?|baselines?|LLMs?|variants?"
                        r"|GPT|BERT|LMs?|T5)\b)|-based\s+(?:language\s+)?models?\b")


# "We refer to our pretraining dataset as OLMoE-Mix", "yielding the Orca-Math-200K dataset", "the
# resulting corpus, which we call X": a paragraph names the data it built. The datasets it drew that
# data from earlier in the paragraph (``DRAWN_FROM`` in their sentence) are its sources.
_RESULT_NOUN = r"(?:data(?:set)?|corpus|mix(?:ture)?|collection|training\s+set)"
# A coined name, perhaps quoted: a proper name, "60K-IM", "web_clean".
def _coined(group: str) -> str:
    return rf"[\"'“‘]?(?P<{group}>{NAME}|\d+[\w.]*-[A-Z][\w-]*|[a-z]+(?:_[a-z0-9]+)+)"



NAMED_RESULT = re.compile(
    rf"\b(?:refer\s+to|denote)\s+(?:it|this|them|these|(?:the|this|our)\s+(?:[\w-]+\s+){{0,8}}?{_RESULT_NOUN}s?)"
    rf"\s+as\s+(?:the\s+)?" + _coined("name")
    + rf"|\b(?:call|name|dub|term)\s+(?:the|this|our)\s+(?:[\w-]+\s+){{0,2}}?{_RESULT_NOUN}\s+" + _coined("name2")
    + rf"|\b(?:[Rr]esulting|[Ff]inal|[Cc]ombined|[Mm]erged)\s+{_RESULT_NOUN}\s*,?\s+(?:(?:which\s+we\s+)?(?:call(?:ed)?|name[sd]?|dubbed|termed)\s+)?"
    + _coined("name3")
    + rf"|\b(?:yielding|resulting\s+in|producing|to\s+(?:form|create|build|construct|obtain|produce))\s+(?:the|our|a)"
    rf"\s+(?:new\s+|final\s+)?(?P<name4>{NAME})\s+{_RESULT_NOUN}\b"
    # "400 million image-text pairs from the internet, which we call WIT", "a dataset of 1M
    # images, called WebImageText": the data just described gets its name (not a model's).
    rf"|(?:\b(?:a|an|our|new|the)\s+(?:[\w-]+\s+){{0,4}}?{_RESULT_NOUN}|{_AMOUNT})\b[\s,]+(?:(?!(?:models?|networks?|architectures?|methods?|systems?)\b)[^\s.;:()]+[\s,]+){{0,12}}?"
    r"(?:(?:which|that)\s+we\s+(?:call|name|dub|term|refer\s+to\s+as)|called|named|dubbed|termed|referred\s+to\s+as)\s+(?:the\s+|it\s+)?"
    + _coined("name5")
    # "we build MedC-K, a large-scale medical-specific corpus. Papers: we collect ... from S2ORC"
    + rf"|\b(?:we|We)\s+(?:(?:mine|collect|gather|crawl|curate)\s+and\s+)?(?:build|construct|create|compile|curate|assemble)\s+"
    rf"(?P<name6>{NAME})\s*,\s*(?:a|an|our)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:corpus|dataset|collection|mixture)\b"
    # "We use the training sets of GSM8K and MATH as seed questions and bootstrap them ..., obtaining MetaMathQA, a
    # dataset of 395K question-answer pairs"
    + rf"|\b(?:obtaining|yielding|producing|resulting\s+in|(?<=we\s)obtain)\s+(?P<name7>{NAME})\s*,\s*(?:a|an|our)\s+(?:new\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_RESULT_NOUN}\b")
DRAWN_FROM = re.compile(r"\b(?:from|mix(?:ture)?\s+of|collect\w*|combin\w*|merg\w*|seed|aggregat\w*|compil\w*"
                        r"|gather\w*|consist\w*|includ\w*|compris\w*|sourced|derived|curat\w*)\b", re.IGNORECASE)


# "an ImageNet-pretrained ResNet", "JFT-pre-trained ViT", "ImageNet-pretrained weights": the data the
# backbone was pre-trained on (not "an MNLI-trained RoBERTa", fine-tuned data).
PRETRAINED_ON_IT = re.compile(r"pre-?trained(?=\s+(?:[A-Z]|(?:backbones?|weights|models?|encoders?|networks?|checkpoints?)\b))")

# "OWSM v1 uses AISHELL-1, GigaSpeech and LibriSpeech (38k hours)", "..., giving 180k hours in
# total": an amount of data stated as a total makes the names in the sentence training data where
# no cue says anything at all (not "truncated to 2048 tokens" or "ImageNet contains 14M images").
DATA_AMOUNT = re.compile(rf"\(\s*(?:about\s+|around\s+|over\s+|~|≈)?{_AMOUNT}[^()]{{0,40}}\)"
                         rf"|\b(?:giving|totall?ing|for\s+a\s+total\s+of|amounting\s+to|yielding|resulting\s+in)\s+(?:about\s+|around\s+|over\s+|~)?{_AMOUNT}")

# --- roles (see "Role" in loader/datasets.py) ----------------------------------------------

# "T0 is initialized from the LM-adapted T5", "FLAN is the instruction-tuned version of LaMDA-PT":
# the excerpt's own training starts from a trained model, so a plain "we train on X" fine-tunes.
STARTS_FROM_A_MODEL = re.compile(
    r"\b(?:initiali[sz]ed|initiali[sz]ing|warm-started|starting|start)\s+(?:\w+\s+)?from\s+(?:a|an|the|our|its)?\s*"
    r"(?:public\s+|publicly\s+released\s+|released\s+|off-the-shelf\s+)?(?:pre-?trained|LM-adapted|[A-Z#])"
    r"|\b(?:instruction-?tuned|fine-?tuned|finetuned)\s+(?:version|variant)\s+of\b"
    r"|\bas\s+(?:the|a|our)\s+starting\s+point\b"
    r"|\b(?:fine-?tuned|finetuned)\s+from\b"  # "AMIE was fine-tuned from the base LLM PaLM 2"
    # "preinitialized it using weights from the same network trained to classify ImageNet"
    r"|(?:\b|pre-?)initiali[sz]ed\s+(?:it|them|the\s+\w+\s+)?\s*(?:using|with)\s+(?:the\s+)?weights\b", re.IGNORECASE)
# "We start from pre-trained checkpoints of BERT": a trained model's weights, so what follows tunes it
_WEIGHTS_NEXT = re.compile(r"\s+(?:checkpoints?|weights|parameters)\b", re.IGNORECASE)


# "we additionally included 600k examples of pre-training data": pre-training data mixed into a
# fine-tuning, which says nothing about what the excerpt's training is
_MIXED_IN = re.compile(r"\b(?:examples|tokens|samples|mix|replay|amount|portion|fraction)\s+(?:\([^()]*\)\s+)?of\s+$",
                       re.IGNORECASE)


# "backbones pre-trained on ImageNet-22K", "We pre-train the encoder on ImageNet-1K": a part of the model
# "the ImageNet pre-trained ResNet", "VGG16 [15], which is pre-trained on ILSVRC": a vision backbone, named
_BACKBONE = r"(?-i:ResNe[XS]?t|VGG|Xception|Inception|EfficientNet|DenseNet|MobileNet|ConvNeXt|AlexNet|GoogLeNet)[\w-]*"
_PRETRAINED_BACKBONE = re.compile(rf"\bpre-?trained\s+(?:\[[\d,\s]+\]\s+)?{_BACKBONE}", re.IGNORECASE)
_COMPONENT_BEFORE = re.compile(r"\b(?:backbones?|encoders?)\s+(?:(?:are|is|were|was)\s+)?$"
                               rf"|\b{_BACKBONE}(?:\s*\[[\d,\s]+\])?,?\s+(?:which\s+)?(?:(?:are|is|were|was)\s+)?$", re.IGNORECASE)
_COMPONENT_AFTER = re.compile(r"\s+(?:the|our|its|their|an?)\s+(?:[\w-]+\s+)?(?:backbones?|encoders?)\b"
                              rf"|\s+(?:\[[\d,\s]+\]\s+)?{_BACKBONE}", re.IGNORECASE)


_BASE_MODELS = re.compile(r"\b(?:[Oo]ur|[Tt]he)\s+base\s+models?\s+(?:is|are|was|were)\b")


def of_a_component(text: str, c: Cue) -> bool:
    """Whether a pre-training cue is about a part of the model ("backbones pre-trained on X") or about
    the models it starts from ("Our base models are GPT-Neo ... and GPT-J, all pre-trained on the Pile")."""
    sentence_start = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start), 0)
    return bool(_COMPONENT_BEFORE.search(text, max(0, c.start - 30), c.start) or _COMPONENT_AFTER.match(text, c.end)
                or _BASE_MODELS.search(text, sentence_start, c.start))


# "We further pre-train our model on MS-COCO before fine-tuning": a stage before the excerpt's fine-tuning
_BEFORE_TUNING = re.compile(r"[^.;]{0,80}?\bbefore\s+fine-?tuning\b", re.IGNORECASE)


def default_training_role(text: str, cues: Sequence[Cue], spans: Sequence[Span]) -> str:
    """What a weak training cue means when nothing near it says: pre-training, unless the
    excerpt's model starts from another model and is fine-tuned (in that sentence or the next) and
    nothing in the excerpt is pre-trained (pre-training data mixed in aside). ``spans``: the
    sentences of ``text``."""
    pretrained = [c for c in cues if c.kind == "pretraining" and not _MIXED_IN.search(text, max(0, c.start - 30), c.start)
                  and not _BEFORE_TUNING.match(text, c.end)]
    if pretrained and not all(of_a_component(text, c) for c in pretrained):
        return "pretraining"
    if pretrained:  # "We pre-train the encoder on ImageNet-1K ... We trained the models for 160K iterations on ADE20K"
        return "finetuning"
    for m in STARTS_FROM_A_MODEL.finditer(text):
        i = next((k for k, s in enumerate(spans) if s[0] <= m.start() < s[1]), None)
        start, end = (spans[i][0], spans[min(i + 1, len(spans) - 1)][1]) if i is not None else (0, len(text))
        if ("version" in m.group() or m.group().endswith("weights")
                or (m.group().endswith("trained") and _WEIGHTS_NEXT.match(text, m.end()))
                or any(c.kind == "finetuning" and start <= c.start < end for c in cues)):
            return "finetuning"  # "initialized from T5 and fine-tuned for 12k steps"
    if _LOW_RANK.search(text):  # "we use low-rank adapters (LoRA) with α = 32": a trained model adapted
        return "finetuning"
    if _PRETRAINED_BACKBONE.search(text):  # "the ImageNet pre-trained ResNet as the base network"
        return "finetuning"
    return "pretraining"


_LOW_RANK = re.compile(r"\b(?:LoRA|QLoRA|low-rank\s+adapt(?:ers?|ation))\b")


def sentence_roles(cues: Sequence[Cue], carried: str | None, default: str = "pretraining",
                   carried_training: str | None = None) -> list[str]:
    """Resolved role of each cue of one sentence: weak cues borrow (see module doc). ``carried_training``:
    the training role of the sentence before, when it also evaluated ("downstream models are trained on
    X and tested on Y. Contact prediction is trained on Z": fine-tuning)."""
    roles: list[str] = []
    last_training: str | None = None  # nearest pre-training / fine-tuning cue so far
    last_any: str | None = None
    fallback: str = carried if carried in ("pretraining", "finetuning") else (carried_training or default)
    for i, c in enumerate(cues):
        if c.kind == "train":
            role = last_training or fallback
        elif c.kind == "corpus":
            role = last_any or carried or default
        elif c.kind == "bench":  # "fine-tuned on several benchmark tasks: X, Y"
            near = i and roles[-1] != "evaluation" and c.start - cues[i - 1].end <= 40
            role = roles[-1] if near else "evaluation"
        else:
            role = c.kind
            if not c.aside:
                last_training = role if role != "evaluation" else last_training
        if not c.aside:  # "(104k images after removing the validation sets ...)" does not set the tone
            last_any = role
        roles.append(role)
    return roles


_PAREN = re.compile(r"\([^()]*\)")
GERUND_AS_NOUN = re.compile(r"\b(?:for|of|during|after|before|in|the|our|its)\s+$", re.IGNORECASE)
# "We fine-tuned it separately on each of the 12 downstream datasets above", "we fine-tune the
# pre-trained models on the training set and report results on the validation set": every
# benchmark of the excerpt is fine-tuned on before it is evaluated on ...
_FINE_TUNE_THEN = r"\b(?:fine-?tun\w*|finetun\w*)\b[^.;]{0,60}?\b"  # "fine-tune BiT on", "fine-tuned it for"
FINE_TUNED_ON_EACH = re.compile(
    _FINE_TUNE_THEN + r"(?:on|to|for)\s+(?:"
    r"(?:each|every|all)\s+(?:of\s+(?:the|these|those)\s+)?(?:\d+\s+)?(?:downstream\s+)?(?:tasks?|datasets?|benchmarks?)"
    r"|the\s+(?:\d+\s+)?downstream\s+(?:tasks|datasets|benchmarks)"
    r"|(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:mixture|set|suite|range|collection)\s+of\s+(?:[\w-]+\s+)?(?:downstream\s+)?tasks"
    r"|the\s+training\s+sets?\s+and\s+report"
    r"|the\s+training\s+(?:sets?|splits?|data)\s+of\s+(?:each|every|all)\b)\b"
    # "we fine-tuned it on nine diverse benchmarks" (not "fine-tune X and evaluate on three datasets")
    r"|\b(?:fine-?tun\w*|finetun\w*)\b(?:(?!evaluat|test)[^.;]){0,60}?\bon\s+" + _COUNT
    + r"\s+(?:[\w-]+\s+)?(?:downstream\s+)?(?:benchmarks|datasets)\b"
    # "We use task-specific fine-tuning" (not "without / no / requires task-specific fine-tuning")
    r"|(?<!without\s)(?<!\bno\s)(?<!\bany\s)(?<!requires\s)(?<!require\s)(?<!needs\s)\btask-specific\s+fine-?tun\w*"
    r"(?!\s+(?:is|was|are|were)\s+not\b)",
    re.IGNORECASE)
# "We fine-tune BiT on the official training split and report results on the test split" after a
# sentence listing the benchmarks; "with and without finetuning. Two benchmark datasets: X, Y".
FINE_TUNED_ON_THEM = re.compile(
    _FINE_TUNE_THEN + r"on\s+(?:"
    r"(?:the|their|its)\s+(?:official\s+|respective\s+)?(?:training|train)\s+(?:splits?|sets?|data)"
    r"|(?:each\s+of\s+)?(?:them|these|those)(?:\s+(?:datasets|benchmarks|tasks))?)\b"
    # "We use the same train/dev/test splits as prior work and report Exact Match": trained on their train splits
    r"|\b(?:use|follow|adopt)[sd]?\s+(?:the\s+)?(?:same\s+|standard\s+|official\s+)?train(?:ing)?\s*/\s*(?:dev|val|validation)"
    r"\s*/\s*test\s+splits\b"
    r"|(?P<both>\bwith\s+and\s+without\s+(?:any\s+)?(?:fine-?tun|finetun))",
    re.IGNORECASE)
# "We fine-tune T5 ... on the union of the seed datasets": the data named before, trained on with no
# word for how, is fine-tuned on (see ``loader.datasets._fine_tuned_on_those``).
FINE_TUNED_ON_THOSE = re.compile(
    r"\b(?:fine-?tun\w*|finetun\w*)\b(?:[^.;]|(?<=\bal)\.){0,100}?\bon\s+(?:(?:the\s+)?(?:union|mixture|combination|concatenation)\s+of\s+(?:all\s+)?(?:the|these|those)"
    r"|these|those|the\s+above|all\s+(?:of\s+)?(?:the|these|those))\s+(?:[\w-]+\s+){0,2}?(?:datasets|tasks|corpora)\b",
    re.IGNORECASE)
# "We evaluate UnifiedQA on the seed datasets": the datasets fine-tuned on before are evaluated on
EVALUATED_ON_THOSE = re.compile(
    r"\b(?:evaluat\w*|test(?:s|ed)?)\b(?:[^.;]|(?<=\bal)\.){0,60}?\bon\s+(?:all\s+(?:of\s+)?)?(?:the|these|those)\s+"
    r"(?:seed|same|above|aforementioned|held-in)\s+(?:datasets|tasks|benchmarks)\b", re.IGNORECASE)
# ... unless the excerpt also evaluates without fine-tuning.
EVALUATED_AS_IS = re.compile(r"\b(?:zero|few|one)-shot\b|\bwithout\s+(?:any\s+)?(?:task-specific\s+)?fine-?tun|\blinear\s+prob"
                             r"|\bfrozen\b|\bin-context\b"
                             # "After SFT, the model achieves ... on 12 benchmarks": tuned before, elsewhere
                             r"|\bafter\s+(?:the\s+)?(?:SFT|RLHF|fine-?tuning|instruction[- ]tuning|alignment)\b", re.IGNORECASE)
# "LUKE obtains state-of-the-art results on all five datasets": an evaluation of every dataset the
# paragraph fine-tuned on before it.
ON_ALL_OF_THEM = re.compile(r"\b(?:on|across)\s+(?:(?:all|each|both)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?"
                            r"(?:[\w-]+\s+)?|(?:all\s+)?(?:the\s+)?" + _COUNT + r"\s+(?:[\w-]+\s+){0,2}?(?:downstream\s+)?)"
                            r"(?:datasets|tasks|benchmarks)\b(?!\s*(?:,\s*)?(?:including|such\s+as|like|namely|:|\())",
                            re.IGNORECASE)
# Evaluation by transfer fine-tunes on the dataset it reports on.
TRANSFER = re.compile(r"\btransfer(?:\s+learning)?\s+(?:datasets|benchmarks|tasks|performance|results)\b"
                      # "we transfer X to", "ViT-22B transfers to": not "knowledge transfers well to"
                      r"|(?:\bwe|\band|\bthen|#|\b(?-i:[A-Z])[\w-]*)\s+" + _TRANSFER_TO +
                      r"|\bfor\s+transfer\s+learning\b", re.IGNORECASE)
SUBORDINATE = re.compile(r"\b(?:after|before|following|prior\s+to|without)\s+$", re.IGNORECASE)
# "We fine-tune on VQAv2 and report accuracy on test-std": the names fine-tuned on are also
# evaluated on when the evaluation that follows names no dataset of its own.
EVALUATED_TOO = re.compile(r"\)?(?:[^.;:()]|\([^()]{0,60}\)){0,80}?(?:\band|,\s+where)\s+(?:then\s+)?(?:we\s+|it\s+|they\s+)?"
                           r"(?:also\s+)?(?:(?:report|evaluat|test|measur|achiev|obtain|reach)\w*|sets?\s+(?:a\s+)?new)\b"
                           # "fine-tuned on VQA-RAD and SLAKE, with results reported on their test sets"
                           r"|,\s+with\s+(?:the\s+)?(?:results?|scores?|accuracy|performance)\s+(?:\w+\s+)?(?:reported|measured|evaluated)\b",
                           re.IGNORECASE)
# "... and report top-1 accuracy on the validation set", "and evaluate on val2017", "and evaluated
# on test-clean": an unnamed split, which belongs to the dataset trained on just before.
UNNAMED_SPLIT = re.compile(r"\b(?:(?:the|its|their|a)\s+(?:[\d,.]+\s*[kKM]?\s+)?(?:official\s+|standard\s+|held-out\s+)?"
                           r"(?:validation|val|test|dev|development|held-out)(?:\s+|-)(?:sets?|splits?|data|datasets?|images)(?!\s+of\b)"
                           r"|(?:val|test|minival|test-dev)(?:19|20)\d\d|test-(?:clean|other|std|dev)|minival)\b",
                           re.IGNORECASE)
CLAUSE_PUNCTUATION = re.compile(r";|[,.](?!\d)")  # not "18.8", "1,000"
# "X for training and evaluation", "X ... 1979-2017 for training and 2018 for testing": one dataset, split.
TRAIN_AND_TEST = re.compile(r"\bfor\s+(?:the\s+|both\s+)?(?:(?:pre-?)?training|fine-?tuning)\b[^.;()]{0,60}?(?:\band|,)\s+"
                            r"(?:(?:(?-i:[^\sA-Z.;()])[^\s.;()]*\s+){0,6}?for\s+)?(?:testing|evaluation|test)\b", re.IGNORECASE)
# "divided into 20K/2K/3K images for training, validation and testing", "1,464 (train), 1,449 (val), and
# 1,456 (test) images": a dataset split three ways, for training and for testing
TRAIN_VAL_TEST = re.compile(r"\b(?:training|train),\s+(?:validation|val|dev(?:elopment)?),?\s+and\s+(?:test(?:ing)?|evaluation)\b"
                            r"|\(train\)[^.;]{0,40}\((?:val|dev)\)[^.;]{0,40}\(test\)"
                            r"|\btrain(?:ing)?/(?:dev|val(?:idation)?)/test(?:ing)?\b", re.IGNORECASE)
# "Criteo-Ad contains 4 billion samples ..., of which the last day is used for test": a part held out
HELD_FOR_TEST = re.compile(r"[^.;]{0,120}?\b(?:of\s+which|with|and)\s+(?:the\s+)?(?:last|final|first|remaining)\s+"
                           r"(?:[\w%-]+\s+){0,2}?(?:(?:is|are|was|were)\s+)?(?:used|held\s+out|kept|reserved)?\s*(?:for|as)\s+"
                           r"(?:the\s+)?(?:test(?:ing)?|evaluation)\b", re.IGNORECASE)
PURPOSE_NEXT = re.compile(r"(?:\s*\([^()]{1,60}\)|\s*" + BRACKET_CITATION + r")?(?:\s+\d+[kKM]?)?(?:\s+(?:dataset|corpus|benchmark|data))?"
                          r"(?:\s+(?:is|are|was|were)\s+used)?\s+"
                          r"(?P<purpose>for\s+(?:the\s+)?(?:(?:pre-?)?training|fine-?tuning|evaluation|testing)\b"
                          r"|as\s+(?:the|our)\s+(?:(?P<unlabelled>unsupervised|unlabell?ed|self-supervised)|(?:pre-?)?training|fine-?tuning)"
                          r"\s+(?:data|corpus|set)\b)",  # "the Libri-Light 60k corpus as the unsupervised data"
                          re.IGNORECASE)
# "pre-trained on JFT-300M": a cue that names its own data, so it says nothing about another name.
OWN_OBJECT = re.compile(r"\s+(?:on|from|using|with)\s+(?:the\s+)?(?:[A-Z]|[a-z]+[A-Z0-9])")
# "For ADE20K, we ...", "On the widely-adopted GLUE (Wang et al., 2019b) and SuperGLUE text
# classification benchmarks, we fine-tune ...": datasets fronted as the frame of their sentence, in a
# phrase opening it up to the comma before "we".
FRONTED = re.compile(r"\s*(?:For|On)\s+(?:[^,;:()]|\([^()]*\)){1,150}?,\s+(?:we|our|the\s+model)\b")
_REASON = re.compile(r",\s+(?:since|because|as)\b")


def _nearest_before(text: str, cues: Sequence[Cue], span: range, start: int,
                    usable: Callable[[int], bool]) -> tuple[int | None, bool]:
    """The nearest usable cue in ``span`` ending before ``start``, a main one ("evaluate X on each
    cluster after instruction tuning on the others: A, B") before a subordinate one; and
    whether the cues it was chosen among (the main ones, else all) are all data nouns."""
    nearest: int | None = None
    subordinate_only = True
    only_nouns = True
    for i in reversed(span):
        if cues[i].end > start or not usable(i):
            continue
        main = not SUBORDINATE.search(text, max(0, cues[i].start - 12), cues[i].start)
        if main and subordinate_only:  # the first main cue outranks any subordinate one seen
            nearest, subordinate_only, only_nouns = i, False, cues[i].kind == "corpus"
        elif nearest is None:
            nearest, only_nouns = i, cues[i].kind == "corpus"
        elif main or subordinate_only:
            only_nouns = only_nouns and cues[i].kind == "corpus"
        if nearest is not None and not subordinate_only and not only_nouns:
            break  # the answer cannot change any more
    return nearest, only_nouns


def _role_at(text: str, start: int, end: int, clause: Span, sentence: Span, cues: Sequence[Cue],
             cue_starts: Sequence[int]) -> int | None:
    """Index of the cue that gives the role: nearest before, else first after (strong first),
    in the clause, then the sentence. A cue in a parenthetical aside does not reach outside
    it; the sentence stops at a reason ("..., since ...") that follows the mention.
    ``cue_starts``: the starts of ``cues``, which are in text order (found by bisection, so a
    sentence with thousands of names and cues stays near linear)."""
    parens = _spans(_PAREN, text, *sentence)

    def usable(i: int) -> bool:  # not inside an aside that does not hold the name
        c = cues[i]
        k = bisect_left(parens, (c.end,)) - 1
        return not any(s < c.end and c.start < e and not s <= start < e for s, e in parens[max(0, k - 1):k + 1])

    reasons = positions(_REASON, text, *sentence)
    after = bisect_left(reasons, end)
    reason_at = reasons[after] if after < len(reasons) else None
    first_after = bisect_left(cue_starts, end)
    for lo, hi in (clause, (sentence[0], reason_at if reason_at is not None else sentence[1])):
        nearest, only_nouns = _nearest_before(text, cues, range(bisect_left(cue_starts, lo),
                                                                 bisect_left(cue_starts, start)), start, usable)
        later = range(first_after, bisect_left(cue_starts, hi))
        strong_after = next((i for i in later if not cues[i].weak and cues[i].end <= hi and usable(i)), None)
        if nearest is not None and only_nouns and strong_after is not None:
            return strong_after  # "We used three datasets for testing: X": the noun gives way
        if nearest is not None:
            return nearest
        weak_after = next((i for i in later if cues[i].weak and cues[i].end <= hi and usable(i)), None)
        if strong_after is not None or weak_after is not None:
            return strong_after if strong_after is not None else weak_after
    return None


def roles_of(text: str, start: int, end: int, sentence: Span, cues: Sequence[Cue], roles: Sequence[str],
              carried: str | None, cue_starts: Sequence[int]) -> list[str]:
    """The role(s) of a mention (module doc, "Role"); ``cue_starts``: the starts of ``cues``."""
    leaked_samples = positions(_TEST_SAMPLES_OF, text, *sentence)
    if positions(LEAKAGE, text, *sentence) and (SPLIT_AFTER.match(text, end) or (leaked_samples and leaked_samples[0] < start)):
        return ["evaluation"]  # "removing files that contained test-samples from the following benchmarks: X, Y"
    own_clause = clause(text, sentence, start)
    both = TRAIN_AND_TEST.search(text, end, min(own_clause[1], end + 250))  # bounded: names x sentence stays linear
    if both and both.start() - end <= 100 and (i := bisect_left(cue_starts, both.start())) < len(cues) and cues[i].start < both.end():
        return [roles[i], "evaluation"]  # "We use ERA5 for training and evaluation"
    purpose = PURPOSE_NEXT.match(text, end)
    if purpose and purpose["unlabelled"]:
        return ["pretraining"]
    if purpose and (i := bisect_left(cue_starts, purpose.start("purpose"))) < len(cues) and cues[i].start < purpose.end():
        return [roles[i]]  # "C4 for pre-training and MMLU for evaluation": the purpose said right after the name
    fronted = FRONTED.match(text, sentence[0], sentence[1])
    framing = cues[bisect_left(cue_starts, sentence[0]):bisect_left(cue_starts, fronted.end())] if fronted else []
    if fronted and end < fronted.end() and all(c.kind in ("corpus", "bench") for c in framing):
        after = [roles[i] for i in range(bisect_left(cue_starts, fronted.end()), bisect_left(cue_starts, sentence[1]))
                 if not cues[i].aside and cues[i].kind != "corpus" and not OWN_OBJECT.match(text, cues[i].end)]
        if after:  # "On Cityscapes, we train for 80k iterations and report mIoU": all that the sentence does
            return sorted({*after, *("evaluation" for c in framing if c.kind == "bench")})  # "On the X benchmarks, we"
    i = _role_at(text, start, end, clause(text, sentence, start), sentence, cues, cue_starts)
    if i is None:
        if BENCHMARK_AFTER.match(text, end):
            return ["evaluation"]
        return [carried] if carried else []
    found = [roles[i]]
    if cues[i].kind == "bench" and i and roles[i - 1] == roles[i] and cues[i].start - cues[i - 1].end <= 40:
        i -= 1  # "fine-tune and evaluate on six tasks from the XTREME benchmark: X, Y": the verbs of the noun
    while (i and cues[i].end <= start and cues[i - 1].kind not in ("corpus", "bench")
           and not (text[cues[i - 1].start:cues[i - 1].end].endswith("ing")  # "for pre-training and fine-tune on"
                    and GERUND_AS_NOUN.search(text, max(0, cues[i - 1].start - 12), cues[i - 1].start))
           and JOINED.fullmatch(text, cues[i - 1].end, cues[i].start)):
        i -= 1  # "we fine-tune and evaluate on X"
        found.append(roles[i])
    return found
