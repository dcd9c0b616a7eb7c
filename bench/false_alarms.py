"""False alarms: every finding at warning or error on real, agreeing translations.

Runs ``check`` on the 123 NTREX documents for the pairs de–fr, de–en, fr–en and
en–vi, and lists every finding at warning or error in ``docs/ntrex-review.md``
with the verdict recorded for it in ``bench/ntrex_verdicts.toml``: ``real`` (a
real difference between the translations: a hedge one translator added, a
figure one left out) or ``false`` (a false alarm), with a short reason. A
finding without a recorded verdict is listed as ``unreviewed``.

Only figures (short surface words) and document ids are written, never sentences.

    python bench/false_alarms.py [--pairs de-fr,en-vi]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, ntrex_docs, write_section

import factcheck
from factcheck import Finding

VERDICTS = ROOT / "bench" / "ntrex_verdicts.toml"
REVIEW = ROOT / "docs" / "ntrex-review.md"
PAIRS = ("de-fr", "de-en", "fr-en", "en-vi")


def finding_id(doc_id: str, pair: str, f: Finding, texts: dict[str, str] | None = None) -> str:
    """A key for a finding that survives reruns: document, pair, code and the words.

    With ``texts`` (language → the document's text) the sentence number of every
    location is part of the key too, so that the same words reported in two
    sentences of one document get two ids (and two verdicts)."""
    def where(lang: str, start: int) -> str:
        return f"s{line_of(texts[lang], start)}:" if texts and lang in texts else ""

    words = "|".join(
        f"{loc.lang}:{where(loc.lang, loc.start)}{loc.text}"
        for loc in sorted(f.locations, key=lambda x: (x.lang, x.start))
    )
    raw = f"{doc_id}|{pair}|{f.code}|{words}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def line_of(doc_text: str, start: int) -> int:
    """1-based sentence number inside the document (one paragraph per sentence)."""
    return doc_text.count("\n\n", 0, start) + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", default=",".join(PAIRS))
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    pairs = args.pairs.split(",")
    verdicts: dict[str, dict[str, str]] = {}
    if VERDICTS.exists():
        verdicts = tomllib.loads(VERDICTS.read_text(encoding="utf-8")).get("finding", {})
    docs = ntrex_docs()
    rows: list[str] = []
    counts: dict[str, Counter[str]] = {p: Counter() for p in pairs}
    by_code: Counter[tuple[str, str]] = Counter()
    by_cause: Counter[str] = Counter()
    nbytes = 0
    t0 = time.perf_counter()
    for pair in pairs:
        a, b = pair.split("-")
        for doc in docs:
            ta, tb = doc.text(a), doc.text(b)
            nbytes += len(ta.encode()) + len(tb.encode())
            report = factcheck.check({a: ta, b: tb})
            for f in report.findings:
                if f.level not in ("warning", "error"):
                    continue
                fid = finding_id(doc.doc_id, pair, f, {a: ta, b: tb})
                v = verdicts.get(fid, {})
                verdict = v.get("verdict", "unreviewed")
                counts[pair][verdict] += 1
                by_code[(f.code, verdict)] += 1
                if verdict == "false":
                    by_cause[v.get("cause", "(no cause recorded)")] += 1
                where = ", ".join(
                    f"{loc.lang} s{line_of(ta if loc.lang == a else tb, loc.start)}"
                    f" «{loc.text}»"
                    for loc in f.locations
                )
                rows.append(
                    f"| `{fid}` | {doc.doc_id} | {pair} | {f.code} {f.name} | {f.level} "
                    f"| {where} | {verdict} | {v.get('reason', '')} |"
                )
    elapsed = time.perf_counter() - t0
    n_pairs = len(docs) * len(pairs)
    false_total = sum(c["false"] for c in counts.values())
    summary = [
        "## False alarms on NTREX (`bench/false_alarms.py`)",
        "",
        f"{len(docs)} documents × {len(pairs)} pairs = {n_pairs} document pairs,"
        f" {nbytes / 1e6:.2f} MB checked in {elapsed:.1f} s"
        f" ({nbytes / 1e6 / elapsed:.2f} MB/s in-process, extraction included).",
        "Every finding at warning or error is reviewed in `docs/ntrex-review.md`.",
        "",
        "| pair | findings | real differences | false alarms | unreviewed"
        " | false alarms per doc pair |",
        "|---|---|---|---|---|---|",
    ]
    for pair in pairs:
        c = counts[pair]
        total = sum(c.values())
        summary.append(
            f"| {pair} | {total} | {c['real']} | {c['false']} | {c['unreviewed']} "
            f"| {c['false'] / len(docs):.3f} |"
        )
    summary.append(
        f"| **all** | {sum(sum(c.values()) for c in counts.values())} "
        f"| {sum(c['real'] for c in counts.values())} | {false_total} "
        f"| {sum(c['unreviewed'] for c in counts.values())} | **{false_total / n_pairs:.3f}** |"
    )
    body = "\n".join(summary)
    print(body)
    codes = sorted({code for code, _ in by_code})
    print("\nby code:", ", ".join(
        f"{code}: " + "/".join(f"{by_code[(code, v)]} {v}" for v in ("real", "false", "unreviewed")
                               if by_code[(code, v)])
        for code in codes))
    print("false alarms by cause:", ", ".join(f"{c}: {n}" for c, n in by_cause.most_common()))
    if args.no_write:
        return
    write_section("false-alarms", body)
    code_table = "\n".join(
        f"| {code} | "
        + " | ".join(str(by_code[(code, v)]) for v in ("real", "false", "unreviewed"))
        + " |" for code in codes)
    cause_table = "\n".join(f"| {c} | {n} |" for c, n in by_cause.most_common())
    REVIEW.write_text(
        "# Review of every NTREX finding at warning or error\n\n"
        "Written by `bench/false_alarms.py`; verdicts live in `bench/ntrex_verdicts.toml`"
        " (key = the id in the first column). `real`: the translations really differ;"
        " `false`: a false alarm of factcheck. Sentences are numbered inside each document"
        " (s1 = headline); only the figures' words are quoted.\n\n"
        + "\n".join(line for line in body.split("\n")[2:] if "ntrex-review.md" not in line)
        + "\n\n"
        "| code | real | false | unreviewed |\n|---|---|---|---|\n" + code_table + "\n\n"
        "False alarms by root cause (the `cause` key of a verdict):\n\n"
        "| cause | false alarms |\n|---|---|\n" + cause_table + "\n\n"
        "| id | document | pair | finding | level | where | verdict | reason |\n"
        "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
