"""Months with a modifier or a relative year, and month names joined by - or /."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck._dates import extract_dates, resolve

REF = dt.date(2025, 10, 25)


@pytest.mark.parametrize(
    ("text", "lang", "value", "resolved"),
    [
        ("Die Messe fand im vergangenen Dezember statt.", "de", "REF-M12", "2024-12"),
        ("We expect the vote next March.", "en", "REF+M03", "2026-03"),
        ("Le salon a eu lieu en décembre dernier.", "fr", "REF-M12", "2024-12"),
        ("Elle reviendra cette février.", "fr", "REF+P0Y-02", "2025-02"),
        ("Dự án hoàn thành vào tháng 12 năm ngoái.", "vi", "REF-P1Y-12", "2024-12"),
        ("They met in May last year.", "en", "REF-P1Y-05", "2024-05"),
        ("Das war im Mai letzten Jahres.", "de", "REF-P1Y-05", "2024-05"),
        ("C'était en mai de l'année dernière.", "fr", "REF-P1Y-05", "2024-05"),
        ("Il est arrivé le 3 mars dernier.", "fr", "REF-M03-03", "2025-03-03"),
    ],
)
def test_relative_months(text: str, lang: str, value: str, resolved: str) -> None:
    dates = [f for f in extract_dates(text, lang) if f.kind == "date"]
    assert [f.value for f in dates] == [value]
    assert [f.value for f in extract_dates(text, lang, reference_date=REF)] == [resolved]


def test_this_may_is_no_month() -> None:
    assert extract_dates("this may be true", "en") == []


def test_nearest_month_counts_the_day() -> None:
    ref = dt.date(2025, 3, 10)
    assert resolve("REF-M03-03", ref) == "2025-03-03"
    assert resolve("REF-M03", ref) == "2024-03"
    assert resolve("REF+M03-20", ref) == "2025-03-20"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Filed on 05-Aug-2016.", "en", "2016-08-05"),
        ("am 23/Sep/2021 eingereicht", "de", "2021-09-23"),
        ("Publié 2019/oct/01.", "fr", "2019-10-01"),
        ("Plans for Dec-2018 were set.", "en", "2018-12"),
        ("The plan for Nov, 2017 was set.", "en", "2017-11"),
        ("Back on Oct/4", "en", "XXXX-10-04"),
    ],
)
def test_month_names_between_numbers(text: str, lang: str, value: str) -> None:
    assert [f.value for f in extract_dates(text, lang)] == [value]


def test_comma_after_month_only_before_a_year() -> None:
    assert [f.value for f in extract_dates("In May, 20 people came.", "en")] == ["XXXX-05"]


@pytest.mark.parametrize(("text", "lang"), [("see you monday", "en"), ("bis samstag", "de")])
def test_lower_case_weekdays(text: str, lang: str) -> None:
    assert [str(f.value)[:9] for f in extract_dates(text, lang)] == ["XXXX-WXX-"]


def test_lower_case_vietnamese_weekday_is_an_ordinal() -> None:
    assert extract_dates("lần thứ hai", "vi") == []
