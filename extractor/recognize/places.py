"""Place names (``lexicon/places.py``): where a project or capacity is. One regex pass.

A known place ("Texas", "Abilene"), or any capitalized town before a known state or country
("Vineland, New Jersey", "Childress, Texas"), is one mention.
"""
from __future__ import annotations

import re

from ..lexicon.places import COUNTRIES, PLACES, US_STATES
from ..mentions import Mention

_NAME = "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True))
_REGION = "|".join(re.escape(p) for p in sorted(US_STATES + COUNTRIES, key=len, reverse=True))
_TOWN = r"(?:(?!The\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_PLACE = re.compile(
    rf"(?<![\w.])(?:{_TOWN}, (?:{_REGION})|(?:{_NAME})(?:, (?:{_REGION}))?)(?![\w]|-based)")


def find_places(text: str) -> tuple[Mention, ...]:
    """Places named in ``text``, longest first at each position ("Abilene, Texas")."""
    return tuple(Mention(m.start(), m.end(), m.group()) for m in _PLACE.finditer(text))
