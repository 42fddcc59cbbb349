"""Trigger words, and what each trigger found in a sentence tells.

Trigger words (``lexicon/deals.py``) carry a role pattern. ``views`` reads an article as
sentence views with their triggers (a verb form used as a noun is read as the noun; "buy
back", "sells for about $30,000" are no triggers). ``best_trigger`` picks the trigger that
tells a sentence's deal; ``_acquires`` decides whether a "buy" is an acquisition and
``_maker_deployed`` whose hardware a deploying verb takes. Tests on one trigger: hypothetical,
negated, a holding, a rival bid, definite, background, coordinated, a holder's own stake, a
vague object.
"""
from __future__ import annotations

import bisect
import heapq
import itertools
import re

from ..lexicon import deals as lex
from ..lexicon.companies import COMPANY_NOUNS
from ..lexicon.hardware import CHIP_CATEGORIES
from ..mentions import Analysis, CompanyMention, HardwareMention, Sentence
from .view import (
    _DIRECT, _OWNED_THING, _START, Trigger, View, _alternation, _ci_trie, last_word, lower_twin,
    lowered, _names_hardware, needed_words, _prep_after, _trie, _words,
)


def _trigger_phrases() -> list[tuple[str, list[str]]]:
    """(group, phrases) of every trigger, in the order the pattern tries them."""
    groups = [("passive", list(lex.PASSIVE_PHRASES))]
    for pattern, stems in lex.TRIGGER_VERBS.items():
        groups.append((pattern, [f for s in stems for v in lex.variants(s) for f in lex.forms(v)]))
    groups.append(("take", [f for v in lex.TAKING_VERBS for f in lex.forms(v)]))  # procure
    groups.append(("site_n", list(lex.SITE_NOUNS)))
    for pattern, nouns in lex.NOUN_PATTERNS.items():
        groups.append((f"{pattern}_n", list(nouns)))
    return groups


def _compile_triggers(lower: bool = False) -> re.Pattern:
    """The trigger pattern, case-insensitive; or (``lower``) over the lower-cased phrases and
    case-sensitive, for a ``lowered`` text."""
    groups = [f"(?P<{name}>{_trie({p.lower() for p in phrases} if lower else phrases)})"
              for name, phrases in _trigger_phrases()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])",
                      0 if lower else re.IGNORECASE)


TRIGGERS = _compile_triggers()
# TRIGGERS for the article ``lowered`` once (same length, same offsets): matched case-sensitively
# it is about twice as fast, and finds the same spans and groups, since re.IGNORECASE matches
# to an ASCII letter exactly the characters that ``lowered`` turns into it, and no phrase of a
# group differs from a longer one by case alone (tests/test_roles.py checks both).
_TRIGGERS_LOWER = _compile_triggers(lower=True)
# The first word of every trigger phrase, as a pattern with the same boundaries as TRIGGERS:
# the full pattern is tried only where one of these words stands, which gives what
# TRIGGERS.finditer gives at a fraction of the cost (a trigger starts at a whole word, since
# the pattern's look-behind refuses a word character or hyphen before it).
_TRIGGER_FIRST_WORDS = re.compile(r"(?<![\w-])(?:" + _trie(
    {p.split()[0].lower() for _, phrases in _trigger_phrases() for p in phrases}) + r")(?![\w-])")


def trigger_matches(text: str):
    """(start, end, group) of each match of ``TRIGGERS.finditer(text)``, trying the pattern
    only where a trigger phrase can start, in the text lower-cased."""
    low = lowered(text)
    pos = 0
    for word in _TRIGGER_FIRST_WORDS.finditer(low):
        start = word.start()
        if start >= pos:
            m = _TRIGGERS_LOWER.match(low, start)
            if m is not None:
                pos = m.end()
                yield start, pos, m.lastgroup


_HOLDING = re.compile(r"\b(?:" + _ci_trie(lex.HOLDING_VERBS) + r")\s+(?:[\w.,%-]+\s+){0,4}$", re.I)
_HOLDING_LOWER = lower_twin(_HOLDING)


