"""Speed of ``factcheck.extract`` against a bare ``re.finditer(r"\\d+")`` pass.

Usage::

    python bench/speed_extract.py [--rounds 9] [--profile] [--no-write]

Reads the NTREX-128 files ``deu``, ``fra``, ``eng``, ``vie`` (whole files) from
``../shared/corpus/ntrex128``.

The script builds the project's wheel twice and installs each into a temporary
directory: as ``pip install .`` builds it (the extraction modules compiled by
mypyc, see setup.py) and with ``FACTCHECK_PURE_PYTHON=1`` (plain ``.py``
modules). Each is timed in a process of its own, started from another
directory, so that it imports the installed package. Without a wheel (no
network for the build requirements), the source tree is timed instead.

Within one process, the bare pass and ``extract`` alternate: bare, extract,
bare, extract, … for ``--rounds`` rounds; each round's ratio is the extract
time over the mean of the bare passes right before and after it, and the
median ratio counts. The machine is shared and its speed drifts by tens of per
cent within a minute, so a ratio of neighbouring runs is steadier than a ratio
of two best times taken apart. The first ``extract`` call per language builds
and caches its tables: it runs once before timing and is reported on its own.
Times are CPU times of the process (``time.process_time``).

Writes its figures into docs/benchmarks.md between ``<!-- speed:start -->`` and
``<!-- speed:end -->``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ntrex128"
if "--installed" not in sys.argv:
    sys.path.insert(0, str(ROOT))

from _common import compiled, install_wheel, write_section  # noqa: E402

FILES = {"de": "deu.txt", "fr": "fra.txt", "en": "eng.txt", "vi": "vie.txt"}
_BARE = re.compile(r"\d+")


def _bare(texts: dict[str, str]) -> float:
    t0 = time.process_time()
    for text in texts.values():
        for _m in _BARE.finditer(text):
            pass
    return time.process_time() - t0


def _ours(texts: dict[str, str]) -> tuple[float, dict[str, float], int]:
    from factcheck import extract

    per: dict[str, float] = {}
    count = 0
    t0 = time.process_time()
    for lang, text in texts.items():
        t1 = time.process_time()
        count += len(extract(text, lang))
        per[lang] = time.process_time() - t1
    return time.process_time() - t0, per, count


def _stages(texts: dict[str, str], repeat: int) -> dict[str, float]:
    """Best time of each stage alone, in the order ``extract`` runs them."""
    from factcheck._dates import extract_dates
    from factcheck._numbers import extract_numbers
    from factcheck._numwords import scan_number_words
    from factcheck._spans import Spans
    from factcheck._tokens import find_tokens

    claimed = {lang: [(t.start, t.end) for t in find_tokens(text)] for lang, text in texts.items()}

    def best(fn: Any) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            for lang, text in texts.items():
                fn(lang, text)
            times.append(time.process_time() - t0)
        return min(times)

    return {
        "tokens": best(lambda lang, text: find_tokens(text)),
        "dates": best(
            lambda lang, text: extract_dates(
                text, lang, reference_date=None, claimed=Spans(claimed[lang])
            )
        ),
        "number words (scan only)": best(lambda lang, text: scan_number_words(text, lang)),
        "numbers (incl. number words)": best(
            lambda lang, text: extract_numbers(text, lang, claimed=Spans(claimed[lang]))
        ),
    }


def measure(rounds: int) -> dict[str, Any]:
    """Interleaved rounds of the bare pass and ``extract`` in this process."""
    import factcheck._dates
    from factcheck import extract

    texts = {lang: (CORPUS / name).read_text(encoding="utf-8") for lang, name in FILES.items()}
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    t0 = time.process_time()
    for lang in texts:
        extract("1", lang)
    warm = time.process_time() - t0
    _ours(texts)  # tables built lazily by the first long text
    bares = [_bare(texts)]
    ours: list[tuple[float, dict[str, float], int]] = []
    ratios = []
    for _ in range(rounds):
        ours.append(_ours(texts))
        bares.append(_bare(texts))
        ratios.append(ours[-1][0] / ((bares[-2] + bares[-1]) / 2))
    median = statistics.median(ratios)
    # the round whose ratio is the median: its own times (a consistent pair)
    k = min(range(rounds), key=lambda i: abs(ratios[i] - median))
    return {
        "compiled": compiled(),
        "module": str(factcheck._dates.__file__),
        "mb": size / 1e6,
        "warm": warm,
        "ratios": ratios,
        "ratio": median,
        "bare": (bares[k] + bares[k + 1]) / 2,
        "ours": ours[k][0],
        "per": ours[k][1],
        "count": ours[k][2],
        "stages": _stages(texts, 3),
    }


def _measure_installed(site: Path, rounds: int) -> dict[str, Any]:
    run = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--installed", "--rounds", str(rounds)],
        capture_output=True, text=True, cwd=site.parent,
        env={**os.environ, "PYTHONPATH": str(site)}, check=True,
    )
    return dict(json.loads(run.stdout))


def _show(name: str, r: dict[str, Any]) -> None:
    mb = r["mb"]
    print(f"{name}: {r['module']}")
    print(f"  bare re.finditer(r'\\d+'): {r['bare']:.4f} s  {mb / r['bare']:7.1f} MB/s")
    print(f"  factcheck.extract:        {r['ours']:.4f} s  {mb / r['ours']:7.1f} MB/s")
    print(f"  ratio (median of {len(r['ratios'])} rounds): {r['ratio']:.1f}x; rounds: "
          + ", ".join(f"{x:.1f}" for x in r["ratios"]))
    for stage, secs in r["stages"].items():
        print(f"  stage {stage:30} {secs:.4f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one extract pass")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--source-tree", action="store_true",
                    help="time the source tree in this process only (no wheels)")
    ap.add_argument("--installed", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"NTREX corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.installed:  # the child process of one installed wheel
        print(json.dumps(measure(args.rounds)))
        return 0
    if args.profile:
        import cProfile
        import pstats

        texts = {lang: (CORPUS / n).read_text(encoding="utf-8") for lang, n in FILES.items()}
        _ours(texts)
        prof = cProfile.Profile()
        prof.enable()
        _ours(texts)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return 0
    results: dict[str, dict[str, Any]] = {}
    if not args.source_tree:
        with tempfile.TemporaryDirectory(prefix="factcheck-speed-") as tmp:
            for name, pure in (("compiled wheel", False), ("pure-Python wheel", True)):
                site = install_wheel(Path(tmp) / name.split()[0], pure=pure)
                if site is not None:
                    results[name] = _measure_installed(site, args.rounds)
    if not results:
        results["source tree"] = measure(args.rounds)
    for name, r in results.items():
        _show(name, r)
    if not args.no_write:
        write_section("speed", "\n".join(_section(results)))
        print("wrote docs/benchmarks.md")
    return 0


def _section(results: dict[str, dict[str, Any]]) -> list[str]:
    first = next(iter(results.values()))
    mb = first["mb"]
    rows = []
    for name, r in results.items():
        what = "compiled (mypyc)" if r["compiled"] else "pure Python"
        rows.append(
            f"| {name}: {what} | {r['bare']:.4f} s ({mb / r['bare']:.0f} MB/s) | "
            f"{r['ours']:.4f} s ({mb / r['ours']:.1f} MB/s) | **{r['ratio']:.1f}×** | "
            f"{min(r['ratios']):.1f}–{max(r['ratios']):.1f}× |"
        )
    stage_names = list(first["stages"])
    return [
        "## Speed: extract vs a bare digit scan (bench/speed_extract.py)",
        "",
        f"NTREX-128 deu, fra, eng, vie: {mb:.2f} MB, {first['count']} figures. Each build runs "
        f"in a process of its own; in it the bare pass and `extract` alternate for "
        f"{len(first['ratios'])} rounds, and the median of the rounds' ratios counts (CPU time; "
        "see the script's docstring). Target: ≤ 10×.",
        "",
        "| build | bare `re.finditer(r\"\\d+\")` | `factcheck.extract` | ratio (median) | "
        "ratio, all rounds |",
        "| --- | ---: | ---: | ---: | ---: |",
        *rows,
        "",
        "`pip install .` builds the compiled wheel (setup.py); `pip install -e .` and "
        "`FACTCHECK_PURE_PYTHON=1` run the pure-Python modules. One-off table building for "
        "the four languages: " + ", ".join(
            f"{r['warm']:.2f} s ({name})" for name, r in results.items()) + ".",
        "",
        "Each stage alone (same texts, best of 3; numbers include the number-word scan it "
        "calls), in seconds:",
        "",
        "| stage | " + " | ".join(results) + " |",
        "| --- |" + " ---: |" * len(results),
        *(
            f"| {st} | " + " | ".join(f"{r['stages'][st]:.4f}" for r in results.values()) + " |"
            for st in stage_names
        ),
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
    ]


if __name__ == "__main__":
    raise SystemExit(main())
