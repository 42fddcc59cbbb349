"""The command line: ``extractor extract``, ``eval``, ``show`` (the review page), ``schema``.

This is the only module that touches standard streams and output files. Every failure is one
line on standard error naming the input and the reason; exit status 0 when every input was
processed, 1 when some could not be, 2 for a usage error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, TextIO

from . import __version__
from .records import deal_schema
from .sources import DEFAULT_MAX_BYTES, InputError, iter_articles, parse_date

EXAMPLES = {
    "extract": "example: extractor extract corpus/ --published 2025-10-03 --out deals.jsonl",
    "eval": "example: extractor eval fixtures/ --split test --json",
    "show": "example: extractor show corpus/001_meta_coreweave_14bn.txt --html review.html",
    "schema": "example: extractor schema > deal.schema.json",
}


def _date(value: str) -> dt.date:
    parsed = parse_date(value)
    if parsed is None or len(value) != 10:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}")
    return parsed


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"not a number of workers (1 or more): {value!r}")
    return jobs


def _max_bytes(value: str) -> int:
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit < 1:
        raise argparse.ArgumentTypeError(f"not a number of bytes (1 or more): {value!r}")
    return limit


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Turn news articles into structured, normalized deal records (JSON Lines).")
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract deals from articles",
                       description="Extract deal records from text, HTML and JSON Lines "
                                   "articles, folders (recursively) or '-' for JSON Lines on "
                                   "standard input.", epilog=EXAMPLES["extract"])
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a .txt/.md, .html/.htm or .jsonl file, a folder (recursively, sorted), "
                        "a quoted glob pattern ('news/**/*.html'), or - for JSON Lines on "
                        "standard input")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for articles that carry none")
    sinks = p.add_mutually_exclusive_group()
    sinks.add_argument("--out", metavar="FILE",
                       help="write JSON Lines to FILE, atomically (complete, or not at all)")
    sinks.add_argument("--sqlite", metavar="DB",
                       help="write documents, deals and hardware tables to the SQLite file DB; "
                            "a rerun skips documents already there unchanged")
    sinks.add_argument("--db", metavar="URL",
                       help="the same tables in PostgreSQL (postgresql://user:password@host/db, "
                            "needs extractor[pg]) or SQLite (sqlite:///path/to.db)")
    workers = p.add_mutually_exclusive_group()
    workers.add_argument("--jobs", type=_jobs, metavar="N",
                         help="worker processes (default: one per core, none for fewer than "
                              "32 documents); the output is the same for every N")
    workers.add_argument("--dask", metavar="ADDRESS",
                         help="run on the Dask cluster whose scheduler is at ADDRESS "
                              "(tcp://host:8786; needs extractor[dask])")
    p.add_argument("--no-progress", action="store_true",
                   help="no progress bar (shown only when standard error is a terminal)")
    p.add_argument("--model", metavar="NAME",
                   help="an installed spaCy model to add named-entity candidates (optional)")
    p.add_argument("--max-bytes", type=_max_bytes, metavar="N", default=DEFAULT_MAX_BYTES,
                   help="refuse an article (a file, or one JSON line) over N bytes, with one "
                        f"line on standard error (default {DEFAULT_MAX_BYTES:,}, 8 MiB)")

    e = sub.add_parser("eval", help="score extraction against gold fixtures",
                       description="Score the extractor on annotated fixtures (SPEC.md rules): "
                                   "per-field and overall precision, recall and F1, deal F1, "
                                   "and a diff per article.", epilog=EXAMPLES["eval"])
    e.add_argument("gold_dir", metavar="GOLD_DIR")
    e.add_argument("--json", action="store_true", help="machine-readable report")
    e.add_argument("--split", choices=("dev", "test", "all"), default="all")
    e.add_argument("--quiet", action="store_true", help="figures only, no per-article diff")
    e.add_argument("--check-floors", action="store_true",
                   help="exit 1 when a field's F1 is below its floor in GOLD_DIR/floors.json")
    e.add_argument("--update-floors", action="store_true",
                   help="raise the floors in GOLD_DIR/floors.json to the current figures")
    e.add_argument("--allow-regression", action="store_true",
                   help="with --update-floors, also lower floors")
    e.add_argument("--html", metavar="OUT",
                   help="also write a review page: gold and predicted deals side by side")

    s = sub.add_parser("show", help="write a review page of articles and their deals",
                       description="Write a self-contained HTML page: each article with its "
                                   "companies, amounts, dates and hardware highlighted and its "
                                   "deals as cards; hover or click a field to see its evidence.",
                       epilog=EXAMPLES["show"])
    s.add_argument("paths", nargs="+", metavar="ARTICLE")
    s.add_argument("--html", metavar="OUT", required=True, help="write the page here")
    s.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for articles that carry none")

    sub.add_parser("schema", help="print the JSON Schema of a deal record",
                   description="Print the JSON Schema of a deal record.",
                   epilog=EXAMPLES["schema"])
    return parser


# -- extract ------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import BatchError, Reporter, fingerprint, run
    from .sinks import open_sink

    reporter = Reporter(sys.stderr, bar=not args.no_progress and sys.stderr.isatty())
    try:
        sink = open_sink(fingerprint(args.published, args.model), sys.stdout, args.out,
                         args.sqlite, args.db)
    except BatchError as exc:
        reporter.say(str(exc))
        return 1
    completed = False
    try:
        run(args.paths, sink, reporter, _stdin(), args.published, args.model, args.jobs,
            args.dask, args.max_bytes)
        completed = True
    except BatchError as exc:
        reporter.say(str(exc))
        return 1
    finally:
        sink.close(completed)
    reporter.say(reporter.summary())
    return 1 if reporter.errors else 0


# -- eval -----------------------------------------------------------------------------------


def cmd_eval(args: argparse.Namespace) -> int:
    from .fixtures import check_floors, evaluate_dir, format_report, update_floors

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        print(f"extractor: {gold_dir}: not a folder of fixtures", file=sys.stderr)
        return 1
    result = evaluate_dir(gold_dir)
    if result.errors:
        for error in result.errors:
            print(f"extractor: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps(result.as_dict(args.split), indent=2, default=str))
    else:
        print(format_report(result, args.split, diffs=not args.quiet))
    status = 1 if result.errors else 0
    if args.html:
        from .review import ReviewItem, render

        items = [ReviewItem(a.doc, a.text, a.deals, a.published, a.gold, a.split)
                 for a in result.scored if args.split in ("all", a.split)]
        figures = {k: v for k, v in result.as_dict(args.split).items() if k != "differences"}
        page = render(items, title=f"extractor eval {gold_dir}", figures=figures)
        status = status or (0 if _write_page(args.html, page) else 1)
    if args.update_floors:
        message, ok = update_floors(gold_dir, result, args.allow_regression)
        print(message, file=sys.stderr)
        status = status or (0 if ok else 1)
    if args.check_floors:
        failures = check_floors(gold_dir, result)
        for failure in failures:
            print(f"extractor: below floor: {failure}", file=sys.stderr)
        status = status or (1 if failures else 0)
    return status


# -- show -----------------------------------------------------------------------------------


def _write_page(path: str, page: str) -> bool:
    """Write an HTML page atomically; one line on standard error when it cannot be."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".extractor-", suffix=".html",
                                   dir=os.path.dirname(os.path.abspath(path)))
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(page)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the page from others
        os.replace(tmp, path)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        print(f"extractor: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True


def cmd_show(args: argparse.Namespace) -> int:
    from .pipeline import extract
    from .review import ReviewItem, render

    items, failed = [], 0
    for article in iter_articles(args.paths, _stdin()):
        if isinstance(article, InputError):
            failed += 1
            print(f"extractor: {article}", file=sys.stderr)
            continue
        published = article.published or args.published
        try:
            deals = extract(article.text, published, article.doc_id)
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the page
            failed += 1
            print(f"extractor: {article.doc_id}: extraction failed "
                  f"({type(exc).__name__}: {exc})", file=sys.stderr)
            continue
        items.append(ReviewItem(article.doc_id, article.text, tuple(deals), published))
    if not _write_page(args.html, render(items, title="extractor show")):
        return 1
    print(f"extractor: {len(items)} documents written to {args.html}, {failed} errors",
          file=sys.stderr)
    return 1 if failed else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(deal_schema(), indent=2))
    return 0


def _stdin() -> TextIO | BinaryIO:
    """Standard input's bytes, which ``sources`` reads as JSON Lines in UTF-8 whatever the
    locale, line by line (a byte that is not UTF-8 read as U+FFFD, never an exception that
    would cost the other lines); standard input itself when it has no bytes (in tests)."""
    buffer = getattr(sys.stdin, "buffer", None)
    return sys.stdin if buffer is None else buffer


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = {"extract": cmd_extract, "eval": cmd_eval, "schema": cmd_schema,
               "show": cmd_show}[args.command]
    try:
        return command(args)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
