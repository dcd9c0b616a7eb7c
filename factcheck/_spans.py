"""Sorted, non-overlapping character spans, for masking what one stage claimed."""

from __future__ import annotations

from bisect import bisect_right, insort

__all__ = ["Spans"]


class Spans:
    """A set of half-open ``[start, end)`` spans with O(log n) overlap tests.

    >>> s = Spans([(10, 20)])
    >>> s.overlaps(15, 30), s.overlaps(20, 25)
    (True, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans or ()):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        insort(self._starts, start)
        self._ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1)
        # spans are short and non-nested in practice; look back a few.
        return i > 0 and max(self._ends[max(i - 8, 0) : i]) > start

    def __len__(self) -> int:
        return len(self._starts)
