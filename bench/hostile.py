"""Hostile text: does extraction (and checking, and loading HTML) stay linear?

Each *family* below builds text that is cheap to write and expensive to parse
badly: runs of dotted or spaced digits, one huge number, runs of hedges and
number words, date-like runs, URL-like runs, deeply nested HTML, long lines
without spaces, mixed scripts. For every family and language the script times
an operation at 100 KB, 1 MB and 10 MB of text (characters) and reports the
growth factor for 10× the input. The target (issue 6): at most 15× the time
for 10× the input, and 1 MB well under 10 s.

Rules of measurement:

* every measurement runs in a forked child (caches already warm) with a time
  limit, so a quadratic case shows up as ``timeout`` instead of hanging;
* time is the child's CPU time (``time.process_time``), which other processes
  on a shared machine do not inflate; wall time is reported beside it;
* 10 MB runs only when 1 MB took under ``--big-if`` seconds (default 5 s);
  otherwise the cell says why it was not run.

    python bench/hostile.py                      # everything, writes docs/benchmarks.md
    python bench/hostile.py --quick              # 100 KB and 1 MB only, en only
    python bench/hostile.py --families dotted_digits,nested_html --langs de,fr
    python bench/hostile.py --no-write           # print the table only

The generators are imported by ``tests/test_hostile.py`` (the fast 200 KB test).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

__all__ = ["FAMILIES", "LANGS", "Family", "build", "operation"]

LANGS = ("de", "fr", "en", "vi")

KB = 1_000
MB = 1_000_000


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    if not unit:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


# ---------------------------------------------------------------- per-language words

HEDGES = {
    "de": ("über ", "mehr als ", "rund ", "knapp "),
    "fr": ("plus de ", "environ ", "près de ", "moins de "),
    "en": ("more than ", "about ", "over ", "nearly "),
    "vi": ("hơn ", "khoảng ", "trên ", "gần "),
}
NUMBER_WORDS = {
    "de": "zwei drei zwanzig hundert tausend Millionen einundzwanzig ",
    "fr": "vingt-vingt-et-un-cent-mille-deux-trois-",
    "en": "one hundred one hundred and twenty-one thousand million ",
    "vi": "hai mươi một trăm nghìn triệu ba ",
}
MONTHS = {"de": "Oktober", "fr": "octobre", "en": "October", "vi": "tháng 10"}
SCALES = {"de": "Millionen ", "fr": "millions ", "en": "million ", "vi": "triệu "}
CURRENCY = {"de": "5 € ", "fr": "5 € ", "en": "$5 ", "vi": "5 ₫ "}


def _dotted_digits(size: int, lang: str) -> str:
    return _repeat("1.", size)


def _comma_digits(size: int, lang: str) -> str:
    return _repeat("1,", size)


def _spaced_digits(size: int, lang: str) -> str:
    return _repeat("1 ", size)


def _thin_spaced_digits(size: int, lang: str) -> str:
    # French groups: narrow no-break space and no-break space, alternating.
    return _repeat("123\u202f456\u00a0", size)


def _grouped_number(size: int, lang: str) -> str:
    # One endless correctly grouped number: 1.000.000.000… / 1,000,000,000…
    sep = {"de": ".", "fr": "\u202f", "en": ",", "vi": "."}[lang]
    return "1" + _repeat(sep + "000", size - 1)


def _huge_number(size: int, lang: str) -> str:
    return _repeat("7", size)


def _huge_scaled(size: int, lang: str) -> str:
    # One huge number with a hedge in front and a scale word behind it.
    hedge, scale = HEDGES[lang][0], SCALES[lang]
    return hedge + _repeat("7", size - len(hedge) - len(scale) - 1) + " " + scale


def _huge_decimal(size: int, lang: str) -> str:
    half = size // 2
    dec = {"de": ",", "fr": ",", "en": ".", "vi": ","}[lang]
    return _repeat("3", half) + dec + _repeat("1", size - half - 1)


def _hedge_run(size: int, lang: str) -> str:
    # A long run of hedges in front of one number, then again.
    block = "".join(HEDGES[lang]) * 200 + "5 000 "
    return _repeat(block, size)


def _hedge_only(size: int, lang: str) -> str:
    return _repeat(HEDGES[lang][0], size)


def _number_words(size: int, lang: str) -> str:
    return _repeat(NUMBER_WORDS[lang], size)


#: A number word and a connector, over and over: "one and one and …".
CONNECTED = {"de": "eins und ", "fr": "un et ", "en": "one and ", "vi": "hai và "}


def _connector_chain(size: int, lang: str) -> str:
    return _repeat(CONNECTED[lang], size)


def _code_chain(size: int, lang: str) -> str:
    return _repeat("A1-", size)


def _lower_code_chain(size: int, lang: str) -> str:
    return _repeat("ab-1", size)


def _scale_run(size: int, lang: str) -> str:
    return _repeat("2,5 " + SCALES[lang] * 3, size)


def _date_run(size: int, lang: str) -> str:
    if lang == "de":
        unit = "1. 2. 3. 4. 5. 6. 7. 8. 9. 10. 11. 12. " * 20 + "Oktober 2025 "
    elif lang == "fr":
        unit = "1 2 3 4 5 6 7 8 9 10 11 12 " * 20 + "octobre 2025 "
    elif lang == "en":
        unit = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, " * 20 + "October 2025 "
    else:
        unit = "ngày 1 ngày 2 ngày 3 ngày 4 " * 20 + "tháng 10 năm 2025 "
    return _repeat(unit, size)


def _month_run(size: int, lang: str) -> str:
    return _repeat(f"1 {MONTHS[lang]} ", size)


def _url_run(size: int, lang: str) -> str:
    return _repeat("http://a.b/1 ", size)


def _dotted_letters(size: int, lang: str) -> str:
    return _repeat("a.", size)


def _url_no_space(size: int, lang: str) -> str:
    # One endless URL-ish token: no space anywhere.
    return "https://x.org/" + _repeat("a1.b2/c3?d=4&", size - 14)


def _email_run(size: int, lang: str) -> str:
    return _repeat("a@b.c1@", size)


def _long_line(size: int, lang: str) -> str:
    return _repeat("abc1def2,3.4%5€", size)


def _money_run(size: int, lang: str) -> str:
    return _repeat(CURRENCY[lang], size)


def _percent_run(size: int, lang: str) -> str:
    return _repeat("1 % 2% ", size)


def _mixed_scripts(size: int, lang: str) -> str:
    unit = (
        "Москва 5.000 東京 12,5 % القاهرة ١٢٣٤ दिल्ली २०२५ "
        "Ελλάδα 3 000 € 서울 7억 Hà Nội 4.200 người "
    )
    return _repeat(unit, size)


def _nested_html(size: int, lang: str) -> str:
    depth = max(1, (size - 20) // 11)
    return "<div>" * depth + "über 5.000" + "</div>" * depth


def _unclosed_html(size: int, lang: str) -> str:
    return _repeat("<p><b><i>1 ", size)


@dataclass(frozen=True)
class Family:
    name: str
    make: Callable[[int, str], str]
    #: "extract", "check", or "load-html" (load the text as HTML, then extract)
    ops: tuple[str, ...] = ("extract",)
    #: True when the text is the same in every language (run it in one language only)
    lang_free: bool = False


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("dotted_digits", _dotted_digits, ("extract", "check")),
        Family("comma_digits", _comma_digits, ("extract",)),
        Family("spaced_digits", _spaced_digits, ("extract", "check")),
        Family("thin_spaced_digits", _thin_spaced_digits, ("extract",)),
        Family("grouped_number", _grouped_number),
        Family("huge_number", _huge_number, ("extract", "check")),
        Family("huge_scaled", _huge_scaled),
        Family("huge_decimal", _huge_decimal),
        Family("hedge_run", _hedge_run, ("extract", "check")),
        Family("hedge_only", _hedge_only),
        Family("number_words", _number_words, ("extract", "check")),
        Family("scale_run", _scale_run),
        Family("connector_chain", _connector_chain, ("extract",)),
        Family("code_chain", _code_chain, ("extract",), lang_free=True),
        Family("lower_code_chain", _lower_code_chain, ("extract",), lang_free=True),
        Family("date_run", _date_run, ("extract", "check")),
        Family("month_run", _month_run),
        Family("url_run", _url_run, ("extract", "check"), lang_free=True),
        Family("dotted_letters", _dotted_letters, ("extract",), lang_free=True),
        Family("url_no_space", _url_no_space, ("extract",), lang_free=True),
        Family("email_run", _email_run, ("extract",), lang_free=True),
        Family("long_line", _long_line, ("extract",), lang_free=True),
        Family("money_run", _money_run),
        Family("percent_run", _percent_run, ("extract",)),
        Family("mixed_scripts", _mixed_scripts, ("extract", "check"), lang_free=True),
        Family("nested_html", _nested_html, ("load-html",), lang_free=True),
        Family("unclosed_html", _unclosed_html, ("load-html",), lang_free=True),
    )
}


def build(family: str, size: int, lang: str) -> str:
    """The hostile text of ``family`` in ``lang``, ``size`` characters long (about)."""
    return FAMILIES[family].make(size, lang)


def operation(op: str, lang: str) -> Callable[[str], int]:
    """A function text → number of results (figures or findings) for ``op``.

    ``check`` compares two versions of the same text in the same language
    (two :class:`~factcheck.Document` records with different paths).
    """
    import factcheck

    if op == "extract":

        def run_extract(text: str) -> int:
            return len(factcheck.extract(text, lang))

        return run_extract
    if op == "check":
        from factcheck._load import document_from_text

        check: Callable[..., Any] = vars(factcheck)["check"]

        def run_check(text: str) -> int:
            docs = [
                document_from_text(text, lang, path=f"a.{lang}.txt"),
                document_from_text(text, lang, path=f"b.{lang}.txt"),
            ]
            return len(check(docs).findings)

        return run_check
    if op == "load-html":
        from factcheck._load import document_from_text

        def run_load(text: str) -> int:
            doc = document_from_text(text, lang, fmt="html")
            return len(factcheck.extract(doc.text, lang))

        return run_load
    raise ValueError(f"unknown operation {op!r}")


def warm_up(ops: tuple[str, ...], lang: str) -> None:
    """Build every per-language table before timing."""
    for op in ops:
        try:
            operation(op, lang)("über 5.000 am 1. Oktober 2025, 3 % und 12 €")
        except Exception:  # a missing operation shows up in the measurement
            pass


# ---------------------------------------------------------------- measuring


@dataclass(frozen=True)
class Timing:
    cpu: float | None  # None: not run / failed
    wall: float | None
    count: int | None
    note: str = ""


def _child(
    conn: Connection, family: str, size: int, lang: str, op: str, cpu_limit: float
) -> None:
    try:
        # A CPU-time limit: other processes on a shared machine do not eat into it.
        limit = max(1, int(cpu_limit) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 2))
        run = operation(op, lang)
        text = build(family, size, lang)
        c0, w0 = time.process_time(), time.perf_counter()
        n = run(text)
        conn.send(("ok", time.process_time() - c0, time.perf_counter() - w0, n))
    except BaseException as err:
        conn.send(("error", f"{type(err).__name__}: {str(err)[:120]}"))
    finally:
        conn.close()


def measure(family: str, size: int, lang: str, op: str, timeout: float) -> Timing:
    """Time ``op`` on the family's text in a forked child: at most ``timeout`` s of CPU
    (RLIMIT_CPU), and at most ``WALL_FACTOR`` × that of wall-clock time."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, family, size, lang, op, timeout))
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout * WALL_FACTOR):
            proc.kill()
            proc.join()
            return Timing(None, None, None, f"timeout > {timeout * WALL_FACTOR:.0f} s wall")
        msg = parent.recv()
    except EOFError:
        proc.join()
        if proc.exitcode is not None and -proc.exitcode in (signal.SIGXCPU, signal.SIGKILL):
            return Timing(None, None, None, f"timeout > {timeout:.0f} s")
        return Timing(None, None, None, f"child died (exit {proc.exitcode})")
    finally:
        parent.close()
    proc.join()
    if msg[0] == "ok":
        return Timing(msg[1], msg[2], msg[3])
    return Timing(None, None, None, msg[1])


