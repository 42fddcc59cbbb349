"""Batch runs: documents to results, in order, on this process, on worker processes or on a
Dask cluster; progress on a terminal; resumable writes to a sink.

The unit of work is a ``sources.Document`` (a file's bytes or a JSON Lines article's text,
small to send) and the answer a ``Result`` (the deal records as JSON lines, or an error).
Workers decode, parse HTML and extract; the calling process only reads files, hashes them,
and writes results in input order, so that every way of running gives the same output, byte
for byte.

``extract_partition`` is the same work as a plain function over an iterable of paths or
records, for ``dask.bag.Bag.map_partitions`` and Spark's ``RDD.mapPartitions``.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from . import __version__
from .sources import (DEFAULT_MAX_BYTES, Document, InputError, count_documents, is_utf8, load,
                      parse_date, plan, read_plan, record_sha256)

log = logging.getLogger("extractor")

_SMALL_BATCH = 32       # fewer documents than this: workers cost more than they save
_MAX_CHUNK_DOCS = 8
_MAX_CHUNK_BYTES = 1 << 20
_WARM_UP = "Acme Corp agreed to acquire Widget Inc for $5 million on Monday."


class BatchError(Exception):
    """A run that cannot go on (a sink or a cluster out of reach): one clear line."""


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one document: its deal records as JSON lines, or an error."""

    doc_id: str
    source: str
    path: str | None = None
    sha256: str | None = None
    lines: tuple[str, ...] = ()
    error: str | None = None
    encoding: str | None = None
    published: str | None = None


def fingerprint(published: dt.date | None, model: str | None) -> dict:
    """The settings a stored result depends on besides the document's content."""
    return {"extractor": __version__,
            "published": published.isoformat() if published else None, "model": model}


# -- the work ---------------------------------------------------------------------------------


def process(doc: Document | Result, published: dt.date | None = None,
            model: str | None = None) -> Result:
    """Decode, parse and extract one document. Never raises: failures become error results."""
    if isinstance(doc, Result):
        return doc
    try:
        article = load(doc)
    except ValueError as exc:
        return Result(doc.doc_id, doc.source, doc.path, doc.sha256, error=str(exc))
    reference = article.published or published
    try:
        from .pipeline import extract

        deals = extract(article.text, reference, article.doc_id, model)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
        return Result(doc.doc_id, doc.source, doc.path, doc.sha256, encoding=article.encoding,
                      error=f"extraction failed ({type(exc).__name__}: {exc})")
    return Result(doc.doc_id, doc.source, doc.path, doc.sha256,
                  tuple(d.model_dump_json() for d in deals), None, article.encoding,
                  reference.isoformat() if reference else None)


def process_chunk(docs: list[Document | Result], published: dt.date | None = None,
                  model: str | None = None) -> list[Result]:
    return [process(doc, published, model) for doc in docs]


def _init_worker(model: str | None, parent: int) -> None:
    """Once per worker process: exit when the parent process is gone (killed, even with
    SIGKILL), and build the spaCy pipeline."""
    threading.Thread(target=_watch, args=(parent,), name="extractor-watch", daemon=True).start()
    try:
        from .pipeline import extract

        extract(_WARM_UP, None, "-", model)
    except Exception:  # noqa: BLE001 - a broken pipeline shows in every document's result
        pass


