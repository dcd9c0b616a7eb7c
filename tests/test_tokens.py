"""Invariant tokens: URLs, e-mail addresses, phone numbers, codes."""

from __future__ import annotations

import random
import re

import pytest

import factcheck
from factcheck._tokens import find_tokens


def toks(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in find_tokens(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quelle: https://example.org/a/b-2024.htm.",
            [("url", "https://example.org/a/b-2024.htm")],
        ),
        ("Mehr auf www.example.de/seite?id=42, danke", [("url", "www.example.de/seite?id=42")]),
        ("Écrivez à presse2025@example.fr.", [("email", "presse2025@example.fr")]),
        ("Call +44 20 7946 0958 today", [("phone", "+44 20 7946 0958")]),
        ("Tel. 030 12345678", [("phone", "030 12345678")]),
        ("Tél. : 01 23 45 67 89", [("phone", "01 23 45 67 89")]),
        ("ĐT: 024 3822 1234", [("phone", "024 3822 1234")]),
        ("Die COVID-19-Pandemie", [("code", "COVID-19")]),
        ("SARS-CoV-2 und H5N1", [("code", "SARS-CoV-2"), ("code", "H5N1")]),
        ("Le sommet du G7 et le vol MH17", [("code", "G7"), ("code", "MH17")]),
        ("Airbus A380 nach ISO 9001", [("code", "A380"), ("code", "ISO 9001")]),
        ("Windows 11 auf dem iPhone 15", [("code", "Windows 11"), ("code", "iPhone 15")]),
        ("Python 3.11.2 und v2.0", [("code", "Python 3.11.2"), ("code", "v2.0")]),
        ("Server 192.168.1.20", [("code", "192.168.1.20")]),
        ("#COP28 und @agentur", [("code", "#COP28"), ("code", "@agentur")]),
    ],
)
def test_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "über 5.000 Mitarbeiter",
        "plus de 5 000 employés",
        "1.234.567 Einwohner",
        "USD 15 und EUR 20",
        "im Sommer-2019",
        "um 07h55",
        "3D und 5G",
        "1e10",
        "Kommentar (0)",
    ],
)
def test_not_tokens(text: str) -> None:
    assert toks(text) == []


def test_offsets() -> None:
    text = "Siehe https://example.org und MH17."
    for t in find_tokens(text):
        assert text[t.start : t.end] == t.text


def test_national_phone_number() -> None:
    assert toks("Rufen Sie 0800 555 111 an.") == [("phone", "0800 555 111")]
    assert toks("0,5 Liter und 0 bis 10") == []


def test_dotted_dates_are_not_codes() -> None:
    assert toks("am 22.01.2016 und am 2016.01.22") == []
    assert toks("Version 3.11.2") == [("code", "Version 3.11.2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rufen Sie 312-555-0198 an.", [("phone", "312-555-0198")]),
        ("Infos unter der Nummer 421 77 09.", [("phone", "421 77 09")]),
        ("Appelez le numéro 39 39 39 39.", [("phone", "39 39 39 39")]),
        ("Gọi số điện thoại 1900 1234.", [("phone", "1900 1234")]),
        ("Die Jahre 2010-2015 waren gut.", []),
        ("Es gibt 100 000 Plätze.", []),
    ],
)
def test_phone_shapes_and_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phone candidates end at any character that is no phone separator
        ("Tel. 030 123456, 2019 und 2020", [("phone", "030 123456")]),
        # nor does one reach across a long run of separators (the area code alone is
        # still an identifier: a leading zero)
        ("Tel. 030" + " " * 20 + "123456", [("code", "030")]),
        ("Hotline 0800" + " " * 12 + "555 111", [("phone", "0800" + " " * 12 + "555")]),
        # code candidates: after a letter, a letter and a hyphen, an ASCII letter and a
        # space, or a dotted triple; at the very start of the text too
        ("42 Menschen", []),
        ("A380 und H5N1", [("code", "A380"), ("code", "H5N1")]),
        ("Éé-19 und É 12", [("code", "Éé-19")]),
        ("3.11.2 ist neu", [("code", "3.11.2")]),
    ],
)
def test_scan_edges(text: str, expected: list[tuple[str, str]]) -> None:
    """Edges of the one digit-run pass that feeds code and phone candidates."""
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Der Vertrag lief am 01/02/2018 aus.", "de", "2018-02-01"),
        ("Le chantier a repris le 02.04.2009 au matin.", "fr", "2009-04-02"),
        ("Hội nghị khai mạc ngày 03-05-2019 tại Huế.", "vi", "2019-05-03"),
        ("The ferry resumed service on 04/06/2021.", "en", "2021-04-06"),
    ],
)
def test_numeric_date_with_a_leading_zero_is_a_date(text: str, lang: str, value: str) -> None:
    # eight digits after a 0 look like a national phone number; day/month/year is a date
    assert not [t for t in find_tokens(text) if t.kind == "phone"]
    dates = [f for f in factcheck.extract(text, lang) if f.kind == "date"]
    assert [str(f.value) for f in dates] == [value]


