from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from factcheck._format import SetResult
from factcheck._format._github import escape_data, escape_property
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


def _render(*results: SetResult) -> list[str]:
    from factcheck._format import get_formatter

    return get_formatter("github")().render(results).splitlines()


def test_one_annotation_per_version_file() -> None:
    lines = _render(make_result())
    assert len(lines) == 2
    head = "::error file=hafen.de.md,line=3,col=17,title=FC101 value-mismatch::"
    assert lines[0].startswith(head)
    assert lines[1].startswith("::error file=hafen.fr.md,line=3,col=16,")
    assert "über 5.000" in lines[0] and "plus de 4 000" in lines[0]


def test_levels_map_to_commands() -> None:
    res = make_result()
    assert res.report is not None
    (f,) = res.report.findings
    for level, cmd in (("warning", "::warning "), ("info", "::notice ")):
        changed = replace(res, report=replace(res.report, findings=(replace(f, level=level),)))
        assert all(line.startswith(cmd) for line in _render(changed))


def test_unreadable_set_and_escaping() -> None:
    broken = SetResult("kaputt", None, error="a,b: 100%\nbad", error_path="dir:x/k,1.fr.md")
    (line,) = _render(broken)
    assert line == "::error file=dir%3Ax/k%2C1.fr.md::kaputt: a,b: 100%25%0Abad"
    assert escape_data("x\r\ny") == "x%0D%0Ay"
    assert escape_property("50%") == "50%25"
