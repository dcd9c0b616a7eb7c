"""Pairing figures of aligned paragraphs into facts, with hand-built figures."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from factcheck._load import document_from_text
from factcheck._pair import figure_score, noun_concept, pair_figures, same_noun, value_similarity
from factcheck._records import Figure


def fig(text: str, source: str, value: object, kind: str = "number", **kw: object) -> Figure:
    """A figure at the first occurrence of ``text`` in ``source``."""
    start = source.index(text)
    if isinstance(value, (int, str)) and kind not in ("date", "time", "duration"):
        value = D(str(value))
    return Figure(kind, text, start, start + len(text), value, **kw)  # type: ignore[arg-type]


def texts(fact) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.figure.text for m in fact.mentions]


DE = (
    "Das Unternehmen beschäftigt 5.000 Mitarbeiter an 40 Standorten.\n\n"
    "Der Umsatz stieg 2024 um 12 Prozent auf 2,5 Milliarden Euro."
)
FR = (
    "L'entreprise emploie 5 000 salariés sur 40 sites.\n\n"
    "En 2024, le chiffre d'affaires a progressé de 12 % pour atteindre 2,48 milliards d'euros."
)


def de_figures() -> list[Figure]:
    return [
        fig("5.000", DE, 5000, head="Mitarbeiter"),
        fig("40", DE, 40, head="Standorten"),
        fig("2024", DE, "2024", kind="date"),
        fig("12 Prozent", DE, 12, kind="percent", unit="percent"),
        fig("2,5 Milliarden Euro", DE, D("2.5E9"), kind="money", unit="EUR", precision=D("1E8")),
    ]


def fr_figures() -> list[Figure]:
    return [
        fig("5 000", FR, 5000, head="salariés"),
        fig("40", FR, 40, head="sites"),
        fig("2024", FR, "2024", kind="date"),
        fig("12 %", FR, 12, kind="percent", unit="percent"),
        fig(
            "2,48 milliards d'euros", FR, D("2.48E9"), kind="money", unit="EUR", precision=D("1E7")
        ),
    ]


def docs():  # type: ignore[no-untyped-def]
    return document_from_text(DE, "de"), document_from_text(FR, "fr")


def test_pairs_every_figure_of_aligned_paragraphs() -> None:
    d, f = docs()
    alignment = (((0,), (0,)), ((1,), (1,)))
    facts = pair_figures([d, f], [de_figures(), fr_figures()], alignment)
    assert [texts(x) for x in facts] == [
        ["5.000", "5 000"],
        ["40", "40"],
        ["2024", "2024"],
        ["12 Prozent", "12 %"],
        ["2,5 Milliarden Euro", "2,48 milliards d'euros"],
    ]
    assert [x.kind for x in facts] == ["number", "number", "date", "percent", "money"]
    assert [m.paragraph for m in facts[4].mentions] == [1, 1]


def test_changed_value_still_pairs_by_noun_and_position() -> None:
    d, f = docs()
    fr = fr_figures()
    fr[0] = fig("5 000", FR, 6000, head="salariés")  # a figure changed in translation
    facts = pair_figures([d, f], [de_figures(), fr], (((0,), (0,)), ((1,), (1,))))
    first = facts[0]
    assert [m.figure.value for m in first.mentions] == [D(5000), D(6000)]


def test_swapped_order_pairs_by_noun() -> None:
    de = "Es gibt 40 Standorte und 3 Labore."
    fr = "Il y a 3 laboratoires et 40 sites."
    a = [fig("40", de, 41, head="Standorte"), fig("3", de, 3, head="Labore")]
    b = [fig("3", fr, 3, head="laboratoires"), fig("40", fr, 40, head="sites")]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(fr, "fr")], [a, b], (((0,), (0,)),)
    )
    pairs = sorted((x.mentions[0].figure.head, x.mentions[1].figure.head) for x in facts)
    assert pairs == [("Labore", "laboratoires"), ("Standorte", "sites")]


def test_ordinal_never_pairs_with_number() -> None:
    de = "Zum 3. Mal kamen Gäste."
    fr = "3 invités sont venus."
    a = [fig("3.", de, 3, kind="ordinal")]
    b = [fig("3", fr, 3)]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(fr, "fr")], [a, b], (((0,), (0,)),)
    )
    assert len(facts) == 2 and all(len(x.mentions) == 1 for x in facts)


def test_unmatched_figure_becomes_its_own_fact() -> None:
    d, f = docs()
    fr = [x for x in fr_figures() if x.text != "40"]
    facts = pair_figures([d, f], [de_figures(), fr], (((0,), (0,)), ((1,), (1,))))
    alone = [x for x in facts if len(x.mentions) == 1]
    assert [(m.version, m.figure.text) for x in alone for m in x.mentions] == [(0, "40")]


def test_moved_sentence_gets_a_document_wide_second_chance() -> None:
    # the French version moved the sentence with "40 sites" to the second paragraph
    de = "Die Firma hat 40 Standorte. Sie wächst.\n\nDer Umsatz stieg kräftig."
    fr = "L'entreprise grandit.\n\nLe chiffre d'affaires a bondi. Elle compte 40 sites."
    a = [fig("40", de, 40, head="Standorte")]
    b = [fig("40", fr, 40, head="sites")]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(fr, "fr")],
        [a, b],
        (((0,), (0,)), ((1,), (1,))),
    )
    assert len(facts) == 1 and texts(facts[0]) == ["40", "40"]


def test_second_chance_needs_the_same_value() -> None:
    de = "Die Firma hat 40 Standorte.\n\nDer Umsatz stieg."
    fr = "L'entreprise grandit.\n\nElle compte 45 sites."
    a = [fig("40", de, 40, head="Standorte")]
    b = [fig("45", fr, 45, head="sites")]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(fr, "fr")],
        [a, b],
        (((0,), (0,)), ((1,), (1,))),
    )
    assert len(facts) == 2


def test_three_versions_one_fact_each() -> None:
    en = "The company employs 5,000 staff at 40 sites."
    a = [fig("5.000", DE, 5000, head="Mitarbeiter"), fig("40", DE, 40, head="Standorten")]
    b = [fig("5 000", FR, 5000, head="salariés"), fig("40", FR, 40, head="sites")]
    c = [fig("40", en, 40, head="sites")]  # the English version lost the staff figure
    d, f = docs()
    e = document_from_text(en, "en")
    facts = pair_figures([d, f, e], [a, b, c], (((0,), (0,), (0,)), ((1,), (1,), ())))
    assert [[m.version for m in x.mentions] for x in facts] == [[0, 1], [0, 1, 2]]


def test_ambiguous_format_pairs_through_alt_value() -> None:
    a = Figure("number", "5,000", 0, 5, D(5), alt_value=D(5000))
    b = Figure("number", "5 000", 0, 5, D(5000))
    assert value_similarity(a, b) == 1.0


def test_rounding_and_hedges_count_as_close() -> None:
    a = Figure("money", "2,5 Mrd.", 0, 8, D("2.5E9"), unit="EUR", precision=D("1E8"))
    b = Figure("money", "2,48 milliards", 0, 8, D("2.48E9"), unit="EUR", precision=D("1E7"))
    c = Figure("money", "2,4 milliards", 0, 8, D("2.4E9"), unit="EUR", precision=D("1E8"))
    assert value_similarity(a, b) > value_similarity(a, c)
    over = Figure("number", "über 5.000", 0, 5, D(5000), low=D(5000), qualifier="over")
    more = Figure("number", "5 200", 0, 5, D(5200))
    assert 0.9 <= value_similarity(over, more) < value_similarity(more, more) == 1.0


def test_an_equal_value_beats_an_overlapping_interval() -> None:
    # "une quarantaine" (35–45) overlaps "37" and equals "some forty": the pairs
    # follow the values, whatever the counted nouns
    from factcheck import check

    report = check({
        "fr": "Le peintre est mort à l'âge de 37 ans. Une quarantaine de toiles sont exposées.",
        "en": "The painter died at the age of 37. Some forty canvases are on display.",
    })
    pairs = {tuple(m.figure.text for m in f.mentions) for f in report.facts}
    assert ("Une quarantaine", "Some forty") in pairs
    assert not [f for f in report.findings if f.level != "info"]


def test_billion_false_friend_stays_close() -> None:
    a = Figure("money", "2 Billionen", 0, 5, D("2E12"), unit="USD")
    b = Figure("money", "2 billion", 0, 5, D("2E9"), unit="USD")
    c = Figure("money", "7 billion", 0, 5, D("7E9"), unit="USD")
    assert value_similarity(a, b) > value_similarity(a, c)


def test_dates_partial_agree_with_full() -> None:
    full = Figure("date", "25. Oktober 2025", 0, 5, "2025-10-25")
    partial = Figure("date", "25 octobre", 0, 5, "XXXX-10-25")
    other = Figure("date", "26 octobre", 0, 5, "XXXX-10-26")
    assert value_similarity(full, partial) > value_similarity(full, other)


def test_kinds_and_units() -> None:
    km = Figure("quantity", "5 km", 0, 4, D(5), unit="length-kilometer")
    mi = Figure("quantity", "3 miles", 0, 4, D(3), unit="length-mile")
    kg = Figure("quantity", "5 kg", 0, 4, D(5), unit="mass-kilogram")
    assert figure_score(km, mi, "de", "en") > figure_score(km, kg, "de", "en")
    money = Figure("money", "5 Mio. €", 0, 4, D(5000000), unit="EUR")
    number = Figure("number", "5 millions", 0, 4, D(5000000))
    assert figure_score(money, number, "de", "fr") > 0.5
    date = Figure("date", "März 2025", 0, 4, "2025-03")
    number = Figure("number", "2025", 0, 4, D(2025))
    assert figure_score(date, number, "de", "fr") == 0.0
    # a bare year read as a date in one version and as a number in another
    year = Figure("date", "2025", 0, 4, "2025")
    assert figure_score(year, number, "de", "fr") > 0.5
    assert figure_score(year, Figure("number", "12", 0, 2, D(12)), "de", "fr") == 0.0
    ordinal = Figure("ordinal", "3.", 0, 2, D(3))
    assert figure_score(ordinal, Figure("number", "3", 0, 1, D(3)), "de", "fr") == 0.0


def test_counted_nouns() -> None:
    assert same_noun("Universitäten", "universités", "de", "fr")
    assert same_noun("Mitarbeitern", "employees", "de", "en")
    assert same_noun("nhân viên", "salariés", "vi", "fr")
    assert same_noun("Niederlassungen", "văn phòng", "de", "vi")
    assert same_noun("Mitarbeiter", "Standorte", "de", "de") is False
    assert same_noun("Wolken", "nuages", "de", "fr") is None  # cannot tell
    assert noun_concept("IT-Fachkräfte", "de") == "staff"


def test_units_are_converted_before_comparing() -> None:
    km = Figure("quantity", "160 km", 0, 4, D(160), unit="length-kilometer")
    miles = Figure("quantity", "100 miles", 0, 4, D(100), unit="length-mile")
    far = Figure("quantity", "300 miles", 0, 4, D(300), unit="length-mile")
    assert value_similarity(km, miles) >= 0.9
    assert value_similarity(km, far) < 0.5


def test_open_hedges_are_a_neighbourhood_not_a_half_line() -> None:
    over = Figure("number", "über 5.000", 0, 5, D(5000), low=D(5000), qualifier="over")
    million = Figure("number", "1 000 000", 0, 5, D(1000000))
    under = Figure("number", "moins de 20", 0, 5, D(20), high=D(20), qualifier="under")
    assert value_similarity(over, million) < 0.5
    assert value_similarity(under, Figure("number", "15", 0, 2, D(15))) >= 0.9
    assert value_similarity(under, Figure("number", "2", 0, 1, D(2))) < 0.5


def test_position_alone_does_not_pair_among_several_figures() -> None:
    # the German version counts two of the four young men; the French lists all ages
    de = "Festgenommen wurden ein 17-Jähriger, zwei 18-Jährige und ein Mann."
    fr = "La police a arrêté les quatre jeunes gens, âgés de 17, 18 et 20 ans."
    a = [fig("17", de, 17), fig("zwei", de, 2)]
    b = [fig("quatre", fr, 4), fig("17", fr, 17), fig("18", fr, 18), fig("20", fr, 20)]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(fr, "fr")], [a, b], (((0,), (0,)),)
    )
    paired = [texts(x) for x in facts if len(x.mentions) == 2]
    assert paired == [["17", "17"]]


def test_sole_figures_of_a_kind_pair_even_when_values_differ() -> None:
    de = "Bis 2027 sollen weitere 120 Ladepunkte entstehen."
    fr = "D'ici 2027, 150 bornes supplémentaires doivent voir le jour."
    a = [fig("2027", de, "2027", kind="date"), fig("120", de, 120, head="Ladepunkte")]
    b = [fig("2027", fr, "2027", kind="date"), fig("150", fr, 150, head="bornes")]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(fr, "fr")], [a, b], (((0,), (0,)),)
    )
    assert sorted(texts(x) for x in facts) == [["120", "150"], ["2027", "2027"]]


def test_huge_group_stays_linear() -> None:
    import time

    def figures(n: int, change_every: int) -> list[Figure]:
        return [
            Figure("number", "1", 2 * i, 2 * i + 1, D(2 if i % change_every == 0 else 1))
            for i in range(n)
        ]

    def run(n: int) -> float:
        text = "1 " * n
        docs = [document_from_text(text, "de"), document_from_text(text, "fr")]
        t = time.process_time()
        facts = pair_figures(docs, [figures(n, 10**9), figures(n, 4)], (((0,), (0,)),))
        took = time.process_time() - t
        assert len(facts) == n and all(len(f.mentions) == 2 for f in facts)
        return took

    small, large = run(2_000), run(20_000)
    assert large < 10 * small * 2 + 0.5, (small, large)


def test_leftover_dates_pair_only_when_they_share_a_component() -> None:
    de = "Die Messe beginnt am 6. November."
    fr = "Le salon ouvre le 7 novembre."
    a = [fig("6. November", de, "XXXX-11-06", kind="date")]
    b = [fig("7 novembre", fr, "XXXX-11-07", kind="date")]
    docs_ = [document_from_text(de, "de"), document_from_text(fr, "fr")]
    facts = pair_figures(docs_, [a, b], (((0,), (0,)),))
    assert [texts(x) for x in facts] == [["6. November", "7 novembre"]]
    # a weekday alone is not the same statement as a date: no pair
    a = [fig("6. November", de, "XXXX-11-06", kind="date")]
    b = [Figure("date", "vendredi", 3, 11, "XXXX-WXX-5", weekday=4)]
    facts = pair_figures(docs_, [a, b], (((0,), (0,)),))
    assert len(facts) == 2


def test_far_small_number_words_need_the_same_noun() -> None:
    # "zwei" and "two" in unrelated paragraphs: a coincidence, not a moved sentence
    de = "Zwei Busse fuhren los.\n\nDer Regen hörte auf."
    en = "The buses left.\n\nThe rain stopped after two hours of delay."
    words = frozenset({"words"})
    a = [fig("Zwei", de, 2, head="Busse", flags=words)]
    b = [fig("two", en, 2, head="hours", flags=words)]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(en, "en")],
        [a, b],
        (((0,), (0,)), ((1,), (1,))),
    )
    assert len(facts) == 2
    # the same counted noun still pairs across paragraphs
    a = [fig("Zwei", de, 2, head="Mitarbeiter", flags=words)]
    en2 = "The weather cleared.\n\nLater two employees left."
    b2 = [fig("two", en2, 2, head="employees", flags=words)]
    facts = pair_figures(
        [document_from_text(de, "de"), document_from_text(en2, "en")],
        [a, b2],
        (((0,), (0,)), ((1,), (1,))),
    )
    assert len(facts) == 1


def test_decades_and_relative_months_score_by_their_parts() -> None:
    a = Figure("date", "1970er", 0, 6, "197X")
    assert value_similarity(a, Figure("date", "1970s", 0, 5, "197X")) == 1.0
    assert value_similarity(a, Figure("date", "1974", 0, 4, "1974")) >= 0.5
    assert value_similarity(a, Figure("date", "1980s", 0, 5, "198X")) < 0.5
    rel = Figure("date", "avril dernier", 0, 13, "REF-M04")
    assert value_similarity(rel, Figure("date", "April", 0, 5, "XXXX-04")) >= 0.5
    assert value_similarity(rel, Figure("date", "März", 0, 4, "XXXX-03")) < 0.5


@pytest.mark.parametrize(
    ("de", "en"),
    [
        ("Ein Viertel der Firmen investiert.", "25 percent of companies invest."),
        ("Jeder Dritte ist dafür.", "33 percent are in favour."),
        ("Der Umsatz stieg um 33 Prozent.", "Sales rose by a third."),
    ],
)
def test_a_fraction_pairs_with_its_percentage(de: str, en: str) -> None:
    from factcheck import check

    report = check({"de": de, "en": en})
    assert [len(f.mentions) for f in report.facts] == [2]
    assert not report.findings
