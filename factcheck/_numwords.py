"""Number words: spelled-out cardinals, fractions and ordinals (word and digit forms).

One generic algorithm; the languages supply tables (``[numbers]``, ``[ordinals]``,
``[fractions]`` in ``rules/lang/<lang>.toml``). A scan is one compiled regex per
language that finds *runs* of number words (joined by spaces, hyphens and
connectors such as "and"/"et"/"und"), then a small left-to-right parser turns each
run into one or more numbers. German writes numbers below a million as one word;
its words are split into morphemes by a pattern built from the same table.

Articles ("ein", "un", "a", "một") are not numbers unless the article rule of
``docs/number-words.md`` says they state a quantity ("eine Million", "ein oder
zwei", "nur ein", "un seul").

>>> [(n.text, n.value) for n in scan_number_words("Zwei Millionen dreihunderttausend", "de")]
[('Zwei Millionen dreihunderttausend', Decimal('2300000'))]
>>> [(n.text, n.value, n.ordinal) for n in scan_number_words("le vingt et unième siècle", "fr")]
[('vingt et unième', Decimal('21'), True)]
>>> parse_number_words("two hundred and fifty", "en")
Decimal('250')
>>> parse_number_words("một trăm linh năm", "vi")
Decimal('105')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from operator import attrgetter
from typing import Any, Final, NamedTuple

from ._diskcache import persistent
from ._lexicon import lexicon
from ._pickling import by_constructor
from ._regexutil import alternation, by_first
from ._regexutil import compile as _compile

__all__ = [
    "KeywordScan", "WordNumber", "is_number_word", "keyword_scan", "lower_text",
    "number_words_and_keywords",
    "number_words_in", "parse_number_words",
    "restricted_words", "scan_number_words",
]


@dataclass(slots=True, init=False)
class WordNumber:
    """One spelled-out number, fraction or ordinal; ``text == source[start:end]``.

    A working record of the scan (not frozen: the compiled ``__init__`` below stores
    the fields directly, about 15 times faster than the one ``dataclass`` writes for a
    frozen class, which goes through ``object.__setattr__``)."""

    start: int
    end: int
    text: str
    value: Decimal
    ordinal: bool
    fraction: bool

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        value: Decimal,
        ordinal: bool = False,
        fraction: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.ordinal = ordinal
        self.fraction = fraction

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


# Token kinds.
NUM: Final = "num"  # units, teens, tens (add up)
ART: Final = "art"  # an article that is not also a unit word ("a", "an")
HUNDRED: Final = "hundred"  # multiplies what precedes (hundert, cent, hundred, trăm)
SCALE: Final = "scale"  # closes a group (tausend, million, nghìn)
MULT: Final = "mult"  # dozen
CONN: Final = "conn"  # und, and, et
FRAC: Final = "frac"  # denominator words: Hälfte, tiers, quarter, nửa
HALF: Final = "half"  # adds one half: einhalb, rưỡi
FIXED: Final = "fixed"  # anderthalb
TENMUL: Final = "tenmul"  # vi mươi/chục: unit × 10
ZERO: Final = "zero"  # vi linh/lẻ: empty tens place
ORD: Final = "ord"  # ordinal words
ORDPRE: Final = "ordpre"  # vi thứ
PER: Final = "per"  # vi phần (numerator phần denominator)
PAIR: Final = "pair"  # beide, both
POINT: Final = "point"  # spelled decimal point: Komma, virgule, point, phẩy
NEG: Final = "neg"  # minus, negative
TIMES: Final = "times"  # German "-mal" after a number: "dreimal"

_D0: Final = Decimal(0)
_D1: Final = Decimal(1)
_HALF: Final = Decimal("0.5")
_LETTER: Final = r"[^\W\d_]"
#: White space as ``re`` reads ``\\s`` in a str pattern (what ``str.isspace`` accepts),
#: spelled out: the engine tests a class without a category faster, and the scan
#: tests every character of the text against _PRE.
_SPACES: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029"
    "\u202f\u205f\u3000"
)
#: What may come right before a number word.
_PRE: Final = (
    "[" + _SPACES + "\\-(\\[{\"'\u2019\u2018\u201a\u201e\u201c\u201d\u00ab\u00bb"
    "\u2039\u203a/.,;:!?\u00bf\u00a1*\u2026\u2013\u2014]"
)
_SP: Final = r"[ \t\u00a0\u202f]"


class Entry(NamedTuple):
    kind: str
    value: Decimal
    article: bool = False  # an article (the article rule applies when alone)
    unit: bool = True  # for articles: also the unit word 1 ("ein", "un", "một")
    plural: bool = False
    base: str = ""  # for ordinals and denominators: class of the cardinal (num/hundred/scale)


class Tok(NamedTuple):
    start: int
    end: int
    word: str  # lower case
    e: Entry


class _Parsed(NamedTuple):
    end: int  # index after the last token consumed
    value: Decimal
    ordinal: bool
    fraction: bool


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` as a trie, longest match first (``""`` if none)."""
    return alternation(words, empty="", group=False)


def _trie_branches(words: list[str]) -> dict[str, str]:
    """``words`` grouped by first character: char → regex for the rest of the word."""
    return by_first(words)


def _first(ch: str) -> str:
    return " " if ch == " " else re.escape(ch)


def _dec(v: Any) -> Decimal:
    return Decimal(str(v))


