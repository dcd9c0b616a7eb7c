"""Inputs the fuzzer (``bench/fuzz.py``, atheris) found, kept as regression tests.

Each case is an input that once made ``extract`` or ``check`` raise, hang, or
report a figure whose ``start``/``end`` did not slice the text to its
``text``. The fuzzer's raw artifact is reduced to a short literal here; the
comment says what went wrong and where.
"""

from __future__ import annotations

import datetime as _dt
import time

import pytest

import factcheck

#: (language, text) for ``extract``
EXTRACT_CASES: list[tuple[str, str]] = [
    # _numbers._digit_cores: a decimal separator glued before a grouped number
    # (",1.000") took the ",08" branch and built Decimal("0.1.000") → InvalidOperation.
    ("vi", ",1.000"),
    ("de", ",1.000"),
    ("fr", ",1 000"),
    ("en", ".1,000"),
    ("vi", ", G7, 15km, er23. ,1.00015km, vom4. h e, er23. \x01\x00\x00\x06k3 m4. hMio. enk3"),
    ("en", ".5,0\x00\u07c9"),
    ("en", ".7 5"),
    # _dates.on_month: "tháng" + two spaces (or a tab) + number → KeyError in the month table
    ("vi", "tháng  7"),
    ("vi", "tháng\t7"),
    ("vi", "  tháng  7. \ufffd=\x00knapp\x00\x004. \x00\x00Bis  4. ~\x00nd 1,2năm\x00 4. \x00,~"),
    ("en", "d 5\x03zwis 3 d 3 s 0$3 d 5 d7. 5 $vo\x00\x00,une quarantaine d 5d .7 5 $vo"),
    # _numbers._tidy: quantize() of a value with more digits than the context's
    # precision (28) → InvalidOperation, for any long number with a scale or a hedge.
    ("en", "33M " + "5" * 42 + "K5555555 b"),
    ("en", "5" * 40 + "K"),
    ("en", "33M " + "5" * 28 + "K5555555 b"),  # 28 digits × 1000: already past precision 28
    ("en", "5" * 40 + " million"),
    ("de", "5" * 40 + " Millionen"),
    ("de", "5" * 40 + " Mio. Euro"),
    ("fr", "5" * 40 + " milliards"),
    ("vi", "5" * 40 + " triệu"),
    ("en", "$" + "5" * 40 + "bn"),
    ("de", "5" * 40 + ",5 Mrd."),
    ("en", "about " + "5" * 40),
    ("de", "zwischen " + "5" * 40 + " und " + "5" * 41 + " Millionen"),
    ("en", "from 1 to " + "5" * 40 + " million"),
    ("de", "rund " + "9" * 5000 + " Milliarden Euro"),
]

#: (language, text, reference date) for ``extract`` — date arithmetic out of range
#: (OverflowError / ValueError in the relative-date resolver), found by hand around the fuzzer.
DATE_CASES: list[tuple[str, str, _dt.date]] = [
    ("de", "vor 999999999999 Jahren", _dt.date(2025, 3, 1)),
    ("en", "in 99999999999 days", _dt.date(2025, 3, 1)),
    ("en", "10000000000000000 years ago", _dt.date(2025, 3, 1)),
    ("de", "am 1. Mai 99999", _dt.date(9999, 12, 31)),
    ("de", "am 0. Mai 0", _dt.date(9999, 12, 31)),
    ("de", "vom 30. bis 2. Februar", _dt.date(9999, 12, 31)),
    ("de", "nächsten Montag", _dt.date(9999, 12, 31)),
    ("en", "Monday, 0/0/0000", _dt.date(9999, 12, 31)),
    ("de", "letzte Woche", _dt.date(1, 1, 1)),
    ("de", "am 1. Mai 99999", _dt.date(1, 1, 1)),
]

#: ({lang: text, ...}) for ``check``
CHECK_CASES: list[dict[str, str]] = [
    {"de": ",1.000 Menschen", "fr": ",1 000 personnes"},
    # check target, bench/fuzz.py: ".5 000" in English → the ",08"/".08" branch again
    {"fr": "Le 3\n mvd 5 km, vom 4. bis 23. Mai,", "en": "COVI .5 000em 3. Märttp://e,//."},
    # _align._value_key: Decimal.normalize() of a number of more than 999 999 digits
    # → decimal.Overflow (bench/hostile.py, huge_number at 10 MB).
    {"de": "7" * 1_000_100, "fr": "7" * 1_000_100},
]


def _sound(text: str, lang: str) -> None:
    for fig in factcheck.extract(text, lang):
        assert text[fig.start : fig.end] == fig.text, fig


@pytest.mark.parametrize(("lang", "text"), EXTRACT_CASES)
def test_extract_case(lang: str, text: str) -> None:
    t0 = time.process_time()
    _sound(text, lang)
    assert time.process_time() - t0 < 2.0


@pytest.mark.parametrize(("lang", "text", "reference"), DATE_CASES)
def test_date_case(lang: str, text: str, reference: _dt.date) -> None:
    for fig in factcheck.extract(text, lang, reference_date=reference):
        assert text[fig.start : fig.end] == fig.text, fig


@pytest.mark.parametrize("versions", CHECK_CASES)
def test_check_case(versions: dict[str, str]) -> None:
    check = getattr(factcheck, "check", None)
    if check is None:
        pytest.fail("factcheck.check is not there yet")
    check(versions)


def test_decimal_mark_before_a_vulgar_fraction() -> None:
    """",½ 0" in German: the mark is stripped, and what follows starts with no digit
    (it raised InvalidOperation)."""
    import factcheck

    figs = factcheck.extract(",½ 0", "de")
    assert all(f.text == ",½ 0"[f.start : f.end] for f in figs)
    assert [f.value for f in figs if f.text == "0"] in ([], [0])
