"""Build ontology/catalogs/hardware.csv from Epoch AI's chip and ML-systems tables.

Run from the repository root:  python tools/build_hardware_catalog.py [EPOCH_DIR]
(EPOCH_DIR defaults to ../shared/data/epoch). Developers run this; the product only
reads the CSV it writes.

Inputs (Epoch AI, CC BY 4.0)
- chips.csv: one row per chip ("Hardware name", "Manufacturer", "Type", "Release date",
  memory in bytes, peak FLOP/s by format).
- all_ml_systems.csv: the comma-separated "Training hardware" of each system.

Which rows: every chips.csv row with a name, except rows typed CPU that no system in
all_ml_systems.csv trained on. A "Training hardware" string no chips.csv row covers
becomes an entry of its own (source all_ml_systems.csv, no figures).

Families (see family_of): the model designation without vendor and product-line words
(NVIDIA, Tesla, GeForce before GTX/RTX, AMD Radeon Instinct, Google, Intel Habana...)
and without the *variant* details: memory ("80 GB"), form factor (SXM2-5, PCIe, NVL,
OAM, DGXS, FHHL, PCI, AGP), anything in brackets (power, alternative names), "Founders
Edition", "CEO Edition", "Passive", "OEM". Everything else is part of the family:
"RTX 3090 Ti" is not "RTX 3090", "Ascend 910B" not "Ascend 910", "V100S" not "V100",
"Mobile" and "Max-Q" parts are families of their own. A few names need a rule
(FAMILY_RULES): Tesla K20/K40 board letters, Ascend 910A (the first 910) and the 910B
bins, TPU codenames, the two TITAN X generations. PRODUCT_LINES adds the chip series papers
name without the model ("AMD MI200"), as families without figures.

Merging: rows of one family without variant details are one product listed twice
("NVIDIA GTX Titan Black" / "NVIDIA GeForce GTX TITAN BLACK"); so are rows whose names
read the same ("NVIDIA P100 PCIe 16GB" / "NVIDIA Tesla P100 PCIe 16GB"). They become one
entry: the row with most figures gives the name; fields it lacks come from the others,
in the same order; the other names become aliases.

Generic entry of a family: the row without variant details if there is one; else a
family of one row is its own generic; else a "NVIDIA H100"-style entry is added that
carries only what all variants share (vendor, type, memory, figures) and the earliest
release year.

Figures are copied from chips.csv as given, except the few FIGURE_ERRATA that contradict
their own row (left empty). memory_gb is Epoch's bytes / 1e9, or the
memory the Epoch name states ("V100 SXM2 16 GB") where the bytes column is empty.
Output is deterministic: rows sorted by key, aliases sorted, no timestamps.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: import the resolver

from loader.hardware import PEAK_FORMATS, Hardware, HardwareIndex, read_hardware_text  # noqa: E402

OUT_FILE = ROOT / "ontology" / "catalogs" / "hardware.csv"
DEFAULT_EPOCH = ROOT.parent / "shared" / "data" / "epoch"
CHIPS_SOURCE = "Epoch AI chips.csv (CC BY 4.0)"
SYSTEMS_SOURCE = "Epoch AI all_ml_systems.csv"
COLUMNS = ["key", "name", "family", "vendor", "type", "memory_gb", "release_year", *PEAK_FORMATS,
           "aliases", "generic", "source"]
PEAK_COLUMNS = {
    "fp64": "FP64 (double precision) performance (FLOP/s)",
    "fp32": "FP32 (single precision) performance (FLOP/s)",
    "fp16": "FP16 (half precision) performance (FLOP/s)",
    "tf32": "TF32 (TensorFloat-32) performance (FLOP/s)",
    "tensor_fp16_bf16": "Tensor-FP16/BF16 performance (FLOP/s)",
    "int8": "INT8 performance (OP/s)",
    "fp8": "FP8 performance (FLOP/s)",
}
MEMORY_COLUMN = "Memory size per board (Byte)"
FILLED = ["Manufacturer", "Type", "Release date", MEMORY_COLUMN, *PEAK_COLUMNS.values()]

# Epoch's manufacturer spellings -> one vendor name ("Other" says nothing).
VENDORS = {
    "Kunlunxin Baidu": "Baidu", "沐曦MetaX": "MetaX", "Moore Threads (Tencent)": "Moore Threads",
    "Enflame (燧原科技)": "Enflame", "HiSilicon": "Huawei", "Amazon AWS": "Amazon",
    "T-Head": "Alibaba", "Other": "",
}
# Names whose first word is the vendor when Epoch leaves the manufacturer empty.
NAME_VENDORS = ("NVIDIA", "AMD", "ATI", "Intel", "Google", "Huawei", "Apple", "3dfx", "XGI", "Matrox")

# Words before the model designation that families leave out.
LEADING_WORDS = re.compile(
    r"^(?:(?:NVIDIA|AMD|ATI|Intel|Habana|Google|Huawei|HiSilicon|Cerebras|Amazon|AWS|Apple|Meta|"
    r"Baidu|Graphcore|Cambricon|Biren|MetaX|T-Head|Tesla|HGX|Radeon Instinct|Instinct|"
    r"GeForce(?= [A-Za-z])|Quadro(?= RTX| [A-Z]+\d))\s+)+",
    re.IGNORECASE,
)
VARIANT_DETAILS = re.compile(
    r"\([^)]*\)|\[[^\]]*\]|\b\d+(?:\.\d+)?\s?GB\b|\b(?:SXM\d?|PCIe|NVL|OAM|DGXS|FHHL|AGP|PCI)\b"
    r"|\b(?:Founders Edition|CEO Edition|Passive|OEM)\b",
    re.IGNORECASE,
)
# (pattern matching the whole name without leading words, family, variant?) for names
# the general rule reads wrongly. Tested in order; the first match wins.
FAMILY_RULES: list[tuple[re.Pattern[str], str, bool]] = [
    # Tesla K20/K40 letters are board variants (c active cooling, m module, ...).
    (re.compile(r"K40(?:c|d|m|s|st|t)"), "K40", True),
    (re.compile(r"K20(?:c|m|s)"), "K20", True),
    (re.compile(r"K20Xm"), "K20X", True),
    # The 910A is the original Ascend 910; 910B1-B4 and "Pro" are bins of the 910B.
    (re.compile(r"Ascend 910A\b.*"), "Ascend 910", True),
    (re.compile(r"Ascend 910B(?:\d|\s).*"), "Ascend 910B", True),
    # "Trillium", "Ironwood": codenames of one chip, not variants.
    (re.compile(r"TPU (v\w+) \w+"), r"TPU \1", False),
    (re.compile(r"GAUDI HL-205"), "Gaudi", False),
    # Papers say "TITAN X" for both the 2015 (Maxwell) and 2016 (Pascal) boards.
    (re.compile(r"GTX TITAN X"), "TITAN X", True),
    (re.compile(r"TITAN X Pascal"), "TITAN X", True),
]
# Surface forms no rule derives.
EXTRA_ALIASES = {
    "Google TPU v5e": ("TPU v5 lite",),
    "Google TPU v6e Trillium": ("Trillium", "TPU v6e"),
    "Google TPU v7 Ironwood": ("Ironwood", "TPU v7"),
    "NVIDIA RTX 6000 Ada Generation": ("RTX 6000 Ada",),
    # NVIDIA architectures whose data-centre line is one chip: papers write "Volta GPUs".
    "NVIDIA V100": ("Volta", "Tesla Volta", "Volta V100"),
    "NVIDIA H100": ("Hopper", "Hopper H100"),
}
# Series of one chip generation that papers name without the model ("AMD MI200 GPUs": MI210, MI250,
# MI250X): a family of their own, with no figures (the chips differ), so the text resolves without a
# model being guessed. A kind of chip across generations ("TPUs", like "GPUs") stays unresolved.
LINE_SOURCE = "mlkg: chip series named without its model (vendor naming)"
PRODUCT_LINES = [
    # (name, family, vendor, type, aliases)
    ("AMD Instinct MI200", "MI200", "AMD", "GPU", ("MI200", "Instinct MI200", "MI200 series")),
]
# Figures in chips.csv that contradict the same row, left empty rather than copied.
FIGURE_ERRATA = {
    # FP32 1.423e12 next to FP16 28.46e12: Turing's FP16 is 2x FP32, so a digit is lost
    # (the non-Founders RTX 2080 Ti 11GB row has 13.45e12).
    ("NVIDIA GeForce RTX 2080 Ti Founders Edition", PEAK_COLUMNS["fp32"]),
}


@dataclass
class Row:
    """One product: a chips.csv row, or several naming the same product."""

    name: str
    fields: dict[str, str]
    family: str
    variant: bool
    source: str = CHIPS_SOURCE
    aliases: set[str] = field(default_factory=set)


def clean_name(name: str) -> str:
    return " ".join(name.split())


def family_of(name: str) -> tuple[str, bool]:
    """(family label, whether the name carries variant details) for a chip name.

    >>> family_of("NVIDIA A100 SXM4 80 GB"), family_of("NVIDIA GeForce RTX 3090 Ti")
    (('A100', True), ('RTX 3090 Ti', False))
    >>> family_of("Huawei Ascend 910B3"), family_of("AMD Radeon Instinct MI250X")
    (('Ascend 910B', True), ('MI250X', False))
    """
    text = " ".join(name.encode("ascii", "ignore").decode().replace("()", " ").split())
    text = LEADING_WORDS.sub("", text)
    text = re.sub(r"\bGTX TITAN\b(?! X$)", "TITAN", re.sub(r"\bTitan\b", "TITAN", text))
    for pattern, family, variant in FAMILY_RULES:
        if matched := pattern.fullmatch(text):
            return matched.expand(family), variant
    family = " ".join(VARIANT_DETAILS.sub(" ", text).split()).strip(" -/,")
    family = re.sub(r"\s+(?:GPU|NPU|chip|card)$", "", family)
    variant = family != re.sub(r"\s+(?:GPU|NPU|chip|card)$", "", text)
    return family.replace(" BLACK", " Black"), variant


def vendor_of(row: Row) -> str:
    manufacturer = (row.fields.get("Manufacturer") or "").strip()
    vendor = VENDORS.get(manufacturer, manufacturer)
    if not vendor:
        first = row.name.split()[0]
        vendor = next((v for v in NAME_VENDORS if v.lower() == first.lower()), "")
    return vendor


def type_of(epoch_type: str, name: str, vendor: str) -> str:
    """GPU, TPU, CPU or other; Epoch's type where given, else read from the name."""
    if epoch_type:
        if epoch_type in ("CPU", "Hybrid CPU"):
            return "CPU"
        return "TPU" if epoch_type == "TPU" else "GPU" if "GPU" in epoch_type else "other"
    if re.search(r"Xeon(?! Phi)|\bCore i\d|Celeron|Pentium|EPYC|\bCPU\b", name):
        return "CPU"
    if vendor == "NVIDIA" or re.search(r"GeForce|Quadro|Radeon|TITAN|GPU|\bArc\b|Instinct|\bMI\d", name):
        return "GPU"
    return "other"


