"""Digits in the locale's format: separators, ambiguity, precision, what is not a count."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._numbers import parse_digits
from factcheck._records import Figure

NUMERIC = ("number", "percent", "money", "quantity")


def nums(text: str, lang: str) -> list[Figure]:
    return [f for f in extract(text, lang) if f.kind in NUMERIC]


def values(text: str, lang: str) -> list[Decimal]:
    return [f.value for f in nums(text, lang)]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Firma beschäftigt 7.250 Menschen.", "7250"),
        ("de", "Der Kurs lag bei 3,75 Punkten.", "3.75"),
        ("de", "Das Budget beträgt 1.234.567,89 Franken.", "1234567.89"),
        ("de", "Es kamen 12 345 Besucher.", "12345"),
        ("fr", "La ville compte 7 250 habitants.", "7250"),
        ("fr", "La ville compte 7\u202f250 habitants.", "7250"),
        ("fr", "La ville compte 7\u00a0250 habitants.", "7250"),
        ("fr", "Le taux atteint 3,75 points.", "3.75"),
        ("en", "The firm employs 7,250 people.", "7250"),
        ("en", "The rate stood at 3.75 points.", "3.75"),
        ("en", "Revenue was 1,234,567.89 dollars.", "1234567.89"),
        ("vi", "Công ty có 7.250 nhân viên.", "7250"),
        ("vi", "Tỷ lệ đạt 3,75 điểm.", "3.75"),
        ("de-CH", "Der Kanton zählt 7'250 Einwohner.", "7250"),
        ("de-CH", "Der Kanton zählt 7’250 Einwohner.", "7250"),
        ("it-CH", "Il cantone conta 7’250 abitanti.", "7250"),
    ],
)
def test_locale_digits(lang: str, text: str, expected: str) -> None:
    assert values(text, lang)[:1] == [Decimal(expected)]


def test_french_space_groups_split_when_not_three_digits() -> None:
    # "423 0000" is two numbers: a group after a space has exactly three digits
    assert values("Les codes 423 0000 sont faux.", "fr") == [Decimal(423), Decimal(0)]


def test_german_comma_thousands_is_ambiguous() -> None:
    (fig,) = nums("Die Stadt hat 5,000 Einwohner.", "de")
    assert fig.value == Decimal("5.000")
    assert fig.alt_value == Decimal(5000)
    assert "ambiguous-format" in fig.flags


def test_english_dot_thousands_is_ambiguous() -> None:
    (fig,) = nums("The club has 5.000 members.", "en")
    assert fig.value == Decimal("5.000") and fig.alt_value == Decimal(5000)
    assert "ambiguous-format" in fig.flags


def test_german_dot_decimal_is_flagged() -> None:
    (fig,) = nums("Der Wert stieg um 1.5 Punkte.", "de")
    assert fig.value == Decimal("1.5") and "ambiguous-format" in fig.flags


def test_german_dot_thousands_is_not_ambiguous() -> None:
    (fig,) = nums("Die Stadt hat 5.000 Einwohner.", "de")
    assert fig.value == Decimal(5000) and "ambiguous-format" not in fig.flags
    (fig,) = nums("Thành phố có 5.000 cư dân.", "vi")
    assert fig.value == Decimal(5000) and "ambiguous-format" not in fig.flags


def test_precision_is_the_last_stated_digit() -> None:
    assert nums("Es waren 5.000 Gäste.", "de")[0].precision == Decimal(1)
    assert nums("Der Zins liegt bei 3,25 %.", "de")[0].precision == Decimal("0.01")
    assert nums("Es kostet 2,5 Milliarden Euro.", "de")[0].precision == Decimal("1E+8")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Spiel beginnt um 15:00 Uhr."),
        ("fr", "Le match s'est terminé sur le score de 2:1."),
        ("en", "See https://example.org/report-2024/page/17 for details."),
        ("de", "Schreiben Sie an team2024@example.com."),
        ("fr", "Appelez le +33 1 23 45 67 89."),
        ("en", "The COVID-19 wave and the G7 summit."),
        ("de", "Der Airbus A380 ist nach ISO 9001 zertifiziert."),
        ("vi", "Máy bay A380 và hệ điều hành Windows 11."),
        ("en", "The H5N1 virus and flight MH17."),
        ("de", "Der 3D-Drucker und das 5G-Netz."),
    ],
)
def test_not_counts(lang: str, text: str) -> None:
    assert nums(text, lang) == []


def test_zero_in_brackets() -> None:
    (fig,) = nums("Kommentare (0)", "de")
    assert fig.value == Decimal(0)


def test_negative_and_fractions() -> None:
    assert values("Die Temperatur fiel auf -5 Punkte.", "de") == [Decimal(-5)]
    assert values("Il a mangé 3/4 du gâteau.", "fr") == [Decimal("0.75")]
    assert values("They ate ½ of it.", "en") == [Decimal("0.5")]


def test_other_locales_from_cldr() -> None:
    # no hand-written lexicon: separators come from CLDR alone
    assert values("Hay 7.250 personas.", "es")[:1] == [Decimal(7250)]
    assert values("Ci sono 7.250 persone.", "it")[:1] == [Decimal(7250)]
    assert values("Det finns 7\u00a0250 personer.", "sv")[:1] == [Decimal(7250)]
    assert values("There are 7,250 people.", "en-IN")[:1] == [Decimal(7250)]


def test_parse_digits_split() -> None:
    assert [v for _, v, _, _ in parse_digits("1\u202f234\u202f567,89", "fr")] == [
        Decimal("1234567.89")
    ]
    assert [v for _, v, _, _ in parse_digits("1,234,567", "en")] == [Decimal(1234567)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "alt"),
    [
        ("de", "Laut Bericht kamen 4,500 Gäste.", "4.500", "4500"),
        ("fr", "Selon le rapport, 4,500 invités.", "4.500", "4500"),
        ("vi", "Theo báo cáo có 4,500 khách.", "4.500", "4500"),
        ("en", "The report counted 4.500 guests.", "4.500", "4500"),
    ],
)
def test_ambiguous_format_every_language(lang: str, text: str, value: str, alt: str) -> None:
    (fig,) = nums(text, lang)
    assert fig.value == Decimal(value) and fig.alt_value == Decimal(alt)
    assert "ambiguous-format" in fig.flags


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Um 18:30 Uhr kamen 40 Gäste, siehe www.example.de/a-12.", ["40"]),
        ("fr", "À 18:30, 40 invités ; voir https://exemple.fr/p/12-3.", ["40"]),
        ("en", "At 18:30, 40 guests came; see http://example.com/x/12.", ["40"]),
        ("vi", "Lúc 18:30 có 40 khách, xem https://example.vn/tin-12.htm.", ["40"]),
        ("de", "Hotline: 0800 123 45 67, 12 Mitarbeiter.", ["12"]),
        ("fr", "Le vol AF447 et 12 passagers.", ["12"]),
        ("vi", "Virus H5N1 lây cho 12 người.", ["12"]),
        ("en", "The G20 summit drew 12 leaders.", ["12"]),
    ],
)
def test_traps_every_language(lang: str, text: str, expected: list[str]) -> None:
    assert values(text, lang) == [Decimal(v) for v in expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Beim 3. Versuch klappte es."),
        ("fr", "Au 3e essai, cela a marché."),
        ("en", "On the 3rd attempt it worked."),
    ],
)
def test_ordinal_wins_over_cardinal(lang: str, text: str) -> None:
    figs = extract(text, lang)
    ordinals = [f for f in figs if f.kind == "ordinal"]
    assert [f.value for f in ordinals] == [Decimal(3)]
    assert not [f for f in figs if f.kind == "number" and f.start < ordinals[0].end]


@pytest.mark.parametrize(
    ("run", "lang", "expected"),
    [
        # a group that no separator joins to the next stands alone (the short path)
        ("1 1 1", "de", [("1", "1"), ("1", "1"), ("1", "1")]),
        ("1,1,1", "de", [("1", "1"), ("1,1", "1.1")]),
        ("1.2.3", "en", [("1", "1"), ("2.3", "2.3")]),
        ("1,2,345", "en", [("1", "1"), ("2,345", "2345")]),
        # groups that do join, after or before a lone group
        ("12 345 6", "fr", [("12 345", "12345"), ("6", "6")]),
        ("1 000 000", "fr", [("1 000 000", "1000000")]),
        ("5,000 1,5", "de", [("5,000", "5.000"), ("1,5", "1.5")]),
        ("1.000,5 7", "de", [("1.000,5", "1000.5"), ("7", "7")]),
        ("1\u2019000 2", "de-CH", [("1\u2019000", "1000"), ("2", "2")]),
    ],
)
def test_split_run_lone_groups(run: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, str(v)) for s, v, _, _ in parse_digits(run, lang)] == expected
