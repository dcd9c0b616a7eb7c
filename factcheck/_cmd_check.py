"""``factcheck check A B [C …]``: do the versions of one article state the same facts?

Exit codes: 0 when no finding is at or above ``--fail-on`` (default
``warning``, so ``info`` findings such as a missing paragraph never fail a
run), 1 when one is, 2 on bad usage, an unreadable file or a broken rule file.

The options every checking command shares (``--source``, ``--format``,
``-o``, ``--fail-on``, ``--date``, ``--rules``, ``--select``, ``--ignore``,
``--encoding``, ``--color``) are in :func:`check_options`, with the helpers
that act on them, so that ``factcheck batch`` takes the very same options.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ._errors import UsageError
from ._format import FORMATS, SetResult, get_formatter
from ._output import check_writable, write_output

if TYPE_CHECKING:
    from ._records import Report
    from ._rules import RuleSet

__all__ = [
    "DEFAULT_FAIL_ON",
    "check_cmd",
    "check_options",
    "emit",
    "exit_code",
    "load_rules",
    "parse_date",
    "split_list",
    "use_color",
]

#: ``--fail-on`` default: warnings and errors fail a run, info findings do not.
DEFAULT_FAIL_ON = "warning"

F = TypeVar("F", bound=Callable[..., Any])


def check_options(func: F) -> F:
    """The options shared by ``check`` and ``batch`` (keyword arguments ``source``,
    ``fmt``, ``output``, ``fail_on``, ``ref_date``, ``rule_dirs``, ``select``,
    ``ignore``, ``encoding``, ``color``)."""
    options = [
        click.option(
            "--source",
            metavar="LANG",
            help="Reference version (language code): compare it with every other version "
            "(default: compare every pair).",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(sorted(FORMATS)),
            default="text",
            show_default=True,
            help="Output format.",
        ),
        click.option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write the report to FILE (atomically) instead of stdout.",
        ),
        click.option(
            "--fail-on",
            type=click.Choice(["error", "warning", "info"]),
            default=DEFAULT_FAIL_ON,
            show_default=True,
            help="Exit 1 when a finding is at or above this level.",
        ),
        click.option(
            "--date",
            "ref_date",
            metavar="YYYY-MM-DD",
            help="Reference date for relative and partial dates (default: the article's).",
        ),
        click.option(
            "--rules",
            "rule_dirs",
            multiple=True,
            metavar="DIR",
            help="A folder of extra rule files (*.toml); repeatable.",
        ),
        click.option(
            "--select",
            multiple=True,
            metavar="CODES",
            help="Run only these rules: codes, prefixes (FC1) or names, comma-separated.",
        ),
        click.option(
            "--ignore",
            multiple=True,
            metavar="CODES",
            help="Skip these rules: codes, prefixes or names, comma-separated.",
        ),
        click.option("--encoding", help="Encoding of the input files (default UTF-8, BOM or not)."),
        click.option(
            "--color/--no-color",
            "color",
            default=None,
            help="Colour the text report (default: on a terminal, unless NO_COLOR is set).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def split_list(values: Iterable[str] | str | None) -> list[str]:
    """``("FC1,FC2", "hedge-dropped")`` → ``["FC1", "FC2", "hedge-dropped"]``."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def parse_date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r} is not a date (YYYY-MM-DD)") from None


def _stdout_isatty() -> bool:
    return sys.stdout.isatty()


def use_color(color: bool | None, output: str | None) -> bool:
    """Colour when asked to, else on a terminal when ``NO_COLOR`` is unset or empty."""
    if color is not None:
        return color
    if output not in (None, "-"):
        return False
    if os.environ.get("NO_COLOR", ""):
        return False
    return _stdout_isatty()


def load_rules(rule_dirs: Sequence[str], select: Iterable[str], ignore: Iterable[str]) -> RuleSet:
    from ._rules import load_ruleset

    return load_ruleset(rule_dirs, select=split_list(select), ignore=split_list(ignore))


def emit(
    results: Sequence[SetResult],
    fmt: str,
    output: str | None,
    *,
    color: bool | None = None,
    batch: bool = False,
) -> None:
    """Render ``results`` with the chosen formatter and write them (atomically to a file)."""
    formatter = get_formatter(fmt)(color=fmt == "text" and use_color(color, output), batch=batch)
    write_output(formatter.render(results), output)


def exit_code(reports: Iterable[Report | None], fail_on: str) -> int:
    """1 when any report has a finding at or above ``fail_on``, else 0."""
    return 1 if any(r is not None and r.fails(fail_on) for r in reports) else 0


@click.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option(
    "--lang",
    "langs",
    metavar="de,fr",
    help="Languages of the files, in file order (default: from the file names).",
)
@click.option("--baseline", metavar="FILE", help="Report only findings not in this baseline.")
@click.option("--config", "config_path", metavar="FILE", help="Configuration file to use.")
@check_options
@click.pass_context
def check_cmd(
    ctx: click.Context,
    files: tuple[str, ...],
    langs: str | None,
    source: str | None,
    fmt: str,
    output: str | None,
    fail_on: str,
    ref_date: str | None,
    rule_dirs: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    encoding: str | None,
    color: bool | None,
    baseline: str | None = None,
    config_path: str | None = None,
) -> None:
    """Check that the versions FILES of one article state the same facts.

    Name the files like story.de.md, story.fr.md (or de/story.md), or give
    --lang de,fr. Exit 0 when nothing is at or above --fail-on, 1 when
    something is, 2 on bad usage or unreadable input.
    """
    if output not in (None, "-"):
        assert output is not None
        check_writable(output)
    if len(files) < 2:
        raise UsageError("check needs at least two versions (e.g. story.de.md story.fr.md)")
    lang_list = split_list(langs)
    if langs is not None and len(lang_list) != len(files):
        raise UsageError(
            f"--lang names {len(lang_list)} languages for {len(files)} files (one per file, "
            "in file order)"
        )
    reference = parse_date(ref_date)
    from ._config import cli_config  # [tool.factcheck] / factcheck.toml; flags win

    cfg = cli_config(ctx, config_path, source=source, fail_on=fail_on, rule_dirs=rule_dirs,
                     select=select, ignore=ignore, baseline=baseline)
    source, fail_on, rule_dirs, select, ignore = (
        cfg.source, cfg.fail_on, cfg.rule_dirs, cfg.select, cfg.ignore)
    rules = load_rules(rule_dirs, select, ignore)

    from ._check import check
    from ._load import load_document

    docs = [
        load_document(path, lang=lang_list[i] if lang_list else None, encoding=encoding,
                      max_bytes=cfg.max_bytes)
        for i, path in enumerate(files)
    ]
    report = check(docs, source=source, rules=rules, reference_date=reference)
    name = " ".join(files)
    if cfg.baseline:
        from ._baseline import filter_check

        result, stale = filter_check(SetResult(name=name, report=report), cfg.baseline, files,
                                     lang_list)
        report = result.report or report
        for line in stale:
            click.echo(line, err=True)
    emit([SetResult(name=name, report=report)], fmt, output, color=color)
    ctx.exit(exit_code([report], fail_on))
