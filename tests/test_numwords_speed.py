"""Number words stay linear on hostile runs (digit ordinals inside long digit runs)."""

from __future__ import annotations

import time

import pytest

from factcheck._numwords import scan_number_words


def _cpu(text: str, lang: str) -> float:
    scan_number_words("1st 2e 3.", lang)  # tables built outside the timing
    t = time.process_time()
    scan_number_words(text, lang)
    return time.process_time() - t


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("7," * 20_000, "en"),  # was 7.6 s: every comma restarted a run scan
        ("7," * 20_000, "fr"),
        ("7" + ",000" * 10_000, "en"),
        ("iv," * 15_000, "en"),
    ],
)
def test_digit_runs_are_linear(text: str, lang: str) -> None:
    assert _cpu(text, lang) < 1.0


def test_german_line_start_rule() -> None:
    # the line-start test reads backwards over white space only: still a day before a
    # month name is an ordinal, a number ending a sentence is not
    def ords(text: str) -> list[str]:
        return [w.text for w in scan_number_words(text, "de") if w.ordinal]

    assert ords("Sie wurde am 3. Mai gewählt.") == ["3."]
    assert ords("Er kam auf Platz 4. Die anderen folgten.") == []
    assert ords("Kapitel\n  3. Liga") == ["3."]


def test_digit_ordinals_still_found() -> None:
    got = [(w.text, w.value) for w in scan_number_words("the 21st and the 1,000th", "en")]
    assert [t for t, _ in got] == ["21st", "1,000th"]
    assert [(w.text, w.ordinal) for w in scan_number_words("au 3e rang, 4,5e", "fr")] == [
        ("3e", True)
    ]
