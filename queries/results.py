"""Query results as Python rows: attribute access, plain Python values, ``.to_dataframe()``.

>>> rows = Rows(["model_name", "parameters"], [("MedBERT-XL", 1750000000)])
>>> rows[0].model_name, rows[0].parameters, rows.column("model_name")
('MedBERT-XL', 1750000000, ['MedBERT-XL'])
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    _XSD + t
    for t in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
    )
}


def python_value(datatype: str | None, lexical: str) -> Any:
    """A literal's Python value by its datatype; unknown datatypes stay text."""
    if datatype in _INTEGERS:
        return int(lexical)
    if datatype == _XSD + "decimal":
        return Decimal(lexical)
    if datatype in (_XSD + "double", _XSD + "float"):
        return float(lexical)
    if datatype == _XSD + "boolean":
        return lexical in ("true", "1")
    return lexical


def term_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return python_value(term.datatype.value, term.value)
    return term.value


def json_term_value(binding: dict[str, str] | None) -> Any:
    """The value of one term of the SPARQL 1.1 Query Results JSON format."""
    if binding is None:
        return None
    if binding["type"] == "literal" or binding["type"] == "typed-literal":
        return python_value(binding.get("datatype"), binding["value"])
    return binding["value"]


class Rows(list):
    """A list of named tuples (one per solution) that knows its columns."""

    def __init__(self, columns: Sequence[str], values: Iterable[Sequence[Any]]):
        self.columns = list(columns)
        self._row = namedtuple("Row", self.columns, rename=True)  # type: ignore[misc]
        super().__init__(self._row(*v) for v in values)

    def column(self, name: str) -> list[Any]:
        index = self.columns.index(name)
        return [row[index] for row in self]

    def to_dataframe(self):  # -> pandas.DataFrame
        """The rows as a pandas DataFrame (pandas is the optional ``mlkg[pandas]`` extra)."""
        try:
            import pandas as pd
        except ImportError as error:
            raise ImportError("to_dataframe needs pandas: pip install 'mlkg[pandas]'") from error
        return pd.DataFrame([tuple(row) for row in self], columns=self.columns)
