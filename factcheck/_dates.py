"""Dates, times and durations: :func:`extract_dates` and :func:`find_reference_date`.

Values are TIMEX3 strings, as Recognizers-Text writes them:

* dates ``2025-10-25``, ``2025-10``, ``2025``, partial ``XXXX-10-25``, ``XXXX-10``,
  weekdays ``XXXX-WXX-1`` (1 = Monday), decades ``199X``, ISO weeks ``2025-W44``;
  ranges keep the start in ``value`` and the end in ``value_end`` (qualifier
  ``between``, flag ``range``); a season "2024/25" is the range 2024–2025 with the
  flag ``season``;
* times ``T15:00``;
* durations ``P3Y``, ``P2W``, ``P1.5M``, ``PT3H``; ``unit`` is the TIMEX unit letter
  (``Y``, ``Q``, ``M``, ``W``, ``D``, ``H``, ``MIN``, ``S``, ``DE``, ``CE``) and
  ``low`` = ``high`` = the amount;
* relative dates without a reference date stay symbolic, identical across
  languages: ``REF+P0D`` (today), ``REF-P1D`` (yesterday), ``REF+P1W`` (the
  calendar week after the reference: "nächste Woche", "la semaine prochaine",
  "next week", "tuần tới"), ``REF-P1M``, ``REF+P0Y`` (this year); a point in time
  counted from the reference ("in drei Wochen", "il y a deux ans", "2 years ago")
  gets the suffix ``@D``: ``REF+P3W@D``, ``REF-P2Y@D``. With a reference date they
  resolve to absolute values (``2025-W44``, ``2025-11-15``); partial dates take
  the year nearest to the reference.

>>> [(f.kind, f.value) for f in extract_dates("am 25. Oktober 2025", "de")]
[('date', '2025-10-25')]
>>> [(f.kind, f.value) for f in extract_dates("le 25 octobre 2025", "fr")]
[('date', '2025-10-25')]
>>> [f.value for f in extract_dates("nächste Woche", "de")]
['REF+P1W']
>>> [f.value for f in extract_dates("la semaine prochaine", "fr",
...                                  reference_date=_dt.date(2025, 10, 25))]
['2025-W44']
>>> [(f.kind, f.value) for f in extract_dates("ngày 25 tháng 10 năm 2025 lúc 15:00", "vi")]
[('date', '2025-10-25'), ('time', 'T15:00')]
"""

from __future__ import annotations

import calendar
import datetime as _dt
import importlib
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, Final

import regex

from ._dates_grammar import (
    PERIOD_UNITS,
    Grammar,
    alpha_at,
    back_tails,
    dispatch,
    grammar,
    last_tails,
    letter_at,
)
from ._diskcache import persistent
from ._lexicon import lexicon
from ._numwords import (
    KeywordScan,
    is_number_word,
    lower_text,
    restricted_words,
    scan_number_words,
)
from ._numwords import keyword_scan as _keyword_scan_for
from ._records import Figure
from ._spans import Spans
from ._tokens import DigitRuns

__all__ = ["dates_at_runs", "extract_dates", "find_reference_date", "resolve"]

_BACK: Final = 40
_DIGITS: Final = regex.compile(r"\d+")
_WORD: Final = re.compile(r"[^\W\d_]+")
_AFTER_DIGIT: Final = frozenset(".,:/-–—~‒'’")
#: characters before a word that the keyword search treats as spaces
_WORD_SEPARATORS: Final = (
    "\n",
    "\t",
    "\r",
    "\u00a0",
    "\u202f",
    "(",
    "[",
    '"',
    "'",
    "’",
    "“",
    "„",
    "«",
    "‘",
    "/",
    "-",
    "–",
    "—",
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    "*",
    "_",
    "#",
)
_NUMBER: Final = re.compile(r"\d+[.,]\d+([.,/]\d+)?\.?")
_YEAR_AFTER: Final = re.compile(r"\s*,?\s*((?:1[5-9]|20|21)\d\d)(?!\d)")
_VULGAR: Final = {"½": "0.5", "¼": "0.25", "¾": "0.75"}
_DAY_SUFFIXED: Final = re.compile(r"(\d{1,2})([^\W\d_]+)")
#: the next word (read by hand by _next_word: the pattern is its specification)
_NEXT_WORD: Final = re.compile(r"[\s\u00a0\u202f]+([^\W_]+)")
_QUARTER_YEAR: Final = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,5}\s+){0,2}((?:19|20)\d\d)(?!\d)")
_GAP: Final = frozenset(" \u00a0\u202f-")


_PREV_WORDS: Final = re.compile(r"((?:[^\W\d_]+[\s\u00a0\u202f-]+)?([^\W\d_]+))[\s\u00a0\u202f-]+$")
#: the word (token) before a position, searched in a window that ends there: possessive,
#: so that a word that does not end the window fails at once (same matches); read by
#: hand by _prev_word (the pattern is its specification)
_PREV_WORD: Final = re.compile(r"([^\W\d_]++)[\s\u00a0\u202f-]++$")
#: the token before (read by hand by _prev_token: the pattern is its specification)
_PREV_TOKEN: Final = re.compile(r"(\S++)[\s\u00a0\u202f]++$")
#: after "the 17th and": a second ordinal in digits and the lower-case word after it
_DAY_ONLY_NEXT: Final = re.compile(r"[ \u00a0]+(\d{1,3})[^\W\d_]{0,3}\.?(?:[ \u00a0]+([a-zà-ỹ]+))?")
#: the low end of a range before a duration joined by a dash: "3-5 years", "2–3 Wochen"
_DASH_LOW: Final = re.compile(r"(\d+(?:[.,]\d+)?)[ \u00a0]*[-–—][ \u00a0]*$")
#: the high end of a dash range of durations: "5 years" in "3-5 years" (a unit word of
#: any language after the digits; the merge pass checks it)
_DASH_RANGE_END: Final = re.compile(r"\d{1,3}[ \u00a0]+([^\W\d_]+)")
#: a duration of one amount and one unit: "P5Y", "PT15M", "PT2.5H"
_SIMPLE_DURATION: Final = re.compile(r"P(T?)(\d+(?:\.\d+)?)([A-Z]+)$")
#: a date counted from the reference in whole calendar units: "REF-P3D@D", "REF+P2W@D"
_REL_COUNT: Final = re.compile(r"REF[+-]P(\d+)([DWMY])@D$")
#: a run of characters between white space
_TOKEN_RUN: Final = re.compile(r"[^\s\u00a0\u202f]+")
_PLAIN_AMOUNT: Final = re.compile(r"\d+(?:[.,]\d+)?")
#: the word after a position, with an elided article's apostrophe ("de", "d'")
_WORD_OF: Final = re.compile(r"[ \u00a0]+([^\W\d_]+['’]?)")
_SYMBOLIC: Final = re.compile(
    r"^REF([+-])P(\d+(?:\.\d+)?)(DE|BD|Y|Q|M|WE|W|D)(@D)?"
    r"(\+1D|-WD[1-7]|-FY|-SY|-SP|-SU|-FA|-WI|-Q[1-4]|-\d\d(?:-\d\d)?|-W0[1-5]|-W[0-5]\d|-E[+-]\d+)?$"
)
#: the nearest month of that number before (``REF-M03``) or after (``REF+M03``) the
#: reference, with an optional day: "last March", "le 3 mars dernier", "next May"
_NEAREST_MONTH: Final = re.compile(r"^REF([+-])M(\d\d)(-\d\d)?$")
_CENTURY_BEFORE: Final = re.compile(
    r"(?<![\w.])(?:(\d{1,2})(?:[^\W\d_]{1,3}|\.)?|([IVXL]{1,6})(?:e|er|ème|eme)?)"
    r"(?:[\s\u00a0\u202f]+|(?<=[^\W\d_])-)$"
)
_CENTURY_AFTER: Final = re.compile(r"[\s\u00a0\u202f]+(?:(\d{1,2})|([IVXL]{1,6}))(?![\w.,]\w)")
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(s: str) -> int | None:
    """A small Roman numeral ("XXI" → 21); None when malformed.

    >>> _roman("XXI"), _roman("XIX"), _roman("IIII")
    (21, 19, None)
    """
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    if not s or _to_roman(total) != s:
        return None
    return total


def _to_roman(n: int) -> str:
    out = []
    for v, sym in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:\n][\"„“”«»'’]?[ \u00a0]*|\n[\"„“”«»]?)$")
_WD_JOIN: Final = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:den|der)[ \u00a0]+)?")
_SPACED_DOT: Final = re.compile(r"\d\.[ \u00a0]\d")
_ENUM_BEFORE: Final = re.compile(r"\d\.[ \u00a0]*$")
_ENUM_AFTER: Final = re.compile(r"[ \u00a0]*\d{1,2}\.(?!\d)")
#: Three short numbers with a dot each: an enumeration ("1. 2. 3."), where no date
#: starts (a date has at most two such parts and then a year or a month name)
_ENUM_RUN: Final = re.compile(r"\d\d?\.[ \u00a0]\d\d?\.[ \u00a0]\d\d?\.(?!\d)")
_YY_AFTER: Final = re.compile(
    r"[ \u00a0]+([^\W\d_]{1,3}[ \u00a0]+)?['’]?([5-9]\d)(?![\d.,:/-]?\d)(?![ \u00a0]*[^\W\d_])"
)
_WD_DAY: Final = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:den|der)[ \u00a0]+(\d{1,2})\.(?![ \u00a0]*\d)"
)
_ORD_DIGITS: Final = re.compile(r"(\d{1,2})\.(?!\d)")
_ORD_SEP: Final = re.compile(r"[ \u00a0]*/?[ \u00a0]*")
_REL_WEEK: Final = re.compile(r"^REF[+-]P\d+W$")
_REL_DAY: Final = re.compile(r"^REF[+-]P\d+D$")
# a bare hour before a range connector: the "1" of "between 1 and 3 p.m."
_BARE_HOUR: Final = re.compile(r"(?<![\w.,:/])([01]?\d|2[0-4])(?:[:.]([0-5]\d))?(?=[^\w.,:/]|$)")
_TIME_MARKER: Final = re.compile(r"^\d{1,2}(?:\s*[:.]\s*[0-5]\d)?\s*(.*)$", re.S)
_OFFSET: Final = re.compile(r"^(.+?)([+-])P(\d+)([YMWD])$")
_REL_YEAR: Final = re.compile(r"^REF([+-])P(\d+)Y$")
_REL_MONTH: Final = re.compile(r"^REF([+-])P(\d+)M$")
_REL_MONTH_NTH: Final = re.compile(r"^(REF[+-]P\d+M)-WXX-([1-7])-#(-?[1-5])$")
_YEAR_OF: Final = re.compile(r"^XXXX-(?:\d\d(?:-\d\d)?|Q[1-4]|SP|SU|FA|WI)$")
_MONTH_GAP: Final = re.compile(
    r"[\s\u00a0\u202f,]+(?:[^\W\d_]{1,3}(?:[\s\u00a0\u202f]+|['’])){0,2}$"
)
#: quarters and seasons: parts of a year that a relative year can own
_ISO_WEEK: Final = re.compile(r"W(?:0[1-9]|[1-4]\d|5[0-3])$")
_YEAR_PARTS: Final = frozenset(("Q1", "Q2", "Q3", "Q4", "SP", "SU", "FA", "WI"))
_CLAUSE_END: Final = re.compile(r"[ \u00a0\u202f]*(?:[.,;:!?)]|$)")
_PARTIAL: Final = re.compile(r"^XXXX-\d\d(?:-\d\d)?$")
_FRONT_DATE: Final = re.compile(r"^date:\s*[\"']?(\d{4})-(\d{2})-(\d{2})", re.M)
#: a month, of a year or of no year ("2025-05", "XXXX-05")
_MONTH_OF: Final = re.compile(r"(?:\d{4}|XXXX)-(?:0[1-9]|1[0-2])")
_FULL: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_REL_LATER: Final = re.compile(r"^REF([+-])P(\d+)([YMWD])@D$")
_YEAR_NEXT: Final = re.compile(r"[ \u00a0\u202f]+(?:1[5-9]|20|21)\d\d(?!\d)")
_WORD_AFTER: Final = re.compile(r"[ \u00a0\u202f]*[\w-]")
_DAY_VALUE: Final = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")


@cache
def _number_parser() -> Callable[[str, str], Decimal | None] | None:
    try:
        mod = importlib.import_module("factcheck._numwords")
    except ImportError:
        return None
    fn = getattr(mod, "parse_number_words", None)
    return fn if callable(fn) else None


def _number_words(phrase: str, lang: str) -> Decimal | None:
    fn = _number_parser()
    if fn is None:
        return None
    try:
        value = fn(phrase, lang)
    except Exception:  # a lexicon bug elsewhere must not break dates
        return None
    return value if isinstance(value, Decimal) else None


@cache
def _number_scanner() -> Callable[[str, str], list[Any]] | None:
    try:
        mod = importlib.import_module("factcheck._numwords")
    except ImportError:
        return None
    fn = getattr(mod, "scan_number_words", None)
    return fn if callable(fn) else None


_LAST_WORDS: Final = re.compile(r"((?:[^\W\d_]+[\s\u00a0\u202f-]+)?([^\W\d_]+))$")


def _hour_in_period(h: int, period: str, g: Grammar) -> int:
    """The hour ``h`` of a clock in the CLDR day period ``period`` (``g.day_periods``):
    after noon in the afternoon and the evening, at night from 6 on ("5 chiều" = 17,
    "11 Uhr nachts" = 23, "2 giờ đêm" = 2)."""
    half = g.day_periods.get(" ".join(period.replace("\u2019", "'").split()))
    if (half == "pm" and h < 12) or (half == "night" and 6 <= h < 12):
        return h + 12
    return h


class _Word:
    """A word read by :func:`_prev_word` or :func:`_next_word`: what their pattern's
    match gives (``group``, ``start``, ``end`` of the whole, 0, or of the word, 1)."""

    __slots__ = ("_end", "_start", "_text", "_wend", "_wstart")

    def __init__(self, text: str, start: int, end: int, wstart: int, wend: int) -> None:
        self._text = text
        self._start = start
        self._end = end
        self._wstart = wstart
        self._wend = wend

    def group(self, i: int = 0) -> str:
        if i:
            return self._text[self._wstart : self._wend]
        return self._text[self._start : self._end]

    def start(self, i: int = 0) -> int:
        return self._wstart if i else self._start

    def end(self, i: int = 0) -> int:
        return self._wend if i else self._end


def _starts_period(low: str, at: int, periods: Mapping[str, str]) -> bool:
    """Whether an AM/PM name ("p.m.", "pm") starts after spaces at ``at``: "the 3rd at
    2 p.m." is a day and a time."""
    rest = low[at : at + 12].lstrip(" \u00a0\u202f")
    return any(
        rest.startswith(p) and not rest[len(p) : len(p) + 1].isalpha() for p in periods
    )


def _prev_word(text: str, lo: int, hi: int) -> _Word | None:
    """``_PREV_WORD.search(text, lo, hi)`` read by hand: the letters (``[^\\W\\d_]``:
    alphanumeric, no decimal digit) before the spaces and dashes that end the window
    (at least one)."""
    j = hi
    while j > lo and (text[j - 1].isspace() or text[j - 1] == "-"):
        j -= 1
    if j == hi:
        return None
    k = j
    while k > lo and letter_at(text, k - 1):
        k -= 1
    if k == j:
        return None
    return _Word(text, k, hi, k, j)


def _prev_token(text: str, lo: int, hi: int) -> _Word | None:
    """``_PREV_TOKEN.search(text, lo, hi)`` read by hand: the characters other than
    spaces before the spaces that end the window (at least one)."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == hi:
        return None
    k = j
    while k > lo and not text[k - 1].isspace():
        k -= 1
    if k == j:
        return None
    return _Word(text, k, hi, k, j)


def _next_word(text: str, pos: int) -> _Word | None:
    """``_NEXT_WORD.match(text, pos)`` read by hand: spaces (at least one), then the
    alphanumeric characters after them (at least one)."""
    n = len(text)
    e = pos
    while e < n and text[e].isspace():
        e += 1
    if e == pos:
        return None
    w = e
    while w < n and text[w].isalnum():
        w += 1
    if w == e:
        return None
    return _Word(text, pos, w, e, w)


def _counts_here(text: str, pos: int, lang: str) -> bool:
    """Whether the number scanner reads a number word starting at ``pos``."""
    scan = _number_scanner()
    if scan is None:
        return False
    try:
        return any(wn.start == 0 for wn in scan(text[pos : pos + 40], lang))
    except Exception:
        return False


@cache
def _unit_start(lang: str) -> Any:
    g = grammar(lang)
    words = sorted(g.units, key=lambda w: (-len(w), w))
    return regex.compile("(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\w)")


class _UnitStarts:
    """``_unit_start`` split by the words' first character: the pattern of the words
    that start with it, in the same order (a word only matches where the text has
    its first character, so the first word that matches is the same). Each part is
    compiled when first asked for: the ``regex`` module compiles anew in every
    process, and all parts at once took 8 ms at the first ``extract`` of a language."""

    def __init__(self, words: dict[str, list[str]]) -> None:
        self.words = words
        self.compiled: dict[str, Any] = {}

    def get(self, c: str) -> Any:
        pat = self.compiled.get(c)
        if pat is None:
            ws = self.words.get(c)
            if ws is None:
                return None
            pat = self.compiled[c] = regex.compile(
                "(?:" + "|".join(regex.escape(w) for w in ws) + r")(?!\w)"
            )
        return pat


@cache
def _unit_starts(lang: str) -> _UnitStarts | None:
    """:class:`_UnitStarts` of ``lang``; None if a unit word is empty."""
    g = grammar(lang)
    words = sorted(g.units, key=lambda w: (-len(w), w))
    if "" in words:
        return None
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
    return _UnitStarts(by_first)


@cache
def _kinds(lang: str) -> tuple[str, ...]:
    g = grammar(lang)
    names = [*g.main.groupindex, *g.main_word.groupindex]
    return tuple(dict.fromkeys(n.split("__")[0] for n in names if n.startswith("A_")))


@cache
def _count_endings(lang: str) -> tuple[str, ...]:
    dates = lexicon(lang).get("dates", {})
    endings = dates.get("year_count_endings", []) if isinstance(dates, dict) else []
    return tuple(str(e) for e in endings)


@cache
def _count_not(lang: str) -> frozenset[str]:
    """Words with a count ending that are no plural noun ("2019 was", "2020 has")."""
    dates = lexicon(lang).get("dates", {})
    words = dates.get("year_count_not", []) if isinstance(dates, dict) else []
    return frozenset(str(w) for w in words)


@cache
def _capital_nouns(lang: str) -> bool:
    dates = lexicon(lang).get("dates", {})
    return bool(isinstance(dates, dict) and dates.get("capitalized_nouns", False))


#: the tokens after and before a number that _amount_around reads (by hand:
#: _after_tokens, _before_token; the patterns are their specification)
_AFTER_TOKENS: Final = re.compile(r"[^\W\d_]+\.?|[^\w\s]")
_BEFORE_TOKEN: Final = re.compile(r"(?:[^\W\d_]++|[^\w\s])[\s\u00a0\u202f]*+$")


@persistent("dates-amounts")
def _amount_keys(lang: str) -> tuple[frozenset[str], ...]:
    """Amount names of ``lang`` as key sets: CLDR currency, unit and percent names and
    symbols (babel via ``_cldr``) and the numbers stage's lexicon additions ("francs",
    "pour cent"). Returns (exact, case-folded, first tokens case-folded, currency
    exact, currency case-folded); kept on disk like the grammar."""
    from ._cldr import PhraseTable, currencies, percent_words, units

    extra = PhraseTable()
    lex = lexicon(lang)
    for section, key in (("currencies", "names"), ("units", "names"), ("units", "percent")):
        val = lex.get(section, {})
        val = val.get(key, {}) if isinstance(val, dict) else {}
        for word in val:
            extra.add(str(word), "x")
    cur = currencies(lang)
    tables = (cur, units(lang), percent_words(lang), extra)
    exact: set[str] = set()
    folded: set[str] = set()
    firsts: set[str] = set()
    for t in tables:
        exact.update(t.exact)
        folded.update(t.folded)
        firsts |= t.firsts
    return (
        frozenset(exact),
        frozenset(folded),
        frozenset(firsts),
        frozenset(cur.exact),
        frozenset(cur.folded),
    )


@cache
def _currency_signs(lang: str) -> frozenset[str]:
    """One-character currency symbols ("$", "€", "₫") of ``lang`` and English (CLDR)."""
    exact = _amount_keys(lang)[3]
    return frozenset(k for k in exact if len(k) == 1 and not k.isalnum())


def _has_key(key: str, exact: frozenset[str], folded: frozenset[str]) -> bool:
    return key in exact or key.casefold() in folded


@cache
def _day_periods(lang: str) -> frozenset[str]:
    """CLDR day-period names of ``lang``, lower-cased ("morning", "night", "soir")."""
    from babel.dates import get_period_names

    from ._locale import get_locale

    loc = str(get_locale(lang))
    out: set[str] = set()
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for key, name in get_period_names(width, ctx, loc).items():
                if key not in ("am", "pm") and str(name).isalpha():
                    out.add(str(name).lower())
    return frozenset(out)


@cache
def _not_amount_words(lang: str) -> frozenset[str]:
    """Short words after a year that are no unit although CLDR has a unit so written
    (en "in" = inch): the date lexicon's own context words and the numbers stage's
    ``[units] exclude``."""
    lex = lexicon(lang)
    dates = lex.get("dates", {}) if isinstance(lex.get("dates"), dict) else {}
    out: set[str] = set()
    for key in ("year_markers", "month_context", "range_connectors", "between_connectors",
                "day_only_after", "time_before"):
        val = dates.get(key, [])
        if isinstance(val, list):
            out.update(str(v).lower() for v in val)
    units_sec = lex.get("units", {})
    if isinstance(units_sec, dict) and isinstance(units_sec.get("exclude"), list):
        out.update(str(v).lower() for v in units_sec["exclude"])
    return frozenset(out)


@cache
def _collectives(lang: str) -> tuple[str, ...]:
    """The numbers stage's collectives of ``lang`` ("thousands", "hàng triệu"),
    lower-cased, longest first."""
    coll = lexicon(lang).get("collectives", {})
    names = {str(k).lower() for k in coll} if isinstance(coll, dict) else set()
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@cache
def _scale_of(lang: str) -> frozenset[str]:
    """Words between a scale word or collective and the unit after it (``[scales] of``:
    "thousands of tonnes", "des millions de barils")."""
    scales = lexicon(lang).get("scales", {})
    words = scales.get("of", []) if isinstance(scales, dict) else []
    return frozenset(str(w).lower() for w in words) if isinstance(words, list) else frozenset()


@cache
def _long_scales(lang: str) -> frozenset[str]:
    """CLDR's long scale words of ``lang`` ("millones", "miljoen"), case-folded: a
    four-digit number before one is an amount ("de 2000 millones"), no year."""
    from ._cldr import scale_words

    return frozenset(scale_words(lang)["long"].folded)


@cache
def _count_nouns(lang: str) -> frozenset[str]:
    """Counted nouns of the ``[nouns]`` lexicon section ("people", "Teilnehmer")."""
    nouns = lexicon(lang).get("nouns", {})
    out: set[str] = set()
    if isinstance(nouns, dict):
        for words in nouns.values():
            if isinstance(words, list):
                out.update(str(w).lower() for w in words)
    return frozenset(out)


def _after_tokens(text: str, after: int) -> list[str]:
    r"""The first three tokens of ``_AFTER_TOKENS`` in ``text[after:after + 40]``, a
    token glued to the one before it when it starts with a letter; read by hand, no
    match objects (``[^\W\d_]`` is alphanumeric and no decimal digit, ``[^\w\s]``
    neither alphanumeric nor "_" nor a space)."""
    toks: list[str] = []
    stop = min(len(text), after + 40)
    p = after
    while p < stop:
        c = text[p]
        if letter_at(text, p):
            q = p + 1
            while q < stop and letter_at(text, q):
                q += 1
            if q < stop and text[q] == ".":
                q += 1
        elif not c.isalnum() and c != "_" and not c.isspace():
            q = p + 1
        else:
            p += 1
            continue
        tok = text[p:q]
        if toks and p > 0 and not text[p - 1].isspace() and tok[0].isalpha():
            toks[-1] += tok
        else:
            toks.append(tok)
        if len(toks) >= 3:
            break
        p = q
    return toks


def _before_token(text: str, start: int) -> str | None:
    """What ``_BEFORE_TOKEN`` matches in ``text[start - 12:start]``, without the spaces
    after it: the letters or the one other character before the spaces that end the
    window; read by hand."""
    lo = max(0, start - 12)
    j = start
    while j > lo and text[j - 1].isspace():  # (no-break spaces included)
        j -= 1
    if j == lo:
        return None
    c = text[j - 1]
    if letter_at(text, j - 1):
        i = j - 1
        while i > lo and letter_at(text, i - 1):
            i -= 1
        return text[i:j]
    if not c.isalnum() and c != "_" and not c.isspace():
        return text[j - 1 : j]
    return None


def _amount_around(text: str, start: int, after: int, lang: str) -> bool:
    """Whether the number at ``start`` is an amount: a currency, unit or percent name
    or symbol (CLDR) right after it (``after`` = first non-space position) or a
    currency symbol/code right before it, or a counted noun after it.

    >>> _amount_around("1015 francs", 0, 5, "fr"), _amount_around("1000 EUR", 0, 5, "de")
    (True, True)
    >>> _amount_around("2015 km", 0, 5, "de"), _amount_around("1990 people", 0, 5, "en")
    (True, True)
    >>> _amount_around("€ 1990", 2, 6, "de"), _amount_around("1997 wurde", 0, 5, "de")
    (True, False)
    """
    exact, folded, firsts, cur_exact, _cur_folded = _amount_keys(lang)
    toks = _after_tokens(text, after)
    glued = after + len(toks[0]) if toks else 0
    if toks and glued < len(text) and text[glued].isdigit():
        toks = []  # "2019 H2", "2020 Q3": a code, no unit
    if toks:
        first = toks[0].lower().rstrip(".")
        if first in _count_nouns(lang):
            return True
        if toks[0].casefold().rstrip(".") not in firsts:
            toks = []
        if len(toks) == 1 or first in _not_amount_words(lang):
            toks = toks[:1] if first not in _not_amount_words(lang) else []
        for k in range(len(toks), 0, -1):
            key = " ".join(toks[:k])
            if _has_key(key, exact, folded) or _has_key(key.rstrip("."), exact, folded):
                return True
    if start > 0:
        word = _before_token(text, start)
        if word is not None and word in cur_exact:
            return True  # a symbol or code ("€ 1990"), not a name ("des Euro 1999")
    return False


def _half_tails(halves: dict[str, int]) -> list[tuple[str, str, int]]:
    """The keys of ``halves`` of two words whose second one is the tail of a compound
    ("zweiten hälfte" of "Aprilhälfte"): ``(first word, tail, half)``, in their order."""
    out: list[tuple[str, str, int]] = []
    for key, half in halves.items():
        first, _, tail = key.partition(" ")
        if tail and " " not in tail:
            out.append((first, tail, half))
    return out


def _lower_phrase(surface: str) -> bool:
    """A name of several words written all in lower case, where the locale capitalises
    it: vi "thứ hai" is "second", "thứ Hai" Monday. One-word names count in any case
    ("monday", "samstag"); words that are also common words are in ``ambiguous_months``.

    >>> _lower_phrase("thứ hai"), _lower_phrase("thứ Hai"), _lower_phrase("monday")
    (True, False, False)
    """
    return surface.islower() and any(c.isspace() for c in surface)


@cache
def _unit_words(lang: str) -> dict[str, Decimal]:
    """The lexicon's number words below ten (``[numbers] units``), lower-cased."""
    num = lexicon(lang).get("numbers", {})
    units = num.get("units", {}) if isinstance(num, dict) else {}
    return {str(k).lower(): Decimal(str(v)) for k, v in units.items()} if isinstance(
        units, dict
    ) else {}


