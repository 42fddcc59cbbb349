"""Business units named by description: "its cable television business", "the Alliance
Automation Systems division", "its two mln Roach shares". Sellers sell these and buyers buy
them when no company name is given; assembly uses them as targets of last resort.

A description opens after a determiner, a possessive or a verb of buying or selling ("its",
"the", "Kaiser Cement's", "acquire"), or with a count ("five rural hospitals"), and ends in a
unit noun (``lexicon/units.py``) in lower case; the words between are up to five content
words, never a function word ("an agreement to sell five rural hospitals" yields "five rural
hospitals"), and may open with a place and its state ("its Sunrise, Fla., branch").
"""
from __future__ import annotations

import re

from ..lexicon.units import (
    UNIT_HEADS,
    UNIT_NOT_WORDS,
    UNIT_OPENERS,
    UNIT_REFERENCE_HEADS,
    UNIT_SKIP_WORDS,
    UNIT_STOP_WORDS,
)
from ..mentions import CompanyMention


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_STOP = _alternation(UNIT_STOP_WORDS)
_WORD = rf"(?!(?:{_STOP})\b)(?:(?-i:[A-Z])\.){{2,}}|(?!(?:{_STOP})\b)[\w&-][\w&'-]*"
_PLACE = r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)\s+"
_COUNT = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d,])|two|three|four|five|six|seven|eight|nine|ten|dozen|several"
_UNIT = re.compile(
    rf"(?:\b(?P<opener>{_alternation(UNIT_OPENERS)})\s+|(?<=\w)'s\s+|\b(?=(?:{_COUNT})\s))"
    rf"(?:(?P<count>{_COUNT})\s+)?"
    rf"(?P<phrase>(?:{_PLACE})?(?:(?:{_WORD})\s+){{0,5}}?(?-i:{_alternation(UNIT_HEADS)}))\b(?!-)",
    re.IGNORECASE)


def find_units(text: str) -> tuple[CompanyMention, ...]:
    """Descriptions of business units as parties (``how="unit"``, named as written), without
    the determiner and leading fillers ("existing", "wholly owned")."""
    out = []
    for m in _UNIT.finditer(text):
        start = m.start("count") if m.group("count") else m.start("phrase")
        words = text[start:m.end("phrase")].split()
        if any(w.lower().strip(",") in UNIT_NOT_WORDS for w in words):
            continue
        while len(words) > 1 and words[0].lower() in UNIT_SKIP_WORDS:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) < 2 and not m.group("count"):
            continue
        if len(words) == 2 and (m.group("opener") or "").lower() == "the" \
                and words[1].lower() in UNIT_REFERENCE_HEADS:
            continue  # "the digital unit": a company named elsewhere
        phrase = text[start:m.end("phrase")]
        out.append(CompanyMention(start, m.end("phrase"), phrase, " ".join(phrase.split()), "unit"))
    return tuple(out)
