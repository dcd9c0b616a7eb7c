"""The cyclic garbage collector paused while one extraction or check runs.

Extraction and checking allocate a few objects per character of text (figures,
mentions, facts, tuples) and keep them until they return; with the collector on,
every 25 % of growth triggers a full collection that walks all of them again: a
third of the CPU time on a dense text of figures. They make next to no reference
cycles, so their memory is the same either way. Reference counting still frees
everything as usual; only the cycle detector waits until the outermost call
returns (re-entrant and thread-safe; a collector the caller turned off stays off).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_restore = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the body with :func:`gc.disable`, restoring the collector's state after
    the last of nested or concurrent bodies."""
    global _depth, _restore
    with _lock:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()
