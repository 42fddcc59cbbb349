"""Fuzz the whole pipeline with hostile text, and measure how its cost grows with size.

    python scripts/fuzz.py --n 100000 --seed 1 [--jobs 2] [--crashes DIR]
    python scripts/fuzz.py --replay 1234 --seed 1       # print input 1234 of seed 1
    python scripts/fuzz.py --linearity [--base 12500]   # time adversarial inputs at 1x, 2x, 4x, 8x
    python scripts/fuzz.py --linearity --wide --repeat 3 --only "'IBM, ' x N"  # one input

Each input is one of: random unicode (controls, zero-width and bidi marks, lone surrogates,
combining marks, odd digits such as ``²`` and ``٣``, astral characters); a soup of money-,
date-, company-, hardware- and quantity-like tokens; or a corpus article or fragment mutated
(characters and sentences deleted, duplicated and shuffled; control, zero-width and RTL
characters inserted; mojibake; non-breaking spaces; entities; odd line endings). Input ``i``
of seed ``s`` is always the same text, so any failure replays by its number.

For every input ``extract`` must return without an exception and every record must hold
the invariants in ``check`` (spans inside the text and pointing at their mention, records
valid against the models, strict JSON out); every ``--same-every``-th input is extracted
twice and must give the same records. The run prints the count, the failures (each saved
under ``--crashes``) and the slowest inputs. The exit status is 1 when anything failed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import multiprocessing
import os
import random
import re
import sys
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"

# -- the invariants ----------------------------------------------------------------------------


def _grounded(deal) -> list[tuple[str, str, list[int] | tuple[int, int]]]:
    """(field, text, span) of every grounded value of a record."""
    out = []
    for role in ("buyer", "seller", "target"):
        party = getattr(deal, role)
        if party is not None:
            out.append((role, party.mention, party.span))
    for name in ("value", "term", "announced"):
        value = getattr(deal, name)
        if value is not None:
            out.append((name, value.text, value.span))
    for i, hw in enumerate(deal.hardware):
        out.append((f"hardware[{i}]", hw.text, hw.span))
    if deal.capacity is not None and deal.capacity.span is not None:
        out.append(("capacity", deal.capacity.text, deal.capacity.span))
    return out


def _no_constant(name: str):
    raise ValueError(f"not strict JSON: {name}")


def as_read(text: str) -> str:
    """``text`` with lone surrogates (JSON's ``"\\ud800"``, not characters) as U+FFFD, the
    replacement character: the same length, so the same offsets."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def check(text: str, deals) -> list[str]:
    """What is wrong with ``deals`` as the records of ``text`` (empty when nothing is)."""
    from extractor.records import Deal

    problems = []
    text = as_read(text)
    n = len(text)
    for k, deal in enumerate(deals):
        if not isinstance(deal, Deal):
            problems.append(f"deal {k}: not a Deal but {type(deal).__name__}")
            continue
        for field, said, span in _grounded(deal):
            start, end = span
            if not 0 <= start <= end <= n:
                problems.append(f"deal {k} {field}: span {list(span)} outside 0..{n}")
            elif text[start:end] != said:
                problems.append(f"deal {k} {field}: text[{start}:{end}] is "
                                f"{text[start:end]!r}, not {said!r}")
        for start, end in deal.evidence:
            if not 0 <= start <= end <= n:
                problems.append(f"deal {k} evidence: span {[start, end]} outside 0..{n}")
        if deal.location is not None and deal.location not in text:
            problems.append(f"deal {k} location {deal.location!r} is not in the text")
        try:
            line = deal.model_dump_json()
            again = Deal.model_validate(json.loads(line, parse_constant=_no_constant))
        except Exception as exc:  # noqa: BLE001 - any failure here is a finding
            problems.append(f"deal {k}: record does not round-trip through JSON "
                            f"({type(exc).__name__}: {exc})")
            continue
        if again != deal:
            problems.append(f"deal {k}: record changes when read back from JSON")
        if not line.isascii() and _has_lone_surrogate(line):
            problems.append(f"deal {k}: JSON holds a lone surrogate")
    return problems


def _has_lone_surrogate(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def run_one(text: str, published: dt.date | None, twice: bool = False) -> list[str]:
    """Extract ``text``; the problems found (an exception is one)."""
    from extractor.pipeline import extract

    try:
        deals = extract(text, published, "fuzz")
    except Exception as exc:  # noqa: BLE001 - the point of the exercise
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return [f"crash: {type(exc).__name__}: {exc} (at {where})"]
    problems = check(text, deals)
    if twice and not problems:
        again = extract(text, published, "fuzz")
        if [d.model_dump() for d in again] != [d.model_dump() for d in deals]:
            problems.append("not deterministic: a second run gave other records")
    return problems


# -- the inputs -------------------------------------------------------------------------------

CONTROLS = [chr(c) for c in range(0, 32)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u2063"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
        "\u2067", "\u2068", "\u2069", "\u061c"]
SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\u3000", "\t", "\n", "\r", "\r\n", "\u2028",
          "\u2029", "\x85", "\x0b", "\x0c"]
ODD_DIGITS = ["²", "³", "¹", "①", "٣", "۷", "१", "１", "２", "⁴", "₅", "Ⅻ", "½", "¾", "𝟗", "߃"]
SURROGATES = ["\ud800", "\udfff", "\udc80", "\ud83d"]
ASTRAL = ["😀", "𝐀", "𝔸", "🇺🇸", "👨‍👩‍👧", "𠀀"]
SCRIPTS = ["Метa", "Ñandú", "Straße", "İstanbul", "ﬁnance", "ǅ", "ﬀ", "الشركة", "שלום",
           "ไทย", "日本", "한국", "Ελλάδα", "é", "é", "Å", "ß", "ẞ", "Σ", "ς"]
MOJIBAKE = ["â€™", "â€œ", "â€\x9d", "Ã©", "Ã¼", "Â ", "โ€™", "\u00e2\u0080\u0099", "Ã¢â‚¬â„¢",
            "ï»¿", "�", "Ã", "â€", "â"]
ENTITIES = ["&amp;", "&nbsp;", "&#8217;", "&#x2019;", "&lt;", "&quot;", "&#0;", "&#9999999;",
            "&#xFFFFFF;", "&#x110000;", "&#55296;", "&bogus;", "&", "&#", "&#x;"]
MONEY = ["$", "US$", "C$", "A$", "€", "£", "¥", "₹", "EUR", "USD", "GBP", "yen", "dlrs",
         "dollars", "euros", "pounds", "1", "5", "25", "1.5", "14.2", "21", "1,000", "100,000",
         "9,999,999", "0.0001", "007", "1e9", "1e308", "9" * 40, "billion", "bn", "b",
         "million", "mln", "mn", "m", "trillion", "tn", "k", "thousand", "a share", "per share",
         "a year", "up to", "about", "nearly", "more than", "at least", "between", "and", "to",
         "-", "–", "—", "from", "worth", "valued at", "multibillion-dollar", "undisclosed",
         "terms were not disclosed", "%", "percent", "cents", "a piece"]
DATES = ["2025", "2027", "1987", "0000", "9999", "10000", "Q3", "3Q", "fiscal", "FY2026",
         "FY26", "H2", "first half", "second quarter", "March", "Sept.", "Dec", "May",
         "Thursday", "Mon.", "next year", "last year", "this month", "next", "last", "through",
         "from", "to", "until", "by", "mid-", "early", "late", "1990s", "the end of",
         "ago", "years", "months", "weeks", "five-year", "5-year", "multi-year", "2025-10-03",
         "10/03/2025", "31/02/2025", "Feb. 30", "Feb 29", "13/13/2013", "the 31st",
         "in", "on", "between", "and", "over", "for", "decade", "century", "2030s",
         "two years", "18 months", "a year", "one", "twenty", "hundred", "1,000 years"]
COMPANIES = ["Acme", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Plc", "Co", "LLC", "AG", "SA",
             "N.V.", "Microsoft", "Meta", "Meta Platforms Inc.", "CoreWeave", "Nvidia",
             "NVIDIA", "AMD", "Advanced Micro Devices", "OpenAI", "Oracle", "Google",
             "Alphabet", "Amazon", "AWS", "Anthropic", "Broadcom", "Intel", "SoftBank", "Arm",
             "(NASDAQ: CRWV)", "(NYSE:", ")", "(", "said", "said it", "agreed to acquire",
             "acquire", "acquired", "buy", "sold", "sell", "to", "its", "unit", "division",
             "business", "subsidiary", "for", "with", "the", "The", "company", "firm", "it",
             "The company", "signed", "a deal", "contract", "agreement", "with", "invest",
             "invested in", "stake", "merger", "merge", "talks", "denied", "rival", "from",
             "led", "round", "raised", "Series E", "IPO", "Walter G. Mize", "investor",
             "Carl Lindner", "and", "&", "of", "America", "Holdings", "Group", "Partners"]
HARDWARE = ["H100", "H200", "GB200", "GB300", "B200", "Blackwell", "MI450", "MI300X", "TPUs",
            "TPU", "Trainium2", "Trainium", "GPUs", "GPU", "chips", "accelerators", "CPUs",
            "servers", "racks", "100,000", "1 million", "Nvidia GPUs", "AMD Instinct",
            "Ironwood", "Gaudi", "networking", "InfiniBand"]
QUANTITIES = ["GW", "MW", "gigawatts", "megawatt", "gigawatt-hours", "MWh", "square feet",
              "acres", "exaflops", "kW", "1.2 GW", "6 gigawatts", "4.5", "300,000"]
PLACES = ["Texas", "Abilene, Texas", "Abilene", "New Jersey", "Vineland, New Jersey", "Norway",
          "Childress, Texas", "U.S.", "U.K.", "EU", "Europe", "Narvik", "Memphis", "The Hague"]
PUNCT = [".", ",", ";", ":", "!", "?", "(", ")", "[", "]", '"', "'", "“", "”", "‘", "’",
         "...", "…", "-", "–", "—", "/", "\\", "|", "*", "#", "@", "\n", "\n\n", "\r\n"]
SOUP = MONEY + DATES + COMPANIES + HARDWARE + QUANTITIES + PLACES + PUNCT
SEPARATORS = [" "] * 12 + ["", "\n", "  ", "\u00a0", "\u200b", "\t", ", ", ". "]
PUBLISHED = [None, None, dt.date(2025, 10, 3), dt.date(1987, 3, 2), dt.date(2000, 2, 29),
             dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1970, 1, 1)]

