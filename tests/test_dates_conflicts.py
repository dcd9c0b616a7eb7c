"""Figures the dates stage must leave to the number stage, and robustness of resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck._dates import extract_dates


def _dates(text: str, lang: str, **kw: object) -> list[tuple[str, str, str]]:
    return [(f.text, f.kind, str(f.value)) for f in extract_dates(text, lang, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le billet coûtait en 1015 francs.", "fr"),
        ("Die Gebühr stieg auf 1000 EUR.", "de"),
        ("Sie zahlten 1850 Euro dafür.", "de"),
        ("They paid in 1990 euros for it.", "en"),
        ("Die Strecke misst 2015 km.", "de"),
        ("Hơn 1900 người đã đến.", "vi"),
        ("Il a vendu 1900 kg de riz.", "fr"),
        ("The fund holds € 1995 for each member.", "en"),
        ("Some 1980 people signed it.", "en"),
    ],
)
def test_amount_after_a_four_digit_number_is_no_year(text: str, lang: str) -> None:
    assert [f for f in _dates(text, lang) if f[1] == "date"] == []


def test_an_amount_range_is_no_year_range() -> None:
    assert not any(f.value_end for f in extract_dates("von 2010 bis 2018 Euro", "de"))


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Sie kam im Jahr 2019 in die Stadt.", "de", "2019"),
        ("It happened in 2019 in Paris.", "en", "2019"),
        ("the 2017 election", "en", "2017"),
        ("en 2018 et en 2019", "fr", "2018"),
    ],
)
def test_years_before_ordinary_words_stay_years(text: str, lang: str, year: str) -> None:
    assert (year, "date", year) in _dates(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("le trois cent vingt seconde", "fr"),
        ("her twenty second birthday", "en"),
        ("the thirty-second president", "en"),
        ("three quarters of the votes", "en"),
        ("one hundred and three quarters", "en"),
        ("about 3 quarters of them", "en"),
    ],
)
def test_ordinals_and_fractions_are_no_durations(text: str, lang: str) -> None:
    assert _dates(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("trois secondes", "fr", "PT3S"),
        ("a three-year plan", "en", "P3Y"),
        ("drei Quartale", "de", "P3Q"),
    ],
)
def test_real_durations_stay(text: str, lang: str, value: str) -> None:
    assert [f[2] for f in _dates(text, lang)] == [value]


def test_quarters_with_a_modifier_stay_relative() -> None:
    got = _dates("in the past 2 quarters", "en")
    assert got and got[0][1] == "date"


@pytest.mark.parametrize("ref", [dt.date(2025, 3, 1), dt.date(9999, 12, 31), dt.date(1, 1, 1)])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("vor 999999999999 Jahren", "de"),
        ("in 99999999999 days", "en"),
        ("nächsten Montag", "de"),
        ("letzte Woche", "de"),
        ("vom 30. bis 2. Februar", "de"),
        ("Monday, 0/0/0000", "en"),
    ],
)
def test_resolution_never_overflows(ref: dt.date, text: str, lang: str) -> None:
    extract_dates(text, lang, reference_date=ref)  # must not raise


def test_number_after_a_currency_sign_is_no_day() -> None:
    got = [(f.text, f.value) for f in extract_dates("She paid $14 March 3 last year.", "en")]
    assert ("14 March", "XXXX-03-14") not in got
    assert any(v == "XXXX-03-03" or str(v).endswith("-03-03") for _, v in got)
