from __future__ import annotations

from pathlib import Path

import pytest

from factcheck._config import Config, find_config, load_config, read_config
from factcheck._errors import UsageError


def test_pyproject_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "site"\n\n[tool.factcheck]\nlanguages = ["de", "fr"]\n'
        'source = "de"\nfail-on = "error"\nrule-dirs = ["house-rules"]\n'
        'baseline = "reviewed.toml"\nignore = "FC104"\nmax_bytes = 1000\n',
        encoding="utf-8",
    )
    deep = tmp_path / "content" / "de"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    cfg = read_config(deep)
    assert cfg.languages == ("de", "fr")
    assert cfg.source == "de"
    assert cfg.fail_on == "error"
    assert cfg.rule_dirs == (str(tmp_path / "house-rules"),)
    assert cfg.baseline == str(tmp_path / "reviewed.toml")
    assert cfg.ignore == ("FC104",)
    assert cfg.max_bytes == 1000


def test_factcheck_toml_wins_and_pyproject_without_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('select = ["FC1"]\n', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(sub) == tmp_path / "factcheck.toml"
    assert read_config(sub).select == ("FC1",)


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    # tmp_path lives under /tmp: nothing above it configures factcheck
    cfg = read_config(tmp_path) if find_config(tmp_path) is None else Config()
    assert cfg.fail_on == "warning" and cfg.select == ()


def test_unknown_key_names_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "pyproject.toml"
    p.write_text(
        '[tool.black]\nlanguages = 1\n\n[tool.factcheck]\nsource = "fr"\nlanguage = ["de"]\n',
        encoding="utf-8",
    )
    with pytest.raises(UsageError) as err:
        load_config(p)
    assert str(err.value).startswith(f"{p}:6: unknown key 'language'")


def test_wrong_type_names_line(tmp_path: Path) -> None:
    p = tmp_path / "factcheck.toml"
    p.write_text('source = "de"\nfail-on = "fatal"\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"factcheck.toml:2: 'fail-on' must be"):
        load_config(p)


def test_malformed_toml_names_line(tmp_path: Path) -> None:
    p = tmp_path / "factcheck.toml"
    p.write_text('source = "de"\nselect = [\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"factcheck.toml:\d+: malformed TOML"):
        load_config(p)


def test_flags_override() -> None:
    cfg = Config(fail_on="error", select=("FC1",), source="de")
    merged = cfg.override(fail_on="info", select=(), source=None, ignore=["FC903"])
    assert (merged.fail_on, merged.select, merged.source, merged.ignore) == (
        "info",
        ("FC1",),
        "de",
        ("FC903",),
    )


def test_check_command_reads_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    from factcheck.cli import cli

    de, fr = tmp_path / "turm.de.md", tmp_path / "turm.fr.md"
    de.write_text("Der Turm ist 84 Meter hoch.\n", encoding="utf-8")
    fr.write_text("La tour mesure 48 mètres de haut.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    res = runner.invoke(cli, ["check", str(de), str(fr), "--format", "json"])
    assert res.exit_code == 1
    assert any(f["code"] == "FC303" or f["code"] == "FC101"
               for f in json.loads(res.stdout)["findings"])
    (tmp_path / "factcheck.toml").write_text('ignore = ["FC101", "FC303"]\n', encoding="utf-8")
    res = runner.invoke(cli, ["check", str(de), str(fr), "--format", "json"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["check", str(de), str(fr), "--ignore", "FC104"])
    assert res.exit_code == 1  # the flag replaces the file's list
    (tmp_path / "factcheck.toml").write_text('ignored = ["FC101"]\n', encoding="utf-8")
    res = runner.invoke(cli, ["check", str(de), str(fr)])
    assert res.exit_code == 2 and "factcheck.toml:1: unknown key 'ignored'" in res.stderr