_CORPUS: list[str] | None = None


def corpus() -> list[str]:
    global _CORPUS
    if _CORPUS is None:
        _CORPUS = [p.read_text(encoding="utf-8", errors="replace")
                   for p in sorted(CORPUS_DIR.glob("*.txt"))] or ["Acme Corp agreed to buy Widget."]
    return _CORPUS


def _random_char(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.35:
        return chr(rng.randint(32, 126))
    if pick < 0.45:
        return rng.choice(SPACES)
    if pick < 0.52:
        return rng.choice(CONTROLS)
    if pick < 0.58:
        return rng.choice(INVISIBLE + BIDI)
    if pick < 0.62:
        return rng.choice(ODD_DIGITS)
    if pick < 0.64:
        return rng.choice(SURROGATES)
    if pick < 0.68:
        return rng.choice(ASTRAL + SCRIPTS)
    if pick < 0.72:
        return rng.choice(MOJIBAKE + ENTITIES)
    if pick < 0.76:
        return chr(rng.randint(0x300, 0x36F))  # combining marks
    if pick < 0.9:
        return chr(rng.randint(0xA0, 0x2FFF))
    return chr(rng.choice([rng.randint(0x3000, 0xD7FF), rng.randint(0xE000, 0xFFFF),
                           rng.randint(0x10000, 0x10FFFF)]))


def random_unicode(rng: random.Random) -> str:
    return "".join(_random_char(rng) for _ in range(rng.choice([0, 1, 2, 5, 20, 80, 300])))


def token_soup(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(1, 60)):
        r = rng.random()
        word = rng.choice(SOUP) if r < 0.9 else _random_char(rng) if r < 0.95 else \
            str(rng.choice([rng.randint(0, 10**6), rng.random() * 10**rng.randint(0, 12)]))
        words.append(word)
        words.append(rng.choice(SEPARATORS))
    return "".join(words)


def _sentences(text: str) -> list[str]:
    out, last = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?\n" and (i + 1 == len(text) or text[i + 1] in " \n"):
            out.append(text[last:i + 1])
            last = i + 1
    out.append(text[last:])
    return [s for s in out if s]


def _mojibake(s: str, rng: random.Random) -> str:
    codec = rng.choice(["cp1252", "latin-1", "cp874", "cp437", "mac_roman", "cp1251"])
    return s.encode("utf-8", "surrogatepass").decode(codec, errors="replace")


def mutate(text: str, rng: random.Random) -> str:
    """One random mutation of ``text``."""
    n = len(text)
    i = rng.randint(0, n)
    j = min(n, i + rng.choice([1, 2, 5, 20, 100]))
    kind = rng.randrange(16)
    if kind == 0:  # delete characters
        return text[:i] + text[j:]
    if kind == 1:  # duplicate characters
        return text[:j] + text[i:j] * rng.randint(1, 4) + text[j:]
    if kind == 2:  # shuffle characters in a window
        window = list(text[i:j])
        rng.shuffle(window)
        return text[:i] + "".join(window) + text[j:]
    if kind in (3, 4, 5):  # sentences: shuffle, delete, duplicate
        sentences = _sentences(text)
        if kind == 3:
            rng.shuffle(sentences)
        elif sentences:
            k = rng.randrange(len(sentences))
            if kind == 4:
                del sentences[k]
            else:
                sentences.insert(k, sentences[k])
        return "".join(sentences)
    if kind == 6:
        return text[:i] + "".join(rng.choice(CONTROLS) for _ in range(rng.randint(1, 3))) + text[i:]
    if kind == 7:
        return text[:i] + rng.choice(INVISIBLE) + text[i:]
    if kind == 8:
        return text[:i] + rng.choice(BIDI) + text[i:]
    if kind == 9:
        return text[:i] + _mojibake(text[i:j], rng) + text[j:]
    if kind == 10:
        return text[:i] + rng.choice(MOJIBAKE + ENTITIES) + text[i:]
    if kind == 11:  # spaces become something else
        return text[:i] + text[i:j].replace(" ", rng.choice(SPACES + INVISIBLE)) + text[j:]
    if kind == 12:  # line endings
        return text.replace("\n", rng.choice(["\r\n", "\r", "\u2028", "\x85", "\n\n\n", ""]))
    if kind == 13:
        return text[:i] + rng.choice(SURROGATES + ODD_DIGITS + ASTRAL) + text[i:]
    if kind == 14:
        return text[:i] + (text[i:j].upper() if rng.random() < 0.5 else text[i:j].lower()) + text[j:]
    return text[:i] + rng.choice(SOUP) + text[i:]


def mutated_corpus(rng: random.Random) -> str:
    article = rng.choice(corpus())
    if rng.random() < 0.1:
        text = article
    else:
        start = rng.randrange(max(1, len(article)))
        text = article[start:start + rng.choice([50, 200, 600, 1500])]
    for _ in range(rng.choice([1, 1, 2, 3, 5, 10])):
        text = mutate(text, rng)
    return text


def generate(seed: int, index: int, surrogates: bool = True) -> tuple[str, dt.date | None]:
    """Input ``index`` of run ``seed``: the text and the publication date to extract with.
    Without ``surrogates``, lone surrogates become U+FFFD (what the CLI reads them as)."""
    rng = random.Random(f"{seed}:{index}")
    r = rng.random()
    text = random_unicode(rng) if r < 0.2 else token_soup(rng) if r < 0.5 else mutated_corpus(rng)
    return (text if surrogates else as_read(text)), rng.choice(PUBLISHED)


# -- the run ------------------------------------------------------------------------------------


_WARM = False
_CURRENT: list = [None, 0.0]  # (seed, index) being extracted, and since when


def _warm_up() -> None:
    """Load the pipeline before timing anything (the first call builds the gazetteer), and
    start a watchdog that names any input still running after 10 s, 1 min, 5 min."""
    global _WARM
    if not _WARM:
        from extractor.pipeline import extract

        extract("Acme Corp agreed to buy Widget Inc for $5 million on Monday.")
        _WARM = True
        threading.Thread(target=_watchdog, daemon=True).start()


def _watchdog() -> None:
    told = None
    while True:
        time.sleep(1)
        current, since = _CURRENT
        if current is None:
            continue
        seconds = time.perf_counter() - since
        for mark in (300, 60, 10):
            if seconds >= mark and told != (current, mark):
                if told is None or told[0] != current or told[1] < mark:
                    told = (current, mark)
                    print(f"fuzz: input {current[1]} (seed {current[0]}) still running after "
                          f"{mark} s", file=sys.stderr, flush=True)
                break


def _work(task: tuple[int, int, int, int, bool]) -> tuple[list, list, int]:
    """Inputs ``lo``..``hi`` of ``seed``: failures and (seconds, index, length) timings."""
    seed, lo, hi, same_every, surrogates = task
    _warm_up()
    failures, timings = [], []
    for index in range(lo, hi):
        text, published = generate(seed, index, surrogates)
        t0 = time.perf_counter()
        _CURRENT[:] = [(seed, index), t0]
        problems = run_one(text, published, twice=same_every > 0 and index % same_every == 0)
        timings.append((time.perf_counter() - t0, index, len(text)))
        if problems:
            failures.append((index, problems))
    _CURRENT[0] = None
    timings.sort(reverse=True)
    return failures, timings[:5], hi - lo


def fuzz(n: int, seed: int = 0, jobs: int = 1, same_every: int = 20, crashes: Path | None = None,
         quiet: bool = False, surrogates: bool = True) -> dict:
    """Run ``n`` inputs; a summary with the failures and the slowest inputs."""
    started = time.perf_counter()
    step = 200
    tasks = [(seed, lo, min(n, lo + step), same_every, surrogates) for lo in range(0, n, step)]
    failures, slowest = [], []
    done = 0
    if jobs > 1:
        pool = multiprocessing.get_context("fork").Pool(jobs)
        results = pool.imap_unordered(_work, tasks)
    else:
        pool, results = None, map(_work, tasks)
    try:
        for lo_fail, lo_slow, count in results:
            failures.extend(lo_fail)
            slowest = sorted(slowest + lo_slow, reverse=True)[:5]
            done += count
            if not quiet and (done // 10_000 > (done - count) // 10_000 or done == n):
                rate = done / (time.perf_counter() - started)
                print(f"fuzz: {done:,}/{n:,} inputs, {len(failures)} failures, "
                      f"{rate:.0f} inputs/s", file=sys.stderr, flush=True)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    failures.sort()
    if crashes is not None and failures:
        crashes.mkdir(parents=True, exist_ok=True)
        for index, problems in failures:
            text, published = generate(seed, index, surrogates)
            (crashes / f"seed{seed}-{index}.json").write_text(json.dumps(
                {"seed": seed, "index": index, "published": published and published.isoformat(),
                 "text": text, "problems": problems}, ensure_ascii=True, indent=1))
    return {"inputs": n, "seed": seed, "failures": failures, "slowest": slowest,
            "seconds": time.perf_counter() - started, "surrogates": surrogates}


def _report(summary: dict) -> None:
    print(f"inputs: {summary['inputs']:,} (seed {summary['seed']}"
          f"{'' if summary['surrogates'] else ', lone surrogates as U+FFFD'}) in "
          f"{summary['seconds']:.0f} s")
    crashes = [f for f in summary["failures"] if any(p.startswith("crash") for p in f[1])]
    print(f"crashes: {len(crashes)}")
    print(f"invariant failures: {len(summary['failures']) - len(crashes)}")
    kinds: dict[str, list[int]] = {}
    for index, problems in summary["failures"]:
        kind = re.sub(r"'\\u[0-9a-f]{4}'|(?<=position )[\d-]+|(?<=\.pyx:)\d+|(?<=\.py:)\d+"
                      r"|\[\d+, \d+\]|\[\d+:\d+\]", "_", problems[0])  # one line per kind
        kinds.setdefault(kind[:160], []).append(index)
    for problem, indexes in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(indexes):6,} x {problem}  (e.g. input {indexes[0]})")
    for seconds, index, length in summary["slowest"]:
        text, _ = generate(summary["seed"], index, summary["surrogates"])
        print(f"slow: {seconds:.3f} s, input {index}, {length:,} chars: {text[:60]!r}")


# -- linearity --------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
GREEK = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
         "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "Sigma", "Tau", "Upsilon", "Phi",
         "Chi", "Psi", "Omega"]


