"""Proportions stated as two counts or as "every nth": "one in three", "zwei von fünf",
"un Allemand sur trois", "jeder Dritte" → the fraction they state (1/3, 2/5).

A post-pass over the numbers stage's figures: two plain whole numbers joined by a word
of the lexicon's ``[ratios] joiners`` ("in", "out of", "von", "sur"), the first not
above the second, become one ``number`` figure with the flags ``ratio`` and
``fraction``; an ordinal after a word of ``[ratios] every`` ("jeder", "every") becomes
1/n, unless a unit of time follows ("jedes dritte Jahr" is a frequency). So "one in
three", "jeder Dritte" and "ein Drittel" state one value, and a fraction compares with
a percentage ("33 %"). French puts the counted noun between ("un Allemand sur trois"):
one word may stand before the joiner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache
from typing import Any, Final

from ._lexicon import lexicon
from ._pickling import by_constructor
from ._records import Figure
from ._spans import Spans

__all__ = ["hedged_fractions", "merge_ratios"]

#: significant digits of a ratio's value, as the number-word stage writes fractions
_DIGITS: Final = 15
_PLAIN_KINDS: Final = frozenset({"number"})


@dataclass(frozen=True)
class _Table:
    """``[ratios]`` of a language's lexicon, with what it needs from elsewhere."""

    #: joiners of two counts ("in", "out of", "von", "sur") and their last words
    joiners: frozenset[str]
    lasts: frozenset[str]
    #: words before an ordinal that make it 1/n ("jeder", "every")
    every: frozenset[str]
    #: joiners after which an article counts one ("un Allemand sur trois"; not de
    #: "einem Rückstand von vier", a deficit of four)
    article_joiners: frozenset[str]
    #: joiners after which "one" is one member of a group ("eine von elf Technologien")
    member_joiners: frozenset[str]
    #: adjective → the hedge it puts on the fraction after it ("a good third": over)
    fraction_adjectives: dict[str, str]
    #: the ``[numbers] articles`` that count one ("un", "a", "ein")
    articles: frozenset[str]
    #: unit words of time that make "every nth" a frequency (the dates stage's units)
    time_units: frozenset[str]

    @property
    def words(self) -> frozenset[str]:
        """Every word a proportion needs: a text without any has none."""
        return self.lasts | self.article_joiners | self.every

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