def _fmt_amount(n: Decimal) -> str:
    s = format(n.normalize(), "f")
    return s


def _date_value(y: int | None, m: int | None, d: int | None) -> str | None:
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None:
        # a day the month lacks ("30/2", "29.2.2019", "31 April") is still written as
        # a date: kept with its impossible value, so that a version that corrects or
        # introduces it shows (never a day past 31)
        if m is None or not 1 <= d <= 31:
            return None
    ys = f"{y:04d}" if y is not None else "XXXX"
    if m is None:
        return ys
    if d is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


#: alternative group name → its kind: "A_date__3" → "A_date"
_KIND_OF: Final[dict[str, str]] = {}

#: per language: id of a look-behind pattern → (pattern, how its phrases may end:
#: ``last_tails``, the last characters of those endings)
_TAILS_BY_LANG: Final[
    dict[
        str,
        dict[int, tuple[Any, tuple[tuple[int, frozenset[str]], ...] | None, frozenset[str]]],
    ]
] = {}


def _back_gap(low: str, lo: int, i: int) -> int:
    """The start of the spaces and dashes that end ``low[lo:i]``."""
    while i > lo and low[i - 1] in " \u00a0\u202f-":
        i -= 1
    return i


def _back_word(low: str, lo: int, i: int) -> int:
    """The start of the letters that end ``low[lo:i]``."""
    while i > lo and alpha_at(low, i - 1):
        i -= 1
    return i


