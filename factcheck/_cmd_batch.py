"""``factcheck batch PATH…``: check every article set under the given paths.

Sets are found as :mod:`factcheck._discover` describes (Hugo-style names,
folder per language, ``factcheck.sets.toml`` manifests; a file stands for its
set). Worker processes (``--jobs``, default: every core) check the sets while
the results are written in order. On a terminal a progress bar runs on stderr;
on a pipe nothing but the report is written. The text format ends with a
summary table.

Exit code: **2** if any set could not be read or checked (it is reported with
its set; the other sets are still checked), else **1** if a finding is at or
above ``--fail-on``, else **0**. Usage errors (unknown format, bad rule file,
missing path) are exit 2 before any set is checked.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from ._cmd_check import check_options
from ._format import SetResult

if TYPE_CHECKING:
    from ._batch import BatchSummary, CheckOptions
    from ._config import Config

__all__ = ["batch_cmd", "extra_options", "given", "resolve_options", "validate_rules"]

#: Formats whose output is written set by set (nothing is kept per set).
_STREAMING = frozenset({"text", "github"})


def extra_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options ``batch`` (and ``baseline write``) add to ``check``'s shared options."""
    options = [
        click.option("--max-bytes", type=click.IntRange(min=1), help="Refuse larger input files."),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False),
            help="Configuration file (default: factcheck.toml, or [tool.factcheck] in "
            "pyproject.toml, found walking up from the current folder).",
        ),
    ]
    for opt in reversed(options):
        func = opt(func)
    return func


def given(ctx: click.Context, name: str, value: Any) -> Any:
    """``value``, or ``None`` when the flag was left at its default (so the config applies)."""
    source = ctx.get_parameter_source(name)
    if source is None or source == click.core.ParameterSource.DEFAULT:
        return None
    return value


def resolve_options(
    *,
    source: str | None,
    rule_dirs: Sequence[str],
    select: Sequence[str],
    ignore: Sequence[str],
    ref_date: str | None,
    encoding: str | None,
    max_bytes: int | None = None,
    config_path: str | None = None,
    fail_on: str | None = None,
    baseline: str | None = None,
) -> tuple[Config, CheckOptions]:
    """Configuration file + flags → ``(Config, CheckOptions)``; flags win."""
    from ._batch import CheckOptions
    from ._cmd_check import parse_date, split_list
    from ._config import load_config, read_config

    config = load_config(config_path) if config_path else read_config()
    config = config.override(
        source=source,
        rule_dirs=tuple(rule_dirs),
        select=tuple(split_list(select)),
        ignore=tuple(split_list(ignore)),
        fail_on=fail_on,
        baseline=baseline,
        max_bytes=max_bytes,
    )
    opts = CheckOptions(
        source=config.source,
        languages=config.languages,
        select=config.select,
        ignore=config.ignore,
        rule_dirs=config.rule_dirs,
        reference_date=parse_date(ref_date),
        encoding=encoding,
        max_bytes=config.max_bytes,
    )
    return config, opts


def validate_rules(opts: CheckOptions) -> None:
    """Load the rule set once up front: a bad rule file is exit 2 before any work."""
    from ._rules import load_ruleset

    load_ruleset(opts.rule_dirs, select=opts.select, ignore=opts.ignore)


class _JsonStream:
    """The batch JSON document, built set by set as JSON text (no reports kept)."""

    def __init__(self) -> None:
        from ._format import get_formatter

        self.formatter = get_formatter("json")(batch=True)
        self.pieces: list[str] = []

    def add(self, result: SetResult) -> None:
        data = json.loads(self.formatter.render([result]))["sets"][0]
        text = json.dumps(data, ensure_ascii=False, indent=2)
        self.pieces.append(textwrap.indent(text, "    "))

    def render(self, summary: BatchSummary) -> str:
        totals = {**summary.levels, **summary.as_dict()}
        body = ",\n".join(self.pieces)
        sets = "[\n" + body + "\n  ]" if self.pieces else "[]"
        summary_text = textwrap.indent(json.dumps(totals, indent=2), "  ").lstrip()
        return '{\n  "sets": ' + sets + ',\n  "summary": ' + summary_text + "\n}\n"


