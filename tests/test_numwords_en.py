"""English number words: "and", hyphens, "a hundred", "a dozen", "one" as a pronoun."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._numwords import parse_number_words, scan_number_words


def found(text: str) -> list[tuple[str, str]]:
    return [(n.text, str(n.value)) for n in scan_number_words(text, "en")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("zero", 0),
        ("eleven", 11),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("ninety-nine", 99),
        ("a hundred", 100),
        ("one hundred and six", 106),
        ("two hundred and fifty", 250),
        ("nineteen hundred", 1900),
        ("two thousand and twelve", 2012),
        ("one million two hundred thousand", 1200000),
        ("twenty-one trillion and three hundred", 21000000000300),
        ("a dozen", 12),
        ("three dozen", 36),
        ("half a dozen", 6),
        ("five and a half million", 5500000),
        ("two point five", Decimal("2.5")),
    ],
)
def test_cardinals(words: str, value: int) -> None:
    assert parse_number_words(words, "en") == Decimal(value)


def test_in_a_sentence() -> None:
    text = "The charity runs forty-two shelters and employs two hundred and fifty people."
    assert found(text) == [("forty-two", "42"), ("two hundred and fifty", "250")]


def test_two_numbers_side_by_side_stay_apart() -> None:
    assert found("two three-year terms") == [("two", "2"), ("three", "3")]
    assert found("nought four") == [("nought", "0"), ("four", "4")]


def test_articles_alone_are_not_numbers() -> None:
    assert found("A spokesman said an agreement was near.") == []


@pytest.mark.parametrize(
    "text",
    ["one of the largest firms", "the one that got away", "no one came", "one another"],
)
def test_one_as_pronoun(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["only one candidate", "one or two days", "one person died"])
def test_one_as_count(text: str) -> None:
    assert ("one", "1") in found(text)


def test_names_are_not_numbers() -> None:
    assert found("Rain spreads into the Four Corners on Tuesday.") == []
    assert found("Four people were hurt.") == [("Four", "4")]


def test_both() -> None:
    assert found("both sides agreed") == [("both", "2")]
    assert found("both in Paris and in Berlin") == []


def test_bare_plural_scales_are_collectives_not_numbers() -> None:
    assert found("hundreds of people and thousands of dollars") == []
    assert found("2 million people") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("a third of the staff", "a third", "0.333333333333333"),
        ("one third", "one third", "0.333333333333333"),
        ("two-thirds of voters", "two-thirds", "0.666666666666667"),
        ("three quarters of the land", "three quarters", "0.75"),
        ("a quarter of firms", "a quarter", "0.25"),
        ("half of them", "half", "0.5"),
        ("one and a half years", "one and a half", "1.5"),
        ("three fifths", "three fifths", "0.6"),
        # an article and an ordinal before a punctuation mark: a fraction
        ("coffee sales fell by a fifth.", "a fifth", "0.2"),
        ("it lost a third, then more", "a third", "0.333333333333333"),
    ],
)
def test_fractions(text: str, surface: str, value: str) -> None:
    (n,) = scan_number_words(text, "en")
    assert (n.text, str(n.value), n.fraction) == (surface, value, True)


def test_fraction_words_in_other_senses() -> None:
    assert found("the other half") == []
    assert [(f.kind, f.value) for f in extract("a fifth-place finish", "en")] == [
        ("ordinal", Decimal(5))
    ]
    assert found("thirty seconds") == [("thirty", "30")]


def test_through_extract() -> None:
    figs = extract("about two hundred and fifty staff", "en")
    assert [(f.kind, f.value, f.qualifier) for f in figs] == [("number", Decimal(250), "about")]


def test_titles_and_negatives() -> None:
    assert found("the first lady") == []
    assert found("minus five point five") == [("minus five point five", "-5.5")]
    assert found("three hundred and two dozen") == [("three hundred and two dozen", "324")]


def test_twice() -> None:
    assert found("twice as many") == [("twice", "2")]


def test_one_after_determiner_and_adjective_is_a_pronoun() -> None:
    assert found("the final one and a big one") == []
    assert found("the top half, at half-time") == []


_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
_EN_TEENS += ["seventeen", "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_below_1000(n: int) -> str:
    h, r = divmod(n, 100)
    out = [f"{_EN_UNITS[h]} hundred"] if h else []
    if r:
        if out:
            out.append("and")
        if r < 10:
            out.append(_EN_UNITS[r])
        elif r < 20:
            out.append(_EN_TEENS[r - 10])
        else:
            t, u = divmod(r, 10)
            out.append(_EN_TENS[t] + (f"-{_EN_UNITS[u]}" if u else ""))
    return " ".join(out)


def spell_en(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((1_000_000, "million"), (1000, "thousand")):
        q, n = divmod(n, scale)
        if q:
            parts.append(f"{_en_below_1000(q)} {name}")
    if n:
        parts.append(_en_below_1000(n))
    return " ".join(parts)


@pytest.mark.parametrize(
    "n", [*range(0, 200), *range(200, 10000, 37), *range(10000, 3000000, 99991)]
)
def test_spelled_numbers_round_trip(n: int) -> None:
    assert parse_number_words(spell_en(n), "en") == n, spell_en(n)


def test_long_chain_of_connectors() -> None:
    """A run of thousands of words joined by "and" is read in linear time and bounded
    recursion (it used to recurse once per "and" and raise RecursionError)."""
    text = "one and " * 3000
    found_numbers = scan_number_words(text, "en")
    assert len(found_numbers) == 3000
    assert {(n.text, n.value) for n in found_numbers} == {("one", Decimal(1))}
    assert parse_number_words(" and ".join(["one"] * 3000), "en") is None
    assert parse_number_words(" and ".join(["two hundred"] * 40), "en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one point minus five", [("one", "1"), ("minus five", "-5")]),
        ("two point negative one", [("two", "2"), ("negative one", "-1")]),
        ("two point five", [("two point five", "2.5")]),
    ],
)
def test_point_before_a_negative_number(text: str, expected: list[tuple[str, str]]) -> None:
    """A spelled decimal point before "minus …" has no decimal places (it used to raise
    decimal.InvalidOperation)."""
    assert [(f.text, str(f.value)) for f in extract(text, "en")] == expected


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        # a connector before a scale as large as the one before joins two numbers
        (
            "en",
            "three thousand and two thousand",
            [("three thousand", "3000"), ("two thousand", "2000")],
        ),
        ("en", "two hundred and two hundred", [("two hundred", "200"), ("two hundred", "200")]),
        ("fr", "trois mille et deux mille", [("trois mille", "3000"), ("deux mille", "2000")]),
        ("de", "dreitausend und zweitausend", [("dreitausend", "3000"), ("zweitausend", "2000")]),
        # and the parts of one number still join
        ("en", "three thousand and two hundred", [("three thousand and two hundred", "3200")]),
        ("en", "one million and two thousand", [("one million and two thousand", "1002000")]),
    ],
)
def test_connector_between_two_numbers(
    lang: str, text: str, numbers: list[tuple[str, str]]
) -> None:
    assert [(n.text, str(n.value)) for n in scan_number_words(text, lang)] == numbers


def test_the_one_percent_is_a_number() -> None:
    """"the one" is a pronoun, but "the one percent" (the richest 1 %) a percentage."""
    from factcheck import extract

    figs = extract('Critics call them the "one percent."', "en")
    assert [(f.kind, f.text) for f in figs] == [("percent", "one percent")]
    assert extract("She was the one who called.", "en") == []


def test_halves_are_halved_matches_not_a_fraction() -> None:
    """"seven halves" (golf: halved matches) is seven, never 7/2."""
    from factcheck import extract

    figs = extract("He has 12 wins, 9 losses and seven halves.", "en")
    assert [(f.text, str(f.value)) for f in figs if f.text == "seven"] == [("seven", "7")]
    figs = extract("Il compte 12 victoires, 9 défaites et sept demis.", "fr")
    assert [(f.text, str(f.value)) for f in figs if f.text == "sept"] == [("sept", "7")]
