"""What ``check`` does to keep its cost per figure low, without changing its output."""

from __future__ import annotations

import gc
import threading
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

import factcheck
import factcheck._pair
from factcheck import _langdetect
from factcheck._check import analyse
from factcheck._errors import UsageError
from factcheck._records import Fact, Figure
from factcheck._rules import _types, load_ruleset
from factcheck._rules._base import Context

PAIR = {"de": "Die Firma hat 120 Mitarbeiter.", "fr": "La firme a 120 employés."}


def _spy_on_pairing(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    seen: list[bool] = []
    real = factcheck._pair.pair_figures

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck._pair, "pair_figures", spy)
    return seen


def test_check_pauses_the_collector_and_restores_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_pairing(monkeypatch)
    assert gc.isenabled()
    factcheck.check(PAIR)
    analyse(PAIR)
    assert seen == [False, False]
    assert gc.isenabled()


def test_check_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        factcheck.check(PAIR)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_back_after_an_error() -> None:
    with pytest.raises(UsageError):
        factcheck.check({})
    assert gc.isenabled()


def test_collector_back_after_concurrent_checks() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                report = factcheck.check(PAIR)
                assert [f.status for f in report.facts] == ["agrees"]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert gc.isenabled()


def _num(value: str, kind: str = "number", **kw: Any) -> Figure:
    return Figure(kind, value, 0, len(value), Decimal(value), **kw)


#: Pairs of figures with equal values, some of which take the long way of the
#: value rule: ranges, other readings, percentages, ages, more digits than the
#: decimal context holds (the rule rounds them: two equal 40-digit values differ).
EQUAL_VALUES = [
    (_num("5"), _num("5")),
    (_num("5", precision=Decimal(1)), _num("5.0", precision=Decimal("0.1"))),
    (_num("5000", qualifier="over"), _num("5000")),
    (_num("5000", qualifier="over"), _num("5000", qualifier="under")),
    (
        _num("3", low=Decimal(2), high=Decimal(4)),
        _num("3", low=Decimal(2), high=Decimal(5)),
    ),
    (_num("3", low=Decimal(2), high=Decimal(4)), _num("3")),
    (_num("5", alt_value=Decimal(5000)), _num("5")),
    (_num("50", "percent"), _num("50")),
    (_num("7" * 40, precision=Decimal(1)), _num("7" * 40, precision=Decimal(1))),
    (_num("7" * 40), _num("7" * 40)),
    (_num("12", "money", unit="EUR"), _num("12", "money", unit="USD")),
    (_num("12", scale="million"), _num("12")),
    (Figure("duration", "41 Jahre", 0, 8, "P41Y"), _num("41")),
    (Figure("date", "2020", 0, 4, "2020"), Figure("date", "2020", 0, 4, "2020")),
]


@pytest.mark.parametrize(("a", "b"), EQUAL_VALUES)
def test_value_rule_short_cut_says_what_the_long_way_says(
    a: Figure, b: Figure, monkeypatch: pytest.MonkeyPatch
) -> None:
    rule = load_ruleset(select=["FC101"]).rules[0]
    langs = ("de", "fr")
    quick = [rule.compare(a, b, langs), rule.compare(b, a, langs)]  # type: ignore[attr-defined]
    monkeypatch.setattr(_types, "_same_number", lambda a, b: False)
    slow = [rule.compare(a, b, langs), rule.compare(b, a, langs)]  # type: ignore[attr-defined]
    assert quick == slow


def test_short_cut_leaves_values_beyond_the_context_precision_alone() -> None:
    big = _num("7" * 40)
    assert not _types._same_number(big, big)
    assert _types._same_number(_num("7" * 20), _num("7" * 20))


TRIO = {
    "de": "Die Firma hat 120 Mitarbeiter und 3 Standorte. Umsatz: 5 Millionen Euro.",
    "fr": "La firme a 120 employés et 4 sites. Chiffre d'affaires : 5 millions d'euros.",
    "en": "The firm has 125 staff. Its turnover is 5 million euros.",
}


@pytest.mark.parametrize("source", [None, "de", "fr", "en"])
def test_pairs_of_all_facts_are_the_pairs_of_each_fact(source: str | None) -> None:
    analysis = analyse(TRIO, source=source)
    m = [fact.mentions for fact in analysis.facts]
    # odd shapes too: mentions out of version order, two mentions of one version
    odd = [
        Fact(kind=f.kind, mentions=tuple(reversed(f.mentions)))
        for f in analysis.facts
        if len(f.mentions) == 2
    ]
    twice = [Fact(kind=f.kind, mentions=(f.mentions[0], f.mentions[0])) for f in analysis.facts]
    analysis = replace(analysis, facts=(*analysis.facts, *odd, *twice))
    assert any(len(x) == 3 for x in m) and any(len(x) == 2 for x in m) and odd
    ctx = Context(analysis)
    listed = ctx.compared_pairs()
    assert [(i, f) for i, f, _ in listed] == list(enumerate(analysis.facts))
    fresh = Context(analysis)
    for index, fact, compared in listed:
        assert compared == fresh.fact_pairs(index, fact)[2]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ascii text 123",
        "Grüße aus Köln, ça va? 5 µm",
        "ªº µ ÿ",
        "".join(map(chr, range(256))),
        "Công ty có hơn 5.000 nhân viên",
        "Ωmega und Москва",
        "".join(map(chr, range(0x2FF))),
        "„Grüße“ – 5 € für ʹ",
        "Công ty có hơn 5.000 nhân viên — “năm” µ",
        "Cong\u0323 ty co\u0301 \u02b9 \u02b0",
        "".join(map(chr, range(0x2000, 0x20D0))) + "ộ",
        "".join(chr(c) for lo, hi in _langdetect._LATIN_TEXT_RANGES for c in range(lo, hi + 1)),
    ],
)
def test_non_latin_count_without_the_regex_is_the_regex_count(text: str) -> None:
    assert _langdetect._non_latin_letters(text) == len(_langdetect._NON_LATIN_RE.findall(text))
