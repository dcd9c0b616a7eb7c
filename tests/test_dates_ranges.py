"""Date ranges: start in ``value``, end in ``value_end``."""

from __future__ import annotations

import pytest

from factcheck._dates import extract_dates


def ranges(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(str(f.value), f.value_end) for f in extract_dates(text, lang) if f.kind == "date"]


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("de", "Die Ausstellung läuft vom 4. bis 23. Mai.", "XXXX-05-04", "XXXX-05-23"),
        ("de", "Gesperrt zwischen dem 3. und dem 12. September.", "XXXX-09-03", "XXXX-09-12"),
        ("de", "Vom 28. Februar bis 2. März 2027 tagt der Gipfel.", "2027-02-28", "2027-03-02"),
        ("fr", "L'exposition dure du 4 au 23 mai.", "XXXX-05-04", "XXXX-05-23"),
        ("fr", "Fermé entre le 3 et le 12 septembre.", "XXXX-09-03", "XXXX-09-12"),
        ("en", "The show runs 4–23 May.", "XXXX-05-04", "XXXX-05-23"),
        ("en", "The show runs May 4 to 23, 2026.", "2026-05-04", "2026-05-23"),
        ("en", "Closed between 3 and 12 September.", "XXXX-09-03", "XXXX-09-12"),
        ("vi", "Triển lãm diễn ra từ 4 đến 23 tháng 5.", "XXXX-05-04", "XXXX-05-23"),
        ("de", "Von 2010 bis 2018 stieg die Zahl.", "2010", "2018"),
        ("fr", "De 2010 à 2018, le nombre a augmenté.", "2010", "2018"),
        ("en", "Between 2010 and 2018 the number rose.", "2010", "2018"),
        ("en", "In 2010–2018 the number rose.", "2010", "2018"),
        ("en", "Sales rose from March to June 2026.", "2026-03", "2026-06"),
    ],
)
def test_ranges(lang: str, text: str, start: str, end: str) -> None:
    figs = [f for f in extract_dates(text, lang) if f.kind == "date"]
    assert [(str(f.value), f.value_end) for f in figs] == [(start, end)]
    assert figs[0].qualifier == "between"
    assert "range" in figs[0].flags


def test_and_without_between_is_no_range() -> None:
    # "und" joins a range only after "zwischen"
    assert ranges("Am 3. Mai und am 12. Mai", "de") == [("XXXX-05-03", None), ("XXXX-05-12", None)]


def test_season_is_its_own_range() -> None:
    figs = extract_dates("In der Saison 2024/25 gewann der Verein.", "de")
    assert [(f.value, f.value_end) for f in figs] == [("2024", "2025")]
    assert "season" in figs[0].flags
    # not consecutive years: no season (a fraction or a score, left to the number stage)
    assert extract_dates("Ergebnis 2024/27", "de") == []
