"""Extraction errors found by reading own short news articles (a wildfire, a central-bank
decision, ...) written in de, fr, en and vi, each checked line by line; own sentences."""

from __future__ import annotations

import pytest

from factcheck import extract


def _figs(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.kind, f.text, str(f.value), f.qualifier) for f in extract(text, lang)]


# -- the counted noun stops at the end of the sentence -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Luftfeuchtigkeit lag bei nur 12 %. Seit Jahresbeginn brannte es oft.", "de"),
        ("Die Luftfeuchtigkeit lag bei 12 Prozent. Seit Januar brannte es.", "de"),
        ("Le taux d'humidité était de 12 %. Depuis le début de l'année, rien.", "fr"),
        ("Damage is estimated at 25 million euros. The prefecture opened a hotline.", "en"),
        ("Thiệt hại khoảng 30 triệu euro. Tỉnh đã lập đường dây nóng.", "vi"),
    ],
)
def test_head_stops_at_sentence_end(text: str, lang: str) -> None:
    first = extract(text, lang)[0]
    assert first.head is None


def test_head_after_an_abbreviation_dot_stays() -> None:
    figs = extract("Die Stadt hat 5 Mio. Einwohner und 3 Tsd. Besucher.", "de")
    assert [f.head for f in figs] == ["Einwohner", "Besucher"]


def test_head_after_a_hedge_after_the_number() -> None:
    fig = extract("Es kamen 50 oder mehr Menschen zur Versammlung.", "de")[0]
    assert (fig.qualifier, fig.head) == ("at-least", "Menschen")
    fig = extract("Les dégâts touchent un quart environ de la commune.", "fr")[0]
    assert (fig.qualifier, fig.head) == ("about", None)


# -- clock times at both ends of a range -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Đường cao tốc bị đóng cửa từ 6 giờ đến 18 giờ.", "vi", ["T06:00", "T18:00"]),
        ("Cửa hàng mở cửa từ 8 giờ đến 22 giờ hằng ngày.", "vi", ["T08:00", "T22:00"]),
        ("L'autoroute est restée fermée de 6 heures à 18 heures.", "fr", ["T06:00", "T18:00"]),
        ("La route est fermée entre 7 heures et 19 heures.", "fr", ["T07:00", "T19:00"]),
        # "vào" (at) before an hour count: a clock time
        ("Trận đấu bắt đầu vào 20 giờ ngày 5/3.", "vi", ["T20:00", "XXXX-03-05"]),
    ],
)
def test_clock_range_with_the_unit_on_both_ends(text: str, lang: str, want: list[str]) -> None:
    assert [str(f.value) for f in extract(text, lang)] == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the unit once: a range of hours
        ("Phiên tòa kéo dài từ 3 đến 5 giờ.", "vi", [("duration", "PT3H")]),
        ("Le trajet dure entre 6 et 8 heures.", "fr", [("duration", "PT6H")]),
        ("Cuộc họp kéo dài 6 giờ.", "vi", [("duration", "PT6H")]),
        ("Trong 24 giờ qua, mưa rất lớn.", "vi", [("duration", "PT24H")]),
    ],
)
def test_hours_without_a_clock_range_stay_durations(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    assert [(f.kind, str(f.value)) for f in extract(text, lang)] == want


# -- a range before a relative suffix ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "text_want"),
    [
        ("Công tác chữa cháy có thể kéo dài thêm hai đến ba ngày nữa.", "vi",
         "hai đến ba ngày nữa"),
        ("Vụ việc xảy ra hai đến ba tuần trước.", "vi", "hai đến ba tuần trước"),
        ("The leak started 2-3 days ago.", "en", "2-3 days ago"),
    ],
)
def test_range_before_a_relative_suffix_is_one_range(
    text: str, lang: str, text_want: str
) -> None:
    figs = extract(text, lang)
    assert len(figs) == 1
    fig = figs[0]
    assert (fig.kind, fig.text, fig.qualifier) == ("duration", text_want, "between")
    assert (fig.low, fig.high) == (2, 3)


