"""Reading one sentence for deal assembly: its triggers, its parties and their roles.

A sentence is seen as a ``View``: its text and the mentions inside it. Trigger words
(``lexicon/deals.py``) carry a role pattern; ``roles`` maps the parties around a trigger to
buyer, seller and target by that pattern, the prepositions before the parties ("from",
"to", "by", "with", "of"), possessives ("X's purchase of Y") and the subject.
"""
from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from .lexicon import deals as lex
from .lexicon.companies import COMPANY_NOUNS
from .lexicon.hardware import CHIP_CATEGORIES
from .recognize.money import alternation
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


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(set(phrases), key=len, reverse=True))


def _words(phrases, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + _alternation(phrases) + r")(?![\w-])", flags)


def _trie(phrases) -> str:
    """Phrases as one prefix-tree pattern (fast to scan), spaces matching any whitespace."""
    return alternation(sorted(set(phrases)), space=r"\s+")


def _trigger_phrases() -> list[tuple[str, list[str]]]:
    """(group, phrases) of every trigger, in the order the pattern tries them."""
    groups = [("passive", list(lex.PASSIVE_PHRASES))]
    for pattern, stems in lex.TRIGGER_VERBS.items():
        groups.append((pattern, [f for s in stems for v in lex.variants(s) for f in lex.forms(v)]))
    groups.append(("site_n", list(lex.SITE_NOUNS)))
    for pattern, nouns in lex.NOUN_PATTERNS.items():
        groups.append((f"{pattern}_n", list(nouns)))
    return groups


def _compile_triggers() -> re.Pattern:
    groups = [f"(?P<{name}>{_trie(phrases)})" for name, phrases in _trigger_phrases()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])", re.IGNORECASE)


TRIGGERS = _compile_triggers()
_START = attrgetter("start")  # key for bisection over mentions in order of start
# The first word of every trigger phrase, as a pattern with the same boundaries and case
# rules as TRIGGERS: the full pattern is tried only where one of these words stands, which
# gives what TRIGGERS.finditer gives at a fraction of the cost (a trigger starts at a whole
# word, since the pattern's look-behind refuses a word character or hyphen before it).
_TRIGGER_FIRST_WORDS = re.compile(r"(?<![\w-])(?:" + _trie(
    {p.split()[0] for _, phrases in _trigger_phrases() for p in phrases}) + r")(?![\w-])",
    re.IGNORECASE)


def trigger_matches(text: str):
    """The matches of ``TRIGGERS.finditer(text)``, trying the pattern only where a trigger
    phrase can start."""
    pos = 0
    for word in _TRIGGER_FIRST_WORDS.finditer(text):
        start = word.start()
        if start >= pos:
            m = TRIGGERS.match(text, start)
            if m is not None:
                pos = m.end()
                yield m
_UNDER_AGREEMENT = (r"(?<![\w-])(?:" + _alternation(lex.UNDER_AGREEMENT) + r")\s+(?:[\w$.,-]+\s+){0,4}?(?:"
                    + _alternation(lex.DEAL_NOUNS) + r")(?![\w-])")
STATUS = [(status, re.compile(_words(cues).pattern + "|" + _UNDER_AGREEMENT, re.I)
           if status == "signed" else _words(cues)) for status, cues in lex.STATUS_CUES]
NEGATIVE = _words(lex.NEGATIVE_CUES)
NEW_DEAL = _words(lex.NEW_DEAL_CUES)
TYPE_WORDS = [(t, _words(w)) for t, w in lex.TYPE_WORDS.items()]
ROUND_WORDS = _words(lex.ROUND_WORDS)
_STRONG_TYPES = [(t, _words(w)) for t, w in lex.STRONG_TYPE_WORDS.items()]
_INVESTMENT_WORDS = _words(lex.INVESTMENT_WORDS, flags=0)
_HOLDING = re.compile(r"\b(?:" + _alternation(lex.HOLDING_VERBS) + r")\s+(?:[\w.,%-]+\s+){0,4}$", re.I)


_HYPOTHETICAL = re.compile(r"(?<!\w)(?:" + _alternation(lex.HYPOTHETICAL_CUES)
                           + r")\s+(?:[\w'.,-]+\s+){0,6}$", re.I)


def is_hypothetical(view: View, trigger: Trigger) -> bool:
    """A trigger right after "if", "might", "whether": not a deal that happened or is agreed."""
    return bool(_HYPOTHETICAL.search(view.tail(trigger.start, 60)))


_NEGATED = re.compile(r"(?<![\w'])(?:" + _alternation(lex.NEGATION_WORDS)
                      + r")\s+(?:[\w'-]+\s+){0,2}$", re.I)


def is_negated(view: View, trigger: Trigger) -> bool:
    """"is not considering making an offer", "has never sold": no deal is told."""
    return bool(_NEGATED.search(view.tail(trigger.start, 40)))


def is_holding(view: View, trigger: Trigger) -> bool:
    """"still holds a large stake in": a state, not a deal."""
    return trigger.noun and trigger.text.lower() in ("stake", "equity stake") and bool(
        _HOLDING.search(view.tail(trigger.start, 50)))
_COMPUTE_POWER = _words(lex.COMPUTE_POWER)
_NOT_VALUE_BEFORE = re.compile(r"(?<!\w)(?:" + _alternation(lex.NOT_VALUE_BEFORE)
                               + r")\W*(?:\w+\W+){0,4}$", re.I)
_NOT_VALUE_AFTER = re.compile(r"\W*(?:" + _alternation(lex.NOT_VALUE_AFTER) + r")(?!\w)", re.I)
_PER_SHARE = re.compile(r"\W*(?:[\w.-]+\s+){0,4}?(?:" + _alternation(lex.PER_SHARE_LINKERS)
                        + r")\s+(?:\w+\s+){0,3}?(?:" + _alternation(lex.PER_SHARE_NOUNS) + r")\b", re.I)
_NON_PARTY = re.compile(r"(?<!\w)(?:" + _alternation(lex.NON_PARTY_BEFORE)
                        + r")\W*(?:\w+\W+){0,2}$", re.I)
_OPENS_NEW = re.compile(r"\W*(?:" + _alternation(lex.NEW_STORY_OPENERS) + r")(?!\w)", re.I)
_CAPACITY_OPENING = re.compile(r"\W*(?:" + _alternation(lex.CAPACITY_SUBJECTS) + r")(?!\w)", re.I)
_CONTINUATION = re.compile(r"\W*(?:" + _alternation(lex.CONTINUATION_SUBJECTS) + r"|the\s+(?:[\w-]+\s+){1,2}?(?:"
                           + _alternation(lex.DEAL_NOUNS) + r"))(?!\w)", re.I)  # "The power purchase agreement"
