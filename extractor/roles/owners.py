"""Whose is what: the helpers ``roles`` (``sides.py``) uses to find owners and counterparties.

What a possessive owner owns (``_owned``), a unit and its parent (``_unit_owner``,
``_appositive_parent``, ``_parent_after``), the company whose shares are counted
(``_shares_named``), the company a purchase is made for (``_principal``), a group and its
leader (``_groups``, ``_led``), the "with" counterparty (``_with_party``), the company naming
a deal noun or owning the thing bought (``_modifier``, ``_owner_of_thing``), the maker of the
hardware (``_sole_hardware_maker``), the company reporting the news (``_reports``) and a
recipient (``_received``).
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import deals as lex
from ..mentions import CompanyMention
from .view import (
    _OWNED_THING, _START, Trigger, View, _alternation, _ci_trie, lower_twin, prep_before,
)
from .parties import _FIRST_WORD


_REPORTING = frozenset(lex.REPORTING_VERBS)


def _reports(view: View, c: CompanyMention) -> bool:
    """"..., the company said": the party reporting the news, not an object of the deal."""
    word = _FIRST_WORD.match(view.text, c.end - view.sentence.start)
    return bool(word) and word.group(1) in _REPORTING


_SUBSIDIARY_OF = re.compile(r"\b(?:unit|subsidiary|part|division)\s+of\s+$", re.I)
_SHARES_AFTER = re.compile(r"\s+(?:common\s+|preferred\s+|ordinary\s+)?(?:shares|stock)\b", re.I)


def _shares_named(view: View, candidates: list[CompanyMention],
                  buyer: CompanyMention | None) -> CompanyMention | None:
    """"2.1 mln Fenwick Industries Inc shares were tendered in response to Tallis's offer",
    "it has received 33,467 shares of Commercial Resources Corp": the company a number of
    whose shares the offer is for (not "Fenwick shares rose")."""
    for c in candidates:
        if buyer is not None and c.name == buyer.name:
            continue
        before = view.tail(c.start, 60)
        after = c.end - view.sentence.start
        if _SHARES_AFTER.match(view.text, after) and _COUNTED.search(before) \
                or _COUNTED_SHARES_OF.search(before) \
                or _HOLDERS_AFTER.match(view.text, after) and prep_before(view, c) == "to":
            return c  # "Bank of New York's offer will look good to Irving shareholders"
    return None


_HOLDERS_AFTER = re.compile(r"\s+(?:share|stock)?holders\b", re.I)
_COUNTED_AFTER = re.compile(r"\s+[\d][\d,.]*\s+(?:mln\s+|million\s+)?", re.I)
_COUNTED = re.compile(r"\d\s*(?:mln|million|bln|billion)?\s+$", re.I)
_COUNTED_SHARES_OF = re.compile(r"\d\s*(?:mln|million|bln|billion)?\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:shares|stock)\s+(?:in|of)\s+(?:the\s+)?$", re.I)


_GENERIC_UNIT = re.compile(r"(?:" + _alternation(lex.GENERIC_UNIT_WORDS) + r")\b", re.I)


def _specific_units(view: View) -> list[CompanyMention]:
    """Units and groups that name a particular thing, not "several other units"."""
    return [u for u in view.units if not _GENERIC_UNIT.match(u.text)]


_ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.I)
_ON_ITS_BEHALF = re.compile(r"\bon\s+(?:its|their)\s+behalf\b", re.I)


def _principal(view: View, candidates: list[CompanyMention], trigger: Trigger):
    """"Tesco said County Bank had bought 165,000 shares on its behalf": the buyer is the
    company the purchase is made for, named after "on behalf of" or reporting it."""
    rest = view.text[trigger.end - view.sentence.start:]
    for c in candidates:
        if c.start > trigger.end and _ON_BEHALF_OF.search(view.tail(c.start, 30)):
            return c
    if _ON_ITS_BEHALF.search(rest):
        return next((c for c in candidates if c.end <= trigger.start and _reports(view, c)), None)
    return None


def _groups(view: View) -> list[CompanyMention]:
    """Parties named by description: "an investor group", "a private corporation"."""
    return [u for u in view.units if u.how == "group"]


_LED_BY = re.compile(r"^,?\s+(?:led|headed|controlled|formed|organized)\s+by\s+(?:[\w-]+\s+){0,2}?$",
                     re.I)


def _led(view: View, candidates: list[CompanyMention], group: CompanyMention | None):
    """"to an investor group led by Swedish Match AB": the company leading the group."""
    if group is None:
        return None
    leader = next((c for c in candidates if c.start >= group.end), None)
    if leader is not None and _LED_BY.match(view.between(group.end, leader.start)):
        return leader
    return group


def _parent_after(view: View, candidates: list[CompanyMention], trigger: Trigger,
                  first: CompanyMention | None) -> CompanyMention | None:
    """"merge with and become a wholly owned subsidiary of Harvard Industries": the parent."""
    for c in candidates:
        if c.start > trigger.end and c is not first and _SUBSIDIARY_OF.search(view.tail(c.start, 40)):
            return c
    return None


_OWN = re.compile(r"\bits\s+(?:(?!(?:with|to|and|by|from|for|into|in|of)\b)[\w-]+\s+){0,3}$|\bits\s+(?:[\w-]+\s+){0,2}(?:subsidiary|unit)\W*$", re.I)
_UNIT_OF = re.compile(r"\s*'s?\s+(?:[\w-]+\s+){0,4}?(?:" + "|".join(lex.UNIT_NOUNS)
                      + r")\b[\s,]*(?:\w+\s+){0,1}$", re.I)
_OF_OWNER = re.compile(
    r"\s*(?:,\s*(?:(?:a|an|the|now|previously|formerly)\s+)*(?:[\w-]+\s+){0,3}?"
    r"(?:" + "|".join(lex.UNIT_NOUNS) + r")\s+|(?:" + "|".join(lex.UNIT_NOUNS) + r")\s+)?"
    r"of\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")


_LEADS = re.compile(r"\b(?:lead|leads|led|leading|co-lead|co-led|anchor|anchored)\b", re.I)
_RECEIVED = re.compile(r"\b(?:" + _ci_trie(f for v in lex.RECEIVING_VERBS for f in lex.forms(v))
                       + r")\s+(?:[\w$.,-]+\s+){0,5}$", re.I)
_RECEIVED_LOWER = lower_twin(_RECEIVED)


def _received(view: View, trigger: Trigger) -> bool:
    """"X received a $10 billion investment from Y": the subject is the recipient."""
    return bool(_RECEIVED_LOWER.search(view.lower_tail(trigger.start, 60)))


_OWNS = re.compile(r"^'s?\s+(?:[\w$.,%-]+\s+){0,5}?(?:stake\s+in\s+(?:the\s+)?)?$", re.I)


def _owned(view: View, candidates: list[CompanyMention], owner: CompanyMention) -> CompanyMention | None:
    """"buy Renault's 46 pct stake in American Motors", "Allegheny's Wilkinson Sword unit":
    what the possessive owner owns, when it is named right after."""
    for c in [*candidates, *view.units]:
        if c.start > owner.end and c.name != owner.name and _OWNS.match(view.between(owner.end, c.start)):
            return c
    return None


_APPOSITIVE_PARENT = re.compile(r"\s*,\s*(?:(?:a|an|the|now|previously|formerly)\s+)*(?:[\w-]+\s+){0,3}?(?:"
                                + "|".join(lex.UNIT_NOUNS) + r")\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _appositive_parent(view: View, candidates: list[CompanyMention], c: CompanyMention) -> bool:
    """The parent in an appositive on the company before it ("Amoco Canada Petroleum Co Ltd,
    a unit of Chicago-based Amoco Corp"): it describes that company, it is not an object."""
    i = bisect.bisect_left(candidates, c.start, key=_START)  # those starting before it
    before = next((p for p in reversed(candidates[max(0, i - 3):i]) if p.end <= c.start), None)
    if before is None:
        return False
    return bool(_APPOSITIVE_PARENT.match(view.between(before.end, c.start)))


def _unit_owner(view: View, candidates: list[CompanyMention], seller: CompanyMention | None,
                target: CompanyMention | None) -> tuple:
    """"Triton Energy Corp's Canadian subsidiary, Triton Petroleum Ltd": the unit is the
    target and its parent the seller; "the Alliance division of Gleason Corp": likewise."""
    if target is None:
        return seller, target
    for c in candidates:
        if c.start <= target.end:
            continue
        gap = view.between(target.end, c.start)
        if seller is None and target.how != "unit" and _UNIT_OF.match(gap):
            return target, c
        if seller is None and _OF_OWNER.match(gap):
            return c, target
        break
    return seller, target


def _with_party(view: View, candidates: list[CompanyMention], *taken) -> CompanyMention | None:
    """"X reached agreement with Y to acquire Z": Y is the counterparty."""
    names = {c.name for c in taken if c is not None}
    for c in candidates:
        if c.name not in names and prep_before(view, c) == "with":
            return c
    return None


_MODIFIER_GAP = re.compile(r"^[\s-]*(?:[A-Za-z$.,\d-]+\s+){0,2}$")
_THING_OF = re.compile(r"\b(?:" + _ci_trie(lex.PROCURED_THINGS) + r")\s+of\s+(?:the\s+)?$", re.I)
_THING_OF_LOWER = lower_twin(_THING_OF)


def _modifier(view: View, candidates: list[CompanyMention], trigger: Trigger,
              subj: CompanyMention | None) -> CompanyMention | None:
    """"CoreWeave expands OpenAI pact": a company naming a deal noun is its counterparty."""
    if not trigger.noun:
        return None
    for c in reversed(candidates):
        if c.end <= trigger.start and c is not subj and c.name != getattr(subj, "name", None):
            if _MODIFIER_GAP.match(view.between(c.end, trigger.start)):
                return c
            return None
    return None


def _sole_hardware_maker(view: View, buyer: CompanyMention) -> CompanyMention | None:
    """The one company named inside the sentence's hardware phrases, when it is not the
    buyer: who provides what is procured."""
    inside = {c.name: c for c in view.companies if c.name != buyer.name and any(
        h.start <= c.start and c.end <= h.end for h in view.hardware)}
    return next(iter(inside.values())) if len(inside) == 1 else None


def _owner_of_thing(view: View, candidates: list[CompanyMention], trigger: Trigger,
                    subj: CompanyMention | None) -> CompanyMention | None:
    """"agreed to buy any of the cloud provider's unused capacity": the owner provides."""
    for c in candidates:
        if c.start >= trigger.end and c is not subj and (_OWNED_THING.match(
                view.text, c.end - view.sentence.start) or _THING_OF_LOWER.search(
                view.lower_tail(c.start, 40))):
            return c  # "... unused capacity", "to buy the output of Constellation's plant"
    return None
