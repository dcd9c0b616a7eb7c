"""Comparing two numeric figures: rounding, hedges as intervals, scale, currency, units.

Every function takes :class:`~factcheck._records.Figure` records and works in
:class:`~decimal.Decimal` arithmetic.

Rounding: a figure stated as "2,5 Milliarden" has ``precision`` 1E+8 and stands
for anything in (2.45, 2.55) billion; two stated values agree when these
rounding intervals overlap (touching is not enough).

>>> from factcheck._records import Figure
>>> def fig(v, p=None, q=None):
...     return Figure("number", str(v), 0, 1, Decimal(v), qualifier=q,
...                   precision=None if p is None else Decimal(p))
>>> anchors_agree(fig("2.5E9", "1E8"), fig("2.48E9", "1E7"))
True
>>> anchors_agree(fig("2.5E9", "1E8"), fig("2.4E9", "1E8"))
False
>>> values_agree(fig(5000, q="over"), fig(5200), Decimal("0.1"))
True
>>> values_agree(fig(5000, q="over"), fig(4000, q="over"), Decimal("0.1"))
False
>>> values_agree(fig(200, q="over"), fig(300), Decimal("0.1"))  # a bound reaches 10 %
False
>>> rng = lambda lo, hi: Figure("number", "", 0, 1, Decimal(lo), qualifier="between",
...                             low=Decimal(lo), high=Decimal(hi), precision=Decimal(1))
>>> tol = Decimal("0.1")
>>> values_agree(rng(2, 4), rng(3, 4), tol), values_agree(rng(2, 4), rng(2, 4), tol)
(False, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .._records import Figure

__all__ = [
    "DOWN",
    "UP",
    "Interval",
    "UnitTable",
    "anchors_agree",
    "candidates",
    "currency_differs",
    "interval",
    "intervals_compatible",
    "numeric",
    "scale_factor",
    "units_differ",
    "values_agree",
]

#: Hedges that put the true value above (UP) or below (DOWN) the stated one.
UP = frozenset({"over", "at-least"})
DOWN = frozenset({"under", "at-most", "up-to", "nearly"})

_ZERO = Decimal(0)
_HALF = Decimal("0.5")


def numeric(fig: Figure) -> bool:
    """True when ``fig`` has a numeric value."""
    return isinstance(fig.value, Decimal) and fig.value.is_finite()


def _radius(fig: Figure) -> Decimal:
    return fig.precision * _HALF if fig.precision else _ZERO


def candidates(fig: Figure) -> list[tuple[Decimal, Decimal]]:
    """The readings of ``fig`` as (value, rounding radius): its value, and the
    other reading of an ambiguous format ("5,000" in German) when there is one."""
    out: list[tuple[Decimal, Decimal]] = []
    if isinstance(fig.value, Decimal):
        # a collective ("une quarantaine") is an approximation, not a rounding:
        # its spread is its interval, never a rounding radius
        radius = _ZERO if fig.qualifier == "approx-noun" else _radius(fig)
        out.append((fig.value, radius))
    if fig.alt_value is not None:
        out.append((fig.alt_value, _ZERO))
    return out


def _close(x: Decimal, rx: Decimal, y: Decimal, ry: Decimal) -> bool:
    return x == y or abs(x - y) < rx + ry


def anchors_agree(a: Figure, b: Figure, factor: Decimal = Decimal(1)) -> bool:
    """True when the stated values of ``a`` (times ``factor``) and ``b`` agree,
    rounding considered; hedges are not looked at."""
    return any(
        _close(x * factor, rx * factor, y, ry) for x, rx in candidates(a) for y, ry in candidates(b)
    )


@dataclass(frozen=True, slots=True)
class Interval:
    """An interval of values; ``None`` is an open (infinite) end."""

    low: Decimal | None
    high: Decimal | None
    low_closed: bool = True
    high_closed: bool = True


def interval(fig: Figure, value: Decimal, radius: Decimal, tolerance: Decimal) -> Interval:
    """The values a figure allows, from its stated value, rounding and hedge.

    ``tolerance`` is the relative width of "about" and "nearly" when the figure
    does not carry its own ``low``/``high``.
    """
    q = fig.qualifier
    exact = radius == 0
    stated = fig.low is not None and fig.high is not None
    if q is None and stated and fig.low != fig.high:  # a range: "3–5"
        return Interval(fig.low, fig.high)
    if q == "between" and (fig.low is not None or fig.high is not None):
        return Interval(fig.low, fig.high)
    if q in ("about", "approx-noun"):
        if stated:  # the ends of an approximation are not in it: "rund 50" ≠ "une quarantaine"
            return Interval(fig.low, fig.high, low_closed=False, high_closed=False)
        spread = abs(value) * tolerance
        return Interval(value - spread - radius, value + spread + radius)
    # A bound reaches ``tolerance`` beyond its value, not to infinity: translators
    # keep the number and its hedge, so "über 200" does not agree with "300"
    # (a changed figure) while "über 5.000" still agrees with "5 200".
    reach = abs(value) * tolerance
    if q == "over":
        return Interval(value - radius, value + reach + radius, low_closed=False)
    if q == "at-least":
        return Interval(value - radius, value + reach + radius, low_closed=exact)
    if q == "under":
        return Interval(value - reach - radius, value + radius, high_closed=False)
    if q in ("at-most", "up-to"):
        return Interval(value - reach - radius, value + radius, high_closed=exact)
    if q == "nearly":
        return Interval(value - abs(value) * tolerance - radius, value + radius, high_closed=exact)
    return Interval(value - radius, value + radius, exact, exact)


def intervals_compatible(i: Interval, j: Interval) -> bool:
    """True when the two intervals share more than a rounding boundary."""
    if i.low is None or (j.low is not None and j.low > i.low):
        low, low_closed = j.low, j.low_closed
    elif j.low is not None and j.low == i.low:
        low, low_closed = i.low, i.low_closed and j.low_closed
    else:
        low, low_closed = i.low, i.low_closed
    if i.high is None or (j.high is not None and j.high < i.high):
        high, high_closed = j.high, j.high_closed
    elif j.high is not None and j.high == i.high:
        high, high_closed = i.high, i.high_closed and j.high_closed
    else:
        high, high_closed = i.high, i.high_closed
    if low is None or high is None:
        return True
    if low < high:
        return True
    return low == high and low_closed and high_closed


def values_agree(a: Figure, b: Figure, tolerance: Decimal) -> bool:
    """Whether two paired figures state compatible values.

    Same hedge (or none on both sides): the stated values must agree, rounding
    considered ("über 5.000" vs "plus de 4 000" disagree). Different hedges:
    the intervals they imply must be compatible ("über 5.000" vs "5 200" agree);
    a bound reaches ``tolerance`` beyond its value ("über 200" vs "300" disagree).
    """
    ra, rb = _range(a), _range(b)
    if ra is not None and rb is not None:
        # two ranges: both ends must agree ("2 to 4 inches" is not "3 đến 4 inch")
        rx, ry = _radius(a), _radius(b)
        return _close(ra[0], rx, rb[0], ry) and _close(ra[1], rx, rb[1], ry)
    if anchors_agree(a, b):
        return True
    if a.qualifier == b.qualifier and a.qualifier not in ("between", "approx-noun"):
        return False
    return any(
        intervals_compatible(interval(a, x, rx, tolerance), interval(b, y, ry, tolerance))
        for x, rx in candidates(a)
        for y, ry in candidates(b)
    )


def _range(fig: Figure) -> tuple[Decimal, Decimal] | None:
    """The ends of a stated range ("3–5", "zwischen 3 und 5"), or None."""
    if fig.qualifier not in (None, "between") or fig.low is None or fig.high is None:
        return None
    if fig.low == fig.high or fig.alt_value is not None:
        return None
    return fig.low, fig.high


def currency_differs(a: Figure, b: Figure) -> bool:
    """Both figures name a currency, and not the same one."""
    return (
        a.kind == "money"
        and b.kind == "money"
        and a.unit is not None
        and b.unit is not None
        and a.unit.upper() != b.unit.upper()
    )


def units_differ(a: Figure, b: Figure) -> bool:
    """Both figures are quantities with a unit, and not the same unit."""
    return (
        a.kind == "quantity"
        and b.kind == "quantity"
        and a.unit is not None
        and b.unit is not None
        and a.unit != b.unit
    )


_POWERS = (3, 6, 9, 12)


def scale_factor(a: Figure, b: Figure) -> int | None:
    """The power of ten ``k`` (±3, ±6, ±9, ±12) with ``a × 10^k ≈ b`` when a scale
    word explains the difference, or ``None``.

    Only figures of which at least one carries a scale word count, and only
    when the values themselves disagree.
    """
    if not (a.scale or b.scale) or not (numeric(a) and numeric(b)):
        return None
    if anchors_agree(a, b):
        return None
    for k in _POWERS:
        for sign in (1, -1):
            if anchors_agree(a, b, Decimal(10) ** (sign * k)):
                return sign * k
    return None


class UnitTable:
    """Conversion of CLDR unit ids to the base unit of their dimension.

    ``factors`` maps a unit id (``length-mile``) to the factor that turns it
    into the base unit of its category (``"1609.344"``, or a ratio ``"5/9"``);
    ``offsets`` maps a unit to what is added *before* the factor is applied
    (``temperature-fahrenheit`` → 459.67, so that K = (°F + 459.67) × 5/9).

    >>> t = UnitTable({"length-kilometer": "1000", "length-mile": "1609.344"}, {})
    >>> t.to_base(Decimal(2), "length-mile")
    Decimal('3218.688')
    >>> t.dimension("length-mile"), t.dimension("mass-kilogram")
    ('length', 'mass')
    """

    def __init__(self, factors: Mapping[str, object], offsets: Mapping[str, object]) -> None:
        self.factors = {unit: _ratio(v) for unit, v in factors.items()}
        self.offsets = {unit: Decimal(str(v)) for unit, v in offsets.items()}

    @staticmethod
    def dimension(unit: str) -> str:
        return unit.split("-", 1)[0]

    def known(self, unit: str) -> bool:
        return unit in self.factors

    def to_base(self, value: Decimal, unit: str) -> Decimal:
        num, den = self.factors[unit]
        return (value + self.offsets.get(unit, _ZERO)) * num / den

    def scale(self, radius: Decimal, unit: str) -> Decimal:
        num, den = self.factors[unit]
        return radius * num / den


def _ratio(value: object) -> tuple[Decimal, Decimal]:
    text = str(value)
    num, _, den = text.partition("/")
    try:
        return Decimal(num.strip()), Decimal(den.strip() or "1")
    except InvalidOperation:
        raise ValueError(f"not a number or ratio: {text!r}") from None
