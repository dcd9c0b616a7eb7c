"""Instructions per ``extract`` pass over NTREX de, fr, en, vi, counted by callgrind.

Usage::

    python bench/count_extract.py [extract|bare]

Timings on a shared machine swing by tens of per cent within a minute; an instruction
count does not (the same count on every run for the same build, caches and inputs), so
this is the A/B measure for a change to the extraction code (docs/performance.md, stop
12). It runs ``valgrind --tool=callgrind`` on this script's ``--passes N`` child three
times (no pass: the disk caches warm up; one pass; three passes) and prints the
difference per pass. It measures whatever ``import factcheck`` gives: build the compiled
modules in place first (``python setup.py -q build_ext --inplace``, and remove
``factcheck/*.so`` afterwards) to count the compiled build. Prints only; writes nothing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ntrex128"
FILES = {"de": "deu.txt", "fr": "fra.txt", "en": "eng.txt", "vi": "vie.txt"}


def _child(what: str, passes: int) -> None:
    texts = {lang: (CORPUS / name).read_text(encoding="utf-8") for lang, name in FILES.items()}
    if what == "bare":
        digits = re.compile(r"\d+")
        for _ in range(passes):
            for text in texts.values():
                for _m in digits.finditer(text):
                    pass
        return
    sys.path.insert(0, str(ROOT))
    from factcheck import extract

    for lang, text in texts.items():
        extract(text, lang)  # tables built or loaded: not counted
    for _ in range(passes):
        for lang, text in texts.items():
            extract(text, lang)


def _count(what: str, passes: int) -> int:
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, what, "--passes", str(passes)],
        capture_output=True, text=True, check=True,
    )
    m = re.search(r"refs:\s*([\d,]+)", run.stderr)
    if m is None:
        raise SystemExit(f"count_extract: no count in valgrind's output:\n{run.stderr[-500:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", nargs="?", default="extract", choices=("extract", "bare"))
    ap.add_argument("--passes", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"count_extract: NTREX corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.passes is not None:  # the child under valgrind
        _child(args.what, args.passes)
        return 0
    if shutil.which("valgrind") is None:
        print("count_extract: valgrind not found", file=sys.stderr)
        return 2
    _count(args.what, 0)  # warm the disk caches of this build
    one, three = _count(args.what, 1), _count(args.what, 3)
    print(f"{args.what}: {(three - one) / 2 / 1e6:,.1f} M instructions per pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
