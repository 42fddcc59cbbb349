"""Rule-based relation assembly: recognized mentions in, deal candidates out.

The article is read sentence by sentence, keeping a little discourse state:

- a sentence with a deal trigger (``lexicon/deals.py``) and enough support (a value of its
  own, or two parties in roles) tells a new deal; the trigger's role pattern maps the
  parties around it to buyer, seller and target;
- a sentence that refers back ("The agreement ... extends from 2027 through 2032") adds
  its term, date, status, hardware and, when the deal has none, its value to the current
  deal; a second value in it that "builds on an earlier ... contract" is a deal of its own
  with the current deal's parties;
- a sentence describing a company ("CoreWeave operates data centers packed with GPUs
  supplied by Nvidia") gives hardware to that company's deals as seller;
- aggregates, revenue, per-unit prices, rivals, outlets and denials tell no deal.

Everything here reads the values of ``mentions.py`` and returns ``DealCandidate`` values
with offsets in the repaired text; records are built from them in ``pipeline.py``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from .lexicon import deals as lex
from .mentions import (
    Analysis,
    CompanyMention,
    HardwareMention,
    Mention,
    MoneyMention,
    QuantityMention,
    Sentence,
    TimeMention,
)

_CAPACITY_UNITS = frozenset({"GW", "MW", "kW", "GPU", "TPU", "chip", "accelerator", "server",
                             "rack", "MWh", "GWh"})


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len,
                                                                       reverse=True))


def _compile_triggers() -> re.Pattern:
    groups = [f"(?P<passive>{_alternation(lex.PASSIVE_PHRASES)})"]
    for pattern, stems in lex.TRIGGER_VERBS.items():
        words = [f for stem in stems for f in lex.forms(stem)]
        groups.append(f"(?P<{pattern}>{_alternation(words)})")
    groups.append(f"(?P<site>{_alternation(lex.SITE_NOUNS)})")
    groups.append(f"(?P<noun>{_alternation(lex.DEAL_NOUNS)})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])", re.IGNORECASE)


_TRIGGERS = _compile_triggers()
_STATUS = [(status, re.compile(r"(?<!\w)(?:" + _alternation(cues) + r")(?!\w)", re.IGNORECASE))
           for status, cues in lex.STATUS_CUES]
_NEGATIVE = re.compile(r"(?<!\w)(?:" + _alternation(lex.NEGATIVE_CUES) + r")(?!\w)", re.I)
_NOT_VALUE_BEFORE = re.compile(r"(?<!\w)(?:" + _alternation(lex.NOT_VALUE_BEFORE) + r")\W*(?:\w+\W+){0,4}$", re.I)
_NOT_VALUE_AFTER = re.compile(r"^\W*(?:" + _alternation(lex.NOT_VALUE_AFTER) + r")(?!\w)", re.I)
_NON_PARTY = re.compile(r"(?<!\w)(?:" + _alternation(lex.NON_PARTY_BEFORE) + r")\W*(?:\w+\W+){0,2}$", re.I)
_CONTINUATION = re.compile(r"^\W*(?:" + _alternation(lex.CONTINUATION_SUBJECTS) + r")(?!\w)", re.I)
_NEW_DEAL = re.compile(r"(?<!\w)(?:" + _alternation(lex.NEW_DEAL_CUES) + r")(?!\w)", re.I)
_DEAL_NOUN_AFTER = re.compile(r"[\s-]*(?:\w+[\s-]+)?(?:" + _alternation(lex.DEAL_NOUNS) + r")\b", re.I)
_TYPE_WORDS = [(t, re.compile(r"(?<![\w-])(?:" + _alternation(w) + r")(?![\w-])", re.I))
               for t, w in lex.TYPE_WORDS.items()]
_LAST_WORD = re.compile(r"([A-Za-z']+)\W*$")
_TWO_WORDS = re.compile(r"([A-Za-z']+\s+[A-Za-z']+)\W*$")
_ROLE_PREPS = frozenset(lex.ROLE_PREPOSITIONS)
_NOUN_MARKERS = frozenset(w.lower() for w in lex.NOUN_MARKERS)


@dataclass(frozen=True, slots=True)
class DealCandidate:
    """A deal as assembled, with offsets in the repaired text."""

    deal_type: str
    status: str | None
    buyer: CompanyMention | None
    seller: CompanyMention | None
    target: CompanyMention | None
    value: MoneyMention | None
    term: TimeMention | None
    announced: TimeMention | None
    hardware: tuple[HardwareMention, ...]
    capacity: QuantityMention | None
    location: Mention | None
    evidence: tuple[tuple[int, int], ...]
    confidence: float
    rule: str


@dataclass(frozen=True, slots=True)
class _Trigger:
    start: int
    end: int
    pattern: str
    text: str


@dataclass
class _Deal:
    """A deal being assembled (local to one ``assemble`` call)."""

    deal_type: str
    rule: str
    strength: float
    buyer: CompanyMention | None = None
    seller: CompanyMention | None = None
    target: CompanyMention | None = None
    value: MoneyMention | None = None
    term: TimeMention | None = None
    announced: TimeMention | None = None
    status: str | None = None
    hardware: list[HardwareMention] = field(default_factory=list)
    capacity: QuantityMention | None = None
    location: Mention | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _View:
    """One sentence with the mentions inside it."""

    sentence: Sentence
    text: str
    companies: tuple[CompanyMention, ...]
    money: tuple[MoneyMention, ...]
    times: tuple[TimeMention, ...]
    hardware: tuple[HardwareMention, ...]
    quantities: tuple[QuantityMention, ...]
    places: tuple[Mention, ...]
    triggers: tuple[_Trigger, ...]


def _bucket(sentences: tuple[Sentence, ...], items) -> list[list]:
    starts = [s.start for s in sentences]
    out: list[list] = [[] for _ in sentences]
    for item in items:
        i = bisect.bisect_right(starts, item.start) - 1
        if i >= 0 and item.end <= sentences[i].end:
            out[i].append(item)
    return out


def _views(analysis: Analysis, places: tuple[Mention, ...]) -> list[_View]:
    text, sentences = analysis.text, analysis.sentences
    triggers = [_Trigger(m.start(), m.end(), m.lastgroup or "noun", m.group())
                for m in _TRIGGERS.finditer(text)]
    company_spans = [(c.start, c.end) for c in analysis.companies]
    places = tuple(p for p in places if not any(a < p.end and p.start < b for a, b in company_spans))
    buckets = [_bucket(sentences, items) for items in (
        analysis.companies, analysis.money, analysis.times, analysis.hardware,
        analysis.quantities, places, triggers)]
    return [_View(s, text[s.start:s.end], *(tuple(b[i]) for b in buckets))
            for i, s in enumerate(sentences)]


# -- reading one sentence ------------------------------------------------------------------


def _before(view: _View, pos: int) -> str:
    return view.text[:pos - view.sentence.start]


def _prep(view: _View, mention: Mention) -> str:
    """The word right before a mention in its sentence, lower-cased ("from", "with")."""
    m = _LAST_WORD.search(_before(view, mention.start))
    return m.group(1).lower() if m else ""


def _parties(view: _View) -> list[CompanyMention]:
    """Companies that may take a role: not rivals, outlets or comparisons."""
    out = []
    for c in view.companies:
        if _NON_PARTY.search(_before(view, c.start)[-40:]):
            continue
        out.append(c)
    return out


def _subject(view: _View, parties: list[CompanyMention], before: int) -> CompanyMention | None:
    for c in parties:
        if c.start >= before:
            break
        if _prep(view, c) not in _ROLE_PREPS:
            return c
    return None


def _eligible_money(view: _View) -> list[MoneyMention]:
    out = []
    for m in view.money:
        if m.per:
            continue
        head = _before(view, m.start)[-60:]
        tail = view.text[m.end - view.sentence.start:][:30]
        if _NOT_VALUE_BEFORE.search(head) or _NOT_VALUE_AFTER.search(tail):
            continue
        out.append(m)
    return out


def _status(text: str) -> str | None:
    for status, pattern in _STATUS:
        if pattern.search(text):
            return status
    return None


def _deal_type(view: _View, pattern: str, seller: CompanyMention | None) -> str:
    if pattern in lex.PATTERN_TYPES and pattern not in ("build", "site"):
        return lex.PATTERN_TYPES[pattern]
    found = {t for t, rx in _TYPE_WORDS if rx.search(view.text)}
    if pattern in ("build", "site") and "data_center" in found and seller is None:
        return "data_center"
    if "power" in found:
        return "power"
    if seller is not None:
        for kind in seller.kinds:
            implied = lex.PROVIDER_KINDS.get(kind)
            if implied in ("cloud_capacity", "chip_supply", "power") and (
                    implied in found or implied != "power"):
                return implied
    for t in ("merger", "acquisition", "cloud_capacity", "chip_supply", "data_center",
              "investment", "partnership"):
        if t in found:
            return t
    return lex.PATTERN_TYPES.get(pattern, "other")


def _after_trigger(view: _View, parties: list[CompanyMention], trigger: _Trigger,
                   preps: tuple[str, ...]) -> CompanyMention | None:
    for c in parties:
        if c.start < trigger.end:
            continue
        gap = view.text[trigger.end - view.sentence.start:c.start - view.sentence.start]
        if (_prep(view, c) if gap.strip() else "") in preps:
            return c
    return None


def _roles(view: _View, trigger: _Trigger, parties: list[CompanyMention],
           subject: CompanyMention | None) -> tuple:
    """(buyer, seller, target) for a trigger's role pattern."""
    p = trigger.pattern
    direct = ("", "its", "the", "a", "an", "their", "rival", "of")
    if p == "passive":
        agent = _after_trigger(view, parties, trigger, ("by", "to"))
        return agent, None, subject
    if p == "acquire":
        target = _after_trigger(view, parties, trigger, (*direct, "in", "for", "of"))
        seller = _after_trigger(view, parties, trigger, ("from",))
        return subject, seller, target if target is not seller else None
    if p == "sell":
        buyer = _after_trigger(view, parties, trigger, ("to",))
        target = _after_trigger(view, parties, trigger, direct)
        return buyer, subject, target if target is not buyer else None
    if p == "merge":
        other = _after_trigger(view, parties, trigger, ("with", "and", "into"))
        if other is None:
            others = [c for c in parties if c is not subject and c.name != getattr(subject, "name", None)]
            other = others[0] if others else None
        return subject, None, other
    if p == "invest":
        return subject, _after_trigger(view, parties, trigger, ("in", "into", *direct)), None
    if p == "raise":
        return _after_trigger(view, parties, trigger, ("from", "by", "including")), subject, None
    if p == "supply":
        return _after_trigger(view, parties, trigger, ("to", "for", *direct)), subject, None
    if p in ("build", "site"):
        return subject, _after_trigger(view, parties, trigger, ("with", "from")), None
    other = _after_trigger(view, parties, trigger, ("from", "with", "by", "between", "and",
                                                    "to", *direct))
    if other is None and subject is None and len({c.name for c in parties}) >= 2:
        subject, other = parties[0], next(c for c in parties if c.name != parties[0].name)
    buyer, seller = subject, other
    if _is_provider(buyer) and not _is_provider(seller) and seller is not None:
        buyer, seller = seller, buyer
    return buyer, seller, None


