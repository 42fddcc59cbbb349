"""Company mentions without a statistical model.

Rules, each one pass over the tokens (shapes in ``shapes.py``, naming in ``names.py``):

1. the gazetteer (``lexicon/companies.json``): every alias, case-sensitive, longest match,
   extended over a following legal suffix ("Meta Platforms Inc.");
2. shape: a capitalized run ending in a legal suffix in any case ("Cyclops Corp", "Norton co",
   "SHV (United Kingdom) Holding Co Ltd", "Dynamics Corp of America") or, with two words or
   more, in an organisation head noun ("Imperial Continental Gas Association");
3. context: a run that is the subject of a deal verb ("Penril said it"), carries a ticker
   ("(NASDAQ: CRWV)"), an appositive ("X, a Denver-based cloud provider,") or a bracketed
   acronym of itself ("Foo Bar Baz (FBB)"); the object of a buy or sell cue ("agreed to
   acquire X,", "sold ... to X for"); a named unit ("its Nutone unit");
4. people who act in a deal sentence, with a title ("investor Carl Lindner") or a middle
   initial ("Walter G. Mize"), come back with ``how="person"``;
5. with a statistical model (``nlp.tokenize(..., model)``), its ORG entities (``how="model"``);
6. the article's own short forms: names defined in brackets ("(AMD)"), first words of found
   names ("Dixons" for "Dixons Group Plc") and initials ("IC Gas").

Outlets cited for the news (Reuters, CNBC) are never companies unless they carry a legal
suffix; headings yield gazetteer names only.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from itertools import compress, count

from spacy.tokens import Doc

from ..lexicon.companies import (
    LEGAL_SUFFIXES,
    NOT_NAME_STARTS,
    SUBJECT_VERBS,
    Company,
    Gazetteer,
    gazetteer,
)
from ..mentions import CompanyMention, Sentence
from .names import Found, InitialsIndex, canonical, clean_name, short_forms
from .shapes import (
    EXCHANGES,
    Tokens,
    appositive_kinds,
    context_candidates,
    heading_candidates,
    is_suffix,
    object_candidate,
    person_candidate,
    runs,
    shape_candidate,
    tokens,
    unit_candidate,
)

__all__ = ["find_companies", "clean_name"]

_Cand = tuple[int, int, str]


# -- rule 1: the gazetteer ---------------------------------------------------------------


class _AliasNode:
    """A node of the aliases' prefix tree over tokens: the company whose alias ends here (the
    first one given, when aliases tokenize alike) and the tokens that continue an alias."""

    __slots__ = ("company", "next")

    def __init__(self) -> None:
        self.company: Company | None = None
        self.next: dict[str, _AliasNode] = {}


@lru_cache(maxsize=4)
def _alias_tree(gaz: Gazetteer) -> dict[str, _AliasNode]:
    """Aliases as a prefix tree over their tokens, by first token (cached per gazetteer)."""
    from ..nlp import load

    tokenizer = load().tokenizer
    roots: dict[str, _AliasNode] = {}
    for alias, company in gaz.by_alias.items():
        words = [t.text for t in tokenizer(alias) if not t.text.isspace()]
        if words:
            node = roots.setdefault(words[0], _AliasNode())
            for w in words[1:]:
                node = node.next.setdefault(w, _AliasNode())
            if node.company is None:
                node.company = company
    return roots


def _longest_alias(roots: dict[str, _AliasNode], words: list[str],
                   i: int) -> tuple[int, Company] | None:
    """The end and company of the longest alias at token ``i``, if any."""
    node, best, k, n = roots.get(words[i]), None, i, len(words)
    while node is not None:
        k += 1
        if node.company is not None:
            best = (k, node.company)
        node = node.next.get(words[k]) if k < n and node.next else None
    return best


def _suffix_end(toks: Tokens, j: int) -> int:
    """Extend a name ending before token ``j`` over legal suffix tokens."""
    while j < len(toks.text) and is_suffix(toks, j) and toks.start[j] == toks.end(j - 1) + 1:
        j += 1
    return j


def _gazetteer_matches(toks: Tokens, gaz: Gazetteer) -> list[tuple[int, int, Company]]:
    roots = _alias_tree(gaz)
    out, j = [], 0
    for i in compress(count(), map(roots.__contains__, toks.text)):  # tokens opening an alias
        if i < j:
            continue
        found = _longest_alias(roots, toks.text, i)
        if found:
            e, company = found
            j = _suffix_end(toks, e)
            out.append((i, j, company, _ambiguous_miss(toks, i, e, company)))
    # One sense per article: an ambiguous alias ("Oracle", "Arm") counts as the counterparty of
    # a deal sentence ("a contract with Oracle") when the same company is named with context
    # elsewhere in the article.
    confirmed = {id(c) for _, _, c, miss in out if not miss}
    return [(i, j, c) for i, j, c, miss in out
            if not miss or (id(c) in confirmed and toks.sent[i] > 0 and not toks.heading[i]
                            and toks.deal(i) and i > 0 and toks.text[i - 1] in ("from", "with"))]


def _contains_match(matches: list[tuple[int, int, Company]], starts: list[int], s: int,
                    e: int) -> bool:
    """Whether a gazetteer match other than ``s:e`` itself lies inside tokens ``s:e``. The
    matches are in order and never overlap, so only those starting in ``s:e`` are looked at."""
    for k in range(bisect.bisect_left(starts, s), len(matches)):
        a, b, _ = matches[k]
        if a >= e:
            break
        if b <= e and (a, b) != (s, e):
            return True
    return False


def _after_possessor(toks: Tokens, matches: list[tuple[int, int, Company]], starts: list[int],
                     s: int, e: int) -> int:
    """Where a name run ``s:e`` starts once a gazetteer company's possessive that opens it is
    cut off ("Schlumberger's Fairchild Semiconductor Corp" -> "Fairchild Semiconductor Corp"),
    when at least a word and the suffix follow; else ``s``."""
    k = bisect.bisect_left(starts, s)
    if k < len(matches) and matches[k][0] == s:
        b = matches[k][1]
        if b + 2 < e and toks.text[b] == "'s":
            return b + 1
    return s


def _ambiguous_miss(toks: Tokens, i: int, j: int, company: Company) -> bool:
    """An alias that is also an ordinary word or a surname ("Oracle", "Ford") counts when
    company context follows it, or when it stands capitalized inside a sentence on its own:
    not opening the sentence, not after "the" or another capitalized word ("the Amazon",
    "Harrison Ford", "AWS Lambda"), not before one."""
    if not company.ambiguous or " ".join(toks.text[i:j]) not in company.ambiguous:
        return False
    nxt = toks.text[j] if j < len(toks.text) else ""
    if nxt in LEGAL_SUFFIXES or nxt in SUBJECT_VERBS or nxt in ("'s", "(", ","):
        return False
    inside = i > 0 and toks.sent[i - 1] == toks.sent[i] and not toks.heading[i]
    prev = toks.text[i - 1] if i > 0 else ""
    alone = inside and prev.lower() not in ("the", "a", "an") and not prev[:1].isupper() \
        and not nxt[:1].isupper()
    return not alone


# -- rules 2 to 4: candidates from runs -------------------------------------------------------


def _run_candidates(toks: Tokens, a: int, b: int, ambiguous: frozenset[str]) -> list[_Cand]:
    """The companies (and acting people) inside one capitalized run."""
    person = person_candidate(toks, a, b) if b - a >= 2 else None  # a name of two words
    if person:
        rest = person[1] + 1 if person[1] < b and toks.text[person[1]] == "and" else person[1]
        return [person] + (_run_candidates(toks, rest, b, ambiguous) if rest < b else [])
    while a < b and toks.text[a] in LEGAL_SUFFIXES:
        a += 1
    if a >= b:
        return []
    shape = shape_candidate(toks, a, b) if b - a >= 2 else None  # a word before the ending
    if shape:
        # what follows the name in the run may be a person or another name ("LDB Corp
        # Chairman L.D. Brinkman")
        rest = _run_candidates(toks, shape[1], b, ambiguous) if b - shape[1] >= 2 else []
        return [_lower_opener(toks, shape)] + rest
    context = context_candidates(toks, a, b)
    if context:
        return context
    found = object_candidate(toks, a, b, ambiguous) or unit_candidate(toks, a, b)
    return [found] if found else []


def _lower_opener(toks: Tokens, cand: _Cand) -> _Cand:
    """Wire copy sometimes drops the capital of a sentence's first word ("golden Poultry Co
    Inc said"): a name with a legal suffix takes in the lower-case word that opens the
    sentence right before it."""
    a, e, how = cand
    if how != "suffix" or a == 0:
        return cand
    w = toks.text[a - 1]
    if toks.sent[a - 1] != toks.sent[a] or toks.heading[a - 1] or not (w.isalpha() and w.islower()) \
            or w.capitalize() in NOT_NAME_STARTS or len(w) < 3:
        return cand
    if a >= 2 and toks.sent[a - 2] == toks.sent[a - 1]:
        return cand
    if a >= 2 and not (toks.heading[a - 2] or toks.text[a - 2] in (".", "?", "!", '"')):
        return cand  # a line of wrapped copy, not a sentence
    return a - 1, e, how


@lru_cache(maxsize=4)
def _ambiguous(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(a for c in gaz.companies for a in c.ambiguous)


def _candidates(toks: Tokens, gaz: Gazetteer) -> tuple[list[_Cand], list[tuple[int, int]]]:
    spans = runs(toks)
    out = []
    ambiguous = _ambiguous(gaz)
    for a, b in spans:
        if not toks.heading[a]:
            out.extend(_run_candidates(toks, a, b, ambiguous))
    b = 0
    for a in compress(count(), toks.heading):  # headings: names with a legal suffix only,
        if a < b:                              # over the whole line
            continue
        b = a + 1
        while b < len(toks.text) and toks.sent[b] == toks.sent[a]:
            b += 1
        out.extend(heading_candidates(toks, a, b))
    return out, spans


def _model_candidates(doc: Doc, toks: Tokens) -> list[_Cand]:
    """ORG entities of a statistical model, when the doc has them."""
    ents = doc.ents  # none without a model (a C loop, unlike ``doc.has_annotation``)
    if not ents:
        return []
    starts = dict(zip(toks.start, count()))
    ends = {toks.end(k): k + 1 for k in range(len(toks.text))}
    out = []
    for ent in ents:
        if ent.label_ == "ORG":
            a, b = starts.get(ent.start_char), ends.get(ent.end_char)
            if a is not None and b is not None and a < b and not toks.heading[a]:
                out.append((a, b, "model"))
    return out


# -- the recognizer ----------------------------------------------------------------------------


class _Claims:
    """Spans claimed so far: each token belongs to at most one mention."""

    def __init__(self, toks: Tokens, gaz: Gazetteer) -> None:
        self.toks, self.gaz = toks, gaz
        self.taken = [False] * len(toks.text)
        self.found: list[Found] = []
        self.tokens: list[tuple[int, int]] = []  # the tokens of each found mention

    def span(self, a: int, b: int) -> str:
        return self.toks.span(a, b)

    def claim(self, a: int, b: int, how: str, company: Company | None = None,
              target: str | None = None, by_form: bool = False) -> bool:
        """Claim tokens ``a:b`` unless taken or an outlet's name; ``by_form``: the company is
        the gazetteer's that the mention's form names (``_comma_alias``)."""
        taken = self.taken
        if True in taken[a:b]:  # (``taken`` holds booleans only)
            return False
        toks = self.toks
        mention = toks.span(a, b)
        outlets = self.gaz.outlets
        if mention in outlets or (how != "suffix" and clean_name(mention) in outlets):
            return False
        if by_form:
            company = _comma_alias(mention, self.gaz)
        for k in range(a, b):
            taken[k] = True
        text = toks.text
        kinds = ("person",) if how == "person" else appositive_kinds(toks, b) if (
            b < len(text) and text[b] == ",") else ()
        self.found.append(Found(toks.start[a], toks.start[b - 1] + len(text[b - 1]), mention,
                                how, company, target, kinds))
        self.tokens.append((a, b))
        return True


def find_companies(doc: Doc, sentences: tuple[Sentence, ...], gaz: Gazetteer | None = None,
                   text: str | None = None) -> tuple[CompanyMention, ...]:
    """Company mentions in ``doc`` (tokens of the repaired text), sorted by offset; ``text``
    is the doc's text (``doc.text``), when the caller has it."""
    gaz = gaz or gazetteer()
    toks = tokens(doc, sentences, text)
    claims = _Claims(toks, gaz)
    matches = _gazetteer_matches(toks, gaz)
    candidates, spans = _candidates(toks, gaz)
    # A name with a suffix that extends a gazetteer name is another company ("GE Credit Corp",
    # "Merrill Lynch Capital Partners"), unless it is the gazetteer name with its suffix.
    match_starts = [a for a, _, _ in matches]
    # "Schlumberger's Fairchild Semiconductor Corp unit": a known company's possessive opens
    # the name of another, its unit
    candidates = [(_after_possessor(toks, matches, match_starts, s, e), e, how)
                  if how in ("suffix", "shape") else (s, e, how) for s, e, how in candidates]
    for s, e, how in candidates:
        if how in ("suffix", "shape") and _contains_match(matches, match_starts, s, e) \
                and clean_name(claims.span(s, e)) not in gaz.by_alias:
            claims.claim(s, e, how, by_form=True)
    for a, b, company in matches:
        claims.claim(a, b, "gazetteer", company)
    for s, e, how in candidates + _model_candidates(doc, toks):
        claims.claim(s, e, how, by_form=True)
    _short_forms(claims, spans)
    return canonical(claims.found)


