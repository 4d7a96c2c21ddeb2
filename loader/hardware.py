"""Resolve accelerator names as papers write them to entries of the hardware catalog.

The catalog is ontology/catalogs/hardware.csv (built by tools/build_hardware_catalog.py
from Epoch AI's chip table). Every entry belongs to a *family* ("A100" for "NVIDIA A100
SXM4 80 GB"); each family has one *generic* entry, used when a text names only the
family.

How a text is read (the same reading is applied to catalog names, so both meet):
- lower case; vendor and product-line words (NVIDIA, Tesla, AMD, Instinct, Google,
  Cloud, Intel, Habana, ...) are set aside, and words that only say what kind of thing
  it is are dropped ("GPUs", "chips", "cards", "accelerators", "NPUs", "Pod", "HBM3"...);
- plurals are dropped only where written in lower case after a model number or
  capitals ("A100s", "TPUs"), so that NVIDIA's "V100S" stays a model name;
- hyphens and spaces are the same; a word is joined to the number after it
  ("RTX 3090" = "RTX3090", "Gaudi 2" = "Gaudi2"); "TPUv4" and "TPU v4-512" read "TPU v4";
- memory ("80GB", "80 GB", "(80GB)") and form factor (SXM, SXM2-5, PCIe, NVL, OAM...)
  are taken apart from the model words.

Resolution:
1. the words, memory and form factor together equal a catalog name or alias: that entry;
2. else the longest run of model words that names a family or an entry (whole words
   only, so "A10" is not "A100", "TPU v4" not "TPU v4i", "RTX 3090" not "RTX 3090 Ti");
   when the runs name several families, a vendor the text names picks among them
   ("Intel A100" is Epoch's Intel A100 CPU), else an accelerator beats a CPU ("A100");
   still several (e.g. "A100 and V100"): None;
3. a family is narrowed by form factor, then memory. Only memory given: the variant
   with that memory, preferring SXM (lowest SXM generation), then PCIe, then others,
   then key order ("A100 80GB" -> A100 SXM4 80 GB). Only form factor given and it
   leaves variants of different memory: the generic entry (memory is not guessed).
   Memory matching no variant, and no form factor: the generic entry. Nothing given:
   the generic entry.
No fuzzy matching: a near miss stays unresolved rather than landing in the wrong family.

>>> resolve_hardware("NVIDIA A100 80GB GPUs").name
'NVIDIA A100 SXM4 80 GB'
>>> [resolve_hardware(t).family for t in ("A100s", "TPUv4 Pod", "RTX 3090 Ti", "Ascend 910B NPUs")]
['A100', 'TPU v4', 'RTX 3090 Ti', 'Ascend 910B']
>>> resolve_hardware("Z9000 accelerators") is None
True
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = [
    "PEAK_FORMATS",
    "Hardware",
    "HardwareIndex",
    "Reading",
    "find_hardware",
    "hardware_catalog",
    "read_hardware_text",
    "resolve_hardware",
]

# Peak-throughput columns of the catalog, in catalog order (FLOP/s; INT8 in OP/s).
PEAK_FORMATS = ("fp64", "fp32", "fp16", "tf32", "tensor_fp16_bf16", "int8", "fp8")


@dataclass(frozen=True)
class Hardware:
    key: str
    name: str
    family: str
    vendor: str | None
    type: str
    memory_gb: float | None
    release_year: int | None
    peak_flops: dict[str, float]  # format -> FLOP/s, only the formats the source gives
    aliases: tuple[str, ...]
    generic: bool

    def __hash__(self) -> int:  # the dict field is unhashable; the key identifies an entry
        return hash(self.key)


@dataclass(frozen=True)
class Reading:
    """What a hardware text says: model words, memory per board (GB), form factor."""

    model: tuple[str, ...]
    memory_gb: float | None
    form: str | None
    vendors: frozenset[str] = frozenset()  # vendors the text names ("Intel A100")

    @property
    def words(self) -> frozenset[str]:
        """All the words, order ignored: "80GB A100" and "A100 80GB" read the same."""
        extra = [f"{self.memory_gb:g}gb"] if self.memory_gb is not None else []
        return frozenset([*self.model, *extra, *([self.form] if self.form else [])])


# Vendor and product-line words are not model words; a vendor named only breaks ties
# between families that share a model number (NVIDIA's A100 GPU, Intel's A100 CPU).
_VENDOR_WORDS = {
    "nvidia": "NVIDIA", "nvidias": "NVIDIA", "tesla": None, "amd": "AMD", "instinct": "AMD",
    "google": "Google", "cloud": None, "intel": "Intel", "habana": "Intel", "huawei": "Huawei",
    "hisilicon": "Huawei", "cerebras": "Cerebras", "graphcore": "Graphcore",
    "amazon": "Amazon", "aws": "Amazon",
}
# Words saying what kind of thing or how many: "TPU v4 Pod", "A100 GPUs", "HBM3".
_NOISE_WORDS = frozenset(
    "gpu card cards chip chips accelerator accelerators npu pod pods slice slices cores "
    "board boards device devices"
    " hbm hbm2 hbm2e hbm3 hbm3e gddr5 gddr5x gddr6 gddr6x memory dgx hgx with s".split()
)
_FORMS = frozenset("sxm sxm2 sxm3 sxm4 sxm5 pcie nvl oam dgxs fhhl pci agp".split())

# Lower-case "s" after a model number or after capitals is a plural ("A100s",
# "MI250Xs", "TPUs", "Titan Xs"); the capital "S" of "V100S" is a model name.
_PLURAL = re.compile(r"\b([A-Za-z]*[0-9][A-Z0-9]*|[A-Z]+)s\b")
# "80GB", "80 GiB", "80G"; not the model number in "Radeon HD 6380G" or "Quadro FX 4400G".
_MEMORY = re.compile(r"(?<![\w.])(?:(\d+(?:\.\d+)?)\s*-?\s*gi?b|(\d{1,3}(?:\.\d+)?)\s*-?\s*g)\b")
# "TPUv4", "TPU-v4", "TPU v3-512" (a slice size): all "tpu v4" / "tpu v3".
# "TPU v3-8": generation, then the slice size, whose memory a text may state ("TPU v3-8 (128 GB)")
_TPU = re.compile(r"\btpu\s*-?\s*v?\s*(\d+[a-z]*)(-\d+)?\b")
_POD = re.compile(r"\bpods?\b")
_SPELLED_TPU = re.compile(r"\btensor processing units?\b")
# "v3-8 TPU", "v4 Cloud TPUs": the generation written before the word.
_VERSION_THEN_TPU = re.compile(r"\bv(\d+[a-z]?)(-\d+)?\s+(cloud\s+)?tpu")
# A GeForce card named by its number alone: "Nvidia 3090" is the RTX 3090, "NVIDIA 1080 Ti" the GTX 1080 Ti.
_GEFORCE_NUMBER = re.compile(r"(10|16|20|30|40|50)\d0")
# "third-generation TPUs" is TPU v3.
_TPU_GENERATION = re.compile(r"\b(first|second|third|fourth|fifth|sixth)[- ]gen(?:eration)?\s+(?:google\s+)?(?:cloud\s+)?tpu")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6"}
_SUFFIX = re.compile(r"(\d)(ti|super)\b")  # "1080Ti" -> "1080 ti"
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_LEADING_COUNT = re.compile(r"^\s*\d+\s*[x×]\s*(?=[A-Za-z])")  # "8x A100", "8×A100 80GB"


def read_hardware_text(text: str, *, plural: bool = True) -> Reading:
    """Read a hardware text into model words, memory and form factor.

    Catalog names are read with ``plural=False``: a name such as "Tesla K40s" is a
    model, not a plural.

    >>> read_hardware_text("NVIDIA V100 (32GB) GPUs")
    Reading(model=('v100',), memory_gb=32.0, form=None, vendors=frozenset({'NVIDIA'}))
    >>> read_hardware_text("Cloud TPUv3-512 Pods").model, read_hardware_text("A100-SXM4-40GB").form
    (('tpu', 'v3'), 'sxm4')
    >>> read_hardware_text("TPU v3-8 (128 GB)").memory_gb is None  # the slice's memory, not a chip's
    True
    """
    text = _LEADING_COUNT.sub("", text)
    if plural:
        text = _PLURAL.sub(r"\1", text)
    text = text.lower().encode("ascii", "ignore").decode()
    text = _SPELLED_TPU.sub("tpu", text).replace("cloudtpu", "cloud tpu")  # "CloudTPUv4 chips"
    text = _TPU_GENERATION.sub(lambda m: f"tpu v{_ORDINALS[m.group(1)]}", text)
    text = _VERSION_THEN_TPU.sub(lambda m: f"{m.group(3) or ''}tpu v{m.group(1)}{m.group(2) or ''}", text)
    # memory stated for a slice or pod is not per accelerator
    slice_or_pod = any(m.group(2) for m in _TPU.finditer(text)) or _POD.search(text) is not None
    text = _TPU.sub(r" tpu v\1 ", text)
    memory: float | None = None
    found = _MEMORY.search(text)
    if found:
        memory = None if slice_or_pod else float(found.group(1) or found.group(2))
        text = _MEMORY.sub(" ", text)
    all_words = _WORD.findall(_SUFFIX.sub(r"\1 \2", text))
    vendors = frozenset(v for w in all_words if (v := _VENDOR_WORDS.get(w)))
    words = _join_numbers([w for w in all_words if w not in _VENDOR_WORDS and w not in _NOISE_WORDS])
    forms = [w for w in words if w in _FORMS]
    model = tuple(w for w in words if w not in _FORMS)
    if "NVIDIA" in vendors and model and (geforce := _GEFORCE_NUMBER.fullmatch(model[0])):
        model = (("gtx" if geforce.group(1) in ("10", "16") else "rtx") + model[0], *model[1:])  # "Nvidia 3090 GPUs"
    return Reading(model, memory, forms[0] if forms else None, vendors)


def _join_numbers(words: list[str]) -> list[str]:
    """Join a word of letters to a number after it: "rtx 3090" -> "rtx3090"."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1].isalpha() and word[0].isdigit():
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _sxm_rank(form: str | None) -> tuple[int, str]:
    """Variant preference when only memory is known: SXM (oldest generation), PCIe, rest."""
    if form and form.startswith("sxm"):
        return (0, form)
    return (1, "") if form == "pcie" else (2, form or "")


