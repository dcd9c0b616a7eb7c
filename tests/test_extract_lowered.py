"""``extract`` lower-cases the text once and hands it to the dates and numbers stages;
the public stage functions, called alone, lower-case it themselves. Both ways must
read the same figures at the same offsets, also when a character's lower case is
longer than the character ("İ" → "i̇")."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._dates import _lower, extract_dates, extract_dates_lowered
from factcheck._numwords import scan_number_words, scan_number_words_lowered

CASES = [
    ("de", "İZMİR: Zweihundert Gäste kamen am 3. Mai, dreimal so viele wie 2019."),
    ("en", "İSTANBUL: Two hundred and five guests came on May 3, a third of them by bus."),
    ("fr", "İZMİR : deux cent cinquante invités sont venus le 3 mai, vingt et un en car."),
    ("vi", "İZMİR: hai trăm linh năm khách đến vào ngày 3 tháng 5."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_stages_alone_and_inside_extract_agree(lang: str, text: str) -> None:
    low = _lower(text)
    assert len(low) == len(text)
    assert scan_number_words_lowered(text, low, lang) == scan_number_words(text, lang)
    assert extract_dates_lowered(text, low, lang, None, None) == extract_dates(text, lang)
    figs = extract(text, lang)
    assert figs
    for f in figs:
        assert text[f.start : f.end] == f.text


def test_a_run_is_read_whole_after_its_first_word() -> None:
    # the scan finds the first word of a run, then reads the rest of the run and goes
    # on after it: "twenty-first" is one ordinal, not "twenty" and "first"
    got = scan_number_words("the twenty-first of two hundred and five days", "en")
    assert [(w.text, str(w.value), w.ordinal) for w in got] == [
        ("twenty-first", "21", True),
        ("two hundred and five", "205", False),
    ]
