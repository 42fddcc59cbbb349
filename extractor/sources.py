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
import io
import json
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, TextIO

from .text import DecodeError, decode_bytes, utf16_codec

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# The biggest article read by default, a file or one JSON line; nlp.MAX_CHARS is the most the
# pipeline takes.
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
UTF8 = frozenset({"utf-8", "utf_8", "utf-8-sig", "ascii"})
# The encoding of a JSON line with bytes that are not UTF-8, read as U+FFFD.
UTF8_REPLACED = "utf-8 with invalid bytes replaced"
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


def _jsonl_record(line: str, source: str, number: int,
                  encoding: str) -> Document | InputError | None:
    """The article of line ``number`` of JSON Lines ``source`` (None for a blank line)."""
    where = f"{source}:{number}"
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return InputError(where, 'a JSON Lines article needs a "text" string')
    doc_id = obj.get("id")
    published = parse_date(obj.get("published"))
    return Document(str(doc_id) if doc_id is not None else where, where, source,
                    record_sha256(obj["text"], published), text=obj["text"],
                    published=published, encoding=encoding)


def _jsonl_records(lines: Iterable[str], source: str, encoding: str = "utf-8",
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """The articles of JSON lines already decoded (UTF-16 files, text streams)."""
    for number, line in enumerate(lines, 1):
        if len(line) * 4 > max_bytes:  # a UTF-8 character is at most 4 bytes
            size = len(line.rstrip("\r\n").encode("utf-8", errors="surrogatepass"))
            if size > max_bytes:
                yield InputError(f"{source}:{number}", too_big(size, max_bytes))
                continue
        record = _jsonl_record(line, source, number, encoding)
        if record is not None:
            yield record


def _utf8_jsonl(stream: BinaryIO, source: str,
                max_bytes: int) -> Iterator[Document | InputError]:
    """The articles of JSON Lines bytes. JSON is UTF-8 (RFC 8259): each line is decoded on
    its own, and a line with bytes that are not UTF-8 reads them as U+FFFD (its encoding
    says so) without costing the other lines theirs."""
    for number, line in enumerate(_byte_lines(stream, max_bytes), 1):
        if isinstance(line, int):
            yield InputError(f"{source}:{number}", too_big(line, max_bytes))
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            text, encoding = line.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = line.decode("utf-8", errors="replace"), UTF8_REPLACED
        record = _jsonl_record(text, source, number, encoding)
        if record is not None:
            yield record


def _byte_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | int]:
    """The lines of a binary stream without their line ends; a line over ``max_bytes`` is
    not kept (nor read whole): its size comes instead."""
    while True:
        line = stream.readline(max_bytes + 2)  # room for "\r\n"
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            end = 2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0
            yield line[:len(line) - end] if len(line) - end <= max_bytes else len(line) - end
            continue
        size, last = len(line), line
        while not last.endswith(b"\n"):
            chunk = stream.readline(1 << 20)
            if not chunk:
                break
            size, last = size + len(chunk), last[-1:] + chunk
        yield size - (2 if last.endswith(b"\r\n") else 1 if last.endswith(b"\n") else 0)


def _jsonl_file(file: Path, max_bytes: int) -> Iterator[Document | InputError]:
    """A JSON Lines file's articles, line by line: UTF-8, or UTF-16 by its byte-order mark or
    zeros."""
    _regular_size(file)
    with file.open("rb") as stream:
        head = stream.read(4096)
        stream.seek(0)
        codec = utf16_codec(head)
        if codec:
            text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline="\n")
            yield from _jsonl_records(text, str(file), codec, max_bytes)
        elif b"\x00" in head:
            raise DecodeError("binary data, not text")
        else:
            yield from _utf8_jsonl(stream, str(file), max_bytes)


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


def iter_documents(inputs: Iterable[str], stdin: TextIO | BinaryIO | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Documents from command-line inputs, in order. ``doc_id`` is the JSONL ``id``, else the
    path relative to the folder given on the command line (or the path as given or matched)."""
    return read_plan(plan(inputs), stdin, max_bytes)


def read_plan(entries: list[tuple[str, Path | None, str]], stdin: TextIO | BinaryIO | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """The documents of a ``plan``, in order."""
    for given, file, doc_id in entries:
        if given == "-":
            if isinstance(stdin, io.BufferedIOBase):
                yield from _utf8_jsonl(stdin, "<stdin>", max_bytes)
            elif stdin is not None:
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


def iter_articles(inputs: Iterable[str], stdin: TextIO | BinaryIO | None = None,
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
