"""Short ways taken on figure-dense text give what the long way gives.

Each short way skips work that cannot change the result (bench/hostile.py measures
why it matters); these tests run the same texts with the short way turned off and
compare every figure.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

import factcheck
from factcheck import _numbers

LANGS = ("de", "fr", "en", "vi", "es", "de-CH")

#: Texts where a figure is followed by another number, ". ", ", " or "; ", next to
#: cases where the token after it does matter (units, percent, currency, a noun).
TEXTS = (
    "1 2 3 4 5 10 20 300",
    "1. 2. 3. 4. 5. Oktober 2025, 6. Mai",
    "1, 2, 3, 4, 5; 6; 7. 8 9",
    "5 % 6 km 7 € 8 Menschen 9 Millionen 10 Mio. 11 m 12 kg",
    "5, 6 und 7 Prozent; 8. 9 Mitarbeiter, 10 2 Euro",
    "5 000 000 2 500 12 345 1 2",
    "3 dollars, 4 people. 5 million; 6 per cent 7 8 9 10",
    "hơn 5 6 người, 7. 8 triệu đồng; 9 10",
    "plus de 5 6 personnes, 7. 8 millions d'euros; 9 10",
    "-5 -6 - 7 1 -2 3 –4",
)


def _figures(text: str, lang: str) -> list[factcheck.Figure]:
    return factcheck.extract(text, lang)


def _long_way(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    tables = _numbers._tables(lang)
    monkeypatch.setattr(tables, "digits_inert", False)
    monkeypatch.setattr(tables, "inert_marks", frozenset())


def _random_texts(n: int) -> list[str]:
    rng = random.Random(11)
    words = ["1", "2", "15", "3,5", "1.000", " ", ". ", ", ", "; ", "%", "€", "km",
             "Menschen", "people", "người", "million", "Mio.", "-", "(", "\n", "2025"]
    return ["".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(n)]


@pytest.mark.parametrize("lang", LANGS)
def test_plain_figure_short_way(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*TEXTS, *_random_texts(150)]
    short = [_figures(t, lang) for t in texts]
    _long_way(monkeypatch, lang)
    long = [_figures(t, lang) for t in texts]
    for text, a, b in zip(texts, short, long, strict=True):
        assert [dataclasses.astuple(f) for f in a] == [dataclasses.astuple(f) for f in b], text


def test_inert_tokens_of_the_shipped_languages() -> None:
    for lang in ("de", "fr", "en", "vi"):
        tables = _numbers._tables(lang)
        assert tables.digits_inert
        assert tables.inert_marks == frozenset(".,;")
        for tok in ("%", "€", "km", "Mio.", "-", "Menschen", "$"):
            assert not _numbers._inert_token(tok, tables), (lang, tok)


def _anchors_by_figure(doc: factcheck.Document, figures: list[factcheck.Figure]) -> set[str]:
    """Reference: every figure's value key and other reading, one by one."""
    from factcheck._align import _value_key

    out: set[str] = set()
    for fig in figures:
        for value in (fig.value, fig.alt_value):
            key = _value_key(value) if value is not None else None
            if key:
                out.add(key)
    return out


@pytest.mark.parametrize("text", [
    "5,000 Menschen, 3 und 3,0 und 1.000; am 3. Mai 2020; 5 000 € (rund 7 %)",
    "",
    "ohne Zahlen",
])
def test_one_paragraph_anchors(text: str) -> None:
    from factcheck._align import paragraph_anchors
    from factcheck._load import document_from_text

    doc = document_from_text(text, "de")
    assert len(doc.paragraphs) <= 1
    figures = factcheck.extract(text, "de")
    anchors = paragraph_anchors(doc, figures, [])
    assert anchors == [_anchors_by_figure(doc, figures)]
    # the same figures, given as an iterator, give the same anchors
    assert paragraph_anchors(doc, iter(figures), []) == anchors


def test_one_paragraph_positions_are_clamped() -> None:
    from factcheck._pair import _rel_positions

    doc = factcheck.Document("de", "x" * 100, paragraphs=((10, 60),))
    figs = [factcheck.Figure("number", "5", s, s + 1, None) for s in (0, 10, 35, 60, 99)]
    assert _rel_positions(doc, figs, (0,)) == [0.0, 0.0, 0.5, 1.0, 1.0]
    assert _rel_positions(doc, figs[1:3], (0,)) == [0.0, 0.5]


def test_ranges_and_cents_next_to_blank_gaps() -> None:
    """Figures with only blanks between them never form a range; money still takes
    its cents across a blank ("3 dollars 50")."""
    def read(text: str, lang: str) -> list[tuple[str, str, str]]:
        return [(f.kind, f.text, str(f.value)) for f in factcheck.extract(text, lang)]

    assert read("It cost 3 dollars 50. Then 1 2 3.", "en") == [
        ("money", "3 dollars 50", "3.5"), ("number", "1", "1"), ("number", "2", "2"),
        ("number", "3", "3"),
    ]
    assert [f[1] for f in read("von 3 bis 5, 1 - 2 und 7 8", "de")] == [
        "von 3 bis 5", "1 - 2", "7", "8",
    ]


def test_compared_pairs_of_kinds() -> None:
    from factcheck._check import analyse
    from factcheck._rules._base import Context

    analysis = analyse({
        "de": "Am 3. Mai 2020 kamen 5 Menschen, 7 % mehr, für 20 € und 3 km.",
        "fr": "Le 3 mai 2020, 5 personnes, 7 % de plus, pour 20 € et 3 km.",
    })
    ctx = Context(analysis)
    every = ctx.compared_pairs()
    kinds_seen = {fact.kind for _, fact, _ in every}
    assert len(kinds_seen) >= 3
    for kinds in (("number",), ("money", "percent"), ("date", "time", "duration"), ()):
        got = ctx.compared_pairs_of(kinds)
        assert got == [c for c in every if c[1].kind in kinds]
        assert ctx.compared_pairs_of(kinds) is got  # built once


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("1 2 3 4", "de", [("1", 0, "1"), ("2", 2, "2"), ("3", 4, "3"), ("4", 6, "4")]),
    ("7 12 000 5 1", "fr", [("7", 0, "7"), ("12 000", 2, "12000"), ("5", 9, "5"), ("1", 11, "1")]),
    ("1,2,3,4", "de", [("1", 0, "1"), ("2", 2, "2"), ("3,4", 4, "3.4")]),
    ("5 2½ 3", "en", [("5", 0, "5"), ("2½", 2, "2.5"), ("3", 5, "3")]),
])
def test_numbers_inside_one_digit_run(
    text: str, lang: str, expected: list[tuple[str, int, str]]
) -> None:
    """A run of digits and separators read as several numbers: the inner ones take
    the short way (no sign, time, exponent or fraction next to them)."""
    got = [(f.text, f.start, str(f.value)) for f in factcheck.extract(text, lang)]
    assert got == expected
