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

    __slots__ = ("_ends", "_ends_sorted", "_starts")

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        #: the ends ascend as the starts do (no span lies inside another): then the
        #: span that starts last before a point reaches farthest
        self._ends_sorted = True
        for start, end in sorted(spans or ()):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        insort(self._starts, start)
        ends = self._ends
        ends.insert(i, end)
        if self._ends_sorted and (
            (i > 0 and ends[i - 1] > end) or (i + 1 < len(ends) and end > ends[i + 1])
        ):
            self._ends_sorted = False

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1)
        if self._ends_sorted:
            # the look-back below finds its largest end first
            return i > 0 and self._ends[i - 1] > start
        # spans are short and non-nested in practice; look back a few.
        return i > 0 and max(self._ends[max(i - 8, 0) : i]) > start

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
        if self._ends_sorted:
            # the last span before p reaches farthest: the look-back is one comparison
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
