"""``extract``: text in one language → the figures it states.

Stages run in a fixed order and each claims the spans it recognised, so that a
later stage never reports a figure inside them: invariant tokens (URLs, e-mail
addresses, phone numbers, codes such as COVID-19) first, then dates, times and
durations, then numbers, percentages, money, quantities and ordinals.
"""

from __future__ import annotations

import datetime as _dt
from operator import attrgetter
from typing import Final

from ._dates import dates_at_runs, keyword_scan
from ._gcpause import gc_paused
from ._locale import get_locale
from ._numbers import hedge_temporal, numbers_at_runs
from ._numwords import lower_text, number_words_and_keywords
from ._ratios import hedged_fractions, merge_ratios
from ._records import Figure
from ._spans import Spans
from ._tokens import DigitRuns, Token, tokens_and_runs

__all__ = ["extract", "extract_with_tokens"]

#: Token kinds that mask every later stage, dates included.
_ADDRESSES: Final = frozenset({"url", "email", "phone"})
_START: Final = attrgetter("start")
_END: Final = attrgetter("end")


def extract(
    text: str, lang: str, *, reference_date: _dt.date | None = None
) -> list[Figure]:
    """Every figure ``text`` states, in order of position.

    ``lang`` is a language code babel knows (``de``, ``fr``, ``en``, ``vi``,
    ``de-CH``, ...). ``reference_date`` resolves relative and partial dates.

    >>> [(f.kind, f.value, f.qualifier) for f in extract("über 5.000 Mitarbeiter", "de")]
    [('number', Decimal('5000'), 'over')]
    >>> [(f.kind, f.value) for f in extract("plus de 5 000 employés", "fr")]
    [('number', Decimal('5000'))]
    """
    return extract_with_tokens(text, lang, reference_date=reference_date)[0]


def extract_with_tokens(
    text: str, lang: str, *, reference_date: _dt.date | None = None
) -> tuple[list[Figure], list[Token]]:
    """:func:`extract`, and the invariant tokens it found on the way
    (:func:`factcheck._tokens.find_tokens` of ``text``): ``check`` needs both and
    need not tokenise each version twice.

    >>> figs, toks = extract_with_tokens("COVID-19: über 5.000 Fälle", "de")
    >>> [(f.kind, f.value) for f in figs], [(t.kind, t.text) for t in toks]
    ([('number', Decimal('5000'))], [('code', 'COVID-19')])
    """
    get_locale(lang)  # unknown codes fail here, with a clear message
    with gc_paused():
        tokens, runs = tokens_and_runs(text)
        return _extract(text, lang, reference_date, tokens, runs), tokens


def _extract(
    text: str,
    lang: str,
    reference_date: _dt.date | None,
    tokens: list[Token],
    runs: DigitRuns,
) -> list[Figure]:
    # ``runs``: the digit runs the tokens stage found; the dates and numbers stages
    # read their digit anchors off them (no scan of their own for digits), and share
    # one lower-case copy of the text
    # Addresses mask everything; codes mask numbers but yield to a date read at the
    # same place ("22.01.2016" looks like a dotted code but is a date).
    claimed = Spans([(t.start, t.end) for t in tokens if t.kind in _ADDRESSES])
    low = lower_text(text)
    # one pass finds the number words and the dates stage's keywords
    kw = keyword_scan(lang)
    words, keywords = number_words_and_keywords(text, low, lang, kw) if kw else (None, None)
    dates = dates_at_runs(text, lang, reference_date, claimed, runs, low, keywords)
    dates = hedge_temporal(text, lang, dates)
    for fig in dates:
        claimed.add(fig.start, fig.end)
    for tok in tokens:
        if tok.kind not in _ADDRESSES and not claimed.overlaps(tok.start, tok.end):
            claimed.add(tok.start, tok.end)
    numbers = merge_ratios(text, lang, numbers_at_runs(text, lang, claimed, runs, low, words))
    numbers = hedged_fractions(text, lang, numbers, claimed)
    # in order of (start, end): two stable sorts on one int each (no key tuple per figure)
    figs = sorted([*dates, *numbers], key=_END)
    figs.sort(key=_START)
    return figs
