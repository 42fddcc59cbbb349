"""The evaluation gate: no field's F1 on the fixtures may fall below its pinned floor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.fixtures import EvalResult, check_floors, evaluate_dir, load_floors, update_floors
from extractor.evaluate import Tally

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def result() -> EvalResult:
    return evaluate_dir(FIXTURES)


def test_every_fixture_was_scored(result):
    assert result.errors == []
    assert result.articles["dev"] > 0 and result.articles["test"] > 0


def test_floors_exist_for_every_field_and_split():
    floors = load_floors(FIXTURES)
    assert set(floors) == {"dev", "test", "all"}
    assert {"buyer", "seller", "value", "slot", "deals"} <= set(floors["test"])


def test_no_field_below_its_floor(result):
    assert check_floors(FIXTURES, result) == []


def _result_with(tp: int, fn: int) -> EvalResult:
    r = EvalResult()
    for split in ("dev", "test", "all"):
        r.tallies[split] = Tally()
        r.tallies[split].tp["buyer"] = tp
        r.tallies[split].fn["buyer"] = fn
    return r


def test_update_floors_raises_and_refuses_to_lower(tmp_path):
    ok_message, ok = update_floors(tmp_path, _result_with(9, 1))
    assert ok
    high = load_floors(tmp_path)["test"]["buyer"]
    message, ok = update_floors(tmp_path, _result_with(5, 5))
    assert not ok and "refusing to lower" in message
    assert load_floors(tmp_path)["test"]["buyer"] == high
    message, ok = update_floors(tmp_path, _result_with(5, 5), allow_regression=True)
    assert ok and load_floors(tmp_path)["test"]["buyer"] < high


def test_check_floors_names_the_field(tmp_path):
    (tmp_path / "floors.json").write_text(json.dumps({"test": {"buyer": 0.99}}), encoding="utf-8")
    (failure,) = check_floors(tmp_path, _result_with(1, 1))
    assert failure.startswith("test/buyer: F1 0.667 < floor 0.990")
