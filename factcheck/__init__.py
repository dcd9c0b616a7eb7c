"""factcheck: check that the language versions of one article state the same facts."""

from __future__ import annotations

from ._check import check
from ._errors import FactcheckError, InputError, RuleError, UsageError
from ._extract import extract
from ._records import Document, Fact, Figure, Finding, Location, Mention, Report

__all__ = [
    "Document",
    "Fact",
    "FactcheckError",
    "Figure",
    "Finding",
    "InputError",
    "Location",
    "Mention",
    "Report",
    "RuleError",
    "UsageError",
    "check",
    "extract",
]

__version__ = "0.1.0"
