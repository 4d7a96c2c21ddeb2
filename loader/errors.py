"""Typed problems with positions, shared by every loader stage.

An `ExcerptError` rejects one excerpt (the others still load); a `Warning_`
keeps the excerpt but says what was skipped or could not be read.

>>> str(ExcerptError("c007", 3, 14, "<params> is never closed", origin="corpus.jsonl:7"))
'corpus.jsonl:7: c007:3:14: <params> is never closed'
"""

from __future__ import annotations

from dataclasses import dataclass


class MlkgError(Exception):
    """Base of every error mlkg reports to a user."""


class UsageError(MlkgError):
    """The command or call itself is wrong (missing path, unknown option value)."""


def _located(excerpt_id: str, line: int, column: int, message: str, origin: str | None) -> str:
    where = f"{origin}: " if origin else ""
    return f"{where}{excerpt_id}:{line}:{column}: {message}"


class ExcerptError(MlkgError):
    """One excerpt cannot be read: the id, the 1-based line and column, and why."""

    def __init__(self, excerpt_id: str, line: int, column: int, message: str, origin: str | None = None):
        self.excerpt_id, self.line, self.column = excerpt_id, line, column
        self.message, self.origin = message, origin
        super().__init__(_located(excerpt_id, line, column, message, origin))

    def __reduce__(self):  # picklable, so extraction workers can pass it back
        return (ExcerptError, (self.excerpt_id, self.line, self.column, self.message, self.origin))


@dataclass(frozen=True)
class Warning_:
    """Something in a loaded excerpt was skipped or kept as text only."""

    excerpt_id: str
    line: int
    column: int
    message: str
    origin: str | None = None

    def __str__(self) -> str:
        return _located(self.excerpt_id, self.line, self.column, self.message, self.origin)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``.

    >>> position("ab\\ncd", 4)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
