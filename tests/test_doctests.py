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
    """The collection above is not empty: the package has examples to run (counted in
    the modules that run as Python, so that a compiled build counts its other ones)."""
    finder = doctest.DocTestFinder()
    modules = [importlib.import_module(name) for name in MODULES]
    found = sum(
        len(t.examples)
        for m in modules if str(m.__file__).endswith(".py")
        for t in finder.find(m)
    )
    assert found >= 10
