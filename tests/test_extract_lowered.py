"""``extract`` lower-cases the text once and hands it to the dates and numbers stages;
the public stage functions, called alone, lower-case it themselves. Both ways must
read the same figures at the same offsets, also when a character's lower case is
longer than the character ("İ" → "i̇")."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._dates import dates_at_runs, extract_dates
from factcheck._numwords import lower_text, number_words_in, scan_number_words
from factcheck._spans import Spans

CASES = [
    ("de", "İZMİR: Zweihundert Gäste kamen am 3. Mai, dreimal so viele wie 2019."),
    ("en", "İSTANBUL: Two hundred and five guests came on May 3, a third of them by bus."),
    ("fr", "İZMİR : deux cent cinquante invités sont venus le 3 mai, vingt et un en car."),
    ("vi", "İZMİR: hai trăm linh năm khách đến vào ngày 3 tháng 5."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_stages_alone_and_inside_extract_agree(lang: str, text: str) -> None:
    low = lower_text(text)
    assert len(low) == len(text)
    assert number_words_in(text, low, lang) == scan_number_words(text, lang)
    assert dates_at_runs(text, lang, None, Spans(), None, low) == extract_dates(text, lang)
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
