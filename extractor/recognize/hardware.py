"""Find chips and systems in text: ``find_hardware(text) -> tuple[HardwareMention, ...]``.

One compiled pattern reads a hardware phrase left to right:

    [quantity] [vendor['s]] [modifiers] [model [model]] [qualifier head] [(ABBR)] [supplied by vendor]

("100,000 Nvidia GB300 GPUs", "AMD's Instinct MI450 accelerators", "Google's Tensor Processing
Units (TPUs)", "GPUs supplied by Nvidia"). A phrase needs a model or a head noun; the checks in
``_accept`` drop ordinary words ("chips", "Grace", "processors") that lack hardware context.
Vocabulary lives in ``extractor/lexicon/hardware.py``.
"""
from __future__ import annotations

import re

from extractor.lexicon import hardware as lex
from extractor.mentions import HardwareMention
from extractor.recognize.money import BoundarySearch, alternation

_SURFACES = {s.text: s.model for s in lex.MODELS}
_HEADS = {k.lower(): v for k, v in lex.HEADS.items()}
_QUALIFIERS = {k.lower(): v for k, v in lex.HEAD_QUALIFIERS.items()}
_CONTEXT_HEADS = {h.lower() for h in lex.CONTEXT_HEADS}
_MODEL_ONLY_HEADS = {h.lower() for h in lex.MODEL_ONLY_HEADS}
_SKIP_AFTER = re.compile(r"[ \t]*-?[ \t]*(?:%s)(?![\w-])" % "|".join(map(re.escape, lex.NOT_HARDWARE_AFTER)))
_PERSON_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|wrote)\b")


def _alt(words) -> str:
    """An alternation in which longer words win (a prefix tree: one branch per next
    character, so the engine never walks the whole list); a space matches any run of spaces."""
    return alternation(words)


def _cased(words) -> set[str]:
    """Each word as written, with a capital first letter, and in title case; words that are
    usually part of a name when capitalized stay as written."""
    keep = lex.LOWER_CASE_HEADS
    return {v for w in words for v in ((w,) if w in keep else (w, w[:1].upper() + w[1:], w.title()))}


def _number_pattern() -> str:
    digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?![\d.])"
    units = _alt(w for w in lex.NUMBER_WORDS if not w.startswith(("a", "half")))
    scales = _alt(lex.SCALE_WORDS)
    words = rf"(?:(?:half\s+a|a|{units})(?:[\s-](?:{units}))?(?:\s+(?:{scales}))+|(?:{units})(?:-(?:{units}))?)"
    return rf"(?:{digits})(?:\s+(?:{scales}))?|(?i:{words})"


def _gate() -> str:
    """Where a phrase may start: a digit, a number word, or the first word of a vendor,
    modifier, model, qualifier or head. Checked first, it lets the engine pass over ordinary
    words in a few steps; every phrase starts so, so it changes no match."""
    numbers = ["half", "a", *(w for w in lex.NUMBER_WORDS if not w.startswith(("a", "half")))]
    phrases = [*lex.VENDORS, *_cased(lex.MODIFIERS), *_SURFACES, *_cased(lex.HEAD_QUALIFIERS),
               *_cased(lex.HEADS)]
    first = _alt(dict.fromkeys(p.split(" ")[0] for p in phrases))
    return rf"(?=\d|{first}|(?i:{_alt(numbers)}[\s-]))"


