"""Figures left over in an aligned sentence that pair by position: a changed rank,
a changed collective ("hundreds" against "thousands"); and the German "-malig"."""

from __future__ import annotations

from factcheck import check, extract


def codes(versions: dict[str, str]) -> list[str]:
    return [f.code for f in check(versions).findings if f.level in ("warning", "error")]


def test_changed_small_rank_is_reported() -> None:
    assert "FC101" in codes({
        "en": "It was the minister's second visit to the region this year.",
        "vi": "Đây là chuyến thăm thứ ba của bộ trưởng tới khu vực này trong năm nay.",
    })


def test_same_rank_agrees() -> None:
    assert codes({
        "en": "It was the minister's third visit to the region this year.",
        "vi": "Đây là chuyến thăm thứ ba của bộ trưởng tới khu vực này trong năm nay.",
    }) == []


def test_first_and_high_ranks_do_not_pair_by_position() -> None:
    # "first" is an idiom as often as a rank; "21." here is a birthday
    assert "FC101" not in codes({
        "en": "For the first time, the mayor spoke.",
        "de": "Zum zweiten Mal sprach der Bürgermeister.",
    })
    assert "FC101" not in codes({
        "de": "An seinem 21. Geburtstag lag er auf Platz sieben.",
        "fr": "Il était septième le jour de ses 21 ans.",
    })


def test_changed_collective_is_reported() -> None:
    assert "FC101" in codes({
        "en": "The quake killed hundreds of people.",
        "vi": "Trận động đất đã giết chết hàng nghìn người.",
    })


def test_de_times_adjective() -> None:
    figs = extract("Der fünfmalige Sieger trat wieder an.", "de")
    assert [(f.text, str(f.value)) for f in figs] == [("fünfmalige", "5")]
    assert extract("Das ist eine einmalige Gelegenheit.", "de") == []


def test_billions_collective() -> None:
    for text, lang in (
        ("Hàng tỷ người dùng điện thoại.", "vi"),
        ("Billions of people use phones.", "en"),
        ("Milliarden Menschen nutzen Telefone.", "de"),
        ("Des milliards de personnes utilisent un téléphone.", "fr"),
    ):
        (fig,) = [f for f in extract(text, lang) if f.kind == "number"]
        assert (fig.qualifier, int(fig.value)) == ("approx-noun", 2_000_000_000), lang
    # after a number it stays a scale word
    (fig,) = extract("Das kostet 5 Milliarden Euro.", "de")
    assert (fig.kind, int(fig.value)) == ("money", 5_000_000_000)


def test_millions_against_billions_is_reported() -> None:
    assert "FC101" in codes({
        "en": "Millions more were uprooted from their homes.",
        "vi": "Hàng tỷ người phải rời bỏ mái ấm của mình.",
    })


def test_head_after_of_and_a_possessive() -> None:
    (fig,) = [f for f in extract("They won all four of their matches.", "en") if f.kind == "number"]
    assert fig.head == "matches"
    assert "FC101" in codes({
        "en": "They won all four of their matches.",
        "vi": "Họ đã thắng cả năm trận.",
    })
