"""Every gold fixture validates against the record models and against its article."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.records import Fixture
from extractor.sources import read_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FILES = sorted(p for p in FIXTURES.glob("*.json") if p.name != "floors.json")


def _mentions(deal: dict):
    for role in ("buyer", "seller", "target"):
        if deal.get(role):
            yield role, deal[role]["mention"]
    for key in ("value", "term", "announced", "capacity"):
        if deal.get(key) and deal[key].get("text"):
            yield key, deal[key]["text"]
    for hw in deal.get("hardware") or []:
        yield "hardware", hw["text"]
    if deal.get("location"):
        yield "location", deal["location"]


def test_there_are_fixtures():
    assert len(FILES) >= 6


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_fixture_is_valid(path: Path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    fixture = Fixture.model_validate(raw)
    article_path = (path.parent / fixture.article).resolve()
    assert article_path.is_file(), f"{path.name}: article {fixture.article} is missing"
    assert article_path.stem == path.stem, "a fixture is named like its article"
    text = read_article(article_path).text
    for deal in raw["deals"]:
        for role, mention in _mentions(deal):
            assert mention in text, f"{path.name}: {role} {mention!r} does not occur in the article"
        for role in ("buyer", "seller", "target"):
            span = (deal.get(role) or {}).get("span")
            if span:
                assert text[span[0]:span[1]] == deal[role]["mention"]
