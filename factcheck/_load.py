"""Load article versions: decoding, language, markup stripping, paragraphs.

A version becomes a :class:`~factcheck._records.Document` whose ``text`` is what
extraction sees (Markdown and HTML syntax stripped) and whose
``source_offsets`` map every character of ``text`` back to the original file
text, so that findings report the line and column the user edits.

* ``.txt``: the text as is (``source_offsets`` is ``None``; CRLF is kept, so
  positions are the file's own). Paragraphs are blank-line separated blocks;
  inside a block every line is its own paragraph unless the block looks
  hard-wrapped (every line at most 100 characters, at least two lines).
* ``.md``: headings, emphasis, code spans, bullets, block quotes, images
  (alt text kept), tables (cells kept, pipes become ``;``) and HTML tags are
  stripped; code fences are dropped; a link keeps its text and its URL is
  appended at the end of the paragraph, so invariant-token checks see it.
  Front matter (YAML ``---`` or TOML ``+++``) is dropped except ``title`` and
  ``description``/``summary`` (paragraphs of their own); its ``date`` is
  returned by :func:`front_matter_date`.
* ``.html``: parsed with the standard library; ``script``/``style`` dropped,
  block elements make paragraph breaks, entities decoded, whitespace collapsed.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from ._errors import InputError, UsageError
from ._locale import get_locale
from ._records import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode_bytes",
    "document_from_text",
    "format_from_path",
    "front_matter_date",
    "lang_from_path",
    "load_document",
    "read_text",
]

DEFAULT_MAX_BYTES = 50_000_000

_LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


def lang_from_path(path: str) -> str | None:
    """Language code named by a file name (``story.de.md``) or folder (``de/story.md``).

    >>> lang_from_path("content/story.de.md"), lang_from_path("fr/story.md")
    ('de', 'fr')
    >>> lang_from_path("story.md") is None
    True
    """
    p = Path(path)
    suffixes = p.name.split(".")[1:-1]
    for cand in reversed(suffixes):
        if _LANG_RE.match(cand) and _known(cand):
            return cand
    for part in reversed(p.parent.parts):
        if _LANG_RE.match(part) and _known(part):
            return part
    return None


def _known(code: str) -> bool:
    try:
        get_locale(code)
    except UsageError:
        return False
    return True


def format_from_path(path: str) -> str:
    """``md``, ``html`` or ``txt`` from the file's extension.

    >>> format_from_path("a/story.de.md"), format_from_path("x.HTM"), format_from_path("y.fr")
    ('md', 'html', 'txt')
    """
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown", ".mdown", ".mkd"):
        return "md"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "txt"


# --------------------------------------------------------------------------- decoding


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    nul = sample.count(0)
    if nul * 20 > len(sample):  # more than 5 % NUL bytes
        return True
    ctrl = sum(sample.count(b) for b in (1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20))
    return (nul + ctrl) * 10 > len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every other position (ASCII-heavy UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd * 10 >= half * 6 and even * 10 < half:
        return "utf-16-le"
    if even * 10 >= half * 6 and odd * 10 < half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, encoding: str | None = None, path: str | None = None) -> str:
    """Bytes of a version's file → text.

    UTF-8 with or without BOM, UTF-16 with a BOM (or without one when the NUL
    pattern makes it plain), or the given ``encoding``.

    >>> decode_bytes("5 000 €".encode("utf-8-sig"))
    '5 000 €'
    >>> decode_bytes("über 5.000".encode("utf-16"))
    'über 5.000'
    >>> decode_bytes(b"ab\\xff")
    Traceback (most recent call last):
    ...
    factcheck._errors.InputError: not valid UTF-8 (byte offset 2, line 1); try --encoding
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as err:
            raise InputError(
                f"not valid {encoding} (byte offset {err.start}); try another --encoding",
                path=path,
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(f"not valid UTF-16 (byte offset {err.start})", path=path) from None
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if not bom and 0 in data[:4096]:
        enc = _utf16_without_bom(data)
        if enc is not None:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
        if _looks_binary(data):
            raise InputError("binary file, not text", path=path)
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as err:
        if _looks_binary(data):
            raise InputError("binary file, not text", path=path) from None
        offset = err.start + bom
        line = data.count(b"\n", 0, offset) + 1
        raise InputError(
            f"not valid UTF-8 (byte offset {offset}, line {line}); try --encoding",
            path=path,
        ) from None


def _read_bytes(path: str, max_bytes: int | None) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, not a file", path=path)
        if not p.exists():
            raise InputError("no such file", path=path)
        if max_bytes is not None:
            size = p.stat().st_size
            if size > max_bytes:
                raise InputError(
                    f"file is {size} bytes, larger than the limit of {max_bytes} bytes",
                    path=path,
                )
        return p.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=path) from None


