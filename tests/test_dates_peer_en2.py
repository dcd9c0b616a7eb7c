"""Constructions added from a fourth round of English peer failure groups (own
sentences): holidays whose name is also a common phrase ("new year", "Independence
Day"), a weekday before "Jun-15", a year before its month ("2017 April"), CLDR's
narrow units glued to a count ("for 10D")."""

from __future__ import annotations

import datetime as dt

import pytest
from _date_figs import date_figs as _figs

REF = dt.date(2024, 9, 10)



def _dates(text: str, ref: dt.date | None = None) -> list[tuple[str, str]]:
    return [(t, v) for t, k, v, _ in _figs(text, ref=ref) if k == "date"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # after a word of holiday_context "new year" is New Year's Day (the next one
        # from September 2024)
        ("Shops close early before new year.", [("new year", "2025-01-01")]),
        ("The fireworks start at New Year.", [("New Year", "2025-01-01")]),
        ("He wished everyone a happy new year.", [("new year", "2025-01-01")]),
        ("Ten days before New Year the port froze.", [("Ten days before New Year", "2024-12-22")]),
        # the period, a new year of something, other calendars' new years
        ("Prices will rise in the new year.", []),
        ("It was a new year for the club.", []),
        ("Markets closed for Chinese New Year.", []),
        ("Streets filled before Lunar New Year.", []),
        ("The new year began quietly.", []),
        # New Year's Day itself needs no context
        ("New Year's Day was quiet.", [("New Year's Day", "2025-01-01")]),
    ],
)
def test_new_year(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, REF) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Parades are planned on Independence Day.", [("Independence Day", "2024-07-04")]),
        ("The bill must pass before Independence Day.", [("Independence Day", "2024-07-04")]),
        (
            "Crowds gathered for the Independence Day of this year.",
            [("Independence Day of this year", "2024-07-04")],
        ),
        ("Sales peak around US Independence Day 2019.", [("Independence Day 2019", "2019-07-04")]),
        # another country's independence day is no 4 July
        ("India's Independence Day is a national holiday.", []),
        ("Kenyan Independence Day was marked with a parade.", []),
    ],
)
def test_independence_day(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, REF) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a weekday before a month name and day joined by "-": that day
        ("Let's talk on Thursday-Sep-12 at ten.", [("Thursday-Sep-12", "2024-09-12")]),
        ("The call moved to Thursday (Sep-12).", [("Thursday (Sep-12", "2024-09-12")]),
        ("See you this Friday-Sep-13.", [("this Friday-Sep-13", "2024-09-13")]),
        # alone "Sep-12" may be September 2012: no date
        ("Output in Sep-12 fell.", []),
        ("The Dec-18 contract rose.", []),
        # the other forms with a dash are unchanged
        ("Trading resumed on Sep-23-2020.", [("Sep-23-2020", "2020-09-23")]),
        ("Shipped in Dec-2018.", [("Dec-2018", "2018-12")]),
    ],
)
def test_weekday_month_dash_day(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, REF) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The plant opened in 2019 march.", [("2019", "2019")]),  # "march" needs context
        ("The plant opened in 2019 April.", [("2019 April", "2019-04")]),
        ("The 2016 November election was close.", [("2016 November", "2016-11")]),
        ("Minutes dated 2021 June 4 were released.", [("2021 June 4", "2021-06-04")]),
        # a comma or another word between: two figures
        ("In 2019, April was the wettest month.", [("2019", "2019"), ("April", "2024-04")]),
        # "may" after a year is the verb
        ("By 2030 May could be busy.", [("2030", "2030")]),
    ],
)
def test_year_then_month(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, REF) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The patients were monitored for 14D.", [("14D", "P14D")]),
        ("The trial lasted 6W, then stopped.", [("6W", "P6W")]),
        ("Bonds were held for 5Y.", [("5Y", "P5Y")]),
        ("The offer runs for 10d from Monday.", []),  # a span, checked below
        # seats, watts, dimensions, ordinals, attributes of a noun
        ("She sat in seat 14D.", []),
        ("The lamp uses a 5W bulb.", []),
        ("It was printed in 3D.", []),
        ("Designed for 3D printing.", []),
        ("He appealed to the 2d Circuit.", []),
        ("Sold for 5W chargers.", []),
        ("Yields rose over 10Y bonds.", []),
    ],
)
def test_narrow_units(text: str, want: list[tuple[str, str]]) -> None:
    got = [(t, v) for t, k, v, _ in _figs(text) if k == "duration"]
    assert got == want


def test_narrow_unit_span_from_a_day() -> None:
    assert _figs("The offer runs for 10d from Monday.", ref=REF) == [
        ("10d from Monday", "date", "2024-09-09", "2024-09-18")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a lower-case "may"/"march" after "in", "since" … and before the end of the clause
        # (the nearest one to September 2024)
        ("The vote was held in may.", [("may", "2024-05")]),
        ("Prices have risen since march, the bank said.", [("march", "2025-03")]),
        ("Talks resume in may", [("may", "2024-05")]),
        # the modal verb and the verb: a verb or an object follows
        ("Those who arrive in may stay.", []),
        ("Anyone interested in may apply.", []),
        ("Farmers plan to march on the capital.", []),
        ("The troops began to march.", []),
        ("It may rain in the evening.", []),
    ],
)
def test_lower_case_ambiguous_month(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, REF) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The index is up 12% in the year to date.", [("year to date", "2024")]),
        ("Year to date, exports fell by a third.", [("Year to date", "2024")]),
        ("Year-to-date sales rose 4%.", [("Year-to-date", "2024")]),
        ("The fund lost 3% YTD.", [("YTD", "2024")]),
        ("Sales for the month to date are flat.", [("month to date", "2024-09")]),
        ("The plant should be ready by EOY.", [("EOY", "2024")]),
        # the best year so far is no current year
        ("It was their best year to date.", []),
        ("This has been a record year to date.", []),
        ("No cure has been found to date.", []),
    ],
)
def test_current_period_phrases(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, REF) == want
