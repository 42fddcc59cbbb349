"""Canonical company names: one per company per article.

A gazetteer company keeps its gazetteer name. Any other company is named by its longest clean
form in the article (legal suffixes and possessives dropped with cleanco): a later short form
("Dixons" after "Dixons Group Plc"), an acronym ("AMD" after "Advanced Micro Devices") or a
bare leading word sequence ("Phoenix" after "Phoenix Steel Corp") links to it. A form that
carries its own legal suffix is a full name and never links to another ("Gelco Corp" and
"Gelco Express Ltd" are two companies).

Acronyms are looked up in an index of initials, so matching stays linear in the article.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from cleanco.clean import normalized, prepare_default_terms, strip_punct, strip_tail

from ..lexicon.companies import (
    GENERIC_FIRST_WORDS,
    LEGAL_SUFFIXES,
    LOWER_SUFFIXES,
    NAME_CONNECTORS,
    NOT_NAME_STARTS,
    Company,
)
from ..mentions import CompanyMention

_POSSESSIVE = re.compile(r"(?:'s|')$")
_PARTNERSHIP = re.compile(r",?\s+(?:Limited|Ltd\.?)\s+Partnership$")
# Endings that cleanco drops but that name the business, not its legal form.
_KEPT_WORDS = frozenset({"Bancorp", "Bancshares", "Bankshares", "Bancorporation", "Trust"})


# cleanco's legal terms (normalized word lists, in cleanco's order) indexed by their last word.
# ``cleanco.basename`` tries all ~320 terms in turn against the name's tail; ``_basename`` does
# the same removals in the same order but only looks at the terms ending in the tail's word.
_TERMS = prepare_default_terms()
_TERMS_BY_LAST: dict[str, list[int]] = {}
for _i, (_size, _parts) in enumerate(_TERMS):
    if _parts:
        _TERMS_BY_LAST.setdefault(_parts[-1], []).append(_i)


# cleanco's tail pattern ([^.\w]+$) on ASCII text strips the ASCII characters that are neither
# a word character nor a dot; its accent removal on ASCII text (NFKD leaves it alone, and no
# ASCII character is in cleanco's map of other letters) is lower-casing.
_ASCII_TAIL = "".join(c for c in map(chr, range(128)) if not (c == "." or c.isalnum() or c == "_"))


def _strip_tail(name: str) -> str:
    """``cleanco.clean.strip_tail(name)``."""
    return name.rstrip(_ASCII_TAIL) if name.isascii() else strip_tail(name)


def _normalized(name: str) -> str:
    """``cleanco.clean.normalized(name)``."""
    return name.lower() if name.isascii() else normalized(name)


def _basename(name: str) -> str:
    """``cleanco.basename(name)`` (legal suffixes removed), found with the index above."""
    name = _strip_tail(name)
    parts = name.split()
    if name.isascii():  # lower-casing keeps the words: most names end in no term's last word
        if not parts or strip_punct(parts[-1].lower()) not in _TERMS_BY_LAST:
            return _strip_tail(" ".join(parts))
        normal = list(map(strip_punct, name.lower().split()))
    else:
        normal = list(map(strip_punct, normalized(name).split()))
    last = -1
    while normal:
        candidates = _TERMS_BY_LAST.get(normal[-1], ())
        for i in candidates[bisect.bisect_right(candidates, last):]:
            size, term = _TERMS[i]
            if normal[-size:] == term:
                del normal[-size:]
                del parts[-size:]
                last = i
                break
        else:
            break
    return _strip_tail(" ".join(parts))


@lru_cache(maxsize=16384)
def clean_name(mention: str) -> str:
    """A mention without legal suffixes or possessive: "Dixons Group Plc" -> "Dixons"."""
    # (Each pattern is applied only where the name ends as its match must: joined words
    # have no line break before which ``$`` could match.)
    name = " ".join(mention.split())
    if name.endswith("'") or name.endswith("'s"):
        name = _POSSESSIVE.sub("", name)
    name = name.strip(" ,.")
    if name.endswith("Partnership"):
        name = _PARTNERSHIP.sub("", name) or name
    for _ in range(4):
        shorter = _basename(name).strip(" ,")
        if name.split()[-1] in _KEPT_WORDS and shorter.split()[-1:] != name.split()[-1:]:
            break
        words = shorter.split()
        if len(words) > 1 and words[-1] not in _KEPT_WORDS and (
                words[-1] in LEGAL_SUFFIXES or words[-1].lower() in LOWER_SUFFIXES):
            shorter = " ".join(words[:-1]).rstrip(" ,")
        if shorter.endswith("and") or shorter.endswith("&"):
            shorter = _TRAILING_CONNECTOR.sub("", shorter)  # "Kohlberg Kravis Roberts and (Co)"
        if not shorter or shorter == name:
            break
        name = shorter
    return name


_TRAILING_CONNECTOR = re.compile(r"(?:,?\s+(?:and|&))+$")


@lru_cache(maxsize=1 << 14)
def short_forms(name: str) -> frozenset[str]:
    """Forms a later mention may use for ``name``: its first word, its first two words."""
    words = name.split()
    forms = set()
    if len(words) > 1 and words[0] not in GENERIC_FIRST_WORDS and len(words[0]) > 2 \
            and words[0] not in NOT_NAME_STARTS and words[1] not in NAME_CONNECTORS:
        forms.add(words[0])
    if len(words) > 2 and words[1] not in NAME_CONNECTORS:
        forms.add(" ".join(words[:2]))
    return frozenset(forms)


def _significant(words: list[str]) -> list[str]:
    return [w for w in words if w not in NAME_CONNECTORS and w[:1].isupper()]


@lru_cache(maxsize=1 << 14)
def _initials(name: str) -> str:
    """The first letters of the significant words of ``name``."""
    return "".join(w[0] for w in _significant(name.split()))


@lru_cache(maxsize=1 << 14)
def _word_prefixes(name: str) -> tuple[str, ...]:
    """The name's first word, first two words ... all but the last word."""
    words = name.split()
    return tuple(" ".join(words[:k]) for k in range(1, len(words)))


