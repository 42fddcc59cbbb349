"""Vocabulary of the date, period and contract-term recognizer (``recognize/dates.py``).

Everything the recognizer knows about English time words lives here as plain data; the
recognizer only turns these tables into compiled regular expressions. Month and weekday
names are matched case-sensitively (capitalized, as news copy writes them) so that the
modal verb "may" and the verb "march" are not read as months; every other word here is
matched case-insensitively.
"""
from __future__ import annotations

# Month names and the abbreviations news copy uses (AP style "Sept.", "Aug.", plus the
# three-letter forms). Abbreviations may carry a trailing period in the text.
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

# Monday is 0, as in ``datetime.date.weekday()``.
WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
    "Saturday": 5, "Sunday": 6,
}

# Seasons as (first month, last month) of the same year. Winter spans two years and is
# left out on purpose.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
}

# Number words for durations ("five-year", "over two decades"). Compounds such as
# "twenty-five" are built from ``TENS`` and ``UNITS`` below.
UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Articles standing for one ("a year", "an 18-month ..." is a number, not an article).
ONE_WORDS: tuple[str, ...] = ("a", "an", "one")
# "two and a half years", "two-and-a-half-year", "a year and a half"
HALF_WORDS: tuple[str, ...] = ("and a half", "and-a-half")


def number_words() -> dict[str, int]:
    """All number words from one to ninety-nine, with "twenty-five" and "twenty five"."""
    words = {**UNITS, **TEENS, **TENS}
    for tens_word, tens in TENS.items():
        for unit_word, unit in UNITS.items():
            words[f"{tens_word}-{unit_word}"] = tens + unit
            words[f"{tens_word} {unit_word}"] = tens + unit
    return words


NUMBER_WORDS: dict[str, int] = number_words()

# Duration units: the ISO 8601 designator and how many of them one unit is.
DURATION_UNITS: dict[str, tuple[str, int]] = {
    "year": ("Y", 1), "years": ("Y", 1), "yr": ("Y", 1), "yrs": ("Y", 1),
    "month": ("M", 1), "months": ("M", 1),
    "week": ("W", 1), "weeks": ("W", 1),
    "day": ("D", 1), "days": ("D", 1),
    "decade": ("Y", 10), "decades": ("Y", 10),
}
# Single words naming a fixed length: "decade-long", "yearlong".
FIXED_LENGTH_WORDS: dict[str, str] = {
    "decade-long": "P10Y", "decadelong": "P10Y", "year-long": "P1Y", "yearlong": "P1Y",
}
# Terms whose length the text leaves open.
OPEN_DURATION_WORDS: tuple[str, ...] = (
    "multi-year", "multiyear", "multi year", "multi-decade", "multidecade",
    "long-term", "longterm",
)

# Words before a duration that make it a contract term: "over five years", "for a
# period of 18 months", "an initial term of ten years".
DURATION_CUES: tuple[str, ...] = (
    "over", "for", "during", "spanning", "across", "lasting", "covering", "running",
    "term of", "period of",
)
# Fillers between the cue and the number: "over the next five years".
DURATION_FILLERS: tuple[str, ...] = (
    "the next", "the coming", "the following", "the first", "an initial", "a further",
    "an additional", "another", "a period of", "a term of", "the", "a",
)
# Words after an adjectival duration ("a 10-year ...") that make it something else:
# ages, bond maturities, price records.
DURATION_ADJECTIVE_TRAPS: tuple[str, ...] = (
    "old", "olds", "high", "highs", "low", "lows", "treasury", "treasuries", "note",
    "notes", "bond", "bonds", "yield", "yields", "anniversary", "average", "record",
    "history", "veteran", "career", "career-high", "span", "stretch", "hiatus", "absence",
)
# Words after a cued duration that make it a reporting period, not a term: "for the nine
# months ended Sept 30".
REPORTING_PERIOD_FOLLOWERS: tuple[str, ...] = ("ended", "ending", "to", "through")
# Nouns that make an unhyphenated "five year" an adjective ("a five year lease").
TERM_NOUNS: tuple[str, ...] = (
    "deal", "deals", "contract", "contracts", "agreement", "agreements", "lease", "leases",
    "term", "partnership", "pact", "commitment", "arrangement", "extension", "license",
    "licence", "supply", "period", "program", "offtake", "renewal", "collaboration",
)