def _is_provider(c: CompanyMention | None) -> bool:
    return c is not None and any(k in lex.PROVIDER_KINDS for k in c.kinds)


def _is_verb(view: _View, t: _Trigger) -> bool:
    """A verb-form trigger used as a noun ("for AI chip supply") is not a verb."""
    if t.pattern in ("noun", "site"):
        return False
    word = _LAST_WORD.search(_before(view, t.start))
    return not (word and word.group(1).lower() in _NOUN_MARKERS)


def _best_trigger(view: _View) -> _Trigger | None:
    """The trigger that tells the deal: a passive, else the first verb, else a site noun
    ("a $10 billion data center project"), else the first deal noun."""
    verbs = [t for t in view.triggers if _is_verb(view, t)]
    passive = [t for t in verbs if t.pattern == "passive"]
    sites = [t for t in view.triggers if t.pattern == "site"]
    nouns = [t for t in view.triggers if t.pattern == "noun"]
    for group in (passive, verbs, sites, nouns):
        if group:
            return group[0]
    return None


def _nearest(items, pos: int):
    after = [x for x in items if x.start >= pos]
    return after[0] if after else (items[-1] if items else None)


# -- the article ----------------------------------------------------------------------------


def assemble(analysis: Analysis, places: tuple[Mention, ...] = (),
             published: dt.date | None = None) -> tuple[DealCandidate, ...]:
    """Deal candidates of one analysed article, in the order they are told."""
    deals: list[_Deal] = []
    profiles: dict[str, list[HardwareMention]] = {}
    current: _Deal | None = None
    for view in _views(analysis, places):
        if view.sentence.heading:
            continue
        if _NEGATIVE.search(view.text):
            continue
        current = _read_sentence(view, deals, current, profiles, published)
    for deal in deals:
        if not deal.hardware and deal.seller is not None:
            deal.hardware.extend(profiles.get(deal.seller.name, ()))
    return tuple(_freeze(d) for d in _dedupe(deals))


