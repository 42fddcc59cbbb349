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


def _prefiltered():
    """(pattern, phrases, words) of every pattern that is searched only in a sentence holding
    one of ``words`` (the ``needed_words`` of ``phrases``, the phrases the pattern is made of)."""
    from importlib import import_module
    from extractor.lexicon import deals as lex
    # modules, not the functions of the same names that extractor.roles exports
    clauses, goods, money, parties, status, triggers, view = (import_module(
        f"extractor.roles.{m}") for m in ("clauses", "goods", "money", "parties", "status",
                                          "triggers", "view"))
    out = [
        (status.NEGATIVE, lex.NEGATIVE_CUES, status._NEGATIVE_WORDS),
        (status._CUMULATIVE, lex.CUMULATIVE_CUES, status._CUMULATIVE_WORDS),
        (parties._NON_PARTY, lex.NON_PARTY_BEFORE, parties._NON_PARTY_WORDS),
        (triggers._HYPOTHETICAL, lex.HYPOTHETICAL_CUES, triggers._HYPOTHETICAL_WORDS),
        (triggers._NEGATED, lex.NEGATION_WORDS, triggers._NEGATED_WORDS),
        (triggers._BACKGROUND_BEFORE, lex.BACKGROUND_ADJECTIVES, triggers._BACKGROUND_WORDS),
        (clauses._BUILT_ON, lex.BUILT_ON_CUES, clauses._BUILT_ON_WORDS),
        (view._CONTRASTED, lex.CONTRAST_BEFORE, view._CONTRASTED_WORDS),
        (money._NOT_VALUE_BEFORE, lex.NOT_VALUE_BEFORE, money._NOT_VALUE_BEFORE_WORDS),
        (money._NOT_VALUE_AFTER, lex.NOT_VALUE_AFTER, money._NOT_VALUE_AFTER_WORDS),
        (money._PER_SHARE, lex.PER_SHARE_NOUNS, money._PER_SHARE_WORDS),
        (money._RUNNING_TOTAL, lex.RUNNING_TOTAL_VERBS, money._RUNNING_TOTAL_WORDS),
        (goods._COMPUTE_POWER, lex.COMPUTE_POWER, goods._COMPUTE_POWER_WORDS),
    ]
    out += [(rx, lex.TYPE_WORDS[t], words)
            for (t, rx), (_, _, words) in zip(goods.TYPE_WORDS, goods._TYPE_SCAN)]
    out += [(rx, lex.STRONG_TYPE_WORDS[t], words)
            for (t, rx), (_, _, words) in zip(goods._STRONG_TYPES, goods._STRONG_SCAN)]
    return out


def test_prefilter_words_are_in_every_phrase():
    """Each phrase of a prefiltered pattern, in any case and spacing, holds one of its words."""
    from extractor.roles.view import holds, lowered
    for _, phrases, words in _prefiltered():
        for p in phrases:
            for text in (p, p.upper(), p.title(), "x " + p.replace(" ", "\n  ") + " y",
                         p.replace("i", "\u0131").replace("s", "\u017f")):
                assert holds(lowered(text), words), (p, text)


