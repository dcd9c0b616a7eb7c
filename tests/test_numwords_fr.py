"""French number words: hyphens, vigesimal forms, "et", articles, fractions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._numwords import parse_number_words, scan_number_words


def found(text: str) -> list[tuple[str, str]]:
    return [(n.text, str(n.value)) for n in scan_number_words(text, "fr")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("zéro", 0),
        ("seize", 16),
        ("dix-sept", 17),
        ("dix sept", 17),
        ("vingt et un", 21),
        ("trente-deux", 32),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("soixante-dix-neuf", 79),
        ("quatre-vingts", 80),
        ("quatre-vingt-un", 81),
        ("quatre-vingt-dix-neuf", 99),
        ("quatre vingt dix neuf", 99),
        ("septante-huit", 78),
        ("nonante", 90),
        ("cent un", 101),
        ("deux cents", 200),
        ("trois cent douze", 312),
        ("mille", 1000),
        ("deux mille cinq cents", 2500),
        ("un million", 1000000),
        ("trois millions deux cent mille", 3200000),
        ("deux milliards", 2000000000),
        ("deux virgule cinq", Decimal("2.5")),
    ],
)
def test_cardinals(words: str, value: int) -> None:
    assert parse_number_words(words, "fr") == Decimal(value)


def test_in_a_sentence() -> None:
    text = "L'entreprise compte quatre-vingt-onze agences et deux mille cinq cents salariés."
    assert found(text) == [("quatre-vingt-onze", "91"), ("deux mille cinq cents", "2500")]


def test_articles_are_not_numbers() -> None:
    assert found("Un porte-parole a annoncé une réforme et un nouveau plan.") == []
    assert found("l'un des plus grands groupes") == []


@pytest.mark.parametrize(
    "text",
    [
        "un ou deux jours",
        "un seul candidat s'est présenté",
        "il n'a qu'un enfant",
        "plus d'un salarié sur deux",
        "une seule voix a manqué",
    ],
)
def test_articles_that_state_a_count(text: str) -> None:
    assert "1" in [v for _, v in found(text)], found(text)


def test_article_with_scale() -> None:
    assert found("un million d'habitants") == [("un million", "1000000")]
    assert found("une douzaine d'œufs") == [("une douzaine", "12")]


def test_les_deux_is_two() -> None:
    assert found("les deux parties ont signé") == [("deux", "2")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("la moitié des voix", "moitié", "0.5"),
        ("un tiers des élus", "un tiers", "0.333333333333333"),
        ("les deux tiers du budget", "deux tiers", "0.666666666666667"),
        ("trois quarts des sondés", "trois quarts", "0.75"),
        ("un cinquième du territoire", "un cinquième", "0.2"),
        ("un million et demi de visiteurs", "un million et demi", "1500000"),
        ("deux et demi", "deux et demi", "2.5"),
    ],
)
def test_fractions(text: str, surface: str, value: str) -> None:
    (n,) = scan_number_words(text, "fr")
    assert (n.text, str(n.value), n.fraction) == (surface, value, True)


def test_tiers_and_cent_in_other_senses() -> None:
    assert found("des pays tiers") == []
    assert found("16 pour cent") == []


def test_through_extract() -> None:
    figs = extract("plus de deux mille cinq cents employés", "fr")
    assert [(f.kind, f.value, f.qualifier) for f in figs] == [("number", Decimal(2500), "over")]
