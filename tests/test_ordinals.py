"""Ordinals in word and digit forms; the German "5." that ends a sentence is a cardinal."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from factcheck import extract
from factcheck._numwords import scan_number_words


def ordinals(text: str, lang: str) -> list[tuple[str, int]]:
    return [(n.text, int(n.value)) for n in scan_number_words(text, lang) if n.ordinal]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "der erste Platz", [("erste", 1)]),
        ("de", "am zweiten Tag", [("zweiten", 2)]),
        ("de", "der dritte Versuch", [("dritte", 3)]),
        ("de", "die siebte Runde", [("siebte", 7)]),
        ("de", "zum achten Mal", [("achten", 8)]),
        ("de", "die siebenundzwanzigste Sitzung", [("siebenundzwanzigste", 27)]),
        ("de", "das hundertste Jubiläum", [("hundertste", 100)]),
        ("de", "der einhunderttausendste Besucher", [("einhunderttausendste", 100000)]),
        ("fr", "le premier tour", [("premier", 1)]),
        ("fr", "la première fois", [("première", 1)]),
        ("fr", "le deuxième tour", [("deuxième", 2)]),
        ("fr", "la neuvième édition", [("neuvième", 9)]),
        ("fr", "le vingt et unième siècle", [("vingt et unième", 21)]),
        ("fr", "la quatre-vingtième", [("quatre-vingtième", 80)]),
        ("fr", "la seconde guerre", [("seconde", 2)]),
        ("en", "the first time", [("first", 1)]),
        ("en", "the second largest", [("second", 2)]),
        ("en", "the twenty-first century", [("twenty-first", 21)]),
        ("en", "her ninetieth birthday", [("ninetieth", 90)]),
        ("en", "a third term", [("third", 3)]),
        ("vi", "lần thứ hai", [("thứ hai", 2)]),
        ("vi", "hạng thứ nhất", [("thứ nhất", 1)]),
        ("vi", "lần đầu tiên", [("đầu tiên", 1)]),
        ("vi", "lần thứ tư", [("thứ tư", 4)]),
    ],
)
def test_word_ordinals(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert ordinals(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "the 21st century, 2nd place, the 3rd round and the 100th day",
            [("21st", 21), ("2nd", 2), ("3rd", 3), ("100th", 100)],
        ),
        (
            "fr",
            "le 1er janvier, la 1re fois, le 2e tour, la 3ème place",
            [("1er", 1), ("1re", 1), ("2e", 2), ("3ème", 3)],
        ),
        ("fr", "le XXIe siècle et la Ve République", [("XXIe", 21), ("Ve", 5)]),
        ("vi", "lần thứ 3", [("thứ 3", 3)]),
    ],
)
def test_digit_ordinals(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert ordinals(text, lang) == expected


def test_not_ordinals() -> None:
    assert ordinals("a second later, one second", "en") == []
    assert ordinals("une seconde plus tard", "fr") == []
    assert ordinals("thứ Hai tuần trước", "vi") == []  # a weekday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Verein belegt den 3. Platz.", [("3.", 3)]),
        ("Sie spielen in der 2. Liga.", [("2.", 2)]),
        ("Am 1. Oktober beginnt es.", [("1.", 1)]),
        ("Er kam am 5.", [("5.", 5)]),
        ("der 3. und 4. Platz", [("3.", 3), ("4.", 4)]),
        ("Inhalt:\n1. Einleitung\n2. Methoden", [("1.", 1), ("2.", 2)]),
        # a number that ends a sentence is a cardinal
        ("Verletzt wurden 5. Dann kam die Polizei.", []),
        ("Es waren 12. Die Polizei ermittelt.", []),
        ("Im Jahr waren es 2020.", []),
        ("Es kamen 5.\nDas war alles.", []),
        ("Die Zahl stieg auf 40. Im Mai sank sie.", []),
        # digits inside numbers and dates are not ordinals
        ("Es kostet 5.000 Euro.", []),
    ],
)
def test_german_digit_ordinal_or_sentence_end(text: str, expected: list[tuple[str, int]]) -> None:
    assert ordinals(text, "de") == expected


def test_ordinals_through_extract() -> None:
    figs = extract("Der Verein belegt den 3. Platz.", "de")
    assert [(f.kind, f.value) for f in figs] == [("ordinal", Decimal(3))]
    figs = extract("Verletzt wurden 5. Dann kam die Polizei.", "de")
    assert [(f.kind, f.value) for f in figs] == [("number", Decimal(5))]
    figs = extract("on the twenty-first floor", "en")
    assert [(f.kind, f.value) for f in figs] == [("ordinal", Decimal(21))]
    # the ordinal scanner reads "twenty-first" alone; extract() lets the dates stage
    # take the whole "twenty-first century" as the years 2000-2099
    figs = extract("the twenty-first century", "en")
    assert [(f.kind, f.text, f.value) for f in figs] == [
        ("date", "twenty-first century", "20XX")
    ]


@pytest.mark.parametrize("lang", ["de", "fr", "en", "vi"])
def test_corpus_invariants_and_timing(shared: Path, lang: str) -> None:
    """Over a whole news corpus: exact spans, text order, no overlap (timing printed)."""
    import re
    import time

    name = {"de": "deu", "fr": "fra", "en": "eng", "vi": "vie"}[lang]
    text = (shared / "corpus" / "ntrex128" / f"{name}.txt").read_text(encoding="utf-8")
    scan_number_words("eins", lang)  # build the tables and the pattern first
    t0 = time.process_time()
    found = scan_number_words(text, lang)
    took = time.process_time() - t0
    t0 = time.process_time()
    list(re.finditer(r"\d+", text))
    bare = time.process_time() - t0
    mb = len(text) / 1e6
    print(f"\n{lang}: {mb:.2f} MB, {len(found)} found, {took:.3f} s, bare \\d+ {bare:.3f} s")
    assert len(found) > 300
    end = -1
    for n in found:
        assert text[n.start : n.end] == n.text
        assert n.start >= end
        end = n.end
        assert isinstance(n.value, Decimal)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # "a second" before a noun is a rank, before a time word or alone a unit of time
        ("en", "The party won a second term in office.", [("second", 2)]),
        ("en", "Officials expect a second round of talks.", [("second", 2)]),
        ("en", "Please hold on a second.", []),
        ("en", "A second later the lights went out.", []),
        ("fr", "Les experts craignent une seconde vague.", [("seconde", 2)]),
        ("fr", "Patientez une seconde.", []),
    ],
)
def test_a_second_before_a_noun_is_a_rank(
    lang: str, text: str, want: list[tuple[str, int]]
) -> None:
    got = [(f.text, int(f.value)) for f in extract(text, lang) if f.kind == "ordinal"]
    assert got == want
