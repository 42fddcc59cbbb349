"""Company names by shape and context, over the tokens of one article.

``runs`` finds maximal capitalized runs (with connectors, possessives, suffixes in any case
and bracketed parts inside); the ``*_candidate`` functions say which part of a run is a
company and why: a legal suffix or an organisation head noun (shape), a deal verb, ticker,
appositive or bracket definition after it (context), a buy/sell cue before it (object), a
unit noun after it (unit), or a person's title before it (person).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, repeat

from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc

from ..lexicon.companies import (
    COMPANY_NOUNS,
    DEAL_CUES,
    FOR_HEADS,
    GENERIC_FIRST_WORDS,
    GENERIC_NAME_WORDS,
    HEADLINE_WORDS,
    INNER_SUFFIXES,
    LEGAL_SUFFIXES,
    LIST_OPENERS,
    LOWER_SUFFIXES,
    NAME_CONNECTORS,
    NOT_NAME_STARTS,
    OBJECT_CUES,
    OBJECT_DETERMINERS,
    OBJECT_ENDS,
    OBJECT_NOUNS,
    OF_COUNTRY,
    OF_PLACE_HEADS,
    ORG_HEADS,
    ORG_START_WORDS,
    PARTY_TITLES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PUBLIC_BODY_WORDS,
    ROLE_WORDS,
    STRONG_SUFFIXES,
    SUBJECT_CONFIRMERS,
    SUBJECT_DEAL_VERBS,
    SUBJECT_VERBS,
    UNIT_NOUNS,
)
from ..lexicon.hardware import ABBREVIATIONS, MODELS
from ..lexicon.places import CITIES, COUNTRIES, PLACES, SITE_NAMES, US_STATES
from ..mentions import Sentence

MAX_RUN = 10
EXCHANGES = frozenset({"NASDAQ", "Nasdaq", "NYSE", "AMEX", "TSX", "LSE", "ASX", "HKEX",
                       "OTC", "OTCQX", "TSE", "NYSEAmerican", "Euronext", "SIX", "XETRA"})
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,2}$")
_SPLIT_SUBJECT = frozenset({"they", "their", "jointly"})
_APPOSITIVE_ENDS = frozenset({",", ".", ";", "of", "that", "which", "based", "in", "with",
                              "owned", "controlled", "and", "headquartered", "listed"})
_UNIT_HEADS = frozenset({"Division", "Unit", "Subsidiary", "Group"})
_SELL_BUY = frozenset({"sell", "sells", "sold", "selling", "sale", "buy", "buys", "bought",
                       "buying", "purchase", "purchased", "acquire", "acquired", "transfer"})


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs ten times more
class Tokens:
    """The non-space tokens of an article, one list per attribute (an article has tens of
    thousands of tokens: columns cost a fraction of one object per token). Token ``k`` is
    ``text[k]`` at offset ``start[k]`` in sentence ``sent[k]``; the tokens of sentence ``s``
    are ``first[s]`` to ``first[s + 1]``; ``source`` is the document's text."""

    text: list[str]
    start: list[int]
    sent: list[int]
    heading: list[bool]
    first: list[int]
    source: str
    _deal: list[bool | None]  # per sentence, once asked: it speaks of buying, selling or owning
    _sell_buy: list[bool | None]  # ... with a verb of selling or buying

    def __len__(self) -> int:
        return len(self.text)

    def end(self, k: int) -> int:
        return self.start[k] + len(self.text[k])

    def span(self, a: int, b: int) -> str:
        """The text of tokens ``a`` to ``b - 1``, as in the document."""
        if b - a == 1:
            return self.text[a]
        return self.source[self.start[a]:self.start[b - 1] + len(self.text[b - 1])]

    def deal(self, k: int) -> bool:
        """Whether the sentence of token ``k`` has a word of buying, selling or owning."""
        return self._has(self._deal, k, DEAL_CUES)

    def sell_buy(self, k: int) -> bool:
        """Whether the sentence of token ``k`` has a verb of selling or buying."""
        return self._has(self._sell_buy, k, _SELL_BUY)

    def _has(self, found: list[bool | None], k: int, words: frozenset[str]) -> bool:
        """Whether the sentence of token ``k`` has one of ``words`` in any case, worked out
        once per sentence into ``found``."""
        s = self.sent[k]
        if found[s] is None:
            found[s] = not words.isdisjoint(
                map(str.lower, self.text[self.first[s]:self.first[s + 1]]))
        return found[s]