#: Wall-clock limit = this × the CPU limit (the machine may be shared).
WALL_FACTOR = 6.0


def _fmt_t(t: Timing) -> str:
    if t.cpu is None:
        return t.note
    return f"{t.cpu:.3f}"


def _ratio(a: Timing, b: Timing) -> str:
    if a.cpu is None or b.cpu is None:
        return "–"
    if a.cpu < 0.005:
        return f"({b.cpu / max(a.cpu, 1e-4):.0f}×, base < 5 ms)"
    return f"{b.cpu / a.cpu:.1f}×"


@dataclass
class Row:
    family: str
    lang: str
    op: str
    t: dict[int, Timing]

    def worst_ratio(self) -> float | None:
        ratios = []
        sizes = sorted(self.t)
        for a, b in pairwise(sizes):
            ta, tb = self.t[a], self.t[b]
            if ta.cpu is not None and tb.cpu is not None and ta.cpu >= 0.005:
                ratios.append(tb.cpu / ta.cpu)
        return max(ratios) if ratios else None


def run(
    families: list[str],
    langs: list[str],
    sizes: list[int],
    *,
    timeout: float,
    big_if: float,
    budget: float | None = None,
    verbose: bool = True,
) -> list[Row]:
    """Measure size by size over every row (all rows at the smallest size first), so
    that a time budget cuts the largest sizes, not whole families."""
    started = time.perf_counter()
    rows: list[Row] = []
    for lang in langs:
        warm_up(("extract", "check", "load-html"), lang)
    for name in families:
        fam = FAMILIES[name]
        for lang in langs[:1] if fam.lang_free else langs:
            for op in fam.ops:
                rows.append(Row(name, lang, op, {}))
    for size in sorted(sizes):
        for row in rows:
            prev = [row.t[s] for s in sorted(row.t)]
            note = ""
            if prev and prev[-1].cpu is None:
                note = "not run (smaller size failed)"
            elif prev:
                last_size = max(row.t)
                last = prev[-1]
                assert last.cpu is not None
                predicted = last.cpu * size / last_size
                if size >= 10 * MB and last.cpu > big_if:
                    note = f"not run ({_size(last_size)} took {last.cpu:.1f} s)"
                elif predicted > timeout:
                    note = f"not run (≥ {predicted:.0f} s predicted)"
            if not note and budget is not None and time.perf_counter() - started > budget:
                note = "not run (time budget)"
            row.t[size] = (
                Timing(None, None, None, note)
                if note
                else measure(row.family, size, row.lang, row.op, timeout)
            )
            if verbose:
                print(
                    f"{row.family:<20} {_lang_label(row):<4} {row.op:<9} "
                    f"{_size(size)}={_fmt_t(row.t[size])}",
                    flush=True,
                )
    return rows


