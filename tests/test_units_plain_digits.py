"""Unit forms text writes beside CLDR's: a plain digit for the superscript ("45 m2"),
"lbs", "kph", French "acres" (CLDR: "acres anglo-saxonnes"); digits, a unit and digits
in one word are a code."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "Ils louent un studio de 28 m2 en centre-ville.", 28, "area-square-meter"),
        ("fr", "Le lac couvre 3,5 km2 au nord.", Decimal("3.5"), "area-square-kilometer"),
        ("de", "Das Grundstück misst 640 m2.", 640, "area-square-meter"),
        ("de", "Es wurden 12 m3 Erde abgetragen.", 12, "volume-cubic-meter"),
        ("en", "The firm sold a 95m2 office last week.", 95, "area-square-meter"),
        ("fr", "Le domaine viticole s'étend sur 120 acres.", 120, "area-acre"),
        ("en", "The boxer weighed in at 212 lbs on Friday.", 212, "mass-pound"),
        ("en", "Police said the car was doing 130 kph.", 130, "speed-kilometer-per-hour"),
    ],
)
def test_plain_digit_and_common_unit_forms(
    lang: str, text: str, value: int | Decimal, unit: str
) -> None:
    figs = [f for f in extract(text, lang) if f.kind == "quantity"]
    assert [(f.value, f.unit) for f in figs] == [(Decimal(value), unit)]


@pytest.mark.parametrize("text", ["Part 48213m115 was recalled.", "Order 3301L20 shipped."])
def test_digits_unit_digits_is_a_code(text: str) -> None:
    assert not [f for f in extract(text, "en") if f.kind == "quantity"]
