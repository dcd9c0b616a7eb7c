"""Speed of ``factcheck.extract`` against a bare ``re.finditer(r"\\d+")`` pass.

Usage::

    python bench/speed_extract.py [--repeat 5] [--profile] [--no-write]

Reads the NTREX-128 files ``deu``, ``fra``, ``eng``, ``vie`` (whole files) from
``../shared/corpus/ntrex128``. Both passes run in this process over the same
texts; each is timed ``--repeat`` times and the best run counts (the machine is
shared). The first ``extract`` call per language builds and caches its tables:
it runs once before timing and is reported on its own as the warm-up cost.
The ratio is extract time / bare time (target ≤ 10×). Times are CPU times of
this process (``time.process_time``): the machine is shared, and wall-clock
times there measure the neighbours as much as the code.

Writes its figures into docs/benchmarks.md between ``<!-- speed:start -->`` and
``<!-- speed:end -->``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ntrex128"
BENCH_MD = ROOT / "docs" / "benchmarks.md"
sys.path.insert(0, str(ROOT))

from factcheck import extract  # noqa: E402
from factcheck._extract import extract as _extract  # noqa: E402, F401

FILES = {"de": "deu.txt", "fr": "fra.txt", "en": "eng.txt", "vi": "vie.txt"}
_BARE = re.compile(r"\d+")


def _bare(texts: dict[str, str]) -> float:
    t0 = time.process_time()
    for text in texts.values():
        for _m in _BARE.finditer(text):
            pass
    return time.process_time() - t0


def _ours(texts: dict[str, str]) -> tuple[float, dict[str, float], int]:
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


def write_section(lines: list[str]) -> None:
    section = "\n".join(["<!-- speed:start -->", *lines, "<!-- speed:end -->"])
    BENCH_MD.parent.mkdir(parents=True, exist_ok=True)
    old = BENCH_MD.read_text(encoding="utf-8") if BENCH_MD.exists() else "# Benchmarks\n"
    start, end = old.find("<!-- speed:start -->"), old.find("<!-- speed:end -->")
    if start >= 0 and end > start:
        new = old[:start] + section + old[end + len("<!-- speed:end -->") :]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    tmp = BENCH_MD.with_suffix(".md.speed.tmp")
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(BENCH_MD)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one extract pass")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"NTREX corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    texts = {lang: (CORPUS / name).read_text(encoding="utf-8") for lang, name in FILES.items()}
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    mb = size / 1e6
    t0 = time.process_time()
    for lang in texts:
        extract("1", lang)
    warm = time.process_time() - t0
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        _ours(texts)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    bare = min(_bare(texts) for _ in range(args.repeat))
    runs = [_ours(texts) for _ in range(args.repeat)]
    ours, per, count = min(runs, key=lambda r: r[0])
    ratio = ours / bare if bare else float("inf")
    stages = _stages(texts, args.repeat)
    print(f"text: {mb:.2f} MB in {len(texts)} files; {count} figures")
    print(f"bare re.finditer(r'\\d+'): {bare:.4f} s  {mb / bare:7.1f} MB/s")
    print(f"factcheck.extract:        {ours:.4f} s  {mb / ours:7.1f} MB/s")
    print(f"ratio: {ratio:.1f}x   (warm-up, tables for 4 languages: {warm:.2f} s)")
    print("per language: " + ", ".join(f"{k} {v:.4f} s" for k, v in per.items()))
    for name, secs in stages.items():
        print(f"  stage {name:30} {secs:.4f} s  {secs / bare:5.1f}x")
    if not args.no_write:
        write_section(
            [
                "## Speed: extract vs a bare digit scan (bench/speed_extract.py)",
                "",
                f"NTREX-128 deu, fra, eng, vie: {mb:.2f} MB, {count} figures; "
                f"best of {args.repeat} runs in one process, CPU time.",
                "",
                "| pass | seconds | MB/s |",
                "| --- | ---: | ---: |",
                f"| bare `re.finditer(r\"\\d+\")` | {bare:.4f} | {mb / bare:.1f} |",
                f"| `factcheck.extract` (tokens, dates, numbers, words) | {ours:.4f} | "
                f"{mb / ours:.1f} |",
                "",
                f"Ratio **{ratio:.1f}×** (target ≤ 10×). Per language: "
                + ", ".join(f"{k} {v:.4f} s" for k, v in per.items())
                + f". One-off table building for the four languages: {warm:.2f} s.",
                "",
                "Each stage alone (same texts, best run; numbers include the number-word",
                "scan it calls):",
                "",
                "| stage | seconds | × bare |",
                "| --- | ---: | ---: |",
                *(f"| {k} | {v:.4f} | {v / bare:.1f} |" for k, v in stages.items()),
                "",
                f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
            ]
        )
        print(f"wrote {BENCH_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
