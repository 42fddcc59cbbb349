"""Where results go: JSON Lines (standard output, or a file written atomically), SQLite, or
PostgreSQL.

Every sink takes ``batch.Result`` values in input order (``write``) and is closed once
(``close(completed)``). The databases hold three tables:

- ``documents``: one row per document (``id``, ``path``, ``sha256``, ``published``,
  ``encoding``, ``status`` ``ok``/``error``, ``error``, ``deals``, ``extractor_version``,
  ``options``);
- ``deals``: one row per record, keyed by ``deal_id``, the main fields as columns and the whole
  record as JSON in ``record``;
- ``hardware``: one row per hardware item of a deal (``deal_id``, ``position``, ...).

A document's row, its deals and their hardware are written in one transaction, replacing what
an earlier run wrote for it, so that a run killed at any moment and run again ends with the
rows of an uninterrupted run. ``processed`` tells which documents are already there with the
same content hash and settings: a batch run skips those.
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from typing import Any, Protocol, TextIO

from .batch import BatchError, Result

DEAL_COLUMNS = ("deal_id", "doc_id", "deal_type", "status", "buyer", "seller", "target",
                "value_amount", "value_currency", "value_qualifier", "term_start", "term_end",
                "term_duration", "announced", "capacity_amount", "capacity_unit", "location",
                "confidence", "record")
DOCUMENT_COLUMNS = ("id", "path", "sha256", "published", "encoding", "status", "error", "deals",
                    "extractor_version", "options")
HARDWARE_COLUMNS = ("deal_id", "position", "vendor", "category", "model", "quantity", "text",
                    "span_start", "span_end")


class SinkError(BatchError):
    """A sink that cannot be opened or written: one clear line for the user."""


class Sink(Protocol):
    def processed(self) -> dict[str, str]: ...
    def write(self, result: Result) -> None: ...
    def close(self, completed: bool) -> None: ...


# -- JSON Lines -------------------------------------------------------------------------------


class JsonLinesSink:
    """Records as JSON Lines on a stream, or in a file that appears only when the run ends:
    written to a temporary file beside it, synced, then renamed over it."""

    def __init__(self, stream: TextIO | None = None, path: str | None = None):
        self.path, self._tmp = path, None
        if path is None:
            self.stream = stream
            return
        folder = os.path.dirname(os.path.abspath(path))
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=".extractor-", suffix=".jsonl", dir=folder)
        except OSError as exc:
            raise SinkError(f"cannot write {path}: {exc.strerror or exc}") from exc
        self.stream = os.fdopen(fd, "w", encoding="utf-8")

    def processed(self) -> dict[str, str]:
        return {}

    def write(self, result: Result) -> None:
        for line in result.lines:
            self.stream.write(line + "\n")

    def close(self, completed: bool) -> None:
        if self._tmp is None:
            self.stream.flush()
            return
        tmp, self._tmp = self._tmp, None
        try:
            if completed:
                self.stream.flush()
                os.fsync(self.stream.fileno())
            self.stream.close()
            if completed:
                os.replace(tmp, self.path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


# -- databases --------------------------------------------------------------------------------


def _schema(json_type: str, real: str, date: str) -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, published {date}, encoding TEXT,
            status TEXT NOT NULL, error TEXT, deals INTEGER NOT NULL DEFAULT 0,
            extractor_version TEXT NOT NULL, options TEXT NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS deals (
            deal_id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            deal_type TEXT NOT NULL, status TEXT, buyer TEXT, seller TEXT, target TEXT,
            value_amount {real}, value_currency TEXT, value_qualifier TEXT, term_start TEXT,
            term_end TEXT, term_duration TEXT, announced TEXT, capacity_amount {real},
            capacity_unit TEXT, location TEXT, confidence {real}, record {json_type} NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS deals_doc_id ON deals (doc_id)",
        f"""CREATE TABLE IF NOT EXISTS hardware (
            deal_id TEXT NOT NULL REFERENCES deals (deal_id) ON DELETE CASCADE,
            position INTEGER NOT NULL, vendor TEXT, category TEXT, model TEXT,
            quantity {real}, text TEXT, span_start INTEGER, span_end INTEGER,
            PRIMARY KEY (deal_id, position))""",
    ]


def _upsert(table: str, columns: tuple[str, ...], key: str, mark: str, cast: dict) -> str:
    values = ", ".join(mark + cast.get(c, "") for c in columns)
    keys = {k.strip() for k in key.split(",")}
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values}) "
            f"ON CONFLICT ({key}) DO UPDATE SET {updates}")


def deal_row(record: dict, line: str) -> tuple:
    """The ``deals`` columns of one record (``line`` is the record as JSON)."""
    def name(role):
        return (record.get(role) or {}).get("name")

    value, term = record.get("value") or {}, record.get("term") or {}
    capacity = record.get("capacity") or {}
    return (record["deal_id"], record["doc_id"], record["deal_type"], record.get("status"),
            name("buyer"), name("seller"), name("target"), value.get("amount"),
            value.get("currency"), value.get("qualifier"), term.get("start"), term.get("end"),
            term.get("duration"), (record.get("announced") or {}).get("date"),
            capacity.get("amount"), capacity.get("unit"), record.get("location"),
            record.get("confidence"), line)


def hardware_rows(record: dict) -> list[tuple]:
    return [(record["deal_id"], i, h.get("vendor"), h.get("category"), h.get("model"),
             h.get("quantity"), h.get("text"), *(h.get("span") or (None, None)))
            for i, h in enumerate(record.get("hardware") or [])]


class _SqlSink:
    """The tables and the per-document transaction, common to SQLite and PostgreSQL."""

    mark = "?"
    cast: dict[str, str] = {}
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, conn: Any, fingerprint: dict):
        self.conn = conn
        self.version = str(fingerprint.get("extractor"))
        self.options = json.dumps({k: v for k, v in sorted(fingerprint.items())
                                   if k != "extractor"})
        m = self.mark
        self._document = _upsert("documents", DOCUMENT_COLUMNS, "id", m, self.cast)
        self._deal = _upsert("deals", DEAL_COLUMNS, "deal_id", m, self.cast)
        self._hardware = _upsert("hardware", HARDWARE_COLUMNS, "deal_id, position", m, {})
        self._drop_hardware = (f"DELETE FROM hardware WHERE deal_id IN "
                               f"(SELECT deal_id FROM deals WHERE doc_id = {m})")
        self._drop_deals = f"DELETE FROM deals WHERE doc_id = {m}"
        self._drop_deal_hardware = f"DELETE FROM hardware WHERE deal_id = {m}"

    def processed(self) -> dict[str, str]:
        m = self.mark
        rows = self._query(f"SELECT id, sha256 FROM documents WHERE status = 'ok' AND "
                           f"extractor_version = {m} AND options = {m}",
                           (self.version, self.options))
        return {doc_id: sha for doc_id, sha in rows}

    def write(self, result: Result) -> None:
        status = "error" if result.error else "ok"
        document = (result.doc_id, result.path, result.sha256, self._date(result.published),
                    result.encoding, status, result.error, len(result.lines), self.version,
                    self.options)
        records = [(json.loads(line), line) for line in result.lines]
        try:
            self._write(document, result.doc_id, records)
        except self.errors as exc:
            raise SinkError(f"cannot write to the database: {exc}") from exc

    def _write(self, document: tuple, doc_id: str, records: list[tuple[dict, str]]) -> None:
        with self._transaction() as cur:
            cur.execute(self._document, document)
            cur.execute(self._drop_hardware, (doc_id,))
            cur.execute(self._drop_deals, (doc_id,))
            for record, line in records:
                cur.execute(self._deal, deal_row(record, line))
                cur.execute(self._drop_deal_hardware, (record["deal_id"],))
                rows = hardware_rows(record)
                if rows:
                    cur.executemany(self._hardware, rows)

    def _date(self, value: str | None):
        return value


class SqliteSink(_SqlSink):
    """The embedded default: a SQLite file, in WAL mode (a commit per document is cheap and
    survives the process being killed)."""

    def __init__(self, path: str, fingerprint: dict):
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            for statement in _schema("TEXT", "REAL", "TEXT"):
                conn.execute(statement)
        except sqlite3.Error as exc:
            raise SinkError(f"cannot open the SQLite database {path}: {exc}") from exc
        super().__init__(conn, fingerprint)

    def _query(self, sql: str, params: tuple) -> list:
        return self.conn.execute(sql, params).fetchall()

    def _transaction(self):
        return _SqliteTransaction(self.conn)

    def close(self, completed: bool) -> None:
        self.conn.close()


class _SqliteTransaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Cursor:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn.cursor()

    def __exit__(self, kind, exc, tb) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


class PostgresSink(_SqlSink):
    """The same tables in PostgreSQL (``record`` as ``jsonb``, ``published`` as ``date``),
    through psycopg (``pip install 'extractor[pg]'``)."""

    mark = "%s"
    cast = {"record": "::jsonb"}

    def __init__(self, dsn: str, fingerprint: dict):
        try:
            import psycopg
        except ImportError as exc:
            raise SinkError("--db postgresql://... needs psycopg: "
                            "pip install 'extractor[pg]'") from exc
        try:
            conn = psycopg.connect(dsn, autocommit=True)
            with conn.transaction():
                for statement in _schema("JSONB", "DOUBLE PRECISION", "DATE"):
                    conn.execute(statement)
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise SinkError(f"cannot use the PostgreSQL database: {reason}") from exc
        self.errors = (psycopg.Error,)
        super().__init__(conn, fingerprint)

    def _query(self, sql: str, params: tuple) -> list:
        return self.conn.execute(sql, params).fetchall()

    def _transaction(self):
        return _PgTransaction(self.conn)

    def _date(self, value: str | None):
        import datetime as dt

        return dt.date.fromisoformat(value) if value else None

    def close(self, completed: bool) -> None:
        self.conn.close()


class _PgTransaction:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        self._tx = self.conn.transaction()
        self._tx.__enter__()
        return self.conn.cursor()

    def __exit__(self, kind, exc, tb):
        return self._tx.__exit__(kind, exc, tb)


def open_sink(fingerprint: dict, stdout: TextIO, out: str | None = None,
              sqlite: str | None = None, db: str | None = None) -> Sink:
    """The sink the options name: ``--out FILE``, ``--sqlite DB``, ``--db URL``
    (``postgresql://...`` or ``sqlite:///path``), else JSON Lines on ``stdout``."""
    if db is not None:
        if db.startswith(("postgresql://", "postgres://")):
            return PostgresSink(db, fingerprint)
        if db.startswith("sqlite:///"):
            return SqliteSink(db[len("sqlite:///"):], fingerprint)
        raise SinkError(f"--db takes postgresql://... or sqlite:///PATH, not {db!r}")
    if sqlite is not None:
        return SqliteSink(sqlite, fingerprint)
    return JsonLinesSink(stdout, out)
