"""Rates per unit of time: an amount followed by "an hour", "per day", "pro Jahr",
"à l'heure", "mỗi năm" keeps its value and unit and yields no duration for the
"per" part; a CLDR compound unit (km/h, mph, m/s) is the quantity's unit. Real
durations stay ("for an hour", "zwei Stunden am Tag")."""

from __future__ import annotations

import pytest

from factcheck import extract


def _summary(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.kind, f.text, str(f.value), f.unit) for f in extract(text, lang)]


# -- speeds: the per-words make a CLDR compound unit ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "shown", "value", "unit"),
    [
        ("The storm hit the coast at 188 miles an hour.", "en",
         "188 miles an hour", "188", "speed-mile-per-hour"),
        ("Gusts of eighty miles an hour were measured.", "en",
         "eighty miles an hour", "80", "speed-mile-per-hour"),
        ("The ferry does 45 kilometres an hour at most.", "en",
         "45 kilometres an hour", "45", "speed-kilometer-per-hour"),
        ("The probe drifts at 3 metres a second.", "en",
         "3 metres a second", "3", "speed-meter-per-second"),
        ("Le bus circule à 90 km à l'heure sur cette route.", "fr",
         "90 km à l'heure", "90", "speed-kilometer-per-hour"),
        ("Le TGV file à 320 kilomètres-heure.", "fr",
         "320 kilomètres-heure", "320", "speed-kilometer-per-hour"),
        ("La limite passe à 80 km/heure.", "fr",
         "80 km/heure", "80", "speed-kilometer-per-hour"),
        ("Der Bus fuhr 150 Kilometer pro Stunde.", "de",
         "150 Kilometer pro Stunde", "150", "speed-kilometer-per-hour"),
        ("Der ICE erreicht 300 Stundenkilometer.", "de",
         "300 Stundenkilometer", "300", "speed-kilometer-per-hour"),
        ("Der Sturm zog mit 120 Stundenkilometern über das Land.", "de",
         "120 Stundenkilometern", "120", "speed-kilometer-per-hour"),
        ("Xe buýt chạy 60 km mỗi giờ.", "vi", "60 km mỗi giờ", "60", "speed-kilometer-per-hour"),
        ("Sóng âm đi được 340 mét một giây.", "vi",
         "340 mét một giây", "340", "speed-meter-per-second"),
    ],
)
def test_speed_is_a_compound_unit(
    text: str, lang: str, shown: str, value: str, unit: str
) -> None:
    assert _summary(text, lang) == [("quantity", shown, value, unit)]


# -- other rates: the amount stays, no duration --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "value", "unit"),
    [
        ("The mill ships 4.2 million tonnes a year.", "en", "quantity", "4200000", "mass-tonne"),
        ("The mill ships 4.2 million tonnes per year.", "en", "quantity", "4200000",
         "mass-tonne"),
        ("Cleaners are paid $14 an hour.", "en", "money", "14", "USD"),
        ("The field yields half a million barrels a day.", "en", "quantity", "500000",
         "volume-barrel"),
        ("The field yields three million barrels a day.", "en", "quantity", "3000000",
         "volume-barrel"),
        ("Guides charge two hundred dollars a day.", "en", "money", "200", "USD"),
        ("The smelter emits thousands of tonnes a year.", "en", "number", "2000", None),
        ("Cleaners are paid 14 US dollars an hour.", "en", "money", "14", "USD"),
        ("The levy grows 4% a year.", "en", "percent", "4", "percent"),
        ("Rents went up 4 per cent a year.", "en", "percent", "4", "percent"),
        ("L'usine produit 1,8 million de tonnes par an.", "fr", "quantity", "1800000",
         "mass-tonne"),
        ("Les saisonniers touchent 12 euros de l'heure.", "fr", "money", "12", "EUR"),
        ("Le chantier coûte 40 000 euros par jour.", "fr", "money", "40000", "EUR"),
        ("Das Werk liefert 1,8 Millionen Tonnen pro Jahr.", "de", "quantity", "1800000",
         "mass-tonne"),
        ("Der Streik kostet 20 Millionen Euro am Tag.", "de", "money", "20000000", "EUR"),
        ("Aushilfen bekommen 13 Euro die Stunde.", "de", "money", "13", "EUR"),
        ("Nhà máy xuất 1,8 triệu tấn mỗi năm.", "vi", "quantity", "1800000", "mass-tonne"),
        ("Người giúp việc được trả 9 đô la một giờ.", "vi", "money", "9", "USD"),
        ("Khách thuê trả 9 đô la Mỹ một giờ.", "vi", "money", "9", "USD"),
        ("Phí tăng 4% một năm.", "vi", "percent", "4", "percent"),
        ("Mỏ khai thác ba triệu thùng một ngày.", "vi", "quantity", "3000000",
         "volume-barrel"),
        ("Mỏ khai thác hàng triệu thùng một ngày.", "vi", "number", "2000000", None),
    ],
)
def test_rate_keeps_the_amount_without_a_duration(
    text: str, lang: str, kind: str, value: str, unit: str | None
) -> None:
    figs = extract(text, lang)
    assert [(f.kind, str(f.value), f.unit) for f in figs] == [(kind, value, unit)]


# -- traps: real durations and frequencies stay as they were --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The hostages were held for an hour.", "en", [("duration", "an hour", "PT1H", "H")]),
        ("A ruling is due within a day.", "en", [("duration", "a day", "P1D", "D")]),
        ("Twelve volunteers spent a year on the island.", "en",
         [("number", "Twelve", "12", None), ("duration", "a year", "P1Y", "Y")]),
        ("Take two tablets 3 times a day.", "en",
         [("number", "two", "2", None), ("number", "3", "3", None)]),
        ("Nurses work ten hours a day.", "en", [("duration", "ten hours", "PT10H", "H")]),
        ("The patrol covered 9 miles in an hour.", "en",
         [("quantity", "9 miles", "9", "length-mile"), ("duration", "an hour", "PT1H", "H")]),
        ("Sie lernt zwei Stunden am Tag.", "de", [("duration", "zwei Stunden", "PT2H", "H")]),
        ("Die Sitzung dauerte eine Stunde.", "de", [("duration", "eine Stunde", "PT1H", "H")]),
        ("Er lief 9 Kilometer in einer Stunde.", "de",
         [("quantity", "9 Kilometer", "9", "length-kilometer"),
          ("duration", "einer Stunde", "PT1H", "H")]),
        ("Il s'entraîne trois heures par jour.", "fr",
         [("duration", "trois heures", "PT3H", "H")]),
        ("La réunion a duré une heure.", "fr", [("duration", "une heure", "PT1H", "H")]),
        ("Ils ont vécu un an à Lyon.", "fr", [("duration", "un an", "P1Y", "Y")]),
        ("Chị ấy tập hai giờ mỗi ngày.", "vi", [("duration", "hai giờ", "PT2H", "H")]),
        ("Họ sống ở Huế một năm.", "vi", [("duration", "một năm", "P1Y", "Y")]),
        ("A million tourists spent a week there.", "en",
         [("number", "A million", "1000000", None), ("duration", "a week", "P1W", "W")]),
        ("Hundreds of pilgrims spent a month there.", "en",
         [("number", "Hundreds", "200", None), ("duration", "a month", "P1M", "M")]),
        # an apposition is no amount: the duration stays
        ("Smith, 41, spent a year abroad.", "en",
         [("number", "41", "41", None), ("duration", "a year", "P1Y", "Y")]),
    ],
)
def test_real_durations_stay(
    text: str, lang: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    assert _summary(text, lang) == want