# Cues before an end point: "until 2031", "runs until 2031", "running through 2030",
# "extended to 2030". ``END_VERBS`` may stand before any ``END_WORDS``; ``to`` counts only
# after one of the verbs. ``END_IN_VERBS`` take "in"/"at": "expires in 2030".
END_WORDS: tuple[str, ...] = ("until", "till", "through", "thru", "up to", "into")
END_VERBS: tuple[str, ...] = (
    "run", "runs", "running", "ran", "extend", "extends", "extending", "extended",
    "last", "lasts", "lasting", "continue", "continues", "continuing", "stretch",
    "stretches", "stretching", "go", "goes", "going", "valid", "effective",
)
END_IN_VERBS: tuple[str, ...] = (
    "expire", "expires", "expiring", "expired", "end", "ends", "ending", "conclude",
    "concludes", "concluding", "terminate", "terminates", "mature", "matures",
)
# Cues before a start point: "starting in 2026", "beginning next year".
START_WORDS: tuple[str, ...] = (
    "starting", "beginning", "commencing", "effective", "begins", "starts", "commences",
    "start", "begin", "commence", "kicking off", "kicks off",
)
START_PREPOSITIONS: tuple[str, ...] = ("in", "on", "from", "at", "with", "as of")

# Range connectors: "from 2027 through 2032", "2027 to 2032", "between 2027 and 2032".
RANGE_STARTS: tuple[str, ...] = ("from", "between")
RANGE_CONNECTORS: tuple[str, ...] = ("through", "thru", "to", "until", "till", "into")
RANGE_DASHES: str = "-\u2013\u2014/"

# Words that make a bare year (or bare month name) a date: "in 2027", "by 2030",
# "since May". Prepositions are kept out of the span.
DATE_PREPOSITIONS: tuple[str, ...] = (
    "in", "by", "since", "from", "until", "till", "through", "thru", "to", "of", "on",
    "before", "after", "during", "around", "circa", "as of", "as early as", "as late as",
)
# Words that stay in the span and also make a bare year a date.
YEAR_PREFIXES: tuple[str, ...] = ("year", "calendar", "calendar year", "the year")
FISCAL_WORDS: tuple[str, ...] = ("fiscal", "fiscal year", "fiscal-year", "FY")

# Modifiers that narrow a year or month to a part of it, as (first month, last month) of
# a year or (first day, last day) of a month (0 = the month's last day).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "mid": (5, 8), "middle of": (5, 8), "late": (9, 12),
    "end of": (10, 12), "the end of": (10, 12), "year-end": (10, 12), "beginning of": (1, 3),
    "the beginning of": (1, 3), "start of": (1, 3), "the start of": (1, 3),
    "the middle of": (5, 8),
}
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "mid": (11, 20), "late": (21, 0), "end of": (21, 0),
    "the end of": (21, 0), "beginning of": (1, 10), "the beginning of": (1, 10),
    "start of": (1, 10), "the start of": (1, 10), "the middle of": (11, 20),
    "middle of": (11, 20),
}

# Quarter and half words.
QUARTER_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
HALF_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "1st": 1, "2nd": 2, "back": 2}

# Relative words: the offset they apply to the publication year, month, quarter, week.
RELATIVE_OFFSETS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
    "next": 1, "coming": 1, "earlier this": 0, "later this": 0, "early this": 0,
    "late this": 0, "the coming": 1, "the next": 1, "the current": 0,
}
RELATIVE_UNITS: tuple[str, ...] = ("year", "month", "quarter", "week", "weekend")
# Single words relative to the publication day, as day offsets.
DAY_WORDS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "tomorrow": 1,
}
# "three years ago"
AGO_WORDS: tuple[str, ...] = ("ago",)

