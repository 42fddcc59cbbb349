"""Business units named by description: "its cable television business", "the Alliance
Automation Systems division", "its two mln Roach shares". Sellers sell these and buyers buy
them when no company name is given; assembly uses them as targets of last resort."""
from __future__ import annotations

import re

from ..lexicon.units import UNIT_HEADS, UNIT_SKIP_WORDS
from ..mentions import CompanyMention

_HEADS = "|".join(sorted(UNIT_HEADS, key=len, reverse=True))
_UNIT = re.compile(
    rf"\b(?:its|their|the|certain|an?|(?P<count>(?<![\d,])\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    rf"dozen|several))\s+(?P<phrase>(?:[\w&'.-]+\s+){{0,5}}?(?:{_HEADS}))\b(?!-)",
    re.IGNORECASE)


def find_units(text: str) -> tuple[CompanyMention, ...]:
    """Descriptions of business units as parties (``how="unit"``, named as written), without
    the determiner and leading fillers ("existing", "wholly owned")."""
    out = []
    for m in _UNIT.finditer(text):
        start = m.start("count") if m.group("count") else m.start("phrase")
        words = text[start:m.end("phrase")].split()
        while len(words) > 1 and words[0].lower() in UNIT_SKIP_WORDS:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) < 2 and not m.group("count"):
            continue
        phrase = text[start:m.end("phrase")]
        out.append(CompanyMention(start, m.end("phrase"), phrase, " ".join(phrase.split()), "unit"))
    return tuple(out)
