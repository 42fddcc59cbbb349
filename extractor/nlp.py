"""The spaCy pipeline: blank English tokenizer plus our sentence segmenter.

No statistical model is needed. Sentence boundaries come from ``segment``, a pure function
over the text that knows about abbreviations, hard-wrapped wire copy and headings without
punctuation; ``tokenize`` can copy them onto the tokens (``doc.sents``) and record headings
in ``doc.spans["headings"]`` (the recognizers take the sentences from ``segment``).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from .lexicon.text import ABBREVIATIONS, LEGAL_ABBREVIATIONS, SENTENCE_OPENERS
from .mentions import Sentence

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before
# whitespace and an opening capital, digit, quote or bracket.
# (The first mark comes before the look-behind that says no mark precedes it, so that the
# engine skips to the marks.)
_END = re.compile(r"""[.!?](?<![.!?]{2})[.!?]*["')\]]*(?=[ \t]+["'(\[]?[A-Z0-9$])""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.&]*)\.$")
_NEXT_WORD = re.compile(r"[ \t]+[\"'(\[]?([A-Za-z]+)")
# A line break after a line that is not empty, to the first character of the next line.
_LINE_BREAK = re.compile(r"\n(?<=[^\n]\n)[^\S\n]*(\S)")
_TERMINAL = frozenset('.!?:;"\')]')
_HEADING_ENDS = _TERMINAL - {")"}
_MAX_HEADING_WORDS = 16

# The longest article the pipeline takes, in characters as read (sources.DEFAULT_MAX_BYTES,
# the default size limit of a file, is no more). spaCy's own limit, 1,000,000, spares a
# parser's or entity recognizer's memory; the blank tokenizer needs none, so it takes repaired
# text up to _GROWTH times longer (repair makes "…" three dots).
MAX_CHARS = 8 * 2**20
_GROWTH = 3


class ArticleTooLong(ValueError):
    """An article longer than the pipeline takes."""


# spaCy's tokenizer costs the square of a whitespace-free run's length: it strips suffix
# characters ($ ) ' & ...) one at a time, each time searching the whole rest of the run with
# a regex anchored at its end, copying and hashing it. A longer run than _LONG_RUN is
# tokenized in pieces of _LONG_RUN characters, and the suffix search looks at the last
# _SUFFIX_WINDOW characters only, which is linear. Runs that long are never words, so normal
# text is tokenized exactly as before.
_LONG_RUN = 1000
_LONG = re.compile(r"(?<!\S)\S{%d,}" % (_LONG_RUN + 1))
_SPACE = re.compile(r"\s")
_SUFFIX_WINDOW = 32

# spaCy's tokenizer keeps the tokens of each whitespace-free chunk it has split in a cache, but
# only until the first special case ("'s", "Inc.", "U.S.") of a document: from there on it
# caches nothing more of that document (``Tokenizer._save_cached``, spaCy issue 1250), which
# is after the first lines of nearly every article. Every later word is split again by regex
# searches for prefixes, suffixes, infixes and URLs, a few microseconds each and more than
# half of the tokenizer's time. The searches are pure functions of the chunk, so ``load``'s
# tokenizer memoizes them: a word seen before costs a look-up per search, its tokens are the
# same. A text with a whitespace-free run over _MEMO_RUN characters goes to a tokenizer
# without memos (``_unmemoized``), so that the memos hold _MEMO_SIZE short strings at most
# whatever the input.
_MEMO_SIZE = 1 << 14
_MEMO_RUN = 256
_SEARCHES = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")


class _TailSearch:
    """A suffix regex's ``search`` that looks at the end of the string only. It finds the
    same suffix as a search of the whole string (suffixes are a few characters; one that
    reaches the start of the window, a run of dots, is searched for in the whole string)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def __call__(self, string: str) -> re.Match | None:
        start = len(string) - _SUFFIX_WINDOW
        if start <= 0:
            return self.pattern.search(string)
        match = self.pattern.search(string, start)  # lookbehinds still see before ``start``
        if match is not None and match.start() == start:
            return self.pattern.search(string)
        return match


def _lines(text: str) -> list[str]:
    """The lines of ``text``, without their newlines (no empty line after a final one)."""
    lines = text.split("\n")
    if not lines[-1]:
        lines.pop()
    return lines


def _is_wrapped(text: str) -> bool:
    """Hard-wrapped text (wire copy) continues sentences on lines starting in lower case: of
    the breaks between a line and a next one that are not empty (blank)."""
    firsts = _LINE_BREAK.findall(text)
    breaks = len(firsts)
    lowercase = sum(map(str.islower, firsts)) + sum(map(str.isdigit, firsts))  # never both
    return breaks > 0 and lowercase >= max(1, breaks // 5)


def _heading_like(line: str) -> bool:
    if line.rstrip()[-1:] in _HEADING_ENDS:
        return False
    words = line.split(None, _MAX_HEADING_WORDS)  # one more item when there are more words
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    if line.isupper() and any(c.isalpha() for c in line):
        return True
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitals >= max(1, (len(words) * 3 + 4) // 5)


def _line_breaks(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Offsets where a new sentence starts because of the line structure, and headings."""
    lines = _lines(text)
    wrapped = _is_wrapped(text)
    starts, headings = [], []
    previous_blank = True
    end = -1  # of the previous line
    for i, line in enumerate(lines):
        a, end = end + 1, end + 1 + len(line)
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        first = a + (len(line) - len(line.lstrip()))
        if wrapped and not (line[:1] in (" ", "\t") or previous_blank):  # not indented
            prev_line = lines[i - 1].rstrip() if i else ""
            new = not prev_line or prev_line.isupper() and _heading_like(prev_line)
        else:
            new = True
        if new:
            starts.append(first)
        if (not wrapped or line.isupper()) and len(lines) > 1 and _heading_like(stripped):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if not nxt or nxt[:1].isupper() or nxt[:1] in "\"'(":
                headings.append((first, a + len(line.rstrip())))
        previous_blank = False
    return starts, headings


def _punctuation_breaks(text: str) -> list[int]:
    out = []
    for m in _END.finditer(text):
        if m.group().startswith(".") and len(m.group().rstrip("\"')]")) == 1:
            before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
            if before:
                word = before.group(1)
                nxt = _NEXT_WORD.match(text, m.end())
                opener = nxt.group(1) if nxt else ""
                if word in LEGAL_ABBREVIATIONS and opener not in SENTENCE_OPENERS:
                    continue
                if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or (
                        "." in word and word.replace(".", "").isalpha() and len(word) <= 6):
                    if not (word in ("U.S", "U.K") and opener in SENTENCE_OPENERS):
                        continue
        nxt_start = m.end() + len(text[m.end():m.end() + 8]) - len(text[m.end():m.end() + 8].lstrip())
        out.append(nxt_start)
    return out


def segment(text: str) -> tuple[Sentence, ...]:
    """Sentences and headings of ``text`` as character spans, in order, trimmed."""
    line_starts, headings = _line_breaks(text)
    cuts = sorted(set(line_starts) | set(_punctuation_breaks(text)) | {h[1] for h in headings})
    heading_set = set(headings)
    out = []
    bounds = [0] + cuts + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        s, e = a + lead, a + len(chunk.rstrip())
        if s < e:
            out.append(Sentence(s, e, heading=(s, e) in heading_set))
    return tuple(out)


_NEWLINES = "\n\r\t\f\v"


def flatten(text: str) -> str:
    """The text with line breaks and tabs as spaces (same length, same offsets), so that a
    name or amount wrapped across lines is still one phrase to the tokenizer. (One
    ``str.replace`` per character, each a fast scan, costs a twentieth of ``str.translate``.)"""
    for c in _NEWLINES:
        if c in text:
            text = text.replace(c, " ")
    return text


# spaCy's vocabulary keeps every word it has seen, for the life of the pipeline: a process
# that extracts article after article would grow without bound (a string and a lexeme for each
# new word, number, name or misspelling; 15,000 articles of made-up words took one to 955 MB).
# A pipeline that has taken in VOCAB_BUDGET strings since it was built is built afresh, which
# frees them: a third of a second, once per tens of thousands of news articles.
VOCAB_BUDGET = 200_000


def load(model: str | None = None) -> Language:
    """The spaCy pipeline, built once per process and again when its vocabulary has taken in
    ``VOCAB_BUDGET`` strings: the blank English tokenizer, or an installed statistical model
    named by ``model`` (its entities become extra candidates). ``load()`` and ``load(None)``
    are the same one (building one costs a third of a second)."""
    nlp, built_with = _load(model or None)
    if len(nlp.vocab.strings) - built_with > VOCAB_BUDGET:
        _load.cache_clear()  # every pipeline is built afresh when next asked for
        _unmemoized.cache_clear()
        nlp, _ = _load(model or None)
    return nlp


@lru_cache(maxsize=4)
def _load(model: str | None) -> tuple[Language, int]:
    """The pipeline, and the size of its string store as built."""
    if model:  # a statistical model keeps its max_length: its entity recognizer needs memory
        nlp = spacy.load(model, exclude=["lemmatizer", "parser", "senter"])
    else:
        nlp = spacy.blank("en")
        nlp.max_length = _GROWTH * MAX_CHARS
        # No lexical attributes (shape, like_num, stop word, ...): nothing here reads them,
        # and working them out for each new word was two fifths of tokenizing unseen text.
        # A model's features need them, so a model keeps its own.
        nlp.vocab.lex_attr_getters = {}
    if type(nlp.tokenizer) is Tokenizer:  # (building one costs a tenth of a second)
        nlp.tokenizer = _memoized(nlp.tokenizer)
    return nlp, len(nlp.vocab.strings)


def _memoized(tokenizer: Tokenizer) -> Tokenizer:
    """A tokenizer with the rules and searches of ``tokenizer``, each search that is a regex
    pattern's method memoized; the suffix search looks at the end of the string only
    (``_TailSearch``)."""
    searches = {}
    for name in _SEARCHES:
        search = getattr(tokenizer, name)
        pattern = getattr(search, "__self__", None)
        if isinstance(pattern, re.Pattern):
            if name == "suffix_search":
                search = _TailSearch(pattern)
            elif name == "infix_finditer":
                search = _AllMatches(pattern)
            search = lru_cache(maxsize=_MEMO_SIZE)(search)
        searches[name] = search
    return _with_searches(tokenizer, searches)


class _AllMatches:
    """A pattern's ``finditer`` as a tuple, which a memo can hand out again."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def __call__(self, string: str) -> tuple[re.Match, ...]:
        return tuple(self.pattern.finditer(string))


@lru_cache(maxsize=4)
def _unmemoized(nlp: Language) -> Tokenizer:
    """The tokenizer of ``nlp`` with the searches its memos wrap, built when a text first
    needs it (one with a long whitespace-free run)."""
    tokenizer = nlp.tokenizer
    if type(tokenizer) is not Tokenizer:
        return tokenizer
    return _with_searches(tokenizer, {
        name: getattr(getattr(tokenizer, name), "__wrapped__", getattr(tokenizer, name))
        for name in _SEARCHES})


def _with_searches(tokenizer: Tokenizer, searches: dict) -> Tokenizer:
    return Tokenizer(tokenizer.vocab, rules=tokenizer.rules,
                     faster_heuristics=tokenizer.faster_heuristics, **searches)


def _make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` in linear time: a whitespace-free run of over ``_LONG_RUN``
    characters is tokenized in pieces of that many (its tokens may break where the pieces
    do), the text around it as usual; offsets are unchanged. A text with a run of over
    ``_MEMO_RUN`` characters is tokenized without memos."""
    if not _may_have_run(text, _MEMO_RUN):
        return nlp.make_doc(text)
    tokenizer = _unmemoized(nlp)
    if not _may_have_run(text, _LONG_RUN):
        return tokenizer(text)
    cuts = []
    for m in _LONG.finditer(text):
        cuts.extend(range(m.start(), m.end(), _LONG_RUN))
        cuts.append(m.end() + (text[m.end():m.end() + 1] == " "))  # its trailing space
    if not cuts:
        return tokenizer(text)
    bounds = [0, *cuts, len(text)]
    return _join(nlp, [tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:]) if a < b])


