"""Immutable records that flow through the pipeline.

``Figure`` (one figure in one version) → ``Fact`` (one claim across versions)
→ ``Finding`` (a rule's verdict, located in every version involved) →
``Report`` (what :func:`factcheck.check` returns).
"""

from __future__ import annotations

import types
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final, Literal

from ._pickling import by_constructor

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # mypy_extensions is only needed to build: the decorator does nothing
    def mypyc_attr(*_attrs: Any, **_kwattrs: Any) -> Any:  # type: ignore[misc]
        return lambda cls: cls

__all__ = [
    "KINDS",
    "LEVELS",
    "QUALIFIERS",
    "Analysis",
    "Document",
    "Fact",
    "Figure",
    "Finding",
    "Level",
    "Location",
    "Mention",
    "Report",
    "level_rank",
]

#: Every kind of figure ``extract`` may report.
KINDS = ("number", "ordinal", "percent", "money", "quantity", "date", "time", "duration")

#: Qualifiers (hedges) a figure may carry; ``None`` means the figure is stated exactly.
QUALIFIERS = (
    "about",  # rund, etwa, environ, about, khoảng
    "over",  # über, mehr als, plus de, over, more than, hơn, trên
    "under",  # unter, weniger als, moins de, under, fewer than, dưới
    "at-least",  # mindestens, au moins, at least, ít nhất
    "at-most",  # höchstens, au plus, at most, tối đa
    "up-to",  # bis zu, jusqu'à, up to
    "nearly",  # fast, knapp, près de, nearly, almost, gần
    "between",  # ranges: zwischen 3 und 5, 3–5, entre 3 et 5
    "approx-noun",  # collectives: une quarantaine, Dutzende, hàng trăm
)

Level = Literal["error", "warning", "info"]
LEVELS: tuple[Level, ...] = ("info", "warning", "error")


def level_rank(level: str) -> int:
    """Order levels: ``info`` < ``warning`` < ``error``."""
    return LEVELS.index(level)


#: The flags of a figure that has none (one shared set: a new empty set per figure
#: would be one more object per figure for the cyclic garbage collector to walk).
_NO_FLAGS: Final[frozenset[str]] = frozenset()


def _probe() -> None:
    """Only looked at: a Python function unless this module runs compiled."""


#: This module runs compiled by mypyc (setup.py). Then the records below are native
#: classes: an ``__init__`` stores the fields straight into the instance (the frozen
#: ``__setattr__`` that ``dataclass`` adds guards only interpreted code). Run from its
#: ``.py`` file, the same store would go through that ``__setattr__`` and fail.
_COMPILED: Final = not isinstance(_probe, types.FunctionType)

