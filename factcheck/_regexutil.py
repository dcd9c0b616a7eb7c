"""Regex helpers for speed: word lists as compact tries, and a compile cache.

Python's ``re`` compiles a pattern in pure Python (``re._parser`` + ``re._compiler``);
for the big per-language patterns of this package (every month, unit, currency
and number word of a locale) compiling used to cost more than checking a whole
article. Two tools cut that cost:

:func:`alternation`
    A word list as a trie-shaped alternation, ``(?:ein(?:e[mnrs]?)?|zwei)``
    instead of ``eine|einem|einen|einer|eines|ein|zwei``. The pattern is much
    shorter (faster to parse and compile) and faster to match (the engine tests
    each character once instead of once per word). It tries the same candidates
    in the same order as the words sorted longest first, so it is a drop-in
    replacement for ``"|".join(sorted(words, key=len, reverse=True))``.

:func:`compile`
    ``re.compile`` with a second-level cache on disk: the compiled program
    (``re``'s internal code) of each long pattern is stored in a small file under
    the user cache dir (short ones share one bundle file) and reused by the next
    process, so a warm ``factcheck check`` pays no regex compilation. The key is
    the pattern text itself with its flags (checked on load, with a checksum),
    under a directory named by the Python version and
    ``re`` engine magic: a changed pattern is simply a new entry. Set
    ``FACTCHECK_NO_CACHE=1`` to disable the disk cache; a corrupt, foreign or
    unwritable cache file is ignored (compiled afresh). Compiled patterns inside
    tables cached by :mod:`factcheck._diskcache` carry their program with them.

Also :func:`by_first` (a word list split by first character, for patterns whose
alternatives must start with a literal so that ``re`` can skip ahead in C) and
:func:`first_chars` (a character class of the possible first characters).

>>> alternation(["eine", "ein", "einer", "einem", "zwei"])
'(?:ein(?:e[mr]?)?|zwei)'
>>> alternation(["cent", "cents", "mille"])
'(?:cents?|mille)'
>>> alternation(["trăm", "trăm"])
'(?:trăm)'
>>> alternation(["trăm", "tr"], group=False)
'tr(?:ăm)?'
>>> alternation([])
'(?!)'
>>> import re
>>> re.findall(alternation(["un", "une", "unième"]), "une unième un")
['une', 'unième', 'un']
>>> alternation(["la semaine", "la veille"], atom=lambda c: r"\\s+" if c == " " else None)
'(?:la\\\\s+(?:semaine|veille))'
>>> by_first(["tháng", "tuần", "năm"])
{'n': 'ăm', 't': '(?:háng|uần)'}
>>> compile(r"\\d+").findall("12 và 345")
['12', '345']
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

__all__ = ["alternation", "by_first", "cache_path", "compile", "first_chars"]

#: An atom function: a character → its regex, or ``None`` for the default (escaped).
Atom = Callable[[str], "str | None"]

_CLASS_SPECIAL: Final = frozenset("\\]^-[")


_ESCAPED: Final[dict[str, str]] = {" ": " "}


def _escape(ch: str) -> str:
    got = _ESCAPED.get(ch)
    if got is None:
        got = _ESCAPED[ch] = re.escape(ch)
    return got


class _Emitter:
    """Turns a sorted word list into a trie-shaped regex, working on whole strings
    (group by the character at a position, follow common prefixes) so the cost grows
    with the number of branches, not of characters."""

    def __init__(self, table: dict[int, str], plain: dict[str, str], atomic: set[str]) -> None:
        self.table = table  # ord(char) → its regex, for str.translate
        self.plain = plain  # char → its character-class item, for default atoms
        self.atomic = atomic  # chars whose regex is one atom

    def chain(self, s: str) -> tuple[str, bool]:
        return s.translate(self.table), len(s) == 1 and s in self.atomic

    def node(self, items: list[str], i: int) -> str:
        """Regex for the words of ``items`` (sorted, sharing ``items[0][:i]``) after
        position ``i``; optional when a word ends at ``i``."""
        ends = len(items[0]) == i
        body, atom = self.subtree(items[1:] if ends else items, i)
        if not body or not ends:
            return body
        return body + "?" if atom else "(?:" + body + ")?"

    def subtree(self, items: list[str], i: int) -> tuple[str, bool]:
        """Regex for ``items`` (sorted, all longer than ``i``) after position ``i``,
        and whether it is one atom."""
        parts: list[tuple[str, bool]] = []
        singles: list[str] = []
        n = len(items)
        k = 0
        while k < n:
            c = items[k][i]
            m = k + 1
            while m < n and items[m][i] == c:
                m += 1
            group = items[k:m]
            k = m
            first, last = group[0], group[-1]
            if len(group) == 1:
                rest = first[i:]
                if len(rest) == 1 and c in self.plain:
                    singles.append(c)
                else:
                    parts.append(self.chain(rest))
                continue
            j = i + 1
            top = min(len(first), len(last))
            while j < top and first[j] == last[j]:
                j += 1
            head, _ = self.chain(first[i:j])
            parts.append((head + self.node(group, j), False))
        if singles:
            if len(singles) == 1:
                parts.append(self.chain(singles[0]))
            else:
                parts.append(("[" + "".join(self.plain[c] for c in singles) + "]", True))
        if not parts:
            return "", False
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(p for p, _ in parts) + ")", True


def _optional(body: str) -> str:
    if _is_atom(body):
        return body + "?"
    return "(?:" + body + ")?"


def _is_atom(s: str) -> bool:
    """Whether ``s`` is one regex atom (so a quantifier applies to all of it)."""
    if len(s) == 1 and s not in "\\()[]{}|?*+.^$":
        return True
    if len(s) == 2 and s[0] == "\\" and not s[1].isdigit():
        return True
    if s.startswith("(?:") and s.endswith(")") and _balanced_group(s):
        return True
    return (
        s.startswith("[")
        and s.endswith("]")
        and s.count("[") == 1
        and s.count("]") - s.count("\\]") == 1
    )


def _balanced_group(s: str) -> bool:
    """Whether the group opened at ``s[0]`` closes at the last character."""
    depth = 0
    i = 0
    in_class = False
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and i != len(s) - 1:
                return False
        i += 1
    return depth == 0


def alternation(
    words: Iterable[str], *, atom: Atom | None = None, empty: str = "(?!)", group: bool = True
) -> str:
    """A regex matching any of ``words``, as a trie; safe to embed and quantify.

    Candidates are tried longest first, like the alternation of the words sorted by
    decreasing length, so ``alternation(ws) + r"(?!\\w)"`` finds what
    ``"(?:" + "|".join(sorted(ws, key=len, reverse=True)) + r")(?!\\w)"`` finds.
    Empty words are ignored; ``empty`` is returned when no word is left (by
    default a pattern that never matches).

    ``atom`` maps a character to its regex (``None``: the escaped character):
    ``lambda c: r"\\s+" if c.isspace() else None`` lets a space match any run of
    whitespace. Characters that ``atom`` maps to the same regex share a branch.
    Siblings must match disjoint characters, so with ``re.IGNORECASE`` pass
    the words in one case (e.g. lower-cased). The result is one atom (wrapped in
    ``(?:…)`` when needed) unless ``group=False``.

    >>> alternation(["mười", "mười một", "mươi"])
    '(?:mư(?:ơi|ời(?: một)?))'
    >>> alternation(["zwölf", "zwanzig", "zwei"])
    '(?:zw(?:anzig|ei|ölf))'
    >>> alternation(["l'an", "l’an"], atom=lambda c: "['’]" if c in "'’" else None)
    "(?:l['’]an)"
    """
    ws = {w for w in words if w}
    if not ws:
        return empty
    table: dict[int, str] = {}
    plain: dict[str, str] = {}
    atomic: set[str] = set()
    canon: dict[int, str] = {}  # chars that share their regex with an earlier char
    rep: dict[str, str] = {}  # regex → the char that stands for it
    for c in sorted(set("".join(ws))):
        a = atom(c) if atom is not None else None
        if a is None:
            a = _escape(c)
            plain[c] = "\\" + c if c in _CLASS_SPECIAL else c
        r = rep.setdefault(a, c)
        if r != c:
            canon[ord(c)] = r
            continue
        table[ord(c)] = a
        if c in plain or _is_atom(a):
            atomic.add(c)
    if canon:
        ws = {w.translate(canon) for w in ws}
    body, is_atom = _Emitter(table, plain, atomic).subtree(sorted(ws), 0)
    return body if not group or is_atom else "(?:" + body + ")"


def by_first(words: Iterable[str], *, atom: Atom | None = None) -> dict[str, str]:
    """``words`` grouped by first character: character → :func:`alternation` of the
    rest (optional when the character alone is a word; ``""`` for nothing more).

    Build ``re.escape(c) + rest`` per entry to give each alternative a literal first
    character, which lets ``re`` skip non-starting positions quickly.

    >>> by_first(["août", "avril", "a"])
    {'a': '(?:oût|vril)?'}
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
    out: dict[str, str] = {}
    for ch in sorted(groups):
        rests = groups[ch]
        body = alternation(rests, atom=atom, empty="", group=False)
        if body and "" in rests:
            body = _optional(body)
        out[ch] = body
    return out