def _watch(parent: int) -> None:
    while _alive(parent):
        time.sleep(0.5)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed parent not yet reaped is a zombie: gone all the same
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _chunks(items: Iterable[Document | Result], jobs: int) -> Iterator[list]:
    """Chunks of documents for workers: one document each at first, so that every worker
    starts at once, then growing up to 8 documents or 1 MiB."""
    chunk: list = []
    size = count = 0
    for item in items:
        chunk.append(item)
        size += len(item.data or b"") + len(item.text or "") if isinstance(item, Document) else 0
        if len(chunk) >= min(_MAX_CHUNK_DOCS, 1 + count // max(1, jobs)) \
                or size >= _MAX_CHUNK_BYTES:
            yield chunk
            chunk, size, count = [], 0, count + 1
    if chunk:
        yield chunk


def _ordered(submit: Callable, chunks: Iterator[list], window: int,
             recover: Callable | None = None) -> Iterator[Result]:
    """Results of ``submit(chunk)`` futures in submission order, at most ``window`` pending.
    When a worker process dies, ``recover(chunk, pending)`` answers for the chunk."""
    pending: deque = deque()

    def first() -> list[Result]:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            if recover is None:
                raise
            return recover(chunk, pending)
        except Exception as exc:  # noqa: BLE001 - a lost chunk costs its documents only
            return [_failed(d, f"worker failed ({type(exc).__name__}: {exc})") for d in chunk]

    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            yield from first()
    while pending:
        yield from first()


def _failed(doc: Document | Result, reason: str) -> Result:
    return doc if isinstance(doc, Result) else \
        Result(doc.doc_id, doc.source, doc.path, doc.sha256, error=reason)


def _context():
    """Worker processes start from a fork server (safe in a process that runs threads). The
    server imports the pipeline's modules once and every worker is forked from it, so no
    worker spends its first two seconds importing spaCy and the lexicons again."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["extractor.pipeline"])
    return context


class _Workers:
    """A pool of worker processes that outlives the death of one (a document that crashes
    the interpreter or exhausts memory becomes an error result, the others go on)."""

    def __init__(self, jobs: int, published: dt.date | None, model: str | None):
        self.jobs, self.published, self.model = jobs, published, model
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context(),
                                   initializer=_init_worker, initargs=(self.model, os.getpid()))

    def submit(self, chunk: list):
        return self.pool.submit(process_chunk, chunk, self.published, self.model)

    def recover(self, chunk: list, pending: deque) -> list[Result]:
        """Run the chunk's documents one at a time on fresh workers, then resubmit the
        chunks still pending (their futures died with the pool)."""
        self._restart()
        results = []
        for doc in chunk:
            try:
                results.extend(self.submit([doc]).result())
            except BrokenProcessPool:
                self._restart()
                results.append(_failed(doc, "the worker process died while extracting"))
        for i, (waiting, _) in enumerate(pending):
            pending[i] = (waiting, self.submit(waiting))
        return results

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def run_local(items: Iterable[Document | Result], jobs: int, published: dt.date | None = None,
              model: str | None = None, auto: bool = False) -> Iterator[Result]:
    """Results in input order, on ``jobs`` worker processes (this process when 1). With
    ``auto``, a batch of fewer than 32 documents runs here: starting workers would cost more."""
    items = iter(items)
    if auto and jobs > 1:
        head = list(islice(items, _SMALL_BATCH))
        if len(head) < _SMALL_BATCH:
            jobs = 1
        items = chain(head, items)
    if jobs <= 1:
        for item in items:
            yield process(item, published, model)
        return
    workers = _Workers(jobs, published, model)
    try:
        yield from _ordered(workers.submit, _chunks(items, jobs), jobs * 4, workers.recover)
    finally:
        workers.close()


def run_dask(items: Iterable[Document | Result], address: str,
             published: dt.date | None = None, model: str | None = None) -> Iterator[Result]:
    """Results in input order, computed on the Dask cluster at ``address`` (the workers need
    ``extractor`` installed; documents are sent to them, so they need not share files)."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise BatchError("--dask needs dask.distributed: pip install 'extractor[dask]'") from exc
    try:
        client = Client(address)
    except (OSError, TimeoutError, ValueError) as exc:
        raise BatchError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        workers = max(1, sum(client.nthreads().values()))
        yield from _ordered(
            lambda chunk: client.submit(process_chunk, chunk, published, model, pure=False),
            _chunks(items, workers), workers * 4)


# -- a function for Dask bags and Spark ------------------------------------------------------


def _as_documents(item) -> Iterator[Document | Result]:
    """A path, a ``{"id", "path"}`` or ``{"id", "text", "published"}`` dict, or a Document,
    as documents (a JSON Lines file holds several)."""
    if isinstance(item, (Document, Result)):
        yield item
        return
    if isinstance(item, (str, Path)):
        item = {"path": str(item)}
    if not isinstance(item, dict):
        yield Result(repr(item)[:80], repr(item)[:80], error="not a path or an article record")
        return
    if isinstance(item.get("text"), str):
        published = parse_date(item.get("published"))
        doc_id = str(item.get("id", "-"))
        yield Document(doc_id, doc_id, "<records>", record_sha256(item["text"], published),
                       text=item["text"], published=published)
        return
    path = str(item.get("path", ""))
    entry = (path, Path(path) if path and os.path.exists(path) else None,
             str(item.get("id") or path))
    for doc in read_plan([entry]):
        yield doc if isinstance(doc, Document) else Result(doc.source, doc.source,
                                                           error=doc.reason)


def extract_partition(items: Iterable, published: dt.date | str | None = None,
                      model: str | None = None) -> list[dict]:
    """Deal records (as dicts, the JSON Lines objects) of a partition of articles.

    ``items`` are paths of text, HTML or JSON Lines files (the ``doc_id`` of a text or HTML
    file is its path), ``{"id": ..., "path": ...}`` dicts (``sources.plan`` gives the ids a
    folder's files get on the command line), or JSON Lines articles as dicts (``{"id", "text",
    "published"}``).
    Use it as ``bag.map_partitions(extract_partition)`` in Dask or ``rdd.mapPartitions(
    extract_partition)`` in Spark; the records are those ``extractor extract`` writes for the
    same articles, in the same order. Documents that fail are logged and skipped.
    """
    if isinstance(published, str):
        published = parse_date(published)
    records: list[dict] = []
    for doc in chain.from_iterable(_as_documents(item) for item in items):
        result = process(doc, published, model)
        if result.error:
            log.warning("extractor: %s: %s", result.source, result.error)
        records.extend(json.loads(line) for line in result.lines)
    return records


# -- progress ---------------------------------------------------------------------------------


@dataclass
class Reporter:
    """Counts, diagnostics and (on a terminal) a progress bar, all on ``stream``."""

    stream: TextIO
    total: int | None = None
    bar: bool = False
    documents: int = 0
    deals: int = 0
    errors: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)
    _drawn: float = 0.0
    _first: tuple[float, int] | None = None
    _shown: bool = False
    _noted: set = field(default_factory=set)

    def say(self, message: str) -> None:
        self._clear()
        print(f"extractor: {message}", file=self.stream, flush=True)

    def result(self, result: Result) -> None:
        if result.encoding and not is_utf8(result.encoding) and result.path not in self._noted:
            self._noted.add(result.path)
            self.say(f"{result.path}: not UTF-8, read as {result.encoding}")
        if result.error:
            self.errors += 1
            self.say(f"{result.source}: {result.error}")
        else:
            self.documents += 1
            self.deals += len(result.lines)
        self._tick()

    def skip(self) -> None:
        self.skipped += 1
        self._tick()

    def _done(self) -> int:
        return self.documents + self.errors + self.skipped

    def _tick(self) -> None:
        now = time.monotonic()
        if self._first is None:
            self._first = (now, self._done())
        if self.bar and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The progress bar's text. The rate counts from the first document done, so that
        starting the workers does not make it look slow."""
        now = now or time.monotonic()
        done = self._done()
        since, before = self._first or (self.started, 0)
        rate = (done - before) / (now - since) if done > before and now > since else 0.0
        counts = f"{done:,}" + (f"/{self.total:,}" if self.total else "") + " docs"
        bar = left = ""
        if self.total:
            filled = int(20 * min(done, self.total) / self.total)
            bar = f"[{'#' * filled}{'.' * (20 - filled)}] {100 * done // self.total:3d}% "
            if rate > 0:
                left = f" | {_clock(max(0, self.total - done) / rate)} left"
        return (f"{bar}{counts} | {self.deals:,} deals | {self.errors:,} errors"
                f" | {rate:,.1f} docs/s{left}")

    def _draw(self, now: float) -> None:
        try:
            width = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            width = 0
        line = self.line(now)
        if len(line) >= (width or 100):
            line = line[line.index("] ") + 2:] if line.startswith("[") else line
        self.stream.write("\r" + line[:max(20, (width or 100) - 1)] + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def _clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self._shown = False

    def summary(self) -> str:
        self._clear()
        seconds = time.monotonic() - self.started
        skipped = f", {self.skipped} unchanged (skipped)" if self.skipped else ""
        return (f"{self.documents} documents, {self.deals} deals, {self.errors} errors{skipped}"
                f" in {seconds:.1f} s")


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


# -- a whole run ------------------------------------------------------------------------------


def run(inputs: list[str], sink, reporter: Reporter, stdin: TextIO | None = None,
        published: dt.date | None = None, model: str | None = None, jobs: int | None = None,
        dask: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Reporter:
    """Extract every input into ``sink``, in input order, skipping documents the sink already
    holds with the same content and settings. ``jobs=None``: one worker per core, and none
    for a small batch."""
    entries = plan(inputs)
    if reporter.bar:
        reporter.total = count_documents(entries)
    done = sink.processed()

    def fresh() -> Iterator[Document | Result]:
        for doc in read_plan(entries, stdin, max_bytes):
            if isinstance(doc, InputError):
                yield Result(doc.source, doc.source, error=doc.reason)
            elif done.get(doc.doc_id) == doc.sha256:
                reporter.skip()
            else:
                yield doc

    if dask:
        results = run_dask(fresh(), dask, published, model)
    else:
        results = run_local(fresh(), jobs or default_jobs(), published, model, auto=jobs is None)
    for result in results:
        sink.write(result)
        reporter.result(result)
    return reporter


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
