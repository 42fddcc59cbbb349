"""Inputs: text files, HTML files, JSON Lines, folders, glob patterns and standard input.

This module, the sinks and the CLI are the only ones that touch files. Reading happens in two
steps so that batch runs can spread the expensive one over workers:

- ``iter_documents`` walks the inputs in order and yields a ``Document`` per article (the raw
  bytes of a text or HTML file, or the text of a JSON Lines record) with the SHA-256 of its
  content, or an ``InputError`` per unreadable input; never an exception, so that one bad file
  never costs the others their output;
- ``load`` turns a ``Document`` into an ``Article``: bytes decoded (UTF-8, else the detected
  encoding), HTML reduced to its article text and publication date.

``iter_articles`` does both, for callers that want articles directly.
"""
from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .text import DecodeError, decode_bytes

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# The biggest article read by default, a file or one JSON line; nlp.MAX_CHARS is the most the
# pipeline takes.
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
UTF8 = frozenset({"utf-8", "utf_8", "utf-8-sig", "ascii"})
_GLOB_CHARS = frozenset("*?[")


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


@dataclass(frozen=True, slots=True)
class Document:
    """One article as found, not yet decoded or analysed: small enough to send to a worker.

    ``data`` holds a text or HTML file's bytes; ``text`` a JSON Lines article's text. ``source``
    names it in messages (a path, or ``path:line``); ``path`` is the file it came from.
    """

    doc_id: str
    source: str
    path: str
    sha256: str
    data: bytes | None = None
    suffix: str = ".txt"
    text: str | None = None
    published: dt.date | None = None
    encoding: str | None = None


def parse_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) to a date; None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def is_utf8(encoding: str | None) -> bool:
    return encoding is None or encoding.lower().replace("_", "-") in UTF8


def read_article(path: Path, doc_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One text or HTML file as an article. Raises OSError or ValueError with a clear reason."""
    return load(_file_document(Path(path), doc_id or str(path), max_bytes))


def load(doc: Document) -> Article:
    """The article of a document: bytes decoded, HTML reduced to text and date. Raises
    ``ValueError`` (``DecodeError`` among them) with a clear reason."""
    if doc.text is not None:
        return Article(doc.doc_id, doc.text, doc.published, doc.encoding or "utf-8", doc.path)
    decoded = decode_bytes(doc.data or b"")
    if doc.suffix in HTML_SUFFIXES:
        from .html import html_to_article  # plain-text runs never import trafilatura

        text, published = html_to_article(decoded.text)
        return Article(doc.doc_id, text, published, decoded.encoding, doc.path)
    return Article(doc.doc_id, decoded.text, None, decoded.encoding, doc.path)


def _regular_size(path: Path) -> int:
    """The size of a regular file; anything else (a FIFO, a device) would block a read."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file (a FIFO, device or socket is not read)")
    return info.st_size


def _file_document(path: Path, doc_id: str, max_bytes: int) -> Document:
    size = _regular_size(path)
    if size > max_bytes:
        raise ValueError(too_big(size, max_bytes))
    data = path.read_bytes()
    return Document(doc_id, str(path), str(path), hashlib.sha256(data).hexdigest(), data=data,
                    suffix=path.suffix.lower())


def too_big(size: int, max_bytes: int) -> str:
    return f"article is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)"