def read_text(
    path: str, *, encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> str:
    """Read a version's file as text (UTF-8 with or without BOM, UTF-16 with BOM)."""
    return decode_bytes(_read_bytes(path, max_bytes), encoding=encoding, path=path)


def load_document(
    path: str,
    *,
    lang: str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    fmt: str | None = None,
    detect: bool = True,
) -> Document:
    """Read, decode and strip one version's file.

    The language is ``lang``, else the one the file name names (``story.de.md``,
    ``de/story.md``), else (with ``detect``) the one
    :func:`factcheck._langdetect.detect_language` is confident about; otherwise
    a :class:`~factcheck._errors.UsageError` naming the file.
    """
    text = read_text(path, encoding=encoding, max_bytes=max_bytes)
    if lang is None:
        lang = lang_from_path(path)
    if lang is None and detect:
        from ._langdetect import detect_language

        found, confidence = detect_language(text)
        if found is not None and confidence >= 0.5:
            lang = found
    if lang is None:
        raise UsageError("no language: name the file like story.de.md, or give --lang", path=path)
    get_locale(lang)
    return document_from_text(text, lang, path=path, fmt=fmt or _sniff(path, text))


def _sniff(path: str, text: str) -> str:
    fmt = format_from_path(path)
    if fmt == "txt":
        head = text[:512].lstrip().lower()
        if head.startswith(("<!doctype html", "<html")):
            return "html"
    return fmt


def document_from_text(
    text: str, lang: str, *, path: str | None = None, fmt: str = "txt"
) -> Document:
    """A :class:`Document` from a version's text in format ``txt``, ``md`` or ``html``.

    >>> doc = document_from_text("# Title\\n\\nOver **5,000** staff.\\n", "en", fmt="md")
    >>> doc.text
    'Title\\n\\nOver 5,000 staff.'
    >>> doc.line_col(doc.text.index("5,000"))
    (3, 8)
    """
    if fmt == "md":
        return _build(_markdown(text), lang, path, text)
    if fmt == "html":
        return _build(_html(text), lang, path, text)
    if fmt != "txt":
        raise UsageError(f"unknown input format {fmt!r} (txt, md or html)")
    return Document(lang=lang, text=text, path=path, paragraphs=tuple(txt_paragraphs(text)))


def _build(b: _Builder, lang: str, path: str | None, source: str) -> Document:
    text, offsets, paragraphs = b.finish()
    return Document(
        lang=lang,
        text=text,
        path=path,
        source_text=source,
        source_offsets=offsets,
        paragraphs=paragraphs,
    )


# --------------------------------------------------------------------------- paragraphs

_LINE_RE = re.compile(r"[^\n]*\n?")
_WRAP_WIDTH = 100


def _split_lines(text: str, base: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line ending (``\\n`` or ``\\r\\n``)."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        stop = end
        if stop > pos and text[stop - 1] == "\r":
            stop -= 1
        out.append((base + pos, base + stop))
        pos = n if nl < 0 else nl + 1
    return out


def txt_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs of plain text as (start, end), surrounding white space trimmed.

    >>> t = "Title line\\nA long first paragraph.\\n\\nSecond\\r\\n"
    >>> [t[s:e] for s, e in txt_paragraphs(t)]
    ['Title line\\nA long first paragraph.', 'Second']
    >>> t = "A line that is a paragraph of its own. " * 3 + "\\nAnd another one."
    >>> len(txt_paragraphs(t))
    2
    """
    paragraphs: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []  # the current run of non-blank lines, trimmed

    def flush() -> None:
        if len(block) >= 2 and all(e - s <= _WRAP_WIDTH for s, e in block):
            paragraphs.append((block[0][0], block[-1][1]))  # a wrapped paragraph
        else:
            paragraphs.extend(block)
        block.clear()

    pos = 0
    for line in text.split("\n"):  # a "\r" before "\n" is white space: trimmed
        rest = line.lstrip()
        if rest:
            end = pos + len(line)
            block.append((end - len(rest), pos + len(line.rstrip())))
        elif block:
            flush()
        pos += len(line) + 1
    if block:
        flush()
    return paragraphs


# --------------------------------------------------------------------------- text builder


class _Builder:
    """Accumulates stripped text with, for every character, its offset in the source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.length = 0
        self.paragraphs: list[tuple[int, int]] = []
        self._para_start: int | None = None
        self._pending_space: int | None = None  # source offset of a collapsed space
        self.appendix: list[tuple[str, int]] = []  # (url, source offset) to add at the end

    def add(self, s: str, src: int) -> None:
        """Add ``s`` copied from ``source[src:src+len(s)]``."""
        if not s:
            return
        self._open()
        self.parts.append(s)
        self.offsets.extend(range(src, src + len(s)))
        self.length += len(s)

    def add_at(self, s: str, src: int) -> None:
        """Add ``s`` (e.g. a decoded entity) whose characters all map to ``src``."""
        if not s:
            return
        self._open()
        self.parts.append(s)
        self.offsets.extend([src] * len(s))
        self.length += len(s)

    def space(self, src: int) -> None:
        """A collapsible white space (emitted only between words of a paragraph)."""
        if self._para_start is not None and self._pending_space is None:
            self._pending_space = src

    def _open(self) -> None:
        if self._para_start is None:
            if self.paragraphs:
                sep_src = self.offsets[-1] + 1 if self.offsets else 0
                self.parts.append("\n\n")
                self.offsets.extend((sep_src, sep_src))
                self.length += 2
            self._para_start = self.length
        elif self._pending_space is not None:
            self.parts.append(" ")
            self.offsets.append(self._pending_space)
            self.length += 1
        self._pending_space = None

    def brk(self) -> None:
        """End the current paragraph, if any."""
        if self.appendix and self._para_start is not None:
            for url, src in self.appendix:
                self._pending_space = self._pending_space or src
                self.add(url, src)
        self.appendix.clear()
        if self._para_start is not None and self.length > self._para_start:
            self.paragraphs.append((self._para_start, self.length))
        self._para_start = None
        self._pending_space = None

    def finish(self) -> tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]]:
        self.brk()
        return "".join(self.parts), tuple(self.offsets), tuple(self.paragraphs)


