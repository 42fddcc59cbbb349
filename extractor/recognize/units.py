"""Parties named by description, not by name: business units and assets ("its cable
television business", "five rural hospitals"; ``how="unit"``) and groups, unnamed companies
and governments ("an investor group", "a private corporation", "the Singapore government";
``how="group"``). Sellers sell units and buyers buy them when no company name is given;
assembly uses both kinds as targets of last resort ("agreed to acquire a privately-held
company"), and may use groups as buyers.

A unit description opens after a determiner, a possessive or a verb of buying or selling
("its", "the", "Kaiser Cement's", "acquire"), or with a count ("five rural hospitals"), and
ends in a unit noun (``lexicon/units.py``) in lower case; the words between are up to five
content words, never a function word ("an agreement to sell five rural hospitals" yields
"five rural hospitals"), and may open with a place and its state ("its Sunrise, Fla.,
branch") or a collective ("a group of mineral properties").
"""
from __future__ import annotations

import re

from ..lexicon.companies import NOT_NAME_STARTS
from ..lexicon.units import (
    COMPANY_DESCRIPTION_HEADS,
    CONCERN_PARTICIPLES,
    DESCRIPTION_NOT_WORDS,
    GOVERNMENT_HEADS,
    GROUP_COLLECTIVES,
    GROUP_HEADS,
    GROUP_MEMBERS,
    UNIT_COLLECTIVES,
    UNIT_HEADS,
    UNIT_NOT_ENDINGS,
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
_WORD = rf"(?!(?:{_STOP})\b)(?:(?-i:[A-Z])\.){{2,}}(?:-\w+)?|(?!(?:{_STOP})\b)[\w&-][\w&'-]*"
_PLACE = r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)\s+"
_COUNT = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d,])|two|three|four|five|six|seven|eight|nine|ten|dozen|several"
_UNIT = re.compile(
    rf"(?:\b(?P<opener>{_alternation(UNIT_OPENERS)})\s+|(?<=\w)'s\s+|\b(?=(?:{_COUNT})\s))"
    rf"(?:(?P<count>{_COUNT})\s+)?"
    rf"(?P<phrase>(?:(?:{_alternation(UNIT_COLLECTIVES)})\s+of\s+)?(?:{_PLACE})?"
    rf"(?:(?:{_WORD})\s+){{0,5}}?(?-i:{_alternation(UNIT_HEADS)}))\b(?!-)",
    re.IGNORECASE)


def find_units(text: str) -> tuple[CompanyMention, ...]:
    """Parties named by description, in order: business units (``how="unit"``, named as
    written, without the determiner and leading fillers such as "existing", "wholly owned")
    and the groups of ``find_groups`` (``how="group"``)."""
    out = []
    for m in _UNIT.finditer(text):
        start = m.start("count") if m.group("count") else m.start("phrase")
        words = text[start:m.end("phrase")].split()
        if any(w.lower().strip(",") in UNIT_NOT_WORDS for w in words) \
                or " ".join(words[-2:]).lower() in UNIT_NOT_ENDINGS:
            continue
        while len(words) > 1 and words[0] in UNIT_SKIP_WORDS:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) < 2 and not m.group("count"):
            continue
        if len(words) == 2 and (m.group("opener") or "").lower() == "the" \
                and words[1].lower() in UNIT_REFERENCE_HEADS:
            continue  # "the digital unit": a company named elsewhere
        phrase = text[start:m.end("phrase")]
        out.append(CompanyMention(start, m.end("phrase"), phrase, " ".join(phrase.split()), "unit"))
    return tuple(sorted(out + list(find_groups(text)), key=lambda c: c.start))


# -- parties named by description -------------------------------------------------------------

_MEMBERS = _alternation(GROUP_MEMBERS)
_GROUP = re.compile(
    rf"\b(?P<det>an?|the)\s+(?P<phrase>"
    rf"(?:{_alternation(GROUP_COLLECTIVES)})\s+of\s+(?:(?:{_WORD})\s+){{0,4}}?(?:{_MEMBERS})"
    rf"(?:\s+and\s+(?:(?:{_WORD})\s+){{0,2}}?(?:{_MEMBERS}))?"
    rf"|(?:(?:{_WORD})\s+){{0,4}}?(?P<head>(?-i:{_alternation(GROUP_HEADS)})"
    rf"|(?-i:{_alternation(COMPANY_DESCRIPTION_HEADS)})))\b(?![-'])",
    re.IGNORECASE)
_GOVERNMENT = re.compile(
    rf"(?<![\w.-])(?P<phrase>(?:(?:[A-Z]\.){{2,}}\s+|[A-Z][\w-]*\s+){{1,3}}"
    rf"(?:{_alternation(GOVERNMENT_HEADS)}))\b")
# A description after a copula says what a named company is, not who acts ("X is a
# diversified company", "to become a public company").
_PREDICATE = re.compile(r"\b(?:is|was|be|been|being|become|becomes|became|remain|remains|as|"
                        r"into)\s+$", re.I)


def find_groups(text: str) -> tuple[CompanyMention, ...]:
    """Parties named by description, not by name (``how="group"``, named as written, without
    the determiner): groups of investors ("an investor group", "a group of European
    institutions"), unnamed companies introduced by "a" ("a private corporation", "a
    Bahamas-based firm", "a leveraged buyout firm") and governments ("the Singapore
    government", "the Finance Ministry")."""
    out = []
    for m in _GROUP.finditer(text):
        head = m.group("head")
        words = m.group("phrase").split()
        if head and head.lower() in COMPANY_DESCRIPTION_HEADS and (
                m.group("det").lower() == "the"
                or any(w.lower() in DESCRIPTION_NOT_WORDS for w in words)
                or _PREDICATE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "the company", "a similar company", "is a diversified company"
        if head == "concern" and not _a_concern(text, words, m.end("phrase")):
            continue  # "a growing concern": a worry
        start = m.start("phrase")
        while len(words) > 2 and words[0] in UNIT_SKIP_WORDS:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) < 2:
            continue
        out.append(_mention(text, start, m.end("phrase"), "group"))
    for m in _GOVERNMENT.finditer(text):
        words = list(re.finditer(r"\S+", m.group("phrase")))
        for k in range(len(words) - 1, -1, -1):
            if words[k].group() in NOT_NAME_STARTS:
                words = words[k + 1:]
                break
        if len(words) >= 2:
            out.append(_mention(text, m.start("phrase") + words[0].start(), m.end("phrase"), "group"))
    return tuple(sorted(out, key=lambda c: c.start))


def _a_concern(text: str, words: list[str], end: int) -> bool:
    """ "a new concern formed by", "a data processing concern", "a Dallas-based concern"."""
    after = text[end:end + 20].split()
    modifiers = words[:-1]
    return bool(after and after[0].strip(",") in CONCERN_PARTICIPLES) or len(modifiers) >= 2 \
        or any(w[:1].isupper() or "-" in w for w in modifiers)


def _mention(text: str, start: int, end: int, how: str) -> CompanyMention:
    phrase = text[start:end]
    return CompanyMention(start, end, phrase, " ".join(phrase.split()), how)