_HYPOTHETICAL = re.compile(r"(?<!\w)(?:" + _ci_trie(lex.HYPOTHETICAL_CUES)
                           + r")\s+(?:[\w'.,-]+\s+){0,6}$", re.I)
_HYPOTHETICAL_WORDS = needed_words(lex.HYPOTHETICAL_CUES)
_HYPOTHETICAL_LOWER = lower_twin(_HYPOTHETICAL)


def is_hypothetical(view: View, trigger: Trigger) -> bool:
    """A trigger right after "if", "might", "whether": not a deal that happened or is agreed."""
    return view.holds(_HYPOTHETICAL_WORDS) and bool(
        _HYPOTHETICAL_LOWER.search(view.lower_tail(trigger.start, 60)))


_NEGATED = re.compile(r"(?<![\w'])(?:" + _ci_trie(lex.NEGATION_WORDS)
                      + r")\s+(?:[\w'-]+\s+){0,2}$", re.I)
_NEGATED_WORDS = needed_words(lex.NEGATION_WORDS)
_NEGATED_LOWER = lower_twin(_NEGATED)


def is_negated(view: View, trigger: Trigger) -> bool:
    """"is not considering making an offer", "has never sold": no deal is told."""
    return view.holds(_NEGATED_WORDS) and bool(
        _NEGATED_LOWER.search(view.lower_tail(trigger.start, 40)))


def is_holding(view: View, trigger: Trigger) -> bool:
    """"still holds a large stake in": a state, not a deal."""
    return trigger.noun and trigger.text.lower() in ("stake", "equity stake") and bool(
        _HOLDING_LOWER.search(view.lower_tail(trigger.start, 50)))


_DEFINITE_DEAL = re.compile(r"(?<!\w)(?:" + _ci_trie(lex.ANAPHORIC_DETERMINERS)
                            + r")\s+(?:[\w$.,-]+\s+){0,3}$", re.I)
_DEFINITE_DEAL_LOWER = lower_twin(_DEFINITE_DEAL)
_NOUN_MARKERS = frozenset(w.lower() for w in lex.NOUN_MARKERS)
_NOUN_PATTERN = {n.lower(): p for p, nouns in lex.NOUN_PATTERNS.items() for n in nouns}


def _bucket(sentences: tuple[Sentence, ...], items) -> list[list]:
    starts = [s.start for s in sentences]
    out: list[list] = [[] for _ in sentences]
    for item in items:
        i = bisect.bisect_right(starts, item.start) - 1
        if i >= 0 and item.end <= sentences[i].end:
            out[i].append(item)
    return out


def _outside(items, companies) -> list:
    """The places or triggers that overlap no company (companies are in order of start): one
    bisection per item over the starts, with the largest end so far, instead of a scan."""
    starts = [c.start for c in companies]
    ends = list(itertools.accumulate((c.end for c in companies), max))
    out = []
    for p in items:
        i = bisect.bisect_left(starts, p.end)
        if not (i and ends[i - 1] > p.start):
            out.append(p)
    return out


def views(analysis: Analysis) -> list[View]:
    """The article as sentence views, in order."""
    text, sentences = analysis.text, analysis.sentences
    triggers = []
    for start, end, group in trigger_matches(text):
        word = text[start:end]
        lower = word.lower()
        group = group or "noun_n"
        noun = group.endswith("_n")
        pattern = group[:-2] if noun else group
        if pattern == "take":
            if not _TAKES_THINGS.match(text, end):
                continue  # "take a look", "take time": only capacity or chips taken are bought
            pattern = "procure"
        if not noun and _used_as_noun(text, start):
            # "completed the purchase of", "for AI chip supply": the noun, not the verb
            noun, pattern = True, _NOUN_PATTERN.get(lower, "noun")
        elif pattern == "sell" and _SELLS_THINGS.match(text, end) and not _SELLS_UNIT.match(
                text, end):
            pattern = "supply"  # "sell $300 billion of computing capacity to OpenAI"
        elif pattern == "invest" and lower in _BACKING and not _BACKS_WHOM.match(text, end):
            continue  # "bring a shuttered reactor back online": no backing
        elif lower in _BUYING and _BUYS_BACK.match(text, end):
            continue  # "buy back its own shares": a buyback, no deal
        elif lower in _PRICE_VERBS and _FOR_PRICE.match(text, end):
            continue  # "the GPU sells for about $30,000": a price, no deal
        elif pattern == "supply" and _FINANCIAL_OBJECT.match(text, end):
            continue  # "to provide a financial backstop for ...": security, not supply
        triggers.append(Trigger(start, end, pattern, noun, word))
    triggers = _outside(triggers, analysis.companies)  # "General Acquisition Co" names a company
    places = _outside(analysis.places, analysis.companies)
    buckets = [_bucket(sentences, items) for items in (
        analysis.companies, analysis.money, analysis.times, analysis.hardware,
        analysis.quantities, places, analysis.units, triggers)]
    return [View(s, text[s.start:s.end], *(tuple(b[i]) for b in buckets), article=text)
            for i, s in enumerate(sentences)]


