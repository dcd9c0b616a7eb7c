"""Times of day: value ``T15:00``."""

from __future__ import annotations

import pytest

import factcheck
from factcheck._dates import extract_dates


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        ("de", "Beginn um 15:00 Uhr im Saal.", "15:00 Uhr", "T15:00"),
        ("de", "Beginn um 15 Uhr im Saal.", "15 Uhr", "T15:00"),
        ("de", "Beginn um 9.30 Uhr im Saal.", "9.30 Uhr", "T09:30"),
        ("fr", "Début à 15 h dans la salle.", "15 h", "T15:00"),
        ("fr", "Début à 15h30 dans la salle.", "15h30", "T15:30"),
        ("en", "Starts at 3 p.m. in the hall.", "3 p.m.", "T15:00"),
        ("en", "Starts at 11:45 am in the hall.", "11:45 am", "T11:45"),
        ("en", "Starts at 12 a.m. sharp.", "12 a.m.", "T00:00"),
        ("vi", "Bắt đầu lúc 15 giờ tại hội trường.", "15 giờ", "T15:00"),
        ("vi", "Bắt đầu lúc 15:30 tại hội trường.", "15:30", "T15:30"),
        ("vi", "Bắt đầu lúc 15h30 tại hội trường.", "15h30", "T15:30"),
    ],
)
def test_times(lang: str, text: str, span: str, value: str) -> None:
    figs = [(f.text, f.value) for f in extract_dates(text, lang) if f.kind == "time"]
    assert figs == [(span, value)]


def test_same_time_across_languages() -> None:
    got = {
        str(f.value)
        for lang, text in [
            ("de", "um 15 Uhr"),
            ("fr", "à 15 h"),
            ("en", "at 3 p.m."),
            ("vi", "lúc 15 giờ"),
        ]
        for f in extract_dates(text, lang)
    }
    assert got == {"T15:00"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Spiel endete 2:1."),  # a score
        ("de", "Der Kurs fiel um 9.30 Prozent."),  # no time marker after a dot
        ("en", "The ratio was 3:1 in favour."),
        ("de", "Die Zahl 15 am Ende."),  # German "am" is no AM marker
    ],
)
def test_not_times(lang: str, text: str) -> None:
    assert [f for f in extract_dates(text, lang) if f.kind == "time"] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Save power between 1 and 3 p.m. today.", [("1", "T13:00"), ("3 p.m.", "T15:00")]),
        ("en", "Open from 9 to 11 a.m. only.", [("9", "T09:00"), ("11 a.m.", "T11:00")]),
        ("en", "Open from 11 to 1 p.m. only.", [("11", "T11:00"), ("1 p.m.", "T13:00")]),
        ("de", "zwischen 13 und 15 Uhr sparen", [("13", "T13:00"), ("15 Uhr", "T15:00")]),
        ("de", "von 9.30 bis 12 Uhr geöffnet", [("9.30", "T09:30"), ("12 Uhr", "T12:00")]),
        ("vi", "từ 13h đến 15h.", [("13h", "T13:00"), ("15h", "T15:00")]),
    ],
)
def test_time_marker_applies_to_both_ends_of_a_range(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    figs = [(f.text, f.value) for f in extract_dates(text, lang) if f.kind == "time"]
    assert figs == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He sold 1,200 and 3 p.m. came."),  # part of a bigger number
        ("en", "Room 1 and at 3 p.m. the talk."),  # no range connector right before
        ("en", "Votes 1 and 3 p.m. closing."),  # "and" without "between"
        ("de", "Es kamen 22 und 3 Uhr."),  # 22 > 3 without a period word: no range
    ],
)
def test_bare_number_before_a_time_stays_a_number(lang: str, text: str) -> None:
    assert [f.text for f in extract_dates(text, lang) if f.kind == "time"] == [
        t for t in ["3 p.m.", "3 Uhr"] if t in text
    ]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        # a CLDR day period after the time says which half of the day it is in
        ("vi", "Vụ việc xảy ra lúc 5.30 chiều.", "5.30 chiều", "T17:30"),
        ("vi", "Tàu rời ga lúc 7.55 giờ sáng.", "7.55 giờ sáng", "T07:55"),
        ("vi", "Cuộc họp bắt đầu lúc 5 giờ chiều.", "5 giờ chiều", "T17:00"),
        ("vi", "Đám cháy bùng phát lúc 10.30 tối.", "10.30 tối", "T22:30"),
        ("de", "Der Zug fährt um 8.15 Uhr abends.", "8.15 Uhr abends", "T20:15"),
        ("fr", "Le train part à 8 h 30 du soir.", "8 h 30 du soir", "T20:30"),
        ("en", "The train leaves at 7.30 in the evening.", "7.30 in the evening", "T19:30"),
        # an hour word that is also a unit, with a day period: a clock time
        ("vi", "Trận động đất xảy ra vào 4 giờ sáng.", "4 giờ sáng", "T04:00"),
        ("fr", "Le convoi est parti à six heures du matin.", "six heures du matin", "T06:00"),
        # the typographic apostrophe of CLDR's "de l’après-midi", after an hour in words
        (
            "fr",
            "Le vote a lieu à trois heures de l’après-midi.",
            "trois heures de l’après-midi",
            "T15:00",
        ),
    ],
)
def test_time_with_a_day_period(lang: str, text: str, surface: str, value: str) -> None:
    figs = [f for f in factcheck.extract(text, lang) if f.kind == "time"]
    assert [(f.text, f.value) for f in figs] == [(surface, value)]


def test_day_period_starting_a_relative_day_stays_a_date() -> None:
    """"9 giờ sáng nay" = 9 o'clock this morning: the time, and "sáng nay" (this
    morning) as the relative day it is; a word after a number is no day period
    ("10 sáng kiến" = ten initiatives)."""
    figs = factcheck.extract("Lúc 9 giờ sáng nay có 10 sáng kiến.", "vi")
    assert [(f.kind, f.text) for f in figs] == [
        ("time", "9 giờ"),
        ("date", "sáng nay"),
        ("number", "10"),
    ]


def test_hours_with_a_day_period_stay_a_duration_when_the_word_is_no_clock_word() -> None:
    figs = factcheck.extract("Die Sitzung dauerte drei Stunden abends.", "de")
    assert [(f.kind, f.value) for f in figs] == [("duration", "PT3H")]