def _text_block(formatter: Any, result: SetResult) -> str:
    """One set in the text format (as ``check``'s text formatter lays out a batch)."""
    out = [formatter.style(f"== {result.name} ==", bold=True)]
    if result.report is None:
        out.append(formatter.style(f"  error: {result.error}", fg="red"))
    else:
        out.extend(formatter.render_report(result.report))
    return "\n".join(out) + "\n\n"


@click.command("batch")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: every core)."
)
@click.option(
    "--baseline",
    metavar="FILE",
    help="Report only findings that are not in this baseline (factcheck baseline write).",
)
@check_options
@extra_options
@click.pass_context
def batch_cmd(
    ctx: click.Context,
    /,
    paths: tuple[str, ...],
    jobs: int | None,
    baseline: str | None,
    fmt: str,
    output: str | None,
    fail_on: str,
    color: bool | None,
    **options: Any,
) -> None:
    """Check every article set under PATHS (folders, manifests or files).

    Sets: story.de.md + story.fr.md in one folder, de/story.md + fr/story.md,
    or a factcheck.sets.toml manifest; a file stands for its set. Exit 2 if a
    set could not be read (the others are still checked), else 1 if a finding
    is at or above --fail-on, else 0.
    """
    from ._baseline import BaselineMatcher, load_baseline, stale_lines
    from ._batch import BatchSummary, Progress, run_batch
    from ._cmd_check import use_color
    from ._discover import discover
    from ._format import get_formatter
    from ._output import check_writable, write_output

    formatter_cls = get_formatter(fmt)
    if output not in (None, "-"):
        assert output is not None
        check_writable(output)
    config, opts = resolve_options(
        fail_on=given(ctx, "fail_on", fail_on), baseline=baseline, **options
    )
    matcher = BaselineMatcher(load_baseline(config.baseline)) if config.baseline else None
    validate_rules(opts)
    found = discover(paths)
    if found.single:
        click.echo(
            f"factcheck: note: {len(found.single)} file(s) have no other language version, "
            f"skipped (first: {found.single[0].paths[0]})",
            err=True,
        )
    formatter = formatter_cls(color=fmt == "text" and use_color(color, output), batch=True)
    if hasattr(formatter, "fail_on"):
        formatter.fail_on = config.fail_on
    summary = BatchSummary(fail_on=config.fail_on)
    progress = Progress(len(found.sets))
    direct = fmt in _STREAMING and output in (None, "-")
    json_stream = _JsonStream() if fmt == "json" else None
    chunks: list[str] = []
    kept: list[SetResult] = []
    try:
        for result in run_batch(found.sets, opts, jobs=jobs):
            if matcher is not None:
                result = matcher.filter(result)
            summary.add(result)
            if json_stream is not None:
                json_stream.add(result)
            elif fmt in _STREAMING:
                text = _text_block(formatter, result) if fmt == "text" else formatter.render(
                    [result]
                )
                if direct:
                    progress.clear()
                    sys.stdout.write(text)
                    sys.stdout.flush()
                else:
                    chunks.append(text)
            else:
                kept.append(result)
            progress.step(result)
    finally:
        progress.close()
    stale = matcher.stale() if matcher is not None else ()
    tail = ""
    if fmt == "text":
        if stale:
            tail += "\n".join(stale_lines(stale, config.baseline)) + "\n\n"
        tail += summary.table()
    else:
        for line in stale_lines(stale, config.baseline):
            click.echo(line, err=True)
    if json_stream is not None:
        write_output(json_stream.render(summary), output)
    elif direct:
        sys.stdout.write(tail)
        sys.stdout.flush()
    elif fmt in _STREAMING:
        write_output("".join(chunks) + tail, output)
    else:
        write_output(formatter.render(kept), output)
    ctx.exit(summary.exit_code())
