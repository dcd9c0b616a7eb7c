"""Misses: change one figure in one version and see whether ``check`` notices.

For every document pair (the seed pair, and NTREX de–fr, de–en, fr–en, en–vi)
this script makes one kind of change at a time in one version — a value, a
year, a scale word, a dropped or flipped hedge, a number word, a month, a day,
a currency, an unlocalised number format, a deleted sentence — and counts the
change as caught when ``check`` reports a NEW finding at warning or error
located at the change (in the changed version, or for a deleted sentence at
the figure the other version still has).

Candidates are found with plain patterns over the raw text, independent of the
extractor, so that figures the extractor misses count as misses.

    python bench/misses.py [--per-kind N] [--seed S] [--failures]
"""

from __future__ import annotations

import argparse
import random
import sys

import regex as re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, ntrex_docs, require_shared, write_section  # noqa: E402
from babel.dates import get_month_names  # noqa: E402

import factcheck  # noqa: E402
from factcheck import Report  # noqa: E402

PAIRS = (("de", "fr"), ("de", "en"), ("fr", "en"), ("en", "vi"))

HEDGES: dict[str, list[tuple[str, str]]] = {
    # (hedge, its opposite)
    "de": [("mehr als", "weniger als"), ("über", "unter"), ("mindestens", "höchstens"),
           ("fast", "über"), ("knapp", "über"), ("rund", "über"), ("etwa", "über")],
    "fr": [("plus de", "moins de"), ("au moins", "au plus"), ("près de", "plus de"),
           ("environ", "plus de"), ("quelque", "plus de")],
    "en": [("more than", "less than"), ("over", "under"), ("at least", "at most"),
           ("nearly", "more than"), ("almost", "more than"), ("about", "more than"),
           ("around", "more than")],
    "vi": [("hơn", "dưới"), ("trên", "dưới"), ("ít nhất", "nhiều nhất"), ("gần", "hơn"),
           ("khoảng", "hơn")],
}
SCALES: dict[str, list[tuple[str, str]]] = {
    "de": [("Millionen", "Milliarden"), ("Milliarden", "Millionen"), ("Million", "Milliarde"),
           ("Milliarde", "Million"), ("Mio.", "Mrd."), ("Mrd.", "Mio.")],
    "fr": [("millions", "milliards"), ("milliards", "millions"), ("million", "milliard"),
           ("milliard", "million")],
    "en": [("million", "billion"), ("billion", "million"), ("bn", "m")],
    "vi": [("triệu", "tỷ"), ("tỷ", "triệu"), ("tỉ", "triệu")],
}
WORDS: dict[str, list[tuple[str, str]]] = {
    "de": [("zwei", "drei"), ("drei", "vier"), ("vier", "fünf"), ("fünf", "sechs"),
           ("sechs", "sieben"), ("sieben", "acht"), ("acht", "neun"), ("zehn", "zwölf"),
           ("elf", "zwölf"), ("zwölf", "zehn"), ("zwanzig", "dreißig"), ("hundert", "tausend")],
    "fr": [("deux", "trois"), ("trois", "quatre"), ("quatre", "cinq"), ("cinq", "six"),
           ("six", "sept"), ("sept", "huit"), ("huit", "neuf"), ("dix", "douze"),
           ("onze", "douze"), ("douze", "dix"), ("vingt", "trente"), ("cent", "mille")],
    "en": [("two", "three"), ("three", "four"), ("four", "five"), ("five", "six"),
           ("six", "seven"), ("seven", "eight"), ("eight", "nine"), ("ten", "twelve"),
           ("eleven", "twelve"), ("twelve", "ten"), ("twenty", "thirty"),
           ("hundred", "thousand")],
    "vi": [("hai", "ba"), ("bốn", "năm"), ("sáu", "bảy"), ("bảy", "tám"), ("tám", "chín"),
           ("mười", "mười hai"), ("trăm", "nghìn")],
}
CURRENCIES: dict[str, list[tuple[str, str]]] = {
    "de": [("Dollar", "Euro"), ("Euro", "Dollar"), ("Pfund", "Euro"), ("$", "€"), ("€", "$"),
           ("£", "€")],
    "fr": [("dollars", "euros"), ("euros", "dollars"), ("livres", "euros"), ("$", "€"),
           ("€", "$"), ("£", "€")],
    "en": [("dollars", "euros"), ("euros", "dollars"), ("pounds", "euros"), ("$", "€"),
           ("€", "$"), ("£", "€")],
    "vi": [("đô la", "euro"), ("USD", "EUR"), ("đồng", "USD"), ("bảng", "euro"), ("$", "€")],
}
KINDS = ("value", "year", "scale", "hedge-dropped", "hedge-flipped", "number-word", "month",
         "day", "currency", "unlocalised-format", "deleted-sentence")


@dataclass(frozen=True)
class Change:
    kind: str
    lang: str  # the changed version
    start: int  # span of the change in the changed text
    end: int
    before: str
    after: str
    text: str  # the whole changed text


