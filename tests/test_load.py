"""Loading versions: decoding, Markdown/HTML stripping with positions mapped back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck._errors import InputError, UsageError
from factcheck._load import (
    decode_bytes,
    document_from_text,
    front_matter_date,
    lang_from_path,
    load_document,
    read_text,
    txt_paragraphs,
)


def _at(doc, word: str, nth: int = 0) -> tuple[int, int]:
    """Line and column in the original file of the ``nth`` occurrence of ``word``."""
    i = -1
    for _ in range(nth + 1):
        i = doc.text.index(word, i + 1)
    return doc.line_col(i)


def _src(doc, word: str) -> str:
    i = doc.text.index(word)
    j = doc.source_index(i)
    return (doc.source_text or doc.text)[j : j + len(word)]


# ---------------------------------------------------------------- plain text


def test_txt_paragraphs_one_per_line_when_lines_are_long() -> None:
    long1 = "Die Stadtwerke melden für das vergangene Jahr einen Umsatz von 48 Millionen Euro. " * 2
    long2 = "Im laufenden Jahr sollen weitere 12 Ladestationen im Stadtgebiet hinzukommen. " * 2
    text = f"Kurzer Titel\n{long1}\n{long2}\n\nBildunterschrift mit 3 Personen."
    paras = [text[s:e] for s, e in txt_paragraphs(text)]
    assert paras == [
        "Kurzer Titel",
        long1.strip(),
        long2.strip(),
        "Bildunterschrift mit 3 Personen.",
    ]


def test_txt_hard_wrapped_block_is_one_paragraph() -> None:
    text = (
        "Le conseil municipal a voté mardi un budget de\n"
        "12 millions d'euros pour la rénovation des\n"
        "écoles primaires de la ville.\n\nDeuxième paragraphe."
    )
    paras = [text[s:e] for s, e in txt_paragraphs(text)]
    assert len(paras) == 2
    assert paras[0].startswith("Le conseil") and paras[0].endswith("de la ville.")


def test_txt_paragraphs_trim_every_kind_of_white_space() -> None:
    # CR before LF, no-break space, form feed and the Unicode line separator are
    # white space around a line; only LF separates lines
    text = "\u00a0 Titel der Meldung \r\n\x0c\r\n\tRund 40 Gäste\u2028kamen.\u00a0\n \n"
    assert [text[s:e] for s, e in txt_paragraphs(text)] == [
        "Titel der Meldung",
        "Rund 40 Gäste\u2028kamen.",
    ]
    assert txt_paragraphs("") == [] and txt_paragraphs(" \n\r\n\t") == []
    wrapped = "Zeile eins\r\n  Zeile zwei  \nZeile drei"
    assert [wrapped[s:e] for s, e in txt_paragraphs(wrapped)] == [wrapped]


def test_txt_crlf_positions_stay_right() -> None:
    text = "Erste Zeile.\r\n\r\nZweite Zeile mit 250 Gästen.\r\n"
    doc = document_from_text(text, "de")
    assert doc.text == text  # plain text is kept as is
    assert _at(doc, "250") == (3, 18)
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Erste Zeile.",
        "Zweite Zeile mit 250 Gästen.",
    ]


def test_txt_nul_and_control_characters_are_tolerated(tmp_path: Path) -> None:
    p = tmp_path / "story.en.txt"
    p.write_bytes(b"The council approved 14 new buses.\x00\x07 It starts in May.\n")
    doc = load_document(str(p))
    assert "14 new buses" in doc.text


# ---------------------------------------------------------------- Markdown

MD = (
    "---\n"
    'title: "Rund 40 neue Büros"\n'
    "date: 2025-03-04\n"
    "tags: [wirtschaft]\n"
    "---\n"
    "# Die *Firma* wächst\n"
    "\n"
    "Die **Firma** beschäftigt [über 5.000 Mitarbeiter](https://example.org/team) und `code`.\n"
    "\n"
    "- Standort 1 in Köln\n"
    "- Standort 2 in Graz\n"
    "\n"
    "```python\n"
    "x = 99\n"
    "```\n"
    "![Grafik mit 7 Balken](bild.png)\n"
    "\n"
    "| Jahr | Umsatz |\n"
    "|------|--------|\n"
    "| 2024 | 31 |\n"
)


def test_markdown_syntax_is_stripped() -> None:
    doc = document_from_text(MD, "de", fmt="md")
    paras = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paras[0] == "Rund 40 neue Büros"  # the title of the front matter
    assert paras[1] == "Die Firma wächst"
    assert paras[2].startswith("Die Firma beschäftigt über 5.000 Mitarbeiter und code.")
    assert "Standort 1 in Köln" in paras and "Standort 2 in Graz" in paras
    assert "99" not in doc.text  # code fences are dropped
    assert "Grafik mit 7 Balken" in doc.text  # image alt text is kept
    assert "bild.png" not in doc.text
    assert "2024 ; 31" in doc.text
    assert "tags" not in doc.text and "**" not in doc.text and "#" not in doc.text


def test_markdown_link_url_kept_for_invariant_tokens() -> None:
    doc = document_from_text(MD, "de", fmt="md")
    para = next(doc.text[s:e] for s, e in doc.paragraphs if "Mitarbeiter" in doc.text[s:e])
    assert para.endswith("https://example.org/team")
    assert _src(doc, "https://example.org/team") == "https://example.org/team"


def test_markdown_positions_map_to_line_and_column() -> None:
    doc = document_from_text(MD, "de", fmt="md")
    assert _at(doc, "5.000") == (8, 33)
    assert _src(doc, "5.000") == "5.000"
    assert _at(doc, "Rund") == (2, 9)
    assert _at(doc, "Standort 2") == (11, 3)
    assert _at(doc, "Grafik") == (16, 3)
    # every character of text maps to the same character in the file, except inserted ones
    src = doc.source_text
    assert src is not None
    same = sum(1 for i, ch in enumerate(doc.text) if src[doc.source_index(i)] == ch)
    assert same >= len(doc.text) - doc.text.count("\n") - doc.text.count(";") - 10


def test_markdown_crlf() -> None:
    text = MD.replace("\n", "\r\n")
    doc = document_from_text(text, "de", fmt="md")
    assert _at(doc, "5.000") == (8, 33)
    assert "\r" not in doc.text


def test_front_matter_date() -> None:
    assert front_matter_date(MD) == dt.date(2025, 3, 4)
    assert front_matter_date('+++\ndate = "2024-12-31"\n+++\nText') == dt.date(2024, 12, 31)
    assert front_matter_date("date: 2025-03-04\n\nText") is None


# ---------------------------------------------------------------- HTML

HTML = (
    "<!DOCTYPE html>\n"
    "<html><head><title>Neue Linie</title>\n"
    "<style>p { margin: 0 }</style></head>\n"
    "<body>\n"
    "<p>Die Stadt&nbsp;kauft &uuml;ber <b>120</b>\n"
    "   neue Busse.</p><script>var busse = 3;</script>\n"
    '<div>Kosten: 8 Mio. &euro; &amp; mehr. <a href="https://stadt.example/bus">Details</a></div>\n'
    "<ul><li>Linie 4</li><li>Linie 9</li></ul>\n"
    "</body></html>\n"
)


def test_html_text_and_paragraphs() -> None:
    doc = document_from_text(HTML, "de", fmt="html")
    paras = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paras == [
        "Neue Linie",
        "Die Stadt\xa0kauft über 120 neue Busse.",
        "Kosten: 8 Mio. € & mehr. Details https://stadt.example/bus",
        "Linie 4",
        "Linie 9",
    ]
    assert "margin" not in doc.text and "var" not in doc.text


def test_html_positions_map_to_line_and_column() -> None:
    doc = document_from_text(HTML, "de", fmt="html")
    # <p>Die Stadt&nbsp;kauft &uuml;ber <b>120</b>: "120" is at column 38
    assert _at(doc, "120") == (5, 38)
    assert _src(doc, "120") == "120"
    assert _at(doc, "neue Busse") == (6, 4)
    assert _at(doc, "über") == (5, 25)  # the entity &uuml; starts there
    assert _at(doc, "€") == (7, 21)
    assert _src(doc, "€ & mehr")[:1] == "&"  # entities map to their first character
    assert _src(doc, "https://stadt.example/bus") == "https://stadt.example/bus"
    assert _at(doc, "Linie 9") == (8, 25)


def test_html_crlf_and_sniffed_format(tmp_path: Path) -> None:
    p = tmp_path / "seite.de.txt"
    p.write_bytes(HTML.replace("\n", "\r\n").encode())
    doc = load_document(str(p))
    assert "<p>" not in doc.text
    assert _at(doc, "120") == (5, 38)


# ---------------------------------------------------------------- decoding


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    p = tmp_path / "a.fr.txt"
    p.write_bytes("\ufeffPlus de 300 élèves.".encode())
    doc = load_document(str(p))
    assert doc.text == "Plus de 300 élèves."
    assert doc.line_col(doc.text.index("300")) == (1, 9)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "a.de.txt"
    data = "Über 5.000 Gäste kamen.\nZweite Zeile.".encode(encoding)
    if encoding != "utf-16":
        data = (b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff") + data
    p.write_bytes(data)
    assert load_document(str(p)).text.startswith("Über 5.000 Gäste")


def test_utf16_without_bom() -> None:
    assert decode_bytes("Ein Text mit 12 Zahlen.".encode("utf-16-le")) == "Ein Text mit 12 Zahlen."


def test_explicit_encoding(tmp_path: Path) -> None:
    p = tmp_path / "a.de.txt"
    p.write_bytes("Straße mit 4 Häusern".encode("latin-1"))
    assert read_text(str(p), encoding="latin-1") == "Straße mit 4 Häusern"
    with pytest.raises(UsageError, match="unknown encoding"):
        read_text(str(p), encoding="no-such-codec")


# ---------------------------------------------------------------- errors


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as err:
        load_document(str(tmp_path / "nope.de.md"))
    assert "nope.de.md" in str(err.value)


def test_directory(tmp_path: Path) -> None:
    d = tmp_path / "de"
    d.mkdir()
    with pytest.raises(InputError, match="directory"):
        load_document(str(d))


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "bild.de.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary"):
        load_document(str(p))


def test_invalid_utf8_names_byte_offset_and_encoding(tmp_path: Path) -> None:
    p = tmp_path / "a.de.txt"
    p.write_bytes(b"Erste Zeile\nStra\xdfe mit 4 H\xe4usern")
    with pytest.raises(InputError) as err:
        load_document(str(p))
    msg = str(err.value)
    assert "byte offset 16" in msg and "line 2" in msg and "--encoding" in msg
    assert msg.startswith(str(p))
    assert "\n" not in msg


def test_file_larger_than_limit(tmp_path: Path) -> None:
    p = tmp_path / "gross.de.txt"
    p.write_text("Zahl 1. " * 200, encoding="utf-8")
    with pytest.raises(InputError, match="larger than the limit of 1000 bytes"):
        load_document(str(p), max_bytes=1000)
    assert load_document(str(p), max_bytes=None).text.startswith("Zahl 1.")


# ---------------------------------------------------------------- language


def test_language_from_name_folder_argument_and_detection(tmp_path: Path) -> None:
    assert lang_from_path("site/content/bericht.de.md") == "de"
    assert lang_from_path("vi/bai-viet.md") == "vi"
    p = tmp_path / "bericht.md"
    p.write_text(
        "Die Stadt hat im vergangenen Jahr mehr als 300 neue Wohnungen gebaut, "
        "und sie will das Tempo in den nächsten Jahren noch erhöhen.",
        encoding="utf-8",
    )
    assert load_document(str(p)).lang == "de"
    assert load_document(str(p), lang="fr").lang == "fr"
    with pytest.raises(UsageError, match="no language"):
        load_document(str(p), detect=False)


def test_no_language_when_text_is_too_short(tmp_path: Path) -> None:
    p = tmp_path / "notiz.txt"
    p.write_text("12 / 7", encoding="utf-8")
    with pytest.raises(UsageError, match="no language") as err:
        load_document(str(p))
    assert "notiz.txt" in str(err.value)


def test_unknown_language_code(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Text.", encoding="utf-8")
    with pytest.raises(UsageError, match="unknown language"):
        load_document(str(p), lang="xx-nope")


def test_markdown_footnotes_and_link_definitions() -> None:
    text = (
        "Der Umsatz stieg[^1] um 5 Prozent.\n\n"
        "[^1]: Quelle: Jahresbericht 2024.\n\n"
        '[web]: https://firma.example/bericht "Bericht"\n'
    )
    doc = document_from_text(text, "de", fmt="md")
    paras = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paras == [
        "Der Umsatz stieg um 5 Prozent.",
        "Quelle: Jahresbericht 2024.",
        "https://firma.example/bericht",
    ]
    assert _at(doc, "https") == (5, 8)
