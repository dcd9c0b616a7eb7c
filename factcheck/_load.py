"""Load article versions from files: decoding, language from the file name.

(Minimal for now; the loader for Markdown/HTML with position maps extends it.)
"""

from __future__ import annotations

import re
from pathlib import Path

from ._errors import InputError, UsageError
from ._locale import get_locale

__all__ = ["lang_from_path", "read_text"]

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


def read_text(path: str, *, encoding: str | None = None) -> str:
    """Read a version's file as text (UTF-8, BOM dropped)."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=path)
    if p.is_dir():
        raise InputError("is a directory, not a file", path=path)
    data = p.read_bytes()
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not valid {encoding or 'UTF-8'} (byte {err.start}); try --encoding", path=path
        ) from None
