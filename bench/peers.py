"""Score ``factcheck.extract`` on the Recognizers-Text peer specs.

Usage::

    python bench/peers.py [--model number|ordinal|percent|currency] [--lang de|fr|en]
                          [--failures] [--all] [--no-write]

Reads ``../shared/peers/recognizers-text/<model>.<lang>.jsonl`` (12 files: models
number, ordinal, percent, currency × de, fr, en) and scores the cases whose
``verified_by`` is not empty (``--all`` scores every case).

A case passes when every expected value is found by one of our figures at an
overlapping span, and none of our figures of the model's kinds is left over
(an extra figure: one that matches no expected item).

Mapping of our kinds to the peer models (see docs/extraction.md):

* ``number``: figures of kind ``number`` and ``money`` (the amount states a
  number: the peer's number model returns 1000 for "€1000"), ``percent`` (the
  peer returns 27 for "27%"). Quantities are left out: the peer's number model
  reports nothing for "180ml" or "29km" and neither do we, the figure is a
  quantity, not a bare number.
* ``ordinal``: figures of kind ``ordinal``.
* ``percent``: figures of kind ``percent`` (unit ``percent`` or ``percentage-point``).
* ``currency``: figures of kind ``money``.

A range figure ("100 bis 300 Milliarden", qualifier ``between``) states both
ends: it matches an expected item when its ``low`` or ``high`` equals it.
A figure stated in a currency's subunit ("50 cents", flag ``subunit``) is
normalised to the main unit (0.50 USD); the peer states the amount in cents (50),
so it also matches 100 × its value. Values compare with a relative tolerance of
1e-9 (the peers round repeating fractions to 15 significant digits).

Cases listed in docs/peer-disagreements.md (ids such as ``number.de#31`` or
``currency.en#105–#110``, a bare ``#N`` continuing the last named file) are
disagreements by design: the script reports the raw pass rate and the rate with
those cases left out.

Writes the pass rates into docs/benchmarks.md between ``<!-- peers:start -->``
and ``<!-- peers:end -->`` (only when every file was scored, unless --no-write).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "peers" / "recognizers-text"
BENCH_MD = ROOT / "docs" / "benchmarks.md"
DISAGREE_MD = ROOT / "docs" / "peer-disagreements.md"
sys.path.insert(0, str(ROOT))

from factcheck import extract  # noqa: E402
from factcheck._records import Figure  # noqa: E402

MODELS = ("number", "ordinal", "percent", "currency")
LANGS = ("de", "fr", "en")
KINDS: dict[str, tuple[str, ...]] = {
    "number": ("number", "money", "percent"),
    "ordinal": ("ordinal",),
    "percent": ("percent",),
    "currency": ("money",),
}


_CASE = re.compile(r"(?:\b([a-z_]+)\.(de|fr|en)#(\d+)|#(\d+))(?:\s*[–-]\s*#?(\d+))?")


def disagreements() -> set[str]:
    """Case ids ("number.de#31") listed in docs/peer-disagreements.md."""
    if not DISAGREE_MD.is_file():
        return set()
    out: set[str] = set()
    prefix = None
    for m in _CASE.finditer(DISAGREE_MD.read_text(encoding="utf-8")):
        if m.group(1):
            prefix = f"{m.group(1)}.{m.group(2)}"
            first = int(m.group(3))
        elif prefix is None:
            continue
        else:
            first = int(m.group(4))
        last = int(m.group(5)) if m.group(5) else first
        for n in range(first, max(first, last) + 1):
            out.add(f"{prefix}#{n}")
    return out


def _span(item: dict[str, Any], text: str) -> tuple[int, int] | None:
    check = item.get("span_check")
    start, end = item.get("start"), item.get("end")
    if check == "inclusive" and start is not None and end is not None:
        return int(start), int(end) + 1
    if check == "exclusive" and start is not None and end is not None:
        return int(start), int(end)
    needle = str(item.get("text") or "").lower()
    if needle:
        i = text.lower().find(needle)
        if i >= 0:
            return i, i + len(needle)
    return None


def _dec(s: Any) -> Decimal | None:
    if s is None:
        return None
    try:
        return Decimal(str(s))
    except InvalidOperation:
        return None


def _close(a: Decimal, b: Decimal) -> bool:
    if a == b:
        return True
    return abs(a - b) <= abs(b) * Decimal("1e-9") + Decimal("1e-12")


def _values(fig: Figure) -> list[Decimal]:
    vals: list[Decimal] = []
    if isinstance(fig.value, Decimal):
        vals.append(fig.value)
    if fig.qualifier == "between":
        vals.extend(v for v in (fig.low, fig.high) if v is not None)
    if "subunit" in fig.flags and isinstance(fig.value, Decimal):
        vals.append(fig.value * 100)  # "50 cents": the peer states 50 (cents), we 0.50 USD
    return vals


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_case(rec: dict[str, Any], model: str) -> tuple[bool, list[Figure], list[str]]:
    text = rec["input"]
    figures = [f for f in extract(text, rec["lang"]) if f.kind in KINDS[model]]
    problems: list[str] = []
    used: set[int] = set()
    for item in rec["expected"]:
        span = _span(item, text)
        want = _dec(item.get("value"))
        hit = None
        for i, fig in enumerate(figures):
            if span is not None and not _overlap(span, (fig.start, fig.end)):
                continue
            if want is None or any(_close(v, want) for v in _values(fig)):
                hit = i
                break
        if hit is None:
            problems.append(f"missing {item.get('text')!r}={item.get('value')}")
        else:
            used.add(hit)
    for i, fig in enumerate(figures):
        if i in used:
            continue
        # a figure may satisfy several expected items (a range); it is extra only
        # when it matches none of them.
        matched = False
        for item in rec["expected"]:
            span = _span(item, text)
            want = _dec(item.get("value"))
            if (span is None or _overlap(span, (fig.start, fig.end))) and (
                want is None or any(_close(v, want) for v in _values(fig))
            ):
                matched = True
                break
        if not matched:
            problems.append(f"extra {fig.kind} {fig.text!r}={fig.value}")
    return not problems, figures, problems


def run(
    models: list[str], langs: list[str], *, failures: bool, every: bool, show_design: bool = False
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    design = disagreements()
    for model in models:
        for lang in langs:
            path = PEERS / f"{model}.{lang}.jsonl"
            if not path.is_file():
                continue
            total = passed = excused = 0
            t0 = time.perf_counter()
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                if not every and not rec.get("verified_by"):
                    continue
                total += 1
                ok, figures, problems = score_case(rec, model)
                passed += ok
                by_design = f"{model}.{lang}#{rec['index']}" in design
                if not ok and by_design:
                    excused += 1
                if failures and not ok and not (by_design and not show_design):
                    tag = " (by design)" if by_design else ""
                    print(f"FAIL {model}.{lang}#{rec['index']}{tag}: {rec['input'][:160]!r}")
                    for p in problems:
                        print(f"     {p}")
                    print(
                        "     ours: "
                        + "; ".join(f"{f.kind}:{f.text!r}={f.value}" for f in figures)
                    )
            dt = time.perf_counter() - t0
            rate = passed / total if total else 1.0
            rest = total - excused
            rate_design = passed / rest if rest else 1.0
            results[f"{model}.{lang}"] = (passed, total, rate, dt, excused, rate_design)
    return results


def write_section(results: dict[str, Any]) -> None:
    lines = [
        "<!-- peers:start -->",
        "## Peer suite: Recognizers-Text (bench/peers.py)",
        "",
        "Cases with a non-empty `verified_by`; a case passes when every expected value is",
        "found at an overlapping span and no extra figure of the model's kinds is reported.",
        "",
        "Cases we disagree with by design are listed with their reasons in",
        "`docs/peer-disagreements.md`; the last column leaves them out.",
        "",
        "| file | passed | cases | rate | by design | rate without them |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, (passed, total, rate, _dt, excused, rate_design) in results.items():
        lines.append(
            f"| {key} | {passed} | {total} | {rate:.1%} | {excused} | {rate_design:.1%} |"
        )
    lines.append("")
    lines.append(f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.")
    lines.append("<!-- peers:end -->")
    section = "\n".join(lines)
    BENCH_MD.parent.mkdir(parents=True, exist_ok=True)
    old = BENCH_MD.read_text(encoding="utf-8") if BENCH_MD.exists() else "# Benchmarks\n"
    start, end = old.find("<!-- peers:start -->"), old.find("<!-- peers:end -->")
    if start >= 0 and end > start:
        new = old[:start] + section + old[end + len("<!-- peers:end -->") :]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    tmp = BENCH_MD.with_suffix(".md.tmp")
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(BENCH_MD)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", choices=MODELS, action="append")
    ap.add_argument("--lang", choices=LANGS, action="append")
    ap.add_argument("--failures", action="store_true", help="print every failing case")
    ap.add_argument("--all", action="store_true", help="score unverified cases too")
    ap.add_argument("--design", action="store_true", help="with --failures: show by-design cases")
    ap.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = ap.parse_args(argv)
    if not PEERS.is_dir():
        print(f"peer specs not found at {PEERS}", file=sys.stderr)
        return 2
    models = args.model or list(MODELS)
    langs = args.lang or list(LANGS)
    results = run(
        models, langs, failures=args.failures, every=args.all, show_design=args.design
    )
    for key, (passed, total, rate, dt, excused, rate_design) in results.items():
        print(
            f"{key:14} {passed:4}/{total:<4} {rate:7.1%}   by design {excused:3}"
            f"  → {rate_design:7.1%}  ({dt:.2f}s)"
        )
    complete = len(results) == len(MODELS) * len(LANGS)
    if complete and not args.no_write and not args.all:
        write_section(results)
        print(f"wrote {BENCH_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
