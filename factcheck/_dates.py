"""Dates, times and durations. (Placeholder.)"""

from __future__ import annotations

import datetime as _dt

from ._records import Figure
from ._spans import Spans

__all__ = ["extract_dates"]


def extract_dates(
    text: str, lang: str, *, reference_date: _dt.date | None, claimed: Spans
) -> list[Figure]:
    return []
