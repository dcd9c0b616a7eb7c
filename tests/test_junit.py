from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from xml.etree import ElementTree as ET

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


def _render(results: list[SetResult], fail_on: str = "warning") -> ET.Element:
    from factcheck._format import get_formatter

    fmt = get_formatter("junit")(batch=True)
    fmt.fail_on = fail_on  # type: ignore[attr-defined]
    text = fmt.render(results)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.split("\n", 1)[1])


def _clean(name: str) -> SetResult:
    res = make_result(name)
    assert res.report is not None
    return replace(res, report=replace(res.report, findings=()))


def test_one_testcase_per_set_with_failures_and_errors() -> None:
    broken = SetResult("kaputt", None, error="kaputt.fr.md: not valid UTF-8 (byte 7)",
                       error_path="kaputt.fr.md")
    root = _render([make_result("hafen"), _clean("markt"), broken])
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"hafen", "markt", "kaputt"}
    failure = cases["hafen"].find("failure")
    assert failure is not None and failure.get("type") == "FC101"
    assert "über 5.000" in (failure.text or "") and "plus de 4 000" in (failure.text or "")
    assert "hafen.fr.md:3:16" in (failure.text or "")
    assert cases["hafen"].get("file") == "hafen.de.md"
    assert list(cases["markt"]) == []
    error = cases["kaputt"].find("error")
    assert error is not None and "byte 7" in (error.get("message") or "")


def test_findings_below_fail_on_do_not_fail() -> None:
    res = make_result()
    assert res.report is not None
    (f,) = res.report.findings
    info = replace(res, report=replace(res.report, findings=(replace(f, level="info"),)))
    case = _render([info], fail_on="warning").find("testsuite/testcase")
    assert case is not None and case.find("failure") is None
    out = case.find("system-out")
    assert out is not None and "FC101" in (out.text or "")
    case = _render([info], fail_on="info").find("testsuite/testcase")
    assert case is not None and case.find("failure") is not None


def test_control_characters_do_not_break_the_xml() -> None:
    res = make_result()
    assert res.report is not None
    (f,) = res.report.findings
    odd = replace(res, name="a\x00b", report=replace(
        res.report, findings=(replace(f, message="bad \x01 char"),)))
    case = _render([odd]).find("testsuite/testcase")
    assert case is not None and case.get("name") == "ab"
