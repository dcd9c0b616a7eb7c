"""CLDR calendar data per locale, read from babel: the raw material of date patterns.

Everything here comes from babel at run time: month and weekday names (wide and
abbreviated, format and stand-alone), date patterns (full, long, medium, short
and the skeletons news uses), relative-time patterns ("in {0} Wochen",
"il y a {0} ans", "sau {0} tuần nữa"), duration unit names ("{0} Jahre") and
day-period markers (AM/PM). :func:`cldr_calendar` builds the tables once per
locale and caches them.

>>> cal = cldr_calendar("de")
>>> cal.months["oktober"], cal.months["okt"], cal.weekdays["montag"]
(10, 10, 0)
>>> cldr_calendar("fr").months["octobre"], cldr_calendar("vi").months["tháng 10"]
(10, 10)
>>> ("in", "W", 1) in cldr_calendar("de").relative_prefixes
True
>>> cldr_calendar("en").relative_suffixes["ago"]
-1
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from babel.dates import get_day_names, get_month_names, get_period_names, get_quarter_names

from ._locale import get_locale

__all__ = ["UNIT_FIELDS", "CldrCalendar", "cldr_calendar", "pattern_tokens"]

#: CLDR date-field / duration-unit names → TIMEX unit letters.
UNIT_FIELDS: dict[str, str] = {
    "year": "Y",
    "quarter": "Q",
    "month": "M",
    "week": "W",
    "day": "D",
    "hour": "H",
    "minute": "MIN",
    "second": "S",
    "decade": "DE",
    "century": "CE",
    "night": "D",
}

#: Skeletons beside the four standard date formats that news text uses.
_SKELETONS = (
    "yMMMd",
    "yMMMMd",
    "yMMMEd",
    "MMMd",
    "MMMMd",
    "MMMEd",
    "yMMMM",
    "yMMM",
    "yMd",
    "Md",
    "yM",
)

_CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")
_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
_PERIOD_WIDTHS: tuple[Literal["abbreviated", "wide"], ...] = ("abbreviated", "wide")

#: CLDR day periods by the half of the day their hours fall in (CLDR's dayPeriods
#: rules: morning before noon, afternoon and evening after it, night on both sides)
_DAY_PERIOD_HALF = {"morning": "am", "afternoon": "pm", "evening": "pm", "night": "night"}

_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


@dataclass(frozen=True)
class CldrCalendar:
    """Per-locale calendar tables (all names lower-cased)."""

    #: quarter name ("1. quartal", "1er trimestre", "q1", "quý 1") → 1..4
    quarters: dict[str, int] = field(default_factory=dict)
    #: month name (wide or abbreviated, format or stand-alone, with and without dot) → 1..12
    months: dict[str, int] = field(default_factory=dict)
    #: wide month names only (those may stand alone)
    wide_months: frozenset[str] = frozenset()
    #: True when CLDR capitalises month names (de, en): a lower-case match is no month
    capitalized_months: bool = False
    #: weekday name → 0 (Monday) .. 6; wide names
    weekdays: dict[str, int] = field(default_factory=dict)
    #: abbreviated weekday names → 0..6 (accepted only before a date)
    weekdays_abbr: dict[str, int] = field(default_factory=dict)
    capitalized_weekdays: bool = False
    #: CLDR date patterns (standard formats and skeletons), most specific first
    patterns: tuple[str, ...] = ()
    #: duration unit word → TIMEX unit (from unit patterns and relative-time patterns)
    unit_words: dict[str, str] = field(default_factory=dict)
    #: relative-time prefixes: (prefix, unit, sign), "in {0} Wochen" → ("in", "W", 1)
    relative_prefixes: frozenset[tuple[str, str, int]] = frozenset()
    #: relative-time suffixes after the unit word: "ago" → -1, "nữa" → 1
    relative_suffixes: dict[str, int] = field(default_factory=dict)
    #: prefixes CLDR writes only with a suffix ("sau {0} tuần nữa"): without the
    #: suffix the phrase is no relative time ("sau ba năm" = after three years)
    relative_paired: frozenset[str] = frozenset()
    #: unit words in the singular ("Woche", "semaine", "week"; every word where CLDR has
    #: no plural forms): only these take a relative modifier ("nächste Woche")
    singular_units: frozenset[str] = frozenset()
    #: AM/PM markers → "am" / "pm"
    periods: dict[str, str] = field(default_factory=dict)
    #: CLDR day-period names → "am", "pm" or "night" ("chiều", "abends", "du soir",
    #: "in the evening"): after a time they say which half of the day it is in
    day_periods: dict[str, str] = field(default_factory=dict)
    #: unit words in a plural form (every CLDR plural category but "one")
    plural_units: frozenset[str] = frozenset()
    #: CLDR's narrow forms glued to the count, one letter that names one unit only:
    #: en "{0}d" → "d": "D", "{0}w" → "w": "W" (not "m": month and minute)
    narrow_units: dict[str, str] = field(default_factory=dict)
    #: CLDR's relative names without a count (``date_fields`` ``relative``), each the
    #: source of a lexicon key where ``[dates]`` has none (see :func:`_relative_names`):
    #: day words → offset in days ("hoy" 0, "pasado mañana" 2; with a this-modifier
    #: before a CLDR day-period name: "esta mañana" 0)
    relative_days: dict[str, int] = field(default_factory=dict)
    #: modifiers before / after a unit word or weekday name ("próximo" 1, "pasado" -1,
    #: nl "volgende week" before a weekday, sv "nästa vecka" after it) → offset
    relative_before: dict[str, int] = field(default_factory=dict)
    relative_after: dict[str, int] = field(default_factory=dict)
    #: whole names of a relative period → (offset, unit): "la semana pasada",
    #: "semana pasada" (without the article), pl "w przyszłym tygodniu"
    relative_periods: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: words before a relative day word that make it a noun ("por la mañana", "esta
    #: mañana" = this morning, "de la mañana" after a time; nl "deze morgen")
    relative_day_not_after: frozenset[str] = frozenset()


def pattern_tokens(pattern: str) -> list[tuple[str, str]]:
    """Split a CLDR date pattern into (kind, text): kind is a field letter or "" for literal.

    >>> pattern_tokens("d. MMMM y")
    [('d', 'd'), ('', '. '), ('M', 'MMMM'), ('', ' '), ('y', 'y')]
    >>> pattern_tokens("d 'de' MMMM")
    [('d', 'd'), ('', ' de '), ('M', 'MMMM')]
    """
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(pattern):
        tok = m.group(0)
        if m.group(1):
            out.append((m.group(1), tok))
            continue
        lit = tok[1:-1].replace("''", "'") if tok.startswith("'") else tok
        if out and out[-1][0] == "":
            out[-1] = ("", out[-1][1] + lit)
        else:
            out.append(("", lit))
    return out


def _names(kind: str, lang: str) -> dict[str, int]:
    getter = get_month_names if kind == "month" else get_day_names
    out: dict[str, int] = {}
    wide = {n.lower() for c in _CONTEXTS for n in getter("wide", c, lang).values()}
    for width in _WIDTHS:
        for context in _CONTEXTS:
            for key, name in getter(width, context, lang).items():
                low = name.lower()
                out.setdefault(low, key)
                if low.endswith("."):
                    out.setdefault(low[:-1], key)
                elif width == "abbreviated" and low[-1:].isalpha() and low not in wide:
                    out.setdefault(low + ".", key)  # "Dec." beside CLDR's "Dec"
    return out


def _dd(obj: object) -> dict[str, object]:
    """A plain dict copy of a babel LocaleDataDict (one level)."""
    items = getattr(obj, "items", None)
    return dict(items()) if items else {}


#: CLDR date fields of weekdays → 0 (Monday) .. 6
_WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: CLDR relative names of these periods (days apart) become lexicon entries
_PERIOD_FIELDS = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_APOS = str.maketrans({"\u2019": "'"})


@dataclass
class _Relative:
    days: dict[str, int] = field(default_factory=dict)
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    periods: dict[str, tuple[int, str]] = field(default_factory=dict)
    day_not_after: frozenset[str] = frozenset()


def _spellings(phrase: str) -> list[str]:
    """A phrase as CLDR writes it and with a straight apostrophe ("quest'anno")."""
    low = " ".join(phrase.lower().split())
    straight = low.translate(_APOS)
    return [low] if straight == low else [low, straight]


def _split_name(phrase: str, names: set[str]) -> tuple[str, str, str] | None:
    """``phrase`` as (before, name, after) around the longest of ``names`` it holds
    as whole words (an apostrophe may glue a word before it: "quest'anno")."""
    best: tuple[str, str, str] | None = None
    for name in names:
        for m in re.finditer(re.escape(name), phrase):
            i, j = m.span()
            if (i == 0 or phrase[i - 1] in " '") and (j == len(phrase) or phrase[j] == " "):
                if best is None or len(name) > len(best[1]):
                    best = (phrase[:i], name, phrase[j:].strip())
    return best


def _relative_names(
    data: Any, unit_words: dict[str, str], singular: set[str], weekdays: dict[str, int]
) -> _Relative:
    """CLDR's relative names without a count, read into lexicon entries.

    * day names ("ayer", "hoy", "mañana", "pasado mañana") → days;
    * names of a week, month, quarter or year ("la semana pasada", "este año") →
      whole periods, also without a leading article: a first word that CLDR writes in
      names of opposite directions ("la semana pasada", "la próxima semana"; pl "w")
      carries no direction and may be absent or another in text ("próxima semana");
    * the words around the unit word or weekday name, less such an article, are
      modifiers ("próximo", "pasada", nl "volgende week" before a weekday) of one
      direction (sv "i" of "i går", "i morgon" is an article: "i år" gives none);
    * a this-modifier before a CLDR day-period name is the reference day ("esta
      mañana", "questa sera"); a word of a relative name, or the last word of a
      day-period phrase ("de la mañana"), before a day word makes it a noun.
    """
    out = _Relative()
    fields = data["date_fields"]
    phrases: list[tuple[str, int, str]] = []  # (phrase, offset, field)
    for name in ("day", *_PERIOD_FIELDS, *_WEEKDAY_FIELDS):
        if name not in fields:
            continue
        for key, text in _dd(_dd(fields[name]).get("relative")).items():
            for form in _spellings(str(text)):
                phrases.append((form, int(str(key)), name))
    # a leading word written in names of opposite directions: an article
    signs: dict[str, set[int]] = {}
    for phrase, off, _name in phrases:
        if " " in phrase:
            signs.setdefault(phrase.split(" ")[0], set()).add((off > 0) - (off < 0))
    articles = {w for w, s in signs.items() if len(s & {-1, 1}) == 2}
    wd_names = set(weekdays)
    mods: dict[tuple[str, str], set[int]] = {}  # (side, modifier) → offsets
    mod_fields: dict[tuple[str, str], set[str]] = {}
    words: set[str] = set()
    zero: set[str] = set()
    for phrase, off, name in phrases:
        if name == "day":
            out.days.setdefault(phrase, off)
            continue
        if name in _PERIOD_FIELDS:
            unit = _PERIOD_FIELDS[name]
            out.periods.setdefault(phrase, (off, unit))
            first, _, rest = phrase.partition(" ")
            if first in articles and " " in rest:
                out.periods.setdefault(rest, (off, unit))
            targets = {w for w, u in unit_words.items() if u == unit and w in singular}
        else:
            targets = {w for w, k in weekdays.items() if k == _WEEKDAY_FIELDS.index(name)}
        split = _split_name(phrase, targets)
        if split is None:
            continue
        before, _name, after = split
        bwords = before.replace("'", "' ").split()
        while bwords and bwords[0] in articles:
            bwords = bwords[1:]
        before = " ".join(bwords).replace("' ", "'")
        words.update(bwords)
        words.update(after.split())
        if bool(before) == bool(after):
            continue  # "la semana pasada" less its article has one modifier only
        side, mod = ("b", before) if before else ("a", after)
        if len(mod) < 2:
            continue  # sr "у" (in) before a weekday: a preposition
        if off == 0 and name in _PERIOD_FIELDS:
            zero.add(mod)  # "esta semana": "esta" before a day period too
        mods.setdefault((side, mod), set()).add(off)
        mod_fields.setdefault((side, mod), set()).add(name)
    for (side, mod), offs in mods.items():
        if len(offs) == 1 and not mod.endswith("'"):
            (out.before if side == "b" else out.after)[mod] = next(iter(offs))
    # where CLDR's period names put modifiers on both sides of the unit word ("el
    # próximo mes" / "el mes pasado", it "questo mese" / "mese prossimo"), adjectives
    # of direction go on either side: "la prossima settimana", "el pasado viernes"
    orders = {side for (side, _mod), names in mod_fields.items() if names & set(_PERIOD_FIELDS)}
    if len(orders) == 2:
        for table, other in ((out.before, out.after), (out.after, out.before)):
            for mod, off in list(table.items()):
                if off != 0 and " " not in mod:
                    other.setdefault(mod, off)
    # this-modifiers before a day-period name: "esta mañana" (this morning) is today
    period_names: set[str] = set()
    period_lead: set[str] = set()
    day_periods = data["day_periods"]
    for ctx, widths in _dd(day_periods).items():
        for names in _dd(widths).values():
            for key, pname in _dd(names).items():
                if str(key).rstrip("12") not in _DAY_PERIOD_HALF:
                    continue
                low = " ".join(str(pname).lower().split()).translate(_APOS)
                if ctx == "stand-alone" and low.isalpha() and len(low) > 2:
                    period_names.add(low)
                elif " " in low:
                    period_lead.add(low.split(" ")[-2])
    for mod in zero:
        if " " in mod or mod.endswith("'"):
            continue
        for pname in period_names:
            out.days.setdefault(f"{mod} {pname}", 0)
    not_after = (words | articles) - wd_names - set(unit_words)
    if any(d in period_names for d in out.days):
        not_after |= period_lead
    out.day_not_after = frozenset(not_after)
    return out


@cache
def cldr_calendar(lang: str) -> CldrCalendar:
    """The calendar tables of ``lang`` (cached; any locale babel knows)."""
    loc = get_locale(lang)
    months = _names("month", str(loc))
    wide_months = frozenset(
        n.lower() for ctx in _CONTEXTS for n in get_month_names("wide", ctx, str(loc)).values()
    )
    cap_m = all(n[:1].isupper() for n in get_month_names("wide", "format", str(loc)).values())
    weekdays: dict[str, int] = {}
    for ctx in _CONTEXTS:
        for k, n in get_day_names("wide", ctx, str(loc)).items():
            weekdays.setdefault(n.lower(), k)
    abbr: dict[str, int] = {}
    for ctx in _CONTEXTS:
        for k, n in get_day_names("abbreviated", ctx, str(loc)).items():
            low = n.lower()
            if low not in weekdays:
                abbr.setdefault(low, k)
                if low.endswith("."):
                    abbr.setdefault(low[:-1], k)
    cap_w = all(n[:1].isupper() for n in get_day_names("wide", "format", str(loc)).values())

    patterns: list[str] = []
    for width in ("full", "long", "medium", "short"):
        patterns.append(loc.date_formats[width].pattern)
    skeletons = loc._data["datetime_skeletons"]
    for sk in _SKELETONS:
        if sk in skeletons:
            patterns.append(str(skeletons[sk]))
    seen: set[str] = set()
    uniq = [p for p in patterns if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]

    unit_words: dict[str, str] = {}
    narrow: dict[str, set[str]] = {}
    singular: set[str] = set()
    plural_words: set[str] = set()
    unit_patterns = loc._data["unit_patterns"]
    dotless: set[tuple[str, str]] = set()  # short forms read without their dot
    long_words: dict[str, set[str]] = {}
    for name, unit in UNIT_FIELDS.items():
        for key in (f"duration-{name}", f"duration-{name}-person"):
            if key not in unit_patterns:
                continue
            for width, forms in _dd(unit_patterns[key]).items():
                for plural, pat in _dd(forms).items():
                    if plural == "per" or "{0}" not in str(pat):
                        continue
                    word = str(pat).replace("{0}", "").strip(" \u00a0\u202f").lower()
                    glued = str(pat).lower()
                    if width == "narrow" and len(glued) == 4 and glued.startswith("{0}"):
                        narrow.setdefault(glued[3], set()).add(unit)
                    if plural == "one" or (plural == "other" and "one" not in _dd(forms)):
                        singular.add(word)
                    if plural != "one":
                        plural_words.add(word)
                    # short forms: only words of three letters or more, never symbols
                    # ("J", "m.") or names of months and weekdays ("dec"); "Sek." also
                    # without its dot
                    if width != "long":
                        if word.endswith("."):
                            word = word[:-1]
                            dotless.add((word, unit))
                        if len(word) < 3 or "." in word or word in months or word in weekdays:
                            continue
                    else:
                        long_words.setdefault(word, set()).add(unit)
                    if word and not any(c.isdigit() or c == "-" for c in word):
                        unit_words.setdefault(word, unit)

    # a short form without its dot that begins long names of another unit too is none:
    # it "sec." (secolo) also begins "secondi" ("123 sec" is seconds)
    for word, unit in dotless:
        if unit_words.get(word) == unit and any(
            w.startswith(word) and units - {unit} for w, units in long_words.items()
        ):
            del unit_words[word]
    prefixes: set[tuple[str, str, int]] = set()
    suffixes: dict[str, int] = {}
    alone: set[str] = set()  # prefixes seen without a suffix
    date_fields = loc._data["date_fields"]
    for name, unit in UNIT_FIELDS.items():
        if name not in date_fields:
            continue
        for direction, forms in _dd(date_fields[name]).items():
            sign = 1 if direction == "future" else -1
            for pat in _dd(forms).values():
                before, zero, after = str(pat).partition("{0}")
                if not zero:
                    continue  # a relative name without a count: see _relative_names
                before = before.strip().lower()
                after = " ".join(after.split()).lower()
                if before:
                    prefixes.add((before, unit, sign))
                # after = unit word [+ suffix]: take the longest unit word it starts with
                best = ""
                for word in unit_words:
                    if (after == word or after.startswith(word + " ")) and len(word) > len(best):
                        best = word
                if not best:
                    best = after.split(" ")[0] if after else ""
                    if best:
                        unit_words.setdefault(best, unit)
                rest = after[len(best) :].strip()
                if rest:
                    suffixes[rest] = sign
                elif before:
                    alone.add(before)

    periods: dict[str, str] = {}
    for width in _PERIOD_WIDTHS:
        for key, name in get_period_names(width, "format", str(loc)).items():
            if key in ("am", "pm") and len(name) > 1:
                periods.setdefault(name.lower(), key)
    day_periods: dict[str, str] = {}
    for width in _PERIOD_WIDTHS:
        for key, name in get_period_names(width, "format", str(loc)).items():
            half = _DAY_PERIOD_HALF.get(str(key).rstrip("12"))
            low = str(name).lower().replace("\u2019", "'")
            if half is not None and len(low) > 2:
                day_periods.setdefault(low, half)
    quarters: dict[str, int] = {}
    for width in _WIDTHS:
        for ctx in _CONTEXTS:
            for key, name in get_quarter_names(width, ctx, str(loc)).items():
                quarters.setdefault(name.lower(), int(key))
    rel = _relative_names(loc._data, unit_words, singular, weekdays)
    return CldrCalendar(
        relative_days=rel.days,
        relative_before=rel.before,
        relative_after=rel.after,
        relative_periods=rel.periods,
        relative_day_not_after=rel.day_not_after,
        quarters=quarters,
        months=months,
        wide_months=wide_months,
        capitalized_months=cap_m,
        weekdays=weekdays,
        weekdays_abbr=abbr,
        capitalized_weekdays=cap_w,
        patterns=tuple(uniq),
        unit_words=unit_words,
        relative_prefixes=frozenset(prefixes),
        relative_suffixes=suffixes,
        relative_paired=frozenset({p for p, _u, _s in prefixes} - alone),
        singular_units=frozenset(singular),
        periods=periods,
        day_periods=day_periods,
        plural_units=frozenset(plural_words),
        narrow_units={
            k: next(iter(v)) for k, v in narrow.items() if len(v) == 1 and k.isalpha()
        },
    )
