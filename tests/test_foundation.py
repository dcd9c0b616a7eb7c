from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from click.testing import CliRunner

import factcheck
from factcheck._load import lang_from_path
from factcheck._spans import Spans
from factcheck.cli import cli


def test_figure_is_immutable() -> None:
    fig = factcheck.Figure(kind="number", text="5", start=0, end=1, value=Decimal(5))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fig.value = Decimal(6)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("path", "lang"),
    [
        ("story.de.md", "de"),
        ("content/story.fr.txt", "fr"),
        ("vi/story.md", "vi"),
        ("content/en/news/story.md", "en"),
        ("story.md", None),
        ("my.notes.md", None),
    ],
)
def test_lang_from_path(path: str, lang: str | None) -> None:
    assert lang_from_path(path) == lang


def test_spans_overlap() -> None:
    s = Spans([(0, 5), (10, 20)])
    assert s.overlaps(4, 6)
    assert not s.overlaps(5, 10)
    assert s.overlaps(19, 25)
    assert not s.overlaps(20, 30)


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(factcheck.UsageError, match="unknown language code 'xx-QQQ'"):
        factcheck.extract("5", "xx-QQQ")


def test_extract_cli_without_language_exits_2(tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "story.txt"
    f.write_text("5 Leute", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(f)])
    assert result.exit_code == 2
    assert "no language" in result.output
    assert str(f) in result.output


def test_extract_cli_reads_html_and_markdown_as_check_does(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Markup is stripped (no figure from a script, a hedge across a tag is kept) and
    line:column point into the file itself; front matter gives the reference date."""
    page = tmp_path / "flut.de.html"
    page.write_text(
        "<html><head><script>var n = 12345;</script></head>\n<body>\n"
        "<p>Mehr als <b>3.000</b> Helfer kamen am Samstag.</p>\n</body></html>\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"{page}:3:4: number   'Mehr als 3.000' = 3000 qualifier=over head=Helfer" in lines
    assert "12345" not in result.output
    note = tmp_path / "note.de.md"
    note.write_text("---\ndate: 2024-11-29\n---\n\nDie Wahl war **gestern**.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(note), "--format", "json"])
    import json

    (fig,) = json.loads(result.output)["figures"]
    assert (fig["line"], fig["column"], fig["value"]) == (5, 16, "2024-11-28")