def test_relative_date_without_a_range_stays() -> None:
    assert _figs("Vụ việc xảy ra ba ngày trước.", "vi") == [
        ("date", "ba ngày trước", "REF-P3D@D", None)
    ]


# -- "twice" in German and Vietnamese --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Es brannte fast doppelt so viel Wald wie damals.", "de",
         [("number", "fast doppelt", "2", "nearly")]),
        ("Diện tích cháy gần gấp đôi so với khi đó.", "vi",
         [("number", "gần gấp đôi", "2", "nearly")]),
        ("Giá xăng cao gấp đôi mức cũ.", "vi", [("number", "đôi", "2", None)]),
        # "tăng gấp đôi" is the verb "doubled", as "verdoppelt" and "doubled" are no count
        ("Giá xăng tăng gấp đôi.", "vi", []),
        ("Giá xăng đã tăng lên gấp đôi.", "vi", []),
        # "đôi" outside "gấp đôi" is no count: sometimes, a pair of
        ("Đôi khi trời mưa rất to. Anh mua một đôi giày.", "vi", []),
        ("Sie hat eine doppelte Staatsbürgerschaft.", "de", []),
    ],
)
def test_twice(text: str, lang: str, want: list[tuple[str, str, str, str | None]]) -> None:
    assert _figs(text, lang) == want


# -- "Euro" before a year --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Seit der Einführung des Euro 1999 sank die Inflation.", "de",
         [("date", "1999", "1999", None)]),
        ("Das Ticket kostet 3 Euro 50.", "de", [("money", "3 Euro 50", "3.5", None)]),
        ("Die Schulden stiegen um 3 Millionen Euro 2025 an.", "de",
         [("money", "3 Millionen Euro", "3000000", None), ("date", "2025", "2025", None)]),
    ],
)
def test_euro_before_a_number(
    text: str, lang: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    assert _figs(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Portugal won Euro 2016 in France.", "en"),
        ("Portugal gewann die Euro 2016 in Frankreich.", "de"),
        ("Le Portugal a remporté l’Euro 2016 en France.", "fr"),
        ("Bồ Đào Nha vô địch Euro 2016 tại Pháp.", "vi"),
    ],
)
def test_euro_tournament_reads_alike_in_every_language(text: str, lang: str) -> None:
    assert [(f.kind, str(f.value)) for f in extract(text, lang)] == [("date", "2016")]


def test_euro_tournament_is_a_code_token() -> None:
    from factcheck._tokens import find_tokens

    assert [t.text for t in find_tokens("Bei der Euro 2024 spielte Spanien.")] == ["Euro 2024"]
    assert [t.text for t in find_tokens("Il a gagné l'Euro 2016.")] == ["Euro 2016"]
    assert find_tokens("Seit der Einführung des Euro 1999.") == []


# -- German adjectives of a count and a unit of time -------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sie sprach in ihrer 45-minütigen Pressekonferenz.", ("45-minütigen", "PT45M")),
        ("Nach einer dreitägigen Reise kam er an.", ("dreitägigen", "P3D")),
        ("Nach einer 3-tägigen Reise kam er an.", ("3-tägigen", "P3D")),
        ("Es war eine zweistündige Sitzung.", ("zweistündige", "PT2H")),
        ("Nach zwölfstündigen Verhandlungen gab es eine Einigung.", ("zwölfstündigen", "PT12H")),
        ("Es folgt eine einjährige Pause.", ("einjährige", "P1Y")),
        ("Sie erhielt eine zweiwöchige Frist.", ("zweiwöchige", "P2W")),
    ],
)
def test_german_time_adjectives_are_durations(text: str, want: tuple[str, str]) -> None:
    figs = [(f.text, str(f.value)) for f in extract(text, "de") if f.kind == "duration"]
    assert figs == [want]


def test_german_time_adjective_without_a_count() -> None:
    assert extract("Nach mehrtägigen Verhandlungen gab es eine Einigung.", "de") == []
    figs = _figs("Eine fünfköpfige Familie zog ein.", "de")
    assert figs == [("number", "fünfköpfige", "5", None)]


