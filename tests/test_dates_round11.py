"""Derived weekday words, French "été" after adjectives and Vietnamese ordinals after a
day period (found comparing the date counts of translations; own sentences)."""

from __future__ import annotations

import pytest

from factcheck._dates import extract_dates


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract_dates(text, lang) if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # de: the weekday as an adverb is the same weekday, as en "on Saturdays"
        ("Der Bäcker öffnet samstags schon um sechs.", "de", [("samstags", "XXXX-WXX-6")]),
        ("Montags bleibt das Bad geschlossen.", "de", [("Montags", "XXXX-WXX-1")]),
        ("Sie probt dienstagabends im Keller.", "de", [("dienstagabends", "XXXX-WXX-2")]),
        # de: adjectives of a weekday's day period ("of Friday evening")
        (
            "Nach der freitagabendlichen Probe gingen alle heim.",
            "de",
            [("freitagabendlichen", "XXXX-WXX-5")],
        ),
        ("Ihr sonntagmorgendlicher Lauf fiel aus.", "de", [("sonntagmorgendlicher", "XXXX-WXX-7")]),
        # de traps: compounds with a weekday stay no date
        ("Die Sonntagszeitung lag auf dem Tisch.", "de", []),
        ("Die Montagsdemo zog durch die Stadt.", "de", []),
        # de: a season compound classifies a noun, no date
        ("Die Winterreifen liegen im Keller.", "de", []),
        # en, fr: the plural weekday
        ("The market opens on Sundays.", "en", [("Sundays", "XXXX-WXX-7")]),
        ("Le marché ouvre les dimanches.", "fr", [("dimanches", "XXXX-WXX-7")]),
        ("The Sunday Times ran the story.", "en", []),
        # fr: "été" after a determiner and adjectives is the season
        ("Après un long et chaud été, les puits étaient vides.", "fr", [("été", "XXXX-SU")]),
        ("Ce fut un très bel été pour la vigne.", "fr", [("été", "XXXX-SU")]),
        ("Chaque été, la ville double.", "fr", [("été", "XXXX-SU")]),
        ("Le long, sec et chaud été de 2003 tua des milliers.", "fr", [("été de 2003", "2003-SU")]),
        # fr traps: the participle stays no date
        ("Le trajet le plus long a été fermé.", "fr", []),
        ("Ce long voyage a toujours été pénible.", "fr", []),
        ("Il leur a été refusé.", "fr", []),
        ("Elle l'a été longtemps.", "fr", []),
        # vi: a lower-case weekday after a day period is the ordinal before "liên tiếp"
        # (in a row) or "của" (of), or in a sentence that capitalises another weekday
        ("Đây là đêm thứ hai liên tiếp thành phố mất điện.", "vi", []),
        ("Vào đêm thứ ba của lễ hội, trời mưa.", "vi", []),
        (
            "Khi đêm thứ hai phủ xuống thị trấn sau trận lũ hôm thứ Năm, họ vẫn chờ.",
            "vi",
            [("thứ Năm", "XXXX-WXX-4")],
        ),
        ("Giá cà phê tăng ngày thứ hai liên tiếp.", "vi", []),
        ("Vào ngày thứ ba của chuyến đi, họ lên núi.", "vi", []),
        # vi traps: the weekday stays where nothing says otherwise
        (
            "Họ họp vào tối thứ hai của tuần sau.",
            "vi",
            [("thứ hai của tuần sau", "REF+P1W-WD1")],
        ),
        (
            "Cửa hàng mở vào thứ hai và thứ Ba.",
            "vi",
            [("thứ hai", "XXXX-WXX-1"), ("thứ Ba", "XXXX-WXX-2")],
        ),
        ("Buổi hòa nhạc diễn ra vào tối thứ hai.", "vi", [("thứ hai", "XXXX-WXX-1")]),
        ("Cửa hàng đóng cửa lúc 9 giờ tối thứ bảy.", "vi", [("thứ bảy", "XXXX-WXX-6")]),
        (
            "Họ đến vào thứ Hai. Đêm thứ hai họ đi.",
            "vi",
            [("thứ Hai", "XXXX-WXX-1"), ("thứ hai", "XXXX-WXX-1")],
        ),
        ("Anh ấy về thứ hai trong cuộc đua.", "vi", []),
    ],
)
def test_round11(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want