_DEFINITE_DEAL = re.compile(r"(?<!\w)(?:" + _alternation(lex.ANAPHORIC_DETERMINERS)
                            + r")\s+(?:[\w$.,-]+\s+){0,3}$", re.I)
_DEAL_NOUN_AFTER = re.compile(r"[\s-]*(?:\w+[\s-]+)?(?:" + _alternation(lex.DEAL_NOUNS) + r")\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our"))
_POSSESSIVE = re.compile(r"^'s?\s+(?:(?!(?:to|of|for|from|with|by|in|on|and|its|their|his|her)\s)"
                         r"[\w$.,-]+\s+){0,6}$", re.I)
PREPOSITIONS = frozenset(lex.ROLE_PREPOSITIONS) | frozenset(lex.OTHER_PREPOSITIONS)
_NOUN_MARKERS = frozenset(w.lower() for w in lex.NOUN_MARKERS)
_NOUN_PATTERN = {n.lower(): p for p, nouns in lex.NOUN_PATTERNS.items() for n in nouns}
_OFFER_NOUNS = frozenset(n.lower() for n in lex.OFFER_NOUNS)
_SUBJECT_FOLLOWERS = frozenset(lex.SUBJECT_FOLLOWERS)
_REPORTING = frozenset(lex.REPORTING_VERBS)
_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")
_RELATIVE_REACH = 200  # "(...) , which acquired": the gap _RELATIVE can match is short
_RELATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:which|who|that)\s+(?:[\w-]+\s+){0,2}$")
_MAX_DIRECT_GAP = 6
_APPROXIMATOR = re.compile(r"\b(?:about|around)\s+(?=[$\d\u00a3\u20ac\u00a5])", re.I)
_PREP_REACH = 160  # characters before a party searched for the preposition that attaches it
_MODIFIED = frozenset(lex.MODIFIED_NOUNS)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    pattern: str
    noun: bool
    text: str


@dataclass(frozen=True, slots=True)
class View:
    """One sentence with the mentions inside it."""

    sentence: Sentence
    text: str
    companies: tuple[CompanyMention, ...]
    money: tuple[MoneyMention, ...]
    times: tuple[TimeMention, ...]
    hardware: tuple[HardwareMention, ...]
    quantities: tuple[QuantityMention, ...]
    places: tuple[Mention, ...]
    units: tuple[CompanyMention, ...]
    triggers: tuple[Trigger, ...]
    article: str = ""  # the whole text, for spans that reach past the sentence

    def before(self, pos: int) -> str:
        return self.text[:pos - self.sentence.start]

    def tail(self, pos: int, size: int) -> str:
        """The last ``size`` characters of the sentence before ``pos``."""
        end = pos - self.sentence.start
        return self.text[max(0, end - size):end]

    def between(self, a: int, b: int) -> str:
        return self.text[a - self.sentence.start:b - self.sentence.start]


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
    for m in trigger_matches(text):
        group = m.lastgroup or "noun_n"
        noun = group.endswith("_n")
        pattern = group[:-2] if noun else group
        if not noun and _used_as_noun(text, m.start()):
            # "completed the purchase of", "for AI chip supply": the noun, not the verb
            noun, pattern = True, _NOUN_PATTERN.get(m.group().lower(), "noun")
        elif pattern == "sell" and _SELLS_THINGS.match(text, m.end()) and not _SELLS_UNIT.match(
                text, m.end()):
            pattern = "supply"  # "sell $300 billion of computing capacity to OpenAI"
        elif pattern == "invest" and m.group().lower() in _BACKING and not _BACKS_WHOM.match(
                text, m.end()):
            continue  # "bring a shuttered reactor back online": no backing
        elif m.group().lower() in _BUYING and _BUYS_BACK.match(text, m.end()):
            continue  # "buy back its own shares": a buyback, no deal
        elif m.group().lower() in _PRICE_VERBS and _FOR_PRICE.match(text, m.end()):
            continue  # "the GPU sells for about $30,000": a price, no deal
        triggers.append(Trigger(m.start(), m.end(), pattern, noun, m.group()))
    triggers = _outside(triggers, analysis.companies)  # "General Acquisition Co" names a company
    places = _outside(analysis.places, analysis.companies)
    buckets = [_bucket(sentences, items) for items in (
        analysis.companies, analysis.money, analysis.times, analysis.hardware,
        analysis.quantities, places, analysis.units, triggers)]
    return [View(s, text[s.start:s.end], *(tuple(b[i]) for b in buckets), article=text)
            for i, s in enumerate(sentences)]


# -- words around mentions --------------------------------------------------------------


def last_word(text: str) -> str:
    r"""What ``([A-Za-z']+)\W*$`` finds in ``text``, scanning from the end: the letters (and
    apostrophes) after which only non-word characters follow."""
    n = t = len(text)
    while t and not (text[t - 1].isalnum() or text[t - 1] == "_"):
        t -= 1
    if t and _ascii_letter(text[t - 1]):
        j = t - 1
        while j and (_ascii_letter(text[j - 1]) or text[j - 1] == "'"):
            j -= 1
    else:
        j = text.find("'", t)
        if j < 0:
            return ""
        t = j
    e = t
    while e < n and text[e] == "'":
        e += 1
    return text[j:e]


