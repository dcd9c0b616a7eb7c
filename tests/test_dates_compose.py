"""Dates composed of parts: offsets from a date, the nth week or month of a date,
numeric date ranges joined by a dash."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck._dates import extract_dates

REF = dt.date(2024, 6, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "resolved"),
    [
        ("The fair opens three weeks from tomorrow.", "en", "2024-07-04"),
        ("It closed 10 days before June 30, 2023.", "en", "2023-06-20"),
        ("Die Messe begann drei Tage nach Weihnachten.", "de", "2023-12-28"),
        ("Le vote a lieu deux semaines avant le 20 juillet.", "fr", "2024-07-06"),
        ("The deal closes two months from now.", "en", "2024-08-12"),
    ],
)
def test_offsets_from_a_date(text: str, lang: str, resolved: str) -> None:
    got = extract_dates(text, lang, reference_date=REF)
    assert [(f.kind, f.value) for f in got] == [("date", resolved)]


def test_offset_without_reference_is_the_same_across_languages() -> None:
    de = extract_dates("drei Tage nach Weihnachten", "de")
    en = extract_dates("three days after Christmas", "en")
    assert [f.value for f in de] == [f.value for f in en] == ["XXXX-12-25+P3D"]


def test_offset_from_an_absolute_day_is_computed() -> None:
    assert [f.value for f in extract_dates("2 weeks before March 15, 2021", "en")] == [
        "2021-03-01"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Results for the first week of 2019 came in.", "en", "2019-W01"),
        ("in the last week of 2020", "en", "2020-W53"),
        ("in der letzten Woche im August", "de", "XXXX-08-W05"),
        ("la deuxième semaine de mars 2022", "fr", "2022-03-W02"),
        ("the 4th month of 2023", "en", "2023-04"),
    ],
)
def test_nth_unit_of_a_date(text: str, lang: str, value: str) -> None:
    assert [f.value for f in extract_dates(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value", "end"),
    [
        ("open 3/4-3/9/2022 only", "en", "2022-03-04", "2022-03-09"),
        ("geöffnet 3/4-6/4/2022", "de", "2022-04-03", "2022-04-06"),
        ("du 01-02-2021 - 15-02-2021", "fr", "2021-02-01", "2021-02-15"),
        ("from 4/2-4/6, 2021", "en", "2021-04-02", "2021-04-06"),
    ],
)
def test_numeric_ranges(text: str, lang: str, value: str, end: str) -> None:
    got = [(f.value, f.value_end) for f in extract_dates(text, lang)]
    assert got == [(value, end)]


@pytest.mark.parametrize(
    ("text", "lang"), [("a pH of 6.5-7.5", "en"), ("won 3-2 - 2-1 overall", "en")]
)
def test_no_numeric_ranges(text: str, lang: str) -> None:
    assert not any(f.value_end for f in extract_dates(text, lang))


def test_rejected_day_range_falls_back_to_dates() -> None:
    got = [(f.value, f.value_end) for f in extract_dates("from 11/20 to 02/10", "en")]
    assert got == [("XXXX-11-20", "XXXX-02-10")]