def tokens(doc: Doc, sentences: tuple[Sentence, ...], text: str | None = None) -> Tokens:
    """The non-space tokens of ``doc`` with their sentence index and heading flag, read from
    one array of the doc's token attributes (no spaCy ``Token`` objects; each pass over the
    tokens costs about as much as a Python operation per token, so there are few): space
    tokens are those of white space only (``str.isspace``); sentences are cut by bisection.
    ``text`` is the doc's text, when the caller has it (``doc.text`` joins every token's).

    A token's text is cut from ``text``: it ends where the next token starts, less the one
    space it may have (spaCy's SPACY). (The string store would build a new string per token
    as well, from a table of every string seen, far away in memory.)"""
    if text is None:
        text = doc.text
    idx, spaced = doc.to_array([IDX, SPACY]).T.tolist() if len(doc) else ([], [])
    # (one comprehension: a list of ends built first, and slice objects, cost a pass each)
    texts = [text[a:b - s] for a, b, s in zip(idx, idx[1:], spaced)]
    if idx:
        texts.append(text[idx[-1]:len(text) - spaced[-1]])
    spaces = list(compress(count(), map(str.isspace, texts)))
    if spaces:
        texts, idx = _without(texts, spaces), _without(idx, spaces)
    n = len(texts)
    # A token belongs to the last sentence starting at or before it (the first sentence also
    # takes any tokens before it).
    first, sent = [0], []
    for s in range(1, len(sentences)):
        k = max(bisect.bisect_left(idx, sentences[s].start), first[-1])
        sent.extend(repeat(s - 1, k - first[-1]))
        first.append(k)
    sent.extend(repeat(max(0, len(sentences) - 1), n - first[-1]))
    first.append(n)
    heading = [False] * n
    for s, x in enumerate(sentences):
        if x.heading:
            for k in range(first[s], first[s + 1]):
                heading[k] = x.start <= idx[k] < x.end
    return Tokens(texts, idx, sent, heading, first, text, [None] * len(first),
                  [None] * len(first))


def _without(values: list, positions: list[int]) -> list:
    """``values`` without the items at ``positions`` (in order), copied slice by slice."""
    out, last = [], 0
    for p in positions:
        out += values[last:p]
        last = p + 1
    out += values[last:]
    return out


@lru_cache(maxsize=1 << 16)
def capitalized(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and any(c.isalpha() for c in word)
                                                 and any(c.isupper() for c in word)))


def is_suffix(toks: Tokens, k: int) -> bool:
    """A legal suffix, in any case ("Inc", "INc", "co") after a capitalized word."""
    t = toks.text[k]
    if t in LEGAL_SUFFIXES and t not in LOWER_SUFFIXES:
        return True
    if t.lower() not in LOWER_SUFFIXES or k == 0 or not capitalized(toks.text[k - 1]):
        return False
    return not (k + 1 < len(toks.text) and toks.text[k + 1] in ("-", "/"))


# -- runs -------------------------------------------------------------------------------------


def runs(toks: Tokens) -> list[tuple[int, int]]:
    """Maximal capitalized runs within a sentence."""
    words, sent = toks.text, toks.sent
    out, j, n = [], 0, len(words)
    for i in compress(count(), map(_opens_run, words)):
        if i < j:
            continue
        j = i + 1
        while j < n and j - i < MAX_RUN and sent[j] == sent[i]:
            step = 1 if capitalized(words[j]) else _extend(toks, i, j)
            if not step:
                break
            j += step
        j = min(j, n)
        out.append((i, j))
    return out


