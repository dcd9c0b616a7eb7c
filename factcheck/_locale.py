"""Language codes → babel locales, with a clear error for unknown codes."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from ._errors import UsageError

__all__ = ["base_lang", "get_locale"]


def base_lang(lang: str) -> str:
    """``"de-CH"`` → ``"de"``; ``"fr_FR"`` → ``"fr"``."""
    return lang.replace("-", "_").split("_")[0].lower()


@cache
def get_locale(lang: str) -> Locale:
    """The babel locale for a language code (``de``, ``de-CH``, ``pt_BR``).

    >>> get_locale("de-CH").territory
    'CH'

    Raises :class:`~factcheck._errors.UsageError` for a code babel does not know.
    """
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise UsageError(f"unknown language code {lang!r}") from None
