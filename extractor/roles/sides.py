"""Who is buyer, seller and target around a trigger: ``roles``.

``roles`` maps the parties around a trigger to buyer, seller and target by the trigger's role
pattern, the prepositions before the parties ("from", "to", "by", "with", "of"), possessives
("X's purchase of Y") and the subject. ``_after`` finds the party a preposition attaches after
the trigger, ``_agent`` the agent of a deal noun ("by Y"), ``_neutral`` the two sides of a
deal that has no direction.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..lexicon import deals as lex
from ..mentions import CompanyMention
from .view import _DIRECT, _START, Trigger, View, _alternation, _prep_after, prep_before
from .triggers import _acquires, _maker_deployed
from .parties import conjuncts, _possessor
from .clauses import is_continuation
from .owners import (
    _COUNTED_AFTER, _LEADS, _OWN, _appositive_parent, _groups, _led, _modifier, _owned,
    _owner_of_thing, _parent_after, _principal, _received, _reports, _shares_named,
    _sole_hardware_maker, _specific_units, _unit_owner, _with_party,
)


_OFFER_NOUNS = frozenset(n.lower() for n in lex.OFFER_NOUNS)
_STAKES = frozenset(("stake", "equity stake", "stake purchase"))


# -- roles -----------------------------------------------------------------------------------


def _after(view: View, candidates: Iterable[CompanyMention], trigger: Trigger,
           preps: tuple[str, ...], skip: tuple = ()) -> CompanyMention | None:
    skipped = {c.name for c in skip if c is not None}
    for c in candidates:
        if c.start >= trigger.end and c.name not in skipped and _prep_after(view, trigger, c) in preps \
                and not _reports(view, c):
            return c
    return None


_CLAUSE_BREAK = re.compile(r",(?!\s*(?:a|an|the|by|from)\b)", re.I)


_OFFER_FROM = re.compile(r"(?<![\w-])(?:" + _alternation(lex.OFFER_NOUNS) + r")\s+(?:[^,;]*?\s)?"
                         r"from\s+(?:(?:another|a|an|the)\s+)?(?:[\w-]+,?\s+){0,3}?$", re.I)


def _bidder(view: View, c: CompanyMention, trigger: Trigger) -> bool:
    """"a rival bid of 50 dlrs a share from another publishing firm, Harcourt Brace
    Jovanovich": the company a later offer noun comes from bids; it does not sell."""
    if c.start <= trigger.end:
        return False
    tail = view.tail(c.start, 80)
    m = _OFFER_FROM.search(tail)
    return m is not None and c.start - len(tail) + m.start() > trigger.end


# "a hostile 1.87 billion stg bid from Argyll", "the rival offer from United Biscuits": the
# adjective a few words before the offer noun, the bidder right after "from"
_RIVAL_BEFORE = re.compile(r"(?<![\w-])(?:" + _alternation(lex.RIVAL_BID_ADJECTIVES)
                           + r")\s+(?:[\w$.,-]+\s+){0,4}?$", re.I)
_RIVAL_FROM = re.compile(r"\s+(?:of\s+[^,;]{0,60}?\s+)?from\s+(?:the\s+)?", re.I)


def is_offer(trigger: Trigger) -> bool:
    """"bid", "tender offer", "takeover proposal": a deal noun that offers."""
    return trigger.noun and trigger.text.lower() in _OFFER_NOUNS


def rival_bidders(view: View,
                  candidates: list[CompanyMention]) -> list[tuple[int, Trigger, CompanyMention]]:
    """Competing bids the sentence names with their bidder ("topping a hostile 1.87 billion
    stg bid from Argyll Group Plc", "The rival offer from United Biscuits (Holdings) Plc
    lapsed"): (where the bid's phrase starts, the offer noun, the bidder)."""
    out = []
    for t in view.triggers:
        rival = _RIVAL_BEFORE.search(view.tail(t.start, 50)) if is_offer(t) else None
        if rival is None:
            continue
        m = _RIVAL_FROM.match(view.text, t.end - view.sentence.start)
        if m is None:
            continue
        at = view.sentence.start + m.end()
        i = bisect.bisect_left(candidates, at, key=_START)
        if i < len(candidates) and candidates[i].start == at:
            tail_start = view.sentence.start + max(0, t.start - view.sentence.start - 50)
            out.append((tail_start + rival.start(), t, candidates[i]))
    return out


