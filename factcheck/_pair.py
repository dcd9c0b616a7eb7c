"""Pair the figures of aligned paragraphs into facts across all versions.

For every aligned paragraph group the figures of each version are matched to
the facts built so far (the reference version's figures start them) by a score
in [0, 1] made of:

* **kind**: numbers, money and quantities may pair with each other (a version
  may leave out the currency or the unit), numeric kinds with equal values
  too; every other kind only with itself; an ordinal never pairs with a number;
* **value** closeness: hedges as bounded neighbourhoods ("über 5.000" is
  5 000–7 500 here), rounding precision, the other reading of an ambiguous
  format ("5,000" in German), unit conversion (factors from rule FC303's file);
  a factor of exactly 1000 (the billion/Milliarde false friend) is close;
  partial dates agree with full dates that contain them;
* **unit**: same currency / unit, or at least the same dimension;
* **counted noun** (``Figure.head``): cognates (same normalised prefix, or a
  small edit distance) and the concept lexicon of ``[nouns]`` in
  ``rules/lang/<lang>.toml``;
* **position** of the figure in its paragraph group (relative offset).

The assignment is greedy by best score (ties: the earlier figure first), which
on paragraph-sized groups finds the same pairs as an optimal assignment in
practice and stays O(n log n). A pair needs a close value or the same counted
noun, unless both figures are the only ones of their kind in the group (so a
changed figure still pairs, but position alone never pairs "zwei" with "18").
A figure left without a partner in its group gets a second, document-wide
chance against facts that lack its version: translators move sentences
between paragraphs; that chance requires an equal value and a compatible noun.
Every figure still alone becomes a fact with one mention (the presence rule
reports it as missing elsewhere). See docs/check.md.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from operator import attrgetter

from ._diskcache import persistent
from ._lexicon import lexicon
from ._locale import base_lang
from ._records import Document, Fact, Figure, Mention
from ._rules._timex import anchor, month_day

__all__ = [
    "PAIR_THRESHOLD",
    "converted_values",
    "figure_score",
    "noun_concept",
    "noun_similarity",
    "pair_figures",
    "same_noun",
    "value_similarity",
]

#: Entries kept by the caches of per-word results (bounded: a batch of 10 000
#: article sets must not grow memory).
_CACHE = 16_384
#: A figure joins a fact of its paragraph group only with a score at least this.
PAIR_THRESHOLD = 0.42
#: Score leftovers of one kind need to pair in order of position.
_LEFTOVER_THRESHOLD = 0.25
#: Score a figure needs to join a fact outside its paragraph group.
MOVED_THRESHOLD = 0.62
_MAX_PARTNERS = 16  # facts with an equal value tried per lone figure (second chance)

_AMOUNT = frozenset(("number", "money", "quantity"))
_TEMPORAL = frozenset(("date", "time", "duration"))
#: Kinds that may pair across kinds when their values are equal (never ordinals).
_NUMERIC = frozenset(("number", "money", "quantity", "percent"))


# --------------------------------------------------------------------------- nouns


@lru_cache(maxsize=_CACHE)
def _fold(word: str) -> str:
    """Lowercase, no diacritics (đ → d), letters only.

    >>> _fold("Universitäten"), _fold("nhân viên"), _fold("Kaspersky-Mitarbeiter")
    ('universitaten', 'nhanvien', 'kasperskymitarbeiter')
    """
    word = word.lower().replace("đ", "d").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch))


@cache
def _noun_table(lang: str) -> tuple[tuple[str, str, str], ...]:
    """(folded word, lowercase word, concept id) of the ``[nouns]`` lexicon section,
    longest first."""
    return _read_noun_table(base_lang(lang))


@persistent("noun-table")
def _read_noun_table(base: str) -> tuple[tuple[str, str, str], ...]:
    """:func:`_noun_table` of a base language (kept in the on-disk table cache: folding
    every lexicon noun costs a few milliseconds per language)."""
    section = lexicon(base).get("nouns", {})
    rows: list[tuple[str, str, str]] = []
    for concept, words in section.items():
        if isinstance(words, str):
            words = [words]
        if not isinstance(words, list):
            continue
        for w in words:
            if isinstance(w, str) and _fold(w):
                rows.append((_fold(w), " ".join(w.lower().split()), str(concept)))
    rows.sort(key=lambda p: -len(p[1]))
    return tuple(rows)


#: Languages whose words are syllables with meaningful diacritics: match whole words only.
_SYLLABIC = frozenset(("vi",))


@lru_cache(maxsize=_CACHE)
def noun_concept(head: str, lang: str) -> str | None:
    """The shared concept id of a counted noun, from the ``[nouns]`` lexicon.

    A lexicon word matches the noun itself, its inflections (the word is a
    prefix of the noun) and, in German, compounds ending in it. In Vietnamese
    a lexicon phrase must start the noun phrase, word for word.

    >>> noun_concept("Kaspersky-Mitarbeitern", "de"), noun_concept("salariés", "fr")
    ('staff', 'staff')
    >>> noun_concept("nhân viên mới", "vi"), noun_concept("nhà", "vi")
    ('staff', 'homes')
    """
    base = base_lang(lang)
    if base in _SYLLABIC:
        low = " ".join(head.lower().split())
        for _, phrase, concept in _noun_table(base):
            if low == phrase or low.startswith(phrase + " "):
                return concept
        return None
    h = _fold(head)
    if not h:
        return None
    table = _noun_index(base)
    found = table.get(h)
    if found is not None:
        return found
    for cut in (1, 2, 3):  # inflections: the lexicon word plus up to three letters
        if len(h) - cut >= 2:
            found = table.get(h[:-cut])
            if found is not None:
                return found
    if base == "de":  # compounds ending in a lexicon word (Kaspersky-Mitarbeitern)
        for start in range(1, len(h) - 3):
            for cut in (0, 1, 2, 3):
                if len(h) - cut - start < 4:
                    break
                found = table.get(h[start : len(h) - cut])
                if found is not None:
                    return found
    words = [_fold(w) for w in head.split()]
    if len(words) > 1:
        for w in (words[0], words[-1]):
            found = table.get(w)
            if found is not None:
                return found
    return None


@cache
def _noun_index(base: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for folded, _, concept in _noun_table(base):
        index.setdefault(folded, concept)
    return index


def _edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=_CACHE)
def same_noun(a: str, b: str, lang_a: str = "", lang_b: str = "") -> bool | None:
    """True when two counted nouns name the same thing, False when clearly not,
    None when the test cannot tell.

    >>> same_noun("Universitäten", "universités"), same_noun("Mitarbeiter", "employés", "de", "fr")
    (True, True)
    >>> same_noun("Mitarbeiter", "universités", "de", "fr")
    False
    """
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return None
    if fa == fb:
        return True
    syllabic = base_lang(lang_a) in _SYLLABIC or base_lang(lang_b) in _SYLLABIC
    short = min(len(fa), len(fb))
    prefix = 0
    for ca, cb in zip(fa, fb, strict=False):
        if ca != cb:
            break
        prefix += 1
    if not syllabic and short >= 4 and prefix >= max(4, min(7, short - 2)):
        return True
    if (
        not syllabic
        and short >= 5
        and fa[:2] == fb[:2]
        and _edit_distance(fa, fb, 2) <= max(1, short // 4)
    ):
        return True
    ca_ = noun_concept(a, lang_a) if lang_a else None
    cb_ = noun_concept(b, lang_b) if lang_b else None
    if ca_ is not None and cb_ is not None:
        return ca_ == cb_
    if ca_ is not None or cb_ is not None:
        return False
    return None


def noun_similarity(a: Figure, b: Figure, lang_a: str, lang_b: str) -> float:
    """1 for the same counted noun, 0 for clearly different ones, in between when unknown."""
    if a.head is None and b.head is None:
        return 0.5
    if a.head is None or b.head is None:
        return 0.4
    same = same_noun(a.head, b.head, lang_a, lang_b)
    if same is None:
        return 0.3
    return 1.0 if same else 0.0


# --------------------------------------------------------------------------- values


#: For pairing, an open-ended hedge still names a neighbourhood of its value:
#: "über 5.000" is close to 5 200 but not to a million. (lower, upper) factors.
_HEDGE_SPAN: dict[str, tuple[Decimal, Decimal]] = {
    "over": (Decimal(1), Decimal("1.5")),
    "at-least": (Decimal(1), Decimal("1.5")),
    "under": (Decimal("0.6"), Decimal(1)),
    "at-most": (Decimal("0.6"), Decimal(1)),
    "up-to": (Decimal("0.6"), Decimal(1)),
    "nearly": (Decimal("0.8"), Decimal(1)),
    "about": (Decimal("0.85"), Decimal("1.15")),
    "approx-noun": (Decimal("0.75"), Decimal("1.25")),
}


def _interval(fig: Figure, value: Decimal) -> tuple[Decimal, Decimal]:
    """A bounded interval around ``value`` that the figure's hedge and rounding allow."""
    half = (fig.precision / 2) if fig.precision else _ZERO
    low, high = value, value
    if fig.qualifier == "between" and fig.low is not None and fig.high is not None:
        low, high = min(fig.low, value), max(fig.high, value)
    elif fig.qualifier in _HEDGE_SPAN:
        lo_f, hi_f = _HEDGE_SPAN[fig.qualifier]
        a, b = value * lo_f, value * hi_f
        low, high = min(a, b), max(a, b)
    return low - half, high + half


