from __future__ import annotations

from pathlib import Path

import pytest

from factcheck._discover import MANIFEST_NAME, discover
from factcheck._errors import UsageError


def _touch(root: Path, *names: str) -> None:
    for name in names:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Die Stadt hat 12 Brunnen.\n", encoding="utf-8")


def test_hugo_names_form_sets(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "news/harbour.de.md",
        "news/harbour.fr.md",
        "news/harbour.en.md",
        "news/budget.de.md",
        "news/budget.vi.html",
        "news/notes.md",
        "news/lonely.de.md",
        "news/expected.toml",
    )
    found = discover([tmp_path])
    assert [s.name for s in found.sets] == ["news/budget", "news/harbour"]
    harbour = found.sets[1]
    assert harbour.langs == ("de", "en", "fr")
    assert all(Path(p).exists() for p in harbour.paths)
    assert [s.name for s in found.single] == ["news/lonely"]


def test_folder_per_language(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "content/de/sport/match.md",
        "content/fr/sport/match.md",
        "content/de/about.md",
        "content/fr/about.md",
        "content/vi/about.md",
    )
    found = discover([tmp_path / "content"])
    names = {s.name: s.langs for s in found.sets}
    assert names == {"about": ("de", "fr", "vi"), "sport/match": ("de", "fr")}


def test_language_folders_given_separately_merge(tmp_path: Path) -> None:
    _touch(tmp_path, "site/de/a.md", "site/fr/a.md")
    found = discover([tmp_path / "site/de", tmp_path / "site/fr"])
    assert [(s.name, s.langs) for s in found.sets] == [("a", ("de", "fr"))]


def test_a_single_file_stands_for_its_set(tmp_path: Path) -> None:
    _touch(tmp_path, "x/story.de.md", "x/story.fr.md", "x/story2.fr.md", "c/de/p.md", "c/en/p.md")
    found = discover([tmp_path / "x/story.fr.md"])
    assert [(s.name, s.langs) for s in found.sets] == [("story", ("de", "fr"))]
    found = discover([tmp_path / "c/en/p.md"])
    assert [s.langs for s in found.sets] == [("de", "en")]


def test_same_file_twice_counts_once(tmp_path: Path) -> None:
    _touch(tmp_path, "a.de.md", "a.fr.md")
    found = discover([tmp_path, tmp_path / "a.de.md"])
    assert len(found.sets) == 1


def test_manifest_lists_sets(tmp_path: Path) -> None:
    _touch(tmp_path, "m/de/haushalt.md", "m/fr/budget.md", "m/p/launch.en.txt", "m/p/lance.fr.txt")
    (tmp_path / "m" / MANIFEST_NAME).write_text(
        '[[set]]\nname = "budget"\nversions = { de = "de/haushalt.md", fr = "fr/budget.md" }\n'
        '\n[[set]]\nfiles = ["p/launch.en.txt", "p/lance.fr.txt"]\nsource = "en"\n',
        encoding="utf-8",
    )
    found = discover([tmp_path])
    by_name = {s.name: s for s in found.sets}
    assert set(by_name) == {"budget", "launch"}
    assert by_name["budget"].langs == ("de", "fr")
    assert by_name["launch"].source == "en"
    # the manifest governs its folder: no extra sets from the files it lists
    assert not found.single


def test_manifest_unknown_key_names_line(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text(
        '[[set]]\nname = "x"\nlanguages = ["de"]\n', encoding="utf-8"
    )
    with pytest.raises(UsageError) as err:
        discover([tmp_path])
    assert f"{MANIFEST_NAME}:3" in str(err.value)
    assert "languages" in str(err.value)


def test_missing_path_is_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        discover([tmp_path / "nope"])


def test_hidden_folders_skipped(tmp_path: Path) -> None:
    _touch(tmp_path, ".git/a.de.md", ".git/a.fr.md", "b.de.md", "b.fr.md")
    assert [s.name for s in discover([tmp_path]).sets] == ["b"]
