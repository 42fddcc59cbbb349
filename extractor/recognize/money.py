"""Money mentions: ``find_money(text) -> tuple[MoneyMention, ...]``.

One compiled alternation is searched left to right over the (repaired) text; every
candidate it yields is interpreted by a short function and then widened by anchored
matches at its two edges (a qualifier before, a qualifier or per-unit phrase after), so the
whole scan is a single linear pass. The vocabulary lives in ``extractor/lexicon/money.py``.

Span conventions (``text == input[start:end]`` always):

- qualifier words are **inside** the span: ``about $5 billion``, ``more than 150 mln dlrs``,
  ``$5bn-plus``, ``$10 billion or more``; so is ``between`` of a ``between ... and`` range;
- a per-unit phrase is inside the span and sets ``per``: ``$40 per share`` (per="share"),
  ``25 dlrs a share``, ``$3 per GPU hour``; ``$2 billion a year`` is a rate (per="year");
- a range keeps both ends: ``$10-12 billion`` -> min 1e10, max 1.2e10, amount 1.2e10;
  ``from $10bn to $12bn`` is a change, not a range, and gives two mentions;
- vague amounts (``multibillion-dollar``, ``billions of dollars``) have amount None and
  qualifier ``vague``; undisclosed terms (``undisclosed sum``, ``terms were not
  disclosed``, ``did not disclose the value``) have amount and currency None and
  qualifier ``undisclosed``.

Mentions are sorted by start and never overlap. Bare numbers are never money.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from extractor.lexicon import money as lex
from extractor.mentions import MoneyMention

_WINDOW = 48  # characters looked at before a candidate for a qualifier


def alternation(phrases, *, space: str = r"\s+") -> str:
    """A non-capturing alternation of literal phrases, built as a prefix tree.

    Longer phrases win over their prefixes (as with a longest-first alternation), and each
    regex branch point holds one branch per distinct next character, so the engine never
    walks a long list of words at a position. A space in a phrase matches ``space``."""
    return followed_alternation([(phrases, "")], space=space)


def followed_alternation(groups, *, space: str = r"\s+") -> str:
    """One prefix-tree alternation of several phrase lists, each given with the pattern that
    must follow its phrases (``""``: anything may), as in ``[(("will not",), "[ ]"),
    (("$",), "")]``. A phrase listed in several groups may be followed by what any allows."""
    trie: dict = {}
    for phrases, then in groups:
        for phrase in phrases:
            node = trie
            for char in phrase:
                node = node.setdefault(char, {})
            node.setdefault("", {})[then] = None
    return "(?:" + _trie_pattern(trie, space) + ")"


def _trie_pattern(node: dict, space: str) -> str:
    branches = [(space if char == " " else re.escape(char)) + _trie_pattern(child, space)
                for char, child in sorted(node.items()) if char]
    follows = node.get("", {})
    end = "" if "" in follows or not follows else (
        next(iter(follows)) if len(follows) == 1 else "(?:" + "|".join(follows) + ")")
    if not branches:
        return end
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body}|{end})" if "" in node else body  # "|)" : cheaper for the engine than ")?"


class BoundarySearch:
    """A pattern (``body``) whose matches start the text or follow a character of the class
    ``before`` (as ``[^A-Za-z]``), searched so that the regex engine skips to those
    characters: a pattern that opens with a look-behind is tried at every position of the
    text, one that opens with a character class only where such a character stands. Elsewhere
    than at the start, the match holds that character and ``body`` is read in a lookahead, so
    a mention's span is that of a named group of ``body``."""

    def __init__(self, body: str, before: str) -> None:
        self._at_start = re.compile(body)
        self._after = re.compile(rf"{before}(?={body})")

    def search(self, text: str, pos: int) -> re.Match | None:
        """The leftmost match at or after ``pos``, as ``finditer`` of ``body`` at the start or
        after a ``before`` character would give them (``pos``: the end of the one before)."""
        if pos == 0 and (m := self._at_start.match(text)):
            return m
        return self._after.search(text, max(pos - 1, 0))


