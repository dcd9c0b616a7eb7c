"""German number words: compounds, articles, "beide", fractions and halves."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._numwords import parse_number_words, scan_number_words


def found(text: str) -> list[tuple[str, str]]:
    return [(n.text, str(n.value)) for n in scan_number_words(text, "de")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("null", 0),
        ("eins", 1),
        ("zwo", 2),
        ("elf", 11),
        ("siebzehn", 17),
        ("einundzwanzig", 21),
        ("neunundneunzig", 99),
        ("hundert", 100),
        ("einhundertdrei", 103),
        ("zweihundertfünfzig", 250),
        ("zweihundertfuenfzig", 250),
        ("dreitausendvierhundert", 3400),
        ("siebentausendeins", 7001),
        ("fünfzehntausend", 15000),
        ("vierhundertachtundachtzigtausend", 488000),
        ("eine Million", 1000000),
        ("zwei Millionen dreihunderttausend", 2300000),
        ("drei Milliarden vierhundert Millionen", 3400000000),
        ("eine Billion", 10**12),
        ("zwei Komma fünf Millionen", 2500000),
    ],
)
def test_cardinals(words: str, value: int) -> None:
    assert parse_number_words(words, "de") == Decimal(value)


@pytest.mark.parametrize("word", ["Haus", "Zweifel", "Einheit", "Achtung", "einmal", "und", ""])
def test_not_numbers(word: str) -> None:
    assert parse_number_words(word, "de") is None


def test_compounds_in_a_sentence() -> None:
    text = "Der Verband zählt einundvierzig Vereine und dreihundertzwölf Mitglieder."
    assert found(text) == [("einundvierzig", "41"), ("dreihundertzwölf", "312")]


def test_words_inside_other_words_are_not_numbers() -> None:
    assert found("Zweifel an der Einheit, Achtung vor dem Elfmeter, ein Dreieck") == []


def test_spans_are_offsets() -> None:
    text = "Am Ende blieben fünfundsiebzig Prozent übrig."
    (n,) = scan_number_words(text, "de")
    assert text[n.start : n.end] == n.text == "fünfundsiebzig"
    assert n.value == 75


def test_scale_after_words_but_not_after_digits() -> None:
    assert found("Es kostet zwei Millionen Euro") == [("zwei Millionen", "2000000")]
    # "2,5 Milliarden": the scale word after digits belongs to the digit scanner
    assert found("Es kostet 2,5 Milliarden Euro") == []
    assert found("Tausende Menschen und Millionen Tiere") == []


def test_articles_are_not_numbers() -> None:
    assert found("Ein Sprecher sagte, eine Lösung sei in Sicht; einer der größten Konzerne.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Es gab ein oder zwei Verletzte.",
        "Nur ein Kandidat trat an.",
        "Genau eine Stimme fehlte.",
        "Ein einziger Fall wurde gemeldet.",
        "Einer von fünf Befragten stimmte zu.",
        "Das dauert ein bis zwei Wochen.",
    ],
)
def test_articles_that_state_a_count(text: str) -> None:
    assert "1" in [v for _, v in found(text)], found(text)


def test_article_with_scale_and_dozen() -> None:
    assert found("eine Million Menschen") == [("eine Million", "1000000")]
    assert found("ein Dutzend Länder") == [("ein Dutzend", "12")]
    assert found("ein halbes Dutzend Länder") == [("ein halbes Dutzend", "6")]
    assert found("eine halbe Million Euro") == [("eine halbe Million", "500000")]


def test_beide_is_two() -> None:
    assert found("Beide Seiten einigten sich.") == [("Beide", "2")]
    assert found("die beiden Länder") == [("beiden", "2")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("die Hälfte der Stimmen", "Hälfte", "0.5"),
        ("anderthalb Jahre", "anderthalb", "1.5"),
        ("eineinhalb Stunden", "eineinhalb", "1.5"),
        ("zweieinhalb Millionen Euro", "zweieinhalb Millionen", "2500000"),
        ("drei Viertel der Befragten", "drei Viertel", "0.75"),
        ("zwei Drittel der Abgeordneten", "zwei Drittel", "0.666666666666667"),
        ("dreiviertel der Fläche", "dreiviertel", "0.75"),
        ("ein Zehntel des Budgets", "ein Zehntel", "0.1"),
    ],
)
def test_fractions(text: str, surface: str, value: str) -> None:
    (n,) = scan_number_words(text, "de")
    assert (n.text, str(n.value), n.fraction) == (surface, value, True)


def test_halb_alone_is_not_a_number() -> None:
    assert found("halb so viel wie erwartet") == []


def test_group_count() -> None:
    # "zu dritt" = three of them: a count, not a rank
    (n,) = scan_number_words("Sie kamen zu dritt.", "de")
    assert (n.text, n.value, n.ordinal) == ("dritt", Decimal(3), False)


def test_through_extract() -> None:
    figs = extract("Die Firma hat über zweihundertfünfzig Mitarbeiter.", "de")
    assert [(f.kind, f.value, f.qualifier) for f in figs] == [("number", Decimal(250), "over")]
    assert "words" in figs[0].flags
