"""Small pieces of sentence reading that must match their regular-expression definitions."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.roles import last_word

LAST_WORD = re.compile(r"([A-Za-z']+)\W*$")


@settings(max_examples=500)
@given(st.text(alphabet="ab'CZ 1_,.-\u00e9\n\u0301", max_size=16))
def test_last_word_is_the_regex_scanned_from_the_end(text):
    m = LAST_WORD.search(text)
    assert last_word(text) == (m.group(1) if m else "")


def test_last_word_examples():
    assert last_word("capacity from ") == "from"
    assert last_word("Meta's ") == "Meta's"
    assert last_word("in 2027, ") == ""
    assert last_word("") == ""
