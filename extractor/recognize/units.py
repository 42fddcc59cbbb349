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
from typing import Iterator, NamedTuple

from ..lexicon.companies import NOT_NAME_STARTS
from ..lexicon.units import (
    COMPANY_DESCRIPTION_HEADS,
    CONCERN_PARTICIPLES,
    DESCRIPTION_NOT_WORDS,
    GOVERNMENT_HEADS,
    GROUP_COLLECTIVES,
    GROUP_HEADS,
    LONE_GROUP_HEADS,
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


def _alternation(words, *, any_case: bool = False) -> str:
    """A non-capturing alternation of literal phrases, built as a prefix tree (the engine takes
    one step per character at a position, not one per phrase); longer phrases come before
    their prefixes, as in a longest-first list, and a space matches ``\\s+``. ``any_case``:
    letters match what they match under ``re.IGNORECASE``, in a pattern without the flag."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word.lower() if any_case else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_branches(tree, any_case)})"


# What ``re.IGNORECASE`` takes a letter for beyond its two cases.
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _branches(node: dict, any_case: bool) -> str:
    branches = []
    for char, child in sorted(node.items()):
        if char == " ":
            head = r"\s+"
        elif any_case and char.isalpha():
            head = f"[{char}{char.upper()}{_FOLDS.get(char, '')}]"
        elif char:
            head = re.escape(char)
        else:
            continue
        branches.append(head + _branches(child, any_case))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body}|)" if "" in node else body


# -- searching near anchors --------------------------------------------------------------------
# Each pattern below tries a match at every determiner or capital of a text, and most of those
# attempts fail only after several words. But every match holds an anchor, a word of a short
# list (a unit noun, a group member, "government") after whitespace, and no more than a fixed
# number of whitespace runs lies between the match's start and its first anchor word. So the
# pattern is tried only in the windows before anchors, at the positions where it can start:
# the matches are those of ``pattern.finditer(text)``, in a small part of the time.


class _Anchored(NamedTuple):
    """A pattern with what bounds its matches: each begins where ``start`` matches (a
    character; it may match where no match begins), and holds a word that ``word`` matches
    (after one whitespace: an anchor) at most ``runs`` whitespace runs after its start (the
    runs of the words its grammar allows before it); ``back``, matched on the reversed text
    before an anchor, walks back over those runs."""

    pattern: re.Pattern
    start: re.Pattern
    word: str
    back: re.Pattern
    words: frozenset[str]  # the anchor words, which ``word`` matches
    any_case: bool  # in any case (as under ``re.IGNORECASE``), or as written


def _anchored(pattern: re.Pattern, start: str, anchor_words, runs: int, *,
              any_case: bool) -> _Anchored:
    first_words = frozenset(phrase.split()[0] for phrase in anchor_words)
    return _Anchored(pattern, re.compile(start), _alternation(first_words, any_case=any_case),
                     re.compile(rf"(?:\s+\S+){{0,{runs}}}"), first_words, any_case)


def _by_first_letter(kinds) -> str:
    """One alternation of the anchor words of all ``kinds``: a branch per exact first letter
    (a literal, which the engine passes over in one step where it does not match; a word in
    any case has a branch for each case of its letter and for its other folds), then the rest
    of each kind's words that open so, in that kind's case."""
    rests: dict[str, dict[bool, list[str]]] = {}
    for kind in kinds:
        for word in kind.words:
            first = word[0].lower() if kind.any_case else word[0]
            letters = first + first.upper() + _FOLDS.get(first, "") if kind.any_case else first
            for letter in dict.fromkeys(letters):
                rests.setdefault(letter, {}).setdefault(kind.any_case, []).append(word[1:])
    branches = []
    for letter, by_case in sorted(rests.items()):
        rest = [_alternation(words, any_case=any_case) for any_case, words in sorted(by_case.items())]
        branches.append(re.escape(letter) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
    return "(?:" + "|".join(branches) + ")"


def _initials(words, more: str = "") -> str:
    """A class body: the characters that may open one of ``words`` under ``re.IGNORECASE``,
    and ``more``."""
    return "".join(c + c.upper() + _FOLDS.get(c, "") for c in sorted({w[0].lower() for w in words})) + more


def _word_start(words, more: str = "") -> str:
    """A pattern of one character: the first of a word (no word character before it) that
    may open one of ``words`` under ``re.IGNORECASE``, or one of ``more`` (a class body)."""
    return rf"[{_initials(words, more)}](?<!\w.)"  # the look-behind sees the character before it


def _windows(a: _Anchored, text: str, anchors: list[int], reverse: str) -> list[tuple[int, int]]:
    """Spans of ``text``, in order and apart, holding every position that lies at most
    ``a.runs`` whitespace runs before one of ``anchors`` (from the start of that word to the
    anchor); ``reverse`` is the text reversed (walking back over words is a forward match on it)."""
    out: list[tuple[int, int]] = []
    for anchor in anchors:
        start = len(text) - a.back.match(reverse, len(text) - anchor).end()
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], anchor)
        else:
            out.append((start, anchor))
    return out


def _finditer(a: _Anchored, text: str, anchors: list[int], reverse: str) -> Iterator[re.Match]:
    """The matches of ``a.pattern.finditer(text)``: the leftmost match at or after the end
    of the previous one, tried only at the starts inside windows before ``anchors`` (a match
    tried at a position sees the whole text around it, as in a search)."""
    end = 0
    for lo, hi in _windows(a, text, anchors, reverse):
        for s in a.start.finditer(text, max(lo, end), hi):  # one character each
            if s.start() < end:
                continue
            m = a.pattern.match(text, s.start())
            if m is not None:
                yield m
                end = m.end()


_STOP = _alternation(UNIT_STOP_WORDS)
_WORD = rf"(?!(?:{_STOP})\b)(?:(?-i:[A-Z])\.){{2,}}(?:-\w+)?|(?!(?:{_STOP})\b)[\w&-][\w&'-]*"
_PLACE = r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)\s+"
_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "several")
_COUNT = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d,])|" + "|".join(_COUNT_WORDS)
_UNIT = re.compile(
    rf"(?:\b(?P<opener>{_alternation(UNIT_OPENERS)})\s+|(?<=\w)'s\s+|\b(?=(?:{_COUNT})\s))"
    rf"(?:(?P<count>{_COUNT})\s+)?"
    rf"(?P<phrase>(?:(?:{_alternation(UNIT_COLLECTIVES)})\s+of\s+)?(?:{_PLACE})?"
    rf"(?:(?:{_WORD})\s+){{0,5}}?(?-i:{_alternation(UNIT_HEADS)}))\b(?!-)",
    re.IGNORECASE)
# A unit starts at an opener, a possessive "'s" or a count, and reaches its head over at most
# 13 whitespace runs: after the opener, the count, the collective and "of", the place (four),
# and five words.
_UNIT_INITIALS = _initials(UNIT_OPENERS + _COUNT_WORDS, r"\d")
assert "'" not in _UNIT_INITIALS
# An opener or count at a word start, or the "'" of a possessive: one class first (the engine
# skips to its characters), then which of the two it is.
_UNITS = _anchored(_UNIT, rf"[{_UNIT_INITIALS}'](?:(?<=[{_UNIT_INITIALS}])(?<!\w.)|(?<=\w'))",
                   UNIT_HEADS, 13, any_case=False)


def find_units(text: str) -> tuple[CompanyMention, ...]:
    """Parties named by description, in order: business units (``how="unit"``, named as
    written, without the determiner and leading fillers such as "existing", "wholly owned")
    and the groups of ``find_groups`` (``how="group"``)."""
    anchors = _anchors(text)
    reverse = text[::-1] if any(anchors) else ""
    out = []
    for m in _finditer(_UNITS, text, anchors[0], reverse):
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
    return tuple(sorted(out + list(_groups(text, anchors, reverse)), key=lambda c: c.start))


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
# A group starts at its determiner and reaches its first member or head over at most 7
# whitespace runs (after the determiner, the collective and "of", and four words); a
# government starts at a capital and reaches its head over at most 3.
_GROUPS = _anchored(_GROUP, _word_start(("a", "the")),
                    GROUP_MEMBERS + GROUP_HEADS + COMPANY_DESCRIPTION_HEADS, 7, any_case=True)
_GOVERNMENTS = _anchored(_GOVERNMENT, r"[A-Z](?<![\w.-].)", GOVERNMENT_HEADS, 3,
                          any_case=False)
_KINDS = (_UNITS, _GROUPS, _GOVERNMENTS)
# The anchors of all three at once: a space (a literal the engine finds fastest) or, in a text
# holding any other whitespace character, any whitespace, then whether an anchor word of any
# kind follows it (one alternation keyed on the first letter, rather than three in turn at
# every space), then which kinds' words.
_WHICH = "".join(rf"(?:(?=(?P<k{i}>{a.word}))|)" for i, a in enumerate(_KINDS))
_ANY_WORD = _by_first_letter(_KINDS)
_AFTER_SPACE = re.compile(rf" (?={_ANY_WORD}){_WHICH}")
_AFTER_WHITESPACE = re.compile(rf"\s(?={_ANY_WORD}){_WHICH}")
# Whitespace other than the space (every Unicode whitespace character is below U+3001).
_OTHER_WHITESPACE = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")


def _anchors(text: str) -> tuple[list[int], list[int], list[int]]:
    """The anchors of units, groups and governments: where their anchor words start after
    whitespace (no anchor word holds whitespace, so none lies inside another's match)."""
    out: tuple[list[int], list[int], list[int]] = ([], [], [])
    spaces = _AFTER_WHITESPACE if any(c in text for c in _OTHER_WHITESPACE) else _AFTER_SPACE
    for m in spaces.finditer(text):
        for i in range(3):
            if m.start(f"k{i}") >= 0:
                out[i].append(m.end())
    return out
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
    anchors = _anchors(text)
    return _groups(text, anchors, text[::-1] if any(anchors) else "")


def _groups(text: str, anchors, reverse: str) -> tuple[CompanyMention, ...]:
    out = []
    for m in _finditer(_GROUPS, text, anchors[1], reverse):
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
        if len(words) < 2 and not (head and head.lower() in LONE_GROUP_HEADS):
            continue
        out.append(_mention(text, start, m.end("phrase"), "group"))
    for m in _finditer(_GOVERNMENTS, text, anchors[2], reverse):
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