def _agent(view: View, candidates: list[CompanyMention], trigger: Trigger,
           preps: tuple[str, ...]) -> CompanyMention | None:
    """The agent of a deal noun, in its own phrase ("the acquisition of X by Y", "the
    acquisition of X, a maker of pumps, by Y"), not in a later clause ("the acquisition of
    X, following approval by X shareholders")."""
    agent = _after(view, candidates, trigger, preps)
    if agent is None:
        return None
    gap = view.between(trigger.end, agent.start)
    places = view.places[bisect.bisect_left(view.places, trigger.end, key=_START):
                         bisect.bisect_left(view.places, agent.start, key=_START)]
    for p in places:  # "of Home Savings in Seattle, Washington, by InterWest": no clause
        if p.end <= agent.start and "," in p.text:
            a = p.start - trigger.end
            gap = gap[:a] + " " * (p.end - p.start) + gap[a + p.end - p.start:]
    return None if _CLAUSE_BREAK.search(gap) else agent


def _distinct(*roles: CompanyMention | None) -> tuple:
    """Drop a role that repeats an earlier role's company; a person is never the target."""
    seen, out = set(), []
    if len(roles) == 3 and roles[2] is not None and roles[2].how == "person":
        roles = (*roles[:2], None)
    for r in roles:
        if r is not None and r.name in seen:
            r = None
        if r is not None:
            seen.add(r.name)
        out.append(r)
    return tuple(out)


