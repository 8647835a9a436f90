"""CLI: ``kg build | query | validate | eval | view``; parses arguments and calls plain functions.

``main(argv)`` makes the one frozen ``Settings`` and returns the exit code:
0 success, 1 the graph does not conform or a query failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
import webbrowser
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.settings import DEFAULT_CORPUS, DEFAULT_OUT, MAX_BYTES, SHAPES, Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="Knowledge graph of China's regional metaverse industry.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build", help="build the graph, its exports and views from a corpus folder",
        description="Read every .txt/.html/.md file of the corpus, extract entities, relations "
                    "and indicators, and publish the store, N-Quads/TriG exports, the resolution "
                    "file and HTML views into the output folder (atomically).")
    build.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                       help="folder of documents (default: the bundled corpus)")
    build.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: build/)")
    build.add_argument("--workers", type=int, default=0,
                       help="processes for the per-document stages (default: up to 2)")
    build.add_argument("--max-bytes", type=int, default=MAX_BYTES,
                       help=f"skip files larger than this (default: {MAX_BYTES})")
    build.add_argument("--strict", action="store_true", help="fail if any file has to be skipped")
    build.add_argument("--quiet", action="store_true", help="no progress display")

    query = commands.add_parser(
        "query", help="run a SPARQL query against the built store",
        description="Run SPARQL (inline, a .rq file, or the name of a saved query in kg/queries) "
                    "over the union of all graphs of the built store.")
    query.add_argument("query", metavar="QUERY_OR_FILE.rq")
    query.add_argument("--store", type=Path, default=DEFAULT_OUT / "store", help="default: build/store")
    query.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    query.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                       help="bind a query variable to a value (an IRI or a string); repeatable")

    validate = commands.add_parser(
        "validate", help="check the built graph against the SHACL shapes",
        description="Validate the built store against ontology/shapes.ttl; exit 1 with a "
                    "readable report when it does not conform.")
    validate.add_argument("--store", type=Path, default=DEFAULT_OUT / "store")
    validate.add_argument("--shapes", type=Path, default=SHAPES)

    evaluate = commands.add_parser(
        "eval", help="score the built graph against hand annotations (gold files)",
        description="Precision, recall and F1 per entity class, for relations and for indicators, "
                    "of the built graph against *.gold.json files (format of shared/gold/README.md), "
                    "with the misses and false positives.")
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of *.gold.json files")
    evaluate.add_argument("--store", type=Path, default=DEFAULT_OUT / "store")
    evaluate.add_argument("--brief", action="store_true", help="scores only, no misses")

    view = commands.add_parser(
        "view", help="print (or open) the path of the offline HTML overview page",
        description="The built overview page, build/views/index.html; it works without network.")
    view.add_argument("--out", type=Path, default=DEFAULT_OUT)
    view.add_argument("--open", action="store_true", help="open it in the default browser")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (FileNotFoundError, ValueError, RuntimeError, OSError) as error:
        print(f"kg {args.command}: error: {error}", file=sys.stderr)
        return 2


def _build(args: argparse.Namespace) -> int:
    from kg.build import build

    settings = Settings(corpus=args.corpus, out=args.out, workers=args.workers,
                        max_bytes=args.max_bytes, strict=args.strict, progress=not args.quiet)
    summary = build(settings)
    print(f"built {summary.documents} documents into {settings.out} in {summary.seconds}s: "
          f"{summary.quads} quads, {summary.relations} relations, {summary.indicators} indicators")
    print("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.entities.items())))
    for path, reason in summary.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    for path, warning in summary.warnings:
        print(f"warning {path}: {warning}", file=sys.stderr)
    for path, first in summary.duplicates:
        print(f"duplicate {path}: same text as {first}, ingested once", file=sys.stderr)
    for conflict in summary.conflicts:
        print(f"conflict: {conflict}", file=sys.stderr)
    return 0


def _query(args: argparse.Namespace) -> int:
    from kg.query import QueryError, load_query, render, run
    from kg.store import open_store

    bindings = dict(item.split("=", 1) for item in args.bind if "=" in item)
    try:
        names, rows = run(open_store(args.store), load_query(args.query), bindings)
    except QueryError as error:
        print(f"kg query: {error}", file=sys.stderr)
        return 1
    print(render(names, rows, args.format))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from kg.store import open_store
    from kg.validate import validate

    report = validate(open_store(args.store), args.shapes)
    if report.conforms:
        print(f"conforms: {report.triples} triples checked against {args.shapes.name}")
        return 0
    print(report.text)
    return 1


def _eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, load_gold, report
    from kg.store import open_store

    print(report(evaluate(open_store(args.store), load_gold(args.gold)), details=not args.brief))
    return 0


def _view(args: argparse.Namespace) -> int:
    page = args.out / "views" / "index.html"
    if not page.exists():
        raise FileNotFoundError(f"no view at {page}: run `kg build` first")
    print(page.absolute())
    if args.open:
        webbrowser.open(page.resolve().as_uri())
    return 0


_COMMANDS = {"build": _build, "query": _query, "validate": _validate, "eval": _eval, "view": _view}

if __name__ == "__main__":
    sys.exit(main())
