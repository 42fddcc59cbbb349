"""Which amounts of a sentence may be a deal's own value.

``eligible_money`` drops per-unit prices, revenue and aggregates; ``outside_asides`` drops
amounts told in a relative clause set off from the trigger's; ``is_valuation`` ("valued at
$300 billion"), ``amount_of_other_deal`` (the amount of another company's deal),
``gapped_value`` (the amount of a clause whose verb is left out) and ``amounts_before`` (the
amounts right before a position).
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import deals as lex
from ..mentions import CompanyMention, MoneyMention
from .view import _START, Trigger, View, _alternation, _ci_trie, lower_twin, needed_words


_NOT_VALUE_BEFORE = re.compile(r"(?<!\w)(?:" + _ci_trie(lex.NOT_VALUE_BEFORE)
                               + r")\W*(?:\w+\W+){0,4}$", re.I)
_NOT_VALUE_AFTER = re.compile(r"\W*(?:" + _alternation(lex.NOT_VALUE_AFTER) + r")(?!\w)", re.I)
_PER_SHARE = re.compile(r"\W*(?:[\w.-]+\s+){0,4}?(?:" + _alternation(lex.PER_SHARE_LINKERS)
                        + r")\s+(?:\w+\s+){0,3}?(?:" + _alternation(lex.PER_SHARE_NOUNS) + r")\b", re.I)
_NOT_VALUE_BEFORE_WORDS = needed_words(lex.NOT_VALUE_BEFORE)
_NOT_VALUE_AFTER_WORDS = needed_words(lex.NOT_VALUE_AFTER)
_PER_SHARE_WORDS = needed_words(lex.PER_SHARE_NOUNS)


_DEAL_TOTAL = re.compile(r"\btotal\s+(?:contract\s+|deal\s+|transaction\s+)?value\s+of\s+"
                         r"(?:the|this|its)\s+(?:[\w-]+\s+)?(?:" + _alternation(lex.DEAL_NOUNS)
                         + r")\s+(?:is|was|will\s+be)\s+(?:[\w-]+\s+)?$|\b(?:for|or)\s+a\s+total"
                         r"(?:\s+of)?\s+(?:about\s+|some\s+|approximately\s+)?$"
                         r"|\btotal\s+(?:payments|consideration|contract\s+value)\s+(?:of\s+)?"
                         r"(?:about\s+|some\s+|approximately\s+|more\s+than\s+|nearly\s+)?$", re.I)


_RUNNING_TOTAL = re.compile(
    r"\b(?:" + _alternation(lex.RUNNING_TOTAL_VERBS) + r")\s+(?:its|the|their|his|her|our)\s+(?:"
    + _alternation(lex.TOTAL_WORDS) + r")\b[^,;$]{0,60}?\bto\s+(?:about\s+|approximately\s+"
    r"|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$", re.I)
_RUNNING_TOTAL_WORDS = needed_words(lex.RUNNING_TOTAL_VERBS)


# "about $7 billion in revenue over their terms": what the contracts bring over their life
_CONTRACT_REVENUE = re.compile(r"\s+in\s+(?:total\s+)?revenues?\s+over\s+(?:the|their|its)\s+"
                               r"(?:(?:[\w-]+\s+){0,2}?(?:terms?|life|lives|duration)\b)", re.I)


# the patterns above, searched in the sentence lowered
_NOT_VALUE_BEFORE_LOWER, _NOT_VALUE_AFTER_LOWER, _PER_SHARE_LOWER, _DEAL_TOTAL_LOWER, \
    _RUNNING_TOTAL_LOWER, _CONTRACT_REVENUE_LOWER = map(lower_twin, (
        _NOT_VALUE_BEFORE, _NOT_VALUE_AFTER, _PER_SHARE, _DEAL_TOTAL, _RUNNING_TOTAL,
        _CONTRACT_REVENUE))


def eligible_money(view: View) -> list[MoneyMention]:
    """Money that may be a deal's own value: not per-unit (nor an amount too small to be
    more than one share's price), not revenue, not an aggregate."""
    if not view.money:
        return []
    # which of the patterns may match in the sentence at all: the others are not searched
    not_before, running = view.holds(_NOT_VALUE_BEFORE_WORDS), view.holds(_RUNNING_TOTAL_WORDS)
    not_after, per_share = view.holds(_NOT_VALUE_AFTER_WORDS), view.holds(_PER_SHARE_WORDS)
    out = []
    for m in view.money:
        if m.per or m.amount is not None and m.amount < lex.MIN_DEAL_VALUE:
            continue
        before = view.lower_tail(m.start, 60)
        if not_before and _NOT_VALUE_BEFORE_LOWER.search(before) \
                and not _DEAL_TOTAL_LOWER.search(before) \
                or running and _RUNNING_TOTAL_LOWER.search(view.lower_tail(m.start, 120)):
            continue
        at, low = m.end - view.sentence.start, view.lower
        if not_after and _NOT_VALUE_AFTER_LOWER.match(low, at) \
                and not _CONTRACT_REVENUE_LOWER.match(low, at) \
                or per_share and _PER_SHARE_LOWER.match(low, at):
            continue
        out.append(m)
    return out