class _Lang:
    """The compiled tables of one language."""

    def __init__(self, lang: str = "") -> None:
        if not lang:
            return  # unpickled from the table cache: the state follows (mypyc's
            # compiled class calls __init__ with no arguments, then sets the state)
        lex = lexicon(lang)
        self.lang = lang
        num: dict[str, Any] = lex.get("numbers", {})
        ords: dict[str, Any] = lex.get("ordinals", {})
        fracs: dict[str, Any] = lex.get("fractions", {})
        self.compound = bool(num.get("compound", False))
        self.vigesimal = bool(num.get("vigesimal", False))
        #: a hundred word multiplies a group below this ("neunzehnhundert"; French
        #: "cent" only after units and teens: "cinquante cents" is not 5000)
        self.hundred_max = Decimal(num.get("hundred_max_multiplier", 99)) + 1
        ent: dict[str, Entry] = {}
        articles = {a.lower() for a in num.get("articles", [])}
        plural_scales = {w.lower() for w in num.get("plural_scales", [])}
        classes: dict[str, str] = {}
        for cls, kind in (
            ("units", NUM),
            ("teens", NUM),
            ("tens", NUM),
            ("hundreds", HUNDRED),
            ("scales", SCALE),
        ):
            for w, v in num.get(cls, {}).items():
                w = w.lower()
                if not w:
                    continue
                ent[w] = Entry(kind, _dec(v), w in articles, True, w in plural_scales)
                classes[w] = cls
        for a in articles:
            if a not in ent:
                ent[a] = Entry(ART, _D1, True, False)
        for w, v in num.get("multipliers", {}).items():
            ent[w.lower()] = Entry(MULT, _dec(v))
        for w, v in num.get("pairs", {}).items():
            ent[w.lower()] = Entry(PAIR, _dec(v))
        for w in num.get("connectors", []):
            ent[w.lower()] = Entry(CONN, _D0)
        for w in num.get("tens_multipliers", []):
            ent[w.lower()] = Entry(TENMUL, Decimal(10))
        for w in num.get("zero_fillers", []):
            ent[w.lower()] = Entry(ZERO, _D0)
        for w in num.get("decimal_words", []):
            ent[w.lower()] = Entry(POINT, _D0)
        for w in num.get("negative", []):
            ent[w.lower()] = Entry(NEG, _D0)
        for w in num.get("times_suffixes", []):
            ent[w.lower()] = Entry(TIMES, _D0)
        # "dreijährige", "zweitägigen", "fünfköpfige": a number inside an adjective
        for stem in num.get("adjective_suffixes", []):
            for end in num.get("adjective_endings", [""]):
                ent.setdefault((stem + end).lower(), Entry(TIMES, _D0))
        # Ordinals.
        endings = [e.lower() for e in ords.get("endings", [""])]
        self.not_denominator = {w.lower() for w in ords.get("not_denominator", [])}
        #: after these words an article and an ordinal are a fraction whatever follows:
        #: "cut by a third within five years" (``[fractions] article_after``)
        self.fraction_by = [[w.lower()] for w in fracs.get("article_after", [])]
        self.ord_denominators = bool(ords.get("denominators", True))
        stems: dict[str, tuple[Decimal, str]] = {}
        for w, v in ords.get("stems", {}).items():
            stems[w.lower()] = (_dec(v), "num")
        derive: dict[str, list[list[str]]] = ords.get("derive", {})
        derive_all: list[list[str]] = ords.get("derive_all", [])
        for w, cls in classes.items():
            e = ent[w]
            if e.plural or (e.article and not e.unit):
                continue
            base = {"hundreds": "hundred", "scales": "scale"}.get(cls, "num")
            rules = derive.get(cls, derive_all)
            for strip, add in rules:
                if w.endswith(strip):
                    stem = (w[: len(w) - len(strip)] if strip else w) + add
                    stems.setdefault(stem, (e.value, base))
                    break
        variants: list[list[str]] = ords.get("variants", [])
        for stem, (v, base) in list(stems.items()):
            for a, b in variants:
                if a in stem:
                    stems.setdefault(stem.replace(a, b), (v, base))
        for stem, (v, base) in stems.items():
            for end in endings:
                if end and stem in self.not_denominator:
                    continue
                form = stem + end
                if form not in ent or ent[form].kind not in (NUM, HUNDRED, SCALE):
                    ent[form] = Entry(ORD, v, plural=end in ("s",), base=base)
        for w in ords.get("prefixes", []):
            ent[w.lower()] = Entry(ORDPRE, _D0)
        # Fractions.
        for w, v in fracs.get("words", {}).items():
            ent[w.lower()] = Entry(FRAC, _dec(v))
        suffix = fracs.get("ordinal_suffix")
        if suffix:
            # inflected forms too ("drei Vierteln": dative plural, ``suffix_endings``)
            for ending in ["", *fracs.get("suffix_endings", [])]:
                for stem, (v, base) in stems.items():
                    if v > 2:
                        ent.setdefault(stem + suffix + ending, Entry(FRAC, v, base=base))
        for w in fracs.get("add_half", []):
            ent[w.lower()] = Entry(HALF, _HALF)
        for w, v in fracs.get("fixed", {}).items():
            ent[w.lower()] = Entry(FIXED, _dec(v))
        for w in fracs.get("per", []):
            ent[w.lower()] = Entry(PER, _D0)
        self.entries = ent
        self.bare_fracs = {w.lower() for w in fracs.get("bare", [])}
        self.bare_only_after = {
            k.lower(): {x.lower() for x in v} for k, v in fracs.get("bare_only_after", {}).items()
        }
        self.half_after_conn = {w.lower() for w in fracs.get("half_after_connector", [])}
        self.bare_scales = {w.lower() for w in num.get("bare_scales", [])}
        self.count_before = {w.lower() for w in num.get("article_count_before", [])}
        self.count_after = [w.lower() for w in num.get("article_count_after", [])]
        self.count_not_after = {w.lower() for w in num.get("article_count_not_after", [])}
        self.pronouns = {w.lower() for w in num.get("pronouns", [])}
        self.pronoun_determiners = {w.lower() for w in num.get("pronoun_determiners", [])}
        self.contrast = {w.lower() for w in num.get("article_contrast", [])}
        self.restricted = {w.lower() for w in num.get("restricted", [])}
        self.restricted_ok = {w.lower() for w in num.get("restricted_ok_before", [])}
        # a restricted word also counts before any other noun (Vietnamese numbers stand
        # before what they count: "năm cửa hàng" = five shops), not before the words
        # that make it its other meaning ("năm nay" = this year), a function word of
        # [heads] stop, a name or a digit, nor after restricted_not_after ("hàng năm")
        self.restricted_nouns = bool(num.get("restricted_before_nouns", False))
        self.restricted_not_before = {
            w.lower() for w in num.get("restricted_not_before", [])
        } | {w.lower() for w in lex.get("heads", {}).get("stop", [])}
        self.restricted_not_after = {w.lower() for w in num.get("restricted_not_after", [])}
        # not_after words of an ordinal that keep it when a noun follows: "a second"
        # is a time unit ("wait a second", "a second later"), "a second term" a rank
        self.noun_keeps = {
            k.lower(): {x.lower() for x in v}
            for k, v in ords.get("not_after_unless_noun", {}).items()
        }
        # not_after words of a number that keep it before these words: "the one
        # percent" (the richest 1 %) is a number, "the one" a pronoun
        self.keeps_before = {
            k.lower(): {x.lower() for x in v}
            for k, v in num.get("not_after_unless_before", {}).items()
        }
        self.not_noun = {w.lower() for w in ords.get("not_noun", [])} | {
            w.lower() for w in lex.get("heads", {}).get("stop", [])
        }
        self.only_after = {
            k.lower(): {x.lower() for x in v} for k, v in num.get("only_after", {}).items()
        }
        #: pair words that count only after one of these words (vi "gấp đôi" = twice;
        #: "đôi khi" = sometimes)
        self.pairs_after = {
            k.lower(): {x.lower() for x in v} for k, v in num.get("pairs_after", {}).items()
        }
        #: ... but not when one of these words stands in the two words before that one
        #: (vi "tăng gấp đôi", "tăng lên gấp đôi" = doubled, a verb)
        self.pairs_not_after = {
            k.lower(): {x.lower() for x in v}
            for k, v in num.get("pairs_not_after", {}).items()
        }
        self.proper_caps = bool(num.get("proper_noun_caps", False))
        self.name_caps = bool(num.get("name_caps", False))
        self.not_after: dict[str, set[str]] = {}
        self.not_before: dict[str, set[str]] = {}
        for table in (num, ords, fracs):
            for k, v in table.get("not_after", {}).items():
                self.not_after.setdefault(k.lower(), set()).update(x.lower() for x in v)
            for k, v in table.get("not_before", {}).items():
                self.not_before.setdefault(k.lower(), set()).update(x.lower() for x in v)
        # Patterns.
        words = sorted(ent)
        start_words = [
            w
            for w in words
            if not ent[w].article
            and ent[w].kind not in (CONN, ZERO, HALF, POINT, TIMES)
            and not (w in self.only_after and w not in self.restricted)
        ]
        art_words = sorted(articles)
        conns = [w for w in words if ent[w].kind == CONN]
        sep = (
            rf"(?:{_SP}*[-\u2010\u2011]{_SP}*|{_SP}+(?:(?:{_trie(conns)}){_SP}+)?)"
            if conns
            else rf"(?:{_SP}*[-\u2010\u2011]{_SP}*|{_SP}+)"
        )
        if self.compound:
            morphs = [w for w in words if not (ent[w].article and w not in ("ein", "eins"))]
            # German: a word is a sequence of morphemes (atomic: no backtracking).
            morph = _trie(morphs)
            self.morph_re = _compile(morph)
            any_word = rf"(?>(?:{morph})++)"
            # an article is a word of its own: a run starts with an article only
            # through the optional article prefix below
            not_start = _trie(
                art_words + [w for w in words if ent[w].kind in (CONN, ZERO, HALF, POINT, TIMES)]
            )
            start_word = rf"(?:(?!(?:{not_start})(?!{_LETTER})){any_word})"
        else:
            self.morph_re = _compile(_trie(words))
            any_word = f"(?:{_trie(words)})"
            start_word = f"(?:{_trie(start_words)})"
        # ONE pattern per language for everything: runs of number words, digit
        # ordinals and the article rule. Every alternative starts right after a
        # non-letter that the pattern consumes (_PRE) and with one literal character
        # outside its group, so that the regex engine skips a failing alternative
        # in C (docs/number-words.md, "Speed"); the text is scanned with one space
        # in front. Group names: R_<c> runs that start with an article (C_<c>/A_<c>
        # mark an article counted by contrast/after), W_<c> runs that start with a
        # number word, D digit ordinals, B_<c> words before a counted article,
        # G "zu dritt", S_<c> "zweitgrößte".
        tail = rf"(?:{sep}{any_word}(?!{_LETTER}))*"
        self.ord_suffixes = [w.lower() for w in ords.get("digit_suffixes", [])]
        self.roman = bool(ords.get("roman", False))
        self.ord_prefixes = [w.lower() for w in ords.get("prefixes", [])]
        self.sentence_starters = {w.lower() for w in ords.get("sentence_starters", [])}
        self.digit_context = {w.lower() for w in ords.get("digit_context_before", [])}
        self.german_digits = bool(self.sentence_starters) and not self.ord_suffixes
        alts: list[str] = []
        if self.ord_suffixes:
            suf = _trie(self.ord_suffixes)
            # Linear time (H7 F1): the lookbehind refuses what _digit_ordinal rejects
            # anyway (a run after ".,-/": inside a number, code or date), so the scan
            # does not retry at every comma of "1,1,1,…"; and the run is possessive
            # when no suffix could start inside it. The lookbehind follows the first
            # character, so that the engine skips this alternative with one
            # character test wherever no digit follows.
            suf_firsts = {w[0] for w in self.ord_suffixes if w}
            poss = "" if any(c.isdigit() or c == "," for c in suf_firsts) else "+"
            alts.append(rf"\d(?<![.,\-/_]\d)(?P<D>[\d,]*{poss}(?:{suf}))(?!{_LETTER}|\d)")
            if self.roman:
                rposs = "" if suf_firsts & set("ivx") else "+"
                alts.append(
                    rf"[ivx](?<![.,\-/_][ivx])(?P<DR>[ivx]*{rposs}(?:{suf}))(?!{_LETTER}|\d)"
                )
        elif self.ord_prefixes:
            for ch, rest in _trie_branches(self.ord_prefixes).items():
                alts.append(
                    rf"{_first(ch)}(?P<D>{rest}{_SP}+\d{{1,4}})(?!\d)(?![.,:]\d)(?!{_LETTER})"
                )
        elif self.german_digits:
            alts.append(r"\d(?P<D>\d{0,3}\.)(?![\d\w])")
        # The article rule (docs/number-words.md): lookaheads keep the words after
        # the article unconsumed.
        not_before = [w.lower() for w in num.get("article_not_before", [])]
        nb = rf"(?!{_SP}+(?:{_trie(not_before)})(?!{_LETTER}))" if not_before else ""
        if self.compound:
            # German: a word is a sequence of morphemes (atomic: no backtracking);
            # a run does not start with a lone article or connector.
            excluded = [
                w
                for w in morphs
                if ent[w].article
                or ent[w].kind in (CONN, ZERO, HALF, POINT)
                or w in num.get("times_suffixes", [])
            ]
            not_alone = "".join(rf"(?<!\W{re.escape(w)})" for w in sorted(excluded))
        # (the empty groups C_<n>, A_<n>, U_<n> mark which lookahead let a lone
        # article through; <n> numbers the run alternatives, see below)
        contrast = (
            rf"(?P<C_{{n}}>)(?={_SP}+(?:{_trie(sorted(self.contrast))}){_SP}+"
            rf"(?:\d|{start_word}(?!{_LETTER})))"
            if self.contrast
            else ""
        )
        after = (
            rf"(?P<A_{{n}}>)(?={_SP}+(?:{_trie(self.count_after)})(?!{_LETTER}))"
            if self.count_after
            else ""
        )
        # "ein Prozent", "un euro", "một đô la": an article before a unit, currency
        # or percent word (CLDR names, from the numbers stage's tables).
        self.unit_names: frozenset[str] = frozenset()
        unit_firsts: set[str] = set()
        if num.get("article_before_unit", False):
            self.unit_names, unit_firsts = _unit_tables(lang)
            # a fraction word is read as one ("un quart des votes" is 1/4, not one
            # US quart): it keeps no lone article before it
            frac_words = {str(w).lower() for w in fracs.get("words", {})}
            unit_firsts = unit_firsts - frac_words
        unit = (
            rf"(?P<U_{{n}}>)(?={_SP}+(?:{_trie(sorted(unit_firsts))})(?!{_LETTER}))"
            if unit_firsts
            else ""
        )
        # Runs: the last alternatives. Each must start with a literal character or
        # a branch of them (the tries branch on their first character), so that the
        # engine skips it with a few character tests wherever no number word starts:
        # per first character of an article, the article and what may follow it;
        # then the runs that start with a number word. Each ends in an empty group
        # R_<n> (R_w) that names it; the run is the whole match but its first
        # character (the _PRE). "c(?:A)" finds what the article alternative finds on
        # a text starting with c, A being the branch for c of its trie.
        #: run group → the groups of the lookaheads that keep a lone article
        #: (contrast, after, unit)
        self.run_marks: dict[str, tuple[str | None, str | None, str | None]] = {}
        run_alts: list[str] = []
        for n_, (ch, rest) in enumerate(_trie_branches(art_words).items()):
            opts = [o.format(n=n_) for o in (contrast, after, unit) if o]
            opts.append(rf"{sep}{start_word}(?!{_LETTER}){tail}")
            run_alts.append(
                rf"{_first(ch)}(?:{rest})(?!{_LETTER})(?:{'|'.join(opts)})(?P<R_{n_}>)"
            )
            self.run_marks[f"R_{n_}"] = (
                f"C_{n_}" if contrast else None,
                f"A_{n_}" if after else None,
                f"U_{n_}" if unit else None,
            )
        # The runs that start with a number word: one alternative per first character
        # (a literal, so that the engine rejects it without entering it), ending
        # after the first word in an empty group W_<n>; rest_re (the tail, which
        # always matches), matched from there, reads the rest of the run, and the
        # scan goes on after it.
        if self.compound:
            # one alternative per first character, as below: the first morpheme from
            # its branch of the trie, the others from the whole trie (the same
            # atomic reading as ``(?>(?:morph)++)``), so that the engine skips the
            # alternative with one character test where no morpheme starts
            for n_, (ch, rest) in enumerate(_trie_branches(morphs).items()):
                run_alts.append(
                    rf"{_first(ch)}(?>(?:{rest}))(?:{morph})*+(?!{_LETTER}){not_alone}"
                    rf"(?P<W_w{n_}>)"
                )
        else:
            for n_, (ch, rest) in enumerate(_trie_branches(start_words).items()):
                run_alts.append(rf"{_first(ch)}(?:{rest})(?!{_LETTER})(?P<W_{n_}>)")
        self.rest_re = _compile(tail)
        if art_words and self.count_before:
            for n_, (ch, rest) in enumerate(_trie_branches(sorted(self.count_before)).items()):
                alts.append(
                    rf"{_first(ch)}(?:{rest})(?P<B_{n_}>)"
                    rf"(?=(?:{_SP}+|['\u2019])(?:{_trie(art_words)})(?!{_LETTER}){nb})"
                )
        # "zu dritt" (three of them): a count written with an ordinal stem
        self.group_stems = {st: v for st, (v, base) in stems.items() if base == "num" and v >= 2}
        group_prefixes = [w.lower() for w in ords.get("group_prefixes", [])]
        if group_prefixes and self.group_stems:
            for ch, rest in _trie_branches(group_prefixes).items():
                alts.append(
                    rf"{_first(ch)}(?:{rest}){_SP}+(?P<G>{_trie(sorted(self.group_stems))})"
                    rf"(?!{_LETTER})"
                )
        # "zweitgrößte", "drittstärkste": an ordinal prefixed to a superlative
        self.sup_stems = {
            w.lower(): stems[w.lower()][0]
            for w in ords.get("superlative_prefixes", [])
            if w.lower() in stems
        }
        for n_, (ch, rest) in enumerate(_trie_branches(sorted(self.sup_stems)).items()):
            alts.append(
                rf"{_first(ch)}(?:{rest}{_LETTER}{{2,}}?[sß]te[nrms]?)(?P<S_{n_}>)(?!{_LETTER})"
            )
        alts += run_alts
        #: the scan's alternatives, in order (:func:`keyword_scan` adds the dates
        #: stage's keywords to them)
        self.scan_alts = alts
        self.scan_re = _compile(_PRE + "(?:" + "|".join(_by_first_token(alts)) + ")")
        self.word_re = _compile(rf"(?<!{_LETTER})(?:{any_word})(?!{_LETTER})")
        self.articles = frozenset(art_words)
        self.cache: dict[str, list[_Hit] | None] = {}
        self.cache2: dict[tuple[str, str], list[_Hit]] = {}

    # ---- tokens -------------------------------------------------------------

    def tokens(self, low: str, start: int, end: int) -> list[Tok]:
        out: list[Tok] = []
        if self.compound:
            for m in _LETTERS.finditer(low[start:end]):
                w = m.group()
                s = start + m.start()
                if w in self.entries:
                    out.append(Tok(s, s + len(w), w, self.entries[w]))
                    continue
                pos = 0
                for mm in self.morph_re.finditer(w):
                    if mm.start() != pos:
                        break
                    pos = mm.end()
                    out.append(
                        Tok(s + mm.start(), s + mm.end(), mm.group(), self.entries[mm.group()])
                    )
        else:
            for m in self.word_re.finditer(low, start, end):
                w = m.group()
                out.append(Tok(m.start(), m.end(), w, self.entries[w]))
        return out


