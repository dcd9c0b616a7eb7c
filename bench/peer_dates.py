"""Score the date extractor on the Recognizers-Text datetime specs.

Usage::

    python bench/peer_dates.py [--suite model|parser|extractor] [--lang LANG]
                               [--failures] [--no-write]

Reads ``../shared/peers/recognizers-text/datetime.<lang>.jsonl`` and selects the
cases that have a ``reference_datetime`` and whose expected items include a
date, a date range or a duration (``datetimeV2.date``, ``datetimeV2.daterange``,
``datetimeV2.duration``), plus the cases that expect nothing. Scored: the cases
with a non-empty ``verified_by`` (the figure in docs/benchmarks.md); the rest is
reported beside it.

Each case runs ``extract_dates(input, lang, reference_date=<the case's date>)``.
A case passes when

* every expected date, date range and duration is matched by one of our
  figures at an overlapping span with the same value, and
* none of our figures (kinds date, time, duration) is left over, i.e. overlaps
  no expected item at all.

Expected items of the other types (time, timerange, datetime, datetimerange,
set) are not required: our extractor does not merge a date and a time into one
datetime, nor does it resolve sets ("jeden Montag"). A figure of ours that
overlaps one of them is not counted as extra either (it is part of what the
peer found there).

Two further suites score the same extractor on the peer's component specs, which
were not used while the model suite above was worked on:

* ``--suite parser`` reads ``datetime_parser.<lang>.jsonl``: the cases of the date,
  date-range, duration, holiday and merged parsers with a reference date. Their
  items carry ``Timex`` and a future and past resolution; these are scored as the
  model's values, by the same rules.
* ``--suite extractor`` reads ``datetime_extractor.<lang>.jsonl``: the cases of
  the date, date-range, duration, holiday and merged extractors. Their items
  carry spans only, so a case passes when every expected date, date range and
  duration overlaps one of our figures and none of ours overlaps nothing.

Both run for de, fr, en and, as information, for es, it, nl and pt.

A component reports only its own type: the date parser nothing for "in 3 weeks
8am"'s time, the date-range parser nothing for "in 3 years" (a day for the peer)
nor for "25 minutes". So in the cases of one component (not the merged ones) a
figure of ours that overlaps no expected item is extra only when it is of that
component's type: ``duration``, ``time``, ``date`` (a value naming one day:
"2016-11-21", "XXXX-WXX-5", "REF+P3Y@D") or ``daterange`` (a week, month, year,
season, decade or a range of ours). Without this, an empty expected list of the
date-range spec ("schedule a meeting in two weeks") counted the date we rightly
find there as extra.

Same value means: our ``value`` equals the item's TIMEX or one of its resolved
values (the peer lists both the past and the future reading of a partial date,
e.g. "2. Oktober" → XXXX-10-02, 2016-10-02, 2017-10-02). For a range
``(start,end,Pn)`` our start must equal its start and our end must equal its
end, or the unit after its end (the peer's end is exclusive for calendar units:
"de 2010 à 2018" → 2010-01-01..2018-01-01 but "2010 bis 2018" elsewhere
..2019-01-01), or its last day (the component specs' inclusive end: "rest of the
month" → ..2016-11-30 for our end "2016-11"); ours "2010" stands for 2010-01-01,
"2016-05" for 2016-05-01 and an ISO week "2018-W31" for its Monday.
A range of ours also matches a single peer item that covers the same span with
its start (rare). Durations compare by TIMEX (P3Y, PT2H) after the peer's
amount in seconds is ignored. Two forms of the same date count as the same value:
our decade ``199X`` and the peer's range ``(1990-01-01,2000-01-01,P10Y)`` (a century
``14XX`` likewise; a range of decades "202X".."203X" is 2020-01-01..2040-01-01), and our
season ``2016-SU`` ("cet été": the summer of the reference year) against the peer's
``SU`` (a summer placed in no year).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import write_section  # noqa: E402

from factcheck._dates import extract_dates  # noqa: E402
from factcheck._records import Figure  # noqa: E402
from factcheck._spans import Spans  # noqa: E402
from factcheck._tokens import find_tokens  # noqa: E402

PEERS = ROOT.parent / "shared" / "peers" / "recognizers-text"
LANGS = ("de", "fr", "en")
MORE_LANGS = ("es", "it", "nl", "pt")
SUITES = ("model", "parser", "extractor")
PARSER_SUBS = {"DateParser", "DatePeriodParser", "DurationParser", "HolidayParser", "MergedParser"}
EXTRACTOR_SUBS = {
    "DateExtractor",
    "DatePeriodExtractor",
    "DurationExtractor",
    "HolidayExtractor",
    "MergedExtractor",
}
# the component specs name their types without the model's prefix
_V2 = "datetimeV2."
_COMPONENT_TYPES = (
    "date",
    "daterange",
    "duration",
    "time",
    "timerange",
    "datetime",
    "datetimerange",
    "set",
)
WANTED = {"datetimeV2.date", "datetimeV2.daterange", "datetimeV2.duration"}
# what each component reports: a figure of ours of another type is no extra there
COMPONENT_OF = {
    "DateParser": "date",
    "DateExtractor": "date",
    "HolidayParser": "date",
    "HolidayExtractor": "date",
    "DatePeriodParser": "daterange",
    "DatePeriodExtractor": "daterange",
    "DurationParser": "duration",
    "DurationExtractor": "duration",
}
# a value of ours that names one day (the peer's type date; other dates are its daterange)
_DAY = re.compile(r"\d\d-\d\d(?:$|-)|-W[\dX]{2}-\d|WD\d|@D|P\d+(?:\.\d+)?D\b|^XXXX-E|^XXXX-XX-\d\d")
KINDS = {"date", "time", "duration"}


def _span(case: dict[str, Any], item: dict[str, Any]) -> tuple[int, int] | None:
    text = case["input"]
    if item.get("start") is not None and item.get("end") is not None:
        start, end = int(item["start"]), int(item["end"])
        if item.get("span_check") == "exclusive":
            return start, end
        if item.get("span_check") in ("inclusive", None):
            return start, end + 1
    needle = (item.get("text") or "").lower()
    i = text.lower().find(needle) if needle else -1
    return (i, i + len(needle)) if i >= 0 else None


def _start_of(v: str) -> str:
    """ "2010" → "2010-01-01", "2016-05" → "2016-05-01"; other forms unchanged."""
    parts = v.split("-")
    if len(v) == 4 and v[:3].isdigit() and v[3] == "X":  # a decade: "202X"
        return f"{v[:3]}0-01-01"
    if len(parts) == 2 and parts[1] in ("Q1", "Q2", "Q3", "Q4"):
        return f"{parts[0]}-{3 * int(parts[1][1]) - 2:02d}-01"
    if len(parts) == 1 and v.isdigit():
        return f"{v}-01-01"
    if len(parts) == 2 and parts[1].isdigit():
        return f"{v}-01"
    week = _week_monday(v)
    return week.isoformat() if week else v


def _week_monday(v: str) -> _dt.date | None:
    """The Monday of an ISO week "2018-W31" (None for other forms)."""
    parts = v.split("-")
    if len(parts) == 2 and parts[0].isdigit() and parts[1][:1] == "W" and parts[1][1:].isdigit():
        try:
            return _dt.date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1)
        except ValueError:
            return None
    return None


def _ends_of(v: str) -> tuple[str, ...]:
    """The forms the peer may give for the end of a range ending with the unit ``v``:
    its start, the start of the unit after it (exclusive end), the unit itself, and
    its last day (inclusive end: "rest of the month" → ..2016-11-30 for our "2016-11")."""
    after = _next_of(v)
    try:
        last = (_dt.date.fromisoformat(after) - _dt.timedelta(days=1)).isoformat()
    except ValueError:
        last = v
    return (_start_of(v), after, v, last)


def _next_of(v: str) -> str:
    """The unit after ``v``: "2018" → "2019-01-01", "2016-05" → "2016-06-01", a day → +1."""
    parts = v.split("-")
    if len(v) == 4 and v[:3].isdigit() and v[3] == "X":  # the decade after "202X"
        return f"{int(v[:3]) + 1:03d}0-01-01"
    try:
        if len(parts) == 2 and parts[1] in ("Q1", "Q2", "Q3", "Q4") and parts[0].isdigit():
            q = int(parts[1][1])
            return f"{int(parts[0]) + 1:04d}-01-01" if q == 4 else f"{parts[0]}-{3 * q + 1:02d}-01"
        week = _week_monday(v)
        if week:
            return (week + _dt.timedelta(days=7)).isoformat()
        if len(parts) == 1 and v.isdigit():
            return f"{int(v) + 1:04d}-01-01"
        if len(parts) == 2 and parts[1].isdigit():
            y, m = (int(parts[0]) if parts[0] != "XXXX" else None), int(parts[1])
            m += 1
            ys = parts[0]
            if m > 12:
                m = 1
                ys = f"{y + 1:04d}" if y is not None else ys
            return f"{ys}-{m:02d}-01"
        if len(parts) == 3 and parts[0].isdigit():
            d = _dt.date.fromisoformat(v) + _dt.timedelta(days=1)
            return d.isoformat()
        if len(parts) == 3 and parts[0] == "XXXX":
            d = _dt.date(2000, int(parts[1]), int(parts[2])) + _dt.timedelta(days=1)
            return f"XXXX-{d.month:02d}-{d.day:02d}"
    except ValueError:
        return v
    return v


def _peer_values(item: dict[str, Any]) -> tuple[set[str], set[tuple[str, str]]]:
    singles: set[str] = set()
    ranges: set[tuple[str, str]] = set()
    for val in item.get("value") or []:
        timex = str(val.get("timex", ""))
        if timex.startswith("(") and timex.endswith(")"):
            a, b, *_ = timex[1:-1].split(",")
            ranges.add((a, b))
        elif timex:
            singles.add(timex)
        if val.get("value"):
            singles.add(str(val["value"]))
        if val.get("start") and val.get("end"):
            ranges.add((str(val["start"]), str(val["end"])))
    return singles, ranges


_SEASONS = ("SP", "SU", "FA", "WI")


def _same_form(value: str, singles: set[str], ranges: set[tuple[str, str]]) -> bool:
    """The same date written in another TIMEX form: our decade "199X" is the peer's
    range (1990-01-01,2000-01-01); our season "2016-SU" (the summer of the reference
    year, "cet été") is the peer's "SU" (a summer it does not place in a year)."""
    if len(value) == 4 and value[:3].isdigit() and value[3] == "X":
        start = int(value[:3]) * 10
        if (f"{start:04d}-01-01", f"{start + 10:04d}-01-01") in ranges:
            return True
    if len(value) == 4 and value[:2].isdigit() and value[2:] == "XX":  # century "14XX"
        start = int(value[:2]) * 100
        if (f"{start:04d}-01-01", f"{start + 100:04d}-01-01") in ranges:
            return True
    season = value[-2:]
    return season in _SEASONS and value.endswith("-" + season) and season in singles


