"""HTML report (``--format html -o report.html``): one self-contained page.

No external scripts, styles or fonts: the style sheet is inline and the page
has no script at all. For each article set the page shows

* the findings, each linked to its spots in every version (``#s0-v1-o42``);
* the versions side by side, one column per version, one row per group of
  aligned paragraphs (alignment computed from the versions' paragraphs and the
  figures of the facts with :func:`factcheck._align.align_documents`, as
  ``check`` does);
* every figure highlighted (``<mark class="fig st-agrees|st-differs|st-missing">``)
  and coloured by its fact's status; where a version lacks a figure, a gap
  marker (``<a class="spot gap">``) sits at the spot the finding points to.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from .._records import Document, Report
from . import Formatter, SetResult, register

__all__ = ["HtmlFormatter", "paragraph_rows"]

_STATUS = ("agrees", "differs", "missing")

_CSS = """
:root { --agrees:#d5f5dd; --agrees-b:#1e7b34; --differs:#ffd6d6; --differs-b:#b3141c;
  --missing:#ffe7b8; --missing-b:#9a5b00; --ink:#1b1f24; --muted:#5b636d; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  margin: 0; padding: 1.5rem; background: #fafbfc; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; } h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
.summary, .legend { color: var(--muted); margin: .2rem 0; }
section.set { background: #fff; border: 1px solid #d8dde3; border-radius: 6px; padding: 1rem;
  margin: 1rem 0; }
section.set.failed { border-color: var(--differs-b); }
ol.findings { padding-left: 1.4rem; margin: .4rem 0 1rem; }
li.finding { margin: .25rem 0; }
.lvl { display: inline-block; min-width: 4.5em; font-size: .8em; font-weight: 600;
  text-transform: uppercase; }
.lvl-error { color: var(--differs-b); } .lvl-warning { color: var(--missing-b); }
.lvl-info { color: var(--muted); }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; }
a.spot-link { margin-left: .4em; font-size: .9em; }
table.versions { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.versions th { text-align: left; background: #eef1f4; padding: .35rem .5rem;
  font-weight: 600; border: 1px solid #d8dde3; }
table.versions td { vertical-align: top; padding: .35rem .5rem; border: 1px solid #e3e7eb; }
td.gap { background: repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0f0f0 6px,#f0f0f0 12px);
  color: var(--muted); text-align: center; }
td p { margin: 0 0 .4rem; white-space: pre-wrap; overflow-wrap: anywhere; }
mark.fig { border-radius: 3px; padding: 0 .15em; border-bottom: 2px solid; color: inherit; }
mark.st-agrees { background: var(--agrees); border-color: var(--agrees-b); }
mark.st-differs { background: var(--differs); border-color: var(--differs-b); }
mark.st-missing { background: var(--missing); border-color: var(--missing-b); }
mark.spot { background: #e8e4ff; border-bottom: 2px dotted #5b4bc4; color: inherit; }
a.gap { display: inline-block; padding: 0 .3em; border: 1px dashed var(--missing-b);
  border-radius: 3px; color: var(--missing-b); text-decoration: none; font-size: .85em; }
:target { outline: 3px solid #3b6ee8; outline-offset: 1px; }
.error { color: var(--differs-b); font-weight: 600; }
.key { display: inline-block; padding: 0 .4em; border-radius: 3px; border-bottom: 2px solid; }
.key-agrees { background: var(--agrees); border-color: var(--agrees-b); }
.key-differs { background: var(--differs); border-color: var(--differs-b); }
.key-missing { background: var(--missing); border-color: var(--missing-b); }
nav ul { columns: 3; padding-left: 1.2rem; }
"""


@dataclass(slots=True)
class _Spot:
    start: int
    end: int
    ident: str
    cls: str
    title: str


def paragraph_rows(report: Report) -> list[tuple[tuple[int, ...], ...]]:
    """Rows of aligned paragraphs: per row, per version, that version's paragraph indices.

    Uses the alignment ``check`` uses, computed from the paragraphs and the figures
    of ``report.facts``; every paragraph of every version appears exactly once.
    """
    docs = report.versions
    n = len(docs)
    groups: tuple[tuple[tuple[int, ...], ...], ...] = ()
    figures: list[list[object]] = [[] for _ in docs]
    for fact in report.facts:
        for m in fact.mentions:
            if 0 <= m.version < n:
                figures[m.version].append(m.figure)
    try:
        from .._align import align_documents

        for figs in figures:
            figs.sort(key=lambda f: getattr(f, "start", 0))
        groups = align_documents(docs, figures, [() for _ in docs])  # type: ignore[arg-type]
    except Exception:  # fall back to pairing paragraphs by position
        groups = ()
    rows = [tuple(tuple(g) for g in group) for group in groups if len(group) == n]
    seen = [{i for row in rows for i in row[v]} for v in range(n)]
    if not rows:
        longest = max((len(d.paragraphs) for d in docs), default=0)
        rows = [
            tuple((i,) if i < len(d.paragraphs) else () for d in docs) for i in range(longest)
        ]
        seen = [set(range(len(d.paragraphs))) for d in docs]
    for v, doc in enumerate(docs):  # anything the alignment left out, at the end
        for i in range(len(doc.paragraphs)):
            if i not in seen[v]:
                rows.append(tuple((i,) if w == v else () for w in range(n)))
    return rows


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    if doc.paragraphs:
        return list(doc.paragraphs)
    return [(0, len(doc.text))] if doc.text else []


def _place(paras: list[tuple[int, int]], start: int) -> int | None:
    """Index of the paragraph that holds offset ``start`` (or the next one)."""
    if not paras:
        return None
    for i, (s, e) in enumerate(paras):
        if s <= start < e or (start == e and i == len(paras) - 1):
            return i
        if start < s:
            return i
    return len(paras) - 1


class _SetPage:
    def __init__(self, index: int, result: SetResult) -> None:
        self.i = index
        self.result = result
        assert result.report is not None
        self.report: Report = result.report
        n = len(self.report.versions)
        self.paras = [_paragraphs(d) for d in self.report.versions]
        #: per version: spots in that version, keyed by paragraph
        self.spots: list[dict[int, list[_Spot]]] = [{} for _ in range(n)]
        self.links: dict[tuple[int, int], str] = {}
        self._collect()

    def _add(self, v: int, start: int, end: int, cls: str, title: str) -> str:
        key = (v, start)
        if key in self.links:
            return self.links[key]
        p = _place(self.paras[v], start)
        # a spot inside an existing highlight links to it
        if p is not None:
            for spot in self.spots[v].get(p, []):
                if spot.start <= start < spot.end or (spot.start == start):
                    self.links[key] = spot.ident
                    return spot.ident
        ident = f"s{self.i}-v{v}-o{start}"
        self.links[key] = ident
        if p is None:
            return ident
        ps, pe = self.paras[v][p]
        s = min(max(start, ps), pe)
        e = min(max(end, s), pe)
        if cls != "gap":
            for spot in self.spots[v].get(p, []):
                if spot.start < e and s < spot.end:  # overlapping: shrink to a point
                    e = s
                    cls = "gap"
                    break
        self.spots[v].setdefault(p, []).append(_Spot(s, e, ident, cls, title))
        return ident

    def _collect(self) -> None:
        n = len(self.report.versions)
        for k, fact in enumerate(self.report.facts):
            status = fact.status if fact.status in _STATUS else "agrees"
            for m in fact.mentions:
                if not 0 <= m.version < n:
                    continue
                fig = m.figure
                title = f"{fact.kind}, {status}: {fig.value}"
                if fig.qualifier:
                    title += f" ({fig.qualifier})"
                self._add(m.version, fig.start, fig.end, f"fig st-{status} fact-{k}", title)
        for f in self.report.findings:
            for loc in f.locations:
                v = loc.version
                if not 0 <= v < n:
                    continue
                if loc.text and loc.end > loc.start:
                    self._add(v, loc.start, loc.end, "spot", f"{f.code} {f.name}")
                else:
                    self._add(v, loc.start, loc.start, "gap", f"{f.code} {f.name}: missing here")

    def render(self) -> str:
        r = self.report
        res = self.result
        counts = ", ".join(f"{n} {lvl}" for lvl, n in r.summary.items() if n) or "no findings"
        out = [
            f'<section class="set" id="set-{self.i}">',
            f"<h2>{html.escape(res.name)}</h2>",
            f'<p class="summary">{len(r.versions)} versions, {len(r.facts)} facts; {counts}</p>',
        ]
        if r.findings:
            out.append('<ol class="findings">')
            for j, f in enumerate(r.findings):
                links = []
                for loc in f.locations:
                    ident = self.links.get((loc.version, loc.start))
                    if ident is None:
                        continue
                    words = f"“{html.escape(loc.text)}”" if loc.text else "(missing)"
                    links.append(
                        f'<a class="spot-link" href="#{ident}">{html.escape(loc.lang)}'
                        f" {loc.line}:{loc.column} {words}</a>"
                    )
                out.append(
                    f'<li class="finding lvl-{html.escape(f.level)}" id="s{self.i}-f{j}">'
                    f'<span class="lvl lvl-{html.escape(f.level)}">{html.escape(f.level)}</span> '
                    f'<span class="code">{html.escape(f.code)}</span> {html.escape(f.name)}: '
                    f"{html.escape(f.message)}{''.join(links)}</li>"
                )
            out.append("</ol>")
        out.append('<table class="versions"><thead><tr>')
        for v, d in enumerate(r.versions):
            label = html.escape(d.lang) + (f" — {html.escape(d.path)}" if d.path else "")
            if not self.paras[v]:  # an empty version: its spots sit in the header
                label += f' <span class="empty">(empty){self._orphans(v)}</span>'
            out.append(f'<th lang="{html.escape(d.lang)}">{label}</th>')
        out.append("</tr></thead><tbody>")
        for row in paragraph_rows(r):
            out.append('<tr class="row">')
            for v, indices in enumerate(row):
                doc = r.versions[v]
                lang = html.escape(doc.lang)
                if not indices:
                    out.append(f'<td class="gap" lang="{lang}">—</td>')
                    continue
                cells = "".join(self._paragraph(v, i) for i in indices)
                out.append(f'<td class="version v{v}" lang="{lang}">{cells}</td>')
            out.append("</tr>")
        out.append("</tbody></table></section>")
        return "\n".join(out)

    def _orphans(self, v: int) -> str:
        idents = sorted({ident for (w, _), ident in self.links.items() if w == v})
        return "".join(f'<a class="spot gap" id="{ident}">∅</a>' for ident in idents)

    def _paragraph(self, v: int, p: int) -> str:
        text = self.report.versions[v].text
        ps, pe = self.paras[v][p]
        spots = sorted(self.spots[v].get(p, []), key=lambda s: (s.start, s.end - s.start))
        parts: list[str] = []
        pos = ps
        for spot in spots:
            if spot.start < pos:  # nested in the previous highlight: place a point anchor
                spot.start = spot.end = pos
                spot.cls = "gap"
            parts.append(html.escape(text[pos : spot.start]))
            title = html.escape(spot.title, quote=True)
            if spot.cls == "gap":
                parts.append(f'<a class="spot gap" id="{spot.ident}" title="{title}">∅</a>')
            else:
                parts.append(
                    f'<mark class="{spot.cls}" id="{spot.ident}" title="{title}">'
                    f"{html.escape(text[spot.start : spot.end])}</mark>"
                )
            pos = spot.end
        parts.append(html.escape(text[pos:pe]))
        return f"<p>{''.join(parts)}</p>"


@register
class HtmlFormatter(Formatter):
    name = "html"
    needs_file = True

    def render(self, results: Sequence[SetResult]) -> str:
        total: dict[str, int] = {"error": 0, "warning": 0, "info": 0}
        failed = 0
        sections: list[str] = []
        toc: list[str] = []
        for i, res in enumerate(results):
            toc.append(f'<li><a href="#set-{i}">{html.escape(res.name)}</a></li>')
            if res.report is None:
                failed += 1
                sections.append(
                    f'<section class="set failed" id="set-{i}"><h2>{html.escape(res.name)}</h2>'
                    f'<p class="error">could not be checked: {html.escape(res.error or "")}</p>'
                    "</section>"
                )
                continue
            for lvl, n in res.report.summary.items():
                total[lvl] = total.get(lvl, 0) + n
            sections.append(_SetPage(i, res).render())
        summary = ", ".join(f"{n} {lvl}" for lvl, n in total.items()) + (
            f", {failed} set(s) could not be checked" if failed else ""
        )
        legend = (
            '<p class="legend">Figures: <span class="key key-agrees">agrees</span> '
            '<span class="key key-differs">differs</span> '
            '<span class="key key-missing">missing</span> '
            "· ∅ marks where a version lacks a figure.</p>"
        )
        nav = f"<nav><ul>{''.join(toc)}</ul></nav>" if len(results) > 1 else ""
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "<title>factcheck report</title>\n"
            f"<style>{_CSS}</style>\n</head>\n<body>\n"
            f"<header><h1>factcheck report</h1><p class=\"summary\">{len(results)} article "
            f"set(s): {html.escape(summary)}</p>{legend}</header>\n{nav}\n"
            + "\n".join(sections)
            + "\n</body>\n</html>\n"
        )