def _may_have_run(text: str, length: int) -> bool:
    """False when ``text`` has no whitespace-free run longer than ``length``: such a run
    holds ``probe + 1`` characters without white space from a multiple of ``probe`` on, so
    white space in each of those stretches rules it out, at a few characters' look per
    stretch instead of a regex step per character (a space, which most white space is in
    flattened text, is looked for first)."""
    probe = (length + 1) // 2
    find, search = text.find, _SPACE.search
    return any(find(" ", p, p + probe + 1) < 0 and search(text, p, p + probe + 1) is None
               for p in range(0, len(text) - probe, probe))


def _join(nlp: Language, docs: list[Doc]) -> Doc:
    """The docs as one, their texts end to end: what ``Doc.from_docs`` does with
    ``ensure_whitespace=False``, three times faster, keeping what the tokenizer sets (the
    words, their trailing spaces and the norms of its special cases)."""
    tokens = numpy.concatenate([d.to_array([ORTH, NORM, SPACY]) for d in docs if len(d)])
    strings = nlp.vocab.strings
    doc = Doc(nlp.vocab, words=[strings[orth] for orth in tokens[:, 0].tolist()],
              spaces=tokens[:, 2].astype(bool).tolist())
    doc.from_array([NORM], tokens[:, 1:2])
    return doc


