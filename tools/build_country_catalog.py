"""Build ontology/catalogs/countries.csv from pycountry plus the facts in this folder.

Run from the repository root:  python tools/build_country_catalog.py

Inputs
- pycountry: the ISO 3166-1 list (alpha-2, ISO short name, official name, common name).
- tools/country_wikidata.csv: ISO alpha-2 -> Wikidata item, taken from Our World in
  Data's regions table (owid/etl, etl/steps/data/garden/regions/2023-01-01/
  regions.codes.csv, column wikidata_code; see ontology/catalogs/README.md).
- NAMES / ALIASES below: the short English names and the extra spellings papers use.

Output is deterministic: rows sorted by alpha2, aliases in table order, no timestamps.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
QID_FILE = ROOT / "tools" / "country_wikidata.csv"
OUT_FILE = ROOT / "ontology" / "catalogs" / "countries.csv"

# Short common English name where ISO's short name reads oddly in prose
# ("Korea, Republic of") or is not what papers write. pycountry's common_name
# covers most of these; the table wins when both exist.
NAMES: dict[str, str] = {
    "BN": "Brunei", "BQ": "Caribbean Netherlands", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "FK": "Falkland Islands", "FM": "Micronesia",
    "GB": "United Kingdom", "MF": "Saint Martin", "PS": "Palestine", "RU": "Russia",
    "SX": "Sint Maarten", "TR": "Turkey", "US": "United States", "VA": "Vatican City",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
}

# Spellings seen in papers and tables (Epoch's "Korea (Republic of)" etc.), plus the
# endonyms of the larger research countries. The ISO short name and pycountry's
# common name are added automatically when they differ from the chosen name.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.", "U.S.A.", "US", "the United States", "America",
           "United States of America", "the US", "the USA"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland", "United Kingdom of Great Britain and Northern Ireland"),
    "CN": ("PRC", "P.R.C.", "P.R. China", "PR China", "People's Republic of China",
           "Mainland China", "China (mainland)", "中国", "Zhongguo"),
    "KR": ("South Korea", "Republic of Korea", "Korea (Republic of)", "Korea, South",
           "S. Korea", "Korea", "ROK", "대한민국", "한국"),
    "KP": ("DPRK", "D.P.R.K.", "Korea, North"),
    "TW": ("ROC", "R.O.C.", "Republic of China", "Taiwan (ROC)", "Chinese Taipei",
           "臺灣", "台灣", "台湾"),
    "HK": ("Hong Kong SAR", "Hong Kong SAR, China", "Hong Kong, China", "HKSAR",
           "Hong Kong (China)", "香港"),
    "MO": ("Macau", "Macao SAR", "Macau SAR"),
    "JP": ("Nihon", "Nippon", "日本"),
    "DE": ("Deutschland", "Bundesrepublik Deutschland", "Germany (Federal Republic of)"),
    "FR": ("République française",),
    "NL": ("Holland", "the Netherlands", "Nederland"),
    "BE": ("België", "Belgique", "Belgien"),
    "CH": ("Schweiz", "Suisse", "Svizzera", "Switzerland (Swiss Confederation)"),
    "AT": ("Österreich",),
    "IT": ("Italia",),
    "ES": ("España",),
    "PT": ("Portuguesa",),
    "SE": ("Sverige",),
    "NO": ("Norge",),
    "DK": ("Danmark",),
    "FI": ("Suomi",),
    "PL": ("Polska",),
    "CZ": ("Czech Republic", "Česko", "Česká republika"),
    "HU": ("Magyarország",),
    "GR": ("Hellas", "Ellada"),
    "RU": ("Russian Federation", "Rossiya", "Россия"),
    "TR": ("Türkiye", "Turkiye", "Republic of Turkey"),
    "BR": ("Brasil",),
    "IN": ("Bharat", "Republic of India"),
    "IR": ("Iran (Islamic Republic of)", "Islamic Republic of Iran"),
    "VN": ("Viet Nam", "Việt Nam"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "SA": ("KSA", "Kingdom of Saudi Arabia"),
    "IL": ("State of Israel",),
    "CD": ("DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo (Kinshasa)",
           "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Congo (Brazzaville)", "Republic of Congo"),
    "CI": ("Ivory Coast",),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "TL": ("East Timor",),
    "VA": ("Holy See", "Vatican"),
    "PS": ("State of Palestine",),
}

# Bare names that would pick one of two countries: "Congo" is ISO's short name of
# CG, but prose uses it for the DRC as often, so it is kept out of the catalog
# and resolves to nothing.
AMBIGUOUS = frozenset({"Congo"})


def build_rows() -> list[dict[str, str]]:
    with QID_FILE.open(encoding="utf-8", newline="") as f:
        qids = {r["alpha2"]: r["wikidata"] for r in csv.DictReader(f)}
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        common = getattr(c, "common_name", None)
        name = NAMES.get(c.alpha_2) or common or c.name
        official = getattr(c, "official_name", None) or ""
        seen = {name.casefold(), official.casefold()}
        aliases = []
        for alias in (c.name, common, *ALIASES.get(c.alpha_2, ())):
            if alias and alias.casefold() not in seen and alias not in AMBIGUOUS:
                seen.add(alias.casefold())
                aliases.append(alias)
        rows.append({"alpha2": c.alpha_2, "name": name, "official_name": official,
                     "wikidata": qids.get(c.alpha_2, ""), "aliases": "|".join(aliases)})
    return rows


def main() -> int:
    unknown = (set(NAMES) | set(ALIASES)) - {c.alpha_2 for c in pycountry.countries}
    if unknown:
        sys.exit(f"alias tables name codes pycountry lacks: {sorted(unknown)}")
    rows = build_rows()
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    with OUT_FILE.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    missing = sum(1 for r in rows if not r["wikidata"])
    print(f"wrote {len(rows)} countries to {OUT_FILE.relative_to(ROOT)} ({missing} without QID)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
