"""``factcheck check``, ``rules`` and ``explain`` through click's CliRunner."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck import _cmd_check
from factcheck._format import SetResult, get_formatter
from factcheck._records import Document, Fact, Figure, Finding, Location, Mention, Report
from factcheck.cli import cli

DE_SAME = "Die Stadt hat 120 Schulen.\n\nIm Jahr 2024 kamen 3.400 Schüler hinzu.\n"
FR_SAME = "La ville compte 120 écoles.\n\nEn 2024, 3 400 élèves sont arrivés.\n"
FR_DIFF = "La ville compte 150 écoles.\n\nEn 2024, 3 400 élèves sont arrivés.\n"
DE_HEDGE = "Die Stadt hat über 120 Schulen.\n\nIm Jahr 2024 kamen 3.400 Schüler hinzu.\n"


def files(tmp_path: Path, de: str, fr: str) -> list[str]:
    (tmp_path / "story.de.md").write_text(de, encoding="utf-8")
    (tmp_path / "story.fr.md").write_text(fr, encoding="utf-8")
    return [str(tmp_path / "story.de.md"), str(tmp_path / "story.fr.md")]


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_exit_0_when_versions_agree(tmp_path: Path) -> None:
    result = invoke("check", *files(tmp_path, DE_SAME, FR_SAME))
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.stdout
    assert "no differences found" in result.stdout


def test_exit_1_on_a_value_mismatch_with_locations(tmp_path: Path) -> None:
    paths = files(tmp_path, DE_SAME, FR_DIFF)
    result = invoke("check", *paths)
    assert result.exit_code == 1
    out = result.stdout
    assert "FC101" in out and "value-mismatch" in out
    assert f"{paths[0]}:1:15" in out and f"{paths[1]}:1:17" in out
    assert "“120”" in out and "“150”" in out
    assert out.rstrip().splitlines()[-1].startswith("1 error, 0 warnings, 0 info")


def test_fail_on(tmp_path: Path) -> None:
    paths = files(tmp_path, DE_HEDGE, FR_SAME)
    assert invoke("check", *paths).exit_code == 1  # warning, default --fail-on warning
    result = invoke("check", "--fail-on", "error", *paths)
    assert result.exit_code == 0
    assert "FC102" in result.stdout  # still reported
    assert invoke("check", "--fail-on", "info", *files(tmp_path, DE_SAME, FR_SAME)).exit_code == 0


def test_exit_2_on_bad_usage_and_unreadable_input(tmp_path: Path) -> None:
    paths = files(tmp_path, DE_SAME, FR_SAME)
    missing = invoke("check", paths[0], str(tmp_path / "nope.fr.md"))
    assert missing.exit_code == 2 and "nope.fr.md" in missing.stderr
    assert invoke("check", "--date", "25.10.2025", *paths).exit_code == 2
    wrong_langs = invoke("check", "--lang", "de", *paths)
    assert wrong_langs.exit_code == 2 and "--lang" in wrong_langs.stderr
    assert invoke("check", "--select", "FC777", *paths).exit_code == 2
    assert invoke("check", "--format", "yaml", *paths).exit_code == 2
    assert invoke("check", paths[0]).exit_code == 2
    (tmp_path / "latin1.de.md").write_bytes("Größe: 12 Meter".encode("latin-1"))
    assert invoke("check", str(tmp_path / "latin1.de.md"), paths[1]).exit_code == 2


def test_broken_rule_file_names_file_and_line(tmp_path: Path) -> None:
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "house.toml").write_text(
        'code = "HOUSE001"\nname = "house"\nlevel = "info"\ntype = "pattern"\n'
        'description = "d"\nmessage = "m"\npattern = "x"\nspeling = 1\n',
        encoding="utf-8",
    )
    result = invoke("check", "--rules", str(rules), *files(tmp_path, DE_SAME, FR_SAME))
    assert result.exit_code == 2
    assert f"{rules / 'house.toml'}:8" in result.stderr and "speling" in result.stderr


def test_json_shape(tmp_path: Path) -> None:
    result = invoke("check", "--format", "json", *files(tmp_path, DE_SAME, FR_DIFF))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) == {"versions", "facts", "findings", "summary"}
    assert [v["lang"] for v in data["versions"]] == ["de", "fr"]
    assert data["summary"] == {"error": 1, "warning": 0, "info": 0}
    fact = data["facts"][0]
    assert set(fact) == {"kind", "status", "mentions"}
    assert set(fact["mentions"][0]) == {
        "lang", "text", "value", "qualifier", "unit", "line", "column"
    }  # fmt: skip
    finding = data["findings"][0]
    assert finding["code"] == "FC101" and finding["name"] == "value-mismatch"
    assert finding["level"] == "error"
    assert data["facts"][finding["fact"]]["status"] == "differs"
    loc = finding["locations"][1]
    assert set(loc) == {"path", "lang", "line", "column", "start", "end", "text"}
    assert loc["lang"] == "fr" and loc["text"] == "150"
    assert FR_DIFF[loc["start"] : loc["end"]] == "150"


def test_batch_json_shape() -> None:
    from factcheck._check import check

    report = check({"de": "Es gab 12 Fälle.", "fr": "Il y a eu 14 cas."})
    out = get_formatter("json")(batch=True).render(
        [SetResult("one", report), SetResult("two", None, "no such file", "two/a.de.md")]
    )
    data = json.loads(out)
    assert set(data) == {"sets", "summary"}
    assert [s["name"] for s in data["sets"]] == ["one", "two"]
    assert set(data["sets"][0]) == {"name", "versions", "facts", "findings"}
    assert data["sets"][1]["error"] == "no such file"
    assert data["summary"]["error"] == 1


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    result = invoke(
        "check", "--format", "json", "-o", str(target), *files(tmp_path, DE_SAME, FR_DIFF)
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["error"] == 1
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_unwritable_output_fails_before_reading_input(tmp_path: Path) -> None:
    result = invoke("check", "-o", str(tmp_path / "no" / "dir.json"), "a.de.md", "b.fr.md")
    assert result.exit_code == 2
    assert "output directory" in result.stderr and "a.de.md" not in result.stderr


def test_select_and_ignore(tmp_path: Path) -> None:
    hedged = files(tmp_path, DE_HEDGE, FR_SAME)
    everything = invoke("check", "--format", "json", *hedged)
    assert [f["code"] for f in json.loads(everything.stdout)["findings"]] == ["FC102"]
    by_code = invoke("check", "--format", "json", "--select", "FC101,FC2", *hedged)
    assert by_code.exit_code == 0 and json.loads(by_code.stdout)["findings"] == []
    by_name = invoke("check", "--select", "hedge-dropped", *hedged)
    assert by_name.exit_code == 1 and "FC102" in by_name.stdout
    differ = files(tmp_path, DE_SAME, FR_DIFF)
    assert invoke("check", "--ignore", "value-mismatch", *differ).exit_code == 0
    ignored = invoke("check", "--ignore", "FC1", *differ)
    assert ignored.exit_code == 0 and "FC101" not in ignored.stdout


def test_color_on_a_terminal_and_no_color(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cmd_check, "_stdout_isatty", lambda: True)
    paths = files(tmp_path, DE_SAME, FR_DIFF)
    coloured = invoke("check", *paths, env={"NO_COLOR": ""})
    assert "\x1b[" in coloured.stdout
    plain = invoke("check", *paths, env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout and "FC101" in plain.stdout
    forced = invoke("check", "--color", *paths, env={"NO_COLOR": "1"})
    assert "\x1b[" in forced.stdout
    json_out = invoke("check", "--format", "json", *paths, env={"NO_COLOR": ""})
    assert "\x1b[" not in json_out.stdout


def test_rules_and_explain() -> None:
    listed = invoke("rules")
    assert listed.exit_code == 0
    first = listed.stdout.splitlines()[0].split()
    assert first[:3] == ["FC101", "value-mismatch", "error"]
    assert len(listed.stdout.splitlines()) >= 14
    as_json = json.loads(invoke("rules", "--format", "json", "--select", "FC3").stdout)
    assert [r["code"] for r in as_json] == ["FC301", "FC302", "FC303"]
    explained = invoke("explain", "hedge-dropped")
    assert explained.exit_code == 0 and explained.stdout.startswith("FC102 hedge-dropped (warning)")
    assert "type:    qualifier" in explained.stdout
    assert invoke("explain", "FC301").stdout.startswith("FC301 scale-mismatch")
    unknown = invoke("explain", "FC999")
    assert unknown.exit_code == 2 and "FC999" in unknown.stderr


def _hand_report() -> Report:
    de = Document(lang="de", text="Es gab 40 Fälle.", path="a.de.md")
    fr = Document(lang="fr", text="Il y a eu 40 cas.", path="a.fr.md")
    en = Document(lang="en", text="There were 47 cases.", path="a.en.md")
    figs = [
        Figure("number", "40", 7, 9, Decimal(40)),
        Figure("number", "40", 10, 12, Decimal(40)),
        Figure("number", "47", 11, 13, Decimal(47)),
    ]
    fact = Fact("number", tuple(Mention(v, f) for v, f in enumerate(figs)), status="differs")

    def loc(doc: Document, v: int, f: Figure) -> Location:
        return Location(doc.lang, f.start, f.end, 1, f.start + 1, f.text, doc.path, v)

    value = Finding(
        "FC101", "value-mismatch", "error", "number values differ",
        tuple(loc(d, v, f) for v, (d, f) in enumerate(zip((de, fr, en), figs, strict=True))),
        fact=0, odd_one_out="en",
    )  # fmt: skip
    empty = Finding(
        "FC902", "empty-version", "error", "no text",
        (Location("fr", 0, 0, 1, 1, "", "a.fr.md", 1),),
    )  # fmt: skip
    return Report(versions=(de, fr, en), facts=(fact,), findings=(value, empty))


def test_text_groups_by_fact_with_every_version() -> None:
    out = get_formatter("text")().render([SetResult("a", _hand_report())])
    lines = out.splitlines()
    assert lines[0] == "fact 1: number, differs"
    assert "error   FC101 value-mismatch: number values differ" in lines[1]
    assert lines[2].split() == ["a.de.md:1:8", "de", "“40”"]
    assert lines[4].split() == ["a.en.md:1:12", "en", "“47”"]
    assert "whole versions" in out and "a.fr.md:1:1  fr  (absent)" in out
    assert (
        lines[-1]
        == "2 errors, 0 warnings, 0 info in 1 fact (de, fr, en): 0 agree, 1 differ, 0 missing"
    )
    assert "\x1b[" not in out
    assert "\x1b[" in get_formatter("text")(color=True).render([SetResult("a", _hand_report())])


def test_text_batch_lists_sets_and_errors() -> None:
    out = get_formatter("text")(batch=True).render(
        [SetResult("one", _hand_report()), SetResult("two", None, "cannot read", "b/x.de.md")]
    )
    assert "== one ==" in out and "== two ==" in out
    assert "error: b/x.de.md: cannot read" in out
    assert out.splitlines()[-1] == "2 errors, 0 warnings, 0 info in 2 sets (1 could not be checked)"


def test_json_odd_one_out_and_fact_index() -> None:
    data = json.loads(get_formatter("json")().render([SetResult("a", _hand_report())]))
    first = data["findings"][0]
    assert first["odd_one_out"] == "en" and first["fact"] == 0
    assert [m["value"] for m in data["facts"][0]["mentions"]] == ["40", "40", "47"]
    assert data["findings"][1]["fact"] is None


def test_json_line_and_column_match_document() -> None:
    from factcheck._format._json import report_to_json

    text = "Eins.\n\nZwei und 12.\n\nDrei mit 40 Fällen."
    doc = Document(lang="de", text=text, path="x.de.md")
    figs = [
        Figure("number", "12", 16, 18, Decimal(12)),
        Figure("number", "40", 30, 32, Decimal(40)),
    ]
    facts = tuple(Fact("number", (Mention(0, f),)) for f in figs)
    data = report_to_json(Report(versions=(doc,), facts=facts, findings=()))
    for fact, f in zip(data["facts"], figs, strict=True):
        m = fact["mentions"][0]
        assert (m["line"], m["column"]) == doc.line_col(f.start)


def test_three_versions_odd_one_out_and_source(tmp_path: Path) -> None:
    paths = files(tmp_path, DE_SAME, FR_SAME)
    en = tmp_path / "story.en.md"
    en.write_text("The city has 150 schools.\n\nIn 2024, 3,400 pupils arrived.\n", "utf-8")
    result = invoke("check", "--format", "json", *paths, str(en))
    assert result.exit_code == 1
    finding = next(f for f in json.loads(result.stdout)["findings"] if f["code"] == "FC101")
    assert finding["odd_one_out"] == "en"
    assert [loc["lang"] for loc in finding["locations"]] == ["de", "fr", "en"]
    # with the French version as the reference, only fr–de and fr–en are compared
    sourced = invoke("check", "--format", "json", "--source", "fr", *paths, str(en))
    findings = [f for f in json.loads(sourced.stdout)["findings"] if f["code"] == "FC101"]
    assert [sorted(loc["lang"] for loc in f["locations"]) for f in findings] == [["en", "fr"]]
