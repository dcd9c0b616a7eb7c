"""More forms: compounds, names that contain a weekday, centuries, whole units,
combined durations, numeric dates that need a preposition."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._dates import extract_dates


def _vals(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract_dates(text, lang)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Sturm erreicht die Küste am Freitagabend.", "XXXX-WXX-5"),
        ("Ab Dienstagmorgen wird es kühler.", "XXXX-WXX-2"),
        ("Ein milder Novemberanfang ist zu erwarten.", "XXXX-11"),
    ],
)
def test_german_compounds(text: str, value: str) -> None:
    assert [v for _, v in _vals(text, "de")] == [value]


def test_month_with_hyphen_is_no_compound() -> None:
    assert _vals("die Juni-Ausgabe", "de") == []


@pytest.mark.parametrize(
    "text",
    [
        "She wrote in the Sunday Observer last year about it.",
        "He told The Saturday Review so.",
        "a sketch on Friday Night Comedy",
    ],
)
def test_weekday_inside_a_name(text: str) -> None:
    assert not any(v.startswith("XXXX-WXX") for _, v in _vals(text, "en"))


@pytest.mark.parametrize(
    "text", ["On Sunday Prime Minister Jones spoke.", "on Sunday morning", "the Sunday after"]
)
def test_weekday_before_capitalised_words_stays(text: str) -> None:
    assert ("Sunday", "XXXX-WXX-7") in _vals(text, "en")


def test_german_tomorrow_at_sentence_start() -> None:
    assert _vals("Es regnet.\n\nMorgen scheint die Sonne.", "de") == [("Morgen", "REF+P1D")]
    assert _vals("Am Morgen regnet es.", "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("in the 16th century", "en", "15XX"),
        ("im 18. Jahrhundert", "de", "17XX"),
        ("au XVIIIe siècle", "fr", "17XX"),
        ("vào thế kỷ 18", "vi", "17XX"),
        ("the nineteenth century", "en", "18XX"),
    ],
)
def test_centuries(text: str, lang: str, value: str) -> None:
    assert [v for _, v in _vals(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The talks lasted all week.", "en", "P1W"),
        ("Es regnete den ganzen Tag.", "de", "P1D"),
        ("Il a plu tout le mois.", "fr", "P1M"),
        ("Trời mưa cả tuần.", "vi", "P1W"),
    ],
)
def test_whole_units(text: str, lang: str, value: str) -> None:
    assert [v for _, v in _vals(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The flight took 2 hours and 45 minutes.", "en", "PT2H45M"),
        ("Der Flug dauerte 2 Stunden und 45 Minuten.", "de", "PT2H45M"),
        ("Le vol a duré deux heures et quart ou 2 heures et 45 minutes.", "fr", "PT2H45M"),
        ("a wait of 1 year, 2 months", "en", "P1Y2M"),
        ("The wait was three hours and a half.", "en", "PT3.5H"),
        ("L'attente a duré trois heures et demie.", "fr", "PT3.5H"),
    ],
)
def test_combined_durations(text: str, lang: str, value: str) -> None:
    assert value in [v for _, v in _vals(text, lang)]


def test_durations_in_rising_order_stay_apart() -> None:
    assert [v for _, v in _vals("3 hours and 2 days", "en")] == ["PT3H", "P2D"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Wir treffen uns am 14.05 im Saal.", "de", "XXXX-05-14"),
        ("Rendez-vous le 14.05 à Lyon.", "fr", "XXXX-05-14"),
        ("Die Sitzung ist am 14. 5. 2024.", "de", "2024-05-14"),
    ],
)
def test_numeric_dates_with_a_preposition(text: str, lang: str, value: str) -> None:
    assert [v for _, v in _vals(text, lang)] == [value]


@pytest.mark.parametrize("text", ["Der Kurs lag bei 14.05 Punkten.", "Es sind 14.05 Euro."])
def test_day_month_without_preposition_is_a_number(text: str) -> None:
    assert _vals(text, "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The plant opened in March two thousand and seven.", "en", "2007-03"),
        ("She was born on July twelve nineteen seventy one.", "en", "1971-07-12"),
        ("on 9 May eighteen hundred fifty", "en", "1850-05-09"),
        ("im März zweitausendsieben", "de", "2007-03"),
        ("en mars deux mille sept", "fr", "2007-03"),
    ],
)
def test_years_in_words_after_a_month(text: str, lang: str, value: str) -> None:
    assert [v for _, v in _vals(text, lang)] == [value]


def test_cardinal_after_month_without_year_is_no_day() -> None:
    assert _vals("In June twelve people left.", "en") == [("June", "XXXX-06")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We meet next week Thursday.", "en"),
        ("We meet on Thursday of next week.", "en"),
        ("Wir treffen uns Donnerstag nächster Woche.", "de"),
        ("On se voit jeudi de la semaine prochaine.", "fr"),
        ("Chúng ta gặp nhau thứ Năm tuần tới.", "vi"),
    ],
)
def test_weekday_of_a_relative_week(text: str, lang: str) -> None:
    assert [v for _, v in _vals(text, lang)] == ["REF+P1W-WD4"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wir sehen uns am neunten 6.", "XXXX-06-09"),
        ("Wir sehen uns am 9. sechster.", "XXXX-06-09"),
        ("Wir sehen uns am Freitag, den neunten sechsten.", "XXXX-06-09"),
        ("Termin: Freitag 9. sechster 2023.", "2023-06-09"),
        ("Wir sehen uns am zweiter/10.", "XXXX-10-02"),
    ],
)
def test_german_ordinal_dates(text: str, value: str) -> None:
    assert [v for _, v in _vals(text, "de")] == [value]


@pytest.mark.parametrize("text", ["Sie wurde 3. im Rennen.", "Er belegte den 2. Platz."])
def test_german_ranks_are_no_dates(text: str) -> None:
    assert _vals(text, "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "got"),
    [
        ("Wir fahren am Wochenende weg.", "de", [("am Wochenende", "REF+P0WE")]),
        ("Talks resume after the weekend.", "en", [("the weekend", "REF+P0WE")]),
        ("Er kam heute morgen an.", "de", [("heute morgen", "REF+P0D")]),
        ("Sie reist morgen früh ab.", "de", [("morgen früh", "REF+P1D")]),
        ("Le parti poursuit son ascension.", "fr", []),
        ("Les écoles ferment à l'Ascension.", "fr", [("Ascension", "XXXX-E+39")]),
        ("họp vào tối thứ bảy", "vi", [("thứ bảy", "XXXX-WXX-6")]),
    ],
)
def test_weekend_day_parts_and_holiday_case(
    text: str, lang: str, got: list[tuple[str, str]]
) -> None:
    assert _vals(text, lang) == got


def test_weekends_in_the_plural_are_no_date() -> None:
    assert _vals("The shop opens on weekends.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("vào tháng  7 năm 2022", "vi", "2022-07"),
        ("nächste \u00a0Woche", "de", "REF+P1W"),
        ("la semaine\tprochaine", "fr", "REF+P1W"),
    ],
)
def test_names_with_odd_spaces(text: str, lang: str, value: str) -> None:
    assert [v for _, v in _vals(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("En juin 86, le pays a voté.", "fr", "1986-06"),
        ("She left in May of 79.", "en", "1979-05"),
    ],
)
def test_two_digit_year_after_a_month(text: str, lang: str, value: str) -> None:
    assert [v for _, v in _vals(text, lang)] == [value]


def test_two_digits_before_a_noun_are_no_year() -> None:
    assert not any(v.startswith("19") for _, v in _vals("in June 86 people came", "en"))


def test_german_ordinal_date_needs_a_preposition() -> None:
    assert _vals("Sie wurde 9. sechster.", "de") == []


def test_german_weekday_with_a_day_alone() -> None:
    assert _vals("Zahltag ist Freitag, der 28.", "de") == [("Freitag, der 28.", "XXXX-XX-28")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Die Brücke wurde am 7-9-2022 freigegeben.", "de", "2022-09-07"),
        ("Le pont a rouvert le 07-09-2022.", "fr", "2022-09-07"),
        ("The bridge reopened on 9-7-2022.", "en", "2022-09-07"),
        ("Cây cầu thông xe ngày 07-09-2022.", "vi", "2022-09-07"),
    ],
)
def test_numeric_date_with_dashes_in_the_locales_field_order(
    text: str, lang: str, value: str
) -> None:
    dates = [f for f in extract(text, lang) if f.kind == "date"]
    assert [str(f.value) for f in dates] == [value]
    assert not [f for f in extract(text, lang) if f.kind == "number"]


def test_dashed_score_or_short_year_is_no_date() -> None:
    assert not [
        f for f in extract("Sie gewannen 3-2-1 nach Verlängerung.", "de") if f.kind == "date"
    ]
    assert not [f for f in extract("Scores of 3-5-18 were read out.", "en") if f.kind == "date"]