class _Scan:
    """One extraction pass over one text."""

    def __init__(
        self,
        text: str,
        lang: str,
        claimed: Spans,
        runs: DigitRuns | None = None,
        low: str | None = None,
        keywords: list[tuple[int, str]] | None = None,
    ) -> None:
        self.text = text
        #: the keyword starts, if the number-word scan found them
        #: (:func:`factcheck._numwords.number_words_and_keywords`); else ``anchors``
        #: searches them
        self.keywords = keywords
        #: the text's digit runs, if they are all its runs of ``\d`` (``anchors``
        #: reads the digit anchors off them instead of scanning the text)
        self.runs = runs if runs is not None and runs.only_ascii else None
        self.low = low if low is not None else lower_text(text)
        self.lang = lang
        self.g: Grammar = grammar(lang)
        self.claimed = claimed
        self.not_dates_len = max((len(w) for w in self.g.not_dates), default=0)
        self.handlers = _handlers(lang)
        self.main = dispatch(lang, "main")
        self.last_tails = _TAILS_BY_LANG.setdefault(lang, {})
        self.main_word = dispatch(lang, "main_word")
        self.units_at: dict[int, Any] = {}
        self.unit_starts: _UnitStarts | None = _unit_starts(lang)
        self.half_tails: list[tuple[str, str, int]] | None = None
        self.currency_signs: frozenset[str] = _currency_signs(lang)

    # -- helpers -------------------------------------------------------
    def back(self, pattern: Any, start: int) -> Any:
        """``pattern`` (anchored at its end) matched against the words before ``start``
        (at most four words, at most ``_BACK`` characters)."""
        if start == 0:
            return None
        lo = max(0, start - _BACK)
        if not self.may_end(pattern, lo, start):
            return None
        return pattern.search(self.low, lo, start)

    def may_end(self, pattern: Any, lo: int, start: int) -> bool:
        """Whether a match of ``pattern`` (anchored at its end) within ``low[lo:start]``
        may end at ``start``: the window must end, outside spaces, in how one of its
        phrases ends (``last_tails``; always when unknown)."""
        known = self.last_tails.get(id(pattern))
        if known is None or known[0] is not pattern:
            stored = back_tails(self.lang)
            tails = stored[pattern.pattern] if pattern.pattern in stored else last_tails(pattern)
            lasts = frozenset(e[-1] for _, ends in tails or () for e in ends if e)
            known = self.last_tails[id(pattern)] = (pattern, tails, lasts)
        tails = known[1]
        if tails is None:
            return True
        low = self.low
        j = start - 1
        while j >= lo and low[j].isspace():
            j -= 1
        if j < lo or low[j] not in known[2]:
            return False  # no ending can end with that character (no slices read)
        j += 1
        for n, ends in tails:
            if j - n >= lo and low[j - n : j] in ends:
                return True
        return False

    def unit_at(self, pos: int) -> Any:
        """The unit word at ``pos`` (a match of ``_unit_start``), or None; read once per
        position (a unit word anchor asks for it up to three times)."""
        got = self.units_at.get(pos, self)
        if got is self:
            low = self.low
            starts = self.unit_starts
            if starts is None:
                got = _unit_start(self.lang).match(low, pos)
            else:
                pat = starts.get(low[pos]) if pos < len(low) else None
                got = pat.match(low, pos) if pat is not None else None
            self.units_at[pos] = got
        return got

    def rel_blocked(self, start: int, word: str, end: int) -> bool:
        """Whether the relative phrase from ``start`` whose modifier ``word`` ends at
        ``end`` is none: a word of ``relative_not_after`` before it ("in my last year",
        vi "thêm một tuần nữa") or of ``relative_not_before`` after its modifier (fr
        "le mois suivant leur détention", vi "hai tuần trước khi")."""
        g = self.g
        if g.back_rel_not_after is not None and self.back(g.back_rel_not_after, start):
            return True
        after = g.rel_not_before.get(word)
        if after:
            nxt = _next_word(self.low, end)
            if nxt is not None and nxt.group(1) in after:
                return True
        return False

    def inside_not_date(self, fig: Figure) -> bool:
        """Whether a phrase of ``not_dates`` covers ``fig``."""
        pat = self.g.not_dates_around
        n = self.not_dates_len
        if pat is None:
            return False
        for m in pat.finditer(self.low, max(0, fig.start - n), fig.end + n):
            if m.start() <= fig.start and m.end() >= fig.end:
                return True
        return False

    def fig(
        self,
        kind: str,
        start: int,
        end: int,
        value: str,
        *,
        low: Decimal | None = None,
        high: Decimal | None = None,
        qualifier: str | None = None,
        unit: str | None = None,
        value_end: str | None = None,
        weekday: int | None = None,
        flags: frozenset[str] | None = None,
    ) -> Figure:
        # the fields by name, not ``**kw``: compiled, the figure is then built by a
        # native call (a call with ``**kw`` goes through the type's generic call)
        text = self.text
        while end > start and text[end - 1] in " \u00a0":
            end -= 1  # "am 28.2. um": the space an optional year may follow
        if flags is None:
            return Figure(
                kind, text[start:end], start, end, value, low=low, high=high,
                qualifier=qualifier, unit=unit, value_end=value_end, weekday=weekday,
            )
        return Figure(
            kind, text[start:end], start, end, value, low=low, high=high,
            qualifier=qualifier, unit=unit, value_end=value_end, weekday=weekday,
            flags=flags,
        )

    def refig(self, fig: Figure, start: int, end: int) -> Figure:
        """``fig`` from ``start`` to ``end``: its kind, value, bounds, qualifier, unit,
        end value, weekday and flags."""
        return self.fig(
            fig.kind, start, end, str(fig.value), low=fig.low, high=fig.high,
            qualifier=fig.qualifier, unit=fig.unit, value_end=fig.value_end,
            weekday=fig.weekday, flags=fig.flags,
        )

    def anchors(self) -> list[int]:
        """Digit runs that may start a date, time or duration, and keyword starts."""
        low = self.low
        n = len(low)
        followers = self.g.followers
        pos: list[int] = []
        anchor = self.g.digit_anchor
        runs = self.runs
        if runs is None:
            spans = [m.span() for m in anchor.finditer(low)]
        else:
            # ``digit_anchor`` only matches a whole run of digits from its first digit
            # (a look-behind rejects a digit after a digit): what ``finditer`` finds
            match = anchor.match
            spans = []
            for a, _b in runs.spans:
                m = match(low, a)
                if m is not None:
                    spans.append(m.span())
        for start, end in spans:
            if (
                end - start != 4
                and end + 1 < n
                and low[end] in ".,"
                and low[end + 1].isdigit()
            ):
                # "40.000", "2,8": a date has a second separator or a trailing dot, a
                # time or a duration a word after it ("9.30 Uhr", "2,5 Stunden")
                tok = _NUMBER.match(low, start)
                if tok is not None and tok.group(1) is None and not tok.group(0).endswith("."):
                    t_end = tok.end()
                    w = None
                    if t_end < n and low[t_end] in " \u00a0\u202f":
                        w = _WORD.match(low, t_end + 1)
                    if (
                        (w is None or w.group(0) not in followers)
                        and not (t_end < n and low[t_end].isalpha())
                        and low[max(0, start - 8) : start].split()[-1:]
                        not in ([w] for w in self.g.numeric_prefixes)
                        # de "05.2016": a month and its year where "." is no decimal mark
                        and not (t_end - start == 7 and self.g.decimal != "." and low[end] == ".")
                    ):
                        continue
            pos.append(start)
        for frac in _VULGAR:
            # a vulgar fraction alone starts a duration ("½ hour"; "2½" starts at the 2);
            # str.find, not a regex: a character class is scanned slowly by ``re``
            j = low.find(frac)
            while j >= 0:
                at = j
                j = low.find(frac, j + 1)
                if at and low[at - 1].isdigit():
                    continue  # "2½": the digit anchor
                if at > 1 and low[at - 1] in " \u00a0" and low[at - 2].isdigit():
                    at -= 1
                    while at and low[at - 1].isdigit():
                        at -= 1  # "2 ½ hours": from the digits
                pos.append(at)
        get = self.g.keywords_by_first.get
        append = pos.append
        if self.keywords is not None:
            for start, word in self.keywords:
                keys = get(word)
                if keys is None or keys.match(low, start) is not None:
                    append(start)
            return sorted(set(pos))
        # word starts: a copy where the usual separators are spaces, so that " " + stem
        # only finds stems at the start of a word (index i in it is index i in low)
        spaced = " " + low
        for sep in _WORD_SEPARATORS:
            if sep in spaced:
                spaced = spaced.replace(sep, " ")
        for km in self.g.anchor_words.finditer(spaced):
            # the space before the word in spaced = the word start in low
            keys = get(km.group()[1:])
            if keys is None or keys.match(low, km.start()) is not None:
                append(km.start())
        return sorted(set(pos))

    # -- main loop -----------------------------------------------------
    def run(self) -> list[Figure]:
        figs: list[Figure] = []
        until = 0
        claimed = self.claimed if len(self.claimed) else None
        anchors = self.anchors()
        if claimed is not None:
            anchors = claimed.free(anchors)  # one merge pass, not a search per anchor
        for pos in anchors:
            if pos < until:
                continue
            fig = self.at(pos)
            if fig is None:
                continue
            if fig.end - fig.start <= self.not_dates_len:
                words = " ".join(self.low[fig.start : fig.end].split())
                if words in self.g.not_dates:
                    continue  # "24/7", vi "ngày nay"
                if words in self.g.not_dates_parts and self.inside_not_date(fig):
                    continue  # vi "năm này qua năm khác" (year after year)
            if fig.start < until:
                if figs and figs[-1].start >= fig.start:
                    figs.pop()  # "Freitag" alone, then "Freitag, den 9. Mai"
                elif figs and fig.weekday is not None and _rel_weekday(figs[-1]) == fig.weekday:
                    # "this Friday, June 15", "nächsten Montag, den 3. Juni": the date
                    # with its weekday, from the modifier on
                    prev = figs.pop()
                    fig = self.refig(fig, prev.start, fig.end)
                else:
                    fig = self.refig(fig, until, fig.end)
            if claimed is not None and claimed.overlaps(fig.start, fig.end):
                continue
            if (
                figs
                and fig.weekday is None
                and fig.kind == "date"
                and fig.start - figs[-1].end <= 6
                and _DAY_VALUE.match(str(fig.value))
                and not fig.value_end
            ):
                wd = _rel_weekday(figs[-1])
                gap = self.low[figs[-1].end : fig.start].replace(",", " ").split()
                joined = not gap or (len(gap) == 1 and gap[0] in self.g.weekday_joiners)
                if wd is not None and joined:
                    # "vendredi prochain 7 juin", "lundi prochain, le 3 juin": the date
                    prev = figs.pop()
                    fig = self.fig(
                        fig.kind, prev.start, fig.end, str(fig.value), low=fig.low,
                        high=fig.high, qualifier=fig.qualifier, unit=fig.unit,
                        value_end=fig.value_end, weekday=wd, flags=fig.flags,
                    )
            figs.append(fig)
            until = fig.end
        figs = self.merge_month_year(self.merge_durations(figs))
        figs = self.merge_nth_unit(self.merge_day_rel(self.merge_span_of(figs)))
        figs = self.merge_weekday_week(self.spread_time_marker(figs))
        figs = self.merge_day_ranges(self.merge_ranges(self.merge_offsets(figs)))
        if self.g.adjective_unit_re is not None:
            figs = self.adjective_durations(figs)
        return self.merge_duration_ranges(figs)

    def adjective_durations(self, figs: list[Figure]) -> list[Figure]:
        """A count glued to an adjective of a unit of time (``adjective_units``) is a
        duration: de "dreitägigen" (three-day), "45-minütige", "zwölfstündigen"; a
        figure already read there stays."""
        g = self.g
        pattern = g.adjective_unit_re
        if pattern is None:
            return figs
        low = self.low
        # the suffixes are found with str.find (the pattern only checks each place)
        hits: list[re.Match[str]] = []
        for suffix in g.adjective_units:
            i = low.find(suffix, 1)
            while i > 0:
                m = pattern.match(low, i)
                if m is not None:
                    hits.append(m)
                i = low.find(suffix, i + len(suffix))
        if not hits:
            return figs
        hits.sort(key=lambda x: x.start())
        taken = Spans([(f.start, f.end) for f in figs])
        added: list[Figure] = []
        for m in hits:
            j = m.start()
            unit = g.adjective_units[m.group(1)]
            if low[j - 1] == "-":
                k = j - 1
                while k and low[k - 1].isdigit():
                    k -= 1
                if k == j - 1 or (k and (low[k - 1].isalnum() or low[k - 1] in ".,-")):
                    continue  # "drei-tägig", "1.000-tägig", "A3-tägig"
                start, amount, words = k, Decimal(low[k : j - 1]), False
            else:
                ws = j
                while ws and low[ws - 1].isalpha():
                    ws -= 1
                one = _unit_words(self.lang).get(low[ws:j])
                if one is not None:  # "eintägige": the article alone is no number
                    start, amount, words = ws, one, True
                else:
                    got = self.word_before(j)
                    if got is None or got[2] or got[0] != ws:
                        continue  # "mehrtägigen", "vierteljährig"
                    start, amount, words = got[0], got[1], True
            end = m.end()
            if amount <= 0 or taken.overlaps(start, end) or self.claimed.overlaps(start, end):
                continue
            letter = "M" if unit == "MIN" else unit
            value = (
                f"PT{_fmt_amount(amount)}{letter}" if unit in ("H", "MIN", "S")
                else f"P{_fmt_amount(amount)}{unit}"
            )
            added.append(self.fig(
                "duration", start, end, value, unit=unit, low=amount, high=amount,
                flags=frozenset({"words"}) if words else frozenset(),
            ))
        if not added:
            return figs
        return sorted([*figs, *added], key=lambda f: f.start)

    def dash_range_end(self, pos: int) -> bool:
        """Whether the digits at ``pos`` (after "3-") and a unit word of time are the
        high end of a range of durations ("3-5 years"); not when a modifier follows
        the unit ("4-23 mois prochain": days of next month)."""
        m = _DASH_RANGE_END.match(self.low, pos)
        if m is None or m.group(1) not in self.g.units:
            return False
        return self.g.fwd_after_mod is None or self.g.fwd_after_mod.match(self.low, m.end()) is None

    def merge_duration_ranges(self, figs: list[Figure]) -> list[Figure]:
        """A number, a range connector and a duration are one range of durations:
        "drei bis fünf Jahre", "de 3 à 5 ans", "between 5 and 10 minutes", "3-5 years",
        "từ 3 đến 5 năm" → P3Y to P5Y (qualifier between, low 3, high 5)."""
        out: list[Figure] = []
        floor = 0
        for fig in figs:
            got = None
            if (
                fig.kind == "duration" and fig.qualifier is None and fig.value_end is None
                and isinstance(fig.low, Decimal) and fig.low == fig.high and fig.unit
                and "relative" not in fig.flags
            ):
                got = self.duration_range_start(fig, floor)
            rel = (
                _REL_COUNT.match(str(fig.value))
                if got is None and fig.kind == "date" and fig.value_end is None
                and fig.qualifier is None and "relative" in fig.flags
                else None
            )
            if rel is not None:
                # "hai đến ba ngày trước", "two to three days ago": a range of counts as
                # "vor zwei bis drei Tagen", "in two to three days" (durations) are
                high = Decimal(rel.group(1))
                got = self.duration_range_start(fig, floor, high)
                if got is not None:
                    out.append(self.fig(
                        "duration", got[0], fig.end,
                        f"P{_fmt_amount(got[1])}{rel.group(2)}",
                        value_end=f"P{rel.group(1)}{rel.group(2)}", qualifier="between",
                        unit=rel.group(2), low=got[1], high=high,
                        flags=(fig.flags - {"relative"}) | {"range"},
                    ))
                    floor = out[-1].end
                    continue
            simple = _SIMPLE_DURATION.match(str(fig.value)) if got is not None else None
            if got is not None and simple is not None:
                start, amount = got
                out.append(self.fig(
                    "duration", start, fig.end,
                    f"P{simple.group(1)}{_fmt_amount(amount)}{simple.group(3)}",
                    value_end=str(fig.value), qualifier="between", unit=fig.unit, low=amount,
                    high=fig.low, flags=fig.flags | {"range"},
                ))
            else:
                out.append(fig)
            floor = out[-1].end
        return out

    def duration_range_start(
        self, fig: Figure, floor: int, high: Decimal | None = None
    ) -> tuple[int, Decimal] | None:
        """Where the range before a duration starts and its low amount: a number and a
        connector right before ``fig`` (and an opener before them); ``high`` is the
        duration's amount (``fig.low`` when not given)."""
        g = self.g
        if high is None:
            high = fig.low if isinstance(fig.low, Decimal) else Decimal(0)
        low = self.low
        lo = max(floor, fig.start - 40)
        if not self.may_end(g.conn_between, lo, fig.start):
            return None  # no connector right before: no gap below matches it whole
        tail = low[lo : fig.start]
        dash = _DASH_LOW.search(tail)
        candidates: list[tuple[int, int]] = []  # (start, end) of the low end's word
        if dash is not None:
            candidates.append((lo + dash.start(1), lo + dash.end(1)))
        else:
            toks = [(lo + t.start(), lo + t.end()) for t in _TOKEN_RUN.finditer(tail)][-3:]
            for k in (1, 2):  # a connector of one word ("bis") or two ("bis zu")
                if len(toks) > k:
                    candidates.append(toks[-k - 1])
        for start, end in candidates:
            gap = low[end : fig.start]
            conn = g.conn_between.match(gap)
            if conn is None or conn.end() != len(gap):
                continue
            word = low[start:end]
            if word.endswith("-") and word[:1].isdigit():
                word = word[:-1]  # "18- to 29-year-olds": the suspended hyphen
            if word[:1].isdigit():
                if not _PLAIN_AMOUNT.fullmatch(word):
                    continue
                if start and (low[start - 1].isalnum() or low[start - 1] in ".,/:-"):
                    return None  # "COVID-19 days", "1.000-3 years"
                amount = Decimal(word.replace(",", "."))
            else:
                got = self.word_number(end + 1) if end < len(low) else None
                if got is None or got[2]:
                    continue
                start, amount = got[0], got[1]
            if not 0 < amount < high:
                return None
            if gap.strip() in g.between_connectors and self.back(g.back_between, start) is None:
                return None  # "5 and 10 minutes" needs "between"
            opener = self.back(g.back_range, start)
            if opener is not None and g.change_verbs:
                verb = self.low[max(0, opener.start() - 24) : opener.start()].split()[-1:]
                if verb and verb[0].replace("’", "'") in g.change_verbs:
                    return None  # "the average age rose from 32.5 to 34 years": a change
            return (opener.start() if opener is not None else start), amount
        return None


    def spread_time_marker(self, figs: list[Figure]) -> list[Figure]:
        """A time's marker also applies to a bare hour before it in a range: "between
        1 and 3 p.m." → 13:00 and 15:00, "zwischen 13 und 15 Uhr" → 13:00 and 15:00, so
        that both ends pair with "từ 13h đến 15h"."""
        out: list[Figure] = []
        for fig in figs:
            if fig.kind == "time" and "range" not in fig.flags:
                got = self._bare_hour_before(fig, out[-1].end if out else 0)
                if got is not None:
                    out.append(got)
            out.append(fig)
        return out

    def _bare_hour_before(self, fig: Figure, floor: int) -> Figure | None:
        g = self.g
        marker_m = _TIME_MARKER.match(" ".join(fig.text.lower().split()))
        if marker_m is None or not marker_m.group(1):
            return None
        marker = marker_m.group(1)
        period = g.periods.get(marker)
        lo = max(floor, fig.start - 24)
        last = None
        for m in _BARE_HOUR.finditer(self.low, lo, fig.start):
            last = m
        if last is None:
            return None
        if g.back_day_only is not None and self.back(g.back_day_only, last.start()) is not None:
            return None  # "le 3 à 14 h": a day, then its time
        gap = self.low[last.end() : fig.start]
        conn = g.conn_between.match(gap)
        if conn is None or conn.end() != len(gap) or not gap.strip():
            return None
        if gap.strip() in g.between_connectors and self.back(g.back_between, last.start()) is None:
            return None
        h = int(last.group(1))
        mi = int(last.group(2)) if last.group(2) else 0
        end_h = int(str(fig.value)[1:3])
        if period == "pm" and h < 12 and h + 12 <= end_h:
            h += 12
        elif period == "am" and h == 12:
            h = 0
        elif period is None and h > end_h:
            return None  # "22 bis 6 Uhr" is a night, but "15 und 3 Uhr" is not a range
        return self.fig("time", last.start(), last.end(), f"T{h:02d}:{mi:02d}")

    def merge_nth_unit(self, figs: list[Figure]) -> list[Figure]:
        """ "the first week of 2015" → ``2015-W01``, "the last week of July" →
        ``XXXX-07-W05``, "the third month of 2021" → ``2021-03``, "the 9th month of
        next year" → ``REF+P1Y-09``: an ordinal unit of the date that follows."""
        pat = self.g.back_nth_unit
        if pat is None:
            return figs
        out: list[Figure] = []
        for fig in figs:
            v = str(fig.value)
            before = self.low[max(0, fig.start - 8) : fig.start].split()
            if (
                fig.kind == "date"
                and not fig.value_end
                and before
                and before[-1] in self.g.nth_of_last
            ):
                m = None
                if not self.g.nth_keys.isdisjoint(
                    self.low[max(0, fig.start - 40) : fig.start].rsplit(None, 4)
                ):
                    m = pat.search(self.low, max(0, fig.start - 48), fig.start)
                if m is not None and m.group("of") is None and not v.startswith("REF"):
                    m = None  # without a joiner only a relative genitive: "nächsten Monats"
                value = self.nth_value(m, v) if m is not None else None
                if m is not None and value is not None:
                    start = m.start()
                    while out and out[-1].end > start:
                        out.pop()  # "last week" alone
                    out.append(
                        Figure(
                            kind="date",
                            text=self.text[start : fig.end],
                            start=start,
                            end=fig.end,
                            value=value,
                            flags=fig.flags,
                        )
                    )
                    continue
            out.append(fig)
        return out

    def merge_span_of(self, figs: list[Figure]) -> list[Figure]:
        """ "the first six months of 2021" → ``2021-01`` … ``2021-06``, "les dix
        derniers jours de mars" → ``XXXX-03-22`` … ``XXXX-03-31``, "the second half of
        2019" → ``2019-07`` … ``2019-12``: a span at the start or end of a year or month."""
        g = self.g
        if g.back_span_of is None and g.back_half_of is None:
            return figs
        out: list[Figure] = []
        low = self.low
        keys = g.span_keys
        for fig in figs:
            span = None
            v = fig.value
            if fig.kind != "date" or fig.value_end or not isinstance(v, str):
                out.append(fig)
                continue
            if (
                fig.start > 0
                and (len(v) in (4, 7) or v[:1] == "R")
                and not keys.isdisjoint(low[max(0, fig.start - 40) : fig.start].rsplit(None, 4))
            ):
                span = self.span_of(fig)
            if span is None and len(v) == 7 and g.halves and fig.start > 0:
                span = self.compound_half(fig, v)
            if (
                span is None
                and g.fwd_half_of is not None
                and low[fig.end : fig.end + 1] in (" ", "-")
                and len(v) == 4
                and v.isdigit()
            ):
                h = g.fwd_half_of.match(self.low, fig.end)
                half = g.halves.get(" ".join(h.group("half").split())) if h else None
                if h is not None and half in (1, 2) and fig.kind == "date":
                    first = 1 if half == 1 else 7  # "2019 H2", "2019-H1"
                    out.append(
                        Figure(
                            kind="date",
                            text=self.text[fig.start : h.end()],
                            start=fig.start,
                            end=h.end(),
                            value=f"{v}-{first:02d}",
                            value_end=f"{v}-{first + 5:02d}",
                            qualifier="between",
                            flags=frozenset(fig.flags | {"range"}),
                        )
                    )
                    continue
            if span is None:
                out.append(fig)
                continue
            start, value, value_end = span
            while out and out[-1].end > start:
                out.pop()  # "six months" alone, "last 3 weeks" as a span before today
            out.append(
                Figure(
                    kind="date",
                    text=self.text[start : fig.end],
                    start=start,
                    end=fig.end,
                    value=value,
                    value_end=value_end,
                    qualifier="between",
                    flags=frozenset(fig.flags | {"range"}),
                )
            )
        return out

    def merge_day_rel(self, figs: list[Figure]) -> list[Figure]:
        """A day or day range with a relative month: "the 5th of next month" →
        ``REF+P1M-05``, "from 4-23 in next month" / "nächsten Monat vom 4. bis zum
        23." → ``REF+P1M-04`` … ``REF+P1M-23``."""
        g = self.g
        if g.back_day_rel is None or g.fwd_day_rel is None:
            return figs
        out: list[Figure] = []
        covered = -1
        for fig in figs:
            if fig.end <= covered:
                continue  # "vom 4." alone, inside "nächsten Monat vom 4. bis zum 23."
            v = str(fig.value)
            # a month named before its days: "im Mai vom 3. bis zum 7." (days with their
            # dot or suffix: "im Mai von 3 bis 7 Prozent" is no date)
            named = _MONTH_OF.fullmatch(v) is not None
            if (
                not (named or v.endswith("M"))
                or fig.kind != "date"
                or fig.value_end
                or not (named or _REL_MONTH.match(v))
            ):
                out.append(fig)
                continue
            m = None
            if not named:
                m = g.back_day_rel.search(self.low, max(0, fig.start - 40), fig.start)
            start, end = fig.start, fig.end
            marked = m is not None and any(m.group(k) for k in ("s1", "d2", "j", "open"))
            if m is not None and marked:
                start = m.start()
            else:
                m = g.fwd_day_rel.match(self.low, fig.end)
                nxt = _next_word(self.low, m.end()) if m is not None and named else None
                if m is None or (
                    named
                    and nxt is not None
                    and nxt.group(1) in g.months  # "im März vom 3. bis 7. März"
                ) or (
                    named
                    and not all(
                        self.low[m.end(k) : m.end(k) + 1] == "."
                        or self.low[m.end(k) : m.end(k) + 1].isalpha()
                        for k in ("d1", "d2")
                    )
                ):
                    out.append(fig)
                    continue
                end = m.end()
            d1 = int(m.group("d1"))
            d2 = int(m.group("d2")) if m.group("d2") else None
            if not 1 <= d1 <= 31 or (d2 is not None and not d1 < d2 <= 31):
                out.append(fig)
                continue
            y0 = v.replace("XXXX", "2000")
            if named and not (_date_ok(f"{y0}-{d1:02d}") and _date_ok(f"{y0}-{d2 or d1:02d}")):
                out.append(fig)
                continue
            while out and out[-1].end > start:
                out.pop()  # "5th" alone
            covered = end
            out.append(
                Figure(
                    kind="date",
                    text=self.text[start:end],
                    start=start,
                    end=end,
                    value=f"{v}-{d1:02d}",
                    value_end=f"{v}-{d2:02d}" if d2 is not None else None,
                    qualifier="between" if d2 is not None else None,
                    flags=fig.flags | ({"range"} if d2 is not None else set()),
                )
            )
        return out

    def last_word(self, start: int) -> str:
        """The last word before ``start`` (lower case), or ""."""
        low = self.low
        end = start
        while end > 0 and low[end - 1] in " \u00a0\u202f":
            end -= 1
        return low[low.rfind(" ", max(0, end - 24), end) + 1 : end]

    def span_of(self, fig: Figure) -> tuple[int, str, str] | None:
        g = self.g
        v = str(fig.value)
        year = re.fullmatch(r"\d{4}", v) is not None
        rel_year = _REL_YEAR.match(v) is not None
        month = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", v)
        if not (year or rel_year or month):
            return None
        lo = max(0, fig.start - 48)
        words = set(self.low[max(0, fig.start - 40) : fig.start].rsplit(None, 4))
        m = None
        if g.back_half_of is not None and not g.half_keys.isdisjoint(words):
            m = g.back_half_of.search(self.low, lo, fig.start)
        if m is not None:
            half = g.halves.get(" ".join(m.group("half").split()))
            if half not in (1, 2):
                return None
            if month is not None:
                # "the second half of April", "nửa cuối tháng 4": days 16 to the last
                y, mm = month.group(1), int(month.group(2))
                last = calendar.monthrange(int(y) if y.isdigit() else 2000, mm)[1]
                if half == 1:
                    return m.start(), f"{v}-01", f"{v}-15"
                return m.start(), f"{v}-16", f"{v}-{last:02d}"
            m0 = 1 if half == 1 else 7
            return m.start(), f"{v}-{m0:02d}", f"{v}-{m0 + 5:02d}"
        if g.back_span_of is None or g.unit_keys.isdisjoint(words):
            return None
        m = g.back_span_of.search(self.low, lo, fig.start)
        if m is None:
            return None
        word = m.group("n") or m.group("n2")
        if word.isdigit():
            n = int(word)
        else:
            got = _number_words(word, self.lang)
            if got is None or got != got.to_integral_value():
                return None
            n = int(got)
        first = (m.group("fl") or m.group("fl2")) in g.span_first
        unit = g.units.get(" ".join(m.group("u").split()))
        if n < 1:
            return None
        got_span = _span_values(v, unit, n, first, year, rel_year, month)
        return (m.start(), *got_span) if got_span is not None else None

    def number_goes_on(self, begin: int, end: int) -> bool:
        """Whether the number in words read from ``begin`` goes on past ``end``: the
        unit word there is a digit of it (vi "năm" = five in "hai trăm năm mươi")."""
        scan = _number_scanner()
        if scan is None:
            return False
        try:
            found = scan(self.text[begin : end + 24], self.lang)
        except Exception:
            return False
        return bool(found) and found[0].start == 0 and found[0].end > end - begin

    def compound_half(self, fig: Figure, v: str) -> tuple[int, str, str] | None:
        """A half of a month glued to the month's name: de "in der zweiten
        Aprilhälfte" → the 16th to the last day (``halves`` with the compound's tail)."""
        low = self.low
        if not low[fig.start - 1].isspace():
            return None
        word = low[fig.start : fig.end]
        tails = self.half_tails
        if tails is None:
            tails = self.half_tails = _half_tails(self.g.halves)
        for _first, tail, _half in tails:
            if word.endswith(tail):
                break
        else:
            return None  # no compound tail: the word before need not be read
        pw = low[max(0, fig.start - 30) : fig.start].split()[-1:]
        if not pw:
            return None
        for first, tail, half in tails:
            if word.endswith(tail) and pw[0] == first:
                month = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", v)
                if month is None or half not in (1, 2):
                    return None
                y, mm = month.group(1), int(month.group(2))
                last = calendar.monthrange(int(y) if y.isdigit() else 2000, mm)[1]
                start = fig.start - 1
                while start and low[start - 1].isspace():
                    start -= 1
                start -= len(first)
                if half == 1:
                    return start, f"{v}-01", f"{v}-15"
                return start, f"{v}-16", f"{v}-{last:02d}"
        return None

    def ordinal_word(self, word: str) -> Decimal | None:
        """The value of ``word`` when all of it is one ordinal in words ("third",
        "vingt-et-unième"), else ``None``."""
        scan = _number_scanner()
        found = scan(word, self.lang) if scan is not None else []
        if not found or found[0].end != len(word) or not getattr(found[0], "ordinal", False):
            return None
        return Decimal(found[0].value)

    def nth_of(self, m: Any) -> int | None:
        """The rank of a match with groups ``last`` (-1), ``nd`` (digits) or ``nw`` (an
        ordinal word): "the last", "the 2nd", "the second"."""
        if m.group("last"):
            return -1
        if m.group("nd"):
            return int(m.group("nd"))
        got = self.ordinal_word(m.group("nw"))
        return None if got is None else int(got)

    def nth_value(self, m: Any, v: str) -> str | None:
        unit = self.g.units.get(" ".join(m.group("u").split()))
        got = self.nth_of(m)
        if got is None:
            return None
        n = got
        rel_month = _REL_MONTH.match(v) is not None
        if unit == "Q":  # "the 1st quarter of 2013"
            n = 4 if n == -1 else n
            return f"{v}-Q{n}" if 1 <= n <= 4 and re.fullmatch(r"\d{4}", v) else None
        if unit == "D" and re.fullmatch(r"\d{4}", v):
            # "the first day of 2021", "the last day of 2020"
            if n == -1:
                return f"{v}-12-31"
            first = _dt.date(int(v), 1, 1) + _dt.timedelta(days=n - 1)
            return first.isoformat() if 1 <= n <= 366 and first.year == int(v) else None
        if unit == "D" and n == -1:
            # "the last day of February 2020", "the last day of June"
            mm = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", v)
            if mm is None or (mm.group(1) == "XXXX" and mm.group(2) == "02"):
                return None
            year = int(mm.group(1)) if mm.group(1) != "XXXX" else 2001
            return f"{v}-{calendar.monthrange(year, int(mm.group(2)))[1]:02d}"
        if unit == "D":
            # "the 15th day of June", "the first day of next month"
            if n < 1 or n > 31:
                return None
            if re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", v):
                out = f"{v}-{n:02d}"
                return out if _date_ok(out.replace("XXXX", "2000")) else None
            return f"{v}-{n:02d}" if rel_month else None
        if unit == "W" and rel_month:
            n = 5 if n == -1 else n
            return f"{v}-W{n:02d}" if 1 <= n <= 5 else None  # "the last week of this month"
        if unit == "W":
            if re.fullmatch(r"\d{4}", v):
                weeks = _dt.date(int(v), 12, 28).isocalendar()[1]
                n = weeks if n == -1 else n
                return f"{v}-W{n:02d}" if 1 <= n <= weeks else None
            if re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", v):
                n = 5 if n == -1 else n
                return f"{v}-W{n:02d}" if 1 <= n <= 5 else None
            if _REL_YEAR.match(v) and 1 <= n <= 52:
                return f"{v}-W{n:02d}"  # "the first week of next year" (as "week 1 of …")
            return None
        if unit == "M":
            n = 12 if n == -1 else n
            if not 1 <= n <= 12:
                return None
            if re.fullmatch(r"\d{4}", v):
                return f"{v}-{n:02d}"
            rel = _REL_YEAR.match(v)
            if rel is not None:
                return f"{v}-{n:02d}"
        return None

    def merge_weekday_week(self, figs: list[Figure]) -> list[Figure]:
        """A weekday and a relative week next to each other: "next week Wednesday",
        "Tuesday of next week", "Mittwoch nächster Woche", "mardi de la semaine
        prochaine" → ``REF+P1W-WD3`` (like "nächsten Mittwoch"); a weekday and a day
        alone after it: "Wednesday the 31st", "Wednesday the thirty-first"; a relative
        day and a relative time ("heute vor 136 Jahren"); "the weekend" + "of Halloween";
        the nth weekday of a month."""
        low = self.low
        wdj = self.g.fwd_wd_joiner
        out: list[Figure] = []
        for i, fig in enumerate(figs):
            fv = str(fig.value)
            prev = out[-1] if out else None
            if prev is not None and fig.start - prev.end <= 12:
                pv = str(prev.value)
                if (
                    fig.start == prev.end
                    and fv.endswith("WE")
                    and pv.endswith("WE")
                    and "holiday" in fig.flags
                ):
                    # "the weekend" + " of Halloween" (the overlap trimmed in run)
                    out[-1] = Figure(
                        kind="date",
                        text=self.text[prev.start : fig.end],
                        start=prev.start,
                        end=fig.end,
                        value=fv,
                        flags=fig.flags,
                    )
                    continue
                if (
                    fv[:3] == "REF"
                    and pv[:3] == "REF"
                    and fig.kind == prev.kind == "date"
                    and not prev.value_end
                    and not fig.value_end
                    and low[prev.end : fig.start].isspace()
                ):
                    # "heute in zwei Wochen", "heute vor 136 Jahren", "136 years ago
                    # today", "il y a 136 ans aujourd'hui": the day moved
                    rday, later = _REL_DAY.match(pv), _REL_LATER.match(fv)
                    base = pv
                    if rday is None or later is None:
                        rday, later = _REL_DAY.match(fv), _REL_LATER.match(pv)
                        base = fv
                    if rday is not None and later is not None:
                        out[-1] = Figure(
                            kind="date",
                            text=self.text[prev.start : fig.end],
                            start=prev.start,
                            end=fig.end,
                            value=f"{base}{later.group(1)}P{later.group(2)}{later.group(3)}",
                            flags=frozenset({"relative", "offset"}),
                        )
                        continue
                if (len(fv) == 7 and fv[4] == "-") or _REL_MONTH.match(fv):
                    nth = self.nth_weekday_of(prev, fig)
                    if nth is not None:
                        out[-1] = nth
                        continue
                if fv[:8] == "XXXX-XX-":
                    day = self.weekday_day(prev, fig)
                    if day is not None:
                        out[-1] = day
                        continue
                week = pv if _REL_WEEK.match(pv) else fv if _REL_WEEK.match(fv) else None
                wd = pv if pv[:9] == "XXXX-WXX-" else fv if fv[:9] == "XXXX-WXX-" else None
                if week is None and wd is not None:
                    # "Monday two weeks from now", "two years from now on Thursday": the
                    # weekday in the week of the date so far away
                    later = _REL_LATER.match(fv if wd == pv else pv)
                    week = later.group(0)[:-2] if later is not None else None
                if week and wd:
                    gap = " ".join(low[prev.end : fig.start].replace(",", " ").split())
                    gap = gap.strip("-–— ")
                    if gap == "" or gap in self.g.week_joiners:
                        out[-1] = Figure(
                            kind="date",
                            text=self.text[prev.start : fig.end],
                            start=prev.start,
                            end=fig.end,
                            value=f"{week}-WD{wd[-1]}",
                            weekday=int(wd[-1]) - 1,
                            flags=frozenset({"relative"}),
                        )
                        continue
            if (
                wdj is not None
                and fv[:9] == "XXXX-WXX-"
                and fig.kind == "date"
                and wdj.match(low, fig.end) is not None
            ):
                words = self.weekday_word_day(fig)
                nxt = figs[i + 1] if i + 1 < len(figs) else None
                if words is not None and (nxt is None or nxt.start >= words.end):
                    out.append(words)
                    continue
            out.append(fig)
        return out

    def nth_weekday_of(self, wd: Figure, month: Figure) -> Figure | None:
        """ "the second Monday of May" → ``XXXX-05-WXX-1-#2`` (resolved to the nearest
        such day), "the last Sunday of March 2024" → ``2024-03-31``."""
        g = self.g
        v, mv = str(wd.value), str(month.value)
        last_wd = re.fullmatch(r"REF-P1W-WD([1-7])", v)
        if last_wd is not None and self.low[wd.start : wd.end].split()[0] in g.last_word_set:
            v = f"XXXX-WXX-{last_wd.group(1)}"  # "the last Sunday of March"
        else:
            last_wd = None
        if (
            g.back_nth_wd is None
            or not v.startswith("XXXX-WXX-")
            or month.value_end
            or not (re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", mv) or _REL_MONTH.match(mv))
            or " ".join(self.low[wd.end : month.start].split()) not in g.nth_of_words
        ):
            return None
        m = self.back(g.back_nth_wd, wd.start) if last_wd is None else None
        if m is None and last_wd is None:
            return None
        start = m.start() if m is not None else wd.start
        if m is None:
            n = -1
        else:
            rank = self.nth_of(m)
            if rank is None or (not m.group("last") and not m.group("nd") and not 1 <= rank <= 5):
                return None
            n = rank
        wdn = int(v[-1])
        if mv.startswith("XXXX") or _REL_MONTH.match(mv):  # "the first Friday of next month"
            value = f"{mv}-WXX-{wdn}-#{n}"
        else:
            got = _nth_weekday(int(mv[:4]), int(mv[5:7]), wdn, n)
            if got is None:
                return None
            value = got.isoformat()
        return Figure(
            kind="date",
            text=self.text[start : month.end],
            start=start,
            end=month.end,
            value=value,
            weekday=wdn - 1,
            flags=month.flags,
        )

    def weekday_day(self, wd: Figure, day: Figure) -> Figure | None:
        """A weekday and a day alone after it: "Wednesday the 31st" → ``XXXX-XX-31``
        with ``weekday`` 2 (like "Dienstag, der 25.")."""
        v = str(wd.value)
        if not (v.startswith("XXXX-WXX-") and str(day.value).startswith("XXXX-XX-")):
            return None
        gap = " ".join(self.low[wd.end : day.start].replace(",", " ").split())
        if gap and gap not in self.g.weekday_joiner_words:
            return None
        return Figure(
            kind="date",
            text=self.text[wd.start : day.end],
            start=wd.start,
            end=day.end,
            value=str(day.value),
            weekday=int(v[-1]) - 1,
            flags=day.flags,
        )

    def weekday_word_day(self, wd: Figure) -> Figure | None:
        """A weekday and a day in words: "Wednesday the thirty-first" → ``XXXX-XX-31``."""
        g = self.g
        if g.fwd_wd_joiner is None:
            return None
        m = g.fwd_wd_joiner.match(self.low, wd.end)
        got = self.word_day_after(m.end()) if m is not None else None
        if got is None:
            return None
        stop, day, year = got
        if year is not None or _WORD_AFTER.match(self.low, stop) is not None:
            return None  # "On Monday the first doses arrived"
        value = f"XXXX-XX-{day:02d}"
        return Figure(
            kind="date",
            text=self.text[wd.start : stop],
            start=wd.start,
            end=stop,
            value=value,
            weekday=int(str(wd.value)[-1]) - 1,
            flags=wd.flags,
        )

    def merge_durations(self, figs: list[Figure]) -> list[Figure]:
        """ "1 hour and 30 minutes" → ``PT1H30M``, "2 years 1 month" → ``P2Y1M``,
        "one hour and a half" / "une heure et demie" / "một tiếng rưỡi" → ``PT1.5H``."""
        g = self.g
        out: list[Figure] = []
        for fig in figs:
            if fig.kind == "duration" and fig.low is not None and g.fwd_half is not None:
                h = g.fwd_half.match(self.low, fig.end)
                if h is not None and fig.unit in _TIMEX_UNITS:
                    amount = fig.low + g.part_amounts[" ".join(h.group("part").split())]
                    fig = Figure(
                        kind="duration",
                        text=self.text[fig.start : h.end()],
                        start=fig.start,
                        end=h.end(),
                        value=_timex_duration({str(fig.unit): amount}),
                        unit=fig.unit,
                        low=amount,
                        high=amount,
                        flags=fig.flags,
                    )
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == fig.kind == "duration"
                and fig.unit in _TIMEX_UNITS
                and fig.low is not None
                and fig.start - prev.end < 8
            ):
                gap = " ".join(self.low[prev.end : fig.start].replace(",", " ").split())
                parts = _duration_parts(str(prev.value))
                if (gap == "" or gap in g.between_connectors) and parts is not None:
                    last = min(_TIMEX_UNITS.index(u) for u in parts)
                    if _TIMEX_UNITS.index(str(fig.unit)) < last:
                        parts[str(fig.unit)] = fig.low
                        out[-1] = Figure(
                            kind="duration",
                            text=self.text[prev.start : fig.end],
                            start=prev.start,
                            end=fig.end,
                            value=_timex_duration(parts),
                            flags=prev.flags | fig.flags,
                        )
                        continue
            if prev is not None and prev.kind == "duration" and fig.kind == "date":
                chain = self.offset_chain(prev, fig)
                if chain is not None:
                    out[-1] = chain
                    continue
            out.append(fig)
        return out

    def offset_chain(self, prev: Figure, fig: Figure) -> Figure | None:
        """A duration before a count of smaller units from now: "two years and three
        months ago", "1 month 21 days ago" → ``REF-P2Y@D-P3M``, ``REF-P1M@D-P21D``
        (the largest unit first, as the offsets are added)."""
        rel = _REL_LATER.match(str(fig.value))
        if rel is None or fig.start - prev.end >= 8 or not self.low[fig.start].isalnum():
            return None
        raw = self.low[prev.end : fig.start]
        gap = " ".join(raw.replace(",", " ").split())
        parts = _duration_parts(str(prev.value))
        if parts is None or not (gap == "" or gap in self.g.between_connectors):
            return None
        if gap and "," in raw and len(parts) < 2:
            return None  # "he served two years, and three months ago he left"
        if any(u not in ("Y", "M", "W", "D") or n != int(n) for u, n in parts.items()):
            return None
        sign, unit = rel.group(1), rel.group(3)
        if any(_TIMEX_UNITS.index(u) <= _TIMEX_UNITS.index(unit) for u in parts):
            return None
        # only the suffix form ("21 days ago"), whose text starts with its count
        first = fig.text.split(None, 1)[0].lower()
        counted = first[:1].isdigit() or first in self.g.one_words
        if not (counted or is_number_word(first, self.lang)):
            return None
        order = sorted(parts, key=_TIMEX_UNITS.index, reverse=True)
        value = f"REF{sign}P{int(parts[order[0]])}{order[0]}@D"
        value += "".join(f"{sign}P{int(parts[u])}{u}" for u in order[1:])
        value += f"{sign}P{rel.group(2)}{unit}"
        return Figure(
            kind="date",
            text=self.text[prev.start : fig.end],
            start=prev.start,
            end=fig.end,
            value=value,
            flags=fig.flags | {"offset"},
        )

    def merge_offsets(self, figs: list[Figure]) -> list[Figure]:
        """A duration, a connector and a date: "three weeks from tomorrow", "drei Tage
        nach Weihnachten", "deux semaines avant le 13 mai" → the date moved by the
        duration: ``REF+P1D+P3W``, ``XXXX-12-25+P3D`` (resolved with a reference)."""
        conns = self.g.offset_connectors
        if not conns:
            return figs
        out: list[Figure] = []
        i = 0
        while i < len(figs):
            a = figs[i]
            b = figs[i + 1] if i + 1 < len(figs) else None
            if (
                b is not None
                and a.kind == "duration"
                and b.kind == "date"
                and not b.value_end
                and a.unit in ("Y", "M", "W", "D")
                and a.low is not None
                and a.low == a.low.to_integral_value()
                and b.start - a.end < 24
            ):
                gap = " ".join(self.low[a.end : b.start].split())
                span = self.span_from(a, b, gap)
                if span is not None:
                    out.append(span)
                    i += 2
                    continue
                sign = conns.get(gap)
                if sign is None and " " in gap:
                    sign = conns.get(gap.rsplit(" ", 1)[0])  # "nach dem", "before the"
                if sign is not None:
                    value = f"{b.value}{'+' if sign > 0 else '-'}P{int(a.low)}{a.unit}"
                    if _FULL.match(str(b.value)):
                        value = _resolved_value(value)
                    out.append(
                        Figure(
                            kind="date",
                            text=self.text[a.start : b.end],
                            start=a.start,
                            end=b.end,
                            value=value,
                            weekday=b.weekday,
                            flags=b.flags | {"offset"},
                        )
                    )
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def span_from(self, a: Figure, b: Figure, gap: str) -> Figure | None:
        """A duration of days or weeks from a date: "for two weeks starting 3 May",
        "3 days starting from next Monday", "for a week, from today" → a range of
        that many days from the date."""
        g = self.g
        gap = gap.lstrip(", ")
        if gap not in g.span_starts or a.unit not in ("D", "W") or a.low is None:
            return None
        if gap in g.offset_connectors and self.last_word(a.start) not in g.span_for:
            return None  # "three weeks from tomorrow" is one day
        days = int(a.low) * (7 if a.unit == "W" else 1) - 1
        if days < 1 or "range" in b.flags:
            return None
        end = f"{b.value}+P{days}D"
        if _FULL.match(str(b.value)):
            end = _resolved_value(end)
        return Figure(
            kind="date",
            text=self.text[a.start : b.end],
            start=a.start,
            end=b.end,
            value=str(b.value),
            value_end=end,
            weekday=b.weekday,
            qualifier="between",
            flags=b.flags | {"range"},
        )

    def merge_month_year(self, figs: list[Figure]) -> list[Figure]:
        """A month (and day) followed by a relative year: "December last year",
        "Dezember letzten Jahres", "tháng 12 năm ngoái" → one date ``REF-P1Y-12``;
        a day and month followed by an after-unit modifier ("le 3 mars dernier")
        → ``REF-M03-03``."""
        out: list[Figure] = []
        g = self.g
        for fig in figs:
            fv0 = str(fig.value)
            if g.fwd_after_mod is not None and fv0[:5] == "XXXX-" and _PARTIAL.match(fv0):
                am = g.fwd_after_mod.match(self.low, fig.end)
                after = " ".join(am.group(1).split()) if am else ""
                # vi "ngày 1 tháng 10 sau …": a word that is also "after" reads so here
                off = g.after_unit.get(after) if after not in g.offset_connectors else None
                if am is not None and off is not None and abs(off) <= 1:
                    v = str(fig.value)
                    sign = "+" if off > 0 else "-"
                    value = f"REF+P0Y{v[4:]}" if off == 0 else f"REF{sign}M{v[5:]}"
                    fig = self.fig(
                        "date", fig.start, am.end(), value,
                        weekday=fig.weekday, flags=frozenset({"relative"}),
                    )
            prev = out[-1] if out else None
            if prev is not None and not prev.value_end and not fig.value_end:
                pv, fv = str(prev.value), str(fig.value)
                if (
                    g.year_joiners
                    and len(fv) == 4
                    and fv.isdigit()
                    and pv.startswith("XXXX-")
                    and _YEAR_OF.match(pv)
                    and " ".join(self.low[prev.end : fig.start].split()) in g.year_joiners
                ):
                    # "Mai des Jahres 2013", "2. Quartal des Jahres 2013", "mai de
                    # l'année 2013": one date
                    value = fv + pv[4:]
                    if value[5:7].isdigit() and not _date_ok(value):
                        out.append(fig)
                        continue
                    out[-1] = self.fig(
                        "date", prev.start, fig.end, value,
                        weekday=prev.weekday, flags=prev.flags - {"relative"},
                    )
                    continue
                if (
                    g.year_possessives
                    and fv.startswith("XXXX-")
                    and self.low[prev.end : fig.start].strip() in g.year_possessives
                    and (
                        (
                            (fv[5:7].isdigit() or fv[5:] in _YEAR_PARTS)
                            and (_REL_YEAR.match(pv) is not None or (len(pv) == 4 and pv.isdigit()))
                        )  # de "dieses Jahr am Vatertag": an Easter holiday of a relative year
                        or (_EASTER.match(fv) is not None and _REL_YEAR.match(pv) is not None)
                    )
                ):
                    # "next year's first quarter", "2019's summer": one date
                    value = f"{pv}-{fv[5:]}"
                    if value[5:7].isdigit() and pv.isdigit() and not _date_ok(value):
                        out.append(fig)
                        continue
                    out[-1] = self.fig(
                        "date", prev.start, fig.end, value,
                        weekday=fig.weekday, flags=prev.flags & {"relative"},
                    )
                    continue
                if (
                    g.year_then_month
                    and len(pv) == 4
                    and pv.isdigit()
                    and _PARTIAL.match(fv) is not None
                    and self.low[prev.end : fig.start] == " "
                    and self.low[fig.start : fig.end].split(" ", 1)[0] in g.wide_months
                ):
                    # "in 2017 April", "the 2017 April elections", "2017 April 5": the
                    # month (or day) of that year
                    out[-1] = self.fig("date", prev.start, fig.end, pv + fv[4:])
                    continue
                rel = _REL_YEAR.match(fv) if fv[:3] == "REF" else None
                if (
                    rel is not None
                    and pv.startswith("XXXX-")
                    and (
                        pv[5:7].isdigit()
                        or pv[5:] in _YEAR_PARTS
                        or _ISO_WEEK.match(pv[5:]) is not None  # "week 27 of last year"
                        or _EASTER.match(pv) is not None
                    )
                    and (
                        _MONTH_GAP.fullmatch(self.low, prev.end, fig.start) is not None
                        # it "ottobre dello scorso anno": a longer joiner of the lexicon
                        or " ".join(self.low[prev.end : fig.start].split()) in g.year_joiners
                    )
                ):
                    out[-1] = self.fig(
                        "date", prev.start, fig.end, f"REF{rel.group(1)}P{rel.group(2)}Y{pv[4:]}",
                        weekday=prev.weekday, flags=frozenset({"relative"}),
                    )
                    continue
            out.append(fig)
        return out

    def at(self, pos: int) -> Figure | None:
        low = self.low
        digit = low[pos].isdigit() or low[pos] in _VULGAR  # "½ hour"
        if (
            digit
            # a dot one or two characters on, before the search
            and (low.startswith(".", pos + 1) or low.startswith(".", pos + 2))
            and _ENUM_RUN.match(low, pos) is not None
        ):
            return None  # "1. 2. 3. 4.": an enumeration, rejected at once
        if digit and pos > 0:
            prev = low[pos - 1]
            if alpha_at(low, pos - 1) or prev == "_":
                return None
            sign = low[pos - 2] if prev in " \u00a0\u202f" and pos > 1 else prev
            if sign in self.currency_signs:
                return None  # "$12 December 27": an amount, not a day
            if prev in ".,/:-" and pos > 1 and low[pos - 2].isdigit():
                if not (prev == "-" and self.dash_range_end(pos)):
                    return None  # inside a number, a code or a phone number
                # "3-5 years": the high end of a range of durations (merged later)
        if not digit:
            # the token at pos, ``[^\W_]+`` read by hand (``[^\W_]`` is ``str.isalnum``)
            e = pos
            n = len(low)
            while e < n and low[e].isalnum():
                e += 1
            word = low[pos:e]
            if word in self.g.unit_first:
                if pos > 1 and low[pos - 1] in " \u00a0\u202f-'’":  # "toute l'année"
                    fig = self.unit_anchor(pos)
                    if fig is not None:
                        return fig
                if word in self.g.unit_only:
                    unit_m = self.unit_at(pos)
                    nxt = _next_word(low, unit_m.end() if unit_m else pos + len(word))
                    if nxt is None or (
                        nxt.group(1) not in self.g.after_first and not nxt.group(1)[:1].isdigit()
                    ):
                        return None  # "Jahre" with no number word before, no modifier after
        m = (self.main if digit else self.main_word).match(low, pos)
        if m is None:
            return self.ordinal_date_at(pos) if digit and self.g.ordinal_dates else None
        last = m.lastgroup
        name = _KIND_OF.get(last)  # type: ignore[arg-type]
        if name is None:
            name = _KIND_OF[str(last)] = str(last).split("__")[0]
        handler = self.handlers.get(name)
        if handler is None:
            return None
        groups = _Groups(m, last)
        result = handler(self, groups)
        if result is None and digit and name in ("A_date", "A_season", "A_yrange", "A_nrange"):
            # a rejected single date: its alternatives need not be tried again
            single = name == "A_date" and groups.get("d1") is None
            m2 = (self.g.fallback_plain if single else self.g.fallback).match(low, pos)
            if m2 is not None:
                handler2 = self.handlers.get(str(m2.lastgroup).split("__")[0])
                if handler2 is not None:
                    result = handler2(self, _Groups(m2))
        if result is None and digit and self.g.ordinal_dates:
            result = self.ordinal_date_at(pos)
        return result

    def ordinal_date_at(self, pos: int) -> Figure | None:
        """A day and a month as ordinals, one at least in words (``ordinal_dates``,
        de): "7. vierter", "siebter 4.", "dritter/11." at the digits of one of them."""
        got = self.ordinal_dm(pos)
        if got is not None and not self.numeric_prefix_before(got[0]):
            return None  # "Ich komme 7. vierter" (a rank?) needs "am", "vom", …
        if got is None:
            # the day in words before the month digits: "siebter 4.", "dritter/11."
            j = pos - 1 if pos > 0 and self.low[pos - 1] == "/" else pos
            back = self.word_number(j) if j == pos else self.word_before(j)
            if back is None or not back[2]:
                return None
            got = self.ordinal_dm(back[0])
            if got is not None and not self.numeric_prefix_before(got[0]):
                return None
        if got is None:
            return None
        start, end, value = got
        return self.fig("date", start, end, value)

    def clock_word_before(self, end: int) -> bool:
        """Whether the word ending at ``end`` also names the hour of a clock time
        (``time_between``/``time_after``: "giờ", "heures"; not "Stunden")."""
        k = end
        while k and not self.low[k - 1].isspace():
            k -= 1
        return self.low[k:end] in self.g.clock_words

    def numeric_prefix_before(self, start: int) -> bool:
        """Whether a word of ``numeric_prefixes`` ("am", "vom") stands right before."""
        prev = self.low[max(0, start - 8) : start].split()[-1:]
        return bool(prev) and prev[0] in self.g.numeric_prefixes

    def word_before(self, j: int) -> tuple[int, Decimal, bool] | None:
        """The number in words ending exactly at ``j`` (no space before ``j``)."""
        scan = _number_scanner()
        word = _LAST_WORDS.search(self.low, max(0, j - 30), j)
        if scan is None or word is None:
            return None
        try:
            found = scan(self.text[word.start() : j], self.lang)
        except Exception:
            return None
        if not found or found[-1].end != j - word.start():
            return None
        wn = found[-1]
        return word.start() + wn.start, Decimal(wn.value), bool(getattr(wn, "ordinal", False))

    def ordinal_dm(self, p: int) -> tuple[int, int, str] | None:
        """Day then month from ``p``, each ``\\d{1,2}.`` or an ordinal in words, at least
        one in words, and a four-digit year after: ``(start, end, value)``."""
        d = _ORD_DIGITS.match(self.low, p)
        if d is not None:
            sep = _ORD_SEP.match(self.low, d.end())  # (matches always, maybe empty)
            if _ORD_DIGITS.match(self.low, sep.end() if sep else d.end()) is not None:
                return None  # "1. 2.": two digit parts (what the reading below decides too)
        day = self.ordinal_part(p, 31)
        if day is None:
            return None
        sep = _ORD_SEP.match(self.low, day[0])
        month = self.ordinal_part(sep.end() if sep else day[0], 12)
        if month is None or (day[2] and month[2]):
            return None  # two digit parts: the numeric patterns read those
        end = month[0]
        y = _YEAR_AFTER.match(self.low, end)
        year = None
        if y is not None and not self.low[end:y.start(1)].strip(" \u00a0"):
            year, end = int(y.group(1)), y.end()
        value = _date_value(year, month[1], day[1])
        return (p, end, value) if value is not None else None

    def ordinal_part(self, p: int, top: int) -> tuple[int, int, bool] | None:
        """``(end, value, digits)`` of "7." or "siebter" at ``p`` (1..``top``)."""
        d = _ORD_DIGITS.match(self.low, p)
        if d is not None:
            v = int(d.group(1))
            return (d.end(), v, True) if 1 <= v <= top else None
        scan = _number_scanner()
        w = _WORD.match(self.low, p)
        if scan is None or w is None or not is_number_word(w.group(0), self.lang):
            return None  # cheap: most words after a weekday are no ordinal
        window = self.text[p : p + 40]
        try:
            found = scan(window, self.lang)
        except Exception:
            return None
        if not found or found[0].start != 0 or not getattr(found[0], "ordinal", False):
            return None
        dv = Decimal(found[0].value)
        if dv != dv.to_integral_value() or not 1 <= dv <= top:
            return None
        return p + found[0].end, int(dv), False

    def unit_anchor(self, pos: int) -> Figure | None:
        """A unit word after a number word, an article or a modifier: "drei Jahre",
        "vor einem Jahr", "im ersten Quartal", "dix derniers mois"."""
        low = self.low
        if self.g.fwd_day_of_month is not None:
            dm = self.g.fwd_day_of_month.match(low, pos)
            if dm is not None:  # "the thirty-first day of the month"
                fig = self.day_of_month(pos, dm.end())
                if fig is not None:
                    return fig
        if self.g.century_words and low.startswith(self.g.century_words, pos):
            unit_m = self.unit_at(pos)
            if unit_m is not None and self.g.units.get(unit_m.group(0)) == "CE":
                fig = self.century(pos, unit_m.end())
                if fig is not None:
                    return fig
        # the word before (and the one before it), read backwards by hand: cheaper than
        # a regex search that ends at pos
        j = pos - 1
        while j >= 0 and low[j] in _GAP:
            j -= 1
        k = j
        while k >= 0 and alpha_at(low, k):
            k -= 1
        prev = low[k + 1 : j + 1]
        if not prev:
            return self.whole_unit(pos) if low[pos - 1] in "'’" else None  # "toute l'année"
        ok = (
            prev in self.g.after_unit
            or prev in self.g.one_words
            or prev in self.g.count_last
            or is_number_word(prev, self.lang)
            or prev in restricted_words(self.lang)  # vi "năm ngày qua": word_number decides
            or prev in self.g.half_adjectives  # "ein knappes halbes Jahr"
        )
        if not ok:
            # "eine halbe Stunde": the two words before make the number
            j2 = k
            while j2 >= 0 and low[j2] in _GAP:
                j2 -= 1
            k2 = j2
            while k2 >= 0 and alpha_at(low, k2):
                k2 -= 1
            if k2 < j2 and is_number_word(low[k2 + 1 : j + 1], self.lang):
                ok = True
        if not ok:
            return self.whole_unit(pos)
        unit = self.unit_at(pos)
        if unit is None:
            return None
        if self.g.units.get(unit.group(0)) == "Q":
            fig = self.ordinal_quarter(pos, unit.end())
            if fig is not None:
                return fig
        return self.word_duration(pos, unit.end())

    def day_of_month(self, pos: int, end: int) -> Figure | None:
        """ "the 31st day of the month", "the twenty-sixth day of the month": that day
        of the current month (``XXXX-XX-31``, as "on the 31st")."""
        before = self.low[max(0, pos - 24) : pos].split()
        if not before:
            return None
        word = before[-1]
        start = pos
        while start > 0 and self.low[start - 1].isspace():
            start -= 1
        start -= len(word)
        dm = _DAY_SUFFIXED.fullmatch(word)
        if dm is not None and dm.group(2) in self.g.day_suffixes:
            n = int(dm.group(1))
        else:
            got = self.ordinal_word(word)
            if got is None or got != got.to_integral_value():
                return None
            n = int(got)
        if not 1 <= n <= 31:
            return None
        return self.fig("date", start, end, f"XXXX-XX-{n:02d}")

    def whole_unit(self, pos: int) -> Figure | None:
        """ "all day", "den ganzen Tag", "toute l'année", "cả năm": one whole unit; "am
        Wochenende", "the weekend" (``weekend_words`` before): this week's weekend."""
        g = self.g
        # both readings need a singular unit word at pos: checked before any search
        # back (most unit words here are plural or follow no such word)
        unit_m = self.unit_at(pos)
        if unit_m is None or unit_m.group(0) not in g.singular_units:
            return None
        unit = g.units[unit_m.group(0)]
        whole = self.back(g.back_whole, pos) if g.back_whole is not None else None
        if whole is None:
            # "tout le week-end", "all weekend": the whole one; else "am Wochenende"
            if unit != "WE" or g.back_weekend is None:
                return None
            w = self.back(g.back_weekend, pos)
            if (
                w is not None
                and (
                    g.fwd_after_mod is None
                    or g.fwd_after_mod.match(self.low, unit_m.end()) is None
                )  # not "le week-end prochain": that one is next week's
                and (
                    g.fwd_weekend_date is None
                    or g.fwd_weekend_date.match(self.low, unit_m.end()) is None
                )  # not "le week-end du 5 novembre": that date's
            ):
                return self.fig(
                    "date", w.start(), unit_m.end(), "REF+P0WE", flags=frozenset({"relative"})
                )
            return None
        if unit not in ("Y", "M", "W", "WE", "D", "H"):
            return None
        if g.fwd_after_mod is not None and g.fwd_after_mod.match(self.low, unit_m.end()):
            return None  # vi "cả tuần này" (all this week): this week
        if unit_m.group(0) in restricted_words(self.lang) and _counts_here(
            self.text, pos, self.lang
        ):
            return None  # vi "cả năm trận" = all five matches, not the whole year
        value = "PT1H" if unit == "H" else f"P1{unit}"
        return self.fig(
            "duration", whole.start(), unit_m.end(), value, unit=unit, low=Decimal(1),
            high=Decimal(1),
        )

    def century(self, pos: int, unit_end: int) -> Figure | None:
        """ "the 15th century", "im 19. Jahrhundert", "au XXe siècle", "thế kỷ 21" →
        ``14XX``, ``18XX``, ``19XX``, ``20XX`` (flag ``century``)."""
        text = self.text
        m = _CENTURY_BEFORE.search(text, max(0, pos - 16), pos)
        n: int | None = None
        start, end = pos, unit_end
        if m is not None:
            start = m.start()
            n = int(m.group(1)) if m.group(1) else _roman(m.group(2))
        else:
            got = self.word_number(pos)
            if got is not None and got[2]:
                start, n = got[0], int(got[1])
            elif self.g.ordinal_after_unit:
                a = _CENTURY_AFTER.match(text, unit_end)
                if a is not None:
                    end = a.end()
                    n = int(a.group(1)) if a.group(1) else _roman(a.group(2))
        if n is None or not 1 <= n <= 30:
            return None
        return self.fig("date", start, end, f"{n - 1:02d}XX", flags=frozenset({"century"}))

    # -- handlers ------------------------------------------------------
    def on_date(self, m: _Groups) -> Figure | None:
        g = self.g
        start, end = m.span("A_date")
        while end > start and self.low[end - 1] in " \u00a0":
            end -= 1  # "dem 13.05. und": the space an optional year may follow
        gd = m
        # each group read once (a hostile text has a date anchor every few characters)
        y_s, d_s, m_s, mn = gd.get("y"), gd.get("d"), gd.get("m"), gd.get("mn")
        y = int(y_s) if y_s else None
        if y is None:
            yy_s = gd.get("yy")
            if yy_s:
                yy = int(yy_s)
                y = 2000 + yy if yy < 50 else 1900 + yy
        month = g.months.get(mn) if mn else (int(m_s) if m_s else None)
        d = int(d_s) if d_s else None
        if mn is None and d is None and "." in self.low[start:end]:
            after = end
            while after < len(self.low) and self.low[after] in " \u00a0\u202f":
                after += 1
            if _amount_around(self.text, start, after, self.lang):
                return None  # "12.2016 Euro": a number written with a decimal point
        if mn is None and month is not None and d is not None and month > 12 and d <= 12:
            month, d = d, month  # "25/10/2025" in a month-first locale
        digits = len(d_s or "") + len(m_s or "")
        if (
            mn is None
            and y is None
            and digits < 3
            # "1.1." is no date; "ngày 6/7", "am 6.7." are
            and not (self.low[start].isalpha() or self.numeric_prefix_before(start))
        ):
            return None
        if mn is None and _SPACED_DOT.search(self.low, start, end) is not None:
            # "27. 11.", "7. 4. 2020": a space after a dot only for a real date, not in
            # an enumeration "1. 2. 3. 4."
            if y is None and digits < 4:
                return None
            if _ENUM_BEFORE.search(self.low, max(0, start - 6), start) or _ENUM_AFTER.match(
                self.low, end
            ):
                return None
        if mn is None and y is None and (
            ("." in self.low[start:end] and self.low[end - 1] != ".")
            or "-" in self.low[start:end]
        ):
            # "22.04" alone is a number, nl "10-6" a score: a date only after "am", "vom",
            # "le"
            if g.back_numeric_prefix is None or self.back(g.back_numeric_prefix, start) is None:
                return None
        if mn is not None and d is None and y is None:
            return None
        if mn is not None and d is None:
            day = self.word_day(start)
            if day is not None:
                start, d = day
        if mn is not None and y_s and "," in self.low[start : m.start("y")]:
            ys = m.start("y")
            if (_count_endings(self.lang) or _capital_nouns(self.lang)) and not self.year_ok(
                ys, end
            ):
                # "le 8 mai, 2000 personnes", "on May 8, 2000 people": a count after
                # the comma, no year
                end = self.low.rindex(",", start, ys)
                y = None
        if mn is not None and y is None and not gd.get("d1"):
            wy = self.word_year(end)  # "6 April seventeen hundred thirty three"
            if wy is not None:
                end, y = wy
            elif d is not None:
                two = _YY_AFTER.match(self.low, end)
                if two is not None and (not two.group(1) or two.group(1).strip() in g.day_joiners):
                    end, y = two.end(2), 1900 + int(two.group(2))  # "15 April of 87"
        value = _date_value(y, month, d)
        if value is None:
            return None
        flags = set()
        value_end = None
        qualifier = None
        if gd.get("d1"):
            d1 = int(gd.get("d1"))
            conn = gd.get("conn")
            if d is None or d1 >= d:
                return self.first_of_range(m, month, d1)
            if conn in g.between_connectors and self.back(g.back_between, start) is None:
                # "August 8 and 9", "les 3 et 4 novembre": two days, not a range; the
                # first one here, the second at its own anchor
                return self.first_of_two(m, y, month, d1)
            first = _date_value(y, month, d1)
            if first is None:
                return None
            value, value_end = first, value
            flags.add("range")
            qualifier = "between"
            opener = self.back(g.back_range, start)
            if opener is not None:
                start = opener.start()
        weekday = g.weekdays.get(gd.get("wd")) if gd.get("wd") else None
        if weekday is None:
            wd = self.back(g.back_weekday, start)
            if wd is not None:
                weekday = g.weekdays.get(wd.group("wd"))
                start = wd.start()
        if (
            weekday is None
            and mn is not None
            and y is None
            and m.end("mn") < len(self.low)
            and self.low[m.end("mn")] == "-"
        ):
            return None  # "Jun-15" alone may be June 2015: a day only after a weekday
        if g.back_date_prefix is not None and "range" not in flags:
            pre = self.back(g.back_date_prefix, start)
            if pre is not None:
                start = pre.start()
        return self.fig(
            "date",
            start,
            end,
            value,
            weekday=weekday,
            value_end=value_end,
            qualifier=qualifier,
            flags=frozenset(flags),
        )

    def on_listday(self, m: _Groups) -> Figure | None:
        """A day of a list of days sharing the month named at its end: "8" in "les 8, 9
        et 10 novembre" (the last two days are read as two days sharing a month)."""
        start, end = m.span("A_listday")
        month = self.g.months.get(m.group("mn"))
        y = int(m.group("y")) if m.group("y") else None
        value = _date_value(y, month, int(m.group("d"))) if month else None
        return None if value is None else self.fig("date", start, end, value)

    def first_of_two(self, m: _Groups, y: int | None, month: int | None, d1: int) -> Figure | None:
        """The first of two days sharing a month: "August 8" of "August 8 and 9", "3
        novembre" (span "3") of "les 3 et 4 novembre", "3." of "am 3. und 4. Mai"."""
        if m.get("mn") is not None and m.start("mn") < m.start("d1"):
            return self.first_of_range(m, month, d1)
        end = m.end("d1")
        while end < len(self.low) and self.low[end].isalpha():
            end += 1  # the day suffix: "8th", "1er"
        if end < len(self.low) and self.low[end] == ".":
            end += 1  # de "3."
        value = _date_value(y, month, d1)
        if value is None:
            return None
        return self.fig("date", m.start("d1"), end, value)

    def first_of_range(self, m: _Groups, month: int | None, d1: int) -> Figure | None:
        """The month name and first day of a rejected day range alone: "June 9th" of
        "June 9th and 3rd place" (a word anchor has no fallback pattern)."""
        if m.get("mn") is None or month is None or m.start("mn") > m.start("d1"):
            return None
        end = m.end("d1")
        while end < len(self.low) and self.low[end].isalpha():
            end += 1  # the day suffix: "9th"
        value = _date_value(None, month, d1)
        if value is None:
            return None
        return self.fig("date", m.start("A_date"), end, value)

    def on_nrange(self, m: _Groups) -> Figure | None:
        """Two numeric dates joined by a dash, fields in the locale's order."""
        sep = m.group("s")
        y1s, y2s = m.group("y1"), m.group("y2")
        t1, t2 = m.group("t1"), m.group("t2")  # de "15.11. - 19.12.": the final dots
        if (t1 or t2) and sep != ".":
            return None
        if sep in ".-" and not y2s and not (t1 and t2):
            return None  # "6.5-7.5", "3-2 - 2-1" (a score)
        a1, b1, a2, b2 = (int(m.group(k)) for k in ("a1", "b1", "a2", "b2"))
        if self.g.month_first_short:
            (m1, d1), (m2, d2) = (a1, b1), (a2, b2)
        else:
            (d1, m1), (d2, m2) = (a1, b1), (a2, b2)
        y2 = int(y2s) if y2s else None
        y1 = int(y1s) if y1s else y2
        if y1 is not None and y2 is not None and not y1s and (m1, d1) > (m2, d2):
            y1 = y2 - 1
        first, last = _date_value(y1, m1, d1), _date_value(y2, m2, d2)
        if first is None or last is None or (first[4:] > last[4:] and y1 == y2):
            return None
        start, end = m.span("A_nrange")
        opener = self.back(self.g.back_range, start)
        if opener is not None:
            start = opener.start()
        return self.fig(
            "date",
            start,
            end,
            first,
            value_end=last,
            qualifier="between",
            flags=frozenset({"range"}),
        )

    def on_compact(self, m: _Groups) -> Figure | None:
        """ "20161016": ISO 8601's basic form of a day, alone (not after "1." or "1,")."""
        start, end = m.span("A_compact")
        if start >= 2 and self.low[start - 1] in ".," and self.low[start - 2].isdigit():
            return None
        y, mo, d = int(m.group("cy")), int(m.group("cm")), int(m.group("cd"))
        if d > calendar.monthrange(y, mo)[1]:
            return None  # a real day only: "20160231" is a number
        after = end
        while after < len(self.low) and self.low[after] in " \u00a0\u202f":
            after += 1
        if _amount_around(self.text, start, after, self.lang):
            return None  # "20161016 dollars", "€ 20161016"
        return self.fig("date", start, end, f"{y:04d}-{mo:02d}-{d:02d}")

    def on_season(self, m: _Groups) -> Figure | None:
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y2 != y1 + 1:
            return None
        start, end = m.span("A_season")
        return self.fig(
            "date",
            start,
            end,
            f"{y1:04d}",
            value_end=f"{y2:04d}",
            qualifier="between",
            flags=frozenset({"range", "season"}),
        )

    def on_yrange(self, m: _Groups) -> Figure | None:
        g = self.g
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 200 or (len(y2s) == 2 and y2 > y1 + 10):
            return None
        start, end = m.span("A_yrange")
        after = end
        while after < len(self.low) and self.low[after] in " \u00a0\u202f":
            after += 1
        if _amount_around(self.text, start, after, self.lang):
            return None  # "2010 bis 2018 Euro"
        conn = m.group("conn")
        if conn in g.between_connectors and self.back(g.back_between, start) is None:
            return None
        opener = self.back(g.back_range, start)
        if opener is not None:
            start = opener.start()
        elif conn not in "–—-‒" and self.back(g.back_year, start) is None:
            # "2010 bis 2018" needs "von"/"zwischen"/a year word; "2010–2018" does not
            if not self.year_ok(m.start("y1"), m.end("y1"), strict=True):
                return None
        return self.fig(
            "date",
            start,
            end,
            f"{y1:04d}",
            value_end=f"{y2:04d}",
            qualifier="between",
            flags=frozenset({"range"}),
        )

    def on_time(self, m: _Groups) -> Figure | None:
        g = self.g
        h = int(m.group("h"))
        mi = int(m.group("mi")) if m.group("mi") else 0
        sep = m.group("sep")
        ap = m.group("ap")
        tm = m.group("tm")
        start, end = m.span("A_time")
        dp = m.group("dp")
        if sep == "." and not (ap or tm or dp):
            return None
        if ap:
            if g.periods.get(ap) == "pm" and h < 12:
                h += 12
            elif g.periods.get(ap) == "am" and h == 12:
                h = 0
        elif dp:
            h = _hour_in_period(h, dp, g)  # "5.30 chiều" = 17:30
        if h > 24:
            return None
        return self.fig("time", start, end, f"T{h:02d}:{mi:02d}")

    def on_ndur(self, m: _Groups) -> Figure | None:
        """A count with CLDR's narrow unit glued to it: "for 10D", "lasted 2W" (after a
        word of ``narrow_unit_before``, before punctuation, the end or a word of
        ``narrow_unit_after``; "3D", "2d" are dimensions and ordinals)."""
        g = self.g
        start, end = m.span("A_ndur")
        if self.low[start:end] in g.narrow_not or g.back_narrow is None:
            return None
        if self.back(g.back_narrow, start) is None:
            return None  # "seat 10D", "a 5W charger"
        nxt = _next_word(self.low, end)
        if nxt is not None and nxt.group(1) not in g.narrow_after:
            return None  # "for 5W chargers", "over 10Y bonds": a noun's attribute
        return self.duration(start, end, Decimal(m.group("n")), g.narrow_units[m.group("nu")])

    def on_dur(self, m: _Groups) -> Figure | None:
        raw = m.group("n")
        frac = _VULGAR.get(raw[-1], 0)
        if frac:
            raw = raw[:-1].strip() or "0"  # "2½", "2 ½", "½"
        if self.g.decimal == ",":
            raw = raw.replace(".", "").replace(",", ".") if "," in raw else raw
        else:
            raw = raw.replace(",", "")
        try:
            amount = Decimal(raw) + Decimal(frac)
        except InvalidOperation:
            return None
        unit = self.g.units[m.group("unit")]
        start, end = m.span("A_dur")
        gd = m
        # "dix derniers mois", "the 5 past years", "3 next weeks"
        mid = " ".join(gd["midmod"].split()) if gd.get("midmod") else None
        mod = self.g.after_unit.get(mid, self.g.before_unit.get(mid)) if mid else None
        if mod == 0:
            return None  # "2 this week"
        if mod is not None and amount != 1 and m.group("unit") in self.g.singular_only:
            return None  # "only 3 next week": a count, then "next week"
        plain = m.group("unit") not in self.g.ambiguous_units
        return self.duration(start, end, amount, unit, mod=mod, plain=plain)

    def counted_before(self, start: int) -> bool:
        """Whether the word before ``start`` is a figure (digits or a number word):
        then the word at ``start`` is what it counts, and "a year" after it a rate
        ("100m doses a year", "three meals a day")."""
        if start and self.low[start - 1].isdigit():
            return True  # the word is glued to a number: "€30m a day", "5kg a week"
        prev = _prev_token(self.low, max(0, start - 24), start)
        if prev is None:
            return False
        word = prev.group(1)
        if any(c.isdigit() for c in word):
            # "200", "$5m", "30,000"; not "Palin, 26, spent a year" (an apposition)
            return word[-1].isalnum()
        if word.isalpha() and is_number_word(word, self.lang):
            return True
        # "30 million euros a day": a currency or unit name after a scale word
        here = _WORD.match(self.low, start)
        if here is None or not word.isalpha():
            return False
        exact, folded = _amount_keys(self.lang)[:2]
        if not _has_key(here.group(0), exact, folded):
            return False
        if here.group(0) in _not_amount_words(self.lang):
            return False  # "9 miles in an hour": "in" is no inch here
        prev2 = _prev_token(self.low, max(0, prev.start() - 24), prev.start())
        if prev2 is not None and prev2.group(1)[-1:].isdigit():
            return True
        # "two million barrels a day", "hàng triệu thùng một ngày": a number or a
        # collective in words; "thousands of tonnes a year": one, then "of"
        if self.number_words_end(prev.end(1)):
            return True
        return (
            prev2 is not None and word in _scale_of(self.lang)
            and self.number_words_end(prev2.end(1))
        )

    def number_words_end(self, end: int) -> bool:
        """Whether a number in words ("two million", "a million") or a collective
        ("thousands", "hàng triệu") ends at ``end``."""
        begin = self.low.find(" ", max(0, end - 48), end)
        if begin < 0:
            begin = max(0, end - 48)
        for name in _collectives(self.lang):
            at = end - len(name)
            if at >= 0 and self.low.startswith(name, at) and (
                at == 0 or not self.low[at - 1].isalnum()
            ):
                return True
        return any(
            wn.end == end - begin for wn in scan_number_words(self.low[begin:end], self.lang)
        )

    def amount_before(self, end: int) -> bool:
        """Whether the text before ``end`` ends with an amount: a figure glued to a
        symbol ("3%", "30€") or a figure then a currency, unit or percent name of up to
        three words ("15 đô la", "15 đô la Mỹ", "5 per cent"); "a year" after it is
        then a rate ("3% a year", "15 đô la một giờ"), as after :meth:`counted_before`."""
        exact, folded = _amount_keys(self.lang)[:2]
        starts: list[int] = []
        words: list[str] = []
        at = end
        while len(words) < 3:
            prev = _prev_token(self.low, max(0, at - 24), at)
            if prev is None:
                break
            word = prev.group(1)
            if not words:
                cut = len(word)
                while cut and not word[cut - 1].isalnum():
                    cut -= 1
                if 0 < cut < len(word) and word[cut - 1].isdigit():
                    # "3%", "30€"; not "Palin, 26, spent a year" (an apposition)
                    return _has_key(word[cut:], exact, folded)
            starts.append(prev.start(1))
            words.append(word)
            at = prev.start(1)
        for n in range(len(words), 0, -1):
            name = " ".join(reversed(words[:n]))
            if (
                _has_key(name, exact, folded) and name not in _not_amount_words(self.lang)
                and self.counted_before(starts[n - 1])
            ):
                return True
        return False

    def word_duration(self, pos: int, unit_end: int) -> Figure | None:
        word = self.low[pos:unit_end]
        unit = self.g.units.get(word)
        if unit is None:
            return None
        got = self.word_number(pos)
        mod: int | None = None
        if got is None and self.g.back_count_words is not None:
            cm = self.back(self.g.back_count_words, pos)
            if cm is not None:  # "a couple of weeks" = 2
                count = self.g.count_words.get(" ".join(cm.group(0).split()))
                if count is not None:
                    got = (cm.start(), Decimal(count), False)
        if got is None and self.g.half_adjectives and word in self.g.singular_units:
            adj = _prev_word(self.low, max(0, pos - 24), pos)
            if adj is not None and adj.group(1) in self.g.half_adjectives:
                # "ein knappes halbes Jahr", "halbe Stunde": half the unit; not "im
                # ersten halben Jahr" (a half of something)
                rank = _prev_word(self.low, max(0, adj.start(1) - 24), adj.start(1))
                if rank is not None and self.ordinal_word(rank.group(1)) is not None:
                    return None
                return self.duration(adj.start(1), unit_end, Decimal("0.5"), unit)
        if got is None:
            article = _prev_word(self.low, max(0, pos - 24), pos)
            if article is not None and article.group(1) in self.g.one_words:
                # "vor einem Jahr", "il y a un an", "a year ago": relative times only
                fig = self.duration(article.start(1), unit_end, Decimal(1), unit)
                if fig is None or "relative" in fig.flags:
                    return fig
                # "ein Jahr", "une semaine", "an hour", "một năm": a duration, unless a
                # rate ("twice a year", "$5 a month") or an ambiguous unit ("a second")
                if unit in ("S", "Q"):
                    return None
                before = _prev_word(
                    self.low, max(0, article.start(1) - 24), article.start(1)
                )
                if before is not None and before.group(1) in self.g.rate_words:
                    return None
                if before is not None and self.counted_before(before.start(1)):
                    return None  # "100m doses a year", "three meals a day": a rate
                if self.amount_before(article.start(1)):
                    return None  # "3% a year", "15 đô la một giờ": a rate
                if before is not None and before.group(1) in self.g.half_before:
                    # "half an hour", "half a day": the half belongs to the duration
                    half = self.duration(before.start(1), unit_end, Decimal("0.5"), unit)
                    return fig if half is None else half
                lead = self.low[max(0, article.start(1) - 2) : article.start(1)]
                if any(c.isdigit() for c in lead):
                    return None
                return fig
            # "dix derniers mois", "trois prochaines semaines": a modifier between
            m = self.back(self.g.back_after_mod, pos)
            if m is None:
                return None
            got = self.word_number(m.start())
            if got is None:
                return None
            mod = self.g.after_unit.get(" ".join(m.group(0).split()))
        begin, amount, ordinal = got
        if ordinal or amount <= 0:
            return None
        if amount > 1 and word in self.g.singular_only and is_number_word(word, self.lang):
            return None  # "trois cent vingt seconde", "thirty-second": an ordinal
        if (
            is_number_word(word, self.lang) or word in restricted_words(self.lang)
        ) and self.number_goes_on(begin, unit_end):
            return None  # vi "hai trăm năm mươi nghìn" (250 000), not "200 years"
        fig = self.duration(
            begin, unit_end, amount, unit, mod=mod, plain=word not in self.g.ambiguous_units
        )
        return None if fig is None else _with_flags(fig, "words")

    def duration(
        self,
        start: int,
        end: int,
        amount: Decimal,
        unit: str,
        *,
        mod: int | None = None,
        plain: bool = True,
    ) -> Figure | None:
        """A duration, or a relative date or span when a modifier goes with it; with
        ``plain`` false only the latter ("three quarters" alone is a fraction)."""
        g = self.g
        if g.unit_factors:
            # the unit word may have several words: "un quart d'heure", "a quarter of
            # an hour"
            tail = " " + " ".join(self.low[max(start, end - 32) : end].split())
            for key, factor in g.unit_factors.items():
                if tail.endswith(key) and tail[-len(key) - 1] in " -'’":
                    amount = amount * factor  # "a fortnight" = 2 weeks, "Viertelstunde"
                    break
        whole = amount == amount.to_integral_value()
        if unit == "H" and whole and 0 <= amount <= 24:
            # "lúc 15 giờ" (a word only times follow), or an hour and a day period:
            # "4 giờ sáng", "5 giờ chiều", "six heures du matin" (not "3 giờ sáng nay",
            # which may be three hours this morning)
            at_time = g.back_time is not None and self.back(g.back_time, start) is not None
            if not at_time and g.fwd_clock_to is not None and g.back_clock_from is not None:
                # the two ends of a range, each with its clock word: "từ 6 giờ đến 18
                # giờ", "de 6 heures à 18 heures" are clock times ("từ 3 đến 5 giờ",
                # with the unit once, stays hours)
                at_time = (
                    self.back(g.back_range, start) is not None
                    or self.back(g.back_between, start) is not None
                ) and g.fwd_clock_to.match(self.low, end) is not None
                at_time = at_time or self.back(g.back_clock_from, start) is not None
            dp = g.fwd_day_period.match(self.low, end) if g.fwd_day_period is not None else None
            starts_day = False
            if dp is not None:
                nxt = _WORD.match(self.low, dp.end() + 1)
                starts_day = nxt is not None and f"{dp.group(1)} {nxt.group(0)}" in g.days
            clock = dp is not None and not starts_day and self.clock_word_before(end)
            if at_time and dp is None and g.duration_of:
                after = _WORD_OF.match(self.low, end)
                if after is not None and after.group(1).replace("’", "'") in g.duration_of:
                    at_time = False  # "jusqu'à 22 heures de lecture": hours of playback
            if at_time or clock:
                h = int(amount)
                if dp is not None:
                    h = _hour_in_period(h, dp.group(1), g)
                    if not starts_day:
                        end = dp.end()  # "sáng nay" stays a relative day of its own
                return self.fig("time", start, end, f"T{h:02d}:00")
        if mod is None:
            pre_mod = self.back(g.back_before_mod, start)
            if pre_mod is not None and g.mod_not_after:
                verb = self.low[max(0, pre_mod.start() - 16) : pre_mod.start()].split()[-1:]
                if verb and verb[0].replace("’", "'") in g.mod_not_after:
                    pre_mod = None  # "the strike could last two weeks": a verb
            if pre_mod is not None:
                mod = g.before_unit.get(" ".join(pre_mod.group(0).split()))
                if mod:
                    start = pre_mod.start()
        if mod is None and g.fwd_span_mod is not None:
            post_mod = g.fwd_span_mod.match(self.low, end)
            if post_mod is not None:
                word = " ".join(post_mod.group(1).split())
                mod = g.after_unit.get(word)
                if mod and self.rel_blocked(start, word, post_mod.end()):
                    mod = None  # vi "hai ngày trước khi" (two days before)
                if mod:
                    end = post_mod.end()
        if mod and (unit in PERIOD_UNITS or unit in ("DE", "BD")) and whole:
            n = _fmt_amount(amount)
            if unit in ("Q", "DE", "BD"):
                # whole calendar quarters (decades, business days): "the last two
                # quarters" are the two before the current one, "the next 3 quarters"
                # the three after it, "the next 4 business days" the four after today
                if mod > 0:
                    value, value_end = f"REF+P1{unit}", f"REF+P{n}{unit}"
                else:
                    value, value_end = f"REF-P{n}{unit}", f"REF-P1{unit}"
            elif mod > 0:
                value, value_end = "REF+P1D", f"REF+P{n}{unit}@D+1D"
            else:
                value, value_end = f"REF-P{n}{unit}@D", "REF+P0D"
            return self.fig(
                "date",
                start,
                end,
                value,
                value_end=value_end,
                qualifier="between",
                flags=frozenset({"relative", "range"}),
            )
        sign = 0
        start_rel = start
        paired = False
        hedge: str | None = None
        pre = self.back(g.back_rel, start)
        if pre is None and g.back_rel_hedged is not None:
            last = self.low[max(0, start - 16) : start].split()[-1:]
            if last and last[0].replace("’", "'") in g.hedge_last:
                pre = self.back(g.back_rel_hedged, start)  # "vor etwa zwei Jahren"
        if pre is not None:
            prefix = " ".join(pre.group(0).split())
            sign = g.rel_prefixes.get(prefix, 0) or g.rel_prefixes.get(
                prefix.replace("’", "'"), 0
            )
            if sign:
                start_rel = pre.start()
                paired = prefix in g.rel_paired
                # "il y a plus de deux ans", "vor etwa zwei Jahren": the hedge inside
                hedge = g.rel_hedges.get(prefix) or g.rel_hedges.get(prefix.replace("’", "'"))
        if g.fwd_rel is not None:
            post = g.fwd_rel.match(self.low, end)
            if post is not None:
                word = post.group(0).strip()
                post_sign = g.rel_suffixes.get(word, 0)
                if post_sign and self.rel_blocked(start, word, post.end()):
                    post_sign = 0  # vi "hai tuần trước khi", "lùi một tuần nữa"
                if post_sign and (sign == 0 or sign == post_sign):
                    sign = post_sign
                    end = post.end()
                    paired = False
        if paired:
            # "sau ba năm" (after three years) without CLDR's "nữa": a duration
            sign = 0
            start_rel = start
        if sign and (unit in PERIOD_UNITS or unit in ("DE", "BD")) and whole:
            value = f"REF{'+' if sign > 0 else '-'}P{_fmt_amount(amount)}{unit}@D"
            return self.fig(
                "date",
                start_rel,
                end,
                value,
                qualifier=hedge,
                flags=frozenset({"relative"}),
            )
        if not plain:
            return None
        if unit in ("H", "MIN", "S"):
            letter = "M" if unit == "MIN" else unit
            value = f"PT{_fmt_amount(amount)}{letter}"
        else:
            value = f"P{_fmt_amount(amount)}{unit}"
        return self.fig("duration", start, end, value, unit=unit, low=amount, high=amount)

    def on_decade(self, m: _Groups) -> Figure | None:
        start, end = m.span("A_decade")
        if m.group("dec"):
            dec = m.group("dec")
        else:
            if m.group("decq"):
                if start == 0 or self.low[start - 1] not in "'’":
                    return None  # "in her 40s": only "'40s" is a decade
                start -= 1
            two = int(m.group("decs") or m.group("decq"))
            dec = f"{2000 + two if two < 20 else 1900 + two}"
        return self.fig("date", start, end, dec[:3] + "X")

    def on_decword(self, m: _Groups) -> Figure | None:
        start, end = m.span("A_decword")
        tens = self.g.decade_words.get(" ".join(self.low[start:end].split()))
        if tens is None or not (10 <= tens <= 90 or (2000 <= tens <= 2090 and tens % 10 == 0)):
            return None
        if self.g.back_decade_not is not None and self.back(self.g.back_decade_not, start):
            return None  # "in her nineties", "in seinen Achtzigern": an age
        # as "the '90s": the twentieth century (the twenties are the 1920s); a whole
        # year names its own decade ("les années deux mille" = 200X)
        dec = f"{tens // 10}X" if tens >= 2000 else f"19{tens // 10}X"
        return _with_flags(self.fig("date", start, end, dec), "words")

    def year_ok(self, start: int, end: int, *, strict: bool = False) -> bool:
        low, text = self.low, self.text
        i = end
        n = len(low)
        while i < n and low[i] in " \u00a0\u202f":
            i += 1
        if _count_endings(self.lang) and i < n and text[i].isupper():
            # "the 1996 Games", "Trump's 2016 Massachusetts campaign": a year before a
            # name (not an all-capital code: "the 2000 EUR") after an article or a possessive
            w = _WORD.match(text, i)
            if w is not None and w.group(0)[1:].islower():
                prev = _prev_word(low, max(0, start - 24), start)
                if (prev is not None and prev.group(1) in self.g.title_articles) or re.search(
                    r"['’]s[ \u00a0]+$", text[max(0, start - 8) : start]
                ):
                    return True
        if _amount_around(text, start, i, self.lang):
            return False  # "1015 francs", "1000 EUR", "€ 1990", "2015 km", "1990 people"
        sw = _WORD.match(low, i)
        if sw is not None and sw.group(0) in _long_scales(self.lang):
            return False  # "de 2000 millones de dólares": an amount
        mk = self.back(self.g.back_year, start)
        marker = mk is not None
        if marker and self.g.units.get(mk.group().split()[-1]) == "Y":
            at = mk.start() + mk.group().rstrip().rfind(" ") + 1  # the unit word
            mod = _prev_word(self.low, max(0, at - 24), at)
            if mod is None or mod.group(1) not in self.g.before_unit:
                # "im Jahr 2016 Vize-Vorsitzender": the year unit names it (not "letztes
                # Jahr 1127 Überläufer": a count after a relative year)
                return True
        if not marker and not _capital_nouns(self.lang):
            # after a name: "Ryder Cup 2018", "Euro 2024" (not at a sentence start)
            name = _prev_word(text, max(0, start - 24), start)
            marker = (
                name is not None
                and name.group(1)[:1].isupper()
                and not _SENTENCE_START.search(text, max(0, name.start() - 4), name.start())
            )
        if i >= n or not low[i].isalpha():
            # "2025." "(2019)" "2019, …"
            return marker or not strict
        if _capital_nouns(self.lang):
            return not text[i].isupper()
        endings = _count_endings(self.lang)
        if endings and not marker:
            w = _WORD.match(low, i)
            if w is not None and w.group(0) in _count_not(self.lang):
                return True  # "2019 was a record year"
            return w is not None and not w.group(0).endswith(endings)
        return marker

    def on_year(self, m: _Groups) -> Figure | None:
        start, end = m.span("A_year")
        if not self.year_ok(start, end):
            return None
        g = self.g
        if g.back_year_not is not None and self.back(g.back_year_not, start) is not None:
            return None  # "plus de 2000.", "über 2000.": a count after a hedge of amounts
        if not 1800 <= int(m.group("y")) <= 2100:
            if self.back(g.back_year, start) is None:
                return None  # "almost 1000 people"
            nxt = g.fwd_range_digits.match(self.low, end) if g.fwd_range_digits else None
            if nxt is not None:
                other = "".join(c for c in nxt.group(1) if c.isdigit())
                if int(other) > 2100:
                    return None  # "de 1000 à 5000": the other end is no year, nor is this
        return self.fig("date", start, end, m.group("y"))

    def on_month(self, m: _Groups) -> Figure | None:
        start, end = m.span("A_month")
        return self.month_at(start, end, m.group("mn"))

    def month_at(self, start: int, end: int, mn: str) -> Figure | None:
        """A month name at ``start``…``end`` (with a day, a year or alone)."""
        g = self.g
        if g.capitalized_months and _lower_phrase(self.text[start:end]):
            return None
        if (
            g.capitalized_months
            and mn in g.ambiguous_months
            and self.text[start:end].islower()
            and not self.lower_month_ok(start, end)
        ):
            return None  # "it may", "to march"
        if mn in g.ambiguous_months and not self.season_context(start):
            return None
        if mn not in g.wide_months:
            day = self.word_day(start)  # "the second of Aug."
            if day is not None and (self.text[start].isupper() or not g.capitalized_months):
                value = _date_value(None, g.months[mn], day[1])
                if value is not None:
                    return self.fig("date", day[0], start + len(mn), value)
            return self.month_abbr(start, end, mn)
        month = g.months[mn]
        day = self.word_day(start) if end - start == len(mn) else None  # not "Oktoberhälfte"
        wy = self.word_year(end)  # "October two thousand and five"
        if day is not None:
            value = _date_value(wy[1] if wy else None, month, day[1])
            if value is not None:
                return self.fig("date", day[0], wy[0] if wy else end, value)
        if g.month_first and g.fwd_comma_day is not None and self.low.startswith(",", end):
            cd = g.fwd_comma_day.match(self.low, end)  # "October, 1st."
            value = _date_value(None, month, int(cd.group("d"))) if cd is not None else None
            if cd is not None and value is not None:
                y = _YEAR_AFTER.match(self.low, cd.end())  # "October, 21st, 2019"
                if y is not None:
                    value = _date_value(int(y.group(1)), month, int(cd.group("d")))
                    return self.fig("date", start, y.end(), value) if value else None
                return self.fig("date", start, cd.end(), value)
        if g.month_first:
            after = self.word_day_after(end)  # "May twenty nine", "January first 2000"
            j = _next_word(self.low, end) if after is None and g.month_day_words else None
            if j is not None and j.group(1) in g.month_day_words:
                after = self.word_day_after(j.end())  # "April the ninth"
                nxt = _next_word(self.low, after[0]) if after is not None else None
                if (
                    after is not None
                    and after[2] is None
                    and nxt is not None
                    and nxt.start(1) == after[0] + 1
                    and nxt.group(1) not in g.followers
                    and nxt.group(1) not in g.day_only_after
                ):
                    after = None  # "in April the first doses arrived"
            if after is not None:
                value = _date_value(after[2], month, after[1])
                if value is not None:
                    return self.fig("date", start, after[0], value)
        if wy is not None:
            return self.fig("date", start, wy[0], f"{wy[1]:04d}-{month:02d}")
        yy = _YY_AFTER.match(self.low, end)
        if yy is not None and (not yy.group(1) or yy.group(1).strip() in g.day_joiners):
            # "juillet 98", "April of 87": two digits that cannot be a day are a year
            year = int(yy.group(2))
            return self.fig("date", start, yy.end(2), f"{1900 + year:04d}-{month:02d}")
        return self.fig("date", start, end, f"XXXX-{month:02d}")

    def lower_month_ok(self, start: int, end: int) -> bool:
        """A lower-case month name that is also a word ("may", "march") is the month
        after a word of ``lower_month_before`` and before the end of the clause ("it
        rained in may.", "since march, prices"): the verbs are followed by a verb or an
        object ("in may have", "to march on")."""
        g = self.g
        if g.back_lower_month is None or self.back(g.back_lower_month, start) is None:
            return False
        return _CLAUSE_END.match(self.low, end) is not None

    def month_abbr(self, start: int, end: int, mn: str) -> Figure | None:
        """An abbreviated month name alone ("in Feb", "since Sept."): after a word of
        ``month_context``, not before a capitalised word ("mit Jan Müller"), with its
        dot where CLDR writes month names in lower case ("en sept." but "en sept ans")."""
        g = self.g
        if g.back_month_context is None or self.back(g.back_month_context, start) is None:
            return None
        if not g.capitalized_months and not self.text[start:end].endswith("."):
            return None
        nxt = _next_word(self.text, end)
        if (
            nxt is not None
            and nxt.group(1)[:1].isupper()
            # a dot and a capital or a line break after it end the sentence: "until Oct. The"
            and not (self.text[end - 1] == "." or "\n" in self.text[end : nxt.start(1)])
        ):
            return None
        return self.fig("date", start, start + len(mn), f"XXXX-{g.months[mn]:02d}")

    def word_year(self, end: int) -> tuple[int, int] | None:
        """A year in words right after ``end``: "two thousand and five", "deux mille
        quinze", "zweitausendfünfzehn", and the English pairs "nineteen eighty six"."""
        scan = _number_scanner()
        if scan is None or end >= len(self.text) or self.text[end] != " ":
            return None
        nxt = _next_word(self.low, end)
        if nxt is None or not is_number_word(nxt.group(1), self.lang):
            return None
        window = self.text[end + 1 : end + 48]
        try:
            found = scan(window, self.lang)
        except Exception:
            return None
        if not found or found[0].start != 0 or getattr(found[0], "ordinal", False):
            return None
        first = Decimal(found[0].value)
        if 1000 <= first <= 2199 and first == first.to_integral_value():
            return end + 1 + found[0].end, int(first)
        if (
            len(found) > 1
            and 10 <= first <= 21
            and found[1].start == found[0].end + 1
            and not getattr(found[1], "ordinal", False)
        ):
            second = Decimal(found[1].value)
            if 10 <= second <= 99 and second == second.to_integral_value():
                return end + 1 + found[1].end, int(first) * 100 + int(second)
        return None

    def word_day_after(self, end: int) -> tuple[int, int, int | None] | None:
        """A day in words right after a month name, and a year after it."""
        scan = _number_scanner()
        if scan is None or end >= len(self.text) or self.text[end] != " ":
            return None
        window = self.text[end + 1 : end + 40]
        try:
            found = scan(window, self.lang)
        except Exception:
            return None
        if not found or found[0].start != 0:
            return None
        value = Decimal(found[0].value)
        if value != value.to_integral_value() or not 1 <= value <= 31:
            return None
        stop = end + 1 + found[0].end
        if getattr(found[0], "ordinal", False) and _YEAR_AFTER.match(self.low, stop) is None:
            wy = self.word_year(stop)  # "January first two thousand and thirty two"
            if wy is not None:
                return wy[0], int(value), wy[1]
        if not getattr(found[0], "ordinal", False):
            # a cardinal day only with a year after it: "January twenty five nineteen
            # eighty six"; "in March two people died" is no date
            wy = self.word_year(stop)
            return (wy[0], int(value), wy[1]) if wy is not None else None
        y = _YEAR_AFTER.match(self.low, stop)
        if y is not None:
            return y.end(), int(value), int(y.group(1))
        return stop, int(value), None

    def word_day(self, start: int) -> tuple[int, int] | None:
        """A day written in words just before a month name: "zweiten Mai", "premier mai",
        "the fourth of July" (a word of ``day_month_joiners`` between)."""
        got = self.word_number(start)
        if got is None and self.g.back_day_joiner is not None:
            j = self.back(self.g.back_day_joiner, start)
            if j is not None:
                got = self.word_number(j.start())
                if got is not None and not got[2]:
                    got = None  # only ordinals: "four of July" is no date
        if got is None:
            return None
        begin, value, _ordinal = got
        if value != value.to_integral_value() or not 1 <= value <= 31:
            return None
        return begin, int(value)

    def _three_words_number(self, lo: int, i: int, e: int) -> bool:
        """Whether the word before ``low[i:e]`` (two words) and those make one number
        word: fr "trente et un", "vingt-et-un" (its last word alone is an article)."""
        low = self.low
        h = _back_gap(low, lo, i)
        g = _back_word(low, lo, h)
        return g < h < i and is_number_word(low[g:e], self.lang)

    def word_number(self, pos: int) -> tuple[int, Decimal, bool] | None:
        """The number written in words that ends just before ``pos`` (spaces between)."""
        scan = _number_scanner()
        if scan is None:
            return None
        lo = max(0, pos - _BACK)
        if lo == pos or self.low[pos - 1] not in " \u00a0\u202f-":
            return None
        # the window text[lo:pos] without the spaces and dashes that end it, read
        # backwards (no slice unless a letter ends it: "1. 2. 3." needs none)
        text = self.text
        e = pos
        while e > lo and text[e - 1] in " \u00a0\u202f-":
            e -= 1
        low = self.low
        if e == lo or not alpha_at(low, e - 1):
            return None  # nothing before the spaces, or no word ends there
        stripped = text[lo:e]
        # the last word and the two last words, read backwards (cheaper than a search)
        k = _back_word(low, lo, e)
        if k == e:
            return None
        j = _back_gap(low, lo, k)
        i = _back_word(low, lo, j)
        tail = ""
        if not (
            is_number_word(low[k:e], self.lang)
            or (i < j < k and is_number_word(low[i:e], self.lang))
            or (i < j < k and self._three_words_number(lo, i, e))  # "trente et un"
        ):
            if low[k:e] not in restricted_words(self.lang):
                return None
            # vi "năm" is five before a unit ("năm ngày qua"), the year alone: the
            # scanner decides with the unit word after it
            unit_word = _WORD.match(low, pos)
            if unit_word is None:
                return None
            tail = " " + self.text[pos : unit_word.end()]
        best = None
        try:
            for wn in scan(stripped + tail, self.lang):
                if wn.end == len(stripped):
                    best = wn
        except Exception:
            return None
        if best is None:
            return None
        if best.start > 0 and stripped[best.start - 1].isalnum():
            return None
        return lo + best.start, Decimal(best.value), bool(getattr(best, "ordinal", False))

    def on_wd(self, m: _Groups) -> Figure | None:
        g = self.g
        start, end = m.span("A_wd")
        if g.capitalized_weekdays and _lower_phrase(self.text[start:end]):
            # vi "thứ hai" (second) but "thứ Hai" (Monday): lower case only after a
            # weekday_context word or a CLDR day period ("vào thứ bảy", "tối thứ bảy";
            # "đêm thứ hai" is then Monday night, though it may be "the second night")
            prev = _prev_word(self.low, max(0, start - 12), start)
            if prev is None or (
                prev.group(1) not in g.weekday_context
                and prev.group(1) not in _day_periods(self.lang)
            ):
                return None
            if self.ordinal_weekday(start, end, prev.group(1) not in g.weekday_context):
                return None
        if self.weekday_title(start, end):
            return None
        wd = g.weekdays[m.group("wd")]
        if m.group("wd") not in g.wide_weekdays and self.text[start].islower():
            return None  # "they sat 14 rows back": "Sat 14th" is capitalised
        if g.ordinal_dates:
            # "Donnerstag, den siebten vierten", "Montag zwölfter fünfter"
            j = _WD_JOIN.match(self.low, end)
            after = self.ordinal_dm(j.end()) if j is not None else None
            if after is not None:
                return self.fig("date", start, after[1], after[2], weekday=wd)
            # "Dienstag, der 25.": a day of the month the weekday falls in
            day = _WD_DAY.match(self.low, end)
            if day is not None:
                nxt = _next_word(self.low, day.end())
                d = int(day.group(1))
                if 1 <= d <= 31 and (nxt is None or nxt.group(1) not in g.months):
                    return self.fig("date", start, day.end(), f"XXXX-XX-{d:02d}", weekday=wd)
        bare = g.fwd_wd_day.match(self.low, end) if g.fwd_wd_day is not None else None
        if bare is not None and 1 <= int(bare.group(1)) <= 31:
            # fr "lundi 14, le ministre": a day of the month the weekday falls in
            d = int(bare.group(1))
            return self.fig("date", start, bare.end(), f"XXXX-XX-{d:02d}", weekday=wd)
        return self.fig("date", start, end, f"XXXX-WXX-{wd + 1}", weekday=wd)

    def ordinal_weekday(self, start: int, end: int, after_period: bool) -> bool:
        """Whether a lower-case weekday is the ordinal (vi "đêm thứ hai" = the second
        night, or Monday night): a word of ``weekday_ordinal_after`` follows ("ngày thứ
        hai liên tiếp", the second day in a row; "của", of), or, after a day period
        (``after_period``), the sentence writes another weekday capitalised (its writer
        capitalises weekdays)."""
        g = self.g
        if not g.weekday_ordinal_after:
            return False  # the language does not write weekdays as ordinals
        rest = self.low[end : end + 24].lstrip()
        for w in g.weekday_ordinal_after:
            if rest.startswith(w) and not rest[len(w) : len(w) + 1].isalnum():
                nxt = _next_word(rest, len(w))
                # "thứ hai của tuần trước" (Monday of last week): a week joiner before
                # a week word keeps the weekday
                if not (
                    w in g.week_joiners
                    and nxt is not None
                    and any(
                        u == "W" and rest.startswith(k, nxt.start(1))
                        for k, u in g.units.items()
                    )
                ):
                    return True
        if not after_period:
            return False
        lo = start
        while lo > 0 and self.text[lo - 1] not in ".!?\n":
            lo -= 1
        hi = end
        while hi < len(self.text) and self.text[hi] not in ".!?\n":
            hi += 1
        for name in g.weekdays:
            if " " not in name:
                continue  # vi weekdays are "thứ hai" … "chủ nhật"
            i = self.low.find(name, lo, hi)
            while i >= 0:
                if i != start and not _lower_phrase(self.text[i : i + len(name)]):
                    return True
                i = self.low.find(name, i + 1, hi)
        return False

    def name_before(self, start: int) -> bool:
        """Whether the word before ``start`` makes a capitalised word after it part of a
        name: a capitalised word that opens no sentence ("USA Today"), a possessive
        ("Radio 4's Today") or a title article ("the Today show")."""
        text = self.text
        if re.search(r"\w['’]s[ \u00a0]+$", text[max(0, start - 8) : start]):
            return True
        prev = _prev_word(text, max(0, start - 24), start)
        if prev is None:
            return False
        w = prev.group(1)
        if w.lower() in self.g.title_articles:
            return True
        return w[:1].isupper() and not (
            prev.start() == 0
            or _SENTENCE_START.search(text, max(0, prev.start() - 4), prev.start())
        )

    def weekday_title(self, start: int, end: int) -> bool:
        """A weekday inside a name, in languages that do not capitalise nouns: "the
        Sunday Times", "The Sunday Telegraph" (an article before, a capitalised word
        after), "Saturday Night Live", "Sunday Morning" (a capitalised CLDR day period
        after)."""
        if _capital_nouns(self.lang):
            return False
        before = _prev_word(self.text, max(0, start - 12), start)
        if (
            before is not None
            and before.group(1)[:1].isupper()
            and before.group(1).lower() in _day_periods(self.lang)
            and not _SENTENCE_START.search(self.text, max(0, before.start() - 4), before.start())
        ):
            return True  # vi "Niên giám “Sáng Chủ Nhật”" (Sunday Morning): a capitalised day period
        nxt = _next_word(self.text, end)
        if nxt is None or not nxt.group(1)[:1].isupper():
            return False
        word = nxt.group(1).lower()
        if word in self.g.months or word in self.g.weekdays:
            return False
        if word in _day_periods(self.lang):
            return True
        prev = _prev_word(self.low, max(0, start - 12), start)
        return prev is not None and prev.group(1) in self.g.title_articles

    def on_relmonth(self, m: _Groups) -> Figure | None:
        """ "next March" → ``REF+M03`` (the next March), "letzten Dezember" / "décembre
        dernier" → ``REF-M12`` (the last one), "this May" / "cette février" →
        ``REF+P0Y-05`` (that month of the reference year)."""
        g = self.g
        start, end = m.span("A_relmonth")
        mn = m.group("mn")
        ms, me = m.span("mn")
        surface = self.text[ms:me]
        if g.capitalized_months and (
            _lower_phrase(surface) or (mn in g.ambiguous_months and surface.islower())
        ):
            return None  # "this may be"
        bm, am = m.group("bm"), m.group("am")
        off = g.before_unit[bm] if bm else g.after_unit[" ".join(am.split())]
        month = g.months[mn]
        if off == 0:
            value = f"REF+P0Y-{month:02d}"
        elif abs(off) == 1:
            value = f"REF{'+' if off > 0 else '-'}M{month:02d}"
        else:
            return None
        return self.fig("date", start, end, value, flags=frozenset({"relative"}))

    def on_mrange(self, m: _Groups) -> Figure | None:
        g = self.g
        start, end = m.span("A_mrange")
        m1, m2 = g.months[m.group("mn1")], g.months[m.group("mn2")]
        if m1 == m2:
            return None
        if g.capitalized_months and any(
            _lower_phrase(self.text[m.start(k) : m.end(k)]) for k in ("mn1", "mn2")
        ):
            return None
        conn = m.group("conn")
        y = int(m.group("y")) if m.group("y") else None
        y1 = None if y is None else (y if m1 < m2 else y - 1)
        if conn in g.between_connectors and self.back(g.back_between, start) is None:
            # "en novembre et décembre", "in November and December 2016": two months,
            # not a range; the first here (in the year of the second), the second at
            # its own anchor
            s1, e1 = m.span("mn1")
            return self.fig("date", s1, e1, str(_date_value(y1, m1, None)))
        opener = self.back(g.back_range, start)
        if opener is not None:
            start = opener.start()
        return self.fig(
            "date",
            start,
            end,
            str(_date_value(y1, m1, None)),
            value_end=str(_date_value(y, m2, None)),
            qualifier="between",
            flags=frozenset({"range"}),
        )

    def on_relwd(self, m: _Groups) -> Figure | None:
        g = self.g
        start, end = m.span("A_relwd")
        gd = m
        ws, we = m.span("wd")
        if g.capitalized_weekdays and _lower_phrase(self.text[ws:we]):
            return None
        wd = g.weekdays[gd["wd"]]
        off = g.before_unit[gd["bm"]] if gd.get("bm") else g.after_unit[gd["am"]]
        return self.fig(
            "date",
            start,
            end,
            f"REF{'+' if off >= 0 else '-'}P{abs(off)}W-WD{wd + 1}",
            weekday=wd,
            flags=frozenset({"relative"}),
        )

    def on_quarter(self, m: _Groups) -> Figure | None:
        start, end = m.span("A_quarter")
        name = m.group("qn") or m.group("qd")
        q = self.g.quarters[name]
        y = m.group("y")
        return self.fig("date", start, end, f"{y or 'XXXX'}-Q{q}")

    def ordinal_quarter(self, pos: int, unit_end: int) -> Figure | None:
        """ "im ersten Quartal 2018", "au premier trimestre", "the first quarter of 2019"."""
        got = self.word_number(pos)
        if got is None or not got[2] or not 1 <= got[1] <= 4:
            return None
        m = _QUARTER_YEAR.match(self.low, unit_end)
        end = m.end() if m else unit_end
        y = m.group(1) if m else "XXXX"
        return self.fig("date", got[0], end, f"{y}-Q{int(got[1])}")

    def on_isoweek(self, m: _Groups) -> Figure | None:
        start, end = m.span("A_isoweek")
        week = int(m.group("wn"))
        if not 1 <= week <= 53:
            return None
        nxt = _unit_start(self.lang).match(self.low, end + 1) if end < len(self.low) else None
        if nxt is not None and self.low[end] == " " and nxt.group(0) in self.g.units:
            return None  # vi "nghỉ cuối tuần 3 ngày": a three-day weekend, no week 3
        return self.fig("date", start, end, f"{m.group('y') or 'XXXX'}-W{week:02d}")

    def season_context(self, start: int) -> bool:
        """Whether the words before an ambiguous month or season at ``start`` make it
        one: a ``month_context`` word ("en été", "l'été") or a determiner with
        adjectives ("le long et chaud été"; "il a été" is the participle)."""
        g = self.g
        if g.back_month_context is not None and self.back(g.back_month_context, start):
            return True
        pat = g.back_season_adjectives
        if pat is None:
            return False
        lo = max(0, start - 80)
        return self.may_end(pat, lo, start) and pat.search(self.low, lo, start) is not None

    def on_yseason(self, m: _Groups) -> Figure | None:
        """A season of the year: "Sommer 2016" → 2016-SU, "cet été" → REF+P0Y-SU."""
        start, end = m.span("A_yseason")
        code = self.g.seasons[m.group("sn")]
        bm, am = m.group("bm"), m.group("am")
        if (
            not bm
            and m.group("sn") in self.g.ambiguous_months
            and not self.season_context(start)
        ):
            return None  # fr "a été dernier", en "prices fall"
        if not (bm or am or m.group("y")) and m.group("sn") in self.g.ambiguous_months:
            nxt = _next_word(self.low, end)
            if nxt is not None and nxt.group(1) in self.g.of_words:
                return None  # "the fall of Rome", "the fall of 1.8 per cent"
        if bm or am:
            off = self.g.before_unit[bm] if bm else self.g.after_unit[am]
            value = f"REF{'+' if off >= 0 else '-'}P{abs(off)}Y-{code}"
            return self.fig("date", start, end, value, flags=frozenset({"relative"}))
        word = self.text[start : start + len(m.group("sn"))]
        if not m.group("y"):
            if _capital_nouns(self.lang) and word.islower():
                return None  # German nouns are capitalised
        return self.fig("date", start, end, f"{m.group('y') or 'XXXX'}-{code}")

    def on_dayonly(self, m: _Groups) -> Figure | None:
        """ "on the 18th": a day of an unnamed month (``XXXX-XX-18``)."""
        g = self.g
        start, end = m.span("A_dayonly")
        day = int(m.group("d"))
        if not 1 <= day <= 31 or g.back_day_only is None:
            return None
        if self.back(g.back_day_only, start) is None:
            return None
        i = end
        while i < len(self.low) and self.low[i] in " \u00a0\u202f":
            i += 1
        if i < len(self.low) and self.low[i].isalpha():
            w = _WORD.match(self.low, i)
            if w is None or w.group(0) not in g.day_only_after:
                if not (
                    g.day_only_lower
                    and self.text[i].islower()
                    and (w is None or not is_number_word(w.group(0), self.lang))
                ):
                    # "the 18th century", "the 4th place", "am 3. Spieltag"; "am 7.
                    # vierter" is a day and a month (ordinal_dates)
                    return None
            if w is not None and w.group(0) in g.day_only_after:
                # "in the 17th and 63rd minutes", "the 3rd and 4th quarters": a second
                # ordinal that is no day or counts a noun makes both ranks
                at = w.end()
                art = _WORD.match(self.low, at + 1) if self.low.startswith(" ", at) else None
                if art is not None and art.group(0) in g.day_only_before:
                    at = art.end()  # "entre el 30 y el 43 %": the article of the next
                nxt = _DAY_ONLY_NEXT.match(self.low, at)
                if nxt is not None and (
                    int(nxt.group(1)) > 31
                    or (
                        nxt.group(2)
                        and nxt.group(2) not in g.day_only_after
                        and nxt.group(2) not in g.months
                        and nxt.group(2) not in g.clock_words  # "le 3 à 14 h"
                        and not _starts_period(self.low, nxt.end(1), g.periods)
                    )
                ):
                    return None
        return self.fig("date", start, end, f"XXXX-XX-{day:02d}")

    def on_wyear(self, m: _Groups) -> Figure | None:
        """A year in words after a year marker: "in nineteen ninety six"."""
        start = m.start("A_wyear")
        marker = self.back(self.g.back_year, start) if start else None
        if marker is None:
            return None
        before = _prev_word(self.low, max(0, marker.start() - 24), marker.start())
        if before is not None and self.word_before(before.end(1)) is not None:
            return None  # "two hundred and two thousand": one number, not a year
        got = self.word_year(start - 1)
        if got is None:
            return None
        end, year = got
        if not 1500 <= year <= 2100:
            return None
        nxt = _next_word(self.low, end)
        if nxt is not None:
            word = nxt.group(1)
            endings = _count_endings(self.lang)
            if word in _count_nouns(self.lang) or (
                endings and word.endswith(endings) and word not in _count_not(self.lang)
            ):
                return None  # "in two thousand and fifteen cases"
        return self.fig("date", start, end, f"{year:04d}", flags=frozenset({"words"}))

    def on_holiday(self, m: _Groups) -> Figure | None:
        start, end = m.span("A_holiday")
        if m.group("hol") in self.g.capitalized_holidays and self.text[start].islower():
            return None  # fr "l'ascension au pouvoir", "l'assomption" (common nouns)
        ctx = self.g.holiday_context.get(m.group("hol"))
        if ctx is not None and self.back(ctx, start) is None:
            return None  # "in the new year", "Chinese New Year", "India's Independence Day"
        rule = self.g.holidays[m.group("hol")]
        y = int(m.group("y")) if m.group("y") else None
        if y is None and "#" not in rule:
            rel = self.relative_holiday(start, end, rule)
            if rel is not None:
                return rel
        got = _holiday_value(rule, y)
        if got is None:
            return None
        value = got
        g = self.g
        if g.fwd_weekend is not None:
            # "Easter weekend", "Labor Day weekend", "the weekend of Halloween"
            we = g.fwd_weekend.match(self.low, end)
            back = self.back(g.back_weekend_of, start) if we is None and g.back_weekend_of else None
            if we is not None or back is not None:
                if we is not None:
                    end = we.end()
                    if we.group("y") and y is None:
                        # "Halloween weekend 2021": the year after the weekend word
                        got = _holiday_value(rule, int(we.group("y")))
                        if got is None:
                            return None
                        value = got
                elif back is not None:
                    start = back.start()
                wk = _resolved_value(value) if value[:1].isdigit() else value
                if _FULL.match(wk):
                    value = _weekend_of(_dt.date.fromisoformat(wk))
                else:
                    value = f"{value}@WE"
        return self.fig("date", start, end, value, flags=frozenset({"holiday"}))

    def on_fyear(self, m: _Groups) -> Figure | None:
        """A fiscal, school or calendar year: "fiscal year 2008", "FY08" → ``FY2008``,
        "sy 2008" → ``SY2008``, "CY18" → ``2018``; "last fiscal year" → ``REF-P1Y-FY``
        (``FY2018`` in 2019); "the fiscal year" alone → ``FYXXXX``."""
        start, end = m.span("A_fyear")
        kind = m.group("fk")
        prefix = self.g.year_kinds[" ".join(kind.split())]
        bm, yy = m.group("bm"), m.group("fy")
        short = " " not in kind and kind.isalpha() and len(kind) <= 3  # "fy", "sy", "cy"
        if yy is not None:
            if bm is not None:
                return None  # "this fiscal year 2019": left to the parts
            if len(yy) == 2:
                if not short:
                    return None  # "fiscal year 18": a count
                y = 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)
            else:
                y = int(yy)
            return self.fig("date", start, end, f"{prefix}{y:04d}")
        if bm is not None:
            off = self.g.before_unit[" ".join(bm.split())]
            tail = f"-{prefix}" if prefix else ""
            sign = "+" if off >= 0 else "-"
            return self.fig(
                "date", start, end, f"REF{sign}P{abs(off)}Y{tail}", flags=frozenset({"relative"})
            )
        if not prefix or " " not in kind or _YEAR_NEXT.match(self.low, end) is not None:
            return None  # "the calendar year", "FY" alone, "the school year 2019/20"
        return self.fig("date", start, end, f"{prefix}XXXX", flags=frozenset({"words"}))

    def relative_holiday(self, start: int, end: int, rule: str) -> Figure | None:
        """A holiday with a modifier: "last Easter" → ``REF-E+0`` (the last Easter
        before the reference), "next Christmas" / "Noël prochain" → ``REF+M12-25``,
        "this Christmas" → ``REF+P0Y-12-25``."""
        g = self.g
        before = self.back(g.back_before_mod, start)
        after = g.fwd_after_mod.match(self.low, end) if g.fwd_after_mod is not None else None
        if before is not None:
            n = g.before_unit.get(" ".join(before.group(0).split()))
            start = before.start()
        elif after is not None:
            n = g.after_unit.get(" ".join(after.group(1).split()))
            end = after.end()
        else:
            return None
        if n is None or abs(n) > 1:
            return None
        sign = "+" if n >= 0 else "-"
        if rule.startswith("E"):
            if n == 0:
                return None
            value = f"REF{sign}E{rule[1:]}"
        elif n == 0:
            value = f"REF+P0Y-{rule}"
        else:
            value = f"REF{sign}M{rule}"
        return self.fig("date", start, end, value, flags=frozenset({"holiday", "relative"}))

    def on_relday(self, m: _Groups) -> Figure | None:
        g = self.g
        start, end = m.span("A_relday")
        word = m.group("rd")
        if (
            word in g.case_sensitive
            and self.text[start:end] != self.low[start:end]
            and not _SENTENCE_START.search(self.text, max(0, start - 4), start)
            and start > 0
        ):
            return None  # "am Morgen"; but "Morgen geht es los" opens a sentence
        if g.days_not_after:
            prev = _prev_word(self.low, max(0, start - 24), start)
            if prev is not None and prev.group(1) in g.days_not_after:
                return None  # "por la mañana", "deze morgen": the morning
        surface = self.text[start:end].split()
        if (
            len(surface) > 1
            and all(w[:1].isupper() for w in surface)
            and not (
                _capital_nouns(self.lang)
                and (start == 0 or _SENTENCE_START.search(self.text, max(0, start - 4), start))
            )
        ):
            # a title: "This Morning presenter"; not "Heute Nachmittag" opening a
            # sentence where nouns are capitalised anyway
            return None
        if (
            len(surface) == 1
            and surface[0][:1].isupper()
            and not _capital_nouns(self.lang)
            and start > 0
            and not _SENTENCE_START.search(self.text, max(0, start - 4), start)
            and self.name_before(start)
        ):
            return None  # a name: "BBC Radio 4's Today programme", "USA Today"
        off = g.days[word]
        return self.fig(
            "date",
            start,
            end,
            f"REF{'+' if off >= 0 else '-'}P{abs(off)}D",
            flags=frozenset({"relative"}),
        )

    def on_relper(self, m: _Groups) -> Figure | None:
        g = self.g
        start, end = m.span("A_relper")
        groups = m
        cm = groups.get("cm")
        if cm:
            # de "im Vorjahr": the modifier glued to the unit word; "zum Jahresende":
            # the edge glued to it ("zum Jahresende 2025": the year alone)
            key = " ".join(cm.split())
            off, unit = g.relative_compounds[key]
            if key in g.current_spaced:
                prev = _prev_word(self.low, max(0, start - 24), start)
                if prev is not None and prev.group(1) not in g.current_before:
                    return None  # "their best year to date": the best year so far
            if off == 0 and _YEAR_NEXT.match(self.low, end) is not None:
                return None
            return self.fig(
                "date", start, end, f"REF{'+' if off >= 0 else '-'}P{abs(off)}{unit}",
                flags=frozenset({"relative"}),
            )
        unit = g.units[m.group("ru")]
        bm = groups.get("bm")
        if not bm and not groups.get("em"):
            # "vài tuần trước" (a few weeks ago), "một năm sau" (one year later)
            if g.back_quantity is not None and self.back(g.back_quantity, start) is not None:
                return None
            prev = _prev_word(self.low, max(0, start - 24), start)
            if prev is not None and is_number_word(prev.group(1), self.lang):
                return None
        if unit == "M" and g.fwd_of_month is not None and g.fwd_of_month.match(self.low, end):
            return None  # "à la fin du mois de mars", "the previous month of June": the month
        if groups.get("em"):
            if _YEAR_NEXT.match(self.low, end) is not None:
                return None  # "the end of the year 2020": the year alone
            nxt = _next_word(self.low, end)
            if nxt is not None and (
                nxt.group(1).isdigit() or is_number_word(nxt.group(1), self.lang)
            ):
                return None  # vi "cuối tháng 3", "đầu tháng Ba": the month
            off = 0  # "the end of the year": the year itself
            am = g.fwd_after_mod.match(self.low, end) if g.fwd_after_mod is not None else None
            if am is not None:  # "début de la semaine prochaine"
                word = " ".join(am.group(1).split())
                after = g.after_unit.get(word)
                if after is not None and word not in g.offset_connectors:
                    off = after
                    end = am.end()
        else:
            off = g.before_unit[bm] if bm else g.after_unit[groups["am"]]
            if self.rel_blocked(start, bm or groups["am"], end):
                return None  # "in my last year", "le mois suivant leur détention"
        return self.fig(
            "date",
            start,
            end,
            f"REF{'+' if off >= 0 else '-'}P{abs(off)}{unit}",
            flags=frozenset({"relative"}),
        )

    def on_rest(self, m: _Groups) -> Figure | None:
        """ "the rest of the year": from the reference day to the end of the period."""
        start, end = m.span("A_rest")
        unit = self.g.units[m.group("ru")]
        return self.fig(
            "date",
            start,
            end,
            "REF+P0D",
            value_end=f"REF+P0{unit}",
            qualifier="between",
            flags=frozenset({"relative", "range"}),
        )

    # -- ranges between two dates -----------------------------------------
    def merge_ranges(self, figs: list[Figure]) -> list[Figure]:
        g = self.g
        low = self.low
        fwd4, back4 = g.now_fwd4, g.now_back4
        out: list[Figure] = []
        i = 0
        while i < len(figs):
            a = figs[i]
            b = figs[i + 1] if i + 1 < len(figs) else None
            if (
                b is not None
                and a.kind == b.kind == "date"
                and "range" not in a.flags
                and "range" not in b.flags
                and ("relative" not in a.flags or "-WD" in str(a.value))
                and (
                    "relative" not in b.flags
                    or _REL_DAY.match(str(b.value)) is not None
                    or (str(a.value)[:9] == "XXXX-WXX-" and _REL_WD.match(str(b.value)))
                )
                and not ("relative" in a.flags and "relative" in b.flags)
            ):
                gap = self.low[a.end : b.start]
                conn = g.conn_between.match(gap) if len(gap) < 24 else None
                if conn is not None and conn.end() == len(gap):
                    # "from the middle of 2007 to …": an edge of the first period
                    edge = None
                    a_start = a.start
                    if g.back_start_edge is not None and _EDGE_PERIOD.match(str(a.value)):
                        edge = self.back(g.back_start_edge, a.start)
                        if edge is not None:
                            if self.back(g.back_range, edge.start()) is None:
                                edge = None  # only after a range opener
                            else:
                                a_start = edge.start()
                    word = gap.strip()
                    between = word in g.between_connectors
                    if not between or self.back(g.back_between, a_start) is not None:
                        merged = _merge(a, b)
                        if merged is not None and (edge is not None or g.mid_edges):
                            merged = self.range_edges(merged, edge, gap)
                        if merged is not None:
                            start = a_start
                            opener = self.back(g.back_range, start)
                            if opener is not None:
                                start = opener.start()
                            end = b.end
                            # "next week between Wednesday and Friday": that week's days
                            week = self.range_week(out, start, end, merged)
                            if week is not None:
                                merged, start, end = week
                            out.append(
                                Figure(
                                    kind="date",
                                    text=self.text[start:end],
                                    start=start,
                                    end=end,
                                    value=merged[0],
                                    value_end=merged[1],
                                    weekday=a.weekday,
                                    qualifier="between",
                                    flags=frozenset({"range"}),
                                )
                            )
                            i += 2
                            continue
            now = None
            if fwd4 and (
                low[a.end : a.end + 4] in fwd4
                or low[a.start - 4 if a.start > 4 else 0 : a.start] in back4
            ):
                now = self.now_range(a)
            out.append(now if now is not None else a)
            i += 1
        return out

    def range_week(
        self, out: list[Figure], start: int, end: int, merged: tuple[str, str]
    ) -> tuple[tuple[str, str], int, int] | None:
        """A range of two weekdays after a relative week: "next week between Wednesday
        and Friday" → ``REF+P1W-WD3`` … ``REF+P1W-WD5`` (the new range, its start and
        end; "from Monday to Wednesday next week" is merged in :func:`_merge`)."""
        va, vb = merged
        if not (va.startswith("XXXX-WXX-") and vb.startswith("XXXX-WXX-")):
            return None
        if va[-1] >= vb[-1]:
            return None  # "Friday to Monday" runs into another week
        if out and _REL_WEEK.match(str(out[-1].value)) and not out[-1].value_end:
            prev = out[-1]
            if prev.end <= start and self.low[prev.end : start].strip(" ,") == "":
                out.pop()
                wk = str(prev.value)
                return (f"{wk}-WD{va[-1]}", f"{wk}-WD{vb[-1]}"), prev.start, end
        return None

    def range_edges(
        self, merged: tuple[str, str], edge: Any, gap: str
    ) -> tuple[str, str] | None:
        """The start and end of a range with edges: the start moved to the middle of
        its period or the day after it ("from the end of March" → ``XXXX-04-01``,
        as Recognizers-Text reads it), the end to the middle of its period ("… to
        mid-September" → ``XXXX-09-16``)."""
        g = self.g
        value, value_end = merged
        if edge is not None:
            kind = g.start_edges.get(" ".join(edge.group(0).split()))
            moved = _edge_value(value, kind) if kind else None
            if moved is None:
                return None
            value = moved
        tail = " ".join(gap.split())
        if any(tail.endswith(w) for w in g.mid_edges):
            moved = _edge_value(value_end, "mid") if _EDGE_PERIOD.match(value_end) else None
            if moved is None:
                return None
            value_end = moved
        return value, value_end

    def merge_day_ranges(self, figs: list[Figure]) -> list[Figure]:
        """A date and a day alone joined as a range of days in its month: "April 9th
        through 17th", "April ninth to seventeenth", "from ninth till seventeenth of
        April" → ``XXXX-04-09`` … ``XXXX-04-17``."""
        g = self.g
        if g.fwd_day_range is None or g.back_day_range is None:
            return figs
        out: list[Figure] = []
        for fig in figs:
            v = str(fig.value)
            got = None
            if (
                len(v) == 10
                and v[8:].isdigit()
                and fig.kind == "date"
                and not fig.value_end
                and _DAY_VALUE.match(v)
            ):
                got = self.day_range(fig, v)
            out.append(fig if got is None else got)
        return out

    def day_range(self, fig: Figure, v: str) -> Figure | None:
        g = self.g
        assert g.fwd_day_range is not None and g.back_day_range is not None
        day = int(v[-2:])
        m = g.fwd_day_range.match(self.low, fig.end)
        if m is not None and " ".join(m.group("conn").split()) in g.between_connectors:
            if self.back(g.back_between, fig.start) is None:
                return None  # "June 8th and 9th": two days, not a range
        if m is not None:
            other = self.range_day(m)
            if other is None or other <= day:
                return None
            start, end, value, value_end = fig.start, m.end(), v, f"{v[:-2]}{other:02d}"
            opener = self.back(g.back_range, start)
            if opener is not None:
                start = opener.start()
        else:
            if self.last_word(fig.start) not in g.day_range_last:
                return None
            m = self.back(g.back_day_range, fig.start)
            other = self.range_day(m) if m is not None else None
            if m is None or other is None or other >= day:
                return None
            conn = " ".join(m.group("conn").split())
            if conn in g.between_connectors and not m.group(0).startswith(g.between_openers):
                return None
            start, end, value, value_end = m.start(), fig.end, f"{v[:-2]}{other:02d}", v
        if not _date_ok(value_end.replace("XXXX", "2000")):
            return None
        return Figure(
            kind="date",
            text=self.text[start:end],
            start=start,
            end=end,
            value=value,
            value_end=value_end,
            weekday=fig.weekday,
            qualifier="between",
            flags=frozenset(fig.flags | {"range"}),
        )

    def range_day(self, m: Any) -> int | None:
        """The day of a ``fwd_day_range`` / ``back_day_range`` match: digits (a bare
        number only before punctuation or the end), or an ordinal word."""
        if m.group("d"):
            n = int(m.group("d"))
            if "suf" in m.re.groupindex and not m.group("suf"):
                rest = self.low[m.end() : m.end() + 2].strip()
                if rest and rest[0].isalnum():
                    return None  # "from March 3 to 5 people"
            return n if 1 <= n <= 31 else None
        got = self.ordinal_word(m.group("dw"))
        if got is None:
            return None
        return int(got) if got == got.to_integral_value() and 1 <= got <= 31 else None

    def now_range(self, a: Figure) -> Figure | None:
        """A date and the present joined as a range after a range opener: "between
        Jan 2019 and now", "from March to date", "between now and November 15th"."""
        g = self.g
        if (
            g.fwd_now is None
            or g.back_now is None
            or a.kind != "date"
            or "range" in a.flags
            or "relative" in a.flags
        ):
            return None
        low = self.low
        nxt = ""
        if a.end < len(low) and low[a.end] == " ":
            k = low.find(" ", a.end + 1, a.end + 16)
            nxt = low[a.end + 1 : k] if k > 0 else ""
        fwd = g.fwd_now.match(low, a.end) if nxt in g.now_first else None
        if fwd is not None:
            opener = self.back(g.back_range, a.start)
            if opener is None:
                return None
            start, end, value, value_end = opener.start(), fwd.end(), str(a.value), "REF+P0D"
        else:
            if not low.endswith(g.now_last, max(0, a.start - 12), a.start):
                return None
            back = self.back(g.back_now, a.start)
            if back is None:
                return None
            start, end, value, value_end = back.start(), a.end, "REF+P0D", str(a.value)
        return Figure(
            kind="date",
            text=self.text[start:end],
            start=start,
            end=end,
            value=value,
            value_end=value_end,
            weekday=a.weekday,
            qualifier="between",
            flags=frozenset({"range"}),
        )


