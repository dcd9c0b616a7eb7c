"""Installing the built wheel and running from another directory finds the rules and lexicons."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_rules_and_runs_elsewhere(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip()[-300:]}")
    (wheel,) = wheels.glob("factcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factcheck/rules/lang/de.toml" in names
    assert any(n.startswith("factcheck/rules/checks/FC101") for n in names)
    assert any(n.startswith("factcheck/_rules/") for n in names)
    # the extraction modules are compiled (setup.py), their sources shipped beside them
    compiled = {n.split("/")[1].split(".")[0] for n in names if n.endswith(".so")}
    if shutil.which("cc") or shutil.which("gcc"):
        assert {"_dates", "_numbers", "_numwords", "_tokens", "_extract"} <= compiled, names
    assert "factcheck/_dates.py" in names

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    de = work / "story.de.md"
    fr = work / "story.fr.md"
    de.write_text("Die Stadt baut über 1.200 Wohnungen für 3,4 Millionen Euro.\n", encoding="utf-8")
    fr.write_text("La ville construit 1 200 logements pour 3,4 millions d'euros.\n",
                  encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c",
         "import factcheck, factcheck._dates, sys; print(factcheck.__file__);"
         "print(factcheck._dates.__file__);"
         "from factcheck.cli import main; main(sys.argv[1:])",
         "check", "--format", "json", str(de), str(fr)],
        capture_output=True, text=True, cwd=work, env=env,
    )
    first, _, rest = run.stdout.partition("\n")
    assert first.startswith(str(target)), f"imported the wrong factcheck: {first}"
    dates_module, _, rest = rest.partition("\n")
    if "_dates" in compiled:
        assert dates_module.endswith(".so"), dates_module  # the compiled module runs
    report = json.loads(rest)
    codes = {f["code"] for f in report["findings"]}
    assert "FC102" in codes, report["findings"]  # "über 1.200" vs "1 200": hedge dropped
    assert run.returncode == 1


def test_pure_python_wheel_on_request(tmp_path: Path) -> None:
    """``FACTCHECK_PURE_PYTHON=1`` builds a wheel without compiled modules."""
    wheels = tmp_path / "wheels"
    # a copy of the tree: pip builds in the source folder, and the other wheel test
    # may be building there at the same time (pytest -n)
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", "*.so", "bench", "docs"))
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
        capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "FACTCHECK_PURE_PYTHON": "1"},
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip()[-300:]}")
    (wheel,) = wheels.glob("factcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factcheck/_dates.py" in names
    assert not [n for n in names if n.endswith(".so")], names
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name
