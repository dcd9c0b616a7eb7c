"""``(text, kind, value, value_end)`` of every date, time and duration a text states:
what the tests of the dates stage compare."""

from __future__ import annotations

import datetime as dt

from factcheck._dates import extract_dates


def date_figs(
    text: str, lang: str = "en", ref: dt.date | None = None
) -> list[tuple[str, str, str, str | None]]:
    return [
        (f.text, f.kind, str(f.value), f.value_end)
        for f in extract_dates(text, lang, reference_date=ref)
    ]
