"""Constructions added from a third round of English peer failure groups (own
sentences): abbreviated weekdays before a day, fiscal and school years."""

from __future__ import annotations

import datetime as dt

import pytest
from _date_figs import date_figs as _figs

REF = dt.date(2024, 9, 10)



@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an abbreviated weekday before a day of the month is the weekday, as the
        # full name is ("Saturday 14th")
        ("The market opens Sat 14th at noon.", [("Sat", "XXXX-WXX-6")]),
        ("Tickets for Wed. 3rd are gone.", [("Wed.", "XXXX-WXX-3")]),
        ("We fly on Thu 21.", [("Thu", "XXXX-WXX-4")]),
        ("Saturday 14th works too.", [("Saturday", "XXXX-WXX-6")]),
        # alone, or before a number that is no day, the abbreviation is a word
        ("The Sun printed the story.", []),
        ("They sat 14 rows back.", []),
        ("Sun 3.5 percent", []),
        ("We wed 40 couples a year.", []),
    ],
)
def test_abbreviated_weekday_before_day(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text) if k == "date"] == want


def test_abbreviated_weekday_in_full_date_unchanged() -> None:
    assert _figs("The vote is on Tue 13 March 2018.") == [
        ("Tue 13 March 2018", "date", "2018-03-13", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Profits rose in fiscal year 2021.", [("fiscal year 2021", "FY2021")]),
        ("Profits rose in fiscal 2021.", [("fiscal 2021", "FY2021")]),
        ("Revenue for FY2019 and FY 20 fell.", [("FY2019", "FY2019"), ("FY 20", "FY2020")]),
        ("The FY'22 budget passed.", [("FY'22", "FY2022")]),
        ("Enrolment grew in the school year 2015.", [("school year 2015", "SY2015")]),
        ("Enrolment grew in SY17.", [("SY17", "SY2017")]),
        ("Taxes owed for CY2020 are due.", [("CY2020", "2020")]),
        ("Sales in the calendar year 2012 grew.", [("calendar year 2012", "2012")]),
        # the phrase alone: a fiscal year not placed in a calendar year
        ("Sales fell over the fiscal year.", [("fiscal year", "FYXXXX")]),
        # a two-digit number after the long phrase is a count; year spans are left
        # to the years
        ("The fiscal year 12 months long", []),
        ("the academic year 2019/20", [("2019/20", "2019")]),
    ],
)
def test_fiscal_and_school_years(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text) if k == "date"] == want


def test_relative_fiscal_years() -> None:
    got = _figs("Costs fell last fiscal year and will rise this school year.", ref=REF)
    assert [(t, v) for t, _, v, _ in got] == [
        ("last fiscal year", "FY2023"),
        ("this school year", "SY2024"),
    ]
    assert [v for _, _, v, _ in _figs("Costs fell in the previous fiscal year.")] == ["REF-P1Y-FY"]
    assert [v for _, _, v, _ in _figs("next calendar year", ref=REF)] == ["2025"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The fair opens April the ninth.", [("April the ninth", "XXXX-04-09", None)]),
        ("It closed on March the first, 2019.", [("March the first, 2019", "2019-03-01", None)]),
        # a noun after the ordinal: "the first doses", not the first of April
        ("In April the first doses arrived.", [("April", "XXXX-04", None)]),
        # a range from a date to a day alone: the day of the same month
        (
            "The road is shut from June 3 to the 11th.",
            [("from June 3 to the 11th", "XXXX-06-03", "XXXX-06-11")],
        ),
        (
            "She is away from May the fifth till the twelfth.",
            [("from May the fifth till the twelfth", "XXXX-05-05", "XXXX-05-12")],
        ),
        ("The vote is on the third of Nov.", [("third of Nov", "XXXX-11-03", None)]),
    ],
)
def test_month_and_day_in_words(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text) if k == "date"] == want


def test_range_to_a_day_alone_resolves_in_the_start_month() -> None:
    got = _figs("The road is shut from June 3 to the 11th.", ref=REF)
    assert [(v, e) for _, _, v, e in got] == [("2024-06-03", "2024-06-11")]


def test_decade_with_a_space_before_s() -> None:
    assert _figs("Prices doubled in the 1970 s.") == [("1970 s", "date", "197X", None)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the fractions of the numbers' [scales] part after a duration, beside "and a half"
        ("The repairs took one year and a quarter.", "en", ("one year and a quarter", "P1.25Y")),
        (
            "She waited two hours and three quarters.",
            "en",
            ("two hours and three quarters", "PT2.75H"),
        ),
        ("He ran for an hour and a half of rain.", "en", ("an hour and a half", "PT1.5H")),
        ("Le match a duré deux heures et quart.", "fr", ("deux heures et quart", "PT2.25H")),
    ],
)
def test_duration_and_a_fraction(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang) if k == "duration"] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On 2019 03 07, the plant reopened.", [("2019 03 07", "2019-03-07")]),
        # two-digit fields only, and no more numbers after them
        ("Scores: 2019 3 7 in the table.", [("2019", "2019")]),
        ("In 2016 10 12-year-olds won.", [("2016", "2016")]),
    ],
)
def test_spaced_iso_date(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text) if k == "date"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The shop reopens on June, 3rd.", [("June, 3rd", "XXXX-06-03")]),
        ("It opened on March, 21st, 2015 in Leeds.", [("March, 21st, 2015", "2015-03-21")]),
        # a number after the comma that is not a day before punctuation: the month alone
        ("In June, 3rd Street was closed.", [("June", "XXXX-06")]),
        ("In June, 12 people left.", [("June", "XXXX-06")]),
    ],
)
def test_month_comma_day(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text) if k == "date"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a weekday beside a date so far from today: that weekday in the date's week
        (
            "We meet again Friday three weeks from now.",
            ("Friday three weeks from now", "REF+P3W-WD5", "2024-10-04"),
        ),
        (
            "The plant opens Tuesday, two years from now.",
            ("Tuesday, two years from now", "REF+P2Y-WD2", "2026-09-08"),
        ),
        (
            "It happened on Monday two weeks ago.",
            ("Monday two weeks ago", "REF-P2W-WD1", "2024-08-26"),
        ),
    ],
)
def test_weekday_and_distant_date(text: str, want: tuple[str, str, str]) -> None:
    sym = [(t, v) for t, k, v, _ in _figs(text) if k == "date"]
    res = [v for _, k, v, _ in _figs(text, ref=REF) if k == "date"]
    assert (*sym[0], res[0]) == want and len(sym) == 1
