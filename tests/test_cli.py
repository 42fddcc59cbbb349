"""The command line: inputs of every kind, bad paths, exit codes, schema, eval."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import EXAMPLES, build_parser, main

ROOT = Path(__file__).resolve().parent.parent
DEAL = "Acme Corp said it agreed to acquire Widget Inc for 150 mln dlrs in cash.\n"
OTHER = "Microsoft signed a $9.7 billion contract with IREN for AI cloud capacity.\n"


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_extract_a_file(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    code, records, err = run(capsys, "extract", str(tmp_path / "a.txt"))
    assert code == 0
    assert [(r["buyer"]["name"], r["target"]["name"], r["value"]["amount"]) for r in records] == [
        ("Acme", "Widget", 150e6)]
    assert records[0]["doc_id"] == str(tmp_path / "a.txt")
    assert "1 documents, 1 deals, 0 errors" in err


def test_folder_recursive_sorted_with_relative_ids(tmp_path, capsys):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.md").write_text(DEAL, encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    code, records, _ = run(capsys, "extract", str(tmp_path))
    assert code == 0
    assert [r["doc_id"] for r in records] == ["a.md", "b/z.txt"]


def test_bad_path_is_one_line_and_status_1_while_others_are_written(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(DEAL, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, records, err = run(capsys, "extract", str(missing), str(tmp_path / "good.txt"))
    assert code == 1
    assert len(records) == 1
    lines = [line for line in err.splitlines() if "missing.txt" in line]
    assert lines == [f"extractor: {missing}: no such file or folder"]
    assert "Traceback" not in err


def test_binary_file_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02\x89PNG\x00\x00" * 100)
    (tmp_path / "b.txt").write_text(DEAL, encoding="utf-8")
    code, records, err = run(capsys, "extract", str(tmp_path))
    assert code == 1 and len(records) == 1
    assert "a.txt: binary data" in err


def test_jsonl_with_ids_dates_and_a_broken_line(tmp_path, capsys):
    lines = [json.dumps({"id": "x1", "text": OTHER, "published": "2025-11-03"}),
             "{not json",
             json.dumps({"id": "x2", "text": DEAL, "published": None}),
             json.dumps({"id": "x3"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, records, err = run(capsys, "extract", str(tmp_path / "in.jsonl"))
    assert code == 1
    assert [r["doc_id"] for r in records] == ["x1", "x2"]
    assert "in.jsonl:2: not valid JSON" in err
    assert 'in.jsonl:4: a JSON Lines article needs a "text" string' in err


def test_stdin(capsys, monkeypatch):
    line = json.dumps({"id": "s1", "text": DEAL}) + "\n"
    code, records, _ = run(capsys, "extract", "-", stdin=line, monkeypatch=monkeypatch)
    assert code == 0 and [r["doc_id"] for r in records] == ["s1"]


def test_stdin_lines_over_the_size_limit_cost_only_themselves(capsys, monkeypatch):
    lines = [json.dumps({"id": "s1", "text": DEAL}), json.dumps({"id": "s2", "text": DEAL * 20}),
             json.dumps({"id": "s3", "text": "\u20ac5 " * 200 + OTHER}, ensure_ascii=False),
             json.dumps({"id": "s4", "text": OTHER})]
    code, records, err = run(capsys, "extract", "--max-bytes", "1000", "-",
                             stdin="\n".join(lines) + "\n", monkeypatch=monkeypatch)
    assert code == 1 and [r["doc_id"] for r in records] == ["s1", "s4"]
    sizes = {2: len(lines[1]), 3: len(lines[2].encode("utf-8"))}  # bytes, not characters
    for number, size in sizes.items():
        assert (f"extractor: <stdin>:{number}: article is {size:,} bytes, over the limit of "
                f"1,000 (--max-bytes)") in err.splitlines()


def test_published_resolves_relative_dates(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(
        "Microsoft signed a $9.7 billion contract with IREN on Monday for AI cloud capacity.",
        encoding="utf-8")
    _, records, _ = run(capsys, "extract", str(tmp_path / "a.txt"), "--published", "2025-11-05")
    assert records[0]["announced"]["date"] == "2025-11-03"


def test_out_file_is_written_and_stdout_stays_empty(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    out = tmp_path / "deals.jsonl"
    code, records, _ = run(capsys, "extract", str(tmp_path / "a.txt"), "--out", str(out))
    assert code == 0 and records == []
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".extractor-")]


def test_jobs_give_the_same_output(tmp_path, capsys):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(DEAL if i % 2 else OTHER, encoding="utf-8")
    _, one, _ = run(capsys, "extract", str(tmp_path), "--jobs", "1")
    _, two, _ = run(capsys, "extract", str(tmp_path), "--jobs", "2")
    assert one == two and len(one) == 6


@pytest.mark.parametrize("argv", [["extract"], ["nonsense"], ["extract", "x", "--published", "2025-13-01"],
                                  ["extract", "x", "--published", "yesterday"], [],
                                  *[["extract", "x", "--max-bytes", bad]
                                    for bad in ("0", "-1", "1.5", "8M", "", "lots")]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_schema_is_the_record_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    for name in ("doc_id", "deal_id", "deal_type", "status", "buyer", "seller", "target", "value",
                 "term", "announced", "hardware", "capacity", "location", "evidence", "confidence"):
        assert name in schema["properties"]


def test_every_command_has_help_with_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(EXAMPLES)
    for name, command in sub.choices.items():
        assert command.epilog.startswith("example: extractor " + name)
        assert command.description


def test_eval_json_on_a_tiny_fixture_folder(tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "corpus" / "001_acme.txt").write_text(DEAL, encoding="utf-8")
    fixture = {"article": "../corpus/001_acme.txt", "published": None, "split": "test",
               "deals": [{"deal_type": "acquisition", "status": "signed",
                          "buyer": {"name": "Acme", "mention": "Acme Corp"},
                          "target": {"name": "Widget", "mention": "Widget Inc"},
                          "value": {"amount": 150000000, "currency": "USD", "qualifier": "exact",
                                    "text": "150 mln dlrs"}}]}
    (tmp_path / "fixtures" / "001_acme.json").write_text(json.dumps(fixture), encoding="utf-8")
    assert main(["eval", str(tmp_path / "fixtures"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["test"]["deals"]["f1"] == 1.0
    assert report["test"]["fields"]["buyer"]["tp"] == 1
    assert report["test"]["fields"]["value"]["f1"] == 1.0


def test_eval_of_a_missing_folder(capsys):
    assert main(["eval", "/nonexistent/fixtures"]) == 1
    assert "not a folder of fixtures" in capsys.readouterr().err


def test_python_dash_m_and_console_script_agree(tmp_path):
    (tmp_path / "a.txt").write_text(DEAL, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "extractor", "extract", str(tmp_path / "a.txt")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert json.loads(result.stdout.splitlines()[0])["target"]["name"] == "Widget"