def is_background(view: View, trigger: Trigger) -> bool:
    """"Anthropic and Google have a longstanding partnership": a relationship that exists,
    not a deal told as news."""
    return trigger.noun and view.holds(_BACKGROUND_WORDS) and bool(
        _BACKGROUND_BEFORE.search(view.tail(trigger.start, 30)))


def coordinated_noun(view: View, trigger: Trigger) -> bool:
    """A deal noun opening a noun phrase joined by "and" ("..., and a multibillion-dollar deal
    with Lambda")."""
    return bool(_AND_NOUN_PHRASE.search(view.tail(trigger.start, 60)))


def coordinated(view: View, trigger: Trigger) -> bool:
    """A verb joined to the clause before it by "and" or a comma ("..., team up on chips",
    "and partner on research"), so that it shares that clause's subject."""
    return bool(_COORDINATED.search(view.tail(trigger.start, 12)))


def coordinated_verb(view: View, trigger: Trigger) -> int | None:
    """Where a deal verb joined by "and" to the clause before it begins ("... a 4.6 pct stake
    in Supermarkets General and offered to buy the rest"): the offset of its "and". Verbs too
    general to tell a deal of their own there ("and pay related costs") are none."""
    if trigger.text.split(None, 1)[0].lower() in _WEAK_SECOND:
        return None
    tail = view.tail(trigger.start, 60)
    m = _AND_VERB.search(tail)
    return None if m is None else trigger.start - len(tail) + m.start()


def is_definite(view: View, trigger: Trigger) -> bool:
    """A deal noun with a definite determiner ("the merger", "its bid") refers back."""
    return trigger.noun and bool(
        _DEFINITE_DEAL_LOWER.search(view.lower_tail(trigger.start, 40)))


def _used_as_noun(text: str, start: int) -> bool:
    """A determiner, amount or modifier before a verb form makes it a noun ("its $14 billion
    purchase", "for AI chip supply"); a capitalized modifier is a name ("Talen Energy sold")."""
    w = last_word(text[max(0, start - 30):start])
    if w.endswith(("'s", "s'")) and w.lower() not in _CONTRACTIONS:
        return True  # "Goldfields Plc's purchase of", "the companies' merger"
    return w.lower() in _NOUN_MARKERS and (w.islower() or w in ("The", "A", "An", "Its", "Their"))


_CONTRACTIONS = frozenset(lex.CONTRACTIONS)


_CONTROL = ("acquire", "sell", "merge")
_BACKING = frozenset(lex.forms("back"))
_BUYS_BACK = re.compile(r"\s+back\b", re.I)
_PRICE_VERBS = frozenset(lex.PRICE_VERBS)
_FOR_PRICE = re.compile(r"\s+for\s+(?:about\s+|around\s+|roughly\s+|as\s+much\s+as\s+|up\s+to\s+)?[$\d]")
_BACKS_WHOM = re.compile(r"\s+(?:[A-Z]|(?:the|its|a|an)\s)")
_WEAK_NOUNS = ("invest", "raise")


