"""Markdown input: the text of a Markdown file fed into a
:class:`~factcheck._load._Builder` (imported only when a Markdown file is
loaded, so that plain text does not pay for compiling these patterns)."""

from __future__ import annotations

import re

from ._load import _WRAP_WIDTH, _Builder, _copy_words, _front_matter_span, _split_lines

__all__ = ["markdown_builder"]

_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_TAIL_RE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT_RE = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_HR_RE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BULLET_RE = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?")
_QUOTE_ONLY_RE = re.compile(r"[ \t]*(?:>[ \t]?)*")
_TABLE_SEP_RE = re.compile(r"[ \t|:-]+$")
_LINKDEF_RE = re.compile(r" {0,3}\[(?!\^)[^\]\n]{1,200}\]:[ \t]*<?(\S+?)>?(?:[ \t].*)?$")
_FRONT_KEY_RE = re.compile(
    r"(title|description|summary)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.IGNORECASE
)
# Inline syntax, alternatives tried left to right (no nested quantifiers):
_INLINE_RE = re.compile(
    r"(?P<img>!\[(?P<alt>[^\]\n]{0,500})\]\((?P<isrc>[^)\s]{0,2000})"
    r"(?:[ \t]+\"[^\"\n]{0,500}\")?\))"
    r"|(?P<link>\[(?P<ltext>[^\]\n]{0,1000})\]\((?P<url>[^)\s]{0,2000})"
    r"(?:[ \t]+\"[^\"\n]{0,500}\")?\))"
    r"|(?P<fn>\[\^[^\]\s]{1,50}\]:?)"
    r"|(?P<ref>\[(?P<rtext>[^\]\n]{1,1000})\]\[[^\]\n]{0,200}\])"
    r"|(?P<auto><(?P<aurl>(?:https?|ftp|mailto):[^>\s]{1,2000})>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?/?>)"
    r"|(?P<code>`+)"
    r"|(?P<esc>\\[\\`*_{}\[\]()#+\-.!|~<>])"
    r"|(?P<emph>\*{1,3}|~~|(?<![\w])_{1,3}|_{1,3}(?![\w]))"
    r"|(?P<pipe>\|)"
)


def markdown_builder(source: str) -> _Builder:
    b = _Builder()
    lines = _split_lines(source)
    i = 0
    fm = _front_matter_span(source)
    if fm is not None:
        while i < len(lines) and lines[i][0] < fm[1]:
            s, e = lines[i]
            m = _FRONT_KEY_RE.match(source, s, e)
            if m and i > 0:
                vs, ve = m.span(2)
                if ve - vs >= 2 and source[vs] in "\"'" and source[ve - 1] == source[vs]:
                    vs, ve = vs + 1, ve - 1
                _inline(b, source, vs, ve)
                b.brk()
            i += 1
    fence: str | None = None
    block_lines: list[tuple[int, int]] = []

    def flush_block() -> None:
        if not block_lines:
            return
        wrapped = len(block_lines) >= 2 and all(e - s <= _WRAP_WIDTH for s, e in block_lines)
        for s, e in block_lines:
            _inline(b, source, s, e)
            if wrapped:
                b.space(e)
            else:
                b.brk()
        b.brk()
        block_lines.clear()

    while i < len(lines):
        s, e = lines[i]
        i += 1
        if fence is not None:
            fm2 = _FENCE_RE.match(source, s, e)
            if fm2 and fm2.group(1).startswith(fence):
                fence = None
            continue
        m = _FENCE_RE.match(source, s, e)
        if m:
            flush_block()
            fence = m.group(1)[0] * 3
            continue
        qs = _QUOTE_ONLY_RE.match(source, s, e)
        content_start = qs.end() if qs else s
        if content_start >= e or source[content_start:e].strip() == "":
            flush_block()
            continue
        if _SETEXT_RE.match(source, content_start, e) and block_lines:
            flush_block()
            continue
        if _HR_RE.match(source, content_start, e):
            flush_block()
            continue
        hm = _HEADING_RE.match(source, content_start, e)
        if hm:
            flush_block()
            hend = e
            tail = _HEADING_TAIL_RE.search(source, hm.end(), e)
            if tail:
                hend = tail.start()
            _inline(b, source, hm.end(), hend)
            b.brk()
            continue
        if _LINKDEF_RE.match(source, content_start, e):
            flush_block()
            lm = _LINKDEF_RE.match(source, content_start, e)
            assert lm is not None
            b.add(lm.group(1), lm.start(1))
            b.brk()
            continue
        if _TABLE_SEP_RE.match(source, content_start, e) and "-" in source[content_start:e]:
            continue
        bm = _BULLET_RE.match(source, s, e)
        body = bm.end() if bm else s
        if body > content_start and source[content_start:body].strip():
            # a list item starts a paragraph of its own
            flush_block()
        if source[body:e].lstrip().startswith("|"):
            flush_block()
            _inline(b, source, body, e)
            b.brk()
            continue
        block_lines.append((body, e))
    flush_block()
    return b


def _inline(b: _Builder, source: str, start: int, end: int) -> None:
    """Copy ``source[start:end]`` into ``b`` without inline Markdown syntax."""
    while start < end and source[start] in " \t":
        start += 1
    while end > start and source[end - 1] in " \t\r":
        end -= 1
    pos = start
    in_code = ""
    for m in _INLINE_RE.finditer(source, start, end):
        if in_code:
            if m.group("code") == in_code:
                _copy_words(b, source, pos, m.start())
                pos = m.end()
                in_code = ""
            continue
        _copy_words(b, source, pos, m.start())
        pos = m.end()
        kind = m.lastgroup
        if kind == "img":
            _inline(b, source, m.start("alt"), m.end("alt"))
        elif kind == "link":
            _inline(b, source, m.start("ltext"), m.end("ltext"))
            url = m.group("url")
            if url and not url.startswith("#"):
                b.appendix.append((url, m.start("url")))
        elif kind == "fn":  # footnote marker [^1]: not a figure of the text
            b.space(m.start())
        elif kind == "ref":
            _inline(b, source, m.start("rtext"), m.end("rtext"))
        elif kind == "auto":
            b.add(m.group("aurl"), m.start("aurl"))
        elif kind == "code":
            in_code = m.group("code")
        elif kind == "esc":
            b.add(source[m.start() + 1], m.start() + 1)
        elif kind == "pipe":
            if source[start : m.start()].strip() and source[m.end() : end].strip():
                b.add_at(";", m.start())
                b.space(m.start())
            else:
                b.space(m.start())
        elif kind == "tag":
            tag = m.group("tag").lower()
            if tag.startswith(("<br", "<p", "</p", "<div", "</div")):
                b.space(m.start())
    _copy_words(b, source, pos, end)
