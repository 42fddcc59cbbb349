"""Points and periods of time: the grammar ``POINT`` and its resolution to partial dates.

``POINT`` is a regular-expression alternation (built from ``lexicon/dates.py``) of every
single time expression: explicit dates (``Sept. 30, 2025``, ``30 September 2025``,
``2025-09-30``, ``9/30/2025``, ``September 2025``), parts of months and years
(``early September``, ``mid-2026``, ``the end of next year``), quarters and halves
(``Q3 2026``, ``the third quarter of fiscal 2026``, ``H2 2026``), fiscal and calendar
years, decades, relative words (``last year``, ``earlier this month``, ``Thursday``,
``yesterday``, ``two years ago``) and bare months and years. The recognizer in
``dates.py`` embeds it in larger patterns; :func:`parse_point` re-matches a span found
there and resolves it to a :class:`Point`.

Resolution never fills in what the text does not give: ``2027`` stays ``(2027,)``. Text
without a year (``March 3``, ``in September``, ``the first quarter``) takes it from the
publication date: the latest such date not after publication, or in future context
(``will start in September``) the first one not before it. Without a publication date
relative points stay unresolved (``first``/``last`` None, ``relative`` True).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.lexicon import dates as lx

PartialDate = tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Point:
    """A resolved time expression; a date when ``first == last`` and kind is ``date``."""

    kind: str
    first: PartialDate | None
    last: PartialDate | None
    relative: bool = False
    needs_context: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What resolution may use: the publication date, the tense, a year from a range."""

    published: dt.date | None
    future: bool = False
    year_hint: int | None = None


def words(items, *, ci: bool = True, exact=(), literal_first: bool = False) -> str:
    """A non-capturing alternation of ``items`` built as a prefix tree (so matching costs
    one step per character, not one per word), longest first, spaces as ``\\s+``.
    ``literal_first``: one branch per case of a first letter (see ``_tree_pattern``), for a
    pattern tried at every position of a text."""
    tree: dict = {}
    for item in [*(item.lower() if ci else item for item in items), *exact]:
        node = tree
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_tree_pattern(tree, ci, top=literal_first)})"


def starts(*tables, digits: str = r"\d") -> str:
    """A lookahead that holds where a phrase of ``tables`` may begin: at ``digits``, or at
    the phrase's first word (in any case) before a non-letter. In front of an alternation
    whose every branch begins so, it lets the engine pass over other words in a few steps
    and changes no match."""
    first = {re.split(r"[\s-]+", item)[0].lower() for table in tables for item in table}
    tree: dict = {}
    for word in filter(None, first):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return rf"(?={digits}|{_tree_pattern(tree, True, _FOLDED)}(?![A-Za-z]))"


# Letters that ``(?i)`` also matches to other characters (i: İ ı, k: the Kelvin sign, s: ſ;
# all word characters): ``starts`` lets ``\w`` stand for them, so that it holds wherever a
# case-insensitive pattern matches. (A class listing them compiles to a large table.)
_FOLDED = frozenset("iks")


def _char(char: str, ci: bool, folded: frozenset[str]) -> str:
    if char == " ":
        return r"\s+"
    if char in folded:
        return r"\w"
    if ci and char.islower():
        return f"[{char}{char.upper()}]"
    return re.escape(char)


def _tree_pattern(node: dict, ci: bool, folded: frozenset[str] = frozenset(),
                  top: bool = False) -> str:
    """Case-insensitive letters are character classes: the regex engine skips a branch
    that starts with a class (or a literal) in one step, but not one in ``(?i:...)``. At
    the ``top`` they are one branch per case instead: a branch that starts with a literal
    is skipped faster still, and most positions of a text fail there."""
    branches = []
    for char, child in sorted(node.items()):
        if char:
            rest = _tree_pattern(child, ci, folded)
            variants = char + char.upper() if top and ci and char.islower() else None
            branches += [re.escape(v) + rest for v in variants] if variants else \
                [_char(char, ci, folded) + rest]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body}|)" if "" in node else body  # "|)" : cheaper for the engine than ")?"


YEAR = r"(?:19|20)\d\d\b"
_MONTH = (words(lx.MONTHS, ci=False) + r"\b|" + words(lx.MONTH_ABBREVIATIONS, ci=False)
          + r"(?:\.|\b)")
