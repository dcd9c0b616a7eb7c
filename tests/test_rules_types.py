"""Semantics of each rule type, on hand-built figures and facts (no extractor needed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck._records import Analysis, Document, Fact, Figure, Finding, Mention
from factcheck._rules import load_ruleset
from factcheck._rules._compare import UnitTable
from factcheck._rules._timex import timex_agree
from factcheck._tokens import Token

D = Decimal


def fig(text: str, surface: str, kind: str, value: Any, **kw: Any) -> Figure:
    start = text.index(surface)
    if isinstance(value, int | str) and kind not in ("date", "time", "duration"):
        value = D(str(value))
    for key in ("low", "high", "precision", "alt_value"):
        if key in kw and kw[key] is not None and not isinstance(kw[key], Decimal):
            kw[key] = D(str(kw[key]))
    return Figure(kind, surface, start, start + len(surface), value, **kw)


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    pos = 0
    for block in text.split("\n\n"):
        out.append((pos, pos + len(block)))
        pos += len(block) + 2
    return tuple(out)


def build(
    versions: Sequence[tuple[str, str, Sequence[Figure]]],
    facts: Sequence[Sequence[tuple[int, Figure]]] = (),
    *,
    source: int | None = None,
    tokens: Sequence[Sequence[Token]] | None = None,
    alignment: Sequence[Sequence[Sequence[int]]] | None = None,
) -> Analysis:
    docs = tuple(
        Document(lang=lang, text=text, path=f"story.{lang}.md", paragraphs=paragraphs(text))
        for lang, text, _ in versions
    )
    if alignment is None:
        n = max(len(d.paragraphs) for d in docs)
        alignment = [[(p,) if p < len(d.paragraphs) else () for d in docs] for p in range(n)]
    fact_records = tuple(
        Fact(kind=mentions[0][1].kind, mentions=tuple(Mention(v, f) for v, f in mentions))
        for mentions in facts
    )
    return Analysis(
        documents=docs,
        figures=tuple(tuple(figs) for _, _, figs in versions),
        tokens=tuple(tuple(t) for t in tokens) if tokens else tuple(() for _ in docs),
        alignment=tuple(tuple(tuple(g) for g in group) for group in alignment),
        facts=fact_records,
        source=source,
    )


def run(analysis: Analysis, *select: str) -> list[Finding]:
    return load_ruleset(select=select).apply(analysis)


def codes(findings: Sequence[Finding]) -> list[str]:
    return [f.code for f in findings]


def pair(
    de_text: str, de_fig: dict[str, Any], fr_text: str, fr_fig: dict[str, Any], *select: str
) -> list[Finding]:
    a = fig(de_text, **de_fig)
    b = fig(fr_text, **fr_fig)
    analysis = build([("de", de_text, [a]), ("fr", fr_text, [b])], [[(0, a), (1, b)]])
    return run(analysis, *select)


# -- values ---------------------------------------------------------------------

DE_BN = "Der Konzern investiert 2,5 Milliarden Euro."


def test_rounding_agrees_within_stated_precision() -> None:
    de = {"surface": "2,5 Milliarden", "kind": "number", "value": "2.5E9", "precision": "1E8"}
    fr_ok = {"surface": "2,48 milliards", "kind": "number", "value": "2.48E9", "precision": "1E7"}
    fr_bad = {"surface": "2,4 milliards", "kind": "number", "value": "2.4E9", "precision": "1E8"}
    assert pair(DE_BN, de, "Le groupe investit 2,48 milliards.", fr_ok) == []
    found = pair(DE_BN, de, "Le groupe investit 2,4 milliards.", fr_bad)
    assert codes(found) == ["FC101"]
    assert [loc.text for loc in found[0].locations] == ["2,5 Milliarden", "2,4 milliards"]
    assert found[0].fact == 0
    assert found[0].message == 'number values differ: de "2,5 Milliarden" vs fr "2,4 milliards"'


def test_hedge_intervals() -> None:
    de_text = "Über 5.000 Menschen kamen."
    de = {"surface": "Über 5.000", "kind": "number", "value": 5000, "qualifier": "over"}
    # a different, compatible figure: no value mismatch, no hedge finding
    ok = {"surface": "5 200", "kind": "number", "value": 5200}
    assert pair(de_text, de, "5 200 personnes sont venues.", ok) == []
    # same hedge, different value: a value mismatch
    bad = {"surface": "plus de 4 000", "kind": "number", "value": 4000, "qualifier": "over"}
    assert codes(pair(de_text, de, "Ils étaient plus de 4 000.", bad)) == ["FC101"]
    # exact value outside the interval
    low = {"surface": "4 000", "kind": "number", "value": 4000}
    assert codes(pair(de_text, de, "4 000 personnes sont venues.", low)) == ["FC101"]


def test_about_uses_tolerance() -> None:
    de = {"surface": "rund 40", "kind": "number", "value": 40, "qualifier": "about"}
    near = {"surface": "42", "kind": "number", "value": 42}
    far = {"surface": "55", "kind": "number", "value": 55}
    # the values agree within "about"; the hedge is still dropped
    assert codes(pair("Es gab rund 40 Fälle.", de, "Il y a eu 42 cas.", near)) == ["FC102"]
    # a bound that reaches the approximation: the hedges differ (FC102), the values agree
    over = {"surface": "plus de 38", "kind": "number", "value": 38, "qualifier": "over"}
    assert codes(pair("Es gab rund 40 Fälle.", de, "Il y a eu plus de 38 cas.", over)) == ["FC102"]
    # a bound reaches 10 % beyond its value: "plus de 30" is not 40
    bound = {"surface": "plus de 30", "kind": "number", "value": 30, "qualifier": "over"}
    assert codes(pair("Es gab 40 Fälle.", {"surface": "40", "kind": "number", "value": 40},
                      "Il y a eu plus de 30 cas.", bound)) == ["FC101"]
    assert codes(pair("Es gab rund 40 Fälle.", de, "Il y a eu 55 cas.", far)) == ["FC101"]


def test_hedge_dropped_and_contradicted() -> None:
    de_text = "Über 5.000 Menschen kamen."
    de = {"surface": "Über 5.000", "kind": "number", "value": 5000, "qualifier": "over"}
    exact = {"surface": "5 000", "kind": "number", "value": 5000}
    found = pair(de_text, de, "5 000 personnes sont venues.", exact)
    assert codes(found) == ["FC102"]
    assert found[0].level == "warning"
    under = {"surface": "moins de 5 000", "kind": "number", "value": 5000, "qualifier": "under"}
    found = pair(de_text, de, "Ils étaient moins de 5 000 personnes.", under)
    assert codes(found) == ["FC103"]
    assert found[0].level == "error"
    assert found[0].message == (
        'hedges contradict: de "Über 5.000" (over) vs fr "moins de 5 000" (under)'
    )
    # "about" vs "over": different, not opposite
    about = {"surface": "environ 5 000", "kind": "number", "value": 5000, "qualifier": "about"}
    found = pair(de_text, de, "Ils étaient environ 5 000 personnes.", about)
    assert codes(found) == ["FC102"] and found[0].message.startswith("hedges differ")


def test_ambiguous_format_alt_value_and_flag() -> None:
    de_text = "Die Firma hat 5,000 Mitarbeiter."
    de = {
        "surface": "5,000",
        "kind": "number",
        "value": 5,
        "alt_value": 5000,
        "flags": frozenset({"ambiguous-format"}),
    }
    fr = {"surface": "5 000", "kind": "number", "value": 5000}
    found = pair(de_text, de, "L'entreprise compte 5 000 salariés.", fr)
    assert codes(found) == ["FC105"]
    assert found[0].locations[0].text == "5,000"
    assert "5 or 5000" in found[0].message


# -- scale, currency, units ---------------------------------------------------------


def test_scale_false_friend_and_plain_scale() -> None:
    de = {"surface": "2 Billionen", "kind": "number", "value": "2E12", "scale": "Billionen"}
    en = {"surface": "2 billion", "kind": "number", "value": "2E9", "scale": "billion"}
    found = pair("Die Schulden: 2 Billionen Euro.", de, "The debt: 2 billion euros.", en)
    assert codes(found) == ["FC301"]
    assert "false friend" in found[0].message
    de2 = {"surface": "3 Millionen", "kind": "number", "value": "3E6", "scale": "Millionen"}
    fr2 = {"surface": "3 milliards", "kind": "number", "value": "3E9", "scale": "milliards"}
    found = pair("Es kostet 3 Millionen.", de2, "Cela coûte 3 milliards.", fr2)
    assert codes(found) == ["FC301"]
    assert "false friend" not in found[0].message
    assert "10^3" in found[0].message


def test_currency_mismatch_only() -> None:
    de = {"surface": "5 Millionen Euro", "kind": "money", "value": "5E6", "unit": "EUR"}
    fr = {"surface": "5 millions de dollars", "kind": "money", "value": "5E6", "unit": "USD"}
    found = pair("Es kostet 5 Millionen Euro.", de, "Cela coûte 5 millions de dollars.", fr)
    assert codes(found) == ["FC302"]
    assert "EUR vs USD" in found[0].message


@pytest.mark.parametrize(
    ("de_surface", "de_value", "de_unit", "en_surface", "en_value", "en_unit", "expected"),
    [
        ("100 km", 100, "length-kilometer", "62 miles", 62, "length-mile", []),
        ("100 km", 100, "length-kilometer", "60 miles", 60, "length-mile", []),
        ("100 km", 100, "length-kilometer", "100 miles", 100, "length-mile", ["FC303"]),
        ("20 Grad", 20, "temperature-celsius", "68 degrees", 68, "temperature-fahrenheit", []),
        (
            "20 Grad",
            20,
            "temperature-celsius",
            "78 degrees",
            78,
            "temperature-fahrenheit",
            ["FC303"],
        ),
        ("3 kg", 3, "mass-kilogram", "3 km", 3, "length-kilometer", ["FC303"]),
        ("100 km", 100, "length-kilometer", "90 km", 90, "length-kilometer", ["FC101"]),
    ],
)
def test_units(
    de_surface: str,
    de_value: int,
    de_unit: str,
    en_surface: str,
    en_value: int,
    en_unit: str,
    expected: list[str],
) -> None:
    de = {
        "surface": de_surface,
        "kind": "quantity",
        "value": de_value,
        "unit": de_unit,
        "precision": 1,
    }
    en = {
        "surface": en_surface,
        "kind": "quantity",
        "value": en_value,
        "unit": en_unit,
        "precision": 1,
    }
    found = pair(f"Es waren {de_surface}.", de, f"It was {en_surface}.", en)
    assert codes(found) == expected


def test_unit_table_ratio_and_offset() -> None:
    t = UnitTable(
        {"temperature-fahrenheit": "5/9", "temperature-celsius": 1},
        {"temperature-fahrenheit": "459.67", "temperature-celsius": "273.15"},
    )
    assert t.to_base(D(32), "temperature-fahrenheit").quantize(D("0.01")) == D("273.15")
    assert t.to_base(D(0), "temperature-celsius") == D("273.15")


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2025-10", "2025-10-25", True),
        ("XXXX-10-25", "2025-10-25", True),
        ("2025", "2025-03-01", True),
        ("2025-10-24", "2025-10-25", False),
        ("2024-10", "2025-10-25", False),
        ("T15:00", "T15:00", True),
        ("T15", "T15:30", True),
        ("T15:00", "T16:00", False),
        ("T15:00", "T03:00", False),
        ("2025-10-25T15:00", "2025-10-25", True),
        ("P2W", "P14D", True),
        ("P3Y", "P36M", True),
        ("P3Y", "P4Y", False),
        ("PT90M", "PT1.5H", True),
    ],
)
def test_timex(a: str, b: str, agree: bool) -> None:
    assert timex_agree(a, b) is agree


def test_date_mismatch_and_partial_dates() -> None:
    de_text = "Die Wahl findet am 25. Oktober statt."
    de = {"surface": "25. Oktober", "kind": "date", "value": "XXXX-10-25"}
    ok = {"surface": "25 octobre 2025", "kind": "date", "value": "2025-10-25"}
    bad = {"surface": "24 octobre 2025", "kind": "date", "value": "2025-10-24"}
    assert pair(de_text, de, "L'élection a lieu le 25 octobre 2025.", ok) == []
    found = pair(de_text, de, "L'élection a lieu le 24 octobre 2025.", bad)
    assert codes(found) == ["FC201"]


def test_weekday_inside_one_version() -> None:
    day = dt.date(2025, 10, 25)
    wrong = (day.weekday() + 1) % 7
    text = "Am Sonntag, 25. Oktober 2025 wird gewählt."
    a = fig(text, "Sonntag, 25. Oktober 2025", "date", "2025-10-25", weekday=wrong)
    found = run(build([("de", text, [a])]), "FC202")
    assert codes(found) == ["FC202"]
    assert len(found[0].locations) == 1
    assert found[0].locations[0].text == "Sonntag, 25. Oktober 2025"
    assert "Samstag" in found[0].message  # the actual weekday, in German
    right = fig(text, "Sonntag, 25. Oktober 2025", "date", "2025-10-25", weekday=day.weekday())
    assert run(build([("de", text, [right])]), "FC202") == []


def test_weekday_across_versions_without_year() -> None:
    de_text = "Am Samstag, 25. Oktober wird gewählt."
    fr_text = "Le vote aura lieu le vendredi 25 octobre."
    a = fig(de_text, "Samstag, 25. Oktober", "date", "XXXX-10-25", weekday=5)
    b = fig(fr_text, "vendredi 25 octobre", "date", "XXXX-10-25", weekday=4)
    analysis = build([("de", de_text, [a]), ("fr", fr_text, [b])], [[(0, a), (1, b)]])
    found = run(analysis, "FC2")
    assert codes(found) == ["FC202"]
    assert len(found[0].locations) == 2


# -- odd one out, source ------------------------------------------------------------------


def three(
    values: tuple[int, int, int], *, source: int | None = None, q: str | None = None
) -> list[Finding]:
    texts = [
        f"Es gab {values[0]} Fälle.",
        f"Il y a eu {values[1]} cas.",
        f"There were {values[2]} cases.",
    ]
    figs = [
        fig(t, str(v), "number", v, qualifier=q if i == 0 else None)
        for i, (t, v) in enumerate(zip(texts, values, strict=True))
    ]
    analysis = build(
        [("de", texts[0], [figs[0]]), ("fr", texts[1], [figs[1]]), ("en", texts[2], [figs[2]])],
        [[(0, figs[0]), (1, figs[1]), (2, figs[2])]],
        source=source,
    )
    return run(analysis, "FC101")


def test_odd_one_out_with_three_versions() -> None:
    found = three((40, 40, 47))
    assert codes(found) == ["FC101"]
    assert found[0].odd_one_out == "en"
    assert [loc.lang for loc in found[0].locations] == ["de", "fr", "en"]
    assert "en is the odd one out" in found[0].message
    assert three((40, 40, 40)) == []
    # all three differ: nobody is the odd one out
    found = three((40, 45, 52))
    assert codes(found) == ["FC101"] and found[0].odd_one_out is None


def test_source_compares_only_against_source() -> None:
    # de "about 40" agrees with 37 and with 43, but 37 and 43 disagree with each other
    assert codes(three((40, 37, 43), q="about")) == ["FC101"]
    assert three((40, 37, 43), q="about", source=0) == []


# -- presence, paragraphs, tokens, language -----------------------------------------------


def test_figure_missing_points_at_aligned_paragraph() -> None:
    de_text = "Erster Absatz ohne Zahl.\n\nDie Stadt hat 12 Schulen."
    fr_text = "Premier paragraphe.\n\nLa ville a des écoles."
    a = fig(de_text, "12", "number", 12)
    analysis = build([("de", de_text, [a]), ("fr", fr_text, [])], [[(0, a)]])
    found = run(analysis, "FC104")
    assert codes(found) == ["FC104"]
    assert found[0].level == "warning"
    de_loc, fr_loc = found[0].locations
    assert de_loc.text == "12"
    assert fr_loc.text == "" and fr_loc.start == fr_text.index("La ville")
    assert fr_loc.line == 3 and fr_loc.column == 1
    assert "missing in fr" in found[0].message


def test_figure_missing_whole_paragraph_is_info() -> None:
    de_text = "Erster Absatz.\n\nDie Stadt hat 12 Schulen."
    fr_text = "Premier paragraphe."
    a = fig(de_text, "12", "number", 12)
    analysis = build(
        [("de", de_text, [a]), ("fr", fr_text, [])],
        [[(0, a)]],
        alignment=[[(0,), (0,)], [(1,), ()]],
    )
    found = run(analysis, "FC104", "FC903")
    assert sorted(codes(found)) == ["FC104", "FC903"]
    # the figure is reported at info, the paragraph (it states a figure) at warning
    assert sorted((f.code, f.level) for f in found) == [("FC104", "info"), ("FC903", "warning")]
    para = next(f for f in found if f.code == "FC903")
    assert para.locations[1].text == "" and para.locations[1].start == len(fr_text)


def test_figure_missing_level_by_kind() -> None:
    de_text = "Sie wurde Dritte."
    a = fig(de_text, "Dritte", "ordinal", 3)
    analysis = build([("de", de_text, [a]), ("fr", "Elle a fini.", [])], [[(0, a)]])
    assert [f.level for f in run(analysis, "FC104")] == ["info"]


def test_invariant_tokens() -> None:
    de_text = "Mehr unter https://example.org/info und zu COVID-19."
    fr_text = "Plus d'informations sur le site. Voir aussi covid-19."
    url = Token("url", "https://example.org/info", 11, 35)
    code = Token("code", "COVID-19", de_text.index("COVID"), de_text.index("COVID") + 8)
    analysis = build([("de", de_text, []), ("fr", fr_text, [])], tokens=[[url, code], []])
    found = run(analysis, "FC401")
    assert codes(found) == ["FC401"]  # COVID-19 is in the French raw text
    assert found[0].locations[0].text == "https://example.org/info"
    assert found[0].locations[1].text == ""


def test_empty_version() -> None:
    analysis = build([("de", "Ein Satz.", []), ("fr", "  \n", [])])
    found = run(analysis, "FC902")
    assert codes(found) == ["FC902"] and found[0].locations[0].lang == "fr"


def test_language_mismatch() -> None:
    french = (
        "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine. "
        "Les élus de la majorité ont défendu une hausse des dépenses pour les écoles et les "
        "transports, tandis que l'opposition a critiqué le niveau de la dette. Le maire a "
        "promis que les impôts locaux ne seraient pas augmentés."
    )
    german = (
        "Der Stadtrat hat am Dienstagabend den Haushalt der Stadt für das kommende Jahr "
        "beschlossen. Die Mehrheit verteidigte höhere Ausgaben für die Schulen und den "
        "Verkehr, während die Opposition die Höhe der Schulden kritisierte. Der Bürgermeister "
        "versprach, dass die Steuern nicht erhöht werden."
    )
    wrong = build([("de", french, []), ("fr", french, [])])
    found = run(wrong, "FC901")
    assert codes(found) == ["FC901"] and found[0].locations[0].lang == "de"
    assert run(build([("de", german, []), ("fr", french, [])]), "FC901") == []


def test_figure_stated_differently_is_not_missing() -> None:
    # the pairer left a year apart: a number in one version, a date in the other
    de_text = "Das Werk wurde 2012 eröffnet."
    en_text = "The plant opened in 2012."
    a = fig(de_text, "2012", "number", 2012)
    b = fig(en_text, "2012", "date", "2012")
    analysis = build([("de", de_text, [a]), ("en", en_text, [b])], [[(0, a)], [(1, b)]])
    assert run(analysis, "FC104") == []
    # the extractor missed it in one version, but its digits are there
    c = fig(de_text, "2012", "number", 2012)
    analysis = build([("de", de_text, [c]), ("en", "It opened in 2012 (a year).", [])], [[(0, c)]])
    assert run(analysis, "FC104") == []
    # really absent
    analysis = build([("de", de_text, [c]), ("en", "The plant opened.", [])], [[(0, c)]])
    assert codes(run(analysis, "FC104")) == ["FC104"]


def test_relative_dates_and_words_missing_are_info() -> None:
    de_text = "Am Freitag kamen zwei Minister."
    a = fig(de_text, "Freitag", "date", "XXXX-WXX-5", flags=frozenset({"relative"}))
    b = fig(de_text, "zwei", "number", 2, flags=frozenset({"words"}))
    analysis = build(
        [("de", de_text, [a, b]), ("fr", "Des ministres sont venus.", [])], [[(0, a)], [(0, b)]]
    )
    assert [f.level for f in run(analysis, "FC104")] == ["info", "info"]


def test_dropped_approximation_is_a_warning() -> None:
    de = {"surface": "rund 40", "kind": "number", "value": 40, "qualifier": "about"}
    fr = {"surface": "40", "kind": "number", "value": 40}
    found = pair("Es gab rund 40 Fälle.", de, "Il y a eu 40 cas.", fr)
    assert codes(found) == ["FC102"] and found[0].level == "warning"


def test_ambiguous_format_confirmed_by_the_other_version_is_quiet() -> None:
    de_text = "Der Lauf ist 42,195 Kilometer lang."
    de = {
        "surface": "42,195",
        "kind": "number",
        "value": "42.195",
        "alt_value": 42195,
        "flags": frozenset({"ambiguous-format"}),
    }
    fr = {"surface": "42,195", "kind": "number", "value": "42.195", "alt_value": 42195,
          "flags": frozenset({"ambiguous-format"})}  # fmt: skip
    assert pair(de_text, de, "La course fait 42,195 km.", fr, "FC105") == []
    en = {"surface": "42,195", "kind": "number", "value": 42195}
    found = pair(de_text, de, "The race is 42,195 yards.", en, "FC105")
    assert codes(found) == ["FC105"]


@pytest.mark.parametrize(
    ("lang", "text", "part", "whole", "fires"),
    [
        ("de", "Die Polizei nahm 45 von 30 Demonstranten fest.", "45", "30", True),
        ("fr", "La police a interpellé 45 des 30 manifestants.", "45", "30", True),
        ("en", "Police detained 45 of the 30 protesters.", "45", "30", True),
        ("vi", "Cảnh sát bắt giữ 45 trong số 30 người.", "45", "30", True),
        ("en", "Police detained 15 of the 30 protesters.", "15", "30", False),
        ("en", "Police detained 45 protesters and 30 others.", "45", "30", False),
    ],
)
def test_part_exceeds_whole(lang: str, text: str, part: str, whole: str, fires: bool) -> None:
    a = fig(text, part, "number", int(part))
    b = fig(text, whole, "number", int(whole))
    found = run(build([(lang, text, [a, b])]), "FC501")
    assert codes(found) == (["FC501"] if fires else [])
    if fires:
        assert found[0].locations[0].text.startswith(part)


def test_missing_paragraph_with_figures_level(tmp_path: Path) -> None:
    rule = Path(__file__).resolve().parent.parent / "rules/checks/FC903-paragraph-missing.toml"
    text = (
        rule.read_text(encoding="utf-8")
        .replace("FC903", "HOUSE903")
        .replace("paragraph-missing", "paragraph-gone")
    )
    text = text.replace('figures_level = "warning"\n', "")
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    de_text = "Erster Absatz.\n\nDie Stadt hat 12 Schulen.\n\nLetzter Absatz."
    fr_text = "Premier paragraphe.\n\nDernier paragraphe."
    a = fig(de_text, "12", "number", 12)
    analysis = build(
        [("de", de_text, [a]), ("fr", fr_text, [])],
        [[(0, a)]],
        alignment=[[(0,), (0,)], [(1,), ()], [(2,), (1,)]],
    )
    found = load_ruleset([tmp_path], select=["HOUSE903", "FC903"]).apply(analysis)
    assert sorted((f.code, f.level) for f in found) == [("FC903", "warning"), ("HOUSE903", "info")]
    # a missing paragraph without figures stays info
    analysis = build(
        [("de", "Eins.\n\nZwei.\n\nDrei.", []), ("fr", "Un.\n\nTrois.", [])],
        alignment=[[(0,), (0,)], [(1,), ()], [(2,), (1,)]],
    )
    assert [f.level for f in run(analysis, "FC903")] == ["info"]


def test_line_and_column_match_the_document() -> None:
    from factcheck._rules._base import Context

    text = "Zeile eins\n\nZeile drei mit 12\nund vier"
    doc = Document(lang="de", text=text)
    ctx = Context(build([("de", text, [])]))
    for offset in (0, 5, 10, 11, 12, 27, len(text) - 1, len(text)):
        assert ctx.line_col(0, offset) == doc.line_col(offset), offset


def test_unit_mismatch_between_quantities_the_pairer_left_apart() -> None:
    de_text = "Die Messe belegt 120.000 Quadratmeter."
    en_text = "The fair covers 120,000 square feet."
    a = fig(de_text, "120.000 Quadratmeter", "quantity", 120000, unit="area-square-meter")
    b = fig(en_text, "120,000 square feet", "quantity", 120000, unit="area-square-foot")
    analysis = build([("de", de_text, [a]), ("en", en_text, [b])], [[(0, a)], [(1, b)]])
    found = run(analysis, "FC303", "FC104")
    assert codes(found) == ["FC303"]
    assert [loc.text for loc in found[0].locations] == [a.text, b.text]
    # converted correctly: nothing
    c = fig("The fair covers 1.3 million square feet.", "1.3 million square feet", "quantity",
            "1.3E6", unit="area-square-foot", precision="1E5")  # fmt: skip
    analysis = build(
        [("de", de_text, [a]), ("en", "The fair covers 1.3 million square feet.", [c])],
        [[(0, a)], [(1, c)]],
    )
    assert run(analysis, "FC303", "FC104") == []


def test_percentage_against_a_fraction() -> None:
    de = {"surface": "50 Prozent", "kind": "percent", "value": 50, "unit": "percent"}
    en_ok = {"surface": "half", "kind": "number", "value": "0.5"}
    en_bad = {"surface": "a third", "kind": "number", "value": "0.333", "precision": "0.001"}
    assert pair("Es waren 50 Prozent.", de, "It was half.", en_ok) == []
    assert codes(pair("Es waren 50 Prozent.", de, "It was a third.", en_bad)) == ["FC101"]


@pytest.mark.parametrize(
    ("q_de", "q_fr", "expected"),
    [
        ("about", "over", ["FC102"]),
        ("approx-noun", "up-to", ["FC102"]),
        ("about", "nearly", []),
        ("nearly", "over", ["FC103"]),
        ("at-least", "over", []),
        ("about", None, ["FC102"]),
        ("between", None, []),
    ],
)
def test_hedge_pairs(q_de: str, q_fr: str | None, expected: list[str]) -> None:
    de = {"surface": "30", "kind": "number", "value": 30, "qualifier": q_de}
    fr = {"surface": "30", "kind": "number", "value": 30, "qualifier": q_fr}
    assert codes(pair("Es waren 30.", de, "Ils étaient 30.", fr)) == expected


def test_unpaired_close_figures_are_compared() -> None:
    de_text = "Vier Männer wurden festgenommen."
    fr_text = "Cinq hommes ont été arrêtés."
    a = fig(de_text, "Vier", "number", 4, flags=frozenset({"words"}))
    b = fig(fr_text, "Cinq", "number", 5, flags=frozenset({"words"}))
    analysis = build([("de", de_text, [a]), ("fr", fr_text, [b])], [[(0, a)], [(1, b)]])
    found = run(analysis)
    assert codes(found) == ["FC101"]
    assert [loc.text for loc in found[0].locations] == ["Vier", "Cinq"]
    assert found[0].fact == 0
    # far apart values are not taken for one fact
    c = fig(fr_text.replace("Cinq", "2019"), "2019", "number", 2019)
    analysis = build(
        [("de", de_text, [a]), ("fr", fr_text.replace("Cinq", "2019"), [c])], [[(0, a)], [(1, c)]]
    )
    assert "FC101" not in codes(run(analysis))


def test_second_chance_needs_a_unique_candidate() -> None:
    de_text = "Vier Männer und fünf Frauen."
    fr_text = "Six hommes."
    a = fig(de_text, "Vier", "number", 4)
    b = fig(de_text, "fünf", "number", 5)
    c = fig(fr_text, "Six", "number", 6)
    analysis = build(
        [("de", de_text, [a, b]), ("fr", fr_text, [c])], [[(0, a)], [(0, b)], [(1, c)]]
    )
    assert "FC101" not in codes(run(analysis))


def test_unpaired_dates_of_the_same_shape_are_compared() -> None:
    de_text = "Die Wahl ist im Juni."
    fr_text = "L'élection a lieu en juillet."
    a = fig(de_text, "Juni", "date", "XXXX-06")
    b = fig(fr_text, "juillet", "date", "XXXX-07")
    analysis = build([("de", de_text, [a]), ("fr", fr_text, [b])], [[(0, a)], [(1, b)]])
    assert codes(run(analysis)) == ["FC201"]


def test_degrees_without_scale_may_be_fahrenheit() -> None:
    de = {"surface": "27 Grad", "kind": "quantity", "value": 27, "unit": "temperature-generic"}
    en = {"surface": "80 degrees", "kind": "quantity", "value": 80, "unit": "temperature-generic"}
    assert pair("Es waren 27 Grad.", de, "It was 80 degrees.", en) == []
    hot = {"surface": "95 degrees", "kind": "quantity", "value": 95, "unit": "temperature-generic"}
    assert codes(pair("Es waren 27 Grad.", de, "It was 95 degrees.", hot)) == ["FC101"]


def test_hedged_durations() -> None:
    de = {"surface": "mehr als 24 Stunden", "kind": "duration", "value": "PT24H",
          "qualifier": "over"}  # fmt: skip
    fr = {"surface": "24 heures", "kind": "duration", "value": "PT24H"}
    found = pair("Es dauerte mehr als 24 Stunden.", de, "Cela a duré 24 heures.", fr)
    assert codes(found) == ["FC102"]
    under = {"surface": "moins de 24 heures", "kind": "duration", "value": "PT24H",
             "qualifier": "under"}  # fmt: skip
    found = pair("Es dauerte mehr als 24 Stunden.", de, "Cela a duré moins de 24 heures.", under)
    assert codes(found) == ["FC103"]


def test_collectives_and_approximations() -> None:
    fr = {"surface": "une quarantaine", "kind": "number", "value": 40, "qualifier": "approx-noun",
          "low": 35, "high": 45, "precision": 40}  # fmt: skip
    near = {"surface": "rund 40", "kind": "number", "value": 40, "qualifier": "about",
            "low": 36, "high": 44}  # fmt: skip
    far = {"surface": "rund 50", "kind": "number", "value": 50, "qualifier": "about",
           "low": 45, "high": 55}  # fmt: skip
    fr_text = "La firme a une quarantaine de bureaux."
    assert pair("Die Firma hat rund 40 Büros.", near, fr_text, fr) == []
    assert codes(pair("Die Firma hat rund 50 Büros.", far, fr_text, fr)) == ["FC101"]


def test_translated_code_is_not_missing() -> None:
    en_text = "The SS19 collection is out."
    fr_text = "La collection PE19 est sortie."
    ss = Token("code", "SS19", en_text.index("SS19"), en_text.index("SS19") + 4)
    pe = Token("code", "PE19", fr_text.index("PE19"), fr_text.index("PE19") + 4)
    analysis = build([("en", en_text, []), ("fr", fr_text, [])], tokens=[[ss], [pe]])
    assert run(analysis, "FC401") == []
    analysis = build(
        [("en", en_text, []), ("fr", "La collection est sortie.", [])], tokens=[[ss], []]
    )
    assert codes(run(analysis, "FC401")) == ["FC401"]


def test_relative_dates_compare_by_distance() -> None:
    de = {"surface": "vor 42 Jahren", "kind": "date", "value": "REF-P42Y@D",
          "flags": frozenset({"relative"})}  # fmt: skip
    same = {"surface": "il y a 42 ans", "kind": "date", "value": "REF-P42Y@D",
            "flags": frozenset({"relative"})}  # fmt: skip
    other = {"surface": "il y a 43 ans", "kind": "date", "value": "REF-P43Y@D",
             "flags": frozenset({"relative"})}  # fmt: skip
    absolute = {"surface": "1983", "kind": "date", "value": "1983"}
    de_text = "Er kam vor 42 Jahren."
    assert pair(de_text, de, "Il est venu il y a 42 ans.", same) == []
    assert codes(pair(de_text, de, "Il est venu il y a 43 ans.", other)) == ["FC201"]
    assert pair(de_text, de, "Il est venu en 1983.", absolute) == []


# -- H12: comparisons that used to let changed figures through --------------------


def test_ranges_compare_end_by_end() -> None:
    de = {"surface": "3 bis 5 Meter", "kind": "quantity", "value": 3, "qualifier": "between",
          "low": 3, "high": 5, "precision": 1, "unit": "length-meter"}
    same = dict(de, surface="3 à 5 mètres")
    other = dict(de, surface="4 à 5 mètres", value=4, low=4)
    assert pair("Wellen von 3 bis 5 Meter.", de, "Des vagues de 3 à 5 mètres.", same) == []
    assert codes(pair("Wellen von 3 bis 5 Meter.", de, "Des vagues de 4 à 5 mètres.", other)) == [
        "FC101"
    ]


def test_decades_relative_months_and_anchored_dates() -> None:
    assert timex_agree("197X", "1974") is True
    assert timex_agree("197X", "196X") is False
    assert timex_agree("REF-M05", "XXXX-05") is True
    assert timex_agree("REF-M05", "XXXX-06") is False
    assert timex_agree("XXXX-05+P2M", "XXXX-05") is True
    assert timex_agree("XXXX-05+P2M", "XXXX-04") is False
    assert timex_agree("REF-P8Y@D", "P8Y") is True
    assert timex_agree("REF-P8Y@D", "P9Y") is False


def test_hedge_on_converted_quantities() -> None:
    de = {"surface": "etwa 46 Meter", "kind": "quantity", "value": 46, "qualifier": "about",
          "precision": 1, "unit": "length-meter"}
    en = {"surface": "50 yards", "kind": "quantity", "value": 50, "precision": 1,
          "unit": "length-yard"}
    found = pair("Er stand etwa 46 Meter entfernt.", de, "He stood 50 yards away.", en)
    assert codes(found) == ["FC102"]


def test_short_code_spelled_out_is_not_missing() -> None:
    de_text = "Die Sommerkollektion 2027 war bunt."
    en_text = "The SS27 collection was colourful."
    year = fig(de_text, "2027", "date", "2027")
    tok = Token("code", "SS27", en_text.index("SS27"), en_text.index("SS27") + 4)
    analysis = build([("de", de_text, [year]), ("en", en_text, [])], [[(0, year)]],
                     tokens=[[], [tok]])
    assert [f for f in run(analysis) if f.level != "info"] == []


def test_last_chance_joins_an_age_with_a_bare_number() -> None:
    en_text = "Jones, 37, said so."
    vi_text = "Jones, 38 tuổi, cho biết."
    a = fig(en_text, "37", "number", 37, precision=1)
    b = fig(vi_text, "38 tuổi", "duration", "P38Y")
    analysis = build([("en", en_text, [a]), ("vi", vi_text, [b])], [[(0, a)], [(1, b)]])
    assert codes([f for f in run(analysis) if f.level != "info"]) == ["FC101"]


def test_last_chance_small_word_needs_the_same_place() -> None:
    # "two" at the end of one sentence, "drei" at its start in the other: not one fact
    en_text = "They scored three points of the last matches, out of two."
    de_text = "Drei Spieler holten drei Punkte aus den letzten Spielen."
    a3 = fig(en_text, "three", "number", 3, flags=frozenset({"words"}))
    a2 = fig(en_text, "two", "number", 2, flags=frozenset({"words"}))
    b_first = fig(de_text, "Drei", "number", 3, flags=frozenset({"words"}))
    b3 = fig(de_text, "drei", "number", 3, flags=frozenset({"words"}))
    analysis = build(
        [("en", en_text, [a3, a2]), ("de", de_text, [b_first, b3])],
        [[(0, a3), (1, b3)], [(0, a2)], [(1, b_first)]],
    )
    assert "FC101" not in codes(run(analysis))


def test_century_and_its_ordinal_are_the_same_figure() -> None:
    fr_text = "Une guerre du XVIe siècle."
    de_text = "Ein Krieg des 16. Jahrhunderts."
    c = fig(fr_text, "XVIe siècle", "date", "15XX")
    o = fig(de_text, "16.", "ordinal", 16)
    analysis = build([("fr", fr_text, [c]), ("de", de_text, [o])], [[(0, c)], [(1, o)]])
    assert [f for f in run(analysis, "FC104") if f.level != "info"] == []
    o17 = fig(de_text.replace("16.", "17."), "17.", "ordinal", 17)
    analysis = build([("fr", fr_text, [c]), ("de", de_text.replace("16.", "17."), [o17])],
                     [[(0, c)], [(1, o17)]])
    assert [f.level for f in run(analysis, "FC104") if f.fact == 0] == ["warning"]


def test_weekday_rule_reports_a_fact_once() -> None:
    """Different weekdays for one day and month, or bare weekdays, get FC202; once
    the article's date resolves them into different dates, FC201 reports it alone."""
    import factcheck

    beside = factcheck.check(
        {"de": "Die Wahl ist am Freitag, 3. Mai.", "fr": "Le vote a lieu le jeudi 3 mai."}
    )
    assert [f.code for f in beside.findings] == ["FC202"]
    versions = {"de": "Die Wahl war am Freitag.", "fr": "Le vote a eu lieu jeudi."}
    assert [f.code for f in factcheck.check(versions).findings] == ["FC202"]
    dated = factcheck.check(versions, reference_date=dt.date(2024, 11, 30))
    assert [f.code for f in dated.findings] == ["FC201"]