@cache
def _handlers(lang: str) -> dict[str, Callable[[_Scan, _Groups], Figure | None]]:
    """The handler (an unbound ``_Scan`` method) of each kind of match: ``A_date`` →
    ``_Scan.on_date``."""
    return {name: getattr(_Scan, "on_" + name[2:].lower()) for name in _kinds(lang)}


#: id of a compiled pattern → name of its last group → :func:`_group_map` (two
#: levels: no key tuple to build and hash per match)
_GROUP_MAPS: Final[dict[int, dict[str, dict[str, int]]]] = {}


def _one_space(text: str) -> str:
    """``text`` with every run of whitespace as one space (unchanged when already so)."""
    if text.isalnum():
        return text  # one word or number: no space at all
    # read by hand (cheaper than a search for ``\s\s|[^\S ]``): two spaces in a row,
    # or a space that is not " "
    after_space = False
    for c in text:
        if c.isspace():
            if after_space or c != " ":
                return " ".join(text.split())
            after_space = True
        else:
            after_space = False
    return text


def _group_map(m: re.Match[str], lastgroup: str | None = None) -> dict[str, int]:
    """Group name → index for the alternative that matched (``d__7`` → ``d``), built
    once per compiled pattern and alternative; ``lastgroup`` is ``m.lastgroup`` when
    the caller has read it."""
    last = str(m.lastgroup if lastgroup is None else lastgroup)
    pattern = m.re
    per = _GROUP_MAPS.get(id(pattern))
    if per is None:
        per = _GROUP_MAPS[id(pattern)] = {}
    got = per.get(last)
    if got is None:
        alt = last.rsplit("__", 1)[1]
        got = {}
        for name, index in pattern.groupindex.items():
            base, _, tail = name.rpartition("__")
            if tail == alt:
                got[base] = index
        per[last] = got
    return got


