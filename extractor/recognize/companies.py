"""Company mentions without a statistical model.

Four rules, in one pass each over the tokens:

1. the gazetteer (``lexicon/companies.json``): every alias, case-sensitive, longest match,
   extended over a following legal suffix ("Meta Platforms Inc.");
2. shape: a capitalized run ending in a legal suffix ("Cyclops Corp", "SHV (United Kingdom)
   Holding Co Ltd") or, with two words or more, in an organisation head noun
   ("Imperial Continental Gas Association");
3. context: a capitalized run that is the subject of a deal verb ("Penril said it"), carries a
   ticker ("(NASDAQ: CRWV)") or an appositive ("X, a Denver-based cloud provider,");
4. the article's own short forms: a name defined in brackets ("Advanced Micro Devices (AMD)"),
   the first word of a found name ("Dixons" for "Dixons Group Plc") and initials
   ("IC Gas" for "Imperial Continental Gas Association").

Then one canonical name per company per article: the gazetteer name, else the longest clean
form (legal suffixes dropped with cleanco), with short forms linked to it. Outlets cited for
the news (Reuters, CNBC) are never companies; headings only yield gazetteer names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cleanco import basename
from spacy.tokens import Doc

from ..lexicon.companies import (
    COMPANY_NOUNS,
    GENERIC_FIRST_WORDS,
    LEGAL_SUFFIXES,
    NAME_CONNECTORS,
    NOT_NAME_STARTS,
    ORG_HEADS,
    ROLE_WORDS,
    STRONG_SUFFIXES,
    SUBJECT_CONFIRMERS,
    SUBJECT_VERBS,
    WEAK_SUFFIXES,
    Company,
    Gazetteer,
    gazetteer,
)
from ..mentions import CompanyMention, Sentence

_MAX_RUN = 10
_EXCHANGES = frozenset({"NASDAQ", "Nasdaq", "NYSE", "AMEX", "TSX", "LSE", "ASX", "HKEX",
                        "OTC", "OTCQX", "TSE", "NYSEAmerican", "Euronext", "SIX", "XETRA"})
_TICKER = re.compile(r"^[A-Z][A-Z0-9.\-]{0,6}$")


@dataclass(frozen=True, slots=True)
class _Found:
    a: int
    b: int
    how: str
    company: Company | None
    target: str | None = None  # the article name a short form stands for


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int
    sent_start: bool
    heading: bool


def _tokens(doc: Doc, sentences: tuple[Sentence, ...]) -> list[_Tok]:
    starts = {s.start for s in sentences}
    heads = [(s.start, s.end) for s in sentences if s.heading]
    out, h = [], 0
    for t in doc:
        if t.is_space:
            continue
        while h < len(heads) and heads[h][1] <= t.idx:
            h += 1
        in_head = h < len(heads) and heads[h][0] <= t.idx < heads[h][1]
        out.append(_Tok(t.text, t.idx, t.idx + len(t.text), t.idx in starts, in_head))
    return out


def _capitalized(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and any(c.isalpha() for c in word)
                                                 and any(c.isupper() for c in word)))


def clean_name(mention: str) -> str:
    """A mention without legal suffixes or possessive: "Dixons Group Plc" -> "Dixons"."""
    name = re.sub(r"(?:'s|')$", "", mention.strip()).strip(" ,.")
    for _ in range(4):
        shorter = basename(name).strip(" ,")
        words = shorter.split()
        if words and words[-1] in LEGAL_SUFFIXES and len(words) > 1:
            shorter = " ".join(words[:-1])
        if not shorter or shorter == name:
            break
        name = shorter
    return name


# -- rule 1: the gazetteer ---------------------------------------------------------------


def _alias_index(gaz: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], Company]]]:
    from ..nlp import load

    tokenizer = load().tokenizer
    index: dict[str, list[tuple[tuple[str, ...], Company]]] = {}
    for alias, company in gaz.by_alias.items():
        words = tuple(t.text for t in tokenizer(alias) if not t.is_space)
        if words:
            index.setdefault(words[0], []).append((words, company))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_INDEX_CACHE: dict[int, dict] = {}


def _index_for(gaz: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], Company]]]:
    key = id(gaz)
    if key not in _INDEX_CACHE:
        _INDEX_CACHE.clear()
        _INDEX_CACHE[key] = _alias_index(gaz)
    return _INDEX_CACHE[key]


def _suffix_end(toks: list[_Tok], j: int) -> int:
    """Extend a name ending before token ``j`` over legal suffix tokens."""
    while j < len(toks) and toks[j].text in LEGAL_SUFFIXES and toks[j].start == toks[j - 1].end + 1:
        j += 1
    return j


def _gazetteer_matches(toks: list[_Tok], gaz: Gazetteer) -> list[tuple[int, int, Company]]:
    index = _index_for(gaz)
    out, i = [], 0
    while i < len(toks):
        best = None
        for words, company in index.get(toks[i].text, ()):
            n = len(words)
            if tuple(t.text for t in toks[i:i + n]) == words:
                best = (n, company)
                break
        if best is None:
            i += 1
            continue
        n, company = best
        j = _suffix_end(toks, i + n)
        if not _ambiguous_miss(toks, i, i + n, company):
            out.append((i, j, company))
        i = j
    return out


def _ambiguous_miss(toks: list[_Tok], i: int, j: int, company: Company) -> bool:
    """An alias that is also an ordinary word counts only with company context."""
    alias = " ".join(t.text for t in toks[i:j])
    if alias not in company.ambiguous:
        return False
    nxt = toks[j].text if j < len(toks) else ""
    return not (nxt in LEGAL_SUFFIXES or nxt in SUBJECT_VERBS or nxt in ("'s", "(", ","))


# -- rules 2 and 3: shape and context -------------------------------------------------------


def _runs(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal capitalized runs (with connectors, hyphens and bracketed parts inside)."""
    out, i, n = [], 0, len(toks)
    while i < n:
        t = toks[i]
        if not _capitalized(t.text) or t.text in NOT_NAME_STARTS:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _MAX_RUN:
            w = toks[j].text
            if _capitalized(w):
                j += 1
            elif w == "'s" and j + 1 < n and _capitalized(toks[j + 1].text) and _run_has_suffix(
                    toks, j + 1, n):
                j += 2
            elif w == "and" and toks[j - 1].text in STRONG_SUFFIXES:
                break
            elif w in ("-", "&") and j + 1 < n and _capitalized(toks[j + 1].text):
                j += 2
            elif w in NAME_CONNECTORS and j + 1 < n and _capitalized(toks[j + 1].text) \
                    and toks[j + 1].text not in NOT_NAME_STARTS:
                j += 2
            elif w == "(" and j + 2 < n and _capitalized(toks[j + 1].text):
                k = j + 1
                while k < n and k - j < 4 and _capitalized(toks[k].text):
                    k += 1
                if k < n and toks[k].text == ")" and k + 1 < n and _capitalized(toks[k + 1].text):
                    j = k + 1
                else:
                    break
            else:
                break
        out.append((i, min(j, n)))
        i = max(j, i + 1)
    return out


