"""Report formatters: separate registered classes, chosen by ``--format``.

Each formatter renders a sequence of :class:`SetResult` (one for ``check``,
many for ``batch``). Formatters register themselves with :func:`register`; the
registry maps a format name to the module that defines it, so that only the
chosen formatter is imported.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from .._errors import UsageError
from .._records import Report

__all__ = ["FORMATS", "Formatter", "SetResult", "get_formatter", "register"]


@dataclass(frozen=True, slots=True)
class SetResult:
    """The outcome for one article set: a report, or the error that stopped it."""

    name: str
    report: Report | None
    error: str | None = None
    #: Path of the file the error is about, when there is one.
    error_path: str | None = None


class Formatter:
    """Base class. ``batch`` is True when the output covers several article sets."""

    name: ClassVar[str]
    #: Whether the output is binary-safe text meant for a file rather than a terminal.
    needs_file: ClassVar[bool] = False

    def __init__(self, *, color: bool = False, batch: bool = False) -> None:
        self.color = color
        self.batch = batch

    def render(self, results: Sequence[SetResult]) -> str:
        raise NotImplementedError


#: format name → module (relative to this package) that defines and registers it
FORMATS: dict[str, str] = {
    "text": "._text",
    "json": "._json",
    "sarif": "._sarif",
    "junit": "._junit",
    "github": "._github",
    "html": "._html",
}

_REGISTRY: dict[str, type[Formatter]] = {}


def register(cls: type[Formatter]) -> type[Formatter]:
    """Class decorator: make ``cls`` available under ``cls.name``."""
    _REGISTRY[cls.name] = cls
    return cls


def get_formatter(name: str) -> type[Formatter]:
    if name not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise UsageError(f"unknown format {name!r} (known: {known})")
    if name not in _REGISTRY:
        importlib.import_module(FORMATS[name], __package__)
    return _REGISTRY[name]