def _phrase() -> str:
    """The phrase pattern (group ``phrase``), to be tried where a phrase may start."""
    vendor = _alt(lex.VENDORS)
    tie = rf"[\u2122\u00ae]?(?:'s|\u2019s|'|-(?:{_alt(lex.VENDOR_LINKS)}))?"
    model = _alt(_SURFACES)
    head = _alt(_cased(lex.HEADS))
    qualifier = _alt(_cased(lex.HEAD_QUALIFIERS))
    modifier = _alt(_cased(lex.MODIFIERS))
    head_part = rf"(?P<qual>(?:(?:{qualifier})\s+){{0,2}})(?P<head>{head})(?![\w-])"
    return (
        rf"(?P<phrase>(?=\w){_gate()}(?:(?P<qty>{_number_pattern()})(?:\s+|-)(?:of\s+)?)?"
        rf"(?P<body>(?:(?P<v1>{vendor}){tie}\s+(?:(?:and|or|&)\s+(?P<v2>{vendor}){tie}\s+)?)?"
        rf"(?:(?:{modifier})\s+){{0,3}}"
        rf"(?:(?P<m1>{model})[\u2122\u00ae]?(?:\s+(?P<m2>{model})[\u2122\u00ae]?)?(?:s|-(?:{_alt(lex.VENDOR_LINKS)}))?(?![\w]))?"
        rf"(?:(?(m1)\s+){head_part})?(?(head)|(?(m1)|(?!)))"
        rf"(?:\s*\((?P<abbr>{_alt(lex.ABBREVIATIONS)})\))?"
        rf"(?:,?\s+(?:(?:{_alt(lex.SUPPLY_VERBS)})\s+(?:by|with)|from)\s+(?P<v3>{vendor})(?![\w])"
        rf"(?:\s+(?:and|or|&)\s+(?P<v4>{vendor})(?![\w]))?)?))"
    )


def _clues() -> re.Pattern[str]:
    """Every phrase holds a model or a head noun, and so the longest word of one of their
    surface forms: a text with none of these words has no phrase, which one quick scan shows."""
    forms = [*_SURFACES, *_cased(lex.HEADS)]
    return re.compile(_alt({max(form.split(" "), key=len) for form in forms}))


# Compiled once, at import (as every other recognizer's patterns): a tenth of a second that
# the first article with hardware words paid before.
#
# A phrase (group ``phrase``) starts the text or follows a character that is not a word
# character, "$", "€", "£", ".", "," or "-".
_PHRASE = _phrase()
_PHRASES = BoundarySearch(_PHRASE, r"[^\w$\u20ac\u00a3.,-]")
_CLUES = _clues()


def find_hardware(text: str) -> tuple[HardwareMention, ...]:
    """Every hardware phrase in ``text``, sorted and non-overlapping; ``text[start:end]`` is the phrase."""
    if not isinstance(text, str):
        raise TypeError("find_hardware expects a str")
    if not _CLUES.search(text):
        return ()
    found: list[HardwareMention] = []
    pos = 0
    while match := _PHRASES.search(text, pos):
        found.extend(_mentions(text, match))
        pos = match.end("phrase")
    return tuple(found)


def _mentions(text: str, match: re.Match[str]) -> list[HardwareMention]:
    """One mention per phrase; a coordinated vendor ("Nvidia and AMD GPUs", "chips from Nvidia
    and AMD") gets a mention of its own on its name, so that spans never overlap."""
    if not _accept(text, match):
        return []
    quantity = _quantity(match.group("qty"))
    start = match.start("phrase") if quantity is not None else _body_start(match)
    end = match.end("v3") if match.group("v4") else match.end("phrase")
    model = _best_model(match)
    vendor = _vendor(match, model, match.group("v1") or match.group("v3"))
    category = _category(match, model, vendor)
    mentions = []
    if match.group("v2"):
        lead = _vendor_only(text, start, match.end("v1"), match, "v1")
        mentions.append(lead)
        start = match.start("v2")
        vendor = _vendor(match, model, match.group("v2"))
        category = _category(match, model, vendor)
    name = model.name if model else None
    mentions.append(HardwareMention(start, end, text[start:end], vendor, category, name, quantity))
    if match.group("v4"):
        mentions.append(_vendor_only(text, match.start("v4"), match.end("v4"), match, "v4"))
    return mentions


def _body_start(match: re.Match[str]) -> int:
    """Where the phrase starts without a quantity: at the vendor, else at the model or head
    (a bare "new" in "a new AI chip" stays out)."""
    if match.group("v1"):
        return match.start("v1")
    return match.start("m1") if match.group("m1") else match.start("qual")


