"""Sentence boundaries: punctuation, abbreviations, headings, hard-wrapped wire copy."""
from __future__ import annotations

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
