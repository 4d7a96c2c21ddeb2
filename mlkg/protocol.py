"""What the endpoint decides about a request before a worker runs it.

Content negotiation (media types by Accept header or ``format`` parameter) and a
light lexical reading of the query text: its form (SELECT, ASK, CONSTRUCT,
DESCRIBE, or an update), whether it names its own dataset (FROM), and whether it
calls out (SERVICE). The reading blanks comments, strings and IRIs first, so a
keyword inside them does not count; pyoxigraph still parses the query for real.

>>> inspect_query('PREFIX select: <http://x#> # SERVICE\\nSELECT ?s FROM <g> { ?s select:p "SERVICE" }')
QueryText(form='SELECT', has_dataset=True, calls_service=False)
>>> inspect_query("INSERT DATA { <a> <b> <c> }").form
'INSERT'
>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "solutions")
'xml'
>>> negotiate("text/html", "graph") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Offered formats by media type, in the server's order of preference (the first is
# what a client gets for */* or no Accept header at all).
SOLUTIONS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPHS = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
}
# Only when nothing above fits: a client that accepts just the JSON (or XML) results
# format gets JSON-LD (or RDF/XML) for a CONSTRUCT, and the other way round, as
# rdflib's SPARQLStore expects. A client that no flavour fits gets a 406.
_FALLBACK = {
    "solutions": {"application/ld+json": "json", "application/rdf+xml": "xml"},
    "graph": {"application/sparql-results+json": "jsonld", "application/sparql-results+xml": "rdfxml"},
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# ``format=`` values browsers and scripts use; a media type is accepted too.
_FORMAT_ALIASES = {
    "json": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "ntriples": (None, "ntriples"),
    "nt": (None, "ntriples"),
    "jsonld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"),
}

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


@lru_cache(maxsize=512)
def negotiate(accept: str | None, kind: str) -> str | None:
    """The ``kind`` ("solutions" or "graph") format the Accept header likes best; None means 406."""
    ranges = _parse_accept(accept or "*/*")
    return _best(ranges, SOLUTIONS if kind == "solutions" else GRAPHS) or _best(ranges, _FALLBACK[kind])


def _best(ranges: list[tuple[str, float]], offered: dict[str, str]) -> str | None:
    choices = offered.items()
    best: tuple[float, int, int] | None = None
    chosen = None
    for order, (media_type, fmt) in enumerate(choices):
        major = media_type.split("/")[0]
        quality, specificity = 0.0, -1
        for pattern, q in ranges:
            level = 2 if pattern == media_type else 1 if pattern == major + "/*" else 0 if pattern == "*/*" else -1
            if level > specificity:
                quality, specificity = q, level
        if specificity >= 0 and quality > 0:
            rank = (quality, specificity, -order)
            if best is None or rank > best:
                best, chosen = rank, fmt
    return chosen


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for item in accept.split(","):
        media_type, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media_type:
            ranges.append((media_type.lower(), quality))
    return ranges


def format_parameter(value: str) -> tuple[str | None, str | None] | None:
    """``format=`` as (results format, graph format); None if the value is not known."""
    key = value.strip().lower()
    if key in _FORMAT_ALIASES:
        return _FORMAT_ALIASES[key]
    media_type = key.split(";")[0].strip()
    if media_type in SOLUTIONS or media_type in GRAPHS:
        return SOLUTIONS.get(media_type), GRAPHS.get(media_type)
    return None


@dataclass(frozen=True)
class QueryText:
    form: str | None  # the first query or update keyword, upper case; None if none is found
    has_dataset: bool  # FROM / FROM NAMED: the query names its own dataset
    calls_service: bool  # SERVICE: a federated call out of this endpoint

    @property
    def is_update(self) -> bool:
        return self.form in UPDATE_FORMS


_BLANKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings first, so their quotes are not short strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'  # IRIREF, as the SPARQL grammar defines it
    r"|#[^\n]*",  # comments
    re.DOTALL,
)
# A keyword is a whole token: not part of a variable (?x $x), a prefixed name
# (ex:SERVICE, service:x) or a longer word. Erring towards a match is safe here.
_KEYWORD = r"(?<![\w?$:])({})(?![\w:])"
_FORM = re.compile(_KEYWORD.format("|".join(QUERY_FORMS + UPDATE_FORMS)), re.IGNORECASE)
_FROM = re.compile(_KEYWORD.format("FROM"), re.IGNORECASE)
_SERVICE = re.compile(_KEYWORD.format("SERVICE"), re.IGNORECASE)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def inspect_query(text: str) -> QueryText:
    if "\\u" in text or "\\U" in text:  # SPARQL decodes \\u escapes before parsing; so do we
        text = _CODEPOINT.sub(_decode_codepoint, text)
    skeleton = _BLANKED.sub(" ", text)
    form = _FORM.search(skeleton)
    return QueryText(
        form=form.group(1).upper() if form else None,
        has_dataset=_FROM.search(skeleton) is not None,
        calls_service=_SERVICE.search(skeleton) is not None,
    )


def _decode_codepoint(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF else match.group(0)
