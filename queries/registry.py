"""The canned queries: one ``.rq`` file each, with a YAML header of ``#+`` lines (as in grlc).

File name = registry key = CLI name; the Python helper is the same name with
underscores. A parameter ``p`` is the variable ``?_p`` in the query, bound as a
value by a VALUES block placed first in the WHERE clause (the same for the embedded
store and a remote endpoint), never pasted into the text. The one exception is a ``limit`` parameter: SPARQL cannot
bind a LIMIT, so its validated integer replaces the number after ``LIMIT``.

>>> q = canned_query("models-by-hardware-and-country")
>>> [p.name for p in q.params], q.returns[:4]
(['hardware', 'country'], ('model_name', 'hardware', 'country', 'gpu_count'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from loader.errors import MlkgError

PARAM_TYPES = ("string", "integer", "hardware", "country", "dataset", "limit")


class UnknownQuery(MlkgError, KeyError):
    """No canned query of that name."""

    def __str__(self) -> str:
        return str(self.args[0])


class BadParameter(MlkgError, ValueError):
    """A parameter is missing, unknown, or not of its type."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str
    example: Any = None
    default: Any = None

    @property
    def variable(self) -> str:
        return "_" + self.name

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class CannedQuery:
    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    returns: tuple[str, ...]
    text: str

    @property
    def helper_name(self) -> str:
        return self.name.replace("-", "_")

    def check_params(self, given: dict[str, Any]) -> dict[str, Any]:
        """Given values completed with defaults and converted to their types."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            expected = ", ".join(sorted(known)) or "none"
            raise BadParameter(f"{self.name}: unknown parameter {', '.join(unknown)} (expected: {expected})")
        values: dict[str, Any] = {}
        for param in self.params:
            value = given.get(param.name, param.default)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise BadParameter(f"{self.name}: missing parameter {param.name} ({param.description})")
            values[param.name] = _convert(self.name, param, value)
        return values

    def with_limit(self, values: dict[str, Any]) -> str:
        """The query text with any ``limit`` parameter applied."""
        text = self.text
        for param in self.params:
            if param.type == "limit":
                text = _LIMIT.sub(f"LIMIT {int(values[param.name])}", text)
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "summary": self.summary,
            "description": self.description,
            "params": [
                {"name": p.name, "type": p.type, "description": p.description, "example": p.example, "default": p.default}
                for p in self.params
            ],
            "returns": list(self.returns),
        }


_LIMIT = re.compile(r"\bLIMIT\s+\d+\s*$", re.IGNORECASE)


def _convert(query: str, param: Param, value: Any) -> Any:
    if param.type in ("integer", "limit"):
        try:
            number = int(str(value).strip())
        except ValueError:
            raise BadParameter(f"{query}: {param.name} must be an integer, not {value!r}") from None
        if param.type == "limit" and number <= 0:
            raise BadParameter(f"{query}: {param.name} must be a positive integer, not {value!r}")
        return number
    return str(value).strip()


def parse_query_file(name: str, text: str) -> CannedQuery:
    """Read the ``#+`` header of one ``.rq`` file."""
    header = "\n".join(line[3:] if line.startswith("#+ ") else line[2:] for line in text.splitlines() if line.startswith("#+"))
    meta = yaml.safe_load(header) or {}
    params = []
    for param_name, spec in (meta.get("params") or {}).items():
        if spec.get("type") not in PARAM_TYPES:
            raise ValueError(f"{name}.rq: parameter {param_name} has type {spec.get('type')!r}; use one of {PARAM_TYPES}")
        params.append(Param(param_name, spec["type"], spec.get("description", ""), spec.get("example"), spec.get("default")))
    for param in params:
        if param.type != "limit" and f"?{param.variable}" not in text:
            raise ValueError(f"{name}.rq: parameter {param.name} is never used as ?{param.variable}")
    return CannedQuery(
        name=name,
        summary=meta["summary"],
        description=" ".join(str(meta.get("description", "")).split()),
        params=tuple(params),
        returns=tuple(meta.get("returns") or ()),
        text=text,
    )


@cache
def registry() -> dict[str, CannedQuery]:
    """Every canned query shipped in the ``queries`` package, by name."""
    found = {}
    for entry in sorted(files("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse_query_file(name, entry.read_text(encoding="utf-8"))
    return found


def canned_query(name: str) -> CannedQuery:
    try:
        return registry()[name]
    except KeyError:
        raise UnknownQuery(f"no canned query {name!r}; 'mlkg ask --list' lists them") from None
