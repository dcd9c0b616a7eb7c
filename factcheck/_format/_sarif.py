"""SARIF 2.1.0 output (``--format sarif``) for code-scanning dashboards.

One run; ``tool.driver.rules`` lists every rule of the rule set with its
description as help text; one result per finding, with a location in every
version's file (``physicalLocation`` with ``region.startLine/startColumn`` and
the surface words as ``snippet``; a figure missing in a version points at the
aligned paragraph with an empty snippet). ``partialFingerprints`` carries the
same fingerprint as the baseline (``factcheck/v1``), so results stay matched
across unrelated edits. A set that could not be read becomes a
``toolExecutionNotification`` and ``executionSuccessful: false``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .._records import Finding, Location
from . import Formatter, SetResult, register

__all__ = ["SarifFormatter", "artifact_uri"]

_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_INFO_URI = "https://github.com/factcheck/factcheck"


def artifact_uri(path: str) -> str:
    """A URI reference for a file: relative paths stay relative (``/`` separators).

    >>> artifact_uri("content/my story.de.md")
    'content/my%20story.de.md'
    """
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return quote(p.as_posix(), safe="/-._~")


def _rules_meta() -> list[dict[str, Any]]:
    try:
        from .._rules import load_ruleset

        rules = load_ruleset().rules
    except Exception:  # metadata is best effort
        return []
    out = []
    for r in rules:
        desc = str(getattr(r, "description", "") or r.name)
        expl = str(getattr(r, "explanation", "") or "")
        entry: dict[str, Any] = {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": desc.splitlines()[0] if desc else r.name},
            "fullDescription": {"text": desc},
            "help": {"text": (desc + ("\n\n" + expl if expl else "")).strip()},
            "defaultConfiguration": {"level": _LEVEL.get(str(r.level), "warning")},
        }
        out.append(entry)
    return out


def _location(loc: Location, set_name: str) -> dict[str, Any]:
    uri = artifact_uri(loc.path) if loc.path else f"{quote(set_name, safe='/-._~')}.{loc.lang}"
    region: dict[str, Any] = {"startLine": max(1, loc.line), "startColumn": max(1, loc.column)}
    if loc.text and "\n" not in loc.text:
        region["endColumn"] = max(1, loc.column) + len(loc.text)
    region["snippet"] = {"text": loc.text}
    return {
        "physicalLocation": {"artifactLocation": {"uri": uri}, "region": region},
        "message": {"text": f"{loc.lang}: {loc.text!r}" if loc.text else f"{loc.lang}: (missing)"},
    }


@register
class SarifFormatter(Formatter):
    name = "sarif"
    needs_file = True

    def render(self, results: Sequence[SetResult]) -> str:
        from .._baseline import fingerprint

        rules = _rules_meta()
        index = {r["id"]: i for i, r in enumerate(rules)}
        sarif_results: list[dict[str, Any]] = []
        notifications: list[dict[str, Any]] = []
        for res in results:
            if res.report is None:
                note: dict[str, Any] = {
                    "level": "error",
                    "message": {"text": f"{res.name}: {res.error or 'could not be checked'}"},
                }
                if res.error_path:
                    note["locations"] = [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": artifact_uri(res.error_path)}
                            }
                        }
                    ]
                notifications.append(note)
                continue
            for finding in res.report.findings:
                if finding.code not in index:
                    index[finding.code] = len(rules)
                    rules.append(_fallback_rule(finding))
                sarif_results.append(
                    {
                        "ruleId": finding.code,
                        "ruleIndex": index[finding.code],
                        "level": _LEVEL.get(finding.level, "warning"),
                        "message": {"text": finding.message},
                        "locations": [_location(loc, res.name) for loc in finding.locations],
                        "partialFingerprints": {
                            "factcheck/v1": fingerprint(finding, res.name, res.report)
                        },
                        "properties": {"articleSet": res.name, "ruleName": finding.name},
                    }
                )
        invocation: dict[str, Any] = {"executionSuccessful": not notifications}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        doc = {
            "$schema": _SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "factcheck",
                            "version": _version(),
                            "informationUri": _INFO_URI,
                            "rules": rules,
                        }
                    },
                    "invocations": [invocation],
                    "columnKind": "unicodeCodePoints",
                    "results": sarif_results,
                }
            ],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _fallback_rule(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.code,
        "name": finding.name,
        "shortDescription": {"text": finding.name},
        "help": {"text": finding.name},
        "defaultConfiguration": {"level": _LEVEL.get(finding.level, "warning")},
    }


def _version() -> str:
    from .. import __version__

    return __version__