def first_chars(words: Iterable[str]) -> str:
    """A character class of the first characters of ``words`` (``(?!)`` if none).

    >>> first_chars(["neun", "null", "acht"])
    '[an]'
    """
    firsts = sorted({w[0] for w in words if w})
    if not firsts:
        return "(?!)"
    return "[" + "".join("\\" + c if c in _CLASS_SPECIAL else c for c in firsts) + "]"


# ---- compile cache ------------------------------------------------------------

#: Patterns shorter than this share one bundle file instead of a file each.
MIN_CACHED_LENGTH: Final = 200
_MAX_FILES: Final = 1000  # beyond this the oldest half of the cache directory is removed
_lock: Final = threading.RLock()
_re_compile: Final = re.compile  # the original, even if someone patches re.compile
_memo: Final[dict[tuple[str, int], re.Pattern[str]]] = {}
#: (flags incl. inline ones, program as bytes, groups, groupindex, indexgroup)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: compiled programs of the patterns this process compiled, by (pattern, all flags)
_programs: Final[dict[tuple[str, int], _Entry]] = {}
_MAGIC: Final = b"fcre1"


_sre_module: Any = None


def _engine() -> Any:
    """``_sre``, after checking that ``re``'s compiler modules are there (once: it is
    asked for every pattern loaded)."""
    global _sre_module
    if _sre_module is None:
        import importlib

        importlib.import_module("re._parser")
        importlib.import_module("re._compiler")
        _sre_module = importlib.import_module("_sre")
    return _sre_module


