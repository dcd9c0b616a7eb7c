"""Percentages, percentage points, quantities with CLDR unit ids, scale words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._records import Figure


def kind(text: str, lang: str, k: str) -> list[Figure]:
    return [f for f in extract(text, lang) if f.kind == k]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Die Quote sank auf 16 Prozent.", "16"),
        ("de", "Die Quote sank auf 16 %.", "16"),
        ("de", "Die Quote sank auf 16,5%.", "16.5"),
        ("fr", "Le taux a baissé de 16 pour cent.", "16"),
        ("fr", "Le taux a baissé de 16\u202f%.", "16"),
        ("fr", "Le taux a baissé de 16,5 %.", "16.5"),
        ("en", "The rate fell to 16 per cent.", "16"),
        ("en", "The rate fell to 16.5%.", "16.5"),
        ("en", "The rate fell to 16 percent.", "16"),
        ("vi", "Tỷ lệ giảm còn 16 phần trăm.", "16"),
        ("vi", "Tỷ lệ giảm còn 16,5%.", "16.5"),
    ],
)
def test_percent(lang: str, text: str, value: str) -> None:
    (fig,) = kind(text, lang, "percent")
    assert fig.value == Decimal(value) and fig.unit == "percent"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Partei verlor 3 Prozentpunkte."),
        ("fr", "Le parti a perdu 3 points de pourcentage."),
        ("en", "The party lost 3 percentage points."),
        ("vi", "Đảng mất 3 điểm phần trăm."),
    ],
)
def test_percentage_points(lang: str, text: str) -> None:
    (fig,) = kind(text, lang, "percent")
    assert fig.value == Decimal(3) and fig.unit == "percentage-point"


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("de", "Die Strecke ist 42 km lang.", "42", "length-kilometer"),
        ("de", "Nach 42 Kilometern war Schluss.", "42", "length-kilometer"),
        ("de", "Es wurde 38 °C heiß.", "38", "temperature-celsius"),
        ("de", "Die Anlage leistet 120 MW.", "120", "power-megawatt"),
        ("de", "Die Wohnung hat 85 m².", "85", "area-square-meter"),
        ("de", "Der Wal wog 12 Tonnen.", "12", "mass-tonne"),
        ("fr", "Le parcours fait 42 kilomètres.", "42", "length-kilometer"),
        ("fr", "Il a fait 38\u202f°C.", "38", "temperature-celsius"),
        ("fr", "Le colis pèse 2,5 kg.", "2.5", "mass-kilogram"),
        ("en", "The route is 42 km long.", "42", "length-kilometer"),
        ("en", "The plant produces 120 megawatts.", "120", "power-megawatt"),
        ("en", "It weighs 2.5 kilograms.", "2.5", "mass-kilogram"),
        ("vi", "Quãng đường dài 42 km.", "42", "length-kilometer"),
        ("vi", "Nhiệt độ lên tới 38°C.", "38", "temperature-celsius"),
    ],
)
def test_quantities(lang: str, text: str, value: str, unit: str) -> None:
    (fig,) = kind(text, lang, "quantity")
    assert fig.value == Decimal(value) and fig.unit == unit


def test_ambiguous_short_units_are_not_units() -> None:
    # "in" is the inch abbreviation in CLDR, but "5 in 10" is not a length
    assert kind("Only 5 in 10 voters agreed.", "en", "quantity") == []
    # it is a proportion (factcheck._ratios): 5/10, that also states the count 5
    figs = kind("Only 5 in 10 voters agreed.", "en", "number")
    assert [(f.value, f.alt_value) for f in figs] == [(Decimal("0.5"), Decimal(5))]


@pytest.mark.parametrize(
    ("lang", "text", "value", "scale"),
    [
        ("de", "Die Stadt hat 2,5 Millionen Einwohner.", "2500000", "Millionen"),
        ("de", "Die Stadt hat 2,5 Mio. Einwohner.", "2500000", "Mio."),
        ("fr", "La ville compte 2,5 millions d'habitants.", "2500000", "millions"),
        ("en", "The city has 2.5 million residents.", "2500000", "million"),
        ("en", "The app has 40k users.", "40000", "k"),
        ("vi", "Thành phố có 2,5 triệu dân.", "2500000", "triệu"),
        ("vi", "Thị trường 3 tỷ người.", "3000000000", "tỷ"),
    ],
)
def test_scales(lang: str, text: str, value: str, scale: str) -> None:
    (fig,) = kind(text, lang, "number")
    assert fig.value == Decimal(value) and fig.scale == scale


def test_counted_noun() -> None:
    (fig,) = kind("Sie hat 2.500 technische Experten.", "de", "number")
    assert fig.head == "Experten"
    (fig,) = kind("Elle emploie 5 000 employés.", "fr", "number")
    assert fig.head == "employés"
    (fig,) = kind("It has 2,500 technical experts.", "en", "number")
    assert fig.head == "experts"
    (fig,) = kind("Công ty có 5.000 nhân viên.", "vi", "number")
    assert fig.head == "nhân viên"


@pytest.mark.parametrize(
    ("text", "kind_", "value"),
    [
        ("About 5m people watched.", "number", "5000000"),
        ("It reached 3m homes.", "number", "3000000"),
        ("The wall is 5m long.", "quantity", "5"),
        ("She won the 100m final.", "quantity", "100"),
        ("The club paid £5m.", "money", "5000000"),
    ],
)
def test_english_m_is_million_or_metre(text: str, kind_: str, value: str) -> None:
    figs = [f for f in extract(text, "en") if f.kind in ("number", "quantity", "money")]
    assert [(f.kind, f.value) for f in figs] == [(kind_, Decimal(value))]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # British spellings come from CLDR's macro-region variant (en_001)
        ("The river rose by 3 metres overnight.", "length-meter"),
        ("The village lies 12 kilometres inland.", "length-kilometer"),
        ("Some 62 litres of rain fell per square metre.", "volume-liter"),
        ("The plot covers 4,500 square metres.", "area-square-meter"),
        # and the American ones stay
        ("The river rose by 3 meters overnight.", "length-meter"),
    ],
)
def test_en_british_spellings(text: str, unit: str) -> None:
    figs = [f for f in extract(text, "en") if f.kind == "quantity"]
    assert figs and figs[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "gray" is a colour unless radiation is the topic (en [units] context)
        ("She saw one gray whale off the coast.", None),
        ("The tumour received a radiation dose of 60 gray.", "energy-gray"),
        ("The dose was 2 Gy.", "energy-gray"),
    ],
)
def test_gray_needs_a_radiation_context(text: str, unit: str | None) -> None:
    (fig,) = extract(text, "en")
    assert fig.unit == unit


@pytest.mark.parametrize(
    ("text", "kind_", "unit"),
    [
        # an elided article is no unit: "l'an" is not a litre
        ("Les ventes ont atteint 22 milliards, contre 20 l'an dernier.", "number", None),
        ("Ils étaient 40 l’année précédente.", "number", None),
        # the unit itself stays
        ("Il faut 5 l d'eau par personne.", "quantity", "volume-liter"),
    ],
)
def test_fr_elided_article_is_no_unit(text: str, kind_: str, unit: str | None) -> None:
    figs = [f for f in extract(text, "fr") if f.kind in ("number", "quantity")]
    assert (figs[-1].kind, figs[-1].unit) == (kind_, unit)
