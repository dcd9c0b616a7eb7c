"""The CLDR-driven parts in languages without number words of ours: es, it, pt, nl.

Digits with the locale's separators, money with a currency name (CLDR's, or the bare
name news writes from the small ``[currencies]`` table of the language), scale words
from CLDR's compact formats, and dates from CLDR's patterns and month names.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck import extract
from factcheck._dates import extract_dates
from factcheck._dates_grammar import _month_year_words

REF = dt.date(2024, 3, 1)


def _money(text: str, lang: str) -> list[tuple[str, Decimal, str | None]]:
    return [(f.text, f.value, f.unit) for f in extract(text, lang) if f.kind == "money"]


def _dates(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.text, str(f.value), None if f.value_end is None else str(f.value_end))
        for f in extract_dates(text, lang, reference_date=REF)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("El billete de tren costó 0.450 euros menos.", "es", "0.450"),
        ("Das Los kostet 0.250 Euro mehr.", "de", "0.250"),
        ("Il tasso è salito a 0.375 punti.", "it", "0.375"),
    ],
)
def test_a_lone_zero_before_a_group_mark_is_a_decimal(text: str, lang: str, want: str) -> None:
    """"0.450" cannot be a grouped number (no group starts with a lone 0): in a locale
    that groups with a dot it is the decimal 0.45, flagged as written the other way."""
    (fig,) = [f for f in extract(text, lang) if f.kind in ("number", "money")]
    assert fig.value == Decimal(want)
    assert "ambiguous-format" in fig.flags
    assert fig.alt_value is None


def test_grouping_with_a_dot_still_groups() -> None:
    (fig,) = extract("La obra costó 3.450 euros.", "es")
    assert fig.value == Decimal(3450)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("La empresa perdió 3,4 millones de dólares en marzo.", "es",
         ("3,4 millones de dólares", Decimal("3400000"), "USD")),
        ("El cuadro se vendió por 12.500 libras.", "es", ("12.500 libras", Decimal(12500), "GBP")),
        ("A fábrica recebeu 7,5 milhões de dólares.", "pt",
         ("7,5 milhões de dólares", Decimal("7500000"), "USD")),
        ("Il comune ha speso 4 miliardi di dollari.", "it",
         ("4 miliardi di dollari", Decimal("4000000000"), "USD")),
        ("Il biglietto costa 2 miliardi d'euro in tutto.", "it",
         ("2 miliardi d'euro", Decimal("2000000000"), "EUR")),
        ("Het museum kocht het schilderij voor 8,2 miljoen dollar.", "nl",
         ("8,2 miljoen dollar", Decimal("8200000"), "USD")),
        ("Een ticket kost 120.000 yen in Tokio.", "nl", ("120.000 yen", Decimal(120000), "JPY")),
    ],
)
def test_bare_currency_names_with_scale_and_preposition(
    text: str, lang: str, want: tuple[str, Decimal, str]
) -> None:
    assert _money(text, lang) == [want]


def test_amount_and_cents_joined_by_the_languages_and() -> None:
    assert _money("Pagó 7 dólares y 25 centavos.", "es") == [
        ("7 dólares y 25 centavos", Decimal("7.25"), "USD")
    ]
    assert _money("Ho pagato 9 dollari e 40.", "it") == [
        ("9 dollari e 40", Decimal("9.40"), "USD")
    ]


def test_scale_connectors_of_the_lexicon_languages_are_unchanged() -> None:
    assert _money("Elle a levé 4 millions d'euros.", "fr") == [
        ("4 millions d'euros", Decimal("4000000"), "EUR")
    ]
    assert _money("They raised hundreds of millions of dollars.", "en")[0][2] == "USD"


def test_cldr_currency_symbol_and_code_without_lexicon_words() -> None:
    assert _money("O ingresso custa US$ 45.", "pt") == [("US$ 45", Decimal(45), "USD")]
    assert _money("Een koffie kost € 3,20.", "nl") == [("€ 3,20", Decimal("3.20"), "EUR")]


def test_month_year_words_come_from_cldr_patterns() -> None:
    assert _month_year_words(("d 'de' MMMM 'de' y", "MMMM 'de' y")) == {"de"}
    assert _month_year_words(("d MMMM y", "dd-MM-y")) == set()


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("A greve de março de 79, longa e dura, parou o país.", "pt",
         ("março de 79", "1979-03", None)),
        ("La ley se aprobó el 14 de julio de 85.", "es", ("14 de julio de 85", "1985-07-14", None)),
        ("La sequía de mayo-julio de 2012 fue larga.", "es",
         ("mayo-julio de 2012", "2012-05", "2012-07")),
        ("As obras de abril-junho de 2019 atrasaram.", "pt",
         ("abril-junho de 2019", "2019-04", "2019-06")),
    ],
)
def test_cldr_month_year_literal_joins_two_digit_years_and_month_ranges(
    text: str, lang: str, want: tuple[str, str, str | None]
) -> None:
    assert _dates(text, lang) == [want]


def test_cldr_literal_before_a_count_is_no_year() -> None:
    """"de 20 personas": two digits after "de" that a noun follows are no year."""
    assert _dates("En mayo de 20 personas votaron.", "es") == [("mayo", "2024-05", None)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("La reunión fue el 3 de febrero de 2021.", "es", "2021-02-03"),
        ("A reunião foi em 3 de fevereiro de 2021.", "pt", "2021-02-03"),
        ("La riunione è stata il 3 febbraio 2021.", "it", "2021-02-03"),
        ("De vergadering was op 3 februari 2021.", "nl", "2021-02-03"),
        ("De vergadering was op woensdag 3 februari 2021.", "nl", "2021-02-03"),
        ("La riunione è fissata per il 03/02/2021.", "it", "2021-02-03"),
        ("De vergadering is op 03-02-2021.", "nl", "2021-02-03"),
    ],
)
def test_absolute_dates_from_cldr_patterns(text: str, lang: str, want: str) -> None:
    assert [v for _, v, _ in _dates(text, lang)] == [want]


def test_extract_reads_the_language_from_the_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import main

    for name, text, lang, unit in (
        ("story.es.md", "La obra costó 3,4 millones de dólares el 3 de febrero de 2021.\n",
         "es", "USD"),
        ("story.it.md", "L'opera è costata 4 miliardi di dollari il 3 febbraio 2021.\n",
         "it", "USD"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        try:
            main(["extract", str(path), "--format", "json"])
        except SystemExit as exc:
            assert not exc.code
        data = json.loads(capsys.readouterr().out)
        assert data["lang"] == lang
        figures = data["figures"]
        assert [f["kind"] for f in figures] == ["money", "date"]
        assert figures[0]["unit"] == unit
        assert figures[1]["value"] == "2021-02-03"
