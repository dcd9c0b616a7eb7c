"""Inline suppressions: editors silence a reviewed finding in the text itself.

Markdown and HTML (and plain text, too)::

    <!-- factcheck: ignore FC101 -->
    <!-- factcheck: ignore FC101, hedge-dropped -->
    <!-- factcheck: ignore -->                    (every rule)

Plain text (``.txt``): a line of its own, optionally behind ``#`` or ``//``::

    factcheck: ignore FC104
    # factcheck: ignore FC101, FC102

A directive applies to the **next paragraph** after it (for plain text, when the
directive line sits in the same block as the paragraph, to the rest of that
block). ``ignore-file`` instead of ``ignore`` applies to the whole version.
Codes (``FC101``) and names (``value-mismatch``) are separated by commas or
spaces; without any, every rule is silenced. A finding is dropped when one of
its locations lies in a silenced part of its version. Findings that point into
a directive itself (a plain-text directive line is part of the text) are
dropped as well.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ._records import Document, Finding, Report

__all__ = ["Suppression", "apply_suppressions", "suppressions"]

_COMMENT = re.compile(r"<!--[ \t\r\n]*factcheck:[ \t]*(ignore(?:-file)?)\b([^>]{0,500}?)-->", re.I)
_PLAIN = re.compile(
    r"^[ \t]*(?:#|//)?[ \t]*factcheck:[ \t]*(ignore(?:-file)?)\b([^\n]{0,500})$", re.I | re.M
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


@dataclass(frozen=True, slots=True)
class Suppression:
    """A silenced range ``[start, end)`` of a Document's ``text``.

    ``codes`` are upper-cased codes and lower-cased names; empty = every rule.
    ``directive`` marks the directive's own text (always silenced for every rule).
    """

    start: int
    end: int
    codes: frozenset[str]
    directive: bool = False

    def matches(self, finding: Finding) -> bool:
        return (
            not self.codes
            or finding.code.upper() in self.codes
            or finding.name.lower() in self.codes
        )


def _codes(raw: str) -> frozenset[str]:
    out: set[str] = set()
    for word in _WORD.findall(raw):
        out.add(word.upper() if re.fullmatch(r"[A-Za-z]+[0-9]+", word) else word.lower())
    return frozenset(out)


def _is_plain(doc: Document) -> bool:
    if doc.path is not None:
        return doc.path.lower().endswith(".txt")
    return doc.source_text is None


def _text_index(doc: Document, source_index: int) -> int:
    """First offset into ``doc.text`` whose source position is at or after ``source_index``."""
    if doc.source_offsets is None:
        return min(source_index, len(doc.text))
    return bisect.bisect_left(doc.source_offsets, source_index)


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    if doc.paragraphs:
        return list(doc.paragraphs)
    # no paragraph split: blank-line separated blocks
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", doc.text):
        out.append((m.start(), m.end()))
    return out


def suppressions(doc: Document) -> list[Suppression]:
    """The silenced ranges of one version."""
    source = doc.source_text if doc.source_text is not None else doc.text
    if "factcheck" not in source.lower():  # keep in step with _check._may_suppress
        return []
    found: list[tuple[int, int, str, str]] = [
        (m.start(), m.end(), m.group(1).lower(), m.group(2)) for m in _COMMENT.finditer(source)
    ]
    if _is_plain(doc):
        found.extend(
            (m.start(), m.end(), m.group(1).lower(), m.group(2)) for m in _PLAIN.finditer(source)
        )
    if not found:
        return []
    paragraphs = _paragraphs(doc)
    ends = [end for _, end in paragraphs]
    out: list[Suppression] = []
    for src_start, src_end, kind, raw in sorted(found):
        codes = _codes(raw)
        t_start = _text_index(doc, src_start)
        t_end = _text_index(doc, src_end)
        if t_end > t_start:
            out.append(Suppression(t_start, t_end, frozenset(), directive=True))
        if kind == "ignore-file":
            out.append(Suppression(0, len(doc.text), codes))
            continue
        i = bisect.bisect_right(ends, t_end)
        while i < len(paragraphs):
            p_start, p_end = paragraphs[i]
            start = max(p_start, t_end)
            if doc.text[start:p_end].strip():
                out.append(Suppression(start, p_end, codes))
                break
            i += 1
    return out


def apply_suppressions(report: Report) -> Report:
    """``report`` without the findings that an inline directive silences."""
    by_version = [suppressions(doc) for doc in report.versions]
    if not any(by_version):
        return report
    kept: list[Finding] = []
    for finding in report.findings:
        silenced = False
        for loc in finding.locations:
            if not 0 <= loc.version < len(by_version):
                continue
            for sup in by_version[loc.version]:
                inside = sup.start <= loc.start < sup.end or (
                    loc.start == loc.end == sup.start
                )
                if inside and (sup.directive or sup.matches(finding)):
                    silenced = True
                    break
            if silenced:
                break
        if not silenced:
            kept.append(finding)
    if len(kept) == len(report.findings):
        return report
    return replace(report, findings=tuple(kept))
