"""Query workers: child processes that each hold a read-only handle on the store.

Why processes and not threads: pyoxigraph cannot cancel a query and a signal does
not interrupt one, so the only way to really stop a runaway evaluation is to end
the process running it. Each worker answers one job at a time over its standard
input and output; the server kills a worker whose job runs past the time limit
and starts a fresh one, while the other workers go on serving.

Results are serialized inside pyoxigraph (never row by row in Python). The row
cap is enforced on the way out: the worker serializes to TSV (solutions) or
N-Triples (triples), where one line is one row, into a writer that stops the
evaluation once it has one line more than allowed; the kept lines are then
re-serialized in the requested format. Stopping early also bounds memory.

Protocol, both ways: a frame is a 12-byte header (struct ``>IQ``: length of a
JSON object, length of a binary body), the JSON object, then the body.
"""

from __future__ import annotations

import asyncio
import json
import os
import struct
import sys
from dataclasses import dataclass
from typing import IO, Any

_FRAME = struct.Struct(">IQ")


class WorkerError(Exception):
    """Base of what the pool reports instead of an answer."""


class QueryTimeout(WorkerError):
    """The query ran past the time limit; its worker was killed."""


class PoolBusy(WorkerError):
    """Every worker stayed busy for the whole time limit."""


class WorkerCrashed(WorkerError):
    """The worker process died while answering (its stderr has the reason)."""


@dataclass(frozen=True)
class Answer:
    """What a worker sends back: a serialized result, or a query error."""

    kind: str | None  # "solutions" | "boolean" | "graph"; None for an error
    format: str | None  # a key of queries.formats.RESULT_FORMATS / RDF_FORMATS
    body: bytes = b""
    truncated: bool = False
    error: str | None = None  # "syntax" | "bad-graph" | "evaluation" | "not-acceptable"
    message: str = ""


# --------------------------------------------------------------------------- child side


class _ResultFull(Exception):
    """Raised from inside pyoxigraph's serializer to stop the evaluation early."""


class _CappedBuffer:
    """A binary writer that raises ``_ResultFull`` past ``max_lines`` lines or ``max_bytes`` bytes."""

    def __init__(self, max_lines: int, max_bytes: int):
        self.chunks: list[bytes] = []
        self.lines = 0
        self.size = 0
        self.max_lines = max_lines
        self.max_bytes = max_bytes

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        self.chunks.append(chunk)
        self.lines += chunk.count(b"\n")
        self.size += len(chunk)
        if self.lines > self.max_lines or self.size > self.max_bytes:
            raise _ResultFull
        return len(chunk)

    def flush(self) -> None:
        pass


def _capped(serialize: Any, max_lines: int, max_bytes: int) -> tuple[bytes, bool]:
    """Run ``serialize(writer)``; the text and whether it was cut (at a line end)."""
    buffer = _CappedBuffer(max_lines, max_bytes)
    try:
        serialize(buffer)
    except _ResultFull:
        data = b"".join(buffer.chunks)
        end = -1
        for _ in range(max_lines):
            end = data.find(b"\n", end + 1)
            if end < 0:  # stopped by the byte cap: keep the complete lines
                end = data.rfind(b"\n")
                break
        return data[: end + 1], True
    return b"".join(buffer.chunks), False


def answer(store: Any, job: dict[str, Any], max_bytes: int) -> Answer:
    """Run one job against ``store``; every pyoxigraph error becomes an ``Answer`` error."""
    import pyoxigraph as ox

    from queries.formats import RESULT_FORMATS, serialize_triples

    options: dict[str, Any] = {"base_iri": job.get("base_iri")}
    if job.get("default_graph") is not None or job.get("named_graphs") is not None:
        try:
            options["default_graph"] = [ox.NamedNode(iri) for iri in job.get("default_graph") or []]
            options["named_graphs"] = [ox.NamedNode(iri) for iri in job.get("named_graphs") or []]
        except ValueError as error:  # pyoxigraph's IRI check
            return Answer(None, None, error="bad-graph", message=f"a graph URI is not an absolute IRI: {error}")
    elif job.get("union"):
        options["use_default_graph_as_union"] = True
    max_rows = int(job["max_rows"])
    try:
        result = store.query(job["query"], **options)
        if isinstance(result, ox.QueryBoolean):
            fmt = job.get("solutions")
            if fmt is None:
                return Answer(None, None, error="not-acceptable", message="an ASK query answers with SPARQL results")
            return Answer("boolean", fmt, result.serialize(format=RESULT_FORMATS[fmt]))
        if isinstance(result, ox.QuerySolutions):
            fmt = job.get("solutions")
            if fmt is None:
                return Answer(None, None, error="not-acceptable", message="a SELECT query answers with SPARQL results")
            tsv_format = ox.QueryResultsFormat.TSV
            data, cut = _capped(lambda out: result.serialize(out, format=tsv_format), max_rows + 1, max_bytes)
            if fmt != "tsv":
                data = ox.parse_query_results(data, format=tsv_format).serialize(format=RESULT_FORMATS[fmt])
            return Answer("solutions", fmt, data, cut)
        fmt = job.get("graph")
        if fmt is None:
            return Answer(None, None, error="not-acceptable", message="a CONSTRUCT or DESCRIBE query answers with RDF")
        nt_format = ox.RdfFormat.N_TRIPLES
        data, cut = _capped(lambda out: result.serialize(out, format=nt_format), max_rows, max_bytes)
        if fmt != "ntriples":
            data = serialize_triples(ox.parse(data, format=nt_format), fmt)
        return Answer("graph", fmt, data, cut)
    except SyntaxError as error:
        return Answer(None, None, error="syntax", message=str(error))
    except OSError as error:  # pyoxigraph's evaluation errors (and store read errors)
        return Answer(None, None, error="evaluation", message=str(error))


