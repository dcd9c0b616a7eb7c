from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck._baseline import (
    apply_baseline,
    entries_for,
    fingerprint,
    load_baseline,
    render_baseline,
)
from factcheck._check import check
from factcheck._errors import UsageError
from factcheck._format import SetResult
from factcheck.cli import cli

DE = "Die Brücke ist 310 Meter lang.\n\nSie hat 6 Pfeiler.\n"
FR = "Le pont mesure 130 mètres.\n\nIl repose sur 6 piles.\n"


def _result(name: str, de: str = DE, fr: str = FR) -> SetResult:
    return SetResult(name, check({"de": de, "fr": fr}))


def test_fingerprint_survives_unrelated_edits() -> None:
    before = _result("news/bridge")
    after = _result(
        "bridge",
        de="Ein neuer erster Absatz.\n\n" + DE.replace("6 Pfeiler", "7 Pfeiler"),
        fr="Un nouveau paragraphe.\n\n" + FR.replace("6 piles", "7 piles"),
    )
    assert before.report is not None and after.report is not None
    fb = {fingerprint(f, before.name, before.report) for f in before.report.findings
          if f.code == "FC101"}
    fa = {fingerprint(f, after.name, after.report) for f in after.report.findings
          if f.code == "FC101"}
    assert fb and fb == fa
    other = _result("other")
    assert other.report is not None
    fo = {fingerprint(f, other.name, other.report) for f in other.report.findings
          if f.code == "FC101"}
    assert fo.isdisjoint(fb)


def test_round_trip_and_reason_kept(tmp_path: Path) -> None:
    res = _result("bridge")
    entries = entries_for(res)
    assert entries and all(e.reason == "" for e in entries)
    path = tmp_path / "baseline.toml"
    path.write_text(render_baseline(entries), encoding="utf-8")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["finding"]) == len(entries)
    assert {"fingerprint", "set", "code", "name", "message", "texts", "reason"} <= set(
        data["finding"][0]
    )
    loaded = load_baseline(path)
    assert [e.fingerprint for e in loaded.entries] == [e.fingerprint for e in entries]
    outcome = apply_baseline([res], loaded)
    assert outcome.results[0].report is not None
    assert outcome.results[0].report.findings == ()
    assert outcome.stale == () and outcome.matched == len(entries)


def test_new_findings_reported_and_stale_entries_listed() -> None:
    from factcheck._baseline import Baseline

    old = _result("bridge")
    baseline = Baseline(None, tuple(entries_for(old)))
    fixed = _result("bridge", fr=FR.replace("130", "310"))
    worse = _result("bridge", fr=FR.replace("6 piles", "8 piles"))
    out = apply_baseline([fixed], baseline)
    assert out.results[0].report is not None
    assert [e.code for e in out.stale] == ["FC101"]
    out = apply_baseline([worse], baseline)
    assert out.results[0].report is not None
    assert {f.code for f in out.results[0].report.findings} == {"FC101"}
    assert "8" in out.results[0].report.findings[0].message
    # entries of sets not checked in this run are not called stale
    assert apply_baseline([_result("elsewhere", fr=FR.replace("130", "310"))], baseline).stale == ()


def test_malformed_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "b.toml"
    bad.write_text('version = 1\n[[finding]]\ncode = "FC101"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="no fingerprint"):
        load_baseline(bad)
    bad.write_text("version = 1\n[[finding]\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"b.toml:2: malformed baseline"):
        load_baseline(bad)
    with pytest.raises(UsageError, match="does not exist"):
        load_baseline(tmp_path / "none.toml")


def test_cli_write_then_batch_and_check_with_baseline(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "bridge.de.md").write_text(DE, encoding="utf-8")
    (site / "bridge.fr.md").write_text(FR, encoding="utf-8")
    base = tmp_path / "reviewed.toml"
    runner = CliRunner()
    res = runner.invoke(
        cli,
        ["baseline", "write", str(base), str(site / "bridge.de.md"), str(site / "bridge.fr.md"),
         "--reason", "checked with the desk"],
    )
    assert res.exit_code == 0, res.output
    text = base.read_text(encoding="utf-8")
    assert 'reason = "checked with the desk"' in text and 'set = "bridge"' in text
    # an editor edits the reason; writing again keeps it
    base.write_text(text.replace("checked with the desk", "the French desk rounds"), "utf-8")
    res = runner.invoke(cli, ["baseline", "write", str(base), str(site)])
    assert res.exit_code == 0, res.output
    assert "the French desk rounds" in base.read_text(encoding="utf-8")

    res = runner.invoke(cli, ["batch", str(site), "--baseline", str(base), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["sets"][0]["findings"] == []

    (site / "bridge.fr.md").write_text(FR.replace("130", "310"), encoding="utf-8")
    res = runner.invoke(cli, ["batch", str(site), "--baseline", str(base)])
    assert res.exit_code == 0
    assert "no longer matches" in res.stdout


def test_cli_write_refuses_unreadable_input(tmp_path: Path) -> None:
    (tmp_path / "x.de.md").write_text(DE, encoding="utf-8")
    (tmp_path / "x.fr.md").write_bytes(b"\xff\xfe\xfa")
    base = tmp_path / "b.toml"
    res = CliRunner().invoke(
        cli, ["baseline", "write", str(base), str(tmp_path / "x.de.md"), str(tmp_path / "x.fr.md")]
    )
    assert res.exit_code == 2 and not base.exists()
    assert "x.fr.md" in res.stderr


def test_check_with_baseline_reports_only_new_findings(tmp_path: Path) -> None:
    de, fr = tmp_path / "bridge.de.md", tmp_path / "bridge.fr.md"
    de.write_text(DE, encoding="utf-8")
    fr.write_text(FR, encoding="utf-8")
    base = tmp_path / "reviewed.toml"
    runner = CliRunner()
    assert runner.invoke(cli, ["baseline", "write", str(base), str(de), str(fr)]).exit_code == 0
    res = runner.invoke(cli, ["check", str(de), str(fr), "--baseline", str(base),
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["findings"] == []
    # a new difference is reported; the fixed one is listed as a stale entry
    fr.write_text(FR.replace("130", "310").replace("6 piles", "9 piles"), encoding="utf-8")
    res = runner.invoke(cli, ["check", str(de), str(fr), "--baseline", str(base),
                              "--format", "json"])
    assert res.exit_code == 1
    found = json.loads(res.stdout)["findings"]
    assert [f["code"] for f in found] == ["FC101"] and "9" in found[0]["message"]
    assert "no longer matches" in res.stderr
