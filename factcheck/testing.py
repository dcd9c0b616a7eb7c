"""Assertions for test suites: ``assert_consistent`` and the configured :class:`Checker`.

::

    from factcheck.testing import assert_consistent

    def test_harbour_story():
        assert_consistent({"de": Path("content/harbour.de.md"),
                           "fr": Path("content/harbour.fr.md")})

    def test_inline():
        assert_consistent(de="Der Hafen hat 31 Kräne.", fr="Le port compte 31 grues.")

The failure message lists each finding with every version's words and line,
short enough to read in a pytest report. The module does not need pytest; the
plugin (``factcheck.pytest_plugin``) registers it for assertion rewriting.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._config import Config
    from ._records import Document, Finding, Report

__all__ = ["Checker", "assert_consistent", "failure_message"]

_MAX_FINDINGS = 12
_MAX_WORDS = 50
_LANG_KW = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z]{2,4})?$")
_CHECK_KW = frozenset({"select", "ignore", "rule_dirs"})


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_WORDS else text[: _MAX_WORDS - 1] + "…"


def failure_message(report: Report, findings: Sequence[Finding], fail_on: str) -> str:
    """The ``AssertionError`` text: one block per finding, one line per version."""
    langs = ", ".join(d.lang for d in report.versions)
    n = len(findings)
    lines = [
        f"factcheck: {n} finding{'s' if n != 1 else ''} at or above {fail_on!r} "
        f"in versions {langs}"
    ]
    for f in findings[:_MAX_FINDINGS]:
        lines.append(f"{f.code} {f.name} ({f.level}): {_short(f.message)}")
        for loc in f.locations:
            words = repr(_short(loc.text)) if loc.text else "(absent)"
            where = f"{loc.path}:{loc.line}" if loc.path else f"line {loc.line}"
            lines.append(f"    {loc.lang:<5} {words:<30} {where}")
    if n > _MAX_FINDINGS:
        lines.append(f"... and {n - _MAX_FINDINGS} more")
    return "\n".join(lines)


def _looks_like_path(value: str) -> bool:
    return "\n" not in value and len(value) < 4096 and os.path.isfile(value)


def _documents(
    versions: Mapping[str, str | os.PathLike[str]] | Sequence[Document], max_bytes: int | None
) -> Sequence[Document]:
    from ._load import document_from_text, load_document
    from ._records import Document

    if not isinstance(versions, Mapping):
        docs = list(versions)
        if not all(isinstance(d, Document) for d in docs):
            raise TypeError("versions: a mapping lang -> text or path, or a list of Documents")
        return docs
    out = []
    for lang, value in versions.items():
        if isinstance(value, os.PathLike) or (isinstance(value, str) and _looks_like_path(value)):
            if max_bytes is None:
                out.append(load_document(os.fspath(value), lang=lang))
            else:
                out.append(load_document(os.fspath(value), lang=lang, max_bytes=max_bytes))
        elif isinstance(value, str):
            out.append(document_from_text(value, lang))
        else:
            kind = type(value).__name__
            raise TypeError(f"version {lang!r}: expected text or a path, not {kind}")
    return out


def _split_kwargs(kwargs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Separate ``check`` options from versions given as keywords (``de=..., fr=...``)."""
    options: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in kwargs.items():
        if key in _CHECK_KW:
            options[key] = value
        elif _LANG_KW.match(key):
            extra[key.replace("_", "-")] = value
        else:
            raise TypeError(f"assert_consistent() got an unexpected keyword argument {key!r}")
    return options, extra


