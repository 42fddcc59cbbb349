"""Batch runs: every kind of input, identical output for any number of workers and on a Dask
cluster, errors that never stop a batch, progress on a terminal."""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import batch
from extractor.batch import Reporter, Result, extract_partition
from extractor.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEAL = "Acme Corp said it agreed to acquire Widget Inc for 150 mln dlrs in cash.\n"
OTHER = "Microsoft signed a $9.7 billion contract with IREN for AI cloud capacity.\n"
PAGE = """<html><head><meta property="article:published_time" content="2025-11-05T08:00:00Z">
<title>IREN wins Microsoft deal</title></head><body><nav>Home | Markets | Tech</nav>
<article><h1>IREN wins Microsoft deal</h1>
<p>Microsoft signed a $9.7 billion contract with IREN on Monday for AI cloud capacity, the
companies said. The five-year agreement gives Microsoft access to Nvidia GB300 systems.</p>
<p>IREN will deploy the capacity at its campus in Childress, Texas, in phases through 2026.</p>
</article><footer>Copyright 2025</footer></body></html>"""


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Half the corpus (text and HTML) in nested folders, plus a JSON Lines file: 48 articles."""
    root = tmp_path_factory.mktemp("articles")
    for i, path in enumerate(sorted(CORPUS.iterdir())[::2]):
        target = root / f"part{i % 3}" / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(path, target)
    lines = [json.dumps({"id": f"j{i}", "text": DEAL, "published": "1987-03-02"})
             for i in range(6)]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_two_workers_write_exactly_what_one_does(folder, capsys):
    code1, one, err1 = run(capsys, "extract", str(folder), "--jobs", "1")
    code2, two, err2 = run(capsys, "extract", str(folder), "--jobs", "2")
    assert code1 == code2 == 0
    assert one == two  # byte for byte, in the same order
    ids = [json.loads(line)["doc_id"] for line in one.splitlines()]
    assert ids[0].startswith("part0/") and ids[-1] == "j5" and len(ids) > 40
    assert "0 errors" in err1 and "0 errors" in err2


def test_small_batches_run_in_this_process(monkeypatch, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    monkeypatch.setattr(batch, "_Workers", None)  # starting workers would fail
    code, out, _ = run(capsys, "extract", str(tmp_path))
    assert code == 0 and len(out.splitlines()) == 1


def test_glob_patterns_match_sorted_like_the_shell(tmp_path, capsys):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "z.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "a" / "x.png").write_bytes(b"\x89PNG")
    code, out, _ = run(capsys, "extract", str(tmp_path / "**" / "*.txt"))
    assert code == 0
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == [
        str(tmp_path / "a" / "b" / "z.txt"), str(tmp_path / "a" / "y.txt")]
    code, out, err = run(capsys, "extract", str(tmp_path / "*.html"))
    assert code == 1 and out == ""
    assert f"extractor: {tmp_path / '*.html'}: no files match" in err


def test_html_text_and_publication_date(tmp_path, capsys):
    (tmp_path / "iren.html").write_text(PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path / "iren.html"))
    record = json.loads(out.splitlines()[0])
    assert code == 0
    assert (record["buyer"]["name"], record["seller"]["name"]) == ("Microsoft", "IREN")
    assert record["announced"]["date"] == "2025-11-03"  # Monday before 2025-11-05


def test_html_dates_in_the_body_are_not_the_publication_date(tmp_path, capsys):
    page = PAGE.replace('<meta property="article:published_time" content="2025-11-05T08:00:00Z">',
                        "").replace("</h1>", "</h1><p>Updated March 3, 2024.</p>")
    (tmp_path / "iren.html").write_text(page, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path / "iren.html"))
    record = json.loads(out.splitlines()[0])
    assert code == 0 and record["announced"] == {"date": None, "text": "Monday",
                                                 "span": record["announced"]["span"]}


def test_an_encoding_other_than_utf8_is_reported(tmp_path, capsys):
    text = "Acme Corp said it agreed to acquire Widget Inc for 150 mln dlrs \u2013 in cash, " \
           "the company\u2019s chairman said on Thursday in Z\u00fcrich.\n"
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    code, out, err = run(capsys, "extract", str(tmp_path / "latin.txt"))
    assert code == 0 and len(out.splitlines()) == 1
    lines = [line for line in err.splitlines() if "not UTF-8" in line]
    assert len(lines) == 1
    assert lines[0].startswith(f"extractor: {tmp_path / 'latin.txt'}: not UTF-8, read as cp")


def test_a_failing_document_is_one_line_and_the_batch_goes_on(monkeypatch, tmp_path, capsys):
    from extractor import pipeline

    real = pipeline.extract

    def fragile(text, *args, **kwargs):
        if "Widget" in text:
            raise RecursionError("too deep")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract", fragile)
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path), "--jobs", "1")
    assert code == 1 and len(out.splitlines()) == 1
    assert f"extractor: {tmp_path / 'a.txt'}: extraction failed (RecursionError: too deep)" in err
    assert "1 documents, 1 deals, 1 errors" in err and "Traceback" not in err


def test_a_dead_worker_costs_its_document_only():
    """A pool whose worker died: the chunk is retried one document at a time on fresh workers,
    the other pending chunks are resubmitted, and only the culprit becomes an error."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    def doc(name):
        return batch.Document(name, name, name, "sha", text=DEAL)

    class Pool:
        restarts = 0

        def submit(self, chunk):
            future = Future()
            if any(d.doc_id == "bad" for d in chunk) or (Pool.restarts == 0 and
                                                          chunk[0].doc_id != "a"):
                future.set_exception(BrokenProcessPool("died"))
            else:
                future.set_result([Result(d.doc_id, d.source, lines=("{}",)) for d in chunk])
            return future

    pool = Pool()
    workers = batch._Workers.__new__(batch._Workers)
    workers.submit = pool.submit
    workers._restart = lambda: setattr(Pool, "restarts", Pool.restarts + 1)
    chunks = iter([[doc("a")], [doc("b"), doc("bad")], [doc("c")], [doc("d")]])
    results = list(batch._ordered(workers.submit, chunks, 3, workers.recover))
    assert [(r.doc_id, r.error) for r in results] == [
        ("a", None), ("b", None), ("bad", "the worker process died while extracting"),
        ("c", None), ("d", None)]


