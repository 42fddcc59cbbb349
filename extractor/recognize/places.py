"""Place names (``lexicon/places.py``): where a project or capacity is. One regex pass.

A known place ("Texas", "Abilene"), or any capitalized town before a known state or country
("Vineland, New Jersey", "Childress, Texas"), is one mention.
"""
from __future__ import annotations

import re

from ..lexicon.places import COUNTRIES, PLACES, US_STATES
from ..mentions import Mention
from .money import alternation

# Names as prefix trees: a longer name wins over its prefix, as in a longest-first list.
_NAME = alternation(PLACES, space=" ")
_REGION = alternation(US_STATES + COUNTRIES, space=" ")
# Possessive: giving back letters or words could never reach the ", " that must follow.
_TOWN = r"(?:(?!The\b)[A-Z][a-z]++(?:[ -][A-Z][a-z]++){0,2}+)"
_BODY = rf"(?:{_TOWN}, {_REGION}|{_NAME}(?:, {_REGION})?)(?![\w]|-based)"
# Every place begins with a capital that follows no word character or ".". The pattern
# matches that capital alone and reads the place (group ``place``) in a lookahead from it,
# inside a look-behind that steps back over the capital: a pattern that opens with a
# character class is searched by skipping to that class's characters (capitals, here),
# where one that opens with a look-behind is tried at every position of the text.
_PLACE = re.compile(rf"[A-Z](?<![\w.].)(?<=(?=(?P<place>{_BODY})).)")


def find_places(text: str) -> tuple[Mention, ...]:
    """Places named in ``text``, longest first at each position ("Abilene, Texas"); as
    ``finditer`` of the place pattern would give them: each starts at or after the end of
    the one before."""
    found: list[Mention] = []
    end = 0
    for m in _PLACE.finditer(text):
        if m.start() >= end:
            end = m.end("place")
            found.append(Mention(m.start(), end, m.group("place")))
    return tuple(found)
