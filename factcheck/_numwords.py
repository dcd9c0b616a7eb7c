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
from typing import Any, NamedTuple

from ._lexicon import lexicon

__all__ = ["WordNumber", "parse_number_words", "scan_number_words"]


@dataclass(frozen=True, slots=True)
class WordNumber:
    """One spelled-out number, fraction or ordinal; ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    value: Decimal
    ordinal: bool = False
    fraction: bool = False


# Token kinds.
NUM = "num"  # units, teens, tens (add up)
ART = "art"  # an article that is not also a unit word ("a", "an")
HUNDRED = "hundred"  # multiplies what precedes (hundert, cent, hundred, trăm)
SCALE = "scale"  # closes a group (tausend, million, nghìn)
MULT = "mult"  # dozen
CONN = "conn"  # und, and, et
FRAC = "frac"  # denominator words: Hälfte, tiers, quarter, nửa
HALF = "half"  # adds one half: einhalb, rưỡi
FIXED = "fixed"  # anderthalb
TENMUL = "tenmul"  # vi mươi/chục: unit × 10
ZERO = "zero"  # vi linh/lẻ: empty tens place
ORD = "ord"  # ordinal words
ORDPRE = "ordpre"  # vi thứ
PER = "per"  # vi phần (numerator phần denominator)
PAIR = "pair"  # beide, both
POINT = "point"  # spelled decimal point: Komma, virgule, point, phẩy

_D0 = Decimal(0)
_D1 = Decimal(1)
_HALF = Decimal("0.5")
_LETTER = r"[^\W\d_]"
#: What may come right before a number word.
_PRE = (
    "[\\s\\-(\\[{\"'\u2019\u2018\u201a\u201e\u201c\u201d\u00ab\u00bb"
    "\u2039\u203a/.,;:!?\u00bf\u00a1*\u2026\u2013\u2014]"
)
_SP = r"[ \t\u00a0\u202f]"


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
    """A regex alternation of ``words`` as a trie, longest match first."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        alts = []
        singles = []
        for ch in sorted(k for k in node if k):
            sub = node[ch]
            esc = " " if ch == " " else re.escape(ch)
            if list(sub) == [""]:
                singles.append(esc)
            else:
                alts.append(esc + emit(sub))
        if singles:
            alts.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(root)


def _dec(v: Any) -> Decimal:
    return Decimal(str(v))


