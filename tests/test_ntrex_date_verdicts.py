"""The reviewed verdicts on NTREX date-count differences (bench/ntrex_date_verdicts.toml)
and how bench/ntrex_dates.py classifies a disagreeing document with them.

Runs without ../shared: the verdict file ships with the project, and the classification
is exercised on figures built here."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import ntrex_dates  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

VERDICTS = BENCH / "ntrex_date_verdicts.toml"


def _figs(*values: str) -> list[Any]:
    return [SimpleNamespace(value=v) for v in values]


def test_every_verdict_is_complete() -> None:
    data = tomllib.loads(VERDICTS.read_text(encoding="utf-8"))
    docs = data["doc"]
    assert docs, "no verdicts"
    seen = 0
    for doc_id, values in docs.items():
        assert re.fullmatch(r"[\w.-]+", doc_id), doc_id
        for value, entry in values.items():
            seen += 1
            assert set(entry) == {"counts", "verdict", "reason"}, (doc_id, value)
            assert re.fullmatch(r"\d+/\d+/\d+/\d+", entry["counts"]), (doc_id, value)
            assert len(set(entry["counts"].split("/"))) > 1, (doc_id, value, "counts agree")
            assert entry["verdict"] in {"translation", "form", "extraction"}, (doc_id, value)
            assert len(entry["reason"]) > 15, (doc_id, value)
    assert seen >= len(docs)


def test_differing_lists_only_values_whose_count_differs() -> None:
    per = {
        "de": _figs("XXXX-WXX-5", "2016"),
        "fr": _figs("XXXX-WXX-5", "2016"),
        "en": _figs("XXXX-WXX-5", "2016", "REF+P0D"),
        "vi": _figs("2016"),
    }
    assert ntrex_dates._differing(per) == {"REF+P0D": "0/0/1/0", "XXXX-WXX-5": "1/1/1/0"}


@pytest.mark.parametrize(
    ("reviewed", "expected"),
    [
        # one value the translators state differently: no reading can agree
        (
            {"XXXX-WXX-5": ("1/1/1/0", "translation"), "REF+P0D": ("0/0/1/0", "extraction")},
            "translation",
        ),
        # every difference is ours
        (
            {"XXXX-WXX-5": ("1/1/1/0", "extraction"), "REF+P0D": ("0/0/1/0", "extraction")},
            "extraction",
        ),
        # a value's other form explains that value, not the disagreement
        ({"XXXX-WXX-5": ("1/1/1/0", "form"), "REF+P0D": ("0/0/1/0", "extraction")}, "extraction"),
        # a difference nobody reviewed
        ({"XXXX-WXX-5": ("1/1/1/0", "extraction")}, "unreviewed"),
        # a stale verdict (recorded for other counts) no longer counts
        (
            {"XXXX-WXX-5": ("2/1/1/0", "translation"), "REF+P0D": ("0/0/1/0", "extraction")},
            "unreviewed",
        ),
    ],
)
def test_classify(reviewed: dict[str, tuple[str, str]], expected: str) -> None:
    per = {
        "de": _figs("XXXX-WXX-5"),
        "fr": _figs("XXXX-WXX-5"),
        "en": _figs("XXXX-WXX-5", "REF+P0D"),
        "vi": _figs(),
    }
    table = {v: {"counts": c, "verdict": k, "reason": "-"} for v, (c, k) in reviewed.items()}
    assert ntrex_dates.classify(per, table) == expected