# -- "by a third" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ESA wants to cut its launch costs by a third within five years.",
         ("number", "a third", "0.333333333333333")),
        ("Sales fell by a fifth in 2024.", ("number", "a fifth", "0.2")),
        # before a noun the ordinal stays
        ("The data was stolen by a third party.", ("ordinal", "third", "3")),
        ("They won by a third goal in extra time.", ("ordinal", "third", "3")),
        ("He ran for a third time.", ("ordinal", "third", "3")),
    ],
)
def test_by_a_third(text: str, want: tuple[str, str, str]) -> None:
    assert _figs(text, "en")[0][:3] == want


# -- rocket names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Trägerrakete Ariane 6 startete pünktlich.", "de"),
        ("A Falcon 9 rocket lifted off on time.", "en"),
        ("Le lanceur Vega a décollé à l'heure.", "fr"),
    ],
)
def test_rocket_names_are_no_counts(text: str, lang: str) -> None:
    assert extract(text, lang) == []


# -- the halves of a month -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Der Start soll in der zweiten Aprilhälfte folgen.", "de",
         ("zweiten Aprilhälfte", "XXXX-04-16", "XXXX-04-30")),
        ("Le lancement aura lieu dans la seconde quinzaine d'avril.", "fr",
         ("seconde quinzaine d'avril", "XXXX-04-16", "XXXX-04-30")),
        ("Le vote a lieu dans la première moitié de juin.", "fr",
         ("première moitié de juin", "XXXX-06-01", "XXXX-06-15")),
        ("The launch is due in the second half of April.", "en",
         ("second half of April", "XXXX-04-16", "XXXX-04-30")),
        ("The vote is due in the first half of February 2024.", "en",
         ("first half of February 2024", "2024-02-01", "2024-02-15")),
        ("Vụ phóng dự kiến diễn ra trong nửa cuối tháng 4.", "vi",
         ("nửa cuối tháng 4", "XXXX-04-16", "XXXX-04-30")),
        ("Kinh tế tăng trưởng mạnh trong nửa cuối năm 2019.", "vi",
         ("nửa cuối năm 2019", "2019-07", "2019-12")),
    ],
)
def test_halves_of_a_month(text: str, lang: str, want: tuple[str, str, str]) -> None:
    figs = [(f.text, str(f.value), str(f.value_end)) for f in extract(text, lang)
            if f.kind == "date"]
    assert figs == [want]


def test_half_alone_stays_a_number() -> None:
    assert _figs("Một nửa số dân sống ở nông thôn.", "vi") == [
        ("number", "Một nửa", "0.5", None)
    ]


# -- vi "năm" inside a number ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hai trăm năm mươi nghìn điều tra viên đã tham gia.",
         [("number", "Hai trăm năm mươi nghìn", "250000", None)]),
        ("Ba trăm năm mươi người đã đến.", [("number", "Ba trăm năm mươi", "350", None)]),
        # "năm" ending the number is the year unit
        ("Ngôi chùa đã tồn tại hai trăm năm.", [("duration", "hai trăm năm", "P200Y", None)]),
        ("Công trình kéo dài hai năm.", [("duration", "hai năm", "P2Y", None)]),
    ],
)
def test_vi_five_inside_a_number_is_no_year(
    text: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    assert _figs(text, "vi") == want


# -- several hundred thousand --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Mehrere Hunderttausend Menschen wurden befragt.", "de",
         ("Mehrere Hunderttausend", 200000, 999999)),
        ("Einige Zehntausend Fans kamen zum Konzert.", "de",
         ("Einige Zehntausend", 20000, 99999)),
        ("Plusieurs centaines de milliers de personnes ont été interrogées.", "fr",
         ("Plusieurs centaines de milliers", 200000, 999999)),
        ("Quelques dizaines de milliers de manifestants ont défilé.", "fr",
         ("Quelques dizaines de milliers", 20000, 99999)),
        ("Vài triệu người đã xem trận đấu.", "vi", ("Vài triệu", 2000000, 9999999)),
        ("Mấy trăm nghìn người đã xem trận đấu.", "vi", ("Mấy trăm nghìn", 200000, 999999)),
    ],
)
def test_several_hundred_thousand(text: str, lang: str, want: tuple[str, int, int]) -> None:
    fig = extract(text, lang)[0]
    assert (fig.text, fig.low, fig.high, fig.qualifier) == (*want, "approx-noun")


