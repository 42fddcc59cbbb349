"""Speed and memory of the whole extractor against spaCy's bare tokenizer.

    python scripts/bench.py                 # 5 MB workload, sizes 1 KB .. 1 MB
    python scripts/bench.py --megabytes 1 --sizes 1000 10000
    python scripts/bench.py --cpu           # CPU time of this thread instead of wall time
    valgrind --tool=callgrind python scripts/bench.py --once 1000000   # instructions of 1 MB

The workload is the corpus's articles (``corpus/*.txt`` with the publication dates of their
fixtures) and the acquisitions benchmark's (``../shared/benchmarks/acquisitions/dev.jsonl``),
taken round-robin until it holds ``--megabytes`` of text, so articles keep their real sizes.
Every article is tokenized by ``spacy.blank("en")`` and then extracted by ``pipeline.extract``,
one after the other, so that both see the same load on the machine. Each stage of the
pipeline is timed on its own by wrapping the functions ``pipeline`` calls (same code path).
The distinct articles hold about 0.45 MB, so a larger workload repeats them: the ratio is also
printed for each article's first run alone, which no cache of the pipeline or of spaCy (its
vocabulary, its tokenizer's, our memos of word-level searches) has seen before.

Printed: words/s and articles/s for the pipeline, each stage and the bare tokenizer, the ratio
pipeline/tokenizer, the peak resident memory of the process, and the time of one article of
each ``--sizes`` (built from corpus text; the median of at least five runs) with the ratio of
each to the one ten times smaller.
Run by hand, on a quiet machine; not a test. On a shared one, ``--cpu`` times with the CPU
time of this thread, which other work on the machine disturbs less than wall time. Exit status
1 when a goal of issue 10 is missed (ratio under 0.40, peak memory over 300 MB, 1 MB article
over 12 times the 100 KB one).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import re
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACQUISITIONS = ROOT.parent / "shared" / "benchmarks" / "acquisitions" / "dev.jsonl"
_WORD = re.compile(r"\S+")

# Functions of ``extractor.pipeline`` timed as stages, in pipeline order.
STAGES = ("repair", "segment", "tokenize", "find_companies", "find_references", "find_money",
          "find_quantities", "find_times", "find_hardware", "find_places", "find_units",
          "assemble", "_record")


def articles() -> list[tuple[str, dt.date | None]]:
    """The distinct articles: (text, publication date)."""
    from extractor.text import decode_bytes

    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        fixture = ROOT / "fixtures" / (path.stem + ".json")
        published = None
        if fixture.exists():
            value = json.loads(fixture.read_text()).get("published")
            published = dt.date.fromisoformat(value) if value else None
        out.append((decode_bytes(path.read_bytes()).text, published))
    if ACQUISITIONS.exists():
        for line in ACQUISITIONS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
                out.append((row["text"], published))
    return out


def workload(megabytes: float) -> list[tuple[str, dt.date | None]]:
    distinct = articles()
    out, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        text, published = distinct[i % len(distinct)]
        out.append((text, published))
        size += len(text.encode("utf-8"))
        i += 1
    return out


def sized_article(size: int) -> str:
    """One article of about ``size`` bytes: corpus articles' paragraphs, in order, repeated."""
    paragraphs = [p.strip() for text, _ in articles()[:81] for p in text.split("\n\n") if p.strip()]
    out, total, i = [], 0, 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        total += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)[:size]


_CLOCK = time.perf_counter  # or time.thread_time, with --cpu


