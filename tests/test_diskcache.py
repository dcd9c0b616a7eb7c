"""factcheck._diskcache: per-locale tables cached on disk, safely."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import _diskcache as dc

_CHILD = r"""
import re, sys
from decimal import Decimal
from factcheck import _diskcache as dc
dc.fingerprint = lambda: "fixed"  # the tree may change under a running test
calls = []

@dc.persistent("testtable")
def build(lang):
    calls.append(lang)
    words = "|".join(f"{lang}wort{i}" for i in range(80))
    return {"lang": lang, "n": Decimal("2.50"), "words": frozenset({"zwei", "deux"}),
            "pat": re.compile(rf"(?P<w>{words})(?!\w)", re.I)}

v = build(sys.argv[1])
assert build(sys.argv[1]) is v
m = v["pat"].search("xx " + sys.argv[1].upper() + "WORT42 yy")
print(len(calls), v["n"], sorted(v["words"]), m.group("w") if m else None, v["pat"].flags)
"""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_NO_CACHE"}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    env.update(extra)
    return env


def _run(arg: str, env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, arg], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def _files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "factcheck").glob("tables-*/testtable-*.pickle"))


def test_built_once_then_loaded(tmp_path: Path) -> None:
    env = _env(tmp_path)
    first = _run("de", env)
    assert first.startswith("1 2.50 ['deux', 'zwei'] DEWORT42 ")
    assert len(_files(tmp_path)) == 1
    second = _run("de", env)
    assert second == "0" + first[1:]  # same value, not rebuilt
    assert _run("fr", env).startswith("1 ")  # another key is built


def test_corrupt_or_foreign_entry_is_rebuilt(tmp_path: Path) -> None:
    env = _env(tmp_path)
    ref = _run("vi", env)
    (f,) = _files(tmp_path)
    blob = f.read_bytes()
    for bad in (b"", b"garbage", blob[: len(blob) // 2], blob.replace(b"vi\n", b"fr\n", 1)):
        f.write_bytes(bad)
        assert _run("vi", env) == ref  # rebuilt: calls == 1 again
    f.write_bytes(blob)
    assert _run("vi", env).startswith("0 ")


def test_disabled_and_unwritable(tmp_path: Path) -> None:
    off = _env(tmp_path, FACTCHECK_NO_CACHE="1")
    assert _run("de", off).startswith("1 ")
    assert _run("de", off).startswith("1 ")
    assert not (tmp_path / "factcheck").exists()
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert _run("de", _env(blocker)).startswith("1 ")


def test_fingerprint_covers_sources_and_lexicons(monkeypatch: pytest.MonkeyPatch) -> None:
    names = {p.name for p in dc._source_files()}
    assert {"_numwords.py", "_diskcache.py", "de.toml", "fr.toml"} <= names
    assert re.fullmatch(r"[0-9a-f]{24}", dc.fingerprint())


def test_fingerprint_changes_with_file_contents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lex = tmp_path / "xx.toml"
    lex.write_text("[numbers]\nunits = { eins = 1 }\n")
    monkeypatch.setattr(dc, "_source_files", lambda: [lex])
    dc.fingerprint.cache_clear()
    try:
        one = dc.fingerprint()
        lex.write_text("[numbers]\nunits = { eins = 2 }\n")
        dc.fingerprint.cache_clear()
        assert dc.fingerprint() != one
    finally:
        dc.fingerprint.cache_clear()


def test_cache_dir_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    assert dc.cache_dir() == tmp_path / "factcheck"
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "0")
    assert dc.enabled()
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "yes")
    assert dc.cache_dir() is None and not dc.enabled()


_TEXTS = r"""
TEXTS = [("de", "Am 3. Mai 2024 kamen über 5.000 Gäste, rund 40 Prozent mehr."),
         ("fr", "Le 3 mai 2024, plus de 5 000 visiteurs, environ 40 % de plus."),
         ("en", "On 3 May 2024 over 5,000 guests came, about 40% more."),
         ("vi", "Ngày 3 tháng 5 năm 2024 có hơn 5.000 khách, khoảng 40%, năm người.")]
"""

_WARM = _TEXTS + r"""
import factcheck
for lang, text in TEXTS:
    print([(f.kind, f.text, str(f.value), f.qualifier) for f in factcheck.extract(text, lang)])
"""

_READ_BACK = _TEXTS + r"""
import sys
from pathlib import Path
from factcheck import _diskcache as dc
bad, n = [], 0
for path in sorted(Path(sys.argv[1]).glob("factcheck/tables-*/*.pickle")):
    blob = path.read_bytes()
    name, _, arg = blob[len(dc._MAGIC):].split(b"\n", 1)[0].decode().partition("\0")
    ok, _value = dc._load(path, name, arg)
    n += 1
    if not ok:
        bad.append(path.name)
print(n, bad)
import factcheck
for lang, text in TEXTS:
    print([(f.kind, f.text, str(f.value), f.qualifier) for f in factcheck.extract(text, lang)])
"""


def test_every_real_table_reads_back_in_a_new_process(tmp_path: Path) -> None:
    """Every table the extraction caches loads again from disk in another process:
    none is rebuilt at each start (a class compiled by mypyc, for one, pickles only
    through its ``__reduce__``)."""
    env = _env(tmp_path)
    cold = subprocess.run(
        [sys.executable, "-c", _WARM], env=env, check=True, capture_output=True, text=True
    ).stdout
    assert "'über 5.000'" in cold and "('number', 'năm', '5', None)" in cold, cold
    head, _, warm = subprocess.run(
        [sys.executable, "-c", _READ_BACK, str(tmp_path)],
        env=env, check=True, capture_output=True, text=True,
    ).stdout.partition("\n")
    count, _, bad = head.partition(" ")
    assert int(count) >= 12, head  # grammar, number tables, lexicons… of four languages
    assert bad == "[]", head
    assert warm == cold  # the tables read back extract the same figures


def test_fingerprint_covers_compiled_modules() -> None:
    """A compiled and a pure-Python build of the same sources keep their tables apart:
    the compiled modules are part of the fingerprint."""
    import importlib.machinery

    package = Path(dc.__file__).parent
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    compiled = sorted(p for p in package.iterdir() if p.name.endswith(suffixes))
    if not compiled:
        pytest.skip("this build runs the pure-Python modules")
    files = dc._source_files()
    assert [p for p in compiled if p not in files] == []
