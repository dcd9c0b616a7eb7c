"""The fixed set of rule types. A rule file picks one with ``type = "..."``.

Pair types compare the mentions of each fact version by version
(:class:`~factcheck._rules._base.PairRule`); the others look at one version at
a time (ambiguous formats, weekdays, language) or at what one version has and
another lacks (presence, invariant tokens, user patterns).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from operator import attrgetter
from typing import Any, ClassVar

import regex

from .._diskcache import persistent
from .._records import KINDS, LEVELS, Figure, Finding, Location, level_rank
from .._tokens import token_key
from ._base import Context, KeySpec, PairRule, Rule, Verdict, quote, texts_field
from ._compare import (
    DOWN,
    UP,
    UnitTable,
    _range,
    anchors_agree,
    currency_differs,
    numeric,
    scale_factor,
    units_differ,
    values_agree,
)
from ._timex import full_date, timex_agree

__all__ = ["RULE_TYPES"]

_NUMERIC_KINDS = ("number", "ordinal", "percent", "money", "quantity")
#: Hedges that approximate a value (both ways), as opposed to bounds.
_APPROXIMATE = frozenset({"about", "approx-noun", "nearly"})
_KINDS_KEY = KeySpec("strs", allowed=KINDS)

#: sort key of figures by where they start
_START = attrgetter("start")


class CompareValues(PairRule):
    """Paired figures whose values disagree, rounding and hedge intervals considered.

    Pairs that differ by currency, unit or a scale word are left to the
    currency, unit and scale types.
    """

    TYPE = "compare-values"
    DEFAULT_KINDS = _NUMERIC_KINDS
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "kinds": _KINDS_KEY,
        "tolerance": KeySpec("decimal", Decimal("0.1")),
    }

    def compare(self, a: Figure, b: Figure, langs: tuple[str, str]) -> Verdict | None:
        a, b = _permille_as_percent(a), _permille_as_percent(b)
        if "ratio" in a.flags and "ratio" in b.flags:
            # two proportions compare as proportions: the count each also states
            # ("trois points sur cinq" / "drei von vier") must not make them agree
            a = dataclasses.replace(a, alt_value=None)
            b = dataclasses.replace(b, alt_value=None)
        if _same_number(a, b):
            return None
        a, b = _age_as_number(a, b), _age_as_number(b, a)
        if not (numeric(a) and numeric(b)):
            return None
        if currency_differs(a, b) or units_differ(a, b) or scale_factor(a, b) is not None:
            return None
        a, b = _as_fractions(a, b)
        a, b = _exact_fraction(a, b), _exact_fraction(b, a)
        if values_agree(a, b, self.opt("tolerance")):
            return None
        if _either_scale(a, b):
            return None
        return Verdict()


_HUNDRED = Decimal(100)
_ONE = Decimal(1)
_TEN = Decimal(10)


_PERCENT_POINT = Decimal("0.01")


def _exact_fraction(fig: Figure, other: Figure) -> Figure:
    """A fraction ("a third", "deux tiers", "¾") against another fraction or a
    percentage: exact to the percent, not rounded to a whole number ("half" is not
    "un tiers", "two-thirds" not "trois quarts"; "a third" still agrees with "33 %")."""
    if (
        "fraction" not in fig.flags
        or not isinstance(fig.value, Decimal)
        or abs(fig.value) > 1
        or not ("fraction" in other.flags or other.kind == "percent")
        or (fig.precision is not None and fig.precision <= _PERCENT_POINT)
    ):
        return fig
    return dataclasses.replace(fig, precision=_PERCENT_POINT)


def _permille_as_percent(fig: Figure) -> Figure:
    """A per-mille figure ("72 ‰", "72 Promille") as the percentage it states
    (7.2 %), so that it compares with percentages: "72 ‰" is not "72 %"."""
    if fig.kind != "percent" or fig.unit != "permille" or not isinstance(fig.value, Decimal):
        return fig
    return dataclasses.replace(
        fig,
        unit="percent",
        value=fig.value / _TEN,
        low=None if fig.low is None else fig.low / _TEN,
        high=None if fig.high is None else fig.high / _TEN,
        precision=None if fig.precision is None else fig.precision / _TEN,
        alt_value=None if fig.alt_value is None else fig.alt_value / _TEN,
    )


def _same_number(a: Figure, b: Figure) -> bool:
    """Two figures with one finite value, neither an age, not two ranges: the
    common case, which :meth:`CompareValues.compare` would find agreeing after all
    its steps (no age to convert, no percentage to scale, the first readings
    equal). ``x * 1 == x`` keeps a value with more digits than the context holds
    on the long way, where the product is rounded."""
    x, y = a.value, b.value
    return (
        type(x) is Decimal
        and type(y) is Decimal
        and x.is_finite()
        and y.is_finite()
        and x == y
        and x * _ONE == x
        and (_range(a) is None or _range(b) is None)
    )


def _age_as_number(fig: Figure, other: Figure) -> Figure:
    """An age stated as a duration in years ("51 tuổi") against a bare number
    ("West, 41") compares as that number of years."""
    if fig.kind != "duration" or other.kind != "number":
        return fig  # what age_years says of anything but a duration
    from ._second import age_years

    years = age_years(fig)
    if years is None:
        return fig
    return dataclasses.replace(
        fig, kind="number", value=years, precision=Decimal(1), low=None, high=None
    )


_GENERIC_TEMPERATURE = "temperature-generic"


def _f_to_c(value: Decimal) -> Decimal:
    return (value - 32) * 5 / 9


def _either_scale(a: Figure, b: Figure) -> bool:
    """Degrees without a scale ("80 degrees", "27 Grad") may be Fahrenheit in one
    version and Celsius in the other: they agree when a conversion makes them agree
    (within 1 degree Celsius), of a temperature or of a difference of temperatures
    ("10 degrees above average" vs "6 Grad über dem Durchschnitt")."""
    units = {a.unit, b.unit}
    if _GENERIC_TEMPERATURE not in units or not units <= {
        _GENERIC_TEMPERATURE,
        "temperature-celsius",
        "temperature-fahrenheit",
    }:
        return False
    if not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)):
        return False
    slack = 1 + ((a.precision or 0) + (b.precision or 0)) / 2
    pairs = ((a.value, b.value), (b.value, a.value))
    if any(abs(_f_to_c(x) - y) <= slack for x, y in pairs):
        return True
    # a difference of temperatures ("10 degrees above average" = "6 Grad"): no offset
    return any(abs(x * 5 / 9 - y) <= slack for x, y in pairs)


def _as_fractions(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """A percentage paired with a plain fraction ("50 Prozent" vs "half" = 0.5):
    the percentage as a fraction, so the two compare."""
    for x, y in ((a, b), (b, a)):
        if (
            x.kind == "percent"
            and y.kind != "percent"
            and isinstance(x.value, Decimal)
            and isinstance(y.value, Decimal)
            and abs(y.value) <= 1 < abs(x.value)
        ):
            scaled = dataclasses.replace(
                x,
                value=x.value / _HUNDRED,
                low=None if x.low is None else x.low / _HUNDRED,
                high=None if x.high is None else x.high / _HUNDRED,
                precision=None if x.precision is None else x.precision / _HUNDRED,
                alt_value=None,
            )
            return (scaled, y) if x is a else (y, scaled)
    return a, b


@cache
def _reads_hedges(lang: str) -> bool:
    """Whether extraction knows the hedge words of ``lang`` (its lexicon lists them);
    CLDR has none, so for other locales a hedge is never read and cannot be missed."""
    from .._lexicon import lexicon

    hedges = lexicon(lang).get("hedges", {})
    return bool(isinstance(hedges, dict) and hedges.get("before"))


class Qualifier(PairRule):
    """Same stated value, but one version hedges and the other does not
    (``conflict = "dropped"``; with ``neutral`` also an approximation against a
    bound: "rund 30" vs "plus de 30", ``changed_message``), or the hedges point
    opposite ways (``conflict = "contradicted"``)."""

    TYPE = "qualifier"
    DEFAULT_KINDS = (*_NUMERIC_KINDS, "time", "duration", "date")
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "kinds": _KINDS_KEY,
        "conflict": KeySpec("str", choices=("dropped", "contradicted"), required=True),
        "up": KeySpec("strs", tuple(sorted(UP))),
        "down": KeySpec("strs", tuple(sorted(DOWN))),
        "ignore_qualifiers": KeySpec("strs", ("between",)),
        "levels_by_qualifier": KeySpec("levels", {}),
        "neutral": KeySpec("strs", ()),
        "changed_message": KeySpec("str", ""),
        "tolerance": KeySpec("decimal", Decimal("0.1")),
    }
    TEMPLATES = ("changed_message",)
    FIELDS = PairRule.FIELDS | {"qualifier_a", "qualifier_b", "hedged", "exact", "hedge"}

    def _close(self, a: Figure, b: Figure) -> bool:
        """Different stated values that the value rule lets agree because of an
        approximation ("etwa 1,6 km" vs "1,5 km"): the hedges still differ. Only
        with an approximating hedge on one side, never two bare bounds."""
        if not ({a.qualifier, b.qualifier} & _APPROXIMATE):
            return False
        return values_agree(a, b, self.opt("tolerance"))

    def shown(self, fig: Figure) -> str:
        """The words, and the hedge when the words do not show it (it came from
        the context: "50 percent or more")."""
        if fig.qualifier and fig.qualifier not in self.opt("ignore_qualifiers"):
            return f"{quote(fig.text)} ({fig.qualifier})"
        return quote(fig.text)

    def compare(self, a: Figure, b: Figure, langs: tuple[str, str]) -> Verdict | None:
        if a.qualifier == b.qualifier:  # the same hedge, or none on both sides
            return None
        if not (_reads_hedges(langs[0]) and _reads_hedges(langs[1])):
            return None  # a language without hedge words: a missing hedge says nothing
        ignored = self.opt("ignore_qualifiers")
        qa = None if a.qualifier in ignored else a.qualifier
        qb = None if b.qualifier in ignored else b.qualifier
        if (a.qualifier in ignored or b.qualifier in ignored) or qa == qb:
            return None
        if isinstance(a.value, str) and isinstance(b.value, str):
            # times and durations: "gegen 19.30 Uhr", "mehr als 24 Stunden"
            if timex_agree(a.value, b.value) is not True:
                return None
        elif not (numeric(a) and numeric(b)) or currency_differs(a, b):
            return None
        elif units_differ(a, b):
            if not _converted_agree(a, b):  # "about 30 yards" vs "ca. 27 Meter"
                return None
        elif not (anchors_agree(a, b) or self._close(a, b)):
            return None
        fields = {"qualifier_a": qa or "none", "qualifier_b": qb or "none"}
        up, down = self.opt("up"), self.opt("down")
        if self.opt("conflict") == "dropped":
            neutral = self.opt("neutral")
            bounds = (*up, *down)
            if (qa in neutral and qb in bounds) or (qb in neutral and qa in bounds):
                template = "changed_message" if self.opt("changed_message") else "message"
                return Verdict(
                    fields,
                    template,
                    level=self.opt("levels_by_qualifier").get(str(qa if qa in neutral else qb)),
                )
            if (qa is None) == (qb is None):
                return None
            side = 0 if qa is not None else 1
            hedge = str(qa or qb)
            fields.update(hedged=langs[side], exact=langs[1 - side], hedge=hedge)
            return Verdict(fields, level=self.opt("levels_by_qualifier").get(hedge))
        if (qa in up and qb in down) or (qa in down and qb in up):
            return Verdict(fields)
        return None


#: How far apart converted values may be and still state one figure (translators
#: round conversions: 30 yards ≈ 27 m).
_CONVERSION_SLACK = Decimal("0.12")


def _converted_agree(a: Figure, b: Figure) -> bool:
    """Quantities in two units of one dimension that state the same amount after
    conversion (the factors of rule FC303's file, as the pairer uses them)."""
    from .._pair import converted_values

    conv = converted_values(a, b)
    if conv is None:
        return False
    x, y = conv
    big = max(abs(x), abs(y))
    return not big or abs(x - y) / big <= _CONVERSION_SLACK


class Scale(PairRule):
    """Values that differ by a power of ten a scale word explains; the
    billion/Billion/milliard false friend gets ``false_friend_message``."""

    TYPE = "scale"
    DEFAULT_KINDS = _NUMERIC_KINDS
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "kinds": _KINDS_KEY,
        "false_friends": KeySpec("strs", ("billion",)),
        "false_friend_message": KeySpec("str", required=True),
    }
    TEMPLATES = ("false_friend_message",)
    FIELDS = PairRule.FIELDS | {"factor", "scale_a", "scale_b", "word"}

    def compare(self, a: Figure, b: Figure, langs: tuple[str, str]) -> Verdict | None:
        if not (a.scale or b.scale):  # what scale_factor says without a scale word
            return None
        if currency_differs(a, b) or units_differ(a, b):
            return None
        k = scale_factor(a, b)
        if k is None:
            return None
        fields = {
            "factor": f"10^{abs(k)}",
            "scale_a": a.scale or "none",
            "scale_b": b.scale or "none",
        }
        if abs(k) == 3:
            stems = [s.casefold() for s in self.opt("false_friends")]
            for fig in (a, b):
                word = (fig.scale or "").casefold()
                if not word:
                    # the scale word may only be in the surface text
                    word = next(
                        (w for w in fig.text.casefold().split() if w.startswith(tuple(stems))), ""
                    )
                if word and word.startswith(tuple(stems)):
                    fields["word"] = fig.scale or word
                    return Verdict(fields, "false_friend_message")
        return Verdict(fields)