@lru_cache(maxsize=1 << 16)
def _opens_run(word: str) -> bool:
    return capitalized(word) and word not in NOT_NAME_STARTS


def _extend(toks: Tokens, i: int, j: int) -> int:
    """How many tokens from ``j`` continue the run that started at ``i`` (0: it ends)."""
    n, w = len(toks.text), toks.text[j]
    nxt = toks.text[j + 1] if j + 1 < n else ""
    if capitalized(w):
        return 1
    if is_suffix(toks, j):
        return 1
    if w == "'s":
        return 2 if _possessive_joins(toks, j) else 0
    if w == "and" and (toks.text[j - 1] in STRONG_SUFFIXES or toks.text[j - 1] in (
            "Group", "Holdings", "Companies")) and nxt not in ("Co", "Co.", "Company", "Cie"):
        return 0
    if w in ("-", "&", "/") and capitalized(nxt):
        return 2
    if w == "'" and nxt == "N" and j + 2 < n and capitalized(toks.text[j + 2]):
        return 3
    if w == "and" and j >= 2 and toks.text[j - 2] == "of" and toks.text[j - 1] in PLACES \
            and toks.text[j - 3] not in OF_PLACE_HEADS:
        return 0  # "Compagnie des Machines Bull of France and NEC Corp": two names
    if w in NAME_CONNECTORS and capitalized(nxt) and nxt not in NOT_NAME_STARTS and not (
            w == "of" and toks.text[j - 1] in _UNIT_HEADS):
        return 2
    if w == "for" and toks.text[j - 1] in FOR_HEADS and capitalized(nxt) \
            and nxt not in NOT_NAME_STARTS:
        return 2  # "Society for Savings Bancorp Inc"
    if w.isdigit() and (is_suffix(toks, j + 1) if j + 1 < n else False):
        return 1  # "Stad Rotterdam Anno 1720 N.V."
    if w == "," and _partners(toks, i, j):
        return 2  # "Warburg, Pincus Capital Corp", "Kohlberg, Kravis, Roberts and Co"
    if w == "," and nxt in STRONG_SUFFIXES and nxt not in LOWER_SUFFIXES and not (
            j + 2 < n and capitalized(toks.text[j + 2])):
        return 2
    if w == "(" and j + 2 < n and capitalized(nxt):
        k = j + 1
        while k < n and k - j < 4 and capitalized(toks.text[k]):
            k += 1
        if k + 1 < n and toks.text[k] == ")" and capitalized(toks.text[k + 1]):
            return k + 1 - j
    return 0


def _partners(toks: Tokens, i: int, j: int) -> bool:
    """The comma at ``j`` joins partners' names into one company: the run so far is single
    words between commas ("Warburg", "Kohlberg, Kravis"), and after the comma capitalized
    words run to a legal suffix that ends the phrase, not a list ("Exxon, Mobil Corp and
    Chevron Corp") nor an apposition ("Smith, Acme Corp's chairman")."""
    n = len(toks.text)
    for k in range(i, j):
        t = toks.text[k]
        if (k - i) % 2 == 1:
            if t != ",":
                return False
        elif not (t.isalpha() and t[0].isupper() and not t.isupper()) or t in NOT_NAME_STARTS \
                or t in PLACES or t in LEGAL_SUFFIXES or t in ORG_HEADS or t in ORG_START_WORDS:
            return False
    if (j - i) % 2 == 0:
        return False
    if i > 0 and toks.sent[i - 1] == toks.sent[i] and (
            capitalized(toks.text[i - 1]) or toks.text[i - 1].lower() in LIST_OPENERS):
        return False
    k = j + 1
    while k < n and k - j <= 8 and toks.sent[k] == toks.sent[j]:
        t = toks.text[k]
        if k > j + 1 and is_suffix(toks, k):
            while k + 1 < n and is_suffix(toks, k + 1):
                k += 1
            after = toks.text[k + 1] if k + 1 < n else "."
            later = toks.text[k + 2] if k + 2 < n else "."
            return after not in ("'s", "'") and after not in ROLE_WORDS and not (
                after in (",", "and", "&", "or") and capitalized(later))
        if t == ",":
            if not (k + 1 < n and capitalized(toks.text[k + 1])):
                return False
        elif not (capitalized(t) or t in ("and", "&")):
            return False
        k += 1
    return False


