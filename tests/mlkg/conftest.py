"""Live servers for the endpoint tests: real ``mlkg serve`` (and ``oxigraph serve``) processes on loopback.

Each server gets a free port, is polled until it answers (no fixed sleeps), and is
stopped when its fixture ends. Stores are made with ``mlkg load`` in a subprocess,
so no writable handle is left open in the test process while servers read them.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_store(path: Path, *inputs: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-m", "mlkg", "load", *map(str, inputs), "--store", str(path), "-q"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return path


@contextlib.contextmanager
def running(command: list[str], probe: str, log: Path, limit: float = 60.0) -> Iterator[subprocess.Popen]:
    """Start ``command``, wait until GET ``probe`` answers 200, and stop it afterwards."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        deadline = time.monotonic() + limit
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[:3]} exited with {process.returncode}:\n{log.read_text()}")
            try:
                if httpx.get(probe, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{command[:3]} did not answer within {limit:g} s:\n{log.read_text()}")
            time.sleep(0.05)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def mlkg_serve(store: Path, log_dir: Path, *options: str) -> Iterator[str]:
    """The base URL (``http://127.0.0.1:PORT/``) of an ``mlkg serve`` over ``store``."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "mlkg", "serve", "--store", str(store), "--port", str(port), *options]
    with running(command, base + "health", log_dir / f"mlkg-serve-{port}.log"):
        yield base


@contextlib.contextmanager
def oxigraph_serve(store: Path, log_dir: Path) -> Iterator[str]:
    """The query URL of ``oxigraph serve-read-only`` (the ``oxigraph`` package) over ``store``."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph CLI is not installed (pip install -e '.[test]')")
    port = free_port()
    # mlkg keeps every fact in a named graph: the union is the default graph, as in mlkg serve.
    command = [binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    with running(command, f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", log_dir / f"oxigraph-{port}.log"):
        yield f"http://127.0.0.1:{port}/query"


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory) -> Path:
    """The project's own example excerpts (Atlas-13B and Lumen-ViT-H ran on A100s in Singapore)."""
    return load_store(tmp_path_factory.mktemp("endpoint") / "store", EXAMPLES)




class Servers:
    """What the tests start themselves (test modules cannot import this conftest)."""

    def __init__(self, log_dir: Path):
        self.log_dir = log_dir
        self.load_store = load_store
        self.free_port = free_port

    def mlkg(self, store: Path, *options: str) -> contextlib.AbstractContextManager[str]:
        return mlkg_serve(store, self.log_dir, *options)

    def oxigraph(self, store: Path) -> contextlib.AbstractContextManager[str]:
        return oxigraph_serve(store, self.log_dir)


@pytest.fixture(scope="session")
def servers(tmp_path_factory) -> Servers:
    return Servers(tmp_path_factory.mktemp("server-logs"))


@pytest.fixture(scope="session")
def endpoint(examples_store, servers) -> Iterator[str]:
    """Base URL of an ``mlkg serve`` with default settings over the examples."""
    with servers.mlkg(examples_store) as base:
        yield base
