"""Decoding and repair: the repaired text is what the recognizers read, and every offset
maps back to the text as read."""
from __future__ import annotations

import codecs
import re

import pytest

from extractor.text import DecodeError, _western_cp1252, decode_bytes, repair

# (raw text as read, repaired text)
REPAIRS = [
    ("Meta\u0e42s deal", "Meta's deal"),
    ("\u0e42Sure, they can buy compute,\u0e42 he said", '"Sure, they can buy compute," he said'),
    ("Meta\u00e2\u20ac\u2122s deal", "Meta's deal"),
    ("Meta\u00e2\u0080\u0099s deal", "Meta's deal"),
    ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d", '"quoted"'),
    ("Microsoft\u2019s \u201cdeal\u201d", 'Microsoft\'s "deal"'),
    ("$9.7\u00a0billion", "$9.7 billion"),
    ("Core\u200bWeave", "CoreWeave"),
    ("AT&amp;T and Procter &amp; Gamble", "AT&T and Procter & Gamble"),
    ("2027\u20132032", "2027-2032"),
    ("a \u2014 dash", "a - dash"),
    ("caf\u00e9 Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "caf\u00e9 Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"),
    ("\ufeffBOM first", "BOM first"),
    ("soft\u00adhyphen", "softhyphen"),
    ("rtl\u200fmark", "rtlmark"),
    ("ellipsis\u2026 here", "ellipsis... here"),
    ("\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 Thai stays", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 Thai stays"),
    ("plain ASCII text", "plain ASCII text"),
    ("", ""),
    ("&lt;b&gt;not html&lt;/b&gt;", "<b>not html</b>"),
    ("&#8220;numeric&#8221;", "\u201cnumeric\u201d"),
]


@pytest.mark.parametrize("raw,expected", REPAIRS)
def test_repair(raw, expected):
    assert repair(raw).text == expected


@pytest.mark.parametrize("raw,_", REPAIRS)
def test_every_word_maps_back_to_the_text_as_read(raw, _):
    r = repair(raw)
    for m in re.finditer(r"[A-Za-z0-9]+", r.text):
        start, end = r.offsets.span(*m.span())
        assert 0 <= start <= end <= len(raw)
        # The raw stretch holds the same letters, perhaps with invisible characters inside.
        assert re.sub(r"[^A-Za-z0-9]", "", raw[start:end]) == m.group()


def test_spans_cover_repaired_characters():
    raw = "Nebius\u0e42s \u00e2\u20ac\u0153GPU\u00e2\u20ac\u009d deal"
    r = repair(raw)
    i = r.text.index('"GPU"')
    start, end = r.offsets.span(i, i + 5)
    assert raw[start:end] == "\u00e2\u20ac\u0153GPU\u00e2\u20ac\u009d"


@pytest.mark.parametrize("data,encoding,text", [
    ("Meta's deal".encode("utf-8"), "utf-8", "Meta's deal"),
    (codecs.BOM_UTF8 + "caf\u00e9".encode("utf-8"), "utf-8-sig", "caf\u00e9"),
    (codecs.BOM_UTF16_LE + "caf\u00e9 deal".encode("utf-16-le"), "utf-16", "caf\u00e9 deal"),
    (codecs.BOM_UTF16_BE + "caf\u00e9 deal".encode("utf-16-be"), "utf-16", "caf\u00e9 deal"),
])
def test_decode_known_encodings(data, encoding, text):
    decoded = decode_bytes(data)
    assert decoded.text == text and decoded.encoding == encoding


def test_decode_legacy_encoding_is_detected():
    data = ("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale said it agreed to acquire the unit for "
            "150 mln francs, the bank's spokesman said on Tuesday. " * 3).encode("cp1252")
    decoded = decode_bytes(data)
    assert "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale" in decoded.text
    assert decoded.encoding != "utf-8"


def test_decode_binary_is_an_error():
    with pytest.raises(DecodeError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4)


# Western text that is not UTF-8: read as cp1252, whatever charset_normalizer would guess.
WESTERN = [
    ("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale SA: le caf\u00e9 cr\u00e8me \u00e0 la mode, na\u00efve fa\u00e7ade.", "latin-1"),
    ("Acme Corp will pay \u20ac150 million \u2014 \u201cthe best deal\u201d, it said \u2026", "cp1252"),
    ("\u20ac5", "cp1252"),
    ("caf\u00e9", "latin-1"),
    ("Die Gr\u00f6\u00dfe der \u00dcbernahme: 5 Mio. \u20ac, sagte der Vorstand in Z\u00fcrich.", "cp1252"),
    ("\u00bfQu\u00e9? La compa\u00f1\u00eda pag\u00f3 5 millones de \u20ac \u2014 \u00abun acuerdo\u00bb.", "cp1252"),
    ("\u00d8rsted k\u00f8bte \u00c6bleg\u00e5rden for 3 mia. kr.", "latin-1"),
    ("Macy\u00b4s and the company\u2019s \u2018deal\u2019 \u2013 \u00bd of \u00a35\u00a0bn\u2122", "cp1252"),
    ("\x01\x7f\u20ac5\u00ad000 \u00a9 \u00ae \u00b0C \u00b11 m\u00b2 \u00d7 \u00f7", "cp1252"),
    ("\u0152uvre, \u0160koda and \u017d\u00e9 \u2022 \u2020 \u2030", "cp1252"),
]

# Other code pages: not read as cp1252, because a run of three accented letters or a mark
# inside a word gives them away; detection reads them.
NOT_WESTERN = [
    ("\u0413\u0430\u0437\u043f\u0440\u043e\u043c \u043a\u0443\u043f\u0438\u043b \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u044e \u0437\u0430 13 \u043c\u043b\u0440\u0434 \u0434\u043e\u043b\u043b\u0430\u0440\u043e\u0432.", "cp1251"),
    ("\u041e\u0410\u041e \u0413\u0430\u0437\u043f\u0440\u043e\u043c", "cp1251"),
    ("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144. Sp\u00f3\u0142ka kupi\u0142a udzia\u0142y za 5 mln z\u0142.", "cp1250"),
    ("Sp\u00f3\u0142ka Orlen kupi\u0142a Energ\u0119 za 1,2 mld z\u0142.", "cp1250"),
    ("P\u0159\u00edli\u0161 \u017elu\u0165ou\u010dk\u00fd k\u016f\u0148 \u00fap\u011bl \u010f\u00e1belsk\u00e9 \u00f3dy.", "cp1250"),
    ("\u0397 \u03b5\u03c4\u03b1\u03b9\u03c1\u03b5\u03af\u03b1 \u03b1\u03b3\u03cc\u03c1\u03b1\u03c3\u03b5 \u03c4\u03b7\u03bd \u0391\u03b8\u03ae\u03bd\u03b1 \u03b3\u03b9\u03b1 5 \u03b5\u03ba\u03b1\u03c4. \u03b5\u03c5\u03c1\u03ce.", "cp1253"),
    ("\u30bd\u30d5\u30c8\u30d0\u30f3\u30af\u306f\u3001\u30aa\u30fc\u30d7\u30f3\uff21\uff29\u306b\uff14\uff10\uff10\u5104\u30c9\u30eb\u3092\u6295\u8cc7\u3059\u308b\u3068\u767a\u8868\u3057\u305f\u3002", "cp932"),
]


@pytest.mark.parametrize("text,codec", WESTERN)
def test_western_text_not_in_utf8_is_read_as_cp1252(text, codec):
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


@pytest.mark.parametrize("text,codec", NOT_WESTERN)
def test_other_code_pages_are_still_detected(text, codec):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text and decoded.encoding != "cp1252"


@pytest.mark.parametrize("data", [
    "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale".encode("utf-8") + b" \xff Widget",  # "SociÃ©tÃ©"
    "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale".encode("cp437"),  # "Soci‚t‚"
    "Sp\u00f3\u0142ka".encode("cp1250"),  # "Spó³ka"
    "\u0413\u0430\u0437".encode("cp1251"),  # "Ãàç"
    b"caf\x81",  # not cp1252 at all
], ids=["broken utf-8", "cp437", "cp1250", "cp1251", "undefined byte"])
def test_what_gives_another_code_page_away(data):
    assert _western_cp1252(data) is None
