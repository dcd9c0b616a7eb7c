"""The declarative rule engine: rules are TOML files, rule types are a fixed set
of Python classes.

>>> rules = load_ruleset()
>>> [r.code for r in rules.rules][:3]
['FC101', 'FC102', 'FC103']
>>> [r.name for r in load_ruleset(select=["FC3"]).rules]
['scale-mismatch', 'currency-mismatch', 'unit-mismatch']
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from .._errors import UsageError
from .._records import Analysis, Finding
from ._base import Context, Rule
from ._loader import (
    check_unique,
    levels_override,
    matches,
    parse_rule,
    read_rule_dir,
    select_rules,
    shipped_rules,
)
from ._second import second_chance
from ._types import RULE_TYPES

__all__ = ["RULE_TYPES", "Rule", "RuleSet", "load_ruleset", "parse_rule"]


class RuleSet:
    """The rules one check runs. ``apply`` runs every rule over one analysis."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        check_unique(rules)
        self.rules: tuple[Rule, ...] = tuple(rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        return f"<RuleSet {' '.join(r.code for r in self.rules)}>"

    def get(self, code_or_name: str) -> Rule:
        """The rule with this code or name (case-insensitive)."""
        key = code_or_name.strip()
        for rule in self.rules:
            if rule.code == key.upper() or rule.name == key.lower():
                return rule
        raise UsageError(f"no rule has the code or name {code_or_name!r}")

    def apply(self, analysis: Analysis, *, settled: bool = False) -> list[Finding]:
        """Every finding of every rule, sorted by (first location's version,
        start, code).

        Before the rules run, a fact that lacks a version is joined to the one
        close, unpaired figure of that version in the aligned paragraph
        (:func:`~factcheck._rules._second.second_chance`); the joined figure's
        findings point at the fact index of the first. ``settled`` says that
        ``second_chance(analysis)`` is known to leave ``analysis`` as it is.
        """
        ctx = Context(analysis if settled else second_chance(analysis))
        findings: list[Finding] = []
        for rule in self.rules:
            findings.extend(rule.run(ctx))
        findings.sort(key=_order)
        return findings


def _order(f: Finding) -> tuple[int, int, str]:
    if not f.locations:
        return (-1, -1, f.code)
    first = f.locations[0]
    return (first.version, first.start, f.code)


def load_ruleset(
    rule_dirs: Iterable[str | Path] = (),
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    levels: Mapping[str, str] | None = None,
) -> RuleSet:
    """The shipped rules plus those in ``rule_dirs``, filtered by ``select`` and
    ``ignore`` (codes, code prefixes such as ``FC1``, or names).

    ``levels`` maps a code or name (or prefix) to a level that replaces the
    rule's own (from configuration). A rule file with a syntax error, an unknown
    key or type raises :class:`~factcheck._errors.RuleError` naming its file
    and line; a selector that names no rule raises
    :class:`~factcheck._errors.UsageError`.
    """
    rules: list[Rule] = list(shipped_rules())
    for folder in rule_dirs:
        rules.extend(read_rule_dir(folder))
    check_unique(rules)
    chosen = select_rules(rules, _split(select), _split(ignore))
    if levels:
        levels_override(rules, levels)
        out = []
        for rule in chosen:
            for key, level in levels.items():
                if matches(rule, [key]) and level != rule.level:
                    rule = copy.copy(rule)
                    rule.level = level
            out.append(rule)
        chosen = out
    return RuleSet(chosen)


def _split(values: Iterable[str]) -> list[str]:
    """Selectors may come comma-separated: ``FC101,hedge-dropped``."""
    if isinstance(values, str):
        values = [values]
    return [part.strip() for v in values for part in v.split(",") if part.strip()]
