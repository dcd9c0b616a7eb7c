"""Constructions added from a second round of peer failure groups (own sentences):
hedged relative times, decades in words, spans of decades, business days."""

from __future__ import annotations

import datetime as dt

import pytest
from _date_figs import date_figs as _figs

from factcheck._dates import extract_dates
from factcheck._dates_cldr import cldr_calendar

REF = dt.date(2024, 9, 10)



@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Die Brücke wurde vor etwa zwei Jahren gesperrt.",
            "de",
            ("vor etwa zwei Jahren", "REF-P2Y@D"),
        ),
        (
            "Das Werk schloss vor mehr als 30 Jahren.",
            "de",
            ("vor mehr als 30 Jahren", "REF-P30Y@D"),
        ),
        ("Er zog vor gut einem Jahr nach Kiel.", "de", ("vor gut einem Jahr", "REF-P1Y@D")),
        (
            "Le pont a été fermé il y a environ deux ans.",
            "fr",
            ("il y a environ deux ans", "REF-P2Y@D"),
        ),
        ("L'usine a fermé il y a près de 30 ans.", "fr", ("il y a près de 30 ans", "REF-P30Y@D")),
        ("Il est parti il y a plus d'un an.", "fr", ("il y a plus d'un an", "REF-P1Y@D")),
        ("Il est parti il y a plus d’un an.", "fr", ("il y a plus d’un an", "REF-P1Y@D")),
        (
            "Le chantier reprendra dans environ trois semaines.",
            "fr",
            ("dans environ trois semaines", "REF+P3W@D"),
        ),
        ("Nous sommes arrivés il ya trois jours.", "fr", ("il ya trois jours", "REF-P3D@D")),
        ("The bridge reopens in about two weeks.", "en", ("in about two weeks", "REF+P2W@D")),
    ],
)
def test_hedge_inside_relative_time(text: str, lang: str, want: tuple[str, str]) -> None:
    got = [(t, v) for t, k, v, _ in _figs(text, lang) if k == "date"]
    assert got == [want]


@pytest.mark.parametrize(
    ("text", "lang", "dur"),
    [
        # "in over 20 years" mostly means "for over 20 years": no future date
        ("It was the first flood in more than 20 years.", "en", "20 years"),
        ("Es war die erste Flut in über 20 Jahren.", "de", "20 Jahren"),
        ("Ce sera prêt dans plus de 10 ans.", "fr", "10 ans"),
    ],
)
def test_only_an_approximation_inside_a_future_prefix(text: str, lang: str, dur: str) -> None:
    assert [(t, k) for t, k, _, _ in _figs(text, lang)] == [(dur, "duration")]


@pytest.mark.parametrize("lang", ["de", "fr", "en", "vi"])
def test_cldr_relative_names_are_no_prefixes(lang: str) -> None:
    # CLDR's "morgen", "next week" have no count: they must not prefix one
    prefixes = {p for p, _, _ in cldr_calendar(lang).relative_prefixes}
    assert prefixes and all(len(p.split()) <= 3 for p in prefixes)
    assert not prefixes & {"morgen", "heute", "next week", "today", "hier", "demain", "hôm nay"}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Die Konferenz beginnt nächste Woche drei Tage lang.",
            "de",
            [("nächste Woche", "REF+P1W"), ("drei Tage", "P3D")],
        ),
        ("Tomorrow 3 days of talks begin.", "en", [("Tomorrow", "REF+P1D"), ("3 days", "P3D")]),
    ],
)
def test_relative_day_before_a_duration_stays_two_figures(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    assert [(t, v) for t, _, v, _ in _figs(text, lang)] == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Prices were lower in the seventies.", "en", ("seventies", "197X")),
        (
            "Le groupe a connu son succès dans les années quatre-vingt.",
            "fr",
            ("années quatre-vingt", "198X"),
        ),
        (
            "La ville a beaucoup changé depuis les années soixante-dix.",
            "fr",
            ("années soixante-dix", "197X"),
        ),
        ("Die Halle stammt aus den Sechzigerjahren.", "de", ("Sechzigerjahren", "196X")),
        ("In den siebziger Jahren wuchs die Stadt.", "de", ("siebziger Jahren", "197X")),
    ],
)
def test_decades_in_words(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang) if k == "date"] == [want]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor, now in his late seventies, retired.", "en"),
        ("She is in her forties.", "en"),
        ("Der Gründer ist inzwischen in seinen Achtzigern.", "de"),
        ("Ein Mann in den Vierzigern wurde verletzt.", "de"),
        ("Er zahlte mit einem Zwanziger.", "de"),
    ],
)
def test_ages_and_banknotes_are_no_decades(text: str, lang: str) -> None:
    assert _figs(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # whole calendar decades, as quarters: the next one after the current decade
        ("Growth should pick up in the next decade.", "en", ("next decade", "203X", None)),
        ("Output doubled over the past two decades.", "en", ("past two decades", "200X", "201X")),
        (
            "Die Preise stiegen in den vergangenen zwei Jahrzehnten.",
            "de",
            ("vergangenen zwei Jahrzehnten", "200X", "201X"),
        ),
        ("Im nächsten Jahrzehnt wird gebaut.", "de", ("nächsten Jahrzehnt", "203X", None)),
        (
            "Les émissions ont baissé pendant les deux dernières décennies.",
            "fr",
            ("deux dernières décennies", "200X", "201X"),
        ),
    ],
)
def test_relative_decades(text: str, lang: str, want: tuple[str, str, str | None]) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text, lang, REF) if k == "date"] == [want]


