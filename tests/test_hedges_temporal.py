"""Hedges before times, durations and dates at a distance ("about 10:15",
"more than 18 months", "khoảng hai tuần trước"), and what ``check`` makes of them."""

from __future__ import annotations

import pytest

from factcheck import check, extract


def temporal(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.kind, f.text, f.qualifier)
        for f in extract(text, lang)
        if f.kind in ("time", "duration", "date")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "qualifier"),
    [
        ("en", "The fire broke out at about 21:45 on Monday.", "time", "about"),
        ("en", "Doors open at around 18:00.", "time", "about"),
        ("de", "Der Zug kam gegen 21.45 Uhr an.", "time", "about"),
        ("de", "Das Spiel begann kurz vor 20 Uhr.", "time", "nearly"),
        ("fr", "Le train est arrivé vers 21 h 45.", "time", "about"),
        ("vi", "Chuyến bay hạ cánh vào khoảng 21:45.", "time", "about"),
        ("en", "The strike lasted more than 18 months.", "duration", "over"),
        ("en", "The road stays closed for at least three weeks.", "duration", "at-least"),
        ("en", "She had lived there for just over a year.", "duration", "over"),
        ("en", "The seat was held by one party for over a decade.", "duration", "over"),
        ("de", "Der Streik dauerte mehr als 18 Monate.", "duration", "over"),
        ("de", "Der Vorrat reicht nicht länger als einen Tag.", "duration", "over"),
        ("fr", "La route restera fermée au moins trois semaines.", "duration", "at-least"),
        ("fr", "La grève a duré plus de 18 mois.", "duration", "over"),
        ("vi", "Cuộc đình công kéo dài hơn 18 tháng.", "duration", "over"),
        ("vi", "Kho hàng không đủ dùng quá một ngày.", "duration", "over"),
        ("en", "They met about two weeks ago.", "date", "about"),
        ("vi", "Họ gặp nhau khoảng hai tuần trước.", "date", "about"),
    ],
)
def test_hedge_before_time_or_duration(lang: str, text: str, kind: str, qualifier: str) -> None:
    found = [q for k, _, q in temporal(text, lang) if k == kind]
    assert found == [qualifier], temporal(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "over" before a duration is "during" unless "for", "in" ... comes before it
        ("en", "Emissions were measured over 24 hours."),
        # a bound is no hedge on a clock time: "bis 19 Uhr" is until seven
        ("de", "Die Ausstellung ist bis 19 Uhr geöffnet."),
        ("fr", "Le musée est ouvert jusqu'à 19 h."),
        # a range joiner after a number: "11 bis 18-Jährige" are 11- to 18-year-olds
        ("de", "Befragt wurden 11 bis 18-Jährige."),
        # a preposition by [hedges] not_after
        ("de", "Die Firma verfügt über drei Jahre Erfahrung."),
        # "today" is no distance a hedge could qualify
        ("en", "About today, nothing was said."),
    ],
)
def test_no_hedge(lang: str, text: str) -> None:
    # a range ("11 bis 18-Jährige", qualifier "between") is no hedge either
    got = temporal(text, lang)
    assert all(q in (None, "between") for _, _, q in got), got
    assert all(q != "up-to" for _, _, q in got), got


def test_hedge_span_starts_at_the_hedge() -> None:
    (fig,) = [f for f in extract("Der Zug kam gegen 21.45 Uhr an.", "de") if f.kind == "time"]
    assert fig.text == "gegen 21.45 Uhr"


def codes(report: object) -> list[str]:
    return [f.code for f in report.findings if f.level in ("warning", "error")]  # type: ignore[attr-defined]


def test_dropped_hedge_on_a_time_is_reported() -> None:
    report = check({
        "en": "The fire broke out at about 21:45 on Monday.",
        "de": "Das Feuer brach am Montag um 21:45 Uhr aus.",
    })
    assert "FC102" in codes(report)


def test_contradicting_hedges_on_a_duration_are_reported() -> None:
    report = check({
        "en": "The strike lasted more than 18 months.",
        "fr": "La grève a duré moins de 18 mois.",
    })
    assert "FC103" in codes(report)


def test_same_hedge_on_a_duration_agrees() -> None:
    report = check({
        "en": "The strike lasted more than 18 months.",
        "vi": "Cuộc đình công kéo dài hơn 18 tháng.",
    })
    assert codes(report) == []


