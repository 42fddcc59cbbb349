"""The record models of SPEC.md: field names, enums, spans, gold variants."""
from __future__ import annotations

import pydantic
import pytest

from extractor.records import Deal, Fixture, GoldParty, Party, deal_schema

BASE = {"doc_id": "a", "deal_id": "x", "deal_type": "acquisition", "confidence": 0.5}


def test_a_minimal_deal_validates_with_spec_defaults():
    deal = Deal.model_validate(BASE)
    assert deal.hardware == [] and deal.evidence == [] and deal.buyer is None


@pytest.mark.parametrize("change", [
    {"deal_type": "lease"}, {"status": "rumored"}, {"confidence": 1.5},
    {"value": {"amount": 1.0, "currency": "dollars", "text": "x", "span": [0, 1]}},
    {"term": {"start": "2027-9", "text": "x", "span": [0, 1]}},
    {"term": {"duration": "5 years", "text": "x", "span": [0, 1]}},
    {"buyer": {"name": "Meta", "mention": "Meta", "span": [5, 1]}},
    {"buyer": {"name": "", "mention": "Meta", "span": [0, 4]}},
    {"unknown_field": 1},
])
def test_invalid_records_are_refused(change):
    with pytest.raises(pydantic.ValidationError):
        Deal.model_validate({**BASE, **change})


def test_party_span_must_be_ordered_but_gold_spans_are_optional():
    with pytest.raises(pydantic.ValidationError):
        Party(name="Meta", mention="Meta", span=(4, 0))
    gold = GoldParty(name="Meta", mention="Meta", aliases=["Facebook"])
    assert gold.span is None and gold.aliases == ["Facebook"]


def test_fixture_split_is_dev_or_test():
    with pytest.raises(pydantic.ValidationError):
        Fixture(article="a.txt", split="train", deals=[])


def test_schema_names_every_spec_field_and_enum():
    schema = deal_schema()
    assert set(schema["required"]) >= {"doc_id", "deal_id", "deal_type", "confidence"}
    types = schema["$defs"]["DealType"]["enum"]
    assert types == ["cloud_capacity", "chip_supply", "acquisition", "merger", "investment",
                     "data_center", "partnership", "power", "other"]


# -- record building (pipeline.py): shortcuts give what the long way gives ----------------------
def test_spans_of_an_unrepaired_text_are_the_offset_maps():
    from extractor.pipeline import _span
    from extractor.text import OffsetMap

    empty = OffsetMap()
    assert all(_span(empty, s, e) == empty.span(s, e) for s in range(8) for e in range(8))


def test_display_names_worked_out_when_asked_are_the_longest_clean_forms():
    from extractor.pipeline import _DisplayNames, _explicit_index, analyse
    from extractor.recognize.names import clean_name

    analysis = analyse("Exxon Corp said it agreed to buy Widget Inc. Exxon said Widget Inc "
                       "and Advanced Micro Devices (AMD) would close the deal. AMD said so.")
    explicit = _explicit_index(analysis)
    names = _DisplayNames(explicit)
    assert explicit
    for name, (_, mentions) in explicit.items():
        assert names.get(name, "?") == max((clean_name(m.text) for m in mentions), key=len)
    assert names.get("Nobody Named", "Nobody Named") == "Nobody Named"