def _word(w: str) -> str:
    if re.match(r"\w", w) and re.search(r"\w$", w):
        return rf"(?<!\w){re.escape(w)}(?!\w)"
    return re.escape(w)


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"https?://\S+|\S+@\S+\.\w+|\w+-\d+\b", text)]


def _free(text: str, start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in _url_spans(text))


def _replace(kind: str, lang: str, text: str, start: int, end: int, new: str) -> Change:
    return Change(kind, lang, start, start + len(new), text[start:end], new,
                  text[:start] + new + text[end:])


def candidates(kind: str, lang: str, text: str) -> Iterator[Change]:
    digit_near = re.compile(r"\d")
    if kind == "value":
        for m in re.finditer(r"(?<![\w.,/:-])(\d)(?=[\d.,\u00a0\u202f ]*\d|\b)", text):
            # a count, not a year, a time, a date part or a code
            num = re.match(r"\d[\d.,\u00a0\u202f ]*\d|\d", text[m.start():])
            assert num
            s = num.group(0)
            digits = re.sub(r"\D", "", s)
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                continue
            after = text[m.start() + len(s): m.start() + len(s) + 2]
            before = text[max(0, m.start() - 1): m.start()]
            if after[:1] in (":", ".") and after[1:2].isdigit() or before == ":":
                continue
            if not _free(text, m.start(), m.start() + len(s)):
                continue
            d = int(m.group(1))
            new = str(d + 1) if d < 9 else "8"
            yield _replace(kind, lang, text, m.start(), m.start() + 1, new)
    elif kind == "year":
        for m in re.finditer(r"(?<![\w.,/:-])(19|20)(\d\d)(?![\w.,/:-]?\d)", text):
            if not _free(text, *m.span()):
                continue
            yield _replace(kind, lang, text, *m.span(), str(int(m.group(0)) + 1))
    elif kind == "scale":
        for old, new in SCALES[lang]:
            for m in re.finditer(_word(old), text):
                if digit_near.search(text[max(0, m.start() - 12): m.start()]):
                    yield _replace(kind, lang, text, *m.span(), new)
    elif kind in ("hedge-dropped", "hedge-flipped"):
        for old, opposite in HEDGES[lang]:
            for m in re.finditer(_word(old) + r"\s+(?=\d)", text):
                if kind == "hedge-dropped":
                    yield _replace(kind, lang, text, m.start(), m.end(), "")
                else:
                    yield _replace(kind, lang, text, m.start(), m.start() + len(old), opposite)
    elif kind == "number-word":
        for old, new in WORDS[lang]:
            for m in re.finditer(_word(old), text, re.IGNORECASE):
                w = m.group(0)
                repl = new.capitalize() if w[:1].isupper() else new
                yield _replace(kind, lang, text, *m.span(), repl)
    elif kind == "month":
        if lang == "vi":
            for m in re.finditer(r"(?<=tháng )(1[0-2]|[1-9])(?!\d)", text):
                yield _replace(kind, lang, text, *m.span(), str(int(m.group(0)) % 12 + 1))
        else:
            names = get_month_names("wide", locale=lang)
            for num, name in names.items():
                for m in re.finditer(_word(name), text, re.IGNORECASE):
                    new = names[num % 12 + 1]
                    if m.group(0)[:1].isupper():
                        new = new[:1].upper() + new[1:]
                    yield _replace(kind, lang, text, *m.span(), new)
    elif kind == "day":
        if lang == "vi":
            pat = r"(?<=ngày )([1-9]|[12]\d)(?=\s+tháng)"
        else:
            months = "|".join(re.escape(n) for n in get_month_names("wide", locale=lang).values())
            pat = (rf"(?<![\d.])([1-9]|[12]\d)(?=\.?(?:er)?\s+(?:{months}))"
                   rf"|(?<=(?:{months}) )([1-9]|[12]\d)(?=\b)")
        for m in re.finditer(pat, text, re.IGNORECASE):
            yield _replace(kind, lang, text, *m.span(), str(int(m.group(0)) + 1))
    elif kind == "currency":
        for old, new in CURRENCIES[lang]:
            for m in re.finditer(_word(old), text):
                window = text[max(0, m.start() - 20): m.end() + 20]
                if digit_near.search(window):
                    yield _replace(kind, lang, text, *m.span(), new)
    elif kind == "unlocalised-format":
        if lang == "en":
            pat, fix = r"(?<![\d.,])\d{1,3}(,)\d{3}(?![\d,])", "."
        elif lang == "de" or lang == "vi":
            pat, fix = r"(?<![\d.,])\d{1,3}(\.)\d{3}(?![\d.])", ","
        else:
            pat, fix = r"(?<![\d.,])\d{1,3}([ \u00a0\u202f])\d{3}(?![\d])", ","
        for m in re.finditer(pat, text):
            if _free(text, *m.span()):
                yield Change(kind, lang, m.start(), m.end(), m.group(0),
                             m.group(0).replace(m.group(1), fix),
                             text[: m.start(1)] + fix + text[m.end(1):])
    elif kind == "deleted-sentence":
        pos = 0
        for para in text.split("\n\n"):
            if re.search(r"\d", para) and _free(text, pos, pos + len(para)):
                new_text = text[:pos] + text[pos + len(para) + 2:]
                yield Change(kind, lang, pos, pos, para, "", new_text)
            pos += len(para) + 2


