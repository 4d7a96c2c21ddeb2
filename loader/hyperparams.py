"""Untagged hyperparameters in the prose, with their spans. A pure function.

Architecture facts (layers, hidden size, attention heads, vocabulary size, sequence
length) belong to the model; training facts (optimizer, peak learning rate, batch
size, steps, tokens, precision, parallelism) to a training run. Each pattern needs
the quantity's own words next to the number ("24 layers", "hidden size of 1024"),
so a number is never taken for a hyperparameter on position alone.

>>> text = ("It has 24 layers, 16 attention heads and a hidden size of 1024. We used AdamW "
...         "with a peak learning rate of 1e-4 and a global batch size of 2,048 sequences "
...         "in BF16 with ZeRO-2 for 150,000 steps.")
>>> [(h.name, h.value) for h in find_hyperparameters(text)]  # doctest: +NORMALIZE_WHITESPACE
[('layers', 24), ('attentionHeads', 16), ('hiddenSize', 1024), ('optimizer', 'AdamW'),
 ('peakLearningRate', 0.0001), ('batchSize', 2048), ('precision', 'BF16'), ('parallelism', 'ZeRO-2'),
 ('trainingSteps', 150000)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loader.normalize import ValueProblem, read_number

MODEL_LEVEL = frozenset({"layers", "hiddenSize", "attentionHeads", "vocabularySize", "sequenceLength"})


@dataclass(frozen=True)
class Hyperparameter:
    name: str  # the mlkg property's local name
    value: int | float | str
    surface: str
    start: int
    end: int

    @property
    def model_level(self) -> bool:
        return self.name in MODEL_LEVEL


_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*[kKMB]\b)?)"
_SCI = r"(?P<num>\d+(?:\.\d+)?(?:[eE][-+]?\d+|\s*[x×]\s*10\s*\^\s*-?\d+)|\d*\.\d+)"
_OF = r"(?:\s+(?:was set to|is set to|set to|of|was|is|=|:)\s*|\s*[=:]\s*|\s+)(?:about\s+|approximately\s+|roughly\s+)?"

_INTEGER_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("layers", re.compile(rf"{_NUM}[- ](?:transformer\s+|encoder\s+|decoder\s+)?(?:layers?|blocks?)\b", re.I)),
    ("layers", re.compile(rf"\b(?:number of layers|depth){_OF}{_NUM}\b", re.I)),
    ("hiddenSize", re.compile(rf"\b(?:hidden|embedding|model)\s+(?:size|dimension|dimensionality|width){_OF}{_NUM}\b", re.I)),
    ("hiddenSize", re.compile(rf"\bd_?model{_OF}{_NUM}\b", re.I)),
    ("attentionHeads", re.compile(rf"{_NUM}\s+(?:self-)?attention\s+heads\b", re.I)),
    ("attentionHeads", re.compile(rf"\b(?:number of )?attention heads{_OF}{_NUM}\b", re.I)),
    ("vocabularySize", re.compile(rf"\bvocabulary(?:\s+size)?{_OF}{_NUM}(?:\s+(?:tokens|subwords|entries|word ?pieces))?", re.I)),
    ("vocabularySize", re.compile(rf"{_NUM}[- ](?:token|subword|entry|wordpiece)s?\s+vocabulary\b", re.I)),
    ("sequenceLength", re.compile(rf"\b(?:maximum\s+)?(?:sequence|context|input)\s+(?:length|window){_OF}{_NUM}(?:\s+tokens)?", re.I)),
    ("sequenceLength", re.compile(rf"\b(?:truncated|limited|capped)\s+to\s+{_NUM}\s+tokens\b", re.I)),
    ("batchSize", re.compile(rf"\b(?:global\s+|effective\s+|total\s+)?batch\s+size{_OF}{_NUM}(?!\s*(?:tokens|[MB]\s*tokens))", re.I)),
    ("trainingSteps", re.compile(rf"{_NUM}\s+(?:optimization\s+|training\s+|gradient\s+|update\s+)?(?:steps|iterations|updates)\b", re.I)),
    ("trainingTokens", re.compile(rf"(?:\b(?:for|on|over|totaling|totalling|processing|seeing|seen)\s+(?:approximately\s+|about\s+|roughly\s+|nearly\s+)?){_NUM}\s*(?:billion|trillion|million)?\s+tokens\b", re.I)),
]
_KEYWORDS = {
    "layers": ("layer", "block", "depth"),
    "hiddenSize": ("hidden", "embedding", "model"),
    "attentionHeads": ("head",),
    "vocabularySize": ("vocabulary",),
    "sequenceLength": ("length", "window", "tokens"),
    "batchSize": ("batch",),
    "trainingSteps": ("step", "iteration", "update"),
    "trainingTokens": ("token",),
}
_LEARNING_RATE = re.compile(rf"\b(?:peak\s+|base\s+|maximum\s+|initial\s+)?learning\s+rate{_OF}{_SCI}", re.I)
_OPTIMIZER = re.compile(r"\b(AdamW|Adam|Adafactor|LAMB|Lion|SGD|RMSProp|Shampoo|Sophia|LARS|Adagrad)\b(?=\s+optimi[sz]er|\s+with|[\s,.;)])")
_PRECISION = re.compile(r"\b(BF16|bfloat16|FP16|float16|FP8|FP32|TF32)\b|\b(mixed[- ]precision)\b", re.I)
_PARALLELISM = re.compile(
    r"\b(ZeRO(?:[- ]?(?:stage\s*)?[123])?|FSDP|DistributedDataParallel|(?:data|tensor|pipeline|model|sequence|expert)[- ]parallel(?:ism)?)\b"
)
_STEP_GUARD = re.compile(r"warm-?up|first|after|every|decay over|accumulat", re.I)
_CANONICAL_PRECISION = {"bfloat16": "BF16", "float16": "FP16", "mixed-precision": "mixed precision", "mixed precision": "mixed precision"}


def _number(text: str) -> float | None:
    try:
        return float(read_number(text).value)
    except ValueProblem:
        return None


def find_hyperparameters(text: str) -> list[Hyperparameter]:
    """Every hyperparameter stated in ``text``, first statement of each kind, in text order."""
    found: list[Hyperparameter] = []
    lowered = text.lower()
    for name, pattern in _INTEGER_PATTERNS:
        if not any(word in lowered for word in _KEYWORDS[name]):
            continue  # cheap guard: most excerpts state few of these
        for match in pattern.finditer(text):
            if name == "trainingSteps" and _STEP_GUARD.search(text[max(0, match.start() - 30) : match.start()]):
                continue  # "warmup for the first 10,000 steps" is not the length of training
            value = _number(match.group("num"))
            if name == "trainingTokens" and value is not None:
                scale = re.search(r"(billion|trillion|million)\s+tokens", match.group(), re.I)
                value *= {"billion": 1e9, "trillion": 1e12, "million": 1e6}[scale.group(1).lower()] if scale else 1
            if value and value == int(value) and value > 0:
                found.append(Hyperparameter(name, int(value), match.group(), match.start(), match.end()))
    for match in _LEARNING_RATE.finditer(text) if "learning rate" in lowered else ():
        value = _number(match.group("num"))
        if value is not None and 0 < value < 1:
            found.append(Hyperparameter("peakLearningRate", value, match.group(), match.start(), match.end()))
    for name, pattern in (("optimizer", _OPTIMIZER), ("precision", _PRECISION), ("parallelism", _PARALLELISM)):
        for match in pattern.finditer(text):
            word = match.group()
            value = _CANONICAL_PRECISION.get(word.lower(), word.upper() if name == "precision" else word)
            found.append(Hyperparameter(name, value, word, match.start(), match.end()))
    return _first_of_each(found)


def _first_of_each(found: list[Hyperparameter]) -> list[Hyperparameter]:
    """One value per kind (the first stated), except parallelism and precision, which combine."""
    kept: dict[tuple[str, object], Hyperparameter] = {}
    seen_kinds: set[str] = set()
    for item in sorted(found, key=lambda h: h.start):
        multi = item.name in ("parallelism", "precision")
        if (item.name in seen_kinds and not multi) or (item.name, item.value) in kept:
            continue
        if any(k.start < item.end and item.start < k.end for k in kept.values()):
            continue  # overlapping spans: the earlier reading wins
        seen_kinds.add(item.name)
        kept[(item.name, item.value)] = item
    return sorted(kept.values(), key=lambda h: h.start)
