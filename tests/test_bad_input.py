"""Bad input through the command line: exit 2, one line on stderr, nothing written.

Every case runs through click's ``CliRunner`` on :data:`factcheck.cli.cli`,
for each command it applies to (``extract``, ``check``, ``batch``), with
``-o`` pointing into an empty folder, and asserts:

* exit code 2;
* exactly one line on stderr, naming the file (when there is one) and the
  problem, and no ``Traceback`` anywhere;
* nothing written: the output folder is still empty (no partial report, no
  temporary file) and no folder was created.

"Not writable" output: the tests run as root in CI, and root may write into a
read-only folder, so the portable case is a path *under a regular file*
(``somefile/out.json``), which nobody can create; the read-only-folder case
runs only when the tests are not root.

The size limit: every command refuses a file larger than the limit (default
50 MB; a sparse file of 50 MB + 1 byte costs nothing to make); ``check`` and
``batch`` also take ``max-bytes`` from ``factcheck.toml``, which the test sets
to 100 bytes.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import COMMANDS, cli

DE = "Die Firma hat über 5.000 Mitarbeiter in 12 Ländern.\n"
FR = "L'entreprise compte plus de 5 000 salariés dans 12 pays.\n"


@dataclass
class Run:
    result: Result
    out_dir: Path
    before: set[Path]
    root: Path

    @property
    def stderr_lines(self) -> list[str]:
        return [ln for ln in self.result.stderr.splitlines() if ln.strip()]


def _snapshot(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def _invoke(root: Path, args: list[str], *, with_output: bool = True) -> Run:
    out_dir = root / "out"
    out_dir.mkdir(exist_ok=True)
    if with_output:
        args = [*args, "-o", str(out_dir / "report.out")]
    before = _snapshot(root)
    cwd = os.getcwd()
    os.chdir(root)  # factcheck.toml is looked up from the current folder
    try:
        result = CliRunner().invoke(cli, args, catch_exceptions=True)
    finally:
        os.chdir(cwd)
    return Run(result, out_dir, before, root)


def _assert_clean_failure(run: Run, *, names: str | None, problem: str) -> str:
    """Exit 2, one stderr line naming ``names`` and matching ``problem``, nothing written."""
    res = run.result
    everything = res.output + (res.stderr or "")
    assert "Traceback" not in everything
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code == 2, (res.exit_code, everything)
    lines = run.stderr_lines
    assert len(lines) == 1, lines
    line = lines[0]
    if names is not None:
        assert names in line, line
    assert re.search(problem, line, re.IGNORECASE), line
    assert list(run.out_dir.iterdir()) == [], "something was written to the output folder"
    assert _snapshot(run.root) == run.before, "a file or folder was created"
    return line


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _need(command: str) -> None:
    """Commands not yet registered still run (and fail): they are part of the interface."""
    if command not in COMMANDS:
        pytest.fail(f"factcheck {command} is not registered in factcheck.cli.COMMANDS yet")


def _args_for(command: str, root: Path, bad: Path, *extra: str) -> list[str]:
    """Command line for ``command`` with ``bad`` as the (or one) version."""
    if command == "extract":
        return ["extract", str(bad), *extra]
    if command == "check":
        good = _write(root / "good" / "story.fr.md", FR)
        return ["check", str(good), str(bad), *extra]
    raise AssertionError(command)


FILE_COMMANDS = ("extract", "check")
ALL_COMMANDS = ("extract", "check", "batch")


# ------------------------------------------------------------------ input files


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_missing_file(tmp_path: Path, command: str) -> None:
    _need(command)
    bad = tmp_path / "nowhere" / "story.de.md"
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad))
    _assert_clean_failure(
        run, names="story.de.md", problem=r"no such file|not found|does not exist"
    )


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_directory_as_version(tmp_path: Path, command: str) -> None:
    _need(command)
    bad = tmp_path / "story.de.md"
    bad.mkdir()
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad))
    _assert_clean_failure(run, names="story.de.md", problem=r"directory")


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_binary_file(tmp_path: Path, command: str) -> None:
    _need(command)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    bad = _write(tmp_path / "story.de.md", png)
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad))
    _assert_clean_failure(run, names="story.de.md", problem=r"binary")


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_invalid_utf8_names_the_byte_and_offers_encoding(tmp_path: Path, command: str) -> None:
    _need(command)
    data = b"Umsatz: 12 Mio. Euro, Gr\xf6\xdfe 7 m\n"  # Latin-1 bytes
    offset = data.index(b"\xf6")
    bad = _write(tmp_path / "story.de.md", data)
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad))
    line = _assert_clean_failure(run, names="story.de.md", problem=r"UTF-8")
    assert str(offset) in line, line
    assert "--encoding" in line, line


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_invalid_utf8_reads_with_encoding(tmp_path: Path, command: str) -> None:
    """The fix the message offers works."""
    _need(command)
    data = "Der Umsatz stieg auf 12 Mio. Euro bei 7 Größen.\n".encode("latin-1")
    bad = _write(tmp_path / "story.de.md", data)
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad, "--encoding", "latin-1"))
    assert run.result.exit_code in (0, 1), run.result.output + run.result.stderr


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_no_language(tmp_path: Path, command: str) -> None:
    _need(command)
    bad = _write(tmp_path / "story.md", DE)
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad))
    _assert_clean_failure(run, names="story.md", problem=r"language.*--lang|--lang.*language")


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_unknown_language_code(tmp_path: Path, command: str) -> None:
    _need(command)
    bad = _write(tmp_path / "story.md", DE)
    langs = "xx" if command == "extract" else "fr,xx"  # check: one code per file, in order
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad, "--lang", langs))
    _assert_clean_failure(run, names=None, problem=r"unknown language.*xx")


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_file_over_the_default_limit(tmp_path: Path, command: str) -> None:
    _need(command)
    bad = tmp_path / "story.de.txt"
    with bad.open("wb") as fh:  # sparse: no disk, no time
        fh.truncate(50_000_001)
    run = _invoke(tmp_path, _args_for(command, tmp_path, bad))
    _assert_clean_failure(run, names="story.de.txt", problem=r"limit|too large|larger")


def test_check_file_over_a_configured_limit(tmp_path: Path) -> None:
    _need("check")
    _write(tmp_path / "factcheck.toml", "max-bytes = 100\n")
    bad = _write(tmp_path / "story.de.md", DE * 5)  # > 100 bytes
    run = _invoke(tmp_path, ["check", str(_write(tmp_path / "story.fr.md", FR)), str(bad)])
    _assert_clean_failure(run, names="story.de.md", problem=r"limit|too large|larger")


def _two_sets(root: Path) -> Path:
    """Two article sets under ``root/articles``: ``good/story`` and ``big/story``."""
    base = root / "articles"
    _write(base / "good" / "story.de.md", DE)
    _write(base / "good" / "story.fr.md", FR)
    _write(base / "big" / "story.de.md", DE * 5)  # > 100 bytes
    _write(base / "big" / "story.fr.md", FR)
    return base


def _assert_batch_reports_the_failed_set(run: Run, problem: str) -> None:
    res = run.result
    assert "Traceback" not in res.output + res.stderr
    assert res.exit_code == 2, (res.exit_code, res.output, res.stderr)
    report = (run.out_dir / "report.out").read_text(encoding="utf-8")
    data = json.loads(report)
    names = {s["name"] for s in data["sets"]}
    assert any("good" in n for n in names), names  # the other set was checked
    assert re.search(problem, report, re.IGNORECASE), report
    assert "big" in report and "story.de.md" in report


def test_batch_file_over_the_limit_flag(tmp_path: Path) -> None:
    """batch: one file over the limit fails its set; the others are checked; exit 2."""
    _need("batch")
    base = _two_sets(tmp_path)
    run = _invoke(tmp_path, ["batch", str(base), "--max-bytes", "100", "--format", "json"])
    _assert_batch_reports_the_failed_set(run, r"limit|too large|larger")


def test_batch_file_over_a_configured_limit(tmp_path: Path) -> None:
    _need("batch")
    _write(tmp_path / "factcheck.toml", "max-bytes = 100\n")
    base = _two_sets(tmp_path)
    run = _invoke(tmp_path, ["batch", str(base), "--format", "json"])
    _assert_batch_reports_the_failed_set(run, r"limit|too large|larger")


def test_batch_binary_file_in_one_set(tmp_path: Path) -> None:
    _need("batch")
    base = tmp_path / "articles"
    _write(base / "good" / "story.de.md", DE)
    _write(base / "good" / "story.fr.md", FR)
    _write(base / "big" / "story.de.md", DE)
    _write(base / "big" / "story.fr.md", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    run = _invoke(tmp_path, ["batch", str(base), "--format", "json"])
    res = run.result
    assert res.exit_code == 2, (res.exit_code, res.stderr)
    report = (run.out_dir / "report.out").read_text(encoding="utf-8")
    assert "binary" in report and "story.fr.md" in report
    assert any("good" in s["name"] for s in json.loads(report)["sets"])


def test_check_under_the_configured_limit_runs(tmp_path: Path) -> None:
    _need("check")
    _write(tmp_path / "factcheck.toml", "max-bytes = 1000\n")
    de = _write(tmp_path / "story.de.md", DE)
    fr = _write(tmp_path / "story.fr.md", FR)
    run = _invoke(tmp_path, ["check", str(fr), str(de)], with_output=False)
    assert run.result.exit_code in (0, 1), run.result.stderr


# ------------------------------------------------------------------ rule files


def _rule_args(command: str, root: Path, rules: Path) -> list[str]:
    de = _write(root / "set" / "story.de.md", DE)
    fr = _write(root / "set" / "story.fr.md", FR)
    if command == "check":
        return ["check", str(de), str(fr), "--rules", str(rules)]
    if command == "batch":
        return ["batch", str(root / "set"), "--rules", str(rules)]
    raise AssertionError(command)


RULE_COMMANDS = ("check", "batch")

GOOD_RULE_HEAD = (
    'code = "FC991"\n'
    'name = "my-rule"\n'
    'level = "warning"\n'
    'description = "A rule of the test."\n'
    'message = "something is off"\n'
)


@pytest.mark.parametrize("command", RULE_COMMANDS)
def test_malformed_rule_toml_names_file_and_line(tmp_path: Path, command: str) -> None:
    _need(command)
    rules = tmp_path / "myrules"
    _write(rules / "broken.toml", 'code = "FC991"\nname = "my-rule"\nlevel = \n')
    run = _invoke(tmp_path, _rule_args(command, tmp_path, rules))
    line = _assert_clean_failure(run, names="broken.toml", problem=r"TOML|invalid|malformed")
    assert re.search(r"broken\.toml:3\b|line 3\b", line), line


@pytest.mark.parametrize("command", RULE_COMMANDS)
def test_rule_with_unknown_type(tmp_path: Path, command: str) -> None:
    _need(command)
    rules = tmp_path / "myrules"
    _write(rules / "odd.toml", GOOD_RULE_HEAD + 'type = "telepathy"\n')
    run = _invoke(tmp_path, _rule_args(command, tmp_path, rules))
    _assert_clean_failure(run, names="odd.toml", problem=r"telepathy|unknown.*type|type")


@pytest.mark.parametrize("command", RULE_COMMANDS)
def test_rule_with_unknown_key(tmp_path: Path, command: str) -> None:
    _need(command)
    rules = tmp_path / "myrules"
    _write(rules / "odd.toml", GOOD_RULE_HEAD + 'type = "compare-values"\ncolour = "red"\n')
    run = _invoke(tmp_path, _rule_args(command, tmp_path, rules))
    line = _assert_clean_failure(run, names="odd.toml", problem=r"colour")
    assert re.search(r"odd\.toml:7\b|line 7\b", line), line


@pytest.mark.parametrize("command", RULE_COMMANDS)
def test_invalid_user_regex(tmp_path: Path, command: str) -> None:
    _need(command)
    rules = tmp_path / "myrules"
    _write(rules / "pattern.toml", GOOD_RULE_HEAD + 'type = "pattern"\npattern = "COVID-([0-9"\n')
    run = _invoke(tmp_path, _rule_args(command, tmp_path, rules))
    _assert_clean_failure(run, names="pattern.toml", problem=r"regular expression|regex|pattern")


# ------------------------------------------------------------------ format and output


def _plain_args(command: str, root: Path) -> list[str]:
    de = _write(root / "set" / "story.de.md", DE)
    fr = _write(root / "set" / "story.fr.md", FR)
    if command == "extract":
        return ["extract", str(de)]
    if command == "check":
        return ["check", str(de), str(fr)]
    return ["batch", str(root / "set")]


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_unknown_format(tmp_path: Path, command: str) -> None:
    _need(command)
    run = _invoke(tmp_path, [*_plain_args(command, tmp_path), "--format", "docx"])
    _assert_clean_failure(run, names=None, problem=r"docx")


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_missing_output_directory(tmp_path: Path, command: str) -> None:
    _need(command)
    target = tmp_path / "no" / "such" / "dir" / "report.json"
    run = _invoke(tmp_path, [*_plain_args(command, tmp_path), "-o", str(target)], with_output=False)
    _assert_clean_failure(run, names="report.json", problem=r"does not exist|no such")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_output_under_a_regular_file(tmp_path: Path, command: str) -> None:
    _need(command)
    blocker = _write(tmp_path / "somefile", "I am a file, not a folder\n")
    target = blocker / "report.json"
    run = _invoke(tmp_path, [*_plain_args(command, tmp_path), "-o", str(target)], with_output=False)
    _assert_clean_failure(run, names="report.json", problem=r"not a directory|does not exist")
    assert blocker.read_text(encoding="utf-8") == "I am a file, not a folder\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_output_directory_not_writable(tmp_path: Path, command: str) -> None:
    _need(command)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        run = _invoke(
            tmp_path,
            [*_plain_args(command, tmp_path), "-o", str(locked / "report.json")],
            with_output=False,
        )
        _assert_clean_failure(run, names="report.json", problem=r"not writable|permission")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_output_is_a_directory(tmp_path: Path, command: str) -> None:
    _need(command)
    target = tmp_path / "out"
    target.mkdir()
    run = _invoke(tmp_path, [*_plain_args(command, tmp_path), "-o", str(target)], with_output=False)
    _assert_clean_failure(run, names="out", problem=r"directory")


def test_batch_missing_directory(tmp_path: Path) -> None:
    _need("batch")
    run = _invoke(tmp_path, ["batch", str(tmp_path / "nothing-here")])
    _assert_clean_failure(run, names="nothing-here", problem=r"no such|does not exist|not found")


def test_existing_report_survives_a_failed_run(tmp_path: Path) -> None:
    """A failed run leaves the previous report as it was (no truncation)."""
    de = _write(tmp_path / "story.de.md", DE)
    report = _write(tmp_path / "report.txt", "the previous report\n")
    bad = tmp_path / "missing.de.md"
    before = _snapshot(tmp_path)
    res = CliRunner().invoke(cli, ["extract", str(bad), "-o", str(report)])
    assert res.exit_code == 2
    assert report.read_text(encoding="utf-8") == "the previous report\n"
    assert _snapshot(tmp_path) == before
    res = CliRunner().invoke(cli, ["extract", str(de), "-o", str(report)])
    assert res.exit_code == 0, res.stderr
    assert "5.000" in report.read_text(encoding="utf-8") or "figures" in report.read_text(
        encoding="utf-8"
    )


# ------------------------------------------------------------------ internal errors


def _boom(*args: object, **kwargs: object) -> list[object]:
    raise ZeroDivisionError("deliberate failure inside extract")


@pytest.fixture
def broken_extract(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import factcheck._cmd_extract as mod

    monkeypatch.setattr(mod, "extract", _boom)
    yield


def test_internal_error_is_one_line_and_exit_3(
    tmp_path: Path, broken_extract: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    de = _write(tmp_path / "story.de.md", DE)
    res = CliRunner().invoke(cli, ["extract", str(de)])
    assert res.exit_code == 3
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("factcheck: internal error: ZeroDivisionError"), lines[0]
    assert "deliberate failure" in lines[0]
    assert "Traceback" not in res.output + res.stderr


def test_internal_error_traceback_with_debug(tmp_path: Path, broken_extract: None) -> None:
    de = _write(tmp_path / "story.de.md", DE)
    res = CliRunner().invoke(cli, ["extract", str(de)], env={"FACTCHECK_DEBUG": "1"})
    assert res.exit_code == 3
    assert "Traceback" in res.stderr
    assert "ZeroDivisionError" in res.stderr


def test_main_entry_point_exit_codes(tmp_path: Path, broken_extract: None) -> None:
    """``factcheck.cli.main`` (the console script) exits 3 on a bug, 2 on bad input."""
    from factcheck.cli import main

    de = _write(tmp_path / "story.de.md", DE)
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(de)])
    assert exc.value.code == 3
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path / "missing.de.md")])
    assert exc.value.code == 2


def test_a_group_without_its_subcommand_shows_help() -> None:
    res = CliRunner().invoke(cli, ["baseline"])
    assert res.exit_code == 2
    assert "Usage:" in res.stderr and "write" in res.stderr
    assert "Traceback" not in res.output + res.stderr


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    for args in (["extract"], ["no-such-command"], ["--no-such-flag"]):
        res = CliRunner().invoke(cli, args)
        assert res.exit_code == 2, args
        lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("factcheck: error:"), (args, lines)


# ------------------------------------------------------------------ special output targets


def test_output_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    """``-o link`` writes the file the link points at; the link stays a link."""
    de = _write(tmp_path / "story.de.md", DE)
    real = _write(tmp_path / "reports" / "real.txt", "old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    res = CliRunner().invoke(cli, ["extract", str(de), "-o", str(link)])
    assert res.exit_code == 0, res.stderr
    assert link.is_symlink()
    assert "5.000" in real.read_text(encoding="utf-8")
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.txt"]  # no temp file left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_to_a_fifo_writes_into_it(tmp_path: Path) -> None:
    """A device or FIFO (``-o /dev/stdout``, ``-o /dev/null``) is written to, never
    replaced by a regular file. Tested on a FIFO in tmp_path: replacing /dev/null in
    a test would break the machine."""
    import stat
    import threading

    de = _write(tmp_path / "story.de.md", DE)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:  # blocks until a writer opens the FIFO
            got.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    res = CliRunner().invoke(cli, ["extract", str(de), "-o", str(fifo)])
    thread.join(timeout=10)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a regular file"
    assert res.exit_code == 0, res.stderr
    assert got and b"5.000" in got[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "story.de.md"]


def test_report_file_mode_follows_the_umask(tmp_path: Path) -> None:
    """Reports are not left 0600 by the temporary file they were written through."""
    de = _write(tmp_path / "story.de.md", DE)
    out = tmp_path / "report.txt"
    old = os.umask(0o022)
    try:
        res = CliRunner().invoke(cli, ["extract", str(de), "-o", str(out)])
    finally:
        os.umask(old)
    assert res.exit_code == 0, res.stderr
    assert out.stat().st_mode & 0o777 == 0o644


def test_a_write_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full (or any OSError while writing) → exit 2, one line, no temporary file left."""
    import errno
    import tempfile

    def full(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    de = _write(tmp_path / "story.de.md", DE)
    run = _invoke(tmp_path, ["extract", str(de)])
    _assert_clean_failure(run, names="report.out", problem=r"cannot write output.*space")