def _first_token(alt: str) -> str:
    """The literal character (escaped) or class an alternative of the scan pattern
    starts with; ``""`` for one that starts with a group."""
    if alt.startswith(("\\d", "[ivx]")):
        return alt[: 2 if alt[1] == "d" else 5]
    if alt.startswith("("):
        return ""
    return alt[:2] if alt[0] == "\\" else alt[:1]


def _by_first_token(alts: list[str]) -> list[str]:
    """``alts`` with the alternatives that start with the same character joined into
    one, ``c(?:rest1|rest2)``, where the first of them stood: the engine compares
    the next character with each top-level alternative in turn, at every word.
    Alternatives with different first characters never match at the same place, so
    only the order within a group matters (kept). One that starts with a class or
    a group stays where it is, and no later alternative joins a group before it.

    >>> _by_first_token(["a(?P<x>b)", "vw", "ac", "[ivx]y", "a1", "vz", "(?:q)"])
    ['a(?:(?P<x>b)|c)', 'vw', '[ivx]y', 'a1', 'vz', '(?:q)']
    """
    groups: dict[str, list[str]] = {}  # first character → rests, since the last barrier
    order: list[tuple[str, list[str]]] = []  # (first character or "", rests or [alt])
    for alt in alts:
        tok = _first_token(alt)
        if not tok or tok[0] == "[" or tok == "\\d":
            order.append(("", [alt]))
            groups = {}
        elif tok in groups:
            groups[tok].append(alt[len(tok) :])
        else:
            groups[tok] = [alt[len(tok) :]]
            order.append((tok, groups[tok]))
    return [
        tok + rests[0] if len(rests) == 1 else tok + "(?:" + "|".join(rests) + ")"
        for tok, rests in order
    ]


