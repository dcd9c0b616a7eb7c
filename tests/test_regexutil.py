"""factcheck._regexutil: trie alternations and the compiled-regex cache."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import _regexutil as ru
from factcheck._regexutil import alternation, by_first, first_chars


def _plain(words: list[str], atom: ru.Atom | None = None) -> str:
    """The reference: the words sorted longest first, joined by ``|``."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))

    def esc(w: str) -> str:
        out = []
        for c in w:
            a = atom(c) if atom else None
            out.append(a if a is not None else re.escape(c))
        return "".join(out)

    return "(?:" + "|".join(esc(w) for w in items) + ")" if items else "(?!)"


# ---- alternation -------------------------------------------------------------


def test_shares_prefixes_and_is_shorter() -> None:
    words = ["dreizehn", "dreißig", "drei", "dreihundert", "dreitausend", "dritte", "zwei"]
    words += ["zwölf", "zweihundert", "zweitausend", "zweiundzwanzig"]
    pat = alternation(words)
    assert len(pat) < len("|".join(words))
    assert pat.count("hundert") == 2 and pat.count("dr") == 1
    for w in words:
        assert re.fullmatch(pat, w), w
    assert not re.fullmatch(pat, "dre")
    assert not re.fullmatch(pat, "zweiz")


def test_longest_first() -> None:
    pat = alternation(["cent", "cents", "centième"])
    assert re.match(pat, "centièmes").group() == "centième"  # type: ignore[union-attr]
    assert re.match(pat, "cents ans").group() == "cents"  # type: ignore[union-attr]
    assert re.match(pat, "cent ans").group() == "cent"  # type: ignore[union-attr]


def test_backtracks_to_shorter_word() -> None:
    # the longest candidate fails the continuation, a shorter one succeeds
    pat = alternation(["mille", "millier", "milliers"]) + r"\b"
    assert re.match(pat, "milliers d'euros").group() == "milliers"  # type: ignore[union-attr]
    pat = alternation(["vingt", "vingt-deux"]) + "-trois"
    assert re.match(pat, "vingt-trois").group() == "vingt-trois"  # type: ignore[union-attr]


def test_embeddable_and_quantifiable() -> None:
    pat = alternation(["ba", "mươi", "mười"])
    assert re.fullmatch(f"(?:{pat} )+", "ba mươi mười ")
    assert re.fullmatch(f"{pat}?x", "x")
    single = alternation(["năm"])
    assert re.fullmatch(f"{single}+", "nămnăm")


def test_special_characters_are_escaped() -> None:
    words = ["a.b", "a+b", "c]d", "[x", "^y", "q-r", "p\\s", "m$", "(z)", "a|b", "e-"]
    pat = alternation(words)
    for w in words:
        assert re.fullmatch(pat, w), w
    assert not re.fullmatch(pat, "axb")
    assert not re.fullmatch(pat, "a")
    # one-character tails merged into a class stay literal
    pat = alternation(["e-", "e]", "e^", "e\\"])
    assert {w for w in ["e-", "e]", "e^", "e\\", "e", "ea"] if re.fullmatch(pat, w)} == {
        "e-",
        "e]",
        "e^",
        "e\\",
    }


def test_empty_input() -> None:
    assert alternation([]) == "(?!)"
    assert alternation(["", ""]) == "(?!)"
    assert alternation([], empty="") == ""
    assert not re.search(alternation([]), "anything")


def test_atom_shares_branches() -> None:
    def atom(c: str) -> str | None:
        if c.isspace():
            return r"\s+"
        if c in "'’":
            return "['’]"
        return None

    pat = alternation(["l'an dernier", "l’an prochain", "la veille"], atom=atom)
    assert pat.count("['’]") == 1
    for s in ["l'an  dernier", "l’an\tprochain", "l’an dernier", "la veille"]:
        assert re.fullmatch(pat, s), s
    assert not re.fullmatch(pat, "lan dernier")


def test_by_first_and_first_chars() -> None:
    groups = by_first(["tháng", "tuần", "t", "năm"])
    assert set(groups) == {"t", "n"}
    assert re.fullmatch("t" + groups["t"], "t")
    assert re.fullmatch("t" + groups["t"], "tuần")
    assert re.fullmatch("n" + groups["n"], "năm")
    assert not re.fullmatch("n" + groups["n"], "n")
    assert by_first([]) == {}
    assert first_chars(["-x", "]y", "a"]) == r"[\-\]a]"
    assert first_chars([""]) == "(?!)"


