"""What ``check`` does to keep its cost per figure low, without changing its output."""

from __future__ import annotations

import gc
import threading

import pytest

import factcheck
import factcheck._pair
from factcheck._check import analyse
from factcheck._errors import UsageError

PAIR = {"de": "Die Firma hat 120 Mitarbeiter.", "fr": "La firme a 120 employés."}


def _spy_on_pairing(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    seen: list[bool] = []
    real = factcheck._pair.pair_figures

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck._pair, "pair_figures", spy)
    return seen


def test_check_pauses_the_collector_and_restores_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_pairing(monkeypatch)
    assert gc.isenabled()
    factcheck.check(PAIR)
    analyse(PAIR)
    assert seen == [False, False]
    assert gc.isenabled()


def test_check_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        factcheck.check(PAIR)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_back_after_an_error() -> None:
    with pytest.raises(UsageError):
        factcheck.check({})
    assert gc.isenabled()


def test_collector_back_after_concurrent_checks() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                report = factcheck.check(PAIR)
                assert [f.status for f in report.facts] == ["agrees"]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert gc.isenabled()
