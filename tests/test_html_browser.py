"""The HTML report in a real browser: headless Chromium from the system packages.

Driven with the Python ``playwright`` package pointed at the system's
``chromium`` (never Playwright's own browser download). Skips cleanly when
either is missing; ``.ci/run`` installs both.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

pytestmark = pytest.mark.browser

_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

DE = (
    "# Neue Seilbahn\n\n"
    "Die Seilbahn befördert über 2.400 Fahrgäste pro Stunde.\n\n"
    "Die Fahrt dauert 7 Minuten und kostet 18 Euro.\n\n"
    "Die Talstation liegt auf 1.050 Metern.\n"
)
FR = (
    "# Nouveau téléphérique\n\n"
    "Le téléphérique transporte plus de 4 200 passagers par heure.\n\n"
    "Le trajet dure 7 minutes et coûte 18 euros.\n"
)


def _chromium() -> str | None:
    for cand in (os.environ.get("FACTCHECK_CHROMIUM"), "/usr/bin/chromium", "chromium"):
        if cand and (os.path.isfile(cand) or shutil.which(cand)):
            return cand if os.path.isfile(cand) else shutil.which(cand)
    return None


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    (tmp_path / "lift.de.md").write_text(DE, encoding="utf-8")
    (tmp_path / "lift.fr.md").write_text(FR, encoding="utf-8")
    out = tmp_path / "report.html"
    res = CliRunner().invoke(
        cli,
        ["batch", str(tmp_path), "--format", "html", "-o", str(out), "--jobs", "1"],
    )
    assert res.exit_code in (0, 1), res.output
    return out


def test_report_renders_in_chromium(page_file: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium binary installed")
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=exe, args=_ARGS, headless=True)
        except Exception as err:  # a broken browser install is a skip, not a failure
            pytest.skip(f"chromium does not start: {err}")
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            page.wait_for_load_state("load")

            # both versions, side by side in one table
            headers = page.locator("table.versions th").all_inner_texts()
            assert [h.split()[0] for h in headers] == ["de", "fr"]
            assert page.locator("td[lang=de]").count() >= 3
            assert "Seilbahn" in page.inner_text("table.versions")
            assert "téléphérique" in page.inner_text("table.versions")
            # aligned: the passengers row holds both versions' figure
            row = page.locator("tr.row", has_text="2.400")
            assert row.count() == 1 and "4 200" in row.inner_text()

            # figures highlighted and coloured by status
            differs = page.locator("mark.fig.st-differs")
            agrees = page.locator("mark.fig.st-agrees")
            assert differs.count() >= 2 and agrees.count() >= 2
            assert "2.400" in " ".join(differs.all_inner_texts())
            colour = {
                name: page.locator(f"mark.fig.st-{name}").first.evaluate(
                    "el => getComputedStyle(el).backgroundColor"
                )
                for name in ("differs", "agrees")
            }
            assert colour["differs"] != colour["agrees"]
            assert "rgba(0, 0, 0, 0)" not in colour.values()

            # every finding link points at an element that exists
            links = page.locator("li.finding a.spot-link")
            assert links.count() >= 2
            for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
                assert href.startswith("#")
                assert page.locator(f"[id='{href[1:]}']").count() == 1, href
            # following a link targets the spot
            first = links.first.get_attribute("href")
            assert first is not None
            links.first.click()
            assert page.evaluate("location.hash") == first
            assert page.evaluate("document.querySelector(':target').id") == first[1:]

            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
        finally:
            browser.close()
    # self-contained: the page loaded nothing but itself
    assert all(url.startswith("file://") for url in requests), requests
