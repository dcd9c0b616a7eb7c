"""Odd but valid input is handled correctly (issue 6).

UTF-16 and UTF-8 with a BOM; CRLF line endings (line numbers stay right in
``extract`` and ``check`` output); an empty version (finding FC902, not a
crash); NUL bytes and control characters; very long lines; mixed scripts;
text in the wrong language for its label (finding FC901).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import factcheck
from factcheck.cli import COMMANDS, cli

DE_LINES = [
    "Die Reederei betreibt über 5.000 Schiffe.",
    "",
    "Im Hafen arbeiten 1.250 Menschen.",
]
FR_LINES = [
    "L'armateur exploite plus de 5 000 navires.",
    "",
    "Le port emploie 1 250 personnes.",
]


def _extract_json(path: Path, *extra: str) -> dict[str, Any]:
    res = CliRunner().invoke(cli, ["extract", str(path), "--format", "json", *extra])
    assert res.exit_code == 0, res.stderr
    data: dict[str, Any] = json.loads(res.stdout)
    return data


def _figure(data: dict[str, Any], text_part: str) -> dict[str, Any]:
    hits: list[dict[str, Any]] = [f for f in data["figures"] if text_part in f["text"]]
    assert hits, (text_part, [f["text"] for f in data["figures"]])
    return hits[0]


def _check(versions: Any, **kw: Any) -> Any:
    check = getattr(factcheck, "check", None)
    if check is None:
        pytest.fail("factcheck.check is not there yet")
    return check(versions, **kw)


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-8-sig"])
def test_bom_encodings_load_and_positions_ignore_the_bom(tmp_path: Path, encoding: str) -> None:
    text = "\n".join(DE_LINES) + "\n"
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    path = tmp_path / "story.de.txt"
    path.write_bytes(data)

    from factcheck._load import load_document

    doc = load_document(str(path))
    assert doc.text.lstrip("\ufeff") == doc.text, "the BOM must not reach extraction"
    assert "5.000" in doc.text

    data_json = _extract_json(path)
    fig = _figure(data_json, "1.250")
    assert (fig["line"], fig["column"]) == (3, DE_LINES[2].index("1.250") + 1)
    assert Decimal(fig["value"]) == 1250
    first = _figure(data_json, "5.000")
    assert first["line"] == 1
    assert first["column"] in (DE_LINES[0].index("über") + 1, DE_LINES[0].index("5.000") + 1)


def test_utf16_version_checks_against_utf8(tmp_path: Path) -> None:
    if "check" not in COMMANDS:
        pytest.fail("factcheck check is not registered yet")
    de = tmp_path / "story.de.txt"
    de.write_bytes("\n".join(DE_LINES).encode("utf-16"))
    fr = tmp_path / "story.fr.txt"
    fr.write_text("\n".join(FR_LINES), encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", str(de), str(fr), "--format", "json"])
    assert res.exit_code == 0, res.stdout + res.stderr
    data = json.loads(res.stdout)
    bad = [f for f in data["findings"] if f["level"] in ("warning", "error")]
    assert bad == []


# ------------------------------------------------------------------ CRLF


def test_crlf_line_numbers_in_extract(tmp_path: Path) -> None:
    path = tmp_path / "story.de.txt"
    path.write_bytes("\r\n".join(DE_LINES).encode("utf-8") + b"\r\n")
    data = _extract_json(path)
    fig = _figure(data, "1.250")
    assert (fig["line"], fig["column"]) == (3, DE_LINES[2].index("1.250") + 1)


def test_crlf_line_numbers_in_check(tmp_path: Path) -> None:
    if "check" not in COMMANDS:
        pytest.fail("factcheck check is not registered yet")
    de_lines = ["Titel", "", *DE_LINES]  # the changed figure sits on line 5 in German
    fr_lines = [*FR_LINES]
    fr_lines[2] = "Le port emploie 1 450 personnes."  # ... and on line 3 in French
    de = tmp_path / "story.de.txt"
    fr = tmp_path / "story.fr.txt"
    de.write_bytes("\r\n".join(de_lines).encode("utf-8") + b"\r\n")
    fr.write_bytes("\r\n".join(fr_lines).encode("utf-8") + b"\r\n")
    res = CliRunner().invoke(cli, ["check", str(de), str(fr), "--format", "json"])
    assert res.exit_code == 1, res.stdout + res.stderr
    data = json.loads(res.stdout)
    mism = [f for f in data["findings"] if f["code"] == "FC101"]
    assert mism, data["findings"]
    locs = {loc["lang"]: loc for loc in mism[0]["locations"]}
    assert locs["de"]["line"] == 5
    assert locs["de"]["column"] == de_lines[4].index("1.250") + 1
    assert locs["fr"]["line"] == 3
    assert locs["fr"]["column"] == fr_lines[2].index("1 450") + 1


def test_crlf_document_line_col(tmp_path: Path) -> None:
    from factcheck._load import load_document

    path = tmp_path / "story.de.md"
    path.write_bytes("\r\n".join(["# Zahlen", "", *DE_LINES]).encode("utf-8"))
    doc = load_document(str(path))
    start = doc.text.index("1.250")
    assert doc.line_col(start) == (5, DE_LINES[2].index("1.250") + 1)


# ------------------------------------------------------------------ empty versions


@pytest.mark.parametrize("empty", ["", "\n\n", "   \r\n\t\n"])
def test_empty_version_is_a_finding(empty: str) -> None:
    report = _check({"de": "\n".join(DE_LINES), "fr": empty})
    codes = [f.code for f in report.findings]
    assert "FC902" in codes, codes
    fc902 = next(f for f in report.findings if f.code == "FC902")
    assert fc902.level == "error"
    assert any(loc.lang == "fr" for loc in fc902.locations)


def test_empty_file_through_cli(tmp_path: Path) -> None:
    if "check" not in COMMANDS:
        pytest.fail("factcheck check is not registered yet")
    de = tmp_path / "story.de.md"
    de.write_text("\n".join(DE_LINES), encoding="utf-8")
    fr = tmp_path / "story.fr.md"
    fr.write_bytes(b"")
    res = CliRunner().invoke(cli, ["check", str(de), str(fr), "--format", "json"])
    assert res.exit_code == 1, res.stdout + res.stderr  # a finding, not bad input
    assert "Traceback" not in res.stdout + res.stderr
    codes = [f["code"] for f in json.loads(res.stdout)["findings"]]
    assert "FC902" in codes


def test_empty_file_extract(tmp_path: Path) -> None:
    path = tmp_path / "story.de.md"
    path.write_bytes(b"")
    assert _extract_json(path)["figures"] == []


# ------------------------------------------------------------------ control characters


NASTY = (
    "Die\x00 Reederei\x07 betreibt\x1b[31m über 5.000\x1b[0m Schiffe\x0c\x0b."
    "\x7f\u200b\ufeff\u2028"
)


@pytest.mark.parametrize("lang", ["de", "fr", "en", "vi"])
def test_nul_and_control_characters_do_not_break_extract(lang: str) -> None:
    figs = factcheck.extract(NASTY, lang)
    for f in figs:
        assert NASTY[f.start : f.end] == f.text
    if lang == "de":
        assert any(f.value == 5000 for f in figs), figs


def test_nul_bytes_in_a_text_file(tmp_path: Path) -> None:
    body = ("Ein Absatz ohne Zahl, der lang genug ist. " * 20 + "\n") * 5
    path = tmp_path / "story.de.txt"
    path.write_bytes((body + NASTY + "\n").encode("utf-8"))
    data = _extract_json(path)
    assert any(Decimal(f["value"]) == 5000 for f in data["figures"] if f["value"]), data


def test_control_characters_in_check() -> None:
    report = _check({"de": NASTY, "fr": "L'armateur\x00 exploite plus de 5 000\x07 navires."})
    assert all(f.level != "error" for f in report.findings), report.findings


# ------------------------------------------------------------------ long lines, mixed scripts


def test_very_long_line_positions(tmp_path: Path) -> None:
    filler = "Wort " * 200_000  # one line of a million characters
    line = filler + "über 5.000 Schiffe " + filler + "und 1.250 Menschen."
    path = tmp_path / "story.de.txt"
    path.write_text("Kopfzeile\n" + line + "\n", encoding="utf-8")
    data = _extract_json(path)
    fig = _figure(data, "1.250")
    assert fig["line"] == 2
    assert fig["column"] == line.index("1.250") + 1


MIXED = (
    "Die Reederei (Москва, 東京, القاهرة, दिल्ली) betreibt über 5.000 Schiffe; "
    "Ελληνικά 12 λέξεις, 한국어 7 단어, עברית ١٢٣ ٤٥٦, हिंदी २०२५."
)


@pytest.mark.parametrize("lang", ["de", "fr", "en", "vi", "ru", "ja", "ar"])
def test_mixed_scripts(lang: str) -> None:
    figs = factcheck.extract(MIXED, lang)
    for f in figs:
        assert MIXED[f.start : f.end] == f.text
    if lang == "de":
        assert any(f.value == 5000 for f in figs)


# ------------------------------------------------------------------ wrong language


ENGLISH = (
    "The shipping company runs more than 5,000 vessels from its three home ports. "
    "Its harbour employs about 1,250 people, and the board expects the fleet to grow "
    "over the next few years while freight prices stay where they are today."
)
FRENCH = (
    "L'armateur exploite plus de 5 000 navires depuis ses trois ports d'attache. "
    "Son port emploie environ 1 250 personnes, et la direction prévoit que la flotte "
    "grandira dans les prochaines années tant que les prix du fret restent stables."
)


def test_wrong_language_for_its_label() -> None:
    report = _check({"de": ENGLISH, "fr": FRENCH})
    hits = [f for f in report.findings if f.code == "FC901"]
    assert hits, [f.code for f in report.findings]
    assert {loc.lang for loc in hits[0].locations} == {"de"}
    assert hits[0].level == "warning"


def test_right_language_no_fc901() -> None:
    report = _check({"en": ENGLISH, "fr": FRENCH})
    assert [f for f in report.findings if f.code == "FC901"] == []
