"""Comparisons the value and date rules got wrong: fractions rounded to whole
numbers, per mille read as per cent, decades and centuries as durations."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck._rules._timex import parse_duration, timex_agree


def codes(versions: dict[str, str]) -> list[str]:
    return [f.code for f in check(versions).findings if f.level in ("warning", "error")]


@pytest.mark.parametrize(
    ("versions", "want"),
    [
        ({"en": "Half of the members voted.", "fr": "Un tiers des membres a voté."}, ["FC101"]),
        (
            {"en": "The law needs a two-thirds majority.",
             "de": "Das Gesetz braucht die Zustimmung von drei Vierteln des Parlaments."},
            ["FC101"],
        ),
        (
            {"en": "A quarter of the flats are empty.",
             "de": "Ein Viertel der Wohnungen steht leer."},
            [],
        ),
        (
            {"en": "The law needs a two-thirds majority.",
             "fr": "La loi exige une majorité des deux tiers."},
            [],
        ),
        # a fraction is exact to the percent: "a third" is 33 %, not 30 %
        ({"en": "A third of the flats are empty.", "fr": "33 % des logements sont vides."}, []),
    ],
)
def test_fractions_compare_exactly(versions: dict[str, str], want: list[str]) -> None:
    assert [c for c in codes(versions) if c == "FC101"] == want


def test_per_mille_is_not_per_cent() -> None:
    en = "Turnout rose by 12 per cent."
    assert "FC101" in codes({"en": en, "de": "Die Beteiligung stieg um 12 Promille."})
    assert "FC101" in codes({"en": en, "vi": "Tỷ lệ đi bầu tăng 12 phần nghìn."})
    en = "Turnout rose by 1.2 per cent."
    assert codes({"en": en, "de": "Die Beteiligung stieg um 12 Promille."}) == []


def test_per_mille_words() -> None:
    from factcheck import extract

    assert [(f.kind, f.unit) for f in extract("Tỷ lệ là 3 phần nghìn.", "vi")] == [
        ("percent", "permille")
    ]
    assert [(f.kind, f.unit) for f in extract("The rate is 3 per mille.", "en")] == [
        ("percent", "permille")
    ]


def test_decades_and_centuries_are_durations() -> None:
    assert parse_duration("P3DE") == parse_duration("P30Y")
    assert parse_duration("P2CE") == parse_duration("P200Y")
    assert parse_duration("P1Q") == parse_duration("P3M")
    assert timex_agree("P3DE", "P2DE") is False
    assert timex_agree("P1DE", "P10Y") is True


def test_changed_number_of_decades_is_reported() -> None:
    assert "FC201" in codes({
        "en": "The river flooded twice in the past three decades.",
        "fr": "Le fleuve a débordé deux fois au cours des deux dernières décennies.",
    })


def test_de_inflected_fraction_words() -> None:
    from factcheck import extract

    figs = extract("Der Antrag wurde mit zwei Dritteln der Stimmen angenommen.", "de")
    assert [(f.text, "fraction" in f.flags) for f in figs] == [("zwei Dritteln", True)]


def test_slash_between_counts_is_no_fraction() -> None:
    """"19/29 trận" = 19 of 29 matches; "3/4" and "7/100" stay fractions."""
    from factcheck import extract

    figs = extract("Đội đã thua 19/29 trận mùa này.", "vi")
    assert [(f.text, str(f.value)) for f in figs] == [("19", "19"), ("29", "29")]
    assert [str(f.value) for f in extract("Some 3/4 of members agreed.", "en")] == ["0.75"]


@pytest.mark.parametrize(
    ("versions", "code"),
    [
        # counted nouns of one concept pair a changed small number word
        ({"en": "The chain will close four stores.",
          "de": "Die Kette wird fünf Filialen schließen."}, "FC101"),
        ({"en": "The team won its previous three matches.",
          "de": "Die Mannschaft gewann die vier vorherigen Partien."}, "FC101"),
        ({"en": "The referee waved away two penalty appeals.",
          "de": "Der Schiedsrichter verweigerte drei Strafstöße."}, "FC101"),
        # German genitive "zweier": two
        ({"en": "The mother of two children spoke first.",
          "de": "Die Mutter dreier Kinder sprach zuerst."}, "FC101"),
    ],
)
def test_small_number_words_pair_by_noun(versions: dict[str, str], code: str) -> None:
    assert code in codes(versions)


def test_same_noun_same_number_agrees() -> None:
    assert codes({"en": "The chain will close four stores.",
                  "vi": "Chuỗi sẽ đóng cửa bốn cửa hàng."}) == []