def decimal_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def memory_gb(row: Row) -> str:
    """Epoch's bytes per board in GB; else the memory the name states."""
    raw = row.fields.get(MEMORY_COLUMN) or ""
    if raw:
        return decimal_text(Decimal(raw) / Decimal(10**9))
    stated = re.search(r"\b(\d+(?:\.\d+)?)\s?GB\b", row.name, re.IGNORECASE)
    return stated.group(1) if stated else ""


def slug(name: str) -> str:
    """"NVIDIA A100 SXM4 80 GB" -> "nvidia-a100-sxm4-80gb"."""
    text = name.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"(\d) gb\b", r"\1gb", text)).strip("-")


def read_chips(path: Path, trained_on: set[str]) -> list[Row]:
    # One name in chips.csv holds a stray carriage return that splits its row in two.
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "")
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        name = clean_name(raw.get("Hardware name") or "")
        if not name or (raw.get("Type") == "CPU" and name not in trained_on):
            continue
        family, variant = family_of(name)
        fields = {k: "" if (name, k) in FIGURE_ERRATA else (v or "").strip() for k, v in raw.items() if k}
        row = Row(name, fields, family, variant)
        rows.append(replace(row, family=cpu_family(row)) if is_cpu(row) else row)
    return rows


def is_cpu(row: Row) -> bool:
    return type_of(row.fields.get("Type", ""), row.name, vendor_of(row)) == "CPU"