def _read_sentence(view: _View, deals: list[_Deal], current: _Deal | None,
                   profiles: dict[str, list[HardwareMention]],
                   published: dt.date | None) -> _Deal | None:
    parties = _parties(view)
    money = _eligible_money(view)
    trigger = _best_trigger(view)
    continuing = bool(_CONTINUATION.search(view.text)) and current is not None
    subject = _subject(view, parties, trigger.start if trigger else view.sentence.end)

    if continuing and not parties and money:
        return _continue(view, deals, current, money, published)
    deal = _new_deal(view, trigger, parties, subject, money) if trigger else None
    if deal is None:
        if continuing:
            _extend(current, view, money[:1] if current.value is None else [], published)
            return current
        if subject is not None and view.hardware and not money:
            profiles.setdefault(subject.name, []).extend(view.hardware)
        return current

    _fill(deal, view, published)
    deals.append(deal)
    return deal


def _continue(view: _View, deals: list[_Deal], current: _Deal, money: list[MoneyMention],
              published: dt.date | None) -> _Deal:
    """A sentence about the current deal. "The agreement ... builds on an earlier $14.2
    billion contract": a value after a new-deal cue is a second deal with the same parties."""
    first = [m for m in money if not _NEW_DEAL.search(_before(view, m.start)[-40:])]
    later = [m for m in money if m not in first]
    cut = later[0].start if later else view.sentence.end
    _extend(current, view, first[:1] if current.value is None else [], published, end=cut)
    for m in later:
        deal = _Deal(current.deal_type, "builds-on", 0.6, current.buyer, current.seller,
                     current.target, m)
        _fill(deal, view, published, start=m.start)
        deals.append(deal)
    return current