def _ascii_letter(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z"


def prep_before(view: View, mention: Mention) -> str:
    """The word right before a mention, lower-cased ("from", "with")."""
    return last_word(view.tail(mention.start, 80)).lower()


def _prep_after(view: View, trigger: Trigger, c: CompanyMention) -> str:
    """How a party after a trigger is attached: its last preposition in between, or ""
    when only a few modifiers stand between ("purchased Miami-based Heinl's Nursery")."""
    start = max(trigger.end, c.start - _PREP_REACH)  # the words right before the company
    # "about" before an amount is no preposition ("acquire about 41 million TeraWulf shares")
    words = [w.lower() for w in _WORD.findall(_APPROXIMATOR.sub(" ", view.between(start, c.start)))]
    if start > trigger.end and words:
        words = words[1:]  # the first may be cut
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in PREPOSITIONS and not (w == "and" and i + 1 < len(words)
                                      and words[i + 1] not in _DETERMINERS):
            return w  # "the property and financial services company X": "and" joins modifiers
    return "" if len(words) <= _MAX_DIRECT_GAP and start == trigger.end else "far"


def parties(view: View) -> list[CompanyMention]:
    """Companies that may take a role: not rivals, outlets or comparisons, nor the vendor
    named inside a hardware phrase ("rents Nvidia graphics processors")."""
    return [c for c in view.companies if not _NON_PARTY.search(view.tail(c.start, 40))
            and not _names_hardware(view, c) and not is_regulator(c.name)]


_REGULATORS = frozenset(lex.REGULATORS)
_REGULATOR_HEADS = frozenset(lex.REGULATOR_HEADS)


def is_regulator(name: str) -> bool:
    """"Securities and Exchange Commission", "Justice Department": who reviews or hears of a
    deal, never a party to it."""
    return name in _REGULATORS or name.rsplit(None, 1)[-1] in _REGULATOR_HEADS


def _names_hardware(view: View, c: CompanyMention) -> bool:
    """A company named inside a hardware phrase ("Nvidia graphics processors"), unless a
    preposition makes it a party ("GPUs from Nvidia"). Hardware phrases are in order of start
    and do not overlap: only the last one starting at or before the company can hold it (a
    bisection, so that a sentence naming many companies and chips stays linear)."""
    hardware = view.hardware
    lo = bisect.bisect_right(hardware, c.start, key=_START)
    if not any(h.start <= c.start and c.end <= h.end and h.text != c.text
               for h in hardware[max(0, lo - 2):lo]):
        return False
    return prep_before(view, c) not in ("from", "with", "by")


def subject(view: View, candidates: list[CompanyMention], before: int) -> CompanyMention | None:
    """The nearest party before ``before`` that no preposition introduces: in "X said Y
    agreed to acquire Z" the buyer is Y."""
    found = with_verb = None
    for c in candidates:
        if c.start >= before:
            break
        if before - c.end <= _RELATIVE_REACH and _RELATIVE.match(view.between(c.end, before)):
            return c  # "by AQ Corp, which acquired 91 pct of Aloha"
        if (_RELATIVE_OPEN.search(view.tail(c.start, 150))
                and view.text.find(",", c.end - view.sentence.start,
                                   before - view.sentence.start) >= 0):
            continue  # "X, who are seeking to acquire Burlington, said they sold ..."
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


_DEAL_TOTAL = re.compile(r"\btotal\s+(?:contract\s+|deal\s+|transaction\s+)?value\s+of\s+"
                         r"(?:the|this|its)\s+(?:[\w-]+\s+)?(?:" + _alternation(lex.DEAL_NOUNS)
                         + r")\s+(?:is|was|will\s+be)\s+(?:[\w-]+\s+)?$|\b(?:for|or)\s+a\s+total"
                         r"(?:\s+of)?\s+(?:about\s+|some\s+|approximately\s+)?$"
                         r"|\btotal\s+(?:payments|consideration|contract\s+value)\s+(?:of\s+)?"
                         r"(?:about\s+|some\s+|approximately\s+|more\s+than\s+|nearly\s+)?$", re.I)


# "about $7 billion in revenue over their terms": what the contracts bring over their life
_CONTRACT_REVENUE = re.compile(r"\s+in\s+(?:total\s+)?revenues?\s+over\s+(?:the|their|its)\s+"
                               r"(?:(?:[\w-]+\s+){0,2}?(?:terms?|life|lives|duration)\b)", re.I)


def eligible_money(view: View) -> list[MoneyMention]:
    """Money that may be a deal's own value: not per-unit, not revenue, not an aggregate."""
    out = []
    for m in view.money:
        if m.per:
            continue
        before = view.tail(m.start, 60)
        if _NOT_VALUE_BEFORE.search(before) and not _DEAL_TOTAL.search(before):
            continue
        if _NOT_VALUE_AFTER.match(view.text, m.end - view.sentence.start) and not \
                _CONTRACT_REVENUE.match(view.text, m.end - view.sentence.start) or _PER_SHARE.match(
                view.text, m.end - view.sentence.start):
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


_SITE_BEFORE = re.compile(r"\b(?:" + _alternation(lex.SITE_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?(?:"
                          + _alternation(lex.LOCATION_PREPOSITIONS) + r")\s+(?:the\s+)?$", re.I)
_SITE_AFTER = re.compile(r"\s+(?:" + _alternation(lex.SITE_WORDS) + r")\b", re.I)


def is_site(view: View, place: Mention) -> bool:
    """A place that locates a deal: "in Texas", "Childress, Texas", "the Abilene campus"."""
    return (prep_before(view, place) in lex.LOCATION_PREPOSITIONS or "," in place.text
            or bool(_SITE_AFTER.match(view.text, place.end - view.sentence.start)))


def site_place(view: View) -> Mention | None:
    """The place a sentence names for a site ("at IREN's campus in Childress, Texas", "the
    Susquehanna plant sits in Salem Township", "the Vineland data center"): a stricter test
    than ``is_site``, for sentences that do not tell the deal themselves."""
    for p in view.places:
        if _SITE_BEFORE.search(view.tail(p.start, 80)) or _SITE_AFTER.match(
                view.text, p.end - view.sentence.start):
            return p
    return None


def status_of(text: str) -> str | None:
    for status, pattern in STATUS:
        if status == "reported" and _PARTY_SOURCE.search(text):
            continue  # "..., the companies said, in a deal worth $10 billion according to a person"
        if any(not _modifies_other_thing(text, m) for m in pattern.finditer(text)):
            return status
    return None


def _modifies_other_thing(text: str, m: re.Match) -> bool:
    """A cue used as an adjective on something other than a deal ("tied to the company's
    planned stock market listing"): it says nothing of the deal's status."""
    if not m.group().lower().endswith("ed") or not _DETERMINER_BEFORE.search(
            text, max(0, m.start() - 20), m.start()):
        return False
    return not _DEAL_NOUN_AFTER.match(text, m.end())


_FINAL = [(status, pattern) for status, pattern in STATUS if status in lex.FINAL_STATUSES]


def final_status(text: str) -> str | None:
    """A completed or terminated deal told by a later sentence: the cue must stand near a
    deal word ("completed the acquisition", "the talks collapsed"), not "until it completed
    its review"."""
    for status, pattern in _FINAL:
        for m in pattern.finditer(text):
            if _DEAL_WORD.search(text, max(0, m.start() - _FINAL_REACH), m.end() + _FINAL_REACH):
                return status
    return None


_OWN_DEAL_NOUN = re.compile(r"(?:'s?)?" + _DEAL_NOUN_AFTER.pattern, re.I)


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


def others_deal(view: View, names: set[str]) -> bool:
    """"USAir has rejected the TWA bid as inadequate": the sentence is about a deal of a
    company that is no party of ``names`` (its name or possessive before a deal noun), so its
    final status cues are that deal's."""
    return any(c.name not in names and _OWN_DEAL_NOUN.match(view.text, c.end - view.sentence.start)
               for c in view.companies)


def verb_status(view: View, trigger: Trigger, deal_type: str, headline: bool) -> str | None:
    """The status the deal's own verb tells (``lex.COMPLETED_PATTERNS``): a past tense, a
    completed deal (a takeover, a raised round) or a signed one; a headline's present tense
    or "to" infinitive, a signed one (a raised round, completed)."""
    if trigger.noun or trigger.pattern in lex.NO_STATUS_PATTERNS:
        return None
    first = trigger.text.split(None, 1)[0].lower()
    before = last_word(view.tail(trigger.start, 30)).lower()
    done = "completed" if trigger.pattern in lex.COMPLETED_PATTERNS or deal_type in (
        "acquisition", "merger") else "signed"
    if trigger.pattern == "passive":
        return done if first in lex.PAST_AUXILIARIES else None
    if before in _UNREALIZED:
        return done if headline and before == "to" and trigger.pattern == "raise" else (
            "signed" if headline and before == "to" else None)
    if first in _PAST_FORMS:
        return "signed" if first in _AGREED else done  # "agreed to sell": signed, not sold
    if headline and first.endswith("s"):
        return "completed" if trigger.pattern == "raise" else "signed"
    return None


def is_headline(view: View) -> bool:
    """A title line: no closing punctuation."""
    return not view.text.rstrip().endswith((".", "!", "?", '"', "'", "\u201d", ")", ":"))


def is_cumulative(view: View, trigger: Trigger) -> bool:
    """"Amazon has invested $8 billion in the start-up to date": a running total, told in the
    trigger's clause (up to the next comma or semicolon); a stake is one holding."""
    start = trigger.end - view.sentence.start
    end = min((i for i in (view.text.find(",", start), view.text.find(";", start)) if i >= 0),
              default=len(view.text))
    return bool(_CUMULATIVE.search(view.text, start, end)) and not _SHARE_WORDS.search(
        view.text, start, end)  # "has bought 15 pct of Allied-Lyons so far": one holding


def announcement_date(view: View, t: TimeMention) -> bool:
    """A date the text gives as the announcement's ("announced last August", "signed in
    March", "disclosed on Monday")."""
    return bool(_ANNOUNCED_BEFORE.search(view.tail(t.start, 30)))


_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z .]+\)\s*)?(?:[-\u2013\u2014:]|--)\s")