def assert_consistent(
    versions: Mapping[str, str | os.PathLike[str]] | Sequence[Document] | None = None,
    *,
    rules: Any = None,
    fail_on: str = "warning",
    source: str | int | None = None,
    reference_date: _dt.date | None = None,
    **kwargs: Any,
) -> Report:
    """Check the versions and raise ``AssertionError`` on findings at or above ``fail_on``.

    ``versions`` maps a language code to the text or to a file (a
    :class:`~pathlib.Path`, or a string naming an existing file); versions may
    also be given as keywords (``de=..., fr=...``). Other keywords
    (``select``, ``ignore``, ``rule_dirs``) go to :func:`factcheck.check`.
    Returns the :class:`~factcheck._records.Report` when the versions agree.

    >>> r = assert_consistent(de="Der Zug hat 12 Wagen.", fr="Le train a 12 voitures.")
    >>> [f.status for f in r.facts]
    ['agrees']
    """
    __tracebackhide__ = True
    from ._check import check
    from ._records import level_rank

    options, extra = _split_kwargs(kwargs)
    if versions is None:
        versions = extra
    elif extra:
        if not isinstance(versions, Mapping):
            raise TypeError("give versions either as a list of Documents or as keywords")
        versions = {**versions, **extra}
    if fail_on not in ("error", "warning", "info"):
        raise ValueError(f"fail_on must be 'error', 'warning' or 'info', not {fail_on!r}")
    docs = _documents(versions, options.pop("max_bytes", None))
    report = check(docs, source=source, rules=rules, reference_date=reference_date, **options)
    threshold = level_rank(fail_on)
    failing = [f for f in report.findings if level_rank(f.level) >= threshold]
    if failing:
        raise AssertionError(failure_message(report, failing, fail_on))
    return report


@dataclass
class Checker:
    """``check`` and ``assert_consistent`` with the project's configuration applied
    (what the pytest fixture ``factcheck`` returns). Keywords override the configuration."""

    config: Config | None = None
    _rules: Any = field(default=None, repr=False)

    @classmethod
    def from_config(cls, start: str | os.PathLike[str] | None = None) -> Checker:
        from ._config import read_config

        return cls(read_config(start))

    def _defaults(self) -> dict[str, Any]:
        cfg = self.config
        if cfg is None:
            return {}
        out: dict[str, Any] = {}
        if cfg.source:
            out["source"] = cfg.source
        if cfg.select:
            out["select"] = cfg.select
        if cfg.ignore:
            out["ignore"] = cfg.ignore
        if cfg.rule_dirs:
            out["rule_dirs"] = cfg.rule_dirs
        return out

    def _merge(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        merged = self._defaults()
        merged.update(kwargs)
        return merged

    @property
    def fail_on(self) -> str:
        return self.config.fail_on if self.config is not None else "warning"

    def check(
        self,
        versions: Mapping[str, str | os.PathLike[str]] | Sequence[Document] | None = None,
        **kwargs: Any,
    ) -> Report:
        """:func:`factcheck.check` with the configuration (versions as in ``assert_consistent``)."""
        from ._check import check

        options, extra = _split_kwargs(
            {k: v for k, v in kwargs.items() if k not in ("source", "rules", "reference_date")}
        )
        fixed: dict[str, Any] = {
            k: kwargs[k] for k in ("source", "rules", "reference_date") if k in kwargs
        }
        if versions is None:
            versions = extra
        elif extra and isinstance(versions, Mapping):
            versions = {**versions, **extra}
        merged = self._merge({**options, **fixed})
        max_bytes = self.config.max_bytes if self.config is not None else None
        docs = _documents(versions, max_bytes)
        if self.config is not None and self.config.languages:
            docs = [d for d in docs if d.lang in self.config.languages]
        return check(docs, **merged)

    def assert_consistent(
        self,
        versions: Mapping[str, str | os.PathLike[str]] | Sequence[Document] | None = None,
        **kwargs: Any,
    ) -> Report:
        """:func:`assert_consistent` with the configuration (``fail_on`` from it, too)."""
        __tracebackhide__ = True
        from ._records import level_rank

        fail_on = kwargs.pop("fail_on", self.fail_on)
        report = self.check(versions, **kwargs)
        failing = [f for f in report.findings if level_rank(f.level) >= level_rank(fail_on)]
        if failing:
            raise AssertionError(failure_message(report, failing, fail_on))
        return report

    def check_paths(self, paths: Iterable[str | os.PathLike[str]]) -> Report:
        """Check one set given as files named with their language (``story.de.md``)."""
        from ._load import lang_from_path

        versions: dict[str, str | os.PathLike[str]] = {}
        for p in paths:
            lang = lang_from_path(os.fspath(p))
            if lang is None:
                raise ValueError(f"{p}: no language in the file name")
            versions[lang] = Path(p)
        return self.check(versions)
