"""JSON output (``--format json``), documented in ``docs/json-output.md``.

One article set::

    {"versions": [{"path", "lang"}],
     "facts": [{"kind", "status", "mentions": [{"lang", "text", "value", "qualifier",
                                               "unit", "line", "column"}]}],
     "findings": [{"code", "name", "level", "message", "fact", "odd_one_out",
                   "locations": [{"path", "lang", "line", "column", "start", "end", "text"}]}],
     "summary": {"error", "warning", "info"}}

Several sets (``batch``): ``{"sets": [{"name", "versions", "facts", "findings"}],
"summary": {...}}``; a set that could not be checked has ``"error"`` (and
``"error_path"``) and empty lists. Values are strings (exact decimals, TIMEX
dates), ``null`` when a figure has none.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from typing import Any

from .._records import Document, Fact, Finding, Location, Report
from . import Formatter, SetResult, register

__all__ = ["JsonFormatter", "report_to_json"]


def _versions(docs: Sequence[Document]) -> list[dict[str, Any]]:
    return [{"path": d.path, "lang": d.lang} for d in docs]


class _Lines:
    """``Document.line_col`` for many offsets: line starts indexed once per document."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self.docs = docs
        self.starts: dict[int, list[int]] = {}

    def line_col(self, version: int, offset: int) -> tuple[int | None, int | None]:
        if version >= len(self.docs):
            return None, None
        doc = self.docs[version]
        starts = self.starts.get(version)
        if starts is None:
            src = doc.source_text if doc.source_text is not None else doc.text
            starts = [0, *(i + 1 for i, ch in enumerate(src) if ch == "\n")]
            self.starts[version] = starts
        index = doc.source_index(offset)
        line = bisect.bisect_right(starts, index)
        return line, index - starts[line - 1] + 1


def _fact(fact: Fact, docs: Sequence[Document], lines: _Lines) -> dict[str, Any]:
    mentions = []
    for m in sorted(fact.mentions, key=lambda m: m.version):
        fig = m.figure
        doc = docs[m.version] if m.version < len(docs) else None
        line, column = lines.line_col(m.version, fig.start)
        mentions.append(
            {
                "lang": doc.lang if doc is not None else None,
                "text": fig.text,
                "value": None if fig.value is None else str(fig.value),
                "qualifier": fig.qualifier,
                "unit": fig.unit,
                "line": line,
                "column": column,
            }
        )
    return {"kind": fact.kind, "status": fact.status, "mentions": mentions}


def _location(loc: Location) -> dict[str, Any]:
    return {
        "path": loc.path,
        "lang": loc.lang,
        "line": loc.line,
        "column": loc.column,
        "start": loc.start,
        "end": loc.end,
        "text": loc.text,
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "level": f.level,
        "message": f.message,
        "fact": f.fact,
        "odd_one_out": f.odd_one_out,
        "locations": [_location(loc) for loc in f.locations],
    }


def report_to_json(report: Report) -> dict[str, Any]:
    """The JSON object of one report (``versions``, ``facts``, ``findings``, ``summary``)."""
    lines = _Lines(report.versions)
    return {
        "versions": _versions(report.versions),
        "facts": [_fact(f, report.versions, lines) for f in report.facts],
        "findings": [_finding(f) for f in report.findings],
        "summary": report.summary,
    }


def _empty_summary() -> dict[str, int]:
    return {"error": 0, "warning": 0, "info": 0}


@register
class JsonFormatter(Formatter):
    name = "json"

    def render(self, results: Sequence[SetResult]) -> str:
        if not self.batch and len(results) == 1:
            res = results[0]
            if res.report is not None:
                data = report_to_json(res.report)
            else:
                data = {
                    "versions": [],
                    "facts": [],
                    "findings": [],
                    "summary": _empty_summary(),
                    "error": res.error,
                    "error_path": res.error_path,
                }
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        sets: list[dict[str, Any]] = []
        total = _empty_summary()
        for res in results:
            if res.report is None:
                sets.append(
                    {
                        "name": res.name,
                        "versions": [],
                        "facts": [],
                        "findings": [],
                        "error": res.error,
                        "error_path": res.error_path,
                    }
                )
                continue
            data = report_to_json(res.report)
            for level, n in data.pop("summary").items():
                total[level] = total.get(level, 0) + n
            sets.append({"name": res.name, **data})
        return json.dumps({"sets": sets, "summary": total}, ensure_ascii=False, indent=2) + "\n"
