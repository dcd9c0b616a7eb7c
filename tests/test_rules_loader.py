"""Loading rule files: errors name the file and line; select/ignore; user patterns."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factcheck._errors import RuleError, UsageError
from factcheck._records import Analysis, Document
from factcheck._rules import load_ruleset

GOOD = """\
code = "HOUSE001"
name = "brand-name"
level = "warning"
type = "pattern"
description = "The brand name must appear in every version or in none."
message = "{match} ({present}) is missing in {missing}"
pattern = "Acme\\\\s+Widgets"
"""


def write(tmp_path: Path, text: str, name: str = "rule.toml") -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def load_error(tmp_path: Path, text: str) -> RuleError:
    folder = write(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_ruleset([folder])
    return info.value


def analysis(*versions: tuple[str, str]) -> Analysis:
    docs = tuple(Document(lang=lang, text=text, path=f"a.{lang}.md") for lang, text in versions)
    return Analysis(
        documents=docs,
        figures=tuple(() for _ in docs),
        tokens=tuple(() for _ in docs),
        alignment=(),
        facts=(),
    )


def test_user_rule_loads_and_runs(tmp_path: Path) -> None:
    rules = load_ruleset([write(tmp_path, GOOD)], select=["HOUSE001"])
    assert [r.code for r in rules] == ["HOUSE001"]
    rule = rules.get("brand-name")
    assert rule.type == "pattern" and rule.level == "warning"
    found = rules.apply(
        analysis(("de", "Die Acme  Widgets sind da."), ("fr", "Les gadgets sont là."))
    )
    assert [f.code for f in found] == ["HOUSE001"]
    assert found[0].message == "Acme  Widgets (de) is missing in fr"
    assert [loc.text for loc in found[0].locations] == ["Acme  Widgets", ""]
    quiet = rules.apply(analysis(("de", "Acme Widgets!"), ("fr", "Les Acme Widgets.")))
    assert quiet == []


def test_unknown_key_names_file_and_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD + '\n# comment\ncolour = "red"\n')
    assert err.path is not None and err.path.endswith("rule.toml")
    assert err.line == 10
    assert "colour" in str(err) and "rule.toml:10" in str(err)


def test_unknown_key_in_table_names_its_line(tmp_path: Path) -> None:
    text = (
        GOOD.replace('type = "pattern"', 'type = "presence"')
        .replace(
            'pattern = "Acme\\\\s+Widgets"\n', '[levels_by_kind]\nnumber = "info"\nnumbr = "info"\n'
        )
        .replace("{match} ", "")
    )
    err = load_error(tmp_path, text)
    assert err.line == 9 and "numbr" in str(err)


def test_unknown_type_names_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace('type = "pattern"', 'type = "magic"'))
    assert err.line == 4 and "magic" in str(err) and "compare-values" in str(err)


def test_malformed_toml_names_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace('level = "warning"', "level = warning"))
    assert err.line == 3 and "malformed TOML" in str(err)


def test_bad_values_name_their_line(tmp_path: Path) -> None:
    assert load_error(tmp_path, GOOD.replace("brand-name", "Brand_Name")).line == 2
    assert load_error(tmp_path, GOOD.replace('"warning"', '"fatal"')).line == 3
    err = load_error(tmp_path, GOOD.replace("{match}", "{nonsense}"))
    assert err.line == 6 and "nonsense" in str(err)


def test_missing_key(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace('description = "The brand', 'descr = "The brand'))
    assert "descr" in str(err) or "description" in str(err)


def test_invalid_regex_names_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("Acme\\\\s+Widgets", "Acme(Widgets"))
    assert err.line == 7 and "regular expression" in str(err)


def test_regex_timeout_is_a_finding_not_a_hang(tmp_path: Path) -> None:
    text = GOOD.replace('pattern = "Acme\\\\s+Widgets"', 'pattern = "(a|aa)+$"\ntimeout = 0.05')
    rules = load_ruleset([write(tmp_path, text)], select=["HOUSE001"])
    hostile = "a" * 5000 + "b"
    started = time.perf_counter()
    found = rules.apply(analysis(("de", hostile), ("fr", "kein Treffer")))
    assert time.perf_counter() - started < 5
    assert [f.code for f in found] == ["HOUSE001"]
    assert found[0].level == "error" and "timed out" in found[0].message


def test_duplicate_code_and_name(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD)
    (folder / "again.toml").write_text(GOOD.replace("brand-name", "other-name"), "utf-8")
    with pytest.raises(RuleError, match="duplicate rule code 'HOUSE001'"):
        load_ruleset([folder])
    shadow = GOOD.replace("HOUSE001", "HOUSE002").replace("brand-name", "value-mismatch")
    (folder / "again.toml").write_text(shadow, "utf-8")
    with pytest.raises(RuleError, match="duplicate rule name 'value-mismatch'"):
        load_ruleset([folder])


def test_select_and_ignore_by_code_prefix_and_name() -> None:
    assert [r.code for r in load_ruleset(select=["FC3"])] == ["FC301", "FC302", "FC303"]
    assert [r.code for r in load_ruleset(select=["hedge-dropped", "FC2"])] == [
        "FC102",
        "FC201",
        "FC202",
    ]
    ignored = [r.code for r in load_ruleset(ignore=["FC9", "value-mismatch"])]
    assert "FC101" not in ignored and "FC901" not in ignored and "FC102" in ignored
    assert [r.code for r in load_ruleset(select=["FC1"], ignore=["FC104,FC105"])] == [
        "FC101",
        "FC102",
        "FC103",
    ]
    with pytest.raises(UsageError, match="FC777"):
        load_ruleset(select=["FC777"])


def test_level_override() -> None:
    rules = load_ruleset(select=["FC104"], levels={"figure-missing": "error"})
    assert rules.get("FC104").level == "error"
    assert load_ruleset(select=["FC104"]).get("FC104").level == "warning"


def test_missing_rules_dir() -> None:
    with pytest.raises(UsageError, match="does not exist"):
        load_ruleset(["/nonexistent/rules"])