def tokenize(text: str, sentences: tuple[Sentence, ...], model: str | None = None, *,
             annotate: bool = True) -> Doc:
    """Tokens of the flattened ``text``; with ``annotate``, sentence starts from ``segment``
    on them and headings in ``doc.spans["headings"]``. The recognizers take ``sentences``
    themselves and read neither, so the pipeline does without: writing the starts reads and
    writes every token of the doc, a sixth of the tokenizer's time in the pipeline."""
    nlp = load(model)
    if len(text) > nlp.max_length:
        raise ArticleTooLong(f"article is {len(text):,} characters, over the limit of "
                             f"{nlp.max_length:,}" + (f" for the model {model}" if model else ""))
    doc = _make_doc(nlp, flatten(text))
    if model:
        doc = nlp(doc)
    if not annotate:
        return doc
    if len(doc):
        _set_sentence_starts(doc, sentences)
    heads: list[Span] = []
    for s in sentences:
        if s.heading:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is not None:
                heads.append(span)
    doc.spans["headings"] = heads
    return doc


def _set_sentence_starts(doc: Doc, sentences: tuple[Sentence, ...]) -> None:
    """Mark each token starting a sentence (and the first) as a start, every other token as
    not one, in one array write: setting ``token.is_sent_start`` one token at a time checks
    the whole doc's annotation each time, which is quadratic in the article's length."""
    idx = doc.to_array(IDX)  # ascending, uint64
    n = len(idx)
    starts = numpy.array([s.start for s in sentences], dtype=numpy.uint64)
    at = numpy.searchsorted(idx, starts)  # the first token at or after each start
    inside = at < n
    at = at[inside]
    values = numpy.full((n, 1), _NOT_START, dtype=numpy.uint64)
    values[at[idx[at] == starts[inside]]] = 1  # the tokens whose offset is a sentence start
    values[0] = 1
    doc.from_array([SENT_START], values)


_NOT_START = numpy.uint64(2**64 - 1)  # -1 as SENT_START reads it
