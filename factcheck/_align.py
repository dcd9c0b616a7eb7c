"""Align the paragraphs of two or more versions of one article.

Two versions are aligned by Gale–Church-style dynamic programming over
paragraph lengths (in characters), with the moves 1-1, 1-0 and 0-1 (a paragraph
missing in one version), 2-1 and 1-2 (merges and splits). The length
cost is Gale and Church's (1993): the length of a translation is normally
distributed around ``c`` times the original's (``c`` estimated from the two
texts) with variance ``s² · length``. Anchors lower the cost of a bead:
figure values both sides state, invariant tokens (URLs, e-mail addresses,
codes) and names (capitalised words that both documents spell the same way).

With N versions, each version is aligned with the reference (the source
version, else the first) and the alignments are composed: a group ends where
every version's alignment has a bead boundary. The result is the
``Analysis.alignment`` format: a tuple of groups, each holding per version the
tuple of that version's paragraph indices (empty where the version lacks it).

The DP runs in a band around the length-proportional diagonal, so its cost is
linear in the number of paragraphs for long documents.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

import regex

from ._records import Document, Figure
from ._tokens import Token, token_key

__all__ = [
    "Bead",
    "align_documents",
    "align_pair",
    "compose",
    "paragraph_anchors",
    "paragraph_of",
]

Bead = tuple[tuple[int, ...], tuple[int, ...]]

#: Gale & Church's variance per character and the move priors (as -log p).
_S2 = 6.8
_PRIORS = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.0099 / 2),
    (0, 1): -math.log(0.0099 / 2),
    (2, 1): -math.log(0.089 / 2),
    (1, 2): -math.log(0.089 / 2),
}
_ANCHOR_BONUS = 2.5  # per anchor both sides of a bead share (at most _ANCHOR_CAP)
_ANCHOR_CAP = 4
_ANCHOR_MISS = 1.0  # per anchor one side of a bead has and the other side lacks
_GAP = -1.0  # added to a 1-0/0-1 bead's prior (tuned on NTREX, see docs/check.md)
_DIAGONAL_DELTA = 2.5  # fast path: every 1-1 pair within this many standard deviations
_BAND = 5  # half-width of the DP band beyond the difference in paragraph counts
_MAX_BAND = 400
_MAX_CELLS = 300_000  # the band narrows so that the DP never fills more cells

_NAME_PATTERN = r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]{2,}"


@lru_cache(maxsize=1)
def _name_re() -> regex.Pattern[str]:
    """Capitalised words (compiled on first use: only an alignment that is not
    plainly one-to-one needs them)."""
    return regex.compile(_NAME_PATTERN)


def paragraph_of(doc: Document, offset: int, starts: Sequence[int] | None = None) -> int:
    """Index of the paragraph of ``doc`` containing (or preceding) ``offset``."""
    if starts is None:
        starts = [s for s, _ in doc.paragraphs]
    if not starts:
        return 0
    return max(0, bisect_right(starts, offset) - 1)


@lru_cache(maxsize=65536)
def _value_key(value: Decimal | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        return "n:" + format(value.normalize(), "f")
    return "d:" + value


def paragraph_anchors(
    doc: Document, figures: Iterable[Figure], tokens: Iterable[object]
) -> list[set[str]]:
    """Per paragraph of ``doc``: figure values and invariant tokens it states."""
    anchors: list[set[str]] = [set() for _ in range(max(1, len(doc.paragraphs)))]
    starts = [s for s, _ in doc.paragraphs]

    def para(offset: int) -> int:  # paragraph_of, without its per-call overhead
        return max(0, bisect_right(starts, offset) - 1) if starts else 0

    if len(starts) <= 1:
        # one paragraph (a hostile text may state 500,000 figures in it): every key into
        # anchors[0], without a per-figure lookup of the paragraph
        figs = list(figures)
        keys: set[str | None] = set(map(_value_key, [fig.value for fig in figs]))
        keys.update([_value_key(fig.alt_value) for fig in figs if fig.alt_value is not None])
        keys.discard(None)
        anchors[0].update(k for k in keys if k)
        figures = ()
    for fig in figures:
        key = _value_key(fig.value)
        alt = _value_key(fig.alt_value) if fig.alt_value is not None else None
        if key or alt:
            found = anchors[para(fig.start)]
            if key:
                found.add(key)
            if alt:
                found.add(alt)
    for tok in tokens:
        text = getattr(tok, "text", None)
        start = getattr(tok, "start", None)
        if isinstance(text, str) and isinstance(start, int):
            key = token_key(tok) if isinstance(tok, Token) else text.lower()
            anchors[para(start)].add("t:" + key)
    return anchors


def _names(doc: Document) -> list[set[str]]:
    pattern = _name_re()
    return [{"w:" + m.group() for m in pattern.finditer(doc.text, s, e)} for s, e in doc.paragraphs]


@lru_cache(maxsize=16_384)
def _gc_cost(delta_milli: int) -> float:
    d = abs(delta_milli) / 1000.0
    p = math.erfc(d / math.sqrt(2.0))
    return -math.log(max(p, 1e-12))


def _length_cost(la: int, lb: int, c: float) -> float:
    if la == 0 and lb == 0:
        return 0.0
    mean = (la + lb / c) / 2.0
    delta = (lb - la * c) / math.sqrt(max(mean, 1.0) * _S2)
    return _gc_cost(round(delta * 1000))


def align_pair(
    len_a: Sequence[int],
    len_b: Sequence[int],
    anchors_a: Sequence[set[str]] | None = None,
    anchors_b: Sequence[set[str]] | None = None,
) -> list[Bead]:
    """Align two sequences of paragraphs given their lengths (and anchor sets).

    >>> align_pair([100, 200, 300], [110, 190, 310])
    [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    >>> align_pair([100, 200, 300], [110, 510])  # the last two were merged
    [((0,), (0,)), ((1, 2), (1,))]
    >>> align_pair([100, 400, 300], [110, 310])  # the middle one is missing
    [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    """
    n, m = len(len_a), len(len_b)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    an_a = anchors_a or [set() for _ in range(n)]
    an_b = anchors_b or [set() for _ in range(m)]
    total_a, total_b = sum(len_a), sum(len_b)
    c = (total_b / total_a) if total_a and total_b else 1.0
    if n == m and _diagonal_plausible(len_a, len_b, an_a, an_b, c):
        return [((i,), (i,)) for i in range(n)]
    beads = _dp(len_a, len_b, an_a, an_b, c)
    # The length ratio of the whole texts is biased when a paragraph is missing:
    # re-estimate it from the 1-1 beads and align again when it moved.
    sum_a = sum(len_a[b[0][0]] for b in beads if len(b[0]) == 1 and len(b[1]) == 1)
    sum_b = sum(len_b[b[1][0]] for b in beads if len(b[0]) == 1 and len(b[1]) == 1)
    if sum_a and sum_b and n * m <= _MAX_CELLS * 40:  # not on hostile sizes
        c2 = sum_b / sum_a
        if abs(c2 - c) > 0.08 * c:
            beads = _dp(len_a, len_b, an_a, an_b, c2)
    return beads


def _diagonal_plausible(
    len_a: Sequence[int],
    len_b: Sequence[int],
    an_a: Sequence[set[str]],
    an_b: Sequence[set[str]],
    c: float,
) -> bool:
    """Fast path: the same number of paragraphs, each pair of similar length and
    no pair whose anchors contradict each other; then the DP would choose 1-1 beads."""
    for la, lb, sa, sb in zip(len_a, len_b, an_a, an_b, strict=True):
        mean = max((la + lb / c) / 2.0, 1.0)
        if abs(lb - la * c) > _DIAGONAL_DELTA * math.sqrt(mean * _S2):
            return False
        if sa and sb and not sa & sb and len(sa) + len(sb) >= 2:
            return False
    return True


def _dp(
    len_a: Sequence[int],
    len_b: Sequence[int],
    an_a: Sequence[set[str]],
    an_b: Sequence[set[str]],
    c: float,
) -> list[Bead]:
    """Minimum-cost bead sequence, over a band of cells around the diagonal."""
    n, m = len(len_a), len(len_b)
    cum_a = [0]
    for x in len_a:
        cum_a.append(cum_a[-1] + x)
    cum_b = [0]
    for x in len_b:
        cum_b.append(cum_b[-1] + x)
    lo: list[int] = []
    hi: list[int] = []
    if (n + 1) * (m + 1) <= 400:
        lo = [0] * (n + 1)
        hi = [m] * (n + 1)
    else:
        # the band follows the length-proportional diagonal; it is as wide as the
        # difference in paragraph counts allows, plus a margin
        width = min(_BAND + abs(n - m), _MAX_BAND, max(2, _MAX_CELLS // (2 * n + 2)))
        if (n + 1) * (2 * width + 1) > 2 * _MAX_CELLS:  # hostile input: no DP at all
            return _diagonal(n, m)
        for i in range(n + 1):
            center = bisect_left(cum_b, cum_a[i] * c)
            lo.append(max(0, center - width))
            hi.append(min(m, center + width))
        # every row's band must reach the previous row's (moves advance j by at most 2)
        for i in range(1, n + 1):
            lo[i] = min(lo[i], hi[i - 1])
            hi[i] = max(hi[i], lo[i - 1])
        lo[n] = min(lo[n], m)
        hi[n] = m

    inf = math.inf
    s2 = _S2
    p11, p10, p01 = _PRIORS[(1, 1)], _PRIORS[(1, 0)] + _GAP, _PRIORS[(0, 1)] + _GAP
    p21, p12 = _PRIORS[(2, 1)], _PRIORS[(1, 2)]
    gc = _gc_cost
    sqrt = math.sqrt
    bonus, cap = _ANCHOR_BONUS, _ANCHOR_CAP

    def lcost(la: int, lb: int) -> float:
        mean = (la + lb / c) / 2.0
        if mean < 1.0:
            mean = 1.0
        return gc(round((lb - la * c) / math.sqrt(mean * s2) * 1000))

    def anchors(sa: set[str], sb: set[str]) -> float:
        shared = len(sa & sb)
        return -_ANCHOR_BONUS * min(shared, _ANCHOR_CAP) + _ANCHOR_MISS * min(
            len(sa) + len(sb) - 2 * shared, 6
        )

    pair_a = [an_a[i] | an_a[i - 1] if an_a[i] or an_a[i - 1] else an_a[i] for i in range(1, n)]
    pair_b = [an_b[j] | an_b[j - 1] if an_b[j] or an_b[j - 1] else an_b[j] for j in range(1, m)]

    cost: list[list[float]] = []
    back: list[list[int]] = []  # move code: di * 3 + dj
    for i in range(n + 1):
        jlo, jhi = lo[i], hi[i]
        row = [inf] * (jhi - jlo + 1)
        brow = [0] * (jhi - jlo + 1)
        cost.append(row)
        back.append(brow)
        prev1 = cost[i - 1] if i >= 1 else None
        lo1 = lo[i - 1] if i >= 1 else 0
        prev2 = cost[i - 2] if i >= 2 else None
        lo2 = lo[i - 2] if i >= 2 else 0
        la1 = len_a[i - 1] if i >= 1 else 0
        la2 = la1 + len_a[i - 2] if i >= 2 else 0
        for j in range(jlo, jhi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best = inf
            move = 0
            if j >= 1:  # 0-1
                v = row[j - 1 - jlo] if j - 1 >= jlo else inf
                if v + p01 < best:
                    best, move = v + p01, 1
            if prev1 is not None:
                k = j - lo1
                if 0 <= k < len(prev1):  # 1-0
                    v = prev1[k] + p10
                    if v < best:
                        best, move = v, 3
                # A move's length cost is >= 0 and its anchor term >= -bonus x the
                # anchors the smaller side has: when even that floor is no better
                # than ``best``, the move cannot win and its costs are not worked
                # out (rounding is monotonic, so the floor never exceeds the cost).
                if j >= 1 and 0 <= k - 1 < len(prev1):  # 1-1
                    v = prev1[k - 1]
                    sa, sb = an_a[i - 1], an_b[j - 1]
                    if v < inf and (
                        (v + p11 - bonus * min(len(sa), len(sb), cap) if sa or sb else v + p11)
                        < best
                    ):
                        lb1 = len_b[j - 1]
                        mean = (la1 + lb1 / c) / 2.0
                        v += p11 + gc(round((lb1 - la1 * c) / sqrt(max(mean, 1.0) * s2) * 1000))
                        if sa or sb:
                            v += anchors(sa, sb)
                        if v < best:
                            best, move = v, 4
                if j >= 2 and 0 <= k - 2 < len(prev1):  # 1-2
                    v = prev1[k - 2]
                    sa, sb = an_a[i - 1], pair_b[j - 2]
                    if v < inf and (
                        (v + p12 - bonus * min(len(sa), len(sb), cap) if sa or sb else v + p12)
                        < best
                    ):
                        v += p12 + lcost(la1, len_b[j - 1] + len_b[j - 2])
                        if sa or sb:
                            v += anchors(sa, sb)
                        if v < best:
                            best, move = v, 5
            if prev2 is not None:
                k = j - lo2
                if j >= 1 and 0 <= k - 1 < len(prev2):  # 2-1
                    v = prev2[k - 1]
                    sa, sb = pair_a[i - 2], an_b[j - 1]
                    if v < inf and (
                        (v + p21 - bonus * min(len(sa), len(sb), cap) if sa or sb else v + p21)
                        < best
                    ):
                        v += p21 + lcost(la2, len_b[j - 1])
                        if sa or sb:
                            v += anchors(sa, sb)
                        if v < best:
                            best, move = v, 7
            row[j - jlo] = best
            brow[j - jlo] = move
    if not lo[n] <= m <= hi[n] or cost[n][m - lo[n]] == inf:  # pragma: no cover
        return _diagonal(n, m)
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        code = back[i][j - lo[i]]
        di, dj = divmod(code, 3)
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _diagonal(n: int, m: int) -> list[Bead]:
    k = min(n, m)
    beads: list[Bead] = [((x,), (x,)) for x in range(k)]
    beads += [((x,), ()) for x in range(k, n)]
    beads += [((), (y,)) for y in range(k, m)]
    return beads


def compose(
    n_ref: int, alignments: Sequence[Sequence[Bead] | None], ref: int
) -> tuple[tuple[tuple[int, ...], ...], ...]:
    """Compose per-version alignments with the reference into groups over all versions.

    ``alignments[k]`` aligns the reference (left side) with version ``k``
    (right side); ``alignments[ref]`` is ignored.

    >>> v1 = [((0,), (0,)), ((1, 2), (1,))]
    >>> v2 = [((0,), (0, 1)), ((1,), (2,)), ((), (3,)), ((2,), (4,))]
    >>> compose(3, [None, v1, v2], 0)
    (((0,), (0,), (0, 1)), ((1, 2), (1,), (2, 3, 4)))
    >>> compose(2, [None, [((0,), (0,)), ((), (1,)), ((1,), (2,))]], 0)
    (((0,), (0,)), ((), (1,)), ((1,), (2,)))
    """
    n_versions = len(alignments)
    cuts = set(range(n_ref + 1))
    # insertions[p][k]: paragraphs of version k with no reference counterpart,
    # sitting before reference paragraph p
    insertions: dict[int, dict[int, list[int]]] = {}
    owner: list[list[int]] = [[] for _ in range(n_ref)]  # per ref para: beads per version
    spans: list[dict[int, list[int]]] = [{} for _ in range(n_ref)]
    for k, beads in enumerate(alignments):
        if k == ref or beads is None:
            continue
        pos = 0
        for left, right in beads:
            if left:
                a, b = left[0], left[-1] + 1
                for cut in range(a + 1, b):
                    cuts.discard(cut)
                spans[a].setdefault(k, []).extend(right)
                pos = b
            else:
                insertions.setdefault(pos, {}).setdefault(k, []).extend(right)
    del owner
    groups: list[tuple[tuple[int, ...], ...]] = []
    ordered = sorted(cuts)

    def emit(per_version: dict[int, list[int]]) -> None:
        groups.append(tuple(tuple(sorted(set(per_version.get(k, ())))) for k in range(n_versions)))

    for idx, p in enumerate(ordered):
        if p in insertions:
            emit(insertions[p])
        if p >= n_ref:
            break
        q = ordered[idx + 1] if idx + 1 < len(ordered) else n_ref
        per: dict[int, list[int]] = {ref: list(range(p, q))}
        for r in range(p, q):
            for k, paras in spans[r].items():
                per.setdefault(k, []).extend(paras)
            if r > p and r in insertions:
                for k, paras in insertions[r].items():
                    per.setdefault(k, []).extend(paras)
        emit(per)
    return tuple(groups)


def align_documents(
    documents: Sequence[Document],
    figures: Sequence[Sequence[Figure]],
    tokens: Sequence[Sequence[object]],
    *,
    reference: int = 0,
) -> tuple[tuple[tuple[int, ...], ...], ...]:
    """Align the paragraphs of every version with the reference and compose the groups."""
    if not documents:
        return ()
    anchors = [
        paragraph_anchors(doc, figs, toks)
        for doc, figs, toks in zip(documents, figures, tokens, strict=True)
    ]
    names: list[list[set[str]] | None] = [None] * len(documents)

    def names_of(k: int) -> list[set[str]]:
        found = names[k]
        if found is None:
            found = names[k] = _names(documents[k])
        return found

    ref_doc = documents[reference]
    n_ref = len(ref_doc.paragraphs)
    len_ref = [e - s for s, e in ref_doc.paragraphs]
    alignments: list[list[Bead] | None] = []
    for k, doc in enumerate(documents):
        if k == reference:
            alignments.append(None)
            continue
        len_k = [e - s for s, e in doc.paragraphs]
        if n_ref == len(len_k) and n_ref:
            total_a, total_b = sum(len_ref), sum(len_k)
            c = total_b / total_a if total_a and total_b else 1.0
            if _diagonal_plausible(len_ref, len_k, anchors[reference], anchors[k], c):
                alignments.append([((i,), (i,)) for i in range(n_ref)])
                continue
        names_a, names_b = names_of(reference), names_of(k)
        shared_names = (
            set().union(*names_a) & set().union(*names_b) if (names_a and names_b) else set()
        )
        an_a = [anchors[reference][i] | (names_a[i] & shared_names) for i in range(n_ref)]
        an_b = [anchors[k][j] | (names_b[j] & shared_names) for j in range(len(len_k))]
        alignments.append(align_pair(len_ref, len_k, an_a, an_b))
    if len(documents) == 2:
        beads = alignments[1 - reference] or []
        if reference == 0:
            return tuple((a, b) for a, b in beads)
        return tuple((b, a) for a, b in beads)
    return compose(n_ref, alignments, reference)
