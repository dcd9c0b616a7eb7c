"""Errors that the CLI turns into exit code 2 and one line on stderr.

Every error names the file it is about (when there is one) and the problem, in
one line, so that a pipeline log shows exactly what to fix.
"""

from __future__ import annotations

__all__ = ["FactcheckError", "InputError", "RuleError", "UsageError"]


class FactcheckError(Exception):
    """Base class: bad usage or bad input. ``str(err)`` is the one-line message."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = message
        super().__init__(self._format())

    def _format(self) -> str:
        if self.path is None:
            return self.problem
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.problem}"


class UsageError(FactcheckError):
    """The command line or API call is wrong (unknown format, no language, ...)."""


class InputError(FactcheckError):
    """An input file cannot be read or decoded."""


class RuleError(FactcheckError):
    """A rule or lexicon file is malformed (names the file and the line)."""
