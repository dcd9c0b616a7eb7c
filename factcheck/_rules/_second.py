"""A last chance for figures the pairer left alone, before the rules run.

When a fact lacks a version and, in the aligned paragraph of that version, exactly
one figure is unpaired, of a compatible kind and of a close value ("vier" vs
"cinq", "1939" vs "1940", "juin" vs "juillet") — and that figure, looking back,
finds only this fact — the two are most likely one fact stated with different
values. Joining them lets the value, date and currency rules report the
difference where the presence rule would report two missing figures (or, when
lenient, nothing).

The joined figure's own fact is emptied (no mentions) rather than removed, so that
every fact index stays valid.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .._records import Analysis, Fact, Figure
from ._base import Context
from ._timex import anchor, month_day

__all__ = ["MAX_RATIO", "age_years", "close", "second_chance"]

#: Numbers further apart than this factor are not taken for one fact.
MAX_RATIO = Decimal("2.5")

_TEMPORAL = frozenset({"date", "time", "duration"})
_DIGIT = re.compile(r"\d")


def _kinds_match(a: Figure, b: Figure) -> bool:
    if (age_years(a) is not None and b.kind == "number") or (
        age_years(b) is not None and a.kind == "number"
    ):
        return True  # "West, 41" vs "West, 41 tuổi"
    if a.kind in _TEMPORAL or b.kind in _TEMPORAL:
        return a.kind == b.kind or _distance_pair(a, b) or _distance_pair(b, a)
    return a.kind == b.kind or {a.kind, b.kind} <= {"number", "quantity"}


_RELATIVE_DISTANCE = re.compile(r"REF[+-]P(\d+(?:\.\d+)?)([YMWD])(?:@D)?")
_DURATION = re.compile(r"P(\d+(?:\.\d+)?)([YMWD])")


def _distance_pair(a: Figure, b: Figure) -> bool:
    """A duration and a date that distance from the article's own, in one unit:
    "Dix ans plus tôt" (P10Y) vs "vor zwölf Jahren" (REF-P12Y@D)."""
    return (
        a.kind == "duration"
        and b.kind == "date"
        and isinstance(a.value, str)
        and isinstance(b.value, str)
        and _DURATION.fullmatch(a.value) is not None
        and _RELATIVE_DISTANCE.fullmatch(b.value) is not None
    )


def _distance_close(a: str, b: str) -> bool | None:
    ma = _DURATION.fullmatch(a) or _RELATIVE_DISTANCE.fullmatch(a)
    mb = _DURATION.fullmatch(b) or _RELATIVE_DISTANCE.fullmatch(b)
    if ma is None or mb is None or (a.startswith("REF") == b.startswith("REF")):
        return None
    x, y = Decimal(ma.group(1)), Decimal(mb.group(1))
    if ma.group(2) != mb.group(2) or not x or not y:  # "diesen Monat" (REF+P0M) is no distance
        return False
    return _near(x, y)


_YEARS = re.compile(r"PT?(\d+)[YMWDH]")
#: a calendar date with a stated year, of any precision: 2009, 2010-06, 2010-06-12
_CALENDAR = re.compile(r"(\d{4})(?:-\d\d){0,2}")
_YEAR_SPAN = 10


def age_years(fig: Figure) -> Decimal | None:
    """The amount of a duration in one whole unit ("51 tuổi" P51Y, "fünf Tage" P5D),
    else None: against a bare number ("West, 41", "paid for five") it is that number."""
    if fig.kind != "duration" or not isinstance(fig.value, str):
        return None
    m = _YEARS.fullmatch(fig.value)
    return None if m is None else Decimal(m.group(1))


def close(a: Figure, b: Figure) -> bool:
    """Whether two figures could be one fact with one value changed.

    >>> from factcheck._records import Figure
    >>> n = lambda v: Figure("number", str(v), 0, 1, Decimal(v))
    >>> close(n(4), n(5)), close(n(1939), n(1940)), close(n(12), n(2019)), close(n(0), n(1))
    (True, True, False, True)
    >>> d = lambda v: Figure("date", v, 0, 1, v)
    >>> close(d("XXXX-06"), d("XXXX-07")), close(d("XXXX-06"), d("2025-06-12"))
    (True, False)
    >>> close(d("REF-M04"), d("XXXX-03")), close(d("REF-M04"), d("2019"))
    (True, False)
    >>> close(d("2010-06"), d("2009")), close(d("2010-06"), d("1950"))
    (True, False)
    """
    if not _kinds_match(a, b):
        return False
    years = age_years(a) if b.kind == "number" else age_years(b) if a.kind == "number" else None
    if years is not None:
        number = b.value if b.kind == "number" else a.value
        return isinstance(number, Decimal) and number.is_finite() and _near(years, number)
    if isinstance(a.value, str) and isinstance(b.value, str):
        distance = _distance_close(a.value, b.value)
        if distance is not None:
            return distance
        if _DIGIT.sub("9", anchor(a.value)) == _DIGIT.sub("9", anchor(b.value)):
            return True
        ya, yb = _CALENDAR.fullmatch(a.value), _CALENDAR.fullmatch(b.value)
        if ya is not None and yb is not None:  # "juin 2010" vs "im Jahr 2009"
            return abs(int(ya.group(1)) - int(yb.group(1))) <= _YEAR_SPAN
        # "avril dernier" (REF-M04) vs "im März" (XXXX-03): both name a month
        return a.value.startswith("REF") != b.value.startswith("REF") and (
            month_day(a.value) is not None and month_day(b.value) is not None
        )
    if a.kind == "quantity" and b.kind == "quantity" and a.unit and b.unit:
        if a.unit.split("-", 1)[0] != b.unit.split("-", 1)[0]:
            return False
        if a.unit != b.unit:
            return True  # converted values: the unit rule compares them
    xs = [v for v in (a.value, a.alt_value) if isinstance(v, Decimal) and v.is_finite()]
    ys = [v for v in (b.value, b.alt_value) if isinstance(v, Decimal) and v.is_finite()]
    return any(_near(x, y) for x in xs for y in ys)


def _near(x: Decimal, y: Decimal) -> bool:
    if not x or not y:  # zero against a small count: "(0)" vs "(1)"
        return abs(x) + abs(y) <= 2
    return (x > 0) == (y > 0) and max(abs(x), abs(y)) <= MAX_RATIO * min(abs(x), abs(y))


def second_chance(analysis: Analysis) -> Analysis:
    """``analysis`` with facts that lack a version joined to the one close,
    unpaired figure of that version in the aligned paragraph (see module doc)."""
    facts = list(analysis.facts)
    n = len(analysis.documents)
    if n < 2 or not facts:
        return analysis
    ctx = Context(analysis)
    changed = False
    for w in range(n):
        singles: dict[tuple[int, int], int] = {}  # (start, end) in w → fact index
        for i, fact in enumerate(facts):
            if len(fact.mentions) == 1 and fact.mentions[0].version == w:
                fig = fact.mentions[0].figure
                singles[(fig.start, fig.end)] = i
        if not singles:
            continue
        for i, fact in enumerate(facts):
            if not fact.mentions or w in [m.version for m in fact.mentions]:
                continue
            anchor = min(fact.mentions, key=lambda m: m.version)
            v, fig = anchor.version, anchor.figure
            lo, hi = ctx.window(v, ctx.paragraph_of(v, fig.start), w, 0)
            if lo >= hi:
                continue
            window = ctx.figures_between(w, lo, hi)
            if len(window) > _MAX_WINDOW:  # hostile input (a book in one paragraph): linear
                continue
            cands = [
                j
                for cand in window
                if (j := singles.get((cand.start, cand.end))) is not None
                and len(facts[j].mentions) == 1
                and facts[j].mentions[0].version == w
                and close(fig, cand)
            ]
            if len(cands) > 1:
                # a conversion in parentheses ("€3.2 billion ($3.7bn)") restates the
                # figure before it: it is not a candidate of its own
                cands = [j for j in cands if not _conversion(ctx, w, facts[j].mentions[0].figure)]
            if len(cands) != 1:
                continue
            cand = facts[cands[0]].mentions[0].figure
            if fig.kind == "ordinal" and (_small_word(fig) or _small_word(cand)):
                continue  # "first season" / "năm thứ hai" (sophomore): idioms, not counts
            if (_small_word(fig) or _small_word(cand)) and not _same_place(
                ctx, v, fig, w, cand, (lo, hi)
            ):
                continue
            j = cands[0]
            mine = facts[j].mentions[0]
            if _rivals(ctx, facts, w, mine.figure, v, i):
                continue
            keep, drop = min(i, j), max(i, j)  # the joined fact takes the lower index
            joined = tuple(sorted((*fact.mentions, mine), key=lambda m: m.version))
            kind = facts[keep].kind
            if {fig.kind, mine.figure.kind} == {"number", "duration"}:
                kind = "number"  # an age: the value rule compares it
            facts[keep] = Fact(kind=kind, mentions=joined, status=fact.status)
            facts[drop] = Fact(kind=facts[drop].kind, mentions=(), status=facts[drop].status)
            changed = True
    if not changed:
        return analysis
    return Analysis(
        documents=analysis.documents,
        figures=analysis.figures,
        tokens=analysis.tokens,
        alignment=analysis.alignment,
        facts=tuple(facts),
        source=analysis.source,
    )


#: Small numbers spelled out ("two", "hai", "beide") are idioms as often as counts: a
#: changed one is only taken for the same fact near the same place in its paragraph.
_SMALL = Decimal(12)
#: Aligned paragraphs with more figures than this are left alone (keeps the join linear).
_MAX_WINDOW = 200
_PLACE = 0.4


def _small_word(fig: Figure) -> bool:
    return (
        fig.kind in ("number", "ordinal")
        and not _DIGIT.search(fig.text)
        and isinstance(fig.value, Decimal)
        and abs(fig.value) <= _SMALL
    )


def _same_place(
    ctx: Context, v: int, fig: Figure, w: int, cand: Figure, span_w: tuple[int, int]
) -> bool:
    """Whether two figures stand at about the same relative place in their aligned
    paragraphs (within ``_PLACE`` of the paragraph's length)."""
    lo_v, hi_v = ctx.window(v, ctx.paragraph_of(v, fig.start), v, 0)
    lo_w, hi_w = span_w
    pos_v = (fig.start - lo_v) / max(1, hi_v - lo_v)
    pos_w = (cand.start - lo_w) / max(1, hi_w - lo_w)
    if abs(pos_v - pos_w) <= _PLACE:
        return True
    # or between the same neighbours: "three 18-year-olds" / "zwei 18-Jährige"
    mine = _neighbours(ctx, v, fig, lo_v, hi_v, w)
    return bool(mine & _neighbours(ctx, w, cand, lo_w, hi_w, v))


def _neighbours(
    ctx: Context, v: int, fig: Figure, lo: int, hi: int, other: int
) -> set[tuple[int, int]]:
    """The facts (shared with ``other``) of the figures right before (-1) and after
    (+1) ``fig``, as (side, fact index)."""
    figs = ctx.figures_between(v, lo, hi)
    at = next((k for k, f in enumerate(figs) if f.start == fig.start), None)
    if at is None:
        return set()
    out: set[tuple[int, int]] = set()
    for side in (-1, 1):
        k = at + side
        if 0 <= k < len(figs):
            index = ctx.fact_of(v, figs[k])
            if index is not None and any(
                m.version == other for m in ctx.analysis.facts[index].mentions
            ):
                out.add((side, index))
    return out


def _conversion(ctx: Context, version: int, fig: Figure) -> bool:
    """Whether ``fig`` stands in parentheses right after another figure."""
    text = ctx.documents[version].text
    if text[max(0, fig.start - 2) : fig.start].strip() != "(":
        return False
    before = ctx.figures_between(version, max(0, fig.start - 40), fig.start)
    return bool(before) and 0 <= fig.start - before[-1].end <= 3


def _rivals(ctx: Context, facts: list[Fact], w: int, fig: Figure, v: int, chosen: int) -> bool:
    """Whether another fact lacking ``w``, anchored in ``v`` within the aligned
    paragraph of ``fig``, could take ``fig`` as well."""
    lo, hi = ctx.window(w, ctx.paragraph_of(w, fig.start), v, 0)
    window = ctx.figures_between(v, lo, hi)
    if len(window) > _MAX_WINDOW:
        return True
    for other in window:
        k = ctx.fact_of(v, other)
        if k is None or k == chosen or not facts[k].mentions:
            continue
        if any(m.version == w for m in facts[k].mentions):
            continue
        if close(other, fig):
            return True
    return False
