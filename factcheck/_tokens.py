"""Invariant tokens: URLs, e-mail addresses, phone numbers and codes (COVID-19, G7).

They are not counts; they must appear unchanged in every version.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Token", "find_tokens"]


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # url, email, phone, code
    text: str
    start: int
    end: int


def find_tokens(text: str) -> list[Token]:
    """Invariant tokens in ``text``. (Placeholder until the extractor lands.)"""
    return []
