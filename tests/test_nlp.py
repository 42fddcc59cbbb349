"""Sentence boundaries: punctuation, abbreviations, headings, hard-wrapped wire copy."""
from __future__ import annotations

import re

import pytest

from extractor.nlp import flatten, segment, tokenize

# (text, expected sentences as text, indices of headings)
CASES = [
    ("Meta signed a deal. CoreWeave will supply GPUs.",
     ["Meta signed a deal.", "CoreWeave will supply GPUs."], []),
    ("Meta Platforms Inc. has signed a deal. It runs until 2031.",
     ["Meta Platforms Inc. has signed a deal.", "It runs until 2031."], []),
    ("The deal was signed by Acme Corp. The shares rose.",
     ["The deal was signed by Acme Corp.", "The shares rose."], []),
    ("Acme Corp. said it agreed to buy Widget Co. for 12 mln dlrs.",
     ["Acme Corp. said it agreed to buy Widget Co. for 12 mln dlrs."], []),
    ("Mr. Smith joined the U.S. unit on Sept. 30, 2025. He left.",
     ["Mr. Smith joined the U.S. unit on Sept. 30, 2025.", "He left."], []),
    ("Shares rose 3.5 pct. Analysts were surprised!",
     ["Shares rose 3.5 pct.", "Analysts were surprised!"], []),
    ('"We are thrilled," he said. "It is big."',
     ['"We are thrilled," he said.', '"It is big."'], []),
    ("First paragraph ends here.\nCoreWeave's Edge: Performance and Developer Preference\nCoreWeave's leaders agree.",
     ["First paragraph ends here.", "CoreWeave's Edge: Performance and Developer Preference",
      "CoreWeave's leaders agree."], [1]),
    ("Intro sentence.\nMulti-Partner Ecosystem Expands Beyond CoreWeave\nThe company also signed.",
     ["Intro sentence.", "Multi-Partner Ecosystem Expands Beyond CoreWeave", "The company also signed."], [1]),
    ("Acme Corp said it\nagreed to acquire Widget Inc for 150 mln\ndlrs in cash.\n    The company said the deal\nwould close in June.\n REUTER",
     ["Acme Corp said it\nagreed to acquire Widget Inc for 150 mln\ndlrs in cash.",
      "The company said the deal\nwould close in June.", "REUTER"], [2]),
    ("Penril Corp said it is seeking to\nsell its unit in\nBluffton, Ohio, to a buyer.\n    It gave no reason.",
     ["Penril Corp said it is seeking to\nsell its unit in\nBluffton, Ohio, to a buyer.", "It gave no reason."], []),
    ("One line without a period\nAnother line without one",
     ["One line without a period", "Another line without one"], []),
    ("Intro.\nTHE BIG DEAL\nBody text here.", ["Intro.", "THE BIG DEAL", "Body text here."], [1]),
    ("", [], []),
    ("   \n\n  ", [], []),
    ("No final punctuation at all", ["No final punctuation at all"], []),
    ("It costs $2.5 billion. That is a lot.", ["It costs $2.5 billion.", "That is a lot."], []),
    ("Revenue rose (see table). Profit fell.", ["Revenue rose (see table).", "Profit fell."], []),
    ("He said: yes. No.", ["He said: yes.", "No."], []),
]


@pytest.mark.parametrize("text,expected,headings", CASES)
def test_segment(text, expected, headings):
    sentences = segment(text)
    assert [text[s.start:s.end] for s in sentences] == expected
    assert [i for i, s in enumerate(sentences) if s.heading] == headings


def test_tokens_carry_the_sentences_and_wrapped_names_are_one_phrase():
    text = "Acme Corp said it\nagreed to buy IC\nGas Ltd.\n    It said so."
    sentences = segment(text)
    doc = tokenize(text, sentences)
    assert [s.text.strip() for s in doc.sents] == ["Acme Corp said it agreed to buy IC Gas Ltd.", "It said so."]
    assert "IC Gas Ltd." in doc.text
    assert len(doc.text) == len(text)