class _Groups:
    """A match whose groups read as ``m.group(name)`` / ``m.get(name)`` (None when the
    alternative has no such group), without building a groupdict."""

    __slots__ = ("_m", "_map")

    def __init__(self, m: re.Match[str], lastgroup: str | None = None) -> None:
        self._m = m
        self._map = _group_map(m, lastgroup)

    def group(self, name: str | int = 0) -> Any:
        if isinstance(name, int):
            return self._m[name]
        return self.get(name)

    def get(self, name: str) -> Any:
        """The text of group ``name``, spaces collapsed (it is a key of the grammar's
        tables: "tháng  7" is "tháng 7"), or None."""
        index = self._map.get(name)
        if index is None:
            return None
        value = self._m[index]  # as ``group(index)``, without the method lookup
        return _one_space(value) if value is not None else None

    def __getitem__(self, name: str) -> Any:
        return _one_space(self._m[self._map[name]])

    def span(self, name: str | int = 0) -> tuple[int, int]:
        return self._m.span(name if isinstance(name, int) else self._map[name])

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name if isinstance(name, int) else self._map[name])

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name if isinstance(name, int) else self._map[name])


_REL_WD: Final = re.compile(r"^REF[+-]P\d+W-WD([1-7])$")


def _rel_weekday(fig: Figure) -> int | None:
    """The weekday (0 = Monday) of a relative weekday ("next Monday"), else None."""
    m = _REL_WD.match(str(fig.value)) if fig.kind == "date" and not fig.value_end else None
    return int(m.group(1)) - 1 if m else None