class HardwareIndex:
    """Resolution over a set of entries (the shipped catalog, or one being built)."""

    def __init__(self, entries: Iterable[Hardware]) -> None:
        self.entries = tuple(entries)
        self._families: dict[str, list[Hardware]] = {}
        for entry in self.entries:
            self._families.setdefault(entry.family, []).append(entry)
        self._generic = {e.family: e for e in self.entries if e.generic}
        self._form = {e.key: read_hardware_text(e.name, plural=False).form for e in self.entries}
        self._by_words = self._unique(self._word_sets())
        self._runs = self._run_targets()
        self._longest = max(map(len, self._runs), default=0)

    def _forms_of(self, entry: Hardware) -> Iterator[Reading]:
        for text in (entry.name, *entry.aliases):
            yield read_hardware_text(text, plural=False)

    def _word_sets(self) -> Iterator[tuple[frozenset[str], Hardware]]:
        for entry in self.entries:
            for reading in self._forms_of(entry):
                yield reading.words, entry

    @staticmethod
    def _unique(pairs: Iterable[tuple[frozenset[str], Hardware]]) -> dict[frozenset[str], Hardware]:
        """Word sets naming exactly one entry; a set naming two is left to the run search."""
        seen: dict[frozenset[str], set[Hardware]] = {}
        for words, entry in pairs:
            seen.setdefault(words, set()).add(entry)
        return {words: next(iter(es)) for words, es in seen.items() if len(es) == 1}

    def _run_targets(self) -> dict[tuple[str, ...], set[Hardware | str]]:
        """Model-word runs -> entries, or family names where the run names the family."""
        family_run = {f: read_hardware_text(f, plural=False).model for f in self._families}
        targets: dict[tuple[str, ...], set[Hardware | str]] = {}
        for family, run in family_run.items():
            targets.setdefault(run, set()).add(family)
        for entry in self.entries:
            for reading in self._forms_of(entry):
                names_family = reading.model == family_run[entry.family]
                targets.setdefault(reading.model, set()).add(entry.family if names_family else entry)
        targets.pop((), None)
        return targets

    def _describe(self, family: str) -> Hardware:
        return self._generic.get(family) or self._families[family][0]

    def family(self, name: str) -> tuple[Hardware, ...]:
        """Entries of a family, generic first."""
        return tuple(sorted(self._families.get(name, ()), key=lambda e: (not e.generic, e.key)))

    def resolve(self, text: str) -> Hardware | None:
        reading = read_hardware_text(text)
        if not reading.model:
            return None
        exact = self._by_words.get(reading.words)
        if exact is not None:
            return exact
        targets = self._longest_runs(reading.model)
        families = self._preferred({t if isinstance(t, str) else t.family for t in targets}, reading.vendors)
        if len(families) != 1:
            return None  # unknown, or two families named: not guessed
        family = families.pop()
        entries = {t for t in targets if isinstance(t, Hardware) and t.family == family}
        return entries.pop() if len(entries) == 1 else self._variant(family, reading)

    def _longest_runs(self, model: tuple[str, ...]) -> set[Hardware | str]:
        """Targets of the runs of model words no longer run contains ("rtx3090 ti" hides "rtx3090")."""
        n = len(model)
        spans = ((i, j) for i in range(n) for j in range(i + 1, min(n, i + self._longest) + 1))
        found = [(i, j) for i, j in spans if model[i:j] in self._runs]
        kept = [(i, j) for i, j in found if not any(a <= i and j <= b and b - a > j - i for a, b in found)]
        return {t for i, j in kept for t in self._runs[model[i:j]]}

    def _preferred(self, families: set[str], vendors: frozenset[str]) -> set[str]:
        """Among families sharing a model number: the vendor the text names, else not a CPU."""
        if len(families) > 1 and vendors:
            families = {f for f in families if self._describe(f).vendor in vendors} or families
        if len(families) > 1:
            families = {f for f in families if self._describe(f).type != "CPU"} or families
        return families

    def _variant(self, family: str, reading: Reading) -> Hardware | None:
        generic = self._generic.get(family)
        members = [e for e in self._families[family] if not e.generic]
        if not members or (reading.memory_gb is None and reading.form is None):
            return generic
        if reading.form is not None:
            # "SXM" alone fits any SXM generation.
            members = [e for e in members if (self._form[e.key] or "").startswith(reading.form)]
            if not members:
                return generic
        if reading.memory_gb is not None:
            same_memory = [e for e in members if e.memory_gb == reading.memory_gb]
            if same_memory:
                members = same_memory
            elif reading.form is None:
                return generic
        elif len({e.memory_gb for e in members}) > 1:
            return generic
        return min(members, key=lambda e: (_sxm_rank(self._form[e.key]), e.key))