def roles(view: View, trigger: Trigger, candidates: list[CompanyMention],
          subj: CompanyMention | None) -> tuple:
    """(buyer, seller, target) for a trigger's role pattern."""
    p = trigger.pattern
    owner = _possessor(view, candidates, trigger) if trigger.noun else None
    if owner is None and trigger.noun and trigger.text.lower() in _STAKES:
        owner = _modifier(view, candidates, trigger, subj)  # "talks about a KLM minority stake"
    if p == "passive":  # the agent follows the phrase, which ends in "by" or "to"
        return _distinct(_after(view, candidates, trigger, ("", "by", "to")), None, subj)
    if p == "acquire" or (p == "procure" and _acquires(view, candidates, trigger)):
        agent_preps = ("by", "from") if trigger.text.lower() in _OFFER_NOUNS or _received(
            view, trigger) else ("by",)
        agent = _agent(view, candidates, trigger, agent_preps) if trigger.noun else None
        buyer = _principal(view, candidates, trigger) or owner or agent or subj
        target = _after(view, [c for c in candidates if not _appositive_parent(view, candidates, c)],
                        trigger, (*_DIRECT, "for", "of", "in"), (buyer,))
        if target is None and agent is not None and subj is not agent:
            target = subj
        if target is None and not trigger.noun and subj is not None and _received(view, trigger):
            # "X said it received proposals (from Y) to acquire the company": X is the target
            bidder = next((c for c in candidates if c.name != subj.name
                           and prep_before(view, c) in ("from", "by")), None)
            buyer, target = bidder, subj
        target = target or _after(view, _specific_units(view), trigger, (*_DIRECT, "of", "in", "for")) \
            or _shares_named(view, candidates, buyer)
        sellers = (c for c in candidates if not _bidder(view, c, trigger))  # read lazily
        seller = _after(view, sellers, trigger, ("from",)) or _after(
            view, [g for g in _groups(view) if not _INDEFINITE.search(view.tail(g.start, 12))],
            trigger, ("from",))  # "from the German government", not "from a substantial company"
        owned = _owned(view, candidates, target) if target is not None else None
        if owned is not None and seller is None:
            seller, target = target, owned
        seller, target = _unit_owner(view, candidates, seller, target)
        seller = seller or _with_party(  # after the buyer: "X signs deals with Y, Z takes stake"
            view, [c for c in candidates if buyer is None or c.start > buyer.start], buyer, target)
        if target is not None and target.how == "unit" and seller is None and _OWN.search(
                view.tail(target.start, 12)):
            buyer, seller = None, buyer  # "X said investors offered to buy its mill"
        return _distinct(buyer, seller, target)
    if p == "sell":
        seller = owner or subj
        buyer = _after(view, candidates, trigger, ("to",)) or _after(
            view, candidates, trigger, ("from",), (seller,)) or _led(
            view, candidates, _after(view, _groups(view), trigger, ("to",)))
        target = _after(view, candidates, trigger, (*_DIRECT, "of", "in"), (buyer, seller)) \
            or _after(view, _specific_units(view), trigger, (*_DIRECT, "of", "in"))
        if buyer is None and target is not None and _COUNTED_AFTER.match(
                view.text, target.end - view.sentence.start):
            # "it would sell Qintex 900,000 Hal Roach shares": whom to, then what
            buyer, target = target, _shares_named(view, candidates, seller)
        owned = _owned(view, candidates, target) if target is not None else None
        if owned is not None and (seller is None or seller.name == target.name):
            seller, target = target, owned
        unit_seller, target = _unit_owner(view, candidates, None, target)
        if target is None and seller is not None and _ITSELF.match(view.text, trigger.end - view.sentence.start):
            return _distinct(buyer, None, seller)  # "sold all its assets", "a stake in itself"
        if target is None and buyer is None and _BARE_SHARES.match(
                view.text, trigger.end - view.sentence.start):
            return None, None, None  # "has sold a total of 600,000 shares": an offering
        return _distinct(buyer, seller or unit_seller, target)
    if p == "merge":
        first = owner or subj
        of = _after(view, candidates, trigger, ("of",)) if trigger.noun and owner is None else None
        if of is not None and _OF_ONLY.match(view.between(trigger.end, of.start)):
            first = of  # "the proposed merger of X into Y"
        survivor = _after(view, candidates, trigger, ("into",), (first,)) or _parent_after(
            view, candidates, trigger, first)
        if survivor is not None and first is not None:
            if survivor.name == first.name:  # "X and Y agreed to merge Y into X"
                first = _after(view, candidates, trigger, _DIRECT, (survivor,))
            return _distinct(survivor, None, first)  # "X merged into Y": Y survives
        partner = _after(view, candidates, trigger, ("with",), (first,))
        if partner is not None and first is not None and not trigger.noun:
            return _distinct(partner, None, first)  # "X agreed to merge with Y": Y takes X
        other = _after(view, candidates, trigger, ("with", "and", "into", "of", "between"), (first,))
        if first is None and other is not None:
            first, other = other, _after(view, candidates, trigger, ("and", "with"), (other,))
        if other is None and first is not None:
            other = next((c for c in candidates if c.start > first.end and c.start < trigger.start
                          and prep_before(view, c) in ("and", "with")), None)
        if other is None and first is not None:
            # "its board and the board of Y have agreed to merge the two companies"
            others = {c.name: c for c in candidates if c.name != first.name
                      and c.end <= trigger.start}
            other = next(iter(others.values())) if len(others) == 1 else None
        if other is not None and _OWN.search(view.tail(other.start, 40)):
            return None, None, None  # merging with its own subsidiary is no deal
        return _distinct(first, None, other)
    if p == "invest" and trigger.noun and _received(view, trigger):
        investor = _after(view, candidates, trigger, ("by", "from"))  # "X received ... from Y"
        return _distinct(investor, owner or subj, None)
    if p == "invest":
        investor = owner or subj or _after(view, candidates, trigger, ("by", "from"))
        return _distinct(investor, _after(view, candidates, trigger, ("in", "into", *_DIRECT),
                                          (investor,)), None)
    if p == "raise":
        if subj is not None and _LEADS.search(view.between(subj.end, trigger.start)):
            # "SoftBank will lead a $40 billion funding round in OpenAI"
            return _distinct(subj, _after(view, candidates, trigger, ("in", "for", "of"), (subj,)), None)
        backer = _after(view, candidates, trigger, ("from", "by", "including", "led"))
        return _distinct(backer, owner or subj, None)
    if p == "supply":  # "X signed an agreement with Y to provide ...": Y is the customer
        customer = _after(view, candidates, trigger, ("to", "for", *_DIRECT)) or _with_party(
            view, candidates, subj)
        maker = _maker_deployed(view, trigger) if customer is None else None
        if maker is not None and subj is not None and maker.name != subj.name:
            return _distinct(subj, maker, None)  # "OpenAI will deploy 6 GW of AMD GPUs"
        return _distinct(customer, subj, None)
    if p == "partner":
        other = _after(view, candidates, trigger, ("with", "between", "among", "and"),
                       (owner or subj,))
        first = owner or subj
        if other is not None and _prep_after(view, trigger, other) in ("between", "among"):
            pair = conjuncts(view, candidates, other)
            first, other = other, (pair[0] if pair else None)
        if other is None and first is not None:
            joined = conjuncts(view, candidates, first)
            other = joined[0] if joined else _with_party(view, candidates, first)
        return _distinct(first, other, None)
    if p in ("build", "site"):
        return _distinct(owner or subj, _after(view, candidates, trigger, ("with", "from")), None)
    maker = _maker_deployed(view, trigger) if p == "procure" else None
    if maker is not None and subj is not None and maker.name != subj.name:
        return _distinct(subj, maker, None)  # "to spend billions on Google's TPUs"
    buyer, seller, target = _neutral(view, trigger, candidates, owner or subj)
    if p == "procure" and seller is None and buyer is not None and not is_continuation(view):
        # "a deal to expand its use of Google Cloud's TPUs, gaining access to a million chips"
        seller = _sole_hardware_maker(view, buyer)
    return buyer, seller, target


