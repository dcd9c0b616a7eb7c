"""Durations: value ``P3Y``; ``unit`` and ``low``/``high`` carry the amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

import factcheck
from factcheck._dates import extract_dates


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Der Umbau dauerte drei Jahre.", "P3Y"),
        ("de", "Der Umbau dauerte 3 Jahre.", "P3Y"),
        ("de", "Die Reise dauert 2,5 Stunden.", "PT2.5H"),
        ("fr", "Les travaux ont duré trois ans.", "P3Y"),
        ("fr", "Le trajet dure 45 minutes.", "PT45M"),
        ("en", "The works took three years.", "P3Y"),
        ("en", "The trip takes 2.5 hours.", "PT2.5H"),
        ("en", "A two-week break.", "P2W"),
        ("vi", "Công trình kéo dài ba năm.", "P3Y"),
        ("vi", "Chuyến đi mất 10 ngày.", "P10D"),
    ],
)
def test_durations(lang: str, text: str, value: str) -> None:
    figs = [f for f in extract_dates(text, lang) if f.kind == "duration"]
    assert [f.value for f in figs] == [value]


def test_duration_fields() -> None:
    (fig,) = extract_dates("Das Projekt lief 18 Monate.", "de")
    assert (fig.kind, fig.value, fig.unit, fig.low, fig.high) == (
        "duration",
        "P18M",
        "M",
        Decimal(18),
        Decimal(18),
    )


def test_next_n_units_is_a_relative_range() -> None:
    figs = extract_dates("in den nächsten 3 Tagen", "de")
    assert [(f.value, f.value_end) for f in figs] == [("REF+P1D", "REF+P3D@D+1D")]
    en = extract_dates("over the next 3 days", "en")
    assert [(f.value, f.value_end) for f in en] == [("REF+P1D", "REF+P3D@D+1D")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Es dauerte ein Jahr.", "P1Y"),
        ("fr", "Cela a pris un an.", "P1Y"),
        ("en", "It took a year.", "P1Y"),
        ("vi", "Mất một năm.", "P1Y"),
    ],
)
def test_article_as_one(lang: str, text: str, value: str) -> None:
    assert [f.value for f in extract_dates(text, lang)] == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prices rise twice a year."),
        ("en", "It costs $5 a month."),
        ("en", "He tried a second time."),
        ("en", "A quarter of them left."),
        ("de", "Das passiert einmal pro Jahr."),
        ("fr", "Une fois par an."),
    ],
)
def test_article_rates_are_no_durations(lang: str, text: str) -> None:
    assert [f for f in extract_dates(text, lang) if f.kind == "duration"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The divers searched for half an hour before dusk.", "PT0.5H"),
        ("The road stays closed for half a day.", "P0.5D"),
    ],
)
def test_half_before_the_article_is_part_of_the_duration(text: str, value: str) -> None:
    figs = [(f.kind, str(f.value)) for f in factcheck.extract(text, "en")]
    assert figs == [("duration", value)]


def test_half_an_hour_agrees_with_vietnamese_nua_tieng() -> None:
    report = factcheck.check(
        {
            "en": "The divers searched for half an hour before dusk.",
            "vi": "Các thợ lặn tìm kiếm trong nửa tiếng trước khi trời tối.",
        }
    )
    assert [f.code for f in report.findings if f.level in ("warning", "error")] == []


@pytest.mark.parametrize(
    ("text", "kind", "value", "surface"),
    [
        # "năm" is both 5 and "year": before a unit word it is the number
        ("Dự án cải tạo kéo dài năm năm.", "duration", "P5Y", "năm năm"),
        ("Lương tăng đều trong năm năm qua.", "date", "REF-P5Y@D", "năm năm qua"),
        ("Nhà máy cần năm tháng để sửa chữa.", "duration", "P5M", "năm tháng"),
    ],
)
def test_vi_five_before_a_unit(text: str, kind: str, value: str, surface: str) -> None:
    figs = factcheck.extract(text, "vi")
    assert [(f.kind, f.value, f.text) for f in figs] == [(kind, value, surface)]


def test_vi_five_years_next_pairs_with_other_languages() -> None:
    """"trong năm năm tới" = "in the next five years": one figure, the same value as
    the English and German ranges, and no stray number 5."""
    vi = factcheck.extract("Hãng sẽ đầu tư 2 tỷ euro trong năm năm tới.", "vi")
    en = factcheck.extract("The firm will invest €2bn over the next five years.", "en")
    de = factcheck.extract("Die Firma investiert in den nächsten fünf Jahren 2 Mrd. Euro.", "de")
    dates = [[(f.kind, f.value, getattr(f, "value_end", None)) for f in fs if f.kind == "date"]
             for fs in (vi, en, de)]
    assert dates[0] == dates[1] == dates[2] != []
    assert [f.kind for f in vi] == ["money", "date"]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "qualifier"),
    [
        ("de", "Die Sperrung dauerte mehr als 24 Stunden.", "mehr als 24 Stunden", "over"),
        ("de", "Kinder unter 14 Jahren zahlen nichts.", "unter 14 Jahren", "under"),
        ("de", "Die Haft kann bis zu drei Jahre dauern.", "bis zu drei Jahre", "up-to"),
        ("fr", "Les moins de 14 ans entrent gratuitement.", "moins de 14 ans", "under"),
        ("fr", "Le chantier a duré près de deux ans.", "près de deux ans", "nearly"),
        ("en", "The outage lasted about two hours.", "about two hours", "about"),
        ("en", "Talks went on for more than 24 hours.", "more than 24 hours", "over"),
        ("vi", "Cuộc họp kéo dài hơn 24 giờ.", "hơn 24 giờ", "over"),
        ("vi", "Công trình mất gần hai năm.", "gần hai năm", "nearly"),
    ],
)
def test_duration_takes_its_hedge(lang: str, text: str, surface: str, qualifier: str) -> None:
    (fig,) = [f for f in factcheck.extract(text, lang) if f.kind == "duration"]
    assert (fig.text, fig.qualifier) == (surface, qualifier)
    assert text[fig.start : fig.end] == surface


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a preposition is no hedge (a range joiner after a number makes a range:
        # test_duration_ranges)
        ("de", "Eine Umfrage unter 14 Jahre alten Kindern.", "14 Jahre"),
        ("en", "After 24 hours the road reopened.", "24 hours"),
        # English "over" before a period of time is "during"
        ("en", "It logged 183 tremors over 24 hours.", "24 hours"),
    ],
)
def test_duration_without_a_hedge(lang: str, text: str, surface: str) -> None:
    (fig,) = [f for f in factcheck.extract(text, lang) if f.kind == "duration"]
    assert (fig.text, fig.qualifier) == (surface, None)


def test_duration_hedges_are_checked() -> None:
    """A dropped hedge on a duration is a finding, and an age bound keeps its hedge
    against a bare bound in the other version ("unter 14 Jahren" vs "under 16")."""
    dropped = factcheck.check(
        {"de": "Die Sperrung dauerte mehr als 24 Stunden.", "en": "The closure lasted 24 hours."}
    )
    assert [f.name for f in dropped.findings] == ["hedge-dropped"]
    changed = factcheck.check(
        {"de": "Kinder unter 14 Jahren zahlen nichts.", "en": "Children under 16 pay nothing."}
    )
    assert [f.name for f in changed.findings] == ["value-mismatch"]
    same = factcheck.check(
        {"de": "Kinder unter 14 Jahren zahlen nichts.", "en": "Children under 14 pay nothing."}
    )
    assert [f for f in same.findings if f.level != "info"] == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a unit word of several words worth a fraction of its unit (unit_factors)
        ("fr", "Le train est reparti un quart d'heure plus tard.", "PT0.25H"),
        ("fr", "La réunion a duré trois quarts d’heure.", "PT0.75H"),
        ("en", "The train left a quarter of an hour later.", "PT0.25H"),
        ("en", "The meeting lasted three quarters of an hour.", "PT0.75H"),
        ("de", "Die Sitzung dauerte eine Dreiviertelstunde.", "PT0.75H"),
        ("de", "Die Pause dauerte eine Viertelstunde.", "PT0.25H"),
    ],
)
def test_quarter_hours(lang: str, text: str, value: str) -> None:
    (fig,) = extract_dates(text, lang)
    assert (fig.kind, fig.value) == ("duration", value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a fraction of something else stays a number, not a US quart or a duration
        ("fr", "Un quart des votes est allé au maire."),
        ("en", "A quarter of the votes went to the mayor."),
        ("de", "Ein Viertel der Stimmen ging an den Bürgermeister."),
    ],
)
def test_quarter_of_something_is_a_fraction(lang: str, text: str) -> None:
    (fig,) = factcheck.extract(text, lang)
    assert (fig.kind, fig.value, fig.unit) == ("number", Decimal("0.25"), None)


@pytest.mark.parametrize(
    "text",
    [
        # a figure, what it counts, then "a <unit>": a rate, no duration
        "The plant will make 100m doses a year.",
        "Children get three meals a day.",
        "The line builds 200 cars a day.",
        "She earns 30,000 euros a year.",
    ],
)
def test_rate_after_a_counted_noun_is_no_duration(text: str) -> None:
    assert [f for f in extract_dates(text, "en") if f.kind == "duration"] == []


@pytest.mark.parametrize(
    "text", ["He left a year later.", "It took them a year.", "In 2019 it took a year."]
)
def test_article_duration_without_a_count_before(text: str) -> None:
    (fig,) = [f for f in extract_dates(text, "en") if f.kind == "duration"]
    assert fig.value == "P1Y"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "low", "high"),
    [
        # a number, a range connector and a duration: one range of durations
        ("de", "Die Arbeiten dauern 2 bis 3 Jahre.", "2 bis 3 Jahre", "P2Y", "P3Y"),
        ("de", "Die Arbeiten dauern zwei bis drei Jahre.", "zwei bis drei Jahre", "P2Y", "P3Y"),
        ("de", "Befragt wurden Menschen zwischen 18 und 65 Jahren.",
         "zwischen 18 und 65 Jahren", "P18Y", "P65Y"),
        ("fr", "Les travaux dureront de 3 à 5 ans.", "de 3 à 5 ans", "P3Y", "P5Y"),
        ("fr", "Il faut entre deux et trois semaines.", "entre deux et trois semaines",
         "P2W", "P3W"),
        ("en", "He was jailed for three to five years.", "three to five years", "P3Y", "P5Y"),
        ("en", "Delivery takes 3-5 days.", "3-5 days", "P3D", "P5D"),
        ("vi", "Dự án kéo dài từ 3 đến 5 năm.", "từ 3 đến 5 năm", "P3Y", "P5Y"),
    ],
)
def test_duration_ranges(lang: str, text: str, surface: str, low: str, high: str) -> None:
    (fig,) = [f for f in factcheck.extract(text, lang) if f.kind == "duration"]
    assert (fig.text, fig.value, fig.value_end, fig.qualifier) == (surface, low, high, "between")
    assert not [f for f in factcheck.extract(text, lang) if f.kind == "number"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Only 5 and 10 minutes apart."),  # "and" needs "between"
        ("fr", "Je reviendrai du 4-23 mois prochain."),  # days of next month
    ],
)
def test_no_duration_range(lang: str, text: str) -> None:
    figs = factcheck.extract(text, lang)
    assert not [f for f in figs if "range" in f.flags and f.kind == "duration"]
