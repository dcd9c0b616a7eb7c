"""Golden tests: every article set under ``fixtures/`` against its hand-written ``expected.toml``.

Each set is a folder of versions named Hugo-style (``story.de.md``, ``story.fr.html``, …) and an
``expected.toml`` written by hand from the differences planted in the set (see docs/fixtures.md):

```toml
[[finding]]
code = "FC101"
texts = { de = "34,2", en = "32.4" }  # words of the figure in each version (substring)
level = "info"                         # optional; without it: warning or error
```

``check()`` must report every listed finding (same code, same level when given, and each listed
text found, case-insensitively, in the location of that language) and nothing else at warning or
error.
"""

from __future__ import annotations

import html
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck._load import lang_from_path, load_document
from factcheck._records import Finding

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
VERSION_SUFFIXES = (".md", ".txt", ".html")
FIXTURE_LANGS = frozenset({"de", "fr", "en", "vi"})

#: The rule codes of the check contract (docs/fixtures.md lists which set plants which).
CONTRACT_CODES: dict[str, str] = {
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
    "FC501": "part-exceeds-whole",
    "FC901": "language-mismatch",
    "FC902": "empty-version",
    "FC903": "paragraph-missing",
}
#: Codes no fixture has to plant (optional rules).
OPTIONAL_CODES = frozenset({"FC501"})
LEVELS = ("info", "warning", "error")

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def _norm(text: str) -> str:
    """Compare words case-insensitively and with every kind of space as a plain space."""
    return " ".join(text.translate(_SPACES).split(" ")).casefold()


@dataclass(frozen=True)
class Expected:
    code: str
    texts: dict[str, str]
    level: str | None = None

    def describe(self) -> str:
        words = ", ".join(f"{lang}={text!r}" for lang, text in self.texts.items()) or "(any words)"
        return f"{self.code}{f' [{self.level}]' if self.level else ''} {words}"


@dataclass(frozen=True)
class FixtureSet:
    name: str
    folder: Path
    versions: tuple[tuple[str, Path], ...]  # (lang, path) in file-name order

    @property
    def langs(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.versions)

    def raw(self) -> dict[str, Any]:
        with (self.folder / "expected.toml").open("rb") as fh:
            return tomllib.load(fh)

    def expected(self) -> list[Expected]:
        return [
            Expected(code=e["code"], texts=dict(e.get("texts", {})), level=e.get("level"))
            for e in self.raw().get("finding", [])
        ]


def discover() -> list[FixtureSet]:
    sets: list[FixtureSet] = []
    if not FIXTURES.is_dir():
        return sets
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        versions: list[tuple[str, Path]] = []
        for path in sorted(folder.iterdir()):
            if path.suffix not in VERSION_SUFFIXES:
                continue
            lang = lang_from_path(str(path))
            if lang is not None:
                versions.append((lang, path))
        sets.append(FixtureSet(folder.name, folder, tuple(versions)))
    return sets


SETS = discover()
SET_IDS = [s.name for s in SETS]


def _matches(exp: Expected, finding: Finding) -> bool:
    if finding.code != exp.code:
        return False
    if exp.level is None:
        if finding.level not in ("warning", "error"):
            return False  # an entry without ``level`` stands for a finding at warning or error
    elif finding.level != exp.level:
        return False
    for lang, words in exp.texts.items():
        want = _norm(words)
        if not any(loc.lang == lang and want in _norm(loc.text) for loc in finding.locations):
            return False
    return True


def _assign(expected: Sequence[Expected], found: Sequence[Finding]) -> dict[int, int]:
    """Maximum one-to-one matching expected → reported (Kuhn's augmenting paths)."""
    edges = [[j for j, f in enumerate(found) if _matches(e, f)] for e in expected]
    owner: dict[int, int] = {}  # reported index -> expected index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _describe_finding(f: Finding) -> str:
    where = "; ".join(f"{loc.lang} {loc.line}:{loc.column} {loc.text!r}" for loc in f.locations)
    return f"{f.code} {f.name} [{f.level}] {f.message} -- {where}"