def _possessive_joins(toks: Tokens, j: int) -> bool:
    """ "Pantera's Corp", "Wendy's International" are names; in "Nestle SA's Nestle Enterprises
    Ltd" or "Kaiser Cement's Northwest Terminals" the possessive separates two names."""
    n = len(toks.text)
    if is_suffix(toks, j - 1) or j + 1 >= n or toks.text[j - 1] in _not_objects():
        return False
    k = j + 1
    if is_suffix(toks, k):
        return True
    if not capitalized(toks.text[k]):
        return False
    # After a one-word owner ("Vernell's Fine Candies Inc") a few more words may follow.
    reach = 4 if j < 2 or toks.sent[j - 2] != toks.sent[j - 1] or not capitalized(toks.text[j - 2]) \
        else 2
    for m in range(k + 1, min(n, k + reach)):
        if is_suffix(toks, m):
            return True
        if not capitalized(toks.text[m]):
            break
    return toks.text[k] in ORG_HEADS and not (k + 1 < n and capitalized(toks.text[k + 1]))


# -- shape ------------------------------------------------------------------------------------


def shape_candidate(toks: Tokens, a: int, b: int) -> tuple[int, int, str] | None:
    """The company inside run ``a:b`` by its ending: a legal suffix or an organisation head."""
    if b - a < 2:
        return None  # every rule needs a word before the ending
    for k in range(b - 1, a, -1):
        if toks.text[k] == "Partnership" and toks.text[k - 1] in ("Limited", "Ltd", "Ltd."):
            return a, k + 1, "suffix"  # "Westwood Energy Limited Partnership"
        if is_suffix(toks, k):
            e = k + 1
            if toks.text[k] in INNER_SUFFIXES:  # "Telefon AB L.M. Ericsson"
                while e < b and e - k <= 3 and toks.text[e] not in NOT_NAME_STARTS \
                        and toks.text[e].lower() not in PERSON_TITLES and capitalized(toks.text[e]):
                    e += 1
            return a, _of_country(toks, e, OF_COUNTRY[:2]), "suffix"
    if toks.text[a] in ORG_START_WORDS and b - a >= 2:
        e = b
        if e - a > 3 and toks.text[e - 2] == "of" and toks.text[e - 1] in PLACES:
            e -= 2  # "Compagnie des Machines Bull of France": where it is from
        return a, e, "shape"
    for k in range(b - 1, a, -1):
        if toks.text[k] in ORG_HEADS:
            if toks.text[k] in OF_PLACE_HEADS and k + 2 < b and toks.text[k + 1] == "of" and all(
                    w in GENERIC_NAME_WORDS for w in toks.text[a:k]):
                return a, b, "shape"
            return a, _of_country(toks, k + 1, OF_COUNTRY), "shape"
    return None


def heading_candidates(toks: Tokens, a: int, b: int) -> list[tuple[int, int, str]]:
    """Names with a legal suffix inside a heading's run, in title case or capitals ("DIXONS
    GROUP PLC TO BUY CYCLOPS CORP"): each starts after the last headline word before its
    suffix; other heading words are never names by shape."""
    out, start, k = [], a, a
    while k < b:
        if k > start and toks.text[k] not in LOWER_SUFFIXES and is_suffix(toks, k) \
                and toks.text[k].rstrip(".") in STRONG_SUFFIXES | {s.upper() for s in STRONG_SUFFIXES}:
            e = k + 1
            while e < b and is_suffix(toks, e):
                e += 1
            s = k
            while s > start and _heading_name_word(toks.text[s - 1]):
                s -= 1
            while s < k and toks.text[s].lower() in NAME_CONNECTORS:
                s += 1
            if s < k:
                out.append((s, e, "suffix"))
            start = k = e
            continue
        k += 1
    return out


