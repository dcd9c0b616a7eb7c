from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck._config import Config
from factcheck.testing import Checker, assert_consistent

DE = "Das Stadion hat 42.000 Plätze.\n\nEs gibt 64 Eingänge.\n"
FR = "Le stade compte 24 000 places.\n\nIl y a 64 entrées.\n"
FR_OK = "Le stade compte 42 000 places.\n\nIl y a 64 entrées.\n"


def test_passes_and_returns_the_report() -> None:
    report = assert_consistent({"de": DE, "fr": FR_OK})
    assert {f.status for f in report.facts} == {"agrees"}


def test_failure_lists_every_versions_words_and_line() -> None:
    with pytest.raises(AssertionError) as err:
        assert_consistent({"de": DE, "fr": FR})
    msg = str(err.value)
    assert msg.startswith("factcheck: 1 finding at or above 'warning' in versions de, fr")
    assert "FC101 value-mismatch (error)" in msg
    assert "'42.000'" in msg and "'24 000'" in msg
    assert "line 1" in msg
    assert len(msg.splitlines()) <= 6


def test_paths_and_keywords(tmp_path: Path) -> None:
    de = tmp_path / "stadion.de.md"
    fr = tmp_path / "stadion.fr.md"
    de.write_text(DE, encoding="utf-8")
    fr.write_text(FR, encoding="utf-8")
    with pytest.raises(AssertionError) as err:
        assert_consistent({"de": de, "fr": str(fr)})
    assert f"{fr}:1" in str(err.value)
    with pytest.raises(AssertionError):
        assert_consistent(de=DE, fr=FR)
    assert_consistent(de=DE, fr=FR, ignore=["FC101"])
    assert_consistent(de=DE, fr=FR, fail_on="error", select=["FC104"])


def test_fail_on_threshold() -> None:
    de = "Der Park hat 3 Teiche.\n\nEr ist 12 Hektar groß.\n"
    fr = "Le parc compte 3 étangs.\n"
    with pytest.raises(AssertionError, match="FC104"):
        assert_consistent({"de": de, "fr": fr}, fail_on="warning")
    assert_consistent({"de": de, "fr": fr}, fail_on="error")
    with pytest.raises(ValueError):
        assert_consistent({"de": de, "fr": fr}, fail_on="fatal")


def test_long_failures_are_cut() -> None:
    de = "\n\n".join(f"Im Jahr gab es {n} Besucher." for n in range(101, 131))
    fr = "\n\n".join(f"Cette année, il y a eu {n + 500} visiteurs." for n in range(101, 131))
    with pytest.raises(AssertionError) as err:
        assert_consistent({"de": de, "fr": fr})
    msg = str(err.value)
    assert "... and " in msg and len(msg.splitlines()) < 50


def test_unexpected_keyword() -> None:
    with pytest.raises(TypeError, match="colour"):
        assert_consistent(de=DE, fr=FR, colour=True)


def test_checker_applies_config_and_keywords_win() -> None:
    checker = Checker(Config(ignore=("FC101",), fail_on="error"))
    checker.assert_consistent({"de": DE, "fr": FR})
    with pytest.raises(AssertionError):
        checker.assert_consistent({"de": DE, "fr": FR}, ignore=())
    only_de_fr = Checker(Config(languages=("de", "fr")))
    report = only_de_fr.check(de=DE, fr=FR_OK, en="The stadium has 99 seats.")
    assert [d.lang for d in report.versions] == ["de", "fr"]


def test_traceback_hides_the_helper(tmp_path: Path) -> None:
    test = tmp_path / "test_x.py"
    test.write_text(
        "from factcheck.testing import assert_consistent\n"
        f"def test_x():\n    assert_consistent(de={DE!r}, fr={FR!r})\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout
    assert "FC101 value-mismatch" in out
    assert "failure_message(" not in out  # the helper's own frame is hidden
    assert "assert_consistent(de=" in out


def test_importing_testing_does_not_need_pytest() -> None:
    code = (
        "import sys; sys.modules['pytest'] = None; import factcheck.testing as t; "
        "print(t.assert_consistent.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "assert_consistent", out.stderr
