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
    # "qu'un" is mostly the conjunction "que" + article ("tant qu'un accord")
    assert found("tant qu'un accord n'est pas signé") == []


@pytest.mark.parametrize(
    "text",
    [
        "un ou deux jours",
        "un seul candidat s'est présenté",
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


def test_titles_and_neuf_as_new() -> None:
    assert found("le Premier ministre et la première dame") == []
    assert found("un immeuble remis à neuf") == []
    assert found("neuf personnes") == [("neuf", "9")]


def test_article_before_a_unit_currency_or_percent_is_a_count() -> None:
    assert [v for _, v in found("un pour cent, un euro, une tonne")] == ["1", "1", "1"]
    assert found("un homme") == []


def test_article_rule_limits() -> None:
    assert found("plus d'un millier de victimes") == []
    assert found("non seulement un problème") == []
    assert found("plus d'une décennie") == [("une", "1")]


_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]


def _fr_below_100(n: int) -> str:
    if n < 10:
        return _FR_UNITS[n]
    if n < 17:
        return _FR_TEENS[n - 10]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return _FR_TENS[t]
        return _FR_TENS[t] + (" et un" if u == 1 else "-" + _FR_UNITS[u])
    if n < 80:
        return "soixante" + (" et " if n == 71 else "-") + _fr_below_100(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + _fr_below_100(n - 80)


def _fr_below_1000(n: int, final: bool) -> str:
    h, r = divmod(n, 100)
    if not h:
        return _fr_below_100(r)
    head = "cent" if h == 1 else _FR_UNITS[h] + (" cents" if r == 0 and final else " cent")
    return head if r == 0 else head + " " + _fr_below_100(r)


def spell_fr(n: int) -> str:
    if n == 0:
        return "zéro"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(
            _fr_below_1000(millions, False) + (" million" if millions == 1 else " millions")
        )
    if thousands:
        parts.append("mille" if thousands == 1 else _fr_below_1000(thousands, False) + " mille")
    if units:
        parts.append(_fr_below_1000(units, True))
    return " ".join(parts)


@pytest.mark.parametrize(
    "n", [*range(0, 200), *range(200, 10000, 37), *range(10000, 3000000, 99991)]
)
def test_spelled_numbers_round_trip(n: int) -> None:
    assert parse_number_words(spell_fr(n), "fr") == n, spell_fr(n)


def test_cent_multiplies_units_and_teens_only() -> None:
    assert found("cinquante cents") == [("cinquante", "50")]
    assert parse_number_words("dix-neuf cents", "fr") == 1900
