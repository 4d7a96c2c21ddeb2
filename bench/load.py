"""Load throughput: `mlkg load` against pyoxigraph's own bulk load and rdflib, in one run.

    python bench/load.py [--excerpts 20000] [--jobs N]

Builds a JSONL corpus of N excerpts by giving the project's labelled corpus new ids,
then measures, on the same machine in the same run:
  - mlkg: parse + extract + bulk-load into an on-disk store (the whole `mlkg load`);
  - reference: pyoxigraph `bulk_load` of the exact N-Quads mlkg produced (the store's own speed);
  - rdflib: `Dataset.parse` of the same N-Quads (in memory).
Figures are printed as excerpts/s, quads/s and ratios against the reference.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

from loader.pipeline import load_paths
from loader.store import open_store
from queries.formats import export_graph

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(path: Path, count: int) -> None:
    lines = (ROOT / "tests" / "corpus" / "excerpts.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            record = dict(records[index % len(records)])
            record["id"] = f"bench-{index:07d}"
            out.write(json.dumps(record) + "\n")


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--excerpts", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mlkg-bench-"))
    try:
        corpus = work / "corpus.jsonl"
        make_corpus(corpus, args.excerpts)

        mlkg_store = open_store(work / "mlkg")
        seconds, report = timed(lambda: load_paths(mlkg_store, [str(corpus)], jobs=args.jobs))
        assert not report.rejected and len(report.loaded) == args.excerpts
        nquads = export_graph(mlkg_store, "nquads")
        quads = nquads.count(b"\n")
        del mlkg_store

        reference_store = ox.Store(str(work / "reference"))
        reference, _ = timed(lambda: reference_store.bulk_load(input=nquads, format=ox.RdfFormat.N_QUADS))
        del reference_store

        sample = b"".join(nquads.splitlines(keepends=True)[: min(quads, 500_000)])
        rdflib_seconds, _ = timed(lambda: rdflib.Dataset().parse(data=sample, format="nquads"))
        rdflib_seconds *= quads / max(sample.count(b"\n"), 1)  # scaled when sampled

        print(f"excerpts: {args.excerpts:,}   quads (with catalogs): {quads:,}   jobs: {args.jobs}")
        print(f"{'':28}{'seconds':>9}{'excerpts/s':>12}{'quads/s':>12}{'vs reference':>14}")
        for name, value in [
            ("mlkg load (on disk)", seconds),
            ("pyoxigraph bulk_load (ref)", reference),
            ("rdflib Dataset.parse", rdflib_seconds),
        ]:
            print(f"{name:28}{value:9.2f}{args.excerpts / value:12,.0f}{quads / value:12,.0f}{reference / value:13.2f}x")
        print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