class _Lang:
    """The compiled tables of one language."""

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)
        self.lang = lang
        num: dict[str, Any] = lex.get("numbers", {})
        ords: dict[str, Any] = lex.get("ordinals", {})
        fracs: dict[str, Any] = lex.get("fractions", {})
        self.compound = bool(num.get("compound", False))
        self.vigesimal = bool(num.get("vigesimal", False))
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
        # Ordinals.
        endings = [e.lower() for e in ords.get("endings", [""])]
        self.not_denominator = {w.lower() for w in ords.get("not_denominator", [])}
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
            for stem, (v, base) in stems.items():
                if v > 2:
                    ent.setdefault(stem + suffix, Entry(FRAC, v, base=base))
        for w in fracs.get("add_half", []):
            ent[w.lower()] = Entry(HALF, _HALF)
        for w, v in fracs.get("fixed", {}).items():
            ent[w.lower()] = Entry(FIXED, _dec(v))
        for w in fracs.get("per", []):
            ent[w.lower()] = Entry(PER, _D0)
        self.entries = ent
        self.bare_fracs = {w.lower() for w in fracs.get("bare", [])}
        self.half_after_conn = {w.lower() for w in fracs.get("half_after_connector", [])}
        self.bare_scales = {w.lower() for w in num.get("bare_scales", [])}
        self.count_before = {w.lower() for w in num.get("article_count_before", [])}
        self.count_after = [w.lower() for w in num.get("article_count_after", [])]
        self.contrast = {w.lower() for w in num.get("article_contrast", [])}
        self.restricted = {w.lower() for w in num.get("restricted", [])}
        self.restricted_ok = {w.lower() for w in num.get("restricted_ok_before", [])}
        self.only_after = {
            k.lower(): {x.lower() for x in v} for k, v in num.get("only_after", {}).items()
        }
        self.proper_caps = bool(num.get("proper_noun_caps", False))
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
            and ent[w].kind not in (CONN, ZERO, HALF, POINT)
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
            self.morph_re = re.compile(morph)
            any_word = rf"(?>(?:{morph})++)"
            # an article is a word of its own: a run starts with an article only
            # through the optional article prefix below
            not_start = _trie(
                art_words + [w for w in words if ent[w].kind in (CONN, ZERO, HALF, POINT)]
            )
            start_word = rf"(?:(?!(?:{not_start})(?!{_LETTER})){any_word})"
        else:
            self.morph_re = re.compile(_trie(words))
            any_word = f"(?:{_trie(words)})"
            start_word = f"(?:{_trie(start_words)})"
        art = rf"(?:(?:{_trie(art_words)})(?!{_LETTER}){sep})?" if art_words else ""
        # The run starts after a non-letter that the pattern consumes: a literal
        # first set lets the regex engine skip ahead cheaply (see the speed notes
        # in docs/number-words.md); the text is scanned with one space in front.
        run = (
            rf"{_PRE}({art}{start_word}(?!{_LETTER})"
            rf"(?:{sep}{any_word}(?!{_LETTER}))*)"
        )
        self.run_re = re.compile(run)
        # The article rule: a lone article that states a count (see docs/number-words.md).
        arts = f"(?:{_trie(art_words)})" if art_words else ""
        parts = []
        if arts and self.count_before:
            parts.append(
                rf"(?:{_trie(sorted(self.count_before))})(?:{_SP}+|['\u2019])({arts})(?!{_LETTER})"
            )
        if arts and self.count_after:
            parts.append(rf"({arts}){_SP}+(?:{_trie(self.count_after)})(?!{_LETTER})")
        if arts and self.contrast:
            parts.append(
                rf"({arts}){_SP}+(?:{_trie(sorted(self.contrast))}){_SP}+(?=\d|{start_word}(?!{_LETTER}))"
            )
        # "zu dritt" (three of them): a count written with an ordinal stem
        self.group_stems = {st: v for st, (v, base) in stems.items() if base == "num" and v >= 2}
        group_prefixes = [w.lower() for w in ords.get("group_prefixes", [])]
        if group_prefixes and self.group_stems:
            parts.append(
                rf"(?:{_trie(group_prefixes)}){_SP}+(?P<grp>{_trie(sorted(self.group_stems))})"
                rf"(?!{_LETTER})"
            )
        self.art_rule_re = re.compile(_PRE + "(?:" + "|".join(parts) + ")") if parts else None
        self.word_re = re.compile(rf"(?<!{_LETTER})(?:{any_word})(?!{_LETTER})")
        self.ord_suffixes = [s.lower() for s in ords.get("digit_suffixes", [])]
        self.roman = bool(ords.get("roman", False))
        self.sentence_starters = {w.lower() for w in ords.get("sentence_starters", [])}
        self.digit_context = {w.lower() for w in ords.get("digit_context_before", [])}
        self.has_prefix = bool(ords.get("prefixes"))
        self.ord_prefixes = [w.lower() for w in ords.get("prefixes", [])]
        self.cache: dict[tuple[str, str], list[_Hit]] = {}

    # ---- tokens -------------------------------------------------------------

    def tokens(self, low: str, start: int, end: int) -> list[Tok]:
        out: list[Tok] = []
        if self.compound:
            for m in re.finditer(rf"{_LETTER}+", low[start:end]):
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


@cache
def _lang(lang: str) -> _Lang:
    base = lang.replace("-", "_").split("_")[0].lower()
    return _Lang(base)


# ---- the parser ---------------------------------------------------------------


def _mag(v: Decimal) -> int:
    return 10 if v < 10 else 100 if v < 100 else 1000


def _can_add(group: Decimal, v: Decimal, vig: bool) -> bool:
    if group % _mag(v) == 0:
        return True
    # French vigesimal: soixante-dix, quatre-vingt-onze
    return vig and group % 100 in (60, 80) and 10 <= v < 20


_FRAC_FOLLOW = {"of", "de", "d", "du", "des", "der", "von", "của"}


