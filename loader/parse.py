"""Stage 1: tagged text to mentions. Syntax only; values are read in `normalize`.

A tagged excerpt is prose with inline tags around extracted values. Parsing
removes the tags and records, for each, the tag name, the text it wrapped and
that text's offsets in the tag-free prose (Unicode code points, end exclusive).

>>> ex = parse_excerpt("e1", "We trained <model>Foo-7B</model> on <gpu_count>8</gpu_count> GPUs.")
>>> ex.text
'We trained Foo-7B on 8 GPUs.'
>>> [(m.tag, m.surface, ex.text[m.start:m.end]) for m in ex.mentions]
[('model', 'Foo-7B', 'Foo-7B'), ('gpu_count', '8', '8')]
>>> ex.raw_position(ex.text.index("8"))
(1, 48)
>>> parse_excerpt("e2", "A <model>Foo</params> model.")
Traceback (most recent call last):
...
loader.errors.ExcerptError: e2:1:13: closing tag </params> does not match the open <model> (opened at line 1, column 3)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loader.errors import ExcerptError, Warning_, position

TAGS = ("model", "params", "gpu_count", "hardware", "training", "country", "year")

# Only the seven known tags are markup; any other "<...>" is prose ("<0.1%", "<s>").
_TAG = re.compile(r"<(/?)(" + "|".join(TAGS) + r")\s*>", re.IGNORECASE)
_OTHER_TAG_PAIR = re.compile(r"<(?!(?:" + "|".join(TAGS) + r")>)([A-Za-z_][\w-]*)>[^<>]*</\1>", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """One tagged span: the tag, the text as written, its offsets in the plain text."""

    tag: str
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class ExplicitDataset:
    """A dataset listed in a JSONL record's ``datasets`` field."""

    name: str
    role: str


@dataclass(frozen=True)
class TaggedExcerpt:
    """An excerpt after parsing: plain text, its mentions, and where it came from."""

    id: str
    text: str
    mentions: tuple[Mention, ...]
    source: str | None = None
    datasets: tuple[ExplicitDataset, ...] | None = None
    warnings: tuple[Warning_, ...] = field(default=())
    raw: str = ""
    origin: str | None = None
    # (offset in text, offset in raw) where each stretch of untagged text starts
    segments: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    def mentions_of(self, tag: str) -> list[Mention]:
        return [m for m in self.mentions if m.tag == tag]

    def raw_position(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the tagged input of ``offset`` in the plain text."""
        plain_start, raw_start = max((s for s in self.segments if s[0] <= offset), default=(0, 0))
        return position(self.raw or self.text, raw_start + offset - plain_start)


def parse_excerpt(
    excerpt_id: str,
    raw: str,
    *,
    source: str | None = None,
    datasets: tuple[ExplicitDataset, ...] | None = None,
    origin: str | None = None,
) -> TaggedExcerpt:
    """Parse tagged prose; raise `ExcerptError` with line and column on malformed markup."""
    plain: list[str] = []
    mentions: list[Mention] = []
    warnings: list[Warning_] = []
    plain_len = 0
    cursor = 0
    segments: list[tuple[int, int]] = [(0, 0)]
    open_tag: tuple[str, int, int] | None = None  # (tag, raw offset, plain offset)

    def fail(raw_offset: int, message: str) -> ExcerptError:
        line, column = position(raw, raw_offset)
        return ExcerptError(excerpt_id, line, column, message, origin=origin)

    for match in _TAG.finditer(raw):
        chunk = raw[cursor : match.start()]
        plain.append(chunk)
        plain_len += len(chunk)
        cursor = match.end()
        segments.append((plain_len, cursor))
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if not closing:
            if open_tag is not None:
                line, column = position(raw, open_tag[1])
                raise fail(
                    match.start(),
                    f"<{tag}> opened inside <{open_tag[0]}> (opened at line {line}, column {column}); tags cannot nest",
                )
            open_tag = (tag, match.start(), plain_len)
            continue
        if open_tag is None:
            raise fail(match.start(), f"closing tag </{tag}> has no opening <{tag}>")
        if open_tag[0] != tag:
            line, column = position(raw, open_tag[1])
            raise fail(
                match.start(),
                f"closing tag </{tag}> does not match the open <{open_tag[0]}> (opened at line {line}, column {column})",
            )
        start = open_tag[2]
        surface = chunk  # tags cannot nest: the text since the opening tag is this chunk
        open_tag = None
        stripped = surface.strip()
        if not stripped:
            line, column = position(raw, match.start())
            warnings.append(Warning_(excerpt_id, line, column, f"empty <{tag}> tag ignored", origin))
            continue
        # Offsets point at the value itself, without the spaces a tag may wrap.
        lead = len(surface) - len(surface.lstrip())
        mentions.append(Mention(tag, stripped, start + lead, start + lead + len(stripped)))

    if open_tag is not None:
        raise fail(open_tag[1], f"<{open_tag[0]}> is never closed")
    plain.append(raw[cursor:])
    text = "".join(plain)
    for other in _OTHER_TAG_PAIR.finditer(raw):
        line, column = position(raw, other.start())
        warnings.append(
            Warning_(excerpt_id, line, column, f"unknown tag <{other.group(1)}> kept as text", origin)
        )
    if not text.strip():
        raise fail(0, "excerpt has no text")
    return TaggedExcerpt(
        excerpt_id,
        text,
        tuple(mentions),
        source=source,
        datasets=datasets,
        warnings=tuple(warnings),
        raw=raw,
        origin=origin,
        segments=tuple(segments),
    )
