"""Absolute and partial dates, from CLDR patterns, per language."""

from __future__ import annotations

import pytest

import factcheck
from factcheck._dates import extract_dates


def values(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract_dates(text, lang) if f.kind == "date"]


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        ("de", "Die Messe öffnet am 14. März 2026 in Leipzig.", "14. März 2026", "2026-03-14"),
        ("de", "Frist ist der 03.11.2027, danach nicht mehr.", "03.11.2027", "2027-11-03"),
        ("de", "Im Februar 2024 sank der Absatz.", "Februar 2024", "2024-02"),
        ("de", "Geplant ist der 7. Juli.", "7. Juli", "XXXX-07-07"),
        ("de", "Stand: 2026-01-31", "2026-01-31", "2026-01-31"),
        ("fr", "Le salon ouvre le 14 mars 2026 à Lyon.", "14 mars 2026", "2026-03-14"),
        ("fr", "Il est prévu le 1er juin.", "1er juin", "XXXX-06-01"),
        ("fr", "Date limite : 03/11/2027.", "03/11/2027", "2027-11-03"),
        ("fr", "En février 2024, les ventes ont baissé.", "février 2024", "2024-02"),
        ("en", "The fair opens on March 14, 2026 in Leeds.", "March 14, 2026", "2026-03-14"),
        ("en", "The fair opens on 14 March 2026 in Leeds.", "14 March 2026", "2026-03-14"),
        ("en", "Sales fell in February 2024.", "February 2024", "2024-02"),
        ("en", "Deadline: 11/03/2027.", "11/03/2027", "2027-11-03"),
        (
            "vi",
            "Hội chợ khai mạc ngày 14 tháng 3 năm 2026.",
            "ngày 14 tháng 3 năm 2026",
            "2026-03-14",
        ),
        ("vi", "Hạn chót là ngày 03/11/2027.", "ngày 03/11/2027", "2027-11-03"),
        ("vi", "Trong tháng 2 năm 2024 doanh số giảm.", "tháng 2 năm 2024", "2024-02"),
    ],
)
def test_absolute_dates(lang: str, text: str, span: str, value: str) -> None:
    assert (span, value) in values(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "value", "weekday"),
    [
        ("de", "Am Mittwoch, 14. Januar 2026 beginnt es.", "2026-01-14", 2),
        ("de", "Am Freitag, den 9. Mai tagt der Rat.", "XXXX-05-09", 4),
        ("fr", "Le mercredi 14 janvier 2026, tout commence.", "2026-01-14", 2),
        ("en", "It starts on Wednesday, January 14, 2026.", "2026-01-14", 2),
        ("vi", "Vào thứ Tư, ngày 14 tháng 1 năm 2026, mọi thứ bắt đầu.", "2026-01-14", 2),
    ],
)
def test_weekday_recorded_with_date(lang: str, text: str, value: str, weekday: int) -> None:
    figs = [f for f in extract_dates(text, lang) if f.kind == "date"]
    assert len(figs) == 1
    assert figs[0].value == value
    assert figs[0].weekday == weekday


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Das Gesetz gilt seit 2019.", "2019"),
        ("de", "Im Jahr 2031 soll es fertig sein.", "2031"),
        ("fr", "La loi s'applique depuis 2019.", "2019"),
        ("fr", "Elle sera prête en 2031.", "2031"),
        ("en", "It will be ready in 2031.", "2031"),
        ("vi", "Dự án sẽ hoàn thành vào năm 2031.", "2031"),
        ("de", "Das war in den 1970er Jahren üblich.", "197X"),
        ("fr", "C'était courant dans les années 1970.", "197X"),
        ("en", "That was common in the 1970s.", "197X"),
        ("vi", "Điều đó phổ biến trong những năm 1970.", "197X"),
    ],
)
def test_years_and_decades(lang: str, text: str, value: str) -> None:
    assert value in [v for _, v in values(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Die Wahl findet im September statt.", "XXXX-09"),
        ("fr", "L'élection a lieu en septembre.", "XXXX-09"),
        ("en", "The vote takes place in September.", "XXXX-09"),
        ("vi", "Cuộc bầu cử diễn ra vào tháng 9.", "XXXX-09"),
        ("de", "Am Dienstag sprach sie.", "XXXX-WXX-2"),
        ("fr", "Elle a parlé mardi.", "XXXX-WXX-2"),
        ("en", "She spoke on Tuesday.", "XXXX-WXX-2"),
        ("vi", "Bà phát biểu vào thứ Ba.", "XXXX-WXX-2"),
    ],
)
def test_months_and_weekdays_alone(lang: str, text: str, value: str) -> None:
    assert [v for _, v in values(text, lang)] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Zu Weihnachten 2026 schließt der Laden.", "2026-12-25"),
        ("fr", "À Pâques 2026, la boutique ferme.", "2026-04-05"),
        ("en", "The shop closes at Easter 2026.", "2026-04-05"),
    ],
)
def test_holidays(lang: str, text: str, value: str) -> None:
    assert value in [v for _, v in values(text, lang)]


