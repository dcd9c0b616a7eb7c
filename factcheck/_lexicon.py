"""Per-language lexicons: ``rules/lang/<lang>.toml``, holding only what CLDR lacks.

Number words, hedges, collectives, abbreviations, relative dates and counted
nouns live in these files; everything CLDR has (separators, symbols, month
names, currency and unit names, compact scale words) comes from babel at run
time (see :mod:`factcheck._locale`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ._diskcache import persistent
from ._errors import RuleError

__all__ = ["LEXICON_LANGS", "lexicon", "lexicon_path"]

#: Languages that have a hand-written lexicon. Other locales still get every
#: CLDR-driven part (digits, symbols, months, currency and unit names).
LEXICON_LANGS = ("de", "en", "fr", "vi")


def lexicon_path(lang: str) -> str:
    from importlib import resources

    return str(resources.files("factcheck.rules").joinpath("lang", f"{lang}.toml"))


@cache
def lexicon(lang: str) -> dict[str, Any]:
    """The lexicon of ``lang`` (its base language for a regional code), or ``{}``.

    >>> lexicon("de")["numbers"]["units"]["drei"]
    3
    """
    return _read_lexicon(lang.replace("-", "_").split("_")[0].lower())


@persistent("lexicon")
def _read_lexicon(base: str) -> dict[str, Any]:
    """The parsed ``rules/lang/<base>.toml`` (through the on-disk table cache: a
    warm process skips the TOML parsing), or ``{}``."""
    import tomllib
    from importlib import resources

    res = resources.files("factcheck.rules").joinpath("lang", f"{base}.toml")
    if not res.is_file():
        return {}
    data = res.read_bytes()
    try:
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise RuleError(f"malformed TOML: {err}", path=lexicon_path(base)) from None
