"""Money: symbols, ISO codes and currency names before or after the amount, scale words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._records import Figure


def money(text: str, lang: str) -> list[Figure]:
    return [f for f in extract(text, lang) if f.kind == "money"]


@pytest.mark.parametrize(
    ("lang", "text", "value", "code"),
    [
        ("de", "Der Konzern verlor 3,4 Milliarden britische Pfund.", "3400000000", "GBP"),
        ("de", "Die Anlage kostete 18.900 US-Dollar.", "18900", "USD"),
        ("de", "Er spendete 250 Euro.", "250", "EUR"),
        ("de", "Der Umsatz stieg auf 4,2 Mio. €.", "4200000", "EUR"),
        ("de", "Das Budget beträgt 12 500 EUR.", "12500", "EUR"),
        ("de", "Ein Auftrag über 7 Mrd. Euro.", "7000000000", "EUR"),
        ("de", "Das kostet 19,99 Schweizer Franken.", "19.99", "CHF"),
        ("de", "Für 16,4 Millionen kanadische Dollar.", "16400000", "CAD"),
        ("fr", "Le club a dépensé 85 millions de livres sterling.", "85000000", "GBP"),
        ("fr", "Le billet coûte 18 900 $.", "18900", "USD"),
        ("fr", "Une amende de 3 milliards d'euros.", "3000000000", "EUR"),
        ("fr", "Un contrat de 4,5 Mds €.", "4500000000", "EUR"),
        ("fr", "La facture s'élève à 1 250 francs suisses.", "1250", "CHF"),
        ("en", "The club paid £85m for the striker.", "85000000", "GBP"),
        ("en", "A fine of $3.5bn was imposed.", "3500000000", "USD"),
        ("en", "It raised 18,900 US dollars.", "18900", "USD"),
        ("en", "The deal is worth €2 billion.", "2000000000", "EUR"),
        ("en", "Tickets cost USD 45.", "45", "USD"),
        ("vi", "Dự án trị giá 1.200 tỷ đồng.", "1200000000000", "VND"),
        ("vi", "Giá vé là 45 USD.", "45", "USD"),
        ("vi", "Khoản vay 2,5 triệu đô la.", "2500000", "USD"),
        ("vi", "Giá 150.000 ₫.", "150000", "VND"),
    ],
)
def test_money(lang: str, text: str, value: str, code: str) -> None:
    (fig,) = money(text, lang)
    assert fig.value == Decimal(value)
    assert fig.unit == code


def test_scale_word_is_recorded() -> None:
    (fig,) = money("Der Konzern verlor 3,4 Milliarden Euro.", "de")
    assert fig.scale == "Milliarden"
    (fig,) = money("Une perte de 3,4 milliards d'euros.", "fr")
    assert fig.scale == "milliards"


def test_german_billion_is_a_trillion() -> None:
    (de,) = money("Die Schulden betragen 2 Billionen Euro.", "de")
    (en,) = money("The debt is 2 billion euros.", "en")
    assert de.value == Decimal(2 * 10**12)
    assert en.value == Decimal(2 * 10**9)


def test_amount_and_cents() -> None:
    (fig,) = money("Es kostet 15 Dollar und 20 Cent.", "de")
    assert fig.value == Decimal("15.20") and fig.unit == "USD"
    (fig,) = money("It costs 3 dollars 50.", "en")
    assert fig.value == Decimal("3.50")


def test_cents_alone_are_the_subunit() -> None:
    (fig,) = money("The share rose 45 cents.", "en")
    assert fig.value == Decimal("0.45") and fig.unit == "USD" and "subunit" in fig.flags


def test_hedged_money() -> None:
    (fig,) = money("Rund 14 Millionen Dollar flossen.", "de")
    assert fig.qualifier == "about" and fig.value == Decimal(14_000_000)
    (fig,) = money("Plus de 2 milliards d'euros.", "fr")
    assert fig.qualifier == "over" and fig.low == Decimal(2 * 10**9) and fig.high is None