def _ci(pattern: str) -> str:
    return "(?i:" + pattern + ")"


def cased(phrases) -> tuple[str, ...]:
    """Each phrase as written, lower-case, Capitalized, Title Case and UPPER CASE.

    Words that can open a match are matched case-sensitively in these few variants rather
    than with ``(?i)``: the regex engine skips case-sensitive literal branches quickly,
    which keeps the scan over ordinary words cheap."""
    out = []
    for phrase in phrases:
        low = phrase.lower()
        out += [phrase, low, low[:1].upper() + low[1:], low.title(), low.upper()]
    return tuple(dict.fromkeys(out))


def first_words(*phrase_lists) -> tuple[str, ...]:
    """The first word of each phrase in its ``cased`` variants (for gates: a pattern that
    matches one of them cased so begins with one of these)."""
    return tuple(dict.fromkeys(v.split(" ")[0] for phrases in phrase_lists for v in cased(phrases)))


# --- numbers ---------------------------------------------------------------------------
DIGITS = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?!\d)"
SCALE_LONG = _ci(alternation(lex.SCALE_WORDS)) + r"(?![A-Za-z])"
SCALE_SHORT = alternation(lex.SHORT_SCALES) + r"(?![A-Za-z0-9])"
_BASE_WORD = alternation(cased(w for w in lex.NUMBER_WORDS if lex.NUMBER_WORDS[w] < 20 or w in ("a", "an")))
_TENS_WORD = alternation(cased(w for w in lex.NUMBER_WORDS if lex.NUMBER_WORDS[w] >= 20))
_UNITS_WORD = alternation(w for w in lex.NUMBER_WORDS if 1 <= lex.NUMBER_WORDS[w] < 10 and len(w) > 2)
WORD_NUMBER = (
    alternation(cased(lex.FRACTION_PHRASES), space=r"[\s-]+") + "|"
    + rf"(?:{_TENS_WORD}(?:-{_ci(_UNITS_WORD)})?|{_BASE_WORD})(?:\s+{_ci(lex.HUNDRED_WORD)})?"
    + r"(?:[\s-]+" + _ci(alternation([lex.AND_A_HALF], space=r"[\s-]+")) + ")?"
) + r"(?![A-Za-z])"
# Where a ``WORD_NUMBER`` may begin: its first word, before a space or hyphen.
WORD_NUMBER_START = alternation(first_words(lex.NUMBER_WORDS, lex.FRACTION_PHRASES)) + r"(?![A-Za-z])"


def amount_pattern(tag: str) -> str:
    """Digits with an optional scale word; groups ``{tag}n`` (number), ``{tag}l`` (long
    scale word) and ``{tag}s`` (short scale glued to the number)."""
    return (rf"(?P<{tag}n>{DIGITS})"
            rf"(?:[ -]?(?P<{tag}l>{SCALE_LONG})|(?P<{tag}s>{SCALE_SHORT}))?")


def parse_digits(digits: str) -> float:
    return float(digits.replace(",", ""))


def parse_word_number(words: str) -> float:
    """``two`` -> 2, ``twenty-five`` -> 25, ``a hundred`` -> 100, ``one-and-a-half`` -> 1.5."""
    joined = " ".join(re.split(r"[\s-]+", words.lower().strip()))
    if joined in lex.FRACTION_PHRASES:
        return lex.FRACTION_PHRASES[joined]
    half = joined.endswith(lex.AND_A_HALF)
    tokens = joined[: -len(lex.AND_A_HALF)].split() if half else joined.split()
    value = 0.0
    for token in tokens:
        value = (value or 1) * 100 if token == lex.HUNDRED_WORD else value + lex.NUMBER_WORDS[token]
    return value + (0.5 if half else 0.0)


