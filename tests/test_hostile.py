"""Hostile text stays linear: a fast regression test at 10× sizes for every family.

The families come from ``bench/hostile.py`` (which measures 100 KB, 1 MB and
10 MB and writes docs/benchmarks.md). Here every family runs once, in one
language (rotating over de, fr, en, vi), at 20 KB and 200 KB:

* the large text must take under ``CEILING`` seconds of CPU time (a guard against a
  hang, not a speed target: speed is measured by bench/hostile.py), and
* unless the large text is fast anyway (under ``FAST`` s), it may take at most
  ``MAX_RATIO``× the time of the small one (linear is 10×, quadratic 100×).

``check`` reads two versions, so it runs on two versions of 10 KB and of 100 KB each:
200 KB of text in all at the large size, as for ``extract``.

Timing is CPU time (``time.process_time``, not inflated by other processes),
best of up to three runs, stopping at the first run that passes, so a healthy
build pays for one run and a noisy one gets two more chances. A 20 KB run that
is already too slow fails at once instead of hanging on 200 KB.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import hostile  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

import factcheck  # noqa: E402

SIZES = {"extract": (20_000, 200_000), "check": (10_000, 100_000)}
CEILING = 20.0  # seconds of CPU for the large text: a hang guard, not a speed target
FAST = 0.3  # below this, the large text passes whatever the ratio
MAX_RATIO = 30.0  # 10× the input; linear ≈ 10×, quadratic ≈ 100×
TOO_SLOW_SMALL = 2.0  # small text slower than this: the large one would hang the suite


def _cpu(fn: Callable[[str], int], text: str) -> float:
    t0 = time.process_time()
    fn(text)
    return time.process_time() - t0


def _cases() -> list[Any]:
    cases: list[Any] = []
    langs = hostile.LANGS
    for i, (name, fam) in enumerate(hostile.FAMILIES.items()):
        lang = langs[i % len(langs)]
        for op in fam.ops:
            cases.append(pytest.param(name, lang, op))
    return cases


def _has_check() -> bool:
    return hasattr(factcheck, "check")


@pytest.mark.parametrize(("family", "lang", "op"), _cases())
def test_linear(family: str, lang: str, op: str) -> None:
    if op == "check" and not _has_check():
        pytest.skip("factcheck.check is not there yet")
    run = hostile.operation(op, lang)
    hostile.warm_up((op,), lang)
    small_size, large_size = SIZES.get(op, SIZES["extract"])
    small_text = hostile.build(family, small_size, lang)
    large_text = hostile.build(family, large_size, lang)

    small = min(_cpu(run, small_text) for _ in range(3))
    assert small < TOO_SLOW_SMALL, (
        f"{family}/{lang}/{op}: {small_size} chars took {small:.2f} s CPU; "
        f"{large_size} would hang the suite"
    )
    large = float("inf")
    for _ in range(3):
        large = min(large, _cpu(run, large_text))
        if large < FAST or (large < CEILING and large <= MAX_RATIO * small):
            break
    assert large < CEILING, f"{family}/{lang}/{op}: {large_size} chars took {large:.2f} s CPU"
    if large >= FAST:
        ratio = large / max(small, 1e-4)
        assert ratio <= MAX_RATIO, (
            f"{family}/{lang}/{op}: 10× the input took {ratio:.0f}× the time "
            f"({small:.3f} s → {large:.3f} s CPU)"
        )


def test_generators_make_the_size_asked() -> None:
    for name in hostile.FAMILIES:
        text = hostile.build(name, 1000, "de")
        assert 900 <= len(text) <= 1100, name


def test_user_pattern_with_catastrophic_backtracking_times_out(tmp_path: Path) -> None:
    """A user rule's regular expression runs with a time limit; hitting it is a finding."""
    if not _has_check():
        pytest.skip("factcheck.check is not there yet")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "slow.toml").write_text(
        'code = "FC990"\nname = "house-term"\nlevel = "warning"\n'
        'description = "A pattern that backtracks badly."\nmessage = "{pattern} differs"\n'
        'type = "pattern"\npattern = \'(\\w+\\s?)+$\'\ntimeout = 0.1\n',
        encoding="utf-8",
    )
    text = "a" * 5000 + "!"
    t0 = time.perf_counter()
    report = factcheck.check({"de": text, "fr": text}, rule_dirs=[str(rules)])
    elapsed = time.perf_counter() - t0
    hits = [f for f in report.findings if f.code == "FC990"]
    assert hits, [f.code for f in report.findings]
    assert "timed out" in hits[0].message
    assert elapsed < 30, elapsed  # the regex module checks its timeout coarsely


def _line_col_cost(lines: int) -> float:
    from factcheck._records import Document

    text = "".join(f"Zeile {i} mit 5.000 Dingen\n" for i in range(lines))
    doc = Document(lang="de", text=text)
    offsets = range(0, len(text), max(1, len(text) // lines))
    t0 = time.process_time()
    for off in offsets:
        doc.line_col(off)
    return time.process_time() - t0


def test_line_col_is_not_quadratic() -> None:
    """Every finding location and JSON mention asks for a line and column: a call must
    not cost O(text) (20 000 calls on 600 KB would then take many seconds)."""
    from factcheck._records import Document

    doc = Document(lang="de", text="a\nbb\r\nccc\n\nd")
    assert [doc.line_col(i) for i in (0, 2, 3, 6, 10, 11)] == [
        (1, 1), (2, 1), (2, 2), (3, 1), (4, 1), (5, 1)
    ]
    small = min(_line_col_cost(2_000) for _ in range(3))
    large = min(_line_col_cost(20_000) for _ in range(2))
    assert large < FAST or large <= MAX_RATIO * max(small, 1e-3), (small, large)


class _CountingStr(str):
    calls = 0

    def strip(self, chars: str | None = None) -> str:
        _CountingStr.calls += 1
        return str.strip(self, chars)

    def isspace(self) -> bool:
        _CountingStr.calls += 1
        return str.isspace(self)


def test_rules_do_not_rescan_the_text_per_fact() -> None:
    """``Context.blank`` is asked once per fact; scanning the whole text each time made
    ``check`` of two 10 MB versions take 19 s instead of 3 s (found by bench/hostile.py)."""
    from factcheck._records import Analysis, Document
    from factcheck._rules._base import Context

    text = _CountingStr("über 5.000 " * 10)
    docs = (Document(lang="de", text=text), Document(lang="de", text=text))
    analysis = Analysis(documents=docs, figures=((), ()), tokens=((), ()), alignment=(), facts=())
    ctx = Context(analysis)
    _CountingStr.calls = 0
    for _ in range(1000):
        assert ctx.blank(0) is False and ctx.blank(1) is False
    assert _CountingStr.calls <= 2


def test_invariant_tokens_do_not_compile_a_pattern_per_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A URL present in every version needs no regular expression; compiling one per
    token with the `regex` module cost ~40 µs per character (a 1 MB run of "1." was
    one token: 12 s)."""
    if not _has_check():
        pytest.skip("factcheck.check is not there yet")
    import regex

    real_compile = regex.compile
    compiled: list[str] = []

    def counting(pattern: Any, *args: Any, **kwargs: Any) -> Any:
        if "ex\\.org" in str(pattern):
            compiled.append(str(pattern))
        return real_compile(pattern, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", counting)
    urls = " ".join(f"https://ex.org/p/{i}" for i in range(300))
    report = factcheck.check({"de": f"Siehe {urls} und 5 Fälle.", "fr": f"Voir {urls} et 5 cas."})
    assert not [f for f in report.findings if f.code == "FC401"]
    assert len(compiled) <= 5, len(compiled)
