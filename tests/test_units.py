"""Units and groups are searched only near their anchor words (recognize/units.py): the matches
must be those of the patterns' plain ``finditer`` over the whole text, on any text."""
from __future__ import annotations

import random

import re

import pytest

from extractor.lexicon import units as lex
from extractor.recognize import units as u

PATTERNS = [(u._UNITS, "units"), (u._GROUPS, "groups"), (u._GOVERNMENTS, "governments")]

# Words that open, fill and close the three patterns, and words that break them.
VOCABULARY = sorted({*lex.UNIT_HEADS, *lex.UNIT_OPENERS, *lex.UNIT_SKIP_WORDS, *lex.UNIT_NOT_WORDS,
                     *lex.UNIT_COLLECTIVES, *lex.GROUP_HEADS, *lex.GROUP_COLLECTIVES,
                     *lex.GROUP_MEMBERS, *lex.COMPANY_DESCRIPTION_HEADS, *lex.GOVERNMENT_HEADS,
                     "of", "and", "is", "the", "to", "sale", "two", "dozen", "12", "1,000", "10,00",
                     "Kaiser", "Cement's", "Sunrise,", "Fla.,", "U.S.", "A.B.-x", "New", "York,",
                     "Finance", "rural", "cable", "-", "'s", "unit-", "business'", "\u0130ts",
                     "\u017fold", "\u0131ts", "\u212aaiser", "\u0663", "formed", "Bahamas-based"})
SEPARATORS = [" ", " ", " ", "  ", "\n", ", ", ". ", "-", "\t", "'", "", " (", ") ", "\u00a0",
              "\u3000 "]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = []
        for _ in range(rng.randrange(1, 60)):
            word = rng.choice(VOCABULARY)
            r = rng.random()
            word = word.upper() if r < 0.05 else word.capitalize() if r < 0.15 else word
            words.append(word + rng.choice(SEPARATORS))
        out.append("".join(words))
    return out


EDGES = [
    "", " business", "business", "its business", "Kaiser Cement's five rural hospitals",
    "its Sunrise, Fla., branch and a group of mineral properties",
    "1,000 stores and 10,000,000 shops", "the 1,00 stores", "\u0130TS CABLE business",
    "an investor group of the Singapore government", "the U.S. Treasury and the New Zealand Government",
    "a group of European institutions and banks", "x" * 3000 + " its cable business",
    "its " + "new " * 20 + "business", "its business" * 50,
]


@pytest.mark.parametrize("anchored, name", PATTERNS, ids=[n for _, n in PATTERNS])
def test_matches_near_anchors_are_those_of_a_full_search(anchored, name):
    for text in EDGES + _texts(600, seed=len(name)):
        anchors = u._anchors(text)[u._KINDS.index(anchored)]
        near = [(m.span(), m.groupdict()) for m in u._finditer(anchored, text, anchors, text[::-1])]
        full = [(m.span(), m.groupdict()) for m in anchored.pattern.finditer(text)]
        assert near == full, text


def test_prefix_tree_alternation_prefers_longer_words():
    import re

    rx = re.compile(u._alternation(["unit", "units", "cable system", "cable systems"]) + "$")
    assert rx.match("units") and rx.match("cable  systems") and not rx.match("unitss")
    assert re.match(u._alternation(["unit", "units"]), "units").group() == "units"


def test_find_units_on_many_anchors_finds_each():
    # Speed on such text is measured by scripts/fuzz.py --linearity, not asserted here.
    text = "its cable business " * 20_000
    found = u.find_units(text)
    assert len(found) == 20_000
    assert {m.text for m in found} == {"cable business"}


def test_any_anchor_word_is_the_union_of_the_kinds_words():
    """The one alternation the anchor scan tries at every space accepts a word exactly
    where one kind's own pattern does (each kind then says whether it is its anchor)."""
    any_word = re.compile(u._ANY_WORD)
    kinds = [re.compile(kind.word) for kind in u._KINDS]
    words = {w for kind in u._KINDS for w in kind.words}
    samples = {v + tail for w in words for v in (w, w.lower(), w.upper(), w.title(), w[1:], w[:-1])
               for tail in ("", "s", " x")} | {"İnvestor", "\u212aingdom", "the", "", "7 units"}
    for text in samples:
        assert bool(any_word.match(text)) == any(k.match(text) for k in kinds), text
