"""Everything that looks like a date and is not (issue 3, "Traps")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck._dates import extract_dates
from factcheck._extract import extract


def kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in extract_dates(text, lang)]


def test_percent_with_decimal_comma_is_no_date() -> None:
    assert kinds("Der Umsatz stieg um 12,5 % im Vergleich.", "de") == []


@pytest.mark.parametrize(
    "text", ["Kapitel 1.1 beschreibt das.", "Siehe Abschnitt 1.1. Dort steht es."]
)
def test_short_dotted_numbers_are_no_dates(text: str) -> None:
    assert kinds(text, "de") == []


def test_hier_is_yesterday_in_french_and_here_in_german() -> None:
    assert [f.value for f in extract_dates("Il est arrivé hier.", "fr")] == ["REF-P1D"]
    assert extract_dates("Er ist hier angekommen.", "de") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Elle a vendu sa maison."),  # "sa" is no Saturday
        ("de", "Die Firma wächst."),  # "die" is no Dienstag
        ("de", "Mit dem Zug fährt er."),  # "Mit" is no Mittwoch
        ("de", "Er kam mit dem Rad, die Freunde auch."),
        ("en", "Sun and sat in the garden."),  # abbreviations alone are no weekdays
    ],
)
def test_short_words_are_no_weekdays(lang: str, text: str) -> None:
    assert kinds(text, lang) == []


def test_abbreviated_weekday_counts_before_a_date() -> None:
    figs = extract_dates("Termin: Mi., 14.01.2026", "de")
    assert [(f.value, f.weekday) for f in figs] == [("2026-01-14", 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Update to version 2.10.1 now."),
        ("de", "Version 3.11.4 ist da."),
        ("fr", "La version 1.12 corrige le défaut."),
        ("en", "They won 3-1 on Sunday night."),
        ("de", "Das Spiel endete 21:15 nach Verlängerung? Nein, 2:1."),
    ],
)
def test_versions_and_scores_are_no_dates(lang: str, text: str) -> None:
    assert [
        f for f in extract_dates(text, lang) if f.kind == "date" and f.value != "XXXX-WXX-7"
    ] == []


def test_may_issue_is_no_month() -> None:
    assert kinds("Die Mai-Ausgabe ist erschienen.", "de") == []
    assert kinds("Die Ausgabe vom Mai ist erschienen.", "de") == [("date", "Mai")]


def test_english_may_the_verb_is_no_month() -> None:
    assert kinds("Prices may rise. May is warm.", "en") == []
    assert kinds("It opened in May.", "en") == [("date", "May")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "2025 Teilnehmer kamen zum Lauf."),
        ("fr", "2025 participants sont venus."),
        ("en", "2025 participants came."),
        ("de", "Es kamen 1999 Besucher."),
    ],
)
def test_year_like_counts_are_counts(lang: str, text: str) -> None:
    assert extract_dates(text, lang) == []


def test_season_is_no_fraction() -> None:
    (fig,) = extract_dates("Die Saison 2024/25 war lang.", "de")
    assert fig.kind == "date" and "season" in fig.flags


def test_twenty_four_seven_is_no_date() -> None:
    assert extract_dates("Der Dienst ist 24/7 erreichbar.", "de") == []


def test_lower_case_weekday_in_vietnamese_is_an_ordinal() -> None:
    assert extract_dates("Đây là lần thứ hai ông đến.", "vi") == []


def test_dates_are_masked_from_numbers() -> None:
    figs = extract("Am 25. Oktober 2025 kamen 300 Gäste.", "de")
    dates = [f for f in figs if f.kind == "date"]
    assert [f.value for f in dates] == ["2025-10-25"]
    assert all(not (f.kind == "number" and f.start < dates[0].end) for f in figs)


def test_year_in_words_needs_a_marker_not_a_number_before_it() -> None:
    # "and" marks a year only between years; after "two hundred" it joins one number
    figs = [(f.kind, f.value) for f in extract("two hundred and two thousand", "en")]
    assert figs == [("number", Decimal(202000))]
    figs = [(f.kind, f.value) for f in extract("five hundred or two thousand", "en")]
    assert [k for k, _ in figs] == ["number", "number"]
    years = extract("The mill closed in nineteen ninety six.", "en")
    assert [(f.kind, str(f.value)) for f in years] == [("date", "1996")]


def test_an_enumeration_of_dotted_numbers_holds_no_date() -> None:
    """"1. 2. 3. 4." lists numbers (rejected at once, which keeps a 1 MB run of
    them fast); a date after the list is still read ("12. Oktober"), and "am 1. 2.
    2020" stays a date."""
    import factcheck

    assert [f for f in factcheck.extract("1. 2. 3. 4. 5. 6.", "de") if f.kind == "date"] == []
    figs = factcheck.extract("Die Tage 10. 11. 12. Oktober", "de")
    assert [(f.kind, f.text) for f in figs if f.kind == "date"] == [("date", "12. Oktober")]
    assert [f.value for f in factcheck.extract("am 1. 2. 2020", "de")] == ["2020-02-01"]