def test_labelled_or_long_national_numbers_stay_phones() -> None:
    kinds = [(t.kind, t.text) for t in find_tokens("Hotline 0800 555 111, Büro 030 12345678")]
    assert kinds == [("phone", "0800 555 111"), ("phone", "030 12345678")]
    assert [t.kind for t in find_tokens("Tel. 01/02/2018")] == ["phone"]


# ---------------------------------------------------------------- candidate scans


def _runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[0-9]+", text)]


def _phone_stretches_by_runs(text: str) -> list[tuple[int, int]]:
    """Reference: digit runs chained while the gap is at most 18 phone separators."""
    out: list[tuple[int, int]] = []
    runs = _runs(text)
    k = 0
    while k < len(runs):
        start, end = runs[k]
        k += 1
        while k < len(runs):
            a, b = runs[k]
            if a - end > 18 or not all(c in " \u00a0()./-" for c in text[end:a]):
                break
            end = b
            k += 1
        if end - start >= 7:
            out.append((start, end))
    return out


def _code_candidates_by_runs(text: str) -> list[tuple[int, int]]:
    """Reference: each digit run, tested by the characters around it."""

    def letter(c: str) -> bool:
        return c.isalnum() and not c.isdecimal()

    out = []
    for a, b in _runs(text):
        before = text[a - 1] if a else ""
        before2 = text[a - 2] if a > 1 else ""
        if (
            (before and letter(before))
            or (before in ("-", "\u2010") and before2 and letter(before2))
            or (before in (" ", "\u00a0") and before2.isascii() and before2.isalpha())
            or re.match(r"\.[0-9]+\.[0-9]", text[b:])
        ):
            out.append((a, b))
    return out


def test_candidate_scans_equal_the_run_by_run_reading() -> None:
    from factcheck._tokens import (
        _RUN,
        _code_candidates,
        _code_candidates_dense,
        _phone_stretches,
        _phone_stretches_dense,
    )

    alphabet = [*"0123456789012345 \u00a0()./-\u2010_aZé\u0661\u00b2\n,+", "   ", "\u2167"]
    rng = random.Random(6)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    texts += [f"{ch}12 a{ch}12 {ch}-12 {ch} 12" for ch in map(chr, range(0x250))]
    texts += ["1 " * 40, "1," * 40, "1." * 40, "Tel. 030 1234-56", "ISO 9001, A380, 3.11.2"]
    for text in texts:
        runs = [m.span() for m in _RUN.finditer(text)]
        assert _phone_stretches(text, runs) == _phone_stretches_by_runs(text), text
        assert _code_candidates(text, runs) == _code_candidates_by_runs(text), text
        assert _phone_stretches_dense(text) == _phone_stretches_by_runs(text), text
        assert _code_candidates_dense(text) == _code_candidates_by_runs(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leading zero makes an identifier: area code, postcode, file number
        ("Die Vorwahl 030 gilt für Berlin.", [("code", "030")]),
        ("Le code postal 06000 est celui de Nice.", [("code", "06000")]),
        ("Agent 007 is back.", [("code", "007")]),
        # but not a decimal's tail, a time's or decimal's head, a spaced group
        ("Es kostet 1,05 Euro.", []),
        ("Um 05:30 und 05.30 Uhr.", []),
        ("Les codes 423 0000 sont faux.", []),
        ("Null ist 0, nicht 00x.", []),
        # two digits are a count in Vietnamese official style, or part of a time
        ("Có 05 cuộc vận động.", []),
        ("Um 7:00 Uhr, am 29/09/2018.", []),
        ("Dossier 007/2020 und 1.005 Fälle.", []),
    ],
)
def test_leading_zero_is_an_identifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "phone"),
    [
        ("Telefonisch unter 030 2970 zu erreichen.", "de", "030 2970"),
        ("Joignable par téléphone au 04 93 12 34.", "fr", "04 93 12 34"),
        ("Reach the desk by phone on 020 7946.", "en", "020 7946"),
        ("Liên hệ qua điện thoại số 024 3825.", "vi", "024 3825"),
    ],
)
def test_phone_label_with_a_preposition(text: str, lang: str, phone: str) -> None:
    """A short national number after "telefonisch unter", "par téléphone au", "by
    phone on": a phone, and no hedge ("unter") or count is read from it."""
    assert toks(text) == [("phone", phone)]
    a = text.index(phone)
    b = a + len(phone)
    figs = factcheck.extract(text, lang)
    assert [f.text for f in figs if f.start < b and f.end > a] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tel. (030) 123/456-78", "(030) 123/456-78"),
        ("Tél. : (04) 93 12 34 56", "(04) 93 12 34 56"),
        ("Call (555) 123-4567 today.", "(555) 123-4567"),
    ],
)
def test_phone_keeps_the_bracket_of_its_area_code(text: str, phone: str) -> None:
    assert toks(text) == [("phone", phone)]