_WORD = st.text(alphabet="abcé’' -.", min_size=0, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, max_size=12), st.text(alphabet="abcé’' -.x", max_size=30))
def test_same_matches_as_sorted_alternation(words: list[str], text: str) -> None:
    """Every match (with a continuation that forces backtracking) is the same."""
    for tail in ("", r"(?![a-c])", "a", r"\.?x"):
        ours = re.compile(alternation(words) + tail)
        ref = re.compile(_plain(words) + tail)
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in ref.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORD, max_size=10), st.text(alphabet="abc’'  \t-", max_size=25))
def test_same_matches_with_atoms(words: list[str], text: str) -> None:
    def atom(c: str) -> str | None:
        return r"\s+" if c == " " else "['’]" if c in "'’" else None

    ours = re.compile(alternation(words, atom=atom) + "(?!b)")
    ref = re.compile(_plain(words, atom) + "(?!b)")
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in ref.finditer(text)]


# ---- compile and its disk cache ---------------------------------------------

_LONG = alternation(f"wort{i}x{i * 7}" for i in range(60))
_PATTERNS = [
    (r"(?P<n>\d+)(?:[.,]\d+)?\s*(?P<u>%|€)" + _LONG + "?", 0),
    (r"(?P<w>" + _LONG + r")(?![^\W\d_])", 0),
    (r"(?i)(?<![^\W\d_])juin|juillet(?![^\W\d_])", 0),
    (r"(?P<a>x)(?P=a)|(?>y+)z", re.IGNORECASE),
    ("tháng\\s+(?P<m>\\d{1,2})", re.MULTILINE),
]


def test_compile_equals_re_compile() -> None:
    for pat, flags in _PATTERNS:
        got = ru.compile(pat, flags)
        ref = re.compile(pat, flags)
        assert got == ref
        assert got.flags == ref.flags and got.groupindex == ref.groupindex
        assert got is ru.compile(pat, flags)  # memoised


def test_compile_raises_like_re() -> None:
    with pytest.raises(re.error):
        ru.compile("(?P<x>a")


def _run(code: str, env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout


_CHILD = """
import re
from factcheck import _regexutil as ru
pats = PATS
res = []
for p, f in pats:
    c = ru.compile(p, f)
    assert c == re.compile(p, f), p
    res.append(str([m.groupdict() for m in c.finditer("12 % juin XXyz tháng 7 7,5€")]))
folder = ru.cache_path()
print(folder, len(list(folder.glob("*.re"))) if folder and folder.is_dir() else 0, res)
""".replace("PATS", repr(_PATTERNS))


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_NO_CACHE"}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    env.update(extra)
    return env


def test_disk_cache_round_trip(tmp_path: Path) -> None:
    env = _env(tmp_path)
    first = _run(_CHILD, env)
    files = list((tmp_path / "factcheck").glob("regex-*/*.re"))
    assert len(files) == 2  # the two long patterns
    assert len(list((tmp_path / "factcheck").glob("regex-*/short.bundle"))) == 1
    second = _run(_CHILD, env)
    assert first.split(" ", 2)[2] == second.split(" ", 2)[2]
    assert int(second.split(" ")[1]) == 2


def test_disk_cache_corrupt_file_is_ignored(tmp_path: Path) -> None:
    env = _env(tmp_path)
    ref = _run(_CHILD, env).split(" ", 2)[2]
    files = sorted((tmp_path / "factcheck").glob("regex-*/*.re"))
    files += sorted((tmp_path / "factcheck").glob("regex-*/short.bundle"))
    assert len(files) == 3
    for f in files:  # flip a byte in the program, and in the pattern text
        blob = bytearray(f.read_bytes())
        blob[-3] ^= 0x55
        blob[len(blob) // 3] ^= 0x55
        f.write_bytes(bytes(blob))
    assert _run(_CHILD, env).split(" ", 2)[2] == ref
    for f in files:
        f.write_bytes(b"garbage")
    assert _run(_CHILD, env).split(" ", 2)[2] == ref
    for f in files:
        f.write_bytes(b"")
    assert _run(_CHILD, env).split(" ", 2)[2] == ref


def test_disk_cache_unwritable_and_disabled(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    env = _env(blocker)  # the cache dir cannot be created
    assert "None" not in _run(_CHILD, env).split(" ")[0]
    env = _env(tmp_path, FACTCHECK_NO_CACHE="1")
    out = _run(_CHILD, env)
    assert out.startswith("None 0 ")
    assert not (tmp_path / "factcheck").exists()
