"""``factcheck baseline write FILE A B …``: record today's findings as reviewed.

The inputs are those of ``check`` (the versions of one article, languages from
the file names or ``--lang``) or, when a folder or a ``factcheck.sets.toml`` is
given, every article set under it (as ``batch`` finds them). Reasons already in
FILE are kept for findings that are still there; write a ``reason`` for the
new ones. Nothing is written when an input cannot be read (exit 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ._cmd_batch import extra_options, resolve_options, validate_rules
from ._errors import UsageError

__all__ = ["baseline_cmd"]


@click.group("baseline")
def baseline_cmd() -> None:
    """Record reviewed findings so that CI reports only new ones (see check --baseline)."""


@baseline_cmd.command("write")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--lang", "langs", metavar="de,fr", help="Languages of the files, in file order.")
@click.option("--reason", default="", help="Reason to write into every new entry.")
@click.option("--source", metavar="LANG", help="Reference version (language code).")
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Extra rule folder.")
@click.option("--select", multiple=True, metavar="CODES", help="Run only these rules.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules.")
@click.option("--date", "ref_date", metavar="YYYY-MM-DD", help="Reference date.")
@click.option("--encoding", help="Encoding of the input files (default UTF-8).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes for folders.")
@extra_options
def write_cmd(
    file: str,
    inputs: tuple[str, ...],
    langs: str | None,
    reason: str,
    jobs: int | None,
    **options: Any,
) -> None:
    """Write the current findings of INPUTS to the baseline FILE."""
    from dataclasses import replace

    from ._baseline import Baseline, load_baseline, set_name_for_files, write_baseline
    from ._batch import check_set, run_batch
    from ._cmd_check import split_list
    from ._discover import MANIFEST_NAME, ArticleSet, discover
    from ._load import lang_from_path
    from ._output import check_writable

    check_writable(file)
    _config, opts = resolve_options(**options)
    validate_rules(opts)
    lang_list = split_list(langs)
    many = any(Path(p).is_dir() or Path(p).name == MANIFEST_NAME for p in inputs)
    if many:
        if lang_list:
            raise UsageError("--lang applies to files, not to folders")
        results = list(run_batch(discover(inputs).sets, opts, jobs=jobs))
    else:
        if len(inputs) < 2:
            raise UsageError("baseline write needs at least two versions (or a folder)")
        if lang_list and len(lang_list) != len(inputs):
            raise UsageError(f"--lang names {len(lang_list)} languages for {len(inputs)} files")
        versions = []
        for i, path in enumerate(inputs):
            lang = lang_list[i] if lang_list else lang_from_path(path)
            if lang is None:
                raise UsageError("no language: name the file like story.de.md or give --lang",
                                 path=path)
            versions.append((lang, path))
        aset = ArticleSet(name=set_name_for_files(inputs, lang_list), versions=tuple(versions))
        results = [check_set(aset, opts)]
    failed = [r for r in results if r.report is None]
    if failed:
        first = failed[0]
        raise UsageError(
            f"set {first.name!r} could not be checked, baseline not written: {first.error}"
        )
    previous: Baseline | None = load_baseline(file) if Path(file).is_file() else None
    entries = write_baseline(file, results, previous=previous)
    if reason:
        entries = [e if e.reason else replace(e, reason=reason) for e in entries]
        from ._baseline import render_baseline
        from ._output import write_output

        write_output(render_baseline(entries), file)
    missing = sum(1 for e in entries if not e.reason)
    click.echo(
        f"factcheck: wrote {len(entries)} finding(s) of {len(results)} set(s) to {file}"
        + (f"; {missing} without a reason" if missing else ""),
        err=True,
    )