#: :class:`Figure`'s fields, in order (its ``__slots__``).
_FIGURE_FIELDS: Final = (
    "kind", "text", "start", "end", "value", "low", "high", "qualifier", "unit", "scale",
    "head", "precision", "value_end", "weekday", "flags", "alt_value",
)


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True, slots=True, init=False)
class Figure:
    """One figure stated in one version of an article.

    ``start``/``end`` are character offsets into the text given to ``extract``
    (end exclusive), so ``text == source[start:end]`` always holds.

    ``value`` is a :class:`~decimal.Decimal` for numeric kinds and a TIMEX3
    string (``2025-10-25``, ``XXXX-10``, ``P3Y``, ``T15:00``) for dates, times
    and durations. ``low``/``high`` is the interval that value and qualifier
    imply (``None`` for an open end). ``precision`` is the size of the last
    stated digit once the scale is applied ("2,5 Milliarden" → 1E+8), which
    makes comparisons rounding-aware.
    """

    kind: str
    text: str
    start: int
    end: int
    value: Decimal | str | None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: str | None = None
    unit: str | None = None
    scale: str | None = None
    head: str | None = None
    precision: Decimal | None = None
    #: Second value of a range of dates/times (TIMEX), e.g. "vom 4. bis 23. Mai".
    value_end: str | None = None
    #: Weekday stated beside a date, 0 = Monday … 6 = Sunday.
    weekday: int | None = None
    #: Extra facts about the surface form: "words" (spelled out), "ambiguous-format"
    #: ("5,000" in German), "relative" (a relative date), "range", ...
    flags: frozenset[str] = field(default_factory=frozenset)
    #: The other reading of an ambiguous surface form ("5,000" in German: 5 or 5000).
    alt_value: Decimal | None = None

    def __init__(
        self, kind: str, text: str, start: int, end: int, value: Decimal | str | None,
        low: Decimal | None = None, high: Decimal | None = None, qualifier: str | None = None,
        unit: str | None = None, scale: str | None = None, head: str | None = None,
        precision: Decimal | None = None, value_end: str | None = None,
        weekday: int | None = None, flags: frozenset[str] = _NO_FLAGS,
        alt_value: Decimal | None = None,
    ) -> None:
        # The generated __init__ of a frozen dataclass sets each field with
        # object.__setattr__ (16 calls, ~1.1 us per figure; extraction makes one
        # figure per number). Compiled, the stores below are plain struct stores.
        if _COMPILED:
            self.kind = kind  # type: ignore[misc]
            self.text = text  # type: ignore[misc]
            self.start = start  # type: ignore[misc]
            self.end = end  # type: ignore[misc]
            self.value = value  # type: ignore[misc]
            self.low = low  # type: ignore[misc]
            self.high = high  # type: ignore[misc]
            self.qualifier = qualifier  # type: ignore[misc]
            self.unit = unit  # type: ignore[misc]
            self.scale = scale  # type: ignore[misc]
            self.head = head  # type: ignore[misc]
            self.precision = precision  # type: ignore[misc]
            self.value_end = value_end  # type: ignore[misc]
            self.weekday = weekday  # type: ignore[misc]
            self.flags = flags  # type: ignore[misc]
            self.alt_value = alt_value  # type: ignore[misc]
            return
        # Interpreted: the instance is filled as a _FigureFields (the same slots, no
        # frozen __setattr__: plain slot stores), then given its class back.
        if type(self) is not Figure:  # a subclass: its layout may differ
            for name, v in zip(_FIGURE_FIELDS, (
                kind, text, start, end, value, low, high, qualifier, unit, scale, head,
                precision, value_end, weekday, flags, alt_value,
            ), strict=True):
                object.__setattr__(self, name, v)
            return
        object.__setattr__(self, "__class__", _FigureFields)
        me: _FigureFields = self  # type: ignore[assignment]
        me.kind = kind
        me.text = text
        me.start = start
        me.end = end
        me.value = value
        me.low = low
        me.high = high
        me.qualifier = qualifier
        me.unit = unit
        me.scale = scale
        me.head = head
        me.precision = precision
        me.value_end = value_end
        me.weekday = weekday
        me.flags = flags
        me.alt_value = alt_value
        me.__class__ = Figure  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


if _COMPILED:  # a native class has no __slots__; the interpreted one does
    setattr(Figure, "__slots__", _FIGURE_FIELDS)  # noqa: B010


class _FigureFields:
    """:class:`Figure`'s slots, writable: only :meth:`Figure.__init__` uses it (interpreted)."""

    __slots__ = _FIGURE_FIELDS
    kind: str
    text: str
    start: int
    end: int
    value: Decimal | str | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str | None
    unit: str | None
    scale: str | None
    head: str | None
    precision: Decimal | None
    value_end: str | None
    weekday: int | None
    flags: frozenset[str]
    alt_value: Decimal | None


