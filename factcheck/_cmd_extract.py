"""``factcheck extract FILE``: every figure with line:column, surface text and value."""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal
from typing import Any

import click

from ._errors import UsageError
from ._extract import extract
from ._load import lang_from_path, load_document
from ._output import check_writable, write_output
from ._records import Figure

__all__ = ["extract_cmd", "figure_to_json"]


def figure_to_json(fig: Figure) -> dict[str, Any]:
    def num(v: Decimal | str | None) -> str | None:
        return None if v is None else str(v)

    return {
        "kind": fig.kind,
        "text": fig.text,
        "start": fig.start,
        "end": fig.end,
        "value": num(fig.value),
        "low": num(fig.low),
        "high": num(fig.high),
        "qualifier": fig.qualifier,
        "unit": fig.unit,
        "scale": fig.scale,
        "head": fig.head,
        "value_end": fig.value_end,
        "weekday": fig.weekday,
        "flags": sorted(fig.flags),
    }


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=False))
@click.option("--lang", help="Language of the file (default: from its name, e.g. story.de.md).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--date", "ref_date", help="Reference date (YYYY-MM-DD) for relative dates.")
@click.option("--encoding", help="Encoding of the file (default UTF-8, with or without BOM).")
@click.option("-o", "--output", help="Write the result to this file instead of stdout.")
def extract_cmd(
    file: str,
    lang: str | None,
    fmt: str,
    ref_date: str | None,
    encoding: str | None,
    output: str | None,
) -> None:
    """Print every figure FILE states, with line:column and normalised value."""
    if output:
        check_writable(output)
    lang = lang or lang_from_path(file)
    if lang is None:
        raise UsageError("no language: name the file like story.de.md or give --lang", path=file)
    reference = None
    if ref_date:
        try:
            reference = _dt.date.fromisoformat(ref_date)
        except ValueError:
            raise UsageError(f"--date {ref_date!r} is not a date (YYYY-MM-DD)") from None
    # read as ``check`` reads a version: markup stripped, lines and columns the file's own
    doc = load_document(file, lang=lang, encoding=encoding, detect=False)
    if reference is None:
        from ._check import reference_date_of

        reference = reference_date_of([doc], [0])
    figures = extract(doc.text, lang, reference_date=reference)
    rows = []
    for fig in figures:
        line, col = doc.line_col(fig.start)
        rows.append((line, col, fig))
    if fmt == "json":
        out = json.dumps(
            {
                "path": file,
                "lang": lang,
                "figures": [{"line": ln, "column": c, **figure_to_json(f)} for ln, c, f in rows],
            },
            ensure_ascii=False,
            indent=2,
        )
        write_output(out + "\n", output)
        return
    lines = []
    for ln, c, f in rows:
        extra = " ".join(
            f"{k}={v}"
            for k, v in (
                ("qualifier", f.qualifier),
                ("unit", f.unit),
                ("scale", f.scale),
                ("head", f.head),
            )
            if v
        )
        lines.append(f"{file}:{ln}:{c}: {f.kind:<8} {f.text!r} = {f.value} {extra}".rstrip())
    lines.append(f"{len(rows)} figures")
    write_output("\n".join(lines) + "\n", output)
