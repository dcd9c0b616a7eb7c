"""Score the CLDR-driven parts of the extractor on the Recognizers-Text specs of
languages that have no lexicon of ours: Spanish, Italian, Portuguese and Dutch.

Usage::

    python bench/peers_cldr.py [--lang es|it|pt|nl] [--file number.es] [--failures] [--no-write]

The project promises that what comes from CLDR (through babel) works in every
locale babel knows: digits with the locale's decimal and group symbols,
percentages, money with a currency symbol, ISO code or CLDR currency name, scale
words from CLDR's compact decimal formats, and absolute dates built from CLDR's
date patterns (full, long, medium, short and the date skeletons) and month and
weekday names (wide and abbreviated, format and stand-alone). Number words,
hedges and relative dates ("mañana", "la semana que viene") need a lexicon these
languages do not have, so the cases that depend on them are left out.

Files read from ``../shared/peers/recognizers-text/``:

* ``number.<lang>``, ``number_percentmode.nl``: kinds number, money, percent
  (as ``bench/peers.py``);
* ``percent.<lang>``, ``percent_percentmode.nl``: kind percent;
* ``currency.<lang>``: kind money;
* ``datetime.<lang>`` (resolved values, scored as ``bench/peer_dates.py``: cases
  with a reference date) and ``datetime_extractor.<lang>`` (spans only; the
  ``DateExtractor``, ``DatePeriodExtractor`` and ``MergedExtractor`` specs).

Which expected items are *CLDR items* (the others are neither required nor
counted against us: a figure of ours that overlaps one is not extra). The text of
the item is cut into digits and words; it is a CLDR item when it has a digit
(a date may have a month name instead) and every word is in the locale's CLDR
vocabulary for the model:

* number: compact decimal scale words, long ones in any case, short ones as CLDR
  writes them ("2 millones", "3 Mld", "10K"; not "10k");
* percent: the percent sign and CLDR's percent unit patterns ("12 por ciento");
* currency: a CLDR currency name or plural name of the locale, a symbol of the
  locale or of English, an ISO 4217 code, compact scale words, and one
  preposition between the scale word and the currency name ("48.000 millones de
  dólares": the figure is digits, a CLDR scale and a CLDR name); at least one
  currency form must be there;
* dates (types date and daterange): month and weekday names, the literal words of
  the date patterns ("de" in "d 'de' MMMM 'de' y"), and the text must have a
  month name or a numeric date (two numbers joined by "/", "-" or "."): "15 de
  mayo de 2016", "1/Ene", "05/05/2016"; a bare "2016" or "el 15" needs a
  lexicon word (year marker, article) to be a date and is left out.

Which cases are scored: those with ``verified_by`` not empty (the peers' own
pass list) and at least one CLDR item; plus the cases that expect nothing and
whose input has a digit or (dates) a CLDR month name, where a CLDR-driven
figure of ours would be a false find (not in the extractor files: their
"nothing" is per extractor, "in 3 jaar" is no DatePeriod there but a date
elsewhere). Datetime cases need a reference date (``datetime.<lang>``: all have
one; the extractor files are scored by span).

A case passes when every CLDR item is found by one of our figures at an
overlapping span with the same value (numbers: relative tolerance 1e-9, ranges by
either end, subunits also ×100, as ``bench/peers.py``; dates: the TIMEX or a
resolved value, as ``bench/peer_dates.py``; extractor files: the span alone),
and none of our figures of the model's kinds is left over. Cases listed in
docs/peer-disagreements.md (ids like ``number.es#52``) are disagreements by
design: the script reports the raw pass rate and the rate without them.

Writes its table into docs/benchmarks.md between ``<!-- peers-cldr:start -->``
and ``<!-- peers-cldr:end -->`` unless --no-write (and only when every file was
scored).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import peer_dates  # noqa: E402
import peers  # noqa: E402
from _common import write_section  # noqa: E402
from babel import Locale  # noqa: E402
from babel.dates import get_day_names, get_month_names  # noqa: E402
from babel.numbers import list_currencies  # noqa: E402

from factcheck import extract  # noqa: E402
from factcheck._records import Figure  # noqa: E402

PEERS = peers.PEERS
LANGS = ("es", "it", "pt", "nl")
NUMBER_MODELS = ("number", "number_percentmode", "percent", "percent_percentmode", "currency")
DATE_MODELS = ("datetime", "datetime_extractor")
KINDS: dict[str, tuple[str, ...]] = {
    "number": ("number", "money", "percent"),
    "number_percentmode": ("number", "money", "percent"),
    "percent": ("percent",),
    "percent_percentmode": ("percent",),
    "currency": ("money",),
}
DATE_TYPES = {"datetimeV2.date", "datetimeV2.daterange", "date", "daterange"}
EXTRACTOR_SUBS = {"DateExtractor", "DatePeriodExtractor", "MergedExtractor"}

# --- the CLDR vocabulary of a locale (babel only, independent of factcheck) ------

_WORD = re.compile(r"[^\W\d_]+")
#: a number as digits: sign, digits with separators, fraction, exponent
_NUMBER = re.compile(
    r"[-+−]?\s*\d(?:[\d.,'’\u00a0\u202f ]*\d)?(?:\s*/\s*\d+)?(?:[eE][-+]?\d+|\^[-+]*\d+)?"
    r"|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
)
_NUMERIC_DATE = re.compile(r"\d\s*[./-]\s*\d")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _symbols(text: str) -> list[str]:
    """The non-space characters that are neither letters, digits nor number punctuation."""
    return [c for c in text if not (c.isalnum() or c.isspace() or c in ".,'’-+−/^½")]


@cache
def _loc(lang: str) -> Locale:
    return Locale.parse(lang)


@cache
def _compact_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(long forms lower-cased, short forms as CLDR writes them: "K", "Mln")."""
    out: dict[str, set[str]] = {"long": set(), "short": set()}
    for width in ("long", "short"):
        for forms in _loc(lang)._data.get("compact_decimal_formats", {}).get(width, {}).values():
            for pat in forms.values():
                text = str(getattr(pat, "pattern", pat)).replace("'", "")
                found = _WORD.findall(text)
                out[width].update(w.lower() if width == "long" else w for w in found)
    return frozenset(out["long"]), frozenset(out["short"])


