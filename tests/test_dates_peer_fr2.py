"""French constructions added from groups of failures of the peer's component specs
(own sentences): holidays in lower case and without accents, holidays on the nth
weekday of a month, two-word relative days, a month and a year joined by a slash, a day
alone before "!" or "?" (French spacing), decades named by a year in words."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck._dates import extract_dates

REF = dt.date(2024, 9, 10)


def _dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [
        (f.text, str(f.value))
        for f in extract_dates(text, "fr", reference_date=ref)
        if f.kind == "date"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a lower-case first word: the name is still the holiday (the day before was
        # read as Christmas Day, the Monday as Easter Sunday)
        ("Les magasins ferment tôt la veille de Noël.", ("veille de Noël", "2024-12-24")),
        ("Le lundi de Pâques 2025, la mairie est fermée.", ("lundi de Pâques 2025", "2025-04-21")),
        ("Le jour de l’An, 300 baigneurs ont plongé.", ("jour de l’An", "2025-01-01")),
        ("Les fleuristes attendent la fête des mères 2023.", ("fête des mères 2023", "2023-05-28")),
        ("Pour la fête des pères de 2022, il a cuisiné.", ("fête des pères de 2022", "2022-06-19")),
        ("Le réveillon de Noël réunit 12 convives.", ("réveillon de Noël", "2024-12-24")),
        ("Un bal est prévu au réveillon du Nouvel An.", ("réveillon du Nouvel An", "2024-12-31")),
        ("Les soldes reprennent le lendemain de Noël.", ("lendemain de Noël", "2024-12-26")),
        ("Les Américains fêtent Thanksgiving 2021.", ("Thanksgiving 2021", "2021-11-25")),
        ("Au Québec, l'Action de grâce 2023 tombe tôt.", ("Action de grâce 2023", "2023-10-09")),
        ("Le défilé de mardi gras 2024 a eu lieu.", ("mardi gras 2024", "2024-02-13")),
        # capitals drop their accents
        ("FETE DES PERES 2021 : LES IDEES CADEAUX", ("FETE DES PERES 2021", "2021-06-20")),
        ("JOYEUX NOEL 2019 A TOUS", ("NOEL 2019", "2019-12-25")),
    ],
)
def test_holiday_in_lower_case_or_without_accents(text: str, want: tuple[str, str]) -> None:
    assert _dates(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Son ascension au sommet a duré 9 heures.",  # common nouns stay lower case
        "Ce fut une épiphanie pour lui.",
        "Le Nouvel An chinois attire des milliers de visiteurs.",  # lunar, not 1 January
        "Les familles fêtent le nouvel an lunaire.",
    ],
)
def test_holiday_like_nouns_are_no_dates(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # was read as "hier" / "demain" alone: a day off
        ("Il a signé avant hier à Lyon.", ("avant hier", "2024-09-08")),
        ("Le verdict tombera après demain.", ("après demain", "2024-09-12")),
        ("APRES-DEMAIN, LE VERDICT", ("APRES-DEMAIN", "2024-09-12")),
    ],
)
def test_relative_days_of_two_words(text: str, want: tuple[str, str]) -> None:
    assert _dates(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Carte valable jusqu'en 09/2027.", ("09/2027", "2027-09")),
        ("Relevé de compte de 4/2019 joint.", ("4/2019", "2019-04")),
        ("Facture 2018/12 réglée.", ("2018/12", "2018-12")),
        ("Échéance : 06 / 2026.", ("06 / 2026", "2026-06")),
    ],
)
def test_month_and_year_with_a_slash(text: str, want: tuple[str, str]) -> None:
    assert _dates(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Le risque est de 1/2000 par an.",  # one in 2000
        "Le score est de 13/2020.",
        "Une dose de 0,5/2000 suffit.",
        "La directive 2001/12/CE a été transposée.",  # the number of an EU act
    ],
)
def test_slash_numbers_that_are_no_month(text: str) -> None:
    assert all(not v[0].endswith("/2000") and "/20" not in v[0] for v in _dates(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rendez-vous le 14 !", ("14", "2024-09-14")),
        ("Vous venez le 3 ?", ("3", "2024-09-03")),
        ("On se voit le 21!", ("21", "2024-09-21")),
    ],
)
def test_day_alone_before_exclamation_or_question(text: str, want: tuple[str, str]) -> None:
    assert _dates(text) == [want]


def test_score_before_exclamation_is_no_day() -> None:
    assert _dates("Il a marqué 14 !") == []


def test_decade_named_by_a_year_in_words() -> None:
    assert _dates("Dans les années deux mille, le marché a doublé.") == [
        ("années deux mille", "200X")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Les travaux sont prévus fin déc.", ("déc", "XXXX-12")),
        ("Depuis févr., le stock a baissé de 8 %.", ("févr", "XXXX-02")),
        ("Le chantier reprend mi-oct. selon la mairie.", ("oct", "XXXX-10")),
    ],
)
def test_abbreviated_month_after_an_edge_or_since(text: str, want: tuple[str, str]) -> None:
    assert _dates(text, None) == [want]


def test_seven_before_years_is_no_month() -> None:
    assert _dates("Il vit ici depuis sept ans.", None) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the commemoration of the day (was read as the month alone)
        ("Les cérémonies du 11-Novembre ont réuni 400 personnes.", ("11-Novembre", "XXXX-11-11")),
        ("Le défilé du 1er-Mai partira à 14 h.", ("1er-Mai", "XXXX-05-01")),
        ("Depuis le 8-Mai 1945, la date est fériée.", ("8-Mai 1945", "1945-05-08")),
    ],
)
def test_day_joined_to_its_month_by_a_hyphen(text: str, want: tuple[str, str]) -> None:
    assert _dates(text, None)[0] == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a count after the comma is no year of the date
        ("Le 8 mai, 3000 manifestants ont défilé.", "fr", [("8 mai", "XXXX-05-08")]),
        ("On June 4, 1500 runners started.", "en", [("June 4", "XXXX-06-04")]),
        ("Am 3. Mai, 1800 Menschen kamen.", "de", [("3. Mai", "XXXX-05-03")]),
        # a year after the comma stays
        ("Le 8 mai, 2015, il est parti.", "fr", [("8 mai, 2015", "2015-05-08")]),
    ],
)
def test_count_after_a_comma_is_no_year(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [
        (f.text, str(f.value))
        for f in extract_dates(text, lang, reference_date=None)
        if f.kind == "date"
    ]
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # digit ordinals with the suffixes news writes ("3ème", "2nd", "1re")
        ("Le chiffre a bondi au 3ème trimestre 2019.", ("3ème trimestre 2019", "2019-Q3")),
        ("Les ventes ont reculé au 1er semestre 2018.", ("1er semestre 2018", "2018-01")),
        ("Une reprise est attendue au 2nd semestre 2020.", ("2nd semestre 2020", "2020-07")),
        ("Soldes la 2e quinzaine de janvier.", ("2e quinzaine de janvier", "XXXX-01-16")),
        ("La 3e semaine de mars sera chargée.", ("3e semaine de mars", "XXXX-03-W03")),
        ("Il revient la 2ème semaine de 2025.", ("2ème semaine de 2025", "2025-W02")),
    ],
)
def test_digit_ordinal_quarters_halves_and_weeks(text: str, want: tuple[str, str]) -> None:
    assert _dates(text, None) == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the weekend of a date is no weekend of the reference week
        ("Le festival a lieu le week-end du 12 octobre.", "fr", [("12 octobre", "XXXX-10-12")]),
        (
            "Grève prévue le week-end des 3 et 4 mai.",
            "fr",
            [("3", "XXXX-05-03"), ("4 mai", "XXXX-05-04")],
        ),
        ("Roads close on the weekend of 9 March.", "en", [("9 March", "XXXX-03-09")]),
        # alone it stays this week's weekend
        ("Le musée ferme le week-end, dit-il.", "fr", [("le week-end", "REF+P0WE")]),
    ],
)
def test_weekend_of_a_date(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [
        (f.text, str(f.value))
        for f in extract_dates(text, lang, reference_date=None)
        if f.kind == "date"
    ]
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a weekday before each day of two days or a range sharing a month (the first
        # weekday was read alone, as the nearest such weekday)
        (
            "Le salon ouvre samedi 8 et dimanche 9 mars.",
            [("8", "XXXX-03-08"), ("dimanche 9 mars", "XXXX-03-09")],
        ),
        (
            "Grève du mardi 4 au jeudi 6 février.",
            [("du mardi 4 au jeudi 6 février", "XXXX-02-04")],
        ),
        # a weekday and a day alone before punctuation
        ("Le vote aura lieu jeudi 17, selon le parti.", [("jeudi 17", "XXXX-XX-17")]),
        # before a noun the number counts it
        ("Jeudi 17 députés ont voté contre.", [("Jeudi", "XXXX-WXX-4")]),
    ],
)
def test_weekday_before_a_day(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, None) == want


def test_day_alone_then_its_time() -> None:
    # the day was read as the first hour of a range of clock times
    got = [
        (f.text, f.kind, str(f.value))
        for f in extract_dates(
            "Rendez-vous le 6 à 18 h 30 devant la mairie.", "fr", reference_date=None
        )
    ]
    assert got == [("6", "date", "XXXX-XX-06"), ("18 h 30", "time", "T18:30")]
    got = [
        (f.text, f.kind, str(f.value))
        for f in extract_dates("Ouvert de 9 à 17 h.", "fr", reference_date=None)
    ]
    assert got == [("9", "time", "T09:00"), ("17 h", "time", "T17:00")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Les feux de la Saint-Jean 2019 ont attiré la foule.",
            [("Saint-Jean 2019", "2019-06-24")],
        ),
        ("Le défilé de la Saint-Patrick a lieu à Dublin.", [("Saint-Patrick", "XXXX-03-17")]),
        ("Il habite à Saint-Jean-de-Luz depuis 2010.", [("2010", "2010")]),
        ("Saint-Nicolas compte 2000 habitants.", []),
    ],
)
def test_saints_days_need_the_article(text: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, None) == want


def test_d_ici_a_duration_is_a_date() -> None:
    assert _dates("L'usine fermera d'ici quatre ans.", REF) == [("d'ici quatre ans", "2028-09-10")]
    assert _dates("Elle habite à 10 km d'ici.", REF) == []


def test_day_of_three_number_words() -> None:
    # "un" alone is the article: the day was lost, the month kept alone
    assert _dates("Le bail expire le trente et un décembre deux mille vingt.", None) == [
        ("trente et un décembre deux mille vingt", "2020-12-31")
    ]
    assert _dates("Signé le vingt-et-un mars.", None) == [("vingt-et-un mars", "XXXX-03-21")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the first days of a list were lost ("les 8, 9 et 10": only 9 and 10)
        (
            "Les assises se tiennent les 14, 15 et 16 juin 2024.",
            "fr",
            [("14", "2024-06-14"), ("15", "2024-06-15"), ("16 juin 2024", "2024-06-16")],
        ),
        (
            "Geöffnet am 2., 3. und 4. Oktober.",
            "de",
            [("2.", "XXXX-10-02"), ("3.", "XXXX-10-03"), ("4. Oktober", "XXXX-10-04")],
        ),
        # a decimal number is no day of a list
        ("Le taux passe de 2,5 et 3 mai reste férié.", "fr", [("3 mai", "XXXX-05-03")]),
    ],
)
def test_list_of_days_sharing_a_month(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [
        (f.text, str(f.value))
        for f in extract_dates(text, lang, reference_date=None)
        if f.kind == "date"
    ]
    assert got == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # two months joined by "and" without "between" are two months (the first was lost)
        (
            "Les ventes ont chuté en juillet et août 2022.",
            "fr",
            [("juillet", "2022-07"), ("août 2022", "2022-08")],
        ),
        ("Sales fell in March and April.", "en", [("March", "XXXX-03"), ("April", "XXXX-04")]),
        ("Entre juillet et août, le trafic double.", "fr", [("Entre juillet et août", "XXXX-07")]),
    ],
)
def test_two_months_joined_by_and(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [
        (f.text, str(f.value))
        for f in extract_dates(text, lang, reference_date=None)
        if f.kind == "date"
    ]
    assert got == want


def test_holiday_is_no_start_of_a_compound_name() -> None:
    # "Jeudi Saint" of "Jeudi Saint-Denis" was Maundy Thursday
    assert _dates("Jeudi Saint-Denis accueille Lyon.", None) == [("Jeudi", "XXXX-WXX-4")]
    assert _dates("Le Vendredi saint, les cloches se taisent.", None) == [
        ("Vendredi saint", "XXXX-E-2")
    ]
