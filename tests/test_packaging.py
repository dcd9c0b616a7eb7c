"""The wheel must carry every subpackage and the rule/lexicon data."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "factcheck").rglob("__init__.py")
    }
    assert found, "no package found"
    missing = found - listed
    assert not missing, f"subpackages missing from [tool.setuptools] packages: {sorted(missing)}"


def test_rule_and_lexicon_data_are_package_resources() -> None:
    data = resources.files("factcheck.rules")
    langs = {p.name for p in data.joinpath("lang").iterdir()}
    checks = [p.name for p in data.joinpath("checks").iterdir() if p.name.endswith(".toml")]
    assert {"de.toml", "fr.toml", "en.toml", "vi.toml"} <= langs
    assert len(checks) >= 14
