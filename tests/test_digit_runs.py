"""The digit runs found once by the tokens stage (and one lower-case copy of the text)
give the dates and numbers stages what their own scans of the text give (``extract``
reads their digit anchors off the runs; ``extract_dates`` and ``extract_numbers`` alone
scan for themselves)."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from factcheck._dates import dates_at_runs
from factcheck._numbers import numbers_at_runs
from factcheck._numwords import lower_text
from factcheck._records import Figure
from factcheck._spans import Spans
from factcheck._tokens import _RUN, _ascii_runs, _only_ascii_digits, tokens_and_runs

LANGS = ("de", "fr", "en", "vi")

#: Digits of other scripts (Arabic-Indic, Devanagari, full width), vulgar fractions,
#: signs, separators and words that start dates, times and quantities.
_PIECES = [
    "1", "2", "12", "2024", "05", "7", "123456789", "\u0663", "\u0967\u0968", "\uff12\uff10",
    "½", "¼", "\u2153", "¾", " ", " ", "\u00a0", ".", ",", ":", "/", "-", "–", "$", "€", "%",
    "h", "Uhr", "Mai", "mai", "May", "tháng", "năm", "heures", "hours", "Jahre", "ans",
    "Millionen", "millions", "triệu", "km", "am", "le", "vom", "bis", "\n", "(", "'",
]


def _texts(n: int) -> list[str]:
    rng = random.Random(4)
    out = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25))) for _ in range(n)]
    out += [
        "am 3. Mai 2024 um 9.30 Uhr, 2½ Stunden, 40.000 Menschen",
        "le 3 mai 2024 à 9 h 30, ½ heure, 40 000 personnes, \u0663 ans",
        "on May 3, 2024 at 9:30, 2 ½ hours, $40,000 and ¾ of it",
        "ngày 3 tháng 5 năm 2024 lúc 9 giờ 30, \uff12\uff10\uff12\uff14 năm",
    ]
    return out


def _rows(figs: list[Figure]) -> list[tuple[object, ...]]:
    return [dataclasses.astuple(f) for f in figs]


def test_other_digit_check_finds_every_decimal_digit() -> None:
    digit = re.compile(r"\d")
    for cp in range(0x110000):
        ch = chr(cp)
        other = digit.match(ch) is not None and not "0" <= ch <= "9"
        assert _only_ascii_digits(ch) is not other, hex(cp)
        assert _only_ascii_digits(f"a\u00e9{ch}\u1ea0") is not other, hex(cp)


def test_ascii_runs_dense_and_sparse() -> None:
    rng = random.Random(5)
    texts = ["", "7", "a", "12a3", "1" * 50, "a1" * 30, "\u0663 12 \u20ac 3\u20304"]
    texts += [
        "".join(rng.choice("0123456789 a\u00e9\u2030.") for _ in range(rng.randint(1, 80)))
        for _ in range(2000)
    ]
    for text in texts:
        assert _ascii_runs(text) == [m.span() for m in _RUN.finditer(text)], text


@pytest.mark.parametrize("lang", LANGS)
def test_stages_read_the_same_anchors_off_the_runs(lang: str) -> None:
    for text in _texts(400):
        toks, runs = tokens_and_runs(text)
        assert runs.spans == [m.span() for m in _RUN.finditer(text)], text
        assert runs.only_ascii == (
            [m.span() for m in re.finditer(r"\d+", text)] == runs.spans
        ), text
        claimed = Spans([(t.start, t.end) for t in toks])
        low = lower_text(text)
        assert _rows(dates_at_runs(text, lang, None, claimed, runs, low)) == _rows(
            dates_at_runs(text, lang, None, claimed, None, None)
        ), text
        assert _rows(numbers_at_runs(text, lang, claimed, runs, low)) == _rows(
            numbers_at_runs(text, lang, claimed, None, None)
        ), text
