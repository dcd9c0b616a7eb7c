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

from _common import ROOT, ntrex_docs, require_shared, write_section

PAIRS = (("de", "fr"), ("de", "en"), ("fr", "en"), ("en", "vi"))


def in_process() -> tuple[float, float, int, dict[str, float]]:
    """Throughput of ``check``, and the time of each stage over the same jobs."""
    import factcheck
    from factcheck._align import align_documents
    from factcheck._extract import extract
    from factcheck._load import document_from_text
    from factcheck._pair import pair_figures
    from factcheck._records import Analysis
    from factcheck._rules import load_ruleset
    from factcheck._tokens import find_tokens

    docs = ntrex_docs()
    jobs = [{a: d.text(a), b: d.text(b)} for d in docs for a, b in PAIRS]
    nbytes = sum(len(t.encode("utf-8")) for job in jobs for t in job.values())
    for job in jobs[:: len(PAIRS)][:4] + jobs[:4]:  # warm-up: build every language's tables
        factcheck.check(job)
    start, cpu = time.perf_counter(), time.process_time()
    for job in jobs:
        factcheck.check(job)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu

    stages = dict.fromkeys(("load", "extract", "tokens", "align", "pair", "rules"), 0.0)
    rules = load_ruleset()

    def timed(stage: str, fn, *args, **kw):  # type: ignore[no-untyped-def]
        t = time.process_time()
        out = fn(*args, **kw)
        stages[stage] += time.process_time() - t
        return out

    for job in jobs:
        versions = [timed("load", document_from_text, text, lang) for lang, text in job.items()]
        figures = [tuple(timed("extract", extract, d.text, d.lang)) for d in versions]
        tokens = [tuple(timed("tokens", find_tokens, d.text)) for d in versions]
        alignment = timed("align", align_documents, versions, figures, tokens)
        facts = timed("pair", pair_figures, versions, figures, alignment)
        analysis = Analysis(tuple(versions), tuple(figures), tuple(tokens), alignment, facts)
        timed("rules", rules.apply, analysis)
    return nbytes / 1e6 / elapsed, cpu, nbytes, stages


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
    mbps, cpu, nbytes, stages = in_process()
    cpu_mbps = nbytes / 1e6 / cpu
    print(
        f"in-process: {nbytes / 1e6:.2f} MB: {mbps:.2f} MB/s wall clock, "
        f"{cpu_mbps:.2f} MB/s of CPU time (target >= 2)"
    )
    total = sum(stages.values())
    for stage, took in stages.items():
        share = 100 * took / total
        print(f"  {stage:8} {took:6.2f} s  {share:5.1f} %  {nbytes / 1e6 / took:7.2f} MB/s")
    med_check, med_base, _, _ = whole_process(args.runs)
    ratio = med_check / med_base
    print(
        f"seed pair, whole process: factcheck check {med_check * 1000:.0f} ms, "
        f"python -c 'import babel.numbers, babel.dates, regex' {med_base * 1000:.0f} ms, "
        f"ratio {ratio:.2f}x (target <= 3)"
    )
    if args.no_write:
        return
    pairs = ", ".join(f"{a}–{b}" for a, b in PAIRS)
    rows = [
        "| measure | figure | target |",
        "|---|---|---|",
        f"| in-process `check`, NTREX, pairs {pairs} ({nbytes / 1e6:.2f} MB) "
        f"| **{mbps:.2f} MB/s** wall clock, {cpu_mbps:.2f} MB/s of CPU time | ≥ 2 MB/s |",
        f"| `factcheck check` on the seed pair, whole process (median of {args.runs}) "
        f"| {med_check * 1000:.0f} ms | |",
        f'| `python -c "import babel.numbers, babel.dates, regex"` (median of {args.runs}) '
        f"| {med_base * 1000:.0f} ms | |",
        f"| ratio | **{ratio:.2f}×** | ≤ 3× |",
        "",
        "CPU time per stage of the in-process run (each stage timed on its own over the "
        "same jobs):",
        "",
        "| stage | seconds | share | MB/s alone |",
        "|---|---|---|---|",
    ]
    total = sum(stages.values())
    rows += [
        f"| {stage} | {took:.2f} | {100 * took / total:.0f} % | {nbytes / 1e6 / took:.1f} |"
        for stage, took in stages.items()
    ]
    body = (
        "## Speed of `check` (bench/speed_check.py)\n\n"
        f"Machine: {platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores (shared with other work while measured). "
        f"Run: `python bench/speed_check.py --runs {args.runs}`.\n\n" + "\n".join(rows) + "\n"
    )
    write_section("speed-check", body)
    print("wrote docs/benchmarks.md (section speed-check)")


if __name__ == "__main__":
    main()
