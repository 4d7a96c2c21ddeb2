r"""Sentence boundaries in plain prose, good enough to tell which facts belong together.

Two readings share one list of abbreviations. ``sentence_spans`` (for tagged values) ends a
sentence at a full stop before a capital or at a blank line. ``sentences`` (for dataset
mentions, on text whose tagged values are masked with "#") also ends one at a line break after
a heading or a short line, and says which sentences open a paragraph.

>>> text = "We used 8 GPUs, e.g. A100s. Then we fine-tuned it. Done."
>>> [text[s:e].strip() for s, e in sentence_spans(text)]
['We used 8 GPUs, e.g. A100s.', 'Then we fine-tuned it.', 'Done.']
>>> text = "Data\nWe pre-train on C4. ### was then tuned on\nAlpaca and Dolly.\n\nResults."
>>> [(text[s:e].strip(), para) for s, e, para in sentences(text)]
[('Data', True), ('We pre-train on C4.', False), ('### was then tuned on', False), ('Alpaca and Dolly.', False), ('Results.', True)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# A sentence ends at . ! ? followed by space and an upper-case letter, a digit or a
# quote, unless the dot ends a common abbreviation ("e.g.", "U.S.", "approx.", "Fig.").
_END = re.compile(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])|\n\s*\n")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|approx|vs|cf|al|Fig|Figs|Eq|Sec|Tab|No|Dr|Prof|Mr|Ms|Inc|Ltd|Corp|Jr|Sr|ca|resp)"
    r"|\b[A-Z](?:\.[A-Z])+|\b[A-Z])\.$"
)


# A line break ends a sentence too where the line is a heading or ends one (see ``sentences``).
# "#" is a masked tagged value ("We evaluate on X. ### was trained ..."), "\u00a6" filled blanks.
_PARAGRAPH_END = re.compile(r"[.!?](?=[ \t\u00a6]+[\"'(\[]?[A-Z0-9#])|[.!?]?(?<!\s)\s*\n\s*\n|[.!?]?(?<!\s)[ \t]*\n")
_SOFT_WRAP_WORDS = 10  # a longer line that does not end a sentence is wrapped prose


def _abbreviation_before(text: str, start: int, end: int) -> bool:
    return _ABBREVIATIONS.search(text[max(start, end - 12) : end]) is not None


def sentences(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, starts_paragraph) for each sentence."""
    spans: list[tuple[int, int, bool]] = []
    start, new_paragraph = 0, True
    for match in _PARAGRAPH_END.finditer(text):
        if match.group() == "." and _abbreviation_before(text, start, match.end()):
            continue
        if match.group().count("\n") == 1 and not match.group()[:1] in ".!?":  # one line break, no full stop
            line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
            if len(line.split()) > _SOFT_WRAP_WORDS:  # hard-wrapped prose: "... on SQuAD and\nevaluate it"
                continue
        spans.append((start, match.end(), new_paragraph))
        new_paragraph = match.group().count("\n") >= 2
        start = match.end()
    if start < len(text):
        spans.append((start, len(text), new_paragraph))
    return spans


@lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, covering the text without gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group().startswith((".",)) and _abbreviation_before(text, start, end):
            continue
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


@lru_cache(maxsize=64)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(s for s, _ in sentence_spans(text))


def sentence_index(text: str, offset: int) -> int:
    """Index of the sentence containing ``offset``."""
    return max(bisect_right(_starts(text), offset) - 1, 0)


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence containing ``offset``."""
    return sentence_spans(text)[sentence_index(text, offset)]