def _run_has_suffix(toks: list[_Tok], j: int, n: int) -> bool:
    """A legal suffix follows within a few capitalized words ("Pantera's Corp")."""
    for k in range(j, min(n, j + 4)):
        if toks[k].text in LEGAL_SUFFIXES:
            return True
        if not _capitalized(toks[k].text):
            return False
    return False


def _shape_candidate(toks: list[_Tok], a: int, b: int) -> tuple[int, int, str] | None:
    """The company inside run ``a:b`` by its ending: legal suffix or organisation head."""
    last_suffix = None
    for k in range(b - 1, a, -1):
        if toks[k].text in LEGAL_SUFFIXES:
            last_suffix = k
            break
    if last_suffix is not None:
        core = [t.text for t in toks[a:last_suffix + 1] if t.text not in LEGAL_SUFFIXES]
        if core and not (toks[last_suffix].text in WEAK_SUFFIXES and len(core) < 1):
            return a, last_suffix + 1, "suffix"
    for k in range(b - 1, a, -1):
        if toks[k].text in ORG_HEADS:
            return a, k + 1, "shape"
    return None


def _context_candidate(toks: list[_Tok], a: int, b: int) -> tuple[int, int, str] | None:
    if b - a > 5:
        return None
    nxt = toks[b].text if b < len(toks) else ""
    after = toks[b + 1].text if b + 1 < len(toks) else ""
    if nxt in SUBJECT_VERBS and (after in SUBJECT_CONFIRMERS or nxt in (
            "agreed", "acquired", "bought", "sold", "completed", "signed", "raised", "purchased")):
        if a > 0 and toks[a - 1].text.lower() in ("ceo", "executive", "analyst", "chairman",
                                                    "president", "director", "spokesman",
                                                    "founder", "officer", "said"):
            return None
        return a, b, "context"
    if nxt == "(" and after in _EXCHANGES:
        return a, b, "ticker"
    if nxt in ROLE_WORDS and b - a <= 4:
        return a, b, "context"
    if nxt == ",":
        for k in range(b + 2, min(b + 8, len(toks))):
            w = toks[k].text
            if w in (",", ".", ";"):
                break
            if w.lower() in COMPANY_NOUNS and toks[b + 1].text.lower() in ("a", "an"):
                return a, b, "context"
    return None


# -- rule 4: the article's own short forms -----------------------------------------------------


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """"IC Gas" abbreviates "Imperial Continental Gas Association": each short word is a
    run of initials of consecutive long words or equals the next long word."""
    i = 0
    for word in short:
        if i < len(long) and word == long[i]:
            i += 1
            continue
        if word.isupper() and len(word) >= 2 and i + len(word) <= len(long) and all(
                long[i + k][:1] == word[k] for k in range(len(word))):
            i += len(word)
            continue
        return False
    return i >= 2 and len(short) < len(long)


