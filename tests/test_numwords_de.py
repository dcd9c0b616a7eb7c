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
    assert found("in der oberen Hälfte der Tabelle") == []


def test_verb_achten_is_not_an_ordinal() -> None:
    assert found("Man muss darauf achten, auf sich zu achten.") == []


def test_group_count() -> None:
    # "zu dritt" = three of them: a count, not a rank
    (n,) = scan_number_words("Sie kamen zu dritt.", "de")
    assert (n.text, n.value, n.ordinal) == ("dritt", Decimal(3), False)


def test_through_extract() -> None:
    figs = extract("Die Firma hat über zweihundertfünfzig Mitarbeiter.", "de")
    assert [(f.kind, f.value, f.qualifier) for f in figs] == [("number", Decimal(250), "over")]
    assert "words" in figs[0].flags


def test_collectives_and_idioms_are_not_numbers() -> None:
    assert found("einige hundert Menschen und mehrere tausend Euro") == []
    assert found("Das ließ er außer Acht.") == []
    assert found("Minus fünf Grad") == [("Minus fünf", "-5")]


def test_superlative_with_ordinal_prefix() -> None:
    got = [(n.text, n.value, n.ordinal) for n in scan_number_words("die zweitgrößte Stadt", "de")]
    assert got == [("zweitgrößte", Decimal(2), True)]
    assert found("zweitens und drittens") == []


def test_article_before_a_unit_currency_or_percent_is_a_count() -> None:
    text = "ein Prozent mehr, ein US-Dollar, einen Kilometer weit"
    assert [v for _, v in found(text)] == ["1", "1", "1"]
    assert found("ein albanischer Politiker") == []


def test_times() -> None:
    assert found("Er war dreimal dort und noch einmal zehnmal so teuer.") == [
        ("dreimal", "3"),
        ("zehnmal", "10"),
    ]


def test_article_rule_limits() -> None:
    assert found("Das ist nicht nur eine Abkürzung.") == []
    # nouns that CLDR also lists as (kitchen, pressure) units
    assert found("an jeder Ecke eine Bar, mit einer Prise Humor") == []


def test_haelfte_needs_a_determiner() -> None:
    assert found("fast die Hälfte") == [("Hälfte", "0.5")]
    assert found("der Ball rollte in die Liverpooler Hälfte") == []


_DE_UNITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn"]
_DE_TEENS += ["siebzehn", "achtzehn", "neunzehn"]
_DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig"]
_DE_TENS += ["achtzig", "neunzig"]


def _de_below_1000(n: int, final: bool) -> str:
    """German spelling of 1 <= n < 1000 (``final``: "eins" rather than "ein")."""
    h, r = divmod(n, 100)
    out = ("ein" if h == 1 else _DE_UNITS[h]) + "hundert" if h else ""
    if r == 0:
        return out
    if r < 10:
        return out + ("eins" if r == 1 and final else _DE_UNITS[r])
    if r < 20:
        return out + _DE_TEENS[r - 10]
    t, u = divmod(r, 10)
    if u == 0:
        return out + _DE_TENS[t]
    return out + ("ein" if u == 1 else _DE_UNITS[u]) + "und" + _DE_TENS[t]


def spell_de(n: int) -> str:
    if n == 0:
        return "null"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(
            "eine Million" if millions == 1 else _de_below_1000(millions, False) + " Millionen"
        )
    word = ""
    if thousands:
        word += _de_below_1000(thousands, False) + "tausend"
    if units:
        word += _de_below_1000(units, True)
    if word:
        parts.append(word)
    return " ".join(parts)


@pytest.mark.parametrize(
    "n", [*range(0, 200), *range(200, 10000, 37), *range(10000, 3000000, 99991)]
)
def test_spelled_numbers_round_trip(n: int) -> None:
    assert parse_number_words(spell_de(n), "de") == n, spell_de(n)


def test_regional_codes_and_languages_without_tables() -> None:
    assert [n.value for n in scan_number_words("zweihundert Franken", "de-CH")] == [200]
    assert scan_number_words("dos mil personas", "es") == []
    assert parse_number_words("dos", "es") is None


def test_numbers_inside_adjectives() -> None:
    text = "eine dreijährige Amtszeit, zweitägige Gespräche, eine fünfköpfige Familie, dreifach"
    assert found(text) == [
        ("dreijährige", "3"),
        ("zweitägige", "2"),
        ("fünfköpfige", "5"),
        ("dreifach", "3"),
    ]
    assert found("Das ist einfach so, sagte der Jährige.") == []


def test_scales_multiply() -> None:
    assert parse_number_words("tausend Milliarden", "de") == 10**12


def test_article_before_a_unit_in_quotes() -> None:
    """„einen Prozent“: the closing quote does not hide the unit after the article."""
    from factcheck import extract

    figs = extract("Er sei dem „einen Prozent“ erlegen.", "de")
    assert [(f.kind, f.text) for f in figs] == [("percent", "einen Prozent")]
