"""Dates, periods and contract terms in news text: :func:`find_times`.

One compiled expression holds the whole grammar; its alternatives, tried in this order at a
word start, are an end cue, a start cue, a cued duration, an adjectival duration
(``five-year``), a fixed length (``decade-long``), an open length (``multi-year``), and a
point (``timepoints.POINT``) with an optional preposition before it and an optional range
tail after it (``terms.RANGE_TAIL``). Every alternative is a bounded sequence of words, so
there is no catastrophic backtracking. For speed the expression is not run at every word:
a cheap scan finds anchors (digits, month and weekday names, ``quarter``, ``year``...) and
the grammar is tried only at the words before each anchor that belong to its vocabulary.
dateparser is not used: every form it handles well (single explicit dates) is a few lines
here, its failures (ranges, quarters, filled-in parts) are the point of this module, and a
call per candidate would cost more than the whole scan.

Span conventions (``text == article[start:end]`` always):

- points exclude the preposition before them (``in``, ``on``, ``by``, ``since``, ``from``...)
  and include their own modifiers and a leading ``the``: "disclosed Thursday" and "on
  Thursday" give ``Thursday``; "in the second half of 2026" gives ``the second half of 2026``;
- terms cover the whole cue: ``from 2027 through 2032``, ``runs until 2031``,
  ``starting in 2026``, ``over the next five years``; an adjectival duration covers the
  adjective alone (``five-year`` in "a five-year deal").

Representation choices:

- ``by 2030`` is a deadline, given as a point: kind ``date``, ``date`` 2030, span ``2030``
  (the assembler sees the preposition in the text before the span if it cares);
- ``from 2027`` with no end is a point too (kind ``date``); ``starting in 2027`` is a term;
- ``in September`` is kind ``date`` with ``date`` at month precision, resolved against
  publication: the latest September not after it, or in future context (``will``,
  ``expected to``, ``runs``, ``starting``... nearest cue in the clause before it) the first
  September not before it. Month-day dates, weekdays, quarters and halves without a year
  follow the same rule; ``last``/``next`` + weekday are strictly before/after publication;
- ``last week``/``this week`` are kind ``date`` with ``date`` None and ``relative`` True:
  a week is not an ISO partial date;
- ``relative`` marks every expression that depends on the publication date, resolved or not;
- ``fiscal 2027``/``FY27`` are periods 2027..2027 (calendar years: no company's fiscal
  calendar is known here); fiscal quarters are read as calendar quarters;
- ``the end of the decade`` is the period 2029..2030 of the publication date's decade;
  ``early``/``mid``/``late`` YEAR cover months 1-4, 5-8, 9-12; ``the end of`` YEAR 10-12,
  ``the beginning of`` YEAR 1-3; ``early``/``mid``/``late`` MONTH days 1-10, 11-20, 21-end;
- a bare year is a date only after a date preposition, after another date (``in 2026 and
  2027``) or inside a range, never beside a currency sign, digit group or count noun
  (``$2,027``, ``1,999 megawatts``, ``2000 shares``); bare month names need the same context.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from extractor.lexicon import dates as lx
from extractor.mentions import TimeMention
from extractor.recognize import terms
from extractor.recognize.timepoints import (
    POINT_DISPATCHED,
    POINT_STARTS,
    Context,
    Point,
    iso,
    parse_point,
    starts,
    words,
)

_PREP = (rf"(?:(?P<prep>{words(lx.DATE_PREPOSITIONS + lx.RANGE_STARTS)})\s+)?"
         rf"(?P<a>{POINT_DISPATCHED})")
# Where an alternative of ``_MASTER`` may begin (see ``timepoints.starts``).
_GATE = starts(
    *POINT_STARTS, lx.END_VERBS, lx.END_WORDS, lx.END_IN_VERBS, lx.START_WORDS,
    lx.DURATION_CUES, lx.NUMBER_WORDS, lx.FIXED_LENGTH_WORDS, lx.OPEN_DURATION_WORDS,
    lx.DATE_PREPOSITIONS, lx.RANGE_STARTS)
_MASTER = re.compile(r"\b" + _GATE + "(?:" + "|".join((
    terms.END, terms.START, terms.DURATION, terms.ADJECTIVE, terms.FIXED, terms.OPEN,
    rf"(?P<single>{_PREP}(?:{terms.RANGE_TAIL})?)")) + ")")
_POINTS = re.compile(rf"\b{_PREP}")
_ANCHOR_EXACT = (*lx.MONTHS, *lx.MONTH_ABBREVIATIONS, *lx.WEEKDAYS)
# An anchor: a digit or an anchor word, after none of ``\w$.,``.
_ANCHOR_BODY = r"(?:\d|" + words(lx.ANCHOR_WORDS, exact=_ANCHOR_EXACT, literal_first=True) + ")"
_ANCHOR_AT_START = re.compile(_ANCHOR_BODY)  # at the start of the text
# Elsewhere: the character before it, then the anchor in a lookahead (group ``a``). A pattern
# that opens with a character class is searched by skipping to that class's characters,
# where one opening with a look-behind is tried at every position; the quick test of the
# anchor's first character turns most words away before the word tree is tried.
_ANCHOR_FIRST = sorted({c for w in lx.ANCHOR_WORDS for c in (w[0].lower(), w[0].upper())}
                       | {w[0] for w in _ANCHOR_EXACT})
_ANCHOR_AFTER = re.compile(r"[^\w$.,](?=[\d" + re.escape("".join(_ANCHOR_FIRST)) + "])"
                           rf"(?=(?P<a>{_ANCHOR_BODY}))")


def _vocabulary(*tables) -> frozenset[str]:
    """Every word of the grammar, lowercased: ``five``, ``end``, ``through``, ``sept``..."""
    return frozenset(part for table in tables for item in table
                     for part in re.split(r"[\s-]+", item.lower()) if part)


_VOCABULARY = _vocabulary(
    lx.DATE_PREPOSITIONS, lx.RANGE_STARTS, lx.END_VERBS, lx.END_WORDS, lx.END_IN_VERBS,
    lx.START_WORDS, lx.START_PREPOSITIONS, lx.DURATION_CUES, lx.DURATION_FILLERS,
    lx.DURATION_QUALIFIERS, lx.NUMBER_WORDS, lx.ONE_WORDS, lx.STARTER_WORDS, lx.DAY_WORDS,
    lx.DECADE_END_WORDS, lx.OPEN_DURATION_WORDS, lx.FIXED_LENGTH_WORDS, lx.QUARTER_ORDINALS,
    lx.HALF_ORDINALS, lx.YEAR_PARTS, lx.MONTH_PARTS, lx.RELATIVE_OFFSETS, lx.YEAR_PREFIXES,
    lx.FISCAL_WORDS, lx.MONTHS, lx.MONTH_ABBREVIATIONS, lx.WEEKDAYS, lx.HALF_WORDS,
    lx.RANGE_CONNECTORS, ("and", "or", "of"))
_STRIP = ",.;:()\"'-\u2013"
_TENSE = re.compile(rf"\b(?:(?P<future>{words(lx.FUTURE_CUES + lx.FUTURE_CUE_VERBS)})\b"
                    rf"|(?P<past>{words(lx.PAST_CUES)})\b)")
_LAST_CLAUSE_END = re.compile(r"(?s:.*)[.!?;,\n](?=\s)")  # matched from a start: the last one
_NEXT_WORD = re.compile(r"\s*(%|[A-Za-z]+)")
_COUNT_NOUNS = frozenset(lx.COUNT_NOUNS)
_LIST_GAP = re.compile(r"(?:\s*,)?\s*(?:(?i:and|or)\s+)?")


def find_times(text: str, published: dt.date | None = None) -> tuple[TimeMention, ...]:
    """Every date, period and term in ``text``, sorted by start, non-overlapping.

    ``published`` resolves relative expressions; without it they keep ``date`` None.
    """
    found: list[TimeMention] = []
    for m in _matches(text):
        if _numeric_neighbour(text, m.start(), m.end()):
            continue
        mention = _interpret(m, text, published, found)
        if mention is not None:
            found.append(mention)
        elif m.lastgroup in ("end", "start") or m["b"] or m["b2"]:
            found.extend(_rescan(text, m.start(), m.end(), published, found))
    return tuple(found)


def _matches(text: str):
    """The matches ``_MASTER.finditer`` would give, found faster: the full grammar is only
    tried near anchors, at the words before them that time expressions are made of."""
    pos = 0
    failed: set[int] = set()  # starts where the grammar failed: the windows of anchors overlap
    for at in _anchors(text):
        if at < pos:
            continue
        for start in _candidates(text, max(pos, at - lx.ANCHOR_LOOKBACK), at):
            if start < pos or start in failed:
                continue
            m = _MASTER.match(text, start)
            if m is None:
                failed.add(start)
                continue
            yield m
            pos = m.end()
            if pos > at:
                break


def _anchors(text: str):
    """The starts of the anchors, as ``re.finditer`` of an anchor after a character other than
    a word character, ``$``, ``.`` or ``,`` would give them: left to right, each at or after
    the end of the one before."""
    end = 0
    if first := _ANCHOR_AT_START.match(text):
        yield 0
        end = first.end()
    for m in _ANCHOR_AFTER.finditer(text, max(end - 1, 0)):
        at = m.start("a")
        if at >= end:
            yield at
            end = m.end("a")


def _candidates(text: str, low: int, at: int) -> list[int]:
    """``at`` and the starts of the grammar words running back from it, leftmost first."""
    starts = [at]
    end = at
    while end > low:
        stop = end
        while stop > low and text[stop - 1].isspace():
            stop -= 1
        start = max(text.rfind(" ", low, stop), text.rfind("\n", low, stop), low - 1) + 1
        if not _is_grammar_word(text[start:stop]):
            break
        starts.append(start)
        end = start
    starts.reverse()
    return starts


@lru_cache(maxsize=4096)
def _is_grammar_word(token: str) -> bool:
    """Whether ``token`` (punctuation around it aside) is a word of the grammar or a number."""
    word = token.strip(_STRIP).lower()
    return bool(word) and all(part in _VOCABULARY or part.isdigit() for part in word.split("-"))


def _interpret(m: re.Match, text: str, published, found) -> TimeMention | None:
    kind = m.lastgroup
    if kind == "single":
        if m["b"] is not None or m["b2"] is not None:
            return _range(m, text, published)
        return _single(m, text, published, found)
    if kind in ("end", "start"):
        group = next(g for g in ("e", "e2", "e3", "s") if m[g] is not None)
        point = _point(text, m.start(group), m.end(group), published)
        if _count_follows(text, m.end()):
            return None
        return terms.end_term(m, point) if kind == "end" else terms.start_term(m, point)
    return _BUILDERS[kind](m, text)


_BUILDERS = {"dur": terms.duration_term, "adj": terms.adjective_term,
             "fixed": terms.fixed_term, "open": terms.open_term}


def _rescan(text: str, start: int, end: int, published, found) -> list[TimeMention]:
    """Single points inside a composite match that did not hold together."""
    mentions: list[TimeMention] = []
    for m in _POINTS.finditer(text, start, end):
        mention = _single(m, text, published, mentions or found)  # only the last one counts
        if mention is not None and not _numeric_neighbour(text, m.start(), m.end()):
            mentions.append(mention)
    return mentions


def _single(m: re.Match, text: str, published, found) -> TimeMention | None:
    start, end = m.start("a"), m.end("a")
    point = _point(text, start, end, published)
    if point is None:
        return None
    if point.needs_context and not (m["prep"] or _follows_date(text, start, found)):
        return None
    if point.needs_context and _count_follows(text, end):
        return None
    return _mention(start, end, text, point)


def _range(m: re.Match, text: str, published) -> TimeMention | None:
    future = _is_future(text, m.start())
    b = _point(text, m.start("b"), m.end("b"), published, future) if m["b"] else None
    hint = terms.year_hint(b)
    a = _point(text, m.start("a"), m.end("a"), published, future, hint)
    if a and b and hint and a.first and b.first and a.first > b.first:
        a = _point(text, m.start("a"), m.end("a"), published, future, hint - 1)
    if _count_follows(text, m.end()):
        return None
    return terms.range_term(m, a, b)


def _point(text: str, start: int, end: int, published, future: bool | None = None,
           hint: int | None = None) -> Point | None:
    span = text[start:end]
    point = _parse_cached(span, published, bool(future), hint)
    if future is None and point is not None and point.relative and _is_future(text, start):
        point = _parse_cached(span, published, True, hint)
    return point


@lru_cache(maxsize=8192)
def _parse_cached(span: str, published, future: bool, hint: int | None) -> Point | None:
    return parse_point(span, 0, len(span), Context(published, future, hint))


def _mention(start: int, end: int, text: str, point: Point) -> TimeMention:
    if point.kind == "date":
        return TimeMention(start, end, text[start:end], "date", date=iso(point.first),
                           relative=point.relative)
    return TimeMention(start, end, text[start:end], "period", first=iso(point.first),
                       last=iso(point.last), relative=point.relative)


def _is_future(text: str, start: int) -> bool:
    """Whether the nearest tense cue in the clause before ``start`` speaks of the future."""
    window_start = max(0, start - lx.TENSE_WINDOW)
    if clause_end := _LAST_CLAUSE_END.match(text, window_start, start):
        window_start = clause_end.end()
    last = None
    for last in _TENSE.finditer(text, window_start, start):
        pass
    return bool(last and last.lastgroup == "future")


def _follows_date(text: str, start: int, found: list[TimeMention]) -> bool:
    """``2027`` in "in 2026 and 2027": right after another time mention."""
    if not found or start - found[-1].end > 8:
        return False
    return _LIST_GAP.fullmatch(text, found[-1].end, start) is not None


def _count_follows(text: str, end: int) -> bool:
    """A count noun after a number: ``2000 shares``, ``1,999 megawatts``."""
    if end == 0 or not text[end - 1].isdigit():
        return False
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following.group(1).lower() in _COUNT_NOUNS


def _numeric_neighbour(text: str, start: int, end: int) -> bool:
    """Digits of a larger number or amount: ``$2,027``, ``555-2027``, ``2027.5``, ``20%``."""
    if text[start].isdigit() and start > 0:
        before = text[start - 1]
        if before in "$€£¥#" or (before in ",.-/:" and start > 1 and text[start - 2].isdigit()):
            return True
    if text[end - 1].isdigit() and end < len(text):
        after = text[end]
        if after == "%" or (after in ",.-/:" and end + 1 < len(text) and text[end + 1].isdigit()):
            return True
    return False
