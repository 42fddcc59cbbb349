"""Place names (``lexicon/places.py``): where a project or capacity is. One regex pass;
"Abilene, Texas" is one mention."""
from __future__ import annotations

import re

from ..lexicon.places import PLACES
from ..mentions import Mention

_NAME = "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True))
_PLACE = re.compile(rf"(?<![\w.])(?:{_NAME})(?:, (?:{_NAME}))?(?![\w])")


def find_places(text: str) -> tuple[Mention, ...]:
    """Places named in ``text``, longest first at each position ("Abilene, Texas")."""
    return tuple(Mention(m.start(), m.end(), m.group()) for m in _PLACE.finditer(text))