MONTH = f"(?:{_MONTH})"
MONTH_ALONE = words(lx.MONTHS, ci=False) + r"\b|" + words(lx.MONTH_ABBREVIATIONS, ci=False) + r"\."
WEEKDAY = words(lx.WEEKDAYS, ci=False) + r"\b"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!-\d|[.,]\d)"
SEASON = words(lx.SEASONS)
REL = words(("this", "next", "last", "the current", "the coming", "the following", "the previous",
             "the past"))
NUMBER = (f"(?:{words(lx.NUMBER_WORDS)}|\\d{{1,2}}|{words(lx.ONE_WORDS)})")
_FISCAL_PREFIX = r"(?:(?i:fiscal|calendar)(?:[\s-]+year)?\s+|FY\s?|CY\s?)"
_YEAR_OF = (rf"(?:\s+(?i:of\s+)?{_FISCAL_PREFIX}?(?P<{{0}}_y>{YEAR})|(?:\s*(?:FY|')|(?<=\dQ))(?P<{{0}}_yy>\d\d)\b"
            rf"|(?i:\s+of\s+(?P<{{0}}_rel>{REL})\s+(?:fiscal\s+)?year)\b)?")
_THE = r"(?i:the\s+)?"
_YEAR_PART = words(lx.YEAR_PARTS)
_MONTH_PART = words(lx.MONTH_PARTS)

_ALTERNATIVES = (
    rf"(?P<md>(?:{WEEKDAY},?\s+)?(?P<md_m>{MONTH})\s+(?P<md_d>{DAY})(?:,?\s+(?P<md_y>{YEAR}))?)",
    rf"(?P<dm>(?:{WEEKDAY},?\s+)?(?P<dm_d>{DAY})\s+(?i:of\s+)?(?P<dm_m>{MONTH})"
    rf"(?:,?\s+(?P<dm_y>{YEAR}))?)",
    r"(?P<iso>(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])\b)",
    rf"(?P<us>(?P<us_a>[01]?\d)/(?P<us_b>[0-3]?\d)/(?P<us_y>{YEAR}))",
    rf"(?P<mp>(?P<mp_part>{_MONTH_PART})[\s-]+(?:(?P<mp_m>{MONTH})(?:,?\s+(?P<mp_y>{YEAR}))?"
    rf"|(?P<mp_rel>(?i:this|next|last))\s+(?i:month)\b|(?P<mp_the>(?i:the\s+month))\b))",
    rf"(?P<my>(?P<my_m>{MONTH}),?\s+(?i:of\s+)?(?P<my_y>{YEAR}))",
    rf"(?P<q>{_THE}(?:(?P<q_fis>(?i:fiscal))[\s-]+)?(?:(?P<q_ord>{words(lx.QUARTER_ORDINALS)}"
    rf"|(?i:last))[\s-]+(?i:(?:fiscal|calendar)[\s-]+)?(?i:quarter)\b|Q(?P<q_n>[1-4])\b"
    rf"|Q(?P<q_m>[1-4])(?=FY|')|(?P<q_n2>[1-4])Q\b|(?P<q_n3>[1-4])Q(?=\d\d\b))"
    + _YEAR_OF.format("q") + ")",
    rf"(?P<h>{_THE}(?:(?P<h_ord>{words(lx.HALF_ORDINALS)})[\s-]+(?i:half)\b|H(?P<h_n>[12])\b"
    rf"|(?P<h_n2>[12])H\b)" + _YEAR_OF.format("h") + ")",
    rf"(?P<dec>{_THE}(?:(?P<dec_mod>(?i:early|mid|late))[\s-]+)?(?P<dec_y>(?:19|20)\d0)'?s\b)",
    rf"(?P<decend>{words(lx.DECADE_END_WORDS)})\b",
    rf"(?P<yp>(?P<yp_part>{_YEAR_PART})[\s-]+(?:{_FISCAL_PREFIX}?(?P<yp_y>{YEAR})"
    rf"|(?P<yp_rel>{REL})\s+(?i:year)\b|(?P<yp_the>(?i:the\s+year))\b))",
    rf"(?P<yend>(?i:year[\s-]end)\b(?:\s+(?P<yend_y>{YEAR}))?)",
    r"(?P<rth>(?P<rth_w>(?i:earlier|later))\s+(?i:this)\s+(?P<rth_u>(?i:year|month|quarter|week))\b)",
    rf"(?P<rel>(?P<rel_w>(?i:last|this|next))\s+(?P<rel_u>{words(lx.RELATIVE_UNITS)})\b)",
    rf"(?P<rn>(?P<rn_w>(?i:last|next|this))\s+(?:(?P<rn_m>{words(lx.MONTHS, ci=False)})\b"
    rf"|(?P<rn_wd>{WEEKDAY})|(?P<rn_s>{SEASON})\b))",
    rf"(?P<sea>(?:(?P<sea_part>(?i:early|mid|late))[\s-]+)?(?P<sea_s>{SEASON})\s+(?i:of\s+)?"
    rf"(?P<sea_y>{YEAR}))",
    rf"(?P<day>{words(lx.DAY_WORDS)})\b",
    rf"(?P<ago>(?P<ago_n>{NUMBER})\s+(?P<ago_u>(?i:years?|months?|weeks?|days?|decades?))\s+{words(lx.AGO_WORDS)}\b)",
    rf"(?P<fy>(?:(?i:fiscal(?:[\s-]+year)?)\s+|FY\s?)(?:(?P<fy_y>{YEAR})|'?(?P<fy_yy>\d\d)\b))",
    rf"(?P<cy>(?i:calendar(?:\s+year)?|the\s+year|year)\s+(?P<cy_y>{YEAR}))",
    rf"(?P<mo>{MONTH_ALONE})",
    rf"(?P<wd>{WEEKDAY})",
    rf"(?P<yr>{YEAR})",
)
POINT_NAMED = "|".join(_ALTERNATIVES)
# Where a point may begin: one or two digits or a year, or the first word of a phrase of
# these tables (see ``starts``): the alternatives above begin with nothing else.
POINT_STARTS = (
    lx.MONTHS, lx.MONTH_ABBREVIATIONS, lx.WEEKDAYS, lx.MONTH_PARTS, lx.YEAR_PARTS,
    lx.QUARTER_ORDINALS, lx.HALF_ORDINALS, lx.DECADE_END_WORDS, lx.DAY_WORDS, lx.NUMBER_WORDS,
    lx.ONE_WORDS, lx.SEASONS, ("the", "fiscal", "calendar", "last", "this", "next", "earlier",
                               "later", "early", "mid", "late", "year", "FY", "Q", "H"),
)
POINT_GATE = starts(*POINT_STARTS, digits=r"(?:\d\d?|(?:19|20)\d\d)(?!\d)")


