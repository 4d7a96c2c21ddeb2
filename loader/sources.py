"""Reading inputs: ``.txt`` files, ``.jsonl`` files, directories, and ``-`` (JSONL on stdin).

Each excerpt is parsed on its own; a bad one becomes an `ExcerptError` in the
stream and the ones around it still come through.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from loader.errors import ExcerptError, UsageError
from loader.parse import ExplicitDataset, TaggedExcerpt, parse_excerpt

ROLES = {
    "pretraining": "pretraining", "pre-training": "pretraining", "pretrain": "pretraining",
    "pre-train": "pretraining", "training": "pretraining",
    "finetuning": "finetuning", "fine-tuning": "finetuning", "finetune": "finetuning",
    "fine-tune": "finetuning",
    "evaluation": "evaluation", "eval": "evaluation", "evaluated": "evaluation", "benchmark": "evaluation",
}


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Files to read, in order; a directory gives its ``*.txt`` and ``*.jsonl`` files, sorted."""
    expanded: list[str] = []
    for name in paths:
        if name == "-":
            expanded.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file())
            expanded.extend(str(p) for p in found)
        elif path.is_file():
            if path.suffix not in (".txt", ".jsonl"):
                raise UsageError(f"{name}: expected a .txt or .jsonl file, or a directory")
            expanded.append(str(path))
        else:
            raise UsageError(f"{name}: no such file or directory")
    return expanded


def read_excerpts(paths: Sequence[str], stdin: IO[str] | IO[bytes] | None = None) -> Iterator[TaggedExcerpt | ExcerptError]:
    """Parsed excerpts, or the error that rejected each bad one, in input order."""
    for name in expand_paths(paths):
        if name == "-":
            yield from _jsonl(stdin or sys.stdin.buffer, "<stdin>")
        elif name.endswith(".jsonl"):
            try:
                with open(name, "rb") as handle:
                    yield from _jsonl(handle, name)
            except OSError as error:
                yield ExcerptError(Path(name).stem, 1, 1, f"cannot read the file ({error.strerror})", origin=name)
        else:
            yield _txt(Path(name))


def _txt(path: Path) -> TaggedExcerpt | ExcerptError:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return ExcerptError(path.stem, 1, 1, f"not UTF-8 text ({error.reason})", origin=str(path))
    except OSError as error:
        return ExcerptError(path.stem, 1, 1, f"cannot read the file ({error.strerror})", origin=str(path))
    try:
        return parse_excerpt(path.stem, raw, source=path.name, origin=str(path))
    except ExcerptError as error:
        return error


def _jsonl(lines: IO[str] | IO[bytes], name: str) -> Iterator[TaggedExcerpt | ExcerptError]:
    """One excerpt per line; lines are decoded one by one, so a bad byte rejects one line only."""
    for number, line in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as error:
                yield ExcerptError(f"{Path(name).stem}#{number}", 1, error.start + 1, f"not UTF-8 text ({error.reason})", origin=origin)
                continue
        if not line.strip():
            continue
        try:
            yield _record(json.loads(line), origin)
        except json.JSONDecodeError as error:
            yield ExcerptError(f"{Path(name).stem}#{number}", error.lineno, error.colno, f"invalid JSON: {error.msg}", origin=origin)
        except ExcerptError as error:
            yield error


def _record(obj: object, origin: str) -> TaggedExcerpt:
    if not isinstance(obj, dict):
        raise ExcerptError(origin, 1, 1, "a JSONL line must be an object with 'id' and 'text'", origin=origin)
    excerpt_id = obj.get("id")
    if not isinstance(excerpt_id, (str, int)) or str(excerpt_id).strip() == "":
        raise ExcerptError(origin, 1, 1, "missing or empty 'id'", origin=origin)
    excerpt_id = str(excerpt_id)
    text = obj.get("text")
    if not isinstance(text, str):
        raise ExcerptError(excerpt_id, 1, 1, "missing 'text' (a string)", origin=origin)
    source = obj.get("source")
    if source is not None and not isinstance(source, str):
        raise ExcerptError(excerpt_id, 1, 1, "'source' must be a string", origin=origin)
    datasets = _datasets(obj.get("datasets"), excerpt_id, origin) if "datasets" in obj else None
    return parse_excerpt(excerpt_id, text, source=source, datasets=datasets, origin=origin)


def _datasets(value: object, excerpt_id: str, origin: str) -> tuple[ExplicitDataset, ...]:
    if not isinstance(value, list):
        raise ExcerptError(excerpt_id, 1, 1, "'datasets' must be a list of {name, role}", origin=origin)
    result = []
    for index, item in enumerate(value):
        where = f"'datasets'[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise ExcerptError(excerpt_id, 1, 1, f"{where} needs a 'name'", origin=origin)
        role = ROLES.get(str(item.get("role", "pretraining")).strip().lower())
        if role is None:
            raise ExcerptError(
                excerpt_id, 1, 1, f"{where} has role {item.get('role')!r}; use pretraining, finetuning or evaluation",
                origin=origin,
            )
        result.append(ExplicitDataset(item["name"].strip(), role))
    return tuple(result)