def test_progress_line_and_summary():
    stream = io.StringIO()
    reporter = Reporter(stream, total=4, bar=True)
    reporter.result(Result("a", "a", lines=("{}", "{}")))
    reporter._first = (reporter.started, 0)
    reporter.result(Result("b", "b", error="binary data, not text"))
    reporter.skip()
    line = reporter.line(reporter.started + 3)
    assert line.startswith("[###############.....]  75% 3/4 docs | 2 deals | 1 errors | 1.0 docs/s")
    assert line.endswith("| 0:01 left")
    assert reporter.summary().startswith("1 documents, 2 deals, 1 errors, 1 unchanged (skipped)")
    assert "extractor: b: binary data, not text" in stream.getvalue()


def test_progress_bar_on_a_terminal_and_only_records_on_stdout(folder, tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    main_fd, child_fd = pty.openpty()
    fcntl.ioctl(child_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 160, 0, 0))
    out = tmp_path / "out.jsonl"
    with out.open("w") as stdout:
        proc = subprocess.run([sys.executable, "-m", "extractor", "extract",
                               str(folder / "part1"), "--jobs", "1"], stdout=stdout,
                              stderr=child_fd, cwd=ROOT, timeout=120)
    os.close(child_fd)
    err = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(main_fd)
    assert proc.returncode == 0
    assert all(json.loads(line)["deal_id"] for line in out.read_text().splitlines())
    text = err.decode()
    assert "\r" in text and " docs | " in text and "docs/s" in text and " left" in text
    documents = len(list((folder / "part1").iterdir()))
    assert f"\r\x1b[Kextractor: {documents} documents, " in text  # the bar is cleared first


# -- Dask ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as local:
        yield local


def test_dask_cluster_writes_what_the_local_run_does(cluster, folder, capsys):
    _, local, _ = run(capsys, "extract", str(folder), "--jobs", "1")
    code, remote, err = run(capsys, "extract", str(folder), "--dask", cluster.scheduler_address)
    assert code == 0, err
    assert remote == local


def test_extract_partition_over_a_dask_bag_matches_the_cli(cluster, folder, capsys):
    import dask.bag as db
    from distributed import Client

    files = sorted(str(p) for p in (folder / "part2").iterdir())
    records = [json.dumps({"id": f"r{i}", "text": DEAL, "published": "1987-03-02"})
               for i in range(3)]
    (folder.parent / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    _, local, _ = run(capsys, "extract", *files, str(folder.parent / "records.jsonl"),
                      str(folder / "wire.jsonl"), "--jobs", "1")
    items = files + [json.loads(r) for r in records] + [str(folder / "wire.jsonl")]
    with Client(cluster):
        bag = db.from_sequence(items, npartitions=4).map_partitions(extract_partition)
        remote = bag.compute()
    assert [json.dumps(r, separators=(",", ":"), ensure_ascii=False) for r in remote] == \
        local.splitlines()


def test_extract_partition_logs_bad_items_and_goes_on(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    records = extract_partition([str(tmp_path / "missing.txt"), {"id": "x", "path":
                                 str(tmp_path / "a.txt")}, 42])
    assert [r["doc_id"] for r in records] == ["x"]
    assert "missing.txt: no such file or folder" in caplog.text
    assert "not a path or an article record" in caplog.text


def test_dask_address_out_of_reach_is_one_line(capsys, tmp_path):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, out, err = run(capsys, "extract", str(tmp_path), "--dask", "tcp://127.0.0.1:1")
    assert code == 1 and out == ""
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in err
