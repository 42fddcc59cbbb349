"""The pipeline: text as read -> repaired text -> sentences and tokens -> mentions -> deal
candidates -> records. ``extract`` is the one entry point; stages run in this order and
data only flows forward.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
from dataclasses import replace

from .assemble import DealCandidate, assemble
from .lexicon.hardware import VENDOR_DEFAULT_CATEGORY, VENDORS
from .lexicon.deals import CHIPMAKER_KINDS
from .mentions import Analysis, CompanyMention, Mention
from .nlp import MAX_CHARS, ArticleTooLong, flatten, segment, tokenize
from .records import Deal
from .recognize.companies import find_companies
from .recognize.dates import find_times
from .recognize.hardware import find_hardware
from .recognize.money import find_money
from .recognize.names import clean_name
from .recognize.places import find_places
from .recognize.quantities import find_quantities
from .recognize.references import find_references
from .recognize.units import find_units
from .text import OffsetMap, repair, without_surrogates


def analyse(text: str, published: dt.date | None = None,
            model: str | None = None) -> Analysis:
    """Every recognizer over the repaired ``text``."""
    sentences = segment(text)
    doc = tokenize(text, sentences, model, annotate=False)  # recognizers read ``sentences``
    flat = flatten(text)  # == doc.text: line breaks as spaces, same offsets, wrapped phrases whole
    companies = find_companies(doc, sentences, text=flat)
    references = find_references(flat, sentences, companies)
    all_companies = tuple(sorted(companies + references, key=lambda c: c.start))
    analysis = Analysis(
        text=flat,
        sentences=sentences,
        companies=all_companies,
        money=find_money(flat),
        quantities=find_quantities(flat),
        times=find_times(flat, published),
        hardware=find_hardware(flat),
        places=find_places(flat),
        units=find_units(flat),
    )
    return analysis


def extract(raw: str, published: dt.date | None = None, doc_id: str = "-",
            model: str | None = None) -> list[Deal]:
    """Deal records of one article. ``raw`` is the text as read; all offsets index it.
    Raises ``ArticleTooLong`` for text over ``nlp.MAX_CHARS`` characters."""
    if len(raw) > MAX_CHARS:
        raise ArticleTooLong(f"article is {len(raw):,} characters, over the limit of "
                             f"{MAX_CHARS:,}")
    raw = without_surrogates(raw)
    repaired = repair(raw)
    analysis = analyse(repaired.text, published, model)
    candidates = assemble(analysis, published)
    if not candidates:
        return []
    explicit = _explicit_index(analysis)
    names = _DisplayNames(explicit)
    return [_record(c, raw, repaired.offsets, doc_id, explicit, names) for c in candidates]


def _span(offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """``offsets.span(start, end)``; without edits (most articles need no repair) offsets are
    the same in both texts."""
    return offsets.span(start, end) if offsets.edits else (start, max(start, end))


def _grounded(m: Mention, raw: str, offsets: OffsetMap) -> tuple[str, list[int]]:
    start, end = _span(offsets, m.start, m.end)
    return raw[start:end], [start, end]


_Explicit = dict[str, tuple[list[int], list[CompanyMention]]]


def _explicit_index(analysis: Analysis) -> _Explicit:
    """Explicit (non-reference) company mentions by name, in order of start."""
    index: _Explicit = {}
    for m in analysis.companies:
        if m.how != "reference":
            starts, mentions = index.setdefault(m.name, ([], []))
            starts.append(m.start)
            mentions.append(m)
    return index


def _display_name(name: str, explicit: _Explicit) -> str:
    """The name a party goes by in this article: the longest clean form of its mentions
    ("Exxon Corp" -> "Exxon" where the gazetteer's name is Exxon Mobil; "Advanced Micro
    Devices" over "AMD"), so that the record names the company as the article does."""
    if name not in explicit:
        return name
    forms = [clean_name(m.text) for m in explicit[name][1]]
    return max(forms, key=len) if forms else name


class _DisplayNames:
    """The display names (``_display_name``) of an article's companies, each worked out when
    first asked for: records name a few of them."""

    def __init__(self, explicit: _Explicit) -> None:
        self._explicit = explicit
        self._names: dict[str, str] = {}

    def get(self, name: str, default: str) -> str:
        if name not in self._explicit:
            return default
        if name not in self._names:
            self._names[name] = _display_name(name, self._explicit)
        return self._names[name]


def _party(c: CompanyMention | None, raw: str, offsets: OffsetMap, explicit: _Explicit,
           names: _DisplayNames) -> dict | None:
    if c is None:
        return None
    if c.how == "reference":
        # Ground a reference on the company's nearest explicit mention before it.
        starts, mentions = explicit.get(c.name, ((), ()))
        i = bisect.bisect_left(starts, c.start)
        if i:
            c = mentions[i - 1]
    mention, span = _grounded(c, raw, offsets)
    return {"name": names.get(c.name, c.name), "mention": mention, "span": span}


def _record(c: DealCandidate, raw: str, offsets: OffsetMap, doc_id: str,
            explicit: _Explicit, names: _DisplayNames) -> Deal:
    def ground(m):
        return _grounded(m, raw, offsets)

    value = term = announced = capacity = None
    if c.value is not None:
        text, span = ground(c.value)
        value = {"amount": c.value.amount, "currency": c.value.currency,
                 "qualifier": c.value.qualifier, "min": c.value.min, "max": c.value.max,
                 "text": text, "span": span}
    if c.term is not None:
        text, span = ground(c.term)
        term = {"start": c.term.first, "end": c.term.last, "duration": c.term.duration,
                "text": text, "span": span}
    if c.announced is not None:
        text, span = ground(c.announced)
        announced = {"date": c.announced.date, "text": text, "span": span}
    if c.capacity is not None:
        text, span = ground(c.capacity)
        capacity = {"amount": c.capacity.amount, "unit": c.capacity.unit, "text": text,
                    "span": span}
    hardware = []
    for h in _with_vendor(c):
        text, span = ground(h)
        hardware.append({"vendor": h.vendor, "category": h.category, "model": h.model,
                         "quantity": h.quantity, "text": text, "span": span})
    record = {
        "doc_id": doc_id,
        "deal_type": c.deal_type,
        "status": c.status,
        "buyer": _party(c.buyer, raw, offsets, explicit, names),
        "seller": _party(c.seller, raw, offsets, explicit, names),
        "target": _party(c.target, raw, offsets, explicit, names),
        "value": value,
        "term": term,
        "announced": announced,
        "hardware": hardware,
        "capacity": capacity,
        "location": ground(c.location)[0] if c.location else None,
        "evidence": [list(_span(offsets, a, b)) for a, b in c.evidence],
        "confidence": c.confidence,
    }
    record["deal_id"] = deal_id(record)
    return Deal.model_validate(record)


def _with_vendor(c: DealCandidate):
    """Hardware named without a vendor ("AI chips") is the seller's when the seller makes
    chips; the vendor's usual category then replaces the generic one."""
    makes_chips = c.seller is not None and any(k in CHIPMAKER_KINDS for k in c.seller.kinds)
    vendor = (VENDORS.get(c.seller.name) or VENDORS.get(c.seller.text)) if makes_chips else None
    for h in c.hardware:
        if h.vendor is None and vendor is not None:
            category = VENDOR_DEFAULT_CATEGORY.get(vendor, h.category) \
                if h.category in (None, "accelerator") and h.model is None else h.category
            h = replace(h, vendor=vendor, category=category)
        yield h


def deal_id(record: dict) -> str:
    """A stable id from the document and the deal's key fields (same input, same id)."""
    def name(role):
        return (record.get(role) or {}).get("name")

    key = [record["doc_id"], record["deal_type"], name("buyer"), name("seller"), name("target"),
           (record.get("value") or {}).get("amount"), (record.get("value") or {}).get("currency"),
           record["evidence"][0][0] if record.get("evidence") else None]
    return hashlib.sha256(json.dumps(key).encode("utf-8")).hexdigest()[:16]