def best_trigger(view: View) -> Trigger | None:
    """The trigger that tells the deal, by strength: a passive, a verb of control (acquire,
    sell, merge), a noun of control ("the acquisition of"), any other verb, an investment
    noun, a site ("a $10 billion data center project"), a plain deal noun; the first of each."""
    if not view.triggers:
        return None  # every group below is empty
    verbs = [t for t in view.triggers if not t.noun and not (
        t.text.split(None, 1)[0].lower() in _SPENDING and _maker_deployed(view, t) is None)]
    invested = next((t.end for t in view.triggers if t.pattern == "invest"), None)
    nouns = [t for t in view.triggers if t.noun and not (
        invested is not None and _bought_by_investing(view, t, invested))]
    candidates = list(view.companies)
    ranked = (
        [t for t in verbs if t.pattern == "passive"],
        [t for t in verbs if t.pattern in _CONTROL
         or (t.pattern == "procure" and _acquires(view, candidates, t))],
        [t for t in nouns if t.pattern in _CONTROL
         or (t.pattern == "procure" and _acquires(view, candidates, t))],
        [t for t in verbs if t.text.lower() not in _LIGHT and t.pattern != "build"],
        [t for t in nouns if t.pattern == "partner"],
        verbs,
        [t for t in nouns if t.pattern in _WEAK_NOUNS],
        [t for t in nouns if t.pattern == "site"],
        nouns,
    )
    for group in ranked:
        if group:  # the first main-clause one
            return min(group, key=lambda t: _in_relative_clause(view, t) or _in_opening_clause(
                view, t))
    return None


_FOR_A = re.compile(r"\bfor\s+(?:a|an)\s+(?:[\w.%-]+\s+){0,4}$", re.I)


def _bought_by_investing(view: View, noun: Trigger, invested: int) -> bool:
    """"Silver Lake will invest Rs 5,655.75 crore in Jio Platforms for a 1.15 per cent stake",
    "Facebook's investment ... was the largest for a minority stake": the stake is what the
    investment buys; the investment tells the deal."""
    return noun.pattern != "invest" and invested <= noun.start and bool(
        _FOR_A.search(view.tail(noun.start, 40)))


_OPENING_CLAUSE = re.compile(r"\W*(?:To|In order to|After|Before|While|Since|Following)\s")
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which)\b[^,]*$", re.I)
_RELATIVE_OPEN_LOWER = lower_twin(_RELATIVE_OPEN)


def _in_opening_clause(view: View, trigger: Trigger) -> bool:
    """"To supply the contract, IREN said it had agreed to buy GPUs from Dell": a purpose
    clause before the subject tells why, the main clause what was done."""
    comma = view.text.find(",")
    return bool(_OPENING_CLAUSE.match(view.text)) and 0 <= comma and (
        trigger.start - view.sentence.start) < comma


def _in_relative_clause(view: View, trigger: Trigger) -> bool:
    """"Edelman and Dominion, who are seeking to acquire Burlington, said they lowered their
    stake": the relative clause tells background, the main clause the news."""
    return bool(_RELATIVE_OPEN_LOWER.search(view.lower_tail(trigger.start, 150)))


def _acquires(view: View, candidates: list[CompanyMention], trigger: Trigger) -> bool:
    """"buy"/"purchase" with a company, a unit or shares in a company as object is an
    acquisition."""
    if trigger.text.lower() not in _BUYING:
        return False
    if not trigger.noun and _SHARES_OBJECT.match(view.text, trigger.end - view.sentence.start):
        return True  # "Sanwa will purchase the shares from International Finance Corp"
    after = heapq.merge(candidates[bisect.bisect_left(candidates, trigger.end, key=_START):],
                        view.units[bisect.bisect_left(view.units, trigger.end, key=_START):],
                        key=_START)  # the companies and units after the trigger, in order
    for c in after:
        if not _names_hardware(view, c):
            gap = view.between(trigger.end, c.start)
            prep = _prep_after(view, trigger, c)
            if prep in ("in", "of") and _SHARE_WORDS.search(gap):
                return True
            direct = ("of",) if trigger.noun else _DIRECT  # "the purchase of X", "buy X"
            return prep in direct and (not TYPE_WORDS_PROCURE.search(gap)
                                        or bool(_NAMES_A_COMPANY.search(gap))) \
                and not _OWNED_THING.match(view.text, c.end - view.sentence.start)  # X's capacity
    return False