@cache
def _lang(lang: str) -> _Lang | None:
    """The compiled tables of ``lang``'s base language; ``None`` without number words.

    >>> _lang("es") is None, _lang("de-CH") is _lang("de")
    (True, True)
    """
    base = lang.replace("-", "_").split("_")[0].lower()
    if base != lang:
        return _lang(base)
    return _built(base)


@cache
def is_number_word(word: str, lang: str) -> bool:
    """Whether ``word`` is, or ends in, a number word (cached: it gates the scanner).

    >>> is_number_word("zwei", "de"), is_number_word("einundzwanzig", "de")
    (True, True)
    >>> is_number_word("mehr", "de"), is_number_word("trois", "fr"), is_number_word("3", "en")
    (False, True, False)
    """
    try:
        return any(wn.end == len(word) for wn in scan_number_words(word, lang))
    except Exception:  # a lexicon bug must not break the stages that ask
        return False


@cache
def restricted_words(lang: str) -> frozenset[str]:
    """The words that are a number only by what follows them (``[numbers]
    restricted``: vi "năm" is five before a noun, the year otherwise).

    >>> sorted(restricted_words("vi")), sorted(restricted_words("de"))
    (['năm'], [])
    """
    L = _lang(lang)
    return frozenset(L.restricted) if L is not None else frozenset()


@persistent("numwords")
def _built(base: str) -> _Lang | None:
    """``_Lang(base)``, also cached on disk (:mod:`factcheck._diskcache`)."""
    if not lexicon(base).get("numbers", {}).get("units"):
        return None
    return _Lang(base)


# ---- the parser ---------------------------------------------------------------


def _mag(v: Decimal) -> int:
    return 10 if v < 10 else 100 if v < 100 else 1000


def _can_add(group: Decimal, v: Decimal, vig: bool) -> bool:
    if group % _mag(v) == 0:
        return True
    # French vigesimal: soixante-dix, quatre-vingt-onze
    return vig and group % 100 in (60, 80) and 10 <= v < 20


_FRAC_FOLLOW: Final = {"of", "de", "d", "du", "des", "der", "von", "của"}


#: Results of :func:`_parse` on one token list, by (start token, no_scale).
_Memo = dict[tuple[int, bool], "_Parsed | None"]
#: Runs longer than this (in tokens) are parsed with a memo filled from the end, so
#: that the look-ahead parse after each connector ("one and one and …") neither
#: recurses once per connector nor repeats itself: linear time, bounded depth.
_MEMO_TOKENS: Final = 32


def _parse(
    L: _Lang, toks: list[Tok], i: int, low: str, *, no_scale: bool = False,
    memo: _Memo | None = None,
) -> _Parsed | None:
    """The number that starts at token ``i`` (``None``: none does)."""
    if memo is None:
        return _parse_at(L, toks, i, low, no_scale, None)
    key = (i, no_scale)
    if key not in memo:
        memo[key] = _parse_at(L, toks, i, low, no_scale, memo)
    return memo[key]


def _restarts(
    toks: list[Tok], q: int, last_scale: Decimal | None, after_hundred: bool
) -> bool:
    """Whether the number words from ``q`` on reach a scale as large as the last
    one (``last_scale``), or a hundred right after a hundred: then the connector
    before them joins two numbers, not the parts of one ("three thousand and two
    thousand", "two hundred and two hundred"; but "one hundred and nine thousand"
    is one number)."""
    n = len(toks)
    while q < n:
        e = toks[q].e
        if e.kind == SCALE:
            return last_scale is not None and e.value >= last_scale
        if e.kind == HUNDRED:
            if after_hundred:
                return True
        elif e.kind != NUM:
            return False
        q += 1
    return False


def _parse_memo(L: _Lang, toks: list[Tok], low: str) -> _Memo:
    """A memo for a long run: the parses after connectors and decimal words (the
    only nested parses), from the last to the first, each finding the next one done."""
    memo: _Memo = {}
    for c in range(len(toks) - 2, -1, -1):
        if toks[c].e.kind in (CONN, POINT):
            _parse(L, toks, c + 1, low, no_scale=True, memo=memo)
    return memo


