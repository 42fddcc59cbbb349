"""References to companies: "the company", "the chipmaker", "it said", "its".

A reference resolves to the salient company: the subject of the latest sentence that has
one (the first company not introduced by a preposition and not used as a modifier, as in
"The CoreWeave agreement"), skipping headings. A reference noun that names a kind of company
("the chipmaker", "the cloud provider") resolves to the latest company of that kind, and never
to a company known to be of another kind. People (``how="person"``) are never antecedents.
"""
from __future__ import annotations

import bisect
import heapq
import re
from typing import NamedTuple

from ..lexicon.companies import COMPANY_NOUNS, REFERENCE_NOUNS
from ..lexicon.deals import DEAL_NOUNS, ROLE_PREPOSITIONS
from ..mentions import CompanyMention, Sentence
from .money import alternation


class _Cue(NamedTuple):
    """A pattern of reference words, matched within a sentence. ``near``, matched once on
    the whole text, finds every position where ``pattern`` can start, and maybe others (as
    one character, ``skip`` characters after the position): the pattern is tried there
    only. ``group`` is the reference's part of the match (None: all of it); ``said``: a
    "said it" cue."""

    pattern: re.Pattern
    near: re.Pattern
    group: str | None = None
    said: bool = False
    skip: int = 0


_NOUNS = alternation(REFERENCE_NOUNS, space=" ")
# "The company", "this chipmaker"; "It" opening a line; "said it"; "its". The look-behinds of
# ``near`` after a first letter say what precedes it (a word boundary, ``\b``, for one without
# a word character before it); "the" and "this" are found at their "h", a rarer letter.
_THE = _Cue(re.compile(rf"\b(?:[Tt]he|[Tt]his) (?P<noun>{_NOUNS})\b(?!'s? (?:shares|stock))"),
            re.compile(rf"h(?<=[Tt]h)(?<!\w[Tt]h)(?=(?:e|is) {_NOUNS})"), skip=1)
_IT = _Cue(re.compile(r"^(?P<pronoun>It)\b(?! (?:is|was) (?:not )?(?:expected|unclear|likely))",
                      re.MULTILINE),
           re.compile(r"I(?<![^\n]I)(?=t)"), "pronoun")
_SAID_IT = _Cue(re.compile(r"\bsaid (?P<pronoun>it)\b"), re.compile(r"s(?<!\ws)(?=aid it)"),
                "pronoun", said=True)
_ITS = _Cue(re.compile(r"\b(?P<possessive>[Ii]ts)\b"), re.compile(r"[Ii](?<!\w.)(?=ts)"),
            "possessive", said=True)
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


class _Salient:
    """The salient company after the sentences read so far: that of the latest sentence that
    has one. A sentence is read for it only when a reference needs it (most are never read)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: CompanyMention | None = None
        self._unread: list[tuple[Sentence, list[CompanyMention]]] = []

    def add(self, sentence: Sentence, companies: list[CompanyMention]) -> None:
        if companies:
            self._unread.append((sentence, companies))

    def get(self) -> CompanyMention | None:
        while self._unread:
            sentence, companies = self._unread.pop()
            found = _salient(self._text, sentence, sorted(companies, key=lambda c: c.start))
            if found is not None:
                self._found = found
                self._unread.clear()
        return self._found


def _in_sentence(text: str, sentence: Sentence, cues: tuple[_Cue, ...],
                 near: list[tuple[int, int]]) -> list[tuple[re.Match, _Cue]]:
    """The cues of a sentence in order: the matches of each cue's
    ``pattern.finditer(text, sentence.start, sentence.end)``, the pattern tried only at the
    positions ``near`` (position, cue index; those of the sentence, in order) where it can
    start. (No two cues match at the same position.)"""
    out = []
    ends = [sentence.start] * len(cues)  # where the previous match of each cue ended
    for position, k in near:
        if position >= ends[k]:
            m = cues[k].pattern.match(text, position, sentence.end)
            if m is not None:
                out.append((m, cues[k]))
                ends[k] = m.end()
    return out


def find_references(text: str, sentences: tuple[Sentence, ...],
                    companies: tuple[CompanyMention, ...],
                    possessives: bool = False) -> tuple[CompanyMention, ...]:
    """Reference mentions, each carrying the canonical name of the company it refers to.
    With ``possessives``, "its" is resolved too (off by default: assembly does not use it)."""
    cues = (_THE, _IT, _SAID_IT, _ITS) if possessives else (_THE, _IT, _SAID_IT)
    near = sorted((m.start() - cue.skip, k) for k, cue in enumerate(cues)
                  for m in cue.near.finditer(text))
    near_starts = [position for position, _ in near]
    starts = [c.start for c in companies]
    out: list[CompanyMention] = []
    salient = _Salient(text)
    seen = _Seen()
    bisect_left = bisect.bisect_left
    for sentence in sentences:
        if sentence.heading:
            continue
        start, end = sentence.start, sentence.end
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end)
        first = bisect_left(near_starts, start)
        last = bisect_left(near_starts, end)
        if lo >= hi and first >= last:  # no company, no cue
            continue
        inside = list(companies[lo:hi])
        if first < last:
            local = _resolve(text, sentence, inside, _in_sentence(text, sentence, cues, near[first:last]),
                             salient, seen)
            out.extend(local)
            inside += local
        if inside:
            salient.add(sentence, inside)
            seen.extend(companies[lo:hi])
    return tuple(out)


def _resolve(text: str, sentence: Sentence, inside: list[CompanyMention],
             cues: list[tuple[re.Match, _Cue]], salient: _Salient, seen: _Seen) -> list[CompanyMention]:
    """The references of a sentence's ``cues`` (in order), given its companies ``inside``."""
    local: list[CompanyMention] = []
    # Few companies and cues (most sentences): sorting them again for each cue costs less
    # than keeping them in order.
    before = _Before(text, sentence, inside) if len(inside) + len(cues) > _FEW else None
    for m, cue in cues:
        noun = m.group("noun") if cue is _THE else ""
        if before is None:
            antecedent = _plain(text, sentence, inside + local, m.start(), noun, cue, salient, seen)
        else:
            antecedent = _antecedent(before, m.start(), noun, cue, salient, seen)
        if antecedent is None:
            continue
        start, end = (m.start(cue.group) if cue.group else m.start()), m.end()
        local.append(CompanyMention(start, end, text[start:end], antecedent.name, "reference",
                                    antecedent.parent, antecedent.kinds))
        if before is not None:
            before.add(local[-1])
    return local


