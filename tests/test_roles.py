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


def _status_by_scan(text: str):
    """``status_of`` without its cue-word prefilter: every status pattern searched."""
    from extractor.roles.status import STATUS, _PARTY_SOURCE, _modifies_other_thing
    for status, pattern in STATUS:
        if status == "reported" and _PARTY_SOURCE.search(text):
            continue
        if any(not _modifies_other_thing(text, m) for m in pattern.finditer(text)):
            return status
    return None


def test_status_prefilter_skips_no_cue():
    """status_of skips a status whose cue words are all absent; on every sentence of the
    corpus (and each with dotted/dotless i and long s swapped in) it must agree with a scan
    of every pattern. A status pattern given a part without its words in _STATUS_SCAN fails
    here."""
    import re
    from pathlib import Path
    from extractor.roles import status_of
    root = Path(__file__).resolve().parent.parent / "corpus"
    texts = [s for p in sorted(root.glob("*.txt"))
             for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8", errors="replace"))]
    texts += [t.replace("i", "\u0131").replace("s", "\u017f") for t in texts[:400]]
    assert len(texts) > 1000
    differ = [t for t in texts if status_of(t) != _status_by_scan(t)]
    assert differ == []
