"""The CLDR-driven parts work for locales without a hand-written lexicon."""

from __future__ import annotations

import pytest

from factcheck._dates import extract_dates
from factcheck._dates_cldr import cldr_calendar, pattern_tokens


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "La feria abre el 14 de marzo de 2026.", "2026-03-14"),
        ("it", "La fiera apre il 14 marzo 2026.", "2026-03-14"),
        ("nl", "De beurs opent op 14 maart 2026.", "2026-03-14"),
        ("pl", "Targi otwierają się 14 marca 2026.", "2026-03-14"),
        ("pt", "A feira abre em 14 de março de 2026.", "2026-03-14"),
        ("de-CH", "Die Messe öffnet am 14. März 2026.", "2026-03-14"),
        ("es", "Plazo: 03/11/2027.", "2027-11-03"),
    ],
)
def test_cldr_dates_other_locales(lang: str, text: str, value: str) -> None:
    assert value in [f.value for f in extract_dates(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "Ocurrió hace 3 años.", "REF-P3Y@D"),
        ("it", "Succederà tra 3 settimane.", "REF+P3W@D"),
        ("nl", "Het gebeurde 3 jaar geleden.", "REF-P3Y@D"),
        ("pl", "Stało się 3 lata temu.", "REF-P3Y@D"),
    ],
)
def test_cldr_relative_time_patterns(lang: str, text: str, value: str) -> None:
    assert [f.value for f in extract_dates(text, lang)] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "Duró 3 semanas.", "P3W"),
        ("it", "È durato 3 anni.", "P3Y"),
        ("nl", "Het duurde 3 dagen.", "P3D"),
    ],
)
def test_cldr_duration_units(lang: str, text: str, value: str) -> None:
    assert [f.value for f in extract_dates(text, lang)] == [value]


def test_calendar_tables() -> None:
    es = cldr_calendar("es")
    assert es.months["marzo"] == 3 and es.weekdays["lunes"] == 0
    assert pattern_tokens("d 'de' MMMM 'de' y")[1] == ("", " de ")