def _values(fig: Figure) -> list[Decimal]:
    out: list[Decimal] = []
    if isinstance(fig.value, Decimal) and fig.value.is_finite():
        out.append(fig.value)
    if fig.alt_value is not None and fig.alt_value.is_finite():
        out.append(fig.alt_value)
    return out


@cache
def _unit_table() -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Factors (and offsets) to each dimension's base unit, shared with rule FC303's file."""
    return _read_unit_table("FC303-unit-mismatch")


@persistent("pair-unit-table")
def _read_unit_table(rule_file: str) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """:func:`_unit_table` from ``rules/checks/<rule_file>.toml`` (kept in the on-disk
    table cache: a warm process does not parse the TOML)."""
    import tomllib
    from importlib import resources

    try:
        res = resources.files("factcheck.rules").joinpath("checks", f"{rule_file}.toml")
        data = tomllib.loads(res.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return {}, {}

    def num(v: object) -> Decimal | None:
        try:
            text = str(v)
            if "/" in text:
                n, d = text.split("/", 1)
                return Decimal(n) / Decimal(d)
            return Decimal(text)
        except (InvalidOperation, ZeroDivisionError):
            return None

    factors = {k: f for k, v in data.get("factors", {}).items() if (f := num(v)) is not None}
    offsets = {k: f for k, v in data.get("offsets", {}).items() if (f := num(v)) is not None}
    return factors, offsets


def converted_values(a: Figure, b: Figure) -> tuple[Decimal, Decimal] | None:
    """Both values in the base unit of their dimension, for quantities of one
    dimension stated in different units; None otherwise."""
    return _converted(a, b)


def _converted(a: Figure, b: Figure) -> tuple[Decimal, Decimal] | None:
    """Both values in the base unit, for quantities of one dimension in different units."""
    if not (a.unit and b.unit and a.unit != b.unit) or _dimension(a.unit) != _dimension(b.unit):
        return None
    if not isinstance(a.value, Decimal) or not isinstance(b.value, Decimal):
        return None
    factors, offsets = _unit_table()
    if a.unit not in factors or b.unit not in factors:
        return None
    x = (a.value + offsets.get(a.unit, _ZERO)) * factors[a.unit]
    y = (b.value + offsets.get(b.unit, _ZERO)) * factors[b.unit]
    return x, y


_ZERO = Decimal(0)
_CONVERSION_ROUNDING = Decimal("0.12")
_FAR = Decimal("0.8")  # the weight of a value that is neither equal nor in the other's interval
_SCALE_SLIPS = (Decimal(1000), Decimal(1000000))  # "5 millions" against "5 thousand"


_HUNDRED = Decimal(100)

#: The value similarity of two figures whose intervals overlap but whose values differ
#: ("une quarantaine" and "37"): well below an equal value, so that "une quarantaine"
#: pairs with "some forty" and "37 ans" with "37" whatever the counted nouns say.
_OVERLAP = 0.9


def _num_similarity(a: Figure, b: Figure) -> float:
    conv = _converted(a, b)
    if conv is not None:  # translators round conversions: 100 km ≈ 60 miles
        x, y = conv
        big = max(abs(x), abs(y))
        rel = abs(x - y) / big if big else _ZERO
        if rel <= _CONVERSION_ROUNDING:
            return 0.9
        return float(max(_ZERO, 1 - rel * 2) * _FAR)
    va, vb = _values(a), _values(b)
    if not va or not vb:
        return 0.5
    best = 0.0
    for x in va:
        for y in vb:
            if x == y:
                return 1.0
            la, ha = _interval(a, x)
            lb, hb = _interval(b, y)
            if lb < ha and la < hb:
                best = max(best, _OVERLAP)
                continue
            big = max(abs(x), abs(y))
            if big == 0:
                continue
            rel = abs(x - y) / big
            sim = max(_ZERO, 1 - rel * 2) * _FAR
            best = max(best, float(sim))
            if x and y:
                try:
                    ratio = (x / y) if abs(x) > abs(y) else (y / x)
                except (InvalidOperation, ZeroDivisionError):
                    continue
                if abs(ratio) in _SCALE_SLIPS:
                    best = max(best, 0.6)
    return best


def _timex_parts(value: str) -> list[str] | None:
    core = value.split("T", 1)[0] if not value.startswith("T") else ""
    parts = core.split("-")
    if not core or not parts or not all(p and set(p) <= _TIMEX_DIGITS for p in parts):
        return None
    return parts


_TIMEX_DIGITS = frozenset("0123456789X")


def _part_agrees(x: str, y: str) -> bool | None:
    """Two TIMEX components digit by digit (``198X`` holds 1985, not 1995);
    None when either is unknown (``XXXX``)."""
    if set(x) == {"X"} or set(y) == {"X"}:
        return None
    if len(x) != len(y):
        return x == y
    return all(p == q or p == "X" or q == "X" for p, q in zip(x, y, strict=True))


def _date_similarity(a: Figure, b: Figure) -> float:
    va, vb = a.value, b.value
    if not isinstance(va, str) or not isinstance(vb, str):
        return 0.5
    if va == vb and a.value_end == b.value_end:
        return 1.0
    if (anchor(va) != va) != (anchor(vb) != vb):
        # "a year after the March 3 vote" vs "3. März": compare the dates they name
        same = _date_similarity(
            dataclasses.replace(a, value=anchor(va)), dataclasses.replace(b, value=anchor(vb))
        )
        return min(same, 0.85)
    pa, pb = _timex_parts(va), _timex_parts(vb)
    if pa is None or pb is None:
        if va == vb:
            return 0.9
        ma, mb = month_day(va), month_day(vb)
        if ma is not None and mb is not None:  # "avril dernier" (REF-M04) vs "im April"
            days = ma[1] is None or mb[1] is None or ma[1] == mb[1]
            return 0.85 if ma[0] == mb[0] and days else 0.3
        return 0.3
    agree = 0
    compared = 0
    for x, y in zip(pa, pb, strict=False):
        part = _part_agrees(x, y)
        if part is None:
            continue
        compared += 1
        agree += part
    if compared == 0:
        return 0.5
    if agree == compared:
        return 0.9
    return 0.6 * agree / compared


def value_similarity(a: Figure, b: Figure) -> float:
    """How close two figures' values are, in [0, 1].

    >>> from decimal import Decimal as D
    >>> f = lambda v, **kw: Figure("number", str(v), 0, 1, D(v), **kw)
    >>> value_similarity(f(5000), f(5000)), value_similarity(f("2.5", precision=D("0.1")),
    ...     f("2.48", precision=D("0.01")))
    (1.0, 0.9)
    >>> value_similarity(f(5000), f(6000)) < 0.7
    True
    >>> value_similarity(f(5000), f(5, alt_value=D(5000)))
    1.0
    """
    if a.kind != b.kind and (_year_and_number(a, b) or _year_and_number(b, a)):
        return 1.0
    if a.kind in _TEMPORAL or b.kind in _TEMPORAL:
        return _date_similarity(a, b)
    pct = _fraction_as_percent(a, b) or _fraction_as_percent(b, a)
    if pct is not None:
        return _num_similarity(*pct)
    return _num_similarity(a, b)


def _fraction_as_percent(frac: Figure, pct: Figure) -> tuple[Figure, Figure] | None:
    """A fraction ("ein Viertel", "one in three") beside a percentage ("25 percent"):
    the fraction in percent, with the percentage's rounding, so the two compare."""
    if (
        pct.kind != "percent" or "fraction" not in frac.flags
        or not isinstance(frac.value, Decimal) or abs(frac.value) > 1
    ):
        return None
    scaled = Figure(
        "percent", frac.text, frac.start, frac.end, frac.value * _HUNDRED,
        qualifier=frac.qualifier, precision=pct.precision,
    )
    return scaled, pct


