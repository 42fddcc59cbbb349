"""Contract terms: ranges, open ends, starts and durations.

Patterns (embedded by ``dates.py`` in its single scanning expression):

- ``RANGE_TAIL`` (after a point): ``from 2027 through 2032``, ``between 2027 and 2032``, ``2027 to 2032``,
  ``2027-2032``, ``2027-32``, ``from Q3 2026 to Q2 2028``. Both ends are points of
  ``timepoints.POINT``; the span covers ``from``/``between`` and both ends.
- ``END``: ``until 2031``, ``till 2031``, ``through 2030``, ``runs until 2031``,
  ``running through the end of 2030``, ``extended to 2030``, ``expires in 2031`` (last only).
- ``START``: ``starting in 2026``, ``beginning next year``, ``commencing in 2027``,
  ``effective Jan. 1`` (first only).
- ``DURATION``: ``over five years``, ``for a period of 18 months``, ``over the next
  decade`` (duration only); ``ADJECTIVE``: ``five-year``, ``10-year``, ``18-month``,
  ``two-and-a-half-year``, ``five year`` before a contract noun (span: the adjective alone,
  so "a five-year deal" gives "five-year"); ``FIXED``: ``decade-long``; ``OPEN``:
  ``multi-year``, ``multiyear``, ``long-term`` (``open_duration`` True, no duration).

Ranges are inclusive at every precision: ``from 2027 through 2032``, ``2027 to 2032`` and
``2027-2032`` all give P6Y; month ranges count months (``from January 2026 through June
2027`` gives P18M, whole years are written as years); day ranges give a duration only when
they run from a month's first day to a month's last day. ``the end of``/``the close of``
after an end cue belongs to the cue: ``until the end of 2030`` ends in ``2030``.
"""
from __future__ import annotations

import re

from extractor.lexicon import dates as lx
from extractor.mentions import TimeMention
from extractor.recognize.timepoints import POINT, Point, iso, month_length, number_value, words

_PLAIN_NUMBER = words(lx.NUMBER_WORDS)
_HALF = r"(?:[\s-]+and[\s-]+a[\s-]+half)"
_COUNT = rf"(?:{_PLAIN_NUMBER}{_HALF}?|\d{{1,3}}(?:\.\d{{1,2}})?|(?i:an?|one)(?=\s))"
_UNIT = r"(?i:years?|months?|weeks?|days?|decades?|yrs?)"
_UNIT_ONE = r"(?i:year|month|week|day|decade|yr)"
_CONN = words(lx.RANGE_CONNECTORS)
_DASH = "[" + re.escape(lx.RANGE_DASHES) + "]"
_END_OF = r"(?:(?i:the\s+(?:end|close)\s+of)\s+)?"

RANGE_TAIL = (rf"(?:\s*{_DASH}\s*|\s+(?P<r_conn>{_CONN}|[Aa]nd)\s+)"
              rf"(?:(?P<b>{POINT})|(?P<b2>\d\d)\b)")
END = (rf"(?P<end>(?:{words(lx.END_VERBS)}\s+)?{words(lx.END_WORDS)}\s+{_END_OF}(?P<e>{POINT})"
       rf"|{words(lx.END_VERBS)}\s+(?i:to)\s+{_END_OF}(?P<e2>{POINT})"
       rf"|{words(lx.END_IN_VERBS)}\s+(?:{words(('in', 'on', 'at', 'by'))}\s+)?{_END_OF}"
       rf"(?P<e3>{POINT}))")
START = (rf"(?P<start>{words(lx.START_WORDS)}\s+(?:{words(lx.START_PREPOSITIONS)}\s+)?"
         rf"(?P<s>{POINT}))")
DURATION = (rf"(?P<dur>(?P<dur_cue>{words(lx.DURATION_CUES)})\s+"
            rf"(?:{words(lx.DURATION_QUALIFIERS)}\s+)?(?:(?P<dur_fill>{words(lx.DURATION_FILLERS)})\s+)?"
            rf"(?:(?P<dur_n>{_COUNT})\s+)?(?P<dur_u>{_UNIT})(?![\w-]))")
ADJECTIVE = (rf"(?P<adj>(?P<adj_n>{_PLAIN_NUMBER}(?:-and-a-half)?|\d{{1,3}}(?:\.\d{{1,2}})?)"
             rf"(?P<adj_sep>-|\s+)(?P<adj_u>{_UNIT_ONE})(?![\w-]))")
FIXED = rf"(?P<fixed>{words(lx.FIXED_LENGTH_WORDS)})\b"
OPEN = rf"(?P<open>{words(lx.OPEN_DURATION_WORDS)})\b"

_NEXT_WORD = re.compile(r"\s*([\w-]+)")
_TRAPS = frozenset(lx.DURATION_ADJECTIVE_TRAPS)
_NOUNS = frozenset(lx.TERM_NOUNS)
_REPORTING = frozenset(lx.REPORTING_PERIOD_FOLLOWERS)
_IMPLIED_ONE = frozenset(("the next", "the coming", "the following", "the first", "a",
                          "an initial", "a further", "an additional", "another"))


