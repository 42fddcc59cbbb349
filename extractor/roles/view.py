"""A sentence as a ``View``: its text and the mentions inside it, and the words around them.

``Trigger`` and ``View`` are what every other module reads; ``narrowed`` cuts a clause out of
a view. The words around a mention tell how it is attached: ``last_word``, ``prep_before``
(the word right before a mention), ``_prep_after`` (the preposition attaching a party after a
trigger), ``_names_hardware`` (a company named inside a hardware phrase), ``is_contrasted``.
``_alternation``, ``_words``, ``_trie`` and ``_ci_trie`` turn the vocabulary of ``lexicon/``
into patterns.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import attrgetter

from ..lexicon import deals as lex
from ..recognize.money import alternation
from ..mentions import (
    CompanyMention,
    HardwareMention,
    Mention,
    MoneyMention,
    QuantityMention,
    Sentence,
    TimeMention,
)


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(set(phrases), key=len, reverse=True))


def _words(phrases, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + _alternation(phrases) + r")(?![\w-])", flags)


# Non-ASCII letters that ``re.IGNORECASE`` matches to ASCII ones and ``str.lower`` does not
# map to them (the Kelvin sign it does): dotted and dotless i, long s.
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def needed_words(phrases) -> tuple[str, ...] | None:
    """The longest word of each phrase, lower-cased: any text in which a pattern of the
    phrases (``_words``, ``_alternation``: words joined by any whitespace, any case) finds a
    match holds one of them in ``lowered(text)``, so a text holding none need not be
    searched. None when a word is not ASCII (its case-insensitive matches are not checked)."""
    words = {max(p.split(" "), key=len).lower() for p in phrases}
    return tuple(sorted(words)) if all(w.isascii() for w in words) else None


def lowered(text: str) -> str:
    """``text`` lower-cased as ``re.IGNORECASE`` matches ASCII letters, for ``needed_words``."""
    return (text if text.isascii() else text.translate(_ASCII_FOLDS)).lower()


def lower_twin(pattern: re.Pattern) -> re.Pattern:
    r"""A case-insensitive pattern made case-sensitive, for a ``lowered`` text: its source's
    letters lower-cased (not an escape's: ``\W`` stays), without re.IGNORECASE. In the
    lowered text it finds the matches the pattern finds in the text, at the same offsets, for
    a fraction of the cost (no case folding at each character): re.IGNORECASE matches to an
    ASCII character exactly the characters ``lowered`` turns into it, and ``lowered`` keeps
    the length and the classes (``\w``, ``\s``, ``\d``) of every character
    (tests/test_roles.py checks both, and each twin against its pattern on the corpus)."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not source.isascii() or re.search(
            r"\\[0-9uUxN]|\(\?P", source):
        raise ValueError(f"no lower-case twin for {source[:60]!r}")  # escapes of characters
    return re.compile(re.sub(r"\\.|[A-Z]+", lambda m: m.group() if m.group()[0] == "\\"
                             else m.group().lower(), source), pattern.flags & ~re.IGNORECASE)


def holds(low: str, words: tuple[str, ...] | None) -> bool:
    """Whether ``low`` (a ``lowered`` text) holds one of ``words`` (``needed_words``; None:
    not known, so it may)."""
    if words is None:
        return True
    for w in words:
        if w in low:
            return True
    return False


def _trie(phrases) -> str:
    """Phrases as one prefix-tree pattern (fast to scan), spaces matching any whitespace."""
    return alternation(sorted(set(phrases)), space=r"\s+")


def _ci_trie(phrases) -> str:
    """``_trie`` of the phrases lower-cased, for a re.IGNORECASE pattern (its ``lower_twin``
    then has one branch per letter, not one per case of it)."""
    return _trie(p.lower() for p in phrases)


_START = attrgetter("start")  # key for bisection over mentions in order of start
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our"))
PREPOSITIONS = frozenset(lex.ROLE_PREPOSITIONS) | frozenset(lex.OTHER_PREPOSITIONS)
# "CoreWeave's unused capacity": a company's possessive, then what is procured from it (matched
# right after the company)
_OWNED_THING = re.compile(r"'s?\s+(?:\w+\s+){0,3}?(?:" + _alternation(lex.PROCURED_THINGS) + r")\b", re.I)
_MAX_DIRECT_GAP = 6
_APPROXIMATOR = re.compile(r"\b(?:about|around)\s+(?=[$\d\u00a3\u20ac\u00a5])", re.I)
_PREP_REACH = 160  # characters before a party searched for the preposition that attaches it


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    pattern: str
    noun: bool
    text: str