def _matches(fig: Figure, item: dict[str, Any]) -> bool:
    singles, ranges = _peer_values(item)
    value = str(fig.value)
    if not fig.value_end and _same_form(value, singles, ranges):
        return True
    if fig.value_end:
        end = str(fig.value_end)
        for a, b in ranges:
            if _start_of(value) == _start_of(a) and b in _ends_of(end):
                return True
        return False
    if value in singles or value.removeprefix("XXXX-") in singles:  # seasons: "SU"
        return True
    # a calendar unit of ours ("2016-11", "2016") against the peer's range of it
    for a, b in ranges:
        if _start_of(value) == a and _next_of(value) == b:
            return True
    return False


def _matches_timex(fig: Figure | None, item: dict[str, Any]) -> bool:
    if fig is None or not str(fig.value).startswith("XXXX"):
        return False
    timexes = {str(v.get("timex", "")) for v in item.get("value") or []}
    if fig.value_end:
        pairs = {tuple(t[1:-1].split(",")[:2]) for t in timexes if t.startswith("(")}
        start, end = _start_of(str(fig.value)), str(fig.value_end)
        return any(a == start and b in _ends_of(end) for a, b in pairs)
    return str(fig.value) in timexes


def _rt_type(fig: Figure) -> str:
    """The peer's type for a figure of ours (its unresolved value): time, duration,
    date (one day) or daterange (a week, month, year, season, decade or a range)."""
    if fig.kind != "date":
        return fig.kind
    if fig.value_end:
        return "daterange"
    return "date" if _DAY.search(str(fig.value)) else "daterange"


