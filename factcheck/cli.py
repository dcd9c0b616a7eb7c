"""The ``factcheck`` command: a thin shell over the library.

Subcommands live in their own modules and are imported only when used, so
``factcheck check`` does not pay for ``batch`` or the HTML report.
Errors from the library (:class:`~factcheck._errors.FactcheckError`) and
command-line mistakes become exit code 2 and one line on stderr; an unexpected
exception becomes exit code 3 and one line ``factcheck: internal error: …``
(set ``FACTCHECK_DEBUG=1`` to see the traceback). Never a traceback by default.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
from typing import Any, NoReturn

import click

from ._errors import FactcheckError

__all__ = ["INTERNAL_ERROR_EXIT", "cli", "main"]

#: command name → "module:attribute" (relative to the factcheck package)
COMMANDS: dict[str, str] = {
    "extract": "._cmd_extract:extract_cmd",
    "check": "._cmd_check:check_cmd",
    "rules": "._cmd_rules:rules_cmd",
    "explain": "._cmd_rules:explain_cmd",
    "batch": "._cmd_batch:batch_cmd",
    "baseline": "._cmd_baseline:baseline_cmd",
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

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as err:
            _usage_error(err)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactcheckError as err:
            click.echo(f"factcheck: error: {_one_line(str(err))}", err=True)
            ctx.exit(err.exit_code)
        except click.UsageError as err:
            _usage_error(err)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except OSError as err:
            if err.errno == errno.EPIPE:  # `factcheck … | head`: click exits quietly
                raise
            _internal_error(err)
        except Exception as err:
            _internal_error(err)


#: Exit code for an unexpected exception (a bug in factcheck, not in the input).
INTERNAL_ERROR_EXIT = 3


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _usage_error(err: click.UsageError) -> NoReturn:
    """A command-line mistake: one line (click's usage block would be several)."""
    if isinstance(err, click.exceptions.NoArgsIsHelpError):  # `factcheck baseline`: the help
        raise err
    hint = ""
    if err.ctx is not None:
        hint = f" (see '{err.ctx.command_path} --help')"
    click.echo(f"factcheck: error: {_one_line(err.format_message())}{hint}", err=True)
    raise click.exceptions.Exit(err.exit_code)


def _internal_error(err: BaseException) -> NoReturn:
    """An unexpected exception: one line and exit 3; the traceback with FACTCHECK_DEBUG=1."""
    if os.environ.get("FACTCHECK_DEBUG", "") not in ("", "0"):
        import traceback

        traceback.print_exception(err, file=sys.stderr)
    detail = _one_line(str(err))[:300]
    name = type(err).__name__
    click.echo(
        f"factcheck: internal error: {name}: {detail} "
        "(a bug; set FACTCHECK_DEBUG=1 for the traceback)"
        if detail
        else f"factcheck: internal error: {name} (a bug; set FACTCHECK_DEBUG=1 for the traceback)",
        err=True,
    )
    raise click.exceptions.Exit(INTERNAL_ERROR_EXIT)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def cli() -> None:
    """Check that the language versions of one article state the same facts."""


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    try:
        cli.main(args=argv, prog_name="factcheck")
    except SystemExit:
        raise
    except Exception as err:  # last resort: whatever escaped click's own handling
        try:
            _internal_error(err)
        except click.exceptions.Exit as ex:
            sys.exit(ex.exit_code)


def run() -> NoReturn:
    """The ``factcheck`` command: :func:`main`, then a fast exit.

    The exit runs the ``atexit`` handlers (the regex cache is saved there) and
    flushes the standard streams, then ends the process with :func:`os._exit`:
    the interpreter's teardown would free every cached table and compiled pattern
    one object at a time, about 20 ms of a ~120 ms ``factcheck check``, for
    nothing. Reports are written whole (temporary file, then rename) before this
    point. :func:`main` itself returns or raises as usual (tests call it)."""
    try:
        main()
        code: int = 0
    except SystemExit as exc:
        if exc.code is None:
            code = 0
        elif isinstance(exc.code, int):
            code = exc.code
        else:  # what sys.exit("message") prints
            sys.stderr.write(f"{exc.code}\n")
            code = 1
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe ("| head"), a closed stream
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
