"""Abbreviations a text defines: "the Multi-Turn Programming Benchmark (MTPB)".

The long form is found with the algorithm of Schwartz and Hearst (2003, "A simple
algorithm for identifying abbreviation definitions in biomedical text"): reading the
short form from its end, each of its letters and digits must occur, in order, in the
words before the parenthesis, and its first character must begin a word. The long form
starts at that word and has at most min(|short| + 5, 2 |short|) words, none across a
clause boundary.

>>> [(d.long, d.short) for d in definitions("We use the Quora Question Pairs (QQP) dataset.")]
[('Quora Question Pairs', 'QQP')]
>>> [(d.long, d.short) for d in definitions("the ReAding Comprehension from Examinations (RACE) dataset")]
[('ReAding Comprehension from Examinations', 'RACE')]
>>> [(d.long, d.short) for d in definitions("the Microsoft Paraphrase corpus (MRPC) [14]")]
[('Microsoft Paraphrase corpus', 'MRPC')]
>>> definitions("trained for 3 days (Table 2)")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Definition", "definitions"]

# "(MTPB)", "(STS-B)", "(SQuAD; Rajpurkar et al., 2016)", "(VP-400K, Wang et al.)"
_SHORT = re.compile(r"\(\s*(?P<short>[A-Za-z][\w.+/-]{1,14}?)\s*(?:[;,][^()]*)?\)")
_NOT_SHORT = re.compile(r"(?:Table|Tab|Fig|Figure|Sec|Section|Appendix|App|Eq|Equation|Algorithm|Alg)\b.*",
                        re.IGNORECASE)
# The long form never crosses these: a clause or list boundary, another parenthesis.
_BOUNDARY = re.compile(r"[.;:,!?()\[\]\n–—]|\s-\s")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Definition:
    """A long form at [long_start, long_end) restated as ``short`` at ``short_start``."""

    long: str
    long_start: int
    long_end: int
    short: str
    short_start: int


def _looks_short(short: str) -> bool:
    """An abbreviation: two or more capitals or a capital and a digit ("QQP", "STS-B", "VP-400K")."""
    return (sum(c.isupper() for c in short) >= 2 or (any(c.isupper() for c in short) and any(c.isdigit() for c in short))) \
        and not _NOT_SHORT.fullmatch(short)


def _long_form_start(short: str, window: str) -> int | None:
    """Offset in ``window`` where the long form of ``short`` begins (Schwartz and Hearst)."""
    s, i = len(short) - 1, len(window) - 1
    while s >= 0:
        c = short[s].casefold()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (window[i].casefold() != c or (s == 0 and i > 0 and window[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return window.rfind(" ", 0, i + 1) + 1


def definitions(text: str) -> list[Definition]:
    """Every "long form (SHORT)" in ``text``, in order."""
    found: list[Definition] = []
    for m in _SHORT.finditer(text):
        short = m["short"]
        if not _looks_short(short):
            continue
        end = m.start()
        while end and text[end - 1].isspace():  # not text[:end].rstrip(): that copies the text each time
            end -= 1
        boundary = max((b.end() for b in _BOUNDARY.finditer(text, max(0, end - 200), end)), default=max(0, end - 200))
        words = list(_WORD.finditer(text, boundary, end))[-min(len(short) + 5, 2 * len(short)):]
        if not words:
            continue
        window_start = words[0].start()
        start = _long_form_start(short, text[window_start:end])
        if start is None:
            continue
        long = text[window_start + start:end]
        if len(long) <= len(short) or short.casefold() in long.casefold().split() or "#" in long:
            continue  # "#": a masked tag (a model name) inside
        found.append(Definition(" ".join(long.split()), window_start + start, end, short, m.start("short")))
    return found


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates the whole of ``long`` (its first character starts ``long``).

    >>> abbreviates("GLDv2", "Google Landmarks v2"), abbreviates("EN", "Common Voice")
    (True, False)
    """
    return _looks_short(short) and _long_form_start(short, long) == 0


def is_proper(long: str) -> bool:
    """A long form written as a name: it starts with a capital or a digit ("Multi-Turn Programming
    Benchmark"), not with a lower-case word ("evaluate on Multi-Turn ...", "named entity recognition").

    >>> is_proper("Quora Question Pairs"), is_proper("evaluate on Quora Question Pairs")
    (True, False)
    """
    return long[:1].isupper() or long[:1].isdigit()