def _with_flags(fig: Figure, *flags: str) -> Figure:
    # the fields by name: a native call when compiled (not one with ``**extra``)
    return Figure(
        kind=fig.kind, text=fig.text, start=fig.start, end=fig.end, value=fig.value,
        low=fig.low, high=fig.high, qualifier=fig.qualifier, unit=fig.unit,
        value_end=fig.value_end, weekday=fig.weekday,
        flags=frozenset(fig.flags | set(flags)),
    )


def _span_values(
    v: str,
    unit: str | None,
    n: int,
    first: bool,
    year: bool,
    rel_year: bool,
    month: re.Match[str] | None,
) -> tuple[str, str] | None:
    """Start and end of the first (or last) ``n`` units of the year or month ``v``."""
    if unit == "M" and (year or rel_year) and n <= 12:
        a, b = (1, n) if first else (13 - n, 12)
        return f"{v}-{a:02d}", f"{v}-{b:02d}"
    if unit == "Q" and year and n <= 4:
        a, b = (1, n) if first else (5 - n, 4)
        return f"{v}-Q{a}", f"{v}-Q{b}"
    if unit == "D" and year:
        y = int(v)
        if first:
            d0 = _dt.date(y, 1, 1)
            d1 = d0 + _dt.timedelta(days=n - 1)
        else:
            d1 = _dt.date(y, 12, 31)
            d0 = d1 - _dt.timedelta(days=n - 1)
        return (d0.isoformat(), d1.isoformat()) if d0.year == d1.year else None
    if unit == "D" and rel_year and n <= 31:
        a, b = (1, n) if first else (32 - n, 31)
        return f"{v}-{'01' if first else '12'}-{a:02d}", f"{v}-{'01' if first else '12'}-{b:02d}"
    if unit == "D" and month is not None:
        mm = int(month.group(2))
        if not 1 <= mm <= 12 or (mm == 2 and month.group(1) == "XXXX" and not first):
            return None
        days = calendar.monthrange(int(month.group(1)) if year else 2001, mm)[1]
        if month.group(1) != "XXXX":
            days = calendar.monthrange(int(month.group(1)), mm)[1]
        if n > days:
            return None
        a, b = (1, n) if first else (days - n + 1, days)
        return f"{v}-{a:02d}", f"{v}-{b:02d}"
    if unit == "W" and year:
        y = int(v)
        weeks = _dt.date(y, 12, 28).isocalendar()[1]
        if n > weeks:
            return None
        a, b = (1, n) if first else (weeks - n + 1, weeks)
        d0 = _dt.date.fromisocalendar(y, a, 1)
        d1 = _dt.date.fromisocalendar(y, b, 7)
        return d0.isoformat(), d1.isoformat()
    return None


