"""Tag syntax: offsets, and errors that name the excerpt, the line and the column."""

from __future__ import annotations

import pytest

from loader.errors import ExcerptError
from loader.parse import parse_excerpt


def test_offsets_index_the_plain_text():
    ex = parse_excerpt("a", "X <model> Foo </model> on\n<hardware>A100s</hardware>.")
    assert ex.text == "X  Foo  on\nA100s."
    for m in ex.mentions:
        assert ex.text[m.start : m.end] == m.surface
    assert [m.surface for m in ex.mentions] == ["Foo", "A100s"]


def test_tags_are_case_insensitive_and_other_angle_brackets_are_prose():
    ex = parse_excerpt("a", "Loss <0.1 for <Model>Foo</Model>; <s> tokens are 3 > 2.")
    assert [(m.tag, m.surface) for m in ex.mentions] == [("model", "Foo")]


@pytest.mark.parametrize(
    "raw,message,line,column",
    [
        ("A <model>Foo", "<model> is never closed", 1, 3),
        ("A\nFoo</params> b", "closing tag </params> has no opening <params>", 2, 4),
        ("<model>A <params>1B</params></model>", "<params> opened inside <model>", 1, 10),
        ("<model>Foo</hardware>", "does not match the open <model>", 1, 11),
        ("   ", "excerpt has no text", 1, 1),
    ],
)
def test_malformed_markup_is_an_error_with_position(raw, message, line, column):
    with pytest.raises(ExcerptError) as caught:
        parse_excerpt("bad", raw, origin="f.jsonl:3")
    error = caught.value
    assert message in error.message
    assert (error.excerpt_id, error.line, error.column) == ("bad", line, column)
    assert str(error).startswith(f"f.jsonl:3: bad:{line}:{column}: ")


def test_empty_and_unknown_tags_are_warnings():
    ex = parse_excerpt("w", "<model></model> and <foo>bar</foo> and <model>Baz</model>")
    assert [m.surface for m in ex.mentions] == ["Baz"]
    messages = [w.message for w in ex.warnings]
    assert "empty <model> tag ignored" in messages
    assert "unknown tag <foo> kept as text" in messages