def test_phone_label_precheck_never_hides_a_label() -> None:
    from factcheck._tokens import _PHONE_LABEL, _label_may_end

    pieces = [*"tel éfonphaxđsiện thoạnummer:.( \u00a0123TELſK", "Tel.: (", "Telefon ", "số máy "]
    rng = random.Random(8)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        for end in range(len(text) + 1):
            if _PHONE_LABEL.search(text, max(0, end - 24), end) is not None:
                assert _label_may_end(text, end), (text, end)
    assert not _label_may_end("1 1 1 1 1 ", 10)
    assert _label_may_end("Tel.: (", 7) and _label_may_end("Telefon ", 8)


@pytest.mark.parametrize(
    "text",
    [
        "vom 02.02.2020 - 03.03.2020 geöffnet",
        "du 02-02-2020 – 03-03-2020",
        "01/02/2018 - 05/02/2018",
    ],
)
def test_a_range_of_numeric_dates_is_no_phone(text: str) -> None:
    """Two numeric dates joined by a dash look like a national number (a leading 0
    and eight digits or more); the dates stage reads them as a range."""
    assert [t for t in find_tokens(text) if t.kind == "phone"] == []
    assert [f.kind for f in factcheck.extract(text, "de")] == ["date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scores: a colon with one digit after it, or a dash where the first number is
        # not below the second
        ("Der Klub gewann mit 3:1 gegen Kiel.", [("score", "3:1")]),
        ("The club beat Kiel 3-1 on Sunday.", [("score", "3-1")]),
        ("Le match s'est terminé sur un 2–2.", [("score", "2–2")]),
        ("Ein 1:0-Sieg in letzter Minute.", [("score", "1:0")]),
        # not scores: a clock time, a rising range, a code, a date, a percentage range
        ("Anpfiff um 15:30 Uhr.", []),
        ("Es kamen 3-5 Gäste.", []),
        ("Zwei B-52 flogen vorbei.", [("code", "B-52")]),
        ("Am 12-3-2020 war es kalt.", []),
        ("Die Quote lag bei 5-3%.", []),
    ],
)
def test_scores(text: str, expected: list[tuple[str, str]]) -> None:
    assert toks(text) == expected


def test_score_key_ignores_notation_and_order() -> None:
    from factcheck._tokens import token_key

    keys = {token_key(t) for t in find_tokens("3:1 heute, 3-1 gestern, 1–3 vorgestern")}
    assert keys == {"score 3:1"}


def test_scores_are_no_counts() -> None:
    assert factcheck.extract("Paris beat Lyon 3-1 at home.", "en") == []
    assert factcheck.extract("Paris gewann 3:1.", "de") == []
