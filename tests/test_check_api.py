"""``factcheck.check``: the Python API end to end (real extraction, shipped rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factcheck
from factcheck._errors import UsageError
from factcheck._load import document_from_text, load_document
from factcheck._records import Report

DE = (
    "Die Stadtwerke Kleinfeld haben im vergangenen Jahr 48 Millionen Euro umgesetzt.\n\n"
    "Geschäftsführerin Anna Berger kündigte an, bis 2027 weitere 120 Ladepunkte zu bauen.\n\n"
    "Mehr unter https://stadtwerke.example/laden."
)
FR = (
    "Les services municipaux de Kleinfeld ont réalisé l'an dernier un chiffre d'affaires "
    "de 48 millions d'euros.\n\n"
    "La directrice Anna Berger a annoncé 120 bornes de recharge supplémentaires d'ici 2027.\n\n"
    "Plus d'informations sur https://stadtwerke.example/laden."
)


def _paired(report: Report) -> list[list[str]]:
    n = len(report.versions)
    return [[m.figure.text for m in f.mentions] for f in report.facts if len(f.mentions) == n]


def test_exported() -> None:
    assert factcheck.check is factcheck._check.check
    assert "check" in factcheck.__all__


def test_seed_pair_pairs_at_least_six_facts(seeds: tuple[str, str]) -> None:
    de, fr = seeds
    report = factcheck.check({"de": de, "fr": fr})
    paired = _paired(report)
    assert len(paired) >= 6, paired
    assert not [f for f in report.findings if f.level in ("error", "warning")], [
        (f.code, f.message) for f in report.findings if f.level != "info"
    ]


def test_mapping_input() -> None:
    report = factcheck.check({"de": DE, "fr": FR})
    assert [d.lang for d in report.versions] == ["de", "fr"]
    assert ["120", "120"] in _paired(report)
    assert all(f.status == "agrees" for f in report.facts if len(f.mentions) == 2)
    for fact in report.facts:
        for m in fact.mentions:
            text = report.versions[m.version].text
            assert text[m.figure.start : m.figure.end] == m.figure.text


def test_document_input_keeps_paths_and_positions(tmp_path: Path) -> None:
    (tmp_path / "bericht.de.md").write_text("# Titel\n\n" + DE, encoding="utf-8")
    (tmp_path / "bericht.fr.md").write_text("# Titre\n\n" + FR, encoding="utf-8")
    docs = [load_document(str(tmp_path / f"bericht.{lang}.md")) for lang in ("de", "fr")]
    report = factcheck.check(docs)
    assert [d.path for d in report.versions] == [d.path for d in docs]
    fact = next(f for f in report.facts if f.mentions[0].figure.text == "120")
    doc = report.versions[0]
    line = DE.splitlines()[2]
    assert doc.line_col(fact.mentions[0].figure.start) == (5, line.index("120") + 1)


def test_changed_figure_is_reported_at_both_places() -> None:
    fr = FR.replace("120 bornes", "150 bornes")
    report = factcheck.check({"de": DE, "fr": fr})
    errors = [f for f in report.findings if f.level == "error"]
    assert errors, report.findings
    texts = {loc.lang: loc.text for loc in errors[0].locations}
    assert texts == {"de": "120", "fr": "150"} or ("120" in texts["de"] and "150" in texts["fr"])
    assert any(f.status == "differs" for f in report.facts)
    loc = next(loc for loc in errors[0].locations if loc.lang == "fr")
    assert fr[loc.start : loc.end] == loc.text


def test_source_by_language_and_index() -> None:
    report = factcheck.check({"de": DE, "fr": FR}, source="fr")
    assert isinstance(report, Report)
    factcheck.check({"de": DE, "fr": FR}, source=1)
    with pytest.raises(UsageError, match="source"):
        factcheck.check({"de": DE, "fr": FR}, source="en")
    with pytest.raises(UsageError, match="source"):
        factcheck.check({"de": DE, "fr": FR}, source=5)


def test_three_versions() -> None:
    en = (
        "Kleinfeld's municipal utility had revenue of 48 million euros last year.\n\n"
        "Managing director Anna Berger announced 120 more charging points by 2027.\n\n"
        "More at https://stadtwerke.example/laden."
    )
    report = factcheck.check({"de": DE, "fr": FR, "en": en})
    assert ["120", "120", "120"] in _paired(report)


def test_version_against_itself_reports_nothing() -> None:
    report = factcheck.check([document_from_text(DE, "de"), document_from_text(DE, "de")])
    assert not [f for f in report.findings if f.level != "info"]
    assert all(len(f.mentions) == 2 for f in report.facts)


def test_empty_version_does_not_crash() -> None:
    report = factcheck.check({"de": DE, "fr": ""})
    assert isinstance(report, Report)


def test_reference_date_argument_and_front_matter() -> None:
    de = "---\ndate: 2025-10-20\n---\nDas Treffen findet nächste Woche statt.\n"
    fr = "---\ndate: 2025-10-20\n---\nLa réunion aura lieu la semaine prochaine.\n"
    docs = [document_from_text(de, "de", fmt="md"), document_from_text(fr, "fr", fmt="md")]
    report = factcheck.check(docs)
    dated = factcheck.check(docs, reference_date=dt.date(2025, 1, 1))
    assert len(report.facts) == len(dated.facts)
    values = {str(m.figure.value) for f in report.facts for m in f.mentions}
    assert not any(v.startswith("REF") for v in values), values


def test_bad_versions_argument() -> None:
    with pytest.raises(UsageError):
        factcheck.check("just a string")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="unknown language"):
        factcheck.check({"xx-nope": "Text"})
    with pytest.raises(UsageError):
        factcheck.check({})


def test_reference_date_from_a_dateline() -> None:
    de = "Hanoi, 20. Oktober 2025 – Das Treffen findet nächste Woche statt."
    fr = "Hanoï, 20 octobre 2025 – La réunion aura lieu la semaine prochaine."
    report = factcheck.check({"de": de, "fr": fr})
    values = {str(m.figure.value) for f in report.facts for m in f.mentions}
    assert values and not any(v.startswith("REF") for v in values), values
    undated = factcheck.check({"de": de.split("– ")[1], "fr": fr.split("– ")[1]})
    assert any(str(m.figure.value).startswith("REF") for f in undated.facts for m in f.mentions)


def test_last_chance_join_shows_one_fact_in_the_report() -> None:
    de = "Drei Feuerwehrleute wurden am Abend verletzt."
    fr = "Quatre pompiers ont été blessés dans la soirée."
    report = factcheck.check({"de": de, "fr": fr})
    numbers = [f for f in report.facts if f.kind == "number"]
    assert [len(f.mentions) for f in numbers] == [2]
    assert numbers[0].status == "differs"
    errors = [f for f in report.findings if f.code == "FC101"]
    assert errors and errors[0].fact == report.facts.index(numbers[0])
    assert all(f.mentions for f in report.facts)


def test_changed_decade_is_a_date_mismatch() -> None:
    de = "In den 1970er Jahren lebte sie in Lyon."
    fr = "Dans les années 1960, elle vivait à Lyon."
    report = factcheck.check({"de": de, "fr": fr})
    assert "FC201" in [f.code for f in report.findings]
    assert factcheck.check({"de": de, "fr": fr.replace("1960", "1970")}).findings == ()


def test_parenthesised_conversion_takes_the_hedge() -> None:
    de = "Die Algen bedecken circa 80 Meilen Küste."
    fr = "Les algues couvrent environ 129 km (80 miles) de côtes."
    report = factcheck.check({"de": de, "fr": fr})
    assert [f.code for f in report.findings if f.level != "info"] == []