def _phrases(section: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(" ".join(str(w).lower().split()) for w in section.get(key, []))


@cache
def _table(lang: str) -> _Table:
    """The :class:`_Table` of ``lang`` (its base language's lexicon)."""
    lex = lexicon(lang)
    section = lex.get("ratios", {})
    section = section if isinstance(section, dict) else {}
    numbers = lex.get("numbers", {})
    articles = numbers.get("articles", []) if isinstance(numbers, dict) else []
    joiners = _phrases(section, "joiners")
    every = _phrases(section, "every")
    time_units: frozenset[str] = frozenset()
    if every:
        try:
            from ._dates_grammar import grammar

            time_units = frozenset(grammar(lang).units)
        except Exception:  # a locale the dates stage cannot build: no filter
            time_units = frozenset()
    adjectives = section.get("fraction_adjectives", {})
    return _Table(
        joiners=joiners,
        lasts=frozenset(j.rsplit(" ", 1)[-1] for j in joiners),
        every=every,
        article_joiners=_phrases(section, "article_joiners"),
        member_joiners=_phrases(section, "member_joiners"),
        fraction_adjectives={str(k).lower(): str(v) for k, v in adjectives.items()}
        if articles and isinstance(adjectives, dict) else {},
        articles=frozenset(str(w).lower() for w in articles),
        time_units=time_units,
    )


def _whole(fig: Figure) -> bool:
    value = fig.value
    return (
        isinstance(value, Decimal)
        and value.is_finite()
        and value == value.to_integral_value()
        and value >= 0
    )


def _plain(fig: Figure) -> bool:
    """A count with nothing that makes it more than a count."""
    return (
        fig.kind in _PLAIN_KINDS
        and fig.unit is None
        and fig.scale is None
        and fig.qualifier in (None, "about", "nearly", "over", "under", "at-least", "up-to")
        and "fraction" not in fig.flags
        and "range" not in fig.flags
        and _whole(fig)
    )


def _ratio(
    a: Figure, b: Figure, text: str, head: str | None, start: int, *, count: bool = False
) -> Figure:
    """The proportion a/b; with ``count`` it also states the count ``a`` (its
    alternative value): "trois points sur quatre" agrees with "three points"."""
    assert isinstance(a.value, Decimal) and isinstance(b.value, Decimal)
    with localcontext() as ctx:
        ctx.prec = _DIGITS
        value = a.value / b.value
        low = a.low / b.value if isinstance(a.low, Decimal) else None
        high = a.high / b.value if isinstance(a.high, Decimal) else None
    flags = frozenset({"ratio", "fraction"}) | (a.flags & {"words"}) | (b.flags & {"words"})
    return Figure(
        "number", text[start : b.end], start, b.end, value, low, high, a.qualifier, None,
        None, head, Decimal(1), None, None, flags, a.value if count else None,
    )


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The word ending right before ``start`` (spaces between), lower case, and its start."""
    j = start
    while j and text[j - 1] in " \u00a0":
        j -= 1
    k = j
    while k and (text[k - 1].isalpha() or text[k - 1] in "'’"):
        k -= 1
    return text[k:j].lower(), k


def _words_back(text: str, pos: int, count: int) -> tuple[list[int], list[str]]:
    """Up to ``count`` white-space separated words before ``pos`` on its line (starts,
    words), in text order."""
    line = text.rfind("\n", 0, pos) + 1
    starts: list[int] = []
    words: list[str] = []
    j = pos
    while len(words) < count:
        while j > line and text[j - 1].isspace():
            j -= 1
        k = j
        while k > line and not text[k - 1].isspace():
            k -= 1
        if k == j:
            break
        starts.insert(0, k)
        words.insert(0, text[k:j])
        j = k
    return starts, words


def _article_ratio(text: str, t: _Table, b: Figure, floor: int) -> Figure | None:
    """An article that counts one, maybe a noun, a joiner, then ``b``: "un Allemand
    sur trois", "a Briton in five" (the article is no figure of its own)."""
    assert isinstance(b.value, Decimal)
    if not 2 <= b.value <= 1_000_000:
        return None
    starts, words = _words_back(text, b.start, 3)
    for take in (2, 3):
        if len(words) < take:
            return None
        art, *mid, joiner = words[-take:]
        start = starts[-take]
        if (
            start >= floor
            and art.lower() in t.articles
            and joiner.lower() in t.article_joiners
            and all(w[:1].isalpha() for w in mid)
        ):
            one = Figure("number", art, start, start, Decimal(1), Decimal(1), Decimal(1))
            return _ratio(one, b, text, mid[0] if mid else b.head, start)
    return None


def merge_ratios(text: str, lang: str, figs: list[Figure]) -> list[Figure]:
    """``figs`` (in text order) with proportions merged into one figure each.

    >>> from factcheck import extract
    >>> [(f.text, str(f.value)) for f in extract("One in three Germans cycles.", "en")]
    [('One in three', '0.333333333333333')]
    >>> [(f.text, str(f.value)) for f in extract("Jeder Dritte fährt Rad.", "de")]
    [('Jeder Dritte', '0.333333333333333')]
    >>> [(f.text, f.head) for f in extract("Un Allemand sur trois fait du vélo.", "fr")]
    [('Un Allemand sur trois', 'Allemand')]
    """
    t = _table(lang)
    if not (t.joiners or t.every) or not figs:
        return figs
    if not any(w in text or w.capitalize() in text for w in t.words):
        return figs  # no joiner or "every" word anywhere (a run of digits, a table)
    joiners, every, lasts = t.joiners, t.every, t.lasts
    out: list[Figure] = []
    i, n = 0, len(figs)
    while i < n:
        a = figs[i]
        if every and a.kind == "ordinal" and _whole(a) and isinstance(a.value, Decimal):
            word, k = _word_before(text, a.start)
            nxt = text[a.end : a.end + 40].split()
            after = nxt[0].lower().strip(".,;:!?") if nxt else ""
            if word in every and a.value >= 2 and after not in t.time_units:
                one = Figure("number", "1", k, k, Decimal(1), Decimal(1), Decimal(1))
                out.append(_ratio(one, a, text, a.head, k))
                i += 1
                continue
        if (
            t.article_joiners
            and a.start > 1
            and text[a.start - 2].isalpha()  # a word ends right before (cheap first)
            and a.qualifier is None
            and _plain(a)
            and _word_before(text, a.start)[0] in t.article_joiners
        ):
            got = _article_ratio(text, t, a, out[-1].end if out else 0)
            if got is not None:
                out.append(got)
                i += 1
                continue
        if (
            joiners
            and i + 1 < n
            and figs[i + 1].start - a.end <= 40
            and text[figs[i + 1].start - 2].isalpha()  # a word ends right before
            and _plain(a)
            and _word_before(text, figs[i + 1].start)[0] in lasts
        ):
            b = figs[i + 1]
            if (
                (_plain(b) or (b.kind == "number" and b.scale is not None and b.unit is None))
                and b.qualifier is None
                and isinstance(b.value, Decimal)
            ):
                words = text[a.end : b.start].split()
                gap = " ".join(words).lower()
                head = b.head or a.head
                joined = gap in joiners
                joiner = gap
                if not joined and len(words) >= 2 and words[0][:1].isalpha():
                    # "deux électeurs sur cinq": the counted noun before the joiner
                    joiner = " ".join(words[1:]).lower()
                    joined = joiner in joiners
                    head = words[0]
                if joined and a.value == 1 and joiner in t.member_joiners:
                    joined = False  # "eine von elf Technologien": one of eleven
                if (
                    joined
                    and isinstance(a.value, Decimal)
                    and 2 <= b.value <= 1_000_000_000
                    and a.value <= b.value
                    and a.value > 0
                ):
                    out.append(_ratio(a, b, text, head, a.start, count=True))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_NEXT_WORD: Final = re.compile(r"[ \u00a0]*([^\W\d_]+)(?![\w\-])")


def hedged_fractions(
    text: str, lang: str, figs: list[Figure], claimed: Spans | None = None
) -> list[Figure]:
    """``figs`` with "a good third", "un petit quart", "ein gutes Drittel" read as the
    fraction with the adjective's hedge (over, under, nearly), in place of the
    ordinal the scanner may have read ("third").

    >>> from factcheck import extract
    >>> [(f.text, str(f.value), f.qualifier) for f in extract("a good third of votes", "en")]
    [('a good third', '0.333333333333333', 'over')]
    """
    t = _table(lang)
    if not t.fraction_adjectives:
        return figs
    from ._numbers import _interval
    from ._numwords import scan_number_words

    found: list[Figure] = []
    for adjective, qualifier in t.fraction_adjectives.items():
        # str.find for " good ": the adjective is rare enough to check each by hand
        needle = f" {adjective} "
        i = text.find(needle)
        while i >= 0:
            at, i = i, text.find(needle, i + 1)
            article, start = _word_before(text, at + 1)
            if article not in t.articles:
                continue
            nxt = _NEXT_WORD.match(text, at + len(needle))
            if nxt is None:
                continue
            end = nxt.end()
            if claimed is not None and claimed.overlaps(start, end):
                continue  # a date, a time or a token has these words ("third-quarter")
            phrase = f"{article} {nxt.group(1)}"
            words = scan_number_words(phrase, lang)
            if len(words) != 1 or not words[0].fraction or words[0].end != len(phrase):
                continue
            value = Decimal(words[0].value)
            lo, hi = _interval(value, qualifier)
            found.append(Figure(
                "number", text[start:end], start, end, value, lo, hi, qualifier, None, None,
                None, Decimal(1), None, None, frozenset({"words", "fraction"}), None,
            ))
    if not found:
        return figs
    spans = [(f.start, f.end) for f in found]
    kept = [f for f in figs if not any(s < f.end and f.start < e for s, e in spans)]
    return sorted([*kept, *found], key=lambda f: (f.start, f.end))