def _parse_at(
    L: _Lang, toks: list[Tok], i: int, low: str, no_scale: bool, memo: _Memo | None
) -> _Parsed | None:
    n = len(toks)
    t = toks[i]
    k = t.e.kind
    if k == PAIR:
        return _Parsed(i + 1, t.e.value, False, False)
    if k == FIXED:
        v = t.e.value
        j = i + 1
        if not no_scale and j < n and toks[j].e.kind in (SCALE, MULT):
            v *= toks[j].e.value
            j += 1
        return _Parsed(j, v, False, True)
    if k == NEG:
        if i + 1 < n and toks[i + 1].e.kind in (NUM, HUNDRED, SCALE) and not toks[i + 1].e.article:
            r = _parse(L, toks, i + 1, low, memo=memo)
            if r is not None and not r.ordinal:
                return _Parsed(r.end, -r.value, False, r.fraction)
        return None
    if k == ORDPRE:
        if i + 1 < n and toks[i + 1].e.kind == NUM:
            r = _parse(L, toks, i + 1, low, memo=memo)
            if r is not None and not r.ordinal and not r.fraction:
                return _Parsed(r.end, r.value, True, False)
        return None
    if k == ORD:
        return _Parsed(i + 1, t.e.value, True, False) if not t.e.plural else None
    if k == FRAC:
        v = _D1 / t.e.value
        j = i + 1
        if not no_scale:
            if j + 1 < n and toks[j].e.article and toks[j + 1].e.kind in (SCALE, MULT):
                j += 1
            if j < n and toks[j].e.kind in (SCALE, MULT):
                v *= toks[j].e.value
                j += 1
        return _Parsed(j, v, False, True)
    if k not in (NUM, ART, HUNDRED, SCALE):
        return None
    total = _D0
    group: Decimal | None = None
    last = ""
    last_unit = _D0
    last_scale: Decimal | None = None
    fraction = False
    j = i
    vig = L.vigesimal

    def value() -> Decimal:
        return total + (group if group is not None else _D0)

    while j < n:
        t = toks[j]
        e = t.e
        k = e.kind
        if k == ART or (k == NUM and e.article and last == ""):
            if last != "":
                if (
                    k == NUM
                    and group is not None
                    and _can_add(group, e.value, vig)
                    and last in ("num", "hundred", "tenmul", "zero")
                ):
                    group += e.value
                    last, last_unit = "num", e.value
                    j += 1
                    continue
                break
            group = _D1
            # a unit article ("ein", "un", "một") may go on as the unit 1 ("einundzwanzig")
            last = "num" if k == NUM else "art"
            last_unit = _D1
            j += 1
            continue
        if k == NUM:
            v = e.value
            allowed = L.only_after.get(t.word)
            if allowed is not None and last != "":
                prev = toks[j - 1].word
                # a restricted word also starts a group before a multiplier
                # ("bảy trăm năm mươi" = 750, "hai nghìn năm trăm" = 2500)
                multiplied = (
                    t.word in L.restricted
                    and j + 1 < n
                    and toks[j + 1].e.kind in (TENMUL, HUNDRED, SCALE)
                )
                if prev not in allowed and not multiplied:
                    break
            if last in ("", "scale") and group is None:
                group = v
            elif last == "zero" and group is not None and v < 10:
                group += v
            elif last in ("num", "hundred", "tenmul") and group is not None:
                if group == 0 and last == "num":
                    break  # "nought four" is two numbers
                if vig and v == 20 and last == "num" and last_unit == 4 and group % 100 == 4:
                    group += 76
                elif _can_add(group, v, vig):
                    group += v
                else:
                    break
            else:
                break
            last, last_unit = "num", v
            j += 1
            continue
        if k == TENMUL:
            if (
                last == "num"
                and group is not None
                and 1 <= last_unit <= 9
                and group % 10 == last_unit
            ):
                group += last_unit * 9
                last = "tenmul"
                j += 1
                continue
            break
        if k == ZERO:
            if last in ("hundred", "scale") and j + 1 < n and toks[j + 1].e.kind == NUM:
                last = "zero"
                if group is None:
                    group = _D0
                j += 1
                continue
            break
        if k == HUNDRED:
            if last in ("num", "tenmul") and group is not None and group < L.hundred_max:
                group *= e.value
            elif last == "art" and group is not None:
                group = e.value
            elif last in ("", "scale") and group is None and not e.plural:
                if last == "" and t.word not in L.bare_scales:
                    return None
                group = e.value
            else:
                break
            last = "hundred"
            j += 1
            continue
        if k == SCALE:
            if no_scale and last != "":
                break
            if (
                last == "scale"
                and group is None
                and last_scale is not None
                and e.value > last_scale
            ):
                # "hai nghìn tỷ" (2 × 10^12), "tausend Milliarden": scales multiply
                total *= e.value
                last_scale *= e.value
                j += 1
                continue
            if last_scale is not None and e.value >= last_scale:
                break
            if group is None:
                if last != "" or e.plural:
                    break
                if t.word not in L.bare_scales:
                    return None
                group = _D1
            total += group * e.value
            group = None
            last_scale = e.value
            last = "scale"
            j += 1
            continue
        if k == MULT:
            if last in ("num", "art", "tenmul", "hundred", ""):
                g = group if group is not None else _D1
                if last == "num" and g > 100 and g % 100:
                    # "three hundred and two dozen" = 300 + 24
                    return _Parsed(j + 1, total + g - g % 100 + g % 100 * e.value, False, fraction)
                return _Parsed(j + 1, total + g * e.value, False, fraction)
            break
        if k == HALF:
            if last == "scale" and last_scale is not None:
                return _Parsed(j + 1, total + _HALF * last_scale, False, True)
            if group is not None and last in ("num", "hundred", "tenmul"):
                group += Decimal(50) if last == "hundred" else _HALF
                fraction = True
                last = "num"
                last_unit = _D0
                j += 1
                continue
            break
        if k == FRAC:
            if group is None or last not in ("num", "art", "tenmul", "hundred"):
                break
            v = total + group / e.value
            j += 1
            if not no_scale and j < n and toks[j].e.kind in (SCALE, MULT) and last_scale is None:
                v *= toks[j].e.value
                j += 1
            return _Parsed(j, v, False, True)
        if k == PER:
            if (
                group is not None
                and last in ("num", "art", "tenmul")
                and j + 1 < n
                and toks[j + 1].e.kind == NUM
            ):
                d = toks[j + 1].e.value
                if d > 1:
                    return _Parsed(j + 2, total + group / d, False, True)
            break
        if k == ORD:
            if last == "":
                return _Parsed(j + 1, e.value, True, False) if not e.plural else None
            v = e.value
            if last == "art" or (j == i + 1 and toks[i].e.article):
                # "a third of" is a fraction, "a third term" an ordinal (the article is dropped).
                if t.word in L.not_denominator or v <= 2 or not L.ord_denominators:
                    return None
                nw = _next_word(low, t.end)
                if (
                    e.plural
                    or nw in _FRAC_FOLLOW
                    # nothing or a punctuation mark after it: "fell by a fifth."
                    or nw == ""
                    or (not nw.isalnum() and nw not in "-\u2010\u2011")
                ):
                    return _Parsed(j + 1, _D1 / v, False, True)
                return None
            if group is None:
                if last == "scale" and e.base == "num":
                    return _Parsed(j + 1, total + v, True, False)
                break
            if e.base in ("hundred", "scale") and not e.plural:
                return _Parsed(j + 1, total + group * v, True, False)
            if e.base == "num" and not e.plural and last in ("num", "hundred", "tenmul"):
                if vig and v == 20 and last_unit == 4 and group % 100 == 4:
                    return _Parsed(j + 1, total + group + 76, True, False)
                if _can_add(group, v, vig):
                    return _Parsed(j + 1, total + group + v, True, False)
            if t.word in L.not_denominator or v <= 2 or not L.ord_denominators:
                break
            return _Parsed(j + 1, total + group / v, False, True)
        if k == TIMES:
            # "dreimal", "zehnmal": the count of times (not "einmal", a particle)
            glued = t.start == toks[j - 1].end
            if (
                glued
                and group is not None
                and last in ("num", "hundred", "tenmul")
                and value() >= 2
            ):
                return _Parsed(j + 1, value(), False, fraction)
            break
        if k == POINT:
            if group is None or last not in ("num", "hundred", "tenmul") or fraction or j + 1 >= n:
                break
            digits = ""
            q = j + 1
            # "nine point nought four": one digit a word; "virgule cinquante deux": a number
            while (
                q < n and toks[q].e.kind == NUM and toks[q].e.value < 10 and not toks[q].e.article
            ):
                digits += str(toks[q].e.value)
                q += 1
            if q == j + 1 or (q < n and toks[q].e.kind in (NUM, HUNDRED, TENMUL)):
                sub = _parse(L, toks, j + 1, low, no_scale=True, memo=memo)
                if sub is None or sub.ordinal or sub.fraction or sub.value >= 1000:
                    break
                if not str(sub.value).isdigit():
                    break  # "point minus five": no decimal places
                digits, q = str(sub.value), sub.end
            v = value() + Decimal("0." + digits)
            if not no_scale and last_scale is None and q < n and toks[q].e.kind == SCALE:
                v *= toks[q].e.value  # "zwei Komma fünf Millionen"
                q += 1
            return _Parsed(q, v, False, fraction)
        if k == CONN:
            if j + 1 >= n:
                break
            nt = toks[j + 1]
            nk = nt.e.kind
            glued = t.start == toks[j - 1].end  # inside one German word
            if glued and last == "num" and group is not None and last_unit < 10:
                if nk == NUM and 20 <= nt.e.value <= 90 and nt.e.value % 10 == 0:
                    group += nt.e.value
                    last, last_unit = "num", nt.e.value
                    j += 2
                    continue
                if nk == ORD and 20 <= nt.e.value <= 90 and nt.e.value % 10 == 0:
                    return _Parsed(j + 2, total + group + nt.e.value, True, False)
            if nt.word in L.half_after_conn and last in ("num", "scale", "hundred"):
                unit = last_scale if last == "scale" and last_scale is not None else _D1
                return _Parsed(j + 2, value() + _HALF * unit, False, True)
            # "one and a half", "cent trois et deux tiers", "fünf und drei Viertel Milliarde"
            if last in ("num", "scale", "hundred", "tenmul") and nk in (NUM, ART, FRAC):
                sub = _parse(L, toks, j + 1, low, no_scale=True, memo=memo)
                if sub is not None and sub.fraction and sub.value < 1:
                    if last == "scale" and last_scale is not None:
                        e2 = sub.end
                        if e2 < n and toks[e2].e.kind == SCALE and toks[e2].e.value < last_scale:
                            # "one billion and a half million"
                            return _Parsed(
                                e2 + 1, total + sub.value * toks[e2].e.value, False, True
                            )
                        return _Parsed(e2, total + sub.value * last_scale, False, True)
                    v = value() + sub.value
                    e2 = sub.end
                    if not no_scale and e2 < n and toks[e2].e.kind == SCALE and last_scale is None:
                        v *= toks[e2].e.value
                        e2 += 1
                    return _Parsed(e2, v, False, True)
            # "hundred and five", "twenty-one trillion and three hundred"
            if last in ("hundred", "scale") and nk == NUM and not glued:
                if _restarts(toks, j + 1, last_scale, last == "hundred"):
                    break  # "three thousand and two thousand": two numbers
                last = "conn"
                j += 1
                # the next NUM is added below through the "conn" state
                nv = nt.e.value
                if group is None:
                    group = nv
                elif _can_add(group, nv, vig):
                    group += nv
                else:
                    j -= 1
                    break
                last, last_unit = "num", nv
                j += 1
                continue
            # "vingt et un", "soixante et onze", "vingt et unième"
            if last == "num" and group is not None and group % 10 == 0 and group % 100 >= 20:
                if nk == NUM and nt.e.value in (1, 11):
                    group += nt.e.value
                    last, last_unit = "num", nt.e.value
                    j += 2
                    continue
                if nk == ORD and nt.e.value in (1, 11) and not nt.e.plural:
                    return _Parsed(j + 2, total + group + nt.e.value, True, False)
            break
        break
    if j == i:
        return None
    if last == "art":
        # a bare article ("a", "un"): the article rule decides in the scanner
        return _Parsed(j, _D1, False, False)
    return _Parsed(j, value(), False, fraction)


_LETTERS: Final = _compile(rf"{_LETTER}+")
_NEXT_WORD: Final = _compile(rf"{_SP}*({_LETTER}+|\S?)")
_PREV_WORD: Final = _compile(rf"({_LETTER}+)\W{{0,2}}$")


def _next_word(low: str, pos: int) -> str:
    m = _NEXT_WORD.match(low, pos)
    return m.group(1) if m else ""


