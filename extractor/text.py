"""Decode and repair article text, keeping a map back to the text as read.

The pipeline analyses the *repaired* text (mojibake fixed, quotes straightened, invisible
characters dropped, entities unescaped) but every offset it reports indexes the text *as
read* (decoded, before repair). ``repair`` returns both texts and an ``OffsetMap`` between
them; the map is a sorted list of edits, so untouched text costs nothing.
"""
from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

from .lexicon.text import (
    CHARACTER_REPLACEMENTS,
    LOSSY_QUOTE_MOJIBAKE,
    LOSSY_SEQUENCES,
    MOJIBAKE_HINT,
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (from JSON escapes or undecodable bytes) read as U+FFFD: the same
    length, so offsets do not move, and text that can be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def decode_bytes(data: bytes) -> Decoded:
    """Bytes to text: UTF-8 or UTF-16 by their BOM, UTF-16 without one by its zeros, then
    UTF-8, then UTF-8 with a few invalid bytes, then Western cp1252, then detection; NUL
    bytes in anything else mean binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    head = data[:4096]
    has_nul = b"\x00" in head
    utf16 = _utf16_without_bom(head) if has_nul else None
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if has_nul:
        raise DecodeError("binary data, not text")
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    western = _western_cp1252(data)
    if western is not None:
        return Decoded(western, "cp1252")
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("binary data or an unknown encoding")
    return Decoded(str(best), best.encoding)


# UTF-8 with a few invalid bytes (a corrupted byte, a character cut short) is still UTF-8:
# its invalid sequences are a tiny share of the text and no more than its valid multibyte
# characters. Text in a single-byte code page has next to no valid multibyte characters (its
# accented letters stand alone between ASCII letters, each an invalid sequence), and binary
# data has far more invalid sequences than valid characters.
_FEW_INVALID = 3
_INVALID_SHARE = 100  # over _FEW_INVALID, at most one invalid sequence in this many bytes


def _mostly_utf8(data: bytes) -> Decoded | None:
    """``data`` read as UTF-8 with U+FFFD for each invalid sequence when they are few (at
    most ``_FEW_INVALID``, or 1% of the bytes) and no more than the valid multibyte
    characters, else None. The encoding says how many bytes were replaced."""
    text = data.decode("utf-8", errors="replace")
    # A U+FFFD written in the text is the valid sequence EF BF BD, never part of another.
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if invalid > max(_FEW_INVALID, len(data) // _INVALID_SHARE):
        return None
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    if multibyte < invalid:
        return None
    replaced = len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    plural = "" if replaced == 1 else "s"
    return Decoded(text, f"utf-8 with {replaced} invalid byte{plural} replaced")


# Outside ASCII, Western text in Windows-1252 (Latin-1 is its subset for text) holds Latin
# letters and these marks. Another code page read as cp1252 shows itself by a run of three
# accented letters (Cyrillic, Greek or Hebrew, whose letters are all outside ASCII, give
# "Ïðèâåò") or by a mark inside a word (Polish in cp1250 gives "Za¿ó³æ" for "Zażółć").
_CP1252_LETTERS = "ƒŠŒŽšœžŸªµºÀ-ÖØ-öø-ÿ"
_IN_WORD_MARKS = "‘’´–—·\u00a0\u00ad"  # and no-break space, soft hyphen
_OTHER_MARKS = "€‚„…†‡‰‹›“”•™¡¢£¥§©«®°±²³¹»¼½¾¿×÷¶"
_NOT_WESTERN = re.compile(
    f"[^\\x00-\\x7f{_CP1252_LETTERS}{_IN_WORD_MARKS}{_OTHER_MARKS}]"
    f"|[{_CP1252_LETTERS}]{{3}}"
    f"|(?<=[A-Za-z{_CP1252_LETTERS}])[{_OTHER_MARKS}](?=[A-Za-z{_CP1252_LETTERS}])")


def _western_cp1252(data: bytes) -> str | None:
    """The text of ``data`` read as cp1252 when it looks like Western text in it (Latin letters
    and cp1252 punctuation outside ASCII), else None. charset_normalizer guesses short
    Western text wrongly (Latin-1 as cp1250, "€150 million" as cp775 or cp850)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: not cp1252
        return None
    return None if _NOT_WESTERN.search(text) else text


def utf16_codec(head: bytes) -> str | None:
    """The codec of UTF-16 bytes starting with ``head``: ``utf-16`` by a byte-order mark,
    ``utf-16-le`` or ``utf-16-be`` by the zeros beside ASCII letters; None for other bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return _utf16_without_bom(head) if b"\x00" in head else None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when zeros stand beside most ASCII letters, else None."""
    zeros_odd = head[1::2].count(0)
    zeros_even = head[0::2].count(0)
    half = max(1, len(head) // 2)
    if zeros_odd <= 0.4 * half and zeros_even <= 0.4 * half:
        return None
    return "utf-16-le" if zeros_odd >= zeros_even else "utf-16-be"


@dataclass(frozen=True, slots=True)
class Edit:
    """``raw[raw_start:raw_end]`` became ``clean[clean_start:clean_end]``."""

    clean_start: int
    clean_end: int
    raw_start: int
    raw_end: int


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in the repaired text back to the text as read.

    Only edits that change length are kept: between two of them the mapping is a shift.
    """

    edits: tuple[Edit, ...] = ()
    starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, edits: list[Edit]) -> "OffsetMap":
        return cls(tuple(edits), tuple(e.clean_start for e in edits))

    def _locate(self, pos: int) -> tuple[int, Edit | None]:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i, (self.edits[i] if i >= 0 else None)

    def start(self, pos: int) -> int:
        """Raw offset of the character at clean offset ``pos``."""
        i, edit = self._locate(pos)
        if edit is None:
            return pos
        if pos < edit.clean_end:
            return edit.raw_start
        return edit.raw_end + (pos - edit.clean_end)

    def end(self, pos: int) -> int:
        """Raw offset of the boundary just after clean character ``pos - 1``."""
        if pos == 0:
            return 0
        i, edit = self._locate(pos - 1)
        if edit is None:
            return pos
        if pos - 1 < edit.clean_end:
            return edit.raw_end
        return edit.raw_end + (pos - edit.clean_end)

    def span(self, start: int, end: int) -> tuple[int, int]:
        raw_start = self.start(start)
        return raw_start, max(raw_start, self.end(end))


@dataclass(frozen=True, slots=True)
class Repaired:
    raw: str
    text: str
    offsets: OffsetMap


# One pass over the text finds every stretch that may need repair: runs of non-ASCII
# characters (mojibake, curly quotes, invisible characters) and HTML entities.
_CANDIDATE = re.compile(r"[^\x00-\x7f]+|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_LATIN = re.compile(r"[A-Za-z0-9]")
_THAI = re.compile("[\u0e00-\u0e7f]")


def _fix_run(run: str, before: str, after: str) -> str:
    if run.startswith("&"):
        return html.unescape(run)
    if MOJIBAKE_HINT.search(run):
        run = ftfy.fix_text(run, uncurl_quotes=False, normalization="NFC")
        for broken, fixed in LOSSY_SEQUENCES.items():
            run = run.replace(broken, fixed)
    out = []
    for ch in run:
        if ch in LOSSY_QUOTE_MOJIBAKE:
            # A Thai letter outside Thai text is a quote mangled through cp874.
            if not (_THAI.match(before) or _THAI.match(after) or len(run) > 1):
                ch = "'" if (_LATIN.match(before) and _LATIN.match(after)) else '"'
        out.append(CHARACTER_REPLACEMENTS.get(ch, ch))
    return "".join(out)


def repair(raw: str) -> Repaired:
    """Repair ``raw`` for analysis; the returned map points back into ``raw``."""
    pieces: list[str] = []
    edits: list[Edit] = []
    clean_len = 0
    last = 0
    for m in _CANDIDATE.finditer(raw):
        a, b = m.span()
        run = m.group()
        before = raw[a - 1] if a else " "
        after = raw[b] if b < len(raw) else " "
        fixed = _fix_run(run, before, after)
        if fixed == run:
            continue
        pieces.append(raw[last:a])
        clean_len += a - last
        if len(fixed) != len(run):
            edits.append(Edit(clean_len, clean_len + len(fixed), a, b))
        pieces.append(fixed)
        clean_len += len(fixed)
        last = b
    pieces.append(raw[last:])
    text = "".join(pieces)
    return Repaired(raw=raw, text=text, offsets=OffsetMap.of(edits))
