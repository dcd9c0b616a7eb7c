"""An on-disk cache of per-locale tables, so that a new process does not rebuild them.

Building a language's tables (CLDR names through babel, lexicon words, the big
compiled patterns) costs a few hundred milliseconds; a ``factcheck check`` on one
article pair does little else. :func:`persistent` memoises a one-argument builder
(``lang`` → tables) in the process, like :func:`functools.cache`, and also in a
pickle file under the user cache dir, which the next process loads in a few
milliseconds.

Safety rules:

* **Keyed by everything the tables depend on**: the package version, babel's
  version, the Python version, a hash of the *contents* of every rule and
  lexicon file (``rules/**/*.toml``), and the path, size and modification time
  of every module of the package (so editing ``rules/lang/de.toml`` or any
  module invalidates the cache). Entries of other keys are pruned.
* **Where**: ``$XDG_CACHE_HOME/factcheck`` (default ``~/.cache/factcheck``).
* **Off switch**: ``FACTCHECK_NO_CACHE=1`` (anything but ``""``/``"0"``).
* **Robust**: a missing, corrupt, truncated, foreign or unreadable entry is a miss
  (the tables are built afresh); an unwritable directory or an unpicklable
  table only means nothing is stored. The cache never changes a result.
* Compiled patterns are stored with their compiled program (see
  :mod:`factcheck._regexutil`), so loading them costs no regex compilation.

The files are pickles: like any file in your cache dir, they are trusted.
"""

from __future__ import annotations

import functools
import io
import os
import pickle
import re
import sys
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["cache_dir", "enabled", "fingerprint", "persistent"]

_ENV_OFF = "FACTCHECK_NO_CACHE"
_PACKAGE = Path(__file__).resolve().parent
_KEEP = 4  # fingerprint directories kept (other checkouts/versions in use)
T = TypeVar("T")


def enabled() -> bool:
    """Whether the disk caches are on (``FACTCHECK_NO_CACHE`` unset, ``""`` or ``"0"``)."""
    return os.environ.get(_ENV_OFF, "") in ("", "0")


#: cache_dir() by the environment variables it depends on (it is asked per table and
#: per pattern loaded; a Path costs a few microseconds to build)
_dirs: dict[tuple[str | None, str | None], Path] = {}


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/factcheck`` or ``~/.cache/factcheck``; ``None`` when disabled."""
    if not enabled():
        return None
    key = (os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))
    found = _dirs.get(key)
    if found is None:
        base = key[0] or os.path.join(os.path.expanduser("~"), ".cache")
        found = _dirs[key] = Path(base) / "factcheck"
    return found


#: compiled modules (setup.py builds them with mypyc): a compiled and a pure-Python
#: build of the same sources keep their tables apart
_EXTENSION_SUFFIXES = tuple(EXTENSION_SUFFIXES)


def _source_files() -> list[Path]:
    """The package's modules (sources and compiled) and rule files, plus the lexicons
    (``factcheck.rules``)."""
    roots = [_PACKAGE]
    try:
        import importlib

        rules = importlib.import_module("factcheck.rules")
        roots += [Path(p) for p in rules.__path__ if Path(p) != _PACKAGE]
    except ImportError:  # pragma: no cover
        pass
    out: list[Path] = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith((".py", ".toml", *_EXTENSION_SUFFIXES)):
                    out.append(Path(dirpath) / name)
    return out


@functools.cache
def fingerprint() -> str:
    """A hash of what the cached tables depend on: versions, the contents of the
    rule and lexicon files, and the size and modification time of every module."""
    import babel

    from . import __version__

    h = _blake2b(digest_size=12)
    h.update(f"{__version__}\0{babel.__version__}\0{sys.version}\0".encode())
    for path in _source_files():
        try:
            if path.suffix == ".toml":
                data = path.read_bytes()
            else:  # modules: size and mtime (reading them all costs more than a stat)
                st = path.stat()
                data = f"{st.st_size}\0{st.st_mtime_ns}".encode()
        except OSError:
            data = b"?"
        h.update(f"{path}\0{len(data)}\0".encode())
        h.update(data)
    return str(h.hexdigest())


def _blake2b(data: bytes = b"", *, digest_size: int) -> Any:
    """``hashlib.blake2b`` without importing :mod:`hashlib` (which loads OpenSSL,
    a few milliseconds of every start): CPython's own ``_blake2`` is what
    ``hashlib.blake2b`` is."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without _blake2
        from hashlib import blake2b
    return blake2b(data, digest_size=digest_size)


class _Pickler(pickle.Pickler):
    """Pickles compiled patterns with their compiled program (no re-compilation)."""

    def reducer_override(self, obj: Any) -> Any:
        import re

        if isinstance(obj, re.Pattern):
            from ._regexutil import _reduce_pattern

            return _reduce_pattern(obj)
        return NotImplemented


def _dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buf.getvalue()


_MAGIC = b"factcheck-cache-1\n"
#: Arguments used as they are in a file name: ASCII letters, digits, ``-`` and ``_``.
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]*")


def _entry_path(name: str, arg: str) -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    if _SAFE_NAME.fullmatch(arg):
        safe = arg
    else:  # keep distinct arguments in distinct files (a long one: only its start is read)
        head = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in arg[:40])
        safe = head + "-" + _blake2b(arg.encode(), digest_size=6).hexdigest()
    return base / f"tables-{fingerprint()}" / f"{name}-{safe}.pickle"


def _load(path: Path, name: str, arg: str) -> tuple[bool, Any]:
    try:
        blob = path.read_bytes()
    except OSError:
        return False, None
    head = _MAGIC + f"{name}\0{arg}\n".encode()
    if not blob.startswith(head):
        return False, None
    try:
        return True, pickle.loads(blob[len(head) :])
    except Exception:
        return False, None


def _prune(base: Path, keep: Path) -> None:
    """Remove the table directories of other fingerprints but the newest few."""
    try:
        others = [p for p in base.iterdir() if p.name.startswith("tables-") and p != keep]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[_KEEP - 1 :]:
            for f in old.iterdir():
                f.unlink()
            old.rmdir()
    except OSError:
        pass


def _store(path: Path, name: str, arg: str, value: Any) -> None:
    import tempfile

    try:
        blob = _MAGIC + f"{name}\0{arg}\n".encode() + _dumps(value)
    except Exception:  # unpicklable: just not cached
        return
    try:
        fresh = not path.parent.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        if fresh:
            _prune(path.parent.parent, path.parent)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return


def persistent(name: str) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorator: memoise ``fn(arg: str)`` in this process and on disk under ``name``.

    The value must be picklable (records, dicts, sets, Decimals, compiled
    patterns…) and must not be mutated by callers in a way that matters across
    processes (it is built once per process either way). Exceptions are not cached.
    """

    def deco(fn: Callable[[str], T]) -> Callable[[str], T]:
        @functools.cache
        def wrapper(arg: str) -> T:
            path = _entry_path(name, arg)
            if path is not None:
                ok, value = _load(path, name, arg)
                if ok:
                    return value  # type: ignore[no-any-return]
            value = fn(arg)
            if path is not None:
                _store(path, name, arg, value)
            return value

        functools.update_wrapper(wrapper, fn)
        wrapper.uncached = fn  # type: ignore[attr-defined]
        return wrapper

    return deco
