"""The compiled date grammar of one locale: CLDR patterns + the ``[dates]`` lexicon.

:func:`grammar` builds, once per locale, two combined patterns (alternatives that
start with a digit, alternatives that start with a word) which are only ever
*matched* at anchor positions (a digit run, or a keyword such as a month name, a
weekday, a relative word or a duration unit), never searched over the whole
text; plus the small "look-behind" patterns that widen a match to the words
before it ("im Jahr", "vom", "il y a"). Group ``g`` of alternative ``i`` is named
``g__i``; ``m.lastgroup`` names the alternative (``A_date__3``).

>>> g = grammar("de")
>>> m = g.main.match("25. oktober 2025 in")
>>> m.lastgroup.split("__")[0], m.group(m.lastgroup)
('A_date', '25. oktober 2025')
>>> m = grammar("fr").main.match("4 au 23 mai")
>>> m.group(m.lastgroup)
'4 au 23 mai'
>>> m = grammar("vi").main_word.match("tháng 10 năm 2025")
>>> m.group(m.lastgroup)
'tháng 10 năm 2025'
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final, TypeVar

from ._dates_cldr import cldr_calendar, pattern_tokens
from ._diskcache import persistent
from ._lexicon import lexicon
from ._locale import get_locale
from ._pickling import by_constructor
from ._regexutil import alternation, by_first
from ._regexutil import compile as _compile

__all__ = ["Grammar", "grammar"]

_DASHES: Final = ["–", "—", "-", "‒", "~"]
_CONTEXTS: Final = ("format", "stand-alone")
_H: Final = r"[ \t\u00a0\u202f]+"  # spaces within a line
#: Units that relative periods ("nächste Woche") may take.
PERIOD_UNITS: Final = frozenset({"D", "W", "WE", "M", "Y", "Q"})


def alpha_at(s: str, i: int) -> bool:
    """``s[i].isalpha()``; an ASCII character read from its code point (compiled,
    ``str.isalpha`` is a method call, ``ord(s[i])`` a plain read)."""
    o = ord(s[i])
    if o < 128:
        return 97 <= o <= 122 or 65 <= o <= 90
    return s[i].isalpha()


def decimal_at(s: str, i: int) -> bool:
    """``s[i].isdecimal()``, an ASCII character read from its code point."""
    o = ord(s[i])
    if o < 128:
        return 48 <= o <= 57
    return s[i].isdecimal()


def letter_at(s: str, i: int) -> bool:
    """Whether ``s[i]`` is in ``re``'s ``[^\\W\\d_]`` (alphanumeric, no decimal digit),
    an ASCII character read from its code point."""
    o = ord(s[i])
    if o < 128:
        return 97 <= o <= 122 or 65 <= o <= 90
    return s[i].isalnum() and not s[i].isdecimal()


@dataclass(frozen=True)
class Grammar:
    """Everything :mod:`factcheck._dates` needs for one locale."""

    lang: str
    main: re.Pattern[str]  # alternatives that start with a digit
    main_word: re.Pattern[str]  # alternatives that start with a word
    #: keywords by their first word: a keyword anchor must start one of them
    keywords_by_first: dict[str, re.Pattern[str] | None]
    #: first words of unit words that start nothing else, and of after-unit modifiers
    unit_only: frozenset[str]
    unit_first: frozenset[str]
    after_first: frozenset[str]
    #: finds the first words of keywords at word starts
    anchor_words: re.Pattern[str]
    #: words that may follow a number inside a date, time or duration
    followers: frozenset[str]
    #: digit runs that may start a date, time or duration: four digits, or a run
    #: before a letter, a separator, the end, or a space and a follower word
    digit_anchor: re.Pattern[str]
    fallback: re.Pattern[str]  # times, durations, single dates, single years
    fallback_plain: re.Pattern[str]  # times, durations, single years
    months: dict[str, int]
    wide_months: frozenset[str]
    capitalized_months: bool
    weekdays: dict[str, int]
    wide_weekdays: frozenset[str]
    capitalized_weekdays: bool
    units: dict[str, str]
    days: dict[str, int]
    before_unit: dict[str, int]
    after_unit: dict[str, int]
    case_sensitive: frozenset[str]
    holidays: dict[str, str]
    #: words before a day word (from CLDR, where ``[dates]`` has no ``days``) that make
    #: it a noun: "por la mañana" is the morning, "mañana" alone tomorrow
    days_not_after: frozenset[str]
    #: CLDR's long date pattern puts the month first ("MMMM d, y"): "May twenty nine"
    month_first: bool
    #: CLDR's short date pattern puts the month first ("M/d/yy"): "10/1-11/2/2017"
    month_first_short: bool
    seasons: dict[str, str]
    quarters: dict[str, int]
    #: phrases that look like dates but are not ("24/7", vi "ngày nay" = nowadays)
    not_dates: frozenset[str]
    #: articles that count as one in a relative time ("vor einem Jahr", "il y a un an")
    one_words: frozenset[str]
    #: "twice a year", "einmal pro Jahr": the article is then no duration
    rate_words: frozenset[str]
    back_day_only: re.Pattern[str] | None
    day_only_after: frozenset[str]
    #: "a few", "vài", "quelques" before a unit word
    back_quantity: re.Pattern[str] | None
    between_connectors: frozenset[str]
    time_markers_as_units: frozenset[str]
    ambiguous_months: frozenset[str]
    periods: dict[str, str]
    decimal: str
    #: look-behind patterns, each matched against the text just before a match
    back_year: re.Pattern[str]
    back_range: re.Pattern[str]
    back_between: re.Pattern[str]
    back_weekday: re.Pattern[str]
    back_date_prefix: re.Pattern[str] | None
    back_rel: re.Pattern[str]
    back_month_context: re.Pattern[str] | None
    #: a determiner and adjectives before an ambiguous season ("le long et chaud été";
    #: "a été" is the participle): ``season_determiners``, ``season_adjectives``
    back_season_adjectives: re.Pattern[str] | None
    back_time: re.Pattern[str] | None
    #: an hour count with a clock word as the first end of a range ("từ 6 giờ đến 18
    #: giờ", "de 6 heures à 18 heures"): what follows it, and what precedes the second
    fwd_clock_to: re.Pattern[str] | None
    back_clock_from: re.Pattern[str] | None
    back_before_mod: re.Pattern[str]
    back_after_mod: re.Pattern[str]
    #: modifiers after "N units" that make a span: vi "4 ngày qua" (the past 4 days)
    fwd_span_mod: re.Pattern[str] | None
    fwd_rel: re.Pattern[str] | None
    rel_prefixes: dict[str, int]
    rel_suffixes: dict[str, int]
    conn_between: re.Pattern[str]
    #: unit words only in the singular ("seconde", "second"): after a number word
    #: above one they read as an ordinal ("vingt seconde", "twenty second")
    singular_only: frozenset[str] = frozenset()
    #: unit words that are also fractions or other words ("quarters"): a duration only
    #: with a relative modifier ("the last three quarters")
    ambiguous_units: frozenset[str] = frozenset()
    #: "drei Tage nach", "three weeks from", "trois jours avant": duration + word + date
    offset_connectors: dict[str, int] = field(default_factory=dict)
    #: "the first week of", "der letzten Woche im", "la troisième semaine de": an
    #: ordinal (or a "last" word), a week or month unit word and a connector, at the
    #: end of the text before a date
    back_nth_unit: re.Pattern[str] | None = None
    #: unit words for centuries (checked before the number word: "the 15th century")
    century_words: tuple[str, ...] = ()
    #: the ordinal follows the unit word: vi "thế kỷ 21"
    ordinal_after_unit: bool = False
    #: "all day", "den ganzen Tag", "toute l'année": one whole unit
    back_whole: re.Pattern[str] | None = None
    #: words before a day and month without a final dot ("am 22.04"): only there is
    #: "22.04" a date
    back_numeric_prefix: re.Pattern[str] | None = None
    #: the same words as a set (a cheap pre-filter)
    numeric_prefixes: frozenset[str] = frozenset()
    #: de "vorjahr" → (-1, "Y"): a modifier glued to a unit word
    relative_compounds: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: de "-tägig", "-stündig" → "D", "H": an adjective of a count and a unit of time
    #: ("dreitägigen", "45-minütige"), and the pattern that finds its ending
    adjective_units: dict[str, str] = field(default_factory=dict)
    #: verbs of change before a range opener: "rose from 32.5 to 34 years" states two
    #: values, not a range ("von 32,5 auf 34 Jahre")
    change_verbs: frozenset[str] = frozenset()
    adjective_unit_re: re.Pattern[str] | None = None
    #: CLDR day-period names → "am", "pm" or "night"
    day_periods: dict[str, str] = field(default_factory=dict)
    #: hedges of amounts after which a bare number is a count ("plus de 2000", "über 2000")
    back_year_not: re.Pattern[str] | None = None
    #: a range connector and the digits after it ("de 1000 à 5000": 5000 is no year)
    fwd_range_digits: re.Pattern[str] | None = None
    #: a day-period name right after a position ("5 giờ| chiều")
    fwd_day_period: re.Pattern[str] | None = None
    #: words of a clock time's hour that are also units ("giờ", "heures")
    clock_words: frozenset[str] = frozenset()
    #: relative prefixes that need their suffix (vi "sau … nữa")
    rel_paired: frozenset[str] = frozenset()
    #: a half before the article of a unit: "half an hour" = PT0.5H, "half a year" = P0.5Y
    half_before: frozenset[str] = frozenset()
    #: a half as an adjective right before a singular unit: de "ein knappes halbes Jahr"
    half_adjectives: frozenset[str] = frozenset()
    #: last words of ``nth_of`` ("of", "im", "l'"): a pre-filter for ``back_nth_unit``
    nth_of_last: frozenset[str] = frozenset()
    #: "am Wochenende", "the weekend": this week's weekend
    back_weekend: re.Pattern[str] | None = None
    #: "and a half", "et demie", "rưỡi", "and a quarter" after a duration
    fwd_half: re.Pattern[str] | None = None
    #: the amount each of those adds ("and a quarter" → 0.25)
    part_amounts: dict[str, Decimal] = field(default_factory=dict)
    #: unit words in the singular (only these take "all", "den ganzen", "toute la")
    singular_units: frozenset[str] = frozenset()
    #: holiday names that count only capitalised (fr "l'Ascension" but "l'ascension")
    capitalized_holidays: frozenset[str] = frozenset()
    #: a comma and a day with its suffix after a month name, before punctuation:
    #: "October, 1st." (not "October, 1st Battalion")
    fwd_comma_day: re.Pattern[str] | None = None
    #: words between a month name and its day ("MMMM 'the' d": "April the ninth")
    month_day_words: frozenset[str] = frozenset()
    #: years that are not calendar years → TIMEX prefix ("fiscal year" → "FY")
    year_kinds: dict[str, str] = field(default_factory=dict)
    #: day and month as ordinals, in words or digits ("der siebte Vierte", "7. vierter")
    ordinal_dates: bool = False
    #: words between a weekday and a relative week ("Tuesday of next week")
    week_joiners: frozenset[str] = frozenset()
    #: words after which a weekday written in lower case still counts (vi "vào thứ bảy")
    weekday_context: frozenset[str] = frozenset()
    #: after a lower-case weekday, words that make it an ordinal (vi "liên tiếp")
    weekday_ordinal_after: frozenset[str] = frozenset()
    #: articles that make "<article> <Weekday> <Capitalised>" a name ("the Sunday Times")
    title_articles: frozenset[str] = frozenset()
    #: the same words as a set, plus the words CLDR writes between a month and its
    #: year ("de" in es/pt "MMMM 'de' y"): "maio de 68"
    day_joiners: frozenset[str] = frozenset()
    #: words between a day in words and its month ("the fourth of July")
    back_day_joiner: re.Pattern[str] | None = None
    #: an after-unit modifier right after a match ("3 mars dernier")
    fwd_after_mod: re.Pattern[str] | None = None
    #: a range connector and a word for the present after a date ("… and now",
    #: "… to date"), and a range opener, such a word and a connector before one
    #: ("between now and …"): a range from or to the reference day
    fwd_now: re.Pattern[str] | None = None
    back_now: re.Pattern[str] | None = None
    #: "the first six months of", "les dix derniers jours de", "the second half of" at
    #: the end of the text before a year or month: a span at its start or end
    back_span_of: re.Pattern[str] | None = None
    back_half_of: re.Pattern[str] | None = None
    fwd_half_of: re.Pattern[str] | None = None
    span_first: frozenset[str] = frozenset()
    #: last words of the texts ``back_now``, ``back_span_of`` and ``back_half_of`` end
    #: with (a cheap pre-filter)
    now_last: tuple[str, ...] = ()
    #: words between a weekday and a day alone ("Wednesday the 31st")
    weekday_joiner_words: frozenset[str] = frozenset()
    #: an ordinal (or a "last" word) before a weekday: "the second Monday of May"
    back_nth_wd: re.Pattern[str] | None = None
    nth_of_words: frozenset[str] = frozenset()
    last_word_set: frozenset[str] = frozenset()
    #: unit words that stand for a multiple of their unit ("fortnight" = 2 weeks)
    unit_factors: dict[str, Decimal] = field(default_factory=dict)
    #: holidays whose name is also a common phrase ("the new year", "India's Independence
    #: Day"): name → the words one of which must stand right before it
    holiday_context: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: CLDR's narrow unit letters glued to a count ("10d" → D), the words one of which
    #: must come before them, and the glued forms that are something else ("3d")
    narrow_units: dict[str, str] = field(default_factory=dict)
    back_narrow: re.Pattern[str] | None = None
    narrow_not: frozenset[str] = frozenset()
    narrow_after: frozenset[str] = frozenset()
    #: before a lower-case month name that is also a word ("in may."): see
    #: ``lower_month_ok`` in _dates
    back_lower_month: re.Pattern[str] | None = None
    #: spaced phrases of ``current_periods`` ("year to date") and the only words that
    #: may stand before them ("the best year to date" is the best year so far)
    current_spaced: frozenset[str] = frozenset()
    current_before: frozenset[str] = frozenset()
    #: a four-digit year and a month name after it are one month ("in 2017 April")
    year_then_month: bool = False
    #: the singular weekend word after a holiday, and "weekend of" before one
    fwd_weekend: re.Pattern[str] | None = None
    back_weekend_of: re.Pattern[str] | None = None
    #: "of" and a date after the weekend word: "le week-end du 5 novembre", "the weekend
    #: of 5 November" (that date's weekend, not this week's)
    fwd_weekend_date: re.Pattern[str] | None = None
    fwd_wd_joiner: re.Pattern[str] | None = None
    #: " and now", " to date" …; " now and ", " now to the " …: C-level pre-filters
    now_fwd: tuple[str, ...] = ()
    now_back: tuple[str, ...] = ()
    now_fwd4: frozenset[str] = frozenset()
    now_back4: frozenset[str] = frozenset()
    #: last words of the unit words of ``back_nth_unit`` (a pre-filter)
    nth_keys: frozenset[str] = frozenset()
    now_first: frozenset[str] = frozenset()
    #: last words of half phrases and of span unit words, and both (pre-filters)
    half_keys: frozenset[str] = frozenset()
    unit_keys: frozenset[str] = frozenset()
    span_keys: frozenset[str] = frozenset()
    halves: dict[str, int] = field(default_factory=dict)
    #: decades in words, phrase (one space) → the tens it names ("nineties" → 90), and
    #: words before them that make an age ("in her nineties")
    decade_words: dict[str, int] = field(default_factory=dict)
    #: between a year and a part of it: "next year's first quarter"
    year_possessives: frozenset[str] = frozenset()
    #: words before a modifier that make it a verb ("could last two weeks")
    mod_not_after: frozenset[str] = frozenset()
    #: ``day_only_before`` words: after a joiner of ``day_only_after`` they go with the
    #: next number ("entre el 30 y el 43 %")
    day_only_before: frozenset[str] = frozenset()
    #: a day alone may precede a word in lower case (German: no noun, "am 15. wieder")
    day_only_lower: bool = False
    #: between a weekday and its date ("Donnerstag, den 7.", "lundi le 3")
    weekday_joiners: frozenset[str] = frozenset()
    #: a relative prefix and a hedge ("vor etwa"), and the hedges' last words (a
    #: pre-filter: the plain prefixes are looked up first)
    back_rel_hedged: re.Pattern[str] | None = None
    #: a relative prefix with a hedge → the hedge's qualifier ("il y a plus de": over)
    rel_hedges: dict[str, str] = field(default_factory=dict)
    #: words after an hour count that make it a duration even after a word of clock
    #: times: fr "jusqu'à 22 heures de lecture" (22 hours of playback, not 10 p.m.)
    duration_of: frozenset[str] = frozenset()
    hedge_last: frozenset[str] = frozenset()
    #: words that state a count before a unit ("a couple of" = 2), and their last words
    count_words: dict[str, int] = field(default_factory=dict)
    back_count_words: re.Pattern[str] | None = None
    count_last: frozenset[str] = frozenset()
    #: a day unit and the words for the current month after it ("day of the month")
    fwd_day_of_month: re.Pattern[str] | None = None
    #: (``day_only_bare``) a day alone after a weekday, before punctuation or the end:
    #: "lundi 14, le ministre" (not "lundi 14 personnes")
    fwd_wd_day: re.Pattern[str] | None = None
    day_suffixes: frozenset[str] = frozenset()
    #: edges of the period a range starts with ("from the middle of 2007", "between
    #: the end of March and …": phrase → "start", "mid" or "end"), and the words for
    #: the middle of the period it ends with ("… to mid-September")
    start_edges: dict[str, str] = field(default_factory=dict)
    back_start_edge: re.Pattern[str] | None = None
    mid_edges: tuple[str, ...] = ()
    back_decade_not: re.Pattern[str] | None = None
    #: a range connector and a day alone after a date ("April 9th through 17th",
    #: "April ninth to seventeenth"), and a range opener, a day and a connector
    #: before one ("from ninth till seventeenth of April")
    fwd_day_range: re.Pattern[str] | None = None
    back_day_range: re.Pattern[str] | None = None
    day_range_last: frozenset[str] = frozenset()
    between_openers: tuple[str, ...] = ()
    #: "for two weeks starting 3 May": words between a duration and the date it starts
    #: on, and words before the duration that make an offset connector one of them
    span_starts: frozenset[str] = frozenset()
    #: a day or a day range before a relative month ("the 5th of next month", "le 5
    #: du mois prochain", "from 4-23 in next month") and a day range after one
    #: ("nächsten Monat vom 4. bis zum 23.")
    back_day_rel: re.Pattern[str] | None = None
    fwd_day_rel: re.Pattern[str] | None = None
    #: between a partial date and its year: "Mai des Jahres 2013", "mai de l'année 2013"
    year_joiners: frozenset[str] = frozenset()
    span_for: frozenset[str] = frozenset()
    #: the phrases of ``not_dates`` of more than one word, found around a figure that
    #: lies inside one (vi "tháng này qua tháng khác" = month after month)
    not_dates_around: re.Pattern[str] | None = None
    #: the word runs inside those phrases ("năm này"): only a figure reading one of
    #: them is looked up in the text around it
    not_dates_parts: frozenset[str] = frozenset()
    #: words before a relative time or period that make it none: "in my last year" (a
    #: rank), vi "lùi một tuần nữa" (pushed back one more week)
    back_rel_not_after: re.Pattern[str] | None = None
    #: modifier → words after it that make it a preposition or conjunction: fr "le mois
    #: suivant leur détention", vi "hai tuần trước khi" (two weeks before)
    rel_not_before: dict[str, frozenset[str]] = field(default_factory=dict)
    #: after an edge and its month unit, a month name: fr "fin du mois de mars" (March)
    fwd_of_month: re.Pattern[str] | None = None
    #: first words of ``nth_of`` ("of"): after an ambiguous season alone, a noun ("the
    #: fall of Rome", "the fall of 1.8 per cent")
    of_words: frozenset[str] = frozenset()

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


def _atom(ch: str) -> str | None:
    """Flexible spaces and apostrophes inside a literal phrase."""
    if ch.isspace():
        return r"\s+"
    if ch in "'’":
        return "['’]"
    return None


def _alt(words: list[str] | set[str] | frozenset[str]) -> str:
    """The phrases as one trie-shaped group, longest candidates first (``(?!)`` if none)."""
    return alternation({w for w in words if w}, atom=_atom)


def _phrase(words: str) -> str:
    """A literal phrase with flexible spaces and apostrophes."""
    out = []
    for ch in words:
        if ch.isspace():
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_APOSTROPHE_SWAP: Final = str.maketrans({"'": "\u2019", "\u2019": "'"})


def _back(words: list[str] | set[str] | frozenset[str]) -> re.Pattern[str]:
    """``(?:w1|w2)\\s*$`` with a word boundary before: matches at the end of a window."""
    return _compile(r"(?<![^\W\d_])" + _alt(words) + r"\s*$")


def _literal(text: str, prev_field: str, next_field: str) -> str:
    if next_field == "y" and prev_field in "ML" and text.isspace():
        return r"\s*,?\s*"  # "Dec, 2018", "October, 2025"
    out: list[str] = []
    for ch in text:
        if ch.isspace():
            if not out or out[-1] != r"\s*":
                out.append(r"\s*")
        elif ch == ",":
            if out and out[-1] == r"\s*":
                out.pop()
            out.append(r"\s*,?")
        elif ch == "." and text == "." and prev_field in "dML" and next_field in "MLy":
            out.append(r"\.[ \u00a0]?")  # "27. 11."
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _compile_pattern(pattern: str, parts: dict[str, str], *, rng: bool) -> tuple[str, int] | None:
    """A CLDR date pattern as a regex; ``rng`` makes the day a day range "4.–23."."""
    toks = pattern_tokens(pattern)
    fields = [k for k, _ in toks if k]
    if not fields or any(k not in "dMLyEc" for k in fields):
        return None
    if rng and "d" not in fields:
        return None
    numeric = not any(k in "ML" and len(t) >= 3 for k, t in toks)
    if numeric and ("d" not in fields or ("M" not in fields and "L" not in fields)):
        return None
    out: list[str] = []
    for i, (kind, tok) in enumerate(toks):
        if kind == "":
            prev = toks[i - 1][0] if i else ""
            nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
            out.append(_literal(tok, prev, nxt))
            continue
        nxt_lit = toks[i + 1][1] if i + 1 < len(toks) and toks[i + 1][0] == "" else ""
        if kind == "d":
            digits = r"\d{1,2}"
            suffix = "" if nxt_lit.startswith(".") or numeric else parts["daysuf"]
            day = rf"(?P<d>{digits}){suffix}"
            if rng:
                day = (
                    rf"(?P<d1>\d{{1,2}})(?:\.|{parts['daysuf_alt']})?\s*(?P<conn>{parts['conn']})\s*"
                    + parts["wd_mid"]
                    + day
                )
            out.append(day)
        elif kind in "ML":
            if len(tok) >= 3:
                out.append(parts["month"])
            else:
                out.append(r"(?P<m>\d{1,2})")
        elif kind == "y":
            if len(tok) == 2:
                out.append(r"(?P<yy>\d{2})")
            else:
                out.append((parts["ypre"] if i else "") + r"(?P<y>\d{4})")
        else:  # weekday
            out.append(parts["wd"])
    body = "".join(out)
    score = len(set(fields)) * 2 + (1 if rng else 0)
    return rf"(?P<A_date>{body})(?!\d|[.,:/-]\d)", score


_FIRST_WORD: Final = re.compile(r"[^\W_]+")
_DIGIT_GROUPS: Final = (
    "(?P<d>",
    "(?P<d1>",
    "(?P<qd>",
    "(?P<y>",
    "(?P<m>",
    "(?P<h>",
    "(?P<n>",
    "(?P<y1>",
    "(?P<dec>",
    "(?P<decs>",
    "(?P<decq>",
    "(?P<a1>",
    "(?P<cy>",
    "\\d",
    "(?=\\d)",
)


_GROUP: Final = re.compile(r"\(\?P([<=])(\w+)([>)])")


def _compile_alts(alts: list[str]) -> re.Pattern[str]:
    """One pattern of alternatives; group ``g`` of alternative ``i`` is named ``g__i``
    (``re`` wants unique names); ``m.lastgroup`` is the ``A_kind__i`` group."""
    renamed = [
        _GROUP.sub(lambda m, i=i: f"(?P{m.group(1)}{m.group(2)}__{i}{m.group(3)}", alt)  # type: ignore[misc]
        for i, alt in enumerate(alts)
    ]
    return _compile("|".join(renamed) or "(?!)")


# -- matching a combined pattern at a position: only the alternatives that can match --
# The combined patterns have some fifty alternatives; ``re`` enters every one of
# them at every anchor. Most of them cannot match there: after the digits and
# spaces at the anchor they need a "." or a month name, and the text goes on with
# "wurde". :class:`Dispatch` reads, once per alternative, which two characters may
# come first after such digits and spaces (``main``), or which three characters a
# match may start with (``main_word``: "sep", "thá"), by a static look at the
# parsed pattern (conservative: when unsure the alternative is always kept), and
# matches at a position with a pattern of only the alternatives that fit there,
# in their original order. So the first alternative that matches, its groups and
# its span are those of the combined pattern.

#: characters skipped before the character that selects the alternatives
_SKIPPED: Final = re.compile(r"[\d\s]*+")
#: the dispatch reads at most this many digits and spaces at an anchor: a longer run
#: ("2016 2016 2016 …") takes the whole pattern (else every anchor in the run would
#: scan to its end: quadratic)
_SKIP_MAX: Final = 48
_SKIPPED_CAPPED: Final = re.compile(rf"[\d\s]{{0,{_SKIP_MAX}}}+")
_SKIPPED_ONE: Final = re.compile(r"[\d\s]")
_ALT_START: Final = re.compile(r"\|(?=\(\?P<A_\w+__\d+>)")
_CLASS_ESCAPES: Final = "\\]^-["


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in _CLASS_ESCAPES else ch


def _sre() -> tuple[Any, Any]:
    import importlib

    return importlib.import_module("re._parser"), importlib.import_module("re._constants")


_CATEGORIES: Final[dict[Any, str]] = {}


def _categories(c: Any) -> dict[Any, str]:
    """``re``'s category codes as class items (filled once)."""
    if not _CATEGORIES:
        _CATEGORIES.update(
            {
                c.CATEGORY_DIGIT: r"\d",
                c.CATEGORY_NOT_DIGIT: r"\D",
                c.CATEGORY_SPACE: r"\s",
                c.CATEGORY_NOT_SPACE: r"\S",
                c.CATEGORY_WORD: r"\w",
                c.CATEGORY_NOT_WORD: r"\W",
            }
        )
    return _CATEGORIES