_NO_TAG: Final = object()
_tag: Any = _NO_TAG


def _engine_tag() -> str | None:
    """A tag of the running ``re`` engine, or ``None`` when the disk cache is unsupported."""
    global _tag
    if _tag is _NO_TAG:
        _tag = _find_engine_tag()
    return _tag  # type: ignore[no-any-return]


def _find_engine_tag() -> str | None:
    try:
        _sre = _engine()
    except ImportError:  # pragma: no cover - other Pythons
        return None
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in (
        (3, 11),
        (3, 12),
        (3, 13),
    ):
        return None  # pragma: no cover
    v = sys.version_info
    return f"cp{v[0]}{v[1]}{v[2]}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}"


_dir_checked: Final = False


def cache_path() -> Path | None:
    """The directory of the compiled-regex cache, or ``None`` when disabled/unsupported.

    Under :func:`factcheck._diskcache.cache_dir` (``$XDG_CACHE_HOME/factcheck``,
    default ``~/.cache/factcheck``); disabled by ``FACTCHECK_NO_CACHE``. One small
    file per pattern, named by a hash of the pattern text and flags.
    """
    from ._diskcache import cache_dir

    base = cache_dir()
    tag = _engine_tag() if base is not None else None
    if base is None or tag is None:
        return None
    return base / f"regex-{tag}"