class InitialsIndex:
    """Long names by the prefixes of their initials: "ICGA" for "Imperial Continental Gas
    Association" is found from "IC Gas" ("ICG") or "ICGA"."""

    def __init__(self, names: list[str]) -> None:
        self._index: dict[str, list[str]] = {}
        self._firsts: set[str] = set()  # the first letters of the keys
        for name in names:
            initials = _initials(name)
            if len(initials) < 2:
                continue
            self._firsts.add(initials[0])
            for k in range(2, len(initials) + 1):
                self._index.setdefault(initials[:k], []).append(name)

    def __bool__(self) -> bool:
        return bool(self._index)

    def may_open(self, word: str) -> bool:
        """Whether a short form starting with ``word`` may be in the index (``find`` is None
        for any other)."""
        return not word or word[0] in self._firsts

    @property
    def first_letters(self) -> set[str]:
        """The letters a word must start with to open a short form in the index (besides
        the empty word: ``may_open``)."""
        return self._firsts

    def find(self, short: list[str]) -> str | None:
        if not any(w.isupper() and len(w) >= 2 and w.isalpha() for w in short):
            return None
        key = "".join(w if w.isupper() and w.isalpha() else w[:1] for w in short)
        for name in self._index.get(key, ()):
            if abbreviates(short, _significant(name.split())):
                return name
        return None


def abbreviates(short: list[str], long: list[str]) -> bool:
    """"IC Gas" abbreviates "Imperial Continental Gas Association": each short word is a
    run of initials of consecutive long words or equals the next long word."""
    i = 0
    for word in short:
        if i < len(long) and word == long[i]:
            i += 1
            continue
        if word.isupper() and len(word) >= 2 and i + len(word) <= len(long) and all(
                long[i + k][:1] == word[k] for k in range(len(word))):
            i += len(word)
            continue
        return False
    return i >= 2 and len(short) < len(long)