def test_a_count_of_decades_alone_is_a_duration() -> None:
    assert _figs("The dispute lasted two decades.", "en") == [
        ("two decades", "duration", "P2DE", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "want"),
    [
        # Friday 13 September 2024: the next three working days skip the weekend
        (
            "Refunds arrive over the next 3 business days.",
            "en",
            dt.date(2024, 9, 13),
            ("next 3 business days", "2024-09-16", "2024-09-18"),
        ),
        (
            "Die Post kam in den letzten zwei Werktagen nicht.",
            "de",
            dt.date(2024, 9, 16),
            ("letzten zwei Werktagen", "2024-09-12", "2024-09-13"),
        ),
        (
            "La banque répondra dans les deux prochains jours ouvrables.",
            "fr",
            dt.date(2024, 9, 12),
            ("deux prochains jours ouvrables", "2024-09-13", "2024-09-16"),
        ),
    ],
)
def test_business_day_spans(
    text: str, lang: str, ref: dt.date, want: tuple[str, str, str | None]
) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text, lang, ref) if k == "date"] == [want]


def test_business_days_as_a_duration() -> None:
    assert _figs("Payment is due within ten working days.", "en") == [
        ("ten working days", "duration", "P10BD", None)
    ]
    assert _figs("Der Antrag braucht fünf Arbeitstage.", "de") == [
        ("fünf Arbeitstage", "duration", "P5BD", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Sales should recover in the second quarter of next year.",
            "en",
            ("second quarter of next year", "REF+P1Y-Q2"),
        ),
        (
            "The roof was fixed in the autumn of last year.",
            "en",
            ("autumn of last year", "REF-P1Y-FA"),
        ),
        (
            "The plant opens in next year's third quarter.",
            "en",
            ("next year's third quarter", "REF+P1Y-Q3"),
        ),
        ("Growth slowed in 2019's fourth quarter.", "en", ("2019's fourth quarter", "2019-Q4")),
        (
            "Die Fähre fährt ab dem zweiten Quartal des nächsten Jahres.",
            "de",
            ("zweiten Quartal des nächsten Jahres", "REF+P1Y-Q2"),
        ),
        ("Im Sommer letzten Jahres war es heiß.", "de", ("Sommer letzten Jahres", "REF-P1Y-SU")),
        (
            "Le chantier finira au quatrième trimestre de l'année prochaine.",
            "fr",
            ("quatrième trimestre de l'année prochaine", "REF+P1Y-Q4"),
        ),
    ],
)
def test_quarter_or_season_of_a_relative_year(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang) if k == "date"] == [want]


