"""Quantity mentions: ``find_quantities(text) -> tuple[QuantityMention, ...]``.

Power (``6 gigawatts`` -> 6 GW, ``500MW`` -> 500 MW; MW stays MW), compute (``2 exaflops``),
floor area (``300,000 square feet`` -> sq ft) and counted hardware (``100,000 GPUs``,
``1.5 million GPUs`` -> 1,500,000 GPU, ``4,608 accelerators``). Vague counts
(``hundreds of thousands of Nvidia GB300 chips``, ``several gigawatts``) have amount None.

Span conventions (``text == input[start:end]`` always):

- the span runs from the number to the unit and includes the names and model numbers in
  between: ``100,000 Nvidia H100 GPUs`` is one mention with unit ``GPU`` (the hardware
  recognizer reads vendor and model from the same words);
- qualifiers (``about``, ``up to``) are **not** in the span: a quantity has no qualifier;
- a range (``1-2 GW``, ``1 to 2 gigawatts``) is one mention whose amount is the upper end.

One compiled regex is searched left to right, so the scan is linear in the text.
"""
from __future__ import annotations

import re

from extractor.lexicon import units as lex
from extractor.mentions import QuantityMention
from extractor.recognize.money import (
    DIGITS,
    SCALE_LONG,
    WORD_NUMBER,
    WORD_NUMBER_START,
    BoundarySearch,
    alternation,
    cased,
    is_year_like,
    parse_digits,
    parse_word_number,
    scale_value,
)
from extractor.lexicon.money import SCALE_WORDS

_EXACT = {u.phrase: u for u in lex.UNITS if u.exact_case}
_WORDS = {re.sub(r"[\s-]+", " ", u.phrase.lower()): u for u in lex.UNITS if not u.exact_case}
_WORD_FORMS = [form for u in lex.UNITS if not u.exact_case
               for form in ((u.phrase, u.phrase + "s") if u.plural else (u.phrase,))]
_UNIT_WORDS = alternation(_WORD_FORMS, space=r"[\s-]+")
_UNIT = (rf"(?P<unit>{alternation(_EXACT)}|(?i:{_UNIT_WORDS}))"
         r"(?![A-Za-z0-9])")
_MODIFIER = (rf"(?:[A-Z][\w'&.-]*|[A-Za-z]*\d[A-Za-z\d]*|{alternation(lex.COUNT_MODIFIERS)})\s+")
_SHORT = r"(?P<qs>[kKmM])(?![A-Za-z0-9])"
_NUMBER = (
    rf"(?P<qn>{DIGITS})(?:[ -]?(?P<ql>{SCALE_LONG})|{_SHORT})?"
    rf"(?:(?P<qr>-|\s+{alternation(lex.RANGE_WORDS)}\s+)(?P<q2n>{DIGITS})(?:[ -]?(?P<q2l>{SCALE_LONG}))?)?"
    rf"|(?P<qw>{WORD_NUMBER})(?:[\s-]+(?P<qwl>{SCALE_LONG}))?"
)
_VAGUE = alternation(cased(lex.VAGUE_COUNTS))
# Where a quantity may begin (checked first, so that ordinary words are passed over fast).
_GATE = rf"(?=[\d.]|{WORD_NUMBER_START}|{_VAGUE})"
_QUANTITY = (
    rf"(?P<quantity>{_GATE}(?:{_NUMBER}|(?P<vague>{_VAGUE}))"
    rf"(?:\s+|-)?(?:{_MODIFIER}){{0,{lex.MAX_MODIFIERS}}}{_UNIT})"
)
# A quantity (group ``quantity``) starts the text or follows a character that is not a word
# character, ".", ",", "-" or a currency symbol.
_QUANTITIES = BoundarySearch(_QUANTITY, r"[^\w.,$€£¥₹₩-]")


def _unit(phrase: str) -> lex.Unit:
    if phrase in _EXACT:
        return _EXACT[phrase]
    key = re.sub(r"[\s-]+", " ", phrase.lower())
    return _WORDS.get(key) or _WORDS[key[:-1]]


def _amount(m: re.Match) -> float | None:
    """The number (upper end of a range), scale applied; None for a rejected reading."""
    if m.group("qw"):
        value = parse_word_number(m.group("qw"))
        scale = SCALE_WORDS[m.group("qwl").lower()] if m.group("qwl") else 1.0
        return value * scale
    number = "q2" if m.group("q2n") else "q"
    value = parse_digits(m.group(number + "n"))
    scale = _scale(m, number) or (_scale(m, "q") if number == "q" else None)
    return value * (scale or 1.0)


def _scale(m: re.Match, tag: str) -> float | None:
    if tag == "q":
        return scale_value(m, "q")
    word = m.group(tag + "l")
    return SCALE_WORDS[word.lower()] if word else None


def _accept(m: re.Match, unit: lex.Unit) -> bool:
    """Reject counts that are really articles or years: "a GPU", "in 2025 Nvidia GPUs"."""
    if m.group("qw") and not m.group("qwl"):
        return not (unit.counted and m.group("qw").lower() in ("a", "an"))
    if m.group("qn") and unit.counted and not _scale(m, "q") and not m.group("q2n"):
        return not is_year_like(m.group("qn"))
    return True


def _interpret(m: re.Match) -> QuantityMention | None:
    unit = _unit(m.group("unit"))
    if not _accept(m, unit):
        return None
    amount = None if m.group("vague") else _amount(m)
    return QuantityMention(m.start("quantity"), m.end("quantity"), m.group("quantity"), amount, unit.unit)


# Every quantity ends in a unit, so holds the longest word of one of its forms: as written
# for abbreviations, in any case for words. A text with none of them has no quantity.
_EXACT_CLUES = re.compile(alternation({max(p.split(" "), key=len) for p in _EXACT}))
_WORD_CLUES = re.compile(alternation({max(re.split(r"[\s-]+", f.lower()), key=len)
                                      for f in _WORD_FORMS}))


def _may_hold_quantity(text: str) -> bool:
    """False when ``text`` holds no unit clue (checked on ASCII text only, whose lower case
    is what ``(?i)`` matches)."""
    return not text.isascii() or bool(_EXACT_CLUES.search(text) or _WORD_CLUES.search(text.lower()))


def find_quantities(text: str) -> tuple[QuantityMention, ...]:
    """Every quantity mention in ``text``, sorted by start, non-overlapping."""
    if not _may_hold_quantity(text):
        return ()
    found: list[QuantityMention] = []
    pos = 0
    while m := _QUANTITIES.search(text, pos):
        mention = _interpret(m)
        if mention is None:
            pos = m.start("quantity") + 1
            continue
        found.append(mention)
        pos = m.end("quantity")
    return tuple(found)