def _heading_name_word(w: str) -> bool:
    if w.lower() in NAME_CONNECTORS or w in ("&", "-", "'s"):
        return True
    return capitalized(w) and w.lower() not in HEADLINE_WORDS and w.capitalize() not in NOT_NAME_STARTS


def _of_country(toks: Tokens, e: int, countries: tuple) -> int:
    """Extend a name over "of America" ("Dynamics Corp of America"); heads without a legal
    suffix also over "of the U.S." ("Equitable Life Assurance Society of the U.S.")."""
    if e >= len(toks.text) or toks.text[e] != "of":
        return e
    for words in countries:
        if tuple(toks.text[e + 1:e + 1 + len(words)]) == words:
            return e + 1 + len(words)
    return e


# -- context ----------------------------------------------------------------------------------


def context_candidates(toks: Tokens, a: int, b: int) -> list[tuple[int, int, str]]:
    """Subject of a deal verb, ticker, role word, appositive or bracket definition after the run."""
    if b - a > 6:
        return []
    nxt = toks.text[b] if b < len(toks.text) else ""
    after = toks.text[b + 1] if b + 1 < len(toks.text) else ""
    if nxt in SUBJECT_VERBS and (after in SUBJECT_CONFIRMERS or nxt in SUBJECT_DEAL_VERBS):
        if person_titled(toks, a):
            return []
        if after in _SPLIT_SUBJECT:
            parts = _split_and(toks, a, b)
            if parts:
                return [(s, e, "context") for s, e in parts]
        return [(a, b, "context")] if b - a <= 5 else []
    if nxt == "(" and after in EXCHANGES:
        return [(a, b, "ticker")]
    if nxt == "<" and b + 2 < len(toks.text) and toks.text[b + 2] == ">" and after.replace(".", "").isupper():
        return [(a, b, "ticker")]  # wire copy: "Penril Corp <PNL>"
    if nxt == "(" and b + 2 < len(toks.text) and toks.text[b + 2] == ")" and _acronym_of(after, toks.text[a:b]):
        return [(a, b, "defined")]
    if nxt in ROLE_WORDS and b - a <= 4 and not person_titled(toks, a):
        return [(a, b, "context")]
    if nxt == "," and appositive_kinds(toks, b) and not person_titled(toks, a) \
            and " ".join(toks.text[a:b]) not in PLACES:  # "in Narvik, Norway, the company said"
        return [(a, b, "context")]
    return []


def _split_and(toks: Tokens, a: int, b: int) -> list[tuple[int, int]]:
    """ "Peat Marwick and KMG Main Hurdman said they ..." -> the two names."""
    ands = [k for k in range(a + 1, b - 1) if toks.text[k] == "and"]
    if len(ands) != 1:
        return []
    k = ands[0]
    return [(a, k), (k + 1, b)]


def _acronym_of(short: str, words: list[str]) -> bool:
    """ "AMD" is defined by "Advanced Micro Devices (AMD)"."""
    initials = "".join(w[0] for w in words if capitalized(w) and w[0].isalpha())
    return short.isupper() and len(short) >= 2 and short.isalpha() and initials.startswith(short)


