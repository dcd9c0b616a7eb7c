"""Times of day: value ``T15:00``."""

from __future__ import annotations

import pytest

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
