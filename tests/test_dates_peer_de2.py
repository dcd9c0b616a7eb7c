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
        ("An Allerseelen 2024 läuteten die Glocken.", [("Allerseelen 2024", "2024-11-02")]),
        ("Die Walpurgisnacht 2025 blieb ruhig.", [("Walpurgisnacht 2025", "2025-04-30")]),
        ("Zum Weltfrauentag 2024 gab es Kundgebungen.", [("Weltfrauentag 2024", "2024-03-08")]),
        # a digit before a compound or a noun is no Advent
        ("Sie zündet die 1. Adventskerze an.", []),
        ("Am 3. Spieltag verlor der Verein.", []),
    ],
)
def test_christmas_sundays_and_feasts(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text) == want
