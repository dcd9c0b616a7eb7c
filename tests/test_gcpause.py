"""The collector pause around extract and check: restored after, kept off when off."""

from __future__ import annotations

import gc
import threading

import pytest

import factcheck
from factcheck._gcpause import gc_paused


@pytest.fixture(autouse=True)
def _collector_on() -> object:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_restored_after_and_after_an_error() -> None:
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: still off after the inner one ends
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), gc_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    factcheck.extract("rund 40 Büros, über 5.000 Mitarbeiter", "de")
    factcheck.check({"de": "9 Fähren am Tag.", "fr": "9 ferries par jour."})
    assert not gc.isenabled()


def test_extract_and_check_leave_the_collector_on() -> None:
    assert factcheck.extract("über 5.000 Mitarbeiter", "de")
    assert gc.isenabled()
    factcheck.check({"de": "9 Fähren am Tag.", "fr": "9 ferries par jour."})
    assert gc.isenabled()
    with pytest.raises(factcheck.FactcheckError):
        factcheck.extract("5 000", "xx-not-a-language")
    assert gc.isenabled()


def test_concurrent_checks_restore_the_collector_once_all_are_done() -> None:
    inside = threading.Barrier(3)  # two workers and this thread
    release = threading.Event()
    seen: list[bool] = []

    def worker() -> None:
        with gc_paused():
            inside.wait(5)
            release.wait(5)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait(5)
    seen.append(gc.isenabled())
    release.set()
    for t in threads:
        t.join()
    seen.append(gc.isenabled())
    assert seen == [False, True]