def _prev_words(low: str, pos: int, k: int = 2) -> list[str]:
    """Up to ``k`` words before ``pos``, nearest first."""
    words = _LETTERS.findall(low, max(0, pos - 40), pos)
    return words[: -k - 1 : -1]


class _Hit(NamedTuple):
    """A number found in a run, offsets relative to the run."""

    start: int
    end: int
    value: Decimal
    ordinal: bool
    fraction: bool
    word: str  # first word
    entry: Entry  # first word's entry
    first_end: int
    single: bool
    check: bool  # needs the context filters of _keep


def _needs_check(L: _Lang, word: str, e: Entry, single: bool) -> bool:
    """Does a hit need the context filters of :func:`_keep`?

    (Capitalised words in languages with name rules are checked besides, in the scan.)
    """
    if not single:
        return word in L.not_after or e.kind == ORDPRE
    return (
        e.article
        or e.kind not in (NUM, ORD, PAIR, FIXED)
        or e.kind == ORDPRE
        or word in L.restricted
        or word in L.only_after
        or word in L.pairs_after
        or word in L.not_after
        or word in L.not_before
        or word in L.pronouns
    )


def _analyse(L: _Lang, run: str, nxt: str | None) -> list[_Hit] | None:
    """The numbers in one run (lower case) followed by the word ``nxt``.

    With ``nxt=None``: ``None`` when the result depends on the next word (an
    ordinal after an article: "a third of" / "a third term").
    """
    e = L.entries.get(run)
    if e is not None and e.kind in (NUM, ORD, PAIR) and not e.article and not e.plural:
        # the common case: one plain word
        return [
            _Hit(
                0,
                len(run),
                _norm(e.value),
                e.kind == ORD,
                False,
                run,
                e,
                len(run),
                True,
                _needs_check(L, run, e, True),
            )
        ]
    local = run + " " + (nxt or "")
    toks = L.tokens(local, 0, len(run))
    if nxt is None and any(t.e.kind == ORD for t in toks):
        return None
    hits: list[_Hit] = []
    i = 0
    n = len(toks)
    memo = _parse_memo(L, toks, local) if n > _MEMO_TOKENS else None
    while i < n:
        r = _parse(L, toks, i, local, memo=memo)
        if r is None or r.end <= i:
            i += 1
            continue
        first = toks[i]
        single = r.end - i == 1
        hits.append(
            _Hit(
                first.start,
                toks[r.end - 1].end,
                _norm(r.value),
                r.ordinal,
                r.fraction,
                first.word,
                first.e,
                first.end,
                single,
                _needs_check(L, first.word, first.e, single),
            )
        )
        i = r.end
    return hits


def _noun_next(L: _Lang, text: str, low: str, end: int) -> bool:
    """A word follows ``end`` on the same line that may start a noun phrase: letters,
    not a function word of ``[heads] stop`` nor one of ``[ordinals] not_noun``
    ("a second later", "une seconde." stay units of time)."""
    m = _NEXT_WORD.match(low, end)
    if m is None or not m.group(1)[:1].isalpha() or "\n" in low[end : m.start(1)]:
        return False
    return m.group(1) not in L.not_noun


def _counts_noun(L: _Lang, text: str, low: str, start: int, end: int) -> bool:
    """A restricted word ("năm": five or year) right before a noun it counts: the
    next word is lower-case letters, neither a word of ``restricted_not_before``
    ("năm nay", "năm tài chính") nor a function word of ``[heads] stop``."""
    if not L.restricted_nouns:
        return False
    nxt = _next_word(low, end)
    if not nxt or not nxt[0].isalpha() or nxt in L.restricted_not_before or nxt in L.restricted:
        return False
    at = low.find(nxt, end)
    return at >= 0 and text[at].islower()  # not "năm Canh Tý", "năm Olympic": a name


def _keep(L: _Lang, text: str, low: str, h: _Hit, off: int) -> bool:
    """Context filters on a number: articles, bare scale words, pronouns, names."""
    start = off + h.start
    first_end = off + h.first_end
    end = off + h.end
    w = h.word
    fe = h.entry
    if fe.kind == ORDPRE:
        # "thứ Hai" (capitalised) is a weekday, "thứ hai" an ordinal
        m = _NEXT_CAP.match(text, first_end)
        return not (m and m.group(1).isupper())
    if h.single:
        if fe.article and fe.kind in (ART, NUM):
            return False  # lone articles: _scan_articles
        if fe.kind in (HUNDRED, SCALE):
            if w not in L.bare_scales or fe.plural or not text[start].islower():
                return False
        if fe.kind == PAIR and w in L.pairs_after:
            pw = _prev_words(low, start, 3)
            if not pw or pw[0] not in L.pairs_after[w]:
                return False  # "gấp đôi" (twice) yes, "đôi khi" (sometimes) no
            if any(p in L.pairs_not_after.get(w, ()) for p in pw[1:]):
                return False  # "tăng gấp đôi" (doubled): a verb, as "verdoppelt"
        if fe.kind == FRAC and w in L.bare_only_after:
            pw = _prev_words(low, start, 1)
            if not pw or pw[0] not in L.bare_only_after[w]:
                return False  # "die Hälfte" yes, "die Liverpooler Hälfte" no
        if fe.kind == FRAC and (
            w not in L.bare_fracs or text[first_end : first_end + 1] in ("-", "\u2010", "\u2011")
        ):
            return False  # "quart de finale", "half-time"
        if fe.kind in (TENMUL, ZERO, CONN, PER, ORDPRE, HALF, MULT, POINT, NEG, TIMES):
            return False
        if w in L.restricted:
            if _DIGIT_BEFORE.search(low, max(0, start - 4), start):
                return False  # "100 năm" = 100 years
            prev = _prev_words(low, start, 2)  # (the nearest first: prev[:1] is one word)
            if prev and prev[0] in L.restricted_not_after:
                return False  # "mỗi năm công nhân" = every year, workers
            if _next_word(low, first_end) not in L.restricted_ok and not _counts_noun(
                L, text, low, start, first_end
            ):
                # "một trên năm trẻ em" (one in five): a number, a contrast word,
                # then the restricted word
                if not (
                    len(prev) == 2
                    and prev[0] in L.contrast
                    and prev[1] in L.entries
                    and L.entries[prev[1]].kind == NUM
                ):
                    return False
        if w in L.only_after and w not in L.restricted:
            return False
        # the words before, only for the two tests below that read them
        prev = _prev_words(low, start, 2) if w in L.not_after or w in L.pronouns else []
        if (
            prev and w in L.not_after and prev[0] in L.not_after[w]
            and not (prev[0] in L.noun_keeps.get(w, ()) and _noun_next(L, text, low, end))
            and _next_word(low, end) not in L.keeps_before.get(w, ())
        ):
            # "the one", "a second", "pour cent"
            return False
        if (
            w in L.pronouns
            and len(prev) == 2
            and prev[1] in L.pronoun_determiners
            and prev[0] not in L.entries
        ):
            return False  # "the final one", "a big one"
        if w in L.not_before and _next_word(low, first_end) in L.not_before[w]:
            return False
    elif w in L.not_after and fe.kind != NUM:
        prev = _prev_words(low, start, 1)
        if prev and prev[0] in L.not_after[w]:
            return False
    if (L.proper_caps or L.name_caps) and text[start].isupper():
        # Names capitalise every word: "Ba Lan", "Hai Bà Trưng", "the Four Corners".
        before = text[max(0, start - 3) : start].rstrip(" \u00a0\t")
        mid_sentence = bool(before) and before[-1] not in _SENTENCE_OPENERS
        m = _NEXT_CAP.match(text, end)
        next_cap = bool(m and m.group(1).isupper())
        if L.proper_caps and (next_cap or mid_sentence):
            return False
        if L.name_caps and next_cap and mid_sentence:
            return False
    return True


_SENTENCE_OPENERS: Final = ".!?:\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb([-\u2013\u2014"


class KeywordScan:
    """The number-word scan with the dates stage's keywords added (one pass finds
    both): ``pattern`` is the scan pattern with one alternative per first letter of
    the keywords after the number alternatives, ``at`` matches one keyword after a
    separator, ``seps`` are the characters a keyword may follow (a space and the
    dates stage's word separators)."""

    def __init__(self, pattern: re.Pattern[str], at: re.Pattern[str], seps: frozenset[str]) -> None:
        self.pattern = pattern
        self.at = at
        self.seps = seps
        #: the separators that the scan's first character class does not take
        self.not_pre = "".join(sorted(c for c in seps if _PRE_RE.fullmatch(c) is None))

    def __reduce__(self) -> tuple[Any, ...]:
        # (kept in the table cache: a compiled class is rebuilt by its constructor)
        return (KeywordScan, (self.pattern, self.at, self.seps))


_PRE_RE: Final = re.compile(_PRE)


