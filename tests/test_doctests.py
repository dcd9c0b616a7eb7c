"""The examples in the package's docstrings are run: each must still print what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import factcheck

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(factcheck.__path__, "factcheck.")
    if not m.name.startswith("factcheck.rules")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    if not str(module.__file__).endswith(".py"):
        pytest.skip("a compiled module (mypyc keeps no docstrings to run)")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail"


def test_examples_are_found() -> None:
    """The collection above is not empty: the package has examples to run."""
    import factcheck._numbers

    finder = doctest.DocTestFinder()
    assert sum(len(t.examples) for t in finder.find(factcheck._numbers)) >= 3