def _dispatched(alternatives: tuple[str, ...]) -> str:
    """``alternatives`` as one alternation split three ways by the first character (a digit,
    a capital, anything else), each way holding, in their order, the alternatives that can
    begin with it: the engine tries fewer, and the first that matches is the same."""
    def group(skip: frozenset[str]) -> str:
        return "(?:" + "|".join(a for a in alternatives if _NAME.match(a).group(1) not in skip) + ")"
    return (rf"(?:(?=\d){group(_NEVER_DIGIT)}|(?=[A-Z]){group(_NEVER_CAPITAL)}"
            rf"|(?![\dA-Z]){group(_NEVER_CAPITAL | _DIGIT_OR_CAPITAL)})")


_NAME = re.compile(r"\(\?P<(\w+)>")
# Alternatives that never begin with a digit, never with a capital, and those that begin
# only with a digit or a capital (a month or weekday name is matched as written).
_NEVER_DIGIT = frozenset(("md", "mp", "my", "decend", "yp", "yend", "rth", "rel", "rn", "sea",
                          "day", "fy", "cy", "mo", "wd"))
_NEVER_CAPITAL = frozenset(("iso", "us", "yr"))
_DIGIT_OR_CAPITAL = frozenset(("md", "dm", "my", "mo", "wd"))
POINT = POINT_GATE + re.sub(r"\(\?P<\w+>", "(?:", "(?:" + POINT_NAMED + ")")
# The same, faster to fail but longer to compile: for the place most tried (``dates._PREP``).
POINT_DISPATCHED = POINT_GATE + re.sub(r"\(\?P<\w+>", "(?:", _dispatched(_ALTERNATIVES))
_POINT_RE = re.compile(POINT_NAMED)


