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
_PLACE = re.compile(
    rf"(?<![\w.])(?=[A-Z])(?:{_TOWN}, {_REGION}|{_NAME}(?:, {_REGION})?)(?![\w]|-based)")


def find_places(text: str) -> tuple[Mention, ...]:
    """Places named in ``text``, longest first at each position ("Abilene, Texas")."""
    return tuple(Mention(m.start(), m.end(), m.group()) for m in _PLACE.finditer(text))
