"""Pickling of the dataclasses of the compiled modules (the table cache pickles them)."""

from __future__ import annotations

import dataclasses
from typing import Any

__all__ = ["by_constructor"]


def by_constructor(obj: Any) -> tuple[Any, ...]:
    """``obj.__reduce__()`` for a dataclass whose fields are all constructor arguments:
    rebuilt by calling its class with them. A class compiled by mypyc restores no
    frozen fields from a pickled state, and a pure-Python build's state does not fit a
    compiled class's layout; the constructor fits both.

    >>> import pickle
    >>> from factcheck._tokens import Token
    >>> pickle.loads(pickle.dumps(Token("code", "G7", 4, 6)))
    Token(kind='code', text='G7', start=4, end=6)
    """
    return (type(obj), tuple(getattr(obj, f.name) for f in dataclasses.fields(obj)))
