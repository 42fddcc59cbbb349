"""Rule-based relation assembly: recognized mentions in, deal candidates out.

The article is read sentence by sentence (``roles/`` reads one sentence), keeping a little
discourse state:

- a sentence with a deal trigger (``lexicon/deals.py``) and enough support (a value of its
  own and a party, or two parties in roles) tells a new deal;
- a sentence that refers back ("The agreement ... extends from 2027 through 2032", "the sale
  to X", "its bid") adds its term, date, status, hardware, missing roles and, when the deal
  has none, its value to the current deal; a second value in it that "builds on an earlier
  ... contract" is a deal of its own with the current deal's parties;
- a sentence describing a company ("CoreWeave operates data centers packed with GPUs
  supplied by Nvidia") gives hardware to that company's deals as seller;
- aggregates, revenue, per-unit prices, rivals, outlets and denials tell no deal;
- the same deal told twice (same type and parties, or the same target) is one record
  (``merging.py``).

Offsets stay in the repaired text; ``pipeline.py`` builds records from ``DealCandidate``
(``candidates.py``).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from . import roles as r
from .candidates import DealCandidate, _Deal, _freeze
from .lexicon.deals import CHIPMAKER_KINDS
from .lexicon.hardware import CHIP_CATEGORIES, CHIP_MODEL_CATEGORY, VENDORS
from .lexicon.places import SITE_NAMES
from .merging import (
    _TERMLESS, _TERMLESS_TYPES, _adds_bound, _dedupe, _first_words, _same_company,
)
from .mentions import (
    Analysis,
    CompanyMention,
    HardwareMention,
    Mention,
    MoneyMention,
    QuantityMention,
    TimeMention,
)

_CAPACITY_UNITS = frozenset({"GW", "MW", "kW", "GPU", "TPU", "chip", "accelerator", "server",
                             "rack", "MWh", "GWh"})
_CONTROL_PATTERNS = ("acquire", "sell", "passive", "merge")
_FINAL_STATUSES = r.lex.FINAL_STATUSES
_STATUS_RANK = {status: i for i, (status, _) in enumerate(r.lex.STATUS_CUES)}  # strongest first
_LEAD_SENTENCES = 6


def assemble(analysis: Analysis, published: dt.date | None = None) -> tuple[DealCandidate, ...]:
    """Deal candidates of one analysed article, in the order they are told."""
    deals: list[_Deal] = []
    profiles: dict[str, list[HardwareMention]] = {}
    current: _Deal | None = None
    topic = _Topic()
    previous: r.View | None = None
    vendors = {(h.category, h.vendor) for h in analysis.hardware if h.vendor}
    makers = _makers(analysis)
    views = r.views(analysis)
    rivals: dict[str, list[_Deal]] = {}  # competing bids told so far, by _first_words
    for view in views:
        if view.sentence.heading or r.is_negative(view):
            continue
        told = len(deals)
        parties = r.parties(view)
        opening = r.opening_it(view, topic)
        if opening is not None and not any(c.start == opening.start for c in parties):
            parties = [opening, *parties]  # "It signed a 20-year agreement with Microsoft"
        bidder = _rival_telling(view, parties, rivals)  # "Pirelli launched its own tender offer"
        read = _read(view, parties, deals, bidder or current, profiles, published, topic)
        current = current if bidder is not None else read
        bids = _rival_bids(view, deals[told:], current, rivals, published)
        deals.extend(bids)
        for bid in bids:
            for word in _first_words(bid.buyer):
                rivals.setdefault(word, []).append(bid)
        if len(deals) == told and view.hardware:
            deals.extend(_installed(view, parties, makers, vendors, published))
        asset_told = previous is not None and len(deals) > told and r.names_asset_told(view)
        for deal in deals[told:]:
            _fill_customer(deal, topic)
            if asset_told:
                _from_asset(deal, previous)
        topic.read(view, parties)
        previous = view
    lead = _lead_date(analysis, published)
    opening_end = analysis.sentences[min(len(analysis.sentences), _LEAD_SENTENCES) - 1].end \
        if analysis.sentences else 0
    for deal in deals:
        if not deal.hardware and deal.seller is not None:
            deal.hardware.extend(profiles.get(deal.seller.name, ()))
        deal.hardware[:] = _hardware_for(deal, vendors)
        deal.capacity = _capacity_unit(deal)
        deal.location = _where_site_is(deal.location, views)
    deals = _dedupe(deals)
    for deal in deals:  # after merging: a date the lead tells wins over the article's first
        if deal.announced is None and deal.evidence and deal.evidence[0][0] < opening_end \
                and deal.rule != _RIVAL_BID:  # a competing bid was not made that day
            deal.announced = lead
    return tuple(_freeze(d) for d in deals)


class _Topic:
    """The company the story is on: the subject of the latest sentence read that has one.
    Few sentences need it (one opening with "It", a deal missing its customer or supplier,
    hardware told of "the company"), so it is worked out when asked, from the latest sentence
    back, rather than for every sentence."""

    def __init__(self) -> None:
        self._known: CompanyMention | None = None
        self._unread: list[tuple[r.View, list[CompanyMention]]] = []  # since _known, in order

    def read(self, view: r.View, parties: list[CompanyMention]) -> None:
        """A sentence read, with its parties."""
        self._unread.append((view, parties))

    def __call__(self) -> CompanyMention | None:
        while self._unread:
            view, parties = self._unread.pop()
            subj = r.subject(view, parties, view.sentence.end)
            if subj is not None:
                self._known = subj
                self._unread.clear()
        return self._known


_HARDWARE_TYPES = ("cloud_capacity", "chip_supply", "data_center")
_SITE_TYPES = (*_HARDWARE_TYPES, "power")  # deals whose capacity or project has a place


def _hardware_for(deal: _Deal, vendors: set[tuple[str, str]]) -> list[HardwareMention]:
    """The hardware a deal is for: only capacity, chip and data-center deals carry it; a
    system named by its chips counts as the chips; when chips are named, the chips (and
    network gear), not the racks or servers that hold them, whoever makes those ("Nvidia GPUs
    housed in Amazon's UltraServers"); an unnamed vendor filled in when the article names
    exactly one vendor of that category."""
    if deal.deal_type not in _HARDWARE_TYPES:
        return []
    out = []
    for h in deal.hardware:
        if h.category == "server" and h.model in CHIP_MODEL_CATEGORY:
            h = replace(h, category=CHIP_MODEL_CATEGORY[h.model])  # "Nvidia GB200 racks"
        if h.vendor is None and (vendor := _sole_vendor(vendors, h.category)) is not None:
            h = replace(h, vendor=vendor)
        out.append(h)
    # a chipmaker's unnamed chips are its own ("custom AI accelerators" from Broadcom: the
    # records name the vendor); others' unnamed chips are the named ones told again ("Google
    # Cloud's TPUs ... the custom chips")
    own = deal.seller is not None and any(k in CHIPMAKER_KINDS for k in deal.seller.kinds)
    if any(h.vendor for h in out):
        out = [h for h in out if h.vendor or h.model or own and h.category in CHIP_CATEGORIES]
    if any(h.category in CHIP_CATEGORIES for h in out):
        return [h for h in out if h.category in CHIP_CATEGORIES or h.category == "network"]
    return out


def _sole_vendor(vendors: set[tuple[str, str]], category: str) -> str | None:
    """The vendor of ``category`` when the article names exactly one ((category, vendor)
    pairs of its hardware)."""
    known = {v for c, v in vendors if c == category}
    return known.pop() if len(known) == 1 else None


_SITE_NAMES = frozenset(SITE_NAMES)
_SITE_REACH = 20  # sentences after a site's name searched for where it is


def _where_site_is(location: Mention | None, views: list[r.View]) -> Mention | None:
    """A named site's place, when the article tells it: right after the name ("Three Mile
    Island in Pennsylvania"), in a later sentence naming the site ("The Susquehanna plant sits
    in Salem Township, Pennsylvania") or locating it ("the reactor, located in Londonderry
    Township, Pennsylvania"). Locations are places, not sites' names."""
    if location is None or location.text not in _SITE_NAMES:
        return location
    i = bisect.bisect_right(views, location.start, key=lambda v: v.sentence.start) - 1
    for view in views[max(i, 0):i + _SITE_REACH]:
        tells = view.sentence.start <= location.start or location.text in view.text
        for p in view.places:
            if p.start >= location.end and p.text not in _SITE_NAMES and r.is_site(view, p) \
                    and (tells or r.locates(view, p)):
                return p
    return location


def _capacity_unit(deal: _Deal) -> QuantityMention | None:
    """Chips counted in a deal whose chips are all of one kind are that kind ("one million of
    the custom chips" in a TPU deal: 1,000,000 TPU)."""
    c = deal.capacity
    kinds = {h.category for h in deal.hardware if h.category in ("GPU", "TPU")}
    if c is not None and c.unit == "chip" and len(kinds) == 1:
        return replace(c, unit=kinds.pop())
    return c


def _lead_date(analysis: Analysis, published: dt.date | None) -> TimeMention | None:
    """The date the article's news broke: a dated dateline or "said on Monday" in its first
    sentences. Deals told without a date of their own were announced then."""
    opening = analysis.sentences[:3]
    if not opening:
        return None
    end = opening[-1].end
    for t in analysis.times:
        if t.start >= end:
            break
        if t.kind == "date" and t.date and len(t.date) == 10 and _not_future(t, published):
            return t
    return None


def _read(view: r.View, parties: list[CompanyMention], deals: list[_Deal], current: _Deal | None,
          profiles: dict[str, list[HardwareMention]], published: dt.date | None,
          topic: _Topic | None = None) -> _Deal | None:
    """Read one sentence; return the deal the discourse is now about."""
    money = r.eligible_money(view)
    trigger = r.best_trigger(view)
    earlier = r.built_on(view) if current is not None else None
    if earlier is not None:  # "The agreements build on Meta's agreement with Constellation"
        trigger = earlier
    subj = r.subject(view, parties, trigger.start if trigger else view.sentence.end)
    new_story = r.opens_new(view)  # "Separately, ..."
    refers_back = current is not None and not new_story and (
        r.is_continuation(view) or (trigger is not None and r.is_definite(view, trigger)))

    if refers_back and not parties and money:
        return _continue(view, deals, current, money, published)
    deal, second = None, None
    if trigger is not None:
        split = _second_verb(view, trigger, parties, subj, money, current)
        if split is not None:  # the first deal is told by the clause before the second verb
            deal, second = split
            whole, view = view, r.narrowed(view, view.sentence.start, second.start)
            parties = [c for c in parties if c.end <= second.start]
            money = [m for m in money if m.end <= second.start]
        else:
            deal = _new_deal(view, trigger, parties, subj, money, current, earlier is not None,
                             topic)
        if deal is not None and refers_back and earlier is None \
                and not _other_buyer(deal, current, view, trigger, parties) and (
                trigger.noun or deal.names() <= current.names()):
            deal = None  # the current deal told again ("LSB would pay ... to Northwest")
    if deal is None:
        if current is not None and current.deal_type in ("acquisition", "merger") and (
                refers_back or _near(current, view)):
            _fill_roles(current, view, trigger, parties, subj)
        if refers_back:
            if current.deal_type == "investment" and current.buyer is None:
                current.buyer = r.round_leader(view, parties)  # "The round was led by X"
            cut = r.others_clause(view, current.names())  # "came a day after Microsoft pledged"
            own = [m for m in money if not r.amount_of_other_deal(view, m, current.names())
                   and (cut is None or m.start < cut)]
            _extend(current, view, own[:1] if current.value is None else [], published, end=cut)
            return current
        if _provider_goes_on(current, view, trigger, subj, parties, money):
            _extend(current, view, [], published)  # "Oracle would begin providing ... in 2027"
            return current
        if _retells_price(view, trigger, subj, current, money):
            _extend(current, view, money[:1], published)  # "he bought the stock for 350,000 dlrs"
            return current
        if current is not None and current.location is None and _near(current, view) \
                and current.deal_type in _SITE_TYPES and not _strangers(current, view.companies) \
                and not _party_first(view, parties):
            # "The GPUs will be deployed at IREN's campus in Childress, Texas"
            current.location = r.site_place(view)
        named_hw = [h for h in view.hardware if h.vendor or h.model]
        owner = subj or (topic() if topic is not None and r.opens_with_pronoun(view) else None)
        if owner is not None and named_hw and not money:
            profiles.setdefault(owner.name, []).extend(named_hw)
        return current
    later = _later_values(view, money, deal.value)
    _fill(deal, view, published, end=later[0].start if later else None)
    clause = r.clause_of(view, trigger)
    if clause != view.text:
        # "X will invest $4 billion in Y, while Y agreed to use X's chips": the deal's clause
        deal.status = r.status_of(clause) or deal.status
    deal.headline = r.is_headline(view)
    deal.separate = new_story
    if current is not None and r.part_of_current(view):
        # "As part of the arrangement, OpenAI will take a stake": agreed with it, the same day
        if deal.status is None or deal.status == "announced" and not r.announces(view):
            deal.status = current.status or deal.status  # "..., CoreWeave said": no status
        deal.announced = current.announced or deal.announced
        deal.announced_told = deal.announced_told or current.announced_told
    verb = r.verb_status(view, trigger, deal.deal_type, deal.headline)
    if verb and (deal.status is None or deal.status == "announced"
                 or verb == "completed" and _STATUS_RANK[verb] < _STATUS_RANK[deal.status]):
        deal.status = verb  # "said it sold": completed, not announced
    if earlier is not None and r.names_agreement(earlier) and deal.status not in _FINAL_STATUSES:
        deal.status = "signed"  # "builds on Meta's 20-year agreement with Constellation": it exists
    deals.append(deal)
    deals.extend(_joined(view, parties, deal))
    deals.extend(_placed_orders(view, parties, trigger, deal, money, published))
    deals.extend(_gapped(view, parties, deal, subj, published))
    deals.extend(_companion_partnership(view, trigger, deal, published))
    deals.extend(_coordinated_deals(view, trigger, parties, deal, money, published))
    for m in later:
        extra = _Deal(deal.deal_type, "follow-on", 0.6, deal.buyer, deal.seller, deal.target, m)
        _fill(extra, view, published, start=m.start)
        extra.status = extra.status or deal.status
        deals.append(extra)
    if second is not None:
        clause = r.narrowed(whole, second.start, whole.sentence.end)
        second.deal.status = r.status_of(clause.text) or r.verb_status(
            clause, second.trigger, second.deal.deal_type, False) or deal.status
        _fill(second.deal, clause, published)
        second.deal.announced = second.deal.announced or deal.announced
        deals.append(second.deal)
        return second.deal  # the story goes on about the later-told deal
    return deal


_SECOND_VERBS = 3  # coordinated verbs tried as a second deal, per sentence


@dataclass
class _Second:
    """A second deal told by a verb joined with "and" to the first deal's clause."""

    start: int  # where its clause begins (its "and")
    trigger: r.Trigger
    deal: _Deal


def _second_verb(view: r.View, trigger: r.Trigger, parties: list[CompanyMention],
                 subj: CompanyMention | None, money: list[MoneyMention],
                 current: _Deal | None) -> tuple[_Deal, _Second] | None:
    """"Dart said it has acquired a 4.6 pct stake in Supermarkets General and offered to buy
    the rest ... for 41.75 dlrs a share", "Meta is in talks to spend billions on Google's
    TPUs ... and may also rent TPUs from Google Cloud": a deal verb joined by "and" to the
    deal's clause, with material of its own (a company, a value or hardware) and a type,
    status or counterparty of its own, is a second deal of the same subject. Returns the
    first deal, read from its own clause, and the second."""
    if trigger.noun or subj is None:
        return None
    tried = 0
    for t in view.triggers:
        if t.noun or t.start <= trigger.end or t.pattern in ("site", "partner"):
            continue
        start = r.coordinated_verb(view, t)
        if start is None or start <= trigger.end or r.is_negated(view, t):
            continue
        tried += 1
        if tried > _SECOND_VERBS:
            return None  # each try reads the rest of the sentence: a few only
        first_view = r.narrowed(view, view.sentence.start, start)
        clause = r.narrowed(view, start, view.sentence.end)
        own = r.parties(clause)
        if not (own or clause.money or clause.hardware):
            continue
        first = _new_deal(first_view, trigger, [c for c in parties if c.end <= start], subj,
                          [m for m in money if m.end <= start], current)
        if first is None:
            return None
        buyer, seller, target = r.roles(clause, t, own, subj)
        if subj.name not in {c.name for c in (buyer, seller) if c is not None}:
            continue  # the verb has a subject of its own
        deal_type = r.deal_type(clause, t, seller)
        if deal_type == "other":  # no word of its own says what: "and offered to buy the rest"
            deal_type = first.deal_type
        buyer, seller = r.orient(deal_type, t, buyer, seller)
        amounts = [m for m in r.eligible_money(clause) if m.amount is not None]
        value = _nearest(amounts or list(clause.money), t.start)
        deal = _Deal(deal_type, "second-verb", 0.6, buyer, seller or first.seller,
                     target or first.target, value, apart_from=first)
        first_status = r.status_of(first_view.text) or r.verb_status(
            first_view, trigger, first.deal_type, False)
        own_status = r.status_of(clause.text) or r.verb_status(clause, t, deal_type, False)
        if deal_type != first.deal_type or deal.names() != first.names() or (
                own_status is not None and own_status != first_status):
            return first, _Second(start, t, deal)
    return None


def _provider_goes_on(current: _Deal | None, view: r.View, trigger: r.Trigger | None,
                      subj: CompanyMention | None, parties: list[CompanyMention],
                      money: list[MoneyMention]) -> bool:
    """"Oracle would begin providing the computing power in 2027": the current deal's seller,
    right after it, supplying with no one else named, tells more of the same deal."""
    return (current is not None and trigger is not None and trigger.pattern == "supply"
            and subj is not None and current.seller is not None
            and _same_company(subj, current.seller) and _near(current, view)
            and not _strangers(current, parties) and not money)


def _from_asset(deal: _Deal, previous: r.View) -> None:
    """"Entergy is building three gas plants with a combined capacity of 2.26 gigawatts. Meta
    has committed to pay for the plants' output ...": the capacity and place of the asset the
    sentence before named."""
    if deal.deal_type not in _SITE_TYPES:
        return
    if deal.capacity is None:
        deal.capacity = next((q for q in previous.quantities if q.unit in _CAPACITY_UNITS), None)
    if deal.location is None:
        deal.location = next((p for p in previous.places if r.is_site(previous, p)), None)


def _party_first(view: r.View, parties: list[CompanyMention]) -> bool:
    """The sentence opens with a company ("Meta is also building its own data centers ...",
    "The company is building reactors at its site in Oak Ridge"): it tells what the company
    does, not where the deal's capacity is."""
    return bool(parties) and view.between(view.sentence.start, parties[0].start).strip() in (
        "", "The", "the")


def _other_party_before(deal: _Deal, view: r.View, t: TimeMention) -> bool:
    """Another company stands between the deal word before the date and the date ("its
    agreement with Nebius ..., and a deal with Lambda that was also announced on Monday")."""
    names = deal.names()
    last = max((g.start for g in view.triggers if g.start < t.start), default=view.sentence.start)
    return any(last < c.start < t.start and c.name not in names for c in view.companies)


def _retells_price(view: r.View, trigger: r.Trigger | None, subj: CompanyMention | None,
                   current: _Deal | None, money: list[MoneyMention]) -> bool:
    """"Greenblatt said he bought the stock for 350,000 dlrs": the buyer of the current deal,
    told again buying with the price the first telling lacked."""
    if current is None or current.value is not None or trigger is None or trigger.noun \
            or subj is None or current.buyer is None or not _near(current, view):
        return False
    return (trigger.pattern in _CONTROL_PATTERNS or trigger.pattern == "procure") \
        and _same_company(subj, current.buyer) and bool(money) and money[0].amount is not None \
        and not (r.is_hypothetical(view, trigger) or r.is_negated(view, trigger)
                 or r.is_cumulative(view, trigger) or r.NEW_DEAL.search(view.text))


def _strangers(deal: _Deal, parties: list[CompanyMention]) -> bool:
    """The sentence names a company that is not a party of the deal."""
    names = deal.names()
    return any(c.name not in names for c in parties)


def _other_buyer(deal: _Deal, current: _Deal, view: r.View, trigger: r.Trigger,
                 parties: list[CompanyMention]) -> bool:
    """A definite deal noun whose buyer is the current deal's seller ("AMD sells the unit to
    Sanmina ... AMD completed its acquisition of ZT Systems in March"): an earlier deal of that
    company, not the current one told again. Or a hostile or rival bid whose buyer, named in
    the sentence, is not the current deal's ("Dart said it withdrew its hostile tender offer
    for Safeway")."""
    if deal.buyer is None:
        return False
    if deal.buyer.how != "reference" and current.seller is not None \
            and deal.buyer.name == current.seller.name:
        return True
    return (r.rival_bid(view, trigger) and current.buyer is not None
            and not _same_company(deal.buyer, current.buyer)
            and any(p.name == deal.buyer.name and p.how != "reference" for p in parties))


_SUMMARY_PARTIES = 3


def _summary(view: r.View, parties: list[CompanyMention], party: CompanyMention | None) -> bool:
    """"agreements worth over $1 trillion with Nvidia, AMD, Broadcom, Oracle ...": a sum of
    deals told elsewhere, not a deal of its own."""
    return party is not None and len(r.conjuncts(view, parties, party)) + 1 >= _SUMMARY_PARTIES


def _joined(view: r.View, parties: list[CompanyMention], deal: _Deal) -> list[_Deal]:
    """"Meta signed agreements with Vistra, TerraPower and Oklo": one deal per counterparty
    (the value, told once, stays with the first)."""
    role = "seller" if deal.seller is not None else "target" if deal.target is not None else None
    if role is None or deal.buyer is None:
        return []
    if deal.deal_type == "partnership" and deal.seller is not None and any(
            _same_company(c, deal.seller) for c in r.conjuncts(view, parties, deal.buyer)):
        return []  # "a new partnership among Hut 8, Anthropic and Fluidstack": one alliance
    out = []
    for other in r.conjuncts(view, parties, getattr(deal, role)):
        if any(c is not None and _same_company(other, c) for c in (deal.buyer, deal.seller, deal.target)):
            continue
        copy = _Deal(deal.deal_type, deal.rule, deal.strength - 0.05, deal.buyer, deal.seller,
                     deal.target, None, deal.term, deal.announced, deal.status,
                     list(deal.hardware), None, deal.location, list(deal.evidence))
        setattr(copy, role, other)
        out.append(copy)
    return out


def _makers(analysis: Analysis) -> dict[str, CompanyMention]:
    """The first mention of each chip vendor the article names as a company, by vendor."""
    out: dict[str, CompanyMention] = {}
    for c in analysis.companies:
        vendor = VENDORS.get(c.name) or VENDORS.get(c.text)
        if vendor and vendor not in out:
            out[vendor] = c
    return out


def _installed(view: r.View, parties: list[CompanyMention], makers: dict[str, CompanyMention],
               vendors: set[tuple[str, str]], published: dt.date | None) -> list[_Deal]:
    """"SK Group will use 50,000 Blackwell GPUs ..., while Hyundai Motor Group will take
    50,000 Blackwell chips": a customer taking chips into use, no maker named in the phrase,
    buys them from the vendor the article names for them (the chips' own vendor, or the one
    vendor of that kind), when the sentence tells no deal of its own."""
    out = []
    for t, h in r.installed_chips(view):
        buyer = r.subject(view, parties, t.start)
        vendor = h.vendor or _sole_vendor(vendors, h.category)
        maker = makers.get(vendor) if vendor else None
        if buyer is None or maker is None or maker.start >= view.sentence.end \
                or any(k in CHIPMAKER_KINDS for k in buyer.kinds) \
                or any(t.end <= p.start < h.start for p in parties):
            continue
        deal = _Deal("chip_supply", "installed", 0.5, buyer, maker, None, None)
        _fill(deal, view, published, start=t.start)
        out.append(deal)
    return out


_RIVAL_BID = "rival bid"  # the rule of a competing bidder's deal


def _rivals_of(c: CompanyMention, rivals: dict[str, list[_Deal]]) -> list[_Deal]:
    """The competing bids so far whose bidder is ``c``."""
    return [d for word in _first_words(c) for d in rivals.get(word, ())
            if _same_company(c, d.buyer)]


def _rival_telling(view: r.View, parties: list[CompanyMention],
                   rivals: dict[str, list[_Deal]]) -> _Deal | None:
    """A competing bidder's deal (of ``rivals``) that a sentence goes on with: its subject is
    the bidder and its deal word an offer ("Pirelli launched its own tender offer of 58 dlrs a
    share ... on March 7"), whatever deal the story is on."""
    if not rivals or not any(r.is_offer(t) for t in view.triggers):
        return None
    trigger = r.best_trigger(view)
    if trigger is None or not r.is_offer(trigger):
        return None
    subj = r.subject(view, parties, trigger.start)
    return next(iter(_rivals_of(subj, rivals)), None) if subj is not None else None


def _rival_bids(view: r.View, told: list[_Deal], current: _Deal | None,
                rivals: dict[str, list[_Deal]], published: dt.date | None) -> list[_Deal]:
    """"agreed to acquire Distillers ..., topping a hostile 1.87 billion stg bid from Argyll
    Group Plc", "The rival offer from United Biscuits lapsed": a competing bid named with its
    bidder is the bidder's own deal for the same target (planned, unless the sentence ends
    it), with the amount right before the bid as its value. ``told``: the deals this sentence
    told; ``rivals``: the competing bids told before."""
    story = told[0] if told else current
    if story is None or story.target is None or story.deal_type not in ("acquisition", "merger"):
        return []
    out = []
    for start, t, bidder in r.rival_bidders(view, list(view.companies)):
        if any(c is not None and _same_company(bidder, c)
               for c in (story.buyer, story.target, *(d.buyer for d in (*told, *out)))) \
                or _rivals_of(bidder, rivals):
            continue
        own = [m for m in r.amounts_before(list(view.money), t.start, t.start - start)
               if m.per is None]  # "a hostile 1.87 billion stg bid"
        bid = _Deal(story.deal_type, _RIVAL_BID, 0.6, bidder, None, story.target,
                    own[-1] if own else None)
        _fill(bid, view, published, start=t.start)
        bid.status = bid.status if bid.status == "terminated" else "planned"
        out.append(bid)
    return out


def _placed_orders(view: r.View, parties: list[CompanyMention], trigger: r.Trigger,
                   deal: _Deal, money: list[MoneyMention],
                   published: dt.date | None) -> list[_Deal]:
    """"... is Anthropic, and said Anthropic had placed an additional $11 billion order": a
    later order noun with a customer of its own is a second order from the same supplier."""
    if deal.seller is None:
        return []
    found = [(t, customer) for t in view.triggers if t.start > trigger.end
             and (customer := r.order_customer(view, parties, t)) is not None]
    out = []
    for i, (t, customer) in enumerate(found):
        own = r.amounts_before(money, t.start, 40)
        extra = _Deal(deal.deal_type, "order", 0.6, customer, deal.seller, None,
                      own[-1] if own else None)
        _fill(extra, view, published, start=t.start,
              end=found[i + 1][0].start if i + 1 < len(found) else None)
        out.append(extra)
    return out


def _gapped(view: r.View, parties: list[CompanyMention], deal: _Deal,
            subj: CompanyMention | None, published: dt.date | None) -> list[_Deal]:
    """"Nvidia will invest up to $10 billion in Anthropic and Microsoft up to $5 billion": the
    company of a clause without a verb takes the subject's role in the same deal, for its own
    amount."""
    if subj is None or not deal.evidence:
        return []
    role = next((name for name in ("buyer", "seller")
                 if (c := getattr(deal, name)) is not None and c.name == subj.name), None)
    if role is None or deal.value is None:
        return []
    found = []
    for c in parties:
        if c.start <= deal.value.end or any(
                x is not None and _same_company(c, x) for x in (deal.buyer, deal.seller, deal.target)):
            continue
        value = r.gapped_value(view, c)
        if value is not None:
            found.append((c, value))
    out = []
    for i, (c, value) in enumerate(found):
        extra = _Deal(deal.deal_type, "gapped", 0.6, deal.buyer, deal.seller, deal.target,
                      value, deal.term, deal.announced, deal.status)
        setattr(extra, role, c)
        # its clause runs to the next one's company (each read once: linear in the sentence)
        _fill(extra, view, published, start=c.start,
              end=found[i + 1][0].start if i + 1 < len(found) else None)
        out.append(extra)
    return out


def _companion_partnership(view: r.View, trigger: r.Trigger, deal: _Deal,
                           published: dt.date | None) -> list[_Deal]:
    """"Nvidia to take $5 billion stake in Intel, team up on PC and data center chips": a
    partnership verb coordinated with the deal's own ("..., team up", "and partner") is a
    second deal between the same two companies."""
    other = deal.seller or deal.target
    if deal.deal_type == "partnership" or deal.buyer is None or other is None:
        return []
    for t in view.triggers:
        if t.pattern == "partner" and not t.noun and t.start > trigger.end \
                and r.coordinated(view, t):
            partnership = _Deal("partnership", "partner", 0.6, deal.buyer, other)
            _fill(partnership, view, published, start=t.start)
            partnership.announced = partnership.announced or deal.announced
            partnership.status = partnership.status or deal.status
            return [partnership]
    return []


def _coordinated_deals(view: r.View, trigger: r.Trigger, parties: list[CompanyMention],
                       deal: _Deal, money: list[MoneyMention],
                       published: dt.date | None) -> list[_Deal]:
    """"Microsoft's $17.4 billion agreement with Nebius ..., and a multibillion-dollar deal
    with Lambda": a deal noun joined by "and" with a counterparty of its own is a second deal
    of the same buyer."""
    if deal.buyer is None or deal.seller is None or deal.deal_type in _TERMLESS:
        return []
    out = []
    for t in view.triggers:
        if not (t.noun and t.start > trigger.end and r.coordinated_noun(view, t)):
            continue
        other = r.with_party(view, parties, t)
        if other is None or other.name in deal.names():
            continue
        own = [m for m in money if t.start - 40 <= m.start < t.start]  # "a $2 billion deal"
        extra = _Deal(deal.deal_type, "coordinated", 0.6, deal.buyer, other, None,
                      own[-1] if own else None)
        _fill(extra, view, published, start=t.start)
        out.append(extra)
    return out


def _later_values(view: r.View, money: list[MoneyMention], value: MoneyMention | None) -> list:
    """Values after the deal's own that a new-deal cue introduces ("followed up in May with
    an expansion worth as much as $4 billion"): deals of their own with the same parties."""
    if value is None:
        return []
    cue = r.NEW_DEAL.search(view.between(value.end, view.sentence.end))  # searched once
    if cue is None:
        return []
    told = value.end + cue.end()  # the amounts after the cue's end
    return [m for m in money if m.start > value.start and m.amount is not None and m.start >= told]


_CUSTOMER_TYPES = ("cloud_capacity", "chip_supply", "power")


def _fill_customer(deal: _Deal, topic: _Topic) -> None:
    """A provider's deal told without its customer ("The Google agreement ... is worth $10
    billion") is with the company the article is about."""
    if deal.buyer is None and deal.seller is not None and deal.deal_type in _CUSTOMER_TYPES \
            and (on := topic()) is not None and on.name != deal.seller.name:
        deal.buyer = on


def _near(deal: _Deal, view: r.View, gap: int = 400) -> bool:
    """The sentence follows the deal's last sentence closely (the story is still on it)."""
    return bool(deal.evidence) and 0 <= view.sentence.start - deal.evidence[-1][1] <= gap


def _new_deal(view: r.View, trigger: r.Trigger, parties: list[CompanyMention],
              subj: CompanyMention | None, money: list[MoneyMention],
              current: _Deal | None = None, earlier: bool = False,
              topic: _Topic | None = None) -> _Deal | None:
    """A deal told by this sentence, if it has the support to be one: a value of its own
    and a party, or two parties in roles; a plain deal noun needs a value, unless it is an
    earlier deal another builds on (``r.built_on``)."""
    if r.is_holding(view, trigger) or r.is_hypothetical(view, trigger) or r.is_negated(
            view, trigger) or r.is_cumulative(view, trigger) or r.is_background(view, trigger):
        return None
    buyer, seller, target = r.roles(view, trigger, parties, subj)
    if buyer is None and seller is not None and subj is not None and seller.name == subj.name \
            and trigger.pattern == "supply" and (
            partner := r.joint_subject(view, parties, subj, trigger)) is not None:
        # "the company and Broadcom announced that they would jointly develop and deploy 10
        # gigawatts of custom AI accelerators": a deal between the two, the provider sells
        buyer, seller = r.orient(r.deal_type(view, trigger, partner),
                                 replace(trigger, pattern="procure"), subj, partner)
    if (customer := r.order_customer(view, parties, trigger)) is not None:
        # "Anthropic had placed an additional $11 billion order": from the story's supplier
        buyer = customer
        if seller is None or seller.name == customer.name:
            on = topic() if topic is not None else None
            seller = on if on is not None and on.name != customer.name else None
    if seller is None and buyer is not None and trigger.pattern == "procure" and (
            landlord := r.site_landlord(view, parties, trigger)) is not None \
            and landlord.name != buyer.name:
        seller = landlord  # "CoreWeave leases 590 megawatts at Core Scientific sites"
    named = {c.name for c in (buyer, seller, target) if c is not None}
    if not named or _summary(view, parties, seller or target):
        return None
    if trigger.pattern in _FUNDING_PATTERNS:  # "a round that valued the maker at $300 billion"
        money = [m for m in money if not r.is_valuation(view, m)]
    money = r.outside_asides(view, money, trigger)
    value = _own_amount(view, money, trigger) or _party_amount(view, money, buyer, seller) \
        or _nearest([m for m in money if m.amount is not None], trigger.start)
    if value is None:
        control = trigger.pattern in _CONTROL_PATTERNS or (
            trigger.pattern == "procure" and target is not None)
        signed = len(named) >= 2 and r.status_of(view.text) in _FIRM_STATUSES
        if not (control and target is not None) and (
                trigger.pattern in ("noun", "site") and not (earlier or signed) or len(named) < 2):
            return None  # "X and Y said they had agreed to ... under a power purchase agreement"
        value = _nearest(money, trigger.start)  # an undisclosed or vague value
    if trigger.pattern == "invest" and seller is None and trigger.noun and buyer is not None \
            and current is not None and current.deal_type == "investment" \
            and current.seller is not None and current.buyer is not None \
            and not _same_company(buyer, current.buyer):
        seller = current.seller  # "Facebook's Rs 43,574 crore investment": a co-investor's
        named.add(seller.name)
    if trigger.pattern == "invest" and seller is None and not _site_words(view):
        return None
    if trigger.pattern == "raise" and (value is None or value.amount is None) \
            and not r.ROUND_WORDS.search(view.text):
        return None  # "has raised tens of billions of dollars from investors": no one round
    if target is None and current is not None and current.target is not None \
            and trigger.pattern == "acquire" and buyer is not None and buyer.name not in current.names():
        target = current.target  # a rival bid for the company the story is about
        named.add(target.name)
    if trigger.pattern == "sell" and buyer is None and (value is None or value.amount is None) \
            and r.vague_object(view, trigger):
        return None  # "planned to sell some of RJR Nabisco's food businesses"
    if trigger.pattern == "sell" and r.sells_own_stake(view, trigger) and current is not None \
            and current.target is not None and any(
                _same_company(c, current.target) for c in parties):
        return None  # "Ampere's main shareholders ... will sell their stakes": the same takeover
    deal_type = r.deal_type(view, trigger, seller)
    buyer, seller = r.orient(deal_type, trigger, buyer, seller)
    if deal_type == "data_center" and buyer is not None and seller is not None and (
            (owner := r.site_owner(view, parties, subj)) is not None and owner.name == buyer.name):
        buyer, seller = seller, buyer  # "signed two leases with CoreWeave at its campus"
    if deal_type == "investment" and seller is None and target is not None:
        # "received warrants for a stake in Cipher": Cipher gets the money
        seller, target = target, None
    if len(named) < 2 and not _single_party_ok(view, deal_type, trigger, seller, target,
                                                value is not None and value.amount is not None):
        return None
    if deal_type == "other" and (value is None or value.amount is None):
        return None  # no word says what is traded and no value: two companies in a sentence
    strength = 0.6 if trigger.pattern in ("noun", "site") else 0.75
    return _Deal(deal_type, trigger.pattern, strength, buyer, seller, target, value)


def _own_amount(view: r.View, money: list[MoneyMention], trigger: r.Trigger) -> MoneyMention | None:
    """The amount that modifies a deal noun ("the $10 billion order", "a $300 billion cloud
    deal"): the noun's own, whatever amounts follow it."""
    if not trigger.noun:
        return None
    return next((m for m in money if m.amount is not None and m.end <= trigger.start
                 and _MODIFIER_GAP.fullmatch(view.between(m.end, trigger.start))), None)


def _party_amount(view: r.View, money: list[MoneyMention],
                  *sides: CompanyMention | None) -> MoneyMention | None:
    """The amount a party brings, told right before it ("raising $20 billion, including as
    much as $2 billion from Nvidia"): that party's deal's value."""
    for c in sides:
        if c is None or not view.sentence.start <= c.start < view.sentence.end:
            continue
        m = next((m for m in r.amounts_before(money, c.start, 30)
                  if _FROM_GAP.fullmatch(view.between(m.end, c.start))), None)
        if m is not None:
            return m
    return None


_FROM_GAP = re.compile(r"\s+from\s+(?:the\s+)?")
_MODIFIER_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


def _single_party_ok(view: r.View, deal_type: str, trigger: r.Trigger,
                     seller: CompanyMention | None, target: CompanyMention | None,
                     valued: bool) -> bool:
    """A deal with one named party: a company's own project at a named place, a sale or
    purchase with its target, or a funding round; anything else needs a counterparty."""
    if deal_type in _CUSTOMER_TYPES and seller is not None:
        return True  # the customer may be the article's topic (``_fill_customer``)
    if deal_type not in r.lex.SINGLE_PARTY_TYPES:
        return False
    if deal_type == "investment":
        return trigger.pattern == "raise" and seller is not None and bool(r.ROUND_WORDS.search(view.text))
    if deal_type in ("acquisition", "merger"):
        # "will sell 25 pct of Air New Zealand", not "Following the acquisition, Piosec said"
        return (target is not None or seller is not None) and (valued or not trigger.noun)
    if deal_type == "data_center":
        # a project somewhere ("a $10 billion data center in Texas"), not spending guidance
        # ("expects to spend $80 billion on AI data centers in its fiscal year")
        return any(r.is_site(view, p) for p in view.places)
    return True


def _site_words(view: r.View) -> bool:
    return any(t.pattern == "site" for t in view.triggers)


def _nearest(items, pos: int):
    after = [x for x in items if x.start >= pos]
    return after[0] if after else (items[-1] if items else None)


def _continue(view: r.View, deals: list[_Deal], current: _Deal, money: list[MoneyMention],
              published: dt.date | None) -> _Deal:
    """A sentence about the current deal. "The agreement ... builds on an earlier $14.2
    billion contract": a value after a new-deal cue is a second deal with the same parties."""
    first = [m for m in money if not r.NEW_DEAL.search(view.tail(m.start, 40))]
    later = [m for m in money if m not in first]
    cut = later[0].start if later else view.sentence.end
    _extend(current, view, first[:1] if current.value is None else [], published, end=cut)
    for m in later:
        deal = _Deal(current.deal_type, "builds-on", 0.6, current.buyer, current.seller,
                     current.target, m)
        _fill(deal, view, published, start=m.start)
        deals.append(deal)
    return current


def _fill_roles(deal: _Deal, view: r.View, trigger: r.Trigger | None,
                parties: list[CompanyMention], subj: CompanyMention | None) -> None:
    """"The company said the sale to X will take place": fill roles the deal lacks."""
    if trigger is None or not parties or trigger.pattern not in (*_CONTROL_PATTERNS, "procure"):
        return
    if trigger.pattern == "sell" and r.sells_own_stake(view, trigger):
        return  # shareholders selling out in the takeover are no party to it
    names = deal.names()
    buyer, seller, target = r.roles(view, trigger, parties, subj)
    for role, found in (("buyer", buyer), ("seller", seller), ("target", target)):
        if found is not None and getattr(deal, role) is None and found.name not in names:
            setattr(deal, role, found)
            names.add(found.name)


_FUNDING_PATTERNS = ("raise", "invest")
_FIRM_STATUSES = ("signed", "completed")  # a plain deal noun between two parties then counts


def _term_ok(deal: _Deal, view: r.View, t: TimeMention) -> bool:
    """A contract's term; a length of time alone near a takeover is how long the battle or
    the review took ("fought over almost five months", "an 18-month review")."""
    if deal.deal_type in _TERMLESS_TYPES and not (t.first or t.last):
        return False
    return r.open_term_ok(view, t)


def _joined_term(term: TimeMention, more: TimeMention, text: str) -> TimeMention:
    """One term from two mentions ("a 20-year agreement" and "begins in June 2027"): its
    span covers both, so that the record's text shows each part."""
    return replace(term, end=more.end, text=text[term.start:more.end],
                   first=term.first or more.first, last=term.last or more.last,
                   duration=term.duration or more.duration)


def _fill(deal: _Deal, view: r.View, published: dt.date | None, start: int = -1,
          end: int | None = None) -> None:
    """Add what a sentence says about a deal: term, date, status, hardware, capacity, place."""
    end = view.sentence.end if end is None else end
    inside = [t for t in view.times if start <= t.start < end]
    if deal.term is None:
        deal.term = next((t for t in inside if t.kind == "term" and _term_ok(deal, view, t)), None)
    elif r.is_continuation(view) and not r.is_capacity_subject(view):
        # "The power purchase agreement ... begins in June 2027": the agreement's own term,
        # not a deployment schedule ("The GPUs will be deployed through 2026")
        more = next((t for t in inside if t.kind == "term" and _adds_bound(deal.term, t)
                     and _term_ok(deal, view, t)), None)
        if more is not None:
            deal.term = _joined_term(deal.term, more, view.article)
    if deal.term is None or deal.term.first is None:
        begun = next((t for t in inside if (t.date if t.kind == "date" else t.kind == "period"
                                            and t.first) and r.begins_at(view, t)
                      or r.opens_term(t)),
                     None)  # "Oracle would begin providing the computing power in 2027"
        if begun is not None:  # a period starts with its first month ("the second half of 2026")
            start_term = replace(begun, kind="term", date=None,
                                 first=begun.date if begun.kind == "date" else begun.first, last=None)
            if deal.term is None:
                deal.term = start_term
            elif deal.term.start < begun.start:
                deal.term = _joined_term(deal.term, start_term, view.article)
    dates = [t for t in inside if t.kind == "date" and _not_future(t, published)]
    if len(dates) > 1 and r.is_dateline(view, dates[0]):
        dates = dates[1:]  # "March 11 (Reuters) - ..., the cloud provider said on Monday"
    told = next((t for t in dates if r.announcement_date(view, t)
                 and not _other_party_before(deal, view, t)), None)
    if told is not None and not deal.announced_told and (
            deal.announced is None or deal.announced.start < view.sentence.start):
        deal.announced, deal.announced_told = told, True  # "when it was announced last August"
    elif deal.announced is None and not r.closing_date(view, dates[:1]):
        deal.announced = dates[0] if dates else None
    text = view.between(max(start, view.sentence.start), end)
    if deal.status is None:
        deal.status = r.status_of(text)
    elif deal.headline and (told_here := r.status_of(text)):
        deal.status, deal.headline = told_here, False  # the lead tells it in full
    elif deal.status not in _FINAL_STATUSES and not r.others_deal(view, deal.names()):
        deal.status = r.final_status(text) or deal.status  # not "rejected the TWA bid"
    have = set(deal.hardware)  # a set: a sentence may name thousands of chips
    for hw in () if r.is_asset_subject(view) else view.hardware:
        if start <= hw.start < end and hw not in have and not r.is_contrasted(view, hw):
            deal.hardware.append(hw)
            have.add(hw)
    if deal.capacity is None:
        deal.capacity = next((q for q in view.quantities if q.unit in _CAPACITY_UNITS
                              and start <= q.start < end), None)
    if deal.location is None and deal.deal_type in _SITE_TYPES:
        deal.location = next((p for p in view.places if start <= p.start < end
                              and r.is_site(view, p)), None)
    span = (view.sentence.start, view.sentence.end)
    if span not in deal.evidence[-2:]:  # sentences are read in order: only the last can repeat
        deal.evidence.append(span)


def _extend(deal: _Deal, view: r.View, money: list[MoneyMention], published: dt.date | None,
            end: int | None = None) -> None:
    if money and deal.value is None:
        deal.value = money[0]
    _fill(deal, view, published, end=end)


def _not_future(t: TimeMention, published: dt.date | None) -> bool:
    if t.date is None or published is None:
        return True
    return t.date <= published.isoformat()[:len(t.date)]


