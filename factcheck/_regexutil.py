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
    (``re``'s internal code) of each pattern is stored under the user cache dir
    and reused by the next process, so a warm ``factcheck check`` pays no
    regex compilation at all. The key is the pattern text itself with its flags,
    plus the Python version and ``re`` engine magic: a changed pattern is simply
    a new entry. Set ``FACTCHECK_NO_CACHE=1`` to disable the disk cache; a
    corrupt, foreign or unwritable cache file is ignored (compiled afresh).

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

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = ["alternation", "by_first", "cache_path", "compile", "first_chars"]

#: An atom function: a character → its regex, or ``None`` for the default (escaped).
Atom = Callable[[str], "str | None"]

_END = ""  # trie key marking the end of a word
_CLASS_SPECIAL = frozenset("\\]^-[")


def _escape(ch: str) -> str:
    return " " if ch == " " else re.escape(ch)


def _insert(root: dict[str, Any], atoms: list[str]) -> None:
    node = root
    for a in atoms:
        node = node.setdefault(a, {})
    node[_END] = {}


def _class_item(atom: str, chars: dict[str, str]) -> str | None:
    """The character-class form of a one-character atom, or ``None``."""
    ch = chars.get(atom)
    if ch is None:
        return None
    return "\\" + ch if ch in _CLASS_SPECIAL else ch


def _emit(node: dict[str, Any], chars: dict[str, str]) -> str:
    """Regex for the subtree ``node`` (without the words ending exactly here)."""
    parts: list[str] = []
    singles: list[str] = []  # class items of one-character leaves
    single_atoms: list[str] = []
    for key in sorted(k for k in node if k != _END):
        sub = node[key]
        if list(sub) == [_END]:
            item = _class_item(key, chars)
            if item is not None:
                singles.append(item)
                single_atoms.append(key)
                continue
            parts.append(key)
            continue
        # follow a chain of single children without ends: plain concatenation
        seq = [key]
        while len(sub) == 1 and _END not in sub:
            (k2, sub) = next(iter(sub.items()))
            seq.append(k2)
        rest = _emit_node(sub, chars)
        parts.append("".join(seq) + rest)
    if singles:
        parts.append(single_atoms[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _emit_node(node: dict[str, Any], chars: dict[str, str]) -> str:
    """Regex for ``node``: its subtree, optional when a word also ends here."""
    body = _emit(node, chars)
    if not body:
        return ""
    if _END in node:
        return _optional(body)
    return body


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
    chars: dict[str, str] = {}
    root: dict[str, Any] = {}
    any_word = False
    for w in words:
        if not w:
            continue
        any_word = True
        atoms: list[str] = []
        for ch in w:
            a = atom(ch) if atom is not None else None
            if a is None:
                a = _escape(ch)
                chars[a] = ch
            atoms.append(a)
        _insert(root, atoms)
    if not any_word:
        return empty
    out = _emit_node(root, chars)
    return out if not group or _is_atom(out) else "(?:" + out + ")"


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

_MAX_ENTRIES = 4000
_MAX_BYTES = 64 * 1024 * 1024
_lock = threading.RLock()
_re_compile = re.compile  # the original, even if someone patches re.compile
_memo: dict[tuple[str, int], re.Pattern[str]] = {}
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_store: dict[bytes, _Entry] | None = None
_dirty = False
_used: set[bytes] = set()
#: compiled programs of the patterns this process compiled, by (pattern, all flags)
_programs: dict[tuple[str, int], _Entry] = {}


def _engine() -> Any:
    """``_sre``, after checking that ``re``'s compiler modules are there."""
    import importlib

    importlib.import_module("re._parser")
    importlib.import_module("re._compiler")
    return importlib.import_module("_sre")


def _engine_tag() -> str | None:
    """A tag of the running ``re`` engine, or ``None`` when the disk cache is unsupported."""
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


def cache_path() -> Path | None:
    """The file of the compiled-regex cache, or ``None`` when disabled/unsupported.

    In :func:`factcheck._diskcache.cache_dir` (``$XDG_CACHE_HOME/factcheck``,
    default ``~/.cache/factcheck``); disabled by ``FACTCHECK_NO_CACHE``.
    """
    from ._diskcache import cache_dir

    base = cache_dir()
    tag = _engine_tag() if base is not None else None
    if base is None or tag is None:
        return None
    return base / f"regex-{tag}.marshal"


def _key(pattern: str, flags: int) -> bytes:
    data = f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


def _load() -> dict[bytes, _Entry]:
    global _store
    if _store is not None:
        return _store
    _store = {}
    path = cache_path()
    if path is None:
        return _store
    try:
        blob = path.read_bytes()
    except OSError:
        return _store
    try:
        digest, payload = blob[:32], blob[32:]
        if hashlib.blake2b(payload, digest_size=32).digest() != digest:
            return _store
        data = marshal.loads(payload)
        if isinstance(data, dict):
            _store = data
    except Exception:
        _store = {}
    return _store


def _save() -> None:
    """Write the store back (atomically) when new patterns were compiled."""
    if not _dirty or _store is None:
        return
    path = cache_path()
    if path is None:
        return
    data = _store
    if len(data) > _MAX_ENTRIES:  # keep what this process used
        data = {k: v for k, v in data.items() if k in _used}
    try:
        payload = marshal.dumps(data)
        if len(payload) > _MAX_BYTES:
            return
        blob = hashlib.blake2b(payload, digest_size=32).digest() + payload
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:
        return


def _compile_recorded(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """Compile as ``re._compiler.compile`` does, keeping the program for the store."""
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
    import array

    entry = (
        all_flags,
        array.array("I" if _sre.CODESIZE == 4 else "H", code).tobytes(),
        p.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return compiled, entry


def _from_store(pattern: str, entry: Any) -> re.Pattern[str] | None:
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


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, memoised in this process and across processes.

    The result is the same object ``re.compile`` would build (equal patterns);
    only where the compiled program comes from differs.
    """
    global _dirty
    flags = int(flags)
    got = _memo.get((pattern, flags))
    if got is not None:
        return got
    with _lock:
        got = _memo.get((pattern, flags))
        if got is not None:
            return got
        compiled: re.Pattern[str] | None = None
        if cache_path() is not None and not (flags & re.DEBUG) and _self_test():
            store = _load()
            key = _key(pattern, flags)
            _used.add(key)
            entry = store.get(key)
            if entry is not None:
                compiled = _from_store(pattern, entry)
            if compiled is None:
                try:
                    compiled, entry = _compile_recorded(pattern, flags)
                    store[key] = entry
                except re.error:
                    raise
                except Exception:
                    compiled = None
                else:
                    _dirty = True
            if compiled is not None and entry is not None:
                _programs[(pattern, compiled.flags)] = entry
        if compiled is None:
            compiled = _re_compile(pattern, flags)
        _memo[(pattern, flags)] = compiled
        return compiled


atexit.register(_save)
