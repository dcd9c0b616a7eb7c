"""Extraction errors that made translations of one text disagree on their number of
dates (found reading multilingual news; own sentences): a date missed in one language,
a non-date read as one, one date split in two."""

from __future__ import annotations

import pytest

from factcheck._dates import extract_dates


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract_dates(text, lang) if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # de: a relative day with its day period opening a sentence (nouns are capitalised)
        ("Heute Abend spielt die Band im Park.", "de", [("Heute Abend", "REF+P0D")]),
        ("Sie sagte: Heute Nachmittag kommt der Zug.", "de", [("Heute Nachmittag", "REF+P0D")]),
        # de: the adjectives of the relative days, as en "today's"
        ("Die heutige Sitzung dauerte lange.", "de", [("heutige", "REF+P0D")]),
        ("Nach der gestrigen Wahl jubelten sie.", "de", [("gestrigen", "REF-P1D")]),
        # de: genitives of year, century and season
        ("Die Halle öffnet im Laufe dieses Jahrs.", "de", [("dieses Jahrs", "REF+P0Y")]),
        ("Das Haus stammt vom Anfang des 18. Jahrhunderts.", "de", [("18. Jahrhunderts", "17XX")]),
        ("Gegen Ende des Winters schmolz der See.", "de", [("Winters", "XXXX-WI")]),
        # de: Christmas Day, Halloween
        ("Am Weihnachtstag blieb das Museum zu.", "de", [("Weihnachtstag", "XXXX-12-25")]),
        ("Die Kinder freuen sich auf Halloween.", "de", [("Halloween", "XXXX-10-31")]),
        # de: "im Jahr" names the year even before a capitalised noun
        (
            "Er war im Jahr 2014 Kapitän der Mannschaft.",
            "de",
            [("2014", "2014")],
        ),
        ("Letztes Jahr 1500 Besucher, heuer mehr.", "de", [("Letztes Jahr", "REF-P1Y")]),
        # de: the following and the previous period
        ("Im folgenden Jahr zog sie nach Graz.", "de", [("folgenden Jahr", "REF+P1Y")]),
        (
            "Es regnete mehr als in der vorangegangenen Woche.",
            "de",
            [("vorangegangenen Woche", "REF-P1W")],
        ),
        # de, en: a possessive makes "last year" a rank (the final one)
        ("Sie gewann in ihrem letzten Jahr an der Schule.", "de", []),
        ("He won it in his last year at college.", "en", []),
        ("We met her last year.", "en", [("last year", "REF-P1Y")]),
        # en: an abbreviated month ending a sentence
        ("The road stays closed until Nov. Drivers must detour.", "en", [("Nov", "XXXX-11")]),
        # en: a century as an adjective; years before a name
        ("It was a 17th-century chapel.", "en", [("17th-century", "16XX")]),
        ("She ran at the 2008 Olympics.", "en", [("2008", "2008")]),
        ("It was Obama's 2012 Ohio campaign.", "en", [("2012", "2012")]),
        ("The 2000 employees went home.", "en", []),
        ("He won gold at the 1988 Games in Seoul.", "en", [("1988", "1988")]),
        ("They paid the 2000 EUR fee.", "en", []),
        # en: the noun "fall" is no season; "Today" in a name is no day
        ("The fall of 2.3 percent surprised traders.", "en", []),
        ("They watched the fall of the wall.", "en", []),
        ("The harvest ends in the fall of 2021.", "en", [("fall of 2021", "2021-FA")]),
        ("She was a guest on NBC's Today show.", "en", []),
        ("He spoke on the Today programme.", "en", []),
        ("Today the bridge reopens.", "en", [("Today", "REF+P0D")]),
        # en, fr: earlier or later in the current period
        ("The pact was signed earlier in the week.", "en", [("earlier in the week", "REF+P0W")]),
        (
            "Plus tard dans l’année, le musée rouvrira.",
            "fr",
            [("Plus tard dans l’année", "REF+P0Y")],
        ),
        # en, fr: "the end of the month of March" is March
        ("Les travaux finissent à la fin du mois de juin.", "fr", [("juin", "XXXX-06")]),
        ("Sales matched the previous month of May.", "en", [("May", "XXXX-05")]),
        # fr: "suivant" before a determiner is a preposition
        ("Il doit répondre dans le mois suivant sa convocation.", "fr", []),
        ("Il est revenu le mois suivant.", "fr", [("mois suivant", "REF+P1M")]),
        ("Elle a fêté Halloween avec ses amis.", "fr", [("Halloween", "XXXX-10-31")]),
        # vi: the past N units
        ("Giá tăng mạnh trong ba ngày vừa qua.", "vi", [("ba ngày vừa qua", "REF-P3D@D")]),
        ("Trong tháng vừa qua, giá xăng giảm.", "vi", [("tháng vừa qua", "REF-P1M")]),
        # vi: the edges of the current period, not before a month number
        ("Bộ trưởng đã nói vậy hồi đầu tháng.", "vi", [("đầu tháng", "REF+P0M")]),
        ("Nhà máy mở cửa vào cuối tháng 4.", "vi", [("tháng 4", "XXXX-04")]),
        ("Họ nghỉ cuối tuần.", "vi", []),
        ("Họ sẽ họp vào cuối tuần này.", "vi", [("cuối tuần này", "REF+P0WE")]),
        # vi: "cả tuần này" (all this week) is this week
        ("Trời mưa suốt cả tuần này.", "vi", [("tuần này", "REF+P0W")]),
        # vi: "N units before/after (something)" and "N more units" are no relative dates
        ("Anh ấy rời đi ba ngày trước khi trận đấu bắt đầu.", "vi", []),
        ("Cuộc họp bị hoãn lại, lùi hai tuần nữa.", "vi", []),
        ("Ba ngày nữa cô sẽ về.", "vi", [("Ba ngày nữa", "REF+P3D@D")]),
        # vi: a week number before a unit is a count ("a three-day weekend")
        ("Nhân viên được nghỉ cuối tuần 3 ngày.", "vi", []),
        # vi: "the year after that" stays the following year
        ("Năm sau đó, anh ấy giải nghệ.", "vi", [("Năm sau", "REF+P1Y")]),
        # vi: a capitalised day period before a weekday makes a name ("Sunday Morning")
        ("Chương trình “Sáng Thứ Bảy” có khách mới.", "vi", []),
        ("Vào sáng Thứ Bảy, chợ đông.", "vi", [("Thứ Bảy", "XXXX-WXX-6")]),
        # vi: "lâu năm" (long-running), "năm này qua năm khác" (year after year), the
        # newspaper "Thời báo Chủ nhật" (The Sunday Times)
        ("Cửa hàng lâu năm này vừa đóng cửa.", "vi", []),
        ("Năm này qua năm khác, họ vẫn đến.", "vi", []),
        ("Ông nói với Thời báo Chủ nhật rằng sẽ từ chức.", "vi", []),
        ("Họ gặp nhau vào Chủ nhật.", "vi", [("Chủ nhật", "XXXX-WXX-7")]),
        ("Trẻ em hóa trang dịp Halloween.", "vi", [("Halloween", "XXXX-10-31")]),
    ],
)
def test_agreement_fixes(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want
