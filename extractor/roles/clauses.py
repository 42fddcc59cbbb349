"""How a sentence stands to the story told so far, and the trigger's clause.

Whether it starts a new story (``opens_new``), goes on with the deal already told
(``is_continuation``, ``part_of_current``, ``opening_it``, ``opens_with_pronoun``,
``is_asset_subject``, ``is_capacity_subject``, ``names_asset_told``), names an earlier deal
(``built_on``), says a deal was announced (``announces``) or is a title line
(``is_headline``); ``clause_of`` cuts the trigger's clause out of the sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import deals as lex
from ..mentions import CompanyMention
from .view import Trigger, View, _alternation, _ci_trie, lower_twin, needed_words, _words
from .parties import _FIRST_WORD, parties, _possessor, with_party


_OPENS_NEW = re.compile(r"\W*(?:" + _ci_trie(lex.NEW_STORY_OPENERS) + r")(?!\w)", re.I)
_CAPACITY_OPENING = re.compile(r"\W*(?:" + _alternation(lex.CAPACITY_SUBJECTS) + r")(?!\w)", re.I)
_CONTINUATION = re.compile(r"\W*(?:" + _ci_trie(lex.CONTINUATION_SUBJECTS)
                           + r"|the\s+(?:[\w-]+\s+){1,2}?"  # "The power purchase agreement"
                           + _ci_trie(lex.DEAL_NOUNS) + r")(?!\w)", re.I)
_OPENS_NEW_LOWER, _CONTINUATION_LOWER = lower_twin(_OPENS_NEW), lower_twin(_CONTINUATION)


def is_headline(view: View) -> bool:
    """A title line: no closing punctuation."""
    return not view.text.rstrip().endswith((".", "!", "?", '"', "'", "\u201d", ")", ":"))


_PART_OF = re.compile(r"\W*(?:" + _alternation(lex.PART_OF_OPENERS) + r")\s+(?:[\w-]+\s+)?(?:"
                      + _alternation(lex.DEAL_NOUNS) + r"|arrangement|transaction)s?\s*,", re.I)


_ANNOUNCES = _words(lex.EXPLICIT_ANNOUNCING)


def announces(view: View) -> bool:
    """The sentence says a deal was announced in so many words, not just "said"."""
    return bool(_ANNOUNCES.search(view.text))


def part_of_current(view: View) -> bool:
    """"As part of the arrangement, OpenAI will take a stake in CoreWeave": the sentence's
    deal is a part of the one the story is on."""
    return bool(_PART_OF.match(view.text))


_BUILT_ON = _words(lex.BUILT_ON_CUES)
_BUILT_ON_WORDS = needed_words(lex.BUILT_ON_CUES)


def built_on(view: View) -> Trigger | None:
    """"The agreements build on Meta's 20-year agreement with Constellation Energy": the deal
    noun after a cue that names an earlier deal, when it has a party of its own (an owner or
    a "with" party), tells that earlier deal."""
    if not view.holds(_BUILT_ON_WORDS) or not any(t.noun for t in view.triggers):
        return None  # no cue, or no deal noun to name the earlier deal
    m = _BUILT_ON.search(view.text)
    if m is None:
        return None
    at = view.sentence.start + m.end()
    for t in view.triggers:
        if t.noun and t.start >= at:
            if t.start - at > 60:
                return None
            parties_ = parties(view)
            if _possessor(view, parties_, t) is not None or with_party(view, parties_, t):
                return t
            return None
    return None


# "The Norwegian contract came a day after Microsoft pledged ...": a time conjunction, then a
# company as the subject of its own clause
_TIME_CONJUNCTION = re.compile(r"\b(?:after|before|since|when|while)\s+(?:the\s+)?$", re.I)


def others_clause(view: View, names: set[str]) -> int | None:
    """Where a time clause whose subject is a company not among ``names`` begins ("... came a
    day after Microsoft pledged 22 billion pounds of investment in Britain from 2025 to
    2028"): what it tells (amounts, terms) is that company's, not the deal's."""
    for c in view.companies:
        if c.name not in names and _TIME_CONJUNCTION.search(view.tail(c.start, 12)):
            word = _FIRST_WORD.match(view.text, c.end - view.sentence.start)
            if word and word.group(1).islower():
                return c.start
    return None


_AGREEMENT_NOUNS = frozenset(lex.AGREEMENT_NOUNS)


def names_agreement(trigger: Trigger) -> bool:
    """"agreement", "contract", "lease": a deal noun naming an agreement made, not an offer
    or talks."""
    return trigger.text.lower().rsplit(None, 1)[-1] in _AGREEMENT_NOUNS


def clause_of(view: View, trigger: Trigger) -> str:
    """The text of the trigger's clause: the sentence cut at a clause break before and after
    it ("..., while Anthropic agreed to use AWS chips", "; ...")."""
    at = trigger.start - view.sentence.start
    start, end = 0, len(view.text)
    for m in _CLAUSE_BREAKS.finditer(view.text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= trigger.end - view.sentence.start:
            end = m.start()
            break
    return view.text[start:end]


def opening_it(view: View, topic: Callable[[], CompanyMention | None]) -> CompanyMention | None:
    """"It signed a 20-year agreement last year with Microsoft": a sentence opening with "It"
    and a verb is about the company the story was on (``topic()``, asked only then); the
    pronoun as a reference to it."""
    m = _OPENING_IT.match(view.text)
    if m is None or (company := topic()) is None:
        return None
    start = view.sentence.start + m.start(1)
    return CompanyMention(start, start + 2, "It", company.name, "reference", company.parent,
                          company.kinds)


def opens_with_pronoun(view: View) -> bool:
    """"It operated 32 data centers ...", "The Livingston, New Jersey company rents out ...":
    the sentence is about the company the story was on."""
    return bool(_PRONOUN_OPENING.match(view.text))


def opens_new(view: View) -> bool:
    """"Separately, ...", "In a separate deal, ...": the sentence starts a new story."""
    return bool(_OPENS_NEW_LOWER.match(view.lower))


def is_continuation(view: View) -> bool:
    """The sentence opens by referring to a deal already told ("The agreement ...")."""
    return bool(_CONTINUATION_LOWER.match(view.lower))


_ASSET_OPENING = re.compile(r"\W*(?:" + _alternation(lex.ASSET_SUBJECTS) + r")(?!\w)", re.I)


def is_asset_subject(view: View) -> bool:
    """The sentence opens with the asset a deal buys from ("The facility will ...")."""
    return bool(_ASSET_OPENING.match(view.text))


def is_capacity_subject(view: View) -> bool:
    """The sentence opens with what a capacity deal trades ("The GPUs will be deployed ..."),
    not with the agreement itself."""
    return bool(_CAPACITY_OPENING.match(view.text))


_CLAUSE_BREAKS = re.compile(r";|,\s+(?:" + _alternation(lex.CLAUSE_CONJUNCTIONS) + r")\b"
                            r"|,\s+(?:(?:less|more)\s+than\s+)?(?:(?:[\w-]+\s+)?(?:" + _alternation(
                                lex.TIME_UNITS) + r")\s+)?(?:after|before)\b", re.I)
# "It" then a verb (not "It is expected", "It was not clear"): past tense, "has", "will", ...
_OPENING_IT = re.compile(r"\W*(It)\s+(?:also\s+|previously\s+|already\s+|earlier\s+)?(?:[a-z]+ed|"
                         + _alternation(lex.PRONOUN_SUBJECT_VERBS) + r")\b")
_PRONOUN_OPENING = re.compile(r"\W*(?:It|The\s+(?:[\w,.-]+\s+){0,4}?(?:"
                              + _alternation(lex.COMPANY_DESCRIPTIONS) + r"))\s", )


_ASSET_TOLD = re.compile(r"\b(?:the|that|those|these)\s+(?:" + _ci_trie(lex.ASSET_NOUNS)
                         + r")(?:'s?)?\s+(?:output|electricity|power|capacity)\b", re.I)
_ASSET_TOLD_LOWER = lower_twin(_ASSET_TOLD)


def names_asset_told(view: View) -> bool:
    """"to pay for the plants' output": the deal is for an asset the text named before."""
    return bool(_ASSET_TOLD_LOWER.search(view.lower))