_SHARE_WORDS = _words(lex.SHARE_WORDS)
_SHARES_OBJECT = re.compile(r"\s+(?:the|its|their|his|her|all|a|an)?\s*(?:[\d.,]+\s+(?:mln\s+|million\s+)?)?"
                            r"(?:[\w-]+\s+){0,2}?(?:shares|stock|stake|interest)\b", re.I)
_FINANCIAL_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w$.,-]+\s+){0,3}?(?:"
                               + _alternation(lex.FINANCIAL_OBJECTS) + r")\b", re.I)
_TAKES_THINGS = re.compile(r"\s+(?:[\w$.,-]+\s+){0,8}?(?:" + _alternation(lex.TAKEN_THINGS)
                           + r")\b")
_SELLS_THINGS = re.compile(r"\s+(?:[\w$.,-]+\s+){0,6}?(?:" + _alternation(lex.PROCURED_THINGS) + r")\b")
# "sell the data center infrastructure business of ZT Systems": a unit, not products.
_SELLS_UNIT = re.compile(r"\s+(?:(?!(?:to|for|from|with|of)\b)[\w$.,-]+\s+){0,8}?(?:"
                         + _alternation(lex.UNIT_NOUNS) + r")\b")
_BACKGROUND_BEFORE = re.compile(r"(?<![\w-])(?:" + _alternation(lex.BACKGROUND_ADJECTIVES)
                                + r")\s+(?:[\w-]+\s+)?$", re.I)
_BACKGROUND_WORDS = needed_words(lex.BACKGROUND_ADJECTIVES)
_AND_NOUN_PHRASE = re.compile(r"\band\s+(?:a|an|another|its|their|the)\s+(?:[\w$.,-]+\s+){0,3}?$")
_OBJECT_REACH = 300  # how far after a deploying verb its object may be
_FOR_WHOM = re.compile(r"\s+(?:for|to)\s+(?:[A-Z]|the\s+(?:[\w-]+\s+){0,3}?(?:"
                       + _alternation(lex.COMPANY_DESCRIPTIONS + lex.CUSTOMER_WORDS) + r")\b)")
_SPENDING = frozenset(f for v in lex.SPENDING_VERBS for f in lex.forms(v))
_DEPLOYING = frozenset(f for v in lex.DEPLOYING_VERBS for f in lex.forms(v))
_COORDINATED = re.compile(r"(?:,|\band)\s+(?:(?:will|to|also)\s+)?$")
_WEAK_SECOND = frozenset(f for v in lex.WEAK_SECOND_VERBS for f in lex.forms(v))
_AND_VERB = re.compile(r"\band\s+(?:(?:" + _alternation(lex.COORDINATED_VERB_AUXILIARIES)
                       + r")\s+){0,4}$", re.I)
_LIGHT = frozenset(f for v in lex.LIGHT_VERBS for f in lex.forms(v))
_BUYING = frozenset(f for v in lex.BUYING_VERBS for f in lex.forms(v))


TYPE_WORDS_PROCURE = _words(lex.PROCURED_THINGS, flags=0)
_NAMES_A_COMPANY = re.compile(r"\b(?:" + _alternation(COMPANY_NOUNS) + r")\W*$", re.I)


_INSTALLING = re.compile(r"(?<![\w-])(?:" + _ci_trie(
    f for v in lex.INSTALLING_VERBS for f in lex.forms(v)) + r")(?![\w-])", re.I)
_INSTALLING_LOWER = lower_twin(_INSTALLING)
_INSTALLS = 4  # verbs of taking chips read per sentence