def _is_extra(case: dict[str, Any], fig: Figure | None) -> bool:
    """A figure that overlaps no expected item counts against a component's case only
    when it is of the type that component reports."""
    kind = COMPONENT_OF.get(str(case.get("sub") or ""))
    return kind is None or fig is None or _rt_type(fig) == kind


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _figures(text: str, lang: str, ref: _dt.date | None) -> list[Figure]:
    # URLs, e-mail addresses and phone numbers are masked as in ``extract``; "code"
    # tokens are not: the token stage currently also claims "22.01.2016" and "LUNDI 14"
    claimed = Spans([(t.start, t.end) for t in find_tokens(text) if t.kind != "code"])
    return [
        f for f in extract_dates(text, lang, reference_date=ref, claimed=claimed) if f.kind in KINDS
    ]


def score_case(case: dict[str, Any]) -> tuple[bool, str]:
    ref = _dt.datetime.fromisoformat(case["reference_datetime"]).date()
    figs = _figures(case["input"], case["lang"], ref)
    # the unresolved value of each figure is its TIMEX too ("XXXX-10-02")
    symbolic = {(f.start, f.end): f for f in _figures(case["input"], case["lang"], None)}
    items = [(it, _span(case, it)) for it in case["expected"]]
    why: list[str] = []
    for it, span in items:
        if it.get("type") not in WANTED:
            continue
        if span is None:
            why.append(f"no span for {it.get('text')!r}")
            continue
        if not any(
            _overlap((f.start, f.end), span)
            and (_matches(f, it) or _matches_timex(symbolic.get((f.start, f.end)), it))
            for f in figs
        ):
            want = [v.get("timex") for v in it.get("value") or []]
            why.append(f"missed {it.get('text')!r} {want}")
    for f in figs:
        if not any(span and _overlap((f.start, f.end), span) for _, span in items):
            if _is_extra(case, symbolic.get((f.start, f.end))):
                why.append(f"extra {f.text!r} {f.kind} {f.value}")
    if why:
        got = [(f.text, f.kind, f.value, f.value_end) for f in figs]
        return False, "; ".join(why) + f"  | got {got}"
    return True, ""