def _dimension(unit: str) -> str:
    return unit.split("-", 1)[0] if "-" in unit else unit


def _kind_factor(a: Figure, b: Figure) -> float:
    if a.kind == b.kind:
        return 1.0
    if a.kind in _AMOUNT and b.kind in _AMOUNT:
        return 0.75
    if _year_and_number(a, b) or _year_and_number(b, a):
        return 0.8  # "1996" read as a year in one version and as a number in another
    if a.kind in _NUMERIC and b.kind in _NUMERIC and value_similarity(a, b) >= _OVERLAP:
        # "5.6 points" read as a percentage in one language and a quantity in
        # another: the same value, so most likely the same fact
        return 0.7
    return 0.0


def _year_and_number(date: Figure, number: Figure) -> bool:
    return (
        date.kind == "date"
        and number.kind == "number"
        and isinstance(date.value, str)
        and len(date.value) == 4
        and date.value.isdigit()
        and isinstance(number.value, Decimal)
        and number.value == int(date.value)
    )


def _unit_similarity(a: Figure, b: Figure) -> float:
    if a.unit == b.unit:
        return 1.0
    if a.unit is None or b.unit is None:
        return 0.6
    if a.kind == "quantity" and b.kind == "quantity":
        return 0.8 if _dimension(a.unit) == _dimension(b.unit) else 0.0
    return 0.3  # a different currency: still the same fact, the rules report it


