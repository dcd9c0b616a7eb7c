"""Constructions added from groups of French peer failures (own sentences): a month
name, a day and a four-digit year joined in any order, three-letter month forms between
numbers, a month before its day and year."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck._dates import extract_dates

REF = dt.date(2024, 9, 10)


def _dates(text: str, lang: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [
        (f.text, str(f.value))
        for f in extract_dates(text, lang, reference_date=ref)
        if f.kind == "date"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Le colis est parti le 2021/Mar/14.", "fr", ("2021/Mar/14", "2021-03-14")),
        ("Connexion refusée : 07/Fev/2019 à midi.", "fr", ("07/Fev/2019", "2019-02-07")),
        ("Le dossier porte la date Oct-05-2011.", "fr", ("Oct-05-2011", "2011-10-05")),
        ("Eingang 12/Dez/2022 laut Stempel.", "de", ("12/Dez/2022", "2022-12-12")),
        ("Inscription close au 30-Aou-2018.", "fr", ("30-Aou-2018", "2018-08-30")),
    ],
)
def test_three_letter_month_between_numbers(text: str, lang: str, want: tuple[str, str]) -> None:
    assert _dates(text, lang) == [want]


def test_three_letters_two_months_share_are_no_month() -> None:
    # "jui" starts both juin and juillet
    assert _dates("Lot 05-Jui-2016 retiré.", "fr") == [("2016", "2016")]


def test_three_letters_alone_are_no_month() -> None:
    assert _dates("La SEP touche surtout les jeunes adultes.", "fr") == []
    assert _dates("Le marché ouvre le mar 5.", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Échéance fixée au mars-2022-17 dans le tableau.", "fr", ("mars-2022-17", "2022-03-17")),
        ("Version du 2023/08/juin retirée.", "fr", ("2023/08/juin", "2023-06-08")),
        ("Ligne 2019/30/avril du registre.", "fr", ("2019/30/avril", "2019-04-30")),
        ("Saisie : 4-2015-janvier.", "fr", ("4-2015-janvier", "2015-01-04")),
        ("Stand 11/2020/Mai im Archiv.", "de", ("11/2020/Mai", "2020-05-11")),
    ],
)
def test_month_name_day_and_year_in_any_order(text: str, lang: str, want: tuple[str, str]) -> None:
    assert _dates(text, lang) == [want]


def test_month_name_year_and_two_digits_is_no_year_range() -> None:
    assert _dates("Bilan octobre-2021-05.", "fr") == [("octobre-2021-05", "2021-10-05")]
    assert _dates("La saison 2021-05 fut longue.", "fr") != [("2021-05", "2021-05-05")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Elle a signé le contrat mars 3 de 2014.", "fr", ("mars 3 de 2014", "2014-03-03")),
        ("Le traité date de juillet 14, 1790.", "fr", ("juillet 14, 1790", "1790-07-14")),
        ("Er kam am Oktober 9 1989 an.", "de", ("Oktober 9 1989", "1989-10-09")),
    ],
)
def test_month_day_and_year(text: str, lang: str, want: tuple[str, str]) -> None:
    assert _dates(text, lang) == [want]


def test_month_and_count_without_year_is_no_day() -> None:
    assert _dates("En avril 12 équipes se sont inscrites.", "fr") == [("avril", "2024-04")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Le conseil se réunit le 14.", [("14", "2024-09-14")]),
        (
            "Il est arrivé le 3 septembre et reparti le 9",
            [("3 septembre", "2024-09-03"), ("9", "2024-09-09")],
        ),
        (
            "Nous partons le 26 pour deux semaines.",
            [("26", "2024-09-26"), ("deux semaines", "P2W")],
        ),
        ("La vente ouvre le 1er, à midi.", [("1er", "2024-09-01")]),
        ("On vote le 5 ou le 12.", [("5", "2024-09-05"), ("12", "2024-09-12")]),
    ],
)
def test_day_alone_after_le(text: str, want: list[tuple[str, str]]) -> None:
    got = [
        (f.text, str(f.value))
        for f in extract_dates(text, "fr", reference_date=REF)
        if f.kind in ("date", "duration")
    ]
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "Le 15 de France a battu l'Irlande.",
        "Il a présenté le 20 heures pendant dix ans.",
        "Le 11 tricolore est connu.",
        "Elle a remporté le 1er tour.",
        "Il porte le 23 depuis deux saisons",
    ],
)
def test_le_and_a_number_before_a_noun_is_no_day(text: str) -> None:
    assert [f for f in extract_dates(text, "fr", reference_date=REF) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Elle est née le 04 11 93 à Lyon.", "fr", [("04 11 93", "1993-11-04")]),
        ("Contrat signé 7 3 01.", "fr", [("7 3 01", "2001-03-07")]),
        ("Geboren 30 06 85 in Köln.", "de", [("30 06 85", "1985-06-30")]),
    ],
)
def test_spaced_day_month_and_two_digit_year(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    "text",
    [
        "Appelez le 04 12 93 45 67 pour réserver.",
        "Le standard, 01 22 33 44 55, répond.",
        "Les numéros 2 14 25 33 sont sortis.",
        "Code 12 13 45 à saisir.",
    ],
)
def test_spaced_numbers_in_a_longer_run_are_no_date(text: str) -> None:
    assert _dates(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Le congrès a lieu les 6 et 7 octobre 2025.",
            "fr",
            [("6", "2025-10-06"), ("7 octobre 2025", "2025-10-07")],
        ),
        ("Grève le 2 et le 3 décembre.", "fr", [("2", "2024-12-02"), ("3 décembre", "2024-12-03")]),
        (
            "Tagung am 8. und 9. Mai 2025.",
            "de",
            [("8.", "2025-05-08"), ("9. Mai 2025", "2025-05-09")],
        ),
        (
            "Polls open on 5 and 6 May 2025.",
            "en",
            [("5", "2025-05-05"), ("6 May 2025", "2025-05-06")],
        ),
    ],
)
def test_two_days_sharing_a_month(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


def test_two_days_after_between_stay_a_range() -> None:
    got = [
        (f.text, str(f.value), f.value_end)
        for f in extract_dates("Fermé entre le 6 et le 9 mars 2025.", "fr", reference_date=REF)
    ]
    assert got == [("entre le 6 et le 9 mars 2025", "2025-03-06", "2025-03-09")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Les soldes finissent en fevrier", ("fevrier", "2025-02")),
        ("Rentrée prévue fin aout", ("aout", "2024-08")),
        ("Le festival commence en Decembre", ("Decembre", "2024-12")),
    ],
)
def test_french_month_without_accents_alone(text: str, want: tuple[str, str]) -> None:
    assert _dates(text, "fr") == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Les chiffres du mois de nov. sont parus.", [("nov", "2023-11")]),
        ("Au mois d'oct. la production a chuté.", [("oct", "2023-10")]),
    ],
)
def test_abbreviated_month_after_mois_de(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, "fr", dt.date(2024, 3, 1)) == want