def cpu_family(row: Row) -> str:
    """CPUs keep their vendor: model numbers are short and "Intel A100" is no NVIDIA A100."""
    vendor = vendor_of(row)
    return row.family if not vendor or row.family.startswith(vendor) else f"{vendor} {row.family}"


def read_training_hardware(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [row.get("Training hardware") or "" for row in csv.DictReader(handle)]
    return {clean_name(h) for cell in cells for h in cell.split(",") if h.strip()}


def completeness(row: Row) -> tuple[int, int, str]:
    """Merge order: most figures first, then the name with a vendor, then by name."""
    filled = sum(1 for column in FILLED if row.fields.get(column))
    return (-filled, 0 if vendor_of(row) and row.name.split()[0] in NAME_VENDORS else 1, row.name)


def merge(rows: list[Row]) -> Row:
    ordered = sorted(rows, key=completeness)
    first = ordered[0]
    fields = dict(first.fields)
    for column in FILLED:
        fields[column] = next((r.fields[column] for r in ordered if r.fields.get(column)), "")
    aliases = set().union(*(r.aliases for r in ordered)) | {r.name for r in ordered[1:]}
    return replace(first, fields=fields, aliases=aliases)


def family_key(label: str) -> tuple[str, ...]:
    return read_hardware_text(label, plural=False).model


def variant_words(row: Row) -> frozenset[str]:
    """How a variant's name reads, with the memory Epoch gives even where the name does not:
    "Tesla V100 SXM2" (16 GB per Epoch) and "Tesla V100 SXM2 16 GB" are one product."""
    reading = read_hardware_text(row.name, plural=False)
    memory = memory_gb(row)
    return reading.words | ({f"{float(memory):g}gb"} if memory and reading.memory_gb is None else set())


def merge_duplicates(rows: list[Row]) -> dict[tuple[tuple[str, ...], bool], list[Row]]:
    """Families (how their label reads; CPU or not) -> products, duplicates merged."""
    groups: dict[tuple[tuple[tuple[str, ...], bool], object], list[Row]] = {}
    for row in rows:
        same = variant_words(row) if row.variant else "plain"
        groups.setdefault(((family_key(row.family), is_cpu(row)), same), []).append(row)
    families: dict[tuple[tuple[str, ...], bool], list[Row]] = {}
    for (fkey, _), group in sorted(groups.items(), key=lambda kv: sorted(r.name for r in kv[1])):
        families.setdefault(fkey, []).append(merge(group))
    return families


def shared(values: Iterable[str]) -> str:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else ""


def derived_aliases(row: Row, vendor: str, generic: bool) -> set[str]:
    """Vendor-less and GeForce-less names; "A6000" for "RTX A6000"; "RTX 8000" for Quadro's."""
    forms = {row.name, *row.aliases}
    for form in list(forms):
        without_vendor = re.sub(rf"^{re.escape(vendor)}\s+", "", form) if vendor else form
        forms |= {without_vendor, re.sub(r"^(?:NVIDIA\s+)?GeForce\s+(?=[A-Za-z])", "", without_vendor)}
    if generic:
        forms |= short_names(row.family)
    forms |= set(EXTRA_ALIASES.get(row.name, ()))
    return {f for f in forms if f != row.name}


def short_names(family: str) -> set[str]:
    """What papers write for a family without its line word, where that stays a model name:
    "A6000" (RTX A6000), "RTX 8000" (Quadro RTX 8000), "1080 Ti" (GTX 1080 Ti), not "3090"."""
    short = re.match(r"^(?:Quadro|RTX|GTX)\s+(.+)$", family)
    if not short:
        return set()
    words = family_key(short.group(1))
    model_like = family.startswith(("Quadro", "RTX A")) and all(
        re.search(r"[a-z]", w) and re.search(r"\d", w) for w in words)
    numbered = family.startswith(("GTX", "RTX")) and words[0].isdigit() and any(
        w.isalpha() for w in words[1:])
    return {short.group(1)} if model_like or numbered else set()


def entry(row: Row, generic: bool, label: str) -> dict[str, str]:
    vendor = vendor_of(row)
    date = row.fields.get("Release date", "")
    aliases = derived_aliases(row, vendor, generic) | ({label} if generic else set())
    return {
        "key": slug(row.name), "name": row.name, "family": label, "vendor": vendor,
        "type": type_of(row.fields.get("Type", ""), row.name, vendor), "memory_gb": memory_gb(row),
        "release_year": date[:4] if re.match(r"\d{4}", date) else "",
        **{f: decimal_text(Decimal(row.fields[c])) if row.fields.get(c) else ""
           for f, c in PEAK_COLUMNS.items()},
        "aliases": "|".join(sorted(aliases - {row.name})), "generic": "true" if generic else "false",
        "source": row.source,
    }


def family_entries(members: list[Row]) -> list[dict[str, str]]:
    plain = [m for m in members if not m.variant]
    generic_row = plain[0] if plain else members[0] if len(members) == 1 else None
    label = (generic_row or min(members, key=completeness)).family
    entries = [entry(m, m is generic_row, label) for m in members]
    if generic_row is None:
        entries.append(synthetic_generic(entries, label))
    return entries


def synthetic_generic(variants: list[dict[str, str]], label: str) -> dict[str, str]:
    """The entry for a family named without its variant: what all variants share."""
    vendor = shared(v["vendor"] for v in variants)
    name = label if not vendor or label.lower().startswith(vendor.lower()) else f"{vendor} {label}"
    years = [v["release_year"] for v in variants if v["release_year"]]
    return {
        "key": slug(name), "name": name, "family": label, "vendor": vendor,
        "type": shared(v["type"] for v in variants) or "other",
        "memory_gb": shared(v["memory_gb"] for v in variants),
        "release_year": min(years) if years else "",
        **{f: shared(v[f] for v in variants) for f in PEAK_FORMATS},
        "aliases": "|".join(sorted(({label} | short_names(label) | set(EXTRA_ALIASES.get(name, ()))) - {name})),
        "generic": "true",
        "source": CHIPS_SOURCE,
    }


def as_hardware(e: dict[str, str]) -> Hardware:
    return Hardware(
        key=e["key"], name=e["name"], family=e["family"], vendor=e["vendor"] or None, type=e["type"],
        memory_gb=float(e["memory_gb"]) if e["memory_gb"] else None,
        release_year=int(e["release_year"]) if e["release_year"] else None,
        peak_flops={f: float(e[f]) for f in PEAK_FORMATS if e[f]},
        aliases=tuple(a for a in e["aliases"].split("|") if a), generic=e["generic"] == "true",
    )


def drop_stray_aliases(entries: list[dict[str, str]]) -> None:
    """Keep an alias only if it resolves into the entry's own family."""
    index = HardwareIndex(as_hardware(e) for e in entries)
    for e in entries:
        kept = []
        for alias in (a for a in e["aliases"].split("|") if a):
            found = index.resolve(alias)
            if found is not None and found.family == e["family"]:
                kept.append(alias)
        e["aliases"] = "|".join(kept)


def build(epoch_dir: Path) -> list[dict[str, str]]:
    trained_on = read_training_hardware(epoch_dir / "all_ml_systems.csv")
    families = merge_duplicates(read_chips(epoch_dir / "chips.csv", trained_on))
    entries = [e for members in families.values() for e in family_entries(members)]
    drop_stray_aliases(entries)
    index = HardwareIndex(as_hardware(e) for e in entries)
    for text in sorted(trained_on):
        if index.resolve(text) is None:  # Epoch's systems name a chip its chip table lacks
            family, variant = family_of(text)
            row = Row(text, {}, family, variant, source=SYSTEMS_SOURCE)
            entries.append(entry(row, True, family))
    for name, family, vendor, kind, aliases in PRODUCT_LINES:
        entries.append({key: "" for key in COLUMNS} | {
            "key": slug(name), "name": name, "family": family, "vendor": vendor, "type": kind,
            "aliases": "|".join(sorted(aliases)), "generic": "true", "source": LINE_SOURCE})
    check(entries, trained_on)
    return sorted(entries, key=lambda e: e["key"])


def check(entries: list[dict[str, str]], trained_on: set[str]) -> None:
    keys = [e["key"] for e in entries]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise SystemExit(f"duplicate keys: {duplicates}")
    generics: dict[str, int] = {}
    for e in entries:
        generics[e["family"]] = generics.get(e["family"], 0) + (e["generic"] == "true")
    if any(n != 1 for n in generics.values()):
        odd = [f for f, n in generics.items() if n != 1]
        raise SystemExit(f"families without exactly one generic: {odd}")
    index = HardwareIndex(as_hardware(e) for e in entries)
    wrong = [e["name"] for e in entries if getattr(index.resolve(e["name"]), "family", None) != e["family"]]
    unresolved = sorted(t for t in trained_on if index.resolve(t) is None)
    if wrong or unresolved:
        raise SystemExit(f"unresolvable: {wrong + unresolved}")


def write(entries: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(entries)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("epoch_dir", nargs="?", type=Path, default=DEFAULT_EPOCH)
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    args = parser.parse_args(argv)
    entries = build(args.epoch_dir)
    write(entries, args.out)
    print(f"{len(entries)} entries, {sum(e['generic'] == 'true' for e in entries)} families -> {args.out}")


if __name__ == "__main__":
    main()
