"""Decoding and repair: the repaired text is what the recognizers read, and every offset
maps back to the text as read."""
from __future__ import annotations

import codecs
import gzip
import random
import re
import zlib

import pytest

from extractor.text import DecodeError, _western_cp1252, decode_bytes, repair
from extractor.pipeline import extract

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
    ("Société Générale SA: le café crème à la mode, naïve façade.", "latin-1"),
    ("Acme Corp will pay €150 million — “the best deal”, it said …", "cp1252"),
    ("€5", "cp1252"),
    ("café", "latin-1"),
    ("Die Größe der Übernahme: 5 Mio. €, sagte der Vorstand in Zürich.", "cp1252"),
    ("¿Qué? La compañía pagó 5 millones de € — «un acuerdo».", "cp1252"),
    ("Ørsted købte Æblegården for 3 mia. kr.", "latin-1"),
    ("Macy´s and the company’s ‘deal’ – ½ of £5\u00a0bn™", "cp1252"),
    ("\x01\x7f€5\u00ad000 © ® °C ±1 m² × ÷", "cp1252"),
    ("Œuvre, Škoda and Žé • † ‰", "cp1252"),
]

# Other code pages: not read as cp1252, since a run of three accented letters or a mark inside
# a word gives them away; detection reads them.
NOT_WESTERN = [
    ("Газпром купил компанию за 13 млрд долларов.", "cp1251"),
    ("ОАО Газпром", "cp1251"),
    ("Zażółć gęślą jaźń. Spółka kupiła udziały za 5 mln zł.", "cp1250"),
    ("Spółka Orlen kupiła Energę za 1,2 mld zł.", "cp1250"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy.", "cp1250"),
    ("Η εταιρεία αγόρασε την Αθήνα για 5 εκατ. ευρώ.", "cp1253"),
    ("ソフトバンクは、オープンＡＩに４００億ドルを投資すると発表した。", "cp932"),
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
    "Société Générale".encode("utf-8") + b" \xff Widget",  # "SociÃ©tÃ©"
    "Société Générale".encode("cp437"),  # "Soci‚t‚"
    "Spółka".encode("cp1250"),  # "Spó³ka"
    "Газ".encode("cp1251"),  # "Ãàç"
    b"caf\x81",  # not cp1252 at all
], ids=["broken utf-8", "cp437", "cp1250", "cp1251", "undefined byte"])
def test_what_gives_another_code_page_away(data):
    assert _western_cp1252(data) is None


# UTF-8 with a few invalid bytes (corrupted, cut short, a stray byte of another code page)
# among valid multibyte characters: read as UTF-8, U+FFFD for each invalid sequence, and said.
# (bytes, text as read, bytes replaced)
SOCIETE = "Société Générale SA agreed to buy Widget Inc for €5 million — in cash."
_PART = SOCIETE + " Acme Corp said it.  "  # 99 bytes: with one bad byte, 1% of 100
MOSTLY_UTF8 = {
    "a stray 0xff after the accents": (
        SOCIETE.encode() + b" Acme \xff said so.", SOCIETE + " Acme \ufffd said so.", 1),
    "a stray byte first": (b"\xff" + SOCIETE.encode(), "\ufffd" + SOCIETE, 1),
    "a cp1252 apostrophe among UTF-8 accents": (
        "Nestlé".encode() + b"\x92s deal with " + "Zürich’s bank".encode(),
        "Nestlé\ufffds deal with Zürich’s bank", 1),
    "a Latin-1 letter inside a word": (
        b"Soci\xe9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale", "Soci\ufffdté Générale", 1),
    "an accent with its second byte lost": (
        b"Soci\xc3t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale", "Soci\ufffdté Générale", 1),
    "a dash cut short at the end": (
        "Zürich, Genève and Malmö ".encode() + b"\xe2\x80", "Zürich, Genève and Malmö \ufffd", 2),
    "a euro sign cut short inside a value": (
        "Café Ltd paid ".encode() + b"\xe2\x82" + "5 million — in cash.".encode(),
        "Café Ltd paid \ufffd5 million — in cash.", 2),
    "three bad bytes in three places": (
        b"\xfe" + "L’Oréal and Nestlé".encode() + b" \xc0 " + "agreed — on “terms”".encode()
        + b"\x80", "\ufffdL’Oréal and Nestlé \ufffd agreed — on “terms”\ufffd", 3),
    "an overlong encoding of a slash": (
        "São Paulo".encode() + b" \xc0\xaf " + "Zürich".encode(), "São Paulo \ufffd\ufffd Zürich", 2),
    "a surrogate encoded in UTF-8": (
        "Łódź".encode() + b" \xed\xa0\x80 " + "Kraków".encode(), "Łódź \ufffd\ufffd\ufffd Kraków", 3),
    "a written U+FFFD is not counted": (
        "café \ufffd naïve".encode() + b" \xff", "café \ufffd naïve \ufffd", 1),
    "one accent, one bad byte": ("Zürich".encode() + b" \xff", "Zürich \ufffd", 1),
    "a long article, one bad byte": (
        (SOCIETE + "\n") .encode() * 200 + b"\x9d", (SOCIETE + "\n") * 200 + "\ufffd", 1),
    "a long article, 1% of its bytes bad": (
        b"\xff".join([_PART.encode()] * 30), "\ufffd".join([_PART] * 30), 29),
}