def is_dateline(view: View, t: TimeMention) -> bool:
    """"March 11 (Reuters) - OpenAI has agreed ...", "MUMBAI, May 5, 2020: ...": the date of
    a dateline, which opens the lead and gives the day of publication."""
    before = view.before(t.start)  # a place, if any: "SAN JOSE, Calif., "
    return len(before) < 40 and not any(w[:1].islower() for w in before.split()) \
        and bool(_DATELINE_AFTER.match(view.text, t.end - view.sentence.start))


def closing_date(view: View, dates: list[TimeMention]) -> bool:
    """The date closes a clause that completes the deal ("completed its acquisition of ZT
    Systems ... in March"): when it closed, not when it was announced."""
    return bool(dates) and bool(_COMPLETED.search(view.tail(dates[0].start, 150)))


_PART_OF = re.compile(r"\W*(?:" + _alternation(lex.PART_OF_OPENERS) + r")\s+(?:[\w-]+\s+)?(?:"
                      + _alternation(lex.DEAL_NOUNS) + r"|arrangement|transaction)s?\s*,", re.I)


_ANNOUNCES = _words(lex.EXPLICIT_ANNOUNCING)


def announces(view: View) -> bool:
    """The sentence says a deal was announced in so many words, not just "said"."""
    return bool(_ANNOUNCES.search(view.text))


def part_of_current(view: View) -> bool:
    """"As part of the arrangement, OpenAI will take a stake in CoreWeave": the sentence's
    deal is a part of the one the story is on."""
    return bool(_PART_OF.match(view.text))


_BUILT_ON = _words(lex.BUILT_ON_CUES)


def built_on(view: View) -> Trigger | None:
    """"The agreements build on Meta's 20-year agreement with Constellation Energy": the deal
    noun after a cue that names an earlier deal, when it has a party of its own (an owner or
    a "with" party), tells that earlier deal."""
    m = _BUILT_ON.search(view.text)
    if m is None:
        return None
    at = view.sentence.start + m.end()
    for t in view.triggers:
        if t.noun and t.start >= at:
            if t.start - at > 60:
                return None
            parties_ = parties(view)
            if _possessor(view, parties_, t) is not None or with_party(view, parties_, t):
                return t
            return None
    return None


