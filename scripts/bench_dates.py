"""Throughput of the date recognizer: ``python scripts/bench_dates.py [MEGABYTES]``.

Builds about 2 MB of news-like text from the sentences below (a third of them carry
no time expression at all, as in real copy), runs ``find_times`` over it in one call and
prints MB/s. Run by hand; not a test.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time

from extractor.recognize.dates import find_times

SENTENCES = [
    "Meta Platforms agreed to rent cloud capacity from CoreWeave from 2027 through 2032, "
    "the companies said on Thursday.",
    "The contract, valued at up to $14.2 billion, runs until 2031 and may be extended.",
    "CoreWeave shares rose 12% in early trading after the announcement.",
    "The deal follows a $6.3 billion agreement with OpenAI signed earlier this year.",
    "The company expects revenue of about $5 billion in fiscal 2026.",
    "It plans to bring 1.6 gigawatts of capacity online by the end of the decade.",
    "Nvidia will supply GB300 systems, with first deliveries expected in the second half of 2026.",
    "Oracle signed a five-year deal with OpenAI worth $300 billion, according to people "
    "familiar with the matter.",
    "The chipmaker reported record data center sales of $41.1 billion in the quarter.",
    "AMD said on Oct. 6, 2025 that OpenAI would deploy 6 gigawatts of its MI450 chips "
    "starting in the second half of 2026.",
    "Analysts at Bernstein said the market could reach $1 trillion by 2030.",
    "Microsoft agreed a multi-year contract with Nebius for GPU capacity in New Jersey.",
    "The lease covers 4,608 GPUs and 200 megawatts of power at the Abilene campus.",
    "Executives declined to comment on the terms, which were first reported by Reuters.",
    "Amazon Web Services took a 15-year lease on the site, a filing dated 2025-09-30 showed.",
    "Shipments of the accelerators are scheduled for Q3 2026, the company said in a statement.",
    "The buildout will cost roughly $25 billion over the next five years.",
    "Google agreed in September to supply up to one million TPUs to Anthropic.",
    "The companies said they had been in talks since early 2024.",
    "Intel's stock fell 3.2% to $24.50 on Wednesday amid broader market weakness.",
    "The power purchase agreement, which begins in January 2027, lasts 20 years.",
    "Investors have poured money into AI infrastructure, and the spending shows few signs of "
    "slowing.",
    "The startup, founded in 2017, has raised more than $12 billion from investors.",
    "Revenue in the first quarter of 2025 jumped 420% from a year earlier.",
    "Construction started in mid-2024 and will finish late next year, the developer said.",
    "The utility expects regulators to approve the plan this summer.",
    "Neither company disclosed financial terms of the arrangement.",
    "The board approved a 3-for-1 stock split and a dividend of 25 cents a share.",
]


def build(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    text = build(megabytes)
    published = dt.date(2025, 11, 13)
    find_times(text[:10_000], published)  # warm the caches and compiled patterns
    start = time.perf_counter()
    mentions = find_times(text, published)
    elapsed = time.perf_counter() - start
    print(f"{len(text) / 1e6:.2f} MB, {len(mentions)} mentions, {elapsed:.2f} s, "
          f"{len(text) / 1e6 / elapsed:.2f} MB/s")


if __name__ == "__main__":
    main()
