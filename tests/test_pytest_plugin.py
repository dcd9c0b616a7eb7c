from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

AGREE = (
    "Die Fähre fährt 9 Mal am Tag.\n\nSie bietet Platz für 120 Autos.\n",
    "Le ferry part 9 fois par jour.\n\nIl peut transporter 120 voitures.\n",
)
DIFFER = ("Der Turm ist 84 Meter hoch.\n", "La tour mesure 48 mètres de haut.\n")


def _content(root: Path) -> Path:
    content = root / "content"
    content.mkdir()
    (content / "ferry.de.md").write_text(AGREE[0], encoding="utf-8")
    (content / "ferry.fr.md").write_text(AGREE[1], encoding="utf-8")
    (content / "tower.de.md").write_text(DIFFER[0], encoding="utf-8")
    (content / "tower.fr.md").write_text(DIFFER[1], encoding="utf-8")
    return content


def test_article_sets_become_items(pytester: pytest.Pytester) -> None:
    _content(pytester.path)
    result = pytester.runpytest("--factcheck", "content", "-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*content/ferry.de.md::factcheck[[]ferry[]] PASSED*",
            "*content/tower.de.md::factcheck[[]tower[]] FAILED*",
        ]
    )
    out = result.stdout.str()
    # repr_failure shows the findings with both versions' words and lines, no traceback
    assert "FC101 value-mismatch" in out
    assert "'84 Meter'" in out and "'48 mètres'" in out
    assert "tower.fr.md:1" in out
    assert "def runtest" not in out and "Traceback" not in out


def test_other_tests_still_run_when_paths_are_given(pytester: pytest.Pytester) -> None:
    _content(pytester.path)
    pytester.makepyfile(test_plain="def test_ok():\n    assert True\n")
    result = pytester.runpytest("test_plain.py", "--factcheck", "content", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)


def test_without_option_nothing_is_collected(pytester: pytest.Pytester) -> None:
    _content(pytester.path)
    pytester.makepyfile(test_plain="def test_ok():\n    assert True\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_fixture_uses_project_config(pytester: pytest.Pytester) -> None:
    pytester.makefile(".toml", factcheck='ignore = ["FC101"]\n')
    pytester.makepyfile(
        test_fix=f"""
import pytest

def test_ignored(factcheck):
    report = factcheck.assert_consistent(de={DIFFER[0]!r}, fr={DIFFER[1]!r})
    assert all(f.code != "FC101" for f in report.findings)

def test_override(factcheck):
    with pytest.raises(AssertionError, match="FC101"):
        factcheck.assert_consistent(de={DIFFER[0]!r}, fr={DIFFER[1]!r}, ignore=())
"""
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_config_fail_on_and_cli_override(pytester: pytest.Pytester) -> None:
    _content(pytester.path)
    pytester.makefile(".toml", factcheck='fail-on = "error"\nignore = ["FC101", "FC303"]\n')
    result = pytester.runpytest("--factcheck", "content", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_assertrepr_compare_explains_reports(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_cmp=f"""
import factcheck
from factcheck._check import check

def test_cmp():
    a = check({{"de": {DIFFER[0]!r}, "fr": {DIFFER[1]!r}}})
    b = check({{"de": {AGREE[0]!r}, "fr": {AGREE[1]!r}}})
    assert a == b

def test_other_types_untouched():
    assert [1, 2] == [1, 3]
"""
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    out = result.stdout.str()
    assert "factcheck reports differ:" in out
    assert "findings only on the left:" in out and "'84 Meter'" in out
    assert "At index 1 diff: 2 != 3" in out


def test_plugin_import_does_not_import_factcheck_internals() -> None:
    code = (
        "import sys, factcheck.pytest_plugin; "
        "bad = [m for m in ('factcheck._batch', 'factcheck._discover', 'factcheck._baseline', "
        "'factcheck._config', 'factcheck.testing') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.skipif(importlib.util.find_spec("xdist") is None, reason="pytest-xdist not installed")
def test_works_with_xdist(pytester: pytest.Pytester) -> None:
    _content(pytester.path)
    result = pytester.runpytest_subprocess(
        "--factcheck", "content", "-n", "2", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=1, failed=1)
    assert "'48 mètres'" in result.stdout.str()


def test_missing_path_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--factcheck", "nowhere", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--factcheck: nowhere: no such file or folder*"])


def test_manifest_sets_are_items(pytester: pytest.Pytester) -> None:
    content = pytester.path / "press"
    (content / "de").mkdir(parents=True)
    (content / "fr").mkdir()
    (content / "de" / "turm.md").write_text(DIFFER[0], encoding="utf-8")
    (content / "fr" / "la-tour.md").write_text(DIFFER[1], encoding="utf-8")
    (content / "factcheck.sets.toml").write_text(
        '[[set]]\nname = "tower"\nversions = { de = "de/turm.md", fr = "fr/la-tour.md" }\n',
        encoding="utf-8",
    )
    result = pytester.runpytest("--factcheck", "press", "-v", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*press/factcheck.sets.toml::factcheck[[]tower[]] FAILED*"])
