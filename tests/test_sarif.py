from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck._format import SetResult
from factcheck._load import document_from_text
from factcheck._records import Document, Fact, Figure, Finding, Location, Mention, Report

DE = "# Hafen\n\nIm Hafen liegen über 5.000 Boote.\n\nDer Kai ist 640 Meter lang.\n"
FR = "# Port\n\nLe port compte plus de 4 000 bateaux.\n\nLe quai mesure 640 mètres.\n"


def _fig(doc: Document, words: str, value: str, kind: str = "number") -> Figure:
    start = doc.text.index(words)
    return Figure(kind, words, start, start + len(words), Decimal(value))


def _loc(doc: Document, version: int, fig: Figure) -> Location:
    line, col = doc.line_col(fig.start)
    return Location(doc.lang, fig.start, fig.end, line, col, fig.text, doc.path, version)


def make_result(name: str = "hafen", *, de: str = DE, fr: str = FR) -> SetResult:
    d = document_from_text(de, "de", path=f"{name}.de.md", fmt="md")
    f = document_from_text(fr, "fr", path=f"{name}.fr.md", fmt="md")
    boats = (_fig(d, "über 5.000", "5000"), _fig(f, "plus de 4 000", "4000"))
    quay = (_fig(d, "640 Meter", "640", "quantity"), _fig(f, "640 mètres", "640", "quantity"))
    facts = (
        Fact("number", (Mention(0, boats[0], 1), Mention(1, boats[1], 1)), status="differs"),
        Fact("quantity", (Mention(0, quay[0], 2), Mention(1, quay[1], 2)), status="agrees"),
    )
    finding = Finding(
        "FC101",
        "value-mismatch",
        "error",
        "de 'über 5.000' ≠ fr 'plus de 4 000'",
        (_loc(d, 0, boats[0]), _loc(f, 1, boats[1])),
        fact=0,
    )
    return SetResult(name=name, report=Report((d, f), facts, (finding,)))


def _render(*results: SetResult) -> dict:  # type: ignore[type-arg]
    from factcheck._format import get_formatter

    return json.loads(get_formatter("sarif")(batch=len(results) > 1).render(results))


def test_valid_against_the_official_schema(shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    broken = SetResult(name="kaputt", report=None, error="kaputt.fr.md: not valid UTF-8",
                       error_path="kaputt.fr.md")
    doc = _render(make_result(), make_result("markt"), broken)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, errors[0].message
    run = doc["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "kaputt" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_one_result_per_finding_with_a_location_in_every_version() -> None:
    doc = _render(make_result())
    (result,) = doc["runs"][0]["results"]
    assert result["ruleId"] == "FC101" and result["level"] == "error"
    locs = [loc["physicalLocation"] for loc in result["locations"]]
    assert [loc["artifactLocation"]["uri"] for loc in locs] == ["hafen.de.md", "hafen.fr.md"]
    assert [(loc["region"]["startLine"], loc["region"]["startColumn"]) for loc in locs] == [
        (3, 17),
        (3, 16),
    ]
    assert locs[1]["region"]["snippet"]["text"] == "plus de 4 000"
    rule = doc["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == "FC101" and rule["help"]["text"]


def test_rules_carry_the_rule_set_descriptions() -> None:
    rules_mod = pytest.importorskip("factcheck._rules")
    shipped = rules_mod.load_ruleset().rules
    if not shipped:
        pytest.skip("no shipped rules yet")
    rules = {r["id"]: r for r in _render(make_result())["runs"][0]["tool"]["driver"]["rules"]}
    for r in shipped:
        assert rules[r.code]["fullDescription"]["text"] == r.description
        assert rules[r.code]["name"] == r.name


def test_fingerprints_survive_unrelated_edits_and_differ_between_findings() -> None:
    first = _render(make_result())["runs"][0]["results"][0]["partialFingerprints"]
    # a new paragraph before the figure moves every line and offset
    moved = make_result(de="Neu.\n\nNoch neu.\n\n" + DE, fr="Nouveau.\n\n" + FR)
    again = _render(moved)["runs"][0]["results"][0]
    assert again["partialFingerprints"] == first
    assert again["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    changed = make_result()
    changed_report = changed.report
    assert changed_report is not None
    f = changed_report.findings[0]
    loc = replace(f.locations[1], text="plus de 4 500")
    changed = replace(changed, report=replace(
        changed_report, findings=(replace(f, locations=(f.locations[0], loc)),)))
    assert _render(changed)["runs"][0]["results"][0]["partialFingerprints"] != first


def test_no_findings_is_a_valid_empty_run() -> None:
    res = make_result()
    assert res.report is not None
    clean = replace(res, report=replace(res.report, findings=()))
    doc = _render(clean)
    assert doc["runs"][0]["results"] == []
    assert doc["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_real_batch_over_the_fixtures_is_valid(shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from factcheck._batch import CheckOptions, run_batch
    from factcheck._discover import discover

    root = Path(__file__).resolve().parent.parent / "fixtures"
    results = list(run_batch(discover([root]).sets, CheckOptions(), jobs=1))
    doc = _render(*results)
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert not list(validator.iter_errors(doc))
    total = sum(len(r.report.findings) for r in results if r.report is not None)
    assert len(doc["runs"][0]["results"]) == total
    for result in doc["runs"][0]["results"]:
        for loc in result["locations"]:
            region = loc["physicalLocation"]["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
