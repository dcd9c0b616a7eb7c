from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck._batch import BatchSummary, CheckOptions, Progress, exit_code, run_batch
from factcheck._discover import discover
from factcheck._format import SetResult
from factcheck.cli import cli

SETS = {
    "bridges": (
        "Die Gemeinde baut 14 neue Brücken.\n\nDie Kosten liegen bei 3,5 Millionen Euro.\n",
        "La commune construit 14 nouveaux ponts.\n\nLe coût atteint 3,5 millions d’euros.\n",
    ),
    "club": ("Der Verein hat 230 Mitglieder.\n", "L'association compte 260 membres.\n"),
    "library": (
        "Die Bibliothek leiht 8.400 Bücher pro Jahr aus.\n",
        "La bibliothèque prête 8 400 livres par an.\n",
    ),
}


def _write_sets(root: Path, *, broken: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, (de, fr) in SETS.items():
        (root / f"{name}.de.md").write_text(de, encoding="utf-8")
        (root / f"{name}.fr.md").write_text(fr, encoding="utf-8")
    if broken:
        (root / "mill.de.md").write_text("Die Mühle mahlt 40 Säcke.\n", encoding="utf-8")
        (root / "mill.fr.md").write_bytes(b"Le moulin moud 40 sacs \xff\xfe.\n")
    return root


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def test_unreadable_file_is_reported_with_its_set_and_others_are_checked(tmp_path: Path) -> None:
    root = _write_sets(tmp_path)
    code, out, err = _run("batch", str(root), "--format", "json", "--jobs", "1")
    assert code == 2
    data = json.loads(out)
    by_name = {s["name"]: s for s in data["sets"]}
    assert set(by_name) == {"bridges", "club", "library", "mill"}
    assert "mill.fr.md" in by_name["mill"]["error"]
    assert "UTF-8" in by_name["mill"]["error"]
    assert by_name["mill"]["error_path"].endswith("mill.fr.md")
    club = by_name["club"]
    assert [v["lang"] for v in club["versions"]] == ["de", "fr"]
    assert any(f["code"] == "FC101" for f in club["findings"])
    assert all(k in club for k in ("name", "versions", "facts", "findings"))
    assert data["summary"]["sets"] == 4 and data["summary"]["failed"] == 1
    assert data["summary"]["error"] >= 1
    assert err == ""  # nothing on a pipe: no progress bar


def test_exit_codes(tmp_path: Path) -> None:
    root = _write_sets(tmp_path, broken=False)
    code, out, _ = _run("batch", str(root))
    assert code == 1  # the club set differs
    assert "== club ==" in out and "Summary" in out
    assert "article sets" in out
    (root / "club.fr.md").write_text("L'association compte 230 membres.\n", encoding="utf-8")
    code, out, _ = _run("batch", str(root), "--fail-on", "error")
    assert code == 0, out


def test_jobs_two_gives_the_same_output_in_order(tmp_path: Path) -> None:
    root = _write_sets(tmp_path)
    one = _run("batch", str(root), "--format", "json", "--jobs", "1")
    two = _run("batch", str(root), "--format", "json", "--jobs", "2")
    assert one == two
    assert [s["name"] for s in json.loads(two[1])["sets"]] == ["bridges", "club", "library", "mill"]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "html"])
def test_every_format_to_a_file(tmp_path: Path, fmt: str) -> None:
    root = _write_sets(tmp_path / "in")
    out = tmp_path / f"report.{fmt}"
    code, stdout, _ = _run("batch", str(root), "--format", fmt, "-o", str(out), "--jobs", "1")
    assert code == 2 and stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "mill" in text and "club" in text


def test_unknown_format_and_missing_path_are_usage_errors(tmp_path: Path) -> None:
    code, _, err = _run("batch", str(tmp_path), "--format", "yaml")
    assert code == 2 and "yaml" in err
    code, _, err = _run("batch", str(tmp_path / "nope"))
    assert code == 2 and "nope" in err and "Traceback" not in err