_OF_ONLY = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)


_ITSELF = re.compile(
    r"\s+(?:(?:of\s+)?(?:a|an|the)\s+)?(?:(?:substantially|virtually|nearly)\s+)?"
    r"(?:all\s+(?:of\s+)?its\s+(?:[\w-]+\s+){0,2}?assets\b|(?:[\w.%-]+\s+){0,4}?"
    r"(?:stake|interest|holding|shares?)\s+in\s+(?:itself|its\s+(?:[\w-]+\s+){0,4}?(?:stock|shares)))",
    re.I)
_BARE_SHARES = re.compile(r"\s+(?:a\s+total\s+of\s+)?(?:about\s+|some\s+|another\s+)?\d[\d,.]*\s+"
                          r"(?:mln\s+|million\s+)?(?:new\s+|common\s+|ordinary\s+)?shares\b"
                          r"(?!\s+(?:of|in)\b)", re.I)


_INDEFINITE = re.compile(r"(?<![\w-])(?:a|an|another)\W+$", re.I)


def _neutral(view: View, trigger: Trigger, candidates: list[CompanyMention],
             subj: CompanyMention | None) -> tuple:
    other = _after(view, candidates, trigger, ("from", "with", "by", "between", "among", "and",
                                               "to", *_DIRECT), (subj,))
    if other is not None and _prep_after(view, trigger, other) in ("between", "among"):
        pair = conjuncts(view, candidates, other)  # "a deal between X and Y"
        if pair:
            return _distinct(other, pair[0], None)
    if other is None and subj is not None:
        joined = conjuncts(view, candidates, subj)  # "X and Y signed a deal"
        if joined and joined[0].end <= trigger.start:
            other = joined[0]
    other = other or _modifier(view, candidates, trigger, subj) or _owner_of_thing(
        view, candidates, trigger, subj) or _with_party(view, candidates, subj)
    names = list(dict.fromkeys(c.name for c in candidates))
    if other is None and subj is None and len(names) >= 2:
        subj = candidates[0]
        other = next(c for c in candidates if c.name != subj.name)
    return _distinct(subj, other, None)