class Currency(PairRule):
    """Paired money figures in different currencies."""

    TYPE = "currency"
    DEFAULT_KINDS = ("money",)
    KEYS: ClassVar[dict[str, KeySpec]] = {"kinds": _KINDS_KEY}
    FIELDS = PairRule.FIELDS | {"currency_a", "currency_b"}

    def compare(self, a: Figure, b: Figure, langs: tuple[str, str]) -> Verdict | None:
        if not currency_differs(a, b):
            return None
        return Verdict({"currency_a": a.unit or "", "currency_b": b.unit or ""})


class Unit(PairRule):
    """Quantities that disagree once converted to one unit (km vs miles), or
    that state units of different dimensions (``dimension_message``)."""

    TYPE = "unit"
    DEFAULT_KINDS = ("quantity",)
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "kinds": _KINDS_KEY,
        "tolerance": KeySpec("decimal", Decimal("0.1")),
        "absolute_tolerance": KeySpec("table", {}),
        "factors": KeySpec("table", required=True),
        "offsets": KeySpec("table", {}),
        "dimension_message": KeySpec("str", required=True),
        "unpaired": KeySpec("bool", True),
    }
    TEMPLATES = ("dimension_message",)
    FIELDS = PairRule.FIELDS | {"unit_a", "unit_b", "converted"}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.table = UnitTable(self.opt("factors"), self.opt("offsets"))

    def run(self, ctx: Context) -> Iterator[Finding]:
        yield from super().run(ctx)
        if self.opt("unpaired"):
            yield from self._unpaired(ctx)

    def _unpaired(self, ctx: Context) -> Iterator[Finding]:
        """Quantities the pairer left apart because their values differ so much:
        one unpaired quantity in a version and exactly one unpaired quantity of the
        same dimension in another unit in the aligned paragraph of another version
        ("120.000 Quadratmetern" vs "120,000 square feet")."""
        t = self.table
        kinds = self.kinds()
        for index, fact in enumerate(ctx.analysis.facts):
            if fact.kind not in kinds or len(fact.mentions) != 1:
                continue
            v, fig = fact.mentions[0].version, fact.mentions[0].figure
            if not fig.unit or not t.known(fig.unit):
                continue
            para = ctx.paragraph_of(v, fig.start)
            for w in range(v + 1, len(ctx.documents)):
                if ctx.source is not None and ctx.source not in (v, w):
                    continue
                lo, hi = ctx.window(v, para, w, 0)
                cands = [
                    c
                    for c in ctx.figures_between(w, lo, hi)
                    if c.kind == fig.kind
                    and c.unit
                    and c.unit != fig.unit
                    and t.known(c.unit)
                    and t.dimension(c.unit) == t.dimension(fig.unit)
                    and not _paired_with(ctx, w, c, v)
                ]
                if len(cands) != 1:
                    continue
                other = cands[0]
                verdict = self.compare(fig, other, (ctx.lang(v), ctx.lang(w)))
                if verdict is None:
                    continue
                fields = {
                    "kind": fig.kind,
                    "lang_a": ctx.lang(v),
                    "text_a": fig.text,
                    "lang_b": ctx.lang(w),
                    "text_b": other.text,
                    "texts": texts_field(ctx, [(v, fig.text), (w, other.text)]),
                    "langs": f"{ctx.lang(v)}, {ctx.lang(w)}",
                    **verdict.fields,
                }
                locations = [ctx.figure_location(v, fig), ctx.figure_location(w, other)]
                yield self.finding(locations, fields, template=verdict.template, fact=index)

    def compare(self, a: Figure, b: Figure, langs: tuple[str, str]) -> Verdict | None:
        if not units_differ(a, b):
            return None
        ua, ub = str(a.unit), str(b.unit)
        fields = {"unit_a": ua, "unit_b": ub}
        t = self.table
        if t.dimension(ua) != t.dimension(ub):
            return Verdict(fields, "dimension_message")
        if not (t.known(ua) and t.known(ub) and numeric(a) and numeric(b)):
            return None
        assert isinstance(a.value, Decimal) and isinstance(b.value, Decimal)
        xa, xb = t.to_base(a.value, ua), t.to_base(b.value, ub)
        ra = t.scale((a.precision or Decimal(0)) / 2, ua)
        rb = t.scale((b.precision or Decimal(0)) / 2, ub)
        absolute = self.opt("absolute_tolerance").get(t.dimension(ua))
        if absolute is not None:
            slack = Decimal(str(absolute)) + ra + rb
        else:
            slack = self.opt("tolerance") * max(abs(xa), abs(xb)) + ra + rb
        if abs(xa - xb) <= slack:
            return None
        back = (xa / t.to_base(Decimal(1), ub)) if ua.split("-")[0] != "temperature" else None
        fields["converted"] = "" if back is None else _format_quantity(back, ub, langs[1])
        return Verdict(fields)


