"""SPEC.md's scoring rules, checked on small hand-made records."""
from __future__ import annotations

import pytest

from extractor.evaluate import Tally, fields_of, names_agree, report, score_article


@pytest.mark.parametrize("pred,gold,aliases,expected", [
    ("Meta", "Meta Platforms", (), True),
    ("Meta Platforms Inc.", "Meta Platforms", (), True),
    ("meta platforms", "Meta Platforms, Inc.", (), True),
    ("The Dixons Group PLC", "Dixons", (), True),
    ("AMD", "Advanced Micro Devices", (), False),
    ("AMD", "Advanced Micro Devices", ("AMD",), True),
    ("Google", "Alphabet", (), False),
    ("CoreWeave", "Core Scientific", (), False),
    ("Core", "Core Scientific", (), True),
    ("", "Meta", (), False),
    (None, "Meta", (), False),
    ("Inc.", "Acme Inc", (), False),
])
def test_names_agree(pred, gold, aliases, expected):
    assert names_agree(pred, gold, aliases) is expected


def deal(**kw):
    base = {"deal_type": "cloud_capacity", "hardware": []}
    base.update(kw)
    return base


def party(name, **kw):
    return {"name": name, "mention": name, **kw}


def money(amount, currency="USD"):
    return {"amount": amount, "currency": currency, "qualifier": "exact", "text": "x"}


def score(preds, golds):
    tally = Tally()
    diffs = score_article("doc", [fields_of(p) for p in preds], [fields_of(g) for g in golds], tally)
    return report(tally), diffs


def test_exact_match_is_all_true_positives():
    d = deal(buyer=party("Meta"), seller=party("CoreWeave"), value=money(21e9),
             term={"start": "2027", "end": "2032", "duration": "P6Y", "text": "x"},
             hardware=[{"vendor": "Nvidia", "category": "GPU", "text": "x"}])
    r, diffs = score([d], [d])
    assert r["deals"]["f1"] == 1.0 and r["slot"]["f1"] == 1.0 and diffs == []
    assert r["fields"]["hardware"]["tp"] == 1


def test_value_within_half_a_percent_and_same_currency():
    gold = deal(buyer=party("Meta"), value=money(21e9))
    r, _ = score([deal(buyer=party("Meta"), value=money(21.1e9))], [gold])
    assert r["fields"]["value"]["tp"] == 1
    r, _ = score([deal(buyer=party("Meta"), value=money(21.2e9))], [gold])
    assert r["fields"]["value"] == {**r["fields"]["value"], "tp": 0, "fp": 1, "fn": 1}
    r, _ = score([deal(buyer=party("Meta"), value=money(21e9, "EUR"))], [gold])
    assert r["fields"]["value"]["tp"] == 0


def test_pairing_needs_a_party_or_a_value_with_the_same_type():
    gold = deal(buyer=party("Meta"), value=money(10e9))
    r, diffs = score([deal(buyer=party("Oracle"), value=money(10e9), deal_type="investment")], [gold])
    assert r["deals"] == {**r["deals"], "tp": 0, "fp": 1, "fn": 1}
    assert sorted(d.kind for d in diffs) == ["extra deal", "missed deal"]
    r, _ = score([deal(buyer=party("Oracle"), value=money(10e9))], [gold])
    assert r["deals"]["tp"] == 1 and r["fields"]["buyer"]["fp"] == 1


def test_unpaired_deals_count_every_field():
    gold = deal(buyer=party("Meta"), seller=party("Google"), value=money(10e9))
    r, _ = score([], [gold])
    assert r["fields"]["buyer"]["fn"] == 1 and r["fields"]["deal_type"]["fn"] == 1
    r, _ = score([gold], [])
    assert r["fields"]["seller"]["fp"] == 1


def test_greedy_pairing_prefers_the_best_agreement():
    a = deal(buyer=party("Meta"), seller=party("CoreWeave"), value=money(21e9))
    b = deal(buyer=party("Meta"), seller=party("CoreWeave"), value=money(14.2e9))
    r, _ = score([b, a], [a, b])
    assert r["fields"]["value"]["tp"] == 2


def test_hardware_is_compared_as_vendor_category_pairs():
    gold = deal(buyer=party("Meta"), hardware=[{"vendor": "Nvidia", "category": "GPU", "text": "x"}])
    pred = deal(buyer=party("Meta"), hardware=[{"vendor": "Nvidia", "category": "accelerator", "text": "y"}])
    r, _ = score([pred], [gold])
    assert r["fields"]["hardware"]["tp"] == 0 and r["fields"]["hardware"]["fn"] == 1


def test_optional_gold_deals_cost_nothing_when_missed():
    gold = deal(buyer=party("Meta"), value=money(1e9), optional=True)
    r, diffs = score([], [gold])
    assert r["deals"]["fn"] == 0 and diffs == []


def test_aliases_count_as_the_same_company():
    gold = deal(seller=party("Advanced Micro Devices", aliases=["AMD"]), value=money(1e9))
    r, _ = score([deal(seller=party("AMD"), value=money(1e9))], [gold])
    assert r["fields"]["seller"]["tp"] == 1
