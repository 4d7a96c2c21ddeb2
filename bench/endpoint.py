"""Endpoint throughput and latency: ``mlkg serve`` against ``oxigraph serve`` and rdflib-endpoint.

The same data (about 100k quads: the catalogs plus the project's own excerpts,
templated with varied ids, models, hardware and countries) is served by each
server on loopback; each client thread sends the canned-query mix (every canned
query, its examples bound with VALUES, as a POSTed application/sparql-query with
Accept: application/sparql-results+json) over one keep-alive connection.
Figures are printed as ratios against ``oxigraph serve`` measured in the same run.
A query that pyoxigraph itself takes over ``--slow`` seconds for is left out of the
mix (it would time the query, not the servers). rdflib-endpoint, which answers one
request at a time, is measured by one serial pass over the mix (see ``serial_pass``).

    pip install -e '.[bench]'          # oxigraph (the CLI server) and rdflib-endpoint
    .venv/bin/python bench/endpoint.py [--quads 100000] [--seconds 10] [--clients 1 8]

Every request loop is bounded in time and count, and only 127.0.0.1 is used.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from queries import KnowledgeGraph  # noqa: E402
from queries.graph import prepare  # noqa: E402
from queries.params import with_values  # noqa: E402
from queries.registry import registry  # noqa: E402

TEMPLATES = [ROOT / "examples" / "excerpts.jsonl", ROOT / "tests" / "corpus" / "excerpts.jsonl"]
HARDWARE = ["NVIDIA A100 80GB", "A100-SXM4-40GB", "H100 SXM5", "V100", "TPU v4", "A800", "H800", "MI250X"]
COUNTRIES = ["Singapore", "France", "the United States", "China", "Germany", "South Korea", "Japan", "Canada"]
MAX_REQUESTS = 200_000  # per client and per run: a bound besides the time limit


# --------------------------------------------------------------------------- data


def _templates() -> list[dict]:
    return [json.loads(line) for path in TEMPLATES for line in path.read_text(encoding="utf-8").splitlines() if line]


def _variant(template: dict, index: int, rng: random.Random) -> dict:
    text = re.sub(r"<model>([^<]*)</model>", lambda m: f"<model>{m.group(1).strip()}-v{index}</model>", template["text"])
    text = re.sub(r"<hardware>[^<]*</hardware>", lambda m: f"<hardware>{rng.choice(HARDWARE)}</hardware>", text)
    text = re.sub(r"<country>[^<]*</country>", lambda m: f"<country>{rng.choice(COUNTRIES)}</country>", text)
    text = re.sub(r"<gpu_count>[^<]*</gpu_count>", lambda m: f"<gpu_count>{rng.choice([8, 64, 256, 1024])}</gpu_count>", text)
    variant = {"id": f"bench-{index:05d}-{template['id']}", "text": text}
    if "datasets" in template:
        variant["datasets"] = template["datasets"]
    return variant


def build_store(out: Path, quads: int) -> Path:
    """A store of at least ``quads`` quads, reused when it is already there."""
    store = out / f"store-{quads}"
    if (store / "CURRENT").exists():
        return store
    shutil.rmtree(store, ignore_errors=True)
    kg = KnowledgeGraph.open(store, writable=True)
    rng = random.Random(42)
    templates, index = _templates(), 0
    while len(kg.store) < quads:
        batch = out / "excerpts.jsonl"
        with batch.open("w", encoding="utf-8") as file:
            for _ in range(200):
                file.write(json.dumps(_variant(templates[index % len(templates)], index, rng)) + "\n")
                index += 1
        report = kg.load([str(batch)])
        print(f"  loaded {index} excerpts, {len(kg.store)} quads, {len(report.rejected)} rejected", file=sys.stderr)
    kg.store.flush()
    del kg
    return store


def canned_mix() -> list[tuple[str, str]]:
    """(name, query text with the examples bound) for every canned query."""
    mix = []
    for query in registry().values():
        params = {p.name: p.example if p.example is not None else p.default for p in query.params}
        text, bindings = prepare(query, {k: v for k, v in params.items() if v is not None})
        mix.append((query.name, with_values(text, bindings)))
    return mix


def calibrate(store: Path, mix: list[tuple[str, str]], limit: float) -> list[tuple[str, str]]:
    """The queries of the mix that pyoxigraph itself answers within ``limit`` seconds here.

    A query slower than that is a problem of the query (or of pyoxigraph), the same
    for every server built on it; left in, it would time the query, not the servers.
    """
    import pyoxigraph as ox

    handle = ox.Store.read_only(str(store))
    kept = []
    for name, text in mix:
        begin = time.perf_counter()
        handle.query(text, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)
        took = time.perf_counter() - begin
        print(f"  {name:34} {took * 1000:9.1f} ms in pyoxigraph" + ("  (left out: too slow)" if took > limit else ""))
        if took <= limit:
            kept.append((name, text))
    del handle
    return kept


# --------------------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    name: str
    command: list[str]
    path: str  # the query URL path
    port: int
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def start(self, probe: str, limit: float = 300.0) -> None:
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}: {' '.join(self.command)}")
            try:
                status, _ = request(self.path, probe, http.client.HTTPConnection("127.0.0.1", self.port, timeout=5))
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer within {limit:g} s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def servers(store: Path, dump: Path, workers: int) -> list[Server]:
    bin_dir = Path(sys.executable).parent
    oxigraph = shutil.which("oxigraph", path=str(bin_dir)) or shutil.which("oxigraph")
    if oxigraph is None:
        sys.exit("bench/endpoint.py needs the oxigraph CLI: pip install -e '.[bench]'")
    rdflib_app = (
        "import sys, rdflib, uvicorn; from rdflib_endpoint import SparqlEndpoint;"
        "ds = rdflib.Dataset(default_union=True); ds.parse(sys.argv[1], format='nquads');"
        "uvicorn.run(SparqlEndpoint(graph=ds), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
    )
    ports = [free_port() for _ in range(3)]
    return [
        Server("oxigraph serve", [oxigraph, "serve-read-only", "--location", str(store),
                                  "--bind", f"127.0.0.1:{ports[0]}", "--union-default-graph"], "/query", ports[0]),
        Server("mlkg serve", [str(bin_dir / "mlkg"), "serve", "--store", str(store), "--port", str(ports[1]),
                              "--workers", str(workers)], "/sparql", ports[1]),
        Server("rdflib-endpoint", [sys.executable, "-c", rdflib_app, str(dump), str(ports[2])], "/", ports[2]),
    ]  # fmt: skip


# --------------------------------------------------------------------------- load


def request(path: str, text: str, connection: http.client.HTTPConnection) -> tuple[int, bytes]:
    body = text.encode("utf-8")
    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    connection.request("POST", path, body=body, headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


def rows(payload: bytes) -> int:
    data = json.loads(payload)
    return len(data["results"]["bindings"]) if "results" in data else 1


def run_load(server: Server, mix: list[tuple[str, str]], clients: int, seconds: float) -> dict:
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    start_gate = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(slot: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
        position = slot  # clients start at different queries of the mix
        start_gate.wait()
        while time.perf_counter() < stop_at[0] and len(latencies[slot]) < MAX_REQUESTS:
            begin = time.perf_counter()
            status, _ = request(server.path, mix[position % len(mix)][1], connection)
            latencies[slot].append(time.perf_counter() - begin)
            errors[slot] += status != 200
            position += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    stop_at[0] = time.perf_counter() + seconds
    began = time.perf_counter()
    start_gate.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    flat = sorted(x for per in latencies for x in per)
    return {
        "requests": len(flat),
        "errors": sum(errors),
        "throughput": len(flat) / elapsed,
        "median_ms": statistics.median(flat) * 1000,
        "p95_ms": flat[int(0.95 * (len(flat) - 1))] * 1000,
    }


def serial_pass(server: Server, mix: list[tuple[str, str]], limit: float) -> dict:
    """Each query of the mix once, one at a time, a request cut at ``limit`` seconds.

    For rdflib-endpoint, which evaluates every query inside its event loop and so
    answers one request at a time whatever the number of clients: its throughput
    with 1 or 8 clients is at most the mix size over this pass's time. A query cut
    at the limit counts as taking exactly the limit (which flatters rdflib-endpoint),
    and the server is restarted, since it would still be busy with it.
    """
    took, cut = [], []
    for name, text in mix:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=limit)
        begin = time.perf_counter()
        try:
            request(server.path, text, connection)
            took.append(time.perf_counter() - begin)
        except TimeoutError:
            took.append(limit)
            cut.append(name)
            server.stop()
            server.start(mix[0][1])
        finally:
            connection.close()
    return {
        "requests": len(took),
        "errors": len(cut),
        "throughput": len(took) / sum(took),
        "median_ms": statistics.median(took) * 1000,
        "p95_ms": sorted(took)[int(0.95 * (len(took) - 1))] * 1000,
        "cut": cut,
    }


def check_same_answers(all_servers: list[Server], mix: list[tuple[str, str]]) -> None:
    """Every server gives the same number of rows for every query of the mix."""
    for name, text in mix:
        counts = {}
        for server in all_servers:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=300)
            status, payload = request(server.path, text, connection)
            connection.close()
            counts[server.name] = rows(payload) if status == 200 else f"HTTP {status}"
        if len(set(map(str, counts.values()))) != 1:
            print(f"  warning: {name} answers differ: {counts}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quads", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="per server and client count")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--workers", type=int, default=2, help="mlkg serve --workers")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--slow", type=float, default=1.0, help="leave out queries slower than this (s) in pyoxigraph")
    parser.add_argument("--rdflib-limit", type=float, default=30.0, help="cut an rdflib-endpoint request after this (s)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    store = build_store(args.out, args.quads)
    dump = args.out / f"store-{args.quads}.nq"
    if not dump.exists():
        subprocess.run([str(Path(sys.executable).parent / "mlkg"), "export", "--store", str(store),
                        "--format", "nquads", "-o", str(dump)], check=True)  # fmt: skip
    mix = calibrate(store, canned_mix(), args.slow)
    quad_count = sum(1 for _ in dump.open("rb"))
    print(f"data: {quad_count} quads; mix: {len(mix)} canned queries; {os.cpu_count()} cores; {args.seconds:g} s per run")

    chosen = [s for s in servers(store, dump, args.workers) if not (args.skip_rdflib and s.name == "rdflib-endpoint")]
    results: dict[tuple[str, int], dict] = {}
    try:
        for server in chosen:
            server.start(mix[0][1])
        fast = [s for s in chosen if s.name != "rdflib-endpoint"]
        check_same_answers(fast, mix)
        for clients in args.clients:
            for server in fast:
                run_load(server, mix, clients, min(2.0, args.seconds))  # warm-up, not counted
                results[server.name, clients] = run_load(server, mix, clients, args.seconds)
        for server in chosen:
            if server.name == "rdflib-endpoint":
                serial = serial_pass(server, mix, args.rdflib_limit)
                print(f"rdflib-endpoint serial pass: {serial}", file=sys.stderr)
                for clients in args.clients:  # one request at a time, whatever the clients
                    results[server.name, clients] = serial
    finally:
        for server in chosen:
            server.stop()

    print(f"\n{'server':18} {'clients':>7} {'req/s':>9} {'median ms':>10} {'p95 ms':>8} {'errors':>6} {'vs oxigraph':>11}")
    for clients in args.clients:
        reference = results["oxigraph serve", clients]["throughput"]
        for server in chosen:
            r = results[server.name, clients]
            print(
                f"{server.name:18} {clients:7d} {r['throughput']:9.1f} {r['median_ms']:10.2f} {r['p95_ms']:8.2f} "
                f"{r['errors']:6d} {r['throughput'] / reference:10.2f}x"
            )
    if not args.skip_rdflib:
        cut = results["rdflib-endpoint", args.clients[0]]["cut"]
        print(f"rdflib-endpoint: one serial pass of the mix (it answers one request at a time), "
              f"requests cut at {args.rdflib_limit:g} s: {', '.join(cut) or 'none'}")
        for clients in args.clients:
            ratio = results["mlkg serve", clients]["throughput"] / results["rdflib-endpoint", clients]["throughput"]
            print(f"mlkg serve / rdflib-endpoint, {clients} client(s): {ratio:.1f}x")


if __name__ == "__main__":
    main()