def _short_forms(name: str) -> set[str]:
    words = name.split()
    forms = set()
    if len(words) > 1 and words[0] not in GENERIC_FIRST_WORDS and len(words[0]) > 2 \
            and words[0] not in NOT_NAME_STARTS:
        forms.add(words[0])
    if len(words) > 2:
        forms.add(" ".join(words[:2]))
    return forms


def find_companies(doc: Doc, sentences: tuple[Sentence, ...],
                   gaz: Gazetteer | None = None) -> tuple[CompanyMention, ...]:
    """Company mentions in ``doc`` (tokens of the repaired text), sorted by offset."""
    gaz = gaz or gazetteer()
    text = doc.text
    toks = _tokens(doc, sentences)
    taken = [False] * len(toks)
    found: list[_Found] = []

    def claim(a: int, b: int, how: str, company: Company | None, target: str | None = None) -> bool:
        if any(taken[a:b]):
            return False
        span_text = text[toks[a].start:toks[b - 1].end]
        if span_text in gaz.outlets or (how != "suffix" and clean_name(span_text) in gaz.outlets):
            return False
        for k in range(a, b):
            taken[k] = True
        found.append(_Found(a, b, how, company, target))
        return True

    gazetteer_matches = _gazetteer_matches(toks, gaz)
    runs = _runs(toks)
    candidates = []
    for a, b in runs:
        if toks[a].heading:
            continue
        cand = _shape_candidate(toks, a, b) or _context_candidate(toks, a, b)
        if cand:
            s, e, how = cand
            while s < e and toks[s].text in LEGAL_SUFFIXES:
                s += 1
            if s < e:
                candidates.append((s, e, how))
    # A name ending in a suffix that extends a gazetteer name is another company
    # ("Merrill Lynch Capital Partners"), unless it is the gazetteer name with its suffix.
    for s, e, how in candidates:
        if how in ("suffix", "shape") and clean_name(
                text[toks[s].start:toks[e - 1].end]) not in gaz.by_alias and any(
                s <= a and b <= e and (a, b) != (s, e) for a, b, _ in gazetteer_matches):
            claim(s, e, how, None)
    for a, b, company in gazetteer_matches:
        claim(a, b, "gazetteer", company)
    for s, e, how in candidates:
        claim(s, e, how, None)

    # Names defined in brackets, short forms and initials of what was found.
    names = {clean_name(text[toks[f.a].start:toks[f.b - 1].end]): f.company for f in found}
    defined: dict[str, str] = {}
    for f in list(found):
        a, b, company = f.a, f.b, f.company
        if b + 2 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")" \
                and toks[b + 1].text.isupper() and toks[b + 1].text not in _EXCHANGES:
            defined[toks[b + 1].text] = company.name if company else clean_name(
                text[toks[a].start:toks[b - 1].end])
    short: dict[str, str] = dict(defined)
    for name, company in names.items():
        if company is None:
            for form in _short_forms(name):
                short.setdefault(form, name)
    long_names = [n.split() for n, c in names.items() if c is None and len(n.split()) > 2]
    for a, b in runs:
        for s in range(a, b):
            if taken[s] or toks[s].heading:
                continue
            for e in range(min(b, s + 4), s, -1):
                if any(taken[s:e]):
                    continue
                words = [t.text for t in toks[s:e]]
                phrase = " ".join(words)
                target = short.get(phrase)
                if target is None:
                    target = next((" ".join(n) for n in long_names if _abbreviates(words, n)), None)
                if target is not None:
                    claim(s, _suffix_end(toks, e), "short", gaz.by_alias.get(target), target)
                    break
    return _canonical(found, toks, text)


def _canonical(found: list[_Found], toks: list[_Tok], text: str) -> tuple[CompanyMention, ...]:
    """One canonical name per company: gazetteer name, else the longest clean form."""
    clean = []
    for f in sorted(found, key=lambda f: f.a):
        mention = text[toks[f.a].start:toks[f.b - 1].end]
        clean.append((f.a, f.b, f.how, f.company, mention, f.target or clean_name(mention)))
    longest: dict[str, str] = {}
    names = sorted({c[5] for c in clean if c[3] is None}, key=len, reverse=True)
    for name in names:
        key = name.casefold()
        parent = next((n for n in names if len(n) > len(name)
                       and n.casefold().startswith(key + " ")), None)
        longest[name] = longest.get(parent, parent) if parent else name
    out = []
    for a, b, how, company, mention, name in clean:
        if company is not None:
            canonical, parent, kinds = company.name, company.parent, company.kinds
        else:
            canonical, parent, kinds = longest.get(name, name), None, ()
        out.append(CompanyMention(toks[a].start, toks[b - 1].end, mention, canonical, how,
                                  parent, kinds))
    return tuple(out)
