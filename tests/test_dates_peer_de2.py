"""German constructions added from the peer's component specs (own sentences): the
Sundays counted back from Christmas (Advent, Totensonntag, Volkstrauertag, Buß- und
Bettag), further feast days, numeric month and year, "ein ganzes Jahr", the 2000s in
words, "5h"."""

from __future__ import annotations

import datetime as dt

import pytest
from _date_figs import date_figs as _figs

REF = dt.date(2025, 10, 15)


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(t, v) for t, k, v, _ in _figs(text, "de", ref=ref) if k == "date"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the 4th Advent is the last Sunday before 25 December; the others a week apart
        ("Der Markt öffnet vor dem 1. Advent 2023.", [("1. Advent 2023", "2023-12-03")]),
        ("Am dritten Advent 2025 singt der Chor.", [("dritten Advent 2025", "2025-12-14")]),
        ("Am vierten Adventssonntag 2023 war zugleich Heiligabend.",
         [("vierten Adventssonntag 2023", "2023-12-24"), ("Heiligabend", "2025-12-24")]),
        ("Der zweite Advent bringt Schnee.", [("zweite Advent", "2025-12-07")]),
        ("Bis zum ersten Advent bleibt die Halle zu.", [("ersten Advent", "2025-11-30")]),
        # Totensonntag (Ewigkeitssonntag) five weeks, Volkstrauertag six weeks before the
        # 4th Advent; Buß- und Bettag the Wednesday before Totensonntag
        ("Am Totensonntag 2025 sind die Friedhöfe voll.", [("Totensonntag 2025", "2025-11-23")]),
        ("Mit dem Ewigkeitssonntag 2023 endet das Kirchenjahr.",
         [("Ewigkeitssonntag 2023", "2023-11-26")]),
        ("Zum Volkstrauertag 2025 werden Kränze niedergelegt.",
         [("Volkstrauertag 2025", "2025-11-16")]),
        ("Der Buß- und Bettag 2023 ist nur in Sachsen frei.",
         [("Buß- und Bettag 2023", "2023-11-22")]),
        # the Swiss Bettag is the third Sunday of September
        ("Der Eidgenössische Bettag 2024 war sonnig.",
         [("Eidgenössische Bettag 2024", "2024-09-15")]),
        # other feast days
        ("Die Umzüge ziehen an Fastnacht 2024 los.", [("Fastnacht 2024", "2024-02-13")]),
        # the carnival season and its events are no day
        ("Die Mainzer Fastnacht lockt Tausende.", []),
        ("Der Umzug an St. Martin 2024 fiel aus.", [("St. Martin 2024", "2024-11-11")]),
        ("Sie flog nach St. Martin in der Karibik.", []),
        ("Am Buß und Bettag 2025 ist in Sachsen frei.", [("Buß und Bettag 2025", "2025-11-19")]),
        ("Der Handel hofft auf den Black Friday 2024.", [("Black Friday 2024", "2024-11-29")]),
        ("An Allerseelen 2024 läuteten die Glocken.", [("Allerseelen 2024", "2024-11-02")]),
        ("Die Walpurgisnacht 2025 blieb ruhig.", [("Walpurgisnacht 2025", "2025-04-30")]),
        ("Zum Weltfrauentag 2024 gab es Kundgebungen.", [("Weltfrauentag 2024", "2024-03-08")]),
        # the second Christmas day in every spelling (it was read as the first)
        ("Am 2. Weihnachtsfeiertag 2024 blieb es mild.",
         [("2. Weihnachtsfeiertag 2024", "2024-12-26")]),
        ("Der zweite Weihnachtstag ist ein Feiertag.", [("zweite Weihnachtstag", "2025-12-26")]),
        ("In der Silvesternacht 2023 brannte es.", [("Silvesternacht 2023", "2023-12-31")]),
        # a digit before a compound or a noun is no Advent
        ("Sie zündet die 1. Adventskerze an.", []),
        ("Am 3. Spieltag verlor der Verein.", []),
    ],
)
def test_christmas_sundays_and_feasts(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text) == want


