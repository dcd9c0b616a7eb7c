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
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, compiled, install_wheel, ntrex_docs, require_shared, write_section

PAIRS = (("de", "fr"), ("de", "en"), ("fr", "en"), ("en", "vi"))


def in_process(passes: int = 3) -> tuple[float, float, int, dict[str, float]]:
    """Throughput of ``check`` (the best of ``passes`` passes), and the time of each
    stage over the same jobs."""
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
    elapsed = cpu = float("inf")
    for _ in range(passes):  # the best pass: the machine is shared
        start, cpu0 = time.perf_counter(), time.process_time()
        for job in jobs:
            factcheck.check(job)
        elapsed = min(elapsed, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - cpu0)

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


#: how the whole-process figures were taken ("installed": a built wheel's console script)
WHOLE: dict[str, bool] = {}
#: the in-process figures of the installed wheel: MB/s, CPU s, bytes, compiled
WHEEL_IN_PROCESS: dict[str, list[Any]] = {}


def whole_process(runs: int, passes: int = 3) -> dict[str, tuple[float, float]]:
    """Median wall-clock and CPU seconds (user + system, children included) per command.

    The commands run interleaved (A, B, C, A, B, C, …) so that the shared machine's load
    hits all of them alike. Bytecode is cached as in an installed package
    (``PYTHONDONTWRITEBYTECODE`` is dropped; ``.pyc`` files go to a temporary
    ``PYTHONPYCACHEPREFIX``), for all commands alike. ``check`` runs with the
    per-user table cache warm (``~/.cache/factcheck``, see docs/performance.md);
    ``check, no cache`` with ``FACTCHECK_NO_CACHE=1`` (every table built afresh).
    The installed wheel's in-process throughput (best of ``passes``) goes to
    ``WHEEL_IN_PROCESS``.
    """
    shared = require_shared()
    de = shared / "seeds" / "000_9c40435dd12f61b7.txt"
    fr = shared / "seeds" / "001_e97ba794fa4d0071.txt"
    base = [sys.executable, "-c", "import babel.numbers, babel.dates, regex"]
    pyc = tempfile.mkdtemp(prefix="factcheck-bench-pyc-")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    env.update(NO_COLOR="1", PYTHONPYCACHEPREFIX=pyc)
    env.pop("FACTCHECK_NO_CACHE", None)
    installed = install_wheel(Path(pyc))
    if installed is not None and not (installed / "bin" / "factcheck").exists():
        installed = None
    if installed is not None:
        # the console script of the built wheel, as a user runs it (from elsewhere)
        check = [str(installed / "bin" / "factcheck"), "check", "--lang", "de,fr", str(de), str(fr)]
        env["PYTHONPATH"] = str(installed)
        cwd = Path(pyc)
    else:
        check = [sys.executable, "-m", "factcheck.cli", "check", "--lang", "de,fr",
                 str(de), str(fr)]
        cwd = ROOT
    WHOLE["installed"] = installed is not None
    cmds = {
        "base": (base, env),
        "check": (check, env),
        "check, no cache": (check, {**env, "FACTCHECK_NO_CACHE": "1"}),
    }

    def run(cmd: list[str], cmd_env: dict[str, str]) -> tuple[float, float]:
        """Wall-clock and CPU seconds of one run."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=cmd_env, cwd=cwd)
        took = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in (0, 1) or b"Traceback" in proc.stderr:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return took, cpu

    try:
        for cmd, cmd_env in cmds.values():  # warm the file cache, the pyc and table caches
            run(cmd, cmd_env)
        samples: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
        for _ in range(runs):
            for name, (cmd, cmd_env) in cmds.items():
                samples[name].append(run(cmd, cmd_env))
        if installed is not None:  # the in-process throughput of the installed wheel
            import json

            child = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--in-process-json",
                 "--passes", str(passes)],
                capture_output=True, text=True, cwd=installed.parent,
                env={**os.environ, "PYTHONPATH": str(installed)},
            )
            if child.returncode == 0:
                WHEEL_IN_PROCESS["got"] = json.loads(child.stdout)
    finally:
        shutil.rmtree(pyc, ignore_errors=True)
    return {
        name: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
        for name, got in samples.items()
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--passes", type=int, default=3, help="in-process passes (the best counts)")
    ap.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    ap.add_argument("--in-process-json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.in_process_json:  # the child run in the installed wheel
        import json

        got = in_process(args.passes)
        print(json.dumps([got[0], got[1], got[2], compiled()]))
        return
    mbps, cpu, nbytes, stages = in_process(args.passes)
    cpu_mbps = nbytes / 1e6 / cpu
    print(
        f"in-process: {nbytes / 1e6:.2f} MB: {mbps:.2f} MB/s wall clock, "
        f"{cpu_mbps:.2f} MB/s of CPU time (target >= 2)"
    )
    total = sum(stages.values())
    for stage, took in stages.items():
        share = 100 * took / total
        print(f"  {stage:8} {took:6.2f} s  {share:5.1f} %  {nbytes / 1e6 / took:7.2f} MB/s")
    whole = whole_process(args.runs, args.passes)
    (med_base, cpu_base) = whole["base"]
    (med_check, cpu_check) = whole["check"]
    (med_cold, cpu_cold) = whole["check, no cache"]
    ratio = med_check / med_base
    how = "installed wheel" if WHOLE.get("installed") else "source tree"
    wheel_mbps = None
    if "got" in WHEEL_IN_PROCESS:
        w_mbps, w_cpu, w_bytes, w_compiled = WHEEL_IN_PROCESS["got"]
        wheel_mbps = (w_mbps, w_bytes / 1e6 / w_cpu, bool(w_compiled))
        print(f"in-process, installed wheel ({'compiled' if w_compiled else 'pure'}): "
              f"{w_mbps:.2f} MB/s wall clock, {w_bytes / 1e6 / w_cpu:.2f} MB/s of CPU time")
    print(
        f"seed pair, whole process ({how}, median of {args.runs}, wall / CPU): "
        f"factcheck check {med_check * 1000:.0f} / {cpu_check * 1000:.0f} ms, "
        f"with FACTCHECK_NO_CACHE=1 {med_cold * 1000:.0f} / {cpu_cold * 1000:.0f} ms, "
        f"python -c 'import babel.numbers, babel.dates, regex' "
        f"{med_base * 1000:.0f} / {cpu_base * 1000:.0f} ms; "
        f"ratio {ratio:.2f}x wall, {cpu_check / cpu_base:.2f}x CPU (target <= 3); "
        f"no cache {med_cold / med_base:.2f}x"
    )
    if args.no_write:
        return
    pairs = ", ".join(f"{a}–{b}" for a, b in PAIRS)
    rows = [
        "| measure | figure | target |",
        "|---|---|---|",
        f"| in-process `check`, NTREX, pairs {pairs} ({nbytes / 1e6:.2f} MB) "
        f"| **{mbps:.2f} MB/s** wall clock, {cpu_mbps:.2f} MB/s of CPU time (source tree, "
        f"{'compiled' if compiled() else 'pure Python'}) | ≥ 2 MB/s |",
        *(
            [f"| the same, installed wheel ({'compiled' if wheel_mbps[2] else 'pure Python'}) "
             f"| **{wheel_mbps[0]:.2f} MB/s** wall clock, {wheel_mbps[1]:.2f} MB/s of CPU time "
             "| ≥ 2 MB/s |"]
            if wheel_mbps is not None else []
        ),
        f"| `factcheck check` on the seed pair, whole process, table cache warm (median of "
        f"{args.runs}) | {med_check * 1000:.0f} ms wall, {cpu_check * 1000:.0f} ms CPU | |",
        f"| the same with `FACTCHECK_NO_CACHE=1` (every table built afresh) "
        f"| {med_cold * 1000:.0f} ms wall, {cpu_cold * 1000:.0f} ms CPU | |",
        f'| `python -c "import babel.numbers, babel.dates, regex"` (median of {args.runs}) '
        f"| {med_base * 1000:.0f} ms wall, {cpu_base * 1000:.0f} ms CPU | |",
        f"| ratio, table cache warm | **{ratio:.2f}×** wall, {cpu_check / cpu_base:.2f}× CPU "
        f"| ≤ 3× |",
        f"| ratio, no cache | {med_cold / med_base:.2f}× wall, {cpu_cold / cpu_base:.2f}× CPU | |",
        "",
        "Whole-process runs are interleaved; bytecode is cached as in an installed package "
        "(`PYTHONDONTWRITEBYTECODE` dropped, `.pyc` in a temporary `PYTHONPYCACHEPREFIX`) "
        "for every command alike. "
        + (
            "`factcheck check` is the console script of the project's wheel, built and "
            "installed by the script, run from another directory."
            if WHOLE.get("installed")
            else "The wheel could not be built here: `factcheck check` ran from the source "
            "tree (`python -m factcheck.cli`)."
        )
        + " The in-process figure is the best of "
        f"{args.passes} passes after a warm-up. See docs/performance.md for the table cache.",
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
