"""pytest plugin (entry point ``pytest11``). Kept light: it loads in every pytest run.

* ``pytest --factcheck PATH…`` collects every article set under the paths
  (the discovery of ``factcheck batch``) as one test item, whose failure shows
  the findings with each version's words and line. Without other test paths
  on the command line only the article sets run; ``pytest tests --factcheck content``
  runs both.
* The ``factcheck`` fixture is a :class:`factcheck.testing.Checker` configured
  from ``[tool.factcheck]``/``factcheck.toml`` (found from the rootdir):
  ``factcheck.assert_consistent({"de": ..., "fr": ...})``, ``factcheck.check(...)``.
* ``assert report_a == report_b`` on two reports explains which findings differ.

Everything from factcheck is imported inside the hooks, never at import time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._discover import ArticleSet
    from ._format import SetResult
    from .testing import Checker

pytest.register_assert_rewrite("factcheck.testing")

__all__ = [
    "FactcheckFile",
    "FactcheckItem",
    "factcheck",
    "pytest_addoption",
    "pytest_assertrepr_compare",
    "pytest_collect_file",
    "pytest_configure",
]

_OWNERS = pytest.StashKey[dict[str, list["ArticleSet"]]]()
_SETS_KEY = "factcheck_paths"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: article sets as tests")
    group.addoption(
        "--factcheck",
        dest=_SETS_KEY,
        nargs="+",
        action="extend",
        default=[],
        metavar="PATH",
        help="Collect every article set under PATH (folders, manifests, files) as a test.",
    )
    group.addoption(
        "--factcheck-fail-on",
        dest="factcheck_fail_on",
        choices=("error", "warning", "info"),
        default=None,
        help="Level at which an article set fails (default: fail-on from the configuration, "
        "else warning).",
    )


def pytest_configure(config: pytest.Config) -> None:
    paths: list[str] = list(config.getoption(_SETS_KEY) or [])
    if not paths:
        return
    config.addinivalue_line("markers", "factcheck: an article set collected by --factcheck")
    explicit = config.args_source == pytest.Config.ArgsSource.ARGS
    args = list(config.args) if explicit else []
    present = {os.path.normcase(os.path.abspath(a.split("::")[0])) for a in args}
    for p in paths:
        if os.path.normcase(os.path.abspath(p)) not in present:
            args.append(p)
    config.args[:] = args
    from ._errors import FactcheckError

    try:
        _owners(config)
    except FactcheckError as err:
        raise pytest.UsageError(f"--factcheck: {err}") from None


def _owners(config: pytest.Config) -> dict[str, list[ArticleSet]]:
    """File that collects each set → its sets (built once per process)."""
    if _OWNERS in config.stash:
        return config.stash[_OWNERS]
    from ._discover import MANIFEST_NAME, discover

    owners: dict[str, list[ArticleSet]] = {}
    seen: set[tuple[str, ...]] = set()
    for raw in config.getoption(_SETS_KEY) or []:
        root = Path(raw)
        found = discover([root]).sets
        for aset in found:
            key = tuple(sorted(os.path.abspath(p) for p in aset.paths))
            if key in seen:
                continue
            seen.add(key)
            if root.is_file():
                owner = root
            elif aset.versions and _manifest_of(aset, root, MANIFEST_NAME) is not None:
                owner = _manifest_of(aset, root, MANIFEST_NAME) or root
            else:
                owner = Path(aset.paths[0])
            owners.setdefault(_norm(owner), []).append(aset)
    config.stash[_OWNERS] = owners
    return owners


def _manifest_of(aset: ArticleSet, root: Path, name: str) -> Path | None:
    first = Path(aset.paths[0]).resolve()
    top = root.resolve()
    for folder in first.parents:
        if (folder / name).is_file():
            return folder / name
        if folder == top:
            break
    return None


def _norm(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if not parent.config.getoption(_SETS_KEY):
        return None
    sets = _owners(parent.config).get(_norm(file_path))
    if not sets:
        return None
    return FactcheckFile.from_parent(parent, path=file_path, sets=sets)


class FactcheckFile(pytest.File):
    """The file that stands for one or more article sets (first version, or manifest)."""

    def __init__(self, *, sets: Sequence[ArticleSet], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sets = list(sets)

    def collect(self) -> Iterator[pytest.Item]:
        for aset in self.sets:
            yield FactcheckItem.from_parent(self, name=f"factcheck[{aset.name}]", aset=aset)


class FactcheckFailure(Exception):
    """Raised by an article-set item; carries what ``repr_failure`` shows."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class FactcheckItem(pytest.Item):
    """One article set as a test."""

    def __init__(self, *, aset: ArticleSet, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.aset = aset
        self.add_marker("factcheck")

    def runtest(self) -> None:
        from ._batch import CheckOptions, check_set
        from ._records import level_rank

        config = _project_config(self.config)
        fail_on = self.config.getoption("factcheck_fail_on") or config.fail_on
        opts = CheckOptions(
            source=config.source,
            languages=config.languages,
            select=config.select,
            ignore=config.ignore,
            rule_dirs=config.rule_dirs,
            max_bytes=config.max_bytes,
        )
        result = check_set(self.aset, opts)
        if config.baseline:
            from ._baseline import BaselineMatcher, load_baseline

            result = BaselineMatcher(load_baseline(config.baseline)).filter(result)
        if result.report is None:
            raise FactcheckFailure(f"{self.aset.name}: could not be checked: {result.error}")
        threshold = level_rank(fail_on)
        failing = [f for f in result.report.findings if level_rank(f.level) >= threshold]
        if failing:
            raise FactcheckFailure(_render(result, failing, fail_on))

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        if isinstance(excinfo.value, FactcheckFailure):
            return excinfo.value.text
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        return self.path, 0, f"article set {self.aset.name} ({', '.join(self.aset.langs)})"


def _render(result: SetResult, failing: Sequence[Any], fail_on: str) -> str:
    from .testing import failure_message

    assert result.report is not None
    return failure_message(result.report, failing, fail_on)


def _project_config(config: pytest.Config) -> Any:
    from ._config import read_config

    return read_config(config.rootpath)


@pytest.fixture
def factcheck(pytestconfig: pytest.Config) -> Checker:
    """A :class:`factcheck.testing.Checker` configured from the project's configuration."""
    from .testing import Checker

    return Checker(_project_config(pytestconfig))


def _is_report(value: object) -> bool:
    cls = type(value)
    return cls.__name__ == "Report" and cls.__module__ == "factcheck._records"


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    if op != "==" or not (_is_report(left) and _is_report(right)):
        return None
    from .testing import _short

    def key(f: Any) -> tuple[str, tuple[tuple[str, str], ...]]:
        return f.code, tuple((loc.lang, loc.text) for loc in f.locations)

    lf = {key(f): f for f in left.findings}  # type: ignore[attr-defined]
    rf = {key(f): f for f in right.findings}  # type: ignore[attr-defined]
    lines = ["factcheck reports differ:"]
    for title, keys, side in (
        ("only on the left", [k for k in lf if k not in rf], lf),
        ("only on the right", [k for k in rf if k not in lf], rf),
    ):
        if not keys:
            continue
        lines.append(f"findings {title}:")
        for k in keys[:10]:
            f = side[k]
            words = " / ".join(f"{loc.lang} {_short(loc.text)!r}" for loc in f.locations)
            lines.append(f"  {f.code} {f.name} ({f.level}): {words}")
        if len(keys) > 10:
            lines.append(f"  ... and {len(keys) - 10} more")
    ls = [(f.kind, f.status) for f in left.facts]  # type: ignore[attr-defined]
    rs = [(f.kind, f.status) for f in right.facts]  # type: ignore[attr-defined]
    if ls != rs:
        lines.append(f"facts: {len(ls)} on the left, {len(rs)} on the right")
        for i, (a, b) in enumerate(zip(ls, rs, strict=False)):
            if a != b:
                lines.append(f"  fact {i + 1}: {a[0]} {a[1]} != {b[0]} {b[1]}")
                break
    if len(lines) == 1:
        lines.append("same findings and facts; the versions' texts differ")
    return lines
