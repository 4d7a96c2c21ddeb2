"""Extraction time on pathological excerpts, against ordinary prose measured in the same run.

    python bench/pathological.py

Each input is one excerpt built to stress a pattern: thousands of names in one list, one
sentence of capitalized words with no stop, a run of blanks, thousands of tags. Extraction
(parse + extract, which includes dataset detection) should stay linear in the length of the
text: the last column is the time per character divided by the time per character of the
hand-labelled corpus (``tests/corpus``), so 1x means "as fast as ordinary prose" and a
quadratic pattern shows as a ratio that grows with the input. A benchmark, not a test: it
always exits 0.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loader.extract import extract  # noqa: E402
from loader.parse import TaggedExcerpt, parse_excerpt  # noqa: E402
from loader.sources import read_excerpts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

INPUTS: dict[str, Callable[[int], str]] = {
    "names in one list": lambda n: "We evaluate <model>M</model> on " + ", ".join(f"Bench{i}" for i in range(n)) + ".",
    "names in parentheses": lambda n: "We fine-tune on tasks (" + ", ".join(f"Set{i}" for i in range(n)) + ").",
    "capitalized words, no stop": lambda n: " ".join(["Alpha Beta Gamma"] * n),
    "';' items with citations": lambda n: "Training data: " + "; ".join(f"Corpus{i} (Author et al., 2020)" for i in range(n)),
    "blanks": lambda n: "We train on" + " " * (10 * n) + "C4.",
    "heading lines": lambda n: "\n".join(["Pretraining datasets"] * n),
    "model and params tags": lambda n: " ".join(f"<model>M{i}</model> has <params>{i}M</params>" for i in range(n)),
    "count and hardware tags": lambda n: " ".join(f"<gpu_count>{i}</gpu_count> <hardware>A100</hardware>" for i in range(n)),
    "verbs with 'on' in one sentence": lambda n: "We train on Alpha, evaluate on Beta, measure on Gamma, " * (n // 4),
    "'initialized from' sentences": lambda n: "The model is initialized from the pretrained T5. " * (n // 2),
    "no-break spaces": lambda n: "We train on" + "\u00a0" * (10 * n) + "C4.",
    "parenthesised short names": lambda n: "the score is high (XyzN) " * n,
    "catalog names, one sentence": lambda n: "We use 12k hours of SQuAD 2, " * n,
    "translation task names": lambda n: "WMT'18 English-German and " * n,
    "fine-tuned and evaluated, no commas": lambda n: "We fine-tune and evaluate on " + " and ".join(f"Set{i}" for i in range(n)) + ".",
    "two-letter names before a catalog one": lambda n: "We evaluate on " + ", ".join(
        chr(65 + i % 26) + chr(65 + i // 26 % 26) for i in range(n)) + " and MMLU.",
    "leaked test samples, one sentence": lambda n: "We removed test samples from the following benchmarks: " + ", ".join(
        f"Bench{i}" for i in range(n)) + ".",
}


def seconds(text: str) -> float:
    started = time.perf_counter()
    extract(parse_excerpt("bench", text))
    return time.perf_counter() - started


def main() -> None:
    ordinary = [item for item in read_excerpts([str(ROOT / "tests" / "corpus")]) if isinstance(item, TaggedExcerpt)]
    extract(ordinary[0])  # load the catalogs before timing
    started = time.perf_counter()
    for item in ordinary:
        extract(item)
    chars = sum(len(item.text) for item in ordinary)
    reference = (time.perf_counter() - started) / chars
    print(f"reference: tests/corpus, {len(ordinary)} excerpts, {chars:,} characters, "
          f"{reference * 1e6:.2f} us per character")
    print(f"{'input':30} {'n':>6} {'characters':>11} {'seconds':>8} {'per char vs reference':>22}")
    for name, build in INPUTS.items():
        for n in (500, 2000):
            text = build(n)
            took = seconds(text)
            print(f"{name:30} {n:6,} {len(text):11,} {took:8.2f} {took / len(text) / reference:21.1f}x")


if __name__ == "__main__":
    main()