def _comma_alias(span: str, gaz: Gazetteer) -> Company | None:
    """"Goldman, Sachs and Co" is the gazetteer's Goldman Sachs; "CYCLOPS CORP" (a heading in
    capitals) is its Cyclops Corp."""
    if "," in span:
        return gaz.by_alias.get(clean_name(span).replace(",", ""))
    if span.isupper() and len(span) > 4:
        folded = _folded_aliases(gaz)
        return folded.get(span.casefold()) or folded.get(clean_name(span).casefold())
    return None


@lru_cache(maxsize=4)
def _folded_aliases(gaz: Gazetteer) -> dict[str, Company]:
    """Gazetteer aliases in case-folded form, without the ambiguous ones ("ORACLE" could be a
    word in a heading) and without acronyms."""
    out: dict[str, Company] = {}
    for alias, company in gaz.by_alias.items():
        if alias not in company.ambiguous and not alias.isupper():
            out.setdefault(alias.casefold(), company)
    return out


def _short_forms(claims: _Claims, spans: list[tuple[int, int]]) -> None:
    """Names defined in brackets, first words and initials of the names found."""
    if not claims.found:
        return
    toks = claims.toks
    names = {clean_name(f.text): f.company for f in claims.found if f.how != "person"}
    short: dict[str, str] = {}
    for f, (_, end) in zip(list(claims.found), list(claims.tokens)):
        b = end - 1
        if b + 3 < len(toks.text) and toks.text[b + 1] == "(" and toks.text[b + 3] == ")" \
                and toks.text[b + 2].isupper() and toks.text[b + 2] not in EXCHANGES:
            short[toks.text[b + 2]] = f.company.name if f.company else clean_name(f.text)
    for name, company in names.items():
        if company is None:
            short.setdefault(name, name)
            for form in short_forms(name):
                short.setdefault(form, name)
    initials = InitialsIndex([n for n, c in names.items() if c is None])
    if not short and not initials:
        return
    # A short form or initials can only start at a word that opens one: most words are
    # passed over without building phrases.
    first_words = {form.split(" ", 1)[0] for form in short}
    letters = initials.first_letters  # (``initials.may_open``, inline)
    text, heading, taken = toks.text, toks.heading, claims.taken
    for a, b in spans:
        s = a
        while s < b:
            w = text[s]
            if taken[s] or heading[s] or not (
                    w in first_words or not w or w[0] in letters or " " in w):
                s += 1
            else:
                s = _match_short(claims, short, initials, s, b)


def _match_short(claims: _Claims, short: dict[str, str], initials: InitialsIndex,
                 s: int, b: int) -> int:
    """Claim the longest short form starting at token ``s``; the next token to look at."""
    toks = claims.toks
    last = min(b, s + 4)
    taken = claims.taken[s:last]
    if True in taken:  # a phrase ends before the first taken token
        last = s + taken.index(True)
    for e in range(last, s, -1):
        words = toks.text[s:e]
        phrase = " ".join(words)
        target = short.get(phrase) or initials.find(words)
        if target is not None:
            end = _suffix_end(toks, e)
            claims.claim(s, end, "short", claims.gaz.by_alias.get(target), target)
            return end
    return s + 1