def appositive_kinds(toks: Tokens, comma: int) -> tuple[str, ...]:
    """The nouns of "X, a Denver-based cloud provider," for X ("provider", "cloud provider")."""
    n = len(toks.text)
    if comma + 1 >= n or toks.text[comma + 1].lower() not in ("a", "an", "the"):
        return ()
    for k in range(comma + 2, min(comma + 9, n)):
        w = toks.text[k]
        if w in (",", ".", ";", "(") or toks.sent[k] != toks.sent[comma]:
            return ()
        if w.lower() in COMPANY_NOUNS:
            end = toks.text[k + 1] if k + 1 < n else "."
            if end not in _APPOSITIVE_ENDS:
                continue
            noun = w.lower()
            before = toks.text[k - 1].lower()
            if k - 1 > comma + 1 and before.isalpha() and before not in ("a", "an", "the"):
                return (noun, f"{before} {noun}")
            return (noun,)
    return ()


def person_titled(toks: Tokens, a: int) -> bool:
    """A title before the run, or opening it ("CEO Mike Intrator", "Executive Sundar Pichai")."""
    return (a > 0 and toks.text[a - 1].lower() in PERSON_TITLES) or toks.text[a].lower() in PERSON_TITLES


# -- object, unit, person -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _not_objects() -> frozenset[str]:
    products = {s.text for s in MODELS} | set(ABBREVIATIONS)
    return frozenset(products | set(US_STATES) | set(COUNTRIES) | set(CITIES) | set(SITE_NAMES))


def object_candidate(toks: Tokens, a: int, b: int,
                     ambiguous: frozenset[str] = frozenset()) -> tuple[int, int, str] | None:
    """The company bought or sold: "acquire X,", "stake in X for", "sell ... to X for".
    Words that are ``ambiguous`` gazetteer aliases ("Arm", "Apple") are left to the gazetteer."""
    if b - a > 5 or not toks.deal(a):
        return None
    if b < len(toks.text) and toks.sent[b] == toks.sent[a] and toks.text[b] not in OBJECT_ENDS:
        return None
    c = a - 1
    while c >= 0 and a - c <= 3 and toks.text[c].lower() in OBJECT_DETERMINERS:
        c -= 1
    if c < 0 or toks.sent[c] != toks.sent[a]:
        return None
    cue = toks.text[c].lower()
    if cue not in OBJECT_CUES:
        return None
    if cue in ("with", "in", "of", "by") and (c == 0 or toks.text[c - 1].lower() not in OBJECT_NOUNS):
        return None
    if cue in ("to", "from") and not toks.sell_buy(a) or toks.text[a] in ambiguous:
        return None
    if toks.text[a - 1] == "The" or (c > 0 and toks.text[c - 1].lower() == "according"):
        return None  # "according to The Information": an outlet
    name = " ".join(toks.text[a:b])
    if _is_place(toks, a, b) or (b - a == 1 and len(name) <= 2) \
            or any(w in PUBLIC_BODY_WORDS for w in toks.text[a:b]) \
            or person_titled(toks, a) \
            or not toks.text[a][:1].isalpha() or any(c.isdigit() or c == "$" for c in name):
        return None
    return a, b, "object"


_DIRECTIONS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern",
                         "Western", "Central", "Upper", "Lower", "Greater", "New"})


def _is_place(toks: Tokens, a: int, b: int) -> bool:
    """A place or product, not a company: every word is one ("Canada", "Southern California",
    "Blackwell"), or the whole run is ("Hong Kong"); "Air Canada" is a company."""
    words = toks.text[a:b]
    if " ".join(words) in PLACES:
        return True
    not_objects = _not_objects()
    if words[0] in not_objects and words[0] not in PLACES:
        return True  # a product name opens the run ("Blackwell systems")
    return any(w in not_objects for w in words) and all(
        w in not_objects or w in _DIRECTIONS or w in ("of", "and", "the") for w in words)


