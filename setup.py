"""Build hook: compile the extraction modules with mypyc.

Everything else about the package is in ``pyproject.toml``. A wheel (``pip
install .``) carries the modules below compiled to C by mypyc, beside their
``.py`` sources; the interpreter imports the compiled module first. The
extraction is the same code either way (the test suite runs against both in
CI): compiling only makes it faster (docs/performance.md).

* ``pip install -e .`` (an editable, development install) builds nothing: the
  ``.py`` files are what runs, so an edit takes effect at once.
* ``FACTCHECK_PURE_PYTHON=1`` builds a pure-Python wheel.
* Without a C compiler, or if compiling fails, the build says so in one line
  and the wheel is pure Python.
"""

from __future__ import annotations

import os
import sys

from setuptools import Distribution, setup
from setuptools.command.build_ext import build_ext

#: The modules that do the per-figure work of ``factcheck.extract``.
COMPILED = [
    "factcheck/_dates.py",
    "factcheck/_dates_grammar.py",
    "factcheck/_extract.py",
    "factcheck/_numbers.py",
    "factcheck/_numwords.py",
    "factcheck/_ratios.py",
    "factcheck/_records.py",
    "factcheck/_regexutil.py",
    "factcheck/_spans.py",
    "factcheck/_tokens.py",
]


def _wanted() -> bool:
    return os.environ.get("FACTCHECK_PURE_PYTHON", "") in ("", "0")


class _Dist(Distribution):
    def has_ext_modules(self) -> bool:  # a platform wheel unless asked for pure Python
        return _wanted()


class _BuildExt(build_ext):
    """Runs mypyc when the extensions are really built (not for an editable install)."""

    def finalize_options(self) -> None:
        if _wanted() and not getattr(self, "editable_mode", False):
            try:
                from mypyc.build import mypycify

                self.distribution.ext_modules = mypycify(
                    ["--ignore-missing-imports", *COMPILED], opt_level="1", separate=True
                )
            except (Exception, SystemExit) as exc:  # mypyc missing or refusing the code
                _pure(exc)
                self.distribution.ext_modules = []
        super().finalize_options()
        if not self.parallel:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        if getattr(self, "editable_mode", False) or not _wanted():
            return
        try:
            super().run()
        except (Exception, SystemExit) as exc:  # no C compiler: pure Python still works
            _pure(exc)


def _pure(exc: BaseException) -> None:
    print(f"factcheck: not compiled ({exc}); the pure-Python modules are used", file=sys.stderr)


setup(distclass=_Dist, cmdclass={"build_ext": _BuildExt})