def _new_deal(view: _View, trigger: _Trigger, parties: list[CompanyMention],
              subject: CompanyMention | None, money: list[MoneyMention]) -> _Deal | None:
    """A deal told by this sentence, if it has the support to be one: a value of its own
    and a party, or two parties in roles (a deal noun alone needs a value)."""
    buyer, seller, target = _roles(view, trigger, parties, subject)
    named = {c.name for c in (buyer, seller, target) if c is not None}
    value = _nearest([m for m in money if m.amount is not None], trigger.start)
    if not named:
        return None
    if value is None:
        if trigger.pattern in ("noun", "site") or len(named) < 2:
            if not (trigger.pattern in ("acquire", "sell", "passive", "merge") and target):
                return None
        value = _nearest(money, trigger.start)  # an undisclosed or vague value
    deal_type = _deal_type(view, trigger.pattern, seller)
    strength = 0.6 if trigger.pattern in ("noun", "site") else 0.75
    return _Deal(deal_type, trigger.pattern, strength, buyer, seller, target, value)


def _fill(deal: _Deal, view: _View, published: dt.date | None, start: int = -1,
          end: int | None = None) -> None:
    """Add what a sentence says about a deal: term, date, status, hardware, capacity, place."""
    end = view.sentence.end if end is None else end
    inside = [t for t in view.times if start <= t.start < end]
    if deal.term is None:
        deal.term = next((t for t in inside if t.kind == "term" and _term_ok(view, t)), None)
    if deal.announced is None:
        deal.announced = next((t for t in inside if t.kind == "date"
                               and _not_future(t, published)), None)
    status = _status(view.text[max(0, start - view.sentence.start):end - view.sentence.start])
    if status and (deal.status is None or deal.status == "announced"):
        deal.status = status
    for hw in view.hardware:
        if start <= hw.start < end and hw not in deal.hardware:
            deal.hardware.append(hw)
    if deal.capacity is None:
        deal.capacity = next((q for q in view.quantities if q.unit in _CAPACITY_UNITS
                              and start <= q.start < end), None)
    if deal.location is None:
        deal.location = next((p for p in view.places if start <= p.start < end and _prep(
            view, p) in lex.LOCATION_PREPOSITIONS), None)
    span = (view.sentence.start, view.sentence.end)
    if span not in deal.evidence:
        deal.evidence.append(span)


