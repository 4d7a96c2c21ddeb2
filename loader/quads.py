"""N-Quads text, written with plain string formatting (the fastest way to feed a bulk load).

>>> q = QuadWriter("http://g")
>>> q.add("http://s", "http://p", literal('say "hi"\\n'))
>>> q.add("http://s", "http://p", typed("42", XSD_INTEGER))
>>> print(q.text(), end="")
<http://s> <http://p> "say \\"hi\\"\\n" <http://g> .
<http://s> <http://p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g> .
"""

from __future__ import annotations

from ontology.namespaces import XSD

XSD_INTEGER = str(XSD.integer)
XSD_DECIMAL = str(XSD.decimal)
XSD_DOUBLE = str(XSD.double)
XSD_BOOLEAN = str(XSD.boolean)
XSD_DURATION = str(XSD.duration)

# N-Quads string escapes (ECHAR), and UCHAR for the remaining control characters.
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in range(0x20) if c not in _ESCAPES})
_ESCAPES[0x7F] = "\\u007F"


def literal(text: str) -> str:
    """A plain (xsd:string) literal."""
    return '"' + text.translate(_ESCAPES) + '"'


def lang_literal(text: str, lang: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"@' + lang


def typed(lexical: str, datatype: str) -> str:
    return f'"{lexical}"^^<{datatype}>'


def boolean(value: bool) -> str:
    return typed("true" if value else "false", XSD_BOOLEAN)


def integer(value: int) -> str:
    return typed(str(int(value)), XSD_INTEGER)


def double(value: float) -> str:
    return typed(repr(float(value)).replace("e+", "E").replace("e", "E"), XSD_DOUBLE)


def iri(value: str) -> str:
    return f"<{value}>"


class QuadWriter:
    """Collects the quads of one named graph as N-Quads lines."""

    __slots__ = ("_graph", "_lines")

    def __init__(self, graph: str):
        self._graph = f"<{graph}>"
        self._lines: list[str] = []

    def add(self, subject: str, predicate: str, obj: str) -> None:
        """``subject`` and ``predicate`` are bare IRIs; ``obj`` is an already written term."""
        self._lines.append(f"<{subject}> <{predicate}> {obj} {self._graph} .\n")

    def add_iri(self, subject: str, predicate: str, obj: str) -> None:
        self._lines.append(f"<{subject}> <{predicate}> <{obj}> {self._graph} .\n")

    def __len__(self) -> int:
        return len(self._lines)

    def text(self) -> str:
        return "".join(self._lines)