def _key(date: tuple[int, ...]) -> tuple[int, int, int]:
    return (date + (0, 0))[:3]


def span_duration(first: tuple[int, ...] | None, last: tuple[int, ...] | None) -> str | None:
    """The inclusive length from ``first`` to ``last`` as ISO 8601, when the text fixes it."""
    if not first or not last or len(first) != len(last):
        return None
    if len(first) == 1:
        return f"P{last[0] - first[0] + 1}Y" if last[0] >= first[0] else None
    if len(first) == 3:
        if first[2] != 1 or last[2] != month_length(last[0], last[1]):
            return None
    months = (last[0] * 12 + last[1]) - (first[0] * 12 + first[1]) + 1
    if months <= 0:
        return None
    return f"P{months // 12}Y" if months % 12 == 0 else f"P{months}M"


def _length(count: float, unit: str) -> str | None:
    letter, scale = lx.DURATION_UNITS[unit.lower()]
    count *= scale
    if count == int(count) and count > 0:
        return f"P{int(count)}{letter}"
    if letter == "Y" and count * 12 == int(count * 12):
        return f"P{int(count * 12)}M"
    return None


def _count(token: str) -> float | None:
    token = " ".join(token.lower().replace("-", " ").split())
    half = token.endswith(" and a half")
    token = token.removesuffix(" and a half")
    if re.fullmatch(r"\d+(\.\d+)?", token):
        return float(token)
    value = number_value(token) or number_value(token.replace(" ", "-"))
    return None if value is None else value + 0.5 * half


def _term(m: re.Match, **values) -> TimeMention:
    return TimeMention(m.start(), m.end(), m.group(), "term", **values)


def duration_term(m: re.Match, text: str) -> TimeMention | None:
    """``over five years``, ``for the next decade``: a term with only a duration."""
    if m["dur_n"]:
        count = _count(m["dur_n"])
    elif (m["dur_fill"] or "").lower() in _IMPLIED_ONE and not m["dur_u"].lower().endswith("s"):
        count = 1.0
    else:
        return None
    following = _NEXT_WORD.match(text, m.end())
    if count is None or (following and following.group(1).lower() in _REPORTING):
        return None
    duration = _length(count, m["dur_u"])
    return _term(m, duration=duration) if duration else None


def adjective_term(m: re.Match, text: str) -> TimeMention | None:
    """``five-year``, ``18-month``, ``10 year`` before a contract noun."""
    following = _NEXT_WORD.match(text, m.end())
    word = following.group(1).lower() if following else ""
    if word in _TRAPS or (m["adj_sep"] != "-" and word not in _NOUNS):
        return None
    count = _count(m["adj_n"])
    duration = _length(count, m["adj_u"]) if count else None
    return _term(m, duration=duration) if duration else None


def fixed_term(m: re.Match, text: str) -> TimeMention | None:
    return _term(m, duration=lx.FIXED_LENGTH_WORDS[m["fixed"].lower()])


def open_term(m: re.Match, text: str) -> TimeMention | None:
    return _term(m, open_duration=True)


def range_term(m: re.Match, a: Point | None, b: Point | None) -> TimeMention | None:
    """Both ends of a range, or None when they do not make one (the caller rescans).

    ``m`` has groups ``prep``, ``a``, ``r_conn``, ``b``/``b2`` (see ``RANGE_TAIL``)."""
    connector = (m["r_conn"] or "-").lower()
    lead = (m["prep"] or "").lower()
    if a is None or (b is None and m["b2"] is None):
        return None
    if (connector == "and") != (lead == "between"):
        return None
    if a.needs_context and not lead and (len(a.first or ()) != 1):
        return None
    if m["b2"] is not None:
        if not (a.kind == "date" and a.first and len(a.first) == 1 and connector == "-"):
            return None
        year = (a.first[0] // 100 * 100 + int(m["b2"]),)
        b = Point("date", year, year)
    first, last = a.first, b.last
    if first and last and _key(first) > _key(last):
        return None
    start = m.start("prep") if lead in lx.RANGE_STARTS else m.start("a")
    return TimeMention(start, m.end(), m.string[start:m.end()], "term", first=iso(first),
                       last=iso(last), duration=span_duration(first, last),
                       relative=a.relative or b.relative)


def end_term(m: re.Match, point: Point | None) -> TimeMention | None:
    if point is None:
        return None
    return _term(m, last=iso(point.last), relative=point.relative)


def start_term(m: re.Match, point: Point | None) -> TimeMention | None:
    if point is None:
        return None
    return _term(m, first=iso(point.first), relative=point.relative)


def year_hint(point: Point | None) -> int | None:
    """The year a range end gives a year-less start: ``March to June 2026``."""
    if point is None or point.relative or not point.first:
        return None
    return point.first[0]

