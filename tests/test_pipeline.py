"""The whole pipeline: the seed article's five deals, grounding of every value, stable ids."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractor import extract
from extractor.records import Deal
from extractor.sources import read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_58403997ce767272.txt"
CORPUS = sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".html"))


def _summary(d: Deal) -> tuple:
    name = lambda p: p.name if p else None  # noqa: E731
    return (d.deal_type, name(d.buyer), name(d.seller), d.value.amount if d.value else None)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside this checkout")
def test_seed_article_gives_exactly_its_five_deals():
    raw = SEED.read_text(encoding="utf-8")
    deals = extract(raw, dt.date(2025, 10, 3), "seed")
    assert sorted(map(_summary, deals), key=str) == sorted([
        ("cloud_capacity", "Meta Platforms", "CoreWeave", 21e9),
        ("cloud_capacity", "Meta Platforms", "CoreWeave", 14.2e9),
        ("data_center", "Meta Platforms", None, 10e9),
        ("chip_supply", "Meta Platforms", "Advanced Micro Devices", None),
        ("cloud_capacity", "Meta Platforms", "Google", 10e9),
    ], key=str)
    by_value = {d.value.amount if d.value else None: d for d in deals}
    first, earlier = by_value[21e9], by_value[14.2e9]
    assert (first.term.start, first.term.end, first.term.duration) == ("2027", "2032", "P6Y")
    assert earlier.term.end == "2031"
    assert {(h.vendor, h.category) for h in first.hardware} == {("Nvidia", "GPU")}
    assert {(h.vendor, h.category) for h in earlier.hardware} == {("Nvidia", "GPU")}
    assert by_value[10e9].location in ("Texas",) or any(d.location == "Texas" for d in deals)
    google = next(d for d in deals if d.seller and d.seller.name == "Google")
    assert google.status == "reported"
    assert {(h.vendor, h.category) for h in google.hardware} == {("Google", "TPU")}
    amd = next(d for d in deals if d.seller and d.seller.name == "Advanced Micro Devices")
    assert {h.vendor for h in amd.hardware} == {"AMD"}
    _assert_grounded(raw, deals)


def _grounded_values(deal: Deal):
    for role in (deal.buyer, deal.seller, deal.target):
        if role:
            yield role.mention, role.span
    for value in (deal.value, deal.term, deal.announced):
        if value:
            yield value.text, value.span
    for hw in deal.hardware:
        yield hw.text, hw.span
    if deal.capacity and deal.capacity.span:
        yield deal.capacity.text, deal.capacity.span


def _assert_grounded(raw: str, deals: list[Deal]) -> None:
    for deal in deals:
        for mention, (start, end) in _grounded_values(deal):
            assert 0 <= start <= end <= len(raw)
            assert raw[start:end] == mention
        for start, end in deal.evidence:
            assert 0 <= start < end <= len(raw)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_every_value_in_the_corpus_is_grounded_in_the_text_as_read(path):
    article = read_article(path)
    deals = extract(article.text, article.published or dt.date(2025, 6, 1), path.name)
    _assert_grounded(article.text, deals)
    for deal in deals:
        Deal.model_validate(deal.model_dump())


def test_same_input_same_output_and_ids():
    text = (ROOT / "corpus" / CORPUS[0].name).read_text(encoding="utf-8")
    first = [d.model_dump_json() for d in extract(text, dt.date(2025, 10, 1), "a")]
    second = [d.model_dump_json() for d in extract(text, dt.date(2025, 10, 1), "a")]
    assert first == second
    other_doc = [d.deal_id for d in extract(text, dt.date(2025, 10, 1), "b")]
    assert not set(other_doc) & {d.deal_id for d in extract(text, dt.date(2025, 10, 1), "a")}


def test_mojibake_does_not_break_a_company_name():
    raw = "Nebius\u0e42s board approved it. Microsoft agreed to pay Nebius $17.4 billion for GPU capacity."
    deals = extract(raw, dt.date(2025, 9, 9))
    assert [(d.buyer.name, d.seller.name.split()[0]) for d in deals] == [("Microsoft", "Nebius")]


def test_no_publication_date_leaves_relative_dates_unresolved():
    raw = "Microsoft signed a $9.7 billion contract with IREN on Monday for AI cloud capacity."
    (deal,) = extract(raw, None)
    assert deal.announced is not None and deal.announced.date is None
    assert deal.announced.text == "Monday"


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "$", "Inc.", "The company said.", "\u0e42\u0e42\u0e42", "$$$ 1,,, bn",
    "Acme Corp " * 200,
])
def test_odd_input_gives_no_error(text):
    assert isinstance(extract(text), list)
