"""The ``factcheck`` command: a thin shell over the library.

Subcommands live in their own modules and are imported only when used, so
``factcheck check`` does not pay for ``batch`` or the HTML report.
Errors from the library (:class:`~factcheck._errors.FactcheckError`) become
exit code 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from ._errors import FactcheckError

__all__ = ["cli", "main"]

#: command name → "module:attribute" (relative to the factcheck package)
COMMANDS: dict[str, str] = {
    "extract": "._cmd_extract:extract_cmd",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        cmd = getattr(importlib.import_module(module, __package__), attr)
        assert isinstance(cmd, click.Command)
        return cmd

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactcheckError as err:
            click.echo(f"factcheck: error: {err}", err=True)
            ctx.exit(err.exit_code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def cli() -> None:
    """Check that the language versions of one article state the same facts."""


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name="factcheck")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