def keyword_scan(lang: str, firsts: frozenset[str], seps: str) -> KeywordScan | None:
    """The number-word scan of ``lang`` that also finds the words ``firsts`` (the
    first words of the dates stage's keywords) after a space or a character of
    ``seps`` (its word separators), as a search of ``" (?:firsts)(?![^\\W\\d_])"``
    over the text with those characters turned into spaces finds them; ``None``
    without number words for ``lang``. (Built once per language and kept by
    :func:`factcheck._dates.keyword_scan`.)"""
    L = _lang(lang)
    if L is None:
        return None
    groups = by_first(sorted(firsts))
    kalts = [
        f"{_first(ch)}(?:{rest})(?![^\\W\\d_])(?P<K_{n}>)"
        for n, (ch, rest) in enumerate(groups.items())
    ]
    pattern = _compile(_PRE + "(?:" + "|".join(_by_first_token(L.scan_alts + kalts)) + ")")
    chars = frozenset(" " + seps)
    at = _compile(
        "[" + "".join(re.escape(c) for c in sorted(chars)) + "](?:"
        + "|".join(re.escape(ch) + rest for ch, rest in groups.items())
        + ")(?![^\\W\\d_])"
    )
    return KeywordScan(pattern, at, chars)


def _keyword_at(padded: str, q: int, kw: KeywordScan, out: list[tuple[int, str]]) -> None:
    """The keyword after the separator ``padded[q]``, if one starts there."""
    km = kw.at.match(padded, q)
    if km is not None:
        out.append((q, padded[q + 1 : km.end()]))


def _keywords_in(
    padded: str, lo: int, hi: int, kw: KeywordScan, out: list[tuple[int, str]]
) -> None:
    """The keywords after a separator at ``padded[lo:hi]`` (inside a number match)."""
    seps = kw.seps
    for q in range(lo, hi):
        if padded[q] in seps:
            _keyword_at(padded, q, kw, out)


_DIGIT_BEFORE: Final = _compile(r"\d[ \t\u00a0]*$")
_NEXT_CAP: Final = _compile(rf"{_SP}+({_LETTER})")


def _scan(
    text: str,
    low: str,
    L: _Lang,
    kw: KeywordScan | None = None,
    kw_out: list[tuple[int, str]] | None = None,
) -> list[WordNumber]:
    """One pass of the language's pattern; results in text order, may overlap.

    With ``kw`` (:func:`keyword_scan`), the same pass finds the words of ``kw`` at
    word starts too and appends ``(start, word)`` to ``kw_out``: the start of a
    keyword of the dates stage, as that stage's own search would find it.
    """
    out: list[WordNumber] = []
    cache = L.cache
    if len(cache) > 50000:
        cache.clear()
        L.cache2.clear()
    padded = " " + low
    run_marks = L.run_marks
    articles = L.articles
    caps = L.proper_caps or L.name_caps
    rest_re = L.rest_re
    search = L.scan_re.search if kw is None else kw.pattern.search
    seps = kw.seps if kw is not None else frozenset()
    pos = 0
    span = -1  # start of the last number match (its keywords are read after it)
    while True:
        if span >= 0 and kw is not None and kw_out is not None:
            # keywords inside what the number match consumed ("năm" in a run)
            _keywords_in(padded, span, pos, kw, kw_out)
            span = -1
        # finditer, but a run continues past its first word (rest_re) and the next
        # search starts after the run
        m = search(padded, pos)
        if m is None:
            break
        pos = m.end()
        name = m.lastgroup or ""
        if name[:2] == "K_":
            # a keyword (the keyword alternatives come last: no number starts here)
            s0 = m.start()
            if kw_out is not None and padded[s0] in seps:
                kw_out.append((s0, padded[s0 + 1 : pos]))
            pos = s0 + 1
            continue
        span = m.start()
        # offsets into text: the group starts after one literal character and
        # the padding space (runs: after the padding only)
        head = name[:2]
        if head == "W_" or head == "R_":
            # the run follows the _PRE character; in text, offsets shift by the padding
            s0 = m.start()
            marks: tuple[str | None, str | None, str | None] | None = None
            if head == "W_":
                r = rest_re.match(padded, pos)
                if r is None:
                    continue
                pos = r.end()
                e0 = pos - 1
                run = low[s0:e0]
            else:
                e0 = m.end() - 1
                run = low[s0:e0]
                if run in articles:
                    marks = run_marks.get(name)
            if marks is not None:
                # a lone article that the pattern kept: contrast, after, unit
                contrast, after, unit = marks
                if (contrast is not None and m.start(contrast) >= 0) or (
                    after is not None and m.start(after) >= 0
                ):
                    out.append(WordNumber(s0, e0, text[s0:e0], _D1))
                    continue
                if unit is not None and m.start(unit) >= 0:
                    if _unit_follows(L, text, e0):
                        out.append(WordNumber(s0, e0, text[s0:e0], _D1))
                    continue
            hits = cache.get(run)
            if hits is None:
                if run in cache:  # depends on the next word
                    key = (run, _next_word(low, e0))
                    hits = L.cache2.get(key)
                    if hits is None:
                        hits = L.cache2[key] = _analyse(L, *key) or []
                else:
                    hits = cache[run] = _analyse(L, run, None)
                    if hits is None:
                        key = (run, _next_word(low, e0))
                        hits = L.cache2[key] = _analyse(L, *key) or []
            for h in hits:
                if (h.check or (caps and text[s0 + h.start].isupper())) and not _keep(
                    L, text, low, h, s0
                ):
                    continue
                s, e = s0 + h.start, s0 + h.end
                if (
                    h.ordinal and h.start and L.fraction_by and h.value > 2
                    and L.ord_denominators and h.word not in L.not_denominator
                    and run[: h.start].strip() in articles
                    and _prev_words(low, s0, 1)[:1] in L.fraction_by
                    and (not _next_word(low, e).isalpha() or _next_word(low, e) in L.not_noun)
                ):
                    # "cut by a third within five years": a change by a fraction ("by a
                    # third party" keeps the ordinal before its noun)
                    out.append(WordNumber(s0, e, text[s0:e], _norm(_D1 / h.value),
                                            False, True))
                    continue
                out.append(WordNumber(s, e, text[s:e], h.value, h.ordinal, h.fraction))
            continue
        # the word starts after the _PRE character (index m.start() in text); B_<n>
        # and S_<n> are empty groups at its end (a group at the start of an
        # alternative costs the engine a step at every word with that first letter)
        s0 = m.start()
        e0 = m.end(name) - 1
        if name in ("D", "DR"):
            _digit_ordinal(L, text, low, s0, e0, out)
        elif name.startswith("B_"):
            a = _ARTICLE_AFTER.match(low, e0)
            prev = _prev_words(low, s0, 1)
            if a and not (prev and prev[0] in L.count_not_after):
                out.append(WordNumber(a.start(1), a.end(1), text[a.start(1) : a.end(1)], _D1))
        elif name == "G":
            s0 = m.start(name) - 1  # the group follows the prefix word
            out.append(WordNumber(s0, e0, text[s0:e0], L.group_stems[low[s0:e0]]))
        elif name.startswith("S_"):
            stem = max((st for st in L.sup_stems if low.startswith(st, s0)), key=len)
            out.append(WordNumber(s0, e0, text[s0:e0], L.sup_stems[stem], ordinal=True))
    return out


#: CLDR unit categories whose names make an article a count ("ein Kilometer");
#: kitchen, typography and pressure units are nouns too ("eine Prise", "eine Bar").
_UNIT_CATEGORIES: Final = frozenset(
    "length area mass volume temperature energy power speed concentr digital "
    "frequency consumption".split()
)
_UNIT_EXCLUDED: Final = frozenset(
    "length-point volume-pinch volume-dash volume-drop volume-jigger volume-dram "
    "mass-grain length-fathom length-furlong".split()
)


def _unit_tables(lang: str) -> tuple[frozenset[str], set[str]]:
    """Unit, currency and percent names (case-folded) from the numbers stage's CLDR tables.

    Returns the names and their first words (letters only), a prefilter for the
    scan pattern.
    """
    try:
        from . import _cldr

        names = {
            k
            for k, v in _cldr.units(lang).folded.items()
            if v.split("-")[0] in _UNIT_CATEGORIES and v not in _UNIT_EXCLUDED
        }
        names |= set(_cldr.currencies(lang).folded)
        names |= set(_cldr.percent_words(lang).folded)
    except (ImportError, AttributeError):  # pragma: no cover - the numbers stage is absent
        return frozenset(), set()
    firsts = {
        k.split(" ")[0]
        for k in names
        if k[:1].isalpha() and len(k.split(" ")[0]) > 1 and k.split(" ")[0].isalpha()
    }
    return frozenset(names), firsts


_PHRASE_WORDS: Final = _compile(rf"{_SP}*([^\s]+)")


