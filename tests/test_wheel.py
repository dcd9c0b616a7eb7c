"""Installing the built wheel and running from another directory finds the rules and lexicons."""

from __future__ import annotations

import json
import os
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
         "import factcheck, sys; print(factcheck.__file__);"
         "from factcheck.cli import main; main(sys.argv[1:])",
         "check", "--format", "json", str(de), str(fr)],
        capture_output=True, text=True, cwd=work, env=env,
    )
    first, _, rest = run.stdout.partition("\n")
    assert first.startswith(str(target)), f"imported the wrong factcheck: {first}"
    report = json.loads(rest)
    codes = {f["code"] for f in report["findings"]}
    assert "FC102" in codes, report["findings"]  # "über 1.200" vs "1 200": hedge dropped
    assert run.returncode == 1
