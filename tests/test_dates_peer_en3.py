"""Constructions added from the English failure groups of the peer's component specs
(own sentences): one full unit ("a full year", "an all-day meeting"), a month and a
year joined by a slash ("11/2016"), counts of several units before "ago" ("two years
and three months ago"), a range from a month or day to a whole year ("from May 2015
to 2018")."""

from __future__ import annotations

import datetime as dt

import pytest
from _date_figs import date_figs as _figs

REF = dt.date(2024, 9, 10)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The audit took a full year.", [("a full year", "duration", "P1Y", None)]),
        ("Talks went on for the full week.", [("the full week", "duration", "P1W", None)]),
        ("They held an all-day hearing.", [("all-day", "duration", "P1D", None)]),
        ("It is a full-month course.", [("full-month", "duration", "P1M", None)]),
        ("Crews worked whole day without rest.", [("whole day", "duration", "P1D", None)]),
        # no unit, or a plural (several days, no count)
        ("She has a full-time job.", []),
        ("The nurses worked full days all summer.", [("summer", "date", "XXXX-SU", None)]),
    ],
)
def test_full_unit(text: str, want: list[tuple[str, str, str, str | None]]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The plant closed in 11/2019.", [("11/2019", "date", "2019-11", None)]),
        ("Figures for 4/2021 were revised.", [("4/2021", "date", "2021-04", None)]),
        ("The rule applied from 2021/09 on.", [("2021/09", "date", "2021-09", None)]),
        # a season of consecutive years, a full numeric date, a fraction
        ("He starred in the 2019/20 season.", [("2019/20", "date", "2019", "2020")]),
        ("It opened on 10/12/2019.", [("10/12/2019", "date", "2019-10-12", None)]),
        ("Shutter speed was 1/1000 of a second.", []),
    ],
)
def test_month_slash_year(text: str, want: list[tuple[str, str, str, str | None]]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(
    ("text", "symbolic", "resolved"),
    [
        ("She left two years and three months ago.", "REF-P2Y@D-P3M", "2022-06-10"),
        ("He joined 1 month 12 days ago.", "REF-P1M@D-P12D", "2024-07-29"),
        ("The loan was paid 3 years, 2 months, 5 days ago.", "REF-P3Y@D-P2M-P5D", "2021-07-05"),
        ("A year and a week ago the dam broke.", "REF-P1Y@D-P1W", "2023-09-03"),
    ],
)
def test_offset_chain(text: str, symbolic: str, resolved: str) -> None:
    (got,) = _figs(text)
    assert got[1:3] == ("date", symbolic)
    assert got[0].endswith("ago")
    assert _figs(text, ref=REF)[0][2] == resolved


def test_offset_chain_not_across_units_or_prefix() -> None:
    # a larger unit after a smaller one, or a prefixed relative date, stays apart
    assert _figs("He served 3 days and 2 years ago left.") == [
        ("3 days", "duration", "P3D", None),
        ("2 years ago", "date", "REF-P2Y@D", None),
    ]
    assert _figs("They trained 2 years, in 3 days they fly.") == [
        ("2 years", "duration", "P2Y", None),
        ("in 3 days", "date", "REF+P3D@D", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sales fell from March 2016 to 2019.", [("from March 2016 to 2019", "2016-03", "2019")]),
        (
            "The post was vacant between 4 June 2012 and 2014.",
            [("between 4 June 2012 and 2014", "2012-06-04", "2014")],
        ),
        (
            "It ran between January 3rd 2010 and Aug 2013.",
            [("between January 3rd 2010 and Aug 2013", "2010-01-03", "2013-08")],
        ),
        # an end before the start is no range
        ("from May 2019 to 2016", [("May 2019", "2019-05", None), ("2016", "2016", None)]),
    ],
)
def test_range_to_whole_year(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Schools shut on MLK Day.", [("MLK Day", "XXXX-01-WXX-1-#3")]),
        (
            "Banks close for Martin Luther King Jr. Day.",
            [("Martin Luther King Jr. Day", "XXXX-01-WXX-1-#3")],
        ),
        ("Sales peak around Presidents Day.", [("Presidents Day", "XXXX-02-WXX-1-#3")]),
        ("The parade is on Veterans Day.", [("Veterans Day", "XXXX-11-11")]),
        ("A silence fell on Remembrance Sunday.", [("Remembrance Sunday", "XXXX-11-WXX-7-#2")]),
        ("Fireworks lit up Bonfire Night.", [("Bonfire Night", "XXXX-11-05")]),
        ("Crowds gathered at Hogmanay.", [("Hogmanay", "XXXX-12-31")]),
        ("Flags flew on Canada Day 2021.", [("Canada Day 2021", "2021-07-01")]),
        ("The march was held on St George's Day.", [("St George's Day", "XXXX-04-23")]),
        ("Pancakes sold out on Shrove Tuesday.", [("Shrove Tuesday", "XXXX-E-47")]),
        ("Parties ran late on New Year Eve.", [("New Year Eve", "XXXX-12-31")]),
        # a typographic apostrophe in a name the lexicon writes with a straight one
        ("Candles were lit on All Saints\u2019 Day.", [("All Saints\u2019 Day", "XXXX-11-01")]),
        ("The vote fell on St. Andrew\u2019s Day.", [("St. Andrew\u2019s Day", "XXXX-11-30")]),
    ],
)
def test_holidays(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The treaty was signed on 21.3.2014.", [("21.3.2014", "2014-03-21")]),
        ("The file is dated 2014.3.21 in the archive.", [("2014.3.21", "2014-03-21")]),
        # without a four-digit year a dotted pair is a decimal
        ("The index rose 21.3 points.", []),
    ],
)
def test_dotted_date(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text)] == want