@pytest.mark.parametrize("case", sorted(MOSTLY_UTF8))
def test_utf8_with_a_few_invalid_bytes_is_read_as_utf8(case):
    data, text, replaced = MOSTLY_UTF8[case]
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_bytes(data)
    plural = "" if replaced == 1 else "s"
    assert decoded.text == text
    assert decoded.encoding == f"utf-8 with {replaced} invalid byte{plural} replaced"


# Western text in cp1252 or Latin-1 whose bytes hold a valid UTF-8 sequence or two by chance
# (an upper-case accented letter before a curly quote or a no-break space, 'ß' before an
# apostrophe): more invalid sequences than valid ones, so still cp1252.
WESTERN_WITH_UTF8_BY_CHANCE = [
    ("Le CAFÉ” de la Société Générale à Zürich", "cp1252"),  # 'É”' is UTF-8 for 'ɔ'
    ("Er sagte „Fuß“ und „Größe“ in Zürich", "cp1252"),  # 'ß“' is UTF-8 for 'ߓ'
    ("« L’ÉTÉ\u00a0» à Genève, déjà", "cp1252"),  # 'É\u00a0' is UTF-8 for 'ɠ'
    ("L’ÉTÉ\u00a0à Orléans: 5 €", "cp1252"),
]


@pytest.mark.parametrize("text,codec", WESTERN_WITH_UTF8_BY_CHANCE)
def test_western_text_with_a_utf8_sequence_by_chance_is_still_cp1252(text, codec):
    data = text.encode(codec)
    assert data.decode("utf-8", errors="ignore") != data.decode("ascii", errors="ignore")
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def _pdf_stream() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Acme Corp agreed to buy Widget) Tj ET" * 20)
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n"
            + f"2 0 obj <</Length {len(stream)} /Filter /FlateDecode>> stream\n".encode()
            + stream + b"\nendstream endobj\n%%EOF\n")


_RNG = random.Random(20251003)
# Binary data without a NUL in its first 4 KB, so that only its invalid UTF-8 refuses it.
BINARY = {
    "a PDF with a compressed stream": _pdf_stream(),
    "zlib data": zlib.compress("Société Générale agreed to buy Widget. ".encode() * 50),
    "a JPEG start": b"\xff\xd8\xff\xe0" + bytes(_RNG.randrange(1, 256) for _ in range(2000)),
    "random bytes": bytes(_RNG.randrange(1, 256) for _ in range(4096)),
    "a PNG": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "gzip data": gzip.compress("Société Générale".encode() * 100, mtime=0),
}


@pytest.mark.parametrize("case", sorted(BINARY))
def test_binary_data_is_still_refused(case):
    with pytest.raises(DecodeError):
        decode_bytes(BINARY[case])


# Letters that case-insensitive patterns take for ASCII ones: the recognizers match them, so
# repair reads them as the ASCII letter (length kept) and no lower-cased lookup fails.
CASE_TWINS = [
    ("Acme Corp agreed to buy Beta Inc for 5 mln dlr\u017f.", "5 mln dlr\u017f"),
    ("Acme paid 5 b\u0131llion dollars for Beta Inc.", None),
    ("Acme Corp agreed to buy Beta Inc for 5 b\u0131llion dollars.", "5 b\u0131llion dollars"),
    ("The deal runs over five year\u017f and is worth $5 billion.", None),
    ("Acme Inc bought 5 \u017fervers from Dell Inc for $2 million.", None),
    ("Meta pays \u212aoreWeave $5 billion for capacity.", None),
    ("\u017f" * 200 + " \u0131 \u0130 \u212a", None),
]


@pytest.mark.parametrize("text,value", CASE_TWINS)
def test_case_twins_are_read_as_ascii_letters(text, value):
    repaired = repair(text)
    assert len(repaired.text) == len(text)
    assert not set("\u017f\u0131\u0130\u212a") & set(repaired.text)
    deals = extract(text)  # no KeyError from a lookup of the lower-cased match
    for d in deals:
        if d.value is not None:
            assert text[d.value.span[0]:d.value.span[1]] == d.value.text
    if value is not None:
        assert [d.value.text for d in deals if d.value is not None] == [value]
