"""English news forms (own sentences): halves and quarters of a year written "1H 2019",
"3Q 2022" in financial news, AP weekday abbreviations ("Tues.", "Thurs.") before a date,
a day alone before a clock time with AM/PM ("on the 3rd at 2 p.m.")."""

from __future__ import annotations

import datetime as dt

import pytest
from _date_figs import date_figs as _figs

REF = dt.date(2024, 9, 10)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Margins widened in 1H 2021, the bank said.", [("1H 2021", "date", "2021-01", "2021-06")]),
        ("Orders slowed in 2H 2017.", [("2H 2017", "date", "2017-07", "2017-12")]),
        ("Output recovered in 3Q 2022.", [("3Q 2022", "date", "2022-Q3", None)]),
        # an hour count without a year stays a duration
        ("The flight took 1h 40 min.", [("1h 40 min", "duration", "PT1H40M", None)]),
    ],
)
def test_half_before_year(text: str, want: list[tuple[str, str, str, str | None]]) -> None:
    assert _figs(text, ref=REF) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The hearing is set for Tues., Nov. 5, in Albany.",
            [("Tues., Nov. 5", "date", "2024-11-05", None)],
        ),
        ("Polls close Thurs., Oct. 17.", [("Thurs., Oct. 17", "date", "2024-10-17", None)]),
        # alone, in lower case, no date
        ("the tues crowd left", []),
    ],
)
def test_ap_weekday_abbreviations(text: str, want: list[tuple[str, str, str, str | None]]) -> None:
    assert _figs(text, ref=REF) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The council votes on the 19th at 7 p.m. in City Hall.",
            [("19th", "date", "2024-09-19", None), ("7 p.m.", "time", "T19:00", None)],
        ),
        (
            "Doors open on the 12th at 9 am.",
            [("12th", "date", "2024-09-12", None), ("9 am", "time", "T09:00", None)],
        ),
        # ranks stay ranks
        ("She finished in the 5th and 9th races.", []),
    ],
)
def test_day_alone_before_time(text: str, want: list[tuple[str, str, str, str | None]]) -> None:
    assert _figs(text, ref=REF) == want