def clause_of(view: View, trigger: Trigger) -> str:
    """The text of the trigger's clause: the sentence cut at a clause break before and after
    it ("..., while Anthropic agreed to use AWS chips", "; ...")."""
    at = trigger.start - view.sentence.start
    start, end = 0, len(view.text)
    for m in _CLAUSE_BREAKS.finditer(view.text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= trigger.end - view.sentence.start:
            end = m.start()
            break
    return view.text[start:end]


def is_background(view: View, trigger: Trigger) -> bool:
    """"Anthropic and Google have a longstanding partnership": a relationship that exists,
    not a deal told as news."""
    return trigger.noun and bool(_BACKGROUND_BEFORE.search(view.tail(trigger.start, 30)))


def is_valuation(view: View, m: MoneyMention) -> bool:
    """"... that valued the ChatGPT maker at $300 billion": what a company is worth, which
    in a funding round is not the amount raised."""
    return bool(_VALUED_AT.search(view.tail(m.start, 60)))


def coordinated_noun(view: View, trigger: Trigger) -> bool:
    """A deal noun opening a noun phrase joined by "and" ("..., and a multibillion-dollar deal
    with Lambda")."""
    return bool(_AND_NOUN_PHRASE.search(view.tail(trigger.start, 60)))


def with_party(view: View, candidates: list[CompanyMention], trigger: Trigger) -> CompanyMention | None:
    """The company right after a deal noun's "with" ("a deal with Lambda")."""
    for c in candidates:
        if c.start >= trigger.end:
            gap = view.between(trigger.end, c.start)
            return c if _WITH_GAP.match(gap) else None
    return None


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


def narrowed(view: View, start: int, end: int) -> View:
    """The part of a sentence from ``start`` to ``end`` as a view of its own: a clause."""
    def inside(items: tuple) -> tuple:
        return tuple(x for x in items if start <= x.start and x.end <= end)

    return View(Sentence(start, end, view.sentence.heading), view.between(start, end),
                *(inside(items) for items in (view.companies, view.money, view.times,
                                              view.hardware, view.quantities, view.places,
                                              view.units, view.triggers)), article=view.article)


def opening_it(view: View, topic: CompanyMention | None) -> CompanyMention | None:
    """"It signed a 20-year agreement last year with Microsoft": a sentence opening with "It"
    and a verb is about the company the story was on; the pronoun as a reference to it."""
    m = _OPENING_IT.match(view.text)
    if m is None or topic is None:
        return None
    start = view.sentence.start + m.start(1)
    return CompanyMention(start, start + 2, "It", topic.name, "reference", topic.parent,
                          topic.kinds)


def opens_with_pronoun(view: View) -> bool:
    """"It operated 32 data centers ...", "The Livingston, New Jersey company rents out ...":
    the sentence is about the company the story was on."""
    return bool(_PRONOUN_OPENING.match(view.text))


def opens_new(view: View) -> bool:
    """"Separately, ...", "In a separate deal, ...": the sentence starts a new story."""
    return bool(_OPENS_NEW.match(view.text))


def is_continuation(view: View) -> bool:
    """The sentence opens by referring to a deal already told ("The agreement ...")."""
    return bool(_CONTINUATION.match(view.text))


_ASSET_OPENING = re.compile(r"\W*(?:" + _alternation(lex.ASSET_SUBJECTS) + r")(?!\w)", re.I)


def is_asset_subject(view: View) -> bool:
    """The sentence opens with the asset a deal buys from ("The facility will ...")."""
    return bool(_ASSET_OPENING.match(view.text))


def is_capacity_subject(view: View) -> bool:
    """The sentence opens with what a capacity deal trades ("The GPUs will be deployed ..."),
    not with the agreement itself."""
    return bool(_CAPACITY_OPENING.match(view.text))


def is_definite(view: View, trigger: Trigger) -> bool:
    """A deal noun with a definite determiner ("the merger", "its bid") refers back."""
    return trigger.noun and bool(_DEFINITE_DEAL.search(view.tail(trigger.start, 40)))


def open_term_ok(view: View, t: TimeMention) -> bool:
    """An open term ("long-term", "multi-year") counts only when it qualifies a deal noun."""
    if t.first or t.last or t.duration:
        return True
    return bool(_DEAL_NOUN_AFTER.match(view.text, t.end - view.sentence.start))


def _used_as_noun(text: str, start: int) -> bool:
    """A determiner, amount or modifier before a verb form makes it a noun ("its $14 billion
    purchase", "for AI chip supply"); a capitalized modifier is a name ("Talen Energy sold")."""
    w = last_word(text[max(0, start - 30):start])
    if w.endswith(("'s", "s'")) and w.lower() not in _CONTRACTIONS:
        return True  # "Goldfields Plc's purchase of", "the companies' merger"
    return w.lower() in _NOUN_MARKERS and (w.islower() or w in ("The", "A", "An", "Its", "Their"))


_CONTRACTIONS = frozenset(lex.CONTRACTIONS)


_CONTROL = ("acquire", "sell", "merge")
_STAKES = frozenset(("stake", "equity stake", "stake purchase"))
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


def _in_opening_clause(view: View, trigger: Trigger) -> bool:
    """"To supply the contract, IREN said it had agreed to buy GPUs from Dell": a purpose
    clause before the subject tells why, the main clause what was done."""
    comma = view.text.find(",")
    return bool(_OPENING_CLAUSE.match(view.text)) and 0 <= comma and (
        trigger.start - view.sentence.start) < comma


def _in_relative_clause(view: View, trigger: Trigger) -> bool:
    """"Edelman and Dominion, who are seeking to acquire Burlington, said they lowered their
    stake": the relative clause tells background, the main clause the news."""
    return bool(_RELATIVE_OPEN.search(view.tail(trigger.start, 150)))


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


def _reports(view: View, c: CompanyMention) -> bool:
    """"..., the company said": the party reporting the news, not an object of the deal."""
    word = _FIRST_WORD.match(view.text, c.end - view.sentence.start)
    return bool(word) and word.group(1) in _REPORTING


def _possessor(view: View, candidates: list[CompanyMention], trigger: Trigger) -> CompanyMention | None:
    """"Consolidated Goldfields Plc's purchase of ...": the company owning the deal noun."""
    i = bisect.bisect_left(candidates, trigger.start, key=_START)
    for c in reversed(candidates[max(0, i - _OWNER_CANDIDATES):i]):
        if c.end <= trigger.start and _POSSESSIVE.match(view.between(c.end, trigger.start)):
            return c
    return None


_OWNER_CANDIDATES = 8  # "X's" with up to six words before the noun: the nearest companies

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


_DIRECT = ("", "its", "the", "a", "an", "their", "rival")


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
        other = _after(view, candidates, trigger, ("with", "between", "and"), (owner or subj,))
        first = owner or subj
        if other is not None and _prep_after(view, trigger, other) == "between":
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
_SUBSIDIARY_OF = re.compile(r"\b(?:unit|subsidiary|part|division)\s+of\s+$", re.I)


_ITSELF = re.compile(
    r"\s+(?:(?:of\s+)?(?:a|an|the)\s+)?(?:(?:substantially|virtually|nearly)\s+)?"
    r"(?:all\s+(?:of\s+)?its\s+(?:[\w-]+\s+){0,2}?assets\b|(?:[\w.%-]+\s+){0,4}?"
    r"(?:stake|interest|holding|shares?)\s+in\s+(?:itself|its\s+(?:[\w-]+\s+){0,4}?(?:stock|shares)))",
    re.I)
_BARE_SHARES = re.compile(r"\s+(?:a\s+total\s+of\s+)?(?:about\s+|some\s+|another\s+)?\d[\d,.]*\s+"
                          r"(?:mln\s+|million\s+)?(?:new\s+|common\s+|ordinary\s+)?shares\b"
                          r"(?!\s+(?:of|in)\b)", re.I)
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


_INDEFINITE = re.compile(r"(?<![\w-])(?:a|an|another)\W+$", re.I)


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
                                        or bool(_NAMES_A_COMPANY.search(gap)))
    return False


