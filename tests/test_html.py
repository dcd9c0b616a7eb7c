from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from html.parser import HTMLParser

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


class _Tree(HTMLParser):
    """Collects ids, hrefs, marks (with classes and text) and table rows."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.marks: list[tuple[str, str]] = []
        self.rows: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._mark: list[str] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")
        if tag == "mark":
            self._mark = [a.get("class") or ""]
        if tag == "tr":
            self._row = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark[0], "".join(self._mark[1:])))
            self._mark = None
        if tag == "tr" and self._row is not None:
            self.rows.append("".join(self._row))
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._mark.append(data)
        if self._row is not None:
            self._row.append(data)


def _with_missing() -> SetResult:
    res = make_result(de=DE + "\nEs gibt 12 Kräne.\n")
    assert res.report is not None
    d, f = res.report.versions
    start = d.text.index("12 Kräne")
    fig = Figure("number", "12 Kräne", start, start + 8, Decimal(12))
    fact = Fact("number", (Mention(0, fig, 3),), status="missing")
    line, col = d.line_col(start)
    here = Location("de", start, start + 8, line, col, "12 Kräne", d.path, 0)
    gap_at = f.paragraphs[-1][1]
    l2, c2 = f.line_col(gap_at)
    there = Location("fr", gap_at, gap_at, l2, c2, "", f.path, 1)
    miss = Finding("FC104", "figure-missing", "warning", "12 Kräne has no partner in fr",
                   (here, there), fact=2)
    report = replace(res.report, facts=(*res.report.facts, fact),
                     findings=(*res.report.findings, miss))
    return replace(res, report=report)


def _render(*results: SetResult) -> str:
    from factcheck._format import get_formatter

    return get_formatter("html")(batch=len(results) > 1).render(results)


def test_self_contained() -> None:
    page = _render(_with_missing())
    tree = _Tree()
    tree.feed(page)
    assert not [t for t, a in tree.tags if t in ("script", "link", "iframe", "img")]
    assert not re.search(r"url\(|@import|@font-face|https?://", page)
    assert page.startswith("<!DOCTYPE html>")


def test_every_figure_highlighted_with_its_status() -> None:
    tree = _Tree()
    tree.feed(_render(_with_missing()))
    marks = {text: cls.split() for cls, text in tree.marks}
    assert "st-differs" in marks["über 5.000"] and "st-differs" in marks["plus de 4 000"]
    assert "st-agrees" in marks["640 Meter"] and "st-agrees" in marks["640 mètres"]
    assert "st-missing" in marks["12 Kräne"]


def test_findings_link_to_existing_anchors_in_every_version() -> None:
    tree = _Tree()
    tree.feed(_render(_with_missing()))
    local = [h[1:] for h in tree.hrefs if h.startswith("#")]
    spots = [h for h in local if h.startswith("s0-v")]
    assert {h.split("-")[1] for h in spots} == {"v0", "v1"}
    assert len(spots) == 4  # two findings, two versions each
    assert all(h in tree.ids for h in local)


def test_versions_side_by_side_in_aligned_rows() -> None:
    tree = _Tree()
    tree.feed(_render(_with_missing()))
    boats = [r for r in tree.rows if "über 5.000" in r]
    assert len(boats) == 1 and "plus de 4 000" in boats[0]
    quay = [r for r in tree.rows if "640 Meter" in r]
    assert len(quay) == 1 and "640 mètres" in quay[0]
    assert "hafen.de.md" in tree.rows[0] and "hafen.fr.md" in tree.rows[0]


def test_batch_page_lists_sets_and_failures() -> None:
    broken = SetResult("kaputt", None, error="kaputt.fr.md: not valid UTF-8")
    page = _render(make_result("hafen"), make_result("markt"), broken)
    tree = _Tree()
    tree.feed(page)
    assert {"set-0", "set-1", "set-2"} <= tree.ids
    assert "s1-v0-o" in page and "could not be checked" in page
    assert all(h[1:] in tree.ids for h in tree.hrefs if h.startswith("#"))


def test_text_is_escaped() -> None:
    res = make_result()
    assert res.report is not None
    d = res.report.versions[0]
    extra = "<script>alert(1)</script> & 3 < 4"
    start = len(d.text) + 2
    d = replace(d, text=d.text + "\n\n" + extra, source_offsets=None, source_text=None,
                paragraphs=(*d.paragraphs, (start, start + len(extra))))
    page = _render(replace(res, report=replace(res.report, versions=(d, res.report.versions[1]))))
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_real_batch_over_the_fixtures_links_resolve() -> None:
    from pathlib import Path

    from factcheck._batch import CheckOptions, run_batch
    from factcheck._discover import discover

    root = Path(__file__).resolve().parent.parent / "fixtures"
    results = list(run_batch(discover([root]).sets, CheckOptions(), jobs=1))
    tree = _Tree()
    tree.feed(_render(*results))
    local = [h[1:] for h in tree.hrefs if h.startswith("#")]
    assert local and all(h in tree.ids for h in local)
    n_mentions = sum(
        len(f.mentions) for r in results if r.report is not None for f in r.report.facts
    )
    # every figure is highlighted (a mention can share a spot only with an identical one)
    assert len(tree.marks) >= 0.95 * n_mentions
