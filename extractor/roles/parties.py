"""Which companies may be parties, and the ones a sentence's grammar singles out.

``parties`` drops rivals, outlets, comparisons, vendors named in hardware phrases and
regulators (``is_regulator``); ``subject`` finds the subject before a trigger, ``_possessor``
the owner of a deal noun ("X's purchase of Y"), ``with_party`` the company after a deal noun's
"with", ``conjuncts`` and ``joint_subject`` companies joined by "and", ``order_customer`` whom
an order is from.
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import deals as lex
from ..mentions import CompanyMention
from .view import (
    PREPOSITIONS, _START, Trigger, View, _alternation, _ci_trie, lower_twin, _names_hardware,
    needed_words, prep_before,
)
from .triggers import _RELATIVE_OPEN_LOWER
from .money import gapped_value


_NON_PARTY = re.compile(r"(?<!\w)(?:" + _ci_trie(lex.NON_PARTY_BEFORE)
                        + r")\W*(?:\w+\W+){0,2}$", re.I)
_NON_PARTY_WORDS = needed_words(lex.NON_PARTY_BEFORE)
_NON_PARTY_LOWER = lower_twin(_NON_PARTY)
_POSSESSIVE = re.compile(r"^'s?\s+(?:(?!(?:to|of|for|from|with|by|in|on|and|its|their|his|her)\s)"
                         r"[\w$.,-]+\s+){0,6}$", re.I)
_SUBJECT_FOLLOWERS = frozenset(lex.SUBJECT_FOLLOWERS)
_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")
_RELATIVE_REACH = 200  # "(...) , which acquired": the gap _RELATIVE can match is short
_RELATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:which|who|that)\s+(?:[\w-]+\s+){0,2}$")
_MODIFIED = frozenset(lex.MODIFIED_NOUNS)


def parties(view: View) -> list[CompanyMention]:
    """Companies that may take a role: not rivals, outlets or comparisons, nor the vendor
    named inside a hardware phrase ("rents Nvidia graphics processors")."""
    if not view.companies:
        return []
    cues = view.holds(_NON_PARTY_WORDS)  # once for the sentence, not once per company
    return [c for c in view.companies
            if not (cues and _NON_PARTY_LOWER.search(view.lower_tail(c.start, 40)))
            and not _names_hardware(view, c) and not is_regulator(c.name)]


_REGULATORS = frozenset(lex.REGULATORS)
_REGULATOR_HEADS = frozenset(lex.REGULATOR_HEADS)


def is_regulator(name: str) -> bool:
    """"Securities and Exchange Commission", "Justice Department": who reviews or hears of a
    deal, never a party to it."""
    return name in _REGULATORS or name.rsplit(None, 1)[-1] in _REGULATOR_HEADS


_ROUND_LED_BY = re.compile(r"\b(?:led|co-led|headed|anchored)\s+by\s+(?:the\s+)?$", re.I)


def round_leader(view: View, candidates: list[CompanyMention]) -> CompanyMention | None:
    """"The round was led by Disruptive, a Dallas-based growth investment firm": the party
    right after "led by", the lead investor."""
    return next((c for c in candidates if _ROUND_LED_BY.search(view.tail(c.start, 30))), None)


# "X, the start-up that ...", "X, parent of ...": an appositive after a company
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an|" + _ci_trie(lex.APPOSITIVE_HEADS)
                              + r")\s[^,]*$", re.I)
_APPOSITIVE_OPEN_LOWER = lower_twin(_APPOSITIVE_OPEN)  # in the sentence ``lower``


def subject(view: View, candidates: list[CompanyMention], before: int) -> CompanyMention | None:
    """The nearest party before ``before`` that no preposition introduces: in "X said Y
    agreed to acquire Z" the buyer is Y."""
    found = with_verb = None
    ends = None
    for c in candidates:
        if c.start >= before:
            break
        if before - c.end <= _RELATIVE_REACH and _RELATIVE.match(view.between(c.end, before)):
            return c  # "by AQ Corp, which acquired 91 pct of Aloha"
        tail = view.lower_tail(c.start, 150)
        if view.text.find(",", c.end - view.sentence.start, before - view.sentence.start) >= 0:
            if _RELATIVE_OPEN_LOWER.search(tail):
                continue  # "X, who are seeking to acquire Burlington, said they sold ..."
            appositive = _APPOSITIVE_OPEN_LOWER.search(tail)
            if appositive is not None:
                ends = ends if ends is not None else {p.end for p in candidates}
                if c.start - len(tail) + appositive.start() in ends:
                    continue  # "Groq, the AI chip start-up that challenges Nvidia ..., said"
        if prep_before(view, c) not in PREPOSITIONS and not _is_modifier_of(view, c, before):
            found = c
            word = _FIRST_WORD.match(view.text, c.end - view.sentence.start)
            if word and word.group(1) in _SUBJECT_FOLLOWERS:
                with_verb = c
    return with_verb or found


