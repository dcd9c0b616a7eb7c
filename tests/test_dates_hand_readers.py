"""The date scanner's hand-written readers give what the patterns they replace give.

``_prev_word``/``_next_word``/``_prev_token`` read what ``_PREV_WORD``/``_NEXT_WORD``/
``_PREV_TOKEN`` match, ``_after_tokens``/``_before_token`` the tokens
``_AFTER_TOKENS``/``_BEFORE_TOKEN`` match around a number, ``_one_space`` finds what
``\\s\\s|[^\\S ]`` finds, and ``_unit_starts`` splits ``_unit_start`` by first
character: each must agree with the pattern everywhere. ``alpha_at``/``decimal_at``
are ``str.isalpha``/``str.isdecimal`` on every character.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck._dates import (
    _AFTER_TOKENS,
    _BEFORE_TOKEN,
    _NEXT_WORD,
    _PREV_TOKEN,
    _PREV_WORD,
    _after_tokens,
    _before_token,
    _next_word,
    _one_space,
    _prev_token,
    _prev_word,
    _unit_start,
    _unit_starts,
)
from factcheck._dates_grammar import alpha_at, decimal_at, grammar

# letters (some outside Latin-1), digits that are and are not decimal, spaces of
# several kinds, "_", dots and symbols
_ALPHABET = "ab.Éß ố_1²½٣\u00a0\u202f\t\n€$%-,'’(/"


def _after_by_pattern(text: str, after: int) -> list[str]:
    toks: list[str] = []
    for m in _AFTER_TOKENS.finditer(text, after, after + 40):
        if toks and m.start() > 0 and not text[m.start() - 1].isspace() and m.group(0)[0].isalpha():
            toks[-1] += m.group(0)
        else:
            toks.append(m.group(0))
        if len(toks) >= 3:
            break
    return toks


def _before_by_pattern(text: str, start: int) -> str | None:
    b = _BEFORE_TOKEN.search(text, max(0, start - 12), start)
    return None if b is None else b.group(0).strip()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.data())
def test_tokens_around(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    assert _after_tokens(text, pos) == _after_by_pattern(text, pos)
    if pos > 0:
        assert _before_token(text, pos) == _before_by_pattern(text, pos)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.data())
def test_words_around(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    a, b = _PREV_WORD.search(text, lo, hi), _prev_word(text, lo, hi)
    assert (a is None) == (b is None)
    if a is not None and b is not None:
        for i in (0, 1):
            assert (a.group(i), a.start(i), a.end(i)) == (b.group(i), b.start(i), b.end(i))
    a2, b2 = _PREV_TOKEN.search(text, lo, hi), _prev_token(text, lo, hi)
    assert (a2 is None) == (b2 is None)
    if a2 is not None and b2 is not None:
        for i in (0, 1):
            assert (a2.group(i), a2.start(i), a2.end(i)) == (b2.group(i), b2.start(i), b2.end(i))
    c, d = _NEXT_WORD.match(text, hi), _next_word(text, hi)
    assert (c is None) == (d is None)
    if c is not None and d is not None:
        for i in (0, 1):
            assert (c.group(i), c.start(i), c.end(i)) == (d.group(i), d.start(i), d.end(i))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=20))
def test_one_space(text: str) -> None:
    expected = " ".join(text.split()) if re.search(r"\s\s|[^\S ]", text) else text
    assert _one_space(text) == expected


@pytest.mark.parametrize("lang", ["de", "fr", "en", "vi"])
def test_unit_starts(lang: str) -> None:
    starts = _unit_starts(lang)
    assert starts is not None
    whole = _unit_start(lang)
    units = sorted(grammar(lang).units)
    text = " ".join(units) + " " + "".join(units) + " " + " ".join(u.upper() for u in units)
    for pos in range(len(text)):
        pat = starts.get(text[pos])
        a = whole.match(text, pos)
        b = pat.match(text, pos) if pat is not None else None
        assert (a and a.span()) == (b and b.span()), (lang, text[pos : pos + 20])


def test_alpha_decimal_at() -> None:
    chars = "".join(chr(o) for o in range(0x30000) if not 0xD800 <= o < 0xE000)
    for i, c in enumerate(chars):
        assert alpha_at(chars, i) == c.isalpha(), hex(ord(c))
        assert decimal_at(chars, i) == c.isdecimal(), hex(ord(c))