@lru_cache(maxsize=64)
def _line_starts(text: str) -> tuple[int, ...]:
    """Offsets where each line of ``text`` starts (cached: reports ask for many locations)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return tuple(starts)


@dataclass(frozen=True, slots=True)
class Document:
    """One version of an article, loaded and ready for extraction.

    ``text`` is what extraction sees (markup stripped); ``source_offsets`` maps
    each index of ``text`` to an index of the original file text (``None`` when
    the two are the same), so that findings point into the file the user edits.
    """

    lang: str
    text: str
    path: str | None = None
    source_text: str | None = None
    source_offsets: tuple[int, ...] | None = None
    #: Paragraphs as (start, end) offsets into ``text``.
    paragraphs: tuple[tuple[int, int], ...] = ()

    def source_index(self, offset: int) -> int:
        """Offset into the original file for an offset into ``text``."""
        if self.source_offsets is None:
            return offset
        if offset >= len(self.source_offsets):
            return len(self.source_text or self.text)
        return self.source_offsets[offset]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the original file of an offset into ``text``.

        O(log n) per call: the line starts of a text are computed once and cached.
        """
        src = self.source_text if self.source_text is not None else self.text
        index = self.source_index(offset)
        starts = _line_starts(src)
        line = bisect_right(starts, index)
        return line, index - starts[line - 1] + 1

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A figure as it takes part in a fact: which version, which paragraph."""

    version: int
    figure: Figure
    paragraph: int = 0

    def __init__(self, version: int, figure: Figure, paragraph: int = 0) -> None:
        # The generated __init__ of a frozen dataclass sets each field through
        # object.__setattr__ (0.6 us per mention; a check makes one per figure). The
        # slots' own descriptors store without the frozen guard: 0.2 us. Compiled: struct
        # stores.
        if _COMPILED:
            self.version = version  # type: ignore[misc]
            self.figure = figure  # type: ignore[misc]
            self.paragraph = paragraph  # type: ignore[misc]
            return
        _set_mention_version(self, version)
        _set_mention_figure(self, figure)
        _set_mention_paragraph(self, paragraph)

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


_set_mention_version = vars(Mention)["version"].__set__
_set_mention_figure = vars(Mention)["figure"].__set__
_set_mention_paragraph = vars(Mention)["paragraph"].__set__


@dataclass(frozen=True, slots=True, init=False)
class Fact:
    """One claim across versions: at most one mention per version.

    ``status`` is ``agrees``, ``differs`` or ``missing`` once the rules ran.
    """

    kind: str
    mentions: tuple[Mention, ...]
    status: str = "agrees"

    def __init__(self, kind: str, mentions: tuple[Mention, ...], status: str = "agrees") -> None:
        # as Mention.__init__: slot stores without the frozen guard (0.9 -> 0.3 us)
        if _COMPILED:
            self.kind = kind  # type: ignore[misc]
            self.mentions = mentions  # type: ignore[misc]
            self.status = status  # type: ignore[misc]
            return
        _set_fact_kind(self, kind)
        _set_fact_mentions(self, mentions)
        _set_fact_status(self, status)

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)

    def by_version(self) -> dict[int, Mention]:
        return {m.version: m for m in self.mentions}


_set_fact_kind = vars(Fact)["kind"].__set__
_set_fact_mentions = vars(Fact)["mentions"].__set__
_set_fact_status = vars(Fact)["status"].__set__


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points, in one version: file path, line/column (1-based)
    in the original file, character offsets into the version's text, and the words."""

    lang: str
    start: int
    end: int
    line: int
    column: int
    text: str
    path: str | None = None
    version: int = 0

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict: stable ``code`` (FC101), kebab-case ``name``, ``level``,
    a rendered ``message`` and a location in every version involved."""

    code: str
    name: str
    level: str
    message: str
    locations: tuple[Location, ...]
    #: Index into ``Report.facts`` of the fact this finding is about, if any.
    fact: int | None = None
    #: The version that is the odd one out when three or more versions are compared.
    odd_one_out: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


@dataclass(frozen=True, slots=True)
class Report:
    """What :func:`factcheck.check` returns."""

    versions: tuple[Document, ...]
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]

    @property
    def summary(self) -> dict[str, int]:
        counts = Counter(f.level for f in self.findings)
        return {level: counts.get(level, 0) for level in ("error", "warning", "info")}

    def worst(self) -> str | None:
        """The highest level among the findings, or ``None`` when there are none."""
        if not self.findings:
            return None
        return max((f.level for f in self.findings), key=level_rank)

    def fails(self, fail_on: str) -> bool:
        """True when a finding is at or above ``fail_on``."""
        threshold = level_rank(fail_on)
        return any(level_rank(f.level) >= threshold for f in self.findings)

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the rules see: built by :func:`factcheck.check` before the rules run.

    ``alignment`` lists aligned paragraph groups; each group holds, per version,
    the tuple of that version's paragraph indices in it (empty when the version
    has no paragraph there: a paragraph missing in that version).
    ``tokens`` are the invariant tokens (URLs, e-mail addresses, codes) per version.
    """

    documents: tuple[Document, ...]
    figures: tuple[tuple[Figure, ...], ...]
    tokens: tuple[tuple[Any, ...], ...]
    alignment: tuple[tuple[tuple[int, ...], ...], ...]
    facts: tuple[Fact, ...]
    #: Index of the reference version (``--source``), or None: every pair is compared.
    source: int | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)