def _key(pattern: str, flags: int) -> str:
    from ._diskcache import _blake2b  # not hashlib: it loads OpenSSL

    data = f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")
    return str(_blake2b(data, digest_size=16).hexdigest())


def _seal(payload: bytes) -> bytes:
    from ._diskcache import _blake2b

    digest: bytes = _blake2b(payload, digest_size=16).digest()
    return _MAGIC + digest + payload


def _unseal(blob: bytes) -> bytes | None:
    """The payload of a sealed blob, or ``None`` when it is not intact."""
    from ._diskcache import _blake2b

    head = len(_MAGIC) + 16
    if len(blob) < head or not blob.startswith(_MAGIC):
        return None
    payload = blob[head:]
    if _blake2b(payload, digest_size=16).digest() != blob[len(_MAGIC) : head]:
        return None
    return payload


def _entry_of(raw: Any) -> _Entry:
    all_flags, code, groups, groupindex, indexgroup = raw
    return (int(all_flags), bytes(code), int(groups), dict(groupindex), tuple(indexgroup))


def _read(path: Path, pattern: str, flags: int) -> _Entry | None:
    """The stored program of ``pattern`` (``None``: absent, corrupt or another pattern)."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    try:
        payload = _unseal(blob)
        if payload is None:
            return None
        stored_pattern, stored_flags, entry = marshal.loads(payload)
        if stored_pattern != pattern or stored_flags != flags:
            return None
        return _entry_of(entry)
    except Exception:
        return None


def _write_atomic(path: Path, blob: bytes) -> None:
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _write(path: Path, pattern: str, flags: int, entry: _Entry) -> None:
    """Store a program (atomically; any failure just means it is not stored)."""
    try:
        fresh = not path.parent.exists()
        _write_atomic(path, _seal(marshal.dumps((pattern, flags, entry))))
        if not fresh and hash(pattern) % 64 == 0:  # now and then: bound the size
            _prune(path.parent)
    except Exception:
        return


# Short patterns (module-level ones) share one file, read once per process and
# written back at exit when this process compiled new ones.
_BUNDLE_NAME: Final = "short.bundle"
_BUNDLE_MAX: Final = 2000
_bundle: dict[tuple[str, int], _Entry] | None = None
_bundle_new: Final[dict[tuple[str, int], _Entry]] = {}


def _bundle_path() -> Path | None:
    folder = cache_path()
    return None if folder is None else folder / _BUNDLE_NAME


def _read_bundle(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        payload = _unseal(path.read_bytes())
        if payload is None:
            return {}
        data = marshal.loads(payload)
        return {(str(p), int(f)): _entry_of(e) for (p, f), e in data.items()}
    except Exception:
        return {}


def _load_bundle() -> dict[tuple[str, int], _Entry]:
    global _bundle
    if _bundle is None:
        path = _bundle_path()
        _bundle = {} if path is None else _read_bundle(path)
    return _bundle


def _save_bundle() -> None:
    """Merge this process's new short patterns into the bundle file."""
    path = _bundle_path()
    if not _bundle_new or path is None:
        return
    try:
        merged = _read_bundle(path)  # what other processes added meanwhile
        merged.update(_bundle_new)
        if len(merged) > _BUNDLE_MAX:  # keep the newest
            merged = dict(list(merged.items())[-_BUNDLE_MAX:])
        _write_atomic(path, _seal(marshal.dumps(merged)))
    except Exception:
        return
    _bundle_new.clear()


