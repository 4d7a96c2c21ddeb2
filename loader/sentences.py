"""Sentence boundaries in plain prose, good enough to tell which facts belong together.

>>> text = "We used 8 GPUs, e.g. A100s. Then we fine-tuned it. Done."
>>> [text[s:e].strip() for s, e in sentence_spans(text)]
['We used 8 GPUs, e.g. A100s.', 'Then we fine-tuned it.', 'Done.']
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


@lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, covering the text without gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group().startswith((".",)) and _ABBREVIATIONS.search(text[max(start, end - 12) : end]):
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