def test_quarter_of_relative_year_resolves() -> None:
    got = _figs("The fund closes in the first quarter of next year.", "en", REF)
    assert [(v, e) for _, _, v, e in got] == [("2025-Q1", None)]
    got = _figs("Im Winter letzten Jahres fiel Schnee.", "de", REF)
    assert [v for _, _, v, _ in got] == ["2023-WI"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The vote is this Thursday, March 6.", "en", ("this Thursday, March 6", "XXXX-03-06", 3)),
        (
            "Er kommt am kommenden Dienstag, dem 4. März.",
            "de",
            ("kommenden Dienstag, dem 4. März", "XXXX-03-04", 1),
        ),
        (
            "Die Wahl fand am Sonntag, dem 9. März 2025 statt.",
            "de",
            ("Sonntag, dem 9. März 2025", "2025-03-09", 6),
        ),
    ],
)
def test_relative_weekday_before_a_date_is_the_date(
    text: str, lang: str, want: tuple[str, str, int]
) -> None:
    got = [(f.text, str(f.value), f.weekday) for f in extract_dates(text, lang)]
    assert got == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Exports have fallen since Aug, the ministry said.", "en", [("Aug", "XXXX-08")]),
        ("The store reopens in Oct.", "en", [("Oct", "XXXX-10")]),
        ("Shares dropped in the 2nd week of Feb", "en", [("2nd week of Feb", "XXXX-02-W02")]),
        ("Les prix montent en oct. selon l'institut.", "fr", [("oct", "XXXX-10")]),
        # a first name, a number word, no context word: no month
        ("The award went to Jan Koum.", "en", []),
        ("He spoke with Jan Smit in Amsterdam.", "en", []),
        ("Il a vécu en sept villes.", "fr", []),
        ("Das Treffen mit Jan dauerte lange.", "de", []),
    ],
)
def test_abbreviated_month_alone(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang) if k == "date"] == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Prices fell from the middle of 2015 to the end of 2016.",
            "en",
            ("from the middle of 2015 to the end of 2016", "2015-07-02", "2016"),
        ),
        (
            "Work paused from mid-2019 to mid-2021.",
            "en",
            ("from mid-2019 to mid-2021", "2019-07-02", "2021-07-02"),
        ),
        (
            "The road is shut between the end of May and the middle of August.",
            "en",
            ("between the end of May and the middle of August", "XXXX-06-01", "XXXX-08-16"),
        ),
        (
            "Die Strecke ist von Mitte 2015 bis Ende 2016 gesperrt.",
            "de",
            ("von Mitte 2015 bis Ende 2016", "2015-07-02", "2016"),
        ),
        (
            "La ligne sera fermée entre fin mai et mi-août.",
            "fr",
            ("entre fin mai et mi-août", "XXXX-06-01", "XXXX-08-16"),
        ),
    ],
)
def test_range_with_edges(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text, lang) if k == "date"] == [want]


def test_edge_without_opener_is_no_range_start() -> None:
    # no "from"/"between" before the edge: the edge stays out of the range
    got = [(t, v, e) for t, k, v, e in _figs("By the middle of 2015 to 2016 it grew.", "en")]
    assert ("the middle of 2015 to 2016", "2015-07-02", "2016") not in got


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a day the month lacks is still a date, with its impossible value
        ("Die Frist endet laut Bescheid am 31.4.2023.", "de", ("31.4.2023", "2023-04-31")),
        ("Le dossier est daté du 30/2 selon la mairie.", "fr", ("30/2", "XXXX-02-30")),
        ("The form was dated February 29, 2023.", "en", ("February 29, 2023", "2023-02-29")),
    ],
)
def test_impossible_dates_keep_their_value(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang) if k == "date"] == [want]


def test_impossible_date_resolves_without_error() -> None:
    got = _figs("Die Frist endet am 30.2. um Mitternacht.", "de", REF)
    assert [(t, v) for t, k, v, _ in got if k == "date"] == [("30.2.", "2025-02-30")]


@pytest.mark.parametrize("text", ["Der Bescheid kam am 32.4.2023.", "It was on February 32, 2023."])
def test_no_day_past_31(text: str) -> None:
    assert all("-32" not in v for _, _, v, _ in _figs(text, "de" if "Bescheid" in text else "en"))