def _format_quantity(value: Decimal, unit: str, lang: str) -> str:
    """``value`` in ``unit`` as CLDR writes it in ``lang`` (short form, three
    significant digits at least): "484,376 sq ft", "12.4 mi", "19,3 km".

    >>> _format_quantity(Decimal("484376.3"), "area-square-foot", "en")
    '484,376 sq ft'
    >>> _format_quantity(Decimal("19.31"), "length-kilometer", "de")
    '19,3 km'
    """
    from babel.units import format_unit

    digits = max(0, 3 - len(str(int(abs(value))))) if value else 0
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    try:
        return str(
            format_unit(value, unit, length="short", locale=lang.replace("-", "_"), format=pattern)
        )
    except Exception:  # a unit or locale babel lacks: the number and the CLDR id
        return f"{value:.4g} {unit}"


class Date(PairRule):
    """Paired dates, times and durations that disagree; partial values agree
    with full values that contain them."""

    TYPE = "date"
    DEFAULT_KINDS = ("date", "time", "duration")
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "kinds": _KINDS_KEY,
        "twelve_hour": KeySpec("bool", True),
    }

    def compare(self, a: Figure, b: Figure, langs: tuple[str, str]) -> Verdict | None:
        if not (isinstance(a.value, str) and isinstance(b.value, str)):
            return None
        twelve = self.opt("twelve_hour")
        if timex_agree(a.value, b.value, twelve_hour=twelve) is False:
            return Verdict()
        if (
            a.value_end
            and b.value_end
            and timex_agree(a.value_end, b.value_end, twelve_hour=twelve) is False
        ):
            return Verdict()
        return None