def figure_score(
    a: Figure, b: Figure, lang_a: str, lang_b: str, pos_a: float = 0.5, pos_b: float = 0.5
) -> float:
    """How likely two figures of two versions state the same fact, in [0, 1]."""
    return _evidence(a, b, lang_a, lang_b, pos_a, pos_b)[0]


def _evidence(
    a: Figure, b: Figure, lang_a: str, lang_b: str, pos_a: float, pos_b: float
) -> tuple[float, bool]:
    """The score, and whether the value or the counted noun itself supports the pair
    (not only position and kind)."""
    kf = _kind_factor(a, b)
    if kf == 0.0:
        return 0.0, False
    return _evidence_of(a, b, lang_a, lang_b, pos_a, pos_b, kf, value_similarity(a, b))


def _evidence_of(
    a: Figure,
    b: Figure,
    lang_a: str,
    lang_b: str,
    pos_a: float,
    pos_b: float,
    kf: float,
    vs: float,
) -> tuple[float, bool]:
    """:func:`_evidence` once the kind factor (not 0) and the value similarity are known."""
    if a.kind == "quantity" and b.kind == "quantity" and a.unit and b.unit:
        if _dimension(a.unit) != _dimension(b.unit):
            kf *= 0.5
    ns = noun_similarity(a, b, lang_a, lang_b)
    dist = pos_a - pos_b if pos_a > pos_b else pos_b - pos_a
    score = 0.45 * vs + 0.22 * ns + 0.2 * (1.0 - dist) + 0.13 * _unit_similarity(a, b)
    return score * kf, vs >= 0.5 or ns >= 1.0


