"""Every copy-paste example in README.md works on the shipped fixtures.

The shell blocks are parsed out of the README (so the test follows the README
when it changes): each ``factcheck …`` command runs in a scratch folder holding a
copy of ``fixtures/``, through ``python -m factcheck`` (what the console script
runs), and must exit with the code the README promises for it; the files it
names with ``-o`` must be written and well-formed. The pytest example is saved
as ``tests/test_articles.py`` and run, as the README tells its readers to do.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _blocks(lang: str) -> list[tuple[str, str]]:
    """``(section heading, block text)`` of every fenced block in ``lang``."""
    text = README.read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    heading = ""
    for m in re.finditer(r"^## ([^\n]+)$|^```(\w*)\n(.*?)^```$", text, re.M | re.S):
        if m.group(1) is not None:
            heading = m.group(1).strip()
        elif m.group(2) == lang:
            out.append((heading, m.group(3)))
    return out


def _commands() -> list[tuple[str, str]]:
    """``(section, command line)`` for every ``factcheck`` command in a sh block,
    trailing comments removed; ``a && b`` is kept whole (run as a chain)."""
    found = []
    for heading, block in _blocks("sh"):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if "factcheck " in line and not line.startswith("python "):
                found.append((heading, line))
    return found


@pytest.fixture()
def scratch(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    return tmp_path


def _run(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, *argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def _factcheck(part: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    words = shlex.split(part)
    assert words[0] == "factcheck", part
    args: list[str] = []
    for w in words[1:]:
        matches = sorted(glob.glob(w, root_dir=cwd)) if any(c in w for c in "*?[") else []
        args.extend(matches or [w])
    return _run(["-m", "factcheck", *args], cwd)


def test_readme_has_the_examples_it_promises() -> None:
    sections = {heading for heading, _ in _commands()}
    wanted = {"Quick start (Python 3.11)", "For editors (CLI)", "For CI (SARIF, JUnit, baseline)"}
    assert wanted <= sections
    assert _blocks("python"), "the pytest section has no example"


def test_quick_start_example_is_clean(scratch: Path) -> None:
    (line,) = [c for h, c in _commands() if h.startswith("Quick start")]
    part = line.split("&&")[-1].strip()  # after "pip install ."
    res = _factcheck(part, scratch)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "no differences found" in res.stdout
    assert re.search(r"in (\d+) facts", res.stdout) and int(
        re.search(r"in (\d+) facts", res.stdout).group(1)  # type: ignore[union-attr]
    ) >= 6


def test_editor_and_ci_examples(scratch: Path) -> None:
    commands = [c for h, c in _commands() if h.startswith(("For editors", "For CI"))]
    assert len(commands) >= 6
    for line in commands:
        steps = [s.strip() for s in line.split("&&")]
        res = _factcheck(steps[0], scratch)
        where = f"README command {line!r}: exit {res.returncode}\n{res.stderr[-2000:]}"
        if len(steps) > 1:
            # "factcheck batch … --baseline … && echo 'nothing new'": must exit 0
            assert res.returncode == 0, where
        else:
            # the shipped fixtures plant differences: 0 or 1, never a usage/read error
            assert res.returncode in (0, 1), where
        words = shlex.split(steps[0])
        if "-o" in words:
            out = scratch / words[words.index("-o") + 1]
            assert out.is_file() and out.stat().st_size > 0, where
            fmt = words[words.index("--format") + 1] if "--format" in words else "text"
            body = out.read_text(encoding="utf-8")
            if fmt == "sarif":
                assert json.loads(body)["version"] == "2.1.0"
            elif fmt == "junit":
                assert ET.fromstring(body).tag in ("testsuites", "testsuite")
            elif fmt == "html":
                assert body.lstrip().lower().startswith("<!doctype html")
        if words[1:3] == ["baseline", "write"]:
            assert (scratch / words[3]).is_file(), where
        if "--format" in words and words[words.index("--format") + 1] == "github":
            assert res.stdout.startswith("::"), where


def test_pytest_example(scratch: Path) -> None:
    (code,) = [b for _, b in _blocks("python")]
    tests = scratch / "tests"
    tests.mkdir()
    (tests / "test_articles.py").write_text(code, encoding="utf-8")
    runs = [
        shlex.split(re.sub(r"\s+#.*$", "", line).strip())
        for _, block in _blocks("sh")
        for line in block.splitlines()
        if line.startswith("python -m pytest ") and "-q" not in line.split("#")[0].split()
    ]
    assert len(runs) == 2, runs
    for argv in runs:
        res = _run([*argv[1:], "-p", "no:cacheprovider", "-p", "no:randomly"], scratch)
        assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-2000:]
        assert re.search(r"\b[1-9]\d* passed", res.stdout), res.stdout[-2000:]
        assert "failed" not in res.stdout.splitlines()[-1]