def _day_name(day: int, lang: str) -> str:
    from babel.dates import get_day_names

    try:
        return str(get_day_names("wide", locale=lang.replace("-", "_"))[day])
    except Exception:  # unknown locale: English names
        return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[day]


def _dates_differ(a: Figure, b: Figure) -> bool:
    """Two dates whose TIMEX values disagree (not merely: cannot be compared)."""
    return (
        isinstance(a.value, str)
        and isinstance(b.value, str)
        and timex_agree(a.value, b.value) is False
    )


class Weekday(Rule):
    """A weekday named beside a date that is not that date's weekday (checked
    inside each version), or weekdays that differ across versions of one fact."""

    TYPE = "weekday"
    KEYS: ClassVar[dict[str, KeySpec]] = {"cross_message": KeySpec("str", required=True)}
    TEMPLATES = ("cross_message",)
    FIELDS = frozenset({"lang", "text", "weekday", "actual", "date"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        flagged: set[tuple[int, int]] = set()
        for v, figures in enumerate(ctx.analysis.figures):
            lang = ctx.lang(v)
            for fig in figures:
                if fig.kind != "date" or fig.weekday is None or not isinstance(fig.value, str):
                    continue
                day = full_date(fig.value)
                if day is None or day.weekday() == fig.weekday:
                    continue
                flagged.add((v, fig.start))
                fields = {
                    "lang": lang,
                    "text": fig.text,
                    "texts": texts_field(ctx, [(v, fig.text)]),
                    "langs": lang,
                    "kind": fig.kind,
                    "weekday": _day_name(fig.weekday, lang),
                    "actual": _day_name(day.weekday(), lang),
                    "date": day.isoformat(),
                }
                yield self.finding([ctx.figure_location(v, fig)], fields, fact=ctx.fact_of(v, fig))
        for index, fact in enumerate(ctx.analysis.facts):
            if fact.kind != "date":
                continue
            by_version = {
                m.version: m.figure for m in fact.mentions if m.figure.weekday is not None
            }
            if any((v, f.start) in flagged for v, f in by_version.items()):
                continue
            firing = {
                (a, b)
                for a, b in ctx.pairs(sorted(by_version))
                if by_version[a].weekday != by_version[b].weekday
                # dates that differ (weekdays resolved against the article's date):
                # the date rule says so once
                and not _dates_differ(by_version[a], by_version[b])
            }
            if not firing:
                continue
            versions = sorted(by_version)
            odd = ctx.odd_one_out(versions, firing)
            involved = versions if odd is not None else sorted({v for p in firing for v in p})
            first = odd if odd is not None else involved[0]
            other = next(v for v in involved if v != first)
            fig, ref = by_version[first], by_version[other]
            lang = ctx.lang(first)
            fields = {
                "lang": lang,
                "text": fig.text,
                "texts": texts_field(ctx, [(v, by_version[v].text) for v in involved]),
                "langs": ", ".join(ctx.lang(v) for v in involved),
                "kind": fact.kind,
                "weekday": _day_name(fig.weekday or 0, lang),
                "actual": _day_name(ref.weekday or 0, lang),
                "date": str(fig.value),
                "odd": "" if odd is None else f" ({ctx.lang(odd)} is the odd one out)",
            }
            yield self.finding(
                [ctx.figure_location(v, by_version[v]) for v in involved],
                fields,
                template="cross_message",
                fact=index,
                odd=None if odd is None else ctx.lang(odd),
            )


class AmbiguousFormat(Rule):
    """A figure whose surface form reads two ways in its language ("5,000" in
    German: five, or five thousand in English notation)."""

    TYPE = "ambiguous-format"
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "kinds": _KINDS_KEY,
        "flag": KeySpec("str", "ambiguous-format"),
        "skip_confirmed": KeySpec("bool", True),
    }
    FIELDS = frozenset({"lang", "text", "readings"})

    @staticmethod
    def _confirmed(ctx: Context, version: int, fig: Figure) -> bool:
        """Every other version states the locale's own reading, none the other one."""
        index = ctx.fact_of(version, fig)
        if index is None or fig.alt_value is None or not isinstance(fig.value, Decimal):
            return False
        others = [  # the mentions comparable without conversion
            dataclasses.replace(m.figure, alt_value=None)
            for m in ctx.analysis.facts[index].mentions
            if m.version != version and m.figure.unit == fig.unit
        ]
        if not others:
            return False
        primary = dataclasses.replace(fig, alt_value=None)
        alternative = dataclasses.replace(fig, value=fig.alt_value, alt_value=None, precision=None)
        return all(anchors_agree(primary, o) and not anchors_agree(alternative, o) for o in others)

    def run(self, ctx: Context) -> Iterator[Finding]:
        kinds = self.opt("kinds") or KINDS
        flag = self.opt("flag")
        for v, figures in enumerate(ctx.analysis.figures):
            for fig in figures:
                if fig.kind not in kinds or flag not in fig.flags:
                    continue
                if self.opt("skip_confirmed") and self._confirmed(ctx, v, fig):
                    continue
                readings = [str(x) for x in (fig.value, fig.alt_value) if x is not None]
                fields = {
                    "lang": ctx.lang(v),
                    "langs": ctx.lang(v),
                    "text": fig.text,
                    "kind": fig.kind,
                    "texts": texts_field(ctx, [(v, fig.text)]),
                    "readings": " or ".join(readings),
                }
                yield self.finding([ctx.figure_location(v, fig)], fields, fact=ctx.fact_of(v, fig))


def split_present(ctx: Context, present: list[int]) -> tuple[list[int], list[int]]:
    """(present, missing) versions among the non-blank ones; with a source, only
    what the source has and another lacks, or what the source lacks."""
    everyone = ctx.non_blank
    present = [v for v in present if v in everyone]
    missing = [v for v in everyone if v not in present]
    if ctx.source is not None and missing:
        if ctx.source in missing:
            return present, [ctx.source]
        return present, missing
    return present, missing


class Presence(Rule):
    """Something one version has and another lacks: a figure of a fact
    (``scope = "figure"``) or a whole aligned paragraph (``scope = "paragraph"``).

    For a missing figure, the location in the version that lacks it points at
    the aligned paragraph, with empty ``text``.
    """

    TYPE = "presence"
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "scope": KeySpec("str", "figure", choices=("figure", "paragraph")),
        "kinds": _KINDS_KEY,
        "levels_by_kind": KeySpec("levels", {}, allowed=KINDS),
        "levels_by_flag": KeySpec("levels", {}),
        "levels_by_qualifier": KeySpec("levels", {}),
        "paragraph_missing_level": KeySpec("str", None, choices=LEVELS),
        "figures_level": KeySpec("str", None, choices=LEVELS),
        "lenient": KeySpec("bool", True),
        "near": KeySpec("decimal", Decimal(0)),
    }
    FIELDS = frozenset({"missing", "present", "text"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        if self.opt("scope") == "paragraph":
            yield from self._paragraphs(ctx)
        else:
            yield from self._figures(ctx)

    def _figures(self, ctx: Context) -> Iterator[Finding]:
        kinds = self.opt("kinds") or KINDS
        by_kind: dict[str, str] = self.opt("levels_by_kind")
        para_level = self.opt("paragraph_missing_level")
        everyone = frozenset(ctx.non_blank)
        for index, fact in enumerate(ctx.analysis.facts):
            if fact.kind not in kinds:
                continue
            if everyone.issubset([m.version for m in fact.mentions]):
                continue  # no version lacks it (split_present would find none missing)
            figs = {m.version: m.figure for m in fact.mentions}
            present, missing = split_present(ctx, sorted(figs))
            if not missing or not present:
                continue
            anchor = present[0]
            para = ctx.paragraph_of(anchor, figs[anchor].start)
            if self.opt("lenient"):
                near = int(self.opt("near"))
                missing = [
                    m
                    for m in missing
                    if not _stated_nearby(ctx, [figs[v] for v in present], anchor, para, m, near)
                ]
                if not missing:
                    continue
            locations: list[Location] = [ctx.figure_location(v, figs[v]) for v in present]
            whole = True
            for m in missing:
                offset, para_missing = ctx.counterpart(anchor, para, m)
                whole = whole and para_missing
                locations.append(ctx.empty_location(m, offset))
            locations.sort(key=lambda loc: loc.version)
            level = by_kind.get(fact.kind, self.level)
            by_flag: dict[str, str] = self.opt("levels_by_flag")
            flagged = [by_flag[f] for v in present for f in _flags(figs[v]) if f in by_flag]
            by_qualifier: dict[str, str] = self.opt("levels_by_qualifier")
            flagged += [
                by_qualifier[q] for v in present if (q := figs[v].qualifier) in by_qualifier
            ]
            if flagged:
                level = min(flagged, key=level_rank)
            if whole and para_level:
                level = para_level
            odd = missing[0] if len(missing) == 1 and len(present) >= 2 else None
            fields = {
                "kind": fact.kind,
                "missing": ", ".join(ctx.lang(v) for v in missing),
                "present": ", ".join(ctx.lang(v) for v in present),
                "langs": ", ".join(ctx.lang(v) for v in sorted(present + missing)),
                "text": figs[anchor].text,
                "texts": texts_field(ctx, [(v, figs[v].text) for v in present]),
                "odd": "" if odd is None else f" ({ctx.lang(odd)} is the odd one out)",
            }
            yield self.finding(
                locations,
                fields,
                fact=index,
                level=level,
                odd=None if odd is None else ctx.lang(odd),
            )

    def _paragraphs(self, ctx: Context) -> Iterator[Finding]:
        for group in ctx.analysis.alignment:
            have = [v for v, paras in enumerate(group) if paras and not ctx.blank(v)]
            present, missing = split_present(ctx, have)
            if not present or not missing:
                continue
            locations = []
            snippets = []
            for v in present:
                doc = ctx.documents[v]
                start = doc.paragraphs[min(group[v])][0]
                end = doc.paragraphs[max(group[v])][1]
                locations.append(ctx.location(v, start, end))
                snippets.append((v, _snippet(doc.text[start:end])))
            anchor = present[0]
            para = min(group[anchor])
            for m in missing:
                offset, _ = ctx.counterpart(anchor, para, m)
                locations.append(ctx.empty_location(m, offset))
            locations.sort(key=lambda loc: loc.version)
            level = self.level
            figures_level = self.opt("figures_level")
            if figures_level and any(
                ctx.figures_between(loc.version, loc.start, loc.end) for loc in locations
            ):
                level = figures_level
            fields = {
                "kind": "paragraph",
                "missing": ", ".join(ctx.lang(v) for v in missing),
                "present": ", ".join(ctx.lang(v) for v in present),
                "langs": ", ".join(ctx.lang(v) for v in sorted(present + missing)),
                "text": snippets[0][1],
                "texts": texts_field(ctx, snippets),
            }
            yield self.finding(locations, fields, level=level)


_DIGITS = regex.compile(r"\d+")


def value_keys(fig: Figure) -> set[Decimal]:
    """The numbers a figure states, loosely: its value(s), and the numeric parts
    of a date, time or duration (year, day, hour, ...)."""
    keys: set[Decimal] = set()
    for value in (fig.value, fig.alt_value):
        if isinstance(value, Decimal) and value.is_finite():
            keys.add(value.normalize())
        elif isinstance(value, str):
            keys.update(Decimal(d).normalize() for d in _DIGITS.findall(value) if int(d) != 0)
            century = _CENTURY.fullmatch(value)
            if century is not None:  # "XIXe siècle" (18XX) is the "19. Jahrhundert"
                keys.add(Decimal(int(century.group(1)) + 1))
    return keys


_CENTURY = regex.compile(r"(\d\d)XX")


def _value_keys_of(ctx: Context, fig: Figure) -> set[Decimal]:
    """:func:`value_keys`, worked out once per figure while the rules run (a figure
    is a candidate of every missing fact near it). Callers must not change the set."""
    cached = ctx._value_keys.get(id(fig))
    if cached is not None and cached[0] is fig:
        keys: set[Decimal] = cached[1]
        return keys
    keys = value_keys(fig)
    ctx._value_keys[id(fig)] = (fig, keys)
    return keys


_WEEKDAY_ONLY = regex.compile(r"X{4}-WXX-\d")


_SEASON = regex.compile(r"(?:\d{4}|X{4})-(?:SP|SU|FA|AU|WI)")


def _flags(fig: Figure) -> frozenset[str]:
    """The figure's flags, plus ``words`` for a count or duration without a digit
    ("une semaine"), ``weekday`` for a bare weekday ("am Freitag") and ``season`` for a
    season ("l'hiver", TIMEX ``XXXX-WI``)."""
    flags = set(fig.flags)
    spelled = not any(ch.isdigit() for ch in fig.text)
    if spelled and fig.kind not in ("date", "time"):  # "une semaine", "an hour", "zwei"
        flags.add("words")
    if (fig.weekday is not None and spelled) or (
        isinstance(fig.value, str) and _WEEKDAY_ONLY.fullmatch(fig.value)
    ):
        flags.add("weekday")
    if isinstance(fig.value, str) and _SEASON.fullmatch(fig.value):
        flags.add("season")
    return frozenset(flags)


_TEMPORAL = frozenset({"date", "time", "duration"})


def _compatible(a: Figure, b: Figure) -> bool:
    """Kinds one fact may take in two versions: dates and times among themselves,
    a number and a quantity (a unit one version leaves out), or the same kind."""
    if a.kind in _TEMPORAL or b.kind in _TEMPORAL:
        return a.kind in _TEMPORAL and b.kind in _TEMPORAL
    return a.kind == b.kind or {a.kind, b.kind} <= {"number", "quantity"}


def _paired_with(ctx: Context, version: int, fig: Figure, other: int) -> bool:
    """Whether ``fig`` (of ``version``) is in a fact that also has a mention in ``other``."""
    index = ctx.fact_of(version, fig)
    return index is not None and any(m.version == other for m in ctx.analysis.facts[index].mentions)


def _dimension(fig: Figure) -> str | None:
    """``length`` for a quantity in ``length-mile``; None for other figures."""
    if fig.kind != "quantity" or not fig.unit:
        return None
    return fig.unit.split("-", 1)[0]


def _stated_nearby(
    ctx: Context, figs: list[Figure], version: int, para: int | None, other: int, near: int
) -> bool:
    """Whether ``other`` states the figure after all, near the place it should be:
    an unpaired figure with the same number, or its digits in the text (the pairer
    or the extractor missed it). Keeps FC104 for figures really absent."""
    lo, hi = ctx.window(version, para, other, near)
    keys: set[Decimal] = set()
    digits: set[str] = set()
    for fig in figs:
        keys |= _value_keys_of(ctx, fig)
        digits.update(_DIGITS.findall(fig.text))
    dims = {_dimension(f) for f in figs} - {None}
    for cand in ctx.figures_between(other, lo, hi):
        if keys & _value_keys_of(ctx, cand) or (dims and _dimension(cand) in dims):
            return True
        if any(_compatible(f, cand) for f in figs) and not _paired_with(ctx, other, cand, version):
            return True  # stated differently: the pairer could not link the two
    if digits and digits <= ctx.digit_runs(other, lo, hi):
        return True
    if _year_as_code(ctx, figs, other, lo, hi):
        return True
    months = {m for fig in figs if (m := _month(fig)) is not None}
    if months:
        window = ctx.documents[other].text[lo:hi]
        lang = ctx.lang(other)
        return all(
            (pattern := _month_pattern(lang, m)) is not None and pattern.search(window)
            for m in months
        )
    return False


@cache
def _month_pattern(lang: str, month: int) -> regex.Pattern[str] | None:
    """A month's names as whole words, or as the start of a compound when the
    name is long enough ("Oktoberanfang"); never followed by a digit."""
    names = month_names(lang).get(month)
    if not names:
        return None
    long = [regex.escape(n) for n in names if len(n) >= 5]
    short = [regex.escape(n) for n in names if len(n) < 5]
    parts = []
    if long:
        parts.append(rf"\b(?:{'|'.join(long)})(?![\d])")
    if short:
        parts.append(rf"\b(?:{'|'.join(short)})(?![\w])")
    return regex.compile("|".join(parts), regex.IGNORECASE)


_MONTH_IN = regex.compile(r"(?:\d{4}|X{4})-(\d\d)")


def _month(fig: Figure) -> int | None:
    """The month a date names (``2025-10``, ``XXXX-10-25`` → 10), if any."""
    if fig.kind != "date" or not isinstance(fig.value, str):
        return None
    m = _MONTH_IN.match(fig.value)
    return int(m.group(1)) if m else None


@persistent("month-names")
def month_names(lang: str) -> dict[int, tuple[str, ...]]:
    """Month → its names in ``lang`` from CLDR (wide and abbreviated, both
    contexts), casefolded (kept in the on-disk table cache: babel takes a few
    milliseconds per language).

    >>> month_names("de")[10][:1], "octobre" in month_names("fr")[10]
    (('oktober',), True)
    """
    from babel.dates import get_month_names

    out: dict[int, set[str]] = {}
    try:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_month_names(width, context, locale=lang.replace("-", "_"))
                for month, name in names.items():
                    word = str(name).casefold().rstrip(".")
                    if len(word) >= 3:
                        out.setdefault(int(month), set()).add(word)
    except Exception:  # a locale babel does not know: no names
        return {}
    return {m: tuple(sorted(v, key=lambda w: (-len(w), w))) for m, v in out.items()}


def _snippet(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class InvariantTokens(Rule):
    """A URL, e-mail address or code (COVID-19) present in one version and
    absent from another."""

    TYPE = "invariant-tokens"
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "token_kinds": KeySpec("strs", ("url", "email", "code")),
    }
    FIELDS = frozenset({"token", "token_kind", "missing", "present"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        token_kinds = set(self.opt("token_kinds"))
        seen: dict[str, dict[int, Any]] = {}
        order: list[str] = []
        for v, tokens in enumerate(ctx.analysis.tokens):
            for tok in tokens:
                if getattr(tok, "kind", None) not in token_kinds:
                    continue
                key = token_key(tok)
                if key not in seen:
                    seen[key] = {}
                    order.append(key)
                seen[key].setdefault(v, tok)
        lowered = [doc.text.lower() for doc in ctx.documents]
        for key in order:
            where = dict(seen[key])
            needle = None  # compiled only when needed: `regex` parses patterns slowly
            for v, doc in enumerate(ctx.documents):
                if v not in where and not key.startswith("score ") and key in lowered[v]:
                    if needle is None:
                        first = str(next(iter(where.values())).text)
                        needle = regex.compile(regex.escape(first), regex.I)
                    m = needle.search(doc.text)
                    if m is not None:
                        where[v] = _Found(m.group(), m.start(), m.end())
            present, missing = split_present(ctx, sorted(where))
            if not missing or not present:
                continue
            anchor = present[0]
            tok = where[anchor]
            locations = [
                ctx.location(v, where[v].start, where[v].end, str(where[v].text)) for v in present
            ]
            para = ctx.paragraph_of(anchor, tok.start)
            kind = str(seen[key][next(iter(seen[key]))].kind)
            if kind == "score":
                # "3 à 1", "drei zu eins" beside "3:1": the two numbers in the paragraph
                missing = [
                    mv for mv in missing if not _score_elsewhere(ctx, key, anchor, para, mv)
                ]
                if not missing:
                    continue
            if kind == "code":
                # a code translated letter by letter keeps its digits: "SS19" / "PE19"
                missing = [
                    mv
                    for mv in missing
                    if not _translated_code(ctx, str(tok.text), anchor, para, mv)
                ]
                if not missing:
                    continue
            for mv in missing:
                offset, _ = ctx.counterpart(anchor, para, mv)
                locations.append(ctx.empty_location(mv, offset))
            locations.sort(key=lambda loc: loc.version)
            fields = {
                "kind": str(seen[key][next(iter(seen[key]))].kind),
                "token": str(tok.text),
                "token_kind": str(seen[key][next(iter(seen[key]))].kind),
                "missing": ", ".join(ctx.lang(v) for v in missing),
                "present": ", ".join(ctx.lang(v) for v in present),
                "langs": ", ".join(ctx.lang(v) for v in sorted(present + missing)),
                "texts": texts_field(ctx, [(anchor, str(tok.text))]),
            }
            yield self.finding(locations, fields)


def _score_elsewhere(ctx: Context, key: str, version: int, para: int | None, other: int) -> bool:
    """Whether ``other`` states a score's two numbers in the aligned paragraph in
    another form ("3 à 1", "drei zu eins", "3 to 1") beside "3:1"."""
    a, b = (Decimal(x) for x in key.split(" ")[1].split(":"))
    lo, hi = ctx.window(version, para, other, 0)
    values = [f.value for f in ctx.figures_between(other, lo, hi) if isinstance(f.value, Decimal)]
    values += [f.high for f in ctx.figures_between(other, lo, hi) if isinstance(f.high, Decimal)]
    if a == b:
        return a in values
    # "4:0" beside "four from four": a nil is often left unsaid
    return a in values and (b in values or b == 0)


def _translated_code(ctx: Context, code: str, version: int, para: int | None, other: int) -> bool:
    """Whether ``other`` has, in the aligned paragraph, a code with the same digits
    and other letters ("PE19" for "SS19": printemps-été, spring-summer)."""
    digits = "".join(_DIGITS.findall(code))
    if not digits:
        return False
    lo, hi = ctx.window(version, para, other, 0)
    if any(
        getattr(t, "kind", None) == "code" and "".join(_DIGITS.findall(str(t.text))) == digits
        for t in ctx.tokens_between(other, lo, hi)
    ):
        return True
    letters = sum(ch.isalpha() for ch in code)
    joined = code.replace("-", "").replace("\u2010", "").replace(" ", "")
    if letters > 3 or len(digits) > 2 or len(joined) != letters + len(digits):
        return False
    # a short abbreviation with a number, spelled out in translation: "SS19" /
    # "Sommerkollektion 2019", "WW1" / "1. Weltkrieg", "Thế chiến 1", "Première Guerre",
    # "EU-27" / "l'UE à 27"
    value = Decimal(digits)
    for fig in ctx.figures_between(other, lo, hi):
        if isinstance(fig.value, Decimal) and fig.value == value:
            return True
        if isinstance(fig.value, str) and len(digits) == 2 and fig.value[:4].isdigit():
            if fig.value[2:4] == digits:
                return True
    return any(
        run == digits or (len(digits) == 2 and len(run) == 4 and run.endswith(digits))
        for run in ctx.digit_runs(other, lo, hi)
    )


def _year_as_code(ctx: Context, figs: list[Figure], other: int, lo: int, hi: int) -> bool:
    """A year that the other version states as the digits of a short code ("2019"
    / "SS19", "PE19")."""
    years = {
        f.value[2:4]
        for f in figs
        if isinstance(f.value, str) and len(f.value) >= 4 and f.value[:4].isdigit()
    }
    if not years:
        return False
    for t in ctx.tokens_between(other, lo, hi):
        if getattr(t, "kind", None) == "code":
            digits = "".join(_DIGITS.findall(str(t.text)))
            if digits in years and sum(ch.isalpha() for ch in str(t.text)) <= 3:
                return True
    return False


class _Found:
    """A token found in the raw text of a version (the extractor missed it)."""

    kind = "text"

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end


class Language(Rule):
    """A version whose text does not look like its declared language
    (``check = "language"``), or that has no text (``check = "empty"``)."""

    TYPE = "language"
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "check": KeySpec("str", "language", choices=("language", "empty")),
    }
    FIELDS = frozenset({"lang", "detected", "path"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        check = self.opt("check")
        for v, doc in enumerate(ctx.documents):
            fields = {"lang": doc.lang, "langs": doc.lang, "path": doc.path or f"<{doc.lang}>"}
            if check == "empty":
                if not doc.text.strip():
                    yield self.finding([ctx.empty_location(v, 0)], fields)
                continue
            if not doc.text.strip():
                continue
            from .._langdetect import detect_language, looks_like

            if looks_like(doc.text, doc.lang):
                continue
            detected, _score = detect_language(doc.text)
            fields["detected"] = detected or "unknown"
            yield self.finding([ctx.empty_location(v, 0)], fields)


class Pattern(Rule):
    """A user regular expression (``pattern``) that must match in every version
    or in none: house terms, product names, a disclaimer. Runs with a timeout."""

    TYPE = "pattern"
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "pattern": KeySpec("str", required=True),
        "ignore_case": KeySpec("bool", False),
        "timeout": KeySpec("decimal", Decimal("1")),
        "timeout_message": KeySpec(
            "str", "pattern of rule {code} timed out after {timeout} s in the {lang} version"
        ),
    }
    TEMPLATES = ("timeout_message",)
    FIELDS = frozenset({"pattern", "match", "missing", "present", "lang", "timeout"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        flags = regex.IGNORECASE if self.opt("ignore_case") else 0
        self.regex = regex.compile(self.opt("pattern"), flags)

    def run(self, ctx: Context) -> Iterator[Finding]:
        timeout = float(self.opt("timeout"))
        found: dict[int, Any] = {}
        for v, doc in enumerate(ctx.documents):
            if ctx.blank(v):
                continue
            try:
                match = self.regex.search(doc.text, timeout=timeout)
            except TimeoutError:
                fields = {"lang": doc.lang, "langs": doc.lang, "timeout": str(self.opt("timeout"))}
                fields["pattern"] = self.opt("pattern")
                yield self.finding(
                    [ctx.empty_location(v, 0)], fields, template="timeout_message", level="error"
                )
                return
            if match is not None:
                found[v] = match
        present, missing = split_present(ctx, sorted(found))
        if not present or not missing:
            return
        locations = [ctx.location(v, found[v].start(), found[v].end()) for v in present]
        anchor = present[0]
        para = ctx.paragraph_of(anchor, found[anchor].start())
        for mv in missing:
            offset, _ = ctx.counterpart(anchor, para, mv)
            locations.append(ctx.empty_location(mv, offset))
        locations.sort(key=lambda loc: loc.version)
        fields = {
            "pattern": self.opt("pattern"),
            "match": found[anchor].group(),
            "missing": ", ".join(ctx.lang(v) for v in missing),
            "present": ", ".join(ctx.lang(v) for v in present),
            "langs": ", ".join(ctx.lang(v) for v in sorted(present + missing)),
            "texts": texts_field(ctx, [(v, found[v].group()) for v in present]),
        }
        yield self.finding(locations, fields)


class Consistency(Rule):
    """Inside one version: a part larger than its whole, written as "45 of the 30
    protesters" ("45 von 30", "45 des 30", "45 trong số 30"). The words that join
    a part to its whole are per language (``connectors``)."""

    TYPE = "consistency"
    KEYS: ClassVar[dict[str, KeySpec]] = {
        "kinds": KeySpec("strs", ("number",), allowed=KINDS),
        "connectors": KeySpec("table", required=True),
    }
    FIELDS = frozenset({"lang", "part", "whole"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.connectors: dict[str, frozenset[str]] = {}
        for lang, words in self.opt("connectors").items():
            if not isinstance(words, str):
                raise ValueError(f"connectors.{lang} must be a string of '|'-separated phrases")
            self.connectors[lang] = frozenset(
                " ".join(w.split()).casefold() for w in words.split("|") if w.strip()
            )

    def run(self, ctx: Context) -> Iterator[Finding]:
        kinds = self.opt("kinds")
        for v, figures in enumerate(ctx.analysis.figures):
            lang = ctx.lang(v)
            joins = self.connectors.get(lang) or self.connectors.get(lang.split("-")[0])
            if not joins:
                continue
            text = ctx.documents[v].text
            ordered = sorted(figures, key=_START)
            for part, whole in itertools.pairwise(ordered):
                between = text[part.end : whole.start]
                if not between or between.isspace():  # no connector is empty
                    continue
                if part.kind not in kinds or whole.kind not in kinds:
                    continue
                if not (numeric(part) and numeric(whole)) or part.qualifier or whole.qualifier:
                    continue
                gap = " ".join(between.split()).casefold()
                if gap not in joins:
                    continue
                assert isinstance(part.value, Decimal) and isinstance(whole.value, Decimal)
                if part.value <= whole.value:
                    continue
                fields = {
                    "lang": lang,
                    "langs": lang,
                    "kind": part.kind,
                    "part": part.text,
                    "whole": whole.text,
                    "texts": texts_field(ctx, [(v, text[part.start : whole.end])]),
                }
                yield self.finding(
                    [ctx.location(v, part.start, whole.end)], fields, fact=ctx.fact_of(v, part)
                )


#: ``type`` value → rule class
RULE_TYPES: dict[str, type[Rule]] = {
    cls.TYPE: cls
    for cls in (
        CompareValues,
        Qualifier,
        Scale,
        Currency,
        Unit,
        Date,
        Weekday,
        AmbiguousFormat,
        Presence,
        InvariantTokens,
        Language,
        Pattern,
        Consistency,
    )
}