@dataclass(frozen=True, slots=True)
class View:
    """One sentence with the mentions inside it, and the sentence ``lowered`` (``lower``)."""

    sentence: Sentence
    text: str
    companies: tuple[CompanyMention, ...]
    money: tuple[MoneyMention, ...]
    times: tuple[TimeMention, ...]
    hardware: tuple[HardwareMention, ...]
    quantities: tuple[QuantityMention, ...]
    places: tuple[Mention, ...]
    units: tuple[CompanyMention, ...]
    triggers: tuple[Trigger, ...]
    article: str = ""  # the whole text, for spans that reach past the sentence
    # The sentence ``lowered``: tested for a pattern's ``needed_words`` before a search (a tail
    # of the sentence holds none of them when the sentence holds none), searched by the
    # ``lower_twin`` patterns. Nearly every sentence read needs it: set when the view is made.
    lower: str = field(init=False, repr=False, compare=False)
    # The answers of ``holds`` so far, by word list: a sentence is asked the same question
    # once per trigger, and each answer scans the whole sentence (quadratic in a long one).
    _held: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", lowered(self.text))
        object.__setattr__(self, "_held", {})

    def holds(self, words: tuple[str, ...] | None) -> bool:
        """Whether the sentence holds one of ``words`` (``needed_words``)."""
        held = self._held.get(words)
        if held is None:
            held = self._held[words] = holds(self.lower, words)
        return held

    def lower_tail(self, pos: int, size: int) -> str:
        """``tail`` of the ``lower`` sentence, for a ``lower_twin`` pattern."""
        end = pos - self.sentence.start
        return self.lower[max(0, end - size):end]

    def before(self, pos: int) -> str:
        return self.text[:pos - self.sentence.start]

    def tail(self, pos: int, size: int) -> str:
        """The last ``size`` characters of the sentence before ``pos``."""
        end = pos - self.sentence.start
        return self.text[max(0, end - size):end]

    def between(self, a: int, b: int) -> str:
        return self.text[a - self.sentence.start:b - self.sentence.start]


# -- words around mentions --------------------------------------------------------------


def last_word(text: str) -> str:
    r"""What ``([A-Za-z']+)\W*$`` finds in ``text``, scanning from the end: the letters (and
    apostrophes) after which only non-word characters follow."""
    n = t = len(text)
    while t and not (text[t - 1].isalnum() or text[t - 1] == "_"):
        t -= 1
    if t and _ascii_letter(text[t - 1]):
        j = t - 1
        while j and (_ascii_letter(text[j - 1]) or text[j - 1] == "'"):
            j -= 1
    else:
        j = text.find("'", t)
        if j < 0:
            return ""
        t = j
    e = t
    while e < n and text[e] == "'":
        e += 1
    return text[j:e]


def _ascii_letter(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z"


def prep_before(view: View, mention: Mention) -> str:
    """The word right before a mention, lower-cased ("from", "with")."""
    return last_word(view.tail(mention.start, 80)).lower()


def _prep_after(view: View, trigger: Trigger, c: CompanyMention) -> str:
    """How a party after a trigger is attached: its last preposition in between, or ""
    when only a few modifiers stand between ("purchased Miami-based Heinl's Nursery")."""
    start = max(trigger.end, c.start - _PREP_REACH)  # the words right before the company
    # "about" before an amount is no preposition ("acquire about 41 million TeraWulf shares")
    words = [w.lower() for w in _WORD.findall(_APPROXIMATOR.sub(" ", view.between(start, c.start)))]
    if start > trigger.end and words:
        words = words[1:]  # the first may be cut
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in PREPOSITIONS and not (w == "and" and i + 1 < len(words)
                                      and words[i + 1] not in _DETERMINERS):
            return w  # "the property and financial services company X": "and" joins modifiers
    return "" if len(words) <= _MAX_DIRECT_GAP and start == trigger.end else "far"


def _names_hardware(view: View, c: CompanyMention) -> bool:
    """A company named inside a hardware phrase ("Nvidia graphics processors"), unless a
    preposition makes it a party ("GPUs from Nvidia"). Hardware phrases are in order of start
    and do not overlap: only the last one starting at or before the company can hold it (a
    bisection, so that a sentence naming many companies and chips stays linear)."""
    hardware = view.hardware
    lo = bisect.bisect_right(hardware, c.start, key=_START)
    if not any(h.start <= c.start and c.end <= h.end and h.text != c.text
               for h in hardware[max(0, lo - 2):lo]):
        return False
    return prep_before(view, c) not in ("from", "with", "by")


def narrowed(view: View, start: int, end: int) -> View:
    """The part of a sentence from ``start`` to ``end`` as a view of its own: a clause."""
    def inside(items: tuple) -> tuple:
        return tuple(x for x in items if start <= x.start and x.end <= end)

    return View(Sentence(start, end, view.sentence.heading), view.between(start, end),
                *(inside(items) for items in (view.companies, view.money, view.times,
                                              view.hardware, view.quantities, view.places,
                                              view.units, view.triggers)), article=view.article)


_DIRECT = ("", "its", "the", "a", "an", "their", "rival")


_CONTRASTED = re.compile(r"(?<![\w-])(?:" + _alternation(lex.CONTRAST_BEFORE)
                         + r")\s+(?:[\w'-]+\s+){0,2}$", re.I)
_CONTRASTED_WORDS = needed_words(lex.CONTRAST_BEFORE)


def is_contrasted(view: View, m: Mention) -> bool:
    """"puts the two companies squarely against Nvidia's InfiniBand technology": hardware
    named as what the deal's competes with."""
    return view.holds(_CONTRASTED_WORDS) and bool(_CONTRASTED.search(view.tail(m.start, 40)))
