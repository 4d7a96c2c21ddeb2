"""Parameter values as the graph names them, and as SPARQL terms.

Users write hardware, countries and datasets the way they like; the catalogs
turn what they know into the graph's own names, so "NVIDIA A100" finds the A100
family and "U.S." finds US. What no catalog knows is passed on as written (the
query still matches names and aliases case-insensitively).

>>> canonical("hardware", "NVIDIA A100"), canonical("country", "the U.S."), canonical("country", "sg")
('A100', 'US', 'SG')
"""

from __future__ import annotations

import json
from typing import Any

from loader.country import resolve_country
from loader.datasets import resolve_dataset
from loader.hardware import resolve_hardware


LOOKUP_KINDS = ("hardware", "country", "dataset")


def lookup_key(kind: str, value: Any) -> str:
    """The ``mlkg:lookupKey`` a query matches: the graph's own name, lower-cased.

    >>> lookup_key("hardware", "NVIDIA A100"), lookup_key("country", "Singapore")
    ('a100', 'sg')
    """
    return str(canonical(kind, value)).strip().lower()


def canonical(kind: str, value: Any) -> Any:
    if kind == "hardware":
        entry = resolve_hardware(value)
        return value if entry is None else (entry.family if entry.generic else entry.name)
    if kind == "country":
        country = resolve_country(value) or (resolve_country(value.upper()) if len(value) <= 3 else None)
        return value if country is None else country.alpha2
    if kind == "dataset":
        dataset = resolve_dataset(value)
        return value if dataset is None else dataset.name
    return value


def sparql_term(value: Any) -> str:
    """The value written as a SPARQL term, escaped (for a VALUES block)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # A JSON string is a valid SPARQL STRING_LITERAL2 for every character JSON escapes.
    return json.dumps(str(value), ensure_ascii=False)


def with_values(query: str, bindings: dict[str, Any]) -> str:
    """``query`` with a VALUES block binding ``bindings`` placed first in its WHERE clause.

    >>> with_values("SELECT * WHERE { ?s ?p ?_x }", {"_x": 'a"b'})
    'SELECT * WHERE { VALUES (?_x) { ("a\\\\"b") } ?s ?p ?_x }'
    """
    if not bindings:
        return query
    position = _where_brace(query)
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(sparql_term(v) for v in bindings.values())
    return f"{query[: position + 1]} VALUES ({names}) {{ ({values}) }}{query[position + 1 :]}"


def _where_brace(query: str) -> int:
    """Offset of the ``{`` that opens the outermost WHERE clause (comments skipped)."""
    lines = [line if not line.lstrip().startswith("#") else " " * len(line) for line in query.split("\n")]
    text = "\n".join(lines)
    upper = text.upper()
    where = upper.find("WHERE")
    start = where if where >= 0 else 0
    brace = text.find("{", start)
    if brace < 0:
        raise ValueError("query has no WHERE clause")
    return brace