def _write_frame(out: IO[bytes], header: dict[str, Any], body: bytes = b"") -> None:
    head = json.dumps(header).encode("utf-8")
    out.write(_FRAME.pack(len(head), len(body)) + head)
    out.write(body)
    out.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    data = stream.read(size)
    return data if data is not None and len(data) == size else None


def _store_version(store_path: str) -> int:
    """Changes whenever a writer adds or removes files in the store's folder."""
    return os.stat(store_path).st_mtime_ns


def worker_main(store_path: str, max_bytes: int) -> None:
    """The child's loop: open the store read-only, then answer jobs until stdin closes."""
    import pyoxigraph as ox

    # The protocol owns the real stdout; anything printed by accident goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    stream = sys.stdin.buffer
    try:
        store = ox.Store.read_only(store_path)
    except OSError as error:
        _write_frame(out, {"ready": False, "message": str(error)})
        return
    opened_at = _store_version(store_path)
    _write_frame(out, {"ready": True})
    while True:
        head = _read_exactly(stream, _FRAME.size)
        if head is None:
            return
        json_size, body_size = _FRAME.unpack(head)
        job = json.loads(_read_exactly(stream, json_size) or b"{}")
        _read_exactly(stream, body_size)
        # A read-only handle sees the store as it was when opened; after an `mlkg load`
        # (which adds files, so the folder changes) the next query reopens it.
        version = _store_version(store_path)
        if version != opened_at:
            del store
            store, opened_at = ox.Store.read_only(store_path), version
        result = answer(store, job, max_bytes)
        header = {"kind": result.kind, "format": result.format, "truncated": result.truncated}
        header.update(error=result.error, message=result.message)
        _write_frame(out, header, result.body)


# --------------------------------------------------------------------------- parent side


class _Worker:
    def __init__(self, process: asyncio.subprocess.Process):
        self.process = process
        assert process.stdin is not None and process.stdout is not None
        self.stdin = process.stdin
        self.stdout = process.stdout

    async def read_frame(self) -> tuple[dict[str, Any], bytes]:
        try:
            json_size, body_size = _FRAME.unpack(await self.stdout.readexactly(_FRAME.size))
            header = json.loads(await self.stdout.readexactly(json_size))
            body = await self.stdout.readexactly(body_size) if body_size else b""
        except asyncio.IncompleteReadError:
            raise WorkerCrashed(f"query worker {self.process.pid} died") from None
        return header, body

    async def call(self, job: dict[str, Any]) -> Answer:
        head = json.dumps(job).encode("utf-8")
        self.stdin.write(_FRAME.pack(len(head), 0) + head)
        await self.stdin.drain()
        header, body = await self.read_frame()
        return Answer(header["kind"], header["format"], body, header["truncated"], header["error"], header["message"])

    def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()


class WorkerPool:
    """``size`` worker processes over the store at ``store_path``; ``run`` sends a job to an idle one."""

    def __init__(self, store_path: str, size: int, timeout: float, max_bytes: int):
        self.store_path = store_path
        self.size = size
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._reaping: set[asyncio.Task[None]] = set()

    @property
    def pids(self) -> list[int]:
        return sorted(w.process.pid for w in self._all)

    async def start(self) -> None:
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        for worker in workers:
            self._idle.put_nowait(worker)

    async def _spawn(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "mlkg.workers", self.store_path, str(self.max_bytes),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        worker = _Worker(process)
        header, _ = await worker.read_frame()
        if not header.get("ready"):
            worker.kill()
            raise OSError(f"query worker cannot open the store at {self.store_path}: {header.get('message')}")
        self._all.add(worker)
        return worker

    async def run(self, job: dict[str, Any]) -> Answer:
        """The worker's answer; ``QueryTimeout``, ``PoolBusy`` or ``WorkerCrashed`` otherwise."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            raise PoolBusy(f"every query worker stayed busy for {self.timeout:g} s") from None
        try:
            result = await asyncio.wait_for(worker.call(job), self.timeout)
        except TimeoutError:
            self._replace(worker)
            raise QueryTimeout(f"the query ran past this endpoint's {self.timeout:g} s limit and was stopped") from None
        except BaseException:
            # A crash, or the request was cancelled mid-call: the worker's stream is
            # in an unknown state, so it is not reused.
            self._replace(worker)
            raise
        self._idle.put_nowait(worker)
        return result

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._all.discard(worker)
        task = asyncio.get_running_loop().create_task(self._respawn(worker))
        self._reaping.add(task)
        task.add_done_callback(self._reaping.discard)

    async def _respawn(self, dead: _Worker) -> None:
        await dead.process.wait()
        try:
            self._idle.put_nowait(await self._spawn())
        except OSError as error:  # e.g. the store was removed: serve on with fewer workers, and say so
            print(f"mlkg serve: could not replace query worker {dead.process.pid}: {error}", file=sys.stderr)

    async def close(self) -> None:
        for task in list(self._reaping):
            task.cancel()
        for worker in list(self._all):
            worker.stdin.close()
            worker.kill()
            await worker.process.wait()
        self._all.clear()


if __name__ == "__main__":
    worker_main(sys.argv[1], int(sys.argv[2]))
