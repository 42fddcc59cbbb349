"""How much faster ``--jobs N`` is than ``--jobs 1`` on a folder of generated articles.

    python scripts/bench_jobs.py                  # 5,000 articles, --jobs 1 then --jobs 2
    python scripts/bench_jobs.py --articles 500 --jobs 1 2 4

The articles are the corpus's, copied round-robin into a temporary folder (500 to a subfolder,
each with a line of its own so that no two are the same). Every run writes ``--out`` to a file;
the script checks that all runs wrote the same bytes and prints wall time, the CPU time of the
run's processes (with psutil), documents per second, the speed-up over the first run and the
load average (other work on the machine makes the speed-up meaningless). Exit status 1 when the last run's speed-up is
under ``--min-speedup`` (default 1.7) or the outputs differ. Run it by hand, on a quiet machine.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_articles(folder: Path, count: int) -> None:
    sources = sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix in {".txt", ".html"})
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i // 500:03d}" / f"{i:05d}_{source.name}"
        target.parent.mkdir(exist_ok=True)
        data = source.read_bytes()
        if source.suffix == ".txt":
            data += f"\n(Story {i}.)\n".encode()
        target.write_bytes(data)


def timed_run(folder: Path, jobs: int, out: Path) -> tuple[float, float | None, str]:
    """Wall time, CPU time of the whole process tree (with psutil, else None) and the summary
    line of one run."""
    try:
        import psutil
    except ImportError:
        psutil = None
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", str(folder),
                             "--jobs", str(jobs), "--out", str(out), "--no-progress"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        if psutil is not None:
            try:
                root = psutil.Process(proc.pid)
                for p in [root, *root.children(recursive=True)]:
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
            except psutil.Error:
                pass
        time.sleep(0.25)
    wall = time.perf_counter() - started
    err = proc.stderr.read()
    if proc.returncode not in (0, 1):
        sys.exit(f"bench_jobs: --jobs {jobs} failed:\n{err}")
    return wall, (sum(cpu.values()) if psutil is not None else None), err.strip().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--min-speedup", type=float, default=1.7)
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, {args.articles:,} articles", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        make_articles(folder, args.articles)
        results = []
        for jobs in args.jobs:
            out = Path(tmp) / f"jobs{jobs}.jsonl"
            wall, cpu, summary = timed_run(folder, jobs, out)
            results.append((jobs, wall, out))
            speedup = results[0][1] / wall
            cpu_text = f"{cpu:7.1f} s CPU" if cpu is not None else "CPU n/a (no psutil)"
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            print(f"--jobs {jobs}: {wall:7.1f} s wall, {cpu_text}, "
                  f"{args.articles / wall:6.1f} docs/s, x{speedup:.2f}  (load average {load}; "
                  f"{summary})", flush=True)
        same = all(filecmp.cmp(results[0][2], out, shallow=False) for _, _, out in results)
        print("outputs identical" if same else "OUTPUTS DIFFER")
    speedup = results[0][1] / results[-1][1]
    return 0 if same and speedup >= args.min_speedup else 1


if __name__ == "__main__":
    sys.exit(main())