class _Unknown(Exception):
    """A pattern the prefix reading gives up on (the alternative is then always kept)."""


#: one character of a prefix: the characters it may be (``None``: any character)
_Elem = frozenset[str] | None
_PREFIX: Final = 3  # characters of a word anchor that select the alternatives
_MAX_PREFIXES: Final = 3000


def _cat(a: set[tuple[_Elem, ...]], b: set[tuple[_Elem, ...]], k: int) -> set[tuple[_Elem, ...]]:
    out = {x for x in a if len(x) >= k}
    short = [x for x in a if len(x) < k]
    for x in short:
        for y in b:
            out.add((x + y)[:k])
    if len(out) > _MAX_PREFIXES:
        raise _Unknown
    return out


def _prefix_seq(items: Any, c: Any, k: int) -> set[tuple[_Elem, ...]]:
    """The first ``k`` characters (fewer where a match may end sooner) a parsed sequence
    may consume, each as the set of characters it may be."""
    out: set[tuple[_Elem, ...]] = {()}
    for op, av in items:
        if all(len(x) >= k for x in out):
            break
        out = _cat(out, _prefix_op(op, av, c, k), k)
    return out


def _prefix_op(op: Any, av: Any, c: Any, k: int) -> set[tuple[_Elem, ...]]:
    if op is c.LITERAL:
        return {(frozenset(chr(av)),)}
    if op is c.IN:
        chars: set[str] = set()
        for kind, val in av:
            if kind is c.LITERAL:
                chars.add(chr(val))
            elif kind is c.RANGE and val[1] - val[0] <= 64:
                chars.update(chr(o) for o in range(val[0], val[1] + 1))
            else:
                return {(None,)}  # a category, a negation: any character
        return {(frozenset(chars),)}
    if op in (c.ANY, c.NOT_LITERAL):
        return {(None,)}
    if op is c.BRANCH:
        out: set[tuple[_Elem, ...]] = set()
        for seq in av[1]:
            out |= _prefix_seq(seq, c, k)
        if len(out) > _MAX_PREFIXES:
            raise _Unknown
        return out
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, seq = av
        if add_flags or del_flags:
            raise _Unknown
        return _prefix_seq(seq, c, k)
    if op is c.ATOMIC_GROUP:
        return _prefix_seq(av, c, k)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, seq = av
        one = _prefix_seq(seq, c, k)
        out = set()
        cur: set[tuple[_Elem, ...]] = {()}
        # a repetition past lo + k adds no new first k characters (see _guard_prefix)
        for n in range(min(hi, lo + k) + 1):
            if n >= lo:
                out |= cur
            if all(len(x) >= k for x in cur):
                break
            cur = _cat(cur, one, k)
        return out
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {()}  # zero width: a look-around only ever rejects more
    raise _Unknown  # back references and anything else


def _elem_re(e: _Elem) -> str:
    if e is None:
        return r"[\s\S]"
    return "[" + "".join(_class_char(ch) for ch in sorted(e)) + "]"