def _float(text: str) -> float | None:
    return float(text) if text else None


def _entry(row: dict[str, str]) -> Hardware:
    return Hardware(
        key=row["key"],
        name=row["name"],
        family=row["family"],
        vendor=row["vendor"] or None,
        type=row["type"],
        memory_gb=_float(row["memory_gb"]),
        release_year=int(row["release_year"]) if row["release_year"] else None,
        peak_flops={f: float(row[f]) for f in PEAK_FORMATS if row[f]},
        aliases=tuple(a for a in row["aliases"].split("|") if a),
        generic=row["generic"] == "true",
    )


@cache
def hardware_catalog() -> tuple[Hardware, ...]:
    """Every catalog entry, in catalog (key) order. Read once."""
    text = (files("ontology") / "catalogs" / "hardware.csv").read_text(encoding="utf-8")
    return tuple(_entry(row) for row in csv.DictReader(io.StringIO(text)))


@cache
def _index() -> HardwareIndex:
    return HardwareIndex(hardware_catalog())


def resolve_hardware(text: str) -> Hardware | None:
    """The catalog entry a hardware text names, or None when the catalog does not know it.

    >>> resolve_hardware("Tesla V100-SXM2-32GB").key
    'nvidia-tesla-v100-sxm2-32gb'
    >>> resolve_hardware("A100 and V100 GPUs") is None  # two families: not guessed
    True
    """
    return _index().resolve(text)


def find_hardware(query: str) -> tuple[Hardware, ...]:
    """Every entry of the family a text names, generic first; () when unknown.

    >>> [e.name for e in find_hardware("H100s")]
    ['NVIDIA H100', 'NVIDIA H100 NVL', 'NVIDIA H100 PCIe', 'NVIDIA H100 SXM5 80GB']
    """
    entry = resolve_hardware(query)
    return _index().family(entry.family) if entry is not None else ()
