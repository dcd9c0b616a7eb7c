"""Comparative hedges and bounds: "greater than", "supérieur à", "größer als", "or
older", comparison signs; a bound after an approximation; counts after hedges that
are no years ("plus de 2000.", "de 1000 à 5000")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._records import Figure

NUMERIC = ("number", "percent", "money", "quantity", "duration")


def nums(text: str, lang: str) -> list[Figure]:
    return [f for f in extract(text, lang) if f.kind in NUMERIC]


def one(text: str, lang: str) -> Figure:
    figs = nums(text, lang)
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "The fine is greater than 400 dollars.", 400, "over"),
        ("en", "Losses exceeding 12 million euros were reported.", 12000000, "over"),
        ("en", "Sales are expected to surpass 8,000 units.", 8000, "over"),
        ("en", "Turnout was lower than 45 percent.", 45, "under"),
        ("en", "Any bid smaller than 90 euros is refused.", 90, "under"),
        ("en", "Groups of less than or equal to 12 pupils get a grant.", 12, "at-most"),
        ("en", "Households with equal to or more than 4 children qualify.", 4, "at-least"),
        ("en", "Residents aged 65 or older were invited.", 65, "at-least"),
        ("en", "Children aged 5 and under travel free.", 5, "at-most"),
        ("en", "Flats of 40 square metres or greater are taxed.", 40, "at-least"),
        ("en", "The cohort counted > 300 patients.", 300, "over"),
        ("en", "The cohort counted ≥ 300 patients.", 300, "at-least"),
        ("en", "Only ≤ 20 seats remain.", 20, "at-most"),
        ("en", "She is over 70 years old.", 70, "over"),
        ("fr", "Un montant supérieur à 300 euros est imposé.", 300, "over"),
        ("fr", "Une somme inférieure à 40 euros suffit.", 40, "under"),
        ("fr", "Il faudra 40 ou davantage pour tenir le chantier.", 40, "at-least"),
        ("fr", "Les salaires égaux ou inférieurs à 1 800 euros sont exonérés.", 1800, "at-most"),
        ("fr", "Les prêts supérieurs ou égaux à 500 euros sont déclarés.", 500, "at-least"),
        ("fr", "La température est restée en dessous de 12 degrés.", 12, "under"),
        ("fr", "Les groupes de 12 et moins ont un tarif réduit.", 12, "at-most"),
        ("fr", "Un écart plus grand que 15 points a été mesuré.", 15, "over"),
        ("de", "Ein Betrag größer als 300 Euro muss gemeldet werden.", 300, "over"),
        ("de", "Die Quote lag niedriger als 45 Prozent.", 45, "under"),
        ("de", "Befragt wurden Menschen ab 18 Jahren oder älter, genauer 60 oder älter.",
         60, "at-least"),
    ],
)
def test_comparative_hedges(lang: str, text: str, value: int, qualifier: str) -> None:
    figs = [f for f in nums(text, lang) if f.qualifier == qualifier]
    assert figs, nums(text, lang)
    fig = figs[-1]
    got = fig.value if isinstance(fig.value, Decimal) else fig.low
    assert got == Decimal(value)


def test_bound_after_an_approximation_wins() -> None:
    fig = one("They expect about 2,500 or more visitors.", "en")
    assert (fig.qualifier, fig.low, fig.high) == ("at-least", Decimal(2500), None)
    fig = one("On attend environ 2 500 visiteurs ou plus.", "fr")
    assert fig.qualifier in ("at-least", "about")  # "ou plus" after the noun: too far
    fig = one("On attend environ 2 500 ou plus.", "fr")
    assert fig.qualifier == "at-least"


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("en", "Prices ranged from 400 or less than 900 in the region.", None, "under"),
        ("fr", "Le loyer est de 400 ou moins de 900 selon la ville.", None, "under"),
        ("fr", "Un score de 12 et plus petit que 30 est rare.", None, "under"),
        ("de", "Die Miete betrug 400 oder weniger als 900 Euro.", None, "under"),
    ],
)
def test_after_hedge_that_opens_the_next_comparison(
    lang: str, text: str, first: str | None, second: str
) -> None:
    figs = nums(text, lang)
    assert [f.qualifier for f in figs] == [first, second]


@pytest.mark.parametrize("text", ["<>30 cases", "=>30 cases", "!=30 cases"])
def test_unknown_comparison_signs(text: str) -> None:
    assert one(text, "en").qualifier is None


def test_through_joins_a_range() -> None:
    fig = one("Grades 6 through 12 will return on Monday.", "en")
    assert (fig.qualifier, fig.low, fig.high) == ("between", Decimal(6), Decimal(12))


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("fr", "Les manifestants étaient plus de 2000.", 2000, "over"),
        ("fr", "Selon la police, ils étaient près de 1900.", 1900, "nearly"),
        ("de", "Am Ende waren es mehr als 2000.", 2000, "over"),
        ("en", "The crowd grew to nearly 2000.", 2000, "nearly"),
        ("fr", "Les loyers varient de 1200 à 4500 selon le quartier.", 1200, "between"),
        ("fr", "La facture est supérieure à 1500.", 1500, "over"),
    ],
)
def test_counts_after_amount_hedges_are_no_years(
    lang: str, text: str, value: int, qualifier: str
) -> None:
    figs = extract(text, lang)
    assert not [f for f in figs if f.kind == "date"], figs
    fig = one(text, lang)
    assert (fig.value, fig.qualifier) == (Decimal(value), qualifier)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La cathédrale fut bâtie de 1200 à 1350."),
        ("fr", "La ville fut fondée en 1500."),
        ("en", "The sales for year 2012 grew."),
    ],
)
def test_years_stay_years(lang: str, text: str) -> None:
    assert [f.kind for f in extract(text, lang)] == ["date"]