def installed_chips(view: View) -> list[tuple[Trigger, HardwareMention]]:
    """The chips a customer's verb of taking or deploying takes as object, no maker named in
    the phrase ("SK Group will use 50,000 Blackwell GPUs", "Naver Cloud will deploy more than
    60,000 GPUs"), not deployed for someone else ("for the software company"): (the verb, the
    chips)."""
    out = []
    for m in itertools.islice(_INSTALLING_LOWER.finditer(view.lower), _INSTALLS):
        verb = Trigger(view.sentence.start + m.start(), view.sentence.start + m.end(), "procure",
                       False, view.text[m.start():m.end()])
        h = _chips_after(view, verb)
        if h is not None:
            out.append((verb, h))
    return out


def _chips_after(view: View, trigger: Trigger) -> HardwareMention | None:
    limit = _object_limit(view, trigger)
    i = bisect.bisect_left(view.hardware, trigger.end, key=_START)
    if i == len(view.hardware) or view.hardware[i].start >= limit:
        return None
    h = view.hardware[i]
    if h.category not in CHIP_CATEGORIES or _company_within(view, h) is not None \
            or _FOR_WHOM.match(view.text, h.end - view.sentence.start):
        return None
    return h


def _maker_deployed(view: View, trigger: Trigger) -> CompanyMention | None:
    """The company whose hardware a deploying verb takes as object ("will deploy 10
    gigawatts of Nvidia systems"): the vendor named in the first hardware phrase after the
    verb, in its clause."""
    h = _object_hardware(view, trigger, _DEPLOYING)
    return None if h is None else _company_within(view, h)


def _object_hardware(view: View, trigger: Trigger, verbs: frozenset[str]) -> HardwareMention | None:
    """The vendor's hardware that a verb of ``verbs`` takes as object, if any."""
    if trigger.text.split(None, 1)[0].lower() not in verbs:
        return None
    limit = _object_limit(view, trigger)
    hardware = view.hardware
    i = bisect.bisect_left(hardware, trigger.end, key=_START)
    while i < len(hardware) and hardware[i].start < limit:
        h = hardware[i]
        i += 1
        if h.vendor:
            if _FOR_WHOM.match(view.text, h.end - view.sentence.start):
                return None  # "will deploy 104,000 Nvidia GPUs for the software company"
            return h
    return None


def _object_limit(view: View, trigger: Trigger) -> int:
    """Where a verb's object may end: the clause up to the next comma, within a bounded
    reach (linear on a long sentence)."""
    at = trigger.end - view.sentence.start
    comma = view.text.find(",", at, at + _OBJECT_REACH)
    return view.sentence.start + (comma if comma >= 0 else at + _OBJECT_REACH)


def _company_within(view: View, h: HardwareMention) -> CompanyMention | None:
    """The first company named inside a hardware phrase (companies are in order of start)."""
    companies = view.companies
    i = bisect.bisect_left(companies, h.start, key=_START)
    return companies[i] if i < len(companies) and companies[i].start < h.end else None


_RIVAL_BID = re.compile(r"(?<![\w-])(?:" + _alternation(lex.RIVAL_BID_ADJECTIVES)
                        + r")\s+(?:[\w-]+\s+)?$", re.I)


def rival_bid(view: View, trigger: Trigger) -> bool:
    """"its hostile tender offer", "a rival proposal": a bid competing with another."""
    return trigger.noun and bool(_RIVAL_BID.search(view.tail(trigger.start, 30)))


_VAGUE_OBJECT = re.compile(r"\s+(?:" + _alternation(lex.VAGUE_OBJECT_OPENERS) + r")\s", re.I)


_OWN_STAKE = re.compile(r"\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:stakes?|holdings?|shares)\b", re.I)


def sells_own_stake(view: View, trigger: Trigger) -> bool:
    """"... will sell their stakes": holders selling what they hold, named elsewhere."""
    return bool(_OWN_STAKE.match(view.text, trigger.end - view.sentence.start))


def vague_object(view: View, trigger: Trigger) -> bool:
    """"to sell some of RJR Nabisco's food businesses": what is sold is an unnamed part."""
    return bool(_VAGUE_OBJECT.match(view.text, trigger.end - view.sentence.start))