_SHARE_WORDS = _words(lex.SHARE_WORDS)
_SHARES_OF = re.compile(r"(?:'s)?\s+(?:common\s+|ordinary\s+|class\s+\w\s+)?(?:shares|stock)\b", re.I)
_STAKE_REACH = 60  # how far after an acquisition verb its object may name a stake
_SHARES_OBJECT = re.compile(r"\s+(?:the|its|their|his|her|all|a|an)?\s*(?:[\d.,]+\s+(?:mln\s+|million\s+)?)?"
                            r"(?:[\w-]+\s+){0,2}?(?:shares|stock|stake|interest)\b", re.I)
_SELLS_THINGS = re.compile(r"\s+(?:[\w$.,-]+\s+){0,6}?(?:" + _alternation(lex.PROCURED_THINGS) + r")\b")
# "sell the data center infrastructure business of ZT Systems": a unit, not products.
_SELLS_UNIT = re.compile(r"\s+(?:(?!(?:to|for|from|with|of)\b)[\w$.,-]+\s+){0,8}?(?:"
                         + _alternation(lex.UNIT_NOUNS) + r")\b")
_UNREALIZED = frozenset(lex.UNREALIZED_BEFORE)
_CLAUSE_BREAKS = re.compile(r";|,\s+(?:" + _alternation(lex.CLAUSE_CONJUNCTIONS) + r")\b"
                            r"|,\s+(?:(?:less|more)\s+than\s+)?(?:(?:[\w-]+\s+)?(?:" + _alternation(
                                lex.TIME_UNITS) + r")\s+)?(?:after|before)\b", re.I)
_PARTY_SOURCE = _words(lex.PARTY_SOURCES)
_BACKGROUND_BEFORE = re.compile(r"(?<![\w-])(?:" + _alternation(lex.BACKGROUND_ADJECTIVES)
                                + r")\s+(?:[\w-]+\s+)?$", re.I)
_VALUED_AT = re.compile(r"\b(?:valued|valuing|values|value)\s+(?:[\w'-]+\s+){0,4}?at\s+"
                        r"(?:about\s+|some\s+|more\s+than\s+|nearly\s+|roughly\s+)?$", re.I)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|'s?)\s+$", re.I)
# "It" then a verb (not "It is expected", "It was not clear"): past tense, "has", "will", ...
_OPENING_IT = re.compile(r"\W*(It)\s+(?:also\s+|previously\s+|already\s+|earlier\s+)?(?:[a-z]+ed|"
                         + _alternation(lex.PRONOUN_SUBJECT_VERBS) + r")\b")
_AND_NOUN_PHRASE = re.compile(r"\band\s+(?:a|an|another|its|their|the)\s+(?:[\w$.,-]+\s+){0,3}?$")
_WITH_GAP = re.compile(r"^\s+with\s+(?:the\s+)?$")
_ANNOUNCED_BEFORE = re.compile(r"(?<![\w-])(?:" + _alternation(lex.ANNOUNCING_WORDS)
                               + r")\s+(?:[\w,]+\s+){0,2}?(?:on\s+|in\s+|last\s+)?$", re.I)
_COMPLETED = dict(STATUS)["completed"]
_OBJECT_REACH = 300  # how far after a deploying verb its object may be
_FOR_WHOM = re.compile(r"\s+(?:for|to)\s+(?:[A-Z]|the\s+(?:[\w-]+\s+){0,3}?(?:"
                       + _alternation(lex.COMPANY_DESCRIPTIONS + lex.CUSTOMER_WORDS) + r")\b)")
_SPENDING = frozenset(f for v in lex.SPENDING_VERBS for f in lex.forms(v))
_DEPLOYING = frozenset(f for v in lex.DEPLOYING_VERBS for f in lex.forms(v))
_CHIP_BUYING = frozenset(f for v in lex.CHIP_BUYING_VERBS for f in lex.forms(v))
_CHIP_SUPPLYING = frozenset(f for v in lex.CHIP_SUPPLYING_VERBS for f in lex.forms(v))
_COORDINATED = re.compile(r"(?:,|\band)\s+(?:(?:will|to|also)\s+)?$")
_WEAK_SECOND = frozenset(f for v in lex.WEAK_SECOND_VERBS for f in lex.forms(v))
_AND_VERB = re.compile(r"\band\s+(?:(?:" + _alternation(lex.COORDINATED_VERB_AUXILIARIES)
                       + r")\s+){0,4}$", re.I)
_CUMULATIVE = re.compile(r"(?<![\w-])(?:" + _alternation(
    [c for c in lex.CUMULATIVE_CUES if c != "since"]) + r"|since\s+(?:19|20)\d\d)(?![\w-])", re.I)
_PRONOUN_OPENING = re.compile(r"\W*(?:It|The\s+(?:[\w,.-]+\s+){0,4}?(?:"
                              + _alternation(lex.COMPANY_DESCRIPTIONS) + r"))\s", )
_AGREED = frozenset(f for v in lex.AGREEING_VERBS for f in lex.forms(v))
_DEAL_WORD = _words(lex.DEAL_NOUNS + lex.STATUS_DEAL_WORDS)
_FINAL_REACH = 40
# Past forms of the trigger verbs' heads: the "-ed" inflections, and an irregular verb's
# inflections other than "-s" and "-ing" ("bought", "sold", "taken").
_PAST_FORMS = frozenset(
    f for stems in lex.TRIGGER_VERBS.values() for s in stems for head in [s.split()[0]]
    for f in lex.forms(head)[1:]
    if f.endswith("ed") or (head in lex.IRREGULAR and not f.endswith(("s", "ing"))))
_LIGHT = frozenset(f for v in lex.LIGHT_VERBS for f in lex.forms(v))
_SITE_LEASE = _words(lex.SITE_LEASE_WORDS)
_BUYING = frozenset(f for v in lex.BUYING_VERBS for f in lex.forms(v))
_OWN = re.compile(r"\bits\s+(?:(?!(?:with|to|and|by|from|for|into|in|of)\b)[\w-]+\s+){0,3}$|\bits\s+(?:[\w-]+\s+){0,2}(?:subsidiary|unit)\W*$", re.I)
_UNIT_OF = re.compile(r"\s*'s?\s+(?:[\w-]+\s+){0,4}?(?:" + "|".join(lex.UNIT_NOUNS)
                      + r")\b[\s,]*(?:\w+\s+){0,1}$", re.I)
