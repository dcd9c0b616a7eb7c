"""Find article sets (the language versions of one article) under paths.

Three layouts are recognised, and may be mixed:

* **Hugo-style names**: ``story.de.md``, ``story.fr.md`` in one folder form the
  set ``story`` (the extension may differ between versions).
* **Folder per language**: ``de/story.md`` ↔ ``fr/story.md``, also deeper:
  ``content/de/news/story.md`` ↔ ``content/fr/news/story.md`` (set ``news/story``).
* **Manifest**: a ``factcheck.sets.toml`` file lists sets explicitly; it governs
  the folder it sits in (and everything below it)::

      [[set]]
      name = "budget-2026"                      # optional, default: first file's stem
      versions = { de = "de/haushalt.md", fr = "fr/budget.md" }

      [[set]]
      files = ["press/launch.en.txt", "press/lancement.fr.txt"]  # languages from names
      source = "en"                             # optional reference version

  Paths are relative to the manifest file.

A *file* given directly (as pre-commit passes changed files) stands for its
whole set: its siblings in the other languages are found next to it.
Sets with a single version are returned in :attr:`Discovery.single` (nothing
to compare them with). Hidden folders, ``node_modules`` and files that are not
``.md``/``.markdown``/``.txt``/``.html``/``.htm`` are skipped.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ._config import toml_error_line
from ._errors import UsageError
from ._load import lang_from_path

__all__ = [
    "CONTENT_SUFFIXES",
    "MANIFEST_NAME",
    "ArticleSet",
    "Discovery",
    "discover",
    "iter_sets",
]

#: File extensions that hold article text.
CONTENT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm"})
#: Name of the manifest file that lists sets explicitly.
MANIFEST_NAME = "factcheck.sets.toml"
_SKIP_DIRS = frozenset({"node_modules", "__pycache__"})


@dataclass(frozen=True, slots=True)
class ArticleSet:
    """One article: a name and its versions as ``(lang, path)`` pairs, sorted by language."""

    name: str
    versions: tuple[tuple[str, str], ...]
    source: str | None = None

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(p for _, p in self.versions)

    @property
    def langs(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.versions)


@dataclass(frozen=True, slots=True)
class Discovery:
    """What :func:`discover` found: comparable sets, and sets with a single version."""

    sets: tuple[ArticleSet, ...]
    single: tuple[ArticleSet, ...] = field(default=())


def _is_content(path: Path) -> bool:
    return path.suffix.lower() in CONTENT_SUFFIXES


def _hugo_lang(name: str) -> str | None:
    """Language named in a file name (``story.de.md`` → ``de``), ignoring folders."""
    if name.count(".") < 2:
        return None
    return lang_from_path(name)


def _lang_dir(part: str) -> str | None:
    if part.startswith(".") or not (2 <= len(part) <= 10):
        return None
    return lang_from_path(f"{part}/x.md")


def _stem(name: str, lang: str | None) -> str:
    """File name without extension and without the language suffix."""
    base = name.rsplit(".", 1)[0]
    if lang is not None:
        pieces = base.split(".")
        for i in range(len(pieces) - 1, 0, -1):
            if pieces[i] == lang:
                del pieces[i]
                break
        base = ".".join(pieces)
    return base


@dataclass(slots=True)
class _Group:
    name: str
    versions: dict[str, str] = field(default_factory=dict)
    source: str | None = None


class _Collector:
    """Group files into sets by a key that is the same for every version of an article."""

    def __init__(self) -> None:
        self.groups: dict[tuple[str, ...], _Group] = {}
        self.seen: set[str] = set()

    def add_file(self, path: Path, root: Path | None) -> None:
        """Add one content file found under ``root`` (``None``: the file was given directly)."""
        resolved = os.path.normcase(str(path.resolve()))
        if resolved in self.seen:
            return
        lang = _hugo_lang(path.name)
        parent_abs = path.resolve().parent
        key: tuple[str, ...]
        if lang is not None:
            stem = _stem(path.name, lang)
            key = ("hugo", str(parent_abs), stem)
            name = stem if root is None else _name(root, path.parent, stem)
        else:
            found = _folder_lang(path, root)
            if found is None:
                return
            lang, index = found
            parts = list(path.resolve().parts)
            # index counts from the end of the parts (works for absolute and relative paths)
            parts[len(parts) - index] = "{lang}"
            stem = _stem(path.name, None)
            key = ("dir", *parts[:-1], stem)
            rel = _rel_parts(path, root)
            if len(rel) >= index:
                del rel[len(rel) - index]
            name = "/".join([*rel[:-1], stem])
        self.seen.add(resolved)
        group = self.groups.setdefault(key, _Group(name=name))
        if lang in group.versions:
            raise UsageError(
                f"two files for language {lang!r} in set {group.name!r}: "
                f"{group.versions[lang]} and {path}",
                path=str(path),
            )
        group.versions[lang] = str(path)

    def add_manifest(self, manifest: Path) -> None:
        for group in _read_manifest(manifest):
            key = ("manifest", str(manifest.resolve()), group.name)
            if key in self.groups:
                raise UsageError(f"set {group.name!r} is listed twice", path=str(manifest))
            for p in group.versions.values():
                self.seen.add(os.path.normcase(str(Path(p).resolve())))
            self.groups[key] = group

    def result(self) -> Discovery:
        sets: list[ArticleSet] = []
        single: list[ArticleSet] = []
        names: dict[str, int] = {}
        for group in sorted(self.groups.values(), key=lambda g: (g.name, sorted(g.versions))):
            versions = tuple(sorted(group.versions.items()))
            name = group.name
            # two folders may yield the same set name; keep names unique and stable
            count = names.get(name, 0)
            names[name] = count + 1
            if count:
                name = f"{name}#{count + 1}"
            aset = ArticleSet(name=name, versions=versions, source=group.source)
            (sets if len(versions) >= 2 else single).append(aset)
        return Discovery(sets=tuple(sets), single=tuple(single))


def _name(root: Path, folder: Path, stem: str) -> str:
    try:
        rel = folder.resolve().relative_to(root.resolve())
    except ValueError:
        rel = Path()
    parts = [p for p in rel.parts if p not in ("", ".")]
    return "/".join([*parts, stem])


def _rel_parts(path: Path, root: Path | None) -> list[str]:
    """Parts of ``path`` below ``root`` (all of them when ``root`` is None)."""
    if root is None:
        return [p for p in path.parts if p not in ("", ".", path.anchor)]
    try:
        return list(path.resolve().relative_to(root.resolve()).parts)
    except ValueError:
        return [path.name]


def _folder_lang(path: Path, root: Path | None) -> tuple[str, int] | None:
    """Language folder of ``path`` below ``root`` or ``root``'s own folder name.

    Returns ``(lang, index_from_end)`` where ``path.parts[-index_from_end]`` is the folder.
    """
    parts = path.parts
    depth = len(_rel_parts(path, root)) if root is not None else len(parts)
    # parts[-1] is the file; look at folders from the deepest up to root's own name
    limit = min(len(parts), depth + 1)
    for back in range(2, limit + 1):
        lang = _lang_dir(parts[-back])
        if lang is not None:
            return lang, back
    return None


def _read_manifest(manifest: Path) -> list[_Group]:
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"cannot read manifest: {err}", path=str(manifest)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line, msg = toml_error_line(err, text)
        raise UsageError(f"malformed manifest: {msg}", path=str(manifest), line=line) from None
    unknown = set(data) - {"set"}
    if unknown:
        raise UsageError(
            f"unknown key {sorted(unknown)[0]!r} in manifest (expected [[set]])",
            path=str(manifest),
            line=_line_of(manifest, sorted(unknown)[0]),
        )
    entries = data.get("set", [])
    if not isinstance(entries, list):
        raise UsageError("'set' must be an array of tables ([[set]])", path=str(manifest))
    base = manifest.parent
    groups: list[_Group] = []
    for i, entry in enumerate(entries, 1):
        where = f"set #{i}"
        if not isinstance(entry, dict):
            raise UsageError(f"{where} is not a table", path=str(manifest))
        bad = set(entry) - {"name", "versions", "files", "source"}
        if bad:
            key = sorted(bad)[0]
            raise UsageError(
                f"unknown key {key!r} in {where} (known: name, versions, files, source)",
                path=str(manifest),
                line=_line_of(manifest, key),
            )
        versions: dict[str, str] = {}
        raw_versions = entry.get("versions", {})
        if not isinstance(raw_versions, dict):
            raise UsageError(f"{where}: 'versions' must be a table lang = path", path=str(manifest))
        for lang, rel in raw_versions.items():
            versions[str(lang)] = str(base / str(rel))
        raw_files = entry.get("files", [])
        if not isinstance(raw_files, list):
            raise UsageError(f"{where}: 'files' must be a list of paths", path=str(manifest))
        for rel in raw_files:
            full = base / str(rel)
            lang = lang_from_path(str(Path(str(rel))))
            if lang is None:
                raise UsageError(
                    f"{where}: no language in file name {rel!r} (use versions = {{lang = path}})",
                    path=str(manifest),
                )
            if lang in versions:
                raise UsageError(f"{where}: two files for language {lang!r}", path=str(manifest))
            versions[lang] = str(full)
        if not versions:
            raise UsageError(f"{where} lists no versions", path=str(manifest))
        first = next(iter(versions.values()))
        name = str(entry.get("name") or _stem(Path(first).name, lang_from_path(first)))
        source = entry.get("source")
        groups.append(_Group(name=name, versions=versions, source=str(source) if source else None))
    return groups


def _line_of(path: Path, key: str) -> int | None:
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if line.strip().startswith(key) and "=" in line:
                return n
    except OSError:
        return None
    return None


def _walk(root: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS
        )
        yield dirpath, dirnames, sorted(filenames)


def _siblings(path: Path) -> Iterable[Path]:
    """The other language versions of a file given directly."""
    yield path
    lang = _hugo_lang(path.name)
    if lang is not None:
        stem = _stem(path.name, lang)
        for cand in sorted(path.parent.glob(f"{_glob_escape(stem)}.*")):
            if cand != path and _is_content(cand) and _hugo_lang(cand.name) is not None:
                if _stem(cand.name, _hugo_lang(cand.name)) == stem:
                    yield cand
        return
    parts = path.parts
    for back in range(2, len(parts) + 1):
        if _lang_dir(parts[-back]) is None:
            continue
        lang_folder = Path(*parts[: len(parts) - back + 1])
        rest = Path(*parts[len(parts) - back + 1 :])
        container = lang_folder.parent
        try:
            others = sorted(container.iterdir())
        except OSError:
            return
        stem = _stem(path.name, None)
        for other in others:
            if other == lang_folder or not other.is_dir() or _lang_dir(other.name) is None:
                continue
            folder = other / rest.parent
            if not folder.is_dir():
                continue
            for cand in sorted(folder.glob(f"{_glob_escape(stem)}.*")):
                if _is_content(cand) and _stem(cand.name, None) == stem:
                    yield cand
        return


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def discover(paths: Sequence[str | os.PathLike[str]]) -> Discovery:
    """Find every article set under ``paths`` (folders, manifests or single files).

    Raises :class:`~factcheck._errors.UsageError` for a path that does not exist
    or a malformed manifest.
    """
    collector = _Collector()
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            raise UsageError("no such file or folder", path=str(raw))
        if root.is_file():
            if root.name == MANIFEST_NAME:
                collector.add_manifest(root)
                continue
            if not _is_content(root):
                continue
            for member in _siblings(root):
                collector.add_file(member, None)
            continue
        manifest_dirs: list[Path] = []
        for dirpath, dirnames, filenames in _walk(root):
            here = Path(dirpath)
            if any(_is_below(here, m) for m in manifest_dirs):
                dirnames[:] = []
                continue
            if MANIFEST_NAME in filenames:
                manifest_dirs.append(here)
                collector.add_manifest(here / MANIFEST_NAME)
                dirnames[:] = []
                continue
            for fname in filenames:
                fpath = here / fname
                if _is_content(fpath):
                    collector.add_file(fpath, root)
    return collector.result()


def _is_below(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def iter_sets(paths: Sequence[str | os.PathLike[str]]) -> tuple[ArticleSet, ...]:
    """Only the comparable sets (two or more versions) of :func:`discover`."""
    return discover(paths).sets