def test_flatten_keeps_offsets():
    text = "a\nb\r\nc\td"
    assert len(flatten(text)) == len(text) and "\n" not in flatten(text)


def test_headings_are_recorded_on_the_doc():
    text = "Intro sentence.\nThe New Economics of AI Compute\nThe scale is large."
    doc = tokenize(text, segment(text))
    assert [s.text for s in doc.spans["headings"]] == ["The New Economics of AI Compute"]


# -- the fast line structure is the plain one (nlp.py) --------------------------------------------
import random  # noqa: E402
import re  # noqa: E402

from extractor import nlp  # noqa: E402


def _plain_lines(text: str) -> list[str]:
    out = []
    for m in re.finditer(r"[^\n]*(?:\n|$)", text):
        if m.start() == len(text):
            break
        out.append(m.group().removesuffix("\n"))
    return out


def _plain_is_wrapped(text: str) -> bool:
    lines = _plain_lines(text)
    breaks = lowercase = 0
    for line, nxt in zip(lines, lines[1:]):
        nxt = nxt.lstrip()
        if not nxt or not line:
            continue
        breaks += 1
        lowercase += nxt[0].islower() or nxt[0].isdigit()
    return breaks > 0 and lowercase >= max(1, breaks // 5)


def _plain_heading_like(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 16 or line.rstrip()[-1:] in set('.!?:;"\''):
        return False
    if line.isupper() and any(c.isalpha() for c in line):
        return True
    return sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha()) >= max(1, (len(words) * 3 + 4) // 5)


def _random_texts(count: int) -> list[str]:
    rng = random.Random(9)
    words = ["Acme", "Corp.", "said", "it", "the", "U.S.", "Mr.", "NEW", "YORK", "(Reuters)", "-",
             '"Yes!"', "Why?", "ok.", "x", "\u00c9TAT", "\u24b6", "\u00b2", "\u0663", "\u00a0", "\u2028",
             "a b c d e f g h i j k l m n o p q", "Word " * 17]
    seps = [" ", "  ", "\t", "\n", "\n\n", "\n    ", "\r\n", " \n", "\n \n", ". ", "! ", ".\" "]
    texts = ["", "\n", "\n\n", " ", "a", "a\n", "A\nb", "A.\nB", "\n\nX\n\n"]
    for _ in range(count):
        texts.append("".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(40))))
    return texts


def test_lines_wrapping_and_headings_are_the_plain_definitions():
    for text in _random_texts(1500):
        assert nlp._lines(text) == _plain_lines(text), text
        assert nlp._is_wrapped(text) == _plain_is_wrapped(text), text
        for line in nlp._lines(text):
            assert nlp._heading_like(line) == _plain_heading_like(line), line


def test_sentence_starts_on_tokens_are_the_tokens_at_sentence_offsets():
    for text in _random_texts(300):
        sentences = segment(text)
        doc = tokenize(text, sentences)
        if len(doc):
            starts = {s.start for s in sentences}
            assert [t.is_sent_start for t in doc] == [i == 0 or t.idx in starts for i, t in enumerate(doc)]


def test_flatten_is_the_plain_translation():
    plain = str.maketrans("\n\r\t\f\v", "     ")
    for text in _random_texts(300) + ["\f\v\x0b\x0c\x1c\u2028\u0085", "a\r\n\tb\fc\vd"]:
        assert nlp.flatten(text) == text.translate(plain)


