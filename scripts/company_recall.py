#!/usr/bin/env python3
"""How many gold party names of a benchmark are found as company mentions, with the right
extent. Measures the company recognizer alone (issue 5's figure).

With ``--with-units`` the parties named by description count too: business units and assets
("its cable television business", ``how="unit"``) and groups, unnamed companies and
governments ("an investor group", "a private corporation", ``how="group"``), all from
``recognize.units.find_units``. They are mentions of other kinds than companies, so the two
figures are reported apart.

usage: python scripts/company_recall.py ARTICLES.jsonl GOLD.jsonl [--misses N] [--with-units]
"""
from __future__ import annotations

import argparse
import collections
import json
import re

from extractor.nlp import flatten, segment, tokenize
from extractor.recognize.companies import find_companies
from extractor.recognize.units import find_units
from extractor.text import repair

_SUFFIX = re.compile(r"[\s,.]+")


def _norm(s: str) -> str:
    words = _SUFFIX.split(s.strip(" .,"))
    if words and words[0].casefold() == "the":  # the scorer ignores a leading "The"
        words = words[1:]
    return " ".join(words).casefold()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("articles")
    ap.add_argument("gold")
    ap.add_argument("--misses", type=int, default=25)
    ap.add_argument("--with-units", action="store_true",
                    help="also count parties named by description: business units and assets "
                         "(\"its cable unit\"), groups and unnamed companies (\"an investor group\")")
    args = ap.parse_args()
    texts = {}
    for line in open(args.articles, encoding="utf-8"):
        o = json.loads(line)
        texts[o["id"]] = o["text"]
    found = total = 0
    misses: collections.Counter = collections.Counter()
    for line in open(args.gold, encoding="utf-8"):
        o = json.loads(line)
        text = repair(texts[o["id"]]).text
        sentences = segment(text)
        found_mentions = list(find_companies(tokenize(text, sentences), sentences))
        if args.with_units:
            found_mentions += find_units(flatten(text))
        mentions = {_norm(m.text) for m in found_mentions}
        for deal in o["deals"]:
            for role in ("buyer", "seller", "target"):
                if not deal.get(role):
                    continue
                total += 1
                alternatives = [_norm(a) for a in deal[role].split("|")]
                if any(a in mentions for a in alternatives):
                    found += 1
                else:
                    misses[f"{role}: {deal[role]}"] += 1
    what = "company, unit or group mentions" if args.with_units else "company mentions"
    print(f"gold names found as {what}: {found}/{total} = {found / max(total, 1):.3f}")
    for name, n in misses.most_common(args.misses):
        print(f"  missed {n}x {name}")


if __name__ == "__main__":
    main()
