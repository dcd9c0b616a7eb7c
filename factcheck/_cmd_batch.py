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

import functools
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from ._batch import BatchSummary, SetStats
from ._cmd_check import check_options
from ._format import SetResult

if TYPE_CHECKING:
    from ._baseline import BaselineEntry
    from ._batch import CheckOptions
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
    """Load the rule set once up front: a bad rule file is exit 2 before any work.

    The rule set is cached, so the workers (forked after this) inherit it.
    """
    from ._batch import _ruleset

    _ruleset(opts.rule_dirs, opts.select, opts.ignore)


@functools.cache
def _formatter(fmt: str, color: bool, fail_on: str) -> Any:
    from ._format import get_formatter

    formatter = get_formatter(fmt)(color=color, batch=True)
    if hasattr(formatter, "fail_on"):
        formatter.fail_on = fail_on
    return formatter


def _text_block(formatter: Any, result: SetResult) -> str:
    """One set in the text format (as ``check``'s text formatter lays out a batch)."""
    out = [formatter.style(f"== {result.name} ==", bold=True)]
    if result.report is None:
        out.append(formatter.style(f"  error: {result.error}", fg="red"))
    else:
        out.extend(formatter.render_report(result.report))
    return "\n".join(out) + "\n\n"


def _json_piece(result: SetResult) -> str:
    data = json.loads(_formatter("json", False, "warning").render([result]))["sets"][0]
    return textwrap.indent(json.dumps(data, ensure_ascii=False, indent=2), "    ")


@dataclass(frozen=True, slots=True)
class _Done:
    """What travels back from a worker for one set."""

    stats: SetStats
    piece: str | None
    result: SetResult | None
    matched: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Post:
    """Applied in the workers: baseline, summary counts and (streamed formats) rendering."""

    fmt: str
    color: bool
    fail_on: str
    baseline: dict[str, tuple[BaselineEntry, ...]] | None = None

    def __call__(self, result: SetResult) -> _Done:
        from ._baseline import Baseline, BaselineMatcher, set_stem

        matched: tuple[str, ...] = ()
        if self.baseline is not None:
            entries = self.baseline.get(set_stem(result.name), ())
            matcher = BaselineMatcher(Baseline(None, entries))
            result = matcher.filter(result)
            matched = tuple(matcher.used.elements())
        stats = SetStats.of(result)
        if self.fmt == "json":
            return _Done(stats, _json_piece(result), None, matched)
        if self.fmt in _STREAMING:
            formatter = _formatter(self.fmt, self.color, self.fail_on)
            piece = (
                _text_block(formatter, result) if self.fmt == "text" else formatter.render([result])
            )
            return _Done(stats, piece, None, matched)
        return _Done(stats, None, result, matched)


def _json_document(pieces: list[str], summary: BatchSummary) -> str:
    totals = {**summary.levels, **summary.as_dict()}
    sets = "[\n" + ",\n".join(pieces) + "\n  ]" if pieces else "[]"
    summary_text = textwrap.indent(json.dumps(totals, indent=2), "  ").lstrip()
    return '{\n  "sets": ' + sets + ',\n  "summary": ' + summary_text + "\n}\n"


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
    from ._baseline import load_baseline, set_stem, stale_entries, stale_lines
    from ._batch import BatchSummary, Progress, run_batch
    from ._cmd_check import use_color
    from ._discover import discover
    from ._format import get_formatter
    from ._output import check_writable, write_output

    get_formatter(fmt)  # an unknown format is a usage error before any work
    if output not in (None, "-"):
        assert output is not None
        check_writable(output)
    config, opts = resolve_options(
        fail_on=given(ctx, "fail_on", fail_on), baseline=baseline, **options
    )
    baseline_file = load_baseline(config.baseline) if config.baseline else None
    validate_rules(opts)
    found = discover(paths)
    if found.single:
        click.echo(
            f"factcheck: note: {len(found.single)} file(s) have no other language version, "
            f"skipped (first: {found.single[0].paths[0]})",
            err=True,
        )
    color = fmt == "text" and use_color(color, output)
    by_stem: dict[str, tuple[BaselineEntry, ...]] | None = None
    if baseline_file is not None:
        groups: dict[str, list[BaselineEntry]] = {}
        for e in baseline_file.entries:
            groups.setdefault(set_stem(e.set), []).append(e)
        by_stem = {k: tuple(v) for k, v in groups.items()}
    post = _Post(fmt, color, config.fail_on, by_stem)
    summary = BatchSummary(fail_on=config.fail_on)
    progress = Progress(len(found.sets))
    direct = fmt in _STREAMING and output in (None, "-")
    pieces: list[str] = []
    kept: list[SetResult] = []
    used: Counter[str] = Counter()
    checked: set[str] = set()
    try:
        for done in run_batch(found.sets, opts, jobs=jobs, post=post):
            summary.add(done.stats)
            used.update(done.matched)
            if baseline_file is not None:
                checked.add(set_stem(done.stats.name))
            if done.piece is not None:
                if direct:
                    progress.clear()
                    sys.stdout.write(done.piece)
                    sys.stdout.flush()
                else:
                    pieces.append(done.piece)
            elif done.result is not None:
                kept.append(done.result)
            progress.step(done.stats)
    finally:
        progress.close()
    stale = stale_entries(baseline_file, used, checked) if baseline_file is not None else ()
    tail = ""
    if fmt == "text":
        if stale:
            tail += "\n".join(stale_lines(stale, config.baseline)) + "\n\n"
        tail += summary.table()
    else:
        for line in stale_lines(stale, config.baseline):
            click.echo(line, err=True)
    if fmt == "json":
        write_output(_json_document(pieces, summary), output)
    elif direct:
        sys.stdout.write(tail)
        sys.stdout.flush()
    elif fmt in _STREAMING:
        write_output("".join(pieces) + tail, output)
    else:
        write_output(_formatter(fmt, False, config.fail_on).render(kept), output)
    ctx.exit(summary.exit_code())