def test_season_starts_as_days() -> None:
    assert _figs("Zum Herbstanfang 2025 wird es kühl.", "de") == [
        ("Herbstanfang 2025", "date", "2025-09-22", None)
    ]


def test_no_trailing_space_in_a_date() -> None:
    assert _figs("Die Frist endet am 28.2. um Mitternacht.", "de") == [
        ("28.2.", "date", "XXXX-02-28", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The strike could last two weeks.", "en", ("two weeks", "duration", "P2W")),
        (
            "The repairs are expected to last three months.",
            "en",
            ("three months", "duration", "P3M"),
        ),
        ("It won't last five days.", "en", ("five days", "duration", "P5D")),
        ("The last two weeks were calm.", "en", ("last two weeks", "date", "REF-P2W@D")),
    ],
)
def test_last_as_a_verb(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert [(t, k, v) for t, k, v, _ in _figs(text, lang)] == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Orders peaked in week 12 of last year.", "en", ("week 12 of last year", "2023-W12")),
        (
            "Die Messe lag in der KW 40 des vergangenen Jahres.",
            "de",
            ("KW 40 des vergangenen Jahres", "2023-W40"),
        ),
        (
            "La foire a eu lieu la semaine 40 de l'année dernière.",
            "fr",
            ("semaine 40 de l'année dernière", "2023-W40"),
        ),
    ],
)
def test_iso_week_of_a_relative_year(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang, REF) if k == "date"] == [want]


def test_iso_week_the_year_lacks_stays_symbolic() -> None:
    # 2025 has 52 ISO weeks
    got = _figs("It falls in week 53 of next year.", "en", REF)
    assert [v for _, _, v, _ in got] == ["REF+P1Y-W53"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The file was saved on 20190412.", "en", [("20190412", "2019-04-12")]),
        ("Stand: 20230105.", "de", [("20230105", "2023-01-05")]),
        # not a real day, an amount, a count, part of a longer number
        ("The code 20190231 failed.", "en", []),
        ("The fund holds 20161016 dollars.", "en", []),
        ("About 20161016 people voted.", "en", []),
        ("Die Zahl 1.20161016 ist klein.", "de", []),
        ("We had 20000000 visitors.", "en", []),
    ],
)
def test_iso_basic_dates(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang) if k == "date"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rents are due before the twenty-eighth day of the month.",
            ("twenty-eighth day of the month", "XXXX-XX-28"),
        ),
        ("The fee is paid on the 3rd day of the month.", ("3rd day of the month", "XXXX-XX-03")),
    ],
)
def test_day_of_the_current_month(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, "en") if k == "date"] == [want]
    assert [v for _, _, v, _ in _figs(text, "en", REF)] == ["2024-09-" + want[1][-2:]]


def test_days_of_the_month_as_a_count_stay_a_duration() -> None:
    assert _figs("It rained three days of the month.", "en") == [
        ("three days", "duration", "P3D", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The flight took 2½ hours.", "en", ("2½ hours", "PT2.5H")),
        ("He served 1 ½ years in jail.", "en", ("1 ½ years", "P1.5Y")),
        ("Book a ½ hour slot.", "en", ("½ hour", "PT0.5H")),
        ("Die Fahrt dauerte 3½ Stunden.", "de", ("3½ Stunden", "PT3.5H")),
    ],
)
def test_vulgar_fractions_in_durations(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, lang) if k == "duration"] == [want]


def test_vulgar_fraction_without_unit_is_no_duration() -> None:
    assert _figs("About ¾ of voters agreed; 2 ½ remain.", "en") == []


def test_hours_glued_in_english() -> None:
    assert _figs("Rail staff held a 24h strike.", "en") == [("24h", "duration", "PT24H", None)]
    assert _figs("H. G. Wells wrote it.", "en") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The plant shut for a couple of days.", ("a couple of days", "duration", "P2D")),
        (
            "Talks resume over the next couple of weeks.",
            ("next couple of weeks", "date", "REF+P1D"),
        ),
        ("The mill closed a couple of years ago.", ("a couple of years ago", "date", "REF-P2Y@D")),
    ],
)
def test_a_couple_is_two(text: str, want: tuple[str, str, str]) -> None:
    assert [(t, k, v) for t, k, v, _ in _figs(text, "en")] == [want]


