"""JUnit XML output (``--format junit``) for CI dashboards.

One ``<testcase>`` per article set (``classname="factcheck"``, ``name`` = the
set, ``file`` = its first version). A set with findings at or above
``fail_on`` (default ``warning``; the commands set it from ``--fail-on``) has a
``<failure>`` whose text lists every finding with each version's line and
words; findings below the threshold go to ``<system-out>``. A set that could
not be read has an ``<error>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from .._records import Finding, level_rank
from . import Formatter, SetResult, register

__all__ = ["JUnitFormatter", "finding_lines"]


def finding_lines(finding: Finding) -> list[str]:
    """A finding as plain lines: the message, then each version's place and words."""
    lines = [f"{finding.code} {finding.name} [{finding.level}]: {finding.message}"]
    for loc in finding.locations:
        where = f"{loc.path or loc.lang}:{loc.line}:{loc.column}"
        words = f"“{' '.join(loc.text.split())}”" if loc.text else "(missing)"
        lines.append(f"    {loc.lang:<5} {words}  at {where}")
    return lines


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry."""
    return "".join(
        c
        for c in text
        if c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c > "\uffff"
    )


@register
class JUnitFormatter(Formatter):
    name = "junit"
    needs_file = True
    #: Findings at or above this level make a test case fail.
    fail_on: str = "warning"

    def render(self, results: Sequence[SetResult]) -> str:
        threshold = level_rank(self.fail_on)
        suites = ET.Element("testsuites", name="factcheck")
        suite = ET.SubElement(suites, "testsuite", name="factcheck")
        failures = errors = 0
        for res in results:
            case = ET.SubElement(suite, "testcase", classname="factcheck", name=_clean(res.name))
            case.set("time", "0")
            if res.report is None:
                errors += 1
                err = ET.SubElement(case, "error", type="unreadable")
                err.set("message", _clean(res.error or "could not be checked"))
                err.text = _clean(res.error or "")
                if res.error_path:
                    case.set("file", _clean(res.error_path))
                continue
            paths = [d.path for d in res.report.versions if d.path]
            if paths:
                case.set("file", _clean(paths[0]))
            failing = [f for f in res.report.findings if level_rank(f.level) >= threshold]
            rest = [f for f in res.report.findings if level_rank(f.level) < threshold]
            if failing:
                failures += 1
                counts = res.report.summary
                summary = ", ".join(f"{n} {lvl}" for lvl, n in counts.items() if n)
                codes = sorted({f.code for f in failing})
                fail = ET.SubElement(case, "failure", type=",".join(codes))
                fail.set("message", _clean(f"{len(failing)} finding(s): {summary}"))
                fail.text = _clean("\n".join(line for f in failing for line in finding_lines(f)))
            if rest:
                out = ET.SubElement(case, "system-out")
                out.text = _clean("\n".join(line for f in rest for line in finding_lines(f)))
        for el in (suites, suite):
            el.set("tests", str(len(results)))
            el.set("failures", str(failures))
            el.set("errors", str(errors))
            el.set("time", "0")
        suite.set("skipped", "0")
        ET.indent(suites)
        body = ET.tostring(suites, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
