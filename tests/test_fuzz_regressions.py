"""Inputs the fuzzer (``bench/fuzz.py``, atheris) found, kept as regression tests.

Each case is an input that once made ``extract`` or ``check`` raise, hang, or
report a figure whose ``start``/``end`` did not slice the text to its
``text``. The fuzzer's raw artifact is reduced to a short literal here; the
comment says what went wrong and where.
"""

from __future__ import annotations

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
    # _numbers._tidy: quantize() of a value with more digits than the context's
    # precision (28) → InvalidOperation, for any long number with a scale or a hedge.
    ("en", "33M " + "5" * 42 + "K5555555 b"),
    ("en", "5" * 40 + "K"),
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

#: ({lang: text, ...}) for ``check``
CHECK_CASES: list[dict[str, str]] = [
    {"de": ",1.000 Menschen", "fr": ",1 000 personnes"},
]


def _sound(text: str, lang: str) -> None:
    for fig in factcheck.extract(text, lang):
        assert text[fig.start : fig.end] == fig.text, fig


@pytest.mark.parametrize(("lang", "text"), EXTRACT_CASES)
def test_extract_case(lang: str, text: str) -> None:
    t0 = time.process_time()
    _sound(text, lang)
    assert time.process_time() - t0 < 2.0


@pytest.mark.parametrize("versions", CHECK_CASES)
def test_check_case(versions: dict[str, str]) -> None:
    check = getattr(factcheck, "check", None)
    if check is None:
        pytest.fail("factcheck.check is not there yet")
    check(versions)
