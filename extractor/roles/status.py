"""A deal's status and dates, as a sentence tells them.

Status: the cues (``STATUS``, ``NEGATIVE``, ``NEW_DEAL``), ``is_negative`` (a sentence that
denies or only supposes a deal), ``status_of`` (the status a text's words tell),
``final_status`` (completed or terminated, told by a later sentence), ``verb_status`` (what
the deal's own verb tells), ``others_deal`` (the cues are another company's deal's),
``is_cumulative`` (a running total). Dates: ``announcement_date``,
``is_dateline``, ``closing_date``, ``begins_at`` (when supply starts) and ``open_term_ok``
("long-term" on a deal noun).
"""
from __future__ import annotations

import re

from ..lexicon import deals as lex
from ..mentions import TimeMention
from .view import (
    Trigger, View, _alternation, _ci_trie, holds, last_word, lower_twin, lowered, needed_words,
    _words,
)
from .triggers import _SHARE_WORDS


_UNDER_AGREEMENT = (r"(?<![\w-])(?:" + _alternation(lex.UNDER_AGREEMENT) + r")\s+(?:[\w$.,-]+\s+){0,4}?(?:"
                    + _alternation(lex.DEAL_NOUNS) + r")(?![\w-])")
_AMENDED = (r"(?<![\w-])(?:" + _alternation(lex.AMENDING_VERBS) + r")\s+(?:[\w$.,-]+\s+){0,3}?(?:"
            + _alternation(lex.AGREEMENT_NOUNS) + r")(?![\w-])")
STATUS = [(status, re.compile(_words(cues).pattern + "|" + _UNDER_AGREEMENT + "|" + _AMENDED, re.I)
           if status == "signed" else _words(cues)) for status, cues in lex.STATUS_CUES]
# Per status, the words one of which any match of its pattern holds (its cues', and for
# "signed" those of _UNDER_AGREEMENT and _AMENDED too: keep them in step with STATUS): a text
# with none of them is not searched for that status. The pattern is searched in the text
# ``lowered`` (``lower_twin``).
_STATUS_SCAN = [(status, lower_twin(pattern), needed_words(
    (*cues, *lex.UNDER_AGREEMENT, *lex.AMENDING_VERBS) if status == "signed" else cues))
    for (status, pattern), (_, cues) in zip(STATUS, lex.STATUS_CUES)]
NEGATIVE = _words(lex.NEGATIVE_CUES)
_NEGATIVE_WORDS = needed_words(lex.NEGATIVE_CUES)
_NEGATIVE_LOWER = lower_twin(NEGATIVE)
NEW_DEAL = _words(lex.NEW_DEAL_CUES)
_DEAL_NOUN_AFTER = re.compile(r"[\s-]*(?:\w+[\s-]+)?(?:" + _alternation(lex.DEAL_NOUNS) + r")\b", re.I)


def is_negative(view: View) -> bool:
    """The sentence denies, declines or only supposes a deal (``NEGATIVE``): it tells none."""
    return view.holds(_NEGATIVE_WORDS) and bool(_NEGATIVE_LOWER.search(view.lower))


def status_of(text: str) -> str | None:
    low = lowered(text)
    for status, pattern, needed in _STATUS_SCAN:
        if not holds(low, needed):
            continue  # no cue of this status in the text
        if status == "reported" and _PARTY_SOURCE_LOWER.search(low):
            continue  # "..., the companies said, in a deal worth $10 billion according to a person"
        if any(not _modifies_other_thing(text, m) for m in pattern.finditer(low)):
            return status
    return None


def _modifies_other_thing(text: str, m: re.Match) -> bool:
    """A cue used as an adjective on something other than a deal ("tied to the company's
    planned stock market listing"): it says nothing of the deal's status. ``m``: a match in
    ``text`` or in ``text`` lowered (the same offsets)."""
    if not m.group().lower().endswith("ed") or not _DETERMINER_BEFORE.search(
            text, max(0, m.start() - 20), m.start()):
        return False
    return not _DEAL_NOUN_AFTER.match(text, m.end())


_FINAL = [(status, lower_twin(pattern)) for status, pattern in STATUS
          if status in lex.FINAL_STATUSES]  # searched in the text lowered