def _cycle(words: list[str], size: int, sep: str = " ") -> str:
    """``words`` over and over, joined by ``sep``, to about ``size`` characters."""
    one = sep.join(words) + sep
    return (one * (size // len(one) + 1))[:size]


def adversarial(size: int) -> dict[str, str]:
    """Inputs built to make regular expressions backtrack, at about ``size`` characters."""
    w = max(1, size // 5)
    return {
        "$ x N": "$" * size,
        "'1,' x N": "1," * (size // 2),
        "capitalized words": " ".join(["Acme"] * w),
        "Alpha Beta Gamma ...": _cycle(GREEK, size),
        "capitalized words, hyphens": "-".join(["Acme"] * w),
        "'Abc, ' x N": ", ".join(["Abc"] * w),
        "dots": "." * size,
        "'1 ' x N": "1 " * (size // 2),
        "digits": "1" * size,
        "'1.' x N": "1." * (size // 2),
        "'1.000.' x N": "1.000." * (size // 6),
        "')' x N": ")" * size,
        "\"'\" x N": "'" * size,
        "'$1,' x N": "$1," * (size // 3),
        "'A.' x N": "A." * (size // 2),
        "'its ' x N": "its " * (size // 4),
        "'Inc ' x N": "Inc " * (size // 4),
        "'Acme Inc ' x N": "Acme Inc " * (size // 9),
        "'dlrs ' x N": "dlrs " * (size // 5),
        "'5 dlrs ' x N": "5 dlrs " * (size // 7),
        "month names": _cycle(MONTHS, size),
        "'March 1 ' x N": "March 1 " * (size // 8),
        "'from 2025 to ' x N": "from 2025 to " * (size // 13),
        "mojibake": "â€™" * (size // 3),
        "entities": "&amp;" * (size // 5),
        "'Acme Inc. ' x N": "Acme Inc. " * (size // 10),
        "'IBM, ' x N": "IBM, " * (size // 5),
        "letters, no space": "a" * size,
        "newlines": "\n" * size,
    }


def _recognizers() -> dict:
    """name -> (prepare, run): ``run(*prepare(text))`` is timed, ``prepare`` is not."""
    from extractor.assemble import assemble
    from extractor.nlp import flatten, segment, tokenize
    from extractor.pipeline import analyse, extract
    from extractor.recognize.companies import find_companies
    from extractor.recognize.dates import find_times
    from extractor.recognize.hardware import find_hardware
    from extractor.recognize.money import find_money
    from extractor.recognize.places import find_places
    from extractor.recognize.quantities import find_quantities
    from extractor.recognize.references import find_references
    from extractor.recognize.units import find_units
    from extractor.text import repair

    published = dt.date(2025, 10, 3)

    def flat(text):
        return (flatten(text),)

    def with_sentences(text):
        return text, segment(text)

    def with_companies(text):
        sentences = segment(text)
        return flatten(text), sentences, find_companies(tokenize(text, sentences), sentences)

    def analysed(text):
        return analyse(text, published), published

    return {
        "repair": ((lambda t: (t,)), repair),
        "segment": ((lambda t: (t,)), segment),
        "tokenize": (with_sentences, tokenize),
        "companies": (with_sentences, lambda t, s: find_companies(tokenize(t, s), s)),
        "references": (with_companies, find_references),
        "money": (flat, find_money),
        "quantities": (flat, find_quantities),
        "times": (flat, lambda t: find_times(t, published)),
        "hardware": (flat, find_hardware),
        "places": (flat, find_places),
        "units": (flat, find_units),
        "assemble": (analysed, assemble),
        "extract": ((lambda t: (t,)), lambda t: extract(t, published)),
    }


def _flush_tokenizer_cache() -> None:
    """Forget spaCy's cached tokenizations (setting a tokenizer rule flushes them), so that
    one function is not timed on the tokens another one paid for."""
    from extractor.nlp import load

    tokenizer = load(None).tokenizer
    tokenizer.suffix_search = tokenizer.suffix_search


def _time(prepare, run, text: str, repeat: int) -> float:
    """The fastest of ``repeat`` runs, in CPU seconds of this process (other work on a
    shared machine does not count, and only adds to what it slows down)."""
    best = math.inf
    for _ in range(repeat):
        args = prepare(text)
        _flush_tokenizer_cache()
        t0 = time.process_time()
        run(*args)
        best = min(best, time.process_time() - t0)
    return best


SUPERLINEAR = 2.3  # seconds multiplied per doubling of the input, over which growth is flagged


# One character outside the Basic Multilingual Plane makes Python store the whole text in 4
# bytes per character, so that every slice of it costs a scan and a copy 4 to 8 times dearer:
# a loop that slices the text from each mention to a far point shows its quadratic cost at
# sizes where an ASCII text hides it behind memcpy.
WIDE = "\U0001f600"


def linearity(base: int, steps: int = 4, budget: float = 20.0, only: list[str] | None = None,
              functions: list[str] | None = None, repeat: int = 1,
              wide: bool = False) -> list[dict]:
    """CPU seconds per function and input at ``base``, 2x, 4x... characters, and the factor
    between successive sizes (2 is linear, 4 quadratic). A function that takes over
    ``budget`` seconds is not run at the next size. A row is flagged when the last factor is
    over ``SUPERLINEAR`` and the last time over 0.1 s (smaller times are noise). With
    ``wide``, every input ends with ``WIDE``. Returns the rows."""
    table = _recognizers()
    if functions:
        table = {name: table[name] for name in functions}
    _recognizers()["extract"][1]("Acme Corp agreed to buy Widget Inc for $5 million.")  # warm up
    sizes = [base * 2**k for k in range(steps)]
    print(f"{'input':28} {'function':11} " + " ".join(f"{s:>9,}" for s in sizes)
          + "  x per doubling", flush=True)
    rows = []
    for name in adversarial(8):
        if only and name not in only:
            continue
        for fname, (prepare, run) in table.items():
            times: list[float] = []
            for size in sizes:
                text = adversarial(size)[name] + (WIDE if wide else "")
                times.append(_time(prepare, run, text, repeat))
                if times[-1] > budget:
                    break
            factors = [b / a if a > 0.002 else math.nan for a, b in zip(times, times[1:])]
            flagged = bool(factors) and factors[-1] > SUPERLINEAR and times[-1] > 0.1
            rows.append({"input": name, "function": fname, "sizes": sizes[:len(times)],
                         "seconds": times, "factors": factors, "superlinear": flagged})
            cells = " ".join(f"{x:9.3f}" for x in times) + " " * 10 * (steps - len(times))
            growth = " ".join(f"{f:5.1f}" for f in factors)
            print(f"{name:28} {fname:11} {cells}  {growth}"
                  f"{'  <-- superlinear' if flagged else ''}", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="how many inputs (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--same-every", type=int, default=20,
                        help="extract every Nth input twice and compare (0: never)")
    parser.add_argument("--crashes", type=Path, help="save failing inputs here as JSON")
    parser.add_argument("--no-surrogates", dest="surrogates", action="store_false",
                        help="lone surrogates become U+FFFD before extraction, as the CLI "
                             "reads them")
    parser.add_argument("--replay", type=int, metavar="INDEX",
                        help="print input INDEX of --seed and the problems it gives")
    parser.add_argument("--linearity", action="store_true",
                        help="time adversarial inputs at growing sizes instead of fuzzing")
    parser.add_argument("--base", type=int, default=12_500, help="--linearity: first size")
    parser.add_argument("--steps", type=int, default=4, help="--linearity: sizes (doubling)")
    parser.add_argument("--only", nargs="*", help="--linearity: these inputs only")
    parser.add_argument("--functions", nargs="*",
                        help="--linearity: these functions only (repair, segment, tokenize, "
                             "companies, references, money, quantities, times, hardware, "
                             "places, units, assemble, extract)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="--linearity: time each as the fastest of this many runs")
    parser.add_argument("--budget", type=float, default=20.0,
                        help="--linearity: seconds over which a function is not run larger")
    parser.add_argument("--wide", action="store_true",
                        help="--linearity: end every input with an emoji (text stored 4 bytes "
                             "per character: quadratic slicing shows sooner)")
    parser.add_argument("--json", type=Path, help="--linearity: also write the rows here")
    args = parser.parse_args(argv)
    if args.linearity:
        rows = linearity(args.base, args.steps, args.budget, only=args.only,
                         functions=args.functions, repeat=args.repeat, wide=args.wide)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1))
        return 1 if any(row["superlinear"] for row in rows) else 0
    if args.replay is not None:
        text, published = generate(args.seed, args.replay, args.surrogates)
        print(json.dumps({"published": published and published.isoformat(), "text": text},
                         ensure_ascii=True))
        problems = run_one(text, published, twice=True)
        print("\n".join(problems) or "no problems")
        return 1 if problems else 0
    summary = fuzz(args.n, args.seed, args.jobs, args.same_every, args.crashes,
                   surrogates=args.surrogates)
    _report(summary)
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