@lru_cache(maxsize=4096)
def iso(date: PartialDate | None) -> str | None:
    """``(2025, 9, 30)`` -> ``"2025-09-30"``; ``(2027,)`` -> ``"2027"``."""
    if not date:
        return None
    return "-".join([f"{date[0]:04d}", *(f"{part:02d}" for part in date[1:])])


def _month(name: str) -> int:
    name = name.rstrip(".")
    return lx.MONTHS.get(name) or lx.MONTH_ABBREVIATIONS[name]


def _day(token: str) -> int:
    return int(token.rstrip("stndrh"))


def month_length(year: int, month: int) -> int:
    """Days in the month."""
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _date(year: int, month: int, day: int) -> Point | None:
    if day > month_length(year, month):
        return None
    return Point("date", (year, month, day), (year, month, day))


def _year_of(m: re.Match, key: str, c: Context) -> int | None:
    """The explicit or relative year after a quarter or half, or None when absent."""
    if m[f"{key}_y"]:
        return int(m[f"{key}_y"])
    if m[f"{key}_yy"]:
        return 2000 + int(m[f"{key}_yy"])
    if m[f"{key}_rel"] and c.published:
        return c.published.year + _offset(m[f"{key}_rel"])
    return None


def _offset(word: str) -> int:
    return lx.RELATIVE_OFFSETS.get(" ".join(word.lower().split()), 0)


def _unresolved(kind: str = "date") -> Point:
    return Point(kind, None, None, relative=True)


def _slot_year(size: int, slot: int, c: Context) -> int | None:
    """The year of the ``slot``-th ``size``-month slot (quarter: 3, half: 6), no year given:
    the latest started by publication, or in future context the first not yet over."""
    if c.year_hint:
        return c.year_hint
    if c.published is None:
        return None
    current = (c.published.month - 1) // size + 1
    if c.future:
        return c.published.year + (slot < current)
    return c.published.year - (slot > current)


def _slot(size: int, slot: int, year: int | None, relative: bool) -> Point:
    if year is None:
        return _unresolved("period")
    first = (slot - 1) * size + 1
    return Point("period", (year, first), (year, first + size - 1), relative)


def _p_md(m: re.Match, c: Context) -> Point | None:
    month, day = _month(m["md_m"]), _day(m["md_d"])
    return _month_day(month, day, int(m["md_y"]) if m["md_y"] else None, c)


def _p_dm(m: re.Match, c: Context) -> Point | None:
    month, day = _month(m["dm_m"]), _day(m["dm_d"])
    return _month_day(month, day, int(m["dm_y"]) if m["dm_y"] else None, c)


def _month_day(month: int, day: int, year: int | None, c: Context) -> Point | None:
    if day > month_length(2000, month):
        return None
    year = year or c.year_hint
    if year:
        return _date(year, month, day)
    if c.published is None:
        return _unresolved()
    pub, year = c.published, c.published.year
    if month == 2 and day == 29:
        return Point("date", None, None, relative=True)
    this_year = dt.date(year, month, day)
    if c.future:
        year += this_year < pub
    else:
        year -= this_year > pub
    return Point("date", (year, month, day), (year, month, day), relative=True)


def _p_iso(m: re.Match, c: Context) -> Point | None:
    return _date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))


def _p_us(m: re.Match, c: Context) -> Point | None:
    a, b, year = int(m["us_a"]), int(m["us_b"]), int(m["us_y"])
    month, day = (a, b) if a <= 12 else (b, a)
    if not (1 <= month <= 12 and day >= 1):
        return None
    return _date(year, month, day)


def _month_year(month: int, c: Context, explicit: int | None) -> tuple[int | None, bool]:
    """The year of a month named without one, and whether it came from publication."""
    if explicit or c.year_hint:
        return explicit or c.year_hint, False
    if c.published is None:
        return None, True
    pub = c.published
    if c.future:
        return pub.year + (month < pub.month), True
    return pub.year - (month > pub.month), True


def _p_mp(m: re.Match, c: Context) -> Point | None:
    first_day, last_day = lx.MONTH_PARTS[" ".join(m["mp_part"].lower().split())]
    if m["mp_m"]:
        month = _month(m["mp_m"])
        year, relative = _month_year(month, c, int(m["mp_y"]) if m["mp_y"] else None)
    elif c.published is None:
        return _unresolved("period")
    else:
        delta = _offset(m["mp_rel"]) if m["mp_rel"] else 0
        (year, month), relative = _add_months(c.published.year, c.published.month, delta), True
    if year is None:
        return _unresolved("period")
    last_day = last_day or month_length(year, month)
    return Point("period", (year, month, first_day), (year, month, last_day), relative)


