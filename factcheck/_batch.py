"""Check many article sets: worker processes, results streamed in order.

:func:`run_batch` discovers nothing itself; it takes :class:`ArticleSet`s (see
:mod:`factcheck._discover`) and yields one :class:`~factcheck._format.SetResult`
per set, in the order given, while worker processes check the sets ahead.
A set whose files cannot be read (or whose check fails) yields a result with
``error`` set and ``report=None``; the other sets go on.

Exit code of a batch (:func:`exit_code`): **2** if any set could not be
loaded or checked, else **1** if a finding is at or above ``fail_on``, else **0**.
"""

from __future__ import annotations

import datetime as _dt
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TextIO

from ._discover import ArticleSet
from ._errors import FactcheckError
from ._format import SetResult
from ._records import Document, level_rank

__all__ = [
    "BatchSummary",
    "CheckOptions",
    "Progress",
    "SetStats",
    "check_documents",
    "check_set",
    "exit_code",
    "run_batch",
    "warm_up",
]


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Everything a worker needs to check a set (picklable)."""

    source: str | None = None
    languages: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rule_dirs: tuple[str, ...] = ()
    reference_date: _dt.date | None = None
    encoding: str | None = None
    max_bytes: int = 50_000_000


@cache
def _ruleset(rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...]) -> Any:
    """The rule set for these options, built once per process (``None``: check() builds it)."""
    try:
        from ._rules import load_ruleset
    except ImportError:  # pragma: no cover - before the rule engine exists
        return None
    return load_ruleset(rule_dirs, select=select, ignore=ignore)


def check_documents(
    documents: Sequence[Document], opts: CheckOptions, *, source: str | None = None
) -> Any:
    """Run :func:`factcheck.check` on loaded versions with these options."""
    from ._check import check

    langs = {d.lang for d in documents}
    src = source or opts.source
    if src is not None and src not in langs:
        src = None
    rules = _ruleset(opts.rule_dirs, opts.select, opts.ignore)
    if rules is not None:
        return check(documents, source=src, rules=rules, reference_date=opts.reference_date)
    return check(
        documents,
        source=src,
        reference_date=opts.reference_date,
        select=opts.select,
        ignore=opts.ignore,
        rule_dirs=opts.rule_dirs,
    )


def check_set(aset: ArticleSet, opts: CheckOptions) -> SetResult:
    """Load and check one set; a problem with it becomes ``SetResult.error``."""
    from ._load import load_document

    try:
        docs = []
        for lang, path in aset.versions:
            if opts.languages and lang not in opts.languages:
                continue
            docs.append(
                load_document(path, lang=lang, encoding=opts.encoding, max_bytes=opts.max_bytes)
            )
        if len(docs) < 2:
            problem = "fewer than two versions to compare"
            return SetResult(name=aset.name, report=None, error=problem)
        report = check_documents(docs, opts, source=aset.source)
    except FactcheckError as err:
        return SetResult(name=aset.name, report=None, error=str(err), error_path=err.path)
    except RecursionError as err:  # pragma: no cover - defensive: one set never stops a batch
        return SetResult(name=aset.name, report=None, error=f"internal error: {err!r}")
    except Exception as err:  # one set never stops a batch
        return SetResult(name=aset.name, report=None, error=f"internal error: {err!r}")
    return SetResult(name=aset.name, report=report)


#: The per-set step a worker applies after checking (set by the pool initializer).
_POST: Callable[[SetResult], Any] | None = None


def _init_worker(post: Callable[[SetResult], Any] | None) -> None:
    global _POST
    _POST = post


def _check_chunk(args: tuple[tuple[ArticleSet, ...], CheckOptions]) -> list[Any]:
    sets, opts = args
    post = _POST
    if post is None:
        return [check_set(s, opts) for s in sets]
    return [post(check_set(s, opts)) for s in sets]


def warm_up(opts: CheckOptions, langs: Iterable[str]) -> None:
    """Build the per-language tables and the rule set once, before workers fork.

    Errors are left for the sets to report (an unknown language is a set's problem).
    """
    _ruleset(opts.rule_dirs, opts.select, opts.ignore)
    try:
        from ._check import check
    except ImportError:  # pragma: no cover
        return
    rules = _ruleset(opts.rule_dirs, opts.select, opts.ignore)
    texts = {lang: "1" for lang in sorted(set(langs))}
    if len(texts) < 2:
        return
    try:
        if rules is not None:
            check(texts, rules=rules)
        else:
            check(texts)
    except Exception:  # warming up is best effort
        pass


def _chunks(sets: Sequence[ArticleSet], size: int) -> Iterator[tuple[ArticleSet, ...]]:
    for i in range(0, len(sets), size):
        yield tuple(sets[i : i + size])


def _pool_context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    # fork shares the warmed-up tables with the workers; fall back elsewhere
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def run_batch(
    sets: Sequence[ArticleSet],
    opts: CheckOptions,
    *,
    jobs: int | None = None,
    chunk_size: int | None = None,
    post: Callable[[SetResult], Any] | None = None,
) -> Iterator[Any]:
    """Check ``sets`` with ``jobs`` worker processes (default: every core), in order.

    Yields one :class:`SetResult` per set, or ``post(result)`` when ``post`` is
    given: a picklable callable the workers apply, so that rendering a set's
    output happens in parallel and only what the output needs travels back.
    """
    jobs = jobs or os.cpu_count() or 1
    jobs = max(1, min(jobs, len(sets) or 1))
    if jobs == 1:
        for aset in sets:
            result = check_set(aset, opts)
            yield result if post is None else post(result)
        return
    warm_up(opts, {lang for s in sets for lang in s.langs})
    size = chunk_size or max(1, min(16, len(sets) // (jobs * 16)))
    window = jobs * 4  # chunks in flight: bounds what waits in memory, keeps workers busy
    pending: deque[Future[list[Any]]] = deque()
    chunks = _chunks(sets, size)
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=_pool_context(), initializer=_init_worker, initargs=(post,)
    ) as pool:
        for chunk in chunks:
            pending.append(pool.submit(_check_chunk, (chunk, opts)))
            if len(pending) >= window:
                break
        while pending:
            done = pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_check_chunk, (nxt, opts)))
            yield from done


@dataclass(frozen=True, slots=True)
class SetStats:
    """What the summary needs of one set (small; travels back from a worker)."""

    name: str
    failed: bool
    levels: tuple[tuple[str, int], ...] = ()
    codes: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, result: SetResult) -> SetStats:
        if result.report is None:
            return cls(result.name, True)
        levels: dict[str, int] = {}
        codes: dict[str, int] = {}
        for f in result.report.findings:
            levels[f.level] = levels.get(f.level, 0) + 1
            codes[f.code] = codes.get(f.code, 0) + 1
        return cls(result.name, False, tuple(levels.items()), tuple(codes.items()))


@dataclass(slots=True)
class BatchSummary:
    """Counts over a batch, kept while results stream past (no reports are kept)."""

    sets: int = 0
    clean: int = 0
    with_findings: int = 0
    failed: int = 0
    levels: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    codes: dict[str, int] = field(default_factory=dict)
    fail_on: str = "warning"
    failing: int = 0

    def add(self, result: SetResult | SetStats) -> None:
        stats = result if isinstance(result, SetStats) else SetStats.of(result)
        self.sets += 1
        if stats.failed:
            self.failed += 1
            return
        if not stats.levels:
            self.clean += 1
        else:
            self.with_findings += 1
        threshold = level_rank(self.fail_on)
        if any(level_rank(level) >= threshold for level, _ in stats.levels):
            self.failing += 1
        for level, n in stats.levels:
            self.levels[level] = self.levels.get(level, 0) + n
        for code, n in stats.codes:
            self.codes[code] = self.codes.get(code, 0) + n

    def as_dict(self) -> dict[str, Any]:
        return {
            "sets": self.sets,
            "clean": self.clean,
            "with_findings": self.with_findings,
            "failed": self.failed,
            **self.levels,
        }

    def table(self) -> str:
        """The summary table printed at the end of a text-format batch."""
        rows = [
            ("article sets", self.sets),
            ("clean", self.clean),
            ("with findings", self.with_findings),
            (f"failing (>= {self.fail_on})", self.failing),
            ("unreadable / failed", self.failed),
            ("errors", self.levels.get("error", 0)),
            ("warnings", self.levels.get("warning", 0)),
            ("info", self.levels.get("info", 0)),
        ]
        width = max(len(r[0]) for r in rows)
        lines = ["Summary", "-" * (width + 9)]
        lines += [f"{label:<{width}}  {count:>7}" for label, count in rows]
        if self.codes:
            lines += ["", "By rule"]
            lines += [f"  {code:<8} {n:>7}" for code, n in sorted(self.codes.items())]
        return "\n".join(lines) + "\n"

    def exit_code(self) -> int:
        if self.failed:
            return 2
        return 1 if self.failing else 0


def exit_code(results: Iterable[SetResult], fail_on: str) -> int:
    """2 if a set failed to load, else 1 if a finding is at/above ``fail_on``, else 0."""
    summary = BatchSummary(fail_on=fail_on)
    for r in results:
        summary.add(r)
    return summary.exit_code()


class Progress:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None, *, enabled: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.done = 0
        self.problems = 0
        if enabled is None:
            isatty: Callable[[], bool] = getattr(self.stream, "isatty", lambda: False)
            enabled = bool(isatty())
        self.enabled = enabled and total > 0

    def step(self, result: SetResult | SetStats) -> None:
        stats = result if isinstance(result, SetStats) else SetStats.of(result)
        self.done += 1
        if stats.failed or stats.levels:
            self.problems += 1
        if not self.enabled:
            return
        if self.done == self.total or self.done % max(1, self.total // 200) == 0:
            width = 30
            filled = width * self.done // self.total
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\r[{bar}] {self.done}/{self.total} sets, {self.problems} with findings"
            )
            self.stream.flush()

    def clear(self) -> None:
        """Erase the bar (before other output goes to the same terminal)."""
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        self.clear()
        self.enabled = False