def _is_modifier_of(view: View, c: CompanyMention, before: int) -> bool:
    """"Bell stock", "the Meta contract": a company naming the thing right after it (a
    bounded look, so that a sentence naming many companies stays linear)."""
    rest = view.between(c.end, min(before, c.end + 80))
    if not rest[:1] == " " or not rest.strip() or rest.strip().startswith(("'", ",", "(")):
        return False
    return rest.split(None, 1)[0].strip(",.;:") in _MODIFIED


def with_party(view: View, candidates: list[CompanyMention], trigger: Trigger) -> CompanyMention | None:
    """The company right after a deal noun's "with" ("a deal with Lambda")."""
    for c in candidates:
        if c.start >= trigger.end:
            gap = view.between(trigger.end, c.start)
            return c if _WITH_GAP.match(gap) else None
    return None


def _possessor(view: View, candidates: list[CompanyMention], trigger: Trigger) -> CompanyMention | None:
    """"Consolidated Goldfields Plc's purchase of ...": the company owning the deal noun."""
    i = bisect.bisect_left(candidates, trigger.start, key=_START)
    for c in reversed(candidates[max(0, i - _OWNER_CANDIDATES):i]):
        if c.end <= trigger.start and _POSSESSIVE.match(view.between(c.end, trigger.start)):
            return c
    return None


_OWNER_CANDIDATES = 8  # "X's" with up to six words before the noun: the nearest companies
_WITH_GAP = re.compile(r"^\s+with\s+(?:the\s+)?$")


_CONJUNCTION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$")


def conjuncts(view: View, candidates: list[CompanyMention], c: CompanyMention) -> list[CompanyMention]:
    """Companies joined to ``c`` by "and" or commas: "with Vistra, TerraPower and Oklo"."""
    out, last = [], c
    for other in candidates:
        if other.start < last.end or other.name == c.name:
            continue
        if not _CONJUNCTION.match(view.between(last.end, other.start)) or gapped_value(view, other):
            break  # "in Anthropic and Microsoft up to $5 billion": Microsoft opens a clause
        out.append(other)
        last = other
    return out


_ORDER_NOUNS = frozenset(lex.ORDER_NOUNS)
_PLACED = re.compile(r"(?<![\w-])(?:" + _alternation(lex.PLACING_VERBS)
                     + r")\s+(?:[\w$.,-]+\s+){0,5}?$", re.I)
_CUSTOMER_BEHIND = re.compile(r"\bcustomer\s+(?:behind|for)\s+(?:the|this|that)\s+(?:[\w$.,-]+\s+){0,3}?$",
                              re.I)
_IS_AFTER = re.compile(r"\s+(?:[\w,-]+\s+){0,4}?(?:is|was)\s+$")


def joint_subject(view: View, candidates: list[CompanyMention], subj: CompanyMention,
                  trigger: Trigger) -> CompanyMention | None:
    """"the company and Broadcom Inc. announced that they would jointly develop and deploy
    ...": the company joined to the subject by "and", before the trigger."""
    joined = conjuncts(view, candidates, subj)
    if len(joined) == 1 and joined[0].end <= trigger.start:
        partner, last = joined[0], joined[0]
    else:  # the subject is the pair's second: "OpenAI and Broadcom announced"
        i = bisect.bisect_left(candidates, subj.start, key=_START)
        before = candidates[i - 1] if i else None
        if before is None or before.end > subj.start or not _CONJUNCTION.match(
                view.between(before.end, subj.start)) or conjuncts(view, candidates, subj):
            return None
        partner, last = before, subj
    word = _FIRST_WORD.match(view.text, last.end - view.sentence.start)
    # the pair is the subject ("X and Y announced"), not a modifier ("the X and Y teams")
    return partner if word and word.group(1) in _SUBJECT_FOLLOWERS else None


def order_customer(view: View, candidates: list[CompanyMention], trigger: Trigger) -> CompanyMention | None:
    """Who an order is from: the company placing it ("Anthropic had placed an additional $11
    billion order") or the one named as "the customer behind the $10 billion order ... is
    Anthropic"."""
    if not trigger.noun or trigger.text.lower() not in _ORDER_NOUNS:
        return None
    tail = view.tail(trigger.start, 60)
    placed = _PLACED.search(tail)
    if placed is not None:
        verb = trigger.start - len(tail) + placed.start()
        i = bisect.bisect_left(candidates, verb, key=_START)  # the companies starting before it
        before = [c for c in candidates[max(0, i - 3):i] if c.end <= verb and verb - c.end <= 12]
        return before[-1] if before else None
    if _CUSTOMER_BEHIND.search(tail):
        i = bisect.bisect_right(candidates, trigger.end, key=_START)
        for c in candidates[i:i + 3]:
            if c.start - trigger.end <= 60 and _IS_AFTER.fullmatch(view.between(trigger.end, c.start)):
                return c
    return None
