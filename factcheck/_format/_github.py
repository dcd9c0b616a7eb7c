"""GitHub Actions workflow commands (``--format github``).

One line per finding and version:
``::error file=…,line=…,col=…,title=FC101 value-mismatch::message``
(``::warning`` and ``::notice`` for the other levels), so that the annotation
shows in each version's file of a pull request. The message names the words of
every version. A set that could not be read is an ``::error`` on its file.
Property values and messages are escaped as the runner expects (``%``, CR, LF,
and ``:``/``,`` in properties).
"""

from __future__ import annotations

from collections.abc import Sequence

from .._records import Finding
from . import Formatter, SetResult, register

__all__ = ["GithubFormatter", "escape_data", "escape_property"]

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a message for a workflow command.

    >>> escape_data("50%\\nmore")
    '50%25%0Amore'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file name, title).

    >>> escape_property("a:b,c")
    'a%3Ab%2Cc'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _words(finding: Finding) -> str:
    parts = [
        f"{loc.lang} “{' '.join(loc.text.split())}”" if loc.text else f"{loc.lang} (missing)"
        for loc in finding.locations
    ]
    return " / ".join(parts)


@register
class GithubFormatter(Formatter):
    name = "github"

    def render(self, results: Sequence[SetResult]) -> str:
        lines: list[str] = []
        for res in results:
            if res.report is None:
                props = f" file={escape_property(res.error_path)}" if res.error_path else ""
                lines.append(
                    f"::error{props}::{escape_data(res.name + ': ' + (res.error or 'failed'))}"
                )
                continue
            for f in res.report.findings:
                cmd = _COMMAND.get(f.level, "warning")
                title = escape_property(f"{f.code} {f.name}")
                message = escape_data(f"{f.message} [{_words(f)}]")
                located = [loc for loc in f.locations if loc.path]
                if not located:
                    lines.append(f"::{cmd} title={title}::{message}")
                for loc in located:
                    lines.append(
                        f"::{cmd} file={escape_property(loc.path or '')},line={loc.line},"
                        f"col={loc.column},title={title}::{message}"
                    )
        return "".join(line + "\n" for line in lines)