_EDGE_PERIOD: Final = re.compile(r"^(\d{4}|XXXX)(?:-(\d\d))?$")


def _edge_value(v: str, kind: str) -> str | None:
    """A point of the year or month ``v``: its first day ("start"), its middle day
    ("mid": half its length after the first day) or the day after it ("end").

    >>> _edge_value("2007", "mid"), _edge_value("XXXX-03", "end"), _edge_value("XXXX-09", "mid")
    ('2007-07-02', 'XXXX-04-01', 'XXXX-09-16')
    """
    m = _EDGE_PERIOD.match(v)
    if m is None or (m.group(1) == "XXXX" and not m.group(2)):
        return None
    if kind == "start":
        return v
    known = m.group(1) != "XXXX"
    year = int(m.group(1)) if known else 2001
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        if year >= 9999 and month == 12:
            return None
        d0 = _dt.date(year, month, 1)
        d1 = _add_months(d0, 1)
    elif year >= 9999:
        return None
    else:
        d0, d1 = _dt.date(year, 1, 1), _dt.date(year + 1, 1, 1)
    if kind == "end":
        d = d1
    elif kind == "mid":
        d = d0 + _dt.timedelta(days=(d1 - d0).days // 2)
    else:
        return None
    if d.year > 9999 or (not known and d.year != year and kind != "end"):
        return None
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if known else f"XXXX-{d.month:02d}-{d.day:02d}"


def _merge(a: Figure, b: Figure) -> tuple[str, str] | None:
    """Start and end of "A bis B": A borrows the year (and month) B states."""
    va, vb = str(a.value), str(b.value)
    rel_wd = re.match(r"^(REF[+-]P\d+W-WD)([1-7])$", vb)
    if rel_wd and va.startswith("XXXX-WXX-"):
        # "from Monday to Wednesday next week": both days of that week
        return (rel_wd.group(1) + va[-1], vb) if va[-1] < rel_wd.group(2) else None
    if vb.startswith("REF"):
        return (va, vb) if not va.startswith("REF") else None  # "from March to today"
    if va.startswith("REF") and vb[:1].isdigit():
        return va, vb  # "from next Friday to 1 October 2020"
    rel_wd = re.match(r"^(REF[+-]P\d+W-WD)[1-7]$", va)
    if rel_wd and vb.startswith("XXXX-WXX-"):
        return va, rel_wd.group(1) + vb[-1]  # "nächsten Donnerstag bis Samstag"
    if va.startswith("XXXX-WXX") or vb.startswith("XXXX-WXX"):
        if va.startswith("XXXX-WXX") and vb.startswith("XXXX-WXX"):
            return va, vb
        return None
    if va.startswith("XXXX-XX-") and len(vb) == 10 and vb[5:7].isdigit():
        va = vb[:8] + va[8:]  # "from the 3rd to the 12th of May"
        if va > vb:
            return None
    elif vb.startswith("XXXX-XX-") and len(va) == 10 and va[5:7].isdigit():
        vb = va[:8] + vb[8:]  # "from April 9 to the 17th": the 17th of April
        if va >= vb:
            return None
    pa, pb = va.split("-"), vb.split("-")
    if len(pa) > len(pb) and pa[0] != "XXXX" and not (pa[0].isdigit() and pb[0].isdigit()):
        return None  # a finer start before a whole year: "from May 2015 to 2018"
    if pa[0] == "XXXX" and pb[0] != "XXXX":
        year = int(pb[0])
        if len(pa) > 1 and len(pb) > 1 and int(pa[1]) > int(pb[1]):
            year -= 1
        pa[0] = f"{year:04d}"
    if pa[0] != "XXXX" and pb[0] != "XXXX" and (pa[0], *pa[1:2]) > (pb[0], *pb[1:2]):
        return None
    return "-".join(pa), vb


# -- resolution against a reference date ------------------------------------


def _add_months(d: _dt.date, months: int) -> _dt.date:
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return _dt.date(y, m + 1, min(d.day, last))


def _nearest_year(ref: _dt.date, month: int, day: int | None) -> int:
    best = ref.year
    best_gap: int | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        dd = min(day or 1, calendar.monthrange(y, month)[1])
        gap = abs((_dt.date(y, month, dd) - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def easter(year: int) -> _dt.date:
    """Easter Sunday (Gregorian computus).

    >>> easter(2025), easter(2019)
    (datetime.date(2025, 4, 20), datetime.date(2019, 4, 21))
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


_EASTER: Final = re.compile(r"^XXXX-E([+-]\d+)$")
#: a holiday on the nth weekday of a month ("11-4#4" Thanksgiving, "05-1#-1" the last
#: Monday of May), optionally moved by days ("11-4#4+1" Black Friday)
_NTH_RULE: Final = re.compile(r"^(\d\d)-([1-7])#(-?[1-5])([+-]\d+)?$")
_NTH_VALUE: Final = re.compile(r"^XXXX-(\d\d)-WXX-([1-7])-#(-?[1-5])$")


def _holiday_value(rule: str, y: int | None) -> str | None:
    """The value of a holiday rule ("12-25", "E-2", "11-4#4+1") in year ``y`` (or
    symbolic without one)."""
    nth = _NTH_RULE.match(rule)
    if nth is not None:
        month, wd, n = int(nth.group(1)), int(nth.group(2)), int(nth.group(3))
        shift = int(nth.group(4) or 0)
        if y is None:
            value = f"XXXX-{month:02d}-WXX-{wd}-#{n}"
            return value + (f"{'+' if shift > 0 else '-'}P{abs(shift)}D" if shift else "")
        nth_day = _nth_weekday(y, month, wd, n)
        return None if nth_day is None else (nth_day + _dt.timedelta(days=shift)).isoformat()
    if rule.startswith("E"):
        off = int(rule[1:])
        if y is None:
            return f"XXXX-E{'+' if off >= 0 else '-'}{abs(off)}"
        return (easter(y) + _dt.timedelta(days=off)).isoformat()
    month, day = (int(x) for x in rule.split("-"))
    return _date_value(y, month, day)


def _weekend_of(day: _dt.date) -> str:
    """The weekend of a holiday: that of its week, or the one before a Monday holiday
    ("Labor Day weekend")."""
    if day.isoweekday() == 1:
        day = day - _dt.timedelta(days=1)
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}-WE"


def _business_day(ref: _dt.date, n: int) -> _dt.date:
    """The ``n``-th working day (Monday to Friday) after ``ref`` (before it when
    ``n`` is negative; ``ref`` itself for 0).

    >>> _business_day(_dt.date(2024, 9, 13), 1), _business_day(_dt.date(2024, 9, 16), -1)
    (datetime.date(2024, 9, 16), datetime.date(2024, 9, 13))
    """
    if n == 0:
        return ref
    sign = 1 if n > 0 else -1
    weeks, rest = divmod(abs(n), 5)
    d = ref + _dt.timedelta(weeks=sign * weeks)  # whole weeks: five working days each
    if rest == 0 and d.weekday() >= 5:
        weeks -= 1
        rest = 5
        d = ref + _dt.timedelta(weeks=sign * weeks)
    step = _dt.timedelta(days=sign)
    while rest:
        d += step
        if d.weekday() < 5:
            rest -= 1
    return d


def _nth_weekday(year: int, month: int, wd: int, n: int) -> _dt.date | None:
    """The ``n``th weekday ``wd`` (1 = Monday) of a month; ``n`` = -1: the last."""
    days = calendar.monthrange(year, month)[1]
    hits = [
        _dt.date(year, month, d)
        for d in range(1, days + 1)
        if _dt.date(year, month, d).isoweekday() == wd
    ]
    if n == -1:
        return hits[-1]
    return hits[n - 1] if 1 <= n <= len(hits) else None
_REL_EASTER: Final = re.compile(r"^REF([+-])E([+-]\d+)$")


def resolve(value: str, ref: _dt.date) -> str:
    """A symbolic or partial TIMEX value made absolute against ``ref``.

    >>> ref = _dt.date(2025, 10, 25)
    >>> resolve("REF+P1W", ref), resolve("REF-P1M", ref), resolve("REF-P1D", ref)
    ('2025-W44', '2025-09', '2025-10-24')
    >>> resolve("REF+P3W@D", ref), resolve("REF-P2Y@D", ref), resolve("XXXX-01-05", ref)
    ('2025-11-15', '2023-10-25', '2026-01-05')
    >>> resolve("XXXX-WXX-1", ref), resolve("2024", ref)
    ('2025-10-27', '2024')
    """
    nth = _REL_MONTH_NTH.match(value)
    if nth is not None:  # "the first Friday of next month": REF+P1M-WXX-5-#1
        ym = resolve(nth.group(1), ref)
        got = _nth_weekday(int(ym[:4]), int(ym[5:7]), int(nth.group(2)), int(nth.group(3)))
        return got.isoformat() if got is not None else value
    om = _OFFSET.match(value)
    if om and om.group(1) != "REF":  # "three weeks from tomorrow": the date, then the offset
        base = resolve(om.group(1), ref)
        dm = _FULL.match(base)
        if dm is None:
            return value
        d = _dt.date(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)))
        n = int(om.group(3)) * (1 if om.group(2) == "+" else -1)
        unit = om.group(4)
        if unit in ("D", "W"):
            d = d + _dt.timedelta(days=n * (7 if unit == "W" else 1))
        else:
            d = _add_months(d, n * (12 if unit == "Y" else 1))
        return d.isoformat()
    m = _SYMBOLIC.match(value)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        amount = Decimal(m.group(2))
        if amount != amount.to_integral_value():
            return value
        n = sign * int(amount)
        unit = m.group(3)
        tail = m.group(5) or ""
        if unit == "BD":  # business days: Monday to Friday
            return _business_day(ref, n).isoformat()
        if tail.startswith("-WD"):
            if unit in ("M", "Y"):  # "Thursday, two years from now"
                d = _add_months(ref, n * (12 if unit == "Y" else 1))
            else:
                d = ref + _dt.timedelta(days=n * (1 if unit == "D" else 7))
            d = d - _dt.timedelta(days=d.weekday()) + _dt.timedelta(days=int(tail[3]) - 1)
            return d.isoformat()
        if tail.startswith("-E") and unit == "Y":  # "Ostern nächsten Jahres"
            return (easter(ref.year + n) + _dt.timedelta(days=int(tail[2:]))).isoformat()
        if tail[:2] == "-W" and tail[2:].isdigit() and unit == "Y":  # "week 27 of last year"
            year = ref.year + n
            weeks = _dt.date(year, 12, 28).isocalendar()[1]
            return f"{year:04d}{tail}" if int(tail[2:]) <= weeks else value
        if tail in ("-FY", "-SY") and unit == "Y":  # "last fiscal year" → FY2018
            return f"{tail[1:]}{ref.year + n:04d}"
        if tail in ("-SP", "-SU", "-FA", "-WI", "-Q1", "-Q2", "-Q3", "-Q4"):
            return f"{ref.year + n:04d}{tail}"  # "the summer (first quarter) of next year"
        if tail[:1] == "-" and tail[1:3].isdigit() and unit == "Y":
            out = f"{ref.year + n:04d}{tail}"  # "December last year", "tháng 12 năm ngoái"
            return out if _date_ok(out) else value
        if unit == "M" and tail[:1] == "-" and not m.group(4):
            # "the 15th day of next month" (REF+P1M-15), "the last week of this month"
            # (REF+P0M-W05)
            d = _add_months(ref, n)
            if tail[1:].isdigit():
                out = f"{d.year:04d}-{d.month:02d}{tail}"
                return out if _date_ok(out) else value
            if tail[1:2] == "W":
                return f"{d.year:04d}-{d.month:02d}{tail}"
        if tail == "+1D":
            ref = ref + _dt.timedelta(days=1)
        if unit == "D":
            return (ref + _dt.timedelta(days=n)).isoformat()
        if unit == "WE":
            iso = (ref + _dt.timedelta(weeks=n)).isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
        if unit == "W":
            d = ref + _dt.timedelta(weeks=n)
            if m.group(4):
                return d.isoformat()
            iso = d.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}"
        if unit in ("M", "Q", "Y", "DE"):
            months = n * {"M": 1, "Q": 3, "Y": 12, "DE": 120}[unit]
            d = _add_months(ref, months)
            if m.group(4):
                return d.isoformat()
            if unit == "DE":
                return f"{d.year // 10:03d}X"
            if unit == "M":
                return f"{d.year:04d}-{d.month:02d}"
            if unit == "Q":
                return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
            return f"{d.year:04d}"
        return value
    nm = _NEAREST_MONTH.match(value)
    if nm:
        month = int(nm.group(2))
        # with a day the reference month itself counts ("le 3 mars dernier" on 10 March)
        here = (month, int(nm.group(3)[1:]) if nm.group(3) else 99)
        now = (ref.month, ref.day if nm.group(3) else 0 if nm.group(1) == "-" else 100)
        if nm.group(1) == "-":
            year = ref.year if here < now else ref.year - 1
        else:
            year = ref.year if here > now else ref.year + 1
        out = f"{year:04d}-{month:02d}{nm.group(3) or ''}"
        return out if _date_ok(out) else value
    if value.endswith("@WE"):  # the weekend of a holiday's week
        hday = resolve(value[:-3], ref)
        if not _FULL.match(hday):
            return value
        return _weekend_of(_dt.date.fromisoformat(hday))
    nv = _NTH_VALUE.match(value)
    if nv:
        month, wd, n = int(nv.group(1)), int(nv.group(2)), int(nv.group(3))
        cands = [_nth_weekday(y, month, wd, n) for y in (ref.year - 1, ref.year, ref.year + 1)]
        days = [d for d in cands if d is not None]
        if not days:
            return value
        return min(days, key=lambda d: abs((d - ref).days)).isoformat()
    e = _REL_EASTER.match(value)
    if e:  # "last Easter": the last one before the reference; "next Easter" likewise
        off = _dt.timedelta(days=int(e.group(2)))
        days = [easter(y) + off for y in (ref.year - 1, ref.year, ref.year + 1)]
        if e.group(1) == "-":
            return max(d for d in days if d < ref).isoformat()
        return min(d for d in days if d > ref).isoformat()
    e = _EASTER.match(value)
    if e:
        off = _dt.timedelta(days=int(e.group(1)))
        days = [easter(y) + off for y in (ref.year - 1, ref.year, ref.year + 1)]
        return min(days, key=lambda d: abs((d - ref).days)).isoformat()
    if value.startswith("XXXX-WXX-"):
        wd = int(value[-1]) - 1
        delta = (wd - ref.weekday() + 3) % 7 - 3
        return (ref + _dt.timedelta(days=delta)).isoformat()
    if value.startswith(("XXXX-Q", "XXXX-W", "XXXX-SP", "XXXX-SU", "XXXX-FA")) and not (
        value.startswith("XXXX-WXX")
    ):
        return f"{ref.year:04d}" + value[4:]
    if value.startswith("XXXX-XX-"):
        dom = int(value[8:])
        if dom <= calendar.monthrange(ref.year, ref.month)[1]:
            return f"{ref.year:04d}-{ref.month:02d}-{dom:02d}"
        return value
    if value.startswith("XXXX-"):
        parts = value.split("-")
        month = int(parts[1])
        day = int(parts[2]) if len(parts) > 2 else None
        year = _nearest_year(ref, month, day)
        return f"{year:04d}" + value[4:]
    return value


#: TIMEX duration units, smallest first (the order of ``_timex_duration``'s output reversed)
_TIMEX_UNITS: Final = ("S", "MIN", "H", "D", "WE", "W", "M", "Q", "Y", "DE", "CE")
_DUR_PART: Final = re.compile(r"(\d+(?:\.\d+)?)(CE|DE|WE|Y|Q|M|W|D|H|S)")


def _timex_duration(parts: dict[str, Decimal]) -> str:
    """A TIMEX duration from amounts by unit.

    >>> _timex_duration({"H": Decimal(1), "MIN": Decimal(30)})
    'PT1H30M'
    >>> _timex_duration({"Y": Decimal(2), "M": Decimal(1), "D": Decimal(21)})
    'P2Y1M21D'
    """
    date = "".join(
        f"{_fmt_amount(parts[u])}{u}" for u in reversed(_TIMEX_UNITS[3:]) if u in parts
    )
    time = "".join(
        f"{_fmt_amount(parts[u])}{u[0]}" for u in ("H", "MIN", "S") if u in parts
    )
    return "P" + date + ("T" + time if time else "")


def _duration_parts(value: str) -> dict[str, Decimal] | None:
    """The amounts by unit of a TIMEX duration ("PT1H30M" → H 1, MIN 30)."""
    if not value.startswith("P"):
        return None
    date, _, time = value[1:].partition("T")
    out: dict[str, Decimal] = {}
    for chunk, in_time in ((date, False), (time, True)):
        pos = 0
        for m in _DUR_PART.finditer(chunk):
            if m.start() != pos:
                return None
            unit = "MIN" if in_time and m.group(2) == "M" else m.group(2)
            out[unit] = Decimal(m.group(1))
            pos = m.end()
        if pos != len(chunk):
            return None
    return out or None


def _resolved_value(value: str) -> str:
    """An offset from an absolute day, computed ("1999-05-13-P2W" → "1999-04-29")."""
    try:
        return resolve(value, _dt.date(2000, 1, 1))
    except (ValueError, OverflowError):
        return value


def _date_ok(value: str) -> bool:
    """Whether ``YYYY-MM`` or ``YYYY-MM-DD`` names a real month or day."""
    parts = [int(p) for p in value.split("-")]
    return _date_value(parts[0], parts[1], parts[2] if len(parts) > 2 else None) is not None


def _first_day(value: str) -> _dt.date | None:
    """The first day an absolute TIMEX value covers ("2025-05" → 2025-05-01)."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", value)
    if not m:
        return None
    return _dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def _resolved(fig: Figure, ref: _dt.date) -> Figure:
    """``fig`` with its value resolved against ``ref``; unchanged when the result falls
    outside the calendar Python knows ("vor 999999999999 Jahren", years past 9999)."""
    try:
        return _resolve_fig(fig, ref)
    except (ValueError, OverflowError):
        return fig


def _resolve_fig(fig: Figure, ref: _dt.date) -> Figure:
    if fig.kind != "date" or not isinstance(fig.value, str):
        return fig
    value = resolve(fig.value, ref)
    end = resolve(fig.value_end, ref) if fig.value_end else None
    if fig.value_end and fig.value_end.startswith("XXXX") and end is not None:
        # the end of a range is the first such date on or after its start
        first = _first_day(value)
        last = _first_day(end)
        if first is not None and last is not None and last < first:
            if fig.value_end.startswith("XXXX-WXX-"):
                end = (last + _dt.timedelta(days=7)).isoformat()
            else:
                end = f"{last.year + 1:04d}" + end[4:]
    if fig.value.startswith("XXXX-") and end is not None and value[:4].isdigit():
        # "from March to date": a partial start lies before the end it is joined to
        first = _first_day(value)
        last = _first_day(end)
        if first is not None and last is not None and last < first:
            value = f"{first.year - 1:04d}" + value[4:]
    if value == fig.value and end == fig.value_end:
        return fig
    return Figure(
        kind=fig.kind, text=fig.text, start=fig.start, end=fig.end, value=value,
        low=fig.low, high=fig.high, qualifier=fig.qualifier, unit=fig.unit, value_end=end,
        weekday=fig.weekday, flags=fig.flags,
    )


# -- public API -------------------------------------------------------------------


_LINE_BREAKS: Final = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` as ``str.splitlines`` cuts them, one by one (the caller
    reads only the first non-empty one of a long article)."""
    pos = 0
    for m in _LINE_BREAKS.finditer(text):
        yield text[pos : m.start()]
        pos = m.end()
    if pos < len(text):
        yield text[pos:]


def find_reference_date(text: str, lang: str) -> _dt.date | None:
    """The date an article states for itself: front matter or dateline.

    Counted: YAML front matter with ``date: YYYY-MM-DD``; or a first non-empty line
    that states a full date (day, month and year) within its first 60 characters,
    after at most five words (a place, an agency), where the line either ends
    after the date or the date is followed by a dash, colon or parenthesis.

    >>> find_reference_date("Hanoi, 25. Oktober 2025 – Die Regierung …", "de")
    datetime.date(2025, 10, 25)
    >>> find_reference_date("---\\ntitle: x\\ndate: 2025-10-25\\n---\\nText", "fr")
    datetime.date(2025, 10, 25)
    >>> find_reference_date("Le 25 octobre 2025, le gouvernement a annoncé …", "fr") is None
    True
    """
    body = text
    if text.startswith("---"):
        close = text.find("\n---", 3)
        if close > 0:
            m = _FRONT_DATE.search(text, 0, close)
            if m:
                try:
                    return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    return None
            nl = text.find("\n", close + 4)
            body = text[nl + 1 :] if nl > 0 else ""
    for raw in _lines(body):
        line = raw.strip().strip("#*_> ").strip()
        if not line:
            continue
        head = line[:160]
        if not any(map(str.isdigit, head[:100])):
            return None  # a full date starting in the first 60 characters has digits
        for fig in _Scan(head, lang, Spans()).run():
            if fig.kind != "date" or "range" in fig.flags or fig.start > 60:
                continue
            m = _FULL.match(str(fig.value))
            if not m:
                continue
            before = head[: fig.start]
            if len(before.split()) > 5 or re.search(r"[.!?]", before):
                continue
            after = head[fig.end :].lstrip()
            if after and after[0] not in "–—-:()|" and len(line) > 80:
                continue
            if before.strip() and not any(c in before for c in ",()–—-"):
                continue
            try:
                return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
        return None
    return None


def extract_dates(
    text: str,
    lang: str,
    *,
    reference_date: _dt.date | None = None,
    claimed: Spans | None = None,
) -> list[Figure]:
    """Every date, time and duration ``text`` states, in order of position.

    Spans inside ``claimed`` are skipped. Without ``reference_date`` the date an
    article states in its dateline or front matter (:func:`find_reference_date`)
    resolves relative and partial dates; without either they stay symbolic.

    >>> [(f.value, f.value_end) for f in extract_dates("vom 4. bis 23. Mai 2025", "de")]
    [('2025-05-04', '2025-05-23')]
    >>> [(f.kind, f.value) for f in extract_dates("il y a deux ans, 3 ans", "fr")][-1]
    ('duration', 'P3Y')
    >>> [(f.kind, f.value) for f in extract_dates("at 3 p.m. on Monday", "en")]
    [('time', 'T15:00'), ('date', 'XXXX-WXX-1')]
    """
    return dates_at_runs(
        text, lang, reference_date, claimed if claimed is not None else Spans(), None, None
    )


@persistent("keyword-scan")
def keyword_scan(lang: str) -> KeywordScan | None:
    """The number-word scan of ``lang`` that finds this stage's keyword starts too
    (:func:`factcheck._numwords.number_words_and_keywords`): the first words of the
    keywords after a space or a word separator. Built once per language and kept
    in the table cache (the pattern is large: compiled once)."""
    return _keyword_scan_for(
        lang, frozenset(grammar(lang).keywords_by_first), _SEPARATOR_CHARS
    )


_SEPARATOR_CHARS: Final = "".join(_WORD_SEPARATORS)


def dates_at_runs(
    text: str,
    lang: str,
    reference_date: _dt.date | None,
    claimed: Spans,
    runs: DigitRuns | None,
    low: str | None,
    keywords: list[tuple[int, str]] | None = None,
) -> list[Figure]:
    """:func:`extract_dates`, with the digit runs of ``text`` already found (by
    :func:`factcheck._tokens.tokens_and_runs`), its lower-case copy ``low``
    (:func:`factcheck._numwords.lower_text`) if made, and the keyword starts
    (:func:`keyword_scan`) if the number-word scan found them."""
    scan = _Scan(text, lang, claimed, runs, low, keywords)
    figs = scan.run()
    ref = reference_date
    if ref is None and any(
        isinstance(f.value, str) and (f.value.startswith(("REF", "XXXX"))) for f in figs
    ):
        ref = find_reference_date(text, lang)
    if ref is not None:
        figs = [_resolved(f, ref) for f in figs]
    return figs
