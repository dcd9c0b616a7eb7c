"""Project configuration: ``[tool.factcheck]`` in ``pyproject.toml`` or a ``factcheck.toml``.

The file is found by walking up from the current folder; in each folder
``factcheck.toml`` (keys at the top level, or under ``[tool.factcheck]``) wins
over ``pyproject.toml`` (keys under ``[tool.factcheck]``; a ``pyproject.toml``
without that table is passed over). Keys (``-`` and ``_`` are interchangeable)::

    [tool.factcheck]
    languages = ["de", "fr", "en"]   # versions to check; others are left out
    source = "de"                    # reference version (default: compare every pair)
    select = ["FC1", "FC201"]        # rule codes, code prefixes or names to run
    ignore = ["figure-missing"]      # rule codes, code prefixes or names to skip
    fail-on = "warning"              # error | warning | info
    rule-dirs = ["factcheck-rules"]  # extra rule folders, relative to this file
    baseline = "factcheck-baseline.toml"  # relative to this file
    max-bytes = 50_000_000           # larger input files are refused

Command-line flags override the file. An unknown key or a value of the wrong
type is a :class:`~factcheck._errors.UsageError` naming the file and line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._diskcache import persistent
from ._errors import UsageError

if TYPE_CHECKING:
    import tomllib

__all__ = [
    "CONFIG_NAMES",
    "Config",
    "cli_config",
    "find_config",
    "load_config",
    "read_config",
    "toml_error_line",
]

#: File names searched in each folder, first match wins.
CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")

_LEVELS = ("error", "warning", "info")
_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)$")


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from the configuration file (all optional), paths made absolute."""

    path: str | None = None
    languages: tuple[str, ...] = ()
    source: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    rule_dirs: tuple[str, ...] = ()
    baseline: str | None = None
    max_bytes: int = 50_000_000

    def override(self, **flags: Any) -> Config:
        """A copy with every flag that was given (not ``None``, not empty) taking precedence.

        >>> Config(fail_on="error", select=("FC1",)).override(fail_on=None, select=()).fail_on
        'error'
        >>> Config(fail_on="error").override(fail_on="info").fail_on
        'info'
        """
        known = {f.name for f in fields(self)}
        changes: dict[str, Any] = {}
        for key, value in flags.items():
            if key not in known:
                raise TypeError(f"unknown config field {key!r}")
            if value is None or (isinstance(value, (tuple, list)) and not value):
                continue
            changes[key] = tuple(value) if isinstance(value, list) else value
        return replace(self, **changes)


def cli_config(ctx: Any, config_path: str | None = None, **flags: Any) -> Config:
    """The configuration for a command: the file (``--config`` or found by walking up),
    overridden by the flags the user gave. A flag left at its click default does
    not override (``ctx`` is the click context; pass ``None`` to take every flag)."""
    base = load_config(config_path) if config_path else read_config()
    given: dict[str, Any] = {}
    for name, value in flags.items():
        if ctx is not None:
            try:
                source = ctx.get_parameter_source(name)
            except (AttributeError, KeyError):  # pragma: no cover
                source = None
            if source is not None and source.name == "DEFAULT":
                continue
        if name in ("select", "ignore") and value is not None:
            value = tuple(p.strip() for v in value for p in str(v).split(",") if p.strip())
        given[name] = value
    return base.override(**given)


def find_config(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The configuration file that applies to ``start`` (default: the current folder)."""
    here = Path(start if start is not None else os.getcwd()).resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / "factcheck.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return _names_us(path)
    return _tool_table_in(text)


def _names_us(path: Path) -> bool:
    # a broken pyproject.toml is not ours to complain about unless it names us
    try:
        return "[tool.factcheck]" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


@persistent("pyproject-tool-table")
def _tool_table_in(text: str) -> bool:
    """Whether a ``pyproject.toml`` of this content has a ``[tool.factcheck]`` table.

    Memoised on disk by content (the project's own ``pyproject.toml`` is read on
    every run and seldom changes), so that a warm run neither parses it nor
    imports :mod:`tomllib`.
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return "[tool.factcheck]" in text
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


def read_config(start: str | os.PathLike[str] | None = None) -> Config:
    """Find and load the configuration; an empty :class:`Config` when there is none."""
    found = find_config(start)
    return Config() if found is None else load_config(found)


def load_config(path: str | os.PathLike[str]) -> Config:
    """Load one configuration file (``factcheck.toml`` or ``pyproject.toml``)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"cannot read configuration: {err}", path=str(p)) from None
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line, msg = toml_error_line(err, text)
        raise UsageError(f"malformed TOML: {msg}", path=str(p), line=line) from None
    section = "tool.factcheck"
    tool = data.get("tool")
    if isinstance(tool, dict) and isinstance(tool.get("factcheck"), dict):
        table: Mapping[str, Any] = tool["factcheck"]
    elif p.name == "pyproject.toml":
        table = {}
    else:
        section = ""
        table = {k: v for k, v in data.items() if k != "tool"}
    return _parse(table, p, text, section)


def toml_error_line(err: tomllib.TOMLDecodeError, text: str) -> tuple[int | None, str]:
    """Line number and message of a TOML syntax error (Python 3.11 keeps them in the text)."""
    msg = str(err)
    found = _AT_LINE.search(msg)
    if found:
        return int(found.group(1)), msg[: found.start()].rstrip()
    if msg.endswith("(at end of document)"):
        return text.count("\n") + (0 if text.endswith("\n") else 1), msg[:-21].rstrip()
    return getattr(err, "lineno", None), msg


def _parse(table: Mapping[str, Any], path: Path, text: str, section: str) -> Config:
    base = path.parent

    def fail(key: str, problem: str) -> UsageError:
        return UsageError(problem, path=str(path), line=_key_line(text, section, key))

    def strings(key: str, value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise fail(key, f"{key!r} must be a string or a list of strings")

    values: dict[str, Any] = {"path": str(path)}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key == "languages":
            values["languages"] = strings(raw_key, value)
        elif key == "source":
            if not isinstance(value, str):
                raise fail(raw_key, "'source' must be a language code")
            values["source"] = value
        elif key in ("select", "ignore"):
            values[key] = strings(raw_key, value)
        elif key == "fail_on":
            if value not in _LEVELS:
                raise fail(raw_key, f"'fail-on' must be one of {', '.join(_LEVELS)}")
            values["fail_on"] = value
        elif key == "rule_dirs":
            values["rule_dirs"] = tuple(str(base / d) for d in strings(raw_key, value))
        elif key == "baseline":
            if not isinstance(value, str):
                raise fail(raw_key, "'baseline' must be a file path")
            values["baseline"] = str(base / value)
        elif key == "max_bytes":
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise fail(raw_key, "'max-bytes' must be a positive integer")
            values["max_bytes"] = value
        else:
            known = "languages, source, select, ignore, fail-on, rule-dirs, baseline, max-bytes"
            where = f"[{section}]" if section else "configuration"
            raise fail(raw_key, f"unknown key {raw_key!r} in {where} (known: {known})")
    return Config(**values)


def _key_line(text: str, section: str, key: str) -> int | None:
    """1-based line of ``key = …`` inside ``[section]`` (or at the top when section is '')."""
    inside = section == ""
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            header = stripped.strip("[]").strip()
            inside = header == section if section else False
            continue
        if inside and stripped.split("=", 1)[0].strip().strip("\"'") == key and "=" in stripped:
            return n
    return None