def _scale_word(lang: str, word: str) -> bool:
    """A CLDR compact scale word: long forms in any case, short ones case-sensitive."""
    long, short = _compact_words(lang)
    return word.lower() in long or word in short


def _words_cased(text: str) -> list[str]:
    return _WORD.findall(text)


@cache
def percent_vocab(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words, symbols) of CLDR's percent forms."""
    loc = _loc(lang)
    words: set[str] = set()
    syms = {"%"}
    for forms in loc._data.get("unit_patterns", {}).get("concentr-percent", {}).values():
        for plural, pat in forms.items():
            if plural != "per":
                words.update(_words(str(pat)))
                syms.update(_symbols(str(pat).replace("{0}", "")))
    return frozenset(words), frozenset(syms)


@cache
def currency_vocab(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words, symbols) of CLDR's currency names, plural names, symbols and codes."""
    loc = _loc(lang)
    words: set[str] = set()
    syms: set[str] = set()
    plural = loc._data.get("currency_names_plural", {})
    for code, name in loc.currencies.items():
        words.update(_words(str(name)))
        for n in plural.get(code, {}).values():
            words.update(_words(str(n)))
    for source in (loc, _loc("en")):
        for symbol in source.currency_symbols.values():
            words.update(_words(str(symbol)))
            syms.update(_symbols(str(symbol)))
    words.update(c.lower() for c in list_currencies())
    return frozenset(words), frozenset(syms)