RESULTS = Path(__file__).resolve().parent / "out" / "hostile.json"


def save_rows(rows: list[Row], path: Path = RESULTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        f"{r.family}|{r.lang}|{r.op}": {
            str(size): [t.cpu, t.wall, t.count, t.note] for size, t in r.t.items()
        }
        for r in rows
    }
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")


def load_rows(path: Path = RESULTS) -> list[Row]:
    if not path.exists():
        return []
    rows = []
    for key, cells in json.loads(path.read_text(encoding="utf-8")).items():
        family, lang, op = key.split("|")
        if family not in FAMILIES:
            continue
        rows.append(Row(family, lang, op, {int(k): Timing(*v) for k, v in cells.items()}))
    return rows


def merge_rows(old: list[Row], new: list[Row]) -> list[Row]:
    """``old`` with every row (and size) measured again in ``new`` replaced, in family order."""
    by_key = {(r.family, r.lang, r.op): r for r in old}
    for r in new:
        prev = by_key.get((r.family, r.lang, r.op))
        by_key[(r.family, r.lang, r.op)] = Row(
            r.family, r.lang, r.op, {**(prev.t if prev else {}), **r.t}
        )
    order = {name: i for i, name in enumerate(FAMILIES)}
    return sorted(
        by_key.values(),
        key=lambda r: (order[r.family], LANGS.index(r.lang) if r.lang in LANGS else 9, r.op),
    )