# --------------------------------------------------------------------------- assignment


@dataclass(slots=True)
class _Fact:
    group: int
    mentions: dict[int, Mention] = field(default_factory=dict)
    positions: dict[int, float] = field(default_factory=dict)


def _rel_positions(doc: Document, figs: Sequence[Figure], paras: tuple[int, ...]) -> list[float]:
    if not paras or not doc.paragraphs:
        return [0.5] * len(figs)
    if len(paras) == 1:
        s, e = doc.paragraphs[paras[0]]
        width = (e - s) or 1
        out = [(fig.start - s) / width for fig in figs]
        if out and not (0.0 <= min(out) and max(out) <= 1.0):
            return [_clamp(x) for x in out]
        return out
    spans = [doc.paragraphs[p] for p in paras]
    total = sum(e - s for s, e in spans) or 1
    out = []
    for fig in figs:
        acc = 0
        for s, e in spans:
            if fig.start < e or (s, e) == spans[-1]:
                acc += max(0, min(fig.start, e) - s)
                break
            acc += e - s
        out.append(min(1.0, acc / total))
    return out


def _clamp(x: float) -> float:
    """``min(1.0, max(0.0, x))``."""
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def _greedy(
    facts: list[_Fact],
    version: int,
    figs: Sequence[Figure],
    positions: Sequence[float],
    paragraphs: Sequence[int],
    docs: Sequence[Document],
    threshold: float,
) -> list[int]:
    """Attach figures of ``version`` to ``facts``; return indices of figures left over."""
    if not facts:
        return list(range(len(figs)))
    lang = docs[version].lang
    candidates: list[tuple[float, int, int]] = []
    used_facts: set[int] = set()
    used_figs: set[int] = set()

    def attach(fi: int, gi: int) -> None:
        used_facts.add(fi)
        used_figs.add(gi)
        facts[fi].mentions[version] = Mention(version, figs[gi], paragraphs[gi])
        facts[fi].positions[version] = positions[gi]

    pairs: Iterator[tuple[int, int]]
    if len(facts) * len(figs) <= 40_000:
        pairs = ((fi, gi) for fi in range(len(facts)) for gi in range(len(figs)))
    else:
        # Very large groups (hostile input, a book in one paragraph): equal
        # values pair first, in order of position, through a hash index; the
        # rest only look at the facts nearest in position. Linear time.
        buckets: dict[tuple[str, str], list[int]] = {}
        backwards = [-sum(p.values()) / len(p) for p in [f.positions for f in facts]]
        firsts = [next(iter(fact.mentions.values())).figure for fact in facts]
        # (_value_keys with its one-number case inline: two calls per figure fewer)
        keys: Collection[str]
        for fi in sorted(range(len(facts)), key=backwards.__getitem__):
            fig0 = firsts[fi]
            value = fig0.value
            if fig0.alt_value is None and type(value) is Decimal and value.is_finite():
                buckets.setdefault((fig0.kind, _number_key(value)), []).append(fi)
                continue
            for key in _value_keys(fig0):
                buckets.setdefault((fig0.kind, key), []).append(fi)
        del firsts
        for gi in sorted(range(len(figs)), key=positions.__getitem__):
            fig = figs[gi]
            value = fig.value
            if fig.alt_value is None and type(value) is Decimal and value.is_finite():
                keys = (_number_key(value),)
            else:
                keys = _value_keys(fig)
            for key in keys:
                stack = buckets.get((fig.kind, key))
                while stack and stack[-1] in used_facts:
                    stack.pop()
                if stack:  # attach(stack.pop(), gi), inline
                    fi = stack.pop()
                    used_facts.add(fi)
                    used_figs.add(gi)
                    fact = facts[fi]
                    fact.mentions[version] = Mention(version, fig, paragraphs[gi])
                    fact.positions[version] = positions[gi]
                    break
        pairs = iter(())  # what is left goes to phase 2 (in order of position)
    # Phase 1: pairs supported by a close value or the same counted noun.
    for fi, gi in pairs:
        fact = facts[fi]
        if version in fact.mentions:
            continue
        if len(fact.mentions) == 1:
            # One mention (every fact, when two versions are checked): the pair is a
            # candidate only if this mention supports it, so skip the rest of the
            # evidence when it cannot: no kind in common, or neither a close value
            # nor a counted noun on both sides (noun_similarity < 1 without one).
            ((v, m),) = fact.mentions.items()
            fig = figs[gi]
            kf = _kind_factor(m.figure, fig)
            if kf == 0.0:
                continue
            vs = value_similarity(m.figure, fig)
            if vs < 0.5 and (m.figure.head is None or fig.head is None):
                continue
            score, strong = _evidence_of(
                m.figure, fig, docs[v].lang, lang, fact.positions[v], positions[gi], kf, vs
            )
            if score >= threshold and strong:
                candidates.append((score, fi, gi))
            continue
        total = 0.0
        strong = False
        for v, m in fact.mentions.items():
            sc, st = _evidence(
                m.figure, figs[gi], docs[v].lang, lang, fact.positions[v], positions[gi]
            )
            total += sc
            strong = strong or st
        score = total / len(fact.mentions)
        if score >= threshold and strong:
            candidates.append((score, fi, gi))
    candidates.sort(key=lambda c: (-c[0], c[2], c[1]))
    for _, fi, gi in candidates:
        if fi not in used_facts and gi not in used_figs:
            attach(fi, gi)
    if len(used_figs) == len(figs):
        return []  # every figure found its fact: nothing is left over for phase 2
    # Phase 2: what is left of one kind pairs in order of position when both
    # sides have as many figures of that kind left ("120 Ladepunkte" vs "150
    # bornes": a changed figure), never when the counts differ (position alone
    # must not pair "zwei" with one of "17, 18 et 20 ans").
    left_facts: dict[str, list[int]] = {}
    for fi, fact in enumerate(facts):
        if fi not in used_facts and version not in fact.mentions:
            first = next(iter(fact.mentions.values())).figure
            left_facts.setdefault(_leftover_class(first), []).append(fi)
    left_figs: dict[str, list[int]] = {}
    for gi, fig in enumerate(figs):
        if gi not in used_figs:
            left_figs.setdefault(_leftover_class(fig), []).append(gi)
    for kind, fis in left_facts.items():
        gis = left_figs.get(kind, [])
        if not gis or len(gis) != len(fis):
            continue
        if kind == "ordinal" and not _lone_ranks(facts, fis, figs, gis):
            continue  # "first", "zweite": too often idiomatic to pair blindly
        fis = sorted(fis, key=lambda i: _mean_pos(facts[i]))
        gis = sorted(gis, key=lambda i: positions[i])
        for fi, gi in zip(fis, gis, strict=True):
            fact = facts[fi]
            score = sum(
                _evidence(m.figure, figs[gi], docs[v].lang, lang, fact.positions[v], positions[gi])[
                    0
                ]
                for v, m in fact.mentions.items()
            ) / len(fact.mentions)
            # small spelled-out numbers ("one of", "beide", "hai") are idiomatic as
            # often as they count something: they pair on value or noun only
            idiom = _small_word(figs[gi]) or any(
                _small_word(m.figure) for m in fact.mentions.values()
            )
            if score >= _LEFTOVER_THRESHOLD and not idiom and _comparable(fact, figs[gi]):
                attach(fi, gi)
    return [gi for gi in range(len(figs)) if gi not in used_figs]


