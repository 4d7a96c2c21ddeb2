"""Country resolver: catalog shape, names, aliases, codes, Epoch's values, non-countries."""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry
import pytest

from loader.country import country_catalog, resolve_country

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EPOCH_CSV = SHARED / "data" / "epoch" / "all_ml_systems.csv"

ALIASES = {
    "US": ["USA", "U.S.", "U.S.A.", "U. S. A.", "US", "the United States", "America",
           "United States of America", "United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "United Kingdom", "United Kingdom of Great Britain and Northern Ireland"],
    "CN": ["PRC", "P.R. China", "P. R. China", "People's Republic of China", "Mainland China", "China"],
    "KR": ["South Korea", "Republic of Korea", "Korea (Republic of)", "Korea, Republic of",
           "Korea"],
    "DE": ["Deutschland", "Germany"],
    "NL": ["Holland", "the Netherlands", "Netherlands"],
    "RU": ["Russian Federation", "Russia"],
    "CZ": ["Czech Republic", "Czechia"],
    "TR": ["Türkiye", "Turkey"],
    "AE": ["UAE", "United Arab Emirates"],
    "HK": ["Hong Kong SAR", "Hong Kong"],
    "TW": ["ROC", "Taiwan", "Taiwan, Province of China"],
    "IR": ["Iran", "Iran, Islamic Republic of", "Iran (Islamic Republic of)"],
    "VN": ["Vietnam", "Viet Nam"],
    "ES": ["España"],
    "IT": ["Italia"],
    "JP": ["Nihon", "Japan"],
    "CH": ["Schweiz", "Suisse"],
    "SE": ["Sverige"],
    "BR": ["Brasil"],
    "FR": ["France"],
    "SG": ["Singapore"],
    "GE": ["Georgia"],
}

QIDS = {"US": "Q30", "GB": "Q145", "FR": "Q142", "SG": "Q334", "DE": "Q183",
        "CN": "Q148", "JP": "Q17", "KR": "Q884", "CA": "Q16", "IN": "Q668"}

NOT_COUNTRIES = ["Multinational", "Europe", "Silicon Valley", "our lab", "", "  ", "the",
                 "California", "Asia", "European Union", "Congo", "in", "it", "no", "us",
                 "Google", "Stanford University", "N/A", "Unknown"]


def test_catalog_has_every_iso_country_once() -> None:
    codes = [c.alpha2 for c in country_catalog()]
    assert codes == sorted(codes)
    assert set(codes) == {c.alpha_2 for c in pycountry.countries}
    assert len(codes) == len(set(codes))


def test_wikidata_ids_are_well_formed_and_unique() -> None:
    qids = [c.wikidata for c in country_catalog() if c.wikidata]
    assert all(q.startswith("Q") and q[1:].isdigit() for q in qids)
    assert len(qids) == len(set(qids))


@pytest.mark.parametrize(("alpha2", "qid"), sorted(QIDS.items()))
def test_known_qids(alpha2: str, qid: str) -> None:
    country = resolve_country(alpha2)
    assert country is not None and country.wikidata == qid


@pytest.mark.parametrize(("alpha2", "text"), [(a, t) for a, ts in ALIASES.items() for t in ts])
def test_aliases(alpha2: str, text: str) -> None:
    country = resolve_country(text)
    assert country is not None and country.alpha2 == alpha2


def test_every_catalog_and_pycountry_name_round_trips() -> None:
    failures = []
    for record in pycountry.countries:
        names: set[str] = {record.name, record.alpha_2, record.alpha_3}
        names |= {getattr(record, a) for a in ("official_name", "common_name")
                  if hasattr(record, a)}
        for text in names - {"Congo"}:  # bare "Congo" is ambiguous by design
            found = resolve_country(text)
            if found is None or found.alpha2 != record.alpha_2:
                failures.append((text, record.alpha_2, found and found.alpha2))
    for country in country_catalog():
        for text in (country.name, *country.aliases):
            found = resolve_country(text)
            if found is None or found.alpha2 != country.alpha2:
                failures.append((text, country.alpha2, found and found.alpha2))
    assert failures == []


@pytest.mark.parametrize("text", ["France", "Singapore", "Germany", "PRC",
                                  "the United States", "South Korea"])
def test_seed_forms(text: str) -> None:
    assert resolve_country(text) is not None


@pytest.mark.parametrize(("text", "alpha2"), [
    ("  the U.S.  ", "US"), ("(USA)", "US"), ("U.S.A.,", "US"), ("usa".upper(), "US"),
    ("united kingdom", "GB"), ("GBR", "GB"), ("deu", None), ("DEU", "DE"), ("IN", "IN"),
    ("Korea (the Democratic People's Republic of)", "KP"), ("North Korea", "KP"),
    ("Democratic Republic of the Congo", "CD"), ("Republic of the Congo", "CG"),
    ("Cote d'Ivoire", "CI"), ("C\u00f4te d\u2019Ivoire", "CI"), ("Guinea-Bissau", "GW"),
    ("Virgin Islands, U.S.", "VI"), ("Trinidad & Tobago", "TT"), ("中国", "CN"),
])
def test_forms(text: str, alpha2: str | None) -> None:
    found = resolve_country(text)
    assert (found and found.alpha2) == alpha2


@pytest.mark.parametrize("text", NOT_COUNTRIES)
def test_non_countries(text: str) -> None:
    assert resolve_country(text) is None


def test_epoch_countries_resolve() -> None:
    if not EPOCH_CSV.exists():
        pytest.skip(f"{EPOCH_CSV} not present")
    with EPOCH_CSV.open(encoding="utf-8", newline="") as f:
        values = {v.strip() for row in csv.DictReader(f)
                  for v in (row["Country (of organization)"] or "").split(",")}
    values -= {"", "Multinational"}
    assert len(values) > 30
    assert sorted(v for v in values if resolve_country(v) is None) == []