def record_sha256(text: str, published: dt.date | None) -> str:
    """The content hash of a JSON Lines article: its text and publication date."""
    key = json.dumps([text, published.isoformat() if published else None], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()


def _jsonl_records(lines: Iterable[str], source: str, encoding: str = "utf-8",
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) * 4 > max_bytes:  # a UTF-8 character is at most 4 bytes
            size = len(line.rstrip("\r\n").encode("utf-8", errors="surrogatepass"))
            if size > max_bytes:
                yield InputError(where, too_big(size, max_bytes))
                continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(where, 'a JSON Lines article needs a "text" string')
            continue
        doc_id = obj.get("id")
        published = parse_date(obj.get("published"))
        yield Document(str(doc_id) if doc_id is not None else where, where, source,
                       record_sha256(obj["text"], published), text=obj["text"],
                       published=published, encoding=encoding)


def _jsonl_file(file: Path, max_bytes: int) -> Iterator[Document | InputError]:
    """A JSON Lines file's articles. Files up to ``max_bytes`` are decoded whole (any
    encoding); bigger ones are streamed as UTF-8, line by line."""
    if _regular_size(file) <= max_bytes:
        decoded = decode_bytes(file.read_bytes())
        yield from _jsonl_records(decoded.text.splitlines(), str(file), decoded.encoding,
                                  max_bytes)
        return
    with file.open("r", encoding="utf-8-sig", errors="replace", newline="\n") as stream:
        yield from _jsonl_records(stream, str(file), max_bytes=max_bytes)


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


def plan(inputs: Iterable[str]) -> list[tuple[str, Path | None, str]]:
    """Command-line inputs resolved to ``(given, file, doc_id)`` in reading order: folders
    expanded recursively in sorted order, glob patterns (``news/**/*.html``) to their sorted
    matches. ``file`` is None for ``-`` (standard input) and for inputs that do not exist."""
    entries: list[tuple[str, Path | None, str]] = []
    for given in inputs:
        path = Path(given)
        if given == "-" or path.exists():
            roots = [path] if given != "-" else []
        elif _GLOB_CHARS & set(given):
            roots = [Path(p) for p in sorted(glob.glob(given, recursive=True))]
        else:
            roots = []
        if not roots:
            entries.append((given, None, given))
        seen: set[Path] = set()  # a file that several matches of a pattern hold is read once
        for root in roots:
            if root.is_dir():
                found = [(given, f, f.relative_to(root).as_posix()) for f in _expand(root)]
            elif root.exists() and (root == path or root.suffix.lower() in SUPPORTED):
                found = [(given, root, str(root))]
            else:
                found = []
            entries.extend(e for e in found if e[1] not in seen)
            seen.update(e[1] for e in found)
    return entries


def count_documents(entries: list[tuple[str, Path | None, str]]) -> int | None:
    """How many articles ``entries`` hold (JSON Lines files by their lines), or None when
    standard input is among them."""
    total = 0
    for given, file, _ in entries:
        if given == "-":
            return None
        if file is None:
            total += 1
        elif file.suffix.lower() in JSONL_SUFFIXES:
            try:
                with file.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def iter_documents(inputs: Iterable[str], stdin: TextIO | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Documents from command-line inputs, in order. ``doc_id`` is the JSONL ``id``, else the
    path relative to the folder given on the command line (or the path as given or matched)."""
    return read_plan(plan(inputs), stdin, max_bytes)


def read_plan(entries: list[tuple[str, Path | None, str]], stdin: TextIO | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """The documents of a ``plan``, in order."""
    for given, file, doc_id in entries:
        if given == "-":
            if stdin is not None:
                yield from _jsonl_records(stdin, "<stdin>", max_bytes=max_bytes)
            continue
        if file is None:
            glob_like = bool(_GLOB_CHARS & set(given))
            yield InputError(given, "no files match" if glob_like else "no such file or folder")
            continue
        yield from _read_one(file, doc_id, max_bytes)


def _read_one(file: Path, doc_id: str, max_bytes: int) -> Iterator[Document | InputError]:
    try:
        if file.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_file(file, max_bytes)
        else:
            yield _file_document(file, doc_id, max_bytes)
    except (DecodeError, ValueError) as exc:
        yield InputError(str(file), str(exc))
    except OSError as exc:
        yield InputError(str(file), exc.strerror or str(exc))


def iter_articles(inputs: Iterable[str], stdin: TextIO | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles from command-line inputs, in order (``iter_documents`` then ``load``)."""
    for doc in iter_documents(inputs, stdin, max_bytes):
        if isinstance(doc, InputError):
            yield doc
            continue
        try:
            yield load(doc)
        except ValueError as exc:
            yield InputError(doc.source, str(exc))