def final_status(text: str) -> str | None:
    """A completed or terminated deal told by a later sentence: the cue must stand near a
    deal word ("completed the acquisition", "the talks collapsed"), not "until it completed
    its review"."""
    low = lowered(text)
    for status, pattern in _FINAL:
        for m in pattern.finditer(low):
            if _DEAL_WORD_LOWER.search(low, max(0, m.start() - _FINAL_REACH),
                                       m.end() + _FINAL_REACH):
                return status
    return None


_OWN_DEAL_NOUN = re.compile(r"(?:'s?)?" + _DEAL_NOUN_AFTER.pattern, re.I)


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


def is_cumulative(view: View, trigger: Trigger) -> bool:
    """"Amazon has invested $8 billion in the start-up to date": a running total, told in the
    trigger's clause (up to the next comma or semicolon); a stake is one holding."""
    if not view.holds(_CUMULATIVE_WORDS):
        return False
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


def open_term_ok(view: View, t: TimeMention) -> bool:
    """An open term ("long-term", "multi-year") counts only when it qualifies a deal noun."""
    if t.first or t.last or t.duration:
        return True
    return bool(_DEAL_NOUN_AFTER.match(view.text, t.end - view.sentence.start))


_UNREALIZED = frozenset(lex.UNREALIZED_BEFORE)
_PARTY_SOURCE = _words(lex.PARTY_SOURCES)
_PARTY_SOURCE_LOWER = lower_twin(_PARTY_SOURCE)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|'s?)\s+$", re.I)
_ANNOUNCED_BEFORE = re.compile(r"(?<![\w-])(?:" + _alternation(lex.ANNOUNCING_WORDS)
                               + r")\s+(?:[\w,]+\s+){0,2}?(?:on\s+|in\s+|last\s+)?$", re.I)
_COMPLETED = dict(STATUS)["completed"]
_CUMULATIVE = re.compile(r"(?<![\w-])(?:" + _alternation(
    [c for c in lex.CUMULATIVE_CUES if c != "since"]) + r"|since\s+(?:19|20)\d\d)(?![\w-])", re.I)
_CUMULATIVE_WORDS = needed_words(lex.CUMULATIVE_CUES)  # "since" among them
_AGREED = frozenset(f for v in lex.AGREEING_VERBS for f in lex.forms(v))
_DEAL_WORD = _words(lex.DEAL_NOUNS + lex.STATUS_DEAL_WORDS)
_DEAL_WORD_LOWER = lower_twin(_DEAL_WORD)
_FINAL_REACH = 40
# Past forms of the trigger verbs' heads: the "-ed" inflections, and an irregular verb's
# inflections other than "-s" and "-ing" ("bought", "sold", "taken").
_PAST_FORMS = frozenset(
    f for stems in lex.TRIGGER_VERBS.values() for s in stems for head in [s.split()[0]]
    for f in lex.forms(head)[1:]
    if f.endswith("ed") or (head in lex.IRREGULAR and not f.endswith(("s", "ing"))))


_BEGINS = re.compile(r"\b(?:" + _ci_trie(lex.BEGINNING_VERBS) + r")\s+(?:[a-z]+ing|with)\s+"
                     r"(?:[\w-]+\s+){0,5}?(?:in|from|by|during)\s+(?:the\s+)?$", re.I)
_BEGINS_LOWER = lower_twin(_BEGINS)


_OPENING_WORDS = frozenset(w.lower() for w in lex.BEGINNING_VERBS)


def opens_term(t: TimeMention) -> bool:
    """"in phases beginning in 2027": a term told by its start alone, a start that a deal
    told without one takes."""
    return t.kind == "term" and t.first is not None and t.last is None and t.duration is None \
        and t.text.split(None, 1)[0].lower() in _OPENING_WORDS


def begins_at(view: View, t: TimeMention) -> bool:
    """"Oracle would begin providing the computing power in 2027", "beginning with a
    1-gigawatt deployment in the second half of 2026": when supply starts, the term's start."""
    return bool(_BEGINS_LOWER.search(view.lower_tail(t.start, 100)))
