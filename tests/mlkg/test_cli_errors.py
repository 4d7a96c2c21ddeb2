"""User mistakes found in review: each is a clear message and an exit code, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def mlkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mlkg", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_a_folder_that_is_not_a_store(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    done = mlkg("ask", "count-models", "--store", str(empty))
    assert done.returncode == 2 and "Traceback" not in done.stderr and "is not an mlkg store" in done.stderr


def test_a_typo_in_a_path_creates_no_store(tmp_path):
    store = tmp_path / "new"
    done = mlkg("load", str(tmp_path / "nothere.txt"), "--store", str(store))
    assert done.returncode == 2 and "no such file or directory" in done.stderr
    assert not store.exists()


def test_export_to_an_unwritable_place(tmp_path):
    store = tmp_path / "store"
    assert mlkg("load", str(ROOT / "examples"), "--store", str(store), "-q").returncode == 0
    done = mlkg("export", "-o", str(tmp_path / "missing" / "dir" / "g.ttl"), "--store", str(store))
    assert done.returncode == 2 and "cannot write" in done.stderr and "Traceback" not in done.stderr


def test_non_utf8_stdin_is_a_rejection(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "mlkg", "load", "-", "--store", str(tmp_path / "s")],
        input=b'{"id": "x", "text": "caf\xe9"}\n', capture_output=True, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 1 and b"not UTF-8" in done.stderr and b"Traceback" not in done.stderr