def _guard_prefix(alt: str, flags: int, k: int = _PREFIX) -> str | None:
    """A pattern every ``text[pos:pos + k]`` passes (``match``) where ``alt`` matches at
    ``pos``; ``None`` when unknown (keep the alternative). Repetitions: a match that
    repeats ``n > lo + k`` times repeats a non-empty part at most ``k`` times within
    its first ``k`` characters, so ``max(lo, that)`` repetitions start the same way."""
    parser, c = _sre()
    try:
        parsed = parser.parse(alt, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        prefixes = _prefix_seq(parsed.data, c, k)
    except Exception:  # _Unknown, or a pattern the parser does not take
        return None
    if () in prefixes:
        return None  # may match without consuming anything
    return "|".join(sorted({"".join(_elem_re(e) for e in x) for x in prefixes}))


#: one character after the skipped ones: (class, may be skipped, may be another)
_Char = tuple[str, bool, bool]
#: (a character outside ``_SKIPPED`` consumed yet, the characters from the first one)
_State = tuple[bool, tuple[_Char, ...]]
_AFTER_SKIP: Final = 2  # characters after the digits and spaces that select the alternatives
_ANY_CHAR: Final[_Char] = (r"[\s\S]", True, True)


def _char_of(op: Any, av: Any, c: Any) -> _Char | None:
    """The one-character class of a LITERAL or IN op (``None``: not such an op)."""
    if op is c.LITERAL:
        ch = chr(av)
        skip = _SKIPPED_ONE.match(ch) is not None
        return "[" + _class_char(ch) + "]", skip, not skip
    if op is not c.IN:
        return None
    parts: list[str] = []
    skip = other = False
    for kind, val in av:
        if kind is c.LITERAL:
            ch = chr(val)
            parts.append(_class_char(ch))
            if _SKIPPED_ONE.match(ch):
                skip = True
            else:
                other = True
        elif kind is c.RANGE:
            lo, hi = val
            parts.append(f"{_class_char(chr(lo))}-{_class_char(chr(hi))}")
            skip = True  # a range may hold a digit or a space: keep it simple
            other = other or not (0x30 <= lo and hi <= 0x39)
        elif kind is c.CATEGORY and val in _categories(c):
            parts.append(_categories(c)[val])
            skip = True  # every category holds a digit or a space
            other = other or val not in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE)
        else:  # a negated class and anything unknown: any character
            return _ANY_CHAR
    return "[" + "".join(parts) + "]", skip, other


def _advance(states: set[_State], ch: _Char, k: int) -> set[_State]:
    out: set[_State] = set()
    for started, chars in states:
        if started:
            out.add((True, (*chars, ch)) if len(chars) < k else (True, chars))
        else:
            if ch[1]:
                out.add((False, ()))
            if ch[2]:
                out.add((True, (ch,)))
    if len(out) > _MAX_PREFIXES:
        raise _Unknown
    return out


_CharOf = Callable[[Any, Any, Any], _Char | None]
#: one character-reading op applied to a set of reading states (``None``: not such
#: an op), and whether a set of states is final (the rest of a sequence changes nothing)
_Step = Callable[[Any, Any, set[Any]], set[Any] | None]
_Final = Callable[[set[Any]], bool]


def _walk_seq(items: Any, c: Any, states: set[Any], step: _Step, final: _Final) -> set[Any]:
    """The reading ``states`` after the parsed sequence ``items``: ``step`` reads the
    ops that consume a character, this walks groups, branches and repeats."""
    for op, av in items:
        if final(states):
            break
        states = _walk_op(op, av, c, states, step, final)
    return states


def _walk_op(
    op: Any, av: Any, c: Any, states: set[Any], step: _Step, final: _Final
) -> set[Any]:
    got = step(op, av, states)
    if got is not None:
        return got
    if op is c.BRANCH:
        out: set[Any] = set()
        for seq in av[1]:
            out |= _walk_seq(seq, c, states, step, final)
        return out
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, seq = av
        if add_flags or del_flags:
            raise _Unknown
        return _walk_seq(seq, c, states, step, final)
    if op is c.ATOMIC_GROUP:
        return _walk_seq(av, c, states, step, final)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, seq = av
        out = set(states) if lo == 0 else set()
        cur = states
        n = 0
        while n < hi:
            cur = _walk_seq(seq, c, cur, step, final)
            n += 1
            if n > lo and cur <= out:
                break  # the later repetitions reach no new state
            if n >= lo:
                out |= cur
            if n > 200:
                raise _Unknown
        return out
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return states  # zero width: a look-around only ever rejects more
    raise _Unknown  # back references and anything else


def _after_seq(
    items: Any, c: Any, states: set[_State], k: int, char_of: _CharOf | None = None
) -> set[_State]:
    """The first ``k`` characters read after ``items``, from ``states``."""
    read = char_of or _char_of

    def step(op: Any, av: Any, st: set[Any]) -> set[Any] | None:
        ch = read(op, av, c)
        if ch is None and op in (c.ANY, c.NOT_LITERAL):
            ch = _ANY_CHAR
        return None if ch is None else _advance(st, ch, k)

    def final(st: set[Any]) -> bool:
        # what follows cannot change the first k characters
        return all(started and len(chars) >= k for started, chars in st)

    return _walk_seq(items, c, states, step, final)


