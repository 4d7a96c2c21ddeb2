"""Hardware resolver and catalog: surface forms, variants, unknowns, catalog shape, Epoch's data."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

from loader.hardware import PEAK_FORMATS, Hardware, find_hardware, hardware_catalog, read_hardware_text, resolve_hardware

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EPOCH = SHARED / "data" / "epoch"
COLUMNS = ["key", "name", "family", "vendor", "type", "memory_gb", "release_year", "fp64", "fp32", "fp16",
           "tf32", "tensor_fp16_bf16", "int8", "fp8", "aliases", "generic", "source"]

# (text as papers write it, family, key of the entry it must resolve to)
SURFACE_FORMS = [
    ("NVIDIA A100 80GB GPUs", "A100", "nvidia-a100-sxm4-80gb"),
    ("A100-SXM4-40GB", "A100", "nvidia-a100-sxm4-40gb"),
    ("A100 80GB", "A100", "nvidia-a100-sxm4-80gb"),
    ("80GB A100", "A100", "nvidia-a100-sxm4-80gb"),
    ("A100 80 GB", "A100", "nvidia-a100-sxm4-80gb"),
    ("A100 (80GB)", "A100", "nvidia-a100-sxm4-80gb"),
    ("A100 40GB", "A100", "nvidia-a100-sxm4-40gb"),
    ("A100s", "A100", "nvidia-a100"),
    ("A100 GPUs", "A100", "nvidia-a100"),
    ("NVIDIA A100 Tensor Core GPUs", "A100", "nvidia-a100"),
    ("A100 PCIe", "A100", "nvidia-a100-pcie"),
    ("Tesla V100 GPUs", "V100", "nvidia-v100"),
    ("V100 32GB", "V100", "nvidia-tesla-v100-sxm2-32gb"),
    ("NVIDIA V100 (32GB) GPUs", "V100", "nvidia-tesla-v100-sxm2-32gb"),
    ("Tesla V100-SXM2-32GB", "V100", "nvidia-tesla-v100-sxm2-32gb"),
    ("V100 PCIe 16GB", "V100", "nvidia-tesla-v100-pcie-16gb"),
    ("V100S", "V100S", "nvidia-tesla-v100s-pcie-32gb"),
    ("TPU v3 chips", "TPU v3", "google-tpu-v3"),
    ("TPUv4", "TPU v4", "google-tpu-v4"),
    ("TPU v4 Pod", "TPU v4", "google-tpu-v4"),
    ("Cloud TPU v4 Pod", "TPU v4", "google-tpu-v4"),
    ("v3-8 TPU", "TPU v3", "google-tpu-v3"),
    ("v4 Cloud TPUs", "TPU v4", "google-tpu-v4"),
    ("Nvidia 3090 GPUs", "RTX 3090", "nvidia-geforce-rtx-3090"),
    ("NVIDIA 1080 Ti", "GTX 1080 Ti", "nvidia-geforce-gtx-1080-ti"),
    ("TPU v3-512 pod slices", "TPU v3", "google-tpu-v3"),
    ("TPU v5e", "TPU v5e", "google-tpu-v5e"),
    ("TPU v4i", "TPU v4i", "google-tpu-v4i"),
    ("H100 SXM5", "H100", "nvidia-h100-sxm5-80gb"),
    ("H100 80GB HBM3", "H100", "nvidia-h100-sxm5-80gb"),
    ("H100 NVL", "H100", "nvidia-h100-nvl"),
    ("H100s", "H100", "nvidia-h100"),
    ("RTX 3090 cards", "RTX 3090", "nvidia-geforce-rtx-3090"),
    ("GeForce RTX 3090", "RTX 3090", "nvidia-geforce-rtx-3090"),
    ("RTX 3090 Ti", "RTX 3090 Ti", "nvidia-geforce-rtx-3090-ti"),
    ("Ascend 910", "Ascend 910", "huawei-ascend-910"),
    ("Ascend 910B NPUs", "Ascend 910B", "huawei-ascend-910b"),
    ("AMD MI250X", "MI250X", "amd-radeon-instinct-mi250x"),
    ("Instinct MI250X GPUs", "MI250X", "amd-radeon-instinct-mi250x"),
    ("Gaudi2 accelerators", "Gaudi2", "intel-habana-gaudi2"),
    ("Gaudi 2", "Gaudi2", "intel-habana-gaudi2"),
    ("A6000", "RTX A6000", "nvidia-rtx-a6000"),
    ("RTX A6000", "RTX A6000", "nvidia-rtx-a6000"),
    ("GTX 1080 Ti", "GTX 1080 Ti", "nvidia-geforce-gtx-1080-ti"),
    ("1080Ti", "GTX 1080 Ti", "nvidia-geforce-gtx-1080-ti"),
    ("TITAN X", "TITAN X", "nvidia-titan-x"),
    ("GTX TITAN X", "TITAN X", "nvidia-geforce-gtx-titan-x"),
    ("TITAN X Pascal", "TITAN X", "nvidia-titan-x-pascal"),
    ("P100", "P100", "nvidia-p100"),
    ("K80", "K80", "nvidia-tesla-k80"),
    ("H800", "H800", "nvidia-h800"),
    ("A800", "A800", "nvidia-a800"),
    ("Cerebras CS-2", "CS-2", "cerebras-cs-2"),
    ("A10", "A10", "nvidia-a10-pcie"),
    ("A10G", "A10G", "nvidia-a10g"),
    ("Quadro RTX 8000", "RTX 8000", "nvidia-quadro-rtx-8000"),
    ("RTX 8000", "RTX 8000", "nvidia-quadro-rtx-8000"),
    ("Quadro RTX 6000 GPUs", "RTX 6000", "nvidia-quadro-rtx-6000"),
    ("third-generation TPUs", "TPU v3", "google-tpu-v3"),
    ("third-generation Google Cloud TPUs", "TPU v3", "google-tpu-v3"),
    ("fourth generation Cloud TPU chips", "TPU v4", "google-tpu-v4"),
    ("Telsa V100", "V100", "nvidia-v100"),
    ("NVIDIA 2080Ti", "RTX 2080 Ti", "nvidia-rtx-2080-ti"),
    ("V100-32G", "V100", "nvidia-tesla-v100-sxm2-32gb"),
    ("CloudTPUv4 chips", "TPU v4", "google-tpu-v4"),
    ("Volta GPUs", "V100", "nvidia-v100"),
    ("NVIDIA Quadro P600 GPUs", "P600", "nvidia-quadro-p600"),
    ("Trillium", "TPU v6e", "google-tpu-v6e-trillium"),
    ("NVIDIA DGX A100", "A100", "nvidia-a100"),
]


@pytest.mark.parametrize(("text", "family", "key"), SURFACE_FORMS)
def test_surface_forms(text: str, family: str, key: str) -> None:
    found = resolve_hardware(text)
    assert found is not None, text
    assert (found.family, found.key) == (family, key)


@pytest.mark.parametrize(
    "text",
    ["Z9000 accelerators", "our in-house chips", "", "GPUs", "80GB", "TPUs", "TPU's", "Google Cloud TPUs", "TPUv5",
     "custom ASIC",
     "A100 and V100 GPUs", "A1000000", "A100X"],
)
def test_unknown_is_none(text: str) -> None:
    assert resolve_hardware(text) is None


@pytest.mark.parametrize("text", ["AMD MI200 GPUs", "MI200 series", "Instinct MI200 accelerators"])
def test_a_chip_series_named_without_its_model_is_its_own_family_without_figures(text: str) -> None:
    found = resolve_hardware(text)
    assert found is not None and found.family == "MI200"
    assert found.peak_flops == {} and found.memory_gb is None  # the series' chips differ: nothing is guessed
    assert resolve_hardware(text.replace("MI200", "MI250X")).family == "MI250X"


@pytest.mark.parametrize(
    ("text", "not_family"),
    [("TPU v4", "TPU v4i"), ("V100", "Quadro GV100"), ("RTX 3090", "RTX 3090 Ti"), ("A10", "A100"),
     ("A100", "A10"), ("Ascend 910", "Ascend 910B"), ("V100s", "V100S"),
     ("RTX 6000", "RTX 6000 Ada Generation")],
)
def test_family_boundaries(text: str, not_family: str) -> None:
    found = resolve_hardware(text)
    assert found is not None and found.family != not_family


def test_vendor_breaks_a_shared_model_number() -> None:
    # Epoch lists a 2007 Intel CPU named "A100"; only a text naming Intel means it.
    assert resolve_hardware("Intel A100").key == "intel-a100"
    assert resolve_hardware("A100").key == resolve_hardware("NVIDIA A100").key == "nvidia-a100"


def test_variant_rules() -> None:
    # Only memory: that memory, SXM preferred; only a form factor that leaves two memories: generic.
    assert resolve_hardware("V100 16GB").family == "V100"
    assert "sxm2" in resolve_hardware("V100 16GB").key
    assert resolve_hardware("A100 SXM4").generic
    assert resolve_hardware("A100 120GB").key == "nvidia-a100"  # no such variant: the family
    assert resolve_hardware("A100 PCIe 80GB").key == "nvidia-a100-pcie"  # form factor wins


@pytest.fixture(scope="module")
def catalog() -> tuple[Hardware, ...]:
    return hardware_catalog()


def test_catalog_columns() -> None:
    text = (files("ontology") / "catalogs" / "hardware.csv").read_text(encoding="utf-8")
    assert next(csv.reader(io.StringIO(text))) == COLUMNS


def test_no_duplicate_keys(catalog: tuple[Hardware, ...]) -> None:
    keys = Counter(e.key for e in catalog)
    assert [k for k, n in keys.items() if n > 1] == []
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", k) for k in keys)


def test_one_generic_per_family(catalog: tuple[Hardware, ...]) -> None:
    generics = Counter(e.family for e in catalog if e.generic)
    assert set(generics) == {e.family for e in catalog}
    assert [f for f, n in generics.items() if n != 1] == []


@pytest.mark.parametrize(
    ("family", "key", "name"),
    [("A100", "nvidia-a100", "NVIDIA A100"), ("H100", "nvidia-h100", "NVIDIA H100"),
     ("V100", "nvidia-v100", "NVIDIA V100"), ("TPU v4", "google-tpu-v4", "Google TPU v4"),
     ("TITAN X", "nvidia-titan-x", "NVIDIA TITAN X"), ("K40", "nvidia-k40", "NVIDIA K40")],
)
def test_generic_entries(catalog: tuple[Hardware, ...], family: str, key: str, name: str) -> None:
    generic = next(e for e in catalog if e.family == family and e.generic)
    assert (generic.key, generic.name) == (key, name)
    assert resolve_hardware(family) == generic


def test_figures(catalog: tuple[Hardware, ...]) -> None:
    by_key = {e.key: e for e in catalog}
    a100 = by_key["nvidia-a100-sxm4-80gb"]
    assert (a100.vendor, a100.type, a100.memory_gb, a100.release_year) == ("NVIDIA", "GPU", 80.0, 2020)
    assert a100.peak_flops["tensor_fp16_bf16"] == 312e12 and a100.peak_flops["fp32"] == 19.49e12
    assert by_key["google-tpu-v4"].peak_flops == {"tensor_fp16_bf16": 275e12, "int8": 275e12}
    # A generic the catalog adds carries only what every variant shares.
    assert by_key["nvidia-h100"].memory_gb is None and by_key["nvidia-h100"].peak_flops == {}
    assert set(by_key["nvidia-a100"].peak_flops) <= set(PEAK_FORMATS)


def test_find_hardware() -> None:
    assert [e.key for e in find_hardware("H100s")] == [
        "nvidia-h100", "nvidia-h100-nvl", "nvidia-h100-pcie", "nvidia-h100-sxm5-80gb"]
    assert find_hardware("our in-house chips") == ()


def test_every_name_and_alias_resolves_into_its_family(catalog: tuple[Hardware, ...]) -> None:
    wrong = [(e.key, text) for e in catalog for text in (e.name, *e.aliases)
             if getattr(resolve_hardware(text), "family", None) != e.family]
    assert wrong == []


# Family of every "Training hardware" string of Epoch's all_ml_systems.csv.
EPOCH_TRAINING_HARDWARE = {
    "AMD EPYC 7413": "AMD EPYC 7413", "AMD Radeon Instinct MI250": "MI250",
    "AMD Radeon Instinct MI250X": "MI250X", "Amazon Trainium1": "Trainium1", "Cerebras CS-2": "CS-2",
    "Google TPU v1": "TPU v1", "Google TPU v2": "TPU v2", "Google TPU v3": "TPU v3",
    "Google TPU v4": "TPU v4", "Google TPU v5e": "TPU v5e", "Google TPU v5p": "TPU v5p",
    "Google TPU v6e Trillium": "TPU v6e", "Huawei Ascend 910": "Ascend 910",
    "Huawei Ascend 910B": "Ascend 910B", "Intel A100": "Intel A100",
    "Intel Core 2 Quad Q9450": "Intel Core 2 Quad Q9450", "Intel Core i5-11600K": "Intel Core i5-11600K",
    "NVIDIA A10 PCIe": "A10", "NVIDIA A100": "A100", "NVIDIA A100 PCIe": "A100",
    "NVIDIA A100 SXM4 40 GB": "A100", "NVIDIA A100 SXM4 80 GB": "A100", "NVIDIA A10G": "A10G",
    "NVIDIA A30 PCIe": "A30", "NVIDIA A40 PCIe": "A40", "NVIDIA A800 PCIe 40 GB": "A800",
    "NVIDIA A800 PCIe 80 GB": "A800", "NVIDIA A800 SXM": "A800", "NVIDIA GTX Titan Black": "TITAN Black",
    "NVIDIA GeForce GTX 1080": "GTX 1080", "NVIDIA GeForce GTX 1080 Ti": "GTX 1080 Ti",
    "NVIDIA GeForce GTX 280": "GTX 280", "NVIDIA GeForce GTX 285": "GTX 285",
    "NVIDIA GeForce GTX 580": "GTX 580", "NVIDIA GeForce GTX 780": "GTX 780",
    "NVIDIA GeForce GTX 980": "GTX 980", "NVIDIA GeForce GTX TITAN": "TITAN",
    "NVIDIA GeForce GTX TITAN X": "TITAN X", "NVIDIA GeForce RTX 2080": "RTX 2080",
    "NVIDIA GeForce RTX 2080 Ti 11GB": "RTX 2080 Ti", "NVIDIA GeForce RTX 3060": "RTX 3060",
    "NVIDIA GeForce RTX 3070": "RTX 3070", "NVIDIA GeForce RTX 3080": "RTX 3080",
    "NVIDIA GeForce RTX 3090": "RTX 3090", "NVIDIA GeForce RTX 3090 Ti": "RTX 3090 Ti",
    "NVIDIA GeForce RTX 4060 Ti": "RTX 4060 Ti", "NVIDIA GeForce RTX 4090": "RTX 4090",
    "NVIDIA H100 NVL": "H100", "NVIDIA H100 PCIe": "H100", "NVIDIA H100 SXM5 80GB": "H100",
    "NVIDIA H800 SXM5": "H800", "NVIDIA M40": "M40", "NVIDIA P100": "P100", "NVIDIA P40": "P40",
    "NVIDIA Quadro GP100": "GP100", "NVIDIA Quadro K4000": "K4000",
    "NVIDIA Quadro K6000": "K6000", "NVIDIA Quadro P600": "P600",
    "NVIDIA Quadro RTX 4000": "RTX 4000", "NVIDIA Quadro RTX 5000": "RTX 5000",
    "NVIDIA Quadro RTX 6000": "RTX 6000", "NVIDIA Quadro RTX 8000": "RTX 8000",
    "NVIDIA RTX 6000 Ada Generation": "RTX 6000 Ada Generation", "NVIDIA RTX A1000": "RTX A1000",
    "NVIDIA RTX A5000": "RTX A5000", "NVIDIA RTX A6000": "RTX A6000", "NVIDIA TITAN Xp": "TITAN Xp",
    "NVIDIA Tesla C2075": "C2075", "NVIDIA Tesla K20X": "K20X", "NVIDIA Tesla K20c": "K20",
    "NVIDIA Tesla K40s": "K40", "NVIDIA Tesla K40t": "K40", "NVIDIA Tesla K80": "K80",
    "NVIDIA Tesla P100 PCIe 16GB": "P100", "NVIDIA Tesla T4": "T4",
    "NVIDIA Tesla V100 DGXS 16 GB": "V100", "NVIDIA Tesla V100 DGXS 32 GB": "V100",
    "NVIDIA Tesla V100 PCIe 16 GB": "V100", "NVIDIA Tesla V100 PCIe 32 GB": "V100",
    "NVIDIA Tesla V100 SXM2": "V100", "NVIDIA Tesla V100S PCIe 32 GB": "V100S", "NVIDIA Titan V": "TITAN V",
    "NVIDIA V100": "V100",
}


def _epoch_csv(name: str) -> str:
    path = EPOCH / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    # chips.csv holds a stray carriage return inside one name; read bytes, not text lines.
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "")


def test_epoch_training_hardware_resolves() -> None:
    rows = csv.DictReader(io.StringIO(_epoch_csv("all_ml_systems.csv")))
    cells = [row["Training hardware"] or "" for row in rows]
    strings = {" ".join(h.split()) for cell in cells for h in cell.split(",") if h.strip()}
    assert len(strings) >= 80
    listed = {n: e.family for e in hardware_catalog() for n in (e.name, *e.aliases)}
    wrong = []
    for text in sorted(strings):
        found = resolve_hardware(text)
        expected = EPOCH_TRAINING_HARDWARE.get(text, listed.get(text))
        if found is None or expected is None or found.family != expected:
            wrong.append((text, getattr(found, "family", None), expected))
    assert wrong == []


def test_epoch_chips_resolve_and_figures_match() -> None:
    rows = csv.DictReader(io.StringIO(_epoch_csv("chips.csv")))
    by_name = {e.name: e for e in hardware_catalog()}
    listed = {n: e.family for e in hardware_catalog() for n in (e.name, *e.aliases)}
    columns = {"fp32": "FP32 (single precision) performance (FLOP/s)",
               "tensor_fp16_bf16": "Tensor-FP16/BF16 performance (FLOP/s)"}
    unresolved, mismatched = [], []
    for row in rows:
        name = " ".join((row["Hardware name"] or "").split())
        if not name or row["Type"] == "CPU":
            continue
        found = resolve_hardware(name)
        if found is None or found.family != listed.get(name):
            unresolved.append(name)
        entry = by_name.get(name)
        for fmt, column in columns.items():
            figure = entry.peak_flops.get(fmt) if entry is not None else None
            if figure is not None and row[column] and figure != float(row[column]):
                mismatched.append((name, fmt))
    assert unresolved == [] and mismatched == []


@pytest.mark.parametrize("name", ["Radeon HD 6380G IGP", "Quadro FX 4400G"])
def test_a_model_number_ending_in_g_is_not_memory(name: str) -> None:
    assert read_hardware_text(name, plural=False).memory_gb is None