def _lone_ranks(
    facts: Sequence[_Fact], fis: Sequence[int], figs: Sequence[Figure], gis: Sequence[int]
) -> bool:
    """One ordinal left on each side, both a small rank above the first (second to
    twelfth): "the second time" against "lần thứ ba" is a changed rank. "First" is
    an idiom as often as a rank ("the first lady", "for the first time"), and a
    high rank is a date or an anniversary as often ("his 21st birthday")."""
    if len(fis) != 1 or len(gis) != 1:
        return False
    ranks = [m.figure.value for m in facts[fis[0]].mentions.values()]
    ranks.append(figs[gis[0]].value)
    return all(isinstance(r, Decimal) and 2 <= r <= 12 for r in ranks)


def _leftover_class(fig: Figure) -> str:
    """Leftovers pair within one class: amounts together, relative dates apart."""
    if fig.kind in _AMOUNT:
        return "amount"
    return fig.kind + ("-relative" if "relative" in fig.flags else "")


def _comparable(fact: _Fact, fig: Figure) -> bool:
    """Leftovers pair only when their values are within a factor of 5 of each other
    (a changed figure, not "zwischen 13 und 15 Uhr" read as 13 against "1 and 3 p.m.")."""
    if isinstance(fig.value, str):
        return all(_temporal_comparable(m.figure, fig) for m in fact.mentions.values())
    vb = _values(fig)
    if not vb:
        return True
    for m in fact.mentions.values():
        va = _values(m.figure)
        if not va:
            continue
        if m.figure.qualifier == fig.qualifier == "approx-noun":
            continue  # "hundreds" against "Tausende": collectives a factor 10 apart
        x, y = abs(va[0]), abs(vb[0])
        if x == 0 or y == 0 or max(x, y) > 5 * min(x, y):
            return False
    return True