def scale_value(m: re.Match, tag: str) -> float | None:
    """The multiplier named by ``{tag}l`` / ``{tag}s`` groups, or None when unscaled."""
    long_word, short = m.group(tag + "l"), m.group(tag + "s")
    if long_word:
        return lex.SCALE_WORDS[long_word.lower()]
    return lex.SHORT_SCALES[short] if short else None


def is_year_like(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


# --- currencies ------------------------------------------------------------------------
_SYMBOLS = alternation(lex.PREFIX_SYMBOLS, space=r"\s?")
_CODES = alternation(lex.CURRENCY_CODES)
_ARTICLES = frozenset(w for w, n in lex.NUMBER_WORDS.items() if n == 1 and len(w) <= 2)
_CURRENCY_WORDS = {w.phrase.lower(): w for w in lex.CURRENCY_WORDS}
_WORDS = _ci(alternation(w.phrase for w in lex.CURRENCY_WORDS if not w.needs_per))
_GLUED = alternation(w.phrase for w in lex.CURRENCY_WORDS if w.needs_per)  # "700p"
_PREFIX = rf"(?:{_SYMBOLS}|{_CODES}(?![A-Za-z]))\s?"
_NOUNS = _ci(alternation(lex.VAGUE_CURRENCY_NOUNS, space=r"\s+"))
_SCALES_VAGUE = alternation(lex.VAGUE_SCALES)
_PLURAL_SCALES = alternation(lex.VAGUE_PLURAL_SCALES)

# Prefix form: "$5 billion", "US$ 5bn", "EUR 300 mln", "$10bn-$12bn", "$10 to $12 billion".
_FORM_PREFIX = (
    rf"(?<![A-Za-z0-9$/])(?P<ap>{_PREFIX}){amount_pattern('a1')}"
    rf"(?:(?P<ar>-|\s+-\s+|\s+{alternation(lex.RANGE_WORDS)}\s+)(?P<ap2>{_PREFIX})?{amount_pattern('a2')})?"
)
# Suffix form: "150 mln dlrs", "5bn USD", "one billion stg", "10-12 billion dollars", "700p".
_FORM_SUFFIX = (
    rf"(?<![\w.,$])(?:(?P<bw>{WORD_NUMBER})[\s-]+(?P<bwl>{SCALE_LONG})|{amount_pattern('b1')}"
    rf"(?:(?P<br>-|\s+{alternation(lex.RANGE_WORDS)}\s+){amount_pattern('b2')})?)"
    rf"(?P<bsep>\s+|-)?(?:(?P<bc>{_WORDS})|(?P<bp>{_GLUED})|(?P<bk>{_CODES}))(?![A-Za-z])"
)
_VAGUE_MULTI = (rf"{alternation(cased(lex.VAGUE_MULTI), space=' ')}(?P<vms>{_ci(_SCALES_VAGUE)})"
                rf"(?:[\s-](?P<vmc>{_NOUNS}))?(?![A-Za-z])")
_VAGUE_PLURAL = (rf"(?:{alternation(cased(lex.VAGUE_MULTIPLIERS))}\s+{_ci(_PLURAL_SCALES)}"
                 rf"|{alternation(cased(lex.VAGUE_PLURAL_SCALES))})\s+{_ci(lex.VAGUE_OF)}\s+(?P<vpc>{_NOUNS})(?![A-Za-z])")
_VAGUE_COMPOUND = rf"{alternation(cased(lex.VAGUE_SCALES))}-(?P<vcc>{_NOUNS})(?![A-Za-z])"
_VAGUE_FEW = (rf"{alternation(cased(lex.VAGUE_FEW))}\s+{_ci(_SCALES_VAGUE)}\s+(?P<vfc>{_NOUNS})"
              r"(?![A-Za-z])")
_DISCLOSE = _ci(rf"(?:{alternation(lex.DISCLOSE_ADVERBS)}\s+)?{alternation(lex.DISCLOSE_VERBS)}")
_DISCLOSED_OBJECT = _ci(rf"(?:{alternation(lex.DISCLOSED_DETERMINERS)}\s+)?{alternation(lex.DISCLOSED_OBJECTS)}")
_UNDISCLOSED = (
    rf"{alternation(cased(lex.UNDISCLOSED_ADJECTIVES))}\s+{_ci(alternation(lex.UNDISCLOSED_NOUNS))}"
    rf"|{alternation(cased(lex.TERMS_SUBJECTS))}(?:[ \t,][^.;!?\n]{{0,{lex.TERMS_GAP}}}?)?\s+"
    rf"{_ci(alternation(lex.NEGATED_BE))}\s+{_ci(alternation(lex.DISCLOSED_PARTICIPLES))}"
    rf"|{alternation(cased(lex.NEGATED_VERBS))}\s+{_DISCLOSE}\s+{_DISCLOSED_OBJECT}"
    rf"|{alternation(cased(lex.NEITHER_SUBJECTS))}\s+(?:{alternation(lex.DISCLOSE_ADVERBS)}\s+)?"
    rf"{_ci(alternation(lex.DISCLOSED_PAST))}\s+{_DISCLOSED_OBJECT}"
    r"(?![A-Za-z])"
)


# Where a candidate may start: a digit or "." with no word, number or "$" glued before it,
# or a form's opening phrase with (the start of) what follows it in that form; one
# alternation, whose spaces match any run of spaces or hyphens. Checked before the forms, it
# lets the engine pass over ordinary words ("the", "will", "a"; no longer only their first
# word) and the inside of numbers in a few steps; every form implies it, so it changes no
# match. It opens with a character class, not a look-behind (which the engine cannot skip
# past cheaply): what comes before a candidate is left to the forms' look-behinds.
_NUMBER_FOLLOWERS = (lex.HUNDRED_WORD, lex.AND_A_HALF.split(" ")[0], *lex.SCALE_WORDS,
                     *(w for w in lex.NUMBER_WORDS if 1 <= lex.NUMBER_WORDS[w] < 10 and len(w) > 2))
_OPENINGS = followed_alternation([
    (lex.PREFIX_SYMBOLS, ""), (lex.CURRENCY_CODES, ""),
    # a number word: then "hundred", "and a half", a scale word or (after tens) a units word
    (cased(lex.NUMBER_WORDS), r"[\s-]+" + _ci(alternation(_NUMBER_FOLLOWERS)) + r"(?![A-Za-z])"),
    (cased(lex.FRACTION_PHRASES), r"[\s-]"),
    (cased(lex.VAGUE_MULTI), ""),  # glued to its scale word: "multibillion"
    (cased(lex.VAGUE_MULTIPLIERS), rf"\s+{_ci(_PLURAL_SCALES)}"),
    (cased(lex.VAGUE_PLURAL_SCALES), rf"\s+{_ci(lex.VAGUE_OF)}"),
    (cased(lex.VAGUE_FEW), rf"\s+{_ci(_SCALES_VAGUE)}"), (cased(lex.VAGUE_SCALES), "-"),
    (cased(lex.UNDISCLOSED_ADJECTIVES), r"\s"), (cased(lex.TERMS_SUBJECTS), r"[\s,]"),
    (cased(lex.NEGATED_VERBS), rf"\s+{_DISCLOSE}"), (cased(lex.NEITHER_SUBJECTS), r"\s"),
], space=r"[\s-]+")
_GATE = rf"(?=[\d.](?<![\w.,$].)|{_OPENINGS})"
# A candidate is the group named by its kind (``lastgroup``): "A" prefix, "B" suffix form,
# "VM" "VP" "VF" "VC" vague, "U" undisclosed.
_CANDIDATE = (
    rf"{_GATE}(?:(?P<A>{_FORM_PREFIX})|(?P<B>{_FORM_SUFFIX})"
    rf"|(?<![A-Za-z])(?:(?P<VM>{_VAGUE_MULTI})|(?P<VP>{_VAGUE_PLURAL})|(?P<VF>{_VAGUE_FEW})"
    rf"|(?P<VC>{_VAGUE_COMPOUND})|(?P<U>{_UNDISCLOSED})))"
)
# Every candidate starts the text or follows a non-letter (the forms' look-behinds).
_MONEY = BoundarySearch(_CANDIDATE, "[^A-Za-z]")

# --- edges -----------------------------------------------------------------------------
_QUALIFIER_BEFORE = re.compile(
    _ci(rf"(?<![A-Za-z])(?P<q>{alternation(q for q, _ in lex.QUALIFIERS_BEFORE)})\s+\Z"))
_QUALIFIER_NAMES = {q.lower(): name for q, name in lex.QUALIFIERS_BEFORE}
_BETWEEN = re.compile(_ci(rf"(?<![A-Za-z])(?P<o>{lex.RANGE_OPENER})\s+\Z"))
_FROM_RANGE = re.compile(_ci(
    rf"(?<![A-Za-z]){alternation(lex.RANGE_FROM_VERBS)}\s+(?P<o>{lex.RANGE_BREAKER})\s+\Z"))
_RANGE_BREAKER = re.compile(_ci(rf"(?<![A-Za-z]){lex.RANGE_BREAKER}\s+\Z"))
_QUALIFIER_AFTER = re.compile(
    _ci(alternation((q for q, _ in lex.QUALIFIERS_AFTER), space=r"\s+")) + r"(?![A-Za-z])")
_AFTER_NAMES = {q.strip().lower(): name for q, name in lex.QUALIFIERS_AFTER}
_PER_UNITS = _ci(alternation((u for u, _ in lex.PER_UNITS), space=r"[\s-]+"))
_PER_UNIT = re.compile(
    rf"(?:\s+{_ci(alternation(lex.CASH_WORDS))})?"
    rf"(?:\s*/\s*|[\s-]+{_ci(alternation(lex.PER_LINKERS))}[\s-]+)"
    rf"(?:(?P<named>(?:[A-Z][\w&.'-]*\s+){{1,2}}){lex.PER_SHARE_NAMED}"
    rf"|(?P<unit>{_PER_UNITS}))(?![A-Za-z])"
    rf"(?!\s+{_ci(alternation(lex.PER_BLOCKERS))}(?![A-Za-z]))"
    rf"|\s+(?P<alone>{_ci(alternation(u for u, _ in lex.PER_ALONE))})(?![A-Za-z])"
)
_PER_NAMES = {re.sub(r"[\s-]+", " ", u.lower()): name for u, name in (*lex.PER_UNITS, *lex.PER_ALONE)}
_DOLLAR_WORDS = _ci(alternation(lex.NATIONAL_DOLLAR_WORDS))
_NATIONALITY = re.compile(
    rf"\s*(?P<open>\()?(?P<nat>{alternation(lex.DOLLAR_NATIONALITIES)})"
    rf"(?P<dollars>\s+{_DOLLAR_WORDS})?(?P<close>\))?(?![A-Za-z])")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_NATIONALITY_END = re.compile(r"\s*(?:[.,;:)]|\Z)")


class _Core(NamedTuple):
    """An amount before its edges are looked at."""

    start: int
    end: int
    low: float
    high: float | None
    currency: str
    factor: float = 1.0
    needs_per: bool = False
    bare_dollar: bool = False


def _before(text: str, start: int, floor: int, pattern: re.Pattern) -> re.Match | None:
    return pattern.search(text, max(floor, start - _WINDOW), start)


def _amount_end(m: re.Match, tag: str) -> int:
    return max(m.end(tag + "n"), m.end(tag + "l"), m.end(tag + "s"))


def _prefix_currency(prefix: str) -> str:
    key = re.sub(r"\s+", " ", prefix.strip())
    return lex.PREFIX_SYMBOLS.get(key) or lex.CURRENCY_CODES[key]


def _ends(m: re.Match, first: str, second: str | None) -> tuple[float, float | None]:
    """Values of the first and (if any) second end of a range; a scale word on the second
    end carries back to an unscaled first end ("$10-12 billion")."""
    low = parse_digits(m.group(first + "n"))
    low_scale = scale_value(m, first)
    if second is None:
        return low * (low_scale or 1), None
    high_scale = scale_value(m, second)
    high = parse_digits(m.group(second + "n")) * (high_scale or 1)
    if low_scale is None and high_scale and low * high_scale <= high:
        low_scale = high_scale
    return low * (low_scale or 1), high


def _is_range(text: str, m: re.Match, sep: str | None, floor: int, marked: bool) -> bool:
    """Whether a matched second amount closes a range. "and" needs "between" before the
    first amount; "from X to Y" is a change; spaced separators need a currency or scale
    on the second amount (``marked``)."""
    if sep is None:
        return False
    start = m.start(m.lastgroup)
    word = sep.strip().lower()
    if word == lex.RANGE_WORDS[1] and not _before(text, start, floor, _BETWEEN):
        return False
    if (word == lex.RANGE_WORDS[0] and _before(text, start, floor, _RANGE_BREAKER)
            and not _before(text, start, floor, _FROM_RANGE)):
        return False
    return sep == "-" or marked


def _prefix_core(text: str, m: re.Match, floor: int) -> tuple[_Core | None, int]:
    currency = _prefix_currency(m.group("ap"))
    bare = m.group("ap").strip() == "$"
    marked = m.group("a2n") is not None and bool(m.group("ap2") or scale_value(m, "a2"))
    if _is_range(text, m, m.group("ar"), floor, marked):
        low, high = _ends(m, "a1", "a2")
        return _Core(m.start("A"), m.end("A"), low, high, currency, bare_dollar=bare), m.end("A")
    low, _ = _ends(m, "a1", None)
    end = _amount_end(m, "a1")
    return _Core(m.start("A"), end, low, None, currency, bare_dollar=bare), end


def _suffix_currency(m: re.Match) -> lex.CurrencyWord:
    if m.group("bc"):
        return _CURRENCY_WORDS[re.sub(r"\s+", " ", m.group("bc").lower())]
    if m.group("bp"):
        return _CURRENCY_WORDS[m.group("bp").lower()]
    return lex.CurrencyWord(m.group("bk"), lex.CURRENCY_CODES[m.group("bk")])


def _suffix_rejected(text: str, m: re.Match, word: lex.CurrencyWord) -> bool:
    """Digits before a currency word that are not money: "3 won", "700 p", "200 pounds
    of copper", "in 2024 dollars"."""
    scaled = scale_value(m, "b1") or (m.group("b2n") and scale_value(m, "b2"))
    if (word.needs_scale and not scaled) or (word.needs_per and m.group("bsep")):
        return True
    after = _WORD_AFTER.match(text, m.end("B")) if word.not_before else None
    if after and after.group(1).lower() in word.not_before:
        return True
    return not scaled and not m.group("b2n") and not m.group("bk") and is_year_like(m.group("b1n"))


def _suffix_core(text: str, m: re.Match, floor: int) -> tuple[_Core | None, int]:
    word = _suffix_currency(m)
    if m.group("bw"):
        if m.group("bsep") == "-" and m.group("bw").lower() in _ARTICLES:
            return None, m.start("bwl")  # "a billion-dollar bet" is vague: read from the scale
        low = parse_word_number(m.group("bw")) * lex.SCALE_WORDS[m.group("bwl").lower()]
        return _Core(m.start("B"), m.end("B"), low, None, word.iso, word.factor, word.needs_per), m.end("B")
    if m.group("b2n") and not _is_range(text, m, m.group("br"), floor, True):
        return None, m.start("b2n")
    if _suffix_rejected(text, m, word):
        return None, m.end("B")
    low, high = _ends(m, "b1", "b2" if m.group("b2n") else None)
    return _Core(m.start("B"), m.end("B"), low, high, word.iso, word.factor, word.needs_per), m.end("B")


def _vague(m: re.Match, kind: str) -> MoneyMention:
    if kind == "U":
        return MoneyMention(m.start(kind), m.end(kind), m.group(kind), None, None, "undisclosed")
    noun = m.group({"VM": "vmc", "VP": "vpc", "VF": "vfc", "VC": "vcc"}[kind])
    currency = lex.VAGUE_CURRENCY_NOUNS[re.sub(r"\s+", " ", noun.lower())] if noun else None
    return MoneyMention(m.start(kind), m.end(kind), m.group(kind), None, currency, "vague")


def _nationality(text: str, end: int) -> tuple[str, int] | None:
    """"$5 billion Canadian dollars", "$5 billion (Canadian)": the dollar's country."""
    nat = _NATIONALITY.match(text, end)
    if nat is None or bool(nat.group("open")) != bool(nat.group("close")):
        return None
    if nat.group("dollars") or nat.group("close") or _NATIONALITY_END.match(text, nat.end()):
        return lex.DOLLAR_NATIONALITIES[nat.group("nat")], nat.end()
    return None


def _finish(text: str, core: _Core, floor: int) -> MoneyMention | None:
    """Widen a core amount by its edges: between / qualifier before; nationality,
    qualifier and per-unit phrase after."""
    start, end, currency = core.start, core.end, core.currency
    if core.high is not None:
        opener = _before(text, start, floor, _BETWEEN) or _before(text, start, floor, _FROM_RANGE)
        start = opener.start("o") if opener else start
    start, qualifier = _qualifier_before(text, start, floor)
    if core.bare_dollar and (nat := _nationality(text, end)):
        currency, end = nat
    if after := _QUALIFIER_AFTER.match(text, end):
        end = after.end()
        if qualifier == "exact":
            qualifier = _AFTER_NAMES[re.sub(r"\s+", " ", after.group().strip().lower())]
    per = None
    if unit := _PER_UNIT.match(text, end):
        end, per = unit.end(), _per_name(unit)
    if core.needs_per and per is None:
        return None
    high = core.high * core.factor if core.high is not None else None
    low = core.low * core.factor
    return MoneyMention(start, end, text[start:end], high if high is not None else low, currency,
                        qualifier, low if high is not None else None, high, per)


def _qualifier_before(text: str, start: int, floor: int) -> tuple[int, str]:
    """Qualifier words right before ``start``; the outermost of two stacked ones names the
    qualifier ("up to approximately $14.2 billion" is ``up_to``)."""
    qualifier = "exact"
    for _ in range(2):
        q = _before(text, start, floor, _QUALIFIER_BEFORE)
        if q is None:
            break
        start, qualifier = q.start(), _QUALIFIER_NAMES[re.sub(r"\s+", " ", q.group("q").lower())]
    return start, qualifier


def _per_name(unit: re.Match) -> str:
    if unit.group("named"):
        return lex.PER_SHARE_NAMED
    phrase = unit.group("unit") or unit.group("alone")
    return _PER_NAMES[re.sub(r"[\s-]+", " ", phrase.lower())]


def _interpret(text: str, m: re.Match, floor: int) -> tuple[MoneyMention | None, int]:
    """One candidate to a mention (or None) and the position to search on from."""
    kind = m.lastgroup
    if kind not in ("A", "B"):
        return _vague(m, kind), m.end(kind)
    core, resume = (_prefix_core if kind == "A" else _suffix_core)(text, m, floor)
    mention = _finish(text, core, floor) if core else None
    return mention, max(resume, mention.end if mention else resume)


def find_money(text: str) -> tuple[MoneyMention, ...]:
    """Every money mention in ``text``, sorted by start, non-overlapping."""
    found: list[MoneyMention] = []
    pos = floor = 0
    while m := _MONEY.search(text, pos):
        mention, resume = _interpret(text, m, floor)
        if mention is not None:
            found.append(mention)
            floor = mention.end
        pos = max(resume, m.start(m.lastgroup) + 1)
    return tuple(found)

