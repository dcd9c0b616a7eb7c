"""Proportions: "one in three", "zwei von fünf", "un Allemand sur trois", "jeder Dritte"."""

from __future__ import annotations

from decimal import Decimal

import pytest

import factcheck
from factcheck import extract


def numbers(text: str, lang: str) -> list[tuple[str, Decimal]]:
    return [(f.text, f.value) for f in extract(text, lang) if f.kind == "number"]


THIRD = Decimal("0.333333333333333")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("en", "One in three voters stayed at home.", "One in three", THIRD),
        ("en", "Two out of five shops have closed.", "Two out of five", Decimal("0.4")),
        ("en", "Every third voter stayed at home.", "Every third", THIRD),
        ("de", "Jeder dritte Wähler blieb zu Hause.", "Jeder dritte", THIRD),
        ("de", "Zwei von fünf Läden haben geschlossen.", "Zwei von fünf", Decimal("0.4")),
        ("fr", "Un électeur sur trois est resté chez lui.", "Un électeur sur trois", THIRD),
        ("fr", "Deux magasins sur cinq ont fermé.", "Deux magasins sur cinq", Decimal("0.4")),
    ],
)
def test_proportions(lang: str, text: str, surface: str, value: Decimal) -> None:
    (fig,) = [f for f in extract(text, lang) if f.kind == "number"]
    assert (fig.text, fig.value) == (surface, value)
    assert {"ratio", "fraction"} <= fig.flags


def test_a_hedge_before_a_proportion_stays() -> None:
    (fig,) = extract("Nearly one in three adults smoke.", "en")
    assert (fig.qualifier, fig.value) == ("nearly", THIRD)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one member of a group, not a proportion
        ("de", "Sie ist eine von elf Ministerinnen.", [("eine", Decimal(1)), ("elf", Decimal(11))]),
        # "ein Rückstand von vier": an article and a noun before "von" count nothing
        ("de", "Das Team liegt mit einem Rückstand von vier Punkten hinten.",
         [("vier", Decimal(4))]),
        # a change, not a proportion: the first number is above the second
        ("en", "Unemployment rose to 7 in 5 regions.", [("7", Decimal(7)), ("5", Decimal(5))]),
    ],
)
def test_not_proportions(lang: str, text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert numbers(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Jedes dritte Jahr wird gewählt."),  # a frequency: a unit of time follows
        ("en", "Every second counts."),
    ],
)
def test_every_nth_of_time_is_no_proportion(lang: str, text: str) -> None:
    assert all("ratio" not in f.flags for f in extract(text, lang))


def test_proportions_agree_across_languages() -> None:
    report = factcheck.check({
        "de": "Jeder dritte Deutsche fährt täglich Rad.",
        "fr": "Un Allemand sur trois fait du vélo tous les jours.",
        "en": "One in three Germans cycles every day.",
    })
    assert not [f for f in report.findings if f.level != "info"]


def test_a_changed_proportion_is_reported() -> None:
    report = factcheck.check({
        "de": "Drei von vier Punkten holte das Duo.",
        "fr": "Le duo a pris trois points sur cinq.",
    })
    assert [f.code for f in report.findings] == ["FC101"]


def test_a_proportion_also_states_its_count() -> None:
    # "trois points sur quatre" agrees with a version that states the count only
    report = factcheck.check({
        "fr": "Ils ont remporté trois points sur quatre samedi.",
        "en": "They won three points on Saturday.",
    })
    assert not [f for f in report.findings if f.code == "FC101"]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value", "qualifier"),
    [
        # an adjective between the article and the fraction hedges it
        ("en", "A good third of the seats changed hands.", "A good third", THIRD, "over"),
        ("fr", "Un bon tiers des sièges a changé de main.", "Un bon tiers", THIRD, "over"),
        ("fr", "Une petite moitié des élus a voté.", "Une petite moitié", Decimal("0.5"),
         "under"),
        ("de", "Ein gutes Drittel der Sitze wechselte.", "Ein gutes Drittel", THIRD, "over"),
        ("de", "Ein knappes Viertel stimmte dagegen.", "Ein knappes Viertel", Decimal("0.25"),
         "nearly"),
    ],
)
def test_hedged_fractions(
    lang: str, text: str, surface: str, value: Decimal, qualifier: str
) -> None:
    (fig,) = [f for f in extract(text, lang) if f.kind == "number"]
    assert (fig.text, fig.value, fig.qualifier) == (surface, value, qualifier)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It was a good deal for both."),
        ("en", "It was a good third-quarter result."),  # a quarter of the year
        ("fr", "C'est un bon ami du maire."),
    ],
)
def test_no_hedged_fraction(lang: str, text: str) -> None:
    assert all("fraction" not in f.flags for f in extract(text, lang))


def test_hedged_fractions_agree_across_languages() -> None:
    report = factcheck.check({
        "de": "Seit Jahresbeginn hat die Aktie gut ein Drittel gewonnen.",
        "fr": "Depuis le début de l'année, l'action a pris un bon tiers.",
        "en": "Since the start of the year the share has gained a good third.",
    })
    assert not [f for f in report.findings if f.level != "info"]