def _vendor_only(text: str, start: int, end: int, match: re.Match[str], group: str) -> HardwareMention:
    vendor = lex.VENDORS[_norm(match.group(group))]
    category = _category(match, _best_model(match), vendor)
    return HardwareMention(start, end, text[start:end], vendor, category)


def _accept(text: str, match: re.Match[str]) -> bool:
    """Is the matched phrase hardware rather than an ordinary word or part of a company name?"""
    if _SKIP_AFTER.match(text, match.end("phrase")):
        return False
    head = (match.group("head") or "").lower()
    has_vendor = any(match.group(g) for g in ("v1", "v3"))
    models = [_SURFACES[_norm(m)] for m in (match.group("m1"), match.group("m2")) if m]
    if head in _MODEL_ONLY_HEADS and not models:
        return False
    if not models:
        return bool(head not in _CONTEXT_HEADS or has_vendor or match.group("qty") or match.group("qual"))
    context = has_vendor or head or len(models) > 1 or match.group("qty")
    if all(m.ambiguous for m in models) and not context:
        return False
    return bool(context) or not _is_person(text, match)


def _is_person(text: str, match: re.Match[str]) -> bool:
    start = match.start("phrase")
    before = text[max(0, start - 5):start].split()
    return bool(before and before[-1] in lex.PERSON_TITLES) or bool(_PERSON_AFTER.match(text, match.end("phrase")))


def _norm(surface: str) -> str:
    return " ".join(surface.split())


def _best_model(match: re.Match[str]) -> lex.Model | None:
    models = [_SURFACES[_norm(m)] for m in (match.group("m1"), match.group("m2")) if m]
    return max(models, key=lambda m: m.rank, default=None)


def _vendor(match: re.Match[str], model: lex.Model | None, named: str | None) -> str | None:
    """The model's vendor, else the one a head implies (TPU -> Google), else the one named."""
    if model is not None:
        return model.vendor
    implied = _HEADS[_norm(match.group("head")).lower()][1] if match.group("head") else None
    return implied or (lex.VENDORS[_norm(named)] if named else None)


def _category(match: re.Match[str], model: lex.Model | None, vendor: str | None) -> str | None:
    head = _norm(match.group("head")).lower() if match.group("head") else None
    explicit = _HEADS[head][0] if head else None
    if explicit is not None:
        return explicit
    qualified = _qualifier_category(match.group("qual"))
    if qualified is not None:
        return qualified
    if model is not None:
        return model.category
    if not match.group("qual") and head in lex.GENERIC_HEAD_DEFAULT:
        return lex.GENERIC_HEAD_DEFAULT[head]
    return lex.VENDOR_DEFAULT_CATEGORY.get(vendor, lex.ACCELERATOR)


def _qualifier_category(qualifiers: str | None) -> str | None:
    if not qualifiers:
        return None
    words = qualifiers.split()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            category = _QUALIFIERS.get(" ".join(words[i:i + size]).lower())
            if category is not None:
                return category
    return None


def _quantity(text: str | None) -> float | None:
    """``100,000`` -> 100000.0, ``1.5 million`` -> 1500000.0, ``one million`` -> 1000000.0.
    Bare years (``2027``) are not quantities."""
    if not text:
        return None
    words = text.lower().replace("-", " ").split()
    if re.fullmatch(r"(?:19|20)\d\d", words[0]) and len(words) == 1:
        return None
    total, current = 0.0, 0.0
    for word in _merge_halves(words):
        if word in lex.SCALE_WORDS:
            current = (current or 1.0) * lex.SCALE_WORDS[word]
            if lex.SCALE_WORDS[word] >= 1000:
                total, current = total + current, 0.0
        else:
            current += float(word.replace(",", "")) if word[0].isdigit() else lex.NUMBER_WORDS[word]
    return total + current


def _merge_halves(words: list[str]) -> list[str]:
    joined = " ".join(words).replace("half a", "a_half")
    return ["a half" if w == "a_half" else w for w in joined.split()]
