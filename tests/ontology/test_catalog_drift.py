"""The shipped catalogs are what their build tools make from Epoch AI's tables.

One source of truth: a catalog edited by hand, or a tool (or the hardware reader it
uses to group chips) changed without rebuilding, fails here. Needs ``../shared``.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
EPOCH = ROOT.parent / "shared" / "data" / "epoch"
CATALOGS = ROOT / "ontology" / "catalogs"

pytestmark = pytest.mark.skipif(not (EPOCH / "chips.csv").is_file(), reason="../shared/data/epoch is not here")


def tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_hardware_catalog_is_what_its_tool_builds(tmp_path: Path) -> None:
    build = tool("build_hardware_catalog")
    built = tmp_path / "hardware.csv"
    build.write(build.build(EPOCH), built)
    assert built.read_text(encoding="utf-8") == (CATALOGS / "hardware.csv").read_text(encoding="utf-8"), (
        "ontology/catalogs/hardware.csv differs from what tools/build_hardware_catalog.py builds: rebuild it")


def test_dataset_catalog_is_what_its_tool_builds() -> None:
    rows = tool("build_dataset_catalog").build_rows(EPOCH / "all_ml_systems.csv")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    assert out.getvalue() == (CATALOGS / "datasets.csv").read_text(encoding="utf-8"), (
        "ontology/catalogs/datasets.csv differs from what tools/build_dataset_catalog.py builds: rebuild it")
