"""Throughput of the money and quantity recognizers on ~2 MB of news-like text.

Run by hand: ``python scripts/bench_money.py [MEGABYTES]``. Prints MB/s for
``find_money`` and ``find_quantities`` (best of three runs, one core).
"""
from __future__ import annotations

import sys
import time

from extractor.recognize.money import find_money
from extractor.recognize.quantities import find_quantities

SENTENCES = (
    "Meta Platforms said on Thursday it had signed a $14.2 billion agreement with CoreWeave "
    "for AI computing capacity running through December 2031, with an option to expand.",
    "The company said it agreed to acquire Foo Corp for 25 dlrs a share, or about 150 mln dlrs, "
    "and expects the deal to close in the second quarter.",
    "Financial terms of the partnership, which covers up to 6 gigawatts of AMD Instinct GPUs, "
    "were not disclosed, but analysts put its value in the tens of billions of dollars.",
    "Nvidia shares rose 3% to $182.50 in New York on Tuesday, while the Nasdaq gained 1.2 percent "
    "and the S&P 500 closed at a record 6,715 points.",
    "The first phase of the 1.2 GW campus in Abilene, Texas, will house more than 100,000 Nvidia "
    "GB200 chips across 300,000 square feet of data halls.",
    "Mistral raised EUR 1.7 billion in a round led by ASML, valuing the French startup at about "
    "€11.7bn, people familiar with the matter said.",
    "Chief executive Jensen Huang told reporters the company had seen extraordinary demand from "
    "cloud providers, sovereign buyers and enterprises building their own models.",
    "Oracle expects capital expenditures of $25 billion to $35 billion this fiscal year as it "
    "builds data centers for OpenAI, which has committed to buy 4.5 gigawatts of capacity.",
)


def build_text(megabytes: float) -> str:
    block = " ".join(SENTENCES) + "\n\n"
    return block * max(1, int(megabytes * 1_000_000 / len(block)))


def throughput(function, text: str, runs: int = 3) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(runs):
        started = time.perf_counter()
        found = len(function(text))
        best = min(best, time.perf_counter() - started)
    return len(text.encode("utf-8")) / 1e6 / best, found


def main(argv: list[str]) -> None:
    text = build_text(float(argv[1]) if len(argv) > 1 else 2.0)
    print(f"text: {len(text.encode('utf-8')) / 1e6:.2f} MB")
    for function in (find_money, find_quantities):
        rate, found = throughput(function, text)
        print(f"{function.__name__}: {rate:.2f} MB/s ({found} mentions)")


if __name__ == "__main__":
    main(sys.argv)