_OF_OWNER = re.compile(
    r"\s*(?:,\s*(?:(?:a|an|the|now|previously|formerly)\s+)*(?:[\w-]+\s+){0,3}?"
    r"(?:" + "|".join(lex.UNIT_NOUNS) + r")\s+|(?:" + "|".join(lex.UNIT_NOUNS) + r")\s+)?"
    r"of\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")


_LEADS = re.compile(r"\b(?:lead|leads|led|leading|co-lead|co-led|anchor|anchored)\b", re.I)
_RECEIVED = re.compile(r"\b(?:" + _alternation(f for v in lex.RECEIVING_VERBS for f in lex.forms(v))
                       + r")\s+(?:[\w$.,-]+\s+){0,5}$", re.I)


def _received(view: View, trigger: Trigger) -> bool:
    """"X received a $10 billion investment from Y": the subject is the recipient."""
    return bool(_RECEIVED.search(view.tail(trigger.start, 60)))


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


TYPE_WORDS_PROCURE = _words(lex.PROCURED_THINGS, flags=0)
_NAMES_A_COMPANY = re.compile(r"\b(?:" + _alternation(COMPANY_NOUNS) + r")\W*$", re.I)


def _with_party(view: View, candidates: list[CompanyMention], *taken) -> CompanyMention | None:
    """"X reached agreement with Y to acquire Z": Y is the counterparty."""
    names = {c.name for c in taken if c is not None}
    for c in candidates:
        if c.name not in names and prep_before(view, c) == "with":
            return c
    return None


def _neutral(view: View, trigger: Trigger, candidates: list[CompanyMention],
             subj: CompanyMention | None) -> tuple:
    other = _after(view, candidates, trigger, ("from", "with", "by", "between", "and", "to",
                                               *_DIRECT), (subj,))
    if other is not None and _prep_after(view, trigger, other) == "between":
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


_MODIFIER_GAP = re.compile(r"^[\s-]*(?:[A-Za-z$.,\d-]+\s+){0,2}$")
_THING_OF = re.compile(r"\b(?:" + _alternation(lex.PROCURED_THINGS) + r")\s+of\s+(?:the\s+)?$", re.I)
_OWNED_THING = re.compile(r"^'s?\s+(?:\w+\s+){0,3}?(?:" + _alternation(lex.PROCURED_THINGS) + r")\b", re.I)


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
    # the clause up to the next comma, within a bounded reach (linear on a long sentence)
    at = trigger.end - view.sentence.start
    comma = view.text.find(",", at, at + _OBJECT_REACH)
    limit = view.sentence.start + (comma if comma >= 0 else at + _OBJECT_REACH)
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


def _company_within(view: View, h: HardwareMention) -> CompanyMention | None:
    """The first company named inside a hardware phrase (companies are in order of start)."""
    companies = view.companies
    i = bisect.bisect_left(companies, h.start, key=_START)
    return companies[i] if i < len(companies) and companies[i].start < h.end else None


def _owner_of_thing(view: View, candidates: list[CompanyMention], trigger: Trigger,
                    subj: CompanyMention | None) -> CompanyMention | None:
    """"agreed to buy any of the cloud provider's unused capacity": the owner provides."""
    for c in candidates:
        if c.start >= trigger.end and c is not subj and (_OWNED_THING.match(
                view.text, c.end - view.sentence.start) or _THING_OF.search(view.tail(c.start, 40))):
            return c  # "... unused capacity", "to buy the output of Constellation's plant"
    return None


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


def is_provider(c: CompanyMention | None, deal_type: str | None = None) -> bool:
    """Whether a company provides what deals of ``deal_type`` sell (anything when the type
    is not one that providers sell)."""
    if c is None:
        return False
    if deal_type not in _PROVIDED_TYPES:
        return any(k in lex.PROVIDER_KINDS for k in c.kinds)
    return any(lex.PROVIDER_KINDS.get(k) == deal_type for k in c.kinds)


_PROVIDED_TYPES = frozenset(lex.PROVIDER_KINDS.values())


def orient(deal_type: str, trigger: Trigger, buyer: CompanyMention | None,
           seller: CompanyMention | None) -> tuple:
    """"Constellation signed a power purchase agreement with Microsoft": the provider of what
    the deal sells is the seller, whichever side of the sentence it stands on."""
    if trigger.pattern in ("procure", "noun") and buyer is not None and seller is not None \
            and _provider_rank(buyer, deal_type) > _provider_rank(seller, deal_type):
        return seller, buyer
    return buyer, seller


_RIVAL_BID = re.compile(r"(?<![\w-])(?:" + _alternation(lex.RIVAL_BID_ADJECTIVES)
                        + r")\s+(?:[\w-]+\s+)?$", re.I)


def rival_bid(view: View, trigger: Trigger) -> bool:
    """"its hostile tender offer", "a rival proposal": a bid competing with another."""
    return trigger.noun and bool(_RIVAL_BID.search(view.tail(trigger.start, 30)))


_ORDER_NOUNS = frozenset(lex.ORDER_NOUNS)
_PLACED = re.compile(r"(?<![\w-])(?:" + _alternation(lex.PLACING_VERBS)
                     + r")\s+(?:[\w$.,-]+\s+){0,5}?$", re.I)
_CUSTOMER_BEHIND = re.compile(r"\bcustomer\s+(?:behind|for)\s+(?:the|this|that)\s+(?:[\w$.,-]+\s+){0,3}?$",
                              re.I)
_IS_AFTER = re.compile(r"\s+(?:[\w,-]+\s+){0,4}?(?:is|was)\s+$")


_CONTRASTED = re.compile(r"(?<![\w-])(?:" + _alternation(lex.CONTRAST_BEFORE)
                         + r")\s+(?:[\w'-]+\s+){0,2}$", re.I)


def is_contrasted(view: View, m: Mention) -> bool:
    """"puts the two companies squarely against Nvidia's InfiniBand technology": hardware
    named as what the deal's competes with."""
    return bool(_CONTRASTED.search(view.tail(m.start, 40)))


_BEGINS = re.compile(r"\b(?:" + _alternation(lex.BEGINNING_VERBS) + r")\s+(?:[a-z]+ing|with)\s+"
                     r"(?:[\w-]+\s+){0,5}?(?:in|from|by|during)\s+(?:the\s+)?$", re.I)


def begins_at(view: View, t: TimeMention) -> bool:
    """"Oracle would begin providing the computing power in 2027", "beginning with a
    1-gigawatt deployment in the second half of 2026": when supply starts, the term's start."""
    return bool(_BEGINS.search(view.tail(t.start, 100)))


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


