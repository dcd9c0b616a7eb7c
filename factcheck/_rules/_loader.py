"""Reading rule files: one TOML file per rule, validated key by key.

Every problem is a :class:`~factcheck._errors.RuleError` that names the file
and the line: tomllib's own "at line N" for malformed TOML, and for an unknown
key, type or bad value the line where that key is written.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import regex

from .._diskcache import persistent
from .._errors import RuleError, UsageError
from .._records import LEVELS
from ._base import KeySpec, Rule
from ._types import RULE_TYPES

__all__ = [
    "COMMON_KEYS",
    "check_unique",
    "key_line",
    "levels_override",
    "matches",
    "parse_rule",
    "read_rule_dir",
    "select_rules",
    "shipped_rules",
]

#: Keys every rule file has (``explanation`` is optional).
COMMON_KEYS = ("code", "name", "level", "type", "description", "message", "explanation")
_REQUIRED = ("code", "name", "level", "type", "description", "message")

_CODE = re.compile(r"[A-Z][A-Z0-9]*[0-9]")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_LINE = re.compile(r"at line (\d+)")


def key_line(text: str, key: str, table: str | None = None) -> int | None:
    """The 1-based line where ``key`` is written (``key = ...``, ``"key" = ...``,
    or a ``[key]`` table header), searching after the ``[table]`` header if given.

    >>> key_line('code = "X1"\\nkinds = []\\n', "kinds")
    2
    >>> key_line('a = 1\\n[levels_by_kind]\\nnumber = "info"\\n', "number", "levels_by_kind")
    3
    """
    quoted = re.escape(key)
    pat = re.compile(
        rf"""^\s*(?:{quoted}|"{quoted}"|'{quoted}')\s*=|^\s*\[\s*{quoted}\s*\]"""
        rf"""|[{{,]\s*(?:{quoted}|"{quoted}"|'{quoted}')\s*="""
    )
    lines = text.splitlines()
    begin = 0
    if table is not None:
        head = key_line(text, table)
        begin = 0 if head is None else head - 1
    for i in range(begin, len(lines)):
        if pat.search(lines[i]):
            return i + 1
    return None


def _fail(
    problem: str, path: str, text: str, key: str | None, table: str | None = None
) -> RuleError:
    line = None if key is None else key_line(text, key, table)
    if line is None and table is not None:
        line = key_line(text, table)
    return RuleError(problem, path=path, line=line)


def _coerce(key: str, spec: KeySpec, value: Any, fail: Any) -> Any:
    shape = spec.shape
    if shape == "str":
        if not isinstance(value, str):
            raise fail(f"{key!r} must be a string")
        if spec.choices and value not in spec.choices:
            raise fail(f"{key!r} must be one of {', '.join(spec.choices)}, not {value!r}")
        return value
    if shape == "bool":
        if not isinstance(value, bool):
            raise fail(f"{key!r} must be true or false")
        return value
    if shape == "decimal":
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise fail(f"{key!r} must be a number")
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise fail(f"{key!r} must be a number, not {value!r}") from None
        if not number.is_finite() or number < 0:
            raise fail(f"{key!r} must be a number >= 0")
        return number
    if shape == "strs":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"{key!r} must be a list of strings")
        for item in value:
            if spec.allowed and item not in spec.allowed:
                raise fail(f"{key!r}: unknown value {item!r} (known: {', '.join(spec.allowed)})")
        return tuple(value)
    if shape in ("levels", "table"):
        if not isinstance(value, dict):
            raise fail(f"{key!r} must be a table")
        out: dict[str, Any] = {}
        for k, v in value.items():
            if spec.allowed and k not in spec.allowed:
                raise fail(f"{key!r}: unknown key {k!r} (known: {', '.join(spec.allowed)})", k)
            if shape == "levels" and v not in LEVELS:
                raise fail(f"{key}.{k} must be one of {', '.join(LEVELS)}, not {v!r}", k)
            if shape == "table" and (isinstance(v, bool) or not isinstance(v, int | float | str)):
                raise fail(f"{key}.{k} must be a number or a string", k)
            out[k] = v
        return out
    raise AssertionError(shape)  # pragma: no cover


def _check_template(template: str, fields: frozenset[str]) -> str | None:
    """The problem with a message template, or None."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as err:
        return f"bad message template: {err}"
    for _, field, _, _ in parsed:
        if field is None:
            continue
        if not field or not field.isidentifier():
            return f"bad field {{{field}}} in message template (use plain names)"
        if field not in fields:
            known = ", ".join(sorted(fields))
            return f"unknown field {{{field}}} in message template (known: {known})"
    return None


def parse_rule(text: str, path: str) -> Rule:
    """Build one rule from the text of its TOML file."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = _LINE.search(str(err))
        problem = _LINE.sub("", str(err)).replace("()", "").strip(" ,")
        raise RuleError(
            f"malformed TOML: {problem}", path=path, line=int(m.group(1)) if m else None
        ) from None

    def fail_at(key: str | None) -> Any:
        def make(problem: str, sub: str | None = None) -> RuleError:
            if sub is not None:
                return _fail(problem, path, text, sub, key)
            return _fail(problem, path, text, key)

        return make

    for key in _REQUIRED:
        if key not in data:
            raise RuleError(f"missing key {key!r}", path=path)
        if not isinstance(data[key], str):
            raise fail_at(key)(f"{key!r} must be a string")
    code, name, level, kind = data["code"], data["name"], data["level"], data["type"]
    if not _CODE.fullmatch(code):
        raise fail_at("code")(f"code {code!r} must look like FC101 (capitals, then digits)")
    if not _NAME.fullmatch(name):
        raise fail_at("name")(f"name {name!r} must be kebab-case (value-mismatch)")
    if level not in LEVELS:
        raise fail_at("level")(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    cls = RULE_TYPES.get(kind)
    if cls is None:
        raise fail_at("type")(
            f"unknown rule type {kind!r} (known: {', '.join(sorted(RULE_TYPES))})"
        )
    explanation = data.get("explanation", "")
    if not isinstance(explanation, str):
        raise fail_at("explanation")("'explanation' must be a string")
    options: dict[str, Any] = {}
    for key, value in data.items():
        if key in COMMON_KEYS:
            continue
        spec = cls.KEYS.get(key)
        if spec is None:
            known = ", ".join(sorted(cls.KEYS)) or "none"
            raise fail_at(key)(f"unknown key {key!r} for rule type {kind!r} (its keys: {known})")
        options[key] = _coerce(key, spec, value, fail_at(key))
    for key, spec in cls.KEYS.items():
        if key not in options:
            if spec.required:
                raise RuleError(f"rule type {kind!r} needs key {key!r}", path=path)
            options[key] = spec.default
    fields = cls.message_fields()
    for key in ("message", *cls.TEMPLATES):
        template = data["message"] if key == "message" else options[key]
        bad = _check_template(str(template), fields)
        if bad is not None:
            raise fail_at(key)(bad)
    try:
        return cls(
            code=code,
            name=name,
            level=level,
            description=data["description"].strip(),
            message=data["message"],
            path=path,
            options=options,
            explanation=explanation.strip(),
        )
    except regex.error as err:
        raise fail_at("pattern")(f"invalid regular expression: {err}") from None
    except ValueError as err:
        raise RuleError(str(err), path=path) from None


def _read(path: str, data: bytes) -> Rule:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RuleError("rule file is not UTF-8", path=path) from None
    return parse_rule(text, path)


@cache
def shipped_rules() -> tuple[Rule, ...]:
    """The rules shipped in ``rules/checks/`` (parsed once per process, and kept
    in the on-disk table cache, so that a warm process skips the TOML parsing)."""
    return _read_shipped("checks")


@persistent("shipped-rules")
def _read_shipped(folder_name: str) -> tuple[Rule, ...]:
    from importlib import resources

    folder = resources.files("factcheck.rules").joinpath(folder_name)
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml") and entry.is_file():
            out.append(_read(f"rules/{folder_name}/{entry.name}", entry.read_bytes()))
    return tuple(out)


def read_rule_dir(folder: str | Path) -> list[Rule]:
    """The rules of a user directory: every ``*.toml`` file in it."""
    p = Path(folder)
    if not p.is_dir():
        raise UsageError("rules directory does not exist", path=str(folder))
    return [_read(str(f), f.read_bytes()) for f in sorted(p.glob("*.toml")) if f.is_file()]


def check_unique(rules: Sequence[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            other = seen.get(key)
            if other is not None:
                what = "code" if key == rule.code else "name"
                raise RuleError(
                    f"duplicate rule {what} {key!r} (also in {other.path})",
                    path=rule.path,
                    line=_line_in_file(rule.path, what),
                )
            seen[key] = rule


def _line_in_file(path: str, key: str) -> int | None:
    try:
        return key_line(Path(path).read_text(encoding="utf-8-sig"), key)
    except OSError:
        return None


def matches(rule: Rule, selectors: Iterable[str]) -> bool:
    """Whether a rule is named by any selector: a code, a code prefix (FC1), or a name."""
    return any(rule.code.startswith(s.upper()) or rule.name == s.lower() for s in selectors)


def known_selector(rules: Sequence[Rule], selector: str) -> bool:
    return any(matches(r, [selector]) for r in rules)


def _unused(rules: Sequence[Rule], selectors: Iterable[str], option: str) -> None:
    for s in selectors:
        if not known_selector(rules, s):
            raise UsageError(f"{option}: no rule has the code or name {s!r}")


def select_rules(rules: Sequence[Rule], select: Iterable[str], ignore: Iterable[str]) -> list[Rule]:
    sel = [s.strip() for s in select if s.strip()]
    ign = [s.strip() for s in ignore if s.strip()]
    _unused(rules, sel, "--select")
    _unused(rules, ign, "--ignore")
    out = [r for r in rules if not sel or matches(r, sel)]
    return [r for r in out if not matches(r, ign)]


def levels_override(rules: Sequence[Rule], levels: Mapping[str, str]) -> None:
    """Check a {code or name: level} mapping (from configuration)."""
    for key, level in levels.items():
        if level not in LEVELS:
            raise UsageError(f"level of {key!r} must be one of {', '.join(LEVELS)}")
        if not known_selector(rules, key):
            raise UsageError(f"no rule has the code or name {key!r}")
