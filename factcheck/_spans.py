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
        for j in range(i - 1, max(i - 8, 0) - 1, -1):
            if self._ends[j] > start:
                return True
        return False

    def free(self, points: list[int]) -> list[int]:
        """The sorted ``points`` ``p`` for which ``overlaps(p, p + 1)`` is false, in one
        merge pass (the same look-back of eight spans as :meth:`overlaps`).

        >>> Spans([(10, 20), (30, 31)]).free([5, 10, 19, 20, 30, 31])
        [5, 20, 31]
        """
        starts, ends = self._starts, self._ends
        if not starts:
            return points
        out: list[int] = []
        i = 0
        if ends == sorted(ends):
            # ends ascending (no span inside another): the last span before p reaches
            # farthest, so the look-back is one comparison
            for p in points:
                i = bisect_right(starts, p, i)
                if i == 0 or ends[i - 1] <= p:
                    out.append(p)
            return out
        for p in points:
            i = bisect_right(starts, p, i)
            if i == 0 or max(ends[max(i - 8, 0) : i]) <= p:
                out.append(p)
        return out

    def __len__(self) -> int:
        return len(self._starts)
