from __future__ import annotations

from factcheck._load import document_from_text
from factcheck._records import Document, Finding, Location, Report
from factcheck._suppress import apply_suppressions, suppressions


def _finding(doc: Document, version: int, words: str, code: str = "FC101") -> Finding:
    start = doc.text.index(words)
    line, col = doc.line_col(start)
    names = {"FC101": "value-mismatch", "FC104": "figure-missing", "FC401": "x"}
    loc = Location(doc.lang, start, start + len(words), line, col, words, doc.path, version)
    return Finding(code, names.get(code, "x"), "error", f"{code} at {words}", (loc,))


def _report(docs: list[Document], findings: list[Finding]) -> Report:
    return Report(versions=tuple(docs), facts=(), findings=tuple(findings))


MD = (
    "# Hafen\n\nIm Hafen liegen 31 Boote.\n\n"
    "<!-- factcheck: ignore FC101, figure-missing -->\n"
    "Der Kai ist 640 Meter lang.\n\nDie Fähre fährt 9 Mal am Tag.\n"
)


def test_markdown_comment_silences_next_paragraph_only() -> None:
    doc = document_from_text(MD, "de", path="hafen.de.md", fmt="md")
    other = document_from_text("Harbour.\n", "en", path="hafen.en.md", fmt="md")
    before = _finding(doc, 0, "31 Boote")
    target = _finding(doc, 0, "640 Meter")
    missing = _finding(doc, 0, "640 Meter", code="FC104")
    after = _finding(doc, 0, "9 Mal")
    report = apply_suppressions(_report([doc, other], [before, target, missing, after]))
    assert report.findings == (before, after)


def test_code_not_listed_is_kept() -> None:
    doc = document_from_text(MD, "de", path="hafen.de.md", fmt="md")
    kept = _finding(doc, 0, "640 Meter", code="FC401")
    assert apply_suppressions(_report([doc], [kept])).findings == (kept,)


def test_comment_without_codes_silences_everything_in_html() -> None:
    html = "<p>Es gibt 12 Züge.</p>\n<!-- factcheck: ignore -->\n<p>Es gibt 80 Busse.</p>"
    doc = document_from_text(html, "de", path="v.de.html", fmt="html")
    a = _finding(doc, 0, "12 Züge")
    b = _finding(doc, 0, "80 Busse", code="FC401")
    assert apply_suppressions(_report([doc], [a, b])).findings == (a,)


def test_plain_text_directive_line() -> None:
    txt = "Es gibt 12 Züge.\n\n# factcheck: ignore FC104\nEs gibt 80 Busse.\n\nUnd 3 Fähren.\n"
    doc = document_from_text(txt, "de", path="v.de.txt", fmt="txt")
    a = _finding(doc, 0, "80 Busse", code="FC104")
    b = _finding(doc, 0, "3 Fähren", code="FC104")
    c = _finding(doc, 0, "FC104", code="FC401")  # the directive's own words
    assert apply_suppressions(_report([doc], [a, b, c])).findings == (b,)


def test_plain_form_is_not_a_directive_in_markdown() -> None:
    md = "Text.\n\nfactcheck: ignore FC101\nDer Zug hat 12 Wagen.\n"
    doc = document_from_text(md, "de", path="z.de.md", fmt="md")
    assert [s for s in suppressions(doc) if not s.directive] == []


def test_ignore_file_and_a_finding_in_any_version() -> None:
    de = document_from_text("<!-- factcheck: ignore-file value-mismatch -->\n\nA 5.\n\nB 6.\n",
                            "de", path="d.de.md", fmt="md")
    fr = document_from_text("A 7.\n\nB 8.\n", "fr", path="d.fr.md", fmt="md")
    start = fr.text.index("8")
    loc_fr = Location("fr", start, start + 1, 3, 3, "8", fr.path, 1)
    s2 = de.text.index("6")
    loc_de = Location("de", s2, s2 + 1, 5, 3, "6", de.path, 0)
    pair = Finding("FC101", "value-mismatch", "error", "6 vs 8", (loc_de, loc_fr))
    other = Finding("FC102", "hedge-dropped", "warning", "x", (loc_de, loc_fr))
    assert apply_suppressions(_report([de, fr], [pair, other])).findings == (other,)


def test_no_directive_returns_same_report() -> None:
    doc = document_from_text("Es gibt 12 Züge.\n", "de", fmt="txt")
    report = _report([doc], [_finding(doc, 0, "12 Züge")])
    assert apply_suppressions(report) is report


def test_end_to_end_with_check(tmp_path: object) -> None:
    from factcheck._check import check

    de = document_from_text(
        "Die Halle hat 900 Sitze.\n\n<!-- factcheck: ignore FC101 -->\n"
        "Der Eintritt kostet 12 Euro.\n",
        "de", path="halle.de.md", fmt="md")
    fr = document_from_text(
        "La salle compte 900 places.\n\nL'entrée coûte 15 euros.\n",
        "fr", path="halle.fr.md", fmt="md")
    report = apply_suppressions(check([de, fr]))
    assert not [f for f in report.findings if f.level in ("warning", "error")]
    plain = check([
        document_from_text("Die Halle hat 900 Sitze.\n\nDer Eintritt kostet 12 Euro.\n", "de",
                           fmt="md"),
        fr,
    ])
    assert any(f.code == "FC101" for f in plain.findings)
