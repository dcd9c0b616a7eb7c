"""What ``factcheck check`` loads at start, and the memos that keep a warm run short.

A warm run (the table cache filled by an earlier run) takes the lexicons, the
shipped rules and the ``pyproject.toml`` verdict from the cache: it imports
neither :mod:`tomllib` nor :mod:`hashlib`, and plain text needs neither the
Markdown nor the HTML reader (nor the inline-directive code, when it has
none). The memos must never change a result.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck import _config, _langdetect
from factcheck._errors import UsageError

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import sys
from factcheck.cli import main
try:
    main(["check", "--lang", "de,fr", "a.txt", "b.txt"])
except SystemExit:
    pass
heavy = ("tomllib", "hashlib", "html.parser", "factcheck._load_md", "factcheck._load_html",
         "factcheck._suppress")
print("LOADED", " ".join(m for m in heavy if m in sys.modules), file=sys.stderr)
"""


def _run(cwd: Path, cache: Path) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_NO_CACHE"}
    env.update(XDG_CACHE_HOME=str(cache), PYTHONPATH=str(ROOT), NO_COLOR="1")
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD], cwd=cwd, env=env, capture_output=True, text=True
    )
    loaded = proc.stderr.rsplit("LOADED", 1)[1].split()
    return proc.stdout, " ".join(loaded)


def test_warm_plain_text_run_skips_toml_hashlib_and_markup_readers(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.txt").write_text("Die Firma hat 120 Mitarbeiter in drei Städten.\n", "utf-8")
    (work / "b.txt").write_text("La firme compte 150 employés dans trois villes.\n", "utf-8")
    # a project file without our table: read on every run, parsed only once
    (work / "pyproject.toml").write_text('[project]\nname = "demo"\n[tool.other]\nx = 1\n')
    cold_out, _ = _run(work, tmp_path / "cache")
    warm_out, loaded = _run(work, tmp_path / "cache")
    assert warm_out == cold_out
    assert "120" in warm_out and "150" in warm_out
    assert loaded == ""


def test_pyproject_table_verdict_follows_the_content(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "factcheck-demo"\n', encoding="utf-8")
    assert not _config._has_tool_table(path)
    path.write_text('[project]\nname = "demo"\n[tool.factcheck]\nsource = "de"\n', "utf-8")
    assert _config._has_tool_table(path)
    path.write_text('[tool]\nfactcheck = { source = "de" }\n', encoding="utf-8")
    assert _config._has_tool_table(path)
    path.write_text("[tool.factcheck]\nsource = \n", encoding="utf-8")  # broken, names us
    assert _config._has_tool_table(path)
    path.write_text("[tool.other\n", encoding="utf-8")  # broken, not ours
    assert not _config._has_tool_table(path)


def test_language_scores_memo_hands_out_fresh_results() -> None:
    text = "Die Firma hat mehr als 5.000 Mitarbeiter und ist in der Stadt bekannt. " * 3
    first, n_words, latin = _langdetect.language_scores(text)
    first["de"] = -1.0  # a caller changing its copy changes nothing for the next one
    again, n_again, latin_again = _langdetect.language_scores(text)
    assert again["de"] > 0 and (n_again, latin_again) == (n_words, latin)
    assert again == _langdetect.language_scores(text)[0]
    assert _langdetect.looks_like(text, "de") and not _langdetect.looks_like(text, "fr")


def test_shipped_rule_set_is_reused_and_selectors_still_checked() -> None:
    versions = {"de": "Die Firma hat 120 Mitarbeiter.", "fr": "La firme a 150 employés."}
    full = factcheck.check(versions)
    assert factcheck.check(versions) == full
    only = factcheck.check(versions, select="FC101")
    assert only == factcheck.check(versions, select=["FC101"])
    assert {f.code for f in only.findings} <= {"FC101"}
    generator = factcheck.check(versions, select=(s for s in ["FC101"]))
    assert generator == only
    for _ in range(2):  # an unknown selector is an error every time, not only the first
        with pytest.raises(UsageError):
            factcheck.check(versions, select=["FC999"])


def test_rules_skip_a_second_join_only_when_the_first_changed_nothing() -> None:
    from factcheck._check import _analyse, analyse
    from factcheck._rules import load_ruleset

    rules = load_ruleset()
    cases = [
        {"de": "Die Firma hat 120 Mitarbeiter.", "fr": "La firme a 150 employés."},
        # a count stated in words on one side and not paired at first: the join applies
        {"de": "Vier Männer wurden verletzt.", "fr": "Cinq hommes ont été blessés."},
    ]
    for versions in cases:
        analysis, settled = _analyse(versions)
        assert analysis == analyse(versions)
        expected = rules.apply(analysis)  # with the join tried again
        if settled:
            assert rules.apply(analysis, settled=True) == expected
        report = factcheck.check(versions)
        assert [(f.code, f.message) for f in report.findings] == [
            (f.code, f.message) for f in expected
        ]


def _run_command(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("FACTCHECK_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )


def test_the_command_exits_fast_but_whole(tmp_path: Path) -> None:
    """``factcheck`` (``cli.run``) ends with ``os._exit`` after ``main``: the exit
    code is main's, everything printed is flushed, a report file is complete, and
    the ``atexit`` handlers ran (the regex cache bundle is saved there)."""
    example = sorted(str(p) for p in (ROOT / "fixtures" / "example").glob("nordvik.*.md"))
    done = _run_command(["check", *example], tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().splitlines()[-1].startswith("0 errors")
    out = tmp_path / "report.json"
    done = _run_command(["check", *example, "--format", "json", "-o", str(out)], tmp_path / "c2")
    assert done.returncode == 0 and '"summary"' in out.read_text(encoding="utf-8")
    assert list((tmp_path / "c2").rglob("short.bundle")), "atexit handlers did not run"
    bad = _run_command(["check", str(tmp_path / "missing.de.md"), *example[:1]], tmp_path / "c3")
    assert bad.returncode == 2 and "missing.de.md" in bad.stderr
