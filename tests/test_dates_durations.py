"""Durations: value ``P3Y``; ``unit`` and ``low``/``high`` carry the amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

import factcheck
from factcheck._dates import extract_dates


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Der Umbau dauerte drei Jahre.", "P3Y"),
        ("de", "Der Umbau dauerte 3 Jahre.", "P3Y"),
        ("de", "Die Reise dauert 2,5 Stunden.", "PT2.5H"),
        ("fr", "Les travaux ont duré trois ans.", "P3Y"),
        ("fr", "Le trajet dure 45 minutes.", "PT45M"),
        ("en", "The works took three years.", "P3Y"),
        ("en", "The trip takes 2.5 hours.", "PT2.5H"),
        ("en", "A two-week break.", "P2W"),
        ("vi", "Công trình kéo dài ba năm.", "P3Y"),
        ("vi", "Chuyến đi mất 10 ngày.", "P10D"),
    ],
)
def test_durations(lang: str, text: str, value: str) -> None:
    figs = [f for f in extract_dates(text, lang) if f.kind == "duration"]
    assert [f.value for f in figs] == [value]


def test_duration_fields() -> None:
    (fig,) = extract_dates("Das Projekt lief 18 Monate.", "de")
    assert (fig.kind, fig.value, fig.unit, fig.low, fig.high) == (
        "duration",
        "P18M",
        "M",
        Decimal(18),
        Decimal(18),
    )


def test_next_n_units_is_a_relative_range() -> None:
    figs = extract_dates("in den nächsten 3 Tagen", "de")
    assert [(f.value, f.value_end) for f in figs] == [("REF+P1D", "REF+P3D@D+1D")]
    en = extract_dates("over the next 3 days", "en")
    assert [(f.value, f.value_end) for f in en] == [("REF+P1D", "REF+P3D@D+1D")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Es dauerte ein Jahr.", "P1Y"),
        ("fr", "Cela a pris un an.", "P1Y"),
        ("en", "It took a year.", "P1Y"),
        ("vi", "Mất một năm.", "P1Y"),
    ],
)
def test_article_as_one(lang: str, text: str, value: str) -> None:
    assert [f.value for f in extract_dates(text, lang)] == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prices rise twice a year."),
        ("en", "It costs $5 a month."),
        ("en", "He tried a second time."),
        ("en", "A quarter of them left."),
        ("de", "Das passiert einmal pro Jahr."),
        ("fr", "Une fois par an."),
    ],
)
def test_article_rates_are_no_durations(lang: str, text: str) -> None:
    assert [f for f in extract_dates(text, lang) if f.kind == "duration"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The divers searched for half an hour before dusk.", "PT0.5H"),
        ("The road stays closed for half a day.", "P0.5D"),
    ],
)
def test_half_before_the_article_is_part_of_the_duration(text: str, value: str) -> None:
    figs = [(f.kind, str(f.value)) for f in factcheck.extract(text, "en")]
    assert figs == [("duration", value)]


def test_half_an_hour_agrees_with_vietnamese_nua_tieng() -> None:
    report = factcheck.check(
        {
            "en": "The divers searched for half an hour before dusk.",
            "vi": "Các thợ lặn tìm kiếm trong nửa tiếng trước khi trời tối.",
        }
    )
    assert [f.code for f in report.findings if f.level in ("warning", "error")] == []
