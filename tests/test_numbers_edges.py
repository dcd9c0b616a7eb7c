"""Edge cases of the numbers stage: stray separators, huge numbers, false hedges,
elided hedges, compound units, Vietnamese magnitudes and counted nouns."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest

from factcheck import extract
from factcheck._numbers import MAX_DIGITS
from factcheck._records import Figure

NUMERIC = ("number", "percent", "money", "quantity")


def nums(text: str, lang: str) -> list[Figure]:
    return [f for f in extract(text, lang) if f.kind in NUMERIC]


def dec(value: object) -> Decimal:
    assert isinstance(value, Decimal)
    return value


# --------------------------------------------------------------- stray separators


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Liste ,4.500 Einträge", "4500"),
        ("vi", "Danh sách ,7.200 mục", "7200"),
        ("fr", "Total ,8 300 lignes", "8300"),
        ("en", "Total .6,400 rows", "6400"),
        ("en", "a rate of .25 today", "0.25"),
        ("de", "ein Wert von ,75 heute", "0.75"),
    ],
)
def test_leading_mark_before_a_grouped_number(lang: str, text: str, value: str) -> None:
    figs = nums(text, lang)
    assert [f.value for f in figs] == [Decimal(value)]
    for f in figs:
        assert text[f.start : f.end] == f.text


# --------------------------------------------------------------- huge numbers


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "hash " + "7" * (MAX_DIGITS + 1) + " million"),
        ("de", "rund " + "3" * 60 + " Milliarden Euro"),
        ("fr", "environ " + "4" * 30),
        ("vi", "khoảng " + "9" * 31 + " triệu đồng"),
    ],
)
def test_digit_runs_too_long_for_a_figure_are_skipped(lang: str, text: str) -> None:
    assert nums(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "$" + "9" * MAX_DIGITS + "bn", "9" * MAX_DIGITS + "0" * 9),
        ("de", "etwa " + "8" * 20 + " Billionen Euro", "8" * 20 + "0" * 12),
        ("fr", "8" * 22 + ",5 milliards", "8" * 22 + "5" + "0" * 8),
    ],
)
def test_long_numbers_with_a_scale_are_exact(lang: str, text: str, value: str) -> None:
    (fig,) = nums(text, lang)
    assert fig.value == Decimal(value)
    # no coefficient longer than the default context's precision leaks out
    assert len(dec(fig.value).as_tuple().digits) <= 28
    if fig.qualifier == "about":
        assert dec(fig.low) < dec(fig.value) < dec(fig.high)


# --------------------------------------------------------------- false hedges


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        # "über" + a length is "over a distance of" ...
        ("de", "Sie siegte im Lauf über 21,0975 Kilometer.", "21.0975", None),
        ("de", "Das Rennen über 800 Meter gewann sie knapp.", "800", None),
        # ... unless a dimension word follows or "von"/"auf" precedes
        ("de", "Die Schlange war über 3 Kilometer lang.", "3", "over"),
        ("de", "ein Stau von über 12 Kilometern", "12", "over"),
        # not a length: still a hedge
        ("de", "Er fuhr mit über 180 km/h durch den Ort.", "180", "over"),
        ("de", "Es kamen über 640 Gäste.", "640", "over"),
        # after "verfügt", "Umfrage": prepositions
        ("de", "Die Marine verfügt über 14 Fregatten.", "14", None),
        ("de", "Eine Umfrage unter 6.300 Pflegekräften ergab das.", "6300", None),
        ("de", "Die Zahl fiel unter 7.000 Fälle.", "7000", "under"),
        # vi: "trên" between two figures is a ratio, "gấp đôi lên tới" is "doubled to"
        ("vi", "Doanh thu tăng gấp đôi lên tới 3,4 triệu đồng.", "3400000", None),
        ("vi", "Có trên 900 người tham dự.", "900", "over"),
    ],
)
def test_prepositions_are_not_hedges(
    lang: str, text: str, value: str, qualifier: str | None
) -> None:
    figs = nums(text, lang)
    assert [(f.value, f.qualifier) for f in figs] == [(Decimal(value), qualifier)]


def test_ratio_with_tren_is_not_over() -> None:
    figs = nums("Tỷ lệ là 1 trên 6 hộ gia đình.", "vi")
    assert [(f.value, f.qualifier) for f in figs] == [(Decimal(1), None), (Decimal(6), None)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung ist unter 116 117 erreichbar.",
        "Hilfe gibt es unter 0800 222 4444.",
        "Bitte unter der Nummer 555 98 31 anrufen.",
    ],
)
def test_phone_numbers_after_unter_are_not_figures(text: str) -> None:
    assert nums(text, "de") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Arbeitslosigkeit sank unter 250 000.", "250000"),
        ("Städte mit unter 123 456 Einwohnern", "123456"),
    ],
)
def test_unter_a_count_stays_a_hedge(text: str, value: str) -> None:
    (fig,) = nums(text, "de")
    assert (fig.value, fig.qualifier) == (Decimal(value), "under")


# --------------------------------------------------------------- elided hedges


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier", "low", "high"),
    [
        ("fr", "Plus d'un milliard de doses ont été livrées.", "1000000000", "over",
         "1000000000", None),
        ("fr", "Près d’un million d'électeurs ont voté.", "1000000", "nearly", "900000", "1000000"),
        ("fr", "Moins d'un millier de places restent libres.", "1000", "under", None, "1000"),
        ("fr", "plus d'une centaine de bénévoles", "100", "over", "100", None),
        ("en", "More than a billion doses were delivered.", "1000000000", "over",
         "1000000000", None),
        ("en", "Nearly a million voters took part.", "1000000", "nearly", "900000", "1000000"),
    ],
)
def test_elided_hedges(
    lang: str, text: str, value: str, qualifier: str, low: str | None, high: str | None
) -> None:
    (fig,) = nums(text, lang)
    assert fig.value == Decimal(value)
    assert fig.qualifier == qualifier
    assert fig.low == (None if low is None else Decimal(low))
    assert fig.high == (None if high is None else Decimal(high))
    assert fig.text.casefold().startswith(text.split()[0].casefold())


def test_elided_de_is_skipped_before_the_head() -> None:
    (fig,) = nums("près d'un million d'électeurs", "fr")
    assert fig.head == "électeurs"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "un budget estimé à 7,5 milliards"),
        ("en", "a budget estimated at 7.5 billion"),
        ("en", "a budget put at 7.5 billion"),
        ("vi", "ngân sách ước tính 7,5 tỷ"),
        ("de", "ein Budget von geschätzt 7,5 Milliarden"),
    ],
)
def test_estimates_are_about(lang: str, text: str) -> None:
    (fig,) = nums(text, lang)
    assert (fig.value, fig.qualifier) == (Decimal(7_500_000_000), "about")


# --------------------------------------------------------------- compound units


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("de", "Böen mit 95 Kilometern pro Stunde", "speed-kilometer-per-hour"),
        ("de", "Böen mit 95 Kilometer je Stunde", "speed-kilometer-per-hour"),
        ("de", "Böen mit 95 km/h", "speed-kilometer-per-hour"),
        ("fr", "des rafales à 95 kilomètres à l'heure", "speed-kilometer-per-hour"),
        ("fr", "des rafales à 95 km par heure", "speed-kilometer-per-hour"),
        ("en", "gusts of 95 km per hour", "speed-kilometer-per-hour"),
        ("en", "gusts of 59 miles per hour", "speed-mile-per-hour"),
        ("vi", "gió giật 95 km/giờ", "speed-kilometer-per-hour"),
        ("vi", "gió giật 59 dặm/giờ", "speed-mile-per-hour"),
        ("vi", "gió giật 59 dặm trên giờ", "speed-mile-per-hour"),
        ("en", "a flow of 12 meters per second", "speed-meter-per-second"),
    ],
)
def test_speeds_are_compound_units(lang: str, text: str, unit: str) -> None:
    (fig,) = nums(text, lang)
    assert (fig.kind, fig.unit) == ("quantity", unit)
    assert text.endswith(fig.text)


def test_a_length_without_per_stays_a_length() -> None:
    (fig,) = nums("Die Strecke misst 95 Kilometer.", "de")
    assert fig.unit == "length-kilometer"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("It hit 97.3F on Sunday.", "temperature-fahrenheit"), ("It hit 36C on Sunday.",
                                                              "temperature-celsius")],
)
def test_glued_temperature_letters(text: str, unit: str) -> None:
    (fig,) = nums(text, "en")
    assert (fig.kind, fig.unit) == ("quantity", unit)


def test_glued_unknown_letters_stay_skipped() -> None:
    assert nums("a 5G mast and a 3D printer", "en") == []


# --------------------------------------------------------------- Vietnamese


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("Trận động đất mạnh 6,8 độ richter xảy ra hôm qua.", "number", None),
        ("Một trận động đất 5,9 độ làm rung chuyển thành phố.", "number", None),
        ("Nhiệt độ ngoài trời lên tới 41 độ.", "quantity", "temperature-generic"),
        ("Trời nóng 39 độ suốt tuần.", "quantity", "temperature-generic"),
        ("Nhiệt độ cao nhất 38 độ C.", "quantity", "temperature-celsius"),
    ],
)
def test_vietnamese_do_is_a_temperature_only_in_context(
    text: str, kind: str, unit: str | None
) -> None:
    (fig,) = nums(text, "vi")
    assert (fig.kind, fig.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Có 7 chiếc tàu cá bị chìm.", "tàu cá"),
        ("Khoảng 30 ngôi nhà đã bị sập.", "nhà"),
        ("Đàn có 15 con.", "con"),
        ("Hơn 120 trường đại học trên cả nước tham gia.", "trường đại học"),
        ("Công ty mở 9 văn phòng tại châu Á.", "văn phòng"),
        ("Có 2.300 người dân được sơ tán.", "người dân"),
        ("Hãng có 14 công nghệ mới.", "công nghệ"),
    ],
)
def test_vietnamese_counted_nouns(text: str, head: str) -> None:
    figs = nums(text, "vi")
    assert figs[0].head == head


# --------------------------------------------------------------- hedge reach, scale gap


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "more than the 2.7 million residents", "2700000", "over"),
        ("fr", "près de la moitié des sièges", "0.5", "nearly"),
        ("de", "knapp die Hälfte der Sitze", "0.5", "nearly"),
        # not every hedge word reaches: prepositions stay prepositions
        ("en", "We spoke about the 4 candidates.", "4", None),
        ("de", "unter den 9.000 Bewerbern", "9000", None),
    ],
)
def test_hedge_reaches_over_a_determiner(
    lang: str, text: str, value: str, qualifier: str | None
) -> None:
    (fig,) = nums(text, lang)
    assert (fig.value, fig.qualifier) == (Decimal(value), qualifier)


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "trois autres millions de dollars", "3000000", "USD"),
        ("de", "acht weitere Millionen Euro", "8000000", "EUR"),
        ("en", "7 more million dollars", "7000000", "USD"),
    ],
)
def test_word_between_number_and_scale(lang: str, text: str, value: str, unit: str) -> None:
    (fig,) = nums(text, lang)
    assert (fig.value, fig.unit) == (Decimal(value), unit)


def test_conversion_in_brackets_inherits_the_hedge() -> None:
    a, b = nums("une étape d'environ 64 km (40 miles)", "fr")
    assert (a.qualifier, b.qualifier) == ("about", "about")
    assert dec(b.low) < dec(b.value)


def test_dash_between_two_numbers_is_no_sign() -> None:
    assert all(dec(f.value) > 0 for f in nums("Endstand 87 -91 nach Verlängerung", "de"))
    (fig,) = nums("Nachts sinkt es auf -7 Grad.", "de")
    assert fig.value == -7


def test_plus_before_a_number_is_no_hedge() -> None:
    figs = nums("It needs 50 percent plus one vote.", "en")
    assert figs[0].qualifier is None
    (fig,) = nums("for people aged 70 plus", "en")
    assert fig.qualifier == "at-least"


def test_kilo_is_a_kilogram() -> None:
    (fig,) = nums("Der Fisch wog 23 Kilo.", "de")
    assert (fig.kind, fig.unit) == ("quantity", "mass-kilogram")


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("a 300-pound tuna was landed", "quantity", "mass-pound"),
        ("the parcel weighed 12 pounds", "quantity", "mass-pound"),
        ("a 10-pound note", "money", "GBP"),
        ("the club paid 40 million pounds", "money", "GBP"),
    ],
)
def test_pound_is_a_weight_or_money(text: str, kind: str, unit: str) -> None:
    (fig,) = nums(text, "en")
    assert (fig.kind, fig.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "a 6-foot-4 goalkeeper", "76", "length-inch"),
        ("en", "she is 5 feet 9 inches tall", "69", "length-inch"),
        ("de", "Er misst 1 Meter 93.", "193", "length-centimeter"),
    ],
)
def test_unit_and_sub_unit_are_one_length(lang: str, text: str, value: str, unit: str) -> None:
    (fig,) = nums(text, lang)
    assert (fig.value, fig.unit) == (Decimal(value), unit)


def test_sub_unit_needs_its_shape() -> None:
    figs = nums("a wall of 6 feet 3 players", "en")
    assert [(f.value, f.unit) for f in figs] == [(Decimal(6), "length-foot"), (Decimal(3), None)]


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("en", "an estimated crowd of 41,000", "about"),
        ("en", "maximum gusts of 110 km/h", "at-most"),
        ("de", "ein geschätzter Schaden von 3 Millionen Euro", "about"),
        ("de", "mit maximalen Böen von 110 km/h", "at-most"),
        ("fr", "une participation minimale de 40 %", "at-least"),
        ("vi", "dân số ước tính là 81.500 người", "about"),
        ("de", "bis 45 Millionen Euro", "up-to"),
    ],
)
def test_hedge_reaches_over_a_noun_and_of(lang: str, text: str, qualifier: str) -> None:
    (fig,) = nums(text, lang)
    assert fig.qualifier == qualifier


def test_bis_between_numbers_is_still_a_range() -> None:
    (fig,) = nums("Es kosten 4 bis 6 Millionen Euro.", "de")
    assert (fig.qualifier, fig.low, fig.high) == ("between", Decimal(4_000_000),
                                                  Decimal(6_000_000))


def test_singular_pound_before_a_noun_is_a_weight() -> None:
    (fig,) = nums("the 480 pound boar", "en")
    assert fig.unit == "mass-pound"


# --------------------------------------------------------------- no word is read twice


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "they paid 800 €104 later"),
        ("fr", "soit 3 %6 de plus"),
        ("de", "2 Millionen Tonnen Getreide"),
        ("de", "¼¼ Liter"),
        ("de", "5 oder mehr 7 Gäste"),
    ],
)
def test_figures_never_overlap(lang: str, text: str) -> None:
    figs = nums(text, lang)
    for a, b in pairwise(figs):
        assert a.end <= b.start, (a.text, b.text)
    for f in figs:
        assert text[f.start : f.end] == f.text


def test_scale_word_of_a_quantity_is_no_collective() -> None:
    (fig,) = nums("2 Millionen Tonnen Getreide", "de")
    assert (fig.value, fig.unit) == (Decimal(2_000_000), "mass-tonne")


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("Vụ nổ có thể làm chết tới 250 người.", "up-to", None, "250"),
        ("Đoàn đi tới 4 nước.", None, "4", "4"),
        ("Mỗi nhóm có từ 6 tới 9 người.", "between", "6", "9"),
    ],
)
def test_vietnamese_toi(text: str, qualifier: str | None, low: str | None, high: str) -> None:
    (fig,) = nums(text, "vi")
    assert fig.qualifier == qualifier
    assert fig.low == (None if low is None else Decimal(low))
    assert fig.high == Decimal(high)


def test_bidi_marks_around_amounts_are_skipped() -> None:
    # CLDR's Hebrew and Arabic formats put U+200F/U+061C around numbers and symbols
    (fig,) = nums("\u200f12.50\u00a0\u200f€", "he")
    assert (fig.kind, fig.value, fig.unit) == ("money", Decimal("12.50"), "EUR")


def test_lone_vulgar_fraction_run() -> None:
    assert [f.value for f in nums("¼¼", "de")] == [Decimal("0.25")]


def _collectives() -> list[tuple[str, str, Decimal]]:
    from factcheck._lexicon import LEXICON_LANGS, lexicon

    return [
        (lang, phrase, Decimal(str(spec["value"])))
        for lang in LEXICON_LANGS
        for phrase, spec in lexicon(lang).get("collectives", {}).items()
    ]


@pytest.mark.parametrize(("lang", "phrase", "value"), _collectives())
def test_every_collective_of_the_lexicons_is_read(lang: str, phrase: str, value: Decimal) -> None:
    """Each ``[collectives]`` entry is found, also when its noun contains another
    entry's ("trentaine" holds the end of "centaine", "Zehntausende" of "Tausende")."""
    figs = extract(f"{phrase} ", lang)
    assert [(f.text.casefold(), f.value, f.qualifier) for f in figs] == [
        (phrase.casefold(), value, "approx-noun")
    ]