def test_vi_need_is_no_up_to() -> None:
    """vi "cần tới 8 điểm" = needs 8 points: "tới" is no "up to" after "cần"."""
    figs = [f for f in extract("Đội bóng cần tới 8 điểm để trụ hạng.", "vi") if f.kind == "number"]
    assert [f.qualifier for f in figs] == [None]


def test_vi_above_below_is_about() -> None:
    """vi "trên dưới" (lit. above-below) is an approximation, not "under"."""
    figs = [f for f in extract("Buổi họp kéo dài trên dưới 48 phút.", "vi") if f.kind == "duration"]
    assert [f.qualifier for f in figs] == ["about"]
    nums = [f for f in extract("Có trên dưới 100 người tham dự.", "vi") if f.kind == "number"]
    assert [f.qualifier for f in nums] == ["about"]


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        # "frühestens", "spätestens": at the earliest, at the latest
        ("de", "Das Schiff trifft frühestens in drei Tagen ein.", "at-least"),
        ("de", "Die Antwort kommt spätestens in zwei Wochen.", "at-most"),
        # a hedge of [hedges] reach over a determiner, French "l’" too
        ("en", "The plant stays shut until at least the next year.", "at-least"),
        ("fr", "L’usine restera fermée au moins l’année prochaine.", "at-least"),
    ],
)
def test_hedge_before_a_relative_date(lang: str, text: str, qualifier: str) -> None:
    found = [q for k, _, q in temporal(text, lang) if k == "date"]
    assert found == [qualifier], temporal(text, lang)


def test_dropped_hedge_on_a_relative_date_is_reported() -> None:
    report = check({
        "de": "Das Schiff trifft frühestens in drei Tagen ein.",
        "en": "The ship will arrive in three days.",
    })
    assert "FC102" in codes(report)


def test_vi_could_reach_is_no_up_to() -> None:
    """vi "có thể tới 30 độ" = could reach 30 degrees: "tới" is the verb after a modal."""
    figs = [f for f in extract("Nhiệt độ có thể tới 30 độ.", "vi") if f.kind == "quantity"]
    assert [f.qualifier for f in figs] == [None]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # de "über … hinweg" is throughout, not more than
        ("Er stahl über ein Jahrzehnt hinweg Geld.", None),
        ("Die Preise stiegen über zehn Jahre hinweg.", None),
        ("Er saß über zehn Jahre in Haft.", "over"),
    ],
)
def test_de_uber_hinweg_is_no_hedge(text: str, qualifier: str | None) -> None:
    (fig,) = [f for f in extract(text, "de") if f.kind == "duration"]
    assert fig.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        # a hedge between the relative prefix and the amount is the date's hedge
        ("fr", "Le pont a été construit il y a plus de deux ans.", "over"),
        ("de", "Die Brücke wurde vor mehr als zwei Jahren gebaut.", "over"),
        ("de", "Die Brücke wurde vor etwa zwei Jahren gebaut.", "about"),
        ("en", "The bridge was built more than two years ago.", "over"),
        ("de", "Die Brücke wurde vor zwei Jahren gebaut.", None),
    ],
)
def test_hedge_inside_a_relative_date(lang: str, text: str, qualifier: str | None) -> None:
    (fig,) = [f for f in extract(text, lang) if f.kind == "date"]
    assert (fig.value, fig.qualifier) == ("REF-P2Y@D", qualifier)


def test_a_comparison_with_last_year_is_no_hedge() -> None:
    figs = extract("It weighs 7% less than last year's model.", "en")
    (date,) = [f for f in figs if f.kind == "date"]
    assert (date.text, date.qualifier) == ("last year", None)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # fr "N heures de …" after "jusqu'à" counts hours; "à 22 heures" is the time
        ("La batterie tient jusqu'à 22 heures de lecture.", "duration", "PT22H"),
        ("Le magasin ferme à 22 heures.", "time", "T22:00"),
        ("Le train arrive à 8 heures du matin.", "time", "T08:00"),
    ],
)
def test_fr_hours_of_something_are_a_duration(text: str, kind: str, value: str) -> None:
    (fig,) = [f for f in extract(text, "fr") if f.kind in ("time", "duration")]
    assert (fig.kind, fig.value) == (kind, value)