_FEW = 12


def _plain(text: str, sentence: Sentence, companies: list[CompanyMention], position: int,
           noun: str, cue: _Cue, salient: _Salient, seen: _Seen) -> CompanyMention | None:
    """The antecedent of a cue at ``position``, given the sentence's companies and references
    so far (those ending before ``position`` are the candidates, in order of start)."""
    before = sorted((c for c in companies if c.end <= position), key=lambda c: c.start)
    antecedent = _kind_match(noun, before, seen) if noun else None
    if antecedent is None:
        if cue.said and before:
            antecedent = _salient(text, sentence, before) or salient.get()
        else:
            antecedent = salient.get() if not before or noun else _salient(text, sentence, before)
        antecedent = _fits(noun, antecedent)
    return antecedent


def _kind_match(noun: str, candidates: list[CompanyMention], seen: _Seen) -> CompanyMention | None:
    """The latest of ``candidates`` of the noun's kind, else the latest such in ``seen``
    (the companies of earlier sentences, which come before all candidates)."""
    kinds = REFERENCE_NOUNS.get(noun, ())
    if not kinds:
        return None
    for c in reversed(candidates):
        if any(k in c.kinds or k.split()[-1] in c.kinds for k in kinds):
            return c
    return seen.latest(kinds)


def _antecedent(before: "_Before", position: int, noun: str, cue: _Cue, salient: _Salient,
                seen: _Seen) -> CompanyMention | None:
    """``_plain`` with the candidates kept in order by ``before``."""
    before.until(position)
    antecedent = before.kind_match(noun, seen) if noun else None
    if antecedent is None:
        if cue.said and before:
            antecedent = before.salient() or salient.get()
        else:
            antecedent = salient.get() if not before or noun else before.salient()
        antecedent = _fits(noun, antecedent)
    return antecedent


class _Before:
    """The companies of a sentence and its references found so far that end before a cue,
    in order of start (ties: the sentence's companies first, then the references in the order
    found): ``sorted((c for c in inside + local if c.end <= position), key=start)``, grown as
    the cues move on instead of sorted again for each. Its last company of a kind and its
    first salient one (``_salient``) are kept up to date, so that a sentence naming thousands
    of companies and references stays linear."""

    def __init__(self, text: str, sentence: Sentence, inside: list[CompanyMention]) -> None:
        self._text, self._sentence = text, sentence
        self._waiting = [(c.end, k, c) for k, c in enumerate(inside)]  # a heap by end
        heapq.heapify(self._waiting)
        self._count = len(inside)
        self._keys: list[tuple[int, int]] = []  # (start, order added to inside + local)
        self._items: list[CompanyMention] = []
        self._latest: dict[str, tuple[tuple[int, int], CompanyMention]] = {}  # by kind
        self._known: list[bool | None] = []  # salient or not, once asked (by item)
        self._scan = 0  # the items before it are known not salient

    def add(self, c: CompanyMention) -> None:
        """A reference found in the sentence (it joins once a cue starts after its end)."""
        heapq.heappush(self._waiting, (c.end, self._count, c))
        self._count += 1

    def until(self, position: int) -> None:
        """Take in the companies ending at or before ``position`` (ascending over calls)."""
        waiting = self._waiting
        while waiting and waiting[0][0] <= position:
            _, k, c = heapq.heappop(waiting)
            key = (c.start, k)
            i = bisect.bisect_left(self._keys, key)
            self._keys.insert(i, key)
            self._items.insert(i, c)
            self._known.insert(i, None)
            if i <= self._scan:
                self._scan = i
            for kind in c.kinds:
                if kind not in self._latest or self._latest[kind][0] < key:
                    self._latest[kind] = (key, c)

    def __len__(self) -> int:
        return len(self._items)

    def kind_match(self, noun: str, seen: _Seen) -> CompanyMention | None:
        """The last company of the noun's kind (one of whose kinds is a kind of the noun or
        its last word), else the latest such of earlier sentences (``seen``)."""
        kinds = REFERENCE_NOUNS.get(noun, ())
        if not kinds:
            return None
        found = [self._latest[t] for k in kinds for t in (k, k.split()[-1]) if t in self._latest]
        if found:
            return max(found, key=lambda e: e[0])[1]
        return seen.latest(kinds)

    def salient(self) -> CompanyMention | None:
        """``_salient(text, sentence, before)``: the first company that may be a subject."""
        items, known = self._items, self._known
        while self._scan < len(items):
            k = self._scan
            if known[k] is None:
                c = items[k]
                known[k] = _salient(self._text, self._sentence, [c]) is c
            if known[k]:
                return items[k]
            self._scan += 1
        return None
