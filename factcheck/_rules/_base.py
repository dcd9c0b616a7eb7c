"""The rule base class, the keys a rule file may hold, and the context rules run in.

A rule is built from one TOML file: the common keys (``code``, ``name``,
``level``, ``type``, ``description``, ``message``, optional ``explanation``)
and the keys of its type (:attr:`Rule.KEYS`). Every rule type is a subclass of
:class:`Rule`; :class:`PairRule` is the base of the types that compare the
figures of one fact version by version.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import combinations
from typing import Any, ClassVar

from .._records import (
    KINDS,
    Analysis,
    Document,
    Fact,
    Figure,
    Finding,
    Location,
    Mention,
    level_rank,
)

__all__ = [
    "COMMON_FIELDS",
    "Context",
    "KeySpec",
    "PairRule",
    "Rule",
    "Verdict",
    "quote",
    "texts_field",
]

_DIGITS = re.compile(r"\d+")
_NEWLINE = re.compile(r"\n")

#: Fields every message template may use.
COMMON_FIELDS = frozenset({"code", "name", "kind", "texts", "odd", "langs"})


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One key a rule type accepts: its TOML shape, default and allowed values.

    ``shape`` is one of ``str``, ``bool``, ``decimal`` (a TOML number or a
    numeric string), ``strs`` (a list of strings), ``levels`` (a table of
    string → level), ``table`` (a table of string → string or number).
    """

    shape: str
    default: Any = None
    choices: tuple[str, ...] = ()
    required: bool = False
    #: For ``levels``/``strs``: the allowed keys or items (empty: anything).
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a pair rule says about two figures: the message fields of this
    difference, and the key of the template to use (``message`` by default)."""

    fields: Mapping[str, str] = field(default_factory=dict)
    template: str = "message"
    #: A level that replaces the rule's own for this difference, if any.
    level: str | None = None


def quote(text: str) -> str:
    """``»…«``-free quoting that reads well in every language: ``"über 5.000"``."""
    return f'"{text}"'


class Rule:
    """One rule, as loaded from one TOML file. Subclasses implement :meth:`run`."""

    #: The value of ``type`` that selects this class.
    TYPE: ClassVar[str] = ""
    #: The type's own keys.
    KEYS: ClassVar[dict[str, KeySpec]] = {}
    #: Message fields this type provides beyond :data:`COMMON_FIELDS`.
    FIELDS: ClassVar[frozenset[str]] = frozenset()
    #: Keys (besides ``message``) that hold message templates.
    TEMPLATES: ClassVar[tuple[str, ...]] = ()
    #: Kinds of figures the type looks at by default (``kinds`` key), if any.
    DEFAULT_KINDS: ClassVar[tuple[str, ...]] = KINDS

    def __init__(
        self,
        *,
        code: str,
        name: str,
        level: str,
        description: str,
        message: str,
        path: str,
        options: Mapping[str, Any],
        explanation: str = "",
    ) -> None:
        self.code = code
        self.name = name
        self.level = level
        self.type = self.TYPE
        self.description = description
        self.message = message
        self.path = path
        self.options = dict(options)
        self.explanation = explanation

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code} {self.name} ({self.level})>"

    # -- helpers for subclasses -------------------------------------------------

    def opt(self, key: str) -> Any:
        return self.options[key]

    def template(self, key: str = "message") -> str:
        return self.message if key == "message" else str(self.options[key])

    def render(self, key: str, fields: Mapping[str, str]) -> str:
        values = {"code": self.code, "name": self.name, "kind": "", "texts": ""}
        values.update({"odd": "", "langs": ""})
        values.update(fields)
        # str.format_map is string.Formatter().vformat in C: templates hold plain
        # field names only (checked when the rule is loaded)
        return self.template(key).format_map(_Defaulting(values))

    def finding(
        self,
        locations: Sequence[Location],
        fields: Mapping[str, str],
        *,
        template: str = "message",
        fact: int | None = None,
        odd: str | None = None,
        level: str | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            level=level or self.level,
            message=self.render(template, fields),
            locations=tuple(locations),
            fact=fact,
            odd_one_out=odd,
        )

    def run(self, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError

    @classmethod
    def message_fields(cls) -> frozenset[str]:
        return COMMON_FIELDS | cls.FIELDS


class _Defaulting(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


#: A pair of mentions to compare:
#: ((version a, version b), figure a, figure b, (language a, language b)).
ComparedPair = tuple[tuple[int, int], Figure, Figure, tuple[str, str]]
#: A fact's mentions by version, its versions, and its pairs to compare.
FactPairs = tuple[dict[int, Mention], list[int], list[ComparedPair]]


class Context:
    """What the rules share while they run over one :class:`Analysis`:
    locations, the pairs of versions to compare, and the alignment maps."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.documents: tuple[Document, ...] = analysis.documents
        self.source = analysis.source
        self._para_group: dict[tuple[int, int], int] | None = None
        self._para_starts: dict[int, list[int]] = {}
        self._fact_of: dict[tuple[int, int, int], int] | None = None
        self._fig_starts: dict[int, list[int]] = {}
        self._line_starts: dict[int, list[int]] = {}
        self._sorted_figs: dict[int, tuple[Figure, ...]] = {}
        self._digits: dict[tuple[int, int, int], frozenset[str]] = {}
        self._sorted_tokens: dict[int, tuple[tuple[int, ...], tuple[Any, ...]]] = {}
        self._fact_pairs: dict[int, tuple[Fact, FactPairs]] = {}
        self._compared: list[tuple[int, Fact, list[ComparedPair]]] | None = None
        self._compared_of: dict[tuple[str, ...], list[tuple[int, Fact, list[ComparedPair]]]] = {}
        # once per version: blank() is asked per fact, and strip() copies the whole text
        self._blank = tuple(not d.text or d.text.isspace() for d in self.documents)
        #: the versions that have text, in order
        self.non_blank: list[int] = [v for v, b in enumerate(self._blank) if not b]
        self._value_keys: dict[int, tuple[Figure, Any]] = {}

    # -- versions --------------------------------------------------------------

    def lang(self, version: int) -> str:
        return self.documents[version].lang

    def blank(self, version: int) -> bool:
        return self._blank[version]

    def pairs(self, versions: Sequence[int]) -> list[tuple[int, int]]:
        """The pairs of ``versions`` to compare: source against every other when
        a source is set, otherwise every pair."""
        vs = sorted(versions)
        if self.source is not None:
            if self.source not in vs:
                return []
            return [(self.source, v) for v in vs if v != self.source]
        return list(combinations(vs, 2))

    def odd_one_out(self, versions: Sequence[int], firing: set[tuple[int, int]]) -> int | None:
        """The one version every disagreement involves while all others agree
        (three or more versions, no source)."""
        if self.source is not None or len(versions) < 3 or not firing:
            return None
        found = None
        for v in versions:
            if all(v in p for p in firing) and all(
                (p in firing) == (v in p) for p in self.pairs(versions)
            ):
                if found is not None:
                    return None
                found = v
        return found

    # -- locations -------------------------------------------------------------

    def location(self, version: int, start: int, end: int, text: str | None = None) -> Location:
        doc = self.documents[version]
        line, column = self.line_col(version, start)
        return Location(
            lang=doc.lang,
            start=start,
            end=end,
            line=line,
            column=column,
            text=doc.text[start:end] if text is None else text,
            path=doc.path,
            version=version,
        )

    def line_col(self, version: int, offset: int) -> tuple[int, int]:
        """``Document.line_col`` with a cached index of line starts (linear overall)."""
        doc = self.documents[version]
        starts = self._line_starts.get(version)
        if starts is None:
            src = doc.source_text if doc.source_text is not None else doc.text
            starts = [0, *(m.end() for m in _NEWLINE.finditer(src))]
            self._line_starts[version] = starts
        index = doc.source_index(offset)
        line = bisect.bisect_right(starts, index)
        return line, index - starts[line - 1] + 1

    def figure_location(self, version: int, fig: Figure) -> Location:
        return self.location(version, fig.start, fig.end, fig.text)

    def empty_location(self, version: int, offset: int) -> Location:
        return self.location(version, offset, offset, "")

    # -- alignment ---------------------------------------------------------------

    def paragraph_of(self, version: int, offset: int) -> int | None:
        """Index of the paragraph of ``version`` that holds ``offset``."""
        paras = self.documents[version].paragraphs
        if not paras:
            return None
        starts = self._para_starts.get(version)
        if starts is None:
            starts = self._para_starts[version] = [p[0] for p in paras]
        i = bisect.bisect_right(starts, offset) - 1
        return max(i, 0)

    def group_of(self, version: int, paragraph: int) -> int | None:
        if self._para_group is None:
            self._para_group = {}
            for g, group in enumerate(self.analysis.alignment):
                for v, paras in enumerate(group):
                    for p in paras:
                        self._para_group.setdefault((v, p), g)
        return self._para_group.get((version, paragraph))

    def counterpart(self, version: int, paragraph: int | None, other: int) -> tuple[int, bool]:
        """Where, in ``other``, the paragraph ``paragraph`` of ``version`` has its
        counterpart: ``(offset, paragraph_missing)``.

        The offset is the start of the aligned paragraph; when ``other`` has no
        paragraph there, the end of its last paragraph before that place (or 0),
        and ``paragraph_missing`` is True.
        """
        group = None if paragraph is None else self.group_of(version, paragraph)
        if group is None:
            return 0, False
        alignment = self.analysis.alignment
        mine = alignment[group][other] if other < len(alignment[group]) else ()
        doc = self.documents[other]
        if mine:
            return doc.paragraphs[min(mine)][0], False
        for g in range(group - 1, -1, -1):
            prev = alignment[g][other] if other < len(alignment[g]) else ()
            if prev:
                return doc.paragraphs[max(prev)][1], True
        return 0, True

    def window(self, version: int, paragraph: int | None, other: int, near: int) -> tuple[int, int]:
        """The span of ``other``'s text aligned with ``paragraph`` of ``version``,
        widened by ``near`` alignment groups on each side (the whole text when the
        alignment does not say)."""
        whole = (0, len(self.documents[other].text))
        group = None if paragraph is None else self.group_of(version, paragraph)
        if group is None:
            return whole
        alignment = self.analysis.alignment
        paras: list[int] = []
        for g in range(max(group - near, 0), min(group + near + 1, len(alignment))):
            if other < len(alignment[g]):
                paras.extend(alignment[g][other])
        doc = self.documents[other]
        if not paras:
            offset, _ = self.counterpart(version, paragraph, other)
            return offset, offset
        return doc.paragraphs[min(paras)][0], doc.paragraphs[max(paras)][1]

    def figures_between(self, version: int, lo: int, hi: int) -> Sequence[Figure]:
        """The figures of ``version`` that start in [lo, hi)."""
        figures = self.analysis.figures[version]
        starts = self._fig_starts.get(version)
        if starts is None:
            figures = tuple(sorted(figures, key=lambda f: f.start))
            self._sorted_figs[version] = figures
            starts = self._fig_starts[version] = [f.start for f in figures]
        figures = self._sorted_figs[version]
        return figures[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def tokens_between(self, version: int, lo: int, hi: int) -> Sequence[Any]:
        """The invariant tokens of ``version`` that start in [lo, hi) (sorted once)."""
        cached = self._sorted_tokens.get(version)
        if cached is None:
            tokens = tuple(
                sorted(self.analysis.tokens[version], key=lambda t: int(getattr(t, "start", 0)))
            )
            cached = (tuple(int(getattr(t, "start", 0)) for t in tokens), tokens)
            self._sorted_tokens[version] = cached
        starts, tokens = cached
        return tokens[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def digit_runs(self, version: int, lo: int, hi: int) -> frozenset[str]:
        """The runs of digits in ``version``'s text between lo and hi (cached)."""
        key = (version, lo, hi)
        runs = self._digits.get(key)
        if runs is None:
            runs = self._digits[key] = frozenset(
                _DIGITS.findall(self.documents[version].text, lo, hi)
            )
        return runs

    # -- facts -------------------------------------------------------------------

    def fact_pairs(self, index: int, fact: Fact) -> FactPairs:
        """A fact's mentions by version, its versions in order, and the pairs to
        compare (with both figures and languages): the same for every pair rule,
        so worked out once per fact."""
        cached = self._fact_pairs.get(index)
        if cached is not None and cached[0] is fact:
            return cached[1]
        by_version = fact.by_version()
        versions = sorted(by_version)
        compared = [
            ((a, b), by_version[a].figure, by_version[b].figure, (self.lang(a), self.lang(b)))
            for a, b in self.pairs(versions)
        ]
        found: FactPairs = (by_version, versions, compared)
        self._fact_pairs[index] = (fact, found)
        return found

    def compared_pairs(self) -> list[tuple[int, Fact, list[ComparedPair]]]:
        """Every fact of the analysis with its index and the pairs to compare, as
        :meth:`fact_pairs` gives them (built once for all pair rules; a fact of two
        mentions without the detour through a dict and two sorts)."""
        if self._compared is not None:
            return self._compared
        langs = tuple(d.lang for d in self.documents)
        source = self.source
        out: list[tuple[int, Fact, list[ComparedPair]]] = []
        for index, fact in enumerate(self.analysis.facts):
            mentions = fact.mentions
            if len(mentions) == 2 and mentions[0].version != mentions[1].version:
                x, y = mentions
                if x.version > y.version:
                    x, y = y, x
                if source is None or source == x.version:
                    a, b = x, y
                elif source == y.version:
                    a, b = y, x
                else:
                    out.append((index, fact, []))
                    continue
                pair = (a.version, b.version)
                lang_pair = (langs[a.version], langs[b.version])
                out.append((index, fact, [(pair, a.figure, b.figure, lang_pair)]))
            elif len(mentions) < 2:
                out.append((index, fact, []))
            else:
                out.append((index, fact, self.fact_pairs(index, fact)[2]))
        self._compared = out
        return out

    def compared_pairs_of(
        self, kinds: tuple[str, ...]
    ) -> list[tuple[int, Fact, list[ComparedPair]]]:
        """:meth:`compared_pairs` of the facts of ``kinds`` (in the same order), built
        once per tuple of kinds: pair rules of the same kinds share it, and a rule
        does not step over the facts of other kinds one by one."""
        got = self._compared_of.get(kinds)
        if got is None:
            wanted = frozenset(kinds)
            got = [c for c in self.compared_pairs() if c[1].kind in wanted]
            self._compared_of[kinds] = got
        return got

    def fact_of(self, version: int, fig: Figure) -> int | None:
        if self._fact_of is None:
            self._fact_of = {}
            for i, fact in enumerate(self.analysis.facts):
                for m in fact.mentions:
                    self._fact_of[(m.version, m.figure.start, m.figure.end)] = i
        return self._fact_of.get((version, fig.start, fig.end))


class PairRule(Rule):
    """A rule that compares the mentions of each fact, pair by pair.

    Subclasses implement :meth:`compare`; this class picks the pairs (source
    against the others, or every pair), names the odd one out, and builds one
    finding per fact with a location in every version involved.
    """

    KEYS: ClassVar[dict[str, KeySpec]] = {}
    FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"lang_a", "text_a", "lang_b", "text_b", "value_a", "value_b"}
    )

    def kinds(self) -> tuple[str, ...]:
        kinds = self.options.get("kinds")
        return tuple(kinds) if kinds else self.DEFAULT_KINDS

    def compare(self, a: Figure, b: Figure, langs: tuple[str, str]) -> Verdict | None:
        raise NotImplementedError

    def shown(self, fig: Figure) -> str:
        """How a figure appears in ``{texts}``: its words, quoted."""
        return quote(fig.text)

    def run(self, ctx: Context) -> Iterator[Finding]:
        compare = self.compare
        for index, fact, compared in ctx.compared_pairs_of(tuple(self.kinds())):
            # most facts agree: compare first, build the finding only when a pair fires
            for _pair, fig_a, fig_b, langs in compared:
                if compare(fig_a, fig_b, langs) is not None:
                    break
            else:
                continue
            found = self.check_fact(ctx, index, fact)
            if found is not None:
                yield found

    def check_fact(self, ctx: Context, index: int, fact: Fact) -> Finding | None:
        by_version, versions, compared = ctx.fact_pairs(index, fact)
        firing: dict[tuple[int, int], Verdict] = {}
        compare = self.compare
        for pair, fig_a, fig_b, langs in compared:
            verdict = compare(fig_a, fig_b, langs)
            if verdict is not None:
                firing[pair] = verdict
        if not firing:
            return None
        odd = ctx.odd_one_out(versions, set(firing))
        pair = next(iter(firing))
        if odd is not None:
            pair = next(p for p in firing if odd in p)
            if pair[1] == odd:  # the odd one first in the message
                other = pair[0]
                flipped = self.compare(
                    by_version[odd].figure,
                    by_version[other].figure,
                    (ctx.lang(odd), ctx.lang(other)),
                )
                if flipped is not None:
                    firing[(odd, other)] = flipped
                    pair = (odd, other)
            involved = versions
        else:
            involved = sorted({v for p in firing for v in p})
        verdict = firing[pair]
        a, b = pair
        fa, fb = by_version[a].figure, by_version[b].figure
        fields = {
            "kind": fact.kind,
            "lang_a": ctx.lang(a),
            "text_a": fa.text,
            "lang_b": ctx.lang(b),
            "text_b": fb.text,
            "value_a": _show(fa.value),
            "value_b": _show(fb.value),
            "texts": texts_field(
                ctx, [(v, self.shown(by_version[v].figure)) for v in involved], quoted=True
            ),
            "langs": ", ".join(ctx.lang(v) for v in involved),
            "odd": "" if odd is None else f" ({ctx.lang(odd)} is the odd one out)",
        }
        fields.update(verdict.fields)
        locations = [ctx.figure_location(v, by_version[v].figure) for v in involved]
        return self.finding(
            locations,
            fields,
            template=verdict.template,
            fact=index,
            odd=None if odd is None else ctx.lang(odd),
            level=_worst(v.level or self.level for v in firing.values()),
        )


def _worst(levels: Iterable[str]) -> str:
    return max(levels, key=level_rank)


def texts_field(ctx: Context, items: Sequence[tuple[int, str]], *, quoted: bool = False) -> str:
    """``de "über 5.000" vs fr "plus de 4 000"`` (``quoted``: the texts already are)."""
    return " vs ".join(f"{ctx.lang(v)} {text if quoted else quote(text)}" for v, text in items)


def _show(value: Decimal | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        try:
            if value == value.to_integral_value():
                return str(value.quantize(Decimal(1)))
        except InvalidOperation:
            return str(value)
        return str(value.normalize())
    return value