def finding_keys(report: Report) -> Counter[tuple[str, tuple[tuple[str, str], ...]]]:
    return Counter(
        (f.code, tuple(sorted((loc.lang, loc.text) for loc in f.locations)))
        for f in report.findings
        if f.level in ("warning", "error")
    )


def caught(change: Change, other_lang: str, other_text: str, base: Report, new: Report) -> bool:
    old_keys = finding_keys(base)
    for f in new.findings:
        if f.level not in ("warning", "error"):
            continue
        key = (f.code, tuple(sorted((loc.lang, loc.text) for loc in f.locations)))
        if old_keys[key] > 0:
            old_keys[key] -= 1
            continue
        if change.kind == "deleted-sentence":
            return True  # any new finding after deleting a sentence with a figure
        for loc in f.locations:
            if loc.lang == change.lang and loc.start <= change.end + 3 and change.start - 3 <= loc.end:
                return True
    return False


def run_pair(
    versions: dict[str, str], mutate: str, per_kind: int, rng: random.Random,
    tally: dict[str, Counter[str]], failures: list[str], label: str,
    check: Callable[[dict[str, str]], Report],
) -> None:
    base = check(versions)
    (other,) = [lang for lang in versions if lang != mutate]
    for kind in KINDS:
        cands = list(candidates(kind, mutate, versions[mutate]))
        if not cands:
            continue
        picks = cands if per_kind <= 0 else rng.sample(cands, min(per_kind, len(cands)))
        for ch in picks:
            changed = dict(versions)
            changed[mutate] = ch.text
            new = check(changed)
            ok = caught(ch, other, versions[other], base, new)
            tally[kind]["caught" if ok else "missed"] += 1
            if not ok:
                ctx = ch.text[max(0, ch.start - 30): ch.end + 30].replace("\n", " ")
                failures.append(f"{label} {kind} {mutate}: {ch.before!r}→{ch.after!r} …{ctx}…")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-kind", type=int, default=1,
                    help="changes per kind per document pair and direction (0 = all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--failures", action="store_true", help="print every missed change")
    ap.add_argument("--no-write", action="store_true", help="don't update docs/benchmarks.md")
    args = ap.parse_args()
    require_shared()
    rng = random.Random(args.seed)

    def check(v: dict[str, str]) -> Report:
        return factcheck.check(v)

    results: dict[str, dict[str, Counter[str]]] = {}
    failures: list[str] = []
    seeds = SHARED / "seeds"
    seed_versions = {
        "de": (seeds / "000_9c40435dd12f61b7.txt").read_text(encoding="utf-8"),
        "fr": (seeds / "001_e97ba794fa4d0071.txt").read_text(encoding="utf-8"),
    }
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for mutate in ("de", "fr"):
        run_pair(seed_versions, mutate, 0, rng, tally, failures, "seeds", check)
    results["seed pair (every candidate)"] = tally
    docs = ntrex_docs()
    for a, b in PAIRS:
        tally = defaultdict(Counter)
        for doc in docs:
            versions = {a: doc.text(a), b: doc.text(b)}
            run_pair(versions, b, args.per_kind, rng, tally, failures, doc.doc_id, check)
        results[f"NTREX {a}–{b} (changes in {b})"] = tally

    lines = [
        "## Misses: one figure changed in one version (`bench/misses.py`)",
        "",
        "A change counts as caught when `check` reports a new finding at warning or error",
        "located at the change. Candidates come from plain patterns over the raw text, not",
        f"from the extractor. NTREX: {args.per_kind} change per kind per document (random,"
        f" seed {args.seed}); seed pair: every candidate in both directions.",
        "",
        "| corpus | " + " | ".join(KINDS) + " | all |",
        "|---" * (len(KINDS) + 2) + "|",
    ]
    total_all: Counter[str] = Counter()
    per_kind_all: dict[str, Counter[str]] = defaultdict(Counter)
    for name, tally in results.items():
        cells = []
        tot: Counter[str] = Counter()
        for kind in KINDS:
            c = tally.get(kind, Counter())
            n = c["caught"] + c["missed"]
            tot.update(c)
            per_kind_all[kind].update(c)
            cells.append(f"{c['caught']}/{n}" if n else "–")
        n = tot["caught"] + tot["missed"]
        total_all.update(tot)
        cells.append(f"{100 * tot['caught'] / n:.1f}% of {n}" if n else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    cells = []
    for kind in KINDS:
        c = per_kind_all[kind]
        n = c["caught"] + c["missed"]
        cells.append(f"{100 * c['caught'] / n:.0f}%" if n else "–")
    n = total_all["caught"] + total_all["missed"]
    cells.append(f"**{100 * total_all['caught'] / n:.1f}%** of {n}" if n else "–")
    lines.append("| **all** | " + " | ".join(cells) + " |")
    body = "\n".join(lines)
    print(body)
    if args.failures:
        print("\nMissed:")
        print("\n".join(failures))
    if not args.no_write:
        write_section("misses", body)


if __name__ == "__main__":
    main()