def _p_my(m: re.Match, c: Context) -> Point | None:
    date = (int(m["my_y"]), _month(m["my_m"]))
    return Point("date", date, date)


def _p_q(m: re.Match, c: Context) -> Point | None:
    year = _year_of(m, "q", c)
    ordinal = (m["q_ord"] or "").lower()
    if ordinal == "last" and year is None:
        return _relative_slot(3, -1, c)
    number = m["q_n"] or m["q_m"] or m["q_n2"] or m["q_n3"]
    quarter = int(number) if number else lx.QUARTER_ORDINALS[ordinal] if ordinal != "last" else 4
    if year is None and (m["q_n2"] or m["q_n3"]):
        return None
    if year is not None:
        return _slot(3, quarter, year, bool(m["q_rel"]))
    return _slot(3, quarter, _slot_year(3, quarter, c), c.year_hint is None)


def _relative_slot(size: int, delta: int, c: Context) -> Point:
    if c.published is None:
        return _unresolved("period")
    current = (c.published.month - 1) // size
    index = c.published.year * (12 // size) + current + delta
    year, slot = divmod(index, 12 // size)
    return _slot(size, slot + 1, year, True)


def _p_h(m: re.Match, c: Context) -> Point | None:
    year = _year_of(m, "h", c)
    if m["h_ord"]:
        half = lx.HALF_ORDINALS[m["h_ord"].lower()]
        if year is None and not m.group(0)[:3].lower() == "the" and "-" not in m.group(0):
            return None
    elif year is None:
        return None
    else:
        half = int(m["h_n"] or m["h_n2"])
    if year is not None:
        return _slot(6, half, year, bool(m["h_rel"]))
    return _slot(6, half, _slot_year(6, half, c), c.year_hint is None)


def _p_dec(m: re.Match, c: Context) -> Point | None:
    decade = int(m["dec_y"])
    low, high = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(
        (m["dec_mod"] or "").lower(), (0, 9))
    return Point("period", (decade + low,), (decade + high,))


def _p_decend(m: re.Match, c: Context) -> Point | None:
    if c.published is None:
        return _unresolved("period")
    decade = c.published.year // 10 * 10
    return Point("period", (decade + 9,), (decade + 10,), relative=True)


def _p_yp(m: re.Match, c: Context) -> Point | None:
    first, last = lx.YEAR_PARTS[" ".join(m["yp_part"].lower().split())]
    if m["yp_y"]:
        year, relative = int(m["yp_y"]), False
    elif c.published is None:
        return _unresolved("period")
    else:
        year, relative = c.published.year + (_offset(m["yp_rel"]) if m["yp_rel"] else 0), True
    return Point("period", (year, first), (year, last), relative)


def _p_yend(m: re.Match, c: Context) -> Point | None:
    if m["yend_y"]:
        year, relative = int(m["yend_y"]), False
    elif c.published is None:
        return _unresolved("period")
    else:
        year, relative = c.published.year, True
    return Point("period", (year, 10), (year, 12), relative)


def _p_rth(m: re.Match, c: Context) -> Point | None:
    return _relative_unit(m["rth_u"].lower(), 0, c)


def _p_rel(m: re.Match, c: Context) -> Point | None:
    return _relative_unit(m["rel_u"].lower(), _offset(m["rel_w"]), c)


def _relative_unit(unit: str, delta: int, c: Context) -> Point:
    if unit == "quarter":
        return _relative_slot(3, delta, c)
    if c.published is None or unit.startswith("week"):
        return _unresolved()
    if unit == "year":
        year = (c.published.year + delta,)
        return Point("date", year, year, relative=True)
    month = _add_months(c.published.year, c.published.month, delta)
    return Point("date", month, month, relative=True)


def _p_rn(m: re.Match, c: Context) -> Point | None:
    word = m["rn_w"].lower()
    if c.published is None:
        return _unresolved("period" if m["rn_s"] else "date")
    pub = c.published
    if m["rn_wd"]:
        return _weekday(lx.WEEKDAYS[m["rn_wd"]], pub, word)
    if m["rn_m"]:
        month = lx.MONTHS[m["rn_m"]]
        year = pub.year + {"last": -(month >= pub.month), "next": month <= pub.month}.get(word, 0)
        return Point("date", (year, month), (year, month), relative=True)
    first, last = lx.SEASONS[m["rn_s"].lower()]
    year = pub.year + {"last": -(last >= pub.month), "next": first <= pub.month}.get(word, 0)
    return Point("period", (year, first), (year, last), relative=True)


def _weekday(weekday: int, pub: dt.date, word: str) -> Point:
    """``last``: strictly before publication; ``next``/``this``/future: on or after;
    otherwise the latest on or before publication."""
    if word == "last":
        day = pub - dt.timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
    elif word == "next":
        day = pub + dt.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    elif word in ("this", "future"):
        day = pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    else:
        day = pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)
    date = (day.year, day.month, day.day)
    return Point("date", date, date, relative=True)


def _p_sea(m: re.Match, c: Context) -> Point | None:
    first, last = lx.SEASONS[m["sea_s"].lower()]
    year = int(m["sea_y"])
    return Point("period", (year, first), (year, last))


def _p_day(m: re.Match, c: Context) -> Point | None:
    if c.published is None:
        return _unresolved()
    day = c.published + dt.timedelta(days=lx.DAY_WORDS[" ".join(m["day"].lower().split())])
    date = (day.year, day.month, day.day)
    return Point("date", date, date, relative=True)


def _p_ago(m: re.Match, c: Context) -> Point | None:
    count = number_value(m["ago_n"])
    unit = m["ago_u"].lower().rstrip("s")
    if count is None or c.published is None or unit == "week":
        return _unresolved()
    pub = c.published
    if unit in ("year", "decade"):
        date = (pub.year - count * (10 if unit == "decade" else 1),)
    elif unit == "month":
        date = _add_months(pub.year, pub.month, -count)
    else:
        day = pub - dt.timedelta(days=count)
        date = (day.year, day.month, day.day)
    return Point("date", date, date, relative=True)


def number_value(token: str) -> int | None:
    """``"five"`` -> 5, ``"18"`` -> 18, ``"a"`` -> 1."""
    token = " ".join(token.lower().split())
    if token.isdigit():
        return int(token)
    if token in lx.ONE_WORDS:
        return 1
    return lx.NUMBER_WORDS.get(token) or lx.NUMBER_WORDS.get(token.replace(" ", "-"))


def _p_fy(m: re.Match, c: Context) -> Point | None:
    year = (int(m["fy_y"]) if m["fy_y"] else 2000 + int(m["fy_yy"]),)
    return Point("period", year, year)


def _p_cy(m: re.Match, c: Context) -> Point | None:
    year = (int(m["cy_y"]),)
    return Point("date", year, year)


def _p_mo(m: re.Match, c: Context) -> Point | None:
    month = _month(m["mo"])
    year, relative = _month_year(month, c, None)
    if year is None:
        return Point("date", None, None, relative=True, needs_context=True)
    return Point("date", (year, month), (year, month), relative, needs_context=True)


def _p_wd(m: re.Match, c: Context) -> Point | None:
    if c.published is None:
        return _unresolved()
    return _weekday(lx.WEEKDAYS[m["wd"]], c.published, "future" if c.future else "")


def _p_yr(m: re.Match, c: Context) -> Point | None:
    year = (int(m["yr"]),)
    return Point("date", year, year, needs_context=True)


_PARSERS = {name[3:]: parse for name, parse in globals().items() if name.startswith("_p_")}


def parse_point(text: str, start: int, end: int, context: Context) -> Point | None:
    """Resolve the time expression ``text[start:end]`` (a match of ``POINT``), or None."""
    m = _POINT_RE.fullmatch(text, start, end)
    if m is None:
        return None
    try:
        point = _PARSERS[m.lastgroup](m, context)
    except OverflowError:  # relative to a publication date near year 1 or 9999
        return _unresolved()
    if point is not None and not all(1 <= d[0] <= 9999 for d in (point.first, point.last) if d):
        return _unresolved(point.kind)  # ISO 8601 partial dates have four-digit years
    return point