def test_no_hedge_finding_against_a_language_without_hedge_words() -> None:
    """CLDR has no hedge words: for a locale without a lexicon a hedge is never read,
    so "more than 135" against Spanish "más de 135" is not a dropped hedge; against a
    language whose hedges are known it still is."""
    import factcheck

    es = factcheck.check(
        {"en": "More than 135 people came.", "es": "Vinieron más de 135 personas."}
    )
    assert [f.code for f in es.findings if f.code == "FC102"] == []
    de = factcheck.check({"en": "More than 135 people came.", "de": "Es kamen 135 Menschen."})
    assert [f.code for f in de.findings] == ["FC102"]


def test_hyphenated_short_code_spelled_out_is_not_missing() -> None:
    """"EU-27" rendered "l'UE à 27": a short abbreviation with a hyphen and a number
    the other version states; "COVID-19" (five letters) stays invariant."""
    import factcheck

    eu = factcheck.check(
        {
            "en": "Ministers of the EU-27 met in Brussels.",
            "fr": "Les ministres de l'UE à 27 se sont réunis à Bruxelles.",
        }
    )
    assert [f.code for f in eu.findings if f.code == "FC401"] == []
    covid = factcheck.check(
        {
            "en": "Ministers discussed COVID-19 in Brussels.",
            "fr": "Les ministres ont parlé de la pandémie à Bruxelles.",
        }
    )
    assert [f.code for f in covid.findings if f.code == "FC401"] == ["FC401"]


@pytest.mark.parametrize(
    ("other", "fires"),
    [
        ("Kiel lost 1-3 to Paris on Sunday.", False),  # order and notation may differ
        ("Paris won 3 to 1 against Kiel on Sunday.", False),  # the numbers, another form
        ("Paris beat Kiel 3-2 on Sunday.", True),  # another score
        ("Paris beat Kiel on Sunday.", True),  # no score
    ],
)
def test_score_tokens(other: str, fires: bool) -> None:
    report = factcheck.check({"de": "Paris gewann am Sonntag mit 3:1 gegen Kiel.", "en": other})
    assert any(f.code == "FC401" for f in report.findings) == fires


def test_unit_mismatch_message_writes_the_conversion_as_cldr_does() -> None:
    report = factcheck.check({
        "de": "Die Halle hat 45.000 Quadratmeter.",
        "en": "The hall covers 45,000 square feet.",
    })
    (found,) = [f for f in report.findings if f.code == "FC303"]
    assert "484,376 sq ft" in found.message