def _row_name(row: Row) -> str:
    return f"{row.family}/{_lang_label(row)}/{row.op}"


def _lang_label(row: Row) -> str:
    return "any" if FAMILIES[row.family].lang_free else row.lang


def _size(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{n // KB} KB"


def table(rows: list[Row], sizes: list[int]) -> str:
    head = ["family", "lang", "operation"]
    head += [f"{_size(s)} (s CPU)" for s in sizes]
    head += [f"×{_size(b)}/{_size(a)}" for a, b in pairwise(sizes)]
    ref_size = MB if MB in sizes else sizes[-1]
    head += ["results at " + _size(ref_size)]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [r.family, _lang_label(r), r.op]
        cells += [_fmt_t(r.t[s]) if s in r.t else "" for s in sizes]
        cells += [
            _ratio(r.t[a], r.t[b]) if a in r.t and b in r.t else ""
            for a, b in pairwise(sizes)
        ]
        ref = r.t.get(ref_size)
        cells.append("" if ref is None or ref.count is None else str(ref.count))
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--families", help="comma-separated (default: all)")
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--sizes", default="100000,1000000,10000000", help="characters")
    ap.add_argument("--quick", action="store_true", help="100 KB and 1 MB, English only")
    ap.add_argument("--timeout", type=float, default=60.0, help="CPU seconds per measurement")
    ap.add_argument("--budget", type=float, help="wall-clock seconds for the whole run")
    ap.add_argument("--big-if", type=float, default=5.0, help="run 10 MB only below this")
    ap.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    ap.add_argument(
        "--table-only",
        action="store_true",
        help="measure nothing: write the table of bench/out/hostile.json",
    )
    ap.add_argument(
        "--merge",
        action="store_true",
        help="keep the rows of the last run (bench/out/hostile.json) that this run did not measure",
    )
    args = ap.parse_args(argv)

    families = args.families.split(",") if args.families else list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        ap.error(f"unknown families: {', '.join(unknown)} (known: {', '.join(FAMILIES)})")
    langs = args.langs.split(",")
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.quick:
        langs, sizes = ["en"], [100 * KB, MB]

    started = time.perf_counter()
    if args.table_only:
        rows: list[Row] = []
        args.merge = True
    else:
        rows = run(
            families, langs, sizes, timeout=args.timeout, big_if=args.big_if, budget=args.budget
        )
    elapsed = time.perf_counter() - started
    if args.merge:
        rows = merge_rows(load_rows(), rows)
        sizes = sorted({s for r in rows for s in r.t})
    save_rows(rows)
    body = table(rows, sizes)
    ratios = [x for x in (r.worst_ratio() for r in rows) if x is not None]
    failures = [
        r for r in rows if any(t.cpu is None and "not run" not in t.note for t in r.t.values())
    ]
    over = [r for r in rows if (r.worst_ratio() or 0) > 15]
    slow_1mb = [
        r
        for r in rows
        if MB in r.t and ((r.t[MB].cpu or 0) >= 10 or "predicted" in r.t[MB].note)
    ]
    summary = [
        f"Measured with `python bench/hostile.py` on {time.strftime('%Y-%m-%d')} "
        + ("(rows merged from several runs); " if args.merge else f"({elapsed:.0f} s); ")
        + "CPU seconds of a forked child per run, "
        f"{args.timeout:.0f} s CPU limit (a size is skipped when the previous one predicts more);"
        f" 10 MB only when 1 MB took under {args.big_if:.0f} s.",
        "",
        f"- worst growth factor for 10× the input: "
        f"{max(ratios):.1f}× (target ≤ 15×)" if ratios else "- no growth factor measured",
        f"- rows over 15×: {', '.join(_row_name(r) for r in over) or 'none'}",
        f"- rows at 1 MB ≥ 10 s (or predicted over the limit): "
        f"{', '.join(_row_name(r) for r in slow_1mb) or 'none'}",
        f"- rows that failed or timed out: "
        f"{', '.join(_row_name(r) for r in failures) or 'none'}",
        "",
        "Ratios whose base is under 5 ms are shown in parentheses and not counted.",
        "",
    ]
    text = "## Hostile text (issue 6)\n\n" + "\n".join(summary) + "\n" + body + "\n"
    print()
    print(text)
    if not args.no_write:
        from _common import write_section

        write_section("hostile", text)
        print("wrote docs/benchmarks.md (section hostile)")
    return 1 if (over or slow_1mb or failures) else 0


if __name__ == "__main__":
    sys.exit(main())