def _temporal_comparable(a: Figure, b: Figure) -> bool:
    """Two dates that share a stated component (a changed day of the same month),
    two durations in the same unit, or two times; not a weekday against a date."""
    va, vb = a.value, b.value
    if not isinstance(va, str) or not isinstance(vb, str):
        return False
    pa, pb = _timex_parts(anchor(va)), _timex_parts(anchor(vb))
    if pa is not None and pb is not None:
        return any(x == y and set(x) != {"X"} for x, y in zip(pa, pb, strict=False))
    if va.startswith("P") and vb.startswith("P"):
        return va[-1:] == vb[-1:]
    return va.startswith("T") and vb.startswith("T")


def _small_word(fig: Figure) -> bool:
    return (
        fig.kind == "number"
        and "words" in fig.flags
        and isinstance(fig.value, Decimal)
        and abs(fig.value) <= 12
    )


def _fact_kind(mentions: dict[int, Mention]) -> str:
    return next(iter(mentions.values())).figure.kind


def _mean_pos(fact: _Fact) -> float:
    return sum(fact.positions.values()) / len(fact.positions)


def _value_keys(fig: Figure) -> Collection[str]:
    value = fig.value
    if fig.alt_value is None:  # one value: the common case, without a set
        if type(value) is Decimal:
            return (_number_key(value),) if value.is_finite() else ()
        if type(value) is str:
            return ("d:" + value,)
    keys: set[str] = set()
    for v in _values(fig):
        keys.add(_number_key(v))
    if isinstance(fig.value, str):
        keys.add("d:" + fig.value)
    return keys


@lru_cache(maxsize=65536)
def _number_key(value: Decimal) -> str:
    return "n:" + format(value.normalize(), "f")