@pytest.mark.parametrize("limit", [nlp._LONG_RUN, nlp._MEMO_RUN])
def test_run_probe_misses_no_run_longer_than_its_limit(limit):
    rng = random.Random(10)
    pieces = ["a", "$", "(", ".", "\u00e9", " ", "\n", "\u00a0", "\u3000"]
    longer = re.compile(r"(?<!\S)\S{%d,}" % (limit + 1))
    for _ in range(400):
        length = rng.choice([0, limit // 2, limit - 1, limit, limit + 1, limit + 2, limit * 3 // 2,
                             limit * 2 + 1, limit * 5 // 2])
        run = "".join(rng.choice(pieces[:5]) for _ in range(length))
        before = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, limit * 6 // 5)))
        after = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, limit * 6 // 5)))
        text = before + rng.choice(["", " ", "\u00a0"]) + run + rng.choice(["", " ", "\n"]) + after
        if longer.search(text):
            assert nlp._may_have_run(text, limit), (len(before), length)
    assert not nlp._may_have_run("word " * 1000 + "x" * (limit * 2 // 5), limit)


def test_memoized_and_unmemoized_tokenizers_split_as_spacy_does():
    """Texts without a run over _MEMO_RUN go to the memoized tokenizer, the others to the
    one without memos: tokens and the norms of special cases ("n't": "not") as spaCy's own
    tokenizer makes them, both times. (Like the pipeline's, its vocabulary works out no
    lexical attributes, which would give other words a norm.)"""
    import spacy

    plain = spacy.blank("en")
    plain.vocab.lex_attr_getters = {}
    rng = random.Random(11)
    alphabet = list(".'\")($%&;:,!?-\u2026\u2019a1A") + ["'s", "km", "n't", "Inc.", "U.S."]
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    texts = [" ".join(rng.choice(words) for _ in range(200)) for _ in range(10)]
    texts += [t + " " + "".join(rng.choice(alphabet) for _ in range(600)) for t in texts[:3]]
    texts += ["http://example.com/" + "a/" * 150 + " said Acme Inc."]
    for text in texts * 2:  # the second time from the memos
        ours = tokenize(text, segment(text))
        assert [(t.text, t.idx, t.norm_) for t in ours] == [
            (t.text, t.idx, t.norm_) for t in plain.make_doc(flatten(text))]
    assert ("n't", "not") in {(t.text, t.norm_) for t in tokenize("It isn't.", segment("."))}


def test_annotations_leave_the_tokens_alone():
    """The pipeline tokenizes without writing sentence starts and headings on the doc: the
    tokens, and the companies found over them, are the same as with them."""
    from extractor.recognize.companies import find_companies

    for text in _random_texts(100) + ["Acme Corp said it\nagreed to buy IC\nGas Ltd.\n    It said so."]:
        sentences = segment(text)
        plain = tokenize(text, sentences, annotate=False)
        annotated = tokenize(text, sentences)
        assert [(t.text, t.idx, t.whitespace_) for t in plain] == [
            (t.text, t.idx, t.whitespace_) for t in annotated]
        assert find_companies(plain, sentences) == find_companies(annotated, sentences)


def test_a_pipeline_that_has_taken_in_its_budget_of_words_is_built_afresh(monkeypatch):
    """A long batch of articles full of words never seen before (names, numbers, typos) does
    not grow the vocabulary past ``VOCAB_BUDGET`` strings plus one article's, and the deals of
    an article are the same from a fresh pipeline as from a used one."""
    import datetime as dt

    from extractor import nlp
    from extractor.pipeline import extract

    monkeypatch.setattr(nlp, "VOCAB_BUDGET", 2_000)
    article = ("Meta Platforms Inc. signed a $14.2 billion agreement to buy AI cloud capacity "
               "from CoreWeave, the companies said on Sept. 30, 2025.")
    first = extract(article, dt.date(2025, 10, 1))
    rng = random.Random(5)
    pipelines, taken_in = [nlp.load()], []
    for _ in range(40):
        words = ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
                 for _ in range(300))
        extract(" ".join(words) + ".", None)
        pipeline, built_with = nlp._load(None)
        if pipeline is not pipelines[-1]:
            pipelines.append(pipeline)
        taken_in.append(len(pipeline.vocab.strings) - built_with)
    assert len(pipelines) >= 4  # 12,000 new words: built afresh every 2,000 or so
    assert max(taken_in) <= 2_000 + 300
    assert extract(article, dt.date(2025, 10, 1)) == first