def test_french_thousands_as_a_scale() -> None:
    assert _figs("Cinq milliers de soldats sont arrivés.", "fr") == [
        ("number", "Cinq milliers", "5000", None)
    ]


# -- German ranks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vietnam liegt damit weltweit auf Platz 15.", [("ordinal", "15", "15", None)]),
        ("Sie landete im Finale auf Platz drei.", [("ordinal", "drei", "3", None)]),
        ("Das Team rückte auf Rang 2 vor.", [("ordinal", "2", "2", None)]),
        # not after another word, nor a large count
        ("Es gibt Platz für 300 Gäste.", [("number", "300", "300", None)]),
        ("Auf dem Platz standen 5.000 Fans.", [("number", "5.000", "5000", None)]),
    ],
)
def test_german_rank_after_platz(text: str, want: list[tuple[str, str, str, str | None]]) -> None:
    assert _figs(text, "de") == want


# -- "the 17th and 63rd minutes" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Silva scored twice, in the 17th and 63rd minutes.",
         [("number", "twice", "2", None), ("ordinal", "17th", "17", None),
          ("ordinal", "63rd", "63", None)]),
        ("The 3rd and 4th quarters were weak.",
         [("ordinal", "3rd", "3", None), ("ordinal", "4th", "4", None)]),
        # two days of a month stay days
        ("They met on the 17th and 18th of May.",
         [("date", "17th", "XXXX-05-17", None), ("date", "18th of May", "XXXX-05-18", None)]),
        ("Talks resume on the 17th and end on the 19th.",
         [("date", "17th", "XXXX-XX-17", None), ("date", "19th", "XXXX-XX-19", None)]),
    ],
)
def test_day_alone_before_a_second_rank(
    text: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    assert _figs(text, "en") == want


# -- an amount "a day" is a rate ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The walkout is costing the company up to €30m a day, it said.",
        "The strike costs the airline 30 million euros a day.",
        "The plant burns 5kg a week.",
    ],
)
def test_amount_a_day_is_a_rate(text: str) -> None:
    assert [f for f in extract(text, "en") if f.kind == "duration"] == []


def test_a_day_alone_stays_a_duration() -> None:
    assert _figs("Ten people spent a year there.", "en") == [
        ("number", "Ten", "10", None), ("duration", "a year", "P1Y", None)
    ]


# -- a change "from ... to" is no range of durations -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("The average age rose from 32.5 to 34 years.", "en",
         [("number", "32.5", "32.5", None), ("duration", "34 years", "P34Y", None)]),
        ("L'âge moyen est passé de 32,5 à 34 ans.", "fr",
         [("number", "32,5", "32.5", None), ("duration", "34 ans", "P34Y", None)]),
        ("Das Durchschnittsalter stieg von 32,5 auf 34 Jahre.", "de",
         [("number", "32,5", "32.5", None), ("duration", "34 Jahre", "P34Y", None)]),
        # without a verb of change it stays a range
        ("The contract runs from 3 to 5 years.", "en",
         [("duration", "from 3 to 5 years", "P3Y", "between")]),
        ("Le contrat dure de 3 à 5 ans.", "fr", [("duration", "de 3 à 5 ans", "P3Y", "between")]),
    ],
)
def test_change_from_to_is_two_values(
    text: str, lang: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    assert _figs(text, lang) == want


# -- currencies CLDR names only with the country --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung zahlt je 50.000 Złoty an die Familien.", "de"),
        ("Le gouvernement verse 50 000 zlotys par famille.", "fr"),
        ("The government pays 50,000 zlotys per family.", "en"),
        ("Chính phủ hỗ trợ 50.000 zloty cho mỗi gia đình.", "vi"),
    ],
)
def test_zloty(text: str, lang: str) -> None:
    fig = extract(text, lang)[0]
    assert (fig.kind, fig.value, fig.unit) == ("money", 50000, "PLN")
