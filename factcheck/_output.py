"""Write reports whole or not at all: a temporary file beside the target, then a rename.

A device or FIFO (``-o /dev/stdout``, ``-o /dev/null``) is written to directly —
never replaced by a regular file — and a symlink is written through (the file
it points at is replaced, the link stays).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from ._errors import UsageError

__all__ = ["check_writable", "write_output"]


def _special(real: Path) -> bool:
    """True when ``real`` exists and is not a regular file or folder (a device, FIFO, socket)."""
    try:
        mode = real.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_writable(path: str) -> None:
    """Fail early (before any work) when ``path`` cannot be written.

    The directory must exist and be writable; nothing is created.
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    real = Path(os.path.realpath(path))
    if target.is_dir():
        raise UsageError("output path is a directory", path=path)
    if _special(target):  # stat() follows /dev/stdout → /proc/self/fd/1 → the pipe
        if not os.access(target, os.W_OK):
            raise UsageError("output is not writable", path=path)
        return
    if parent.exists() and not parent.is_dir():
        raise UsageError(f"output directory {str(parent)!r} is not a directory", path=path)
    if not real.parent.is_dir():
        raise UsageError(f"output directory {str(parent)!r} does not exist", path=path)
    if not os.access(real.parent, os.W_OK | os.X_OK):
        raise UsageError(f"output directory {str(parent)!r} is not writable", path=path)


def _new_file_mode(real: Path) -> int:
    """The mode the report gets: the old file's, or what ``open()`` would give (umask)."""
    try:
        return stat.S_IMODE(real.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_output(text: str, path: str | None) -> None:
    """Write ``text`` to ``path`` atomically, or to stdout when ``path`` is None or ``-``."""
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    check_writable(path)
    if _special(Path(path)):
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as err:
            raise UsageError(f"cannot write output: {err.strerror or err}", path=path) from None
        return
    real = Path(os.path.realpath(path))  # a symlink is written through, not replaced
    tmp: str | None = None
    try:
        import tempfile  # only when writing a file

        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
        os.fchmod(fd, _new_file_mode(real))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, real)
    except OSError as err:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"cannot write output: {err.strerror or err}", path=path) from None
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
