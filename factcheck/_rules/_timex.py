"""Comparing TIMEX3-style values of dates, times and durations.

Partial values agree with full values that contain them, and ``X`` stands
for an unknown digit group:

>>> timex_agree("2025-10", "2025-10-25"), timex_agree("XXXX-10-25", "2025-10-25")
(True, True)
>>> timex_agree("198X", "1985"), timex_agree("198X", "199X")
(True, False)
>>> timex_agree("2025-10-24", "2025-10-25"), timex_agree("T15:00", "T15:30")
(False, False)
>>> timex_agree("P2W", "P14D"), timex_agree("P1Y", "P12M"), timex_agree("P3Y", "P4Y")
(True, True, False)

Dates relative to the article's own compare by direction and distance:

>>> timex_agree("REF-P42Y@D", "REF-P42Y"), timex_agree("REF-P42Y@D", "REF-P43Y@D")
(True, False)

A month relative to the article's date compares with a stated month:

>>> timex_agree("REF-M04", "XXXX-03"), timex_agree("REF-P1Y-10", "2017-10")
(False, True)

A date counted from another compares by the date it counts from:

>>> timex_agree("XXXX-03-03+P1Y", "XXXX-03-03"), timex_agree("XXXX-03-03+P1Y", "XXXX-03-04")
(True, False)

A duration against a date that distance from the article's own compares the distance:

>>> timex_agree("REF-P10Y@D", "P10Y"), timex_agree("P12Y", "REF-P10Y")
(True, False)

Values neither side can parse never disagree (``None``):

>>> timex_agree("PRESENT_REF", "2025") is None
True
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal, InvalidOperation

__all__ = ["anchor", "full_date", "month_day", "parse_duration", "timex_agree"]

_DATE = re.compile(r"(\d{4}|\d{3}X|\d{2}XX|X{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?")
_TIME = re.compile(r"T(\d{2}|XX)(?::(\d{2}|XX)(?::(\d{2}|XX))?)?")
_DURATION = re.compile(
    r"P(?:(\d+(?:\.\d+)?)(CE|DE|[YQMWD]))*(?:T(?:(\d+(?:\.\d+)?)([HMS]))*)?"
)
_DUR_PART = re.compile(r"(\d+(?:\.\d+)?)(CE|DE|[YQMWDHS])")
#: months in the calendar units of a duration: centuries, decades, years, quarters
_MONTHS = {"CE": 1200, "DE": 120, "Y": 12, "Q": 3, "M": 1}


def _split(value: str) -> tuple[list[str], list[str]] | None:
    """Date and time components of a TIMEX date/time value, or None."""
    date_part, sep, time_part = value.partition("T")
    date: list[str] = []
    time: list[str] = []
    if date_part:
        m = _DATE.fullmatch(date_part)
        if m is None:
            return None
        date = [g for g in m.groups() if g is not None]
    if sep:
        m = _TIME.fullmatch("T" + time_part)
        if m is None:
            return None
        time = [g for g in m.groups() if g is not None]
    if not date and not time:
        return None
    return date, time


def _components_agree(a: list[str], b: list[str]) -> bool:
    """Digit by digit, ``X`` matching any digit: a decade ``198X`` contains 1985,
    not ``199X``."""
    return all(
        all(p == q or p == "X" or q == "X" for p, q in zip(x, y, strict=False))
        if len(x) == len(y)
        else "X" in x or "X" in y or x == y
        for x, y in zip(a, b, strict=False)
    )


def _times_agree(a: list[str], b: list[str], twelve_hour: bool) -> bool:
    if _components_agree(a, b):
        return True
    if not twelve_hour or "X" in a[0] or "X" in b[0]:
        return False
    # "3 giờ" (3 o'clock) vs "3 p.m.": the same time on a 12-hour clock
    if abs(int(a[0]) - int(b[0])) != 12:
        return False
    return _components_agree(a[1:], b[1:])


def parse_duration(value: str) -> tuple[Decimal, Decimal] | None:
    """A duration as (months, seconds): ``P1Y6M`` → (18, 0), ``PT2H`` → (0, 7200),
    ``P3DE`` (three decades) → (360, 0).

    >>> parse_duration("P3DE") == parse_duration("P30Y"), parse_duration("P2DE") == (240, 0)
    (True, True)
    """
    if not _DURATION.fullmatch(value) or value in ("P", "PT"):
        return None
    date_part, _, time_part = value[1:].partition("T")
    months = seconds = Decimal(0)
    try:
        for num, unit in _DUR_PART.findall(date_part):
            n = Decimal(num)
            if unit in _MONTHS:
                months += _MONTHS[unit] * n
            elif unit == "W":
                seconds += 7 * 86400 * n
            else:
                seconds += 86400 * n
        for num, unit in _DUR_PART.findall(time_part):
            n = Decimal(num)
            seconds += n * {"H": 3600, "M": 60, "S": 1}[unit]
    except InvalidOperation:
        return None
    return months, seconds


def timex_agree(a: str, b: str, *, twelve_hour: bool = False) -> bool | None:
    """Whether two TIMEX values agree; ``None`` when they cannot be compared.

    With ``twelve_hour``, hours 12 apart agree (``T03:00`` and ``T15:00``): one
    version may state the time on a 12-hour clock without saying which half.

    >>> timex_agree("T03:00", "T15:00"), timex_agree("T03:00", "T15:00", twelve_hour=True)
    (False, True)
    """
    if a == b:
        return True
    ca, cb = anchor(a), anchor(b)
    if (ca != a) != (cb != b):
        # "a year after the March 3 vote" (XXXX-03-03+P1Y) vs "3. März": the date
        # both name is the anchor
        return timex_agree(ca, cb, twelve_hour=twelve_hour)
    if ca != a and cb != b:
        if a[len(ca) :] != b[len(cb) :]:
            return False
        return timex_agree(ca, cb, twelve_hour=twelve_hour)
    if a.startswith("REF") or b.startswith("REF"):
        ra, rb = _relative(a), _relative(b)
        if ra is not None and rb is None and b.startswith("P"):
            # "vor zehn Jahren" (REF-P10Y@D) vs "ten years previously" read as P10Y
            db = parse_duration(b)
            return None if db is None else ra[1] == db
        if rb is not None and ra is None and a.startswith("P"):
            da = parse_duration(a)
            return None if da is None else rb[1] == da
        if ra is None or rb is None:
            ma, mb = month_day(a), month_day(b)
            if ma is None or mb is None:
                return None
            # "avril dernier" (REF-M04) vs "im März" (XXXX-03): the months compare
            return ma[0] == mb[0] and (ma[1] is None or mb[1] is None or ma[1] == mb[1])
        return ra == rb
    if a.startswith("P") and b.startswith("P"):
        da, db = parse_duration(a), parse_duration(b)
        if da is None or db is None:
            return None
        return da == db
    sa, sb = _split(a), _split(b)
    if sa is None or sb is None:
        return None
    (date_a, time_a), (date_b, time_b) = sa, sb
    if date_a and date_b and not _components_agree(date_a, date_b):
        return False
    if time_a and time_b and not _times_agree(time_a, time_b, twelve_hour):
        return False
    return True


_RELATIVE = re.compile(r"REF([+-])(P[0-9.YQMWDTHSCE]+)(?:@\w+)?")
#: a month (and day) relative to the article's date: "last April" ``REF-M04``,
#: "le 3 mars dernier" ``REF-M03-03``, "November last year" ``REF-P1Y-11``
_RELATIVE_MONTH = re.compile(r"REF[+-](?:M|P\d+Y-)(\d\d)(?:-(\d\d))?")


_OFFSET = re.compile(r"(.+?)[+-]P\d+(?:\.\d+)?[YMWD]")


def anchor(value: str) -> str:
    """The date a composed value counts from: ``XXXX-03-03+P1Y`` ("a year after
    the March 3 vote") → ``XXXX-03-03``; other values unchanged.

    >>> anchor("XXXX-05+P2M"), anchor("REF-P1Y"), anchor("2019-06")
    ('XXXX-05', 'REF-P1Y', '2019-06')
    """
    if value.startswith(("REF", "P")):
        return value
    m = _OFFSET.fullmatch(value)
    return value if m is None else m.group(1)


def month_day(value: str) -> tuple[str, str | None] | None:
    """The month (and day, if stated) of a date, absolute or relative to the
    article's own; None when the value states no month.

    >>> month_day("REF-M04"), month_day("REF-P1Y-11-02"), month_day("XXXX-03")
    (('04', None), ('11', '02'), ('03', None))
    >>> month_day("2019"), month_day("REF-P2D")
    (None, None)
    """
    m = _RELATIVE_MONTH.fullmatch(value)
    if m is not None:
        return m.group(1), m.group(2)
    m = _DATE.fullmatch(anchor(value).partition("T")[0])
    if m is None or m.group(2) is None or m.group(2) == "XX":
        return None
    day = m.group(3)
    return m.group(2), None if day is None or day == "XX" else day


def _relative(value: str) -> tuple[str, tuple[Decimal, Decimal]] | None:
    """A date relative to the article's own (``REF-P42Y@D``: 42 years ago) as
    (direction, duration), or None."""
    m = _RELATIVE.fullmatch(value)
    if m is None:
        return None
    duration = parse_duration(m.group(2))
    return None if duration is None else (m.group(1), duration)


def full_date(value: str) -> _dt.date | None:
    """The calendar date of a full TIMEX date (``2025-10-25``, also with a time)."""
    m = _DATE.fullmatch(value.partition("T")[0])
    if m is None or None in m.groups() or "X" in value.partition("T")[0]:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