def pair_figures(
    documents: Sequence[Document],
    figures: Sequence[Sequence[Figure]],
    alignment: Sequence[Sequence[tuple[int, ...]]],
    *,
    reference: int = 0,
) -> tuple[Fact, ...]:
    """Facts: the figures of every version, paired along the paragraph alignment."""
    n = len(documents)
    if n == 0:
        return ()
    # figures per (version, paragraph)
    by_para: list[dict[int, list[Figure]]] = []
    for doc, figs in zip(documents, figures, strict=True):
        starts = [s for s, _ in doc.paragraphs]
        table: dict[int, list[Figure]] = {}
        if len(starts) <= 1:  # one paragraph (or none): every figure is in paragraph 0
            if figs:
                table[0] = list(figs)
            by_para.append(table)
            continue
        for fig in figs:
            p = max(0, bisect_right(starts, fig.start) - 1)
            table.setdefault(p, []).append(fig)
        by_para.append(table)
    seen: list[set[int]] = [set() for _ in range(n)]
    order = [reference, *[k for k in range(n) if k != reference]]
    facts: list[_Fact] = []
    for gi, group in enumerate(alignment):
        group_facts: list[_Fact] = []
        for v in order:
            table = by_para[v]
            if not table:
                continue  # no figure in this version
            paras = group[v] if v < len(group) else ()
            here: list[Figure] = []
            fig_paras: list[int] = []
            for p in paras:
                found = table.get(p)
                if found:  # (seen: only paragraphs with figures are looked up below)
                    seen[v].add(p)
                    here.extend(found)
                    fig_paras.extend([p] * len(found))
            if not here:
                continue
            positions = _rel_positions(documents[v], here, paras)
            if not group_facts:  # the first version of the group: every figure starts a fact
                group_facts = [
                    _Fact(gi, {v: Mention(v, fig, p)}, {v: pos})
                    for fig, p, pos in zip(here, fig_paras, positions, strict=True)
                ]
                continue
            left = _greedy(group_facts, v, here, positions, fig_paras, documents, PAIR_THRESHOLD)
            group_facts.extend([
                _Fact(gi, {v: Mention(v, here[i], fig_paras[i])}, {v: positions[i]}) for i in left
            ])
        facts.extend(group_facts)
    # figures in paragraphs the alignment did not mention (should not happen)
    for v in range(n):
        for p, figs_p in by_para[v].items():
            if p not in seen[v]:  # pragma: no cover - every paragraph is in a group
                for fig in figs_p:
                    facts.append(_Fact(len(alignment), {v: Mention(v, fig, p)}, {v: 0.5}))
    if n > 1:
        _second_chance(facts, documents)
    # facts in reading order: by group, then by where the figure that started the
    # fact stands (Python's sort is stable, and facts were created in that order
    # within a group, so only the group needs to be a key)
    facts.sort(key=_GROUP)
    rank = {v: i for i, v in enumerate(order)}.__getitem__
    out: list[Fact] = []
    for f in facts:
        mentions = f.mentions
        if len(mentions) == 1:
            (only,) = mentions.values()
            out.append(Fact(kind=only.figure.kind, mentions=(only,)))
            continue
        if len(mentions) == 2:
            (va, ma), (vb, mb) = mentions.items()
            first = ma if rank(va) < rank(vb) else mb
            out.append(Fact(first.figure.kind, (ma, mb) if va < vb else (mb, ma)))
            continue
        first = mentions[min(mentions, key=rank)]
        out.append(
            Fact(kind=first.figure.kind, mentions=tuple(mentions[v] for v in sorted(mentions)))
        )
    return tuple(out)


_GROUP = attrgetter("group")


def _second_chance(facts: list[_Fact], documents: Sequence[Document]) -> None:
    """Merge facts that lack a version with lone figures of that version stating
    the same value elsewhere in the document (a moved sentence)."""
    n = len(documents)
    if all(len(f.mentions) == n for f in facts):
        return
    index: dict[str, list[int]] = {}  # value key → facts lacking a version, by group
    for i, f in enumerate(facts):
        if len(f.mentions) < n:
            for key in {k for m in f.mentions.values() for k in _value_keys(m.figure)}:
                index.setdefault(key, []).append(i)
    for members in index.values():
        members.sort(key=lambda j: facts[j].group)
    groups = {key: [facts[j].group for j in members] for key, members in index.items()}
    candidates: list[tuple[float, int, int]] = []
    for i, f in enumerate(facts):
        if len(f.mentions) != 1:
            continue
        ((v, m),) = f.mentions.items()
        partners: set[int] = set()
        for key in _value_keys(m.figure):
            # at most the nearest few facts with that value: linear on hostile input
            found = index.get(key)
            if found is None:
                continue
            if len(found) > _MAX_PARTNERS:
                at = bisect_left(groups[key], f.group)
                found = found[max(0, at - _MAX_PARTNERS // 2) : at + _MAX_PARTNERS // 2]
            partners.update(found)
        for j in partners:
            if j == i or v in facts[j].mentions or facts[j].group == f.group:
                continue
            other = facts[j]
            scores = []
            for w, om in other.mentions.items():
                vs = value_similarity(om.figure, m.figure)
                ns = noun_similarity(om.figure, m.figure, documents[w].lang, documents[v].lang)
                if vs < _OVERLAP or ns < 0.3 or _kind_factor(om.figure, m.figure) < 1.0:
                    scores.append(0.0)
                    continue
                if ns < 1.0 and (_small_word(m.figure) or _small_word(om.figure)):
                    # "two", "hai", "eine" recur everywhere: far away, an equal small
                    # number word is a coincidence unless it counts the same thing
                    scores.append(0.0)
                    continue
                scores.append(0.5 * vs + 0.3 * ns + 0.2 * _unit_similarity(om.figure, m.figure))
            score = sum(scores) / len(scores)
            if score >= MOVED_THRESHOLD:
                distance = abs(facts[j].group - f.group)
                candidates.append((score - 0.001 * distance, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    absorbed: set[int] = set()
    grown: set[int] = set()
    for _, i, j in candidates:
        if i in absorbed or i in grown or j in absorbed:
            continue
        lone, target = facts[i], facts[j]
        ((v, m),) = lone.mentions.items()
        if v in target.mentions:
            continue
        target.mentions[v] = m
        target.positions[v] = lone.positions[v]
        absorbed.add(i)
        grown.add(j)
    facts[:] = [f for i, f in enumerate(facts) if i not in absorbed]