def test_prefilters_skip_no_match():
    """A prefiltered pattern finds nothing in a corpus sentence that holds none of its words
    (the words and the pattern are made from the same phrases). A pattern anchored at the end
    of a sentence's tail is tried without its anchor: it finds nothing in any part either."""
    from pathlib import Path
    from extractor.roles.view import holds, lowered
    root = Path(__file__).resolve().parent.parent / "corpus"
    texts = [s for p in sorted(root.glob("*.txt"))
             for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8", errors="replace"))]
    texts += [t.replace("i", "\u0131").replace("s", "\u017f") for t in texts[:400]]
    assert len(texts) > 1000
    for pattern, _, words in _prefiltered():
        free = re.compile(pattern.pattern.removesuffix("$"), pattern.flags)
        for t in texts:
            assert holds(lowered(t), words) or not free.search(t), (pattern.pattern[:60], t)


def _corpus_sentences() -> list[str]:
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "corpus"
    return [s for p in sorted(root.glob("*.txt"))
            for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8", errors="replace"))]


def test_lowered_text_keeps_what_patterns_test():
    """``lowered`` keeps the length and the classes patterns use (word characters, hyphens,
    spaces, digits) of every character, and re.IGNORECASE matches to an ASCII character
    exactly the characters ``lowered`` turns into it: a case-insensitive pattern of ASCII
    finds in a text what its lower-cased twin finds, case-sensitively, in the text lowered."""
    from extractor.roles.view import lowered
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    low = lowered(every)
    assert len(low) == len(every)
    for cls in (r"[\w-]", r"\s", r"\d"):
        assert [m.start() for m in re.finditer(cls, every)] == [
            m.start() for m in re.finditer(cls, low)]
    for c in map(chr, range(128)):
        expected = [m.start() for m in re.finditer(re.escape(c), every, re.I)]
        assert expected == [m.start() for m in re.finditer(re.escape(c.lower()), low)], c


def _case_insensitive_patterns():
    """Every re.IGNORECASE pattern of the extractor.roles modules that ``lower_twin`` takes
    (alone or in a list of tuples)."""
    from importlib import import_module
    from extractor.roles.view import lower_twin
    out = []
    for name in ("view", "triggers", "money", "parties", "goods", "status", "clauses",
                 "owners", "sides"):
        for value in vars(import_module(f"extractor.roles.{name}")).values():
            items = [x for t in value if isinstance(t, tuple) for x in t] \
                if isinstance(value, list) else [value]
            for x in items:
                if isinstance(x, re.Pattern) and x.flags & re.I:
                    try:
                        out.append((x, lower_twin(x)))
                    except ValueError:
                        pass  # escapes of characters: kept case-insensitive
    return out


def test_lower_twins_find_what_their_patterns_find():
    """Each case-insensitive pattern of extractor.roles and its ``lower_twin`` find the same
    spans in corpus sentences (also with dotless i, long s and the Kelvin sign) and in their
    parts before a capital (a tail before a company, as most patterns are searched)."""
    from extractor.roles.view import lowered
    texts = _corpus_sentences()[::8]
    texts += [t.replace("i", "\u0131").replace("s", "\u017f").replace("k", "\u212a")
              for t in texts[:100]]
    texts += [t[:m.start()] for t in texts[:200] for m in re.finditer(r"(?<= )[A-Z]", t)]
    pairs = _case_insensitive_patterns()
    assert len(pairs) > 50
    for text in texts:
        low = lowered(text)
        for pattern, twin in pairs:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in twin.finditer(low)], (pattern.pattern[:60], text)


def test_triggers_are_matched_in_the_lowered_text():
    """trigger_matches scans the article ``lowered``, case-sensitively, with the phrases
    lower-cased: it must find the spans and groups TRIGGERS (case-insensitive) finds in the
    text as written. It does when ``lowered`` keeps what patterns test (above) and no phrase
    of a group differs from another by case alone (each phrase in four casings)."""
    from pathlib import Path
    from extractor.roles.triggers import TRIGGERS, _trigger_phrases, trigger_matches

    def spans(text):
        return [(m.start(), m.end(), m.lastgroup) for m in TRIGGERS.finditer(text)]

    for _, phrases in _trigger_phrases():
        for p in phrases:
            for text in (p, p.lower(), p.upper(), p.title()):
                text = f"x {text} y, {text}s."
                assert list(trigger_matches(text)) == spans(text), text
    root = Path(__file__).resolve().parent.parent / "corpus"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.glob("*.txt"))]
    texts += [t.replace("i", "\u0131").replace("s", "\u017f").replace("k", "\u212a")
              for t in texts[:20]]
    for text in texts:
        assert list(trigger_matches(text)) == spans(text)
