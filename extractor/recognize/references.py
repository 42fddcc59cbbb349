"""References to companies: "the company", "the chipmaker", "it said", "its".

A reference resolves to the salient company: the subject of the latest sentence that has
one (the first company not introduced by a preposition and not used as a modifier, as in
"The CoreWeave agreement"), skipping headings. A reference noun that names a kind of company
("the chipmaker", "the cloud provider") resolves to the latest company of that kind, and never
to a company known to be of another kind. People (``how="person"``) are never antecedents.
"""
from __future__ import annotations

import bisect
import re

from ..lexicon.companies import COMPANY_NOUNS, REFERENCE_NOUNS
from ..lexicon.deals import DEAL_NOUNS, ROLE_PREPOSITIONS
from ..mentions import CompanyMention, Sentence

_NOUNS = "|".join(re.escape(n) for n in sorted(REFERENCE_NOUNS, key=len, reverse=True))
_REFERENCE = re.compile(rf"\b(?:[Tt]he|[Tt]his) (?P<noun>{_NOUNS})\b(?!'s? (?:shares|stock))"
                        r"|^(?P<pronoun>It)\b(?! (?:is|was) (?:not )?(?:expected|unclear|likely))",
                        re.MULTILINE)
_SAID_IT = re.compile(r"\bsaid (?P<pronoun>it)\b")
_ITS = re.compile(r"\bsaid (?P<pronoun>it)\b|\b(?P<possessive>[Ii]ts)\b")
_DEAL_NOUN = re.compile(r"\s*(?:" + "|".join(re.escape(n) for n in DEAL_NOUNS) + r")\b", re.I)
_PREPOSITIONS = frozenset(ROLE_PREPOSITIONS) | {"beyond", "than", "like", "versus", "against",
                                                "as", "told", "on", "over", "including"}
_LAST_WORD = re.compile(r"([A-Za-z']+)\W*$")


_BACK = re.compile(r"((?:[A-Za-z'-]+\s+){0,3})$")


def _introduced(before: str) -> bool:
    """A preposition introduces the mention, perhaps over a few lower-case modifiers
    ("spun out of Norwegian-Australian miner Arkon Energy")."""
    for w in reversed(_BACK.search(before.rstrip() + " ").group(1).split()):
        if w.lower() in _PREPOSITIONS:
            return True
        if not ("-" in w or w.lower() in COMPANY_NOUNS):
            return False
    return False


def _salient(text: str, sentence: Sentence, companies: list[CompanyMention]) -> CompanyMention | None:
    for c in companies:
        if c.how == "person":
            continue
        if c.how == "reference":
            return c
        word = _LAST_WORD.search(text[max(sentence.start, c.start - 30):c.start])
        if _introduced(text[max(sentence.start, c.start - 40):c.start]):
            continue
        if _DEAL_NOUN.match(text, c.end) and word and word.group(1).lower() in ("the", "a", "an"):
            continue
        return c
    return None


def _kind_match(noun: str, candidates: list[CompanyMention],
                seen: "_Seen | None" = None) -> CompanyMention | None:
    """The latest of ``candidates`` of the noun's kind, else the latest such in ``seen``
    (the companies of earlier sentences, which come before all candidates)."""
    kinds = REFERENCE_NOUNS.get(noun, ())
    if not kinds:
        return None
    for c in reversed(candidates):
        if any(k in c.kinds or k.split()[-1] in c.kinds for k in kinds):
            return c
    return seen.latest(kinds) if seen is not None else None


class _Seen:
    """The companies of the sentences read so far, with the latest of each kind: finding "the
    chipmaker" costs a look-up per kind, not a walk back over the whole article."""

    def __init__(self) -> None:
        self._count = 0
        self._latest: dict[str, tuple[int, CompanyMention]] = {}

    def extend(self, companies: list[CompanyMention]) -> None:
        for c in companies:
            self._count += 1
            for kind in c.kinds:
                self._latest[kind] = (self._count, c)

    def latest(self, kinds: tuple[str, ...]) -> CompanyMention | None:
        found = [self._latest[k] for kind in kinds for k in (kind, kind.split()[-1])
                 if k in self._latest]
        return max(found, key=lambda e: e[0])[1] if found else None


def _fits(noun: str, c: CompanyMention | None) -> CompanyMention | None:
    """``c`` unless the noun names a kind and ``c`` is known to be of other kinds only."""
    if c is None or c.how == "person":
        return None
    if noun and REFERENCE_NOUNS.get(noun) and c.kinds:
        return None
    return c


def find_references(text: str, sentences: tuple[Sentence, ...],
                    companies: tuple[CompanyMention, ...],
                    possessives: bool = False) -> tuple[CompanyMention, ...]:
    """Reference mentions, each carrying the canonical name of the company it refers to.
    With ``possessives``, "its" is resolved too (off by default: assembly does not use it)."""
    said_it = _ITS if possessives else _SAID_IT
    starts = [c.start for c in companies]
    out: list[CompanyMention] = []
    salient: CompanyMention | None = None
    seen = _Seen()
    for sentence in sentences:
        if sentence.heading:
            continue
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        inside = list(companies[lo:hi])
        refs = []
        for rx in (_REFERENCE, said_it):
            for m in rx.finditer(text, sentence.start, sentence.end):
                refs.append(m)
        refs.sort(key=lambda m: m.start())
        local: list[CompanyMention] = []
        for m in refs:
            noun = (m.group("noun") or "") if "noun" in m.re.groupindex else ""
            before = sorted((c for c in inside + local if c.end <= m.start()), key=lambda c: c.start)
            antecedent = _kind_match(noun, before, seen) if noun else None
            if antecedent is None:
                if m.re is said_it and before:
                    antecedent = _salient(text, sentence, before) or salient
                else:
                    antecedent = salient if not before or noun else _salient(text, sentence, before)
                antecedent = _fits(noun, antecedent)
            if antecedent is None:
                continue
            group = "pronoun" if m.group("pronoun") else "possessive" if m.re is said_it else None
            start, end = (m.start(group) if group else m.start()), m.end()
            ref = CompanyMention(start, end, text[start:end], antecedent.name, "reference",
                                 antecedent.parent, antecedent.kinds)
            local.append(ref)
        out.extend(local)
        merged = sorted(inside + local, key=lambda c: c.start)
        salient = _salient(text, sentence, merged) or salient
        seen.extend(inside)
    return tuple(out)