@pytest.mark.parametrize(
    ("text", "symbolic", "resolved"),
    [
        ("Talks resume in the first week of next year.", "REF+P1Y-W01", "2025-W01"),
        ("Prices peaked in the 3rd week of last year.", "REF-P1Y-W03", "2023-W03"),
        ("The board meets on the first Tuesday of next month.", "REF+P1M-WXX-2-#1", "2024-10-01"),
        ("Rent was due on the last Friday of last month.", "REF-P1M-WXX-5-#-1", "2024-08-30"),
    ],
)
def test_nth_of_relative_period(text: str, symbolic: str, resolved: str) -> None:
    ((_, kind, value, _),) = _figs(text)
    assert (kind, value) == ("date", symbolic)
    assert _figs(text, ref=REF)[0][2] == resolved


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hearings run next week between Tuesday and Thursday.",
            ("next week between Tuesday and Thursday", "REF+P1W-WD2", "REF+P1W-WD4"),
        ),
        (
            "The border closed last week, from Monday to Wednesday.",
            ("last week, from Monday to Wednesday", "REF-P1W-WD1", "REF-P1W-WD3"),
        ),
        (
            "Polls open from Tuesday to Friday next week.",
            ("from Tuesday to Friday next week", "REF+P1W-WD2", "REF+P1W-WD5"),
        ),
    ],
)
def test_weekday_range_of_relative_week(text: str, want: tuple[str, str, str]) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text)] == [want]
    # resolved: the week after (before) the one of 10 September 2024, a Tuesday
    (_, _, start, end), = _figs(text, ref=REF)
    assert start[:7] == "2024-09" and end is not None and start < end


def test_weekday_range_into_another_week_stays_apart() -> None:
    # Friday to Monday crosses a weekend: which week each day is in is not said
    assert [v for _, _, v, _ in _figs("Stay from Friday to Monday next week.")] == [
        "XXXX-WXX-5",
        "REF+P1W-WD1",
    ]


def test_offset_chain_not_across_clauses() -> None:
    # a comma and "and" after a single duration end a clause; after a list of
    # units ("3 years, 2 months, and 5 days ago") they join its last part
    assert _figs("He served two years, and three months ago he left.") == [
        ("two years", "duration", "P2Y", None),
        ("three months ago", "date", "REF-P3M@D", None),
    ]
    assert _figs("It was 3 years, 2 months, and 5 days ago.") == [
        ("3 years, 2 months, and 5 days ago", "date", "REF-P3Y@D-P2M-P5D", None),
    ]