class Found(NamedTuple):
    """A recognized span before naming: offsets, rule, gazetteer entry, and for short forms
    the article name they stand for."""

    start: int
    end: int
    text: str
    how: str
    company: Company | None = None
    target: str | None = None
    kinds: tuple[str, ...] = ()


_START = attrgetter("start")


@lru_cache(maxsize=1 << 14)
def _has_suffix(mention: str) -> bool:
    words = mention.replace(",", " ").split()
    return len(words) > 1 and (words[-1] in LEGAL_SUFFIXES or words[-1].lower() in LOWER_SUFFIXES)


def canonical(found: list[Found]) -> tuple[CompanyMention, ...]:
    """Company mentions with one canonical name per company, sorted by offset."""
    if not found:
        return ()
    found = sorted(found, key=_START)
    named = []
    linked = None  # (by_prefix, initials), built when a bare name first needs them
    for f in found:
        if f.company is not None:
            named.append((f, f.company.name))
        elif f.how == "person":
            named.append((f, f.text.strip(" ,")))
        elif f.target is not None:
            named.append((f, f.target))
        else:
            name = clean_name(f.text)
            if not _has_suffix(f.text):
                if linked is None:
                    linked = _links(found)
                by_prefix, initials = linked
                if name in by_prefix:
                    name = _nearest(by_prefix[name], f.start)
                else:
                    name = initials.find(name.split()) or name
            named.append((f, name))
    named = _same_case(named)
    kinds: dict[str, tuple[str, ...]] = {}
    for f, name in named:
        more = (f.company.kinds if f.company else ()) + f.kinds
        have = kinds.get(name)
        if have is None:
            kinds[name] = tuple(dict.fromkeys(more)) if more else ()
        elif more and not set(more).issubset(have):
            kinds[name] = tuple(dict.fromkeys(have + more))
    out = []
    for f, name in named:
        parent = f.company.parent if f.company else None
        out.append(CompanyMention(f.start, f.end, f.text, name, f.how, parent, kinds[name]))
    return tuple(out)


def _links(found: list[Found]) -> tuple[dict[str, list[tuple[int, str]]], InitialsIndex]:
    """What a bare name (no suffix) links to: the full names by their word prefixes, with
    their starts, in order, and the index of the initials of the long ones."""
    full = [(f, f.company.name if f.company else clean_name(f.text)) for f in found
            if f.how not in ("short", "person")]
    by_prefix: dict[str, list[tuple[int, str]]] = {}
    for f, name in full:
        for prefix in _word_prefixes(f.text if f.company else name):
            by_prefix.setdefault(prefix, []).append((f.start, name))
    initials = InitialsIndex(list(dict.fromkeys(
        n for f, n in full if f.company is None and (_has_suffix(f.text) or len(n.split()) > 2))))
    return by_prefix, initials


def _same_case(named: list[tuple[Found, str]]) -> list[tuple[Found, str]]:
    """A name in capitals ("DIXONS GROUP" from a heading) takes the spelling of the same name
    found in ordinary case ("Dixons Group")."""
    names = {n for _, n in named}
    if not any(n.isupper() and len(n) > 4 for n in names):
        return named
    spelled = {n.casefold(): n for f, n in named if not n.isupper()}
    if not spelled:
        return named
    return [(f, spelled.get(n.casefold()) or spelled.get(clean_name(n.title()).casefold(), n)
             if n.isupper() and len(n) > 4 else n) for f, n in named]


def _nearest(names: list[tuple[int, str]], start: int) -> str:
    """The longer name seen last before ``start``, else the first one after it (``names`` is
    in order of start: a bisection keeps long articles linear)."""
    i = bisect.bisect_left(names, (start,))
    return names[i - 1][1] if i else names[0][1]