@pytest.mark.parametrize("fixture_set", SETS, ids=SET_IDS)
def test_check_reports_exactly_the_planted_findings(fixture_set: FixtureSet) -> None:
    documents = [load_document(str(path), lang=lang) for lang, path in fixture_set.versions]
    report = factcheck.check(documents)
    found: list[Finding] = list(report.findings)
    expected = fixture_set.expected()
    matched = _assign(expected, found)
    missing = [e for i, e in enumerate(expected) if i not in matched]
    used = set(matched.values())
    unexpected = [
        f for j, f in enumerate(found) if j not in used and f.level in ("warning", "error")
    ]
    if missing or unexpected:
        lines = [f"fixture set {fixture_set.name!r} ({', '.join(fixture_set.langs)}):"]
        lines += [f"  MISSING    {e.describe()}" for e in missing]
        lines += [f"  UNEXPECTED {_describe_finding(f)}" for f in unexpected]
        others = [f for f in found if f not in unexpected and f.level == "info"]
        if missing and others:
            lines += [f"  (info)     {_describe_finding(f)}" for f in others]
        pytest.fail("\n".join(lines), pytrace=False)


@pytest.mark.parametrize("fixture_set", SETS, ids=SET_IDS)
def test_expected_toml_is_well_formed(fixture_set: FixtureSet) -> None:
    assert (fixture_set.folder / "expected.toml").is_file(), "every set needs expected.toml"
    langs = fixture_set.langs
    assert 2 <= len(langs) <= 4, f"a set has 2-4 versions, found {langs}"
    assert len(set(langs)) == len(langs), f"one version per language, found {langs}"
    assert set(langs) <= FIXTURE_LANGS, f"fixture languages are de, fr, en, vi: {langs}"
    raw = fixture_set.raw()
    assert set(raw) <= {"finding"}, f"unknown top-level keys {sorted(set(raw) - {'finding'})}"
    for entry in raw.get("finding", []):
        assert set(entry) <= {"code", "texts", "level"}, f"unknown keys in {entry}"
        assert entry["code"] in CONTRACT_CODES, f"{entry['code']} is not a contract rule code"
        assert entry.get("level", "warning") in LEVELS, f"bad level in {entry}"
        texts = entry.get("texts", {})
        assert isinstance(texts, dict), f"texts must be a table in {entry}"
        assert set(texts) <= set(langs), f"{entry['code']}: {sorted(texts)} not all in {langs}"


@pytest.mark.parametrize("fixture_set", SETS, ids=SET_IDS)
def test_expected_words_occur_in_their_version(fixture_set: FixtureSet) -> None:
    """The golden's words are copied from the versions: catch typos without running check()."""
    files = dict(fixture_set.versions)
    for exp in fixture_set.expected():
        for lang, words in exp.texts.items():
            source = files[lang].read_text(encoding="utf-8-sig")
            if files[lang].suffix == ".html":
                source = html.unescape(source)
            assert _norm(words) in _norm(source), f"{exp.describe()}: {words!r} not in {lang}"


def test_every_contract_rule_is_planted_in_some_fixture() -> None:
    planted = {e.code for s in SETS for e in s.expected()}
    missing = sorted(set(CONTRACT_CODES) - OPTIONAL_CODES - planted)
    assert not missing, f"no fixture set plants {missing}"


def test_there_are_sets_that_agree_and_sets_that_differ() -> None:
    agreeing = [s.name for s in SETS if not s.expected()]
    assert "example" in agreeing, "the README's example set must be clean"
    assert len(agreeing) >= 5, agreeing
    assert len(SETS) - len(agreeing) >= 5
    assert sum("vi" in s.langs for s in SETS) >= 3
    suffixes = {p.suffix for s in SETS for _, p in s.versions}
    assert suffixes >= set(VERSION_SUFFIXES), suffixes
