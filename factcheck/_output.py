"""Write reports whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ._errors import UsageError

__all__ = ["check_writable", "write_output"]


def check_writable(path: str) -> None:
    """Fail early (before any work) when ``path`` cannot be written.

    The directory must exist and be writable; nothing is created.
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError("output path is a directory", path=path)
    if not parent.is_dir():
        raise UsageError(f"output directory {str(parent)!r} does not exist", path=path)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"output directory {str(parent)!r} is not writable", path=path)


def write_output(text: str, path: str | None) -> None:
    """Write ``text`` to ``path`` atomically, or to stdout when ``path`` is None or ``-``."""
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    check_writable(path)
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"cannot write output: {err.strerror}", path=path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
