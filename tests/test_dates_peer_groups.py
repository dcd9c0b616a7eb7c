"""Constructions added from groups of peer failures (own sentences): ranges to the
present, ranges with an article after the connector or a relative start."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck._dates import extract_dates

REF = dt.date(2024, 9, 10)


def _ranges(text: str, lang: str, ref: dt.date | None = REF) -> list[tuple[str, str, str | None]]:
    return [
        (f.text, str(f.value), f.value_end)
        for f in extract_dates(text, lang, reference_date=ref)
        if f.kind == "date"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Prices climbed between March 2021 and now.",
            "en",
            ("between March 2021 and now", "2021-03", "2024-09-10"),
        ),
        ("The plant has run from 2012 to date.", "en", ("from 2012 to date", "2012", "2024-09-10")),
        (
            "Tickets are on sale between now and October 3rd.",
            "en",
            ("between now and October 3rd", "2024-09-10", "2024-10-03"),
        ),
        (
            "Die Zahlen stiegen von 2015 bis jetzt.",
            "de",
            ("von 2015 bis jetzt", "2015", "2024-09-10"),
        ),
        (
            "Les ventes ont doublé de 2019 à maintenant.",
            "fr",
            ("de 2019 à maintenant", "2019", "2024-09-10"),
        ),
    ],
)
def test_range_to_the_present(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert _ranges(text, lang) == [want]


def test_present_word_without_opener_is_no_range() -> None:
    assert _ranges("Sales in 2012 to date are flat.", "en") == [("2012", "2012", None)]
    assert _ranges("He is here now and until then.", "en") == []


def test_range_with_article_after_connector() -> None:
    got = _ranges("The fair runs from 9 May to the 14th of May 2025.", "en", None)
    assert got == [("from 9 May to the 14th of May 2025", "2025-05-09", "2025-05-14")]


def test_range_from_relative_weekday_to_absolute_date() -> None:
    got = _ranges("The road is closed from next Monday to 2 December 2024.", "en")
    assert got == [("from next Monday to 2 December 2024", "2024-09-16", "2024-12-02")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Output fell in the first four months of 2023.",
            "en",
            ("first four months of 2023", "2023-01", "2023-04"),
        ),
        (
            "Exports recovered in the second half of 2022.",
            "en",
            ("second half of 2022", "2022-07", "2022-12"),
        ),
        (
            "The shop closes for the last five days of June.",
            "en",
            ("last five days of June", "2024-06-26", "2024-06-30"),
        ),
        (
            "Trains were full during the first 3 weeks of 2020.",
            "en",
            ("first 3 weeks of 2020", "2019-12-30", "2020-01-19"),
        ),
        (
            "Der Umsatz sank in den ersten zwei Monaten des Jahres 2022.",
            "de",
            ("ersten zwei Monaten des Jahres 2022", "2022-01", "2022-02"),
        ),
        (
            "Im ersten Halbjahr 2021 stiegen die Preise.",
            "de",
            ("ersten Halbjahr 2021", "2021-01", "2021-06"),
        ),
        (
            "Les quatre derniers mois de 2021 ont été difficiles.",
            "fr",
            ("quatre derniers mois de 2021", "2021-09", "2021-12"),
        ),
        (
            "Le bénéfice a progressé au second semestre 2023.",
            "fr",
            ("second semestre 2023", "2023-07", "2023-12"),
        ),
    ],
)
def test_span_at_start_or_end_of_a_period(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert _ranges(text, lang) == [want]


def test_span_of_a_relative_year_stays_relative() -> None:
    got = _ranges("Sales grew in the first three months of last year.", "en", None)
    assert got == [("first three months of last year", "REF-P1Y-01", "REF-P1Y-03")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The vote is planned for next workweek.", "en", "2024-W38"),
        ("Die Arbeiten enden in der nächsten Arbeitswoche.", "de", "2024-W38"),
    ],
)
def test_work_week_is_a_week(text: str, lang: str, value: str) -> None:
    assert [v for _, v, _ in _ranges(text, lang)] == [value]


def test_fixed_date_holidays() -> None:
    assert _ranges("Rallies were held on Earth Day 2015.", "en") == [
        ("Earth Day 2015", "2015-04-22", None)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The festival runs June fourth through eleventh.",
            ("June fourth through eleventh", "XXXX-06-04", "XXXX-06-11"),
        ),
        ("Polls are open July 2nd to 6th.", ("July 2nd to 6th", "XXXX-07-02", "XXXX-07-06")),
        (
            "Roadworks last from second to ninth of March.",
            ("from second to ninth of March", "XXXX-03-02", "XXXX-03-09"),
        ),
        (
            "Auditions run from the 5th to the 8th of October.",
            ("5th to the 8th of October", "XXXX-10-05", "XXXX-10-08"),
        ),
    ],
)
def test_day_range_sharing_a_month(text: str, want: tuple[str, str, str]) -> None:
    assert _ranges(text, "en", None) == [want]


def test_day_range_needs_a_later_day() -> None:
    assert _ranges("Talks began on June 9th and 3rd place went to Ann.", "en", None) == [
        ("June 9th", "XXXX-06-09", None)
    ]


def test_and_without_between_lists_two_days() -> None:
    # two days, not a range: the first keeps the month ("5th" alone is no date in en)
    assert _ranges("The matches are on October 4th and 5th.", "en", None) == [
        ("October 4th", "XXXX-10-04", None)
    ]
    assert _ranges("They met between October 4th and 5th.", "en", None) == [
        ("between October 4th and 5th", "XXXX-10-04", "XXXX-10-05")
    ]


def test_rejected_day_range_keeps_its_first_day() -> None:
    assert _ranges("It opened on July 9th and 3rd place went to Ann.", "en", None) == [
        ("July 9th", "XXXX-07-09", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "She is away for 10 days starting 2 March.",
            "en",
            ("10 days starting 2 March", "XXXX-03-02", "XXXX-03-02+P9D"),
        ),
        (
            "The bridge shuts for a week, from 4 May 2025.",
            "en",
            ("a week, from 4 May 2025", "2025-05-04", "2025-05-10"),
        ),
        (
            "Die Halle bleibt für zwei Wochen ab dem 1. Juli 2024 zu.",
            "de",
            ("zwei Wochen ab dem 1. Juli 2024", "2024-07-01", "2024-07-14"),
        ),
        (
            "Le musée ferme pendant trois jours à partir du 8 avril 2025.",
            "fr",
            ("trois jours à partir du 8 avril 2025", "2025-04-08", "2025-04-10"),
        ),
    ],
)
def test_duration_starting_on_a_date(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert _ranges(text, lang, None) == [want]


def test_duration_from_a_date_without_for_is_an_offset() -> None:
    assert _ranges("They return three days from tomorrow.", "en", None) == [
        ("three days from tomorrow", "REF+P1D+P3D", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("We saw them last Easter.", "en", ("last Easter", "2024-03-31")),
        ("The shop reopens before next Easter.", "en", ("next Easter", "2025-04-20")),
        ("They married last Christmas.", "en", ("last Christmas", "2023-12-25")),
        ("Wir sehen uns nächste Weihnachten.", "de", ("nächste Weihnachten", "2024-12-25")),
        ("Il est parti à Noël dernier.", "fr", ("Noël dernier", "2023-12-25")),
    ],
)
def test_holiday_with_a_modifier(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, lang)] == [want]


def test_holiday_with_a_modifier_stays_symbolic() -> None:
    assert _ranges("We saw them last Easter.", "en", None) == [("last Easter", "REF-E+0", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rent is due on the 5th day of next month.", ("5th day of next month", "2024-10-05")),
        ("Payments stop on the first day of March.", ("first day of March", "2025-03-01")),
        ("Audits run in the last week of this month.", ("last week of this month", "2024-09-W05")),
        (
            "Audits ran in the second week of last month.",
            ("second week of last month", "2024-08-W02"),
        ),
    ],
)
def test_nth_day_or_week_of_a_month(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, "en")] == [want]


def test_relative_month_tails_stay_symbolic() -> None:
    assert _ranges("Rent is due on the 5th day of next month.", "en", None) == [
        ("5th day of next month", "REF+P1M-05", None)
    ]


def test_partial_range_start_lies_before_the_present() -> None:
    got = _ranges("Output rose from November to date.", "en")
    assert got == [("from November to date", "2023-11", "2024-09-10")]


def test_count_before_a_singular_relative_unit() -> None:
    assert _ranges("We will be only 4 next week.", "en") == [("next week", "2024-W38", None)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Talks should finish by the end of the year.", "en", ("end of the year", "REF+P0Y")),
        ("Rent rises at the start of the month.", "en", ("start of the month", "REF+P0M")),
        ("Die Mine schließt Ende des Jahres.", "de", ("Ende des Jahres", "REF+P0Y")),
        ("Le vote aura lieu en fin de l’année.", "fr", ("fin de l’année", "REF+P0Y")),
    ],
)
def test_edge_of_the_current_period(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, lang, None)] == [want]


def test_edge_words_need_a_period_unit() -> None:
    assert _ranges("At the end of the day it was a draw.", "en", None) == []
    assert _ranges("the end of the war", "en", None) == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Prices rose from 2011 to the end of 2013.",
            "en",
            ("from 2011 to the end of 2013", "2011", "2013"),
        ),
        (
            "Die Straße war von 2019 bis Ende 2021 gesperrt.",
            "de",
            ("von 2019 bis Ende 2021", "2019", "2021"),
        ),
    ],
)
def test_range_to_the_end_of_a_period(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert _ranges(text, lang, None) == [want]


def test_easter_based_holiday_with_a_relative_year() -> None:
    got = _ranges("Wir feiern Pfingsten im nächsten Jahr.", "de")
    assert got == [("Pfingsten im nächsten Jahr", "2025-06-08", None)]
    assert _ranges("Die Parade war Rosenmontag letzten Jahres.", "de", None) == [
        ("Rosenmontag letzten Jahres", "REF-P1Y-E-48", None)
    ]


def test_unaccented_french_modifier() -> None:
    assert _ranges("Il est venu la semaine derniere.", "fr") == [
        ("semaine derniere", "2024-W36", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Der Vertrag lief im April des Jahres 2011 aus.",
            "de",
            ("April des Jahres 2011", "2011-04"),
        ),
        (
            "Im 3. Quartal des Jahres 2018 sank der Absatz.",
            "de",
            ("3. Quartal des Jahres 2018", "2018-Q3"),
        ),
        ("Le pont a ouvert en juin de l’année 2009.", "fr", ("juin de l’année 2009", "2009-06")),
        ("Sales fell in the 3rd quarter of 2018.", "en", ("3rd quarter of 2018", "2018-Q3")),
    ],
)
def test_partial_date_and_its_year(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, lang, None)] == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "The fee is due on the 3rd of next month.",
            "en",
            ("the 3rd of next month", "REF+P1M-03", None),
        ),
        (
            "We are away from 6-14 in next month.",
            "en",
            ("from 6-14 in next month", "REF+P1M-06", "REF+P1M-14"),
        ),
        (
            "Die Messe läuft nächsten Monat vom 2. bis zum 9.",
            "de",
            ("nächsten Monat vom 2. bis zum 9.", "REF+P1M-02", "REF+P1M-09"),
        ),
        (
            "Le paiement arrive le 7 du mois prochain.",
            "fr",
            ("le 7 du mois prochain", "REF+P1M-07", None),
        ),
    ],
)
def test_day_of_a_relative_month(text: str, lang: str, want: tuple[str, str, str | None]) -> None:
    assert _ranges(text, lang, None) == [want]


def test_bare_count_before_a_relative_month_is_no_day() -> None:
    assert _ranges("They sold 5 this month.", "en", None) == [("this month", "REF+P0M", None)]


def test_sept_from_the_british_pattern_locale() -> None:
    assert _ranges("The bridge opened on 14 Sept 2016.", "en", None) == [
        ("14 Sept 2016", "2016-09-14", None)
    ]


def test_year_with_a_half_after_it() -> None:
    assert _ranges("Guidance for 2021-H2 was cut.", "en", None) == [
        ("2021-H2", "2021-07", "2021-12")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("2017 was a record year for exports.", "en"), ("2017 sous un autre gouvernement.", "fr")],
)
def test_year_before_a_word_with_a_plural_ending(text: str, lang: str) -> None:
    assert _ranges(text, lang, None) == [("2017", "2017", None)]


def test_year_before_a_plural_noun_stays_a_count() -> None:
    assert _ranges("About 2017 participants came.", "en", None) == []


def test_month_range_with_in_before_its_year() -> None:
    assert _ranges("Exports grew from May to August in 2022.", "en", None) == [
        ("from May to August in 2022", "2022-05", "2022-08")
    ]


def test_year_joined_to_more_digits_by_a_dash_is_no_year() -> None:
    assert _ranges("The code 2015-1-32 failed.", "en", None) == []


def _with_weekday(text: str, lang: str) -> list[tuple[str, str, int | None]]:
    return [(f.text, str(f.value), f.weekday) for f in extract_dates(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The vote is on Thursday the 12th.", "en", ("Thursday the 12th", "XXXX-XX-12", 3)),
        (
            "We meet on Friday, the twenty-second.",
            "en",
            ("Friday, the twenty-second", "XXXX-XX-22", 4),
        ),
        ("Wir treffen uns am Montag, den vierten.", "de", ("Montag, den vierten", "XXXX-XX-04", 0)),
    ],
)
def test_weekday_and_a_day_alone(text: str, lang: str, want: tuple[str, str, int]) -> None:
    assert _with_weekday(text, lang) == [want]


def test_weekday_and_an_ordinal_before_a_noun_stay_apart() -> None:
    assert _with_weekday("On Tuesday the first trucks left.", "en") == [
        ("Tuesday", "XXXX-WXX-2", 1)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Stores opened early on Black Friday 2019.", "en", ("Black Friday 2019", "2019-11-29")),
        ("Turkeys sold out before Thanksgiving 2022.", "en", ("Thanksgiving 2022", "2022-11-24")),
        ("Am Muttertag 2023 blieben die Läden zu.", "de", ("Muttertag 2023", "2023-05-14")),
    ],
)
def test_holiday_on_the_nth_weekday_of_a_month(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, lang, None)] == [want]


def test_nth_weekday_holiday_resolves_to_the_nearest() -> None:
    assert _ranges("Traffic peaks on Labor Day.", "en") == [("Labor Day", "2024-09-02", None)]
    assert _ranges("Traffic peaks on Labor Day.", "en", None) == [
        ("Labor Day", "XXXX-09-WXX-1-#1", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Roads were busy over the Easter weekend 2022.",
            "en",
            ("Easter weekend 2022", "2022-W15-WE"),
        ),
        (
            "They met on the weekend of Halloween 2020.",
            "en",
            ("the weekend of Halloween 2020", "2020-W44-WE"),
        ),
        (
            "The Memorial Day weekend 2021 was wet.",
            "en",
            ("Memorial Day weekend 2021", "2021-W21-WE"),
        ),
        (
            "Il pleuvait le week-end de Pâques 2022.",
            "fr",
            ("le week-end de Pâques 2022", "2022-W15-WE"),
        ),
    ],
)
def test_weekend_of_a_holiday(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, lang, None)] == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The ban lasts a fortnight.", "en", ("a fortnight", "duration", "P2W")),
        ("Results are due in a fortnight.", "en", ("in a fortnight", "date", "REF+P2W@D")),
        (
            "Die Pause dauert eine Viertelstunde.",
            "de",
            ("eine Viertelstunde", "duration", "PT0.25H"),
        ),
        (
            "Sie warteten eine Dreiviertelstunde.",
            "de",
            ("eine Dreiviertelstunde", "duration", "PT0.75H"),
        ),
    ],
)
def test_units_that_are_multiples(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert [(f.text, f.kind, str(f.value)) for f in extract_dates(text, lang)] == [want]


def test_fortnight_takes_no_calendar_modifier() -> None:
    assert _ranges("Cases rose over the past fortnight.", "en", None) == []


def test_edge_of_a_period_keeps_the_modifier_after_it() -> None:
    assert _ranges("Le vote aura lieu au début de la semaine prochaine.", "fr", None) == [
        ("début de la semaine prochaine", "REF+P1W", None)
    ]


def test_french_short_second() -> None:
    got = [(f.text, str(f.value)) for f in extract_dates("Le tour a duré 58,2 sec.", "fr")]
    assert got == [("58,2 sec", "PT58.2S")]


def test_edge_before_a_year_leaves_the_year() -> None:
    assert _ranges("It closed by the end of the year 2016.", "en", None) == [("2016", "2016", None)]


def test_french_range_with_jusqua() -> None:
    assert _ranges("Les prix ont grimpé depuis 2012 jusqu'à aujourd'hui.", "fr") == [
        ("depuis 2012 jusqu'à aujourd'hui", "2012", "2024-09-10")
    ]
    assert _ranges("Il a dirigé le club de 2003 jusqu’en 2008.", "fr", None) == [
        ("de 2003 jusqu’en 2008", "2003", "2008")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "The race is held on the third Sunday of June.",
            "en",
            ("third Sunday of June", "XXXX-06-WXX-7-#3"),
        ),
        (
            "Polls close on the last Friday of March 2023.",
            "en",
            ("last Friday of March 2023", "2023-03-31"),
        ),
        (
            "Das Fest ist am zweiten Samstag im August 2024.",
            "de",
            ("zweiten Samstag im August 2024", "2024-08-10"),
        ),
        (
            "La foire a lieu le premier mardi de juillet.",
            "fr",
            ("premier mardi de juillet", "XXXX-07-WXX-2-#1"),
        ),
    ],
)
def test_nth_weekday_of_a_month(text: str, lang: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, lang, None)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Payments end on the last day of February 2024.",
            ("last day of February 2024", "2024-02-29"),
        ),
        ("The law applies from the first day of 2025.", ("first day of 2025", "2025-01-01")),
    ],
)
def test_first_or_last_day_of_a_period(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, "en", None)] == [want]


def test_year_before_a_half_code_is_no_amount() -> None:
    assert _ranges("Margins improved in 2021 H2 across units.", "en", None) == [
        ("2021 H2", "2021-07", "2021-12")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die Wahl ist heute in drei Wochen.", ("heute in drei Wochen", "2024-10-01")),
        ("Heute vor zehn Jahren öffnete das Museum.", ("Heute vor zehn Jahren", "2014-09-10")),
    ],
)
def test_relative_day_moved_by_a_relative_time(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, "de")] == [want]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sie starb heute vor 50 Jahren.", "de"),
        ("She died 50 years ago today.", "en"),
        ("Elle est morte il y a 50 ans aujourd'hui.", "fr"),
    ],
)
def test_years_ago_today_is_one_date(text: str, lang: str) -> None:
    assert [v for _, v, _ in _ranges(text, lang)] == ["1974-09-10"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The club was founded in nineteen twenty one.", ("nineteen twenty one", "1921")),
        ("Prices fell in two thousand and nine.", ("two thousand and nine", "2009")),
    ],
)
def test_year_in_words_after_a_year_marker(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, "en", None)] == [want]


def test_number_words_after_in_are_no_year_before_a_plural() -> None:
    assert _ranges("It rose in two thousand and six homes.", "en", None) == []
    assert _ranges("He left in twenty minutes.", "en", None) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("She was born on 3 June of 79.", ("3 June of 79", "1979-06-03")),
        ("He was hired on 3 June 79.", ("3 June 79", "1979-06-03")),
    ],
)
def test_day_month_and_a_two_digit_year(text: str, want: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _ in _ranges(text, "en", None)] == [want]


def test_day_month_before_a_count_keeps_no_year() -> None:
    assert _ranges("On 3 June 79 people died.", "en", None) == [("3 June", "XXXX-06-03", None)]


def test_day_alone_after_on_and_calendar_year() -> None:
    assert _ranges("Lunch on 29th - see you.", "en", None) == [("29th", "XXXX-XX-29", None)]
    assert _ranges("Profits rose this calendar year.", "en", None) == [
        ("this calendar year", "REF+P0Y", None)
    ]