def _component_item(item: dict[str, Any]) -> dict[str, Any]:
    """A parser or extractor spec item in the model's form: ``datetimeV2.<type>`` and
    ``value`` a list of resolutions (``timex`` with ``value`` or ``start``/``end``)."""
    kind = str(item.get("type") or "")
    raw = item.get("value")
    if kind not in _COMPONENT_TYPES:  # a merged parser's item is in the model's form
        values = raw.get("values") if isinstance(raw, dict) else None
        return dict(item, value=values or [])
    resolved: list[dict[str, str]] = []
    if isinstance(raw, dict):
        timex = str(raw.get("Timex") or "")
        for key in ("FutureResolution", "PastResolution"):
            res = raw.get(key) or {}
            one = {"timex": timex}
            if res.get("date"):
                one["value"] = str(res["date"])
            if res.get("startDate") and res.get("endDate"):
                one["start"], one["end"] = str(res["startDate"]), str(res["endDate"])
            resolved.append(one)
        if not resolved and timex:
            resolved.append({"timex": timex})
    return dict(item, type=_V2 + kind, value=resolved)


def score_spans(case: dict[str, Any]) -> tuple[bool, str]:
    """An extractor case: each wanted item overlaps a figure of ours, and each figure
    of ours overlaps an item."""
    figs = _figures(case["input"], case["lang"], None)
    items = [(it, _span(case, it)) for it in case["expected"]]
    why: list[str] = []
    for it, span in items:
        if it.get("type") not in WANTED:
            continue
        if span is None or not any(_overlap((f.start, f.end), span) for f in figs):
            why.append(f"missed {it.get('text')!r}")
    for f in figs:
        if not any(span and _overlap((f.start, f.end), span) for _, span in items):
            if _is_extra(case, f):
                why.append(f"extra {f.text!r} {f.kind} {f.value}")
    if why:
        got = [(f.text, f.kind, f.value, f.value_end) for f in figs]
        return False, "; ".join(why) + f"  | got {got}"
    return True, ""