def _durs(text: str) -> list[tuple[str, str]]:
    return [(t, v) for t, k, v, _ in _figs(text, "de", ref=REF) if k == "duration"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the dotted numeric date without its day: a month and its year
        ("Die Preisliste (Stand 03.2024) gilt weiter.", [("03.2024", "2024-03")]),
        ("Er war seit 11.2019 im Amt.", [("11.2019", "2019-11")]),
        ("Die Zahlen aus 07.2022 fehlen noch", [("07.2022", "2022-07")]),
        # no month, or an amount with a decimal point
        ("Der Wert lag bei 13.2016 Punkten.", []),
        ("Sie zahlte 12.2016 Euro.", []),
        ("Die Strecke misst 10.2015 Meter.", []),
    ],
)
def test_month_dot_year(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sie lebte ein ganzes Jahr in Lima.", [("ein ganzes Jahr", "P1Y")]),
        ("Er wartete einen ganzen Monat darauf.", [("einen ganzen Monat", "P1M")]),
        # half a unit without its article, or after an adjective
        ("Das dauerte ein knappes halbes Jahr.", [("halbes Jahr", "P0.5Y")]),
        ("Nach einer guten halben Stunde kam der Bus.", [("halben Stunde", "PT0.5H")]),
        ("Ein halbes Jahr später", [("Ein halbes Jahr", "P0.5Y")]),
        # a half of something else is no duration
        ("Im ersten halben Jahr stieg der Umsatz.", []),
        # CLDR's narrow hour glued to a count, after a word of narrow_unit_before
        ("Der Akku hält für 8h bis zum Abend.", [("8h", "PT8H")]),
        ("Die Sitzung dauerte 3h.", [("3h", "PT3H")]),
        ("Er fährt im 24h Rennen mit.", []),
        ("Ein 5h-Takt ist geplant.", []),
        # a quarter of a century, quarters of a year
        ("seit einem Vierteljahrhundert", [("einem Vierteljahrhundert", "P0.25CE")]),
        ("Das Projekt lief drei Vierteljahre.", [("drei Vierteljahre", "P3Q")]),
    ],
)
def test_durations(text: str, want: list[tuple[str, str]]) -> None:
    assert _durs(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the 2000s in words
        ("In den Nullerjahren boomte der Markt.", [("Nullerjahren", "200X")]),
        ("Die Zweitausenderjahre brachten das Smartphone.", [("Zweitausenderjahre", "200X")]),
        # "Zweitausender" alone are mountains of 2000 metres
        ("Sie bestiegen drei Zweitausender.", []),
        # the current period: "laufend", "aktuell"
        ("Im laufenden Jahr sank die Zahl.", [("laufenden Jahr", "2025")]),
        ("Die Bilanz des laufenden Quartals", [("laufenden Quartals", "2025-Q4")]),
        ("Im aktuellen Monat gab es Frost.", [("aktuellen Monat", "2025-10")]),
        # the rest of this period
        ("Für den Rest dieser Woche bleibt es kalt.", [("Rest dieser Woche", "2025-10-15")]),
        # an ordinal week or day of a relative period in the genitive, with no joiner
        ("In der ersten Woche nächsten Monats beginnt der Bau.",
         [("ersten Woche nächsten Monats", "2025-11-W01")]),
        ("Am ersten Tag dieses Monats regnete es.", [("ersten Tag dieses Monats", "2025-10-01")]),
        # ... not of an absolute date: "in der zweiten Woche Juli" stays July
        ("In der zweiten Woche Juli", [("Juli", "2025-07")]),
    ],
)
def test_periods(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a relative year and a part of it after "im", "am", "an", "zu": one date
        ("Letztes Jahr im Dezember fiel kaum Schnee.", [("Letztes Jahr im Dezember", "2024-12")]),
        ("Nächstes Jahr zu Weihnachten kommt sie heim.",
         [("Nächstes Jahr zu Weihnachten", "2026-12-25")]),
        ("Was machen wir dieses Jahr an Pfingsten?", [("dieses Jahr an Pfingsten", "2025-06-08")]),
        ("Sie heirateten 2019 am 3. Mai in Bonn.", [("2019 am 3. Mai", "2019-05-03")]),
        # a weekday is no part of a year
        ("Letztes Jahr am Montag", [("Letztes Jahr", "2024"), ("Montag", "2025-10-13")]),
    ],
)
def test_year_then_part(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text) == want


def _ranges(text: str) -> list[tuple[str, str, str | None]]:
    return [(t, v, e) for t, k, v, e in _figs(text, "de", ref=REF) if k == "date"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # numeric dates with CLDR's final dot ("d.M.") joined by a dash are a range
        ("Die Messe läuft vom 14.11. - 18.12. in Halle 3.",
         [("vom 14.11. - 18.12.", "2025-11-14", "2025-12-18")]),
        ("Ferien: 21.07.-29.08.2026", [("21.07.-29.08.2026", "2026-07-21", "2026-08-29")]),
        ("Sperrung vom 2.3.-9.4.", [("vom 2.3.-9.4.", "2026-03-02", "2026-04-09")]),
        # "zwischen dem 13.05. und dem 17.06.": the first date was lost (the space after
        # its final dot, where a year may follow, made it a number)
        ("Gebaut wird zwischen dem 12.05. und dem 16.06.",
         [("zwischen dem 12.05. und dem 16.06.", "2025-05-12", "2025-06-16")]),
        ("Seit dem 12.05. gilt die Regel.", [("12.05.", "2025-05-12", None)]),
        # without the final dots "6.5-7.5" stays no range (a decimal, a score)
        ("Die Werte 6.5-7.5 gelten.", []),
    ],
)
def test_numeric_ranges(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert _ranges(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month named before its days: the days are of that month (they were read as
        # days of the reference month)
        ("Im Juni vom 2. bis zum 6. ruht der Betrieb.",
         [("Juni vom 2. bis zum 6.", "2025-06-02", "2025-06-06")]),
        ("Im März 2024 zwischen dem 11. und dem 15. fiel Schnee.",
         [("März 2024 zwischen dem 11. und dem 15.", "2024-03-11", "2024-03-15")]),
        # numbers without a day's dot are no days; days followed by their own month keep it
        ("Im Mai stieg sie von 3 bis 7 Prozent.", [("Mai", "2025-05", None)]),
        ("Im Juni vom 2. bis 6. Juli", [("Juni", "2025-06", None),
                                       ("vom 2. bis 6. Juli", "2025-07-02", "2025-07-06")]),
    ],
)
def test_month_then_days(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert _ranges(text) == want
