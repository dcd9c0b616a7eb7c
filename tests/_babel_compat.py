"""Format numbers the way CLDR specifies, around a quoting bug of babel 2.19.

CLDR 48 made the group symbol of the Swiss locales (de_CH, fr_CH, it_CH, …) an ASCII
apostrophe. babel 2.19 then strips pairs of ASCII apostrophes from a formatted number
as if they quoted literal text of the pattern: ``format_decimal(1234567890,
locale="de_CH")`` gives ``1234567'890`` instead of ``1'234'567'890``, and
``1'234'567`` loses both apostrophes. The round-trip properties test our reading of
CLDR's formats, not babel's pattern quoting, so :func:`cldr_format` runs a babel
formatter with a placeholder group symbol and puts the apostrophe back afterwards.
With a babel that formats these locales correctly it returns exactly what babel returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from unittest import mock

import babel.numbers as _bn

__all__ = ["cldr_format"]

_PLACEHOLDER = "\ue000"  # private use: never in CLDR data, never in a pattern


def cldr_format(formatter: Callable[..., str], *args: Any, **kwargs: Any) -> str:
    """``formatter(*args, **kwargs)`` (``format_decimal``, ``format_percent``,
    ``format_currency``) with apostrophe group symbols kept intact."""
    real = _bn.get_group_symbol

    def group_symbol(*a: Any, **kw: Any) -> str:
        return real(*a, **kw).replace("'", _PLACEHOLDER)

    with mock.patch.object(_bn, "get_group_symbol", group_symbol):
        out = formatter(*args, **kwargs)
    return out.replace(_PLACEHOLDER, "'")
