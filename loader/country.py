"""Resolve the country a text names (name, alias, ISO code) to a catalog entry.

The catalog is ontology/catalogs/countries.csv (built by tools/build_country_catalog.py).
Matching is exact on a normalized key, never fuzzy: a wrong country is worse than
none. The key folds case and diacritics, drops dots and apostrophes ("U.S." = "US"),
treats other punctuation as spaces and ignores the word "the". A name written
"Korea, Republic of" or "Korea (Republic of)" is also indexed in the order
"Republic of Korea".

Ambiguity rules:
- "Korea" alone is South Korea (KR): it is what ML papers mean; "North Korea" / "DPRK"
  name KP.
- "Congo" alone resolves to nothing: ISO uses it for CG, prose as often for the DRC.
  Qualified forms ("Republic of the Congo", "DR Congo", "Congo-Kinshasa") resolve.
- Codes and abbreviations of at most three letters ("US", "U.K.", "IND", "PRC")
  count only when written in capitals, so that the words "in", "it", "no" or "us"
  never become India, Italy, Norway or the United States.

>>> resolve_country("the U.S.").alpha2
'US'
>>> resolve_country("Korea (Republic of)").wikidata
'Q884'
>>> resolve_country("Silicon Valley") is None
True
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pycountry

__all__ = ["Country", "country_catalog", "normalize_key", "resolve_country"]


@dataclass(frozen=True)
class Country:
    alpha2: str
    name: str
    official_name: str | None
    wikidata: str | None
    aliases: tuple[str, ...]


# Dots and apostrophes (straight, curly, backtick) vanish: "U.S." = "US".
_DROPPED = re.compile("[.'`\u2018\u2019]")
_SEPARATORS = re.compile(r"[^\w]+|_")
# "Korea, Republic of" / "Korea (Republic of)": head, then the qualifier.
_QUALIFIED = re.compile(r"^\s*([^,(]+?)\s*(?:,|\()\s*([^)]+?)\s*\)?\s*$")
_MAX_CODE_LEN = 3


_SPACED_INITIALS = re.compile(r"(?<![^\W\d_])([A-Z])\.\s+(?=[A-Z]\.)")


def _words(text: str) -> list[str]:
    """Words of ``text`` as written, minus dots, apostrophes and the word "the"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("&", " and "))
    # Drop accents but recompose, so Hangul and CJK keys stay in canonical form.
    plain = unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))
    # "P. R. China" is written "P.R. China": dotted initials apart are one word.
    plain = _SPACED_INITIALS.sub(r"\1.", plain)
    return [w for w in _SEPARATORS.sub(" ", _DROPPED.sub("", plain)).split()
            if w.casefold() != "the"]


def normalize_key(text: str) -> str:
    """Fold ``text`` to the key the catalog index uses.

    >>> normalize_key("  Côte d'Ivoire ")
    'cote divoire'
    >>> normalize_key("Congo, The Democratic Republic of the")
    'congo democratic republic of'
    """
    return " ".join(_words(text)).casefold()


def _keys(text: str) -> set[str]:
    """The key of ``text``, plus its "qualifier head" order if it has one."""
    keys = {normalize_key(text)}
    if match := _QUALIFIED.match(text):
        keys.add(normalize_key(f"{match.group(2)} {match.group(1)}"))
    return keys - {""}


@cache
def country_catalog() -> tuple[Country, ...]:
    """All catalog rows, in alpha-2 order, read once."""
    resource = files("ontology") / "catalogs" / "countries.csv"
    rows = csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8")))
    return tuple(
        Country(
            alpha2=row["alpha2"],
            name=row["name"],
            official_name=row["official_name"] or None,
            wikidata=row["wikidata"] or None,
            aliases=tuple(a for a in row["aliases"].split("|") if a),
        )
        for row in rows
    )


@cache
def _index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in country_catalog():
        names = [country.alpha2, country.name, *country.aliases]
        if country.official_name:
            names.append(country.official_name)
        for key in sorted(set().union(*(_keys(n) for n in names))):
            other = index.setdefault(key, country)
            if other is not country:
                # Two rows claiming one spelling is a catalog bug, not a tie to break.
                raise ValueError(f"{key!r} names both {other.alpha2} and {country.alpha2}")
    return index


def resolve_country(text: str) -> Country | None:
    """The catalog country ``text`` names, or None when it names no single country.

    >>> resolve_country("Deutschland").name
    'Germany'
    >>> resolve_country("GBR").alpha2, resolve_country("in")
    ('GB', None)
    """
    words = _words(text)
    key = " ".join(words).casefold()
    if not key:
        return None
    if len(key) <= _MAX_CODE_LEN and key.isascii() and key.isalpha():
        if not words[0].isupper():
            return None
        if len(key) == _MAX_CODE_LEN and key not in _index():
            # Alpha-3 codes are not stored in the catalog; pycountry knows them.
            record = pycountry.countries.get(alpha_3=key.upper())
            return _index().get(record.alpha_2.casefold()) if record else None
    return _index().get(key)
