"""Helpers shared by the bench scripts: locating ../shared, NTREX documents, docs/benchmarks.md."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BENCHMARKS_MD = ROOT / "docs" / "benchmarks.md"

#: NTREX file stem → our language code
NTREX_LANGS = {
    "deu": "de", "fra": "fr", "eng": "en", "vie": "vi",
    "spa": "es", "ita": "it", "por": "pt", "nld": "nl",
}


def require_shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        sys.exit(f"{SHARED} is not present: this benchmark needs ../shared beside the project")
    return SHARED


@dataclass(frozen=True)
class NtrexDoc:
    doc_id: str
    #: lang code → list of sentences (one per line, aligned across languages)
    lines: dict[str, list[str]]

    def text(self, lang: str) -> str:
        """The document as text, one paragraph per sentence."""
        return "\n\n".join(self.lines[lang])


def ntrex_docs(langs: tuple[str, ...] = ("de", "fr", "en", "vi")) -> list[NtrexDoc]:
    base = require_shared() / "corpus" / "ntrex128"
    stems = {v: k for k, v in NTREX_LANGS.items()}
    files = {
        lang: (base / f"{stems[lang]}.txt").read_text(encoding="utf-8").splitlines()
        for lang in langs
    }
    docs = []
    rows = (base / "docs.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for row in rows:
        doc_id, first, last, _n = row.split("\t")
        lo, hi = int(first) - 1, int(last)
        docs.append(NtrexDoc(doc_id, {lang: files[lang][lo:hi] for lang in langs}))
    return docs


def write_section(name: str, body: str) -> None:
    """Replace the section between ``<!-- name:start -->`` and ``<!-- name:end -->``
    in docs/benchmarks.md (appending it when absent), leaving other sections alone."""
    BENCHMARKS_MD.parent.mkdir(exist_ok=True)
    text = BENCHMARKS_MD.read_text(encoding="utf-8") if BENCHMARKS_MD.exists() else (
        "# Benchmarks\n\nFigures written by the scripts in `bench/`; rerun a script to refresh"
        " its section.\n"
    )
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    BENCHMARKS_MD.write_text(text, encoding="utf-8")


def install_wheel(tmp: Path, *, pure: bool = False) -> Path | None:
    """Build the project's wheel (compiled as ``pip install .`` builds it, or pure Python
    with ``FACTCHECK_PURE_PYTHON=1``) and install it without dependencies (they are this
    interpreter's) into ``tmp/site``; ``None`` when that cannot be done here."""
    wheels, site = tmp / "wheels", tmp / "site"
    env = {**os.environ, "FACTCHECK_PURE_PYTHON": "1" if pure else "0"}
    pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], capture_output=True, env=env
    )
    found = sorted(wheels.glob("factcheck-*.whl")) if build.returncode == 0 else []
    if not found:
        return None
    inst = subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(found[0])], capture_output=True
    )
    return site if inst.returncode == 0 else None


def compiled() -> bool:
    """Whether the ``factcheck`` imported here runs the modules compiled by mypyc."""
    import factcheck._extract

    return not str(factcheck._extract.__file__).endswith(".py")
