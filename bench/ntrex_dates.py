"""Count date figures per NTREX document in de, fr, en, vi and check they agree.

Usage::

    python bench/ntrex_dates.py [--list] [--show DOC_ID] [--no-write]

Each NTREX document (``docs.tsv``) is one news article translated into every
language. For each document the script counts the figures of kind ``date``
that ``extract_dates`` reports in each language (no reference date: relative
dates stay symbolic) and calls the document *agreeing* when the four counts are
equal. ``--list`` prints the disagreeing documents with their counts,
``--show`` prints the figures of one document side by side. It also times
``extract_dates`` over the four files (1.22 MB) against a bare
``re.finditer(r"\\d+")`` pass.

Writes its figures into docs/benchmarks.md between ``<!-- ntrex-dates:start -->``
and ``<!-- ntrex-dates:end -->``, and the per-document differences (the values
whose count differs, with the figures' words) into docs/dates.md between
``<!-- ntrex-differences:start -->`` and ``<!-- ntrex-differences:end -->``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import NTREX_LANGS, ntrex_docs, require_shared, write_section  # noqa: E402

from factcheck._dates import extract_dates  # noqa: E402

LANGS = ("de", "fr", "en", "vi")


def _timing() -> tuple[float, float, int]:
    base = require_shared() / "corpus" / "ntrex128"
    stems = {v: k for k, v in NTREX_LANGS.items()}
    texts = {lang: (base / f"{stems[lang]}.txt").read_text(encoding="utf-8") for lang in LANGS}
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    for lang in LANGS:  # build the per-locale grammars outside the timing
        extract_dates("25. Oktober 2025", lang)
    best_d, best_e = 1e9, 1e9
    for _ in range(5):
        t0 = time.process_time()
        for t in texts.values():
            sum(1 for _ in re.finditer(r"\d+", t))
        best_d = min(best_d, time.process_time() - t0)
        t0 = time.process_time()
        for lang, t in texts.items():
            extract_dates(t, lang)
        best_e = min(best_e, time.process_time() - t0)
    return best_d, best_e, size


def _difference(doc_id: str, per: dict[str, list[Any]]) -> str:
    """One Markdown line: the values whose count differs, with the figures' words."""
    cnt = {lang: Counter(str(f.value) for f in per[lang]) for lang in LANGS}
    parts = []
    for v in sorted(set().union(*cnt.values())):
        c = [cnt[lang][v] for lang in LANGS]
        if len(set(c)) == 1:
            continue
        words = []
        for lang in LANGS:
            ws = sorted({" ".join(f.text.split()) for f in per[lang] if str(f.value) == v})
            if ws:
                words.append(f"{lang} " + " / ".join(ws[:2]))
        parts.append(f"`{v}` {'/'.join(map(str, c))} ({'; '.join(words)})")
    total = "/".join(str(len(per[lang])) for lang in LANGS)
    return f"* {doc_id} ({total}): " + ", ".join(parts)


def _write_differences(lines: list[str]) -> None:
    """The per-document differences into docs/dates.md (between its markers)."""
    path = ROOT / "docs" / "dates.md"
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- ntrex-differences:start -->", "<!-- ntrex-differences:end -->"
    if start not in text or end not in text:
        return
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    body = "\n".join(lines) if lines else "none"
    path.write_text(f"{head}{start}\n{body}\n{end}{tail}", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print disagreeing documents")
    ap.add_argument("--show", metavar="DOC_ID")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    docs = ntrex_docs(LANGS)
    agree = 0
    total_figs = dict.fromkeys(LANGS, 0)
    bad: list[tuple[str, dict[str, int]]] = []
    notes: list[str] = []
    for doc in docs:
        counts = {}
        per = {}
        for lang in LANGS:
            figs = [f for f in extract_dates(doc.text(lang), lang) if f.kind == "date"]
            per[lang] = figs
            counts[lang] = len(figs)
            total_figs[lang] += len(figs)
            if args.show == doc.doc_id:
                print(f"--- {lang}")
                for f in figs:
                    print(f"   {f.text!r:40} {f.value} {f.value_end or ''}")
        if len(set(counts.values())) == 1:
            agree += 1
        else:
            bad.append((doc.doc_id, counts))
            notes.append(_difference(doc.doc_id, per))
    rate = agree / len(docs)
    print(f"documents agreeing: {agree}/{len(docs)} = {rate:.1%}")
    print("date figures:", total_figs)
    if args.list:
        for doc_id, counts in bad:
            print(f"  {doc_id}: {counts}")
    t_digits, t_dates, size = _timing()
    print(
        f"extract_dates over {size / 1e6:.2f} MB: {t_dates:.3f} s "
        f"(bare \\d+ pass: {t_digits:.3f} s, ratio {t_dates / t_digits:.1f}x)"
    )
    if args.no_write:
        return
    lines = [
        "### Dates on NTREX (`bench/ntrex_dates.py`)",
        "",
        "Documents whose number of `date` figures is the same in de, fr, en and vi"
        " (no reference date).",
        "",
        "| documents agreeing | rate | date figures de / fr / en / vi |",
        "| --- | --- | --- |",
        f"| {agree} / {len(docs)} | {rate:.1%} | "
        + " / ".join(str(total_figs[lang]) for lang in LANGS)
        + " |",
        "",
        f"`extract_dates` over the four files ({size / 1e6:.2f} MB): {t_dates:.3f} s;"
        f' a bare `re.finditer(r"\\d+")` pass: {t_digits:.3f} s.',
        "",
        "Disagreeing documents (counts de/fr/en/vi): "
        + (", ".join(f"{d} ({'/'.join(str(c[lang]) for lang in LANGS)})" for d, c in bad) or "none")
        + "; reasons in docs/dates.md.",
    ]
    write_section("ntrex-dates", "\n".join(lines))
    _write_differences(notes)


if __name__ == "__main__":
    main()