# The end of the decade: the last two years of the decade the publication date falls in
# and the year that closes it ("by the end of the decade" in 2025 means 2029-2030).
DECADE_END_WORDS: tuple[str, ...] = (
    "the end of the decade", "end of the decade", "the decade's end", "decade's end",
)

# Words before a relative month, quarter or weekday that put it in the future: "will
# start in September", "is expected to close in the first quarter". Searched in the
# sentence before the expression, at most ``TENSE_WINDOW`` characters back.
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "shall", "would", "expect", "expects", "expected", "expecting",
    "plan", "plans", "planned", "planning", "aim", "aims", "intend", "intends",
    "scheduled", "slated", "set to", "due", "is to", "are to", "going to", "anticipated",
    "anticipates", "targeting", "forecast", "projected", "upcoming",
    "should", "could", "might", "payable", "hopes", "hope", "seeks", "likely",
)
TENSE_WINDOW: int = 60

# Words after a number that make it a count, not a year: "2000 shares", "1999 megawatts".
COUNT_NOUNS: tuple[str, ...] = (
    "shares", "share", "units", "employees", "people", "workers", "jobs", "gpus", "chips",
    "servers", "megawatts", "mw", "gigawatts", "gw", "kilowatts", "acres", "miles", "feet",
    "square", "tons", "tonnes", "barrels", "points", "customers", "users", "stores", "homes",
    "vehicles", "cars", "machines", "nodes", "racks", "accelerators", "processors", "cpus",
    "hours", "times", "percent", "dlrs", "dollars", "euros", "yen", "pounds", "rooms",
    "beds", "seats", "sites", "kilometres", "kilometers", "km", "meters", "metres",
    "members", "votes", "cases", "copies", "devices", "patents", "staff", "contracts",
)

# Words that may stand between a duration cue and the number: "for more than five years".
DURATION_QUALIFIERS: tuple[str, ...] = (
    "more than", "up to", "at least", "about", "nearly", "almost", "roughly",
    "approximately", "around", "some", "over", "less than", "fewer than",
)

# Words before a relative expression that put it in the past; the cue nearest the
# expression (of ``FUTURE_CUES`` and these) decides. Without either, the past is assumed,
# as news mostly reports what happened.
# Past participles ("signed", "completed") are left out: they follow "to be" as often.
PAST_CUES: tuple[str, ...] = (
    "was", "were", "had", "did", "said", "began", "started", "ran", "lasted", "earlier",
    "ago",
)
# Present-tense cue verbs that speak of the contract ahead: "runs until September".
FUTURE_CUE_VERBS: tuple[str, ...] = (
    "runs", "run", "extends", "lasts", "continues", "expires", "ends", "begins", "starts",
    "commences", "starting", "beginning", "commencing", "effective",
    "to begin", "to start", "to close", "to be", "to end", "to expire",
)

# Words of which every time expression holds at least one, within ``ANCHOR_LOOKBACK``
# characters of its start (with month and weekday names and digits). The recognizer
# looks for these first and tries its full grammar only near them. Matched as prefixes.
ANCHOR_WORDS: tuple[str, ...] = (
    "quarter", "half", "year", "yr", "month", "week", "day", "decade", "today", "tonight",
    "tomorrow", "yesterday", "morning", "afternoon", "evening", "fiscal", "fy", "cy", "q1",
    "q2", "q3", "q4", "h1", "h2", "spring", "summer", "fall", "autumn", "multi", "long-term",
    "longterm", "the end of the decade",
)
ANCHOR_LOOKBACK: int = 64
# Extra first words of time expressions, besides the cue, preposition, number, month and
# weekday words above: where the full grammar is tried inside the look-back window.
STARTER_WORDS: tuple[str, ...] = (
    "the", "early", "mid", "late", "middle", "beginning", "start", "end", "last", "this",
    "next", "earlier", "later", "fiscal", "fy", "cy", "calendar", "year", "q", "h", "decade",
    "multi", "long", "today", "tonight", "tomorrow", "yesterday", "spring", "summer", "fall",
    "autumn",
)
