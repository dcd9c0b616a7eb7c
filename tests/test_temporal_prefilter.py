"""The cheap test before a time, duration or date (:func:`_temporal_may_hedge`) never
turns away a figure whose hedge :func:`_temporal_hedge` would find: whenever it says
no, the last token before the figure is no hedge's last word, no determiner a hedge
reaches over, or too far."""

from __future__ import annotations

import random

import pytest

from factcheck._numbers import _tables, _temporal_may_hedge, _tokens_before

_PIECES = [
    *"ab .\u2019'_\n\u00a0\u202f\u200e1(«", "  ", "über ", "ca. ", "environ ", "about ",
    "khoảng ", "l'", "l\u2019", "gegen ", "vers ", "the ", "plus de ", "gần ", "\n ",
    "mehr als ", "at least ", "au moins ", "ít nhất ", "over the ", "Jahre",
]


@pytest.mark.parametrize("lang", ["de", "fr", "en", "vi"])
def test_temporal_prefilter_keeps_every_possible_hedge(lang: str) -> None:
    t = _tables(lang)
    rng = random.Random(3)
    for _ in range(1500):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        for pos in range(len(text) + 1):
            toks = _tokens_before(text, pos, t)
            if not toks or pos - toks[-1][2] > 2:
                continue
            last = toks[-1][0].casefold()
            if last in t.temporal_lasts or last.rstrip(".") in t.temporal_lasts:
                assert _temporal_may_hedge(text, pos, t), (text, pos)
