"""Text output (``--format text``): findings grouped by fact, for people.

Each group names the fact (its kind and status), then every finding about it
with level, code, name and message, and for every version involved
``path:line:column`` and the words. Findings about no fact (language, empty
version, missing paragraph, invariant tokens) come last. A one-line summary
ends the output. Colour only when the formatter is built with ``color=True``
(the CLI decides: a terminal, and ``NO_COLOR`` unset).
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from .._records import Finding, Location, Report, level_rank
from . import Formatter, SetResult, register

__all__ = ["TextFormatter", "summary_line"]

_LEVEL_COLOR = {"error": "red", "warning": "yellow", "info": "cyan"}
_WIDTH = 60


def _plural(n: int, word: str) -> str:
    if word == "info":
        return f"{n} info"
    return f"{n} {word}" + ("" if n == 1 else "s")


def summary_line(report: Report) -> str:
    """``1 error, 2 warnings, 0 info in 7 facts (de, fr): 5 agree, 1 differs, 1 missing``."""
    s = report.summary
    counts = ", ".join(_plural(s[level], level) for level in ("error", "warning", "info"))
    statuses: dict[str, int] = {}
    for fact in report.facts:
        statuses[fact.status] = statuses.get(fact.status, 0) + 1
    langs = ", ".join(d.lang for d in report.versions)
    detail = ", ".join(
        f"{statuses.get(st, 0)} {word}"
        for st, word in (("agrees", "agree"), ("differs", "differ"), ("missing", "missing"))
    )
    return f"{counts} in {_plural(len(report.facts), 'fact')} ({langs}): {detail}"


def _words(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _WIDTH:
        text = text[: _WIDTH - 1].rstrip() + "…"
    return text


@register
class TextFormatter(Formatter):
    name = "text"

    def style(self, text: str, **kw: object) -> str:
        return click.style(text, **kw) if self.color else text  # type: ignore[arg-type]

    def _where(self, loc: Location) -> str:
        path = loc.path or f"<{loc.lang}>"
        where = self.style(f"{path}:{loc.line}:{loc.column}", bold=True)
        words = (
            self.style("(absent)", dim=True)
            if not loc.text
            else self.style(f"“{_words(loc.text)}”", fg="bright_white")
        )
        return f"    {where}  {loc.lang}  {words}"

    def _finding(self, f: Finding) -> list[str]:
        level = self.style(f"{f.level:<7}", fg=_LEVEL_COLOR.get(f.level), bold=True)
        code = self.style(f.code, bold=True)
        lines = [f"  {level} {code} {f.name}: {f.message}"]
        lines.extend(self._where(loc) for loc in f.locations)
        return lines

    def render_report(self, report: Report) -> list[str]:
        groups: dict[int | None, list[Finding]] = {}
        for f in report.findings:
            key = f.fact if f.fact is not None and 0 <= f.fact < len(report.facts) else None
            groups.setdefault(key, []).append(f)
        out: list[str] = []
        for key, findings in groups.items():
            if key is None:
                continue
            fact = report.facts[key]
            worst = max((f.level for f in findings), key=level_rank)
            head = f"fact {key + 1}: {fact.kind}, {fact.status}"
            out.append(self.style(head, fg=_LEVEL_COLOR.get(worst), bold=True))
            for f in findings:
                out.extend(self._finding(f))
            out.append("")
        if None in groups:
            out.append(self.style("whole versions", bold=True))
            for f in groups[None]:
                out.extend(self._finding(f))
            out.append("")
        if not report.findings:
            out.append("no differences found")
        out.append(summary_line(report))
        return out

    def render(self, results: Sequence[SetResult]) -> str:
        if not self.batch and len(results) == 1 and results[0].report is not None:
            return "\n".join(self.render_report(results[0].report)) + "\n"
        out: list[str] = []
        totals = {"error": 0, "warning": 0, "info": 0}
        failed = 0
        for res in results:
            out.append(self.style(f"== {res.name} ==", bold=True))
            if res.report is None:
                failed += 1
                where = f"{res.error_path}: " if res.error_path else ""
                out.append(self.style(f"  error: {where}{res.error}", fg="red"))
                out.append("")
                continue
            out.extend(self.render_report(res.report))
            out.append("")
            for level, n in res.report.summary.items():
                totals[level] += n
        counts = ", ".join(_plural(totals[lv], lv) for lv in ("error", "warning", "info"))
        line = f"{counts} in {_plural(len(results), 'set')}"
        if failed:
            line += f" ({failed} could not be checked)"
        out.append(line)
        return "\n".join(out) + "\n"