def test_same_date_compares_equal_across_languages() -> None:
    de = values("Am 25. Oktober 2025 stimmte das Parlament ab.", "de")
    fr = values("Le 25 octobre 2025, le parlement a voté.", "fr")
    fr_other = values("Le 26 octobre 2025, le parlement a voté.", "fr")
    assert [v for _, v in de] == [v for _, v in fr] == ["2025-10-25"]
    assert [v for _, v in fr_other] == ["2025-10-26"]


def test_spans_are_exact() -> None:
    text = "Vom Kongress am 12. Juni 2026 berichtete die Zeitung."
    for f in extract_dates(text, "de"):
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Im zweiten Quartal 2018 stieg der Umsatz.", "2018-Q2"),
        ("de", "Im 3. Quartal 2018 stieg der Umsatz.", "2018-Q3"),
        ("fr", "Au premier trimestre 2018, le chiffre a augmenté.", "2018-Q1"),
        ("en", "In the second quarter of 2018 revenue rose.", "2018-Q2"),
        ("en", "Revenue rose in Q3 2019.", "2019-Q3"),
        ("vi", "Trong quý 2 năm 2018 doanh thu tăng.", "2018-Q2"),
    ],
)
def test_quarters(lang: str, text: str, value: str) -> None:
    assert [v for _, v in values(text, lang)] == [value]


def test_decades_with_apostrophe_and_ages() -> None:
    assert values("Music of the '90s", "en") == [("'90s", "199X")]
    assert values("She is in her 40s.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Im Sommer 2016 war es heiß.", "2016-SU"),
        ("fr", "Au printemps 2020, tout a fermé.", "2020-SP"),
        ("en", "In the winter of 2020 it snowed.", "2020-WI"),
        ("vi", "Vào mùa đông 2020 trời rất lạnh.", "2020-WI"),
        ("fr", "cet été", "REF+P0Y-SU"),
        ("en", "last winter", "REF-P1Y-WI"),
    ],
)
def test_seasons(lang: str, text: str, value: str) -> None:
    assert [v for _, v in values(text, lang)] == [value]


def test_fall_the_verb_is_no_season() -> None:
    assert values("Prices fall again.", "en") == []


def test_english_day_alone_needs_the_and_no_noun_after() -> None:
    assert values("The meeting is on the 18th.", "en") == [("18th", "XXXX-XX-18")]
    assert values("In the 18th century it grew.", "en") == [("18th century", "17XX")]
    assert values("She finished in the 4th place.", "en") == []


def test_english_ordinal_word_after_month() -> None:
    assert values("January first 2000 was special.", "en") == [("January first 2000", "2000-01-01")]
    assert values("In March two teams left.", "en") == [("March", "XXXX-03")]
    assert values("Im März drei Spiele.", "de") == [("März", "XXXX-03")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a day and a month of one digit each are a date after a date word
        ("vi", "Bộ Tài chính công bố số liệu ngày 6/7.", "XXXX-07-06"),
        ("vi", "Hội nghị khai mạc sáng 2/9 tại Hà Nội.", "XXXX-09-02"),
        ("de", "Die Messe öffnet am 6.7. ihre Tore.", "XXXX-07-06"),
    ],
)
def test_one_digit_day_and_month_after_a_date_word(lang: str, text: str, value: str) -> None:
    assert [(f.kind, f.value) for f in factcheck.extract(text, lang)] == [("date", value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Tỷ lệ đạt 6/7 trong kỳ thi."),
        ("de", "Punkt 1.1. gilt weiter."),
        ("de", "Es steht 6/7."),
    ],
)
def test_one_digit_day_and_month_alone_is_no_date(lang: str, text: str) -> None:
    assert [f for f in factcheck.extract(text, lang) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lợi nhuận quý III/2023 tăng mạnh.", "2023-Q3"),
        ("GDP quý I năm 2024 tăng 5,66%.", "2024-Q1"),
        ("Doanh thu quý 2/2024 giảm.", "2024-Q2"),
    ],
)
def test_vi_quarters_in_roman_numerals_and_with_a_slash(text: str, value: str) -> None:
    assert [f.value for f in factcheck.extract(text, "vi") if f.kind == "date"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Giải đấu khởi tranh vào tháng Sáu.", "XXXX-06"),
        ("Ngày 15 tháng Mười năm 2018, cây cầu thông xe.", "2018-10-15"),
        ("Dự án khởi công từ tháng Mười Một.", "XXXX-11"),
    ],
)
def test_vi_month_names_with_the_number_in_words(text: str, value: str) -> None:
    assert [f.value for f in factcheck.extract(text, "vi") if f.kind == "date"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month name ending in a digit (vi "tháng 1") is no prefix of "tháng 12"
        ("Vào tháng 12 năm 2017, nhà máy đóng cửa.", "2017-12"),
        ("Từ tháng 11 năm 2020, giá tăng.", "2020-11"),
        ("Tháng 10, 2019 là mốc quan trọng.", "2019-10"),
    ],
)
def test_vi_two_digit_month_names(text: str, value: str) -> None:
    (fig,) = [f for f in extract_dates(text, "vi") if f.kind == "date"]
    assert fig.value == value