def _parse(
    L: _Lang, toks: list[Tok], i: int, low: str, *, no_scale: bool = False
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
    if k == ORDPRE:
        if i + 1 < n and toks[i + 1].e.kind == NUM:
            r = _parse(L, toks, i + 1, low)
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
                if prev not in allowed:
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
            if last in ("num", "tenmul") and group is not None and group < 100:
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
                if t.word in L.not_denominator:
                    return None
                if (
                    e.plural
                    or _next_word(low, t.end) in _FRAC_FOLLOW
                    or _next_word(low, t.end) == ""
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
            if t.word in L.not_denominator:
                break
            return _Parsed(j + 1, total + group / v, False, True)
        if k == POINT:
            if group is None or last not in ("num", "hundred", "tenmul") or fraction:
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
                sub = _parse(L, toks, j + 1, low, no_scale=True)
                if sub is None or sub.ordinal or sub.fraction or sub.value >= 1000:
                    break
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
                sub = _parse(L, toks, j + 1, low, no_scale=True)
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


_NEXT_WORD = re.compile(rf"{_SP}*({_LETTER}+|\S?)")
_PREV_WORD = re.compile(rf"({_LETTER}+)\W{{0,2}}$")


def _next_word(low: str, pos: int) -> str:
    m = _NEXT_WORD.match(low, pos)
    return m.group(1) if m else ""


def _prev_words(low: str, pos: int, k: int = 2) -> list[str]:
    """Up to ``k`` words before ``pos``, nearest first."""
    chunk = low[max(0, pos - 40) : pos]
    words = re.findall(rf"{_LETTER}+", chunk)
    return list(reversed(words[-k:]))


def _scan_articles(text: str, low: str, L: _Lang) -> list[WordNumber]:
    """Lone articles that state a count: "nur ein", "un seul", "ein oder zwei"."""
    if L.art_rule_re is None:
        return []
    out: list[WordNumber] = []
    for m in L.art_rule_re.finditer(" " + low):
        g = next(k for k in range(1, (m.lastindex or 0) + 1) if m.group(k) is not None)
        s, e = m.start(g) - 1, m.end(g) - 1
        value = L.group_stems[low[s:e]] if m.lastgroup == "grp" else _D1
        out.append(WordNumber(s, e, text[s:e], value))
    return out


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
    if L.proper_caps:
        return True
    if not single:
        return word in L.not_after or e.kind == ORDPRE
    return (
        e.article
        or e.kind not in (NUM, ORD, PAIR, FIXED)
        or e.kind == ORDPRE
        or word in L.restricted
        or word in L.only_after
        or word in L.not_after
        or word in L.not_before
    )


def _analyse(L: _Lang, run: str, nxt: str) -> list[_Hit]:
    """The numbers in one run (lower case) followed by the word ``nxt``."""
    local = run + " " + nxt
    toks = L.tokens(local, 0, len(run))
    hits: list[_Hit] = []
    i = 0
    n = len(toks)
    while i < n:
        r = _parse(L, toks, i, local)
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
        if fe.kind == FRAC and w not in L.bare_fracs:
            return False
        if fe.kind in (TENMUL, ZERO, CONN, PER, ORDPRE, HALF, MULT, POINT):
            return False
        if w in L.restricted and _next_word(low, first_end) not in L.restricted_ok:
            return False
        if w in L.only_after and w not in L.restricted:
            return False
        prev = _prev_words(low, start, 1)
        if prev and w in L.not_after and prev[0] in L.not_after[w]:
            # "the one", "a second", "pour cent"
            return False
        if w in L.not_before and _next_word(low, first_end) in L.not_before[w]:
            return False
    elif w in L.not_after and fe.kind != NUM:
        prev = _prev_words(low, start, 1)
        if prev and prev[0] in L.not_after[w]:
            return False
    if L.proper_caps and text[start].isupper():
        # Vietnamese names capitalise every syllable: "Ba Lan", "Hai Bà Trưng".
        m = _NEXT_CAP.match(text, end)
        if m and m.group(1).isupper():
            return False
        before = text[max(0, start - 3) : start].rstrip(" \u00a0\t")
        if (
            before
            and before[-1] not in ".!?:\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb([-\u2013\u2014"
        ):
            return False
    return True


_NEXT_CAP = re.compile(rf"{_SP}+({_LETTER})")


def _scan_words(text: str, low: str, L: _Lang) -> list[WordNumber]:
    out: list[WordNumber] = []
    cache = L.cache
    if len(cache) > 50000:
        cache.clear()
    for m in L.run_re.finditer(" " + low):
        s0 = m.start(1) - 1
        e0 = m.end(1) - 1
        key = (low[s0:e0], _next_word(low, e0))
        hits = cache.get(key)
        if hits is None:
            hits = cache[key] = _analyse(L, *key)
        for h in hits:
            if h.check and not _keep(L, text, low, h, s0):
                continue
            s, e = s0 + h.start, s0 + h.end
            out.append(WordNumber(s, e, text[s:e], h.value, h.ordinal, h.fraction))
    return out


def _lower(text: str) -> str:
    """``text.lower()`` with the same length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _norm(v: Decimal) -> Decimal:
    """Drop trailing zeros of whole numbers; round repeating fractions to 15 places."""
    if v == v.to_integral_value():
        return v.quantize(_D1)
    q = v.quantize(Decimal("1E-15")).normalize()
    return q


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


@cache
def _digit_ord_res(lang: str) -> tuple[re.Pattern[str], ...]:
    """Digit-ordinal patterns; each starts with a literal set so the engine skips ahead.

    The character before a match is checked in code (no digit, letter, "." or ",").
    """
    L = _lang(lang)
    if L.ord_suffixes:
        suf = "|".join(re.escape(s) for s in sorted(L.ord_suffixes, key=len, reverse=True))
        first = r"[\dIVX][\d,IVX]*" if L.roman else r"\d[\d,]*"
        return (re.compile(rf"({first})(?i:{suf})(?!{_LETTER}|\d)"),)
    if L.ord_prefixes:
        pre = "|".join(re.escape(p) for p in L.ord_prefixes)
        return (re.compile(rf"(?:{pre}){_SP}+(\d{{1,4}})(?![\d.,]\d)(?!{_LETTER})"),)
    if L.sentence_starters:
        return (re.compile(r"(\d{1,4})\.(?![\d\w])"),)
    return ()


_DIGITS_OR_ROMAN = re.compile(r"\d{1,3}(?:,\d{3})+|\d+|[IVX]+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def _scan_digit_ordinals(text: str, low: str, lang: str, L: _Lang) -> list[WordNumber]:
    out: list[WordNumber] = []
    german = not L.ord_suffixes and not L.ord_prefixes
    for pat in _digit_ord_res(lang):
        src = low if L.ord_prefixes else text
        for m in pat.finditer(src):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,-/_"):
                continue
            _digit_ordinal(L, lang, text, low, m, german, out)
    if len(out) > 1:
        out.sort(key=lambda w: w.start)
    return out


def _digit_ordinal(
    L: _Lang, lang: str, text: str, low: str, m: re.Match[str], german: bool, out: list[WordNumber]
) -> None:
    digits = m.group(1)
    if not _DIGITS_OR_ROMAN.fullmatch(digits):
        return
    if german and not _german_ordinal(L, lang, text, low, m.start(), m.end()):
        return
    if digits.isdigit() or "," in digits:
        value = Decimal(digits.replace(",", ""))
    else:
        value = Decimal(_roman(digits))
    out.append(WordNumber(m.start(), m.end(), text[m.start() : m.end()], value, True, False))


def _german_ordinal(L: _Lang, lang: str, text: str, low: str, start: int, end: int) -> bool:
    """Is the "5." at ``text[start:end]`` an ordinal? (docs/number-words.md)"""
    prev = _prev_words(low, start, 1)
    line_start = text.rfind("\n", 0, start) + 1
    at_line_start = text[line_start:start].strip() == ""
    if (
        prev
        and prev[0] in L.digit_context
        and not text[line_start:start].rstrip().endswith((".", "!", "?"))
    ):
        if low[max(0, start - 1) : start] in (" ", "\u00a0", "\t"):
            return True
    m = re.compile(r"[ \t\u00a0\u202f]*(\S?)").match(text, end)
    nxt = m.group(1) if m else ""
    if nxt == "" or text[end : m.end() if m else end].count("\n"):
        return False  # end of text or line: a cardinal ending a sentence
    if nxt in "-–/" or nxt.islower():
        return True  # "1.-3. Platz", "der 3. und 4."
    if nxt.isdigit() or not nxt.isalpha():
        return at_line_start and nxt.isalpha()
    w = _next_word(low, end)
    if w in _months(lang):
        return True
    if w in L.sentence_starters:
        return at_line_start
    return True  # a capitalised noun: "3. Liga"


# ---- public API ---------------------------------------------------------------


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
    L = _lang(lang)
    if not L.entries:
        return []
    low = _lower(text)
    found = _scan_words(text, low, L)
    extra = _scan_digit_ordinals(text, low, lang, L) + _scan_articles(text, low, L)
    if extra:
        found = sorted(found + extra, key=lambda w: (w.start, -w.end))
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
    if not L.entries:
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
    r = _parse(L, toks, 0, low)
    if r is None or r.end != len(toks):
        return None
    return _norm(r.value)
