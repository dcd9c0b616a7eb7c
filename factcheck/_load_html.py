"""HTML input: the text of a page fed into a :class:`~factcheck._load._Builder`
(imported only when an HTML file is loaded, so that plain text and Markdown do
not pay for :mod:`html.parser`)."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from ._load import _BLOCK_TAGS, _SKIP_TAGS, _Builder, _copy_words

__all__ = ["html_builder"]


class _HTMLStripper(HTMLParser):
    """Feeds the text of an HTML page into a :class:`_Builder`, positions mapped back."""

    def __init__(self, source: str, builder: _Builder) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.b = builder
        self.skip: list[str] = []
        self.in_head = False
        self.in_title = False
        self.line_starts = [0]
        self.line_starts.extend(m.end() for m in re.finditer("\n", source))

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _active(self) -> bool:
        return not self.skip and (not self.in_head or self.in_title)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.append(tag)
            return
        if tag in _SKIP_TAGS:
            self.skip.append(tag)
            return
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag == "title":
            self.in_title = True
        if tag in _BLOCK_TAGS:
            self.b.brk()
        elif tag == "br":
            self.b.space(self._offset())
        elif tag == "img" and self._active():
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                at = self._offset()
                self.b.space(at)
                self.b.add_at(" ".join(alt.split()), at)
                self.b.space(at)
        elif tag == "a" and self._active():
            href = dict(attrs).get("href")
            if href and href.startswith(("http:", "https:", "mailto:", "ftp:")):
                start = self._offset()
                raw = self.get_starttag_text() or ""
                rel = raw.find(href)
                if rel >= 0:
                    self.b.appendix.append((href, start + rel))
                else:
                    self.b.appendix.append((href, start))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP_TAGS and self.skip and self.skip[-1] == tag:
            self.skip.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "head":
            self.in_head = False
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK_TAGS:
            self.b.brk()

    def handle_data(self, data: str) -> None:
        if not self._active() or not data:
            return
        start = self._offset()
        if self.source.startswith(data, start):
            _copy_words(self.b, self.source, start, start + len(data))
        else:  # CDATA or a shifted position: map every character to the start
            if data[:1].isspace():
                self.b.space(start)
            for word in data.split():
                self.b.add_at(word, start)
                self.b.space(start)
            if not data[-1:].isspace():
                self.b._pending_space = None

    def handle_entityref(self, name: str) -> None:
        if self._active():
            self._entity(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        if self._active():
            self._entity(unescape(f"&#{name};"))

    def _entity(self, char: str) -> None:
        start = self._offset()
        if char.isspace() and char not in "\u00a0\u202f\u2009\u2007":
            self.b.space(start)
        else:
            self.b.add_at(char, start)


def html_builder(source: str) -> _Builder:
    b = _Builder()
    parser = _HTMLStripper(source, b)
    parser.feed(source)
    parser.close()
    return b