@cache
def date_vocab(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(every CLDR date word, month names) of the locale."""
    loc = _loc(lang)
    months: set[str] = set()
    words: set[str] = set()
    for getter, into in ((get_month_names, months), (get_day_names, words)):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for name in getter(width, context, lang).values():
                    into.update(_words(str(name)))
    patterns = [loc.date_formats[w].pattern for w in ("full", "long", "medium", "short")]
    for skeleton, pat in loc._data.get("datetime_skeletons", {}).items():
        if not re.search(r"[hHkKmsaBb]", skeleton):
            patterns.append(str(pat))
    for pat in patterns:
        for lit in re.findall(r"'((?:[^']|'')+)'", pat):
            words.update(_words(lit))
    return frozenset(words | months), frozenset(months)


# --- which items are CLDR items ---------------------------------------------------


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text) or any(c in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞" for c in text)


def cldr_item(model: str, lang: str, text: str) -> bool:
    """True when ``text`` (an expected item) is written with digits and CLDR words only."""
    if model in DATE_MODELS:
        vocab, months = date_vocab(lang)
        words = _words(text)
        if not (any(w in months for w in words) or _NUMERIC_DATE.search(text)):
            return False
        return all(w in vocab for w in words)
    if not _has_digit(text):
        return False
    rest = _NUMBER.sub(" ", text)
    cased, syms = _words_cased(rest), _symbols(rest)
    words = [w.lower() for w in cased]
    scale = [_scale_word(lang, w) for w in cased]
    if model in ("number", "number_percentmode"):
        return all(scale) and not syms
    if model in ("percent", "percent_percentmode"):
        pwords, psyms = percent_vocab(lang)
        return (
            bool(words or syms)
            and all(w in pwords or sc for w, sc in zip(words, scale, strict=True))
            and all(s in psyms for s in syms)
        )
    cwords, csyms = currency_vocab(lang)
    named = any(w in cwords and not sc for w, sc in zip(words, scale, strict=True))
    if not (named or any(s in csyms for s in syms)) or not all(s in csyms for s in syms):
        return False
    # one preposition may join a scale word and the currency name ("millones de dólares")
    odd = [i for i, w in enumerate(words) if w not in cwords and not scale[i]]
    if not odd:
        return True
    i = odd[0]
    return len(odd) == 1 and 0 < i < len(words) - 1 and scale[i - 1] and len(words[i]) <= 3


# --- scoring ----------------------------------------------------------------------


Item = tuple[dict[str, Any], tuple[int, int] | None, bool]


def _items(model: str, case: dict[str, Any]) -> list[Item]:
    out: list[Item] = []
    for it in case["expected"]:
        if model in DATE_MODELS:
            span = peer_dates._span(case, it)
            text = it.get("text") or ""
            ok = it.get("type") in DATE_TYPES and cldr_item(model, case["lang"], text)
        else:
            span = peers._span(it, case["input"])
            ok = cldr_item(model, case["lang"], it.get("text") or "")
        out.append((it, span, ok))
    return out


def _overlaps(fig: Figure, span: tuple[int, int] | None) -> bool:
    return span is not None and fig.start < span[1] and span[0] < fig.end


def score_number(model: str, case: dict[str, Any]) -> tuple[bool, list[str], list[Figure]]:
    text = case["input"]
    figures = [f for f in extract(text, case["lang"]) if f.kind in KINDS[model]]
    items = _items(model, case)

    def hit(fig: Figure, it: dict[str, Any], span: tuple[int, int] | None) -> bool:
        want = peers._dec(it.get("value"))
        return (span is None or _overlaps(fig, span)) and (
            want is None or any(peers._close(v, want) for v in peers._values(fig))
        )

    why: list[str] = []
    for it, span, ok in items:
        if ok and not any(hit(f, it, span) for f in figures):
            why.append(f"missing {it.get('text')!r}={it.get('value')}")
    for f in figures:
        if not any(hit(f, it, span) if ok else _overlaps(f, span) for it, span, ok in items):
            why.append(f"extra {f.kind} {f.text!r}={f.value}")
    return not why, why, figures


def score_dates(model: str, case: dict[str, Any]) -> tuple[bool, list[str], list[Figure]]:
    text, lang = case["input"], case["lang"]
    ref_s = case.get("reference_datetime")
    ref = _dt.datetime.fromisoformat(ref_s).date() if ref_s else None
    figs = peer_dates._figures(text, lang, ref)
    if model == "datetime_extractor" and case.get("sub") != "MergedExtractor":
        figs = [f for f in figs if f.kind == "date"]  # these specs list dates only
    symbolic = {(f.start, f.end): f for f in peer_dates._figures(text, lang, None)}
    items = _items(model, case)
    why: list[str] = []
    for it, span, ok in items:
        if not ok:
            continue
        if span is None:
            why.append(f"no span for {it.get('text')!r}")
            continue
        if model == "datetime_extractor":
            found = any(_overlaps(f, span) for f in figs)
        else:
            found = any(
                _overlaps(f, span)
                and (
                    peer_dates._matches(f, it)
                    or peer_dates._matches_timex(symbolic.get((f.start, f.end)), it)
                )
                for f in figs
            )
        if not found:
            want = [v.get("timex") for v in it.get("value") or []] if it.get("value") else ""
            why.append(f"missed {it.get('text')!r} {want}")
    for f in figs:
        if not any(_overlaps(f, span) for _, span, _ in items):
            why.append(f"extra {f.kind} {f.text!r}={f.value}")
    return not why, why, figs


def selected(model: str, case: dict[str, Any]) -> bool:
    if not case.get("verified_by"):
        return False
    if model == "datetime" and not case.get("reference_datetime"):
        return False
    if model == "datetime_extractor" and case.get("sub") not in EXTRACTOR_SUBS:
        return False
    if not case["expected"]:
        if model == "datetime_extractor":
            return False  # these specs are per extractor: "in 3 years" is no DatePeriod there
        if model in DATE_MODELS:
            months = date_vocab(case["lang"])[1]
            return _has_digit(case["input"]) or any(w in months for w in _words(case["input"]))
        return _has_digit(case["input"])
    return any(ok for _, _, ok in _items(model, case))


def files(langs: Iterable[str]) -> list[tuple[str, str]]:
    out = []
    for lang in langs:
        for model in (*NUMBER_MODELS, *DATE_MODELS):
            if (PEERS / f"{model}.{lang}.jsonl").is_file():
                out.append((model, lang))
    return out


def run(
    pairs: list[tuple[str, str]], *, failures: bool
) -> dict[str, tuple[int, int, int, float]]:
    design = peers.disagreements()
    results: dict[str, tuple[int, int, int, float]] = {}
    for model, lang in pairs:
        scorer: Callable[[str, dict[str, Any]], tuple[bool, list[str], list[Figure]]]
        scorer = score_dates if model in DATE_MODELS else score_number
        total = passed = excused = 0
        t0 = time.perf_counter()
        for line in (PEERS / f"{model}.{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if not selected(model, case):
                continue
            total += 1
            ok, why, figs = scorer(model, case)
            passed += ok
            key = f"{model}.{lang}#{case['index']}"
            if not ok and key in design:
                excused += 1
            elif not ok and failures:
                sub = f" {case['sub']}" if case.get("sub") else ""
                print(f"FAIL {key}{sub}: {case['input'][:160]!r}")
                for w in why:
                    print(f"     {w}")
                print("     ours: " + "; ".join(f"{f.kind}:{f.text!r}={f.value}" for f in figs))
        results[f"{model}.{lang}"] = (passed, total, excused, time.perf_counter() - t0)
    return results


def _rate(passed: int, total: int) -> float:
    return passed / total if total else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--lang", choices=LANGS, action="append")
    ap.add_argument("--file", action="append", help="one file, e.g. number.es (repeatable)")
    ap.add_argument("--failures", action="store_true", help="print every failing case")
    ap.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = ap.parse_args(argv)
    if not PEERS.is_dir():
        print(f"peer specs not found at {PEERS}", file=sys.stderr)
        return 2
    pairs = files(args.lang or LANGS)
    if args.file:
        wanted = set(args.file)
        pairs = [p for p in pairs if f"{p[0]}.{p[1]}" in wanted]
    results = run(pairs, failures=args.failures)
    lines = [
        "## Peer suite, CLDR-driven parts in es, it, pt, nl (bench/peers_cldr.py)",
        "",
        "Languages without a lexicon of ours: only what CLDR gives is scored (digits, percent,",
        "currency symbols, codes and names, scale words, absolute dates from CLDR patterns and",
        "month names); the selection of cases is in the script's docstring.",
        "",
        "| file | passed | cases | rate | by design | rate without them |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, (passed, total, excused, dt) in results.items():
        rate, rest = _rate(passed, total), _rate(passed, total - excused)
        print(
            f"{key:26} {passed:4}/{total:<4} {rate:7.1%}   by design {excused:3}"
            f"  → {rest:7.1%}  ({dt:.2f}s)"
        )
        lines.append(f"| {key} | {passed} | {total} | {rate:.1%} | {excused} | {rest:.1%} |")
    lines += ["", f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}."]
    if not args.no_write and len(results) == len(files(LANGS)):
        write_section("peers-cldr", "\n".join(lines))
        print("wrote docs/benchmarks.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