# ", which has ...", " - who ...": a relative clause set off by commas or dashes, to its end
_ASIDE = re.compile(r"(?:,|\s[-\u2013\u2014])\s+(?:which|who)\s.*?(?=,|\s[-\u2013\u2014]\s|;|$)")


def outside_asides(view: View, money: list[MoneyMention], trigger: Trigger) -> list[MoneyMention]:
    """The money not inside a relative clause set off from the trigger's ("Amazon - which has
    poured $8 billion into Anthropic - was losing ground in the race to supply ..."): an
    aside tells its own facts. Money in the trigger's own aside stays ("Nebius, which signed a
    $17.4 billion deal with Microsoft, ...")."""
    if "which" not in view.text and "who" not in view.text:
        return money
    asides = [(view.sentence.start + m.start(), view.sentence.start + m.end())
              for m in _ASIDE.finditer(view.text)]
    keep = []
    for m in money:
        aside = next(((a, b) for a, b in asides if a <= m.start < b), None)
        if aside is None or aside[0] <= trigger.start < aside[1]:
            keep.append(m)
    return keep


_NOUN_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(lex.DEAL_NOUNS)
                      + r")\s+(?:of|for)\s+(?:the\s+)?$", re.I)


def amount_of_other_deal(view: View, m: MoneyMention, names: set[str]) -> bool:
    """"awaits approval of its 400 mln dlr acquisition of Pacific Southwest Airlines": the
    amount of a deal noun whose object is a company not among ``names``."""
    i = bisect.bisect_left(view.companies, m.end, key=_START)
    if i == len(view.companies):
        return False
    c = view.companies[i]
    return c.name not in names and c.start - m.end <= 60 and bool(
        _NOUN_OF.fullmatch(view.between(m.end, c.start)))


def is_valuation(view: View, m: MoneyMention) -> bool:
    """"... that valued the ChatGPT maker at $300 billion": what a company is worth, which
    in a funding round is not the amount raised."""
    return bool(_VALUED_AT.search(view.tail(m.start, 60)))


_VALUED_AT = re.compile(r"\b(?:valued|valuing|values|value)\s+(?:[\w'-]+\s+){0,4}?at\s+"
                        r"(?:about\s+|some\s+|more\s+than\s+|nearly\s+|roughly\s+)?$", re.I)


def gapped_value(view: View, c: CompanyMention) -> MoneyMention | None:
    """"Nvidia will invest up to $10 billion in Anthropic and Microsoft up to $5 billion": a
    company after "and" followed right away by an amount is the subject of a clause whose
    verb is left out (the first clause's); the amount is its value."""
    if not _AND_BEFORE.search(view.tail(c.start, 8)):
        return None
    i = bisect.bisect_left(view.money, c.end, key=_START)
    if i < len(view.money) and not view.between(c.end, view.money[i].start).strip() \
            and view.money[i].amount is not None:
        return view.money[i]
    return None


_AND_BEFORE = re.compile(r"\band\s+$")


def amounts_before(money: list[MoneyMention], pos: int, reach: int) -> list[MoneyMention]:
    """The amounts (with a figure) starting within ``reach`` characters before ``pos``
    ("an additional $11 billion order"), by bisection over ``money`` (in order of start)."""
    lo = bisect.bisect_left(money, pos - reach, key=_START)
    hi = bisect.bisect_left(money, pos, key=_START)
    return [m for m in money[lo:hi] if m.amount is not None]