def test_config_file_sets_fail_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _write_sets(tmp_path / "site", broken=False)
    (tmp_path / "factcheck.toml").write_text('fail-on = "info"\nignore = ["FC101"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run("batch", str(root), "--format", "json")
    codes = {f["code"] for s in json.loads(out)["sets"] for f in s["findings"]}
    assert "FC101" not in codes
    # an explicit flag wins over the file
    code, out, _ = _run("batch", str(root), "--format", "json", "--ignore", "FC902")
    codes = {f["code"] for s in json.loads(out)["sets"] for f in s["findings"]}
    assert "FC101" in codes and code == 1


def test_run_batch_streams_in_order_with_workers(tmp_path: Path) -> None:
    root = _write_sets(tmp_path)
    sets = discover([root]).sets
    names = [r.name for r in run_batch(sets, CheckOptions(), jobs=2, chunk_size=1)]
    assert names == [s.name for s in sets]


def test_progress_bar_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    result = SetResult("x", None, error="boom")
    tty = Tty()
    bar = Progress(2, tty)
    bar.step(result)
    bar.step(result)
    bar.close()
    assert "2/2 sets" in tty.getvalue()
    pipe = io.StringIO()
    bar = Progress(2, pipe)
    bar.step(result)
    bar.close()
    assert pipe.getvalue() == ""


def test_exit_code_precedence() -> None:
    failed = SetResult("a", None, error="unreadable")
    assert exit_code([failed], "error") == 2
    assert exit_code([], "warning") == 0
    summary = BatchSummary(fail_on="warning")
    summary.add(failed)
    assert "unreadable / failed" in summary.table()


def test_bad_rule_file_stops_before_any_work(tmp_path: Path) -> None:
    root = _write_sets(tmp_path / "in", broken=False)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "FC950-broken.toml").write_text('code = "FC950"\nname = [\n', encoding="utf-8")
    code, out, err = _run("batch", str(root), "--rules", str(rules))
    assert code == 2 and out == ""
    assert "FC950-broken.toml" in err and len(err.strip().splitlines()) == 1


def test_file_over_max_bytes_fails_its_set_only(tmp_path: Path) -> None:
    root = _write_sets(tmp_path, broken=False)
    big = "Der Verein hat 230 Mitglieder. " * 40
    (root / "club.de.md").write_text(big, encoding="utf-8")
    code, out, _ = _run("batch", str(root), "--format", "json", "--max-bytes", "600")
    assert code == 2
    sets = {s["name"]: s for s in json.loads(out)["sets"]}
    assert sets["club"]["error"] and not sets["bridges"].get("error")


def test_output_folder_missing_is_usage_error_and_nothing_written(tmp_path: Path) -> None:
    root = _write_sets(tmp_path / "in", broken=False)
    target = tmp_path / "missing" / "report.json"
    code, _, err = _run("batch", str(root), "--format", "json", "-o", str(target))
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "missing").exists()


def test_pre_commit_style_file_arguments(tmp_path: Path) -> None:
    """pre-commit passes changed files: each stands for its set, each set is checked once."""
    root = _write_sets(tmp_path, broken=False)
    (root / "README.md").write_text("Notes for the desk.\n", encoding="utf-8")
    files = [root / "club.fr.md", root / "club.de.md", root / "bridges.fr.md", root / "README.md"]
    code, out, _ = _run("batch", *map(str, files), "--format", "json")
    names = [s["name"] for s in json.loads(out)["sets"]]
    assert sorted(names) == ["bridges", "club"]
    assert code == 1


def test_pre_commit_hooks_file() -> None:
    hooks = (Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text("utf-8")
    assert "- id: factcheck\n" in hooks and "entry: factcheck batch\n" in hooks
    assert "language: python" in hooks and "pass_filenames: true" in hooks
