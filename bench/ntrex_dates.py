"""Count date figures per NTREX document in de, fr, en, vi and check they agree.

Usage::

    python bench/ntrex_dates.py [--list] [--show DOC_ID] [--no-write] [--langs en,es]

Each NTREX document (``docs.tsv``) is one news article translated into every
language. For each document the script counts the figures of kind ``date``
that ``extract_dates`` reports in each language (no reference date: relative
dates stay symbolic) and calls the document *agreeing* when the four counts are
equal. ``--list`` prints the disagreeing documents with their counts,
``--show`` prints the figures of one document side by side. It also times
``extract_dates`` over the four files (1.22 MB) against a bare
``re.finditer(r"\\d+")`` pass.

``--langs`` measures another set of languages (any of ``NTREX_LANGS``, e.g.
``en,es`` for the Spanish version against the English one) without the reviewed
verdicts and without writing.

Every value whose count differs in a disagreeing document can carry a reviewed
verdict in ``bench/ntrex_date_verdicts.toml``: ``translation`` (the versions
state different dates: a translator drops, adds or rewords one), ``form`` (the
same count of dates, one of them with another value: "ce lundi" for "on
Monday") or ``extraction`` (the versions state the same dates and our reading
differs). A verdict records the counts it was given
for; when the counts change it is stale and no longer counts. The script then
also reports how many documents disagree only through reviewed translation
differences, and the agreement on the documents whose translations state the
same dates.

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
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import NTREX_LANGS, ntrex_docs, require_shared, write_section  # noqa: E402

from factcheck._dates import extract_dates  # noqa: E402

LANGS = ("de", "fr", "en", "vi")
VERDICTS = ROOT / "bench" / "ntrex_date_verdicts.toml"


def _verdicts() -> dict[str, dict[str, dict[str, str]]]:
    """document → value → {counts, verdict, reason}."""
    if not VERDICTS.is_file():
        return {}
    data = tomllib.loads(VERDICTS.read_text(encoding="utf-8"))
    return {str(k): v for k, v in data.get("doc", {}).items()}


def _differing(per: dict[str, list[Any]]) -> dict[str, str]:
    """value → its counts "de/fr/en/vi", for the values whose count differs."""
    cnt = {lang: Counter(str(f.value) for f in per[lang]) for lang in LANGS}
    out = {}
    for v in sorted(set().union(*cnt.values())):
        c = [cnt[lang][v] for lang in LANGS]
        if len(set(c)) > 1:
            out[v] = "/".join(map(str, c))
    return out


def classify(per: dict[str, list[Any]], reviewed: dict[str, dict[str, str]]) -> str:
    """Why a disagreeing document disagrees: ``translation`` when one differing value
    has a current ``translation`` verdict (the versions state different dates, so no
    reading can make their counts agree), else ``extraction`` when every differing
    value has a current verdict and one of them is ``extraction``, else
    ``unreviewed``. ``form`` verdicts (the same date in another value, with the same
    count) explain a value but not the disagreement."""
    kinds = set()
    for value, counts in _differing(per).items():
        v = reviewed.get(value)
        kinds.add(v["verdict"] if v and v.get("counts") == counts else "unreviewed")
    if "translation" in kinds:
        return "translation"
    if "extraction" in kinds and "unreviewed" not in kinds:
        return "extraction"
    return "unreviewed"


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
    ap.add_argument("--langs", metavar="L1,L2", help="other languages; implies --no-write")
    args = ap.parse_args()
    if args.langs:
        global LANGS
        LANGS = tuple(args.langs.split(","))
        args.no_write = True
    docs = ntrex_docs(LANGS)
    verdicts = {} if args.langs else _verdicts()
    why: Counter[str] = Counter()
    unexplained: list[str] = []
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
            kind = classify(per, verdicts.get(doc.doc_id, {}))
            why[kind] += 1
            if kind != "translation":
                unexplained.append(f"{doc.doc_id} ({kind})")
    rate = agree / len(docs)
    same = len(docs) - why["translation"]
    print(f"documents agreeing: {agree}/{len(docs)} = {rate:.1%}")
    print(
        f"disagreeing where the versions state different dates: {why['translation']};"
        f" through our reading only: {why['extraction']}; unreviewed: {why['unreviewed']}"
    )
    print(f"agreeing where the translations state the same dates: {agree}/{same}", end="")
    print(f" = {agree / same:.1%}")
    if unexplained:
        print("  not explained by translation:", ", ".join(unexplained))
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
        f"Of the {len(bad)} disagreeing documents, in {why['translation']} the versions"
        " themselves state different dates (a translator drops, adds or rewords one; each"
        " difference reviewed in `bench/ntrex_date_verdicts.toml`), so no reading can make"
        f" their counts agree; {why['extraction']} disagree through our reading only, and"
        f" {why['unreviewed']} are not reviewed. On the documents whose versions state the"
        f" same dates: **{agree} / {same} = {agree / same:.1%}** agree.",
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