def selected(lang: str, suite: str = "model") -> list[dict[str, Any]]:
    name = "datetime" if suite == "model" else f"datetime_{suite}"
    path = PEERS / f"{name}.{lang}.jsonl"
    if not path.is_file():
        return []
    subs = PARSER_SUBS if suite == "parser" else EXTRACTOR_SUBS
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if suite != "model":
            if case.get("sub") not in subs:
                continue
            case = dict(case, expected=[_component_item(it) for it in case["expected"]])
        if suite != "extractor" and not case.get("reference_datetime"):
            continue
        types = {it.get("type") for it in case["expected"]}
        if case["expected"] and not types & WANTED:
            continue
        out.append(case)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", choices=SUITES, default="model")
    ap.add_argument("--lang", choices=LANGS + MORE_LANGS)
    ap.add_argument("--failures", action="store_true", help="print failing verified cases")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if not PEERS.is_dir():
        sys.exit(f"{PEERS} is not present: this benchmark needs ../shared beside the project")
    rows = []
    langs = LANGS if args.suite == "model" else LANGS + MORE_LANGS
    score = score_spans if args.suite == "extractor" else score_case
    for lang in (args.lang,) if args.lang else langs:
        ver = [0, 0]
        rest = [0, 0]
        for case in selected(lang, args.suite):
            ok, why = score(case)
            bucket = ver if case.get("verified_by") else rest
            bucket[0] += ok
            bucket[1] += 1
            if not ok and args.failures and case.get("verified_by"):
                print(f"[{lang} {case['index']}] {case['input']!r}\n    {why}")
        rows.append((lang, ver, rest))
    lines = (
        [
            "### Dates: Recognizers-Text datetime specs (`bench/peer_dates.py`)",
            "",
            "Cases with a reference date whose expected items include a date, date range or"
            " duration, plus cases that expect nothing; details in the script's docstring.",
            "",
        ]
        if args.suite == "model"
        else [
            f"### Dates: Recognizers-Text {args.suite} specs"
            f" (`bench/peer_dates.py --suite {args.suite}`)",
            "",
            f"The {args.suite} specs' cases of dates, date ranges, durations and holidays"
            + (", by span only" if args.suite == "extractor" else ", by value")
            + "; es, it, nl and pt for information; details in the script's docstring.",
            "",
        ]
    )
    lines += [
        "| lang | verified: pass / cases | rate | unverified: pass / cases |",
        "| --- | --- | --- | --- |",
    ]
    for lang, ver, rest in rows:
        rate = ver[0] / ver[1] if ver[1] else 0.0
        lines.append(f"| {lang} | {ver[0]} / {ver[1]} | {rate:.1%} | {rest[0]} / {rest[1]} |")
        print(f"{lang}: verified {ver[0]}/{ver[1]} = {rate:.1%}; unverified {rest[0]}/{rest[1]}")
    if not args.no_write and not args.lang:
        section = "peer-dates" if args.suite == "model" else f"peer-dates-{args.suite}"
        write_section(section, "\n".join(lines))


if __name__ == "__main__":
    main()
