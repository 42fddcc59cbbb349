"""Characters the text repair stage rewrites (see ``extractor/text.py``)."""
from __future__ import annotations

import re

# A run of non-ASCII text is handed to ftfy only when it holds a character that mojibake
# is made of: Latin-1 letters that UTF-8 lead bytes decode to, C1 controls, and the
# cp1252 punctuation that UTF-8 continuation bytes decode to.
MOJIBAKE_HINT = re.compile("[\u00c2-\u00c5\u00e2\u00c3\u00ef\u0080-\u009f\u20ac\u201a-\u201e\u2122\u0153\u0161\u017e\u02c6\u02dc]")

# UTF-8 quotes decoded as cp874 (Thai) lose their last two bytes and leave this letter.
# It is read as a quote only when it touches Latin letters or digits.
LOSSY_QUOTE_MOJIBAKE = frozenset("\u0e42")

# What ftfy cannot restore on its own: sequences whose last byte was lost.
LOSSY_SEQUENCES = {
    "\u00e2\u20ac\u009d": '"',
    "\u00e2\u20ac": '"',
}

# Typographic characters and invisible marks normalized for analysis.
CHARACTER_REPLACEMENTS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u3000": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
    "\u200e": "", "\u200f": "", "\u202a": "", "\u202b": "", "\u202c": "", "\u202d": "",
    "\u202e": "", "\u2066": "", "\u2067": "", "\u2068": "", "\u2069": "",
    "\u2026": "...",
    "\u2028": "\n", "\u2029": "\n",
    # Letters that case-insensitive patterns take for ASCII ones ("dlr\u017f" matches "dlrs")
    # while a lower-cased lookup of the match does not: read as the ASCII letter.
    "\u017f": "s", "\u212a": "K", "\u0131": "i", "\u0130": "I",
}

# Abbreviations after which a period does not end a sentence (checked case-sensitively on
# the word before the period). Legal suffixes end a sentence only before a sentence opener.
ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "St",
    "Jr", "Sr", "vs", "v", "No", "Nos", "approx", "est", "Fig", "Vol", "pp", "Ave", "Blvd",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "U.S", "U.K", "U.N", "E.U", "N.Y", "Calif", "Mass", "Conn", "Penn", "Wash", "Ore", "Fla",
    "Ill", "Mich", "Minn", "Wis", "Ariz", "Colo", "Tenn", "Ky", "Va", "Md", "Del", "Okla",
    "Neb", "Kan", "Nev", "Ala", "Miss", "La", "Ga", "Tex", "a.m", "p.m", "e.g", "i.e", "etc",
    "N.M", "N.J", "N.V", "S.A", "A.G", "Cos", "Bros", "Mfg", "Intl", "Natl", "Assn", "Dept",
})
LEGAL_ABBREVIATIONS = frozenset({"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC", "L.P", "N.V",
                                 "S.A", "A.G", "Cos", "Bhd", "Pty", "Ltda", "S.p.A"})
# Words that open a sentence after a legal abbreviation ("... bought by Acme Corp. The deal").
SENTENCE_OPENERS = frozenset({
    "The", "It", "Its", "This", "That", "These", "Those", "They", "He", "She", "We", "In",
    "On", "At", "For", "But", "And", "However", "Meanwhile", "Under", "Terms", "Shares",
    "A", "An", "As", "After", "Before", "Separately", "Also", "Analysts", "According",
})
