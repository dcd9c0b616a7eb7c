"""Hedges, ranges and approximate collectives as intervals; the seed pair."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._records import QUALIFIERS, Figure

NUMERIC = ("number", "percent", "money", "quantity")


def nums(text: str, lang: str) -> list[Figure]:
    return [f for f in extract(text, lang) if f.kind in NUMERIC]


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("de", "Es kamen rund 300 Gäste.", "about"),
        ("de", "Es kamen etwa 300 Gäste.", "about"),
        ("de", "Es kamen ca. 300 Gäste.", "about"),
        ("de", "Es kamen knapp 300 Gäste.", "nearly"),
        ("de", "Es kamen fast 300 Gäste.", "nearly"),
        ("de", "Es kamen über 300 Gäste.", "over"),
        ("de", "Es kamen mehr als 300 Gäste.", "over"),
        ("de", "Es kamen mindestens 300 Gäste.", "at-least"),
        ("de", "Es kamen bis zu 300 Gäste.", "up-to"),
        ("de", "Es kamen weniger als 300 Gäste.", "under"),
        ("de", "Es kamen höchstens 300 Gäste.", "at-most"),
        ("fr", "Il y avait environ 300 invités.", "about"),
        ("fr", "Il y avait près de 300 invités.", "nearly"),
        ("fr", "Il y avait plus de 300 invités.", "over"),
        ("fr", "Il y avait au moins 300 invités.", "at-least"),
        ("fr", "Il y avait jusqu'à 300 invités.", "up-to"),
        ("fr", "Il y avait jusqu’à 300 invités.", "up-to"),
        ("fr", "Il y avait moins de 300 invités.", "under"),
        ("en", "There were about 300 guests.", "about"),
        ("en", "There were around 300 guests.", "about"),
        ("en", "There were over 300 guests.", "over"),
        ("en", "There were more than 300 guests.", "over"),
        ("en", "There were nearly 300 guests.", "nearly"),
        ("en", "There were at least 300 guests.", "at-least"),
        ("en", "There were up to 300 guests.", "up-to"),
        ("en", "There were fewer than 300 guests.", "under"),
        ("vi", "Có khoảng 300 khách.", "about"),
        ("vi", "Có hơn 300 khách.", "over"),
        ("vi", "Có gần 300 khách.", "nearly"),
        ("vi", "Có ít nhất 300 khách.", "at-least"),
        ("vi", "Có trên 300 khách.", "over"),
        ("vi", "Có dưới 300 khách.", "under"),
    ],
)
def test_hedges(lang: str, text: str, qualifier: str) -> None:
    (fig,) = nums(text, lang)
    assert fig.value == Decimal(300)
    assert fig.qualifier == qualifier
    assert qualifier in QUALIFIERS


def test_intervals() -> None:
    (over,) = nums("Es kamen über 300 Gäste.", "de")
    assert (over.low, over.high) == (Decimal(300), None)
    (under,) = nums("Il y avait moins de 300 invités.", "fr")
    assert (under.low, under.high) == (None, Decimal(300))
    (about,) = nums("There were about 300 guests.", "en")
    assert about.low == Decimal(270) and about.high == Decimal(330)
    (exact,) = nums("Có 300 khách.", "vi")
    assert exact.low == exact.high == Decimal(300) and exact.qualifier is None


def test_hedge_after() -> None:
    (fig,) = nums("Gruppen von 20 oder mehr Personen.", "de")
    assert fig.qualifier == "at-least" and fig.value == Decimal(20)
    (fig,) = nums("Des groupes de 20 personnes ou plus.", "fr")
    assert fig.value == Decimal(20)


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("de", "Es kamen zwischen 30 und 50 Gäste.", 30, 50),
        ("de", "Es kamen 30 bis 50 Gäste.", 30, 50),
        ("de", "Es kamen 30–50 Gäste.", 30, 50),
        ("de", "Es kostet 3 bis 5 Millionen Euro.", 3_000_000, 5_000_000),
        ("fr", "Il y avait entre 30 et 50 invités.", 30, 50),
        ("fr", "Il y avait de 30 à 50 invités.", 30, 50),
        ("en", "There were between 30 and 50 guests.", 30, 50),
        ("en", "There were from 30 to 50 guests.", 30, 50),
        ("en", "There were 30-50 guests.", 30, 50),
        ("vi", "Có từ 30 đến 50 khách.", 30, 50),
    ],
)
def test_ranges(lang: str, text: str, low: int, high: int) -> None:
    (fig,) = nums(text, lang)
    assert fig.qualifier == "between"
    assert (fig.low, fig.high) == (Decimal(low), Decimal(high))
    assert fig.value == Decimal(low)


def test_score_is_not_a_range() -> None:
    figs = nums("Das Spiel endete 3-1.", "de")
    assert all(f.qualifier != "between" for f in figs)


@pytest.mark.parametrize(
    ("lang", "text", "value", "low", "high", "head"),
    [
        ("fr", "Une quarantaine de bureaux ont ouvert.", 40, 35, 45, "bureaux"),
        ("fr", "Une dizaine de pays ont signé.", 10, 8, 12, "pays"),
        ("fr", "Des centaines de manifestants ont défilé.", 200, 200, 999, "manifestants"),
        ("de", "Dutzende Menschen warteten.", 24, 24, 99, "Menschen"),
        ("de", "Tausende von Menschen warteten.", 2000, 2000, 9999, "Menschen"),
        ("en", "Dozens of people waited.", 24, 24, 99, "people"),
        ("en", "Thousands of people waited.", 2000, 2000, 9999, "people"),
        ("vi", "Hàng trăm người đã chờ.", 200, 200, 999, "người"),
        ("vi", "Hàng nghìn người đã chờ.", 2000, 2000, 9999, "người"),
    ],
)
def test_collectives(lang: str, text: str, value: int, low: int, high: int, head: str) -> None:
    (fig,) = nums(text, lang)
    assert fig.qualifier == "approx-noun"
    assert (fig.value, fig.low, fig.high) == (Decimal(value), Decimal(low), Decimal(high))
    assert fig.head is not None and fig.head.startswith(head)


def test_seed_pair(seeds: tuple[str, str]) -> None:
    de, fr = seeds
    want = {
        # value: (qualifier, German head, French head)
        40: ("about", "Niederlassungen", "bureaux"),
        5000: ("over", "Mitarbeitern", "employés"),
        2500: (None, "Experten", "experts"),
        200: ("over", "Universitäten", "universités"),
    }
    for text, lang, col in ((de, "de", 1), (fr, "fr", 2)):
        figs = extract(text, lang)
        numeric = [f for f in figs if f.kind == "number"]
        for value, spec in want.items():
            hits = [f for f in numeric if f.value == Decimal(value) and f.head == spec[col]]
            assert hits, (lang, value, [(f.text, f.value, f.head) for f in numeric])
            qualifier = hits[0].qualifier
            if lang == "fr" and value == 40:
                assert qualifier == "approx-noun"
            else:
                assert qualifier == spec[0], (lang, value, qualifier)
        eleven = [f for f in numeric if f.value == Decimal(11)]
        assert eleven and "words" in eleven[0].flags
        zeros = [f for f in numeric if f.value == Decimal(0)]
        assert zeros, lang
        url = text.index("https://")
        url_end = text.index(".htm", url)
        assert not [f for f in figs if url <= f.start < url_end], lang


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # German puts the verb last: "über … verfügt" is "has", not "over"
        ("Die Region, die über 380.000 Einwohner verfügt, liegt im Norden.", None),
        ("Es kamen über 300 Gäste, die über nichts verfügten.", "over"),
        ("Die Firma hat über 5.000 Mitarbeiter.", "over"),
    ],
)
def test_de_uber_with_verfugen_at_the_end(text: str, qualifier: str | None) -> None:
    (fig,) = nums(text, "de")
    assert fig.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a year read as a date does not take the count after it along
        ("de", "Seit 2011 starben dort 360.000 Menschen, im Jahr 2011 360.000 Menschen.", "360000"),
        ("en", "In 2019 1,500 people attended.", "1500"),
        ("de", "Am 3. Mai 2019 200 Gäste.", "200"),
    ],
)
def test_count_right_after_a_year(lang: str, text: str, value: str) -> None:
    assert value in [str(f.value) for f in nums(text, lang)]


def test_de_dative_collectives() -> None:
    (fig,) = nums("Die Kette ist in Hunderten von Filialen vertreten.", "de")
    assert (fig.qualifier, int(fig.value)) == ("approx-noun", 200)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "unit", "low", "high"),
    [
        # a collective counts the scale word after it, with or without "of"/"de"/"von"
        ("en", "The museum raised hundreds of millions of dollars.", "money", "USD",
         200_000_000, 999_999_999),
        ("en", "Thousands of millions were spent.", "number", None,
         2_000_000_000, 9_999_999_999),
        ("fr", "Des dizaines de milliards d'euros manquent.", "money", "EUR",
         20_000_000_000, 99_999_999_999),
        ("fr", "Des centaines de millions de personnes votent.", "number", None,
         200_000_000, 999_999_999),
        ("de", "Hunderte Millionen Euro flossen ab.", "money", "EUR",
         200_000_000, 999_999_999),
        ("de", "Dutzende Milliarden Dollar fehlen.", "money", "USD",
         24_000_000_000, 99_999_999_999),
        ("vi", "Hàng chục tỷ đồng bị thất thoát.", "money", "VND",
         20_000_000_000, 99_999_999_999),
    ],
)
def test_collective_of_a_scale(
    lang: str, text: str, kind: str, unit: str | None, low: int, high: int
) -> None:
    (fig,) = nums(text, lang)
    assert (fig.kind, fig.unit, fig.qualifier) == (kind, unit, "approx-noun")
    assert (fig.low, fig.high, fig.value) == (Decimal(low), Decimal(high), Decimal(low))
    assert fig.scale is not None or lang == "vi"


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        # a collective of a currency is an amount: "millions of dollars"
        ("en", "Millions of dollars vanished.", "USD"),
        ("fr", "Des millions d'euros ont disparu.", "EUR"),
    ],
)
def test_collective_of_a_currency(lang: str, text: str, unit: str) -> None:
    (fig,) = nums(text, lang)
    assert (fig.kind, fig.unit, fig.value) == ("money", unit, Decimal(2_000_000))


def test_collective_before_a_noun_is_not_scaled() -> None:
    # "thousands of people": "people" is no scale word; the head stays the noun
    (fig,) = nums("Thousands of people marched.", "en")
    assert (fig.kind, fig.value, fig.head) == ("number", Decimal(2000), "people")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # vi "ước" (estimated) before the verb of the figure: an approximation
        ("GDP quý này ước tăng 6,9% so với cùng kỳ.", "about"),
        ("Xuất khẩu ước đạt 310 tỷ USD.", "about"),
        ("Nhập khẩu ước giảm 2,5%.", "about"),
        # the verb alone states the figure as it is
        ("GDP quý này tăng 6,9% so với cùng kỳ.", None),
    ],
)
def test_vi_estimated_verbs(text: str, qualifier: str | None) -> None:
    (fig,) = nums(text, "vi")
    assert fig.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # vi "lên tới": "up to", but after an aspect marker the verb "reached"
        ("Thiệt hại có thể lên tới 300 tỷ đồng.", "up-to"),
        ("Mực nước sông đã lên tới 9,8 mét.", None),
        ("Số người sơ tán đang lên đến 4.000 người.", None),
    ],
)
def test_vi_len_toi_after_an_aspect_marker(text: str, qualifier: str | None) -> None:
    (fig,) = nums(text, "vi")
    assert fig.qualifier == qualifier
