"""Sinks: JSON Lines files written atomically, SQLite and PostgreSQL tables, upserts, resumable
runs (killed with SIGKILL and run again), error rows.

The PostgreSQL tests need a server: they read its URL from ``EXTRACTOR_TEST_PG`` (``.ci/run``
starts one on loopback and sets it; ``. .ci/start-postgres`` does the same by hand) and skip
when it is not set.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor import batch
from extractor.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEAL = "Acme Corp said it agreed to acquire Widget Inc for 150 mln dlrs in cash.\n"
OTHER = "Microsoft signed a $9.7 billion contract with IREN for AI cloud capacity.\n"
PG = os.environ.get("EXTRACTOR_TEST_PG")
ORDER = {"documents": "id", "deals": "deal_id", "hardware": "deal_id, position"}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """30 corpus articles (text and HTML) in two folders."""
    root = tmp_path_factory.mktemp("articles")
    for i, path in enumerate(sorted(CORPUS.iterdir())[:30]):
        target = root / ("a" if i % 2 else "b") / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(path, target)
    return root


def sqlite_rows(db: Path) -> dict[str, list]:
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()
                for table, key in ORDER.items()}


def pg_connect():
    psycopg = pytest.importorskip("psycopg")
    return psycopg.connect(PG, autocommit=True)


def pg_rows() -> dict[str, list]:
    with pg_connect() as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()
                for table, key in ORDER.items()}


def pg_reset() -> None:
    with pg_connect() as conn:
        conn.execute("DROP TABLE IF EXISTS hardware, deals, documents")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- JSON Lines ----------------------------------------------------------------------------------


def test_an_interrupted_run_leaves_the_out_file_as_it_was(monkeypatch, tmp_path, capsys):
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(DEAL, encoding="utf-8")
    out = tmp_path / "deals.jsonl"
    out.write_text("earlier\n", encoding="utf-8")
    real = batch.process

    def interrupted(doc, *args):
        if doc.doc_id == "c.txt":
            raise KeyboardInterrupt
        return real(doc, *args)

    monkeypatch.setattr(batch, "process", interrupted)
    assert main(["extract", str(tmp_path), "--out", str(out), "--jobs", "1"]) == 130
    assert out.read_text(encoding="utf-8") == "earlier\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".extractor-")]


def test_one_sink_at_a_time(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path), "--out", "x.jsonl", "--sqlite", "x.db"])
    assert exc.value.code == 2


def test_a_database_url_of_another_kind_is_one_line(tmp_path, capsys):
    code, out, err = run(capsys, "extract", str(tmp_path), "--db", "mysql://localhost/x")
    assert code == 1 and out == ""
    assert err == "extractor: --db takes postgresql://... or sqlite:///PATH, not " \
                  "'mysql://localhost/x'\n"


# -- SQLite --------------------------------------------------------------------------------------


def test_sqlite_tables_upserts_and_reruns(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(OTHER, encoding="utf-8")
    db = tmp_path / "deals.db"
    code, out, err = run(capsys, "extract", str(tmp_path / "in"), "--sqlite", str(db))
    assert code == 0 and out == ""  # nothing but records on stdout, and these go to the db
    first = sqlite_rows(db)
    assert [(d[0], d[5], d[7]) for d in first["documents"]] == [("a.txt", "ok", 1), ("b.txt", "ok", 1)]
    deals = {row[1]: row for row in first["deals"]}
    assert deals["a.txt"][2:8] == ("acquisition", "signed", "Acme", None, "Widget", 150e6)
    record = json.loads(deals["b.txt"][-1])
    assert (record["buyer"]["name"], record["seller"]["name"]) == ("Microsoft", "IREN")
    assert record["deal_id"] == deals["b.txt"][0]

    code, _, err = run(capsys, "extract", str(tmp_path / "in"), "--sqlite", str(db))
    assert code == 0 and "0 documents, 0 deals, 0 errors, 2 unchanged (skipped)" in err
    assert sqlite_rows(db) == first

    (tmp_path / "in" / "b.txt").write_text(DEAL, encoding="utf-8")  # changed: done again
    code, _, err = run(capsys, "extract", str(tmp_path / "in"), "--sqlite", str(db))
    assert "1 documents, 1 deals, 0 errors, 1 unchanged (skipped)" in err
    rows = sqlite_rows(db)
    assert [d[6] for d in rows["deals"] if d[1] == "b.txt"] == ["Widget"]  # old deal gone
    assert len(rows["deals"]) == 2


def test_hardware_rows(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(
        "Meta Platforms signed a $14.2 billion agreement with CoreWeave for AI cloud capacity "
        "running on Nvidia GB300 systems.\n", encoding="utf-8")
    db = tmp_path / "deals.db"
    assert run(capsys, "extract", str(tmp_path), "--db", f"sqlite:///{db}")[0] == 0
    hardware = sqlite_rows(db)["hardware"]
    assert [(h[1], h[2], h[4]) for h in hardware] == [(0, "Nvidia", "GB300")]


def test_bad_documents_become_error_rows_and_exit_1(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"\x00\x01\x02\x89PNG\x00\x00" * 100)
    (tmp_path / "in" / "b.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "in" / "c.jsonl").write_text('{"id": "c1"}\n', encoding="utf-8")
    db = tmp_path / "deals.db"
    code, _, err = run(capsys, "extract", str(tmp_path / "in"), str(tmp_path / "missing"),
                       "--sqlite", str(db))
    assert code == 1
    assert f"extractor: {tmp_path / 'in' / 'a.txt'}: binary data, not text" in err
    documents = {d[0]: (d[5], d[6]) for d in sqlite_rows(db)["documents"]}
    assert documents == {
        "a.txt": ("error", "binary data, not text"), "b.txt": ("ok", None),
        f"{tmp_path / 'in' / 'c.jsonl'}:1": ("error", 'a JSON Lines article needs a "text" string'),
        str(tmp_path / "missing"): ("error", "no such file or folder")}


# -- killed and run again ------------------------------------------------------------------------


def _killed(argv: list[str], count, at_least: int) -> None:
    """Start an extraction and SIGKILL it (and its workers) once ``count()`` reaches
    ``at_least`` documents."""
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", *argv],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and time.monotonic() < deadline and count() < at_least:
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"


def _sqlite_count(db: Path):
    def count() -> int:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            return 0
    return count


def _pg_count(conn) -> int:
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except Exception:  # noqa: BLE001 - no table yet
        return 0


def test_sqlite_killed_twice_then_resumed_has_the_rows_of_one_run(articles, tmp_path, capsys):
    reference = tmp_path / "reference.db"
    assert run(capsys, "extract", str(articles), "--sqlite", str(reference), "--jobs", "1")[0] == 0
    db = tmp_path / "resumed.db"
    _killed([str(articles), "--sqlite", str(db), "--jobs", "2"], _sqlite_count(db), 1)
    _killed([str(articles), "--sqlite", str(db), "--jobs", "1"], _sqlite_count(db), 15)
    done = _sqlite_count(db)()
    assert 1 <= done < 30
    code, _, err = run(capsys, "extract", str(articles), "--sqlite", str(db))
    assert code == 0 and f"{done} unchanged (skipped)" in err
    assert sqlite_rows(db) == sqlite_rows(reference)


def test_out_file_killed_mid_run_is_not_there(articles, tmp_path):
    out = tmp_path / "deals.jsonl"

    def started() -> int:
        temps = [p for p in tmp_path.iterdir() if p.name.startswith(".extractor-")]
        return int(bool(temps) and temps[0].stat().st_size > 0)

    _killed([str(articles), "--out", str(out), "--jobs", "1"], started, 1)
    assert not out.exists()


# -- PostgreSQL ----------------------------------------------------------------------------------


needs_pg = pytest.mark.skipif(not PG, reason="EXTRACTOR_TEST_PG (a PostgreSQL URL) is not set")


def _comparable(rows: dict[str, list]) -> dict[str, list]:
    """PostgreSQL rows as SQLite holds them: dates as text, records as parsed JSON."""
    documents = [tuple(v.isoformat() if hasattr(v, "isoformat") else v for v in row)
                 for row in rows["documents"]]
    deals = [(*row[:-1], row[-1] if isinstance(row[-1], dict) else json.loads(row[-1]))
             for row in rows["deals"]]
    return {"documents": documents, "deals": deals, "hardware": rows["hardware"]}


@needs_pg
def test_postgres_holds_what_sqlite_holds_and_reruns_change_nothing(articles, tmp_path, capsys):
    pg_reset()
    db = tmp_path / "deals.db"
    assert run(capsys, "extract", str(articles / "a"), "--sqlite", str(db), "--jobs", "1")[0] == 0
    code, out, _ = run(capsys, "extract", str(articles / "a"), "--db", PG, "--jobs", "1")
    assert code == 0 and out == ""
    first = pg_rows()
    assert _comparable(first) == _comparable(sqlite_rows(db))
    code, _, err = run(capsys, "extract", str(articles / "a"), "--db", PG, "--jobs", "1")
    assert code == 0 and "15 unchanged (skipped)" in err
    assert pg_rows() == first


@needs_pg
def test_postgres_killed_then_resumed_has_the_rows_of_one_run(articles, capsys):
    pg_reset()
    assert run(capsys, "extract", str(articles), "--db", PG, "--jobs", "1")[0] == 0
    reference = pg_rows()
    pg_reset()
    with pg_connect() as conn:
        _killed([str(articles), "--db", PG, "--jobs", "2"], lambda: _pg_count(conn), 5)
    code, _, err = run(capsys, "extract", str(articles), "--db", PG, "--jobs", "1")
    assert code == 0 and "unchanged (skipped)" in err
    assert pg_rows() == reference


@needs_pg
def test_postgres_error_rows(tmp_path, capsys):
    pg_reset()
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02\x89PNG\x00\x00" * 100)
    code, _, _ = run(capsys, "extract", str(tmp_path), "--db", PG)
    assert code == 1
    assert [(d[0], d[5], d[6]) for d in pg_rows()["documents"]] == [
        ("a.txt", "error", "binary data, not text")]
