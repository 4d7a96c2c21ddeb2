"""The ``mlkg`` command. Exit codes: 0 ok, 1 some input rejected or a query failed, 2 usage error."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pyoxigraph as ox

from loader.errors import MlkgError, UsageError
from loader.pipeline import LoadReport, load_paths
from loader.sources import expand_paths
from loader.store import STORE_ENV, default_store_path, open_store
from queries.formats import RDF_FORMATS, RESULT_FORMATS, export_graph, serialize_solutions, serialize_triples, text_table
from queries.graph import prepare, run_query
from queries.params import with_values
from queries.registry import BadParameter, UnknownQuery, canned_query, registry

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mlkg",
        description="A knowledge graph of how ML models were trained, from tagged paper excerpts.",
    )
    store_help = f"store directory (default: ${STORE_ENV} or ./mlkg-store)"
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    load = commands.add_parser("load", help="load tagged excerpts (.txt, .jsonl, directories, - for stdin JSONL)")
    load.add_argument("paths", nargs="+", metavar="PATH")
    load.add_argument("--store", type=Path, help=store_help)
    load.add_argument("-q", "--quiet", action="store_true", help="print only rejections and the summary")
    load.add_argument(
        "-j", "--jobs", type=int, default=os.cpu_count() or 1,
        help="worker processes for extraction (default: the number of cores)",
    )

    ask = commands.add_parser("ask", help="run a canned query")
    ask.add_argument("name", nargs="?", help="canned query name (see --list)")
    ask.add_argument("--list", action="store_true", help="list the canned queries")
    ask.add_argument("-p", "--param", action="append", default=[], metavar="K=V", help="a parameter, repeatable")
    ask.add_argument("--format", choices=["table", *RESULT_FORMATS], default="table")
    ask.add_argument("--store", type=Path, help=store_help)

    query = commands.add_parser("query", help="run a SPARQL query over the union of all graphs")
    query.add_argument("sparql", nargs="?", help="the query text")
    query.add_argument("-f", "--file", type=Path, help="read the query from a file")
    query.add_argument("--format", choices=["table", *RESULT_FORMATS, "turtle", "ntriples"], default="table")
    query.add_argument("--store", type=Path, help=store_help)

    export = commands.add_parser("export", help="write the whole graph in an RDF format")
    export.add_argument("--format", choices=[f for f in RDF_FORMATS if f != "rdfxml"], default="turtle")
    export.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    export.add_argument("--store", type=Path, help=store_help)

    serve = commands.add_parser("serve", help="serve the store as a read-only SPARQL 1.1 endpoint with a query page")
    serve.add_argument("--store", type=Path, help=store_help)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    serve.add_argument("--timeout", type=float, default=30.0, metavar="S", help="stop a query after S seconds (default: 30)")
    serve.add_argument("--workers", type=int, default=2, help="query worker processes (default: 2)")
    serve.add_argument("--max-rows", type=int, default=100_000, help="cut results after this many rows (default: 100000)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (UsageError, UnknownQuery, BadParameter) as error:
        print(f"mlkg: {error}", file=sys.stderr)
        return EXIT_USAGE
    except MlkgError as error:
        print(f"mlkg: {error}", file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:  # "mlkg export | head": the reader left, nothing is wrong
        return EXIT_OK


def _store_path(args: argparse.Namespace) -> Path:
    return args.store if args.store is not None else default_store_path()


def _load(args: argparse.Namespace) -> int:
    path = _store_path(args)
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    expand_paths(args.paths)  # a typo in a path is a usage error before any store is made or opened
    report = load_paths(open_store(path), args.paths, jobs=args.jobs)
    _print_report(report, path, args.quiet)
    return EXIT_OK if report.ok else EXIT_REJECTED


def _print_report(report: LoadReport, path: Path, quiet: bool) -> None:
    out = sys.stdout
    if not quiet:
        for excerpt_id in report.loaded:
            print(f"loaded   {excerpt_id}", file=out)
        for warning in report.warnings:
            print(f"warning  {warning}", file=out)
    for error in report.rejected:
        print(f"rejected {error}", file=sys.stderr)
    print(
        f"{len(report.loaded)} excerpt(s) loaded ({report.quads} quads), {len(report.rejected)} rejected, "
        f"{len(report.warnings)} warning(s); store: {path}",
        file=out,
    )


def _ask(args: argparse.Namespace) -> int:
    if args.list or not args.name:
        if not args.list:
            raise UsageError("give a canned query name, or --list to see them")
        for query in registry().values():
            params = " ".join(f"{p.name}=<{p.type}>" for p in query.params)
            print(f"{query.name:32} {query.summary}" + (f"  [{params}]" if params else ""))
        return EXIT_OK
    query = canned_query(args.name)
    params = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param takes K=V, not {item!r}")
        params[key.strip()] = value
    text, bindings = prepare(query, params)
    store = open_store(_store_path(args), read_only=True)
    return _print_result(run_query(store, with_values(text, bindings)), args.format)


def _query(args: argparse.Namespace) -> int:
    if (args.sparql is None) == (args.file is None):
        raise UsageError("give the query text or -f FILE (one of them)")
    if args.file is not None:
        try:
            text = args.file.read_text(encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot read {args.file}: {error.strerror}") from None
    else:
        text = args.sparql
    store = open_store(_store_path(args), read_only=True)
    return _print_result(run_query(store, text), args.format)


def _print_result(result, fmt: str) -> int:
    out = sys.stdout.buffer
    if isinstance(result, ox.QueryTriples):
        if fmt in RESULT_FORMATS:
            raise UsageError(f"--format {fmt} is for SELECT and ASK; use turtle or ntriples for CONSTRUCT and DESCRIBE")
        out.write(serialize_triples(result, "ntriples" if fmt == "ntriples" else "turtle"))
    elif fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            print("yes" if bool(result) else "no")
        else:
            columns = [v.value for v in result.variables]
            rows = [[_cell(solution[c]) for c in columns] for solution in result]
            print(text_table(columns, rows))
            print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    elif fmt in RESULT_FORMATS:
        out.write(serialize_solutions(result, fmt))
    else:
        raise UsageError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries")
    sys.stdout.flush()
    return EXIT_OK


def _cell(term) -> str:
    return "" if term is None else term.value


def _export(args: argparse.Namespace) -> int:
    store = open_store(_store_path(args), read_only=True)
    data = export_graph(store, args.format)
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            args.output.write_bytes(data)
        except OSError as error:
            raise UsageError(f"cannot write {args.output}: {error.strerror}") from None
        print(f"wrote {args.output} ({len(data)} bytes, {args.format})", file=sys.stderr)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from mlkg.server import Settings, serve

    path = _store_path(args)
    open_store(path, read_only=True)  # a missing store is a usage error here, not in every worker
    if args.timeout <= 0 or args.workers < 1 or args.max_rows < 1:
        raise UsageError("--timeout, --workers and --max-rows must be positive")
    serve(Settings(str(path), timeout=args.timeout, workers=args.workers, max_rows=args.max_rows), args.host, args.port)
    return EXIT_OK


_COMMANDS = {"load": _load, "ask": _ask, "query": _query, "export": _export, "serve": _serve}


if __name__ == "__main__":
    sys.exit(main())
