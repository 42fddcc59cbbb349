"""Inputs: text files, HTML files, JSON Lines, folders and standard input, read as articles.

This module and the CLI are the only ones that touch files. Each input yields ``Article``
values or ``InputError`` values (one per unreadable input), never an exception, so that one
bad file never costs the others their output.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .text import DecodeError, decode_bytes

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Article:
    doc_id: str
    text: str
    published: dt.date | None = None
    encoding: str = "utf-8"
    path: str | None = None


@dataclass(frozen=True, slots=True)
class InputError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def parse_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) to a date; None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def read_article(path: Path, doc_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One text or HTML file as an article. Raises OSError or ValueError with a clear reason."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(f"file is {size:,} bytes, over the limit of {max_bytes:,}")
    data = path.read_bytes()
    decoded = decode_bytes(data)
    doc_id = doc_id or str(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        from .html import html_to_article  # optional dependency-light import

        text, published = html_to_article(decoded.text)
        return Article(doc_id, text, published, decoded.encoding, str(path))
    return Article(doc_id, decoded.text, None, decoded.encoding, str(path))


def _jsonl_records(lines: Iterable[str], source: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(where, 'a JSON Lines article needs a "text" string')
            continue
        doc_id = obj.get("id")
        yield Article(str(doc_id) if doc_id is not None else where, obj["text"],
                      parse_date(obj.get("published")), "utf-8", source)


def _expand(root: Path) -> Iterator[Path]:
    """Supported files below a folder, recursively, in sorted order, without following
    symbolic links to folders (no loops)."""
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            yield from _expand(entry)
        elif entry.is_file() and entry.suffix.lower() in SUPPORTED:
            yield entry


def iter_articles(inputs: Iterable[str], stdin: TextIO | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles from command-line inputs, in order. ``doc_id`` is the JSONL ``id``, else the
    path relative to the folder given on the command line (or the path as given)."""
    for given in inputs:
        if given == "-":
            if stdin is not None:
                yield from _jsonl_records(stdin, "<stdin>")
            continue
        path = Path(given)
        if path.is_dir():
            files = [(f, f.relative_to(path).as_posix()) for f in _expand(path)]
        elif path.exists():
            files = [(path, given)]
        else:
            yield InputError(given, "no such file or folder")
            continue
        for file, doc_id in files:
            yield from _read_one(file, doc_id, max_bytes)


def _read_one(file: Path, doc_id: str, max_bytes: int) -> Iterator[Article | InputError]:
    suffix = file.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            data = file.read_bytes()
            yield from _jsonl_records(decode_bytes(data).text.splitlines(), str(file))
        else:
            yield read_article(file, doc_id, max_bytes)
    except (DecodeError, ValueError) as exc:
        yield InputError(str(file), str(exc))
    except OSError as exc:
        yield InputError(str(file), exc.strerror or str(exc))