def unit_candidate(toks: Tokens, a: int, b: int) -> tuple[int, int, str] | None:
    """A named unit: "its Nutone unit", "the Engineered Magnetics division of"."""
    if b >= len(toks.text) or toks.text[b] not in UNIT_NOUNS or a == 0:
        return None
    if toks.text[a - 1].lower() not in ("its", "the", "'s", "their"):
        return None
    name = " ".join(toks.text[a:b])
    if name in _not_objects() or (b - a == 1 and (len(name) <= 3 or name.isupper()
                                                  or name in GENERIC_FIRST_WORDS)):
        return None
    return a, b, "unit"


@lru_cache(maxsize=1 << 14)
def _person_word(t: str) -> bool:
    return bool(_INITIAL.match(t)) or (t[:1].isupper() and t[1:].replace("'", "").isalpha()
                                       and not t.isupper() and t not in LEGAL_SUFFIXES
                                       and t not in ORG_HEADS and t not in NOT_NAME_STARTS)


def person_candidate(toks: Tokens, a: int, b: int) -> tuple[int, int, str] | None:
    """A person acting in a deal: a title before two to four name words ("investor Carl
    Lindner", "chairman Carl C. Icahn"), a name with a middle initial ("Walter G. Mize"), or
    a name that an appositive or a pronoun shows to be a person ("Camillo Gancia, an
    Argentine industrialist", "Jeffrey Neuman, of Santa Monica, told the SEC he sold")."""
    if b - a < 2:
        return None  # a name of two words at least
    if toks.text[a].lower() in PARTY_TITLES and b - a >= 3:  # "Investor Marla Quint"
        a += 1
    e = a
    while e < b and e - a < 4 and _person_word(toks.text[e]):
        e += 1
    if e - a < 2 or (e < b and toks.text[e] not in ("and",) and not is_suffix(toks, e)
                     and capitalized(toks.text[e])):
        return None
    if e < b and is_suffix(toks, e) or _INITIAL.match(toks.text[e - 1]):
        return None
    titled = a > 0 and toks.text[a - 1].lower() in PARTY_TITLES
    initial = any(_INITIAL.match(w) for w in toks.text[a + 1:e - 1]) and not _INITIAL.match(toks.text[a])
    if e < b and not titled:
        return None
    if toks.deal(a) and (titled or initial):
        return a, e, "person"
    opens = a == 0 or toks.sent[a - 1] != toks.sent[a]
    if e == b and not person_titled(toks, a) and e - a <= 3 and not _is_place(toks, a, e) and (
            _person_appositive(toks, e) or (opens and toks.deal(a) and _pronoun_after(toks, e))):
        return a, e, "person"
    return None


def _person_appositive(toks: Tokens, comma: int) -> bool:
    """ ", an Argentine industrialist", ", a Chicago real estate developer who": a person."""
    n = len(toks.text)
    if comma + 2 >= n or toks.text[comma] != "," or toks.sent[comma + 1] != toks.sent[comma]:
        return False
    if toks.text[comma + 1].lower() == "who":
        return True
    if toks.text[comma + 1].lower() not in ("a", "an"):
        return False
    for k in range(comma + 2, min(comma + 9, n)):
        w = toks.text[k]
        if w in (",", ".", ";", "(") or toks.sent[k] != toks.sent[comma]:
            return w in (",", ".", ";") and toks.text[k - 1].lower() in PERSON_NOUNS
        if w == "who":
            return True
        if w.lower() in PERSON_NOUNS and k + 1 < n and toks.text[k + 1] in (",", ".", ";", "who"):
            return True
    return False


def _pronoun_after(toks: Tokens, e: int) -> bool:
    """The name opens the sentence and the next personal pronoun in it is "he" or "she",
    not "it" or "they" ("Jeffrey Neuman, of Santa Monica, told the SEC he sold")."""
    n = len(toks.text)
    for k in range(e, min(e + 20, n)):
        if toks.sent[k] != toks.sent[e - 1]:
            return False
        w = toks.text[k].lower()
        if w in PERSON_PRONOUNS:
            return True
        if w in ("it", "its", "they", "their", "we", "our"):
            return False
    return False
