"""The rule catalogue: every shipped rule is complete and has fixtures that fire it
and that must not (``tests/rule_fixtures/<code>-<name>/``).

A fixture folder holds ``fires.<lang>.md`` and ``quiet.<lang>.md`` versions (two or
more languages) and ``expect.toml``::

    [fires]
    texts = { de = "2,5 Millionen", fr = "2,4 millions" }  # words the finding points at
    message = "false friend"                                # optional: in the message

An empty string means the finding points into that version with no words (a
figure, token or paragraph missing there).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from factcheck._load import load_document
from factcheck._records import KINDS, LEVELS, Finding
from factcheck._rules import RULE_TYPES, load_ruleset
from factcheck._rules._loader import shipped_rules

FIXTURES = Path(__file__).resolve().parent / "rule_fixtures"
RULES = shipped_rules()

#: The codes the check contract fixes (FC501 is optional).
CONTRACT = {
    "FC101": "value-mismatch",
    "FC102": "hedge-dropped",
    "FC103": "hedge-contradicted",
    "FC104": "figure-missing",
    "FC105": "ambiguous-number-format",
    "FC201": "date-mismatch",
    "FC202": "weekday-mismatch",
    "FC301": "scale-mismatch",
    "FC302": "currency-mismatch",
    "FC303": "unit-mismatch",
    "FC401": "invariant-token-missing",
    "FC901": "language-mismatch",
    "FC902": "empty-version",
    "FC903": "paragraph-missing",
}


def test_every_contract_code_is_shipped_with_its_name() -> None:
    shipped = {r.code: r.name for r in RULES}
    for code, name in CONTRACT.items():
        assert shipped.get(code) == name, code
    assert set(shipped) - set(CONTRACT) <= {"FC501"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_complete(rule: object) -> None:
    from factcheck._rules import Rule

    assert isinstance(rule, Rule)
    assert re.fullmatch(r"FC[1-9]\d\d", rule.code)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
    assert rule.level in LEVELS
    assert rule.type in RULE_TYPES
    assert len(rule.description) > 20 and rule.description.endswith(".")
    assert rule.message
    assert Path(rule.path).name == f"{rule.code}-{rule.name}.toml"
    kinds = rule.options.get("kinds")
    assert not kinds or set(kinds) <= set(KINDS)


def test_every_rule_has_a_fixture_folder() -> None:
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    missing = [f"{r.code}-{r.name}" for r in RULES if f"{r.code}-{r.name}" not in folders]
    assert not missing, f"rules without fixtures in {FIXTURES}: {missing}"
    orphans = folders - {f"{r.code}-{r.name}" for r in RULES}
    assert not orphans, f"fixture folders for no rule: {orphans}"


def _run(folder: Path, stem: str, code: str) -> list[Finding]:
    from factcheck._check import check

    paths = sorted(folder.glob(f"{stem}.*.md"))
    assert len(paths) >= 2, f"{folder.name}: needs {stem}.<lang>.md in two languages"
    docs = [load_document(str(p)) for p in paths]
    report = check(docs, rules=load_ruleset(select=[code]))
    return [f for f in report.findings if f.code == code]


def _points_at(finding: Finding, texts: dict[str, str]) -> bool:
    by_lang = {loc.lang: loc for loc in finding.locations}
    for lang, words in texts.items():
        loc = by_lang.get(lang)
        if loc is None:
            return False
        if not words:
            if loc.text:
                return False
        elif not loc.text or (
            words.casefold() not in loc.text.casefold()
            and (loc.text.casefold() not in words.casefold())
        ):
            return False
    return True


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_rule_fires_on_its_fixture(rule: object) -> None:
    from factcheck._rules import Rule

    assert isinstance(rule, Rule)
    folder = FIXTURES / f"{rule.code}-{rule.name}"
    if not folder.is_dir():
        pytest.fail(f"no fixture folder {folder}")
    expect = tomllib.loads((folder / "expect.toml").read_text(encoding="utf-8"))["fires"]
    found = _run(folder, "fires", rule.code)
    assert found, f"{rule.code} did not fire on {folder.name}/fires.*"
    assert any(_points_at(f, expect.get("texts", {})) for f in found), [
        (f.message, [(loc.lang, loc.text) for loc in f.locations]) for f in found
    ]
    if "message" in expect:
        assert any(expect["message"] in f.message for f in found), [f.message for f in found]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_rule_is_quiet_on_its_fixture(rule: object) -> None:
    from factcheck._rules import Rule

    assert isinstance(rule, Rule)
    folder = FIXTURES / f"{rule.code}-{rule.name}"
    if not folder.is_dir():
        pytest.fail(f"no fixture folder {folder}")
    found = _run(folder, "quiet", rule.code)
    assert not found, [f.message for f in found]


def test_every_rule_is_documented() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text("utf-8")
    for rule in RULES:
        assert f"| {rule.code} | {rule.name} |" in docs, rule.code
    for name in RULE_TYPES:
        assert f"**{name}**" in docs, name