def amounts_before(money: list[MoneyMention], pos: int, reach: int) -> list[MoneyMention]:
    """The amounts (with a figure) starting within ``reach`` characters before ``pos``
    ("an additional $11 billion order"), by bisection over ``money`` (in order of start)."""
    lo = bisect.bisect_left(money, pos - reach, key=_START)
    hi = bisect.bisect_left(money, pos, key=_START)
    return [m for m in money[lo:hi] if m.amount is not None]


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


_VAGUE_OBJECT = re.compile(r"\s+(?:" + _alternation(lex.VAGUE_OBJECT_OPENERS) + r")\s", re.I)


_OWN_STAKE = re.compile(r"\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:stakes?|holdings?|shares)\b", re.I)


_ASSET_TOLD = re.compile(r"\b(?:the|that|those|these)\s+(?:" + _alternation(lex.ASSET_NOUNS)
                         + r")(?:'s?)?\s+(?:output|electricity|power|capacity)\b", re.I)


def names_asset_told(view: View) -> bool:
    """"to pay for the plants' output": the deal is for an asset the text named before."""
    return bool(_ASSET_TOLD.search(view.text))


def sells_own_stake(view: View, trigger: Trigger) -> bool:
    """"... will sell their stakes": holders selling what they hold, named elsewhere."""
    return bool(_OWN_STAKE.match(view.text, trigger.end - view.sentence.start))


def vague_object(view: View, trigger: Trigger) -> bool:
    """"to sell some of RJR Nabisco's food businesses": what is sold is an unnamed part."""
    return bool(_VAGUE_OBJECT.match(view.text, trigger.end - view.sentence.start))


_ITS_SITE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}$", re.I)


_OWNED_SITE = re.compile(r"(?:'s?)?\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(lex.SITE_WORDS)
                         + r")s?\b", re.I)


def site_landlord(view: View, candidates: list[CompanyMention], trigger: Trigger) -> CompanyMention | None:
    """"CoreWeave leases about 590 megawatts of capacity at Core Scientific sites": the
    company whose sites a lease is at, named after the trigger, provides them."""
    for c in candidates:
        if c.start >= trigger.end and prep_before(view, c) == "at" and _OWNED_SITE.match(
                view.text, c.end - view.sentence.start):
            return c
    return None


def site_owner(view: View, candidates: list[CompanyMention],
               subj: CompanyMention | None) -> CompanyMention | None:
    """The company whose site a lease is at: "at its Polaris Forge 1 campus" (the subject's),
    "at IREN's Childress campus"."""
    sites = [t for t in view.triggers if t.pattern == "site"][:_SITES_READ]
    for t in sites:
        if _ITS_SITE.search(view.tail(t.start, 40)):
            return subj
        owner = _possessor(view, candidates, t)
        if owner is not None:
            return owner
    return None


_SITES_READ = 3  # the first site nouns of a sentence tell whose site a lease is at


def _provider_rank(c: CompanyMention, deal_type: str) -> int:
    """2 for a specialist provider of the deal's goods, 1 for a generalist, 0 otherwise. For
    a data-center lease the landlord provides: 3 for a company that only runs sites (a
    former bitcoin miner), 2 for one that also sells cloud capacity, 1 for a cloud alone."""
    if deal_type == "data_center" and any(k in lex.SITE_PROVIDER_KINDS for k in c.kinds):
        return 2 if any(k in lex.CLOUD_KINDS for k in c.kinds) else 3
    if not is_provider(c, deal_type):
        return 0
    return 2 if any(k in lex.SPECIALIST_KINDS for k in c.kinds) else 1


def _buys_stake(view: View, trigger: Trigger) -> bool:
    """The trigger's object is a stake ("take a stake in X", "a 5.4% equity stake in X"), not
    a company paid for with shares ("acquire X in exchange for 287,700 shares")."""
    first = next((c for c in view.companies if c.start >= trigger.end), None)
    end = first.start if first is not None else trigger.end + _STAKE_REACH
    if first is not None and first.start - trigger.end <= _STAKE_REACH and _SHARES_OF.match(
            view.text, first.end - view.sentence.start):
        return True  # "warrants to acquire about 41 million TeraWulf shares"
    return bool(_SHARE_WORDS.search(view.text, trigger.start - view.sentence.start,
                                    min(end, trigger.end + _STAKE_REACH) - view.sentence.start))


def deal_type(view: View, trigger: Trigger, seller: CompanyMention | None) -> str:
    """The deal type from the trigger's pattern, the sentence's words and the seller's kind."""
    pattern = "acquire" if trigger.pattern == "procure" and _acquires(
        view, list(view.companies), trigger) else trigger.pattern
    if pattern == "procure" and (h := _object_hardware(view, trigger, _CHIP_BUYING)) is not None \
            and h.category in CHIP_CATEGORIES:
        return "chip_supply"  # "to spend billions on Google's tensor processing units"
    if pattern == "supply" and seller is not None and any(
            k in lex.CHIPMAKER_KINDS for k in seller.kinds) and (
            h := _object_hardware(view, trigger, _CHIP_SUPPLYING)) is not None \
            and h.category in CHIP_CATEGORIES:
        return "chip_supply"  # "AMD signed an agreement with Humain to supply Instinct GPUs"
    if pattern in lex.PATTERN_TYPES and pattern not in ("build", "site"):
        if pattern == "invest" and seller is None:
            return "data_center"
        if pattern in ("acquire", "passive") and _INVESTMENT_WORDS.search(view.text) \
                and _buys_stake(view, trigger):
            return "investment"  # "warrants that would give it a 5.4% stake in Cipher"
        return lex.PATTERN_TYPES[pattern]
    text = _COMPUTE_POWER.sub(" compute ", view.text)
    found = {t for t, rx in TYPE_WORDS if rx.search(text)}
    if "data_center" in found and _SITE_LEASE.search(text) and "power" not in found:
        return "data_center"  # leases of sites and colocation
    if pattern in ("build", "site") and "data_center" in found and seller is None:
        return "data_center"
    if "power" in found:
        return "power"
    strong = [t for t, rx in _STRONG_TYPES if rx.search(text)]
    if len(strong) == 1:
        return strong[0]
    if seller is not None:
        for kind in seller.kinds:
            implied = lex.PROVIDER_KINDS.get(kind)
            if implied in ("cloud_capacity", "chip_supply", "power"):
                return implied
    for t in ("merger", "acquisition", "cloud_capacity", "chip_supply", "data_center",
              "investment", "partnership"):
        if t in found:
            return t
    return lex.PATTERN_TYPES.get(pattern, "other")
