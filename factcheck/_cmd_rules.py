"""``factcheck rules`` (list the rules) and ``factcheck explain CODE|NAME``."""

from __future__ import annotations

import json
import textwrap

import click

from ._cmd_check import split_list

__all__ = ["explain_cmd", "rules_cmd"]


@click.command("rules")
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Extra rule folder.")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Leave these rules out.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def rules_cmd(
    rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...], fmt: str
) -> None:
    """List the rules: code, name, level and what each one reports."""
    from ._rules import load_ruleset

    rules = load_ruleset(rule_dirs, select=split_list(select), ignore=split_list(ignore))
    if fmt == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "level": r.level,
                "type": r.type,
                "description": r.description,
                "path": r.path,
            }
            for r in rules
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    width = max((len(r.name) for r in rules), default=0)
    for r in rules:
        click.echo(f"{r.code:<7} {r.name:<{width}}  {r.level:<7}  {r.description}")


@click.command("explain")
@click.argument("rule")
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Extra rule folder.")
def explain_cmd(rule: str, rule_dirs: tuple[str, ...]) -> None:
    """Explain one rule, named by its code (FC101) or name (value-mismatch)."""
    from ._rules import load_ruleset

    r = load_ruleset(rule_dirs).get(rule)
    click.echo(f"{r.code} {r.name} ({r.level})")
    click.echo("")
    click.echo(textwrap.fill(r.description, width=78))
    if r.explanation:
        click.echo("")
        for para in r.explanation.split("\n\n"):
            click.echo(textwrap.fill(" ".join(para.split()), width=78))
            click.echo("")
    else:
        click.echo("")
    click.echo(f"type:    {r.type}")
    click.echo(f"file:    {r.path}")
    click.echo(f"message: {r.message}")
    for key, value in sorted(r.options.items()):
        if value in (None, (), {}, ""):
            continue
        if isinstance(value, dict) and len(value) > 6:
            shown = ", ".join(f"{k}={v}" for k, v in list(value.items())[:6]) + ", …"
        elif isinstance(value, dict):
            shown = ", ".join(f"{k}={v}" for k, v in value.items())
        elif isinstance(value, tuple):
            shown = ", ".join(str(v) for v in value)
        else:
            shown = str(value)
        click.echo(f"{key}: {shown}")
