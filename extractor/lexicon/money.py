"""Vocabulary of money mentions, as typed data (see ``extractor/recognize/money.py``).

Everything the money recognizer knows about words lives here: currency symbols, codes and
names mapped to ISO 4217, scale words, number words, qualifier phrases, per-unit phrases,
vague-amount phrases and the wording of undisclosed terms. The recognizer only composes
these into patterns. Phrases are written with single spaces; the recognizer lets any run
of whitespace stand for a space. Matching of words is case-insensitive unless a table says
otherwise (symbols, codes and one-letter scales are case-sensitive).
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class CurrencyWord:
    """A currency named by words after the number (``150 mln dlrs``).

    ``factor`` converts to whole units of ``iso`` (cents, pence: 0.01). ``needs_scale``
    words are only money after a scale word (``5 billion won``, never ``3 won``), and
    ``needs_per`` ones only before a per-unit phrase (``700p a share``); a word followed by
    one of ``not_before`` is not money ("5 million pounds of copper" is a weight).
    """

    phrase: str
    iso: str
    factor: float = 1.0
    needs_scale: bool = False
    needs_per: bool = False
    not_before: tuple[str, ...] = ()


# Symbols written before the number, case-sensitive. A bare "$" is USD.
PREFIX_SYMBOLS = MappingProxyType({
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD",
    "C$": "CAD", "CA$": "CAD", "Cdn$": "CAD", "CDN$": "CAD",
    "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "NT$": "TWD",
    "R$": "BRL", "MX$": "MXN", "Mex$": "MXN",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
    "Rs.": "INR", "Rs": "INR", "SFr.": "CHF", "SFr": "CHF", "Dkr": "DKK", "Skr": "SEK",
})

# ISO 4217 codes (and a few wire-copy aliases) written before or after the number.
CURRENCY_CODES = MappingProxyType({
    **{code: code for code in (
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "SGD", "INR",
        "KRW", "NZD", "SEK", "NOK", "DKK", "BRL", "MXN", "TWD", "ZAR", "RUB", "SAR",
        "AED", "ILS", "TRY", "PLN", "THB", "MYR", "IDR", "QAR",
    )},
    "RMB": "CNY", "DM": "DEM", "DEM": "DEM", "FRF": "FRF",
})

# Currency names after the number, longest first is handled by the recognizer.
_PLAIN = (
    ("dollars", "USD"), ("dollar", "USD"), ("dlrs", "USD"), ("dlr", "USD"),
    ("U.S. dollars", "USD"), ("US dollars", "USD"), ("U.S. dlrs", "USD"),
    ("American dollars", "USD"),
    ("Canadian dollars", "CAD"), ("Canadian dlrs", "CAD"), ("Canadian dollar", "CAD"),
    ("Australian dollars", "AUD"), ("Australian dlrs", "AUD"),
    ("New Zealand dollars", "NZD"), ("New Zealand dlrs", "NZD"),
    ("Hong Kong dollars", "HKD"), ("Hong Kong dlrs", "HKD"),
    ("Singapore dollars", "SGD"), ("Singapore dlrs", "SGD"),
    ("Taiwan dollars", "TWD"), ("Taiwan dlrs", "TWD"), ("New Taiwan dollars", "TWD"),
    ("euros", "EUR"), ("euro", "EUR"),
    ("pounds sterling", "GBP"), ("British pounds", "GBP"), ("sterling", "GBP"), ("stg", "GBP"),
    ("yen", "JPY"), ("Japanese yen", "JPY"),
    ("yuan", "CNY"), ("Chinese yuan", "CNY"), ("renminbi", "CNY"),
    ("rupees", "INR"), ("Indian rupees", "INR"), ("rupee", "INR"),
    ("Swiss francs", "CHF"), ("French francs", "FRF"), ("Belgian francs", "BEF"),
    ("francs", "FRF"),
    ("Deutsche marks", "DEM"), ("German marks", "DEM"), ("D-marks", "DEM"),
    ("Swedish crowns", "SEK"), ("Swedish kronor", "SEK"), ("Norwegian crowns", "NOK"),
    ("Danish crowns", "DKK"),
    ("South Korean won", "KRW"), ("Korean won", "KRW"),
    ("riyals", "SAR"), ("Saudi riyals", "SAR"), ("dirhams", "AED"),
    ("roubles", "RUB"), ("rubles", "RUB"), ("lire", "ITL"), ("pesetas", "ESP"),
    ("guilders", "NLG"), ("Dutch guilders", "NLG"),
)
CURRENCY_WORDS: tuple[CurrencyWord, ...] = (
    *(CurrencyWord(phrase, iso) for phrase, iso in _PLAIN),
    CurrencyWord("won", "KRW", needs_scale=True),
    CurrencyWord("pounds", "GBP", needs_scale=True, not_before=("of",)),  # weights
    CurrencyWord("pound", "GBP", needs_scale=True, not_before=("of",)),
    CurrencyWord("marks", "DEM", needs_scale=True),
    CurrencyWord("crowns", "SEK", needs_scale=True),
    CurrencyWord("rand", "ZAR", needs_scale=True),
    CurrencyWord("cents", "USD", factor=0.01),
    CurrencyWord("cts", "USD", factor=0.01),
    CurrencyWord("pence", "GBP", factor=0.01),
    CurrencyWord("p", "GBP", factor=0.01, needs_per=True),
)

# A bare "$" amount followed by one of these (then "dollars" or closing punctuation)
# is in that currency: "$5 billion Canadian", "$5 billion (Canadian)".
DOLLAR_NATIONALITIES = MappingProxyType({
    "Canadian": "CAD", "Australian": "AUD", "Singapore": "SGD", "Hong Kong": "HKD",
    "New Zealand": "NZD", "Taiwan": "TWD", "U.S.": "USD", "US": "USD", "Cdn": "CAD",
})

# Words naming the dollar after a nationality ("$5 billion Canadian dollars").
NATIONAL_DOLLAR_WORDS = ("dollars", "dlrs")

# Currency nouns in compound adjectives: "multibillion-dollar", "billions of euros".
VAGUE_CURRENCY_NOUNS = MappingProxyType({
    "dollar": "USD", "dollars": "USD", "dlrs": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
})

# Scale words, case-insensitive; may follow the number after a space or a hyphen.
SCALE_WORDS = MappingProxyType({
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "mio": 1e6, "bln": 1e9, "bn": 1e9, "trn": 1e12, "tn": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
})

# One- and two-letter scales, case-sensitive, only glued to the number ("$21B", "$5MM").
SHORT_SCALES = MappingProxyType({
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "MM": 1e6, "b": 1e9, "B": 1e9,
})

# Number words; a word number is money only with a scale word ("two billion dollars").
NUMBER_WORDS = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
})
HUNDRED_WORD = "hundred"
# Fractions written before a scale word: "half a billion", "a quarter billion".
FRACTION_PHRASES = MappingProxyType({
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter of a": 0.25,
    "three quarters of a": 0.75,
})
# "one-and-a-half billion", "two and a half billion".
AND_A_HALF = "and a half"

# Qualifiers written before the amount; the span of a mention includes them.
QUALIFIERS_BEFORE: tuple[tuple[str, str], ...] = (
    ("about", "about"), ("around", "about"), ("roughly", "about"),
    ("approximately", "about"), ("approx.", "about"), ("some", "about"),
    ("nearly", "about"), ("almost", "about"), ("an estimated", "about"),
    ("estimated", "about"), ("close to", "about"), ("circa", "about"),
    ("an approximate", "about"), ("just about", "about"),
    ("up to", "up_to"), ("as much as", "up_to"), ("as high as", "up_to"),
    ("no more than", "up_to"), ("not more than", "up_to"), ("a maximum of", "up_to"),
    ("more than", "more_than"), ("over", "more_than"), ("in excess of", "more_than"),
    ("north of", "more_than"), ("upwards of", "more_than"), ("upward of", "more_than"),
    ("just over", "more_than"), ("well over", "more_than"), ("well above", "more_than"),
    ("above", "more_than"), ("exceeding", "more_than"), ("well in excess of", "more_than"),
    ("at least", "at_least"), ("no less than", "at_least"), ("a minimum of", "at_least"),
    ("not less than", "at_least"),
    ("less than", "less_than"), ("under", "less_than"), ("just under", "less_than"),
    ("below", "less_than"), ("just below", "less_than"), ("south of", "less_than"),
)
# Qualifiers written after the amount: "$5bn-plus", "$10 billion or more".
QUALIFIERS_AFTER: tuple[tuple[str, str], ...] = (
    ("-plus", "more_than"), ("+", "more_than"), (" or more", "at_least"),
    (" or so", "about"), (" or less", "up_to"),
)

# Words joining the two ends of a range, and the word that opens a "between" range.
RANGE_WORDS = ("to", "and")
RANGE_OPENER = "between"
# "rose from $10bn to $12bn" is a change, not a range: split it in two; but after these
# words "from ... to" is a range ("ranging from $2 to $3"), and "from" joins the span.
RANGE_BREAKER = "from"
RANGE_FROM_VERBS = ("range", "ranges", "ranged", "ranging", "vary", "varies", "varied",
                    "varying", "anywhere", "anything")

# Per-unit phrases: a linker then a unit ("a share", "per GPU hour", "for each share").
PER_LINKERS = ("a", "an", "per", "for each", "for every", "each", "every")
# "$5 billion a year ago" is not a rate.
PER_BLOCKERS = ("ago", "earlier", "before", "later", "after", "since", "old")
PER_UNITS: tuple[tuple[str, str], ...] = (
    ("share", "share"), ("common share", "share"), ("ordinary share", "share"),
    ("preferred share", "share"), ("ADS", "share"), ("ADR", "share"),
    ("American depositary share", "share"), ("unit", "unit"), ("piece", "unit"),
    ("GPU hour", "GPU hour"), ("GPU-hour", "GPU hour"), ("GPU per hour", "GPU hour"),
    ("chip hour", "chip hour"), ("chip-hour", "chip hour"),
    ("hour", "hour"), ("day", "day"), ("week", "week"), ("month", "month"),
    ("year", "year"), ("annum", "year"), ("quarter", "quarter"),
    ("GPU", "GPU"), ("chip", "chip"), ("server", "server"), ("rack", "rack"),
    ("kilowatt-hour", "kWh"), ("kilowatt hour", "kWh"), ("kWh", "kWh"),
    ("megawatt-hour", "MWh"), ("megawatt hour", "MWh"), ("MWh", "MWh"),
    ("megawatt", "MW"), ("MW", "MW"), ("kilowatt", "kW"), ("kW", "kW"),
    ("barrel", "barrel"), ("ounce", "ounce"), ("ton", "ton"), ("tonne", "tonne"),
    ("employee", "employee"), ("user", "user"), ("seat", "seat"), ("subscriber", "subscriber"),
    ("million tokens", "million tokens"), ("token", "token"), ("square foot", "sq ft"),
)
# Shares may be named after the company: "700p for each Sky share".
PER_SHARE_NAMED = "share"
# Words that may sit between the amount and the per-unit phrase: "$40 in cash per share".
CASH_WORDS = ("in cash", "cash")
# Per-unit with no unit noun: "$30,000 each", "$25,000 apiece".
PER_ALONE: tuple[tuple[str, str], ...] = (("apiece", "unit"), ("each", "unit"))

# Vague amounts (amount None, qualifier "vague").
VAGUE_MULTI = ("multi-", "multi", "multi ")
VAGUE_SCALES = ("million", "billion", "trillion")
VAGUE_PLURAL_SCALES = ("thousands", "millions", "billions", "trillions")
VAGUE_MULTIPLIERS = ("tens of", "hundreds of")
VAGUE_OF = "of"  # "billions of dollars"
VAGUE_FEW = ("several", "a few", "many", "several hundred", "a few hundred")

# Undisclosed terms (amount None, currency None, qualifier "undisclosed").
UNDISCLOSED_ADJECTIVES = ("undisclosed", "unspecified", "unannounced", "confidential")
UNDISCLOSED_NOUNS = ("sum", "amount", "price", "fee", "figure", "consideration", "terms",
                     "cash sum", "cash amount", "purchase price", "amount of money",
                     "cash consideration")
TERMS_SUBJECTS = ("financial terms", "terms", "financial details", "details",
                  "the value", "the price", "the purchase price", "the size", "pricing",
                  "the financial terms", "the terms", "deal terms", "deal value")
NEGATED_BE = ("were not", "was not", "weren't", "wasn't", "are not", "aren't", "is not",
              "isn't", "have not been", "haven't been", "has not been", "hasn't been",
              "were also not", "was also not", "will not be", "won't be", "were never",
              "were not immediately", "was not immediately")
DISCLOSED_PARTICIPLES = ("disclosed", "revealed", "made public", "released", "announced",
                         "made available")
NEGATED_VERBS = ("did not", "didn't", "does not", "doesn't", "declined to",
                 "would not", "wouldn't", "refused to", "will not", "won't", "did not immediately",
                 "do not", "don't")
DISCLOSE_ADVERBS = ("publicly", "immediately", "yet")
DISCLOSE_VERBS = ("disclose", "reveal", "release", "provide", "give", "specify", "share")
DISCLOSED_OBJECTS = ("value", "terms", "price", "amount", "size", "details", "figure",
                     "cost", "financial terms", "financial details", "financial value",
                     "purchase price", "deal value", "sum", "pricing")
DISCLOSED_DETERMINERS = ("the", "any", "its", "their", "further", "other")
# "Neither company disclosed the value of the order": a negated subject, a past verb.
NEITHER_SUBJECTS = ("neither company", "neither side", "neither party", "neither firm",
                    "neither of the companies", "neither group")
DISCLOSED_PAST = ("disclosed", "revealed", "released", "specified", "gave", "provided")
# How far (characters, no sentence end) "terms" may be from "not disclosed".
TERMS_GAP = 80