# ---------------------------------------------------- Markdown front matter (parsing: _load_md)

_DATE_KEY_RE = re.compile(
    r"^(?:date|publishdate|published)[ \t]*[:=][ \t]*[\"']?(\d{4})-(\d{2})-(\d{2})",
    re.IGNORECASE | re.MULTILINE,
)


def front_matter_date(source: str) -> _dt.date | None:
    """The ``date:`` of a Markdown file's YAML/TOML front matter, if any.

    >>> front_matter_date("---\\ntitle: X\\ndate: 2025-10-25T08:00:00Z\\n---\\nText")
    datetime.date(2025, 10, 25)
    >>> front_matter_date("No front matter") is None
    True
    """
    span = _front_matter_span(source)
    if span is None:
        return None
    m = _DATE_KEY_RE.search(source, span[0], span[1])
    if m is None:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _front_matter_span(source: str) -> tuple[int, int] | None:
    start = 1 if source.startswith("\ufeff") else 0
    first_nl = source.find("\n", start)
    if first_nl < 0:
        return None
    fence = source[start:first_nl].strip()
    if fence not in ("---", "+++"):
        return None
    pattern = _FM_END_RE[fence]
    m = pattern.search(source, first_nl + 1)
    if m is None:
        return None
    return start, m.end()


_FM_END_RE = {
    "---": re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE),
    "+++": re.compile(r"^\+\+\+[ \t]*\r?$", re.MULTILINE),
}


def _markdown(source: str) -> _Builder:
    from ._load_md import markdown_builder  # Markdown patterns only when a Markdown file comes

    return markdown_builder(source)


_WS_RE = re.compile(r"[ \t\r\n]+")


def _copy_words(b: _Builder, source: str, start: int, end: int) -> None:
    """Copy a run of plain text, collapsing runs of white space to one space."""
    pos = start
    for m in _WS_RE.finditer(source, start, end):
        if m.start() > pos:
            b.add(source[pos : m.start()], pos)
        b.space(m.start())
        pos = m.end()
    if end > pos:
        b.add(source[pos:end], pos)


# --------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre "
    "section summary table tbody td tfoot th thead title tr ul".split()
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "iframe", "object"))


def _html(source: str) -> _Builder:
    from ._load_html import html_builder  # html.parser only when an HTML file comes

    return html_builder(source)