def _prune(folder: Path) -> None:
    try:
        files = [p for p in folder.iterdir() if not p.name.startswith(".")]
        if len(files) <= _MAX_FILES:
            return
        files.sort(key=lambda p: p.stat().st_mtime)
        for old in files[: len(files) // 2]:
            old.unlink()
    except OSError:
        return


def _compile_recorded(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """Compile as ``re._compiler.compile`` does, keeping the program for the store."""
    import array

    _sre = _engine()
    p = sys.modules["re._parser"].parse(pattern, flags)
    code = sys.modules["re._compiler"]._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    all_flags = flags | p.state.flags
    compiled: re.Pattern[str] = _sre.compile(
        pattern, all_flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)
    )
    entry = (
        all_flags,
        array.array("I" if _sre.CODESIZE == 4 else "H", code).tobytes(),
        p.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return compiled, entry


def _from_store(pattern: str, entry: _Entry) -> re.Pattern[str] | None:
    import array

    _sre = _engine()
    try:
        all_flags, code_bytes, groups, groupindex, indexgroup = entry
        code = array.array("I" if _sre.CODESIZE == 4 else "H")
        code.frombytes(code_bytes)
        compiled: re.Pattern[str] = _sre.compile(
            pattern, all_flags, code.tolist(), groups, groupindex, indexgroup
        )
        return compiled
    except Exception:
        return None


def _from_program(pattern: str, entry: _Entry) -> re.Pattern[str]:
    """Unpickle a pattern stored by :func:`_reduce_pattern` (compiles if the program
    does not load, e.g. under another Python)."""
    got = _from_store(pattern, entry) if _self_test() else None
    if got is None:
        got = _re_compile(pattern, entry[0])
    return got


def _reduce_pattern(p: re.Pattern[Any]) -> Any:
    """Pickle reduction of a compiled pattern that keeps its compiled program (used
    by :mod:`factcheck._diskcache`); plain pickling would compile it again on load."""
    if not isinstance(p.pattern, str) or not _self_test():
        return NotImplemented
    entry = _programs.get((p.pattern, p.flags))
    if entry is None:
        try:
            _, entry = _compile_recorded(p.pattern, p.flags)
        except Exception:
            return NotImplemented
    return (_from_program, (p.pattern, entry))


_self_test_ok: bool | None = None


def _self_test() -> bool:
    """Whether recording and replaying a program gives ``re.compile``'s own result."""
    global _self_test_ok
    if _self_test_ok is None:
        try:
            pat = r"(?P<a>[^\W\d_]+)\s*(?:x|y(?=z))?\d{2,}(?!\w)"
            rec, entry = _compile_recorded(pat, 0)
            back = _from_store(pat, entry)
            _self_test_ok = bool(
                back is not None
                and rec == _re_compile(pat)
                and back == rec
                and back.groupindex == rec.groupindex
            )
        except Exception:
            _self_test_ok = False
    return _self_test_ok


_atexit_registered = False


def _via_store(pattern: str, flags: int, folder: Path) -> re.Pattern[str] | None:
    """The pattern from the disk cache, compiling and storing it on a miss; ``None``
    when the engine's internals do not work as expected."""
    global _atexit_registered
    short = len(pattern) < MIN_CACHED_LENGTH
    bundle = _load_bundle() if short else {}
    path = folder if short else folder / (_key(pattern, flags) + ".re")
    entry = bundle.get((pattern, flags)) if short else _read(path, pattern, flags)
    compiled = _from_store(pattern, entry) if entry is not None else None
    if compiled is None:
        try:
            compiled, entry = _compile_recorded(pattern, flags)
        except re.error:
            raise
        except Exception:
            return None
        if short:
            bundle[(pattern, flags)] = _bundle_new[(pattern, flags)] = entry
            if not _atexit_registered:
                import atexit

                atexit.register(_save_bundle)
                _atexit_registered = True
        else:
            _write(path, pattern, flags, entry)
    assert entry is not None
    _programs[(pattern, compiled.flags)] = entry
    return compiled


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, memoised in this process and across processes.

    The result is the same object ``re.compile`` would build (equal patterns);
    only where the compiled program comes from differs. Patterns of at least
    :data:`MIN_CACHED_LENGTH` characters get a file each; shorter ones (typically
    module-level patterns) share one bundle file, read once per process.
    """
    flags = int(flags)
    got = _memo.get((pattern, flags))
    if got is not None:
        return got
    with _lock:
        got = _memo.get((pattern, flags))
        if got is not None:
            return got
        compiled: re.Pattern[str] | None = None
        folder = cache_path()
        if folder is not None and not (flags & re.DEBUG) and _self_test():
            compiled = _via_store(pattern, flags, folder)
        if compiled is None:
            compiled = _re_compile(pattern, flags)
        _memo[(pattern, flags)] = compiled
        return compiled
