"""The command line: ``extractor extract``, ``extractor eval``, ``extractor schema``.

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
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator, TextIO

from . import __version__
from .records import deal_schema
from .sources import Article, InputError, iter_articles, parse_date

EXAMPLES = {
    "extract": "example: extractor extract corpus/ --published 2025-10-03 --out deals.jsonl",
    "eval": "example: extractor eval fixtures/ --split test --json",
    "schema": "example: extractor schema > deal.schema.json",
}


def _date(value: str) -> dt.date:
    parsed = parse_date(value)
    if parsed is None or len(value) != 10:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}")
    return parsed


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
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for articles that carry none")
    p.add_argument("--out", metavar="FILE", help="write JSON Lines here (atomically)")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1); output order is the same")
    p.add_argument("--model", metavar="NAME",
                   help="an installed spaCy model to add named-entity candidates (optional)")

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

    sub.add_parser("schema", help="print the JSON Schema of a deal record",
                   description="Print the JSON Schema of a deal record.",
                   epilog=EXAMPLES["schema"])
    return parser


# -- extract ------------------------------------------------------------------------------


def _extract_one(article: Article, published: dt.date | None,
                 model: str | None) -> tuple[str, list[str] | None, str | None]:
    from .pipeline import extract

    try:
        deals = extract(article.text, article.published or published, article.doc_id, model)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
        return article.doc_id, None, f"extraction failed ({type(exc).__name__}: {exc})"
    return article.doc_id, [d.model_dump_json() for d in deals], None


def _results(articles: Iterator[Article | InputError], published, model, jobs: int):
    if jobs <= 1:
        for item in articles:
            yield item if isinstance(item, InputError) else _extract_one(item, published, model)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window = []
        for item in articles:
            window.append(item if isinstance(item, InputError)
                          else pool.submit(_extract_one, item, published, model))
            if len(window) >= jobs * 8:
                first = window.pop(0)
                yield first if isinstance(first, InputError) else first.result()
        for item in window:
            yield item if isinstance(item, InputError) else item.result()


def _open_out(path: str | None) -> tuple[TextIO, str | None]:
    if path is None:
        return sys.stdout, None
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".extractor-", suffix=".jsonl", dir=folder)
    return os.fdopen(fd, "w", encoding="utf-8"), tmp


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        out, tmp = _open_out(args.out)
    except OSError as exc:
        print(f"extractor: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    failed = documents = deals = 0
    try:
        for result in _results(iter_articles(args.paths, sys.stdin), args.published,
                               args.model, max(1, args.jobs)):
            if isinstance(result, InputError):
                failed += 1
                print(f"extractor: {result}", file=sys.stderr)
                continue
            doc_id, lines, error = result
            if error:
                failed += 1
                print(f"extractor: {doc_id}: {error}", file=sys.stderr)
                continue
            documents += 1
            for line in lines:
                out.write(line + "\n")
                deals += 1
        if tmp:
            out.close()
            os.replace(tmp, args.out)
            tmp = None
    finally:
        if tmp:
            out.close()
            os.unlink(tmp)
    print(f"extractor: {documents} documents, {deals} deals, {failed} errors", file=sys.stderr)
    return 1 if failed else 0


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


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(deal_schema(), indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = {"extract": cmd_extract, "eval": cmd_eval, "schema": cmd_schema}[args.command]
    try:
        return command(args)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