class _Timer:
    """Wraps the stage functions that ``pipeline`` imported and adds up their time."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def install(self, module) -> None:
        for name in STAGES:
            setattr(module, name, self._wrap(name, getattr(module, name)))

    def _wrap(self, name, fn):
        seconds = self.seconds
        clock = _CLOCK

        def timed(*args, **kwargs):
            t = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[name] += clock() - t
        return timed


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(texts, megabytes: float) -> dict:
    import spacy

    from extractor import pipeline

    nlp_tokenizer = spacy.blank("en").tokenizer
    timer = _Timer()
    timer.install(pipeline)
    pipeline.extract("Warm-up: Acme Corp agreed to buy Widget Inc for $5 million in 2025.")
    timer.seconds.clear()
    words = sum(len(_WORD.findall(t)) for t, _ in texts)
    tok_s = pipe_s = 0.0
    first_tok_s = first_pipe_s = 0.0  # articles met for the first time
    seen: set[str] = set()
    deals = 0
    clock = _CLOCK
    gc.collect()
    for text, published in texts:
        t = clock()
        nlp_tokenizer(text)
        tok = clock() - t
        t = clock()
        deals += len(pipeline.extract(text, published))
        pipe = clock() - t
        tok_s, pipe_s = tok_s + tok, pipe_s + pipe
        if text not in seen:
            seen.add(text)
            first_tok_s, first_pipe_s = first_tok_s + tok, first_pipe_s + pipe
    return {"articles": len(texts), "words": words, "deals": deals,
            "bytes": sum(len(t.encode("utf-8")) for t, _ in texts),
            "tokenizer_s": tok_s, "pipeline_s": pipe_s, "stages": dict(timer.seconds),
            "distinct": len(seen), "first_tokenizer_s": first_tok_s,
            "first_pipeline_s": first_pipe_s}


# Every size is timed at least _MIN_RUNS times and the median kept. The machines here are
# shared: one article's time varies by up to twice between runs of one process. The best of
# the runs favoured the small sizes, which are run more often (more tries at a lucky run):
# with the best of 3 runs of the 1 MB article against the best of 7 of the 100 KB one, the same
# code measured 1 MB / 100 KB anywhere from 10.4 to 12.7. The median, which a first run's
# warm-up (caches, the garbage collector's growth) does not move either, measured 9.4 to 10.0.
_MIN_RUNS = 5


def scaling(sizes: list[int]) -> dict[int, list[float]]:
    """The times of the runs of one article of each size, sorted."""
    from extractor.pipeline import extract

    out = {}
    for size in sizes:
        text = sized_article(size)
        times: list[float] = []
        while len(times) < _MIN_RUNS or (sum(times) < 2.0 and len(times) < 21):
            t = _CLOCK()
            extract(text, dt.date(2025, 10, 1))
            times.append(_CLOCK() - t)
        out[size] = sorted(times)
    return out


def median(times: list[float]) -> float:
    return statistics.median(times)


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


def report(r: dict, sizes: dict[int, list[float]], peak: float, base: float,
           cpu: bool = False) -> list[str]:
    w, a = r["words"], r["articles"]
    lines = [f"workload: {a} articles, {r['bytes'] / 1e6:.2f} MB, {w:,} words, {r['deals']} deals",
             f"times: {'CPU time of this thread' if cpu else 'wall time'}",
             "", f"{'':24}{'seconds':>9}{'words/s':>11}{'articles/s':>12}"]

    def row(name, seconds):
        lines.append(f"{name:24}{seconds:9.2f}{w / seconds:11,.0f}{a / seconds:12,.1f}")

    row("spaCy bare tokenizer", r["tokenizer_s"])
    row("whole pipeline", r["pipeline_s"])
    for name in STAGES:
        if r["stages"].get(name):
            row("  " + name.lstrip("_"), r["stages"][name])
    other = r["pipeline_s"] - sum(r["stages"].values())
    row("  (glue)", max(other, 1e-9))
    ratio = r["tokenizer_s"] / r["pipeline_s"]
    first = r["first_tokenizer_s"] / r["first_pipeline_s"]
    lines += ["", f"ratio pipeline/tokenizer: {ratio:.2f}",
              f"  on each article's first run only ({r['distinct']} articles): {first:.2f}",
              f"peak memory (max RSS): {peak:.0f} MB (after imports and set-up: {base:.0f} MB)", ""]
    previous = None
    for size, times in sizes.items():
        seconds = median(times)
        grow = f"  x{seconds / median(sizes[previous]):.1f} the {_size(previous)} one" \
            if previous else ""
        lines.append(f"one article of {_size(size):>6}: {seconds * 1000:10.1f} ms{grow}"
                     f"  (median of {len(times)} runs, {times[0] * 1000:.1f} to "
                     f"{times[-1] * 1000:.1f} ms)")
        previous = size
    return lines


def once(size: int) -> int:
    """Set up (imports, lexicons, a 1 KB article), then extract one article of ``size`` bytes.
    Instructions of the 1 MB article against the 100 KB one, each less a run of size 0, tell
    how cost grows with length without the noise of timing a shared machine."""
    from extractor.pipeline import extract

    extract(sized_article(1_000), dt.date(2025, 10, 1))
    if size:
        extract(sized_article(size), dt.date(2025, 10, 1))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--sizes", type=int, nargs="*",
                        default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--cpu", action="store_true",
                        help="time with this thread's CPU time instead of wall time")
    parser.add_argument("--once", type=int, metavar="SIZE",
                        help="only set up and extract one article of SIZE bytes (0: none), to "
                             "count instructions under valgrind")
    args = parser.parse_args(argv)
    if args.once is not None:
        return once(args.once)
    global _CLOCK
    _CLOCK = time.thread_time if args.cpu else time.perf_counter
    texts = workload(args.megabytes)
    import extractor.pipeline  # noqa: F401  (imports count in the base memory)
    base = rss_mb()
    r = throughput(texts, args.megabytes)
    peak = rss_mb()
    sizes = scaling(sorted(args.sizes))
    for line in report(r, sizes, peak, base, args.cpu):
        print(line)
    ratio = r["tokenizer_s"] / r["pipeline_s"]
    growth = median(sizes[1_000_000]) / median(sizes[100_000]) \
        if {100_000, 1_000_000} <= sizes.keys() else 0
    return 1 if ratio < 0.40 or peak > 300 or growth > 12 else 0


if __name__ == "__main__":
    sys.exit(main())