def _guard_after_skip(alt: str, flags: int, k: int = _AFTER_SKIP) -> str | None:
    """A pattern every ``text[e:e + k]`` passes (``match``) where ``alt`` matches at
    ``pos`` and ``e`` ends the ``_SKIPPED`` run at ``pos``; ``None`` when unknown or
    when a match may consume only skipped characters (keep the alternative)."""
    parser, c = _sre()
    try:
        parsed = parser.parse(alt, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        states = _after_seq(parsed.data, c, {(False, ())}, k)
    except Exception:  # _Unknown, or a pattern the parser does not take
        return None
    if not states or any(not started for started, _ in states):
        return None
    return "|".join(sorted({"".join(cls for cls, _, _ in chars) for _, chars in states}))


# -- a second selector: the digits at a digit anchor, the text after a word anchor --
# A digit anchor's alternatives are picked again by the length of the run of digits
# at the anchor ("2016." rules out a day's "\d{1,2}\."); a word anchor's by the two
# characters after its letters ("September 5" rules out what needs no digit, "May
# and" what needs one).

_RUN_CAP: Final = 5  # run lengths read: 0 … 4 exactly, 5 for five or more digits
#: one run state: digits of the run consumed so far, whether a non-digit ended it
_Run = tuple[int, bool]


def _digit_kinds(op: Any, av: Any, c: Any) -> tuple[bool, bool] | None:
    """Whether one character of a LITERAL, IN, ANY or NOT_LITERAL op may be a decimal
    digit, and whether it may be another character (``None``: not such an op)."""
    if op is c.LITERAL:
        d = chr(av).isdecimal()
        return d, not d
    if op in (c.ANY, c.NOT_LITERAL):
        return True, True
    if op is not c.IN:
        return None
    digit = other = False
    for kind, val in av:
        if kind is c.LITERAL:
            if chr(val).isdecimal():
                digit = True
            else:
                other = True
        elif kind is c.RANGE:
            lo, hi = val
            if 0x30 <= lo and hi <= 0x39:
                digit = True
            else:
                return True, True  # a wide range: keep it simple
        elif kind is c.CATEGORY and val is c.CATEGORY_DIGIT:
            digit = True
        elif kind is c.CATEGORY and val in (c.CATEGORY_SPACE, c.CATEGORY_NOT_DIGIT):
            other = True
        else:  # a negation, a word class: any character
            return True, True
    return digit, other


def _runs_seq(items: Any, c: Any, states: set[_Run]) -> set[_Run]:
    """The digit-run states after ``items``, from ``states``."""

    def step(op: Any, av: Any, st: set[Any]) -> set[Any] | None:
        kinds = _digit_kinds(op, av, c)
        if kinds is None:
            return None
        digit, other = kinds
        out: set[Any] = set()
        for n, ended in st:
            if ended:
                out.add((n, True))
                continue
            if digit:
                out.add((min(n + 1, _RUN_CAP), False))
            if other:
                out.add((n, True))
        return out

    def final(st: set[Any]) -> bool:
        return all(ended for _, ended in st)  # the run is over in every reading

    return _walk_seq(items, c, states, step, final)


def run_code(n: int) -> str:
    """The one-character key of a run of ``n`` digits (``_RUN_CAP`` or more: one)."""
    return chr(0x30 + min(n, _RUN_CAP))


def _guard_run(alt: str, flags: int) -> str | None:
    """A pattern the :func:`run_code` of the digits at ``pos`` passes (``match``)
    where ``alt`` matches at ``pos``; ``None`` when unknown or when any length may."""
    parser, c = _sre()
    try:
        parsed = parser.parse(alt, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        states = _runs_seq(parsed.data, c, {(0, False)})
    except Exception:  # _Unknown, or a pattern the parser does not take
        return None
    lengths: set[int] = set()
    for n, ended in states:
        # a run still open where the match ends may go on in the text
        lengths.update([n] if ended else range(n, _RUN_CAP + 1))
    if len(lengths) > _RUN_CAP:
        return None
    return "[" + "".join(run_code(n) for n in sorted(lengths)) + "]" if lengths else "(?!)"


def _letters_of(op: Any, av: Any, c: Any) -> _Char | None:
    """:func:`_char_of` with letters (``str.isalpha``) as the skipped characters."""
    if op is c.LITERAL:
        ch = chr(av)
        skip = ch.isalpha()
        return "[" + _class_char(ch) + "]", skip, not skip
    if op is not c.IN:
        return None
    parts: list[str] = []
    skip = other = False
    for kind, val in av:
        if kind is c.LITERAL:
            ch = chr(val)
            parts.append(_class_char(ch))
            if ch.isalpha():
                skip = True
            else:
                other = True
        elif kind is c.RANGE:
            lo, hi = val
            parts.append(f"{_class_char(chr(lo))}-{_class_char(chr(hi))}")
            if 0x61 <= lo and hi <= 0x7A:
                skip = True
            elif 0x30 <= lo and hi <= 0x39:
                other = True
            else:
                skip = other = True
        elif kind is c.CATEGORY and val in _categories(c):
            parts.append(_categories(c)[val])
            if val in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
                other = True  # no letter is a digit, a space or outside \w
            else:
                skip = other = True
        else:  # a negated class and anything unknown: any character
            return _ANY_CHAR
    return "[" + "".join(parts) + "]", skip, other


def _guard_after_letters(alt: str, flags: int, k: int = _AFTER_SKIP) -> str | None:
    """:func:`_guard_after_skip` with the letters at ``pos`` as the skipped run."""
    parser, c = _sre()
    try:
        parsed = parser.parse(alt, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        states = _after_seq(parsed.data, c, {(False, ())}, k, _letters_of)
    except Exception:  # _Unknown, or a pattern the parser does not take
        return None
    if not states or any(not started for started, _ in states):
        return None
    return "|".join(sorted({"".join(cls for cls, _, _ in chars) for _, chars in states}))


def _alternatives(pattern: re.Pattern[str]) -> list[str]:
    """The alternatives ``(?P<A_kind__i>…)`` of a combined pattern, ``[]`` if it is not
    one."""
    alts = _ALT_START.split(pattern.pattern)
    ok = "|".join(alts) == pattern.pattern and all(a.startswith("(?P<A_") for a in alts)
    return alts if ok else []


#: how each combined pattern picks its alternatives: by the character after the
#: digits and spaces at the anchor (0), or by the anchor's first k characters
_PREFIXES: Final = {"main": 0, "main_word": _PREFIX}


def _guards_of(pattern: re.Pattern[str], prefix: int) -> tuple[str | None, ...]:
    alts = _alternatives(pattern)
    if prefix:
        return tuple(_guard_prefix(a, pattern.flags, prefix) for a in alts)
    return tuple(_guard_after_skip(a, pattern.flags) for a in alts)


def _seconds_of(pattern: re.Pattern[str], prefix: int) -> tuple[str | None, ...]:
    """The second guard of each alternative: on the run of digits at the anchor
    (``main``), on the two characters after the anchor's letters (``main_word``)."""
    alts = _alternatives(pattern)
    if prefix:
        return tuple(_guard_after_letters(a, pattern.flags) for a in alts)
    return tuple(_guard_run(a, pattern.flags) for a in alts)


@persistent("dates-dispatch")
def _guards(
    lang: str,
) -> dict[str, tuple[str, tuple[str | None, ...], tuple[str | None, ...]]]:
    """The guards of each alternative of ``main`` and ``main_word``, with the pattern
    they were read from (kept on disk: reading them from the parsed patterns costs
    some milliseconds per language)."""
    g = grammar(lang)
    return {
        which: (
            p.pattern, _guards_of(p, _PREFIXES[which]), _seconds_of(p, _PREFIXES[which])
        )
        for which, p in (("main", g.main), ("main_word", g.main_word))
    }


class Dispatch:
    """``match(text, pos)`` of a combined pattern of alternatives (see above)."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        guards: tuple[str | None, ...] | None = None,
        prefix: int = 0,
        seconds: tuple[str | None, ...] | None = None,
    ) -> None:
        self.pattern = pattern
        self.prefix = prefix
        self.alts = _alternatives(pattern)
        if guards is None or len(guards) != len(self.alts):
            guards = _guards_of(pattern, prefix)
        if seconds is None or len(seconds) != len(self.alts):
            seconds = _seconds_of(pattern, prefix)
        self.guards = [None if g is None else _compile(g, pattern.flags) for g in guards]
        self.seconds = [None if g is None else _compile(g, pattern.flags) for g in seconds]
        self.by_key: dict[str, re.Pattern[str]] = {}
        self.by_keys: dict[tuple[str, str], re.Pattern[str]] = {}
        self.by_alts: dict[tuple[int, ...], re.Pattern[str]] = {}

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        # the skipped run, read by hand (``\d`` is ``str.isdecimal``, ``\s``
        # ``str.isspace``, ``[^\W\d_]`` … ``str.isalpha``): at most _SKIP_MAX characters
        cap = min(len(text), pos + _SKIP_MAX)
        e = pos
        if self.prefix:
            while e < cap and alpha_at(text, e):
                e += 1
            if e - pos >= _SKIP_MAX:
                return self.pattern.match(text, pos)
            keys = (text[pos : pos + self.prefix], text[e : e + _AFTER_SKIP])
            sub = self.by_keys.get(keys)
            if sub is None:
                sub = self.by_keys[keys] = self._for(keys[0], keys[1])
            return sub.match(text, pos)
        while e < cap and decimal_at(text, e):
            e += 1
        run = e - pos
        while e < cap and (decimal_at(text, e) or text[e].isspace()):
            e += 1
        if e - pos >= _SKIP_MAX:
            return self.pattern.match(text, pos)
        key = run_code(run) + text[e : e + _AFTER_SKIP]
        sub = self.by_key.get(key)
        if sub is None:
            sub = self.by_key[key] = self._for(key[1:], key[0])
        return sub.match(text, pos)

    def _for(self, key: str, second: str) -> re.Pattern[str]:
        """The pattern of the alternatives whose guard passes ``key`` (the anchor's first
        characters, or those after its digits and spaces) and whose second guard
        passes ``second`` (the characters after the letters, or the digits' run code)."""
        if not self.alts:
            return self.pattern
        kept: list[int] = []
        for i, (g, g2) in enumerate(zip(self.guards, self.seconds, strict=True)):
            if (g is None or g.match(key) is not None) and (
                g2 is None or g2.match(second) is not None
            ):
                kept.append(i)
        keep = tuple(kept)
        if len(keep) == len(self.alts):
            return self.pattern
        sub = self.by_alts.get(keep)
        if sub is None:
            body = "|".join(self.alts[i] for i in keep) or "(?!)"
            sub = self.by_alts[keep] = _compile(body, self.pattern.flags)
        return sub


#: a reading of a pattern from its end: the characters read (at most ``_TAIL`` of
#: them) and whether the part read was matched whole with no whitespace in it, so
#: that what stands before it adds to the left
_Tail = tuple[str, bool]
_TAIL: Final = 3


def _tails_seq(items: Any, c: Any, tails: set[_Tail]) -> set[_Tail]:
    """``tails`` (readings of what follows ``items``) extended to the left by the
    sequence ``items``."""
    for op, av in reversed(items):
        done = {t for t in tails if not t[1]}
        grow = {t for t in tails if t[1]}
        if not grow:
            return done
        tails = done | _tails_op(op, av, c, grow)
    return tails


def _tails_op(op: Any, av: Any, c: Any, tails: set[_Tail]) -> set[_Tail]:
    """The open readings ``tails`` extended to the left by one parsed item."""
    if op is c.LITERAL or op is c.IN:
        chars: list[str] = []
        if op is c.LITERAL:
            chars.append(chr(av))
        else:
            for kind, val in av:
                if kind is c.LITERAL:
                    chars.append(chr(val))
                elif kind is c.RANGE and val[1] - val[0] <= 64:
                    chars.extend(chr(o) for o in range(val[0], val[1] + 1))
                elif kind is c.CATEGORY and val == c.CATEGORY_SPACE:
                    chars.append(" ")
                else:
                    raise _Unknown(kind)
        out: set[_Tail] = set()
        for s, _ in tails:
            for ch in chars:
                if ch.isspace():
                    # a space ends the reading once a character is read; before
                    # that it is one of the spaces the window's end is stripped of
                    out.add((s, not s))
                else:
                    t = ch + s
                    out.add((t, len(t) < _TAIL))
        return out
    if op is c.BRANCH:
        out = set()
        for seq in av[1]:
            out |= _tails_seq(seq, c, tails)
        return out
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, seq = av
        if add_flags or del_flags:
            raise _Unknown(op)
        return _tails_seq(seq, c, tails)
    if op is c.ATOMIC_GROUP:
        return _tails_seq(av, c, tails)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, seq = av
        out = set(tails) if lo == 0 else set()
        cur = tails
        # each round adds a character to an open reading or closes it: after
        # _TAIL + 1 rounds past ``lo`` nothing new can come
        for r in range(1, min(hi, lo + _TAIL + 1) + 1):
            cur = _tails_seq(seq, c, cur)
            if r >= lo:
                out |= cur
        return out
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return tails  # zero width: only narrows what matches
    raise _Unknown(op)


_LAST_TAILS: Final[dict[tuple[str, int], tuple[tuple[int, frozenset[str]], ...] | None]] = {}


def last_tails(pattern: re.Pattern[str]) -> tuple[tuple[int, frozenset[str]], ...] | None:
    """How a match of ``pattern`` may end outside whitespace: ``(n, strings)`` pairs,
    each string its last ``n`` characters (fewer than three when a space or the
    pattern's start comes first); ``None`` when unknown or when a match may be all
    whitespace. A look-behind pattern (``words\\s*$``) cannot match a window that
    ends, outside spaces, in none of them."""
    key = (pattern.pattern, pattern.flags)
    if key in _LAST_TAILS:
        return _LAST_TAILS[key]
    parser, c = _sre()
    got: tuple[tuple[int, frozenset[str]], ...] | None = None
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if not parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE):
            ends = {s for s, _ in _tails_seq(parsed.data, c, {("", True)})}
            if "" not in ends:
                by_len: dict[int, set[str]] = {}
                for s in ends:
                    by_len.setdefault(len(s), set()).add(s)
                got = tuple((n, frozenset(v)) for n, v in sorted(by_len.items()))
    except Exception:  # _Unknown, or a pattern the parser does not take
        got = None
    _LAST_TAILS[key] = got
    return got



@persistent("dates-tails")
def back_tails(lang: str) -> dict[str, tuple[tuple[int, frozenset[str]], ...] | None]:
    """:func:`last_tails` of each look-behind pattern (``…$``) of ``grammar(lang)``,
    by pattern source (kept on disk: reading them costs some milliseconds)."""
    out: dict[str, tuple[tuple[int, frozenset[str]], ...] | None] = {}
    g = grammar(lang)
    for value in (getattr(g, f.name) for f in dataclasses.fields(g)):
        if isinstance(value, re.Pattern) and value.pattern.endswith("$"):
            out[value.pattern] = last_tails(value)
    return out

_DISPATCH: Final[dict[tuple[str, str], Dispatch]] = {}


def dispatch(lang: str, which: str) -> Dispatch:
    """The :class:`Dispatch` of ``grammar(lang).main`` or ``.main_word`` (cached)."""
    pattern = getattr(grammar(lang), which)
    got = _DISPATCH.get((lang, which))
    if got is None or got.pattern is not pattern:  # built afresh: a new dispatch too
        source, guards, seconds = _guards(lang)[which]
        prefix = _PREFIXES[which]
        same = source == pattern.pattern
        got = Dispatch(pattern, guards if same else None, prefix, seconds if same else None)
        _DISPATCH[(lang, which)] = got
    return got


def _fold(word: str) -> str:
    """``word`` without its accents ("février" → "fevrier")."""
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
    )


_V = TypeVar("_V")


def _with_folded(table: dict[str, _V]) -> dict[str, _V]:
    """``table`` and its keys without their accents (the accented key wins)."""
    return {**{_fold(k): v for k, v in table.items()}, **table}


def _capitalized_holidays(lex: dict[str, object], holidays: dict[str, str]) -> frozenset[str]:
    """The holiday names that count only capitalised: all with ``capitalized_holidays =
    true``, else those listed (and their forms without accents)."""
    got = lex.get("capitalized_holidays", False)
    if got is True:
        return frozenset(holidays)
    names = {str(w) for w in got} if isinstance(got, list) else set()
    return frozenset(names | {_fold(w) for w in names})


def _month_prefixes(wide: frozenset[str] | set[str], months: dict[str, int]) -> dict[str, int]:
    """The first three letters of each wide month name (also without accents) that no
    other month shares and that are no month name already: fr "sep", "aou", "fev"."""
    got: dict[str, int] = {}
    clash: set[str] = set()
    for name in wide:
        for form in {name[:3], _fold(name)[:3]}:
            if len(form) == 3 and form.isalpha():
                if got.setdefault(form, months[name]) != months[name]:
                    clash.add(form)
    return {k: v for k, v in got.items() if k not in clash and k not in months}


def _first_word(text: str) -> str:
    m = _FIRST_WORD.match(text)
    return m.group(0) if m else ""


def _by_first(
    keywords: set[str], mods: set[str], targets: set[str]
) -> dict[str, re.Pattern[str] | None]:
    """Keywords by first word: ``None`` when the word alone is a keyword, else one
    pattern (shared by all such words) of the longer keywords and of "modifier +
    target" ("nächste Woche"), matched at the anchor."""
    firsts: dict[str, bool] = {}
    for k in keywords:
        first = _first_word(k)
        if first:
            firsts[first] = firsts.get(first, False) or first == k
    for k in mods:
        first = _first_word(k)
        if first:
            firsts.setdefault(first, False)
    longer = [k for k in keywords if not firsts.get(_first_word(k), True)]
    pattern = _compile(
        _alt(set(longer)) + r"(?!\w)|" + _alt(mods) + r"\s+" + _alt(targets) + r"(?!\w)"
    )
    return {f: None if alone else pattern for f, alone in firsts.items()}


def _relative_compounds(lex: dict[str, Any], units: dict[str, str]) -> dict[str, tuple[int, str]]:
    """Words made of a modifier glued to a period unit word → (offset, unit):
    ``relative_compounds = { "vor" = -1 }`` gives de "vorjahr", "vorjahres",
    "vormonat", "vorwoche" (singular unit words of a week and more; "in den
    Vorjahren" is several years)."""
    out: dict[str, tuple[int, str]] = {}
    for prefix, off in _table(lex, "relative_compounds").items():
        for word, unit in units.items():
            if unit in ("W", "M", "Q", "Y") and word.isalpha():
                out[prefix + word] = (int(off), unit)
    return out


def _edge_compounds(lex: dict[str, Any], units: dict[str, str]) -> dict[str, tuple[int, str]]:
    """A period's genitive glued to an edge word → (0, unit): ``edge_compounds =
    ["ende", "anfang"]`` gives de "jahresende", "monatsanfang" ("Ende des Jahres":
    the period itself, as ``edge_words`` read it)."""
    out: dict[str, tuple[int, str]] = {}
    for edge in _words(lex, "edge_compounds"):
        for word, unit in units.items():
            if unit in ("M", "Q", "Y") and word.isalpha() and word.endswith("s"):
                out[word + edge] = (0, unit)
    return out


def _anchor_pattern(first_words: set[str]) -> re.Pattern[str]:
    """`` (?:w1|w2…)`` grouped by first letter (fast with ``re``), ending at a word end;
    run over the text with separators turned into spaces."""
    alts = [re.escape(c) + rest for c, rest in by_first(first_words).items()]
    return _compile(" (?:" + "|".join(alts) + r")(?![^\W\d_])")


def _digit_first(alt: str) -> bool:
    """Whether an alternative ``(?P<A_kind>…)`` starts with a digit."""
    inner = alt[alt.index(">") + 1 :]
    return inner.startswith(_DIGIT_GROUPS)


def _month_year_words(patterns: tuple[str, ...]) -> set[str]:
    """The words CLDR writes between a month and the year after it ("de" of es/pt
    "MMMM 'de' y"): they join a month and a two-digit year too ("maio de 68").

    >>> sorted(_month_year_words(("d 'de' MMMM 'de' y", "MMMM y", "d.M.y")))
    ['de']
    """
    out: set[str] = set()
    for pattern in patterns:
        toks = pattern_tokens(pattern)
        for (k1, _), (k2, lit), (k3, _) in zip(toks, toks[1:], toks[2:], strict=False):
            word = lit.strip().lower()
            if k1 == "M" and k2 == "" and k3 == "y" and word.isalpha():
                out.add(word)
    return out


def _words(lex: dict[str, Any], key: str) -> list[str]:
    val = lex.get(key, [])
    return [str(v).lower() for v in val] if isinstance(val, list) else []


def _table(lex: dict[str, Any], key: str) -> dict[str, Any]:
    val = lex.get(key, {})
    return {str(k).lower(): v for k, v in val.items()} if isinstance(val, dict) else {}


def _compound_tails(lex: dict[str, Any], locale: str) -> tuple[set[str], set[str]]:
    """Words a weekday or month name takes as a compound tail where the lexicon says
    the language compounds (``compound_names = true``): CLDR's day-period names
    ("Sonntagabend", "Montagmorgen") and ``month_compounds`` ("Oktoberanfang")."""
    if not lex.get("compound_names"):
        return set(), set()
    from babel.dates import get_period_names

    wd: set[str] = set()
    for ctx in _CONTEXTS:
        for width in ("wide", "abbreviated"):
            for key, name in get_period_names(width, ctx, locale).items():
                low = str(name).lower()
                if key not in ("am", "pm") and low.isalpha():
                    wd.add(low)
    return wd, set(_words(lex, "month_compounds"))


def _season_adjectives(lex: dict[str, Any]) -> re.Pattern[str] | None:
    """A determiner and adjectives (each after optional ``season_adverbs``; commas and
    ``season_joiners`` join them) at the end of a window: what makes an ambiguous
    season after them one ("un été", "un très long été", "le long et chaud été")."""
    dets = set(_words(lex, "season_determiners"))
    adjs = set(_words(lex, "season_adjectives"))
    if not dets or not adjs:
        return None
    advs = set(_words(lex, "season_adverbs"))
    ands = set(_words(lex, "season_joiners"))
    adv = rf"(?:(?:{_alt(advs)})\s+)*" if advs else ""
    adj = rf"{adv}(?:{_alt(adjs)})"
    join = rf"(?:\s*,\s*|\s+(?:{_alt(ands)})\s+)" if ands else r"\s*,\s*"
    return _compile(
        rf"(?<![^\W\d_])(?:{_alt(dets)})(?:\s+|(?<=['’]))(?:(?:{adj}{join})*{adj}\s+)?$"
    )


def _weekday_forms(lex: dict[str, Any]) -> tuple[set[str], set[str]] | None:
    """A weekday's derived words with the same value: tails after the weekday or its
    compound ("s": "samstags", "samstagabends", "Saturdays") and adjectives with their
    endings ("abendlich" + "en": "freitagabendlichen"); None without either."""
    tails = set(_words(lex, "weekday_tails"))
    endings = set(_words(lex, "weekday_adjective_endings")) or {""}
    adjectives = {a + e for a in _words(lex, "weekday_adjectives") for e in endings}
    if not tails and not adjectives:
        return None
    return tails, adjectives


def _nth_unit(
    lex: dict[str, Any], units: dict[str, str], singular: set[str], daysuf: str
) -> re.Pattern[str] | None:
    """``(ordinal) (week|month) (of)`` at the end of a window, or None without
    ``nth_of`` words in the lexicon."""
    of_words = _words(lex, "nth_of")
    if not of_words:
        return None
    last = _words(lex, "last_words")
    unit_words = {w for w, u in units.items() if u in ("W", "M", "D", "Q") and w in singular}
    return _compile(
        r"(?<![^\W\d_])(?:(?P<last>"
        + _alt(set(last))
        + r")|(?P<nd>\d{1,2})(?:"
        + daysuf
        + r")?|(?P<nw>[^\W\d_]+(?:-[^\W\d_]+)?))\s+(?P<u>"
        + _alt(unit_words)
        + r")(?:\s+(?P<of>"
        + _alt(set(of_words))
        + (r"))?\s*$" if lex.get("nth_of_genitive") is True else r"))\s*$")
    )


@persistent("dates-grammar")
def grammar(lang: str) -> Grammar:
    """The compiled date grammar of ``lang`` (cached per locale)."""
    from babel.numbers import get_decimal_symbol

    loc = get_locale(lang)
    cal = cldr_calendar(lang)
    lex_all = lexicon(lang)
    lex = lex_all.get("dates", {}) if isinstance(lex_all.get("dates"), dict) else {}

    months = dict(cal.months)
    wide_months = frozenset(cal.wide_months)
    if lex.get("fold_accents") is True:
        # "FEVRIER", "Aout": month names written without their accents (French
        # capitals often drop them)
        folded = {_fold(w): months[w] for w in cal.wide_months if _fold(w) != w}
        folded = {w: n for w, n in folded.items() if w not in months}
        months.update(folded)
        wide_months = wide_months | frozenset(folded)
    for other in _words(lex, "pattern_locales"):
        for name, number in cldr_calendar(other).months.items():
            months.setdefault(name, number)  # en_GB "Sept"
    # month names news writes beside CLDR's ("tháng Sáu" beside "tháng 6")
    extra_months = {k: int(v) for k, v in _table(lex, "month_names").items()}
    for name, number in extra_months.items():
        months.setdefault(name, number)
    wide_months = wide_months | frozenset(extra_months)  # with the folded names
    # abbreviations news style writes beside CLDR's (AP "Tues.", "Thurs."): with and
    # without the dot, as CLDR's
    weekdays_abbr = dict(cal.weekdays_abbr)
    for name, number in _table(lex, "weekday_abbreviations").items():
        weekdays_abbr.setdefault(name, int(number))
        weekdays_abbr.setdefault(name + ".", int(number))
    weekdays = {**weekdays_abbr, **cal.weekdays}
    units = dict(cal.unit_words)
    for word, unit in _table(lex, "units").items():
        units.setdefault(word, str(unit))
    days = {k: int(v) for k, v in _table(lex, "days").items()}
    if lex.get("fold_accents") is True:
        days = _with_folded(days)  # "apres-demain", "APRES-DEMAIN"
    before_unit = {k: int(v) for k, v in _table(lex, "before_unit").items()}
    after_unit = {k: int(v) for k, v in _table(lex, "after_unit").items()}
    # CLDR's relative names without a count ("hoy", "la semana pasada", "el próximo
    # viernes") where the lexicon has no relative day words of its own (``days``): a
    # hand-written lexicon wins; without one, its modifiers add to CLDR's ("que viene")
    days_not_after: frozenset[str] = frozenset()
    cldr_relative = "days" not in lex
    if cldr_relative:
        days = dict(cal.relative_days)
        # ... and the words the lexicon puts before a noun (the last word of one_words,
        # whole_words, weekend_words, day_only_before): nl "een morgen", "de hele morgen"
        # are mornings, as es "una mañana"
        determiners = {
            w.split()[-1]
            for key in ("one_words", "whole_words", "weekend_words", "day_only_before")
            for w in _words(lex, key)
            if w.split()
        }
        days_not_after = cal.relative_day_not_after | (determiners - set(days))
        before_unit = {**cal.relative_before, **before_unit}
        after_unit = {**cal.relative_after, **after_unit}
        if lex.get("fold_accents") is True:
            # "proximo", "manana": the names written without their accents
            for table in (days, before_unit, after_unit):
                for word, off in list(table.items()):
                    table.setdefault(_fold(word), off)
            days_not_after = days_not_after | {_fold(w) for w in days_not_after}
    suffixes = _words(lex, "day_suffixes")
    range_conn = _words(lex, "range_connectors")
    between_conn = _words(lex, "between_connectors")
    time_after = _words(lex, "time_after")
    time_between = _words(lex, "time_between")
    periods: dict[str, str] = {}
    if "a" in loc.time_formats["short"].pattern:
        periods = dict(cal.periods)
        periods.update({k: str(v) for k, v in _table(lex, "periods").items()})

    wd_alt = _alt(set(weekdays))
    daysuf_alt = _alt(set(suffixes)) if suffixes else "(?!)"
    parts = {
        # a name ending in a digit (vi "tháng 1") takes no digit after it ("tháng 12")
        "month": r"(?P<mn>" + _alt(set(months)) + r")(?![^\W\d_])(?!(?<=\d)\d)",
        "wd": r"(?P<wd>" + wd_alt + r")(?!\w)\.?",
        # a weekday before the second day of a range: "du vendredi 11 au dimanche 13 mai"
        "wd_mid": r"(?:(?:" + wd_alt + r")(?!\w)\.?,?\s+)?",
        "daysuf": rf"(?:{daysuf_alt})?" if suffixes else "",
        "daysuf_alt": daysuf_alt,
        "conn": _alt(set(_DASHES + range_conn + between_conn)),
        "ypre": rf"(?:(?:{_alt(set(_words(lex, 'year_prefixes')))})\s*)?"
        if _words(lex, "year_prefixes")
        else "",
    }
    alts: list[tuple[int, str]] = [
        (100, r"(?P<A_date>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))(?!\d|[.,:/-]\d)"),
        (100, r"(?P<A_date>(?P<y>\d{4})/(?P<m>\d{2})/(?P<d>\d{2}))(?!\d|[.,:/-]\d)"),
    ]
    seen: set[str] = set()
    patterns = list(cal.patterns)
    for other in _words(lex, "pattern_locales"):
        patterns += [p for p in cldr_calendar(other).patterns if p not in patterns]
    patterns += [str(p) for p in lex.get("extra_patterns", []) if isinstance(p, str)]
    # numeric forms news uses beside CLDR's short pattern, in the locale's field order
    short = loc.date_formats["short"].pattern
    if short.find("d") < short.find("M"):
        patterns += ["d.M.y", "d/M/y", "dd.MM.yy", "dd/MM/yy", "d.M.", "d/M", "d.MM"]
    # day, month and year joined by dashes ("01-02-2018"; CLDR's short form in nl), in the
    # locale's field order, with a four-digit year only: "3-5-18" may be anything
    patterns += ["d-M-yyyy" if short.find("d") < short.find("M") else "M-d-yyyy"]
    spaced_numeric = short.find("d") < short.find("M")
    # a month name between numbers or beside one, joined by "-" or "/": "05-Aug-2016",
    # "23/Sep/2020", "2019/aug/01", "Sep-23-2020", "Dec-2018", "Oct/2"
    patterns += ["MMM/d", "MMM-y", "MMM/y"]
    # a month name, a day and a four-digit year joined by "-" or "/" in any order: the
    # name and the four digits leave one reading ("23/Sep/2020", "septembre-2020-23");
    # the month also by the first three letters of its CLDR name where no other month
    # starts so ("Sep", "Aou", "Dez"): forms, logs and tables write them in any language
    joined = [
        sep.join(order)
        for sep in ("-", "/")
        for order in itertools.permutations(("d", "MMM", "y"))
    ]
    short3 = _month_prefixes(cal.wide_months, months)
    parts_joined = dict(parts)
    parts_joined["month"] = (
        r"(?P<mn>" + _alt(set(months) | set(short3)) + r")(?![^\W\d_])(?!(?<=\d)\d)"
    )
    # a month name, a day and a four-digit year: "November 23, 1987", "novembre 23 de
    # 1987" (without a year "en mai 29 personnes" is no date)
    patterns += ["MMMM d, y"]
    # a month name and a day joined by "-" ("Jun-15"): a day only after a weekday (checked
    # in _dates; alone it is as often June 2015)
    md_dash = _compile_pattern("MMM-d", parts, rng=False)
    if md_dash is not None and md_dash[0] not in seen:
        seen.add(md_dash[0])
        alts.append((md_dash[1], md_dash[0]))
    for pat, pparts in [(p, parts) for p in patterns] + [(p, parts_joined) for p in joined]:
        for rng in (True, False):
            got = _compile_pattern(pat, pparts, rng=rng)
            if got and got[0] not in seen:
                seen.add(got[0])
                alts.append((got[1], got[0]))
    alts.sort(key=lambda a: -a[0])
    body = [a for _, a in alts]

    year = r"(?:1[0-9]\d\d|20\d\d|21\d\d)"
    # fr "il revient le 23": a day alone without its suffix (``day_only_bare``)
    day_bare = lex.get("day_only_bare") is True and bool(_words(lex, "day_only_before"))
    if suffixes and _words(lex, "day_only_before") and not day_bare:
        body.append(rf"(?P<A_dayonly>(?P<d>\d{{1,2}})(?:{daysuf_alt}))(?![^\W\d_])")

    month2 = _alt(set(months))
    # the year after a range of months takes the lexicon's year prefixes and the word
    # CLDR writes between a month and its year: es "enero-febrero de 2017"
    mr_pre = set(_words(lex, "year_prefixes")) | _month_year_words(cal.patterns)
    mr_ypre = rf"(?:(?:{_alt(mr_pre)})\s*)?" if mr_pre else ""
    body.append(
        rf"(?P<A_mrange>(?P<mn1>{month2})(?!\w)\s*(?P<conn>{parts['conn']})\s*(?P<mn2>{month2})"
        rf"(?:\s*,?\s*{mr_ypre}(?P<y>\d{{4}}))?)(?!\w|\s*\d{{1,2}}(?!\d))"
    )
    body.append(rf"(?P<A_season>(?P<y1>{year})/(?P<y2>\d\d|{year}))(?!\d|[.,:/]\d)")
    # ISO 8601 basic form "20161016" (checked in _dates: a real day, not in a number)
    body.append(
        r"(?P<A_compact>(?P<cy>19\d\d|20\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01]))"
        r"(?!\d|[.,]\d)"
    )
    if "." in short and get_decimal_symbol(loc) != ".":
        # the locale's dotted numeric date without its day, a two-digit month and a
        # four-digit year: de "Stand 05.2016" (no number: the decimal mark is a comma)
        body.append(rf"(?P<A_date>(?P<m>0[1-9]|1[0-2])\.(?P<y>{year}))(?!\d|[.,:/-]\d)")
    # year, month and day separated by single spaces, in ISO order with two-digit
    # fields: "2016 10 16" (any locale: no locale writes day or month first after a year)
    body.append(
        r"(?P<A_date>(?P<y>(?:1[89]|20)\d\d) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01]))"
        r"(?!\d|[.,:/-]\d| \d|-)"
    )
    if spaced_numeric:
        # day, month and a four-digit year separated by single spaces: "18 08 1978"
        body.append(
            r"(?P<A_date>(?P<d>[0-3]?\d) (?P<m>[01]?\d) (?P<y>(?:1[89]|20)\d\d))(?!\d|[.,:/-]\d)"
        )
        # ... or a two-digit year: "18 08 78", "5 9 03", three groups alone (no digit group
        # before or after: phone numbers are written "01 23 45 67 89")
        body.append(
            r"(?P<A_date>(?P<d>0?[1-9]|[12]\d|3[01])(?<!\d[ \u00a0]\d)(?<!\d[ \u00a0]\d\d)"
            r" (?P<m>0?[1-9]|1[0-2]) (?P<yy>\d\d))(?![ \u00a0]?\d|[.,:/-]\d)"
        )
    # the first days of a list of days sharing a month: "les 8, 9 et 10 novembre", "am
    # 3., 4. und 5. Mai" (the last two are "9 et 10 novembre"; a day before a comma, a
    # space and another day of the list reads the month at its end; "3,5" is a number)
    if between_conn:
        suf = rf"(?:{daysuf_alt}|\.)?"
        body.append(
            rf"(?P<A_listday>(?P<d>\d{{1,2}}){suf}(?=,\s+(?:\d{{1,2}}{suf},\s+){{0,8}}"
            rf"\d{{1,2}}{suf}\s+(?:{_alt(set(between_conn))})\s+\d{{1,2}}{suf}\s+"
            rf"{parts['month']}(?:\s+(?P<y>{year})(?!\d))?))"
        )
    # two numeric dates joined by a dash: "10/1-11/2/2017", "02-02-2020 - 03-03-2020",
    # "5/1-5/7, 2020" (a dot as separator only with years or CLDR's final dot: "6.5-7.5"
    # is no range, "15.11. - 19.12." is)
    body.insert(
        0,
        r"(?P<A_nrange>(?P<a1>\d{1,2})(?P<s>[/.-])(?P<b1>\d{1,2})(?:(?P=s)(?P<y1>\d{4})|(?P<t1>\.))?"
        r"\s*[-–—]\s*(?P<a2>\d{1,2})(?P=s)(?P<b2>\d{1,2})"
        r"(?:(?:(?P=s)|,\s*)(?P<y2>\d{4})|(?P<t2>\.))?)"
        r"(?!\d|[.,:/-]\d)",
    )
    body.append(
        rf"(?P<A_yrange>(?P<y1>{year})\s*(?P<conn>{parts['conn']})\s*"
        rf"(?:{parts['ypre'] or ''})(?P<y2>{year}|\d\d))(?!\d|[.,:/-]\d|\w)"
    )
    # year and month joined by a dash (after the year range: "2015-16" is a range):
    # "2015-3", "2012-04", "12-2015"
    body.append(rf"(?P<A_date>(?P<y>{year})-(?P<m>\d{{1,2}}))(?!\d|[.,:/-]\d)")
    body.append(rf"(?P<A_date>(?P<m>\d\d)-(?P<y>{year}))(?!\d|[.,:/-]\d)")
    # ... or by a slash, the month first or last: "11/2016", "03/2015", "2016/11" (a year
    # from 1800 to 2099; not "1/2000", one in 2000)
    body.append(
        r"(?P<A_date>(?P<m>(?:0[1-9]|1[0-2])(?<![\d/.,]\d\d)|[2-9](?<![\d/.,]\d))"
        r" ?/ ?(?P<y>(?:1[89]|20)\d\d))(?![\d/]|[.,:-]\d)"
    )
    # (not a number of an EU act: "directive 2001/12/CE"; a space may stand around the
    # slash, "11 / 2016", "2016 / 11")
    body.append(
        r"(?P<A_date>(?P<y>(?:1[89]|20)\d\d) ?/ ?(?P<m>0?[1-9]|1[0-2]))(?![\d/]|[.,:-]\d)"
    )
    # times
    seps = [":", ".", *time_between]
    period_alt = _alt(set(periods)) if periods else "(?!)"
    after_alt_t = _alt(set(time_after)) if time_after else "(?!)"
    # a CLDR day period after a time with minutes: "5.30 chiều", "7.55 giờ sáng",
    # "8.15 Uhr abends" (the hour word of time_between/time_after may come first)
    day_periods = {k.replace("\u2019", "'"): v for k, v in cal.day_periods.items()}
    dp_alt = _alt(set(day_periods)) if day_periods else "(?!)"
    # not the start of a relative day ("7.55 sáng nay": "sáng nay" is this morning)
    dp_tails = {
        k.split(" ", 1)[1] for k in days if " " in k and k.split(" ", 1)[0] in day_periods
    }
    if dp_tails:
        dp_alt = rf"(?:{dp_alt})(?!\s+(?:{_alt(dp_tails)})(?!\w))"
    hour_alt = _alt(set(time_between) | set(time_after)) if time_between or time_after else "(?!)"
    body.append(
        r"(?P<A_time>(?P<h>[01]?\d|2[0-4])\s*(?P<sep>" + _alt(set(seps)) + r")\s*(?P<mi>[0-5]\d)"
        rf"(?:\s*(?P<ap>{period_alt}))?(?:\s*(?P<tm>{after_alt_t}))?"
        rf"(?:\s*(?:(?:{hour_alt})\s*)?(?P<dp>{dp_alt})(?!\w))?)"
        r"(?!\d|[.,:]\d)"
    )
    markers_units = frozenset(w for w in time_between if w in units)
    alone = [w for w in time_between if w not in units] + time_after
    body.append(
        r"(?P<A_time>(?P<h>[01]?\d|2[0-4])\s*(?:(?P<ap>"
        + period_alt
        + r")|(?P<tm>"
        + (_alt(set(alone)) if alone else "(?!)")
        + rf")(?:\s*(?P<dp>{dp_alt}))?)(?!\w))"
    )
    # durations with digits; with a vulgar fraction ("2½ hours", "½ hour") a second
    # alternative, so that the dispatch still sees what follows the digits
    dur_tail = (
        r"(?:\s*|-)"
        + (
            rf"(?:(?P<midmod>{_alt(set(after_unit) | set(before_unit))})\s+)?"
            if after_unit or before_unit
            else ""
        )
        + r"(?P<unit>"
        + _alt(set(units))
        + r")(?!\w))"
    )
    body.append(r"(?P<A_dur>(?P<n>\d+(?:[.,]\d+)?)" + dur_tail)
    body.append(r"(?P<A_dur>(?P<n>\d+(?:[.,]\d+)?[ \u00a0]?[½¼¾]|[½¼¾])" + dur_tail)
    # CLDR's narrow units glued to a count ("for 10D", "lasted 2W"): only the units of
    # ``narrow_units`` and after a word of ``narrow_unit_before`` (checked in _dates)
    narrow_keep = set(_words(lex, "narrow_units"))
    narrow_units = {
        k: u for k, u in cal.narrow_units.items() if u.lower() in narrow_keep and k not in units
    }
    if narrow_units and _words(lex, "narrow_unit_before"):
        body.append(
            r"(?P<A_ndur>(?P<n>\d{1,3})(?P<nu>" + _alt(set(narrow_units)) + r"))(?![\w-]|[.,]\w)"
        )
    # decades in words ("the nineties", "les années soixante", "die Neunzigerjahre"):
    # each template with {w} and each word of ``decade_words`` (the tens it names)
    decade_words: dict[str, int] = {}
    for tmpl in _words(lex, "decades"):
        if "{w}" in tmpl:
            for word, tens in _table(lex, "decade_words").items():
                decade_words[" ".join(tmpl.replace("{w}", word).split())] = int(tens)
    if decade_words:
        body.append(rf"(?P<A_decword>{_alt(set(decade_words))})(?!\w)")
    # decades
    for tmpl in _words(lex, "decades"):
        if "{w}" in tmpl:
            continue
        # "'90s": the apostrophe stands before the digit anchor: a look-ahead from the
        # digit cannot see it, so the template keeps only what follows it
        quoted = tmpl[:1] in ("'", "’")
        tmpl = tmpl.lstrip("'’")
        two = r"(?P<decq>\d0)" if quoted else r"(?P<decs>\d0)"
        rx = _phrase(tmpl).replace(r"\{d\}", r"(?P<dec>\d\d\d0)").replace(r"\{s\}", two)
        rx = rx.replace("{d}", r"(?P<dec>\d\d\d0)").replace("{s}", two)
        body.append(rf"(?P<A_decade>{rx})(?!\w)")
    # bare years (accepted or not by context, see _dates)
    body.append(rf"(?P<A_year>(?P<y>{year}))(?!\d|[.,:/]\d|-\d|\s*%)")
    # weekdays with a modifier: "nächsten Montag", "lundi prochain", "next Monday"
    wide_wd = _alt(set(cal.weekdays))
    before_alt, after_alt = _alt(set(before_unit)), _alt(set(after_unit))
    if before_unit:
        body.append(rf"(?P<A_relwd>(?P<bm>{before_alt}){_H}(?P<wd>{wide_wd}))(?!\w)")
    if after_unit:
        body.append(rf"(?P<A_relwd>(?P<wd>{wide_wd}){_H}(?P<am>{after_alt}))(?!\w)")
    singular = set(cal.singular_units) | set(_table(lex, "units"))
    # quarters by CLDR name: "Q1 2019", "1. Quartal 2018", "1er trimestre", "quý 1 năm 2018"
    quarters = dict(cal.quarters)
    for name, q in _table(lex, "quarters").items():
        quarters.setdefault(name, int(q))  # "quý III" (news writes Roman numerals)
    q_year = rf"(?:\s*[,/]?\s*(?:[^\W\d_]{{1,5}}\s+)?(?P<y>{year})(?!\d))?"
    q_digit = {q for q in quarters if q[:1].isdigit()}
    q_word = set(quarters) - q_digit
    if q_word:
        body.append(rf"(?P<A_quarter>(?P<qn>{_alt(q_word)})(?!\w){q_year})")
    if q_digit:
        body.append(rf"(?P<A_quarter>(?P<qn>{_alt(q_digit)})(?!\w){q_year})")
        body[-1] = body[-1].replace("(?P<A_quarter>(?P<qn>", "(?P<A_quarter>(?P<qd>", 1)
    body.insert(0, rf"(?P<A_quarter>(?P<y>{year})\s*-?\s*(?P<qn>{_alt(set(quarters))})(?!\w))")
    # numbered weeks: "week 44", "KW 44", "semaine 44", "tuần 44"
    week_words = {w for w, u in units.items() if u == "W" and w in singular}
    week_words |= set(_words(lex, "week_words"))
    body.append(
        rf"(?P<A_isoweek>(?P<wu>{_alt(week_words)})\s+(?P<wn>[1-5]?\d)(?![\d.,:/])"
        rf"(?:\s*,?\s*(?:[^\W\d_]{{1,5}}\s+)?(?P<y>{year})(?!\d))?)"
    )
    # seasons: "im Sommer 2016", "cet été", "last summer", "mùa hè năm nay"
    seasons = {k: str(v) for k, v in _table(lex, "seasons").items()}
    if seasons:
        s_alt = _alt(set(seasons))
        s_year = rf"(?:\s*,?\s*(?:[^\W\d_]{{1,4}}\s+)?(?P<y>{year})(?!\d))?"
        if before_unit:
            body.append(rf"(?P<A_yseason>(?P<bm>{before_alt}){_H}(?P<sn>{s_alt})(?!\w))")
        if after_unit:
            body.append(rf"(?P<A_yseason>(?P<sn>{s_alt}){_H}(?P<am>{after_alt})(?!\w))")
        body.append(rf"(?P<A_yseason>(?P<sn>{s_alt})(?![\w-]){s_year})")  # not "Sommer-Kollektion"
    # holidays from the lexicon: name → "MM-DD" or "E+N" (days after Easter Sunday)
    holidays = {k: str(v) for k, v in _table(lex, "holidays").items()}
    if lex.get("fold_accents") is True:
        holidays = _with_folded(holidays)  # "FETE DES MERES", "NOEL"
    # the phrase pattern takes either apostrophe: the name read is looked up in both
    holidays |= {
        k.translate(_APOSTROPHE_SWAP): v
        for k, v in holidays.items()
        if k.translate(_APOSTROPHE_SWAP) not in holidays
    }
    if holidays:
        body.append(
            # (not the start of a compound name: "jeudi Saint-Denis")
            r"(?P<A_holiday>(?P<hol>" + _alt(set(holidays)) + r")(?!\w|-\w)"
            r"(?:\s*,?\s*(?:[^\W\d_]{1,4}\s+){0,2}(?P<y>" + year + r")(?!\d))?)"
        )
    # a month with a modifier: "next March", "letzten Dezember", "décembre dernier"
    wide_m = _alt(wide_months)
    if before_unit:
        body.append(rf"(?P<A_relmonth>(?P<bm>{before_alt}){_H}(?P<mn>{wide_m}))(?![\w-])")
    if after_unit:
        body.append(rf"(?P<A_relmonth>(?P<mn>{wide_m}){_H}(?P<am>{after_alt}))(?!\w)")
    # holidays whose name starts with a digit, read at a digit anchor: de "1. Advent"
    by_digit = {k for k in holidays if k[:1].isdigit()}
    if by_digit:
        body.append(
            r"(?P<A_holiday>(?=\d)(?P<hol>" + _alt(by_digit) + r")(?!\w)"
            r"(?:\s*,?\s*(?:[^\W\d_]{1,4}\s+){0,2}(?P<y>" + year + r")(?!\d))?)"
        )
    # names alone
    # compounds (de): "Sonntagabend" (a CLDR day period after the weekday),
    # "Oktoberanfang" (a word of month_compounds after the month)
    wd_tails, m_tails = _compound_tails(lex, str(loc))
    wd_tail = rf"(?:{_alt(wd_tails)})?" if wd_tails else ""
    # the same weekday as an adverb, a plural or an adjective: "samstags",
    # "samstagabends", "on Saturdays", "les samedis", "freitagabendlichen" (of Friday
    # evening): ``weekday_tails`` (after the weekday and its compound tail) and
    # ``weekday_adjectives`` (after the weekday, with weekday_adjective_endings)
    wd_forms = _weekday_forms(lex)
    if wd_forms:
        wd_alts = [rf"{wd_tail}(?:{_alt(wd_forms[0])})"] if wd_forms[0] else []
        wd_alts += [_alt(wd_forms[1])] if wd_forms[1] else []
        wd_tail = rf"(?:{'|'.join(wd_alts)}|{wd_tail})"
    m_tail = rf"(?:{_alt(m_tails)})?" if m_tails else ""
    body.append(r"(?P<A_month>(?P<mn>" + _alt(wide_months) + r")" + m_tail + r")(?![\w-])")
    # an abbreviated month name alone ("in Feb", "since Sept."): checked in _dates
    abbr_months = {
        a.rstrip(".") for a in months if a.rstrip(".").isalpha() and a not in wide_months
    } - set(wide_months)
    if abbr_months:
        body.append(r"(?P<A_month>(?P<mn>" + _alt(abbr_months) + r")\.?)(?![\w-])")
    body.append(r"(?P<A_wd>(?P<wd>" + wide_wd + r")" + wd_tail + r")(?!\w)")
    # an abbreviated weekday before a day of the month ("Sat 14th", "on Tue 3"): the
    # weekday, as "Saturday 14th"; alone "Sun", "Sat", "Wed" are words
    abbr_wd = {a for a in set(weekdays_abbr) - set(cal.weekdays) if a.isalpha()}
    if not cal.capitalized_weekdays:
        abbr_wd = set()  # checked capitalised in _dates: "sat 14 rows" is no date
    if abbr_wd and suffixes:
        body.append(
            r"(?P<A_wd>(?P<wd>" + _alt(abbr_wd) + r")\.?)"
            rf"(?=\s+(?:3[01]|[12]\d|0?[1-9])(?:{daysuf_alt})?(?!\w|[.,:/-]\d|\s*\d"
            rf"|\s+(?:{_alt(set(months))})(?!\w)))"
        )
    if days:
        body.append(r"(?P<A_relday>(?P<rd>" + _alt(set(days)) + r"))(?!\w)")
    # a year in words after a year marker: "in nineteen ninety six", "in two thousand
    # and fifteen" (the words a year in words starts with)
    year_word_starts = _words(lex, "year_word_starts")
    if year_word_starts:
        body.append(rf"(?P<A_wyear>{_alt(set(year_word_starts))})(?![\w-])")
    # days take no modifier: "the last day" is no date; gestern/morgen are in [dates] days
    per_units = {
        w
        for w, u in units.items()
        if (u in PERIOD_UNITS - {"D"} or u == "DE")  # "the next decade"
        and w in singular
        and w not in _table(lex, "unit_factors")
    }
    if before_unit:
        body.append(
            r"(?P<A_relper>(?P<bm>"
            + _alt(set(before_unit))
            + r")" + _H + r"(?P<ru>"
            + _alt(per_units)
            + r"))(?!\w)"
        )
    compounds = _relative_compounds(lex, {w: u for w, u in units.items() if w in singular})
    if cldr_relative:
        compounds.update(cal.relative_periods)  # "la semana pasada", pl "w tym roku"
        if lex.get("fold_accents") is True:
            for name, rel in cal.relative_periods.items():
                compounds.setdefault(_fold(name), rel)
    compounds.update(_edge_compounds(lex, units))
    # phrases for the current period: "year to date", "YTD", "EOY" (``current_periods``)
    compounds.update(
        {" ".join(k.split()): (0, str(u)) for k, u in _table(lex, "current_periods").items()}
    )
    if compounds:
        # de "im Vorjahr", "des Vormonats", "in der Vorwoche": the modifier glued to the
        # unit word (``relative_compounds``)
        body.append(
            r"(?P<A_relper>(?P<cm>" + _alt(set(compounds)) + r"))(?!\w)"
        )
    # fractions after a duration: [dates] half_words, and the numbers' [scales] part
    part_words = {w: Decimal("0.5") for w in _words(lex, "half_words")}
    scales = lex_all.get("scales")
    part_table = scales.get("part") if isinstance(scales, dict) else None
    if isinstance(part_table, dict):
        for word, amount in part_table.items():
            part_words.setdefault(" ".join(str(word).lower().split()), Decimal(str(amount)))
    year_kinds = {str(k).lower(): str(v) for k, v in _table(lex, "year_kinds").items()}
    if year_kinds:
        # "fiscal year 2008", "FY08", "last fiscal year", "the school year": checked in
        # _dates (which forms take a two-digit year, which stand alone)
        mods = rf"(?:(?P<bm>{_alt(set(before_unit))}){_H})?" if before_unit else ""
        body.append(
            rf"(?P<A_fyear>{mods}(?P<fk>{_alt(set(year_kinds))})"
            rf"(?:(?:{_H}|-)?['’]?(?P<fy>(?:1[89]|20)\d\d|\d\d))?)(?![\w-]|[/–]\d)"
        )
    rest = _words(lex, "rest_words")
    if rest:
        # "the rest of the year", "der Rest des Jahres", "le reste de l'année": from the
        # reference day to the end of the period
        body.append(
            rf"(?P<A_rest>(?P<rw>{_alt(set(rest))})(?:(?<=['’])|{_H})"
            rf"(?P<ru>{_alt(per_units)}))(?!\w)"
        )
    edges = _words(lex, "edge_words")
    if edges:
        # "the end of the year", "Ende des Monats", "fin de l'année": the period itself
        # not a unit word that starts with an edge word: vi "cuối tuần" is the weekend
        edge_units = {u for u in units if " " in u and u.split()[0] in edges}
        not_unit = rf"(?!(?:{_alt(edge_units)})(?!\w))" if edge_units else ""
        body.append(
            rf"(?P<A_relper>{not_unit}(?P<em>{_alt(set(edges))})(?:(?<=['’])|{_H})"
            rf"(?P<ru>{_alt(per_units)}))(?!\w)"
        )
    if after_unit:
        body.append(
            r"(?P<A_relper>(?P<ru>"
            + _alt(per_units)
            + r")" + _H + r"(?P<am>"
            + _alt(set(after_unit))
            + r"))(?!\w)"
        )
    if day_bare:
        # a day alone after a word of day_only_before, before punctuation, the end or a
        # word of day_only_after: "il revient le 23", "le 17 pour trois heures", "le 1er."
        # (not before an ordinal indicator: pt "no 25.º minuto")
        # (last: every other reading of "le 20 heures" comes first)
        day_after = _alt(set(_words(lex, "day_only_after")))
        body.append(
            rf"(?P<A_dayonly>(?P<d>\d{{1,2}})(?:{daysuf_alt})?)(?![^\W\d_])"
            rf"(?=[ \u00a0\u202f]*(?:\Z|\n|[.,;:!?)»](?!\w)|(?:{day_after})(?![^\W\d_])))"
        )
    if not suffixes and lex.get("day_only_dot") is True and _words(lex, "day_only_before"):
        # de "am 15.", "vom 4. bis zum 23.": a day written as an ordinal with its dot
        # (last: every other reading of "3." comes first, "im 3. Quartal")
        body.append(r"(?P<A_dayonly>(?P<d>\d{1,2})\.)(?![\d.])")
    digit_first = [b for b in body if _digit_first(b)]
    word_first = [b for b in body if not _digit_first(b)]
    main = _compile_alts(digit_first)
    main_word = _compile_alts(word_first)
    # after a date or range alternative its handler rejected: single dates, times,
    # durations, years ("10/25 to 01/25" is no day range "10 to 01/25")
    fallback_plain = _compile_alts(
        [b for b in body if b.startswith(("(?P<A_time>", "(?P<A_dur>", "(?P<A_year>"))]
    )
    fallback = _compile_alts(
        [b for b in body if b.startswith(("(?P<A_time>", "(?P<A_dur>"))]
        + [
            b
            for b in body
            if b.startswith("(?P<A_date>") and "(?P<d1>" not in b and _digit_first(b)
        ]
        + [b for b in body if b.startswith("(?P<A_year>")]
    )

    # anchors: month names, wide weekdays, relative words, unit words, decade words
    keywords: set[str] = set(months) | set(cal.weekdays) | set(days)
    if abbr_wd and suffixes:
        keywords |= abbr_wd  # "Sat 14th"
    keywords |= {w + t for w in cal.weekdays for t in wd_tails}
    if wd_forms:
        keywords |= {
            w + p + t for w in cal.weekdays for p in {""} | wd_tails for t in wd_forms[0]
        }
        keywords |= {w + a for w in cal.weekdays for a in wd_forms[1]}
    keywords |= {m + t for m in wide_months for t in m_tails}
    keywords |= {h for h in holidays if not h[:1].isdigit()} | week_words
    keywords |= {q for q in quarters if not q[:1].isdigit()}
    keywords |= set(seasons) | set(year_kinds)
    keywords |= {
        r + ("" if r[-1] in "'’" else " ") + u
        for r in _words(lex, "rest_words")
        for u in units
        if units[u] in PERIOD_UNITS - {"D"} and u in singular
    }
    keywords |= set(_words(lex, "year_word_starts"))
    keywords |= set(compounds)
    keywords |= {
        e + ("" if e[-1] in "'’" else " ") + u
        for e in _words(lex, "edge_words")
        for u in units
        if units[u] in PERIOD_UNITS - {"D"} and u in singular
    }
    # "nächste Woche", "this Monday", "last March": a modifier before a unit, weekday,
    # month or season (checked by one pattern, not as every combination)
    mod_targets = set(units) | set(cal.weekdays) | set(wide_months) | set(seasons)
    mod_targets |= set(year_kinds)
    starters = {_first_word(k) for k in keywords} | {_first_word(w) for w in week_words}
    starters |= {_first_word(b) for b in before_unit}
    for tmpl in _words(lex, "decades"):
        starters.add(_first_word(tmpl))
    keywords |= {w for w in units if not w[0].isdigit()}
    # unit words that start no pattern of their own: at such an anchor only a duration
    # in words ("drei Jahre") or "unit + modifier" ("semaine prochaine") can begin
    unit_only = frozenset(
        _first_word(w) for w in units if _first_word(w) and _first_word(w) not in starters
    )
    for tmpl in _words(lex, "decades"):
        if not tmpl.startswith("{") and not tmpl.startswith("'"):
            keywords.add(tmpl.split(" ")[0])
    keywords |= {_first_word(p) for p in decade_words}
    keywords |= set(short3)  # "Sep-23-2020": three letters of a month before numbers
    followers: set[str] = set(months) | set(units) | set(time_after) | set(time_between)
    followers |= set(day_periods) | {w.split()[0] for w in day_periods}
    followers |= set(periods) | set(range_conn) | set(between_conn) | set(after_unit)
    followers |= set(before_unit)
    followers |= set(suffixes) | set(_words(lex, "year_prefixes"))
    if day_bare:
        followers |= set(_words(lex, "day_only_after"))
    for pat in patterns:
        for kind, tok in pattern_tokens(pat):
            if kind == "":
                followers |= {w for w in re.findall(r"[^\W\d_]+", tok.lower())}
    for tmpl in _words(lex, "decades"):
        if "{w}" not in tmpl:
            followers |= set(re.findall(r"[^\W\d_]+", tmpl))

    rel_prefixes: dict[str, int] = {}
    for prefix, _unit, sign in cal.relative_prefixes:
        rel_prefixes[prefix] = sign
    for word, sign in _table(lex, "relative_prefixes").items():
        rel_prefixes.setdefault(word, int(sign))  # fr "il ya" (a common spelling)
    # a hedge of the numbers stage between the prefix and the amount: "vor etwa zwei
    # Jahren", "il y a près de 20 ans"; after a prefix of the future only an
    # approximation ("in about two weeks"; "in over 20 years" is mostly "for")
    hedges = lex_all.get("hedges")
    hedge_kinds = _table(hedges, "before") if isinstance(hedges, dict) else {}
    plain_prefixes = set(rel_prefixes)
    hedged: set[str] = set()
    rel_hedges: dict[str, str] = {}  # "il y a plus de" → "over"
    for prefix, sign in list(rel_prefixes.items()):
        for hedge, kind in hedge_kinds.items():
            if sign < 0 or kind == "about":
                if f"{prefix} {hedge}" not in rel_prefixes:
                    rel_prefixes[f"{prefix} {hedge}"] = sign
                    hedged.add(f"{prefix} {hedge}")
                    rel_hedges[f"{prefix} {hedge}"] = str(kind)
    rel_suffixes = dict(cal.relative_suffixes)
    for word, sign in _table(lex, "relative_suffixes").items():
        rel_suffixes.setdefault(word, int(sign))  # "two weeks from now"
    date_prefixes = _words(lex, "date_prefixes")
    month_ctx = _words(lex, "month_context")
    joiners = _words(lex, "weekday_joiners")
    back_weekday = _compile(
        r"(?<!\w)(?P<wd>"
        + wd_alt
        + r")\.?\s*[,(-]?\s*"
        + (rf"(?:(?:{_alt(set(joiners))})\s+)?" if joiners else "")
        + r"$"
    )
    time_before = _words(lex, "time_before")
    adj_units = {str(k).lower(): str(v) for k, v in _table(lex, "adjective_units").items()}
    # clock words that are also hour units ("giờ", "heures"; not "Uhr", "h")
    clock_units = {w for w in time_between + time_after if units.get(w) == "H"}
    we_words = {w for w, u in units.items() if u == "WE" and w in singular}
    # "from 26 June to the 28th of June": an article after a range connector
    articles = _words(lex, "range_articles")
    art = rf"(?:(?:{_alt(set(articles))})\s+)?" if articles else ""
    end_edges = _words(lex, "range_end_edges")
    mid_edges = _words(lex, "range_mid_edges")
    art_end = (
        rf"(?:(?:{_alt(set(articles + end_edges + mid_edges))})(?<=-)|"
        rf"(?:{_alt(set(articles + end_edges + mid_edges))})\s+)?"
        if articles or end_edges or mid_edges
        else ""
    )
    start_edges = {k: str(v) for k, v in _table(lex, "range_start_edges").items()}
    now_words = _words(lex, "now_words")
    day_openers = set(_words(lex, "range_openers") + _words(lex, "numeric_prefixes"))
    span_fl = _words(lex, "span_first") + _words(lex, "span_last")
    # an elided form ends in an apostrophe and takes no space: fr "d'avril"
    of_words = {w.replace("’", "'") for w in _words(lex, "span_of")}
    of_elided = {w for w in of_words if w.endswith("'")}
    span_of = (
        rf"(?:(?:{_alt(of_words - of_elided)})\s+"
        + (rf"|(?:{_alt(of_elided | {w[:-1] + '’' for w in of_elided})})" if of_elided else "")
        + ")?"
    )
    span_units = {w for w, u in units.items() if u in ("D", "W", "M", "Q")}
    num = r"\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)?"
    halves = {k: int(v) for k, v in _table(lex, "halves").items()}
    return Grammar(
        lang=lang,
        main=main,
        main_word=main_word,
        fallback=fallback,
        fallback_plain=fallback_plain,
        keywords_by_first=_by_first(keywords, set(before_unit), mod_targets),
        unit_only=unit_only,
        unit_first=frozenset(_first_word(w) for w in units if _first_word(w)),
        after_first=frozenset(_first_word(w) for w in after_unit),
        anchor_words=_anchor_pattern(
            {_first_word(k) for k in keywords | set(before_unit) if _first_word(k)}
        ),
        followers=frozenset(_first_word(w) for w in followers if _first_word(w)),
        digit_anchor=_compile(
            # the first digit comes before the look-behind, so that ``re`` skips to digits
            r"\d(?<!\d\d)(?:\d{3}(?!\d)|\d{7}(?!\d)|\d?(?= \d\d? "
            + (r"(?:(?:1[89]|20)\d\d|\d\d)" if spaced_numeric else r"(?:1[89]|20)\d\d")
            + r"(?!\d))"
            # punctuation after the digits, French spacing before it ("le 27 !")
            r"|\d*+(?=[^\W\d_]|[.,:/\-–—~‒'’!?;)»]|\Z|[ \u00a0\u202f]+[.,;:!?»](?!\d)| /"
            r"|[ \u00a0\u202f]"
            + alternation({_first_word(w) for w in followers if _first_word(w)})
            + r"(?![^\W\d_])))"
        ),
        months={**short3, **months},
        wide_months=wide_months,
        capitalized_months=cal.capitalized_months,
        weekdays=weekdays,
        wide_weekdays=frozenset(cal.weekdays),
        capitalized_weekdays=cal.capitalized_weekdays,
        units=units,
        relative_compounds=compounds,
        adjective_units=adj_units,
        change_verbs=frozenset(w.replace("’", "'") for w in _words(lex, "change_verbs")),
        adjective_unit_re=_compile(
            r"(?<=[^\W_-]|-)(" + _alt(set(adj_units)) + r")(?:"
            + _alt({e for e in _words(lex, "adjective_unit_endings") if e}) + r")?(?![^\W_])"
        )
        if adj_units
        else None,
        days=days,
        before_unit=before_unit,
        after_unit=after_unit,
        case_sensitive=frozenset(_words(lex, "case_sensitive")),
        days_not_after=days_not_after,
        holidays=holidays,
        holiday_context={
            k: _back({str(w).lower() for w in v})
            for k, v in _table(lex, "holiday_context").items()
            if k in holidays and isinstance(v, list) and v
        },
        year_kinds=year_kinds,
        fwd_comma_day=_compile(
            rf",[ \u00a0]*(?P<d>\d{{1,2}})(?:{daysuf_alt})(?=[ \u00a0]*(?:[.,;:!?)]|$))"
        )
        if suffixes
        else None,
        month_day_words=frozenset(
            w.group(1).lower() for p in patterns if (w := re.fullmatch(r"MMMM '(\w+)' d", p))
        ),
        month_first=loc.date_formats["long"].pattern.find("M")
        < loc.date_formats["long"].pattern.find("d"),
        month_first_short=short.find("M") < short.find("d"),
        seasons=seasons,
        quarters=quarters,
        not_dates=frozenset(_words(lex, "not_dates")),
        not_dates_around=_compile(
            r"(?<![^\W\d_])" + _alt({w for w in _words(lex, "not_dates") if " " in w}) + r"(?!\w)"
        )
        if any(" " in w for w in _words(lex, "not_dates"))
        else None,
        not_dates_parts=frozenset(
            " ".join(ws[i:j])
            for w in _words(lex, "not_dates")
            if " " in w
            for ws in [w.split()]
            for i in range(len(ws))
            for j in range(i + 1, len(ws) + 1)
        ),
        back_rel_not_after=_back(set(_words(lex, "relative_not_after")))
        if _words(lex, "relative_not_after")
        else None,
        of_words=frozenset(w.split()[0].rstrip("'’") for w in _words(lex, "nth_of")),
        fwd_of_month=_compile(
            r"[\s\u00a0\u202f]+(?:"
            + _alt(set(_words(lex, "nth_of")))
            + r")(?:(?<=['’])|[\s\u00a0\u202f]+)"
            + _alt(set(months))
            + r"(?!\w)"
        )
        if _words(lex, "nth_of")
        else None,
        rel_not_before={
            k: frozenset(str(w).lower() for w in v)
            for k, v in _table(lex, "relative_not_before").items()
            if isinstance(v, list)
        },
        one_words=frozenset(_words(lex, "one_words")),
        rate_words=frozenset(_words(lex, "rate_words")),
        back_day_only=_back(set(_words(lex, "day_only_before")))
        if _words(lex, "day_only_before")
        else None,
        day_only_after=frozenset(_words(lex, "day_only_after")),
        day_only_before=frozenset(w for w in _words(lex, "day_only_before") if " " not in w),
        back_quantity=_back(set(_words(lex, "quantity_words")))
        if _words(lex, "quantity_words")
        else None,
        between_connectors=frozenset(between_conn),
        time_markers_as_units=markers_units,
        ambiguous_months=frozenset(_words(lex, "ambiguous_months")),
        periods=periods,
        day_periods=day_periods,
        fwd_day_period=_compile(rf"\s+({dp_alt})(?!\w)") if day_periods else None,
        clock_words=frozenset(time_between) | frozenset(time_after),
        decimal=get_decimal_symbol(loc),
        back_year=_back(set(_words(lex, "year_markers"))),
        back_range=_back(set(_words(lex, "range_openers"))),
        back_between=_back(set(_words(lex, "between_openers"))),
        back_weekday=back_weekday,
        back_date_prefix=_back(set(date_prefixes)) if date_prefixes else None,
        back_rel=_back(plain_prefixes) if plain_prefixes else _compile("(?!)"),
        back_rel_hedged=_back(hedged) if hedged else None,
        rel_hedges=rel_hedges,
        duration_of=frozenset(w.replace("’", "'") for w in _words(lex, "duration_of")),
        hedge_last=frozenset(h.split()[-1] for h in hedged),
        back_month_context=_back(set(month_ctx)) if month_ctx else None,
        back_season_adjectives=_season_adjectives(lex),
        back_time=_back(set(time_before)) if time_before else None,
        fwd_clock_to=_compile(
            rf"\s+(?:{_alt(set(range_conn) | set(between_conn))})\s+(?:[01]?\d|2[0-4])\s*"
            rf"(?:{_alt(clock_units)})(?!\w)"
        )
        if clock_units and (range_conn or between_conn)
        else None,
        back_clock_from=_compile(
            r"(?<![^\W\d_])(?:"
            + _alt(set(_words(lex, "range_openers")) | set(_words(lex, "between_openers")))
            + rf")\s+(?:[01]?\d|2[0-4])\s*(?:{_alt(clock_units)})\s+"
            rf"(?:{_alt(set(range_conn) | set(between_conn))})\s*$"
        )
        if clock_units and (range_conn or between_conn)
        and (_words(lex, "range_openers") or _words(lex, "between_openers"))
        else None,
        back_before_mod=_back(set(before_unit)) if before_unit else _compile("(?!)"),
        back_after_mod=_back(set(after_unit)) if after_unit else _compile("(?!)"),
        fwd_span_mod=_compile(r"\s+(" + _alt(set(_words(lex, "span_modifiers"))) + r")(?!\w)")
        if _words(lex, "span_modifiers")
        else None,
        fwd_rel=_compile(r"\s*(?:" + _alt(set(rel_suffixes)) + r")(?!\w)")
        if rel_suffixes
        else None,
        rel_prefixes=rel_prefixes,
        decade_words=decade_words,
        year_possessives=frozenset(_words(lex, "year_possessives")),
        mod_not_after=frozenset(_words(lex, "modifier_not_after")),
        day_only_lower=lex.get("day_only_dot") is True,
        weekday_joiners=frozenset(_words(lex, "weekday_joiners")),
        count_words={k: int(v) for k, v in _table(lex, "count_words").items()},
        back_count_words=_back(set(_table(lex, "count_words")))
        if _table(lex, "count_words")
        else None,
        count_last=frozenset(k.split()[-1] for k in _table(lex, "count_words")),
        fwd_wd_day=_compile(
            rf"[ \u00a0\u202f]+(\d{{1,2}})(?:{daysuf_alt})?(?![^\W\d_])"
            r"(?=[ \u00a0\u202f]*(?:\Z|\n|[.,;:!?)»](?!\d)))"
        )
        if day_bare
        else None,
        fwd_day_of_month=_compile(_alt(set(_words(lex, "day_of_month"))) + r"(?!\w)")
        if _words(lex, "day_of_month")
        else None,
        day_suffixes=frozenset(suffixes),
        start_edges=start_edges,
        back_start_edge=_compile(
            r"(?<![^\W\d_])(?:" + _alt(set(start_edges)) + r")(?:(?<=-)|\s+)$"
        )
        if start_edges
        else None,
        mid_edges=tuple(sorted(set(mid_edges), key=len, reverse=True)),
        back_decade_not=_compile(
            r"(?<![^\W\d_])" + _alt(set(_words(lex, "decade_not_after"))) + r"\s+(?:\S+\s+)?$"
        )
        if _words(lex, "decade_not_after")
        else None,
        rel_suffixes=rel_suffixes,
        rel_paired=cal.relative_paired,
        singular_only=frozenset(
            w for w in cal.singular_units if w not in cal.plural_units and w in units
        ),
        ambiguous_units=frozenset(_words(lex, "ambiguous_units")),
        offset_connectors={k: int(v) for k, v in _table(lex, "offset_connectors").items()},
        # digit ordinals of the numbers' [ordinals] too: "la 3e semaine de mars"
        back_nth_unit=_nth_unit(
            lex,
            units,
            singular,
            _alt(set(suffixes) | set(_words(lex_all.get("ordinals") or {}, "digit_suffixes"))),
        ),
        back_year_not=_back(set(_words(lex, "year_not_after")))
        if _words(lex, "year_not_after")
        else None,
        fwd_range_digits=_compile(
            r"[ \u00a0\u202f]*(?:" + _alt(set(_DASHES + range_conn + between_conn))
            + r")[ \u00a0\u202f]*(\d[\d.,\u00a0\u202f]*\d|\d)(?!\d)"
        ),
        back_numeric_prefix=_back(set(_words(lex, "numeric_prefixes")))
        if _words(lex, "numeric_prefixes")
        else None,
        numeric_prefixes=frozenset(_words(lex, "numeric_prefixes")),
        half_before=frozenset(_words(lex, "half_before")),
        half_adjectives=frozenset(_words(lex, "half_adjectives")),
        nth_of_last=frozenset(w.split()[-1] for w in _words(lex, "nth_of"))
        | (  # de "der ersten Woche nächsten Monats": a relative genitive without joiner
            frozenset(w for w, u in units.items() if u in ("W", "M", "D", "Q") and w in singular)
            if lex.get("nth_of_genitive") is True
            else frozenset()
        ),
        back_weekend=_back(set(_words(lex, "weekend_words")))
        if _words(lex, "weekend_words")
        else None,
        back_whole=_back(set(_words(lex, "whole_words"))) if _words(lex, "whole_words") else None,
        fwd_half=_compile(r"[\s\u00a0\u202f]+(?P<part>" + _alt(set(part_words)) + r")(?!\w)")
        if part_words
        else None,
        part_amounts=part_words,
        singular_units=frozenset(singular),
        title_articles=frozenset(_words(lex, "title_articles")),
        weekday_context=frozenset(_words(lex, "weekday_context")),
        weekday_ordinal_after=frozenset(_words(lex, "weekday_ordinal_after")),
        week_joiners=frozenset(_words(lex, "week_joiners")),
        ordinal_dates=bool(lex.get("ordinal_dates", False)),
        capitalized_holidays=_capitalized_holidays(lex, holidays),
        year_then_month=lex.get("year_then_month") is True,
        current_spaced=frozenset(
            " ".join(k.split()) for k in _table(lex, "current_periods") if " " in k.strip()
        ),
        current_before=frozenset(_words(lex, "current_period_before")),
        back_lower_month=_back(set(_words(lex, "lower_month_before")))
        if _words(lex, "lower_month_before")
        else None,
        narrow_units=narrow_units,
        back_narrow=_back(set(_words(lex, "narrow_unit_before")))
        if _words(lex, "narrow_unit_before")
        else None,
        narrow_not=frozenset(_words(lex, "narrow_not")),
        narrow_after=frozenset(_words(lex, "narrow_unit_after")),
        century_words=tuple(sorted(w for w, u in units.items() if u == "CE")),
        ordinal_after_unit=bool(lex.get("ordinal_after_unit", False)),
        day_joiners=frozenset(_words(lex, "day_month_joiners"))
        | frozenset(_month_year_words(cal.patterns)),
        back_day_joiner=_back(set(_words(lex, "day_month_joiners")))
        if _words(lex, "day_month_joiners")
        else None,
        fwd_after_mod=_compile(r"[\s\u00a0\u202f]+(" + after_alt + r")(?!\w)")
        if after_unit
        else None,
        conn_between=_compile(
            r"\s*(?:" + _alt(set(_DASHES + range_conn + between_conn)) + r")\s*" + art_end + "$"
        ),
        fwd_now=_compile(
            r"[ \u00a0\u202f]*(?:" + _alt(set(range_conn + between_conn)) + r")[ \u00a0\u202f]+(?:"
            + _alt(set(now_words)) + r")(?![^\W\d_])"
        )
        if now_words
        else None,
        back_now=_compile(
            r"(?<![^\W\d_])(?:" + _alt(set(_words(lex, "range_openers"))) + r")\s+(?:"
            + _alt(set(now_words)) + r")\s+(?:" + _alt(set(range_conn + between_conn))
            + r")\s*" + art + "$"
        )
        if now_words
        else None,
        back_span_of=_compile(
            rf"(?<![^\W\d_])(?:(?P<fl>{_alt(set(span_fl))})\s+(?P<n>{num})"
            rf"|(?P<n2>{num})\s+(?P<fl2>{_alt(set(span_fl))}))"
            rf"\s+(?P<u>{_alt(span_units)})\s+{span_of}$"
        )
        if span_fl
        else None,
        back_half_of=_compile(rf"(?<![^\W\d_])(?P<half>{_alt(set(halves))})\s+{span_of}$")
        if halves
        else None,
        fwd_half_of=_compile(rf"(?:[ \u00a0\u202f]+|-)(?P<half>{_alt(set(halves))})(?!\w)")
        if halves
        else None,
        span_first=frozenset(_words(lex, "span_first")),
        fwd_day_range=_compile(
            rf"[ \u00a0\u202f]*(?P<conn>{_alt(set(range_conn + between_conn))})"
            rf"[ \u00a0\u202f]+{art}"
            rf"(?:(?P<d>\d{{1,2}})(?P<suf>{daysuf_alt})?|(?P<dw>[^\W\d_]+(?:-[^\W\d_]+)?))"
            r"(?![^\W_]|[.,/:-]\d|\s*\d)"
        )
        if range_conn
        else None,
        back_day_range=_compile(
            rf"(?<![^\W\d_])(?:{_alt(set(_words(lex, 'range_openers')))})\s+{art}"
            rf"(?:(?P<d>\d{{1,2}})(?:{daysuf_alt})?|(?P<dw>[^\W\d_]+(?:-[^\W\d_]+)?))"
            rf"\s*(?P<conn>{_alt(set(range_conn + between_conn))})\s+{art}$"
        )
        if range_conn
        else None,
        between_openers=tuple(_words(lex, "between_openers")),
        span_starts=frozenset(_words(lex, "span_starts")),
        back_day_rel=_compile(
            rf"(?<![^\W\d_])(?:(?P<open>{_alt(day_openers)})\s+)?{art}"
            rf"(?<![\d.,])(?P<d1>\d{{1,2}})(?P<s1>{daysuf_alt}|\.)?"
            rf"(?:\s*(?:{parts['conn']})\s*{art}(?P<d2>\d{{1,2}})(?:{daysuf_alt}|\.)?)?"
            rf"\s*(?:(?P<j>{_alt(set(_words(lex, 'day_rel_joiners')))})\s+)?$"
        )
        if _words(lex, "day_rel_joiners")
        else None,
        fwd_day_rel=_compile(
            rf"\s+(?P<open>{_alt(set(_words(lex, 'range_openers')))})\s+"
            rf"(?P<d1>\d{{1,2}})(?:{daysuf_alt}|\.)?\s*(?:{parts['conn']})\s*{art}"
            rf"(?P<d2>\d{{1,2}})(?:{daysuf_alt}|\.)?(?!\d|[.,]\d)"
        ),
        year_joiners=frozenset(" ".join(w.split()) for w in _words(lex, "year_joiners")),
        span_for=frozenset(_words(lex, "span_for")),
        day_range_last=frozenset(w.split()[-1] for w in range_conn + between_conn + articles),
        now_first=frozenset(w.split()[0] for w in range_conn + between_conn),
        now_last=tuple(
            {f" {w.split()[-1]} " for w in range_conn + between_conn + articles}
            | {f" {w.split()[-1]}" for w in range_conn + between_conn + articles}
        ),
        weekday_joiner_words=frozenset(" ".join(w.split()) for w in joiners),
        back_nth_wd=_compile(
            rf"(?<![^\W\d_])(?:(?P<last>{_alt(set(_words(lex, 'last_words')))})"
            rf"|(?P<nd>[1-5])(?:{daysuf_alt})?|(?P<nw>[^\W\d_]+))\s+$"
        )
        if _words(lex, "nth_of")
        else None,
        nth_of_words=frozenset(" ".join(w.split()) for w in _words(lex, "nth_of")),
        last_word_set=frozenset(_words(lex, "last_words")),
        unit_factors={k: Decimal(str(v)) for k, v in _table(lex, "unit_factors").items()},
        fwd_weekend=_compile(
            rf"[ \u00a0\u202f]+(?:{_alt(we_words)})(?![\w-])"
            rf"(?:[ \u00a0\u202f]*,?[ \u00a0\u202f]*(?P<y>{year})(?!\d))?"
        )
        if we_words
        else None,
        back_weekend_of=_compile(
            rf"(?<![^\W\d_])(?:{_alt(we_words)})\s+(?:{_alt(set(_words(lex, 'nth_of')))})\s+$"
        )
        if we_words and _words(lex, "nth_of")
        else None,
        fwd_weekend_date=_compile(
            rf"[ \u00a0\u202f]+(?:{_alt(set(_words(lex, 'nth_of')))})[ \u00a0\u202f]*"
            # (a holiday right after: its own weekend, "le week-end de Pâques")
            rf"(?:(?:[^\W\d_]{{1,3}}[ \u00a0\u202f]+)?(?=\d|(?:{_alt(set(months))})(?![^\W\d_]))"
            rf"|[^\W\d_]{{1,3}}[ \u00a0\u202f]+(?=(?:{_alt(set(holidays))})(?![^\W\d_])))"
        )
        if _words(lex, "nth_of")
        else None,
        fwd_wd_joiner=_compile(rf"[ \u00a0\u202f]*,?[ \u00a0\u202f]*(?:{_alt(set(joiners))})(?= )")
        if joiners
        else None,
        now_fwd=tuple(f" {c} {w}" for c in range_conn + between_conn for w in now_words),
        now_back=tuple(
            f"{w} {c} {a}".rstrip() + " "
            for w in now_words
            for c in range_conn + between_conn
            for a in ["", *articles]
        ),
        now_fwd4=frozenset(f" {c} {w}"[:4] for c in range_conn + between_conn for w in now_words),
        now_back4=frozenset(
            (f"{w} {c} {a}".rstrip() + " ")[-4:]
            for w in now_words
            for c in range_conn + between_conn
            for a in ["", *articles]
        ),
        nth_keys=frozenset(
            w.split()[-1]
            for w, u in units.items()
            if u in ("W", "M", "D", "Q") and w in singular
        ),
        half_keys=frozenset(w.split()[-1] for w in halves),
        unit_keys=frozenset(w.split()[-1] for w in span_units),
        span_keys=frozenset(w.split()[-1] for w in list(halves) + list(span_units)),
        halves=halves,
    )
