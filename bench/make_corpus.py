#!/usr/bin/env python3
"""Generate the benchmark corpus: tagged excerpts plus hand-checkable labels.

    python bench/make_corpus.py [EPOCH_DIR] [--out bench/corpus] [--size 500]

Reads Epoch AI's ``all_ml_systems.csv`` (default ``../shared/data/epoch``, relative to
the repository) for real model names, parameter counts, accelerators, accelerator
counts, training times, countries, publication years and training datasets, and
writes ``excerpts.jsonl`` and ``expected.json`` (label schema of tests/corpus).

The text is written from sentence templates; every tagged value is rendered in one
of several surface forms a paper might use, and the label keeps the exact value:
parameter counts as "1.3B", "1,300M", "1.3 × 10^9" ...; durations converted from
hours only where the conversion back is exact (days x24, weeks x168, months x730,
years x8760); hardware written the way papers write Epoch's chip names, labelled
with the family of the matching row of ``ontology/catalogs/hardware.csv``.

Deterministic: a fixed seed, no timestamps, no set iteration. The loader is not
imported: labels never depend on what the code under test does.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EPOCH = REPO.parent / "shared" / "data" / "epoch"
HARDWARE_CSV = REPO / "ontology" / "catalogs" / "hardware.csv"
DEFAULT_OUT = REPO / "bench" / "corpus"
SEED = 20250603
SOURCE = "mlkg bench corpus (generated; values from Epoch AI all_ml_systems.csv, CC BY 4.0)"


# --------------------------------------------------------------------------------------
# Epoch rows
# --------------------------------------------------------------------------------------

@dataclass
class Chip:
    epoch_name: str
    family: str
    vendor: str | None
    kind: str  # GPU, TPU, other
    form: str | None  # SXM4, PCIe, NVL, DGXS ... as written in Epoch's name
    memory: int | None  # GB, only when Epoch's name states it


@dataclass
class Row:
    name: str
    domain: str
    params: int | None
    chip: Chip | None
    count: int | None
    hours: Fraction | None
    country: str | None  # alpha-2
    year: int | None
    datasets: list[str]


_MODEL_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .\-_+()/:']{0,44}$")


def _model_name(raw: str) -> str | None:
    # Epoch disambiguates some names with a parenthetical ("NASv3 (CIFAR-10)"); papers
    # name the model without it.
    name = " ".join(re.sub(r"\s*\([^()]*\)\s*$", "", raw).split())
    if not _MODEL_OK.match(name) or name.endswith((".", ":")) or re.search(r"\.\s", name):
        return None
    if name.count("(") != name.count(")"):
        return None
    return name


def _integer(raw: str, low: int, high: int) -> int | None:
    try:
        value = Fraction(raw.strip())
    except (ValueError, ZeroDivisionError):
        return None
    if value.denominator != 1 or not low <= value <= high:
        return None
    return int(value)


def _hours(raw: str) -> Fraction | None:
    try:
        value = Fraction(raw.strip())
    except (ValueError, ZeroDivisionError):
        return None
    # Epoch gives one decimal at most; below one hour the figure is too coarse to restate.
    if not (1 <= value <= 20000) or (value * 10).denominator != 1:
        return None
    return value


def _year(raw: str) -> int | None:
    match = re.match(r"(\d{4})-\d\d-\d\d$", raw.strip())
    if not match:
        return None
    year = int(match.group(1))
    return year if 1950 <= year <= 2099 else None


_COUNTRY_FIX = {"Korea (Republic of)": "KR", "Russia": "RU", "Iran (Islamic Republic of)": "IR", "Taiwan": "TW"}


def _country(raw: str) -> str | None:
    names = [c.strip() for c in raw.split(",") if c.strip() and c.strip() != "Multinational"]
    if not names:
        return None
    first = names[0]
    if first in _COUNTRY_FIX:
        return _COUNTRY_FIX[first]
    try:
        return pycountry.countries.lookup(first).alpha_2
    except LookupError:
        return None


def _split_cell(cell: str) -> list[str]:
    """Split a multi-valued Epoch cell on commas outside parentheses and quotes."""
    parts, depth, quoted, current = [], 0, False, []
    for ch in cell:
        if ch == '"':
            quoted = not quoted
        elif ch == "(" and not quoted:
            depth += 1
        elif ch == ")" and not quoted:
            depth = max(0, depth - 1)
        if ch == "," and depth == 0 and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip().strip('"').strip() for p in parts if p.strip().strip('"').strip()]


# Epoch "Training dataset" cells that are not a dataset name a reader would list:
# placeholders, descriptions, model names, and names too loose to label exactly.
_DATASET_SKIP = {
    "Unspecified unreleased", "StarCoder", "RT-1", "DALL-E", "ALIGN", "CLIP", "GPT-4", "Llama 2",
    "Arabic Corpus", "Vicuna ShareGPT Dataset", "GLaM dataset", "Llama Nemotron Post Training Dataset",
    "Typhoon 1 General Corpus", "Books1", "Books2", "WebText2", "GitHub", "arXiv", "Stack Exchange",
    "Flan", "Tulu 3", "Hermes 3", "Docmatrix", "PDFA", "PixMo", "Alexandria", "Emilia", "Fisher",
    "WSJ", "Switchboard", "JFT", "GRIT", "LLaVAR", "SBU", "Brown corpus",
}


def _dataset_name(raw: str) -> tuple[str, str | None] | None:
    """(name, abbreviation restated in parentheses) or None when not a clean name."""
    if raw in _DATASET_SKIP or any(c in raw for c in "[]/\"") or " - " in raw:
        return None
    match = re.match(r"^(.*?)\s*\(([^()]*)\)$", raw)
    name, extra = (match.group(1).strip(), match.group(2).strip()) if match else (raw.strip(), None)
    if not name or name in _DATASET_SKIP or "(" in name:
        return None
    words = name.split()
    if len(words) > 4 or any(w.isalpha() and w.islower() for w in words):
        return None  # "ILSVRC 2012 subset of ImageNet", "Brown corpus": descriptions
    if extra is not None and (" " in extra or "," in extra or not re.search(r"[A-Z]", extra)):
        extra = None  # "(ja)", "(FKA UniClust30)": not an abbreviation to restate
    return name, extra


def load_catalog(path: Path = HARDWARE_CSV) -> tuple[dict[str, dict], dict[str, dict]]:
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    by_name = {r["name"]: r for r in rows}
    by_alias: dict[str, dict] = {}
    for r in rows:
        for alias in (a for a in r["aliases"].split("|") if a):
            by_alias.setdefault(alias, r)
    return by_name, by_alias


_VENDORS = ("NVIDIA", "Google", "AMD", "Huawei", "Cerebras", "Amazon", "Intel")


def _chip(epoch_name: str, catalog: tuple[dict[str, dict], dict[str, dict]]) -> Chip | None:
    by_name, by_alias = catalog
    row = by_name.get(epoch_name) or by_alias.get(epoch_name)
    if row is None or row["type"] == "CPU" or epoch_name == "Intel A100":
        return None
    vendor = next((v for v in _VENDORS if epoch_name.startswith(v + " ")), None)
    form = re.search(r"\b(SXM\d?|PCIe|NVL|DGXS)\b", epoch_name)
    memory = re.search(r"\b(\d+)\s?GB\b", epoch_name)
    kind = "TPU" if row["family"].startswith("TPU") else ("GPU" if row["type"] == "GPU" else "other")
    return Chip(epoch_name, row["family"], vendor, kind, form.group(1) if form else None,
                int(memory.group(1)) if memory else None)


def load_rows(epoch_dir: Path) -> list[Row]:
    catalog = load_catalog()
    rows: list[Row] = []
    with (epoch_dir / "all_ml_systems.csv").open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            name = _model_name(raw["Model"])
            if name is None:
                continue
            hardware = [h.strip() for h in raw["Training hardware"].split(",") if h.strip()]
            chip = _chip(hardware[0], catalog) if len(hardware) == 1 else None
            # A count or a time for several accelerators cannot be attributed to one: dropped.
            single = len(hardware) <= 1
            datasets, seen = [], []
            for cell in _split_cell(raw["Training dataset"]):
                parsed = _dataset_name(cell)
                if parsed and parsed[0].casefold() not in seen:
                    seen.append(parsed[0].casefold())
                    datasets.append(parsed)
            rows.append(Row(
                name=name,
                domain=(raw["Domain"].split(",")[0].strip() or "Other"),
                params=_integer(raw["Parameters"], 1000, 10**14) if raw["Parameters"].strip() else None,
                chip=chip if (chip or not hardware) else None,
                count=_integer(raw["Hardware quantity"], 1, 200000) if single and raw["Hardware quantity"].strip() else None,
                hours=_hours(raw["Training time (hours)"]) if single and raw["Training time (hours)"].strip() else None,
                country=_country(raw["Country (of organization)"]),
                year=_year(raw["Publication date"]),
                datasets=datasets,  # type: ignore[arg-type]
            ))
    return rows


# --------------------------------------------------------------------------------------
# Surface forms. Each function returns the tagged text and the exact value it states.
# --------------------------------------------------------------------------------------

def _dec(value: Fraction, max_places: int) -> str | None:
    """Exact decimal text of ``value`` with at most ``max_places`` decimals, else None."""
    for places in range(max_places + 1):
        scaled = value * 10**places
        if scaled.denominator == 1:
            whole = int(scaled)
            if places == 0:
                return str(whole)
            text = f"{whole:0{places + 1}d}"
            return f"{text[:-places]}.{text[-places:]}"
    return None


def _grouped(text: str) -> str:
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}" + (f".{frac}" if frac else "")


_HEDGES = ["approximately", "about", "roughly", "around", "~", "nearly"]


def param_forms(p: int) -> list[tuple[str, str]]:
    """(number text, style) pairs that state exactly ``p``. style: 'short' (1.3B: needs a
    noun), 'word' (1.3 billion), 'digits', 'sci'."""
    forms: list[tuple[str, str]] = []
    value = Fraction(p)
    for div, suffix, word in ((10**12, "T", "trillion"), (10**9, "B", "billion"), (10**6, "M", "million"),
                              (10**3, "K", "thousand")):
        scaled = value / div
        if scaled < 1:
            continue
        text = _dec(scaled, 3 if div > 10**3 else 1)
        if text is None:
            break  # only the largest unit reads naturally: no "2795443.2K"
        forms.append((f"{text}{suffix}", "short"))
        if word != "thousand":
            forms.append((f"{text} {word}", "word"))
        if div == 10**9 and scaled < 1000 and (value / 10**6).denominator == 1 and scaled >= 1:
            millions = _grouped(str(int(value / 10**6)))
            forms.append((f"{millions}M", "short"))
            forms.append((f"{millions} million", "word"))
        if div == 10**6 and value >= 10**8 and (billions := _dec(value / 10**9, 3)):
            forms.append((f"{billions}B", "short"))  # "0.35B"
        break
    forms.append((f"{p:,}", "digits"))
    exponent = len(str(p)) - 1
    mantissa = _dec(Fraction(p, 10**exponent), 3)
    if mantissa is not None and exponent >= 6:
        forms.append((f"{mantissa}e{exponent}", "sci"))
        forms.append((f"{mantissa} × 10^{exponent}", "sci"))
        forms.append((f"{mantissa}×10^{exponent}", "sci"))
    return forms


def adjective_forms(p: int) -> list[str]:
    """Adjectival parameter counts: "1.3B-parameter", "175-billion-parameter"."""
    out = []
    for number, style in param_forms(p):
        if "," in number:
            continue
        if style == "short":
            out.append(f"{number}-parameter")
        elif style == "word":
            out.append(number.replace(" ", "-") + "-parameter")
    return out


def render_params(rng: random.Random, p: int, adjective: bool) -> tuple[str, str]:
    """Tagged parameter phrase; noun phrase ("<params>1.3B</params> parameters") or
    adjective ("<params>1.3B-parameter</params>"). Returns (text, form id)."""
    hedge = rng.choice(_HEDGES[:4]) if rng.random() < 0.12 and not adjective else None
    hedge_inside = hedge is not None and rng.random() < 0.5
    if adjective:
        body, style = rng.choice(adjective_forms(p)), "adj"
    else:
        number, style = rng.choice(param_forms(p))
        body = f"{number} parameters" if style in ("word", "digits") and rng.random() < 0.6 else number
    inner = f"<params>{hedge + ' ' if hedge_inside else ''}{body}</params>"
    if hedge and not hedge_inside:
        inner = f"{hedge} {inner}"
    if not adjective and not body.endswith("parameters"):
        inner += " parameters"
    return inner, style


_SPELLED = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
            9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 16: "sixteen",
            20: "twenty", 24: "twenty-four", 32: "thirty-two", 48: "forty-eight", 64: "sixty-four"}


def count_text(rng: random.Random, n: int) -> str:
    if n in _SPELLED and n <= 16 and rng.random() < 0.45:
        return _SPELLED[n]
    if n in _SPELLED and rng.random() < 0.1:
        return _SPELLED[n]
    if n >= 1000:
        if n % 1000 == 0 and n >= 2000 and rng.random() < 0.15:
            return f"{n // 1000}K"
        return f"{n:,}" if rng.random() < 0.7 else str(n)
    return str(n)


def duration_forms(hours: Fraction) -> list[tuple[str, str]]:
    """(text, unit) pairs whose conversion back is exactly ``hours``."""
    forms: list[tuple[str, str]] = []
    for unit, size, places in (("year", 8760, 2), ("month", 730, 1), ("week", 168, 1), ("day", 24, 2)):
        amount = hours / size
        if amount < 1:
            continue
        text = _dec(amount, places)
        if text is None:
            continue
        plural = "" if text == "1" else "s"
        forms.append((f"{text} {unit}{plural}", unit))
        if amount.denominator == 1 and int(amount) in _SPELLED and int(amount) <= 12:
            word = _SPELLED[int(amount)]
            forms.append((f"{word} {unit}{plural}", unit))
            if word == "one":
                forms.append((f"a {unit}", unit))
        if amount.denominator == 2 and int(amount) in _SPELLED and int(amount) <= 12:
            whole = int(amount)  # "two and a half days", "a week and a half"
            forms.append((f"{_SPELLED[whole]} and a half {unit}s", unit))
            if whole == 1:
                forms.append((f"a {unit} and a half", unit))
        if unit == "day" and amount.denominator != 1 and hours.denominator == 1 and amount > 1:
            days, rest = divmod(int(hours), 24)
            forms.append((f"{days} day{'s' if days > 1 else ''} and {rest} hours", "day+hour"))
    hour_text = _dec(hours, 1)
    assert hour_text is not None
    forms.append((f"{_grouped(hour_text) if hours >= 1000 else hour_text} hours", "hour"))
    forms.append((f"{hour_text}h", "hour"))
    forms.append((f"{hour_text} hrs", "hour"))
    return forms


def render_duration(rng: random.Random, hours: Fraction) -> tuple[str, str]:
    forms = duration_forms(hours)
    larger = [f for f in forms if f[1] != "hour"]
    text, unit = rng.choice(larger) if larger and rng.random() < 0.75 else rng.choice(forms)
    if rng.random() < 0.18:
        hedge = rng.choice(_HEDGES[:4])
        return (f"<training>{hedge} {text}</training>" if rng.random() < 0.5 else f"{hedge} <training>{text}</training>"), unit
    return f"<training>{text}</training>", unit


# --- hardware ----------------------------------------------------------------------------

@dataclass(frozen=True)
class HwForm:
    text: str  # inside the tag
    memory: int | None  # stated memory
    noun: str | None  # noun that may follow ("GPUs"), None when the text is complete
    plural_s: bool = False  # text already plural ("A100s")
    pod: bool = False  # "Cloud TPU v4 Pod": a system, counted in chips


_NVIDIA_DC = re.compile(r"^(?:[AHVPKMT]\d{1,3}[A-Z]?|A10G|H800|A800)$")


def hardware_forms(chip: Chip) -> list[HwForm]:
    fam, vendor = chip.family, chip.vendor
    forms: list[HwForm] = []
    noun = {"TPU": "chips", "GPU": "GPUs"}.get(chip.kind, "accelerators")
    if fam.startswith("Ascend"):
        noun = "NPUs"
    if fam == "CS-2":
        noun = "systems"

    def add(text: str, memory: int | None = None, n: str | None = noun, plural: bool = False) -> None:
        forms.append(HwForm(text, memory, n, plural, text.endswith(" Pod")))

    if chip.kind == "TPU":
        version = fam.split()[1]
        add(fam)
        add(f"TPU{version}")
        add(f"TPU-{version}")
        add(f"Cloud TPU {version}")
        add(f"Google TPU {version}", n="cores")
        add(f"Cloud TPU {version} Pod", n=None)
        add(f"TPU {version} Pod", n=None)
        if "Trillium" in chip.epoch_name:
            add("Trillium", n="TPUs")
        return forms
    line = next((w for w in ("Tesla", "GeForce", "Radeon Instinct", "Quadro") if w in chip.epoch_name.split(vendor or "", 1)[-1]), None)
    base = [fam]
    if fam.startswith(("RTX 3", "RTX 4", "RTX 2")) and " Ti" not in fam:
        base.append(fam.replace(" ", ""))  # "RTX3090"
    if fam.startswith("GTX 1080 Ti") or fam == "RTX 2080 Ti":
        base.append(fam.replace(" Ti", "Ti"))  # "GTX 1080Ti"
    if fam.startswith("Ascend"):
        base.append(fam.replace(" ", ""))  # "Ascend910B"
    if fam.startswith("TITAN"):
        base = [fam, "Titan" + fam[5:]]
        if line == "GeForce":
            base.append("GTX " + fam)
    for text in base:
        add(text)
    if vendor and vendor not in ("Intel",):
        add(f"{vendor} {fam}")
        if line == "GeForce" and not fam.startswith("TITAN"):
            add(f"{vendor} GeForce {fam}")
        elif line == "Tesla":
            add(f"{vendor} Tesla {fam}")
        elif line == "Radeon Instinct":
            add(f"AMD Instinct {fam}")
    if line == "Tesla":
        add(f"Tesla {fam}")
    if line == "GeForce" and not fam.startswith("TITAN"):
        add(f"GeForce {fam}", n="graphics cards")
        add(fam, n="cards")
    if _NVIDIA_DC.match(fam) and fam not in ("V100S",) and vendor == "NVIDIA":
        add(fam + "s", n=None, plural=True)
        if fam in ("A100", "H100", "V100", "A800", "H800", "A40", "A30", "A10"):
            add(f"NVIDIA {fam} Tensor Core")
    if fam in ("MI250X", "MI250"):
        add(fam + "s", n=None, plural=True)
    if chip.form in ("SXM", "SXM2", "SXM4", "SXM5", "PCIe", "NVL"):
        add(f"{fam} {chip.form}")
        add(f"{fam}-{chip.form}")
    if fam.startswith("Ascend"):
        add(fam, n="AI processors")
    if chip.memory is not None:
        mem = chip.memory
        add(f"{fam} {mem}GB", mem)
        add(f"{fam}-{mem}GB", mem)
        add(f"{fam} {mem}G", mem)
        add(f"{fam} {mem} GB", mem)
        add(f"{fam} ({mem}GB)", mem)
        add(f"{mem}GB {fam}", mem)
        if vendor == "NVIDIA":
            add(f"NVIDIA {fam} {mem}GB", mem)
        if chip.form:
            smi = {"PCIe": "PCIE"}.get(chip.form, chip.form)
            prefix = "Tesla " if line == "Tesla" else ""
            add(f"{prefix}{fam}-{smi}-{mem}GB", mem)
            if chip.form != "DGXS":
                add(f"{fam} {chip.form} {mem}GB", mem)
        if fam == "H100" and chip.form == "SXM5":
            add(f"H100 {mem}GB HBM3", mem)
    return forms


_UNRESOLVED = [HwForm("NVIDIA GPUs", None, None), HwForm("in-house accelerators", None, None),
               HwForm("custom ASICs", None, None), HwForm("GPUs", None, None)]


def singular(noun: str) -> str:
    return {"GPUs": "GPU", "chips": "chip", "cores": "core", "NPUs": "NPU", "systems": "system",
            "accelerators": "accelerator", "cards": "card", "graphics cards": "graphics card",
            "TPUs": "TPU"}.get(noun, noun)


def render_hardware(rng: random.Random, form: HwForm, count: int | None) -> str:
    """Hardware text with its noun, singular when exactly one is counted."""
    one = count == 1
    if form.plural_s and one:
        form = HwForm(form.text[:-1], form.memory, "GPU")
    if form.noun is None and one and form.text.endswith("s") and not form.pod:
        return f"<hardware>{form.text[:-1]}</hardware>"  # "NVIDIA GPU"
    if form.noun is None:
        return f"<hardware>{form.text}</hardware>"
    noun = singular(form.noun) if one else form.noun
    if rng.random() < 0.5:
        return f"<hardware>{form.text} {noun}</hardware>"
    return f"<hardware>{form.text}</hardware> {noun}"


def render_count_hardware(rng: random.Random, form: HwForm, count: int, chip_kind: str) -> tuple[str, str]:
    """Count and hardware together, in one of several arrangements."""
    c = count_text(rng, count)
    if count == 1 and rng.random() < 0.5:
        c = "a single"
    hedge = rng.choice(_HEDGES[:3]) + " " if count >= 100 and rng.random() < 0.06 else ""
    style = rng.random()
    if form.pod:  # a pod is one system: its size is counted in chips
        return f"a <hardware>{form.text}</hardware> slice of <gpu_count>{c}</gpu_count> chips", "pod-slice"
    if chip_kind == "TPU" and style < 0.15 and count > 1 and c.isdigit():
        return f"a <gpu_count>{c}</gpu_count>-chip <hardware>{form.text.replace(' Pod', '')}</hardware> slice", "tpu-slice"
    if style < 0.12 and count > 1 and c[0].isdigit() and form.noun is not None:
        sep = rng.choice(["×", "x ", "× "])
        tail = " GPUs" if "Tensor Core" in form.text else ""
        return f"<gpu_count>{c}</gpu_count>{sep}<hardware>{form.text}</hardware>{tail}", "times"
    if style < 0.22 and count > 1 and c[0].isdigit():
        return f"{render_hardware(rng, form, None)} ({hedge}<gpu_count>{c}</gpu_count> in total)", "paren-count"
    return f"{hedge}<gpu_count>{c}</gpu_count> {render_hardware(rng, form, count)}", "count-first"


# --- countries and years -----------------------------------------------------------------

_COUNTRY_FORMS = {
    "US": ["the United States", "the United States of America", "the USA", "USA", "the U.S.", "the US", "the U.S.A."],
    "GB": ["the United Kingdom", "the UK", "the U.K.", "Britain", "Great Britain"],
    "CN": ["China", "PRC", "the People's Republic of China", "P.R. China"],
    "KR": ["South Korea", "Korea (Republic of)", "the Republic of Korea", "Korea"],
    "DE": ["Germany", "Deutschland", "the Federal Republic of Germany"],
    "HK": ["Hong Kong", "Hong Kong SAR"],
    "TW": ["Taiwan"],
    "RU": ["Russia", "the Russian Federation"],
    "AE": ["the United Arab Emirates", "UAE", "the UAE"],
    "NL": ["the Netherlands"],
    "IR": ["Iran"],
    "VN": ["Vietnam", "Viet Nam"],
}


def country_forms(alpha2: str) -> list[str]:
    if alpha2 in _COUNTRY_FORMS:
        return _COUNTRY_FORMS[alpha2]
    record = pycountry.countries.get(alpha_2=alpha2)
    forms = [getattr(record, "common_name", None) or record.name]
    official = getattr(record, "official_name", None)
    if official and official not in forms:
        forms.append("the " + official)
    return forms


def render_country(rng: random.Random, alpha2: str) -> tuple[str, bool]:
    """(tagged country, is_code). Codes (alpha-2, sometimes alpha-3) need code templates."""
    if rng.random() < 0.12:
        code = alpha2 if rng.random() < 0.75 else pycountry.countries.get(alpha_2=alpha2).alpha_3
        return f"<country>{code}</country>", True
    forms = country_forms(alpha2)
    text = forms[0] if rng.random() < 0.45 else rng.choice(forms)
    if text.startswith("the ") and rng.random() < 0.5:
        return f"the <country>{text[4:]}</country>", False
    return f"<country>{text}</country>", False


def render_year(rng: random.Random, year: int) -> str:
    if rng.random() < 0.08:
        return f"<year>{rng.choice(['early ', 'late ', 'mid-'])}{year}</year>"
    return f"<year>{year}</year>"


# --------------------------------------------------------------------------------------
# Datasets: Epoch's training sets (pre-training role) plus well-known benchmarks.
# --------------------------------------------------------------------------------------

EVAL = {
    "Language": ["MMLU", "HellaSwag", "LAMBADA", "WinoGrande", "PIQA", "ARC-Challenge", "TriviaQA",
                 "Natural Questions", "BoolQ", "GSM8K", "HumanEval", "MBPP", "TruthfulQA", "BIG-Bench Hard",
                 "SuperGLUE", "GLUE", "SQuAD 2.0", "RACE", "OpenBookQA", "DROP", "CommonsenseQA",
                 "MT-Bench", "IFEval", "GPQA", "XNLI"],
    "Vision": ["ImageNet", "CIFAR-10", "CIFAR-100", "COCO", "ADE20K", "PASCAL VOC", "iNaturalist",
               "Places365", "ImageNet-V2", "ImageNet-R", "Food-101", "Stanford Cars", "VTAB"],
    "Image generation": ["COCO", "ImageNet", "CelebA-HQ", "FFHQ", "LSUN Bedrooms"],
    "Speech": ["LibriSpeech", "Common Voice", "TED-LIUM", "FLEURS", "VoxPopuli", "CoVoST 2"],
    "Audio": ["AudioSet", "ESC-50", "MusicCaps", "AudioCaps"],
    "Biology": ["CASP14", "CAMEO", "TAPE", "ProteinGym", "CASP15"],
    "Multimodal": ["VQAv2", "TextVQA", "GQA", "OK-VQA", "MMMU", "ScienceQA", "DocVQA", "ChartQA",
                   "MathVista", "NoCaps", "Flickr30k"],
    "Video": ["UCF101", "Kinetics-400", "MSR-VTT", "HMDB51", "ActivityNet"],
    "Robotics": ["CALVIN", "LIBERO", "Meta-World"],
    "Mathematics": ["GSM8K", "MATH", "miniF2F", "MathQA", "SVAMP"],
    "Materials science": ["Matbench", "QM9"],
    "Medicine": ["MedQA", "PubMedQA", "MedMCQA"],
}
FINETUNE = {
    "Language": ["SQuAD", "MultiNLI", "UltraChat", "OpenAssistant Conversations", "Alpaca", "Dolly",
                 "UltraFeedback", "GSM8K"],
    "Vision": ["ImageNet-1k", "CIFAR-100", "ADE20K", "COCO"],
    "Multimodal": ["LLaVA-Instruct-150k", "ShareGPT4V", "VQAv2"],
    "Speech": ["LibriSpeech", "Common Voice"],
    "Biology": ["PDBbind", "SwissProt"],
    "Mathematics": ["GSM8K", "MATH", "NuminaMath"],
    "Image generation": ["LAION-Aesthetics", "COCO"],
    "Video": ["Kinetics-400", "UCF101"],
}
KINDS = {
    "Language": ["language model", "transformer language model", "large language model", "neural language model"],
    "Vision": ["vision model", "image classifier", "vision transformer", "convolutional network"],
    "Image generation": ["text-to-image diffusion model", "image generation model"],
    "Speech": ["speech recognition model", "speech model"],
    "Audio": ["audio model", "audio generation model"],
    "Biology": ["protein language model", "biological sequence model"],
    "Multimodal": ["vision-language model", "multimodal model"],
    "Video": ["video generation model", "video model"],
    "Games": ["game-playing agent", "reinforcement learning agent"],
    "Robotics": ["robot policy", "vision-language-action model"],
    "Mathematics": ["math reasoning model"],
}


def join_names(rng: random.Random, names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    comma = "," if rng.random() < 0.5 else ""
    return ", ".join(names[:-1]) + f"{comma} and {names[-1]}"


# --------------------------------------------------------------------------------------
# Templates. Each names the slots it consumes; a paragraph uses every slot once.
# Slots: M (model, first mention), MR (model again: a tag or "the model"), PN / PA
# (parameters as a noun phrase / adjective), KIND, CH (count + hardware), H, C (count
# without hardware), D (duration), CTRY, Y, PRE, FT, EV, CH2 / D2 (second run), BASE.
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class T:
    id: str
    text: str

    @property
    def slots(self) -> frozenset[str]:
        return frozenset(s for s in re.findall(r"\{(\w+)\}", self.text) if s not in ("MR", "KIND"))


OPENERS = [
    T("O01", "We present {M}, a {KIND} with {PN}."),
    T("O02", "{M} is a {PA} {KIND}."),
    T("O03", "This report introduces {M}, a {KIND}."),
    T("O04", "We introduce {M}."),
    T("O05", "In {Y}, researchers in {CTRY} released {M}, a {PA} {KIND}."),
    T("O06", "Researchers based in {CTRY} developed {M}, a {KIND} with {PN}."),
    T("O07", "{M} ({PN}) is a {KIND} released in {Y}."),
    T("O08", "Our {PA} {KIND}, {M}, is described below."),
    T("O09", "This section describes how we trained {M}, a {KIND} totalling {PN}."),
    T("O10", "Released in {Y}, {M} is a {KIND} with {PN}."),
    T("O11", "{M} scales the standard recipe to {PN}."),
    T("O12", "We describe the training of {M}."),
    T("O13", "Working from {CTRY}, our team built {M}, a {KIND}."),
]
OPENER_CODE = [T("O14", "{M} ({PN}; {Y}) is a {KIND} from an industrial lab.")]
PARAMS = [
    T("S01", "The model has {PN} in total."),
    T("S02", "It contains {PN}."),
    T("S03", "In total, {MR} comprises {PN}."),
    T("S04", "Stacking these blocks yields a {PA} network."),
]
FILLERS = [
    "The architecture follows a standard pre-norm Transformer with rotary position embeddings.",
    "We use the AdamW optimizer with a cosine learning-rate schedule and 2,000 warmup steps.",
    "Training used bfloat16 mixed precision and activation checkpointing.",
    "The global batch size was 1,024 sequences of 4,096 tokens.",
    "Gradient clipping at 1.0 and a weight decay of 0.1 were applied throughout.",
    "Checkpoints were saved every 1,000 steps and the last one is released.",
]
COMPUTE = [
    # count + hardware + duration
    T("K01", "Training ran on {CH} and took {D}."),
    T("K02", "We trained {MR} for {D} on {CH}."),
    T("K03", "The full run lasted {D} on a cluster of {CH}."),
    T("K04", "Using {CH}, pre-training completed in {D}."),
    T("K05", "It took {D} to train {MR} on {CH}."),
    T("K06", "Our training setup consisted of {CH}; the run took {D} of wall-clock time."),
    T("K07", "{D} of training on {CH} were needed to reach the final checkpoint."),
    T("K08", "Training {MR} required {D} on {CH}."),
    T("K09", "The model was trained with data parallelism across {CH} for {D}."),
    T("K10", "Wall-clock training time was {D} using {CH}."),
    T("K11", "We used {CH} for {D}, with a global batch of 2,048 sequences."),
    T("K12", "Compute: {CH}, {D}."),
    T("K13", "Pre-training used {CH} and finished after {D}."),
    T("K14", "At a data center in {CTRY}, we trained {MR} on {CH} for {D}."),
    T("K15", "Over {D}, {MR} was optimized on {CH}."),
    # count + hardware
    T("K16", "Training was distributed over {CH}."),
    T("K17", "We trained on {CH} with ZeRO stage 2 and mixed precision."),
    T("K18", "All experiments used {CH}."),
    T("K19", "Our cluster of {CH} was used for all training."),
    # hardware + duration
    T("K20", "Training took {D} on {H}."),
    T("K21", "We trained {MR} on {H} for {D}."),
    T("K22", "It was trained for {D} using {H}."),
    # count (no hardware) + duration
    T("K23", "Training took {D} on {C}."),
    T("K24", "We used {C} and the run lasted {D}."),
    # hardware only
    T("K25", "Training was done on {H}."),
    T("K26", "All models were trained on {H}."),
    # count only
    T("K27", "We distributed training across {C}."),
    T("K32", "The whole training run used {C}."),
    # duration only
    T("K28", "Training took {D} in total."),
    T("K29", "The training run lasted {D}."),
    T("K30", "Pre-training required {D} of wall-clock time."),
    # hardware + count + duration, country first
    T("K31", "In {CTRY}, the model was trained for {D} on {CH}."),
]
TWO_RUNS = [
    T("R01", "Pre-training ran on {CH} for {D}; fine-tuning then used {CH2} for {D2}."),
    T("R02", "We pre-trained for {D} on {CH}. The subsequent fine-tuning stage took {D2} on {CH2}."),
    T("R03", "{MR} was pre-trained on a cluster of {CH} ({D}), while instruction tuning was done on {CH2} in {D2}."),
    T("R04", "The base model required {D} of training on {CH}, whereas fine-tuning on {CH2} finished in {D2}."),
    T("R05", "Pre-training used {CH} and lasted {D}. We then fine-tuned on {FT} using {CH2} for {D2}."),
]
PRETRAIN = [
    T("P01", "{MR} was pre-trained on {PRE}."),
    T("P02", "The pre-training corpus combines {PRE}."),
    T("P03", "We pre-train on {PRE}, deduplicated at the document level."),
    T("P04", "Training data: {PRE}."),
    T("P05", "Our training mixture is drawn from {PRE}."),
    T("P06", "We trained {MR} from scratch on {PRE}."),
    T("P07", "The model is pre-trained on a mixture of {PRE}."),
    T("P08", "We trained {MR} on {PRE}."),
    T("P09", "{MR} is trained on {PRE} for a single pass over the data."),
]
FINETUNE_T = [
    T("F01", "We then fine-tuned {MR} on {FT}."),
    T("F02", "For supervised fine-tuning we used {FT}."),
    T("F03", "The checkpoint was subsequently instruction-tuned on {FT}."),
    T("F04", "Fine-tuning data came from {FT}."),
    T("F05", "A second stage fine-tunes the model on {FT}."),
]
EVAL_T = [
    T("E01", "We evaluate {MR} on {EV}."),
    T("E02", "On benchmarks such as {EV}, {MR} matches or exceeds prior models of similar size."),
    T("E03", "Evaluation covers {EV}."),
    T("E04", "We report zero-shot results on {EV}."),
    T("E05", "{MR} achieves competitive accuracy on {EV}."),
    T("E06", "Downstream tasks such as {EV} were used for evaluation."),
    T("E07", "Results are reported on {EV}, where the model improves over strong baselines."),
]
BASELINE = [
    T("B01", "{MR} compares favourably with {BASE} at a similar compute budget."),
    T("B02", "As a baseline we retrained {BASE} with the same recipe."),
]
PROVENANCE = [
    T("V01", "The work was carried out in {CTRY} and released in {Y}."),
    T("V02", "The model was developed in {CTRY} and published in {Y}."),
    T("V03", "All experiments were conducted in {CTRY}."),
    T("V04", "The model was released in {Y}."),
    T("V05", "The paper appeared in {Y}; the authors are based in {CTRY}."),
    T("V06", "This research was done by a team in {CTRY} ({Y})."),
    T("V07", "Weights were made public in {Y}."),
    T("V08", "The lead organization is headquartered in {CTRY}."),
    T("V09", "Released {Y} by a lab in {CTRY}."),
    T("V10", "The developing organization is based in {CTRY}; the report is from {Y}."),
]
PROVENANCE_CODE = [
    T("V11", "Country of the developing organization: {CTRY}. Release year: {Y}."),
    T("V12", "Affiliation country code: {CTRY}."),
    T("V13", "Organization country ({CTRY}), publication year {Y}."),
]
ALL_TEMPLATES = [*OPENERS, *OPENER_CODE, *PARAMS, *COMPUTE, *TWO_RUNS, *PRETRAIN, *FINETUNE_T, *EVAL_T,
                 *BASELINE, *PROVENANCE, *PROVENANCE_CODE]


# Wording that needs several accelerators: not used when the count is one.
_PLURAL_ONLY = re.compile(r"cluster|across|distributed|parallelism")


# --------------------------------------------------------------------------------------
# One excerpt
# --------------------------------------------------------------------------------------

@dataclass
class Plan:
    row: Row
    model_twice: bool
    params: int | None
    chip_form: HwForm | None
    chip: Chip | None
    count: int | None
    hours: Fraction | None
    second: tuple[Chip, HwForm, int, Fraction] | None
    country: str | None
    year: int | None
    pre: list[tuple[str, str | None]]
    ft: list[str]
    ev: list[str]
    baseline: str | None
    unresolved: bool = False
    templates: list[str] = field(default_factory=list)


_AN = re.compile(r"\b([Aa]) (?=(?:<\w+>)?(?:[aeiouAEIOU]|8|11\D|18\D))")


def _capitalize(sentence: str) -> str:
    """Upper-case the first letter of a sentence, looking through a leading tag."""
    match = re.match(r"^((?:<\w+>)?)([a-z])", sentence)
    if match and not sentence.startswith("<model>"):
        return match.group(1) + match.group(2).upper() + sentence[match.end():]
    return sentence


def render(rng: random.Random, plan: Plan) -> tuple[str, list[str]]:
    row = plan.row
    kind_list = KINDS.get(row.domain, ["model", "neural network"])
    values: dict[str, str] = {"KIND": rng.choice(kind_list), "M": f"<model>{row.name}</model>"}
    used: list[str] = []

    # Slot values.
    available: set[str] = {"M"}
    if plan.params is not None:
        available |= {"PN", "PA"} if adjective_forms(plan.params) else {"PN"}
    if plan.country is not None:
        available.add("CTRY")
    if plan.year is not None:
        available.add("Y")
        values["Y"] = render_year(rng, plan.year)
    is_code = False
    if plan.country is not None:
        values["CTRY"], is_code = render_country(rng, plan.country)

    def mr() -> str:
        if plan.model_twice:
            return f"<model>{row.name}</model>"
        return rng.choice(["the model", "the network", "it"])

    sentences: list[str] = []

    def fill(template: T) -> None:
        text = template.text
        for slot in ("PN", "PA"):
            if "{" + slot + "}" in text:
                values[slot] = render_params(rng, plan.params, adjective=(slot == "PA"))[0]  # type: ignore[arg-type]
        while "{MR}" in text:
            text = text.replace("{MR}", mr(), 1)
        for slot, value in values.items():
            text = text.replace("{" + slot + "}", value)
        assert "{" not in text, (template.id, text)
        used.append(template.id)
        text = _AN.sub(lambda m: m.group(1) + "n ", text)
        sentences.append(_capitalize(text))
        # Sentence-initial "the model"/"it".
        if sentences[-1].startswith(("the ", "it ")):
            sentences[-1] = sentences[-1][0].upper() + sentences[-1][1:]

    consumed: set[str] = set()

    def take(pool: list[T], must: set[str], may: set[str]) -> None:
        """Fill one template consuming all of ``must`` and maybe some of ``may``."""
        options = [t for t in pool if must <= t.slots and t.slots <= (must | may) - consumed]
        template = rng.choice(options)
        fill(template)
        consumed.update(template.slots)

    # 1. Opener: the model, maybe its size, country and year. Country codes only where
    # a code reads naturally.
    may = {"PN", "PA"} & available
    if not is_code:
        may |= {"CTRY", "Y"} & available
    elif "Y" in available and "PN" in available and rng.random() < 0.3:
        take(OPENER_CODE, {"M", "PN", "Y"}, set())
        may = set()
    if "M" not in consumed:
        opener_pool = [t for t in OPENERS if t.slots <= ({"M"} | may)]
        # Keep openers that state the country or year rarer than plain ones.
        weights = [0.35 if t.slots & {"CTRY", "Y"} else 1.0 for t in opener_pool]
        template = rng.choices(opener_pool, weights)[0]
        fill(template)
        consumed.update(template.slots)
    if {"PN", "PA"} & available and not {"PN", "PA"} & consumed:
        take(PARAMS, set(), {"PN", "PA"} & available)
        if not {"PN", "PA"} & consumed:  # S03 may draw no params slot: force one
            fill(PARAMS[0])
    consumed |= {"PN", "PA"}

    if rng.random() < 0.45:
        sentences.append(rng.choice(FILLERS))

    # 2. Data, compute (order varies), second run, fine-tuning, evaluation.
    def data_sentence(after_fine_tuning: bool = False) -> None:
        if plan.pre:
            names = []
            for name, abbreviation in plan.pre:
                names.append(f"{name} ({abbreviation})" if abbreviation and rng.random() < 0.4 else name)
            values["PRE"] = join_names(rng, names)
            pool = PRETRAIN if len(names) > 1 else [t for t in PRETRAIN if "mixture of" not in t.text]
            if after_fine_tuning:  # right after a fine-tuning clause only "pre-train" is unambiguous
                pool = [t for t in pool if "pre-train" in t.text.lower()]
            take(pool, {"PRE"}, set())

    def compute_sentence() -> None:
        facts: set[str] = set()
        if plan.chip_form is not None and plan.count is not None:
            values["CH"], _ = render_count_hardware(rng, plan.chip_form, plan.count, plan.chip.kind if plan.chip else "GPU")
            facts.add("CH")
        elif plan.chip_form is not None:
            values["H"] = render_hardware(rng, plan.chip_form, None)
            facts.add("H")
        elif plan.count is not None:
            noun = "GPUs" if (plan.chip is None or plan.chip.kind == "GPU") else rng.choice(["accelerators", "chips"])
            noun = rng.choice([noun, noun, "accelerators", "devices"])
            if plan.count == 1:
                noun = singular(noun)
            values["C"] = f"<gpu_count>{count_text(rng, plan.count)}</gpu_count> {noun}"
            facts.add("C")
        if plan.hours is not None:
            values["D"] = render_duration(rng, plan.hours)[0]
            facts.add("D")
        if plan.second is not None:
            chip2, form2, count2, hours2 = plan.second
            values["CH2"] = render_count_hardware(rng, form2, count2, chip2.kind)[0]
            values["D2"] = render_duration(rng, hours2)[0]
            pool = [t for t in TWO_RUNS if t.slots - {"FT", "CTRY"} == facts | {"CH2", "D2"}
                    and not ((plan.count == 1 or count2 == 1) and _PLURAL_ONLY.search(t.text))
                    and (("FT" not in t.slots) or (plan.ft and "FT" not in consumed))]
            if any("FT" in t.slots for t in pool) and plan.ft:
                values["FT"] = join_names(rng, plan.ft)
            template = rng.choice(pool)
            fill(template)
            consumed.update(template.slots)
            return
        if not facts:
            return
        may_country = {"CTRY"} if ("CTRY" in available and "CTRY" not in consumed and not is_code) else set()
        options = [t for t in COMPUTE if t.slots - may_country == facts and t.slots <= facts | may_country
                   and not (plan.count == 1 and _PLURAL_ONLY.search(t.text))]
        weights = [0.3 if "CTRY" in t.slots else 1.0 for t in options]
        template = rng.choices(options, weights)[0]
        fill(template)
        consumed.update(template.slots)

    if rng.random() < 0.6:
        data_sentence()
        compute_sentence()
    else:
        compute_sentence()
        data_sentence(after_fine_tuning=plan.second is not None)
    if plan.ft and "FT" not in consumed:
        values["FT"] = join_names(rng, plan.ft)
        take(FINETUNE_T, {"FT"}, set())
    if plan.ev:
        values["EV"] = join_names(rng, plan.ev)
        take(EVAL_T, {"EV"}, set())
    if plan.baseline:
        values["BASE"] = f"<model>{plan.baseline}</model>"
        take(BASELINE, {"BASE"}, set())

    # 3. Whatever of country and year is left.
    left = {"CTRY", "Y"} & available - consumed
    if left:
        pool = PROVENANCE_CODE if is_code else PROVENANCE
        options = [t for t in pool if t.slots == left]
        if not options:  # a code and no year: the code-only template
            options = [t for t in pool if t.slots <= left and "CTRY" in t.slots] if "CTRY" in left else []
        template = rng.choice(options)
        fill(template)
        consumed.update(template.slots)
        rest = left - template.slots
        if rest:
            fill(next(t for t in PROVENANCE if t.slots == rest))
            consumed.update(rest)
    return " ".join(sentences), used


def label(plan: Plan) -> dict:
    row = plan.row
    models = [{"name": row.name, "parameters": plan.params}]
    if plan.baseline:
        models.append({"name": plan.baseline, "parameters": None})
    runs = []
    if plan.chip_form is not None or plan.count is not None or plan.hours is not None:
        runs.append({
            "hardware_family": None if (plan.unresolved or plan.chip_form is None) else plan.chip.family,  # type: ignore[union-attr]
            "hardware_memory_gb": plan.chip_form.memory if plan.chip_form else None,
            "hardware_unresolved": plan.unresolved,
            "gpu_count": plan.count,
            "hours": _number(plan.hours),
        })
    if plan.second is not None:
        chip2, form2, count2, hours2 = plan.second
        runs.append({"hardware_family": chip2.family, "hardware_memory_gb": form2.memory,
                     "hardware_unresolved": False, "gpu_count": count2, "hours": _number(hours2)})
    datasets = [{"name": _without_language(n), "role": "pretraining"} for n, _ in plan.pre]
    datasets += [{"name": n, "role": "finetuning"} for n in plan.ft]
    datasets += [{"name": n, "role": "evaluation"} for n in plan.ev]
    return {"models": models, "year": plan.year, "country": plan.country, "runs": runs, "datasets": datasets}


def _without_language(name: str) -> str:
    """The labelling convention of tests/corpus/README.md: "Arabic Wikipedia" is Wikipedia."""
    first, _, rest = name.partition(" ")
    if rest == "Wikipedia" and pycountry.languages.get(name=first) is not None:
        return rest
    return name


def _number(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value.denominator == 1 else float(value)


_SECOND_HOURS = [Fraction(h) for h in (4, 6, 8, 12, 18, 24, 36, 48, 60, 72, 96, 120, 168, 336)]
_SECOND_COUNTS = [1, 2, 4, 8, 8, 16, 32, 64]


def make_plan(rng: random.Random, row: Row, chip_pool: list[Chip], names: list[tuple[str, str]]) -> Plan:
    params = row.params if row.params is not None and rng.random() > 0.07 else None
    chip, form, unresolved = row.chip, None, False
    count, hours = row.count, row.hours
    if chip is not None:
        if rng.random() < 0.1:
            chip = None  # hardware not stated
            if rng.random() < 0.5:
                count = None
        else:
            form = rng.choice(hardware_forms(chip))
            if rng.random() < 0.03:
                form, unresolved = rng.choice(_UNRESOLVED), True
    if count is not None and rng.random() < 0.05:
        count = None
    second = None
    if chip is not None and not unresolved and count is not None and hours is not None and rng.random() < 0.14:
        others = [c for c in chip_pool if c.family != chip.family]
        chip2 = rng.choice(others)
        second = (chip2, rng.choice(hardware_forms(chip2)), rng.choice(_SECOND_COUNTS), rng.choice(_SECOND_HOURS))
    country = row.country if rng.random() > 0.12 else None
    year = row.year if rng.random() > 0.08 else None
    domain = "Language" if row.domain == "Other" else row.domain
    pre = row.datasets[:]
    if len(pre) > 3:
        pre = [pre[i] for i in sorted(rng.sample(range(len(pre)), 3))]
    if pre and rng.random() < 0.12:
        pre = []
    taken = {n.casefold() for n, _ in pre}
    ft: list[str] = []
    ft_pool = [n for n in FINETUNE.get(domain, []) if n.casefold() not in taken]
    if (second is not None or rng.random() < 0.2) and ft_pool:
        ft = rng.sample(ft_pool, min(len(ft_pool), rng.choice([1, 1, 2])))
        ft.sort(key=ft_pool.index)
    taken |= {n.casefold() for n in ft}
    ev_pool = [n for n in EVAL.get(domain, []) if n.casefold() not in taken]
    ev: list[str] = []
    if ev_pool and rng.random() < 0.72:
        ev = rng.sample(ev_pool, min(len(ev_pool), rng.choice([1, 2, 3, 3, 4])))
        ev.sort(key=ev_pool.index)
    baseline = None
    if rng.random() < 0.06:
        baseline = rng.choice([n for n, d in names if n != row.name and d == row.domain] or [n for n, _ in names])
    return Plan(row, rng.random() < 0.3, params, form, chip, count, hours, second, country, year,
                pre, ft, ev, baseline, unresolved)


def build(epoch_dir: Path, size: int) -> tuple[list[dict], dict[str, dict], Counter]:
    rng = random.Random(SEED)
    rows = load_rows(epoch_dir)
    with_hardware = [r for r in rows if r.chip is not None]
    chip_pool = [r.chip for r in with_hardware]  # weighted by how often Epoch lists each chip
    no_hardware = [r for r in rows if r.chip is None and r.params is not None
                   and (r.count is not None or r.hours is not None or r.country is not None)]
    rng.shuffle(with_hardware)
    rng.shuffle(no_hardware)
    share = max(size // 8, size - len(with_hardware))
    chosen = with_hardware[: size - share] + no_hardware[:share]
    rng.shuffle(chosen)
    names = sorted({(r.name, r.domain) for r in rows if r.params})
    excerpts, expected, usage = [], {}, Counter()
    for index, row in enumerate(chosen, start=1):
        plan = make_plan(rng, row, chip_pool, names)
        text, used = render(rng, plan)
        excerpt_id = f"b{index:04d}"
        excerpts.append({"id": excerpt_id, "text": text, "source": SOURCE})
        expected[excerpt_id] = label(plan)
        usage.update(used)
    return excerpts, expected, usage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("epoch_dir", nargs="?", type=Path, default=DEFAULT_EPOCH,
                        help="directory holding Epoch AI's all_ml_systems.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--size", type=int, default=500)
    args = parser.parse_args(argv)
    excerpts, expected, usage = build(args.epoch_dir, args.size)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "excerpts.jsonl").open("w", encoding="utf-8", newline="\n") as handle:
        for item in excerpts:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    (args.out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(excerpts)} excerpts; {len(ALL_TEMPLATES)} sentence templates defined, {len(usage)} used "
          f"(+{len(FILLERS)} untagged filler sentences) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