def _term_ok(view: _View, t: TimeMention) -> bool:
    """An open term ("long-term", "multi-year") counts only when it qualifies a deal noun."""
    if t.first or t.last or t.duration:
        return True
    return bool(_DEAL_NOUN_AFTER.match(view.text, t.end - view.sentence.start))


def _extend(deal: _Deal, view: _View, money: list[MoneyMention], published: dt.date | None,
            end: int | None = None) -> None:
    if money and deal.value is None:
        deal.value = money[0]
    _fill(deal, view, published, end=end)


def _not_future(t: TimeMention, published: dt.date | None) -> bool:
    if t.date is None or published is None:
        return True
    return t.date[:len(t.date)] <= published.isoformat()[:len(t.date)]


def _key(d: _Deal) -> tuple:
    name = lambda c: c.name if c else None  # noqa: E731
    return (d.deal_type, name(d.buyer), name(d.seller), name(d.target),
            d.value.amount if d.value else None)


def _dedupe(deals: list[_Deal]) -> list[_Deal]:
    """The same deal told twice (same type, parties and value) is one record."""
    out: dict[tuple, _Deal] = {}
    for d in deals:
        k = _key(d)
        if k in out:
            kept = out[k]
            for span in d.evidence:
                if span not in kept.evidence:
                    kept.evidence.append(span)
            kept.term = kept.term or d.term
            kept.announced = kept.announced or d.announced
            kept.hardware.extend(h for h in d.hardware if h not in kept.hardware)
        else:
            out[k] = d
    return list(out.values())


def _freeze(d: _Deal) -> DealCandidate:
    grounded = sum(x is not None for x in (d.buyer, d.seller, d.target, d.value, d.term,
                                           d.announced)) + bool(d.hardware)
    confidence = round(min(0.98, d.strength + 0.03 * grounded), 2)
    return DealCandidate(d.deal_type, d.status, d.buyer, d.seller, d.target, d.value, d.term,
                         d.announced, tuple(d.hardware), d.capacity, d.location,
                         tuple(sorted(d.evidence)), confidence, d.rule)
