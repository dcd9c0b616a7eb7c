"""Speed of ``check``: in-process throughput, and the seed pair's whole-process time.

    python bench/speed_check.py [--runs 7] [--no-write]

* In-process: ``factcheck.check`` over the NTREX documents, pairs de–fr, de–en,
  fr–en and en–vi (one paragraph per sentence), after one warm-up pass (the
  per-language tables are built once per process): MB of article text (UTF-8,
  both versions) per second. Target: at least 2 MB/s.
* Whole process: ``factcheck check`` on the seed pair, interpreter start
  included, against ``python -c "import babel.numbers, babel.dates, regex"``;
  each command runs ``--runs`` times, interleaved, and the medians are compared
  in the same run. Target: at most 3×.

Writes the figures into docs/benchmarks.md between ``<!-- speed-check:start -->``
and ``<!-- speed-check:end -->``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, ntrex_docs, require_shared, write_section  # noqa: E402

PAIRS = (("de", "fr"), ("de", "en"), ("fr", "en"), ("en", "vi"))


def in_process() -> tuple[float, float, int]:
    import factcheck

    docs = ntrex_docs()
    jobs = [{a: d.text(a), b: d.text(b)} for d in docs for a, b in PAIRS]
    nbytes = sum(len(t.encode("utf-8")) for job in jobs for t in job.values())
    for job in jobs[:: len(PAIRS)][:4] + jobs[:4]:  # warm-up: build every language's tables
        factcheck.check(job)
    start = time.perf_counter()
    for job in jobs:
        factcheck.check(job)
    elapsed = time.perf_counter() - start
    return nbytes / 1e6 / elapsed, elapsed, nbytes


def whole_process(runs: int) -> tuple[float, float, list[float], list[float]]:
    shared = require_shared()
    de = shared / "seeds" / "000_9c40435dd12f61b7.txt"
    fr = shared / "seeds" / "001_e97ba794fa4d0071.txt"
    check = [sys.executable, "-m", "factcheck.cli", "check", "--lang", "de,fr", str(de), str(fr)]
    base = [sys.executable, "-c", "import babel.numbers, babel.dates, regex"]
    env = {**os.environ, "NO_COLOR": "1"}

    def run(cmd: list[str]) -> float:
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT)
        took = time.perf_counter() - t
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
        return took

    run(check), run(base)  # warm the file cache
    t_check: list[float] = []
    t_base: list[float] = []
    for _ in range(runs):
        t_check.append(run(check))
        t_base.append(run(base))
    return statistics.median(t_check), statistics.median(t_base), t_check, t_base


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    args = ap.parse_args()
    mbps, elapsed, nbytes = in_process()
    print(f"in-process: {nbytes / 1e6:.2f} MB in {elapsed:.2f} s = {mbps:.2f} MB/s (target >= 2)")
    med_check, med_base, _, _ = whole_process(args.runs)
    ratio = med_check / med_base
    print(
        f"seed pair, whole process: factcheck check {med_check * 1000:.0f} ms, "
        f"python -c 'import babel.numbers, babel.dates, regex' {med_base * 1000:.0f} ms, "
        f"ratio {ratio:.2f}x (target <= 3)"
    )
    if args.no_write:
        return
    body = f"""## Speed of `check` (bench/speed_check.py)

Machine: {platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores
(shared with other work while measured). Run: `python bench/speed_check.py --runs {args.runs}`.

| measure | figure | target |
|---|---|---|
| in-process `check`, NTREX, pairs de–fr, de–en, fr–en, en–vi ({nbytes / 1e6:.2f} MB) | **{mbps:.2f} MB/s** ({elapsed:.2f} s) | ≥ 2 MB/s |
| `factcheck check` on the seed pair, whole process (median of {args.runs}) | {med_check * 1000:.0f} ms | |
| `python -c "import babel.numbers, babel.dates, regex"` (median of {args.runs}) | {med_base * 1000:.0f} ms | |
| ratio | **{ratio:.2f}×** | ≤ 3× |
"""
    write_section("speed-check", body)
    print("wrote docs/benchmarks.md (section speed-check)")


if __name__ == "__main__":
    main()
