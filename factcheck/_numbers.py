"""Numbers, percentages, money, quantities and ordinals in one language.

One pass finds the numeric *cores* of a text: digit runs written with the
locale's separators (from CLDR through :mod:`factcheck._cldr`), spelled-out
numbers and ordinals (from :mod:`factcheck._numwords`) and approximate
collectives ("une quarantaine", "Dutzende", "hàng trăm"; ``[collectives]`` in
the lexicon). Each core is then read in its context, with dictionary lookups on
the few tokens around it (no full-text pattern per word list):

* before: a hedge ("über", "plus de", "khoảng") and a currency symbol or code
  ("$ 75", "£125m", "USD 15");
* after: a scale word ("Milliarden", "Mio.", "bn", "tỷ"), then a word of
  ``[scales] of`` ("millions de", "milioni di"), then a percent sign or word, a
  currency or a unit; then a trailing
  hedge ("oder mehr", "ou plus"), then the counted noun (``head``).

Two neighbouring figures joined by a range word ("3 bis 5", "entre 3 et 5",
"from 3 to 5", "từ 3 đến 5", "3–5") become one figure with qualifier
``between``. See docs/extraction.md for every rule and its reasons.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation, localcontext
from itertools import pairwise
from operator import attrgetter
from typing import Any, Final

from ._cldr import (
    APOSTROPHES,
    SPACES,
    NumberSymbols,
    PhraseTable,
    compound_units,
    currencies,
    latin_digits,
    number_symbols,
    per_units,
    percent_words,
    scale_words,
    units,
)
from ._diskcache import persistent
from ._lexicon import lexicon
from ._numwords import WordNumber, is_number_word, number_words_in
from ._pickling import by_constructor
from ._records import Figure
from ._spans import Spans
from ._tokens import DigitRuns

__all__ = [
    "ABOUT_TOLERANCE", "MAX_DIGITS", "NEARLY_TOLERANCE", "extract_numbers", "numbers_at_runs",
    "parse_digits",
]


#: A number of more digits than this is not a figure (a hash, a code, garbage).
MAX_DIGITS: Final = 24
#: Arithmetic on figures: exact for MAX_DIGITS digits times any scale word.
_CTX: Final = Context(prec=80, Emax=10**6, Emin=-(10**6))

#: "rund 40" states 40 ± 10 %.
ABOUT_TOLERANCE: Final = Decimal("0.1")
#: "fast 50" / "près de 50" states 45 to 50.
NEARLY_TOLERANCE: Final = Decimal("0.1")

_SPACE_SET: Final = frozenset(SPACES)
_NON_DIGIT: Final = re.compile(r"[^0-9]")
_APOS_SET: Final = frozenset(APOSTROPHES)
#: One token after a figure: a letter run (optional trailing dot), a digit run, or a symbol.
#: (bidi marks around numbers and symbols, as CLDR writes them for he, ar, fa, are skipped)
_T1: Final = (
    r"[ \u00a0\u202f\u2009\u2007\u200e\u200f\u061c]{0,4}"
    r"([^\W\d_]+\.?|\d+|[^\w\s\u200e\u200f\u061c])"
)
_TOK: Final = re.compile(_T1)
_TOK3: Final = re.compile(_T1 + "(?:" + _T1 + "(?:" + _T1 + ")?)?")
_TOK_BACK: Final = re.compile(r"[^\W\d_]+\.?|\d+|[^\w\s\u200e\u200f\u061c]")
_EXP: Final = re.compile(r"[eE]([+-]?\d{1,3})(?![\w])|\^([+-]?\d{1,3})(?![\w])")
_FRACTION: Final = re.compile(r"/([0-9]{1,3})(?![\w/])")

#: Hedges written as symbols, the same in every language: comparison signs and the
#: approximately signs CLDR gives (``approximatelySign``: "~" en, "≈" de, "≃" fr).
SYMBOL_HEDGES: Final[dict[str, str]] = {
    ">": "over", "<": "under", "≥": "at-least", "≤": "at-most", ">=": "at-least",
    "<=": "at-most", "~": "about", "≈": "about", "≃": "about",
}


# --------------------------------------------------------------------------- tables

# one bit per phrase table, for the first-token prefilter
_SCALE_LONG, _SCALE_SHORT, _SCALE_ABBR, _SCALE_MONEY = 1, 2, 4, 8
_PERCENT, _CURRENCY, _SUBUNIT, _UNIT, _HEDGE_AFTER = 16, 32, 64, 128, 256
_SCALE_PART, _SCALE_COUNTED = 512, 1024


@dataclass(frozen=True, slots=True)
class _Collective:
    value: Decimal
    low: Decimal | None
    high: Decimal | None

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


@dataclass(slots=True)
class _Tables:
    lang: str
    sym: NumberSymbols
    core: re.Pattern[str]
    scale_long: PhraseTable
    scale_short: PhraseTable
    scale_abbr: PhraseTable
    scale_money: PhraseTable
    scale_part: PhraseTable
    scale_counted: PhraseTable
    dimension_words: frozenset[str]
    plurals: frozenset[str]
    percent: PhraseTable
    currency: PhraseTable
    subunit: PhraseTable
    unit: PhraseTable
    hedge_before: PhraseTable
    hedge_after: PhraseTable
    minus: PhraseTable
    range_open: dict[str, str]
    range_join: frozenset[str]
    range_close: frozenset[str]
    and_words: frozenset[str]
    not_before: frozenset[str]
    percent_of: frozenset[str]
    collectives: dict[str, _Collective]
    collective_stems: tuple[str, ...]
    collective_words: int
    #: every ending of the last word of a collective (case-folded): the noun a key
    #: built by :func:`_collective_cores` ends in is one of them, or no key is found
    collective_tails: frozenset[str]
    head_skip: frozenset[str]
    head_stop: frozenset[str]
    capitalised: bool
    adj_suffixes: tuple[str, ...]
    syllables: int
    strip_suffixes: tuple[str, ...]
    per: PhraseTable = field(default_factory=PhraseTable)
    compound: dict[tuple[str, str], str] = field(default_factory=dict)
    #: unit words read as a unit only in a context: word → context words before it
    unit_context: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: hedge words that are prepositions after these words ("Umfrage unter")
    hedge_not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    #: hedge words that are prepositions before a distance ("Lauf über 10 Kilometer")
    hedge_distance: frozenset[str] = frozenset()
    hedge_distance_keep: frozenset[str] = frozenset()
    #: hedge words that are prepositions before a phone number ("unter 116 123")
    hedge_phone: frozenset[str] = frozenset()
    #: words skipped on the way to the counted noun right after another word:
    #: "four of their matches" (``[heads] skip_after``)
    head_skip_after: dict[str, frozenset[str]] = field(default_factory=dict)
    #: hedge words that are prepositions when one of these verbs ends the clause
    #: ("die über 380.000 Einwohner verfügt": which has)
    hedge_verb_after: dict[str, frozenset[str]] = field(default_factory=dict)
    #: hedges only a clock time takes ("gegen 19 Uhr", "vers 19 h"): ``[hedges] time``
    hedge_time: PhraseTable = field(default_factory=PhraseTable)
    #: hedge words that are prepositions before a duration ("over 24 hours" = during)
    #: unless one of these words comes right before them ("for over a decade")
    hedge_not_duration: dict[str, frozenset[str]] = field(default_factory=dict)
    #: a word after a duration that makes the hedge before it a preposition: de "über
    #: ein Jahrzehnt hinweg" (throughout a decade)
    hedge_duration_closers: dict[str, frozenset[str]] = field(default_factory=dict)
    #: words between a number and its scale word ("quatre autres millions")
    scale_between: frozenset[str] = frozenset()
    #: words between a collective and a scale word it multiplies ("hundreds of millions")
    collective_of: frozenset[str] = frozenset()
    #: words between a scale word (or a collective) and the currency, percent or unit
    #: after it: "millions de dollars", "milioni di euro" (``[scales] of``; an elided
    #: form "d'" is the letters before the apostrophe)
    scale_of: frozenset[str] = frozenset()
    #: hedges that reach over one determiner ("more than the 3.5 million")
    hedge_reach: frozenset[str] = frozenset()
    reach_over: frozenset[str] = frozenset()
    #: hedges that reach over a noun and "of": "an estimated population of 299,200"
    hedge_reach_of: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    #: a hedge after the figure is none before these ("50 percent plus one")
    after_not_before: frozenset[str] = frozenset()
    #: a unit followed by a count of its sub-unit: unit → (sub-unit, how many in one)
    sub_units: dict[str, tuple[str, Decimal]] = field(default_factory=dict)
    #: currency names that are also weights ("pound") → unit id, and their context
    weights: dict[str, str] = field(default_factory=dict)
    weight_context: tuple[str, ...] = ()
    weight_not_before: frozenset[str] = frozenset()
    weight_singular: frozenset[str] = frozenset()
    #: one-letter units read only when glued to the number ("104.2F")
    glued: dict[str, str] = field(default_factory=dict)
    #: words before a whole number that make it a rank: de "auf Platz 15" (15th)
    rank_before: frozenset[str] = frozenset()
    #: classifiers (vi): skipped when a noun follows them
    classifiers: frozenset[str] = frozenset()
    before_lasts: frozenset[str] = frozenset()
    before_multi: frozenset[str] = frozenset()
    before_pairs: frozenset[str] = frozenset()
    firsts: dict[str, int] = field(default_factory=dict)
    #: some word of before_lasts/before_multi ends in a digit (else a figure right after
    #: a number, "1 2 3", has nothing before it: :func:`_maybe_before` needs no word)
    digit_before: bool = True
    #: :func:`_maybe_before` verdicts by the word before a figure (filled as texts are read)
    before_verdicts: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: a run of digits as the token after a figure says nothing to :func:`_plain` (no
    #: phrase it looks up starts with a digit): "1 2 3" needs no tokenising after "1"
    digits_inert: bool = False
    #: one-character tokens that say nothing to :func:`_plain` either (". , ;" here)
    inert_marks: frozenset[str] = frozenset()
    #: what the last token before a time, duration or date must be (case-folded, maybe
    #: less a final dot) for :func:`_temporal_hedge` to find a hedge: the last words of
    #: ``hedge_time`` and ``hedge_before``, ``reach_over`` and the apostrophe of "l'"
    temporal_lasts: frozenset[str] = frozenset()
    #: :func:`_temporal_may_hedge` verdicts by the text before a figure
    temporal_verdicts: dict[str, bool] = field(default_factory=dict)

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


def _table(entries: dict[str, Any] | list[str], value: str | None = None, *,
           case: bool = False) -> PhraseTable:
    t = PhraseTable()
    if isinstance(entries, dict):
        for k, v in entries.items():
            t.add(k, str(v) if value is None else value, case=case)
    else:
        for k in entries:
            t.add(k, value or k, case=case)
    return t


def _merge(into: PhraseTable, other: PhraseTable) -> None:
    into.merge(other)


def _word_sets(table: dict[str, Any]) -> dict[str, frozenset[str]]:
    """A lexicon table of word → words, case-folded, keys with single spaces
    (``[hedges] not_after``, ``duration_closers``, …)."""
    return {
        " ".join(k.casefold().split()): frozenset(w.casefold() for w in v)
        for k, v in table.items()
    }


@persistent("numbers")
def _tables(lang: str) -> _Tables:
    lex = lexicon(lang)
    sym = number_symbols(lang)
    seps = set(sym.groups) | {sym.decimal, ".", ","} | _SPACE_SET | _APOS_SET
    sep_class = "".join(sorted(re.escape(c) for c in seps))
    # starts with a character class, so the engine scans fast; the context
    # (not after a letter, a leading decimal mark) is checked in Python.
    core = re.compile(
        r"[0-9\u00bc-\u00be\u2150-\u215e][0-9]*(?:[" + sep_class + r"][0-9]+)*"
        r"[\u00bc-\u00be\u2150-\u215e]?"
    )

    scales = scale_words(lang)
    scale_long = PhraseTable()
    _merge(scale_long, scales["long"])
    scale_short = PhraseTable()
    _merge(scale_short, scales["short"])
    lex_scales = lex.get("scales", {})
    scale_abbr = _table(lex_scales.get("words", {}), case=True)
    _merge(scale_long, _table(lex_scales.get("long", {})))
    scale_money = _table(lex_scales.get("money", {}), case=True)

    lex_units = lex.get("units", {})
    percent = PhraseTable()
    _merge(percent, percent_words(lang))
    _merge(percent, _table(lex_units.get("percent", []), "percent"))
    _merge(percent, _table(lex_units.get("permille", []), "permille"))
    names = lex_units.get("names", {})
    _merge(percent, _table({k: v for k, v in names.items() if v == "percentage-point"}))

    currency = PhraseTable()
    _merge(currency, currencies(lang))
    _merge(currency, _table(lex.get("currencies", {}).get("names", {})))

    unit = PhraseTable()
    exclude = set(lex_units.get("exclude", []))
    cldr_units = units(lang)
    for k, v in cldr_units.exact.items():
        if k in exclude or not any(c.isalpha() for c in k):
            continue
        if len(k) == 1 and k not in "mgtlL":
            continue
        unit.add(k, v, case=True)
        if "²" in k or "³" in k:
            # a plain digit for the superscript, as text often writes it: "45 m2", "km3"
            unit.add(k.replace("²", "2").replace("³", "3"), v, case=True)
    for k, v in cldr_units.folded.items():
        if k not in exclude:
            unit.add(k, v)
    _merge(unit, _table({k: v for k, v in names.items() if v != "percentage-point"}))

    hedges = lex.get("hedges", {})
    colls: dict[str, _Collective] = {}
    for phrase, spec in lex.get("collectives", {}).items():
        low, high = spec.get("low"), spec.get("high")
        colls[" ".join(phrase.casefold().split())] = _Collective(
            Decimal(str(spec["value"])),
            None if low is None else Decimal(str(low)),
            None if high is None else Decimal(str(high)),
        )
    stems: set[str] = set()
    for a in colls:
        # the collective noun ends the phrase; search it without its first letter
        # (so that case does not matter and no lowercase copy of the text is needed)
        stems.add(a.split()[-1][1:])
    stems = {x for x in stems if not any(y != x and y in x for y in stems)}
    heads = lex.get("heads", {})
    before_map = {**SYMBOL_HEDGES, **hedges.get("before", {})}
    hedge_before = _table(before_map)
    tables = _Tables(
        lang=lang,
        sym=sym,
        core=core,
        scale_long=scale_long,
        scale_short=scale_short,
        scale_abbr=scale_abbr,
        scale_part=_table(lex_scales.get("part", {})),
        scale_counted=_table(lex_scales.get("counted", {}), case=True),
        dimension_words=frozenset(w.casefold() for w in lex_units.get("dimension_words", [])),
        plurals=frozenset(w.casefold() for w in lex_units.get("counted_plurals", [])),
        scale_money=scale_money,
        percent=percent,
        currency=currency,
        subunit=_table(lex.get("currencies", {}).get("subunits", {})),
        unit=unit,
        hedge_before=hedge_before,
        minus=_table(hedges.get("minus", []), "minus"),
        hedge_after=_table(hedges.get("after", {})),
        range_open={k.casefold(): v.casefold() for k, v in hedges.get("range_open", {}).items()},
        range_join=frozenset(j.casefold() for j in hedges.get("range_join", ["–", "—"])),
        range_close=frozenset(v.casefold() for v in hedges.get("range_open", {}).values()),
        and_words=frozenset(w.casefold() for w in lex.get("currencies", {}).get("and", [])),
        not_before=frozenset(lex.get("currencies", {}).get("not_codes", [])),
        percent_of=frozenset(w.casefold() for w in lex_units.get("percent_of", [])),
        collectives=colls,
        collective_stems=tuple(sorted(stems)),
        collective_words=max((len(k.split()) for k in colls), default=1),
        collective_tails=frozenset(
            last[k:] for last in (a.split()[-1] for a in colls) for k in range(len(last))
        ),
        head_skip=frozenset(w.casefold().replace("’", "'") for w in heads.get("skip", [])),
        head_stop=frozenset(w.casefold().replace("’", "'") for w in heads.get("stop", [])),
        capitalised=bool(heads.get("capitalised_nouns", False)),
        adj_suffixes=tuple(heads.get("adjective_suffixes", [])),
        syllables=int(heads.get("syllables", 1)),
        strip_suffixes=tuple(lex_units.get("strip_suffixes", [])),
    )
    for bit, tab in (
        (_SCALE_LONG, tables.scale_long), (_SCALE_SHORT, tables.scale_short),
        (_SCALE_ABBR, tables.scale_abbr), (_SCALE_MONEY, tables.scale_money),
        (_PERCENT, tables.percent), (_CURRENCY, tables.currency), (_SUBUNIT, tables.subunit),
        (_UNIT, tables.unit), (_HEDGE_AFTER, tables.hedge_after),
        (_SCALE_PART, tables.scale_part), (_SCALE_COUNTED, tables.scale_counted),
    ):
        for f in tab.firsts:
            tables.firsts[f] = tables.firsts.get(f, 0) | bit
    single: set[str] = {*(k.casefold() for k in currency.exact), *percent.exact}
    multi: set[str] = set()
    pairs: set[str] = set()
    phrases = [*before_map, *hedges.get("minus", [])]
    phrases += [f"{p} {c}" for p in _phrases(percent) for c in tables.percent_of]
    for phrase in phrases:
        words = phrase.casefold().replace("\u2019", "'").split()
        if len(words) == 1:
            single.add(words[0])
        else:
            multi.add(words[-1])
            pairs.add(f"{words[-2]} {words[-1]}")
    tables.before_lasts = frozenset(single)
    tables.per = _table(lex_units.get("per", {}))
    _merge(tables.per, per_units(lang))
    tables.compound = compound_units()
    tables.unit_context = {
        k.casefold(): tuple(w.casefold() for w in v)
        for k, v in lex_units.get("context", {}).items()
    }
    tables.hedge_not_after = _word_sets(hedges.get("not_after", {}))
    tables.hedge_distance = frozenset(w.casefold() for w in hedges.get("distance", []))
    tables.hedge_distance_keep = frozenset(
        w.casefold() for w in hedges.get("distance_keep", [])
    )
    tables.hedge_phone = frozenset(w.casefold() for w in hedges.get("phone", []))
    tables.head_skip_after = _word_sets(heads.get("skip_after", {}))
    tables.hedge_verb_after = _word_sets(hedges.get("verb_after", {}))
    tables.hedge_time = _table(hedges.get("time", {}))
    _merge(tables.hedge_time, _table({
        k: v for k, v in hedges.get("before", {}).items() if v in _TIME_QUALIFIERS
    }))
    tables.hedge_not_duration = _word_sets(hedges.get("not_before_duration", {}))
    tables.hedge_duration_closers = _word_sets(hedges.get("duration_closers", {}))
    tables.classifiers = frozenset(w.casefold() for w in heads.get("classifiers", []))
    tables.glued = dict(lex_units.get("glued", {}))
    ords = lex.get("ordinals", {})
    tables.rank_before = frozenset(
        str(w).casefold() for w in (ords.get("rank_before", []) if isinstance(ords, dict) else [])
    )
    tables.sub_units = {
        k: (str(v["unit"]), Decimal(str(v["per"]))) for k, v in lex_units.get("sub", {}).items()
    }
    lex_cur = lex.get("currencies", {})
    tables.weights = {k.casefold(): v for k, v in lex_cur.get("weights", {}).items()}
    tables.weight_context = tuple(w.casefold() for w in lex_cur.get("weight_context", []))
    tables.weight_not_before = frozenset(
        w.casefold() for w in lex_cur.get("weight_not_before", [])
    )
    tables.weight_singular = frozenset(w.casefold() for w in lex_cur.get("weight_singular", []))
    tables.scale_between = frozenset(w.casefold() for w in lex_scales.get("between", []))
    tables.collective_of = frozenset(
        w.casefold() for w in lex_scales.get("after_collective", [])
    )
    tables.scale_of = frozenset(
        w.casefold().rstrip("'\u2019") for w in lex_scales.get("of", [])
    )
    tables.hedge_reach = frozenset(
        " ".join(w.casefold().replace("\u2019", "'").split()) for w in hedges.get("reach", [])
    )
    tables.reach_over = frozenset(w.casefold() for w in hedges.get("reach_over", []))
    tables.hedge_reach_of = frozenset(
        " ".join(w.casefold().split()) for w in hedges.get("reach_of", [])
    )
    tables.of_words = frozenset(w.casefold() for w in hedges.get("of_words", []))
    tables.before_lasts = tables.before_lasts | tables.reach_over | tables.of_words
    tables.after_not_before = frozenset(
        w.casefold() for w in hedges.get("after_not_before", [])
    )
    tables.before_multi = frozenset(multi)
    tables.before_pairs = frozenset(pairs)
    tables.digit_before = any(
        "0" <= w[-1:] <= "9" for w in (*tables.before_lasts, *tables.before_multi)
    )
    tables.digits_inert = not any(
        w == "" or "0" <= w[0] <= "9" for w in (*tables.firsts, *tables.scale_between)
    )
    tables.inert_marks = frozenset(c for c in ".,;" if _inert_token(c, tables))
    tables.temporal_lasts = frozenset(
        {*tables.hedge_time.lasts, *tables.hedge_before.lasts, *tables.reach_over, "'"}
    )
    return tables


def _inert_token(tok: str, t: _Tables) -> bool:
    """Whether :func:`_plain` reads nothing in ``tok`` as the first token after a
    figure: no sign, no phrase of ``t.firsts`` (as :meth:`_Toks.mask` looks them up),
    no scale in between, no glued letters, and no counted noun (:func:`_head` stops)."""
    f = tok.casefold()
    m = t.firsts.get(f, 0)
    if f.endswith("."):
        m |= t.firsts.get(f[:-1], 0)
    for suf in t.strip_suffixes:
        if f.endswith(suf):
            m |= t.firsts.get(f[: -len(suf)], 0) & _UNIT
    word = tok.rstrip(".")
    return (
        tok[:1] not in ("-", "\u2010") and not m and f not in t.scale_between
        and not tok[:1].isalpha() and (not word or not word[0].isalpha())
    )


def _phrases(table: PhraseTable) -> list[str]:
    return [*table.exact, *table.folded]


# --------------------------------------------------------------------------- digits


def _dec(int_part: str, frac: str = "") -> Decimal:
    return Decimal(int_part + ("." + frac if frac else ""))


def parse_digits(run: str, lang: str) -> list[tuple[str, Decimal, Decimal | None, bool]]:
    """Read a run of digits and separators the way a text in ``lang`` means it.

    Returns ``(surface, value, other reading, ambiguous)`` for each number in
    the run (a run may hold several: "423 0000").

    >>> [(s, str(v)) for s, v, _, _ in parse_digits("2.000,352", "de")]
    [('2.000,352', '2000.352')]
    >>> parse_digits("5.000", "de")[0][1], parse_digits("5\u202f000", "fr")[0][1]
    (Decimal('5000'), Decimal('5000'))
    >>> parse_digits("5,000", "de")[0][1:]
    (Decimal('5.000'), Decimal('5000'), True)
    >>> parse_digits("5,000", "en")[0][1], parse_digits("1’234.5", "de-CH")[0][1]
    (Decimal('5000'), Decimal('1234.5'))
    >>> [str(v) for _, v, _, _ in parse_digits("423 0000", "fr")]
    ['423', '0']
    """
    return [
        (run[n.start : n.end], n.value, n.alt, "ambiguous-format" in n.flags)
        for n in _split_run(run, number_symbols(lang))
    ]


def _split_run(run: str, sym: NumberSymbols) -> list[_Core]:
    """The numbers of a run of digits and separators, as cores with offsets into ``run``."""
    if run.isdigit():
        return [_Core(0, len(run), Decimal(run), 0)]
    # the digit groups (maximal runs of 0-9, empty between two separators) and the
    # separator before each; a separator at the end has no group after it
    n = len(run)
    cuts = [m.start() for m in _NON_DIGIT.finditer(run)]
    seps: list[str] = ["", *(run[c] for c in cuts)]
    groups = list(zip([0, *(c + 1 for c in cuts)], [*cuts, n], strict=True))
    if groups[-1][0] >= n:
        groups.pop()
    out: list[_Core] = []
    k = 0
    count = len(groups)
    sizes = sym.group_sizes
    longest = max(sizes)
    while k < count:
        a, b = groups[k]
        if k + 1 == count:
            out.append(_Core(a, b, Decimal(run[a:b]), 0))
            break
        # a group that no separator joins to the next stands alone (dense text:
        # "1 1 1 1", "1,1,1,1"): what the loop below decides at its first step
        sep = seps[k + 1]
        ga, gb = groups[k + 1]
        if sep in _SPACE_SET or sep in _APOS_SET:
            if not (b - a <= longest and gb - ga in sizes):
                out.append(_Core(a, b, Decimal(run[a:b]), 0))
                k += 1
                continue
        elif gb - ga not in sizes and k + 2 < count and seps[k + 2] == sep:
            out.append(_Core(a, b, Decimal(run[a:b]), 0))  # "1.2.3": not one number
            k += 1
            continue
        first = run[a:b]
        digits = [first]
        frac = ""
        gsep: str | None = None
        flags: set[str] = set()
        alt: Decimal | None = None
        j = k
        short_first = len(first) <= longest
        while j + 1 < count:
            sep = seps[j + 1]
            g = run[groups[j + 1][0] : groups[j + 1][1]]
            kind = "space" if sep in _SPACE_SET else "apos" if sep in _APOS_SET else sep
            if kind in ("space", "apos"):
                if short_first and len(g) in sizes and gsep in (None, kind):
                    gsep = kind
                    digits.append(g)
                    j += 1
                    continue
                break
            # a dot or a comma
            if gsep is not None and gsep != sep:
                # after grouping with another separator, this one is the decimal mark
                frac = g
                j += 1
                break
            run_len = 0
            while (
                j + 1 + run_len < count
                and seps[j + 1 + run_len] == sep
                and groups[j + 1 + run_len][1] - groups[j + 1 + run_len][0] in sizes
            ):
                run_len += 1
            next_sep = seps[j + 1 + max(run_len, 1)] if j + 1 + max(run_len, 1) < count else ""
            if gsep == sep or (short_first and run_len >= 2):
                if run_len == 0:
                    break
                for r in range(run_len):
                    a, b = groups[j + 1 + r]
                    digits.append(run[a:b])
                gsep = sep
                j += run_len
                continue
            if short_first and run_len == 1 and next_sep in (".", ",") and next_sep != sep:
                digits.append(g)  # "2.000,352": grouping, then the decimal
                gsep = sep
                j += 1
                continue
            # a single dot or comma: locale decides; a lone "0" before it starts no
            # grouped number ("0.683" in a German text is a decimal, flagged below)
            if len(g) in sizes and short_first and next_sep != sep and first != "0":
                grouping = _dec("".join(digits) + g)
                decimal = _dec("".join(digits), g)
                if sep == sym.decimal and sep not in sym.groups:
                    frac = g
                    if first != "0":
                        flags.add("ambiguous-format")
                        alt = grouping
                elif sep in sym.groups:
                    digits.append(g)
                else:  # neither the locale's decimal nor its group mark
                    digits.append(g)
                    flags.add("ambiguous-format")
                    alt = decimal
                j += 1
                break
            if next_sep == sep and run_len == 0:
                break  # "1.2.3": not one number
            frac = g
            if sep != sym.decimal:
                flags.add("ambiguous-format")
            j += 1
            break
        start = groups[k][0]
        end = groups[j][1]
        value = _dec("".join(digits), frac)
        # shared flag sets: a new frozenset per number would be one more object for the
        # cyclic GC to walk, per figure
        out.append(_Core(
            start, end, value, len(frac), flags=_AMBIGUOUS_FLAG if flags else _NO_FLAGS, alt=alt
        ))
        k = j + 1
    return out


# --------------------------------------------------------------------------- token reading


class _Toks:
    """Tokens from a position on, read lazily on one line: (token, start, end, folded)."""

    __slots__ = ("items", "pos", "text")

    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        self.pos = pos
        self.items: list[tuple[str, int, int, str]] = []

    def mask(self, j: int, firsts: dict[str, int], suffixes: tuple[str, ...]) -> int:
        """Which tables have a phrase starting with token ``j`` (a bit per table)."""
        item = self.items[j] if j < len(self.items) else self.get(j)
        if item is None:
            return 0
        f = item[3]
        m = firsts.get(f, 0)
        if f.endswith("."):
            m |= firsts.get(f[:-1], 0)
        for suf in suffixes:
            if f.endswith(suf):
                m |= firsts.get(f[: -len(suf)], 0) & _UNIT
        return m

    def get(self, j: int) -> tuple[str, int, int, str] | None:
        items = self.items
        if j < len(items):
            return items[j]
        text = self.text
        if not items and self.pos >= 0:
            # the first token alone: most figures need no more
            m = _TOK.match(text, self.pos)
            if m is None:
                self.pos = -1
                return None
            start, end = m.span(1)
            tok = text[start:end]
            if "\u2019" in tok:
                tok = tok.replace("\u2019", "'")
            item = (tok, start, end, tok.casefold())
            items.append(item)
            self.pos = end
            if j == 0:
                return item
        while len(items) <= j:
            if self.pos < 0:
                return None
            # three tokens per call into the regex engine
            m = _TOK3.match(text, self.pos)
            if m is None:
                self.pos = -1
                return None
            regs = m.regs
            for g in range(1, len(regs)):
                start, end = regs[g]
                if start < 0:
                    self.pos = -1
                    break
                tok = text[start:end]
                if "\u2019" in tok:
                    tok = tok.replace("\u2019", "'")
                items.append((tok, start, end, tok.casefold()))
            else:
                self.pos = m.end()
        return items[j]


def _tokens_after(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    """Up to ``limit`` tokens from ``pos`` on one line: (token, start, end)."""
    toks = _Toks(text, pos)
    out: list[tuple[str, int, int]] = []
    for j in range(limit):
        tok = toks.get(j)
        if tok is None:
            break
        out.append(tok[:3])
    return out


def _lookup(
    text: str, toks: _Toks, i: int, table: PhraseTable,
    suffixes: tuple[str, ...] = (),
) -> tuple[str, int, int] | None:
    """Longest phrase of ``table`` starting at token ``i``: (value, index after, end)."""
    best: tuple[str, int, int] | None = None
    key = ""
    prev_end = -1
    exact, folded_keys = table.exact, table.folded
    stop = i + table.max_tokens
    for j in range(i, stop):
        item = toks.get(j)
        if item is None:
            break
        tok, start, end, f = item
        if j > i and start > prev_end:
            key += " "
        prev_end = end
        key += tok
        # (case folding goes character by character: the key's folded form is its
        # first token's for one token)
        folded = f if j == i else key.casefold()
        hit = exact.get(key)
        if hit is None:
            hit = folded_keys.get(folded)
        if hit is not None:
            best = (hit, j + 1, end)
            continue
        if key.endswith(".") and len(key) > 1:
            hit = _phrase(table, key[:-1])
            if hit is not None:
                best = (hit, j + 1, end - 1)
                continue
        for suf in suffixes:
            if key.endswith(suf) and len(key) > len(suf) + 2:
                hit = _phrase(table, key[: -len(suf)])
                if hit is not None:
                    best = (hit, j + 1, end)
                    break
        if j + 1 < stop:
            prefixes = table.prefixes
            if folded not in prefixes and folded.rstrip(".") not in prefixes and not (
                suffixes and any(folded[: -len(x)] in prefixes for x in suffixes if x)
            ):
                break  # no longer phrase starts with this key
    return best


def _phrase(table: PhraseTable, key: str) -> str | None:
    """``table.get(key)``, here (a method of a class of a module mypyc does not compile
    is a call into the interpreter)."""
    hit = table.exact.get(key)
    if hit is None:
        hit = table.folded.get(key.casefold())
    return hit


_BLANKS: Final = frozenset(" \u00a0\u202f\u2009\u2007\u200e\u200f\u061c")


def _maybe_before(text: str, pos: int, t: _Tables) -> bool:
    """Cheap test: can the words before ``pos`` end a hedge, a currency symbol or code,
    a percent sign or a sign word? (Whole words, no tokenising.)"""
    j = pos
    if j and text[j - 1] in _BLANKS:
        j -= 1
        if j and text[j - 1] in _BLANKS:
            j -= 1
    if not j:
        return False
    if "0" <= text[j - 1] <= "9" and not t.digit_before:
        return False  # the word before ends in a digit: no phrase of the tables does
    lo = j - 24 if j > 24 else 0
    # the word starts after the last space, line break or no-break space (most often
    # a space: the other two are looked for only in the word that one finds)
    k = text.rfind(" ", lo, j)
    if k < lo:
        k = lo - 1
    word = text[k + 1 : j]
    if "\n" in word or "\u00a0" in word:
        k = max(k, text.rfind("\n", lo, j), text.rfind("\u00a0", lo, j))
        word = text[k + 1 : j]
    if not word:
        return False
    verdicts = t.before_verdicts
    got = verdicts.get(word)
    if got is None:
        if len(verdicts) > 20000:
            verdicts.clear()
        got = verdicts[word] = _before_verdict(word, t)
    verdict, last = got
    if verdict != _BEFORE_MULTI:
        return verdict == _BEFORE_YES
    if k > lo:
        k2 = max(
            text.rfind(" ", lo, k), text.rfind("\n", lo, k), text.rfind("\u00a0", lo, k), lo - 1
        )
        prev = text[k2 + 1 : k].casefold().lstrip("(\"„“«[")
        return f"{prev} {last}" in t.before_pairs
    return False


_BEFORE_NO, _BEFORE_YES, _BEFORE_MULTI = 0, 1, 2


def _before_verdict(word: str, t: _Tables) -> tuple[int, str]:
    """What the word right before a figure says, alone: no hedge, currency, percent or
    sign ends in it; one may; or one may when the word before it completes a pair
    (then also the word, case-folded, as pairs hold it)."""
    last = word.casefold()
    if "\u2019" in last:
        last = last.replace("\u2019", "'")
    single = t.before_lasts
    if last in single or last[-1:] in single:
        return _BEFORE_YES, last
    last = last.lstrip("(\"„“«[")
    if last in single or last.rstrip(".") in single:
        return _BEFORE_YES, last
    if "'" in last and last.rsplit("'", 1)[-1] in single:
        return _BEFORE_YES, last
    if last in t.before_multi:
        return _BEFORE_MULTI, last
    return _BEFORE_NO, last


def _tokens_before(text: str, pos: int, t: _Tables | None = None, span: int = 28
                   ) -> list[tuple[str, int, int]]:
    lo = max(0, pos - span)
    nl = text.rfind("\n", lo, pos)
    if nl >= 0:
        lo = nl + 1
    if text.find("’", lo, pos) < 0:
        return [(m.group(), m.start(), m.end()) for m in _TOK_BACK.finditer(text, lo, pos)]
    return [
        (m.group().replace("’", "'"), m.start(), m.end())
        for m in _TOK_BACK.finditer(text, lo, pos)
    ]


def _lookup_back(
    toks: list[tuple[str, int, int]], table: PhraseTable, pos: int, *, max_gap: int = 2,
    exact_only: bool = False,
) -> tuple[str, int] | None:
    """Longest phrase of ``table`` ending right before ``pos``: (value, its start)."""
    if not toks or pos - toks[-1][2] > max_gap:
        return None
    last = toks[-1][0].casefold()
    if last not in table.lasts and last.rstrip(".") not in table.lasts:
        return None
    best: tuple[str, int] | None = None
    key = ""
    n = len(toks)
    for j in range(n - 1, max(-1, n - 1 - table.max_tokens), -1):
        tok, start, end = toks[j]
        if j < n - 1 and toks[j + 1][1] > end:
            key = " " + key
        key = tok + key
        hit = table.exact.get(key) if exact_only else _phrase(table, key)
        if hit is not None:
            best = (hit, start)
    return best


# --------------------------------------------------------------------------- figures


class _Core:
    """A number read in the text, before its context is (a plain class, not a dataclass:
    mypyc compiles its ``__init__``, a dataclass's runs in the interpreter)."""

    __slots__ = (
        "alt", "collective", "decimals", "end", "flags", "fraction", "multiplier", "ordinal",
        "scale", "start", "value", "words",
    )

    def __init__(
        self, start: int, end: int, value: Decimal, decimals: int = 0, words: bool = False,
        ordinal: bool = False, fraction: bool = False, collective: _Collective | None = None,
        flags: frozenset[str] = frozenset(), alt: Decimal | None = None,
        scale: str | None = None, multiplier: Decimal = Decimal(1),
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.decimals = decimals
        self.words = words
        self.ordinal = ordinal
        self.fraction = fraction
        self.collective = collective
        self.flags = flags
        self.alt = alt
        self.scale = scale
        #: the scale inside a spelled-out number (value has it)
        self.multiplier = multiplier


class _Fig:
    """A figure as the passes after :func:`_build` read it (a plain class: see
    :class:`_Core`)."""

    __slots__ = (
        "alt", "collective", "core_start", "core_value", "end", "flags", "head", "high",
        "kind", "low", "num_end", "precision", "qualifier", "scale", "start", "unit", "value",
    )

    def __init__(
        self, start: int, end: int, core_start: int, core_value: Decimal,
        collective: _Collective | None, value: Decimal, kind: str = "number",
        qualifier: str | None = None, low: Decimal | None = None, high: Decimal | None = None,
        unit: str | None = None, scale: str | None = None, head: str | None = None,
        precision: Decimal | None = None, flags: frozenset[str] = frozenset(),
        alt: Decimal | None = None, num_end: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        #: what the passes after _build read of the core (not the core itself: on dense
        #: text the cores are then let go as they are read, one object per figure less
        #: to collect)
        self.core_start = core_start
        self.core_value = core_value
        self.collective = collective
        self.value = value
        self.kind = kind
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.unit = unit
        self.scale = scale
        self.head = head
        self.precision = precision
        self.flags = flags
        self.alt = alt
        #: end of the number (and scale), before unit or currency
        self.num_end = num_end


_NO_FLAGS: Final[frozenset[str]] = frozenset()
_AMBIGUOUS_FLAG: Final = frozenset({"ambiguous-format"})
_FRACTION_FLAG: Final = frozenset({"fraction"})
_SUB_UNIT_FLAG: Final = frozenset({"sub-unit"})
#: after a digit run, characters that need the slow path (time, exponent, fraction)
_AFTER_SPECIAL: Final = frozenset(":eE^/")
_WORDS_FLAG: Final = frozenset({"words"})
#: Fractions are kept to 15 significant digits ("2/3" = 0.666666666666667).
_CTX15: Final = Context(prec=15)
_PRECISION: Final = tuple(Decimal(1).scaleb(-k) for k in range(12))
_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)


def _tidy(d: Decimal) -> Decimal:
    """Drop a scaled value's trailing zeros: 2.5 × 10^9 → 2500000000.

    Values of 28 digits or more keep an exponent (2.5E+30), so that no
    coefficient outgrows the default context's precision.
    """
    if d == d.to_integral_value() and d.adjusted() < 28:
        return d.quantize(_ONE)
    return d.normalize()


def _interval(value: Decimal, qualifier: str | None) -> tuple[Decimal | None, Decimal | None]:
    if qualifier is None:
        return value, value
    if qualifier == "about":
        tol = abs(value) * ABOUT_TOLERANCE
        return _tidy(value - tol), _tidy(value + tol)
    if qualifier == "nearly":
        return _tidy(value - abs(value) * NEARLY_TOLERANCE), value
    if qualifier in ("over", "at-least"):
        return value, None
    if qualifier in ("under", "at-most", "up-to"):
        return None, value
    return value, value


#: The vulgar fractions a digit core may start with (the first class of ``core``).
_VULGAR_CHARS: Final = "\u00bc\u00bd\u00be" + "".join(map(chr, range(0x2150, 0x215F)))


def _core_spans(text: str, core: re.Pattern[str], runs: DigitRuns | None) -> list[tuple[int, int]]:
    """Where ``core`` matches in ``text``, as ``core.finditer(text)`` finds it; with
    ``runs``, read off the runs of digits. A match starts at an ASCII digit or a vulgar
    fraction and takes every digit that follows (greedy, no backtracking), so each
    starts at a run's first digit or at a fraction, one at a time from the end of the
    one before.

    >>> from factcheck._tokens import tokens_and_runs
    >>> text, core = "½ of 2½3 and 1,500.25 or 4¾", _tables("en").core
    >>> _core_spans(text, core, tokens_and_runs(text)[1])
    [(0, 1), (5, 7), (7, 8), (13, 21), (25, 27)]
    >>> _core_spans(text, core, None)
    [(0, 1), (5, 7), (7, 8), (13, 21), (25, 27)]
    """
    if runs is None:
        return [m.span() for m in core.finditer(text)]
    starts = [a for a, _b in runs.spans]
    more = False
    for ch in _VULGAR_CHARS:
        # str.find, not a regex: a character class is scanned slowly by ``re``
        j = text.find(ch)
        while j >= 0:
            starts.append(j)
            more = True
            j = text.find(ch, j + 1)
    if more:
        starts.sort()
    out: list[tuple[int, int]] = []
    end = 0
    match = core.match
    for a in starts:
        if a < end:
            continue
        m = match(text, a)
        if m is not None:
            end = m.end()
            out.append((a, end))
    return out


def _digit_cores(
    text: str, t: _Tables, claimed: Spans, runs: DigitRuns | None
) -> list[_Core]:
    out: list[_Core] = []
    n = len(text)
    decimal_mark = t.sym.decimal
    overlaps = claimed.overlaps if len(claimed) else None
    for s0, e0 in _core_spans(text, t.core, runs):
        if overlaps is not None and overlaps(s0, e0):
            # "seit 2011 360.000 Menschen": the year is a date, the count after it
            # is read on its own (a digit group after a space, outside the claim)
            groups = [
                p for p in range(s0 + 1, e0)
                if text[p].isdigit() and text[p - 1] in _BLANKS
            ]
            free = claimed.free(groups)
            rest = t.core.match(text, free[0], e0) if free else None
            if rest is None or overlaps(*rest.span()):
                continue
            s0, e0 = rest.span()
        if s0:
            c = text[s0 - 1]
            if c.isalpha() or c == "_":
                # letters glued before the digits: a code (A380), unless a currency ("CHF12")
                k = s0 - 1
                while k > 0 and s0 - k < 4 and text[k - 1].isalpha():
                    k -= 1
                if (k and text[k - 1].isalnum()) or text[k:s0] not in t.currency.exact:
                    continue
            if c == decimal_mark and (s0 == 1 or text[s0 - 2].isspace()):
                s0 -= 1  # ",08" / ".08"
            elif c in ".,":
                continue
        run = text[s0:e0]
        if (
            run.isdigit() and not (e0 < n and text[e0] in _AFTER_SPECIAL)
            and not (s0 and text[s0 - 1] in "-−:")
        ):
            if len(run) <= MAX_DIGITS:
                out.append(_Core(s0, e0, Decimal(run)))  # plain digits, the common case
            continue
        if run[0] > "\u00bb" and run[0] != decimal_mark and len(run) > 1:
            # "¼¼", "½2": a lone fraction, then garbage
            e0 = s0 + 1
            run = run[0]
        vulgar = _ZERO
        if run[-1] > "\u00bb":  # ends in a vulgar fraction: "½", "2½"
            vulgar = Decimal(str(round(unicodedata.numeric(run[-1]), 15)))
            run = run[:-1]
            if not run:
                out.append(_Core(s0, e0, vulgar, flags=_FRACTION_FLAG))
                continue
            e0 -= 1
        if run[0] == decimal_mark:  # ",08" / ".08"
            frac = run[1:]
            if frac.isdigit() and len(frac) <= MAX_DIGITS:
                out.append(_Core(s0, e0, Decimal("0." + frac), len(frac)))
                continue
            # ",1.000", ".5 000": the mark is punctuation before a grouped number
            s0 += 1
            run = frac
            if not run or not "0" <= run[0] <= "9":
                continue  # ",½ 0": the mark, then no number it starts
        nums = _split_run(run, t.sym)
        if vulgar:
            nums[-1].value += vulgar
            nums[-1].flags = nums[-1].flags | _FRACTION_FLAG
            nums[-1].end += 1
        inner = len(run) if not vulgar else 0
        for core in nums:  # offsets into the run, made offsets into the text here
            ns, ne, nv = core.start, core.end, core.value
            if 0 < ns and ne < inner and ne - ns <= MAX_DIGITS:
                # a number inside the run ("1 1 1 …"): separators on both sides, so none
                # of the tests below applies (no sign, time, exponent or fraction)
                s, e = s0 + ns, s0 + ne
                if text[e] not in _AFTER_SPECIAL and text[s - 1] not in ":-\u2212":
                    core.start, core.end = s, e
                    out.append(core)
                    continue
            # (no more digits than characters, but for a vulgar fraction's decimals)
            if (ne - ns > MAX_DIGITS or vulgar) and len(nv.as_tuple().digits) > MAX_DIGITS:
                continue  # a hash, a code or garbage, not a figure
            s, e = s0 + ns, s0 + ne
            # times and scores: 15:00, 1:0
            if (e < n - 1 and text[e] == ":" and text[e + 1].isdigit()) or (
                s > 1 and text[s - 1] == ":" and text[s - 2].isdigit()
            ):
                continue
            core.start, core.end = s, e
            # sign: "-5" after a space or at the start
            if (
                s and ns == 0 and text[s - 1] in "-−"
                and (s == 1 or text[s - 2] in " (\t\n[")
                and not (s > 2 and text[s - 2] == " " and text[s - 3].isdigit())
            ):  # not "12,5 -15,5" (a dash between two numbers)
                core.start -= 1
                core.value = -core.value
            # exponent or power: 1e10, 1,1^23
            if e < n and text[e] in "eE^":
                x = _EXP.match(text, e)
                if x is not None:
                    if x.group(1) is not None:
                        core.value = core.value.scaleb(int(x.group(1)))
                    else:
                        try:
                            core.value = Decimal(str(float(core.value) ** int(x.group(2))))
                        except (OverflowError, InvalidOperation):
                            continue
                    core.end = x.end()
                    core.decimals = 0
            # fraction: 3/4 (a date such as 12/03 is claimed by the dates stage)
            elif e < n and text[e] == "/" and ne == len(run) and core.decimals == 0:
                f = _FRACTION.match(text, e)
                if f is not None and nv < int(f.group(1)) and _denominator(f.group(1)):
                    core.value = _CTX15.divide(core.value, Decimal(f.group(1)))
                    core.end = f.end()
                    core.flags = core.flags | _FRACTION_FLAG
                    # "2 1/4": a whole number and a fraction
                    prev = out[-1] if out else None
                    if (
                        prev is not None and "fraction" not in prev.flags and prev.decimals == 0
                        and not text[prev.end : core.start].strip()
                        and core.start - prev.end <= 2
                    ):
                        sign = -1 if prev.value < 0 else 1
                        core.value = _CTX15.plus(prev.value + sign * core.value)
                        core.start = prev.start
                        out.pop()
            out.append(core)
    return out


def _denominator(digits: str) -> bool:
    """Whether a number after a slash is a fraction's denominator: up to 12, or a
    binary or decimal one ("7/16 inch", "3/100"). "19/29 trận" is 19 of 29 matches,
    two counts, not 0.655.

    >>> [_denominator(d) for d in ("3", "12", "16", "100", "29", "21")]
    [True, True, True, True, False, False]
    """
    n = int(digits)
    return 0 < n <= 12 or n in (16, 32, 64) or digits in ("100", "1000")


def _collective_cores(text: str, t: _Tables, claimed: Spans) -> list[_Core]:
    """Approximate collectives: "une quarantaine", "Dutzende", "hàng trăm".

    Each phrase ends in its collective noun; the noun (without its first letter,
    so that case does not matter) is searched with ``str.find``, then the phrase is
    read back word by word and looked up in the lexicon (longest first).
    """
    if not t.collectives:
        return []
    out: list[_Core] = []
    n = len(text)
    longest = t.collective_words
    tails = t.collective_tails
    for stem in t.collective_stems:
        i = text.find(stem)
        while i >= 0:
            ws = i - 1
            if ws < 0:
                i = text.find(stem, i + len(stem))
                continue
            # the noun may be longer than the stem's ("trentaine" for the stem of
            # "centaine"): read from its word start; the lexicon decides
            # ("Jahrhundert" is no collective)
            while ws and text[ws - 1].isalpha():
                ws -= 1
            we = i + len(stem)
            while we < n and text[we].isalpha():
                we += 1
            if text[ws:we].casefold() not in tails:
                # no phrase ends in this word ("chỉ" for the stem "ỉ" of "tỉ")
                i = text.find(stem, we)
                continue
            # the phrase's words, back from the noun
            starts = [ws]
            k = ws
            for _ in range(longest - 1):
                j = k - 1
                while j > 0 and text[j - 1] in _BLANKS:
                    j -= 1
                if j <= 0 or j == k or not text[j - 1].isalpha():
                    break
                k2 = j
                while k2 > 0 and text[k2 - 1].isalpha():
                    k2 -= 1
                starts.append(k2)
                k = k2
            for a in reversed(starts):
                key = " ".join(text[a:we].casefold().split())
                c = t.collectives.get(key)
                if c is not None:
                    b = a
                    while b > 0 and text[b - 1] in _BLANKS:
                        b -= 1
                    after_digit = b < a and text[b - 1 : b].isdigit()
                    # "5 Milliarden": a scale word of the number before, even when
                    # that number is no figure (too many digits)
                    if not claimed.overlaps(a, we) and not after_digit:
                        out.append(_Core(a, we, c.value, collective=c))
                    break
            i = text.find(stem, we)
    out.sort(key=lambda c: c.start)
    return out


def _word_cores(
    text: str,
    lang: str,
    t: _Tables,
    claimed: Spans,
    low: str | None,
    scanned: list[WordNumber] | None = None,
) -> list[_Core]:
    out: list[_Core] = []
    if not lexicon(lang):  # number words need a hand-written lexicon
        return out
    for w in number_words_in(text, low, lang) if scanned is None else scanned:
        if claimed.overlaps(w.start, w.end):
            continue
        core = _Core(w.start, w.end, w.value, words=True, ordinal=w.ordinal,
                     fraction=w.fraction)
        if w.ordinal and any(map(str.isdigit, w.text)):
            core.words = False
        # a scale word ending the spelled-out number ("zwei Millionen")
        k = max(w.text.rfind(" "), w.text.rfind("\u00a0"), w.text.rfind("-"))
        if k > 0:
            last = w.text[k + 1 :]
            hit = _phrase(t.scale_long, last)
            if hit is not None:
                core.scale = last
                core.multiplier = Decimal(hit)
        out.append(core)
    return out


def _head(text: str, toks: _Toks, i: int, t: _Tables) -> str | None:
    """The counted noun in ``toks`` from token ``i`` on (see docs/extraction.md)."""
    skipped = 0
    skipped_quote = -1
    prev_low = ""
    items = toks.items
    for k in range(i, i + 6):
        item = items[k] if k < len(items) else toks.get(k)
        if item is None:
            return None
        tok, _s, _e, low = item
        if k == skipped_quote:
            continue
        word = tok.rstrip(".")
        if not word or not word[0].isalpha():
            return None
        low = low.rstrip(".")
        if low in t.head_skip:
            prev_low = low
            continue
        if prev_low in t.head_skip_after and low in t.head_skip_after[prev_low]:
            prev_low = low
            continue  # "four of their matches"
        prev_low = low
        if len(low) == 1 and toks.text[_e : _e + 1] in ("'", "\u2019"):
            if low + "'" in t.head_skip:
                skipped_quote = k + 1  # "d'habitants": skip "d" and "'"
                continue
        if low in t.classifiers:
            nxt = toks.get(k + 1)
            if (
                nxt is not None and nxt[1] - _e <= 1 and nxt[0][:1].isalpha()
                and nxt[0][0].islower() and nxt[3] not in t.head_stop
                and nxt[3] not in t.classifiers  # "con cái" (offspring) is a noun
            ):
                continue  # "3 chiếc máy bay" → "máy bay"
        if low in t.head_stop or low in t.range_join or low in t.range_close:
            return None
        if t.capitalised:
            if word[0].isupper():
                return _hyphenated(toks, k, word)
            # only inflected adjectives stand between a number and its noun
            # ("2.500 technische Experten"; not "300 km nördlich von Palu")
            skipped += 1
            if skipped > 2 or not low.endswith(t.adj_suffixes or ("e",)):
                return None
            continue
        if t.adj_suffixes and skipped < 2 and low.endswith(t.adj_suffixes):
            nxt = toks.get(k + 1)
            if nxt is not None and nxt[0][:1].isalpha() and nxt[3] not in t.head_stop:
                skipped += 1
                continue
        if t.syllables > 1:
            words = [word]
            for k2 in range(k + 1, k + t.syllables):
                nxt = toks.get(k2)
                if (
                    nxt is not None and nxt[0][:1].isalpha()
                    and nxt[3].rstrip(".") not in t.head_stop and nxt[0][0].islower()
                ):
                    words.append(nxt[0].rstrip("."))
                    if nxt[0].endswith("."):
                        break  # the sentence ends
                else:
                    break
            return " ".join(words)
        return _hyphenated(toks, k, word)
    return None


def _hyphenated(toks: _Toks, k: int, word: str) -> str:
    """The head with hyphenated parts joined: "Nord-Coréens", "Nicht-Mitglieder"."""
    items = toks.items
    while True:
        end = items[k][2]
        if toks.text[end : end + 1] != "-":
            return word
        if k + 2 >= len(items) and toks.get(k + 2) is None:
            return word
        dash = items[k + 1]
        nxt = items[k + 2]
        if dash[0] != "-" or dash[1] != end or nxt[1] != dash[2] or not nxt[0][:1].isalpha():
            return word
        word = f"{word}-{nxt[0].rstrip('.')}"
        k += 2


def _plain(text: str, core: _Core, t: _Tables, fig: _Fig, toks: _Toks) -> _Fig | None:
    """The common case, quickly: nothing before the number, and the word after it
    starts no scale, percent, currency, unit or hedge. ``None`` when it does."""
    tok0 = toks.get(0)
    if tok0 is not None:
        if (
            tok0[0] in "-\u2010" or toks.mask(0, t.firsts, t.strip_suffixes)
            or tok0[3] in t.scale_between
        ):
            return None
        if tok0[1] == core.end and not core.words and tok0[0][:1].isalpha():
            if tok0[0] in t.glued:
                return None
            fig.kind = "skip"  # digits glued to unknown letters: "5G", "3D"
            return fig
    fig.num_end = core.end
    fig.head = _head(text, toks, 0, t)
    return _plain_value(core, fig)


def _plain_value(core: _Core, fig: _Fig) -> _Fig:
    """What :func:`_plain` reads off the core: value, interval, precision, flags."""
    value = core.value
    fig.low = fig.high = value
    if core.alt is not None:
        fig.alt = core.alt
    if core.multiplier == 1 and core.decimals < len(_PRECISION):
        fig.precision = _PRECISION[core.decimals]
    else:
        fig.precision = _tidy(Decimal(1).scaleb(-core.decimals) * core.multiplier)
    if core.flags:
        fig.flags = fig.flags | core.flags
    if core.words:
        fig.flags = fig.flags | _WORDS_FLAG
    if core.fraction:
        fig.flags = fig.flags | _FRACTION_FLAG
    return fig


def _unit_after(text: str, end: int) -> bool:
    """Whether a percent sign or more digits follow ``end`` (then the number after a
    rank word is no rank: "Platz 3 %", "Rang 2 3")."""
    nxt = text[end : end + 2].lstrip(" ")
    return nxt[:1] in ("%", "‰") or nxt[:1].isdigit()


def _build(text: str, core: _Core, t: _Tables, floor: int = 0) -> _Fig:
    fig = _Fig(core.start, core.end, core.start, core.value, core.collective, core.value,
               scale=core.scale)
    if (
        t.rank_before and not core.ordinal and core.collective is None and core.scale is None
        and core.decimals == 0 and core.start > 1 and text[core.start - 1] == " "
        and 0 < core.value < 1000 and not core.fraction
        and text[max(0, core.start - 24) : core.start - 1].rpartition(" ")[2].casefold()
        in t.rank_before
        and not _unit_after(text, core.end)
    ):
        core.ordinal = True  # "auf Platz 15", "Rang drei": a rank, as "15th" is
    if core.ordinal:
        fig.kind = "ordinal"
        fig.low = fig.high = core.value
        fig.precision = _PRECISION[0]
        if core.words:
            fig.flags = _WORDS_FLAG
        fig.head = _head(text, _Toks(text, core.end), 0, t)
        fig.num_end = core.end
        return fig
    may_before = _maybe_before(text, core.start, t)
    plain = not may_before and core.collective is None and core.scale is None
    if plain:
        e = core.end
        next_char = text[e : e + 1]
        if next_char in t.inert_marks or (
            next_char == " " and t.digits_inert and "0" <= text[e + 1 : e + 2] <= "9"
        ):
            # the next token is "." or "," or a number ("1 2 3", "1. 2. 3."): it says
            # nothing (t.inert_marks, t.digits_inert) to _plain, which would read it
            # and stop there: no tokenising, no counted noun
            fig.num_end = e
            return _plain_value(core, fig)
    toks = _Toks(text, core.end)
    if plain:
        quick = _plain(text, core, t, fig, toks)
        if quick is not None:
            return quick
    before = _tokens_before(text, core.start, t) if may_before else []
    # currency symbol or code before the amount: "$ 75", "£125m", "USD 15"
    currency: str | None = None
    cur_before = _lookup_back(before, t.currency, core.start, exact_only=True)
    if (
        cur_before is not None and not core.collective and cur_before[0] not in t.not_before
        and cur_before[1] >= floor  # not a symbol the figure before already took ("800 €104")
    ):
        currency = cur_before[0]
        fig.start = cur_before[1]
        before = [b for b in before if b[2] <= fig.start]
    tok0 = toks.get(0)
    i = 0
    multiplier = _ONE
    extra = Decimal(0)
    hit_scale = False
    attached = tok0 is not None and tok0[1] == core.end
    # scale word
    hit: tuple[str, int, int] | None = None
    mask0 = toks.mask(0, t.firsts, t.strip_suffixes)
    if not core.collective and core.scale is None and mask0 & 15:
        hit = _lookup(text, toks, 0, t.scale_long) if mask0 & _SCALE_LONG else None
        short = _lookup(text, toks, 0, t.scale_short) if mask0 & _SCALE_SHORT else None
        if short is not None and tok0 is not None and (hit is None or short[1] > hit[1]):
            # a one-letter CLDR abbreviation must touch the number ("10K", "3M€")
            if len(tok0[0].rstrip(".")) > 1 or attached:
                hit = short
        abbr = _lookup(text, toks, 0, t.scale_abbr) if mask0 & _SCALE_ABBR else None
        if abbr is not None and (hit is None or abbr[1] > hit[1]):
            hit = abbr
        if hit is None and currency is not None and mask0 & _SCALE_MONEY:
            hit = _lookup(text, toks, 0, t.scale_money)
        if hit is None and currency is None and attached and mask0 & _SCALE_COUNTED:
            # "5m people" (a count), not "5m long" (a length)
            counted = _lookup(text, toks, 0, t.scale_counted)
            nxt = toks.get(counted[1]) if counted is not None else None
            word = nxt[3].rstrip(".") if nxt is not None else ""
            if (
                counted is not None and nxt is not None and nxt[0][:1].isalpha()
                and nxt[0][0].islower() and word not in t.dimension_words
                and (word.endswith("s") or word in t.plurals)
            ):
                hit = counted  # a plural noun follows: "5m people", "3m homes"
        if hit is None and currency is None and mask0 & _SCALE_MONEY:
            money = _lookup(text, toks, 0, t.scale_money)
            if money is not None and attached:
                # "125m" followed by a currency name
                after = _lookup(text, toks, money[1], t.currency)
                if after is not None:
                    hit = money
        if hit is not None:
            hit_scale = True
            multiplier = Decimal(hit[0])
            fig.scale = text[tok0[1] : hit[2]] if tok0 is not None else None
    elif (
        not core.collective and core.scale is None and tok0 is not None
        and tok0[3] in t.scale_between and toks.mask(1, t.firsts, ()) & _SCALE_LONG
    ):
        # "quatre autres millions", "sechs weitere Millionen"
        hit = _lookup(text, toks, 1, t.scale_long)
        if hit is not None:
            hit_scale = True
            multiplier = Decimal(hit[0])
            fig.scale = text[toks.items[1][1] : hit[2]]
    elif core.collective is not None and core.scale is None and tok0 is not None:
        # "hundreds of millions", "des dizaines de milliards", "Hunderte Millionen": the
        # collective counts the scale word after it
        k = 1 if tok0[3] in t.collective_of else 0
        if toks.mask(k, t.firsts, ()) & _SCALE_LONG:
            hit = _lookup(text, toks, k, t.scale_long)
            if hit is not None and Decimal(hit[0]) >= 1000:
                hit_scale = True
                multiplier = Decimal(hit[0])
                fig.scale = text[toks.items[k][1] : hit[2]]
            else:
                hit = None
    if hit is not None:
        i = hit[1]
        fig.end = hit[2]
        if toks.mask(i, t.firsts, ()) & _SCALE_PART:
            # "3 millions et demi", "3 million and a half"
            part = _lookup(text, toks, i, t.scale_part)
            if part is not None:
                extra = Decimal(part[0])
                i = part[1]
                fig.end = part[2]
    fig.num_end = fig.end
    value = (core.value + extra) * multiplier if hit_scale else core.value
    # "millions de dollars", "milliards d'euros", "milioni di euro" ([scales] of)
    j = i
    ti = toks.get(i)
    if ti is not None and (fig.scale is not None or core.collective is not None) and (
        ti[3] in t.scale_of
    ):
        j = i + 1
        tj = toks.get(j)
        if tj is not None and tj[0] == "'":
            j += 1
    # "siebenhundert-Euro", "10-km-Lauf"
    ti1 = toks.get(i + 1) if ti is not None and ti[0] in "-\u2010" else None
    if j == i and ti is not None and ti1 is not None and ti[1] == fig.end and ti1[1] == ti[2]:
        j = i + 1
    # percent, currency, unit after
    matched = False
    subunit = False
    for k in ((i, j) if j != i else (i,)):
        if matched:
            continue
        mask = mask0 if k == 0 else toks.mask(k, t.firsts, t.strip_suffixes)
        if not mask & (_PERCENT | _CURRENCY | _SUBUNIT | _UNIT):
            continue
        pct = _lookup(text, toks, k, t.percent) if mask & _PERCENT else None
        if pct is not None and not core.collective:
            fig.kind = "percent"
            fig.unit = "percent" if pct[0] == "percent" else pct[0]
            fig.end = pct[2]
            i = pct[1]
            matched = True
            break
        if currency is None:
            cur = _lookup(text, toks, k, t.currency) if mask & _CURRENCY else None
            if cur is not None and t.weights and not hit_scale:
                mass = _weight(text, toks, k, cur, core, t)
                if mass is not None:
                    fig.kind = "quantity"  # "a 400-pound bull", "weighs 200 pounds"
                    fig.unit = mass
                    fig.end = cur[2]
                    i = cur[1]
                    matched = True
                    break
            if cur is not None and (
                cur[0] not in t.not_before or text[toks.items[k][1] : cur[2]] != cur[0]
            ):
                currency = cur[0]
                fig.end = cur[2]
                i = cur[1]
                matched = True
                if not hit_scale and toks.mask(i, t.firsts, ()) & _SCALE_LONG:
                    # "75 USD million"
                    late = _lookup(text, toks, i, t.scale_long)
                    if late is not None:
                        hit_scale = True
                        multiplier = Decimal(late[0])
                        value = core.value * multiplier
                        fig.scale = text[toks.items[i][1] : late[2]]
                        fig.end = late[2]
                        i = late[1]
                break
            sub = _lookup(text, toks, k, t.subunit) if mask & _SUBUNIT else None
            if sub is not None and not core.collective:
                currency = sub[0]
                fig.end = sub[2]
                i = sub[1]
                matched = True
                subunit = True
                break
        if not core.collective and currency is None:
            unit = _lookup(text, toks, k, t.unit, t.strip_suffixes) if mask & _UNIT else None
            if (
                unit is not None and unit[2] - toks.items[k][1] == 1
                and text[unit[2] : unit[2] + 1] in ("'", "\u2019")
                and text[unit[2] + 1 : unit[2] + 2].isalpha()
            ):
                unit = None  # an elided article, no unit: fr "22 l'an dernier", "5 d'entre"
            if (
                unit is not None and k == 0 and attached
                and "0" <= text[unit[2] : unit[2] + 1] <= "9"
            ):
                # digits, letters, digits in one word: a code ("24703m212"), no quantity
                fig.kind = "skip"
                return fig
            if unit is not None and t.unit_context:
                ctx = t.unit_context.get(text[toks.items[k][1] : unit[2]].casefold())
                if ctx is not None:
                    # "35 độ" is a temperature only after "nhiệt độ", "nóng"…;
                    # "động đất 7,5 độ" is a magnitude (a number)
                    window = text[max(0, core.start - 120) : core.start].casefold()
                    if not any(w in window for w in ctx):
                        unit = None
            if unit is not None:
                fig.kind = "quantity"
                fig.unit = unit[0]
                fig.end = unit[2]
                i = unit[1]
                matched = True
                per = _lookup(text, toks, i, t.per) if t.per.firsts else None
                if per is not None:
                    # "150 Kilometern pro Stunde", "40 dặm trên giờ": a compound unit
                    comp = t.compound.get((unit[0].partition("-")[2], per[0]))
                    if comp is not None:
                        fig.unit = comp
                        fig.end = per[2]
                        i = per[1]
                in_sub = t.sub_units.get(fig.unit)
                if in_sub is not None and core.decimals == 0:
                    joined = _sub_unit(text, toks, i, fig.end, in_sub, t)
                    if joined is not None:
                        # "6-foot-2", "6 feet 2 inches", "1 Meter 88": one length
                        value = core.value * in_sub[1] + joined[0]
                        fig.unit = in_sub[0]
                        fig.end = joined[1]
                        i = joined[2]
                        fig.flags = fig.flags | _SUB_UNIT_FLAG
                break
    if (
        not matched and currency is None and attached and t.glued and tok0 is not None
        and not hit_scale and tok0[0] in t.glued
    ):
        fig.kind = "quantity"  # "104.2F", "40C"
        fig.unit = t.glued[tok0[0]]
        fig.end = tok0[2]
        i = 1
        matched = True
    if not matched and currency is None and before and not core.collective:
        # percent sign before the number (tr, eu: "%16")
        pb = _lookup_back(before, t.percent, fig.start, exact_only=True)
        if pb is None and len(before) > 1 and before[-1][0].casefold() in t.percent_of:
            # "percent of 10", "pourcentage de vingt": only when no figure owns the word
            pb = _lookup_back(before[:-1], t.percent, before[-1][1])
            if pb is not None and pb[1] < floor:
                pb = None
        if pb is not None and pb[1] >= floor:
            fig.kind = "percent"
            fig.unit = pb[0]
            fig.start = pb[1]
            before = [b for b in before if b[2] <= fig.start]
    if currency is not None:
        fig.kind = "money"
        fig.unit = currency
    elif attached and not matched and fig.scale is None and not core.words and tok0 is not None:
        # digits glued to unknown letters: "5G", "3D", "10x": not a count
        if tok0[0][:1].isalpha():
            fig.kind = "skip"
    # hedge before
    qualifier: str | None = None
    hb = _lookup_back(before, t.hedge_before, fig.start)
    if hb is None and t.hedge_reach and not core.ordinal:
        # "more than the 3.5 million", "plus de la moitié", "fast auf Null"
        hb = _reach_back(before, t, fig.start)
    if (
        hb is None and t.hedge_reach_of and before and not core.ordinal
        and before[-1][0].casefold() in t.of_words and fig.start - before[-1][2] <= 2
    ):
        # "an estimated population of 299,200", "geschätztes Vermögen von 11 Millionen"
        wide = _tokens_before(text, before[-1][1], None, 40)
        if len(wide) > 1 and wide[-1][0][:1].isalpha():
            hb = _lookup_back(wide[:-1], t.hedge_before, wide[-1][1])
            if hb is not None:
                words = " ".join(b[0].casefold() for b in wide[:-1] if b[1] >= hb[1])
                if words not in t.hedge_reach_of:
                    hb = None
    if hb is not None and hb[1] < floor:
        hb = None  # a word the figure before already took
    if hb is not None and hb[1] and text[hb[1] - 1] in "<>=!" and text[hb[1]] in "<>=":
        hb = None  # "<>30", "=>30", "!=30": not a comparison sign we know
    if hb is not None and (
        t.hedge_not_after or t.hedge_distance or t.hedge_phone or t.hedge_verb_after
    ):
        false = _false_hedge(text, before, hb[1], fig, core, toks, i, t, floor)
        if false == "phone":
            fig.kind = "skip"
            return fig
        if false:
            hb = None
    if hb is not None:
        qualifier = hb[0]
        fig.start = hb[1]
    elif before and not core.collective and core.value > 0:
        neg = _lookup_back(before, t.minus, fig.start)
        if neg is not None:  # "minus 5 Grad", "moins 5 degrés"
            value = -value
            core.alt = -core.alt if core.alt is not None else None
            fig.start = neg[1]
    # hedge after ("oder mehr", "ou plus"); a bound after wins over an approximation
    # before: "about 500 or more", "environ 500 ou plus" state at least 500
    head_at = i
    if (qualifier is None or qualifier == "about") and not core.collective:
        mask_i = mask0 if i == 0 else toks.mask(i, t.firsts, ())
        ha = _lookup(text, toks, i, t.hedge_after) if mask_i & _HEDGE_AFTER else None
        if ha is not None and (qualifier is None or ha[0] != "about"):
            nxt = toks.get(ha[1])
            # not "50 percent plus one vote", "5000 or less than 6000" (a hedge of the
            # next figure), "10 et plus petit que 20" (a comparison)
            if nxt is None or not (
                nxt[0].isdigit() or (ha[0] != "about" and nxt[3] in t.after_not_before)
            ):  # "un quart environ de la commune": an approximation, not a bound
                qualifier = ha[0]
                head_at = ha[1]  # the noun after it: "50 or more people"
    if i and text[fig.end : fig.end + 1] == ".":
        # a dot after the unit, currency or scale word that the phrase does not own
        # ends the sentence ("25 millions d'euros. La préfecture", "12 %. Seit")
        fig.head = None
    else:
        fig.head = _head(text, toks, head_at, t)
    if core.collective is not None:
        c = core.collective
        fig.value, fig.low, fig.high = c.value, c.low, c.high
        fig.qualifier = "approx-noun"
        if qualifier is not None:
            # "plus d'un millier", "fast ein Dutzend": the hedge bounds the collective
            fig.qualifier = qualifier
            fig.low, fig.high = _interval(c.value, qualifier)
        if hit_scale:
            # "hundreds of millions": 200 × 10⁶ up to 999 999 999 (the collective's
            # interval, in units of the scale)
            fig.value = _tidy(fig.value * multiplier)
            fig.low = _tidy(fig.low * multiplier) if fig.low is not None else None
            fig.high = (
                _tidy((fig.high + 1) * multiplier - 1) if fig.high is not None else None
            )
        fig.precision = fig.value
        return fig
    if subunit:
        multiplier = multiplier / 100
        value = value / 100
        fig.flags = fig.flags | {"subunit"}
    value = _tidy(value) if multiplier != 1 else value
    multiplier *= core.multiplier
    fig.value = value
    fig.qualifier = qualifier
    fig.low, fig.high = _interval(value, qualifier)
    if core.alt is not None:
        fig.alt = _tidy(core.alt * multiplier) if multiplier != 1 else core.alt
    if multiplier == 1 and core.decimals < len(_PRECISION):
        fig.precision = _PRECISION[core.decimals]
    else:
        fig.precision = _tidy(Decimal(1).scaleb(-core.decimals) * multiplier)
    if core.flags:
        fig.flags = fig.flags | core.flags
    if core.words:
        fig.flags = fig.flags | _WORDS_FLAG
    if core.fraction:
        fig.flags = fig.flags | _FRACTION_FLAG
    return fig


_PHONE_SEPS: Final = frozenset(" \u00a0\u202f\u2009-/")


def _false_hedge(
    text: str, before: list[tuple[str, int, int]], hedge_start: int, fig: _Fig, core: _Core,
    toks: _Toks, i: int, t: _Tables, floor: int = 0,
) -> str:
    """Why a hedge word before a figure is a preposition here ("" when it is a hedge).

    * after a word listed in ``[hedges] not_after``: "Umfrage unter 8.000 Lehrern"
      (among), "verfügt über 12 Boote" (has); ``"#"`` there stands for a figure
      right before the hedge ("một trên bốn": one in four);
    * ``[hedges] distance`` before a length, unless a dimension word follows
      (``[units] dimension_words``) or a word of ``distance_keep`` precedes:
      "ein Lauf über 42,195 Kilometer" (over a distance of), but "über 20 Kilometer
      lang", "von über 20 Kilometern";
    * ``[hedges] phone`` before a phone-like number: at least five digits grouped
      by spaces, hyphens or slashes, not a round number, nothing counted after
      it: "unter 116 123 erreichbar" → ``"phone"`` (not a figure at all).
    """
    words = [b[0].casefold() for b in before if b[1] >= hedge_start]
    hedge = " ".join(words)
    if hedge in t.hedge_verb_after and _verb_follows(text, fig.end, t.hedge_verb_after[hedge]):
        return "preposition"  # "die über 380.000 Einwohner verfügt" (which has)
    if hedge not in t.hedge_not_after and hedge not in t.hedge_distance \
            and hedge not in t.hedge_phone:
        return ""
    prev_toks = _tokens_before(text, hedge_start, None, 32)
    prev = prev_toks[-1][0].casefold() if prev_toks else ""
    not_after = t.hedge_not_after.get(hedge, ())
    if prev in not_after or ("#" in not_after and floor > 0 and hedge_start - floor <= 2):
        return "preposition"
    if (
        hedge in t.hedge_distance and fig.kind == "quantity" and fig.unit is not None
        and fig.unit.startswith("length-") and prev not in t.hedge_distance_keep
    ):
        nxt = toks.get(i)
        if nxt is None or nxt[3].rstrip(".") not in t.dimension_words:
            return "preposition"
    if hedge in t.hedge_phone and fig.kind == "number" and fig.scale is None:
        surface = text[core.start : core.end]
        if (
            core.decimals == 0 and any(c in _PHONE_SEPS for c in surface)
            and sum(c.isdigit() for c in surface) >= 5 and core.value % 1000 != 0
            and _head(text, toks, i, t) is None
        ):
            return "phone"
    return ""


_CLAUSE_END: Final = re.compile(r"[.,;:!?()\[\]\"“”„«»]")


def _verb_follows(text: str, end: int, verbs: frozenset[str]) -> bool:
    """A verb of ``verbs`` among the next six words after ``end``, in the same clause:
    German puts the verb last ("…, die über 380.000 Einwohner verfügt")."""
    stop = _CLAUSE_END.search(text, end, end + 80)
    chunk = text[end : stop.start() if stop else end + 80]
    return any(w.casefold() in verbs for w in chunk.split()[:6])


def _sub_unit(
    text: str, toks: _Toks, i: int, end: int, sub: tuple[str, Decimal], t: _Tables
) -> tuple[Decimal, int, int] | None:
    """A count of the sub-unit right after a unit: (count, its end, token after).

    "6-foot-2", "6 feet 2 inches", "6ft 2in", "1 Meter 88": the count is below
    the number of sub-units in one unit, and either the sub-unit follows it or
    nothing that could be a noun does."""
    k = i
    tok = toks.get(k)
    hyphen = tok is not None and tok[0] in ("-", "\u2010") and tok[1] == end
    if hyphen:
        k += 1
        tok = toks.get(k)
    if tok is None or not tok[0].isdigit() or tok[1] - end > 1 or Decimal(tok[0]) >= sub[1]:
        return None
    nxt = toks.get(k + 1)
    if nxt is not None and nxt[1] - tok[2] <= 1:
        unit = _lookup(text, toks, k + 1, t.unit, t.strip_suffixes)
        if unit is not None:
            return (Decimal(tok[0]), unit[2], unit[1]) if unit[0] == sub[0] else None
        if (
            not hyphen and nxt[0][:1].isalpha() and nxt[3] not in t.head_stop
            and nxt[3] not in t.dimension_words
        ):
            if not (t.capitalised and nxt[0][0].islower()) and nxt[0] not in t.glued:
                return None  # "6 feet 2 players": a count of something else
    return Decimal(tok[0]), tok[2], k + 1


def _weight(
    text: str, toks: _Toks, k: int, cur: tuple[str, int, int], core: _Core, t: _Tables
) -> str | None:
    """The mass unit when a currency name after a number is a weight
    (``[currencies] weights``): joined by a hyphen and followed by a noun ("a
    400-pound bull", "a 550 pound hog" with the singular of ``weight_singular``;
    not "a 5-pound note", ``weight_not_before``), or after a
    word of ``weight_context`` ("weighs 200 pounds")."""
    word = text[toks.items[k][1] : cur[2]].casefold()
    unit = t.weights.get(word)
    if unit is None:
        return None
    gap = text[core.end : toks.items[k][1]]
    if gap in ("-", "\u2010") or (word in t.weight_singular and core.value > 1 and gap == " "):
        nxt = toks.get(cur[1])
        if (
            nxt is not None and nxt[0][:1].isalpha() and nxt[0][0].islower()
            and nxt[3].rstrip(".") not in t.weight_not_before
        ):
            return unit
    window = text[max(0, core.start - 40) : core.start].casefold()
    if any(w in window for w in t.weight_context):
        return unit
    return None


_BOUNDS: Final = frozenset({"about", "nearly", "over", "under", "at-least", "at-most", "up-to"})


def _carry_hedges(text: str, figs: list[_Fig]) -> None:
    """A conversion in brackets right after a hedged figure has its hedge:
    "environ 48 km (30 miles)", "rund 5 Mio. Euro (5,4 Mio. Dollar)"."""
    for a, b in pairwise(figs):
        if (
            a.qualifier in _BOUNDS and b.qualifier is None and a.kind == b.kind
            and a.kind in ("quantity", "money") and b.start - a.end <= 3
            and text[a.end : b.start].strip() == "("
        ):
            b.qualifier = a.qualifier
            b.low, b.high = _interval(b.value, a.qualifier)


#: Hedges a clock time takes: an approximation ("gegen 19 Uhr", "khoảng 19:30"), never
#: a bound ("bis 19 Uhr" is until, "after 10 pm" a time span).
_TIME_QUALIFIERS: Final = frozenset(("about", "nearly"))


def hedge_temporal(text: str, lang: str, figures: list[Figure]) -> list[Figure]:
    """Times, durations and dates a distance from the article's ("two weeks ago")
    with the hedge right before them, as numbers have it: "about 10:15", "gegen
    19.30 Uhr" (about), "more than 18 months" (over), "au moins 3 jours"
    (at-least), "khoảng hai tuần trước" (about). ``figures`` is in order of
    position; a hedge word inside the figure before is not taken. Times take only
    approximations (``[hedges] before`` with qualifier about/nearly, plus
    ``[hedges] time``); durations every hedge of ``[hedges] before`` but

    * one of ``not_before_duration`` unless a word listed for it comes right
      before ("over 24 hours" is during, "for over a decade" more than);
    * a preposition by ``not_after`` ("verfügt über");
    * a range joiner after a number ("11 bis 18-Jährige": a range, not "up to").

    >>> [(f.text, f.qualifier) for f in hedge_temporal("at about 10:15", "en",
    ...   [Figure("time", "10:15", 9, 14, "T10:15")])]
    [('about 10:15', 'about')]
    """
    if not any(_hedgeable(f) for f in figures):
        return figures
    if not latin_digits(lang) and not lexicon(lang):
        return figures
    t = _tables(lang)
    out = list(figures)
    floor = 0
    for k, fig in enumerate(figures):
        if _hedgeable(fig) and fig.start > floor:
            hedged = _temporal_hedge(text, fig, t, floor)
            if hedged is not None:
                out[k] = hedged
        floor = max(floor, fig.end)
    return out


def _reach_back(
    before: list[tuple[str, int, int]], t: _Tables, pos: int
) -> tuple[str, int] | None:
    """A hedge of ``[hedges] reach`` over one determiner of ``reach_over`` (French
    elided "l'" too): "at least the next year", "au moins l'année prochaine"."""
    if len(before) < 2:
        return None
    cut = len(before) - 1
    if before[-1][0] == "'" and before[-2][0].casefold() == "l" and before[-1][2] == pos:
        cut = len(before) - 2  # "l’année": "l" and the apostrophe
        det_ok = "l'" in t.reach_over or "la" in t.reach_over
    else:
        det_ok = before[-1][0].casefold() in t.reach_over and pos - before[-1][2] <= 2
    if not det_ok or cut < 1:
        return None
    hb = _lookup_back(before[:cut], t.hedge_before, before[cut][1])
    if hb is None:
        return None
    words = " ".join(b[0].casefold() for b in before[:cut] if b[1] >= hb[1])
    return hb if words.replace(" '", "'") in t.hedge_reach else None


def _hedgeable(fig: Figure) -> bool:
    """A time, a duration, or a date at a distance from the article's ("REF-P2W")."""
    if fig.qualifier is not None:
        return False
    if fig.kind in ("time", "duration"):
        return True
    value = fig.value
    return (
        fig.kind == "date" and isinstance(value, str) and value[:5] in ("REF-P", "REF+P")
        and value[5:6] != "0"
    )


def _temporal_may_hedge(text: str, pos: int, t: _Tables) -> bool:
    """Cheap test for :func:`_temporal_hedge`: whether the last token before ``pos`` (as
    :func:`_tokens_before` reads it) is in ``t.temporal_lasts``, read off the text after
    the last space, line break or no-break space (tokens never hold one, so the text
    from there is tokenised as the whole window is), one verdict per distinct text."""
    j = pos
    if j and text[j - 1] in _BLANKS:
        j -= 1
        if j and text[j - 1] in _BLANKS:
            j -= 1
    lo = pos - 28 if pos > 28 else 0  # the window of _tokens_before
    if j <= lo:
        return False  # nothing but blanks in the window: no token
    k = max(text.rfind(" ", lo, j), text.rfind("\n", lo, j), text.rfind("\u00a0", lo, j))
    if k == j - 1:
        # a space, line break or no-break space right before the blanks: the last token
        # ends before it, too far from ``pos``, or the window starts after it (a line
        # break); unless the gap is short enough for a hedge
        return text[k] != "\n" and pos - k <= 2
    chunk = text[k + 1 : j] if k >= 0 else text[lo:j]
    verdicts = t.temporal_verdicts
    got = verdicts.get(chunk)
    if got is None:
        if len(verdicts) > 20000:
            verdicts.clear()
        toks = _TOK_BACK.findall(chunk)
        if not toks:
            got = True  # the last token lies before: the full reading decides
        else:
            last = toks[-1].casefold().replace("\u2019", "'")
            got = last in t.temporal_lasts or last.rstrip(".") in t.temporal_lasts
        verdicts[chunk] = got
    return got


def _temporal_hedge(text: str, fig: Figure, t: _Tables, floor: int) -> Figure | None:
    if not _temporal_may_hedge(text, fig.start, t):
        return None
    before = [b for b in _tokens_before(text, fig.start, t) if b[1] >= floor]
    table = t.hedge_time if fig.kind == "time" else t.hedge_before
    hb = _lookup_back(before, table, fig.start)
    if (
        hb is not None and fig.kind == "date" and not str(fig.value).endswith("@D")
        and hb[0] not in ("at-least", "at-most")
    ):
        # before "last year" only a bound is a hedge ("frühestens nächstes Jahr"); "7%
        # less than last year's" compares (a counted distance takes any: "more than
        # two weeks ago", REF-P2W@D)
        hb = None
    if hb is None and fig.kind != "time":
        hb = _reach_back(before, t, fig.start)
    if hb is None:
        return None
    qualifier, start = hb
    hedge = " ".join(b[0].casefold() for b in before if b[1] >= start)
    prev_toks = _tokens_before(text, start, None, 32)
    prev = prev_toks[-1][0].casefold() if prev_toks else ""
    if fig.kind != "time" and hedge in t.hedge_not_duration:
        if prev not in t.hedge_not_duration[hedge]:
            return None
    closers = t.hedge_duration_closers.get(hedge) if fig.kind == "duration" else None
    if closers:
        nxt = _TOK.match(text, fig.end)
        if nxt is not None and nxt.group(1).casefold().rstrip(".,;:!?") in closers:
            return None  # "über ein Jahrzehnt hinweg": throughout, not more than
    if prev in t.hedge_not_after.get(hedge, ()) or (
        "#" in t.hedge_not_after.get(hedge, ()) and prev[-1:].isdigit()
    ):
        return None
    if hedge in t.range_join and (prev[-1:].isdigit() or is_number_word(prev, t.lang)):
        return None  # "2 bis 3 Jahre", "zwei bis drei Jahre": a range
    return Figure(
        fig.kind, text[start : fig.end], start, fig.end, fig.value, fig.low, fig.high,
        qualifier, fig.unit, fig.scale, fig.head, fig.precision, fig.value_end, fig.weekday,
        fig.flags, fig.alt_value,
    )


def _merge_ranges(text: str, figs: list[_Fig], t: _Tables) -> list[_Fig]:
    out: list[_Fig] = []
    k = 0
    while k < len(figs):
        a = figs[k]
        b = figs[k + 1] if k + 1 < len(figs) else None
        if (
            b is not None and b.core_start - a.end <= 16 and a.kind != "ordinal"
            and a.collective is None
            # no range without a joiner between the two (what _range reads first) and,
            # unless the first is money, no cents: "1 2 3", "1. 2. 3." make no call
            and (
                a.kind == "money"
                or _joined(text[a.end : b.core_start if b.qualifier else b.start], t)
            )
        ):
            merged = _range(text, a, b, t) or _money_and_cents(text, a, b, t)
            if merged is not None:
                out.append(merged)
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _joined(between: str, t: _Tables) -> bool:
    """Whether ``between`` (the text between two figures) is a range's joiner or
    closer, as :func:`_range` tests it."""
    gap = between.strip()
    if not gap or len(gap) > 12:
        return False
    joiner = gap.casefold()
    return joiner in t.range_join or joiner in t.range_close


def _money_and_cents(text: str, a: _Fig, b: _Fig, t: _Tables) -> _Fig | None:
    """"15 Dollar und 15 Cent", "zwei Euro fünfzig", "3 dollars 50": one amount."""
    if a.kind != "money" or "subunit" in a.flags or a.scale is not None:
        return None
    if b.kind == "money" and "subunit" not in b.flags:
        return None
    if b.kind not in ("number", "money") or b.qualifier is not None:
        return None
    gap = text[a.end : b.start].strip().casefold()
    if gap and gap not in t.and_words:
        return None
    cents = b.value if b.kind == "number" else b.value * 100
    if not (cents == cents.to_integral_value() and 0 < cents < 100):
        return None
    if b.kind == "number":
        nxt = text[b.end : b.end + 2].strip()
        if nxt[:1].isalnum():
            return None
    value = a.value + cents / 100
    return _Fig(a.start, b.end, a.core_start, a.core_value, a.collective, value, kind="money",
                low=value, high=value, unit=a.unit, head=b.head, precision=Decimal("0.01"),
                flags=(a.flags | b.flags) - {"subunit"}, num_end=b.num_end)


def _range(text: str, a: _Fig, b: _Fig, t: _Tables) -> _Fig | None:
    if b.kind == "ordinal" or b.collective is not None or b.kind == "skip":
        return None
    gap = text[a.end : b.core_start if b.qualifier else b.start].strip()
    if not gap or len(gap) > 12:
        return None
    joiner = gap.casefold()
    if joiner not in t.range_join and joiner not in t.range_close:
        return None
    before = _tokens_before(text, a.start, None, 24)
    opener = None
    if before and a.start - before[-1][2] <= 2 and a.qualifier is None:
        word = before[-1][0].casefold()
        if word in t.range_open:
            opener = (word, before[-1][1])
    if opener is not None and (t.range_open[opener[0]] == joiner or joiner in t.range_join):
        start = opener[1]  # "từ 3 đến 5", also "từ 3 tới 5" (another joiner)
    elif joiner in t.range_join:
        start = a.start
    else:
        return None
    if a.kind not in ("number", b.kind) or (a.unit and b.unit and a.unit != b.unit):
        return None
    low, high = a.value, b.value
    scale = a.scale
    if a.scale is None and b.scale is not None and b.value != b.core_value:
        mult = b.value / b.core_value if b.core_value else Decimal(1)
        if a.value * mult <= high:
            low = _tidy(a.value * mult)
            scale = b.scale
    if not low < high:
        return None
    fig = _Fig(start, b.end, a.core_start, a.core_value, a.collective, low, kind=b.kind,
               qualifier="between", low=low, high=high, unit=b.unit or a.unit,
               scale=scale or b.scale, head=b.head or a.head, precision=b.precision,
               flags=a.flags | b.flags | {"range"}, num_end=b.num_end)
    return fig


def extract_numbers(text: str, lang: str, *, claimed: Spans) -> list[Figure]:
    """Numbers, percentages, money, quantities and ordinals in ``text``.

    Spans in ``claimed`` (invariant tokens, dates) are never reported.

    >>> [(f.kind, str(f.value), f.qualifier, f.head)
    ...  for f in extract_numbers("über 5.000 Mitarbeitern", "de", claimed=Spans())]
    [('number', '5000', 'over', 'Mitarbeitern')]
    >>> [(f.kind, str(f.value), f.unit, f.scale)
    ...  for f in extract_numbers("125 millions de livres sterling", "fr", claimed=Spans())]
    [('money', '125000000', 'GBP', 'millions')]
    >>> [(f.kind, str(f.value), f.unit) for f in extract_numbers("£125m", "en", claimed=Spans())]
    [('money', '125000000', 'GBP')]
    >>> [(f.kind, str(f.value), f.qualifier, f.head)
    ...  for f in extract_numbers("khoảng 40 văn phòng", "vi", claimed=Spans())]
    [('number', '40', 'about', 'văn phòng')]
    """
    return numbers_at_runs(text, lang, claimed, None, None)


def numbers_at_runs(
    text: str,
    lang: str,
    claimed: Spans,
    runs: DigitRuns | None,
    low: str | None,
    words: list[WordNumber] | None = None,
) -> list[Figure]:
    """:func:`extract_numbers`, with the digit runs of ``text`` already found (by
    :func:`factcheck._tokens.tokens_and_runs`), its lower-case copy ``low``
    (:func:`factcheck._numwords.lower_text`) if made, and its number words
    (:func:`factcheck._numwords.number_words_in`) if scanned."""
    if not latin_digits(lang) and not lexicon(lang):
        return []
    with localcontext(_CTX):
        return _extract(text, lang, claimed, runs, low, words)


_CORE_START: Final = attrgetter("start")
_CORE_END: Final = attrgetter("end")


def _not_collective(c: _Core) -> bool:
    return c.collective is None


def _extract(
    text: str,
    lang: str,
    claimed: Spans,
    runs: DigitRuns | None,
    low: str | None,
    scanned: list[WordNumber] | None = None,
) -> list[Figure]:
    t = _tables(lang)
    cores = _digit_cores(text, t, claimed, runs)
    words = _word_cores(text, lang, t, claimed, low, scanned)
    colls = _collective_cores(text, t, claimed)
    if words:
        # an ordinal read from digits ("21st", "1.", "2e") starts where the digits do
        ordinal_starts = {w.start for w in words if w.ordinal}
        if ordinal_starts:
            cores = [c for c in cores if c.start not in ordinal_starts]
    # in order of (start, -end, collectives first): three stable sorts on one key each
    # (no key tuple per core)
    allc = [*cores, *words, *colls]
    if colls:
        allc.sort(key=_not_collective)
    allc.sort(key=_CORE_END, reverse=True)
    allc.sort(key=_CORE_START)
    del cores, words, colls
    figs: list[_Fig] = []
    end = -1
    # the cores are read from the end of a reversed list, so that each is let go once read
    allc.reverse()
    next_core = allc.pop
    while allc:
        core = next_core()
        if core.start < end:
            continue
        fig = _build(text, core, t, end)
        end = max(core.end, fig.num_end,
                  fig.end if fig.kind in ("money", "percent") or "sub-unit" in fig.flags
                  else core.end)
        if fig.kind == "skip":
            continue
        figs.append(fig)
    figs = _merge_ranges(text, figs, t)
    _carry_hedges(text, figs)
    # each working figure is let go as its Figure is made: on dense text (500,000
    # figures) the garbage collector then walks one object per figure, not two
    out: list[Figure] = []
    append = out.append
    figs.reverse()
    pop = figs.pop
    while figs:
        f = pop()
        append(Figure(
            f.kind, text[f.start : f.end], f.start, f.end, f.value, f.low, f.high,
            f.qualifier, f.unit, f.scale, f.head, f.precision, None, None,
            f.flags, f.alt,
        ))
    return out
