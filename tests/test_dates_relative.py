"""Relative dates: symbolic without a reference date, resolved with one."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck._dates import extract_dates, find_reference_date, resolve

REF = dt.date(2025, 10, 25)  # a Saturday, ISO week 43


def one(text: str, lang: str, ref: dt.date | None = None) -> str:
    figs = [f for f in extract_dates(text, lang, reference_date=ref) if f.kind == "date"]
    assert len(figs) == 1, figs
    return str(figs[0].value)


@pytest.mark.parametrize(
    ("value", "phrases"),
    [
        ("REF+P0D", [("de", "heute"), ("fr", "aujourd'hui"), ("en", "today"), ("vi", "hôm nay")]),
        ("REF-P1D", [("de", "gestern"), ("fr", "hier"), ("en", "yesterday"), ("vi", "hôm qua")]),
        ("REF+P1D", [("de", "morgen"), ("fr", "demain"), ("en", "tomorrow"), ("vi", "ngày mai")]),
        (
            "REF+P1W",
            [
                ("de", "nächste Woche"),
                ("fr", "la semaine prochaine"),
                ("en", "next week"),
                ("vi", "tuần tới"),
            ],
        ),
        ("REF+P2W", [("de", "übernächste Woche"), ("en", "the week after next")]),
        (
            "REF-P1M",
            [
                ("de", "letzten Monat"),
                ("fr", "le mois dernier"),
                ("en", "last month"),
                ("vi", "tháng trước"),
            ],
        ),
        (
            "REF-P1Y",
            [
                ("de", "letztes Jahr"),
                ("fr", "l'année dernière"),
                ("en", "last year"),
                ("vi", "năm ngoái"),
            ],
        ),
        (
            "REF+P3W@D",
            [
                ("de", "in drei Wochen"),
                ("fr", "dans trois semaines"),
                ("en", "in three weeks"),
                ("vi", "sau 3 tuần nữa"),
            ],
        ),
        (
            "REF-P2Y@D",
            [
                ("de", "vor zwei Jahren"),
                ("fr", "il y a deux ans"),
                ("en", "two years ago"),
                ("vi", "2 năm trước"),
            ],
        ),
    ],
)
def test_symbolic_values_agree_across_languages(value: str, phrases: list[tuple[str, str]]) -> None:
    for lang, phrase in phrases:
        assert one(f"Wir sehen: {phrase}." if lang == "de" else phrase, lang) == value, phrase


def test_seed_pair_next_week_same_value_with_and_without_reference() -> None:
    assert one("Die Sitzung ist nächste Woche.", "de") == one(
        "La séance a lieu la semaine prochaine.", "fr"
    )
    de = one("Die Sitzung ist nächste Woche.", "de", REF)
    fr = one("La séance a lieu la semaine prochaine.", "fr", REF)
    assert de == fr == "2025-W44"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Das Werk öffnete gestern.", "2025-10-24"),
        ("fr", "L'usine a ouvert hier.", "2025-10-24"),
        ("en", "The plant opened yesterday.", "2025-10-24"),
        ("vi", "Nhà máy mở cửa hôm qua.", "2025-10-24"),
        ("en", "Results come next month.", "2025-11"),
        ("fr", "Les résultats arrivent l'an prochain.", "2026"),
        ("de", "Das war vor zwei Jahren.", "2023-10-25"),
        ("en", "It opens in three weeks.", "2025-11-15"),
        ("de", "Die Wahl ist im März.", "2026-03"),
        ("fr", "Le vote a eu lieu le 2 octobre.", "2025-10-02"),
        ("en", "Next Monday the talks resume.", "2025-10-27"),
        ("fr", "Les pourparlers reprennent lundi prochain.", "2025-10-27"),
    ],
)
def test_resolved_with_reference_date(lang: str, text: str, value: str) -> None:
    assert one(text, lang, REF) == value


def test_resolve_helper() -> None:
    assert resolve("REF+P0W", REF) == "2025-W43"
    assert resolve("REF-P1Q", REF) == "2025-Q3"
    assert resolve("XXXX-WXX-1", REF) == "2025-10-27"
    assert resolve("XXXX-E+0", REF) == "2026-04-05"
    assert resolve("2024-05", REF) == "2024-05"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Hanoi, 25. Oktober 2025 – Die Regierung hat gestern beschlossen …",
            dt.date(2025, 10, 25),
        ),
        ("fr", "Paris, le 3 mars 2026 (AFP) – Le ministre a parlé hier.", dt.date(2026, 3, 3)),
        ("en", "March 3, 2026\n\nThe minister spoke yesterday.", dt.date(2026, 3, 3)),
        (
            "vi",
            "---\ntitle: Tin\ndate: 2026-03-03\n---\nBộ trưởng phát biểu hôm qua.",
            dt.date(2026, 3, 3),
        ),
        (
            "en",
            "The minister spoke on March 3, 2026 about the plan and many other long topics.",
            None,
        ),
    ],
)
def test_find_reference_date(lang: str, text: str, expected: dt.date | None) -> None:
    assert find_reference_date(text, lang) == expected


def test_dateline_serves_as_reference() -> None:
    text = "Lyon, 3 mars 2026 – Le ministre a parlé hier devant la presse."
    values = [str(f.value) for f in extract_dates(text, "fr")]
    assert values == ["2026-03-03", "2026-03-02"]
    # an explicit reference date wins over the dateline
    values = [str(f.value) for f in extract_dates(text, "fr", reference_date=REF)]
    assert values == ["2026-03-03", "2025-10-24"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "nächsten Montag"),
        ("fr", "lundi prochain"),
        ("en", "next Monday"),
        ("vi", "thứ Hai tới"),
    ],
)
def test_weekday_with_modifier(lang: str, text: str) -> None:
    (fig,) = extract_dates(text, lang)
    assert (fig.value, fig.weekday) == ("REF+P1W-WD1", 0)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Họ thấy nó vài tuần trước."),  # a few weeks ago: no "last week"
        ("vi", "Một năm sau, họ trở lại."),  # one year later: no "next year"
        ("de", "In den letzten Monaten stieg es."),  # plural: no "last month"
        ("en", "Rain over the coming days."),
        ("en", "On the last day of the fair."),
        ("en", "The This Morning presenter left."),  # a title
    ],
)
def test_no_relative_period(lang: str, text: str) -> None:
    assert [f for f in extract_dates(text, lang) if str(f.value).startswith("REF")] == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Vor einem Jahr begann es.", "REF-P1Y@D"),
        ("fr", "Il y a un an, tout a commencé.", "REF-P1Y@D"),
        ("en", "A year ago it began.", "REF-P1Y@D"),
        ("vi", "Một năm trước mọi thứ bắt đầu.", "REF-P1Y@D"),
        ("en", "It began a decade ago.", "REF-P1DE@D"),
    ],
)
def test_article_counts_as_one_in_relative_times(lang: str, text: str, value: str) -> None:
    assert one(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das passiert einmal im Jahr."),
        ("en", "It happens twice a year."),
        ("fr", "Cela arrive une fois par an."),
    ],
)
def test_article_alone_is_no_duration(lang: str, text: str) -> None:
    assert extract_dates(text, lang) == []


def test_weekend_and_numbered_week() -> None:
    assert [f.value for f in extract_dates("nächstes Wochenende", "de")] == ["REF+P1WE"]
    assert [f.value for f in extract_dates("le week-end prochain", "fr")] == ["REF+P1WE"]
    assert [f.value for f in extract_dates("next weekend", "en", reference_date=REF)] == [
        "2025-W44-WE"
    ]
    assert [f.value for f in extract_dates("in KW 44", "de")] == ["XXXX-W44"]
    assert [f.value for f in extract_dates("in week 44 of 2025", "en")] == ["2025-W44"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # CLDR writes "sau {0} năm nữa": without "nữa", "sau" is "after" (a duration),
        # as "after three years" / "nach drei Jahren" are
        ("Sau ba năm thi công, cây cầu đã thông xe.", "duration", "P3Y"),
        ("Hợp đồng hết hạn sau 60 ngày.", "duration", "P60D"),
        ("Dự án sẽ hoàn thành sau ba năm nữa.", "date", "REF+P3Y@D"),
    ],
)
def test_vi_sau_needs_nua_for_a_relative_time(text: str, kind: str, value: str) -> None:
    assert [(f.kind, f.value) for f in factcheck.extract(text, "vi")] == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "value", "resolved"),
    [
        # a modifier glued to the unit word (de ``relative_compounds``)
        ("Im Vorjahr lag der Umsatz niedriger.", "REF-P1Y", "2024"),
        ("Die Zahl des Vorjahres wurde übertroffen.", "REF-P1Y", "2024"),
        ("Im Vormonat waren es weniger.", "REF-P1M", "2025-09"),
        ("In der Vorwoche war es ruhig.", "REF-P1W", "2025-W42"),
    ],
)
def test_de_compound_relative_periods(text: str, value: str, resolved: str) -> None:
    assert one(text, "de") == value
    assert one(text, "de", REF) == resolved


def test_de_compound_relative_agrees_across_languages() -> None:
    de = one("Im Vorjahr waren es 300 Gäste.", "de")
    assert de == one("L'année précédente, ils étaient 300.", "fr")
    assert de == one("The previous year there were 300 guests.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "In den Vorjahren war es ähnlich.",  # several years: no one period
        "Das Vorjahresniveau wurde erreicht.",  # a compound noun, no date
        "Der Vorstand tagte.",
    ],
)
def test_de_no_compound_relative_period(text: str) -> None:
    assert [f for f in extract_dates(text, "de") if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # vi "cách đây N …" = N … ago (CLDR gives only "N … trước")
        ("Nhà máy đóng cửa cách đây năm năm.", "REF-P5Y@D"),
        ("Cách đây 3 tháng, giá còn thấp.", "REF-P3M@D"),
        ("Dự án bắt đầu 3 tháng trước.", "REF-P3M@D"),
    ],
)
def test_vi_cach_day_is_ago(text: str, value: str) -> None:
    assert one(text, "vi") == value


def test_vi_cach_day_with_a_distance_is_no_date() -> None:
    assert [f.kind for f in factcheck.extract("Trạm xăng cách đây 5 km.", "vi")] == ["quantity"]


def test_vi_nua_dem_is_midnight_not_half_a_night() -> None:
    assert extract_dates("Cuộc họp kéo dài đến nửa đêm.", "vi") == []
    (half,) = extract_dates("Cuộc họp kéo dài nửa ngày.", "vi")
    assert (half.kind, half.value) == ("duration", "P0.5D")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an edge glued to a period (de ``edge_compounds``), as "Ende des Jahres"
        ("Bis zum Jahresende sollen 200 Stellen entstehen.", "REF+P0Y"),
        ("Seit Jahresbeginn stieg der Kurs um ein Drittel.", "REF+P0Y"),
        ("Die Miete ist zum Monatsende fällig.", "REF+P0M"),
        ("Zum Quartalsende lag der Umsatz höher.", "REF+P0Q"),
    ],
)
def test_de_edge_compounds(text: str, value: str) -> None:
    assert one(text, "de") == value
    assert one(text, "de") == one(
        {"REF+P0Y": "end of the year", "REF+P0M": "the start of the month",
         "REF+P0Q": "the end of the quarter"}[value], "en"
    )


def test_de_edge_compound_before_a_year_gives_the_year() -> None:
    assert one("Bis zum Jahresende 2026 soll die Fabrik stehen.", "de") == "2026"


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value"),
    [
        # this week's weekend after ``weekend_words`` …
        ("de", "Ab dem Wochenende wird es ruhiger.", "date", "REF+P0WE"),
        ("fr", "Le calme reviendra à partir du week-end.", "date", "REF+P0WE"),
        ("fr", "Le week-end, le musée a accueilli 900 visiteurs.", "date", "REF+P0WE"),
        ("vi", "Thời tiết dịu lại từ cuối tuần.", "date", "REF+P0WE"),
        ("en", "Things calm down from the weekend.", "date", "REF+P0WE"),
        # … but a whole one after ``whole_words``: a duration
        ("fr", "Il a plu tout le week-end.", "duration", "P1WE"),
        ("de", "Es regnete das ganze Wochenende.", "duration", "P1WE"),
        ("en", "It rained all weekend.", "duration", "P1WE"),
        ("vi", "Trời mưa cả cuối tuần.", "duration", "P1WE"),
    ],
)
def test_weekend_words(lang: str, text: str, kind: str, value: str) -> None:
    (fig,) = extract_dates(text, lang)
    assert (fig.kind, fig.value) == (kind, value)