def test_couple_without_unit_is_nothing() -> None:
    assert _figs("The couple of the year married in days of rain.", "en") == []


def test_long_runs_of_digits_and_spaces_stay_linear() -> None:
    # the dispatch once scanned every such run to its end at each anchor (quadratic)
    import time

    small, big = "2016 " * 2000, "2016 " * 8000
    t0 = time.process_time()
    assert len(extract_dates(small, "en")) == 2000
    t1 = time.process_time()
    assert len(extract_dates(big, "en")) == 8000
    t2 = time.process_time()
    assert t2 - t1 < 10 * max(t1 - t0, 0.01)  # linear: about 4x, never 16x
    assert [f.value for f in extract_dates("20161016 " * 30, "en")] == ["2016-10-16"] * 30


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Le vote aura lieu mardi prochain 4 mars.",
            "fr",
            ("mardi prochain 4 mars", "XXXX-03-04", 1),
        ),
        (
            "Rendez-vous jeudi prochain, le 6 mars.",
            "fr",
            ("jeudi prochain, le 6 mars", "XXXX-03-06", 3),
        ),
    ],
)
def test_relative_weekday_then_its_date(text: str, lang: str, want: tuple[str, str, int]) -> None:
    assert [(f.text, str(f.value), f.weekday) for f in extract_dates(text, lang)] == [want]


def test_relative_weekday_and_another_date_stay_apart() -> None:
    got = [f.text for f in extract_dates("Il part mardi prochain et revient le 7 mars.", "fr")]
    assert got == ["mardi prochain", "7 mars"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("LA FÊTE AURA LIEU LE 15 AOUT 2024", ("15 AOUT 2024", "2024-08-15")),
        ("Les soldes commencent en fevrier.", ("fevrier", "XXXX-02")),
    ],
)
def test_french_months_without_accents(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, "fr") if k == "date"] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Il a plu toute l'année.", ("toute l'année", "P1Y")),
        ("Il a plu toute l’année.", ("toute l’année", "P1Y")),
        ("La grève a duré toute la journée.", ("toute la journée", "P1D")),
        ("Une journée de grève est prévue.", ("Une journée", "P1D")),
    ],
)
def test_french_whole_year_and_day(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, k, v, _ in _figs(text, "fr")] == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Trains are cut for the rest of the year.",
            "en",
            ("rest of the year", "2024-09-10", "2024"),
        ),
        (
            "Die Halle bleibt den Rest des Monats zu.",
            "de",
            ("Rest des Monats", "2024-09-10", "2024-09"),
        ),
        (
            "Le musée ferme pour le reste de l'année.",
            "fr",
            ("reste de l'année", "2024-09-10", "2024"),
        ),
    ],
)
def test_rest_of_the_period(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text, lang, REF) if k == "date"] == [want]


def test_another_is_one_more_unit() -> None:
    assert _figs("The talks will take another week.", "en") == [
        ("another week", "duration", "P1W", None)
    ]


def test_german_easter_feasts() -> None:
    assert _figs("Am Vatertag 2024 war es warm.", "de") == [
        ("Vatertag 2024", "date", "2024-05-09", None)
    ]
    assert [v for _, _, v, _ in _figs("Wir fahren an Himmelfahrt weg.", "de")] == ["XXXX-E+39"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die Ware kommt am 15. wieder.", [("15.", "XXXX-XX-15", None)]),
        (
            "Die Halle ist vom 4. bis zum 9. zu.",
            [("vom 4. bis zum 9.", "XXXX-XX-04", "XXXX-XX-09")],
        ),
        # a noun after the ordinal: a rank; an ordinal month after it: a date
        ("Das Spiel ist am 3. Spieltag.", []),
        ("Sie startet am 1. FC Köln vorbei.", []),
        ("Er kommt am 7. vierter.", [("7. vierter", "XXXX-04-07", None)]),
    ],
)
def test_german_day_alone(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert [(t, v, e) for t, k, v, e in _figs(text, "de") if k == "date"] == want