def _unit_follows(L: _Lang, text: str, pos: int) -> bool:
    """Does a unit, currency or percent name follow ``pos``? ("ein Prozent")"""
    words: list[str] = []
    for _ in range(4):
        m = _PHRASE_WORDS.match(text, pos)
        if not m:
            break
        # closing punctuation and quotes of every language: „einen Prozent“, « un euro »
        words.append(m.group(1).rstrip(".,;:!?)\"'\u2019\u201d\u201c\u2018\u00bb\u00ab\u203a\u2039"))
        pos = m.end()
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k]).casefold()
        if phrase in L.unit_names:
            return True
    return False


_ARTICLE_AFTER: Final = _compile(rf"(?:{_SP}+|['\u2019])({_LETTER}+)")


def lower_text(text: str) -> str:
    """``text.lower()`` with the same length (offsets stay valid): characters whose
    lower case is longer stay as they are. ``extract`` makes it once per text for the
    dates and number-word stages."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _norm(v: Decimal) -> Decimal:
    """Whole numbers without exponent; other values to 15 significant digits.

    >>> _norm(Decimal(2) / Decimal(3)), _norm(Decimal("2E+6")), _norm(Decimal("2.50"))
    (Decimal('0.666666666666667'), Decimal('2000000'), Decimal('2.5'))
    """
    if v == v.to_integral_value():
        return v.quantize(_D1)
    q = v.quantize(_D1.scaleb(v.adjusted() - 14)) if v.adjusted() < 14 else v
    return q.normalize()


# ---- digit ordinals -------------------------------------------------------------


@cache
def _months(lang: str) -> frozenset[str]:
    from babel import Locale

    loc = Locale.parse(lang)
    names: set[str] = set()
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in loc.months[ctx][width].values():
                names.add(name.lower().rstrip("."))
    return frozenset(names)


_NEXT_NONSPACE: Final = _compile(r"[ \t\u00a0\u202f]*(\S?)")
_DIGITS_OR_ROMAN: Final = _compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d,])|[IVXivx]+")
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def _digit_ordinal(
    L: _Lang, text: str, low: str, start: int, end: int, out: list[WordNumber]
) -> None:
    """A digit ordinal ``text[start:end]`` matched by the scan pattern."""
    if not L.ord_prefixes and start and (text[start - 1] in ".,-/_" or text[start - 1].isalnum()):
        return  # "1.5.", "COVID-19."
    dm = _DIGITS_OR_ROMAN.search(text, start, end)
    if dm is None:
        return
    digits = dm.group()
    if L.ord_prefixes:
        pass  # "thứ 3"
    elif dm.start() != start or not _DIGITS_OR_ROMAN.fullmatch(digits):
        return
    if L.german_digits and not _german_ordinal(L, text, low, start, end):
        return
    if digits[0].isdigit():
        value = Decimal(digits.replace(",", ""))
    else:
        suffix = text[dm.end() : end]
        if suffix != suffix.lower() or not digits.isupper():
            return  # "VIE" in a capitalised headline, "vie"
        value = Decimal(_roman(digits))
    out.append(WordNumber(start, end, text[start:end], value, True, False))


def _german_ordinal(L: _Lang, text: str, low: str, start: int, end: int) -> bool:
    """Is the "5." at ``text[start:end]`` an ordinal? (docs/number-words.md)"""
    # the last character before ``start`` on this line that is not white space (none:
    # the number starts the line); read backwards over white space only, so that a long
    # line full of "5." stays linear
    j = start - 1
    while j >= 0 and text[j] != "\n" and text[j].isspace():
        j -= 1
    at_line_start = j < 0 or text[j] == "\n"
    if (at_line_start or text[j] not in ".!?") and low[max(0, start - 1) : start] in (
        " ", "\u00a0", "\t"
    ):
        # the word before, only when it can decide ("am 3. Mai": a context word)
        prev = _prev_words(low, start, 1)
        if prev and prev[0] in L.digit_context:
            return True
    m = _NEXT_NONSPACE.match(text, end)
    nxt = m.group(1) if m else ""
    if nxt == "" or text[end : m.end() if m else end].count("\n"):
        return False  # end of text or line: a cardinal ending a sentence
    if nxt in "-–/" or nxt.islower():
        return True  # "1.-3. Platz", "der 3. und 4."
    if nxt.isdigit() or not nxt.isalpha():
        return at_line_start and nxt.isalpha()
    w = _next_word(low, end)
    if w in _months(L.lang):
        return True
    if w in L.sentence_starters:
        return at_line_start
    return True  # a capitalised noun: "3. Liga"


# ---- public API ---------------------------------------------------------------


_WN_START: Final = attrgetter("start")
_WN_END: Final = attrgetter("end")


def scan_number_words(text: str, lang: str) -> list[WordNumber]:
    """Every spelled-out cardinal and fraction and every ordinal (word and digit forms).

    In text order, non-overlapping. Digit cardinals are not reported.

    >>> [(n.text, n.value) for n in scan_number_words("einundzwanzig und anderthalb", "de")]
    [('einundzwanzig', Decimal('21')), ('anderthalb', Decimal('1.5'))]
    >>> [(n.text, n.ordinal) for n in scan_number_words("der 3. Platz. Es waren 5. Dann", "de")]
    [('3.', True)]
    >>> [(n.text, n.value) for n in scan_number_words("quatre-vingt-dix-neuf ans", "fr")]
    [('quatre-vingt-dix-neuf', Decimal('99'))]
    >>> [(n.text, n.value, n.fraction) for n in scan_number_words("a dozen, a third of it", "en")]
    [('a dozen', Decimal('12'), False), ('a third', Decimal('0.333333333333333'), True)]
    >>> [(n.text, n.value) for n in scan_number_words("hai mươi mốt người", "vi")]
    [('hai mươi mốt', Decimal('21'))]
    """
    return number_words_in(text, None, lang)


def number_words_in(text: str, low: str | None, lang: str) -> list[WordNumber]:
    """:func:`scan_number_words`, with ``low`` = :func:`lower_text` of ``text`` if it is
    already made."""
    L = _lang(lang)
    if L is None:
        return []
    if low is None:
        low = lower_text(text)
    return _in_order(_scan(text, low, L))


def number_words_and_keywords(
    text: str, low: str, lang: str, kw: KeywordScan
) -> tuple[list[WordNumber], list[tuple[int, str]]]:
    """:func:`number_words_in`, and in the same pass the starts of the keywords of
    ``kw`` (:func:`keyword_scan`): ``(start, word)`` in text order, where ``start``
    indexes the separator in ``" " + low`` (the word's start in ``low``).

    >>> kw = keyword_scan("de", frozenset({"jahren", "montag", "vor"}), ",")
    >>> words, kws = number_words_and_keywords(
    ...     "vor drei Jahren, am Montag", "vor drei jahren, am montag", "de", kw)
    >>> [w.text for w in words], kws
    (['drei'], [(0, 'vor'), (9, 'jahren'), (20, 'montag')])
    """
    L = _lang(lang)
    assert L is not None  # kw exists: so do the number words of lang
    kw_out: list[tuple[int, str]] = []
    words = _in_order(_scan(text, low, L, kw, kw_out))
    padded = " " + low
    for c in kw.not_pre:
        # separators that no number word follows ("_", "#"): found by hand
        i = padded.find(c)
        while i >= 0:
            _keyword_at(padded, i, kw, kw_out)
            i = padded.find(c, i + 1)
    kw_out.sort()
    return words, kw_out


def _in_order(found: list[WordNumber]) -> list[WordNumber]:
    """Scan results in text order without overlaps (the longest at each start)."""
    if found:
        # in order of (start, -end): two stable sorts on one key each
        found.sort(key=_WN_END, reverse=True)
        found.sort(key=_WN_START)
        out: list[WordNumber] = []
        end = -1
        for w in found:
            if w.start >= end:
                out.append(w)
                end = w.end
        return out
    return found


def parse_number_words(s: str, lang: str) -> Decimal | None:
    """The value of a whole spelled-out number, ``None`` if ``s`` is not one.

    >>> parse_number_words("zweihundertfünfzig", "de")
    Decimal('250')
    >>> parse_number_words("deux mille cinq cents", "fr")
    Decimal('2500')
    >>> parse_number_words("hai nghìn", "vi"), parse_number_words("Haus", "de")
    (Decimal('2000'), None)
    """
    L = _lang(lang)
    if L is None:
        return None
    text = s.strip()
    low = text.lower()
    if len(low) != len(text):
        return None
    toks = L.tokens(low, 0, len(low))
    if not toks or toks[0].start != 0 or toks[-1].end != len(low):
        return None
    # every letter must belong to a token
    covered = sum(t.end - t.start for t in toks)
    letters = sum(1 for c in low if c.isalpha())
    if covered != letters:
        return None
    memo = _parse_memo(L, toks, low) if len(toks) > _MEMO_TOKENS else None
    r = _parse(L, toks, 0, low, memo=memo)
    if r is None or r.end != len(toks):
        return None
    return _norm(r.value)
