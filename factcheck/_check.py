"""``check``: versions of one article → the facts they state and where they differ.

Stages: load (mapping of texts or ready Documents) → extract per version →
invariant tokens → align paragraphs → pair figures into facts → rules →
fact statuses → :class:`~factcheck._records.Report`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import UsageError
from ._gcpause import gc_paused
from ._records import Analysis, Document, Fact, Figure, Finding, Report

if TYPE_CHECKING:
    from ._rules import RuleSet

__all__ = ["analyse", "check", "reference_date_of", "to_documents"]

#: Rule names that say a figure or paragraph is absent from a version: they
#: make a fact "missing" rather than "differs".
_PRESENCE = frozenset(("figure-missing", "paragraph-missing"))


def to_documents(
    versions: Mapping[str, str] | Sequence[Document] | Sequence[str],
) -> list[Document]:
    """Documents from a mapping ``lang → text`` (plain text) or a sequence of Documents.

    >>> [d.lang for d in to_documents({"de": "Über 5.000 Mitarbeiter.", "fr": "Plus de 5 000."})]
    ['de', 'fr']
    """
    from ._load import document_from_text, txt_paragraphs

    if isinstance(versions, Mapping):
        docs = []
        for lang, text in versions.items():
            if not isinstance(lang, str) or not isinstance(text, str):
                raise UsageError("versions: a mapping of language code to text was expected")
            from ._locale import get_locale

            get_locale(lang)
            docs.append(document_from_text(text, lang))
        return docs
    if isinstance(versions, (str, bytes)):
        raise UsageError("versions: a mapping of language code to text, or a list of Documents")
    out: list[Document] = []
    for item in versions:
        if not isinstance(item, Document):
            raise UsageError(
                "versions: a mapping of language code to text, or a list of Documents "
                f"(got {type(item).__name__})"
            )
        if not item.paragraphs and item.text.strip():
            item = dataclasses.replace(item, paragraphs=tuple(txt_paragraphs(item.text)))
        out.append(item)
    return out


def _source_index(source: str | int | None, docs: Sequence[Document]) -> int | None:
    if source is None:
        return None
    if isinstance(source, bool):
        raise UsageError(f"source: a language code or an index, not {source!r}")
    if isinstance(source, int):
        if not 0 <= source < len(docs):
            raise UsageError(f"source: no version {source} (there are {len(docs)})")
        return source
    for i, doc in enumerate(docs):
        if doc.lang == source:
            return i
    for i, doc in enumerate(docs):  # a path works too
        if doc.path is not None and (doc.path == source or Path(doc.path).name == source):
            return i
    langs = ", ".join(d.lang for d in docs)
    raise UsageError(f"source: no version in {source!r} (versions: {langs})")


def reference_date_of(docs: Sequence[Document], order: Sequence[int]) -> _dt.date | None:
    """The date the article states: front matter ``date``, else a date line
    (through :func:`factcheck._dates.find_reference_date` when available)."""
    from ._load import front_matter_date

    for i in order:
        doc = docs[i]
        if doc.source_text is not None:
            found = front_matter_date(doc.source_text)
            if found is not None:
                return found
    try:
        from ._dates import find_reference_date  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    for i in order:
        doc = docs[i]
        if not _may_state_date(doc.text):
            continue
        try:
            found = find_reference_date(doc.text, doc.lang)
        except Exception:
            found = None
        if isinstance(found, _dt.date):
            return found
    return None


def _may_state_date(text: str) -> bool:
    """Cheap test before the dateline search: front matter, or a digit in the
    first 160 characters of the first non-empty line (a full date has a year)."""
    if text.startswith("---"):
        return True
    stripped = text.lstrip()
    line = stripped[: stripped.find("\n")] if "\n" in stripped else stripped
    return any(map(str.isdigit, line[:160]))


def analyse(
    versions: Mapping[str, str] | Sequence[Document],
    *,
    source: str | int | None = None,
    reference_date: _dt.date | None = None,
) -> Analysis:
    """Everything but the rules: documents, figures, tokens, alignment, facts."""
    with gc_paused():
        return _analyse(versions, source=source, reference_date=reference_date)[0]


def _analyse(
    versions: Mapping[str, str] | Sequence[Document],
    *,
    source: str | int | None = None,
    reference_date: _dt.date | None = None,
) -> tuple[Analysis, bool]:
    """:func:`analyse`, and whether the last-chance join left the facts as the
    pairer made them (then the rules need not try it again: it is a pure function
    of the analysis)."""
    from ._align import align_documents
    from ._extract import extract_with_tokens
    from ._pair import pair_figures

    docs = to_documents(versions)
    if not docs:
        raise UsageError("check needs at least one version")
    src = _source_index(source, docs)
    ref = src if src is not None else 0
    order = [ref, *[i for i in range(len(docs)) if i != ref]]
    if reference_date is None:
        reference_date = reference_date_of(docs, order)
    figures: list[tuple[Figure, ...]] = []
    tokens: list[tuple[Any, ...]] = []
    for doc in docs:
        found, toks = extract_with_tokens(doc.text, doc.lang, reference_date=reference_date)
        figures.append(_conversions_hedged(doc.text, found))
        tokens.append(tuple(toks))
    alignment = align_documents(docs, figures, tokens, reference=ref)
    facts = pair_figures(docs, figures, alignment, reference=ref)
    analysis = Analysis(
        documents=tuple(docs),
        figures=tuple(figures),
        tokens=tuple(tokens),
        alignment=alignment,
        facts=facts,
        source=src,
    )
    last = _last_chance(analysis)
    return last, last is analysis


_HEDGES = frozenset(("over", "under", "at-least", "at-most", "up-to", "nearly", "about"))
_AMOUNTS = frozenset(("number", "money", "quantity", "percent"))


def _conversions_hedged(text: str, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """A conversion in parentheses right after a hedged figure carries its hedge:
    "environ 209 km (130 miles)" states about 130 miles, as "circa 130 Meilen" does.

    >>> from decimal import Decimal as D
    >>> t = "environ 209 km (130 miles)"
    >>> a = Figure("quantity", "environ 209 km", 0, 14, D(209), qualifier="about")
    >>> b = Figure("quantity", "130 miles", 16, 25, D(130))
    >>> [f.qualifier for f in _conversions_hedged(t, [a, b])]
    ['about', 'about']
    """
    if "(" not in text:
        return tuple(figures)  # no parenthesis: no conversion after a figure
    out = list(figures)
    for i in range(1, len(out)):
        prev, fig = out[i - 1], out[i]
        if (
            fig.qualifier is None
            and prev.qualifier in _HEDGES
            and fig.kind in _AMOUNTS
            and prev.kind in _AMOUNTS
            and 0 <= fig.start - prev.end <= 3
            and text[prev.end : fig.start].strip() == "("
        ):
            out[i] = dataclasses.replace(fig, qualifier=prev.qualifier, low=None, high=None)
    return tuple(out)


def _last_chance(analysis: Analysis) -> Analysis:
    """Join a fact that lacks a version to the one close, unpaired figure of that
    version in the aligned paragraph (``factcheck._rules._second``), and drop the
    facts that emptied, so that ``Report.facts`` shows one fact where the rules
    see one ("vier Männer" vs "cinq hommes")."""
    try:
        from ._rules._second import second_chance
    except ImportError:  # pragma: no cover - the rule engine is part of the package
        return analysis
    joined = second_chance(analysis)
    if joined is analysis:
        return analysis
    return dataclasses.replace(joined, facts=tuple(f for f in joined.facts if f.mentions))


def _ruleset(
    rules: RuleSet | None,
    rule_dirs: Iterable[str | Path],
    select: Iterable[str],
    ignore: Iterable[str],
) -> RuleSet | None:
    if rules is not None:
        return rules
    try:
        from ._rules import load_ruleset
    except ImportError:  # the rule engine is not there yet
        return None
    dirs = tuple(rule_dirs)
    sel = (select,) if isinstance(select, str) else tuple(select)
    ign = (ignore,) if isinstance(ignore, str) else tuple(ignore)
    if not dirs and all(isinstance(s, str) for s in (*sel, *ign)):
        return _shipped_ruleset(sel, ign)
    return load_ruleset(dirs, select=sel, ignore=ign)


@lru_cache(maxsize=32)
def _shipped_ruleset(select: tuple[str, ...], ignore: tuple[str, ...]) -> RuleSet:
    """The shipped rules filtered by ``select``/``ignore``, built once per process
    (``check`` runs them on every call; building the set costs as much as a short
    article's rules)."""
    from ._rules import load_ruleset

    return load_ruleset((), select=select, ignore=ignore)


def _statuses(
    facts: Sequence[Fact], findings: Sequence[Finding], n_versions: int
) -> tuple[Fact, ...]:
    differs: set[int] = set()
    missing: set[int] = set()
    for f in findings:
        if f.fact is None or not 0 <= f.fact < len(facts):
            continue
        if f.name in _PRESENCE or f.code in ("FC104", "FC903"):
            missing.add(f.fact)
        else:
            differs.add(f.fact)
    out = []
    for i, fact in enumerate(facts):
        if i in differs:
            status = "differs"
        elif i in missing or len(fact.mentions) < n_versions:
            status = "missing"
        else:
            status = "agrees"
        out.append(fact if fact.status == status else dataclasses.replace(fact, status=status))
    return tuple(out)


def _order(f: Finding) -> tuple[int, int, str]:
    if not f.locations:
        return (-1, -1, f.code)
    first = f.locations[0]
    return (first.version, first.start, f.code)


def check(
    versions: Mapping[str, str] | Sequence[Document],
    *,
    source: str | int | None = None,
    rules: RuleSet | None = None,
    reference_date: _dt.date | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    rule_dirs: Iterable[str | Path] = (),
) -> Report:
    """Check that the versions of one article state the same facts.

    ``versions`` is a mapping of language code to plain text
    (``{"de": ..., "fr": ...}``) or a sequence of
    :class:`~factcheck._records.Document` (from :func:`factcheck._load.load_document`).
    ``source`` (a language code or an index) makes one version the reference;
    by default every version is compared with every other. ``rules`` is a
    rule set (``factcheck._rules.load_ruleset``), else the shipped rules plus
    ``rule_dirs``, filtered by ``select``/``ignore``. ``reference_date``
    resolves relative and partial dates; by default the date the article states.

    >>> report = check({"de": "Die Firma hat 120 Mitarbeiter.", "fr": "La firme a 120 employés."})
    >>> [(f.kind, f.status, len(f.mentions)) for f in report.facts][:1]
    [('number', 'agrees', 2)]
    """
    with gc_paused():
        return _check(
            versions,
            source=source,
            rules=rules,
            reference_date=reference_date,
            select=select,
            ignore=ignore,
            rule_dirs=rule_dirs,
        )


def _check(
    versions: Mapping[str, str] | Sequence[Document],
    *,
    source: str | int | None,
    rules: RuleSet | None,
    reference_date: _dt.date | None,
    select: Iterable[str],
    ignore: Iterable[str],
    rule_dirs: Iterable[str | Path],
) -> Report:
    ruleset = _ruleset(rules, rule_dirs, select, ignore)
    analysis, settled = _analyse(versions, source=source, reference_date=reference_date)
    findings: list[Finding] = []
    if ruleset is not None:
        from ._rules import RuleSet

        if settled and type(ruleset).apply is RuleSet.apply:
            findings = list(ruleset.apply(analysis, settled=True))
        else:
            findings = list(ruleset.apply(analysis))
    findings.sort(key=_order)
    facts = _statuses(analysis.facts, findings, len(analysis.documents))
    report = Report(versions=analysis.documents, facts=facts, findings=tuple(findings))
    if not any(_may_suppress(doc) for doc in analysis.documents):
        return report
    from ._suppress import apply_suppressions  # inline "factcheck: ignore" comments

    return apply_suppressions(report)


def _may_suppress(doc: Document) -> bool:
    """Whether ``doc`` may hold an inline ``factcheck: ignore`` directive: the test
    :func:`factcheck._suppress.suppressions` starts with, made here so that a
    version without one does not import that module."""
    source = doc.source_text if doc.source_text is not None else doc.text
    return "factcheck" in source.lower()
