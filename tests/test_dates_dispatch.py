"""The date scanner's shortcuts give what the plain machinery gives.

``Dispatch`` matches a combined grammar pattern with only the alternatives that can
match at a position; ``Spans.free`` filters anchors in one pass; ``_lines`` cuts
lines as ``str.splitlines`` does. Each must agree with the plain version everywhere.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck._dates import _lines
from factcheck._dates_grammar import Dispatch, dispatch, grammar
from factcheck._spans import Spans

# own sentences, rich in digits, separators and date words
SAMPLES = {
    "de": "Am 3. März 2021 um 14.30 Uhr, vom 4.–23. Mai, seit 2019 wurden 12 Jahre, "
    "im 2. Quartal 2020, 1990er Jahre, 05-Aug-2016, 2015/16, 3,5 Stunden, 40.000 Euro, "
    "nächsten Montag, letzte Woche, vor drei Tagen, 22.01.2016 und 18 08 1978.",
    "fr": "Le 3 mars 2021 à 14 h 30, du 4 au 23 mai, depuis 2019, 12 ans, au 2e trimestre "
    "2020, les années 1990, 2015-2016, 3,5 heures, 40 000 euros, lundi prochain, "
    "la semaine dernière, il y a trois jours, le 22/01/2016.",
    "en": "On March 3, 2021 at 2:30 p.m., from May 4 to 23, since 2019, 12 years, in Q2 "
    "2020, the 1990s, the '90s, 2015-16, 3.5 hours, 40,000 dollars, next Monday, last "
    "week, three days ago, 1/22/2016 and 10/1-11/2/2017.",
    "vi": "Ngày 3 tháng 3 năm 2021 lúc 14:30, từ 4 đến 23 tháng 5, từ năm 2019, 12 năm, "
    "quý 2 năm 2020, thập niên 1990, 3,5 giờ, 40.000 đồng, thứ hai tuần tới, tuần "
    "trước, ba ngày trước, 22/01/2016.",
}


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.lastgroup == b.lastgroup and a.span() == b.span() and a.group(0) == b.group(0)


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_dispatch_matches_like_the_combined_pattern(lang: str) -> None:
    low = SAMPLES[lang].lower()
    g = grammar(lang)
    for which in ("main", "main_word"):
        d = dispatch(lang, which)
        full = getattr(g, which)
        for pos in range(len(low)):
            assert _same(d.match(low, pos), full.match(low, pos)), (which, low[pos : pos + 20])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 .,:/-–h'’aemrsjtuwnoyqQ\n", max_size=24))
def test_dispatch_agrees_on_any_text(text: str) -> None:
    for lang in ("de", "en"):
        g = grammar(lang)
        for which in ("main", "main_word"):
            d = dispatch(lang, which)
            full = getattr(g, which)
            for pos in range(len(text)):
                assert _same(d.match(text, pos), full.match(text, pos))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["next ", "last ", "mon", "may ", "sep", "t", "s", "2", " ", "-", "ago"]),
        max_size=6,
    )
)
def test_word_dispatch_agrees_on_word_soup(parts: list[str]) -> None:
    text = "".join(parts)
    g = grammar("en")
    d = dispatch("en", "main_word")
    for pos in range(len(text)):
        assert _same(d.match(text, pos), g.main_word.match(text, pos))


def test_prefix_guards() -> None:
    from factcheck._dates_grammar import _guard_prefix

    assert _guard_prefix(r"(?P<A_x__0>ab(?:c|de))", 0) == "[a][b][c]|[a][b][d]"
    assert _guard_prefix(r"(?P<A_x__0>a?b)", 0) == "[a][b]|[b]"
    assert _guard_prefix(r"(?P<A_x__0>a\s+b)", 0) == r"[a][\s\S][\s\S]|[a][\s\S][b]"
    assert _guard_prefix(r"(?P<A_x__0>(?=a)|b)", 0) is None  # may match nothing
    assert _guard_prefix(r"(?P<A_x__0>(?P<a__0>x)(?P=a__0))", 0) is None  # a back reference
    p = re.compile(r"(?P<A_x__0>ab(?:c|de))|(?P<A_y__1>a\w+)|(?P<A_z__2>ze?)")
    d = Dispatch(p, prefix=3)
    for text in ("abc", "abde", "abx", "ab", "z", "ze", "zz", "a"):
        assert _same(d.match(text, 0), p.match(text, 0)), text


def test_dispatch_keeps_alternatives_it_cannot_read() -> None:
    # a back reference and a negated class: kept for every character
    p = re.compile(r"(?P<A_x__0>(?P<a__0>\d)(?P=a__0))|(?P<A_y__1>\d[^a])|(?P<A_z__2>\dq)")
    d = Dispatch(p)
    assert d.guards[0] is None and d.guards[1] is None and d.guards[2] is not None
    for text in ("11", "1b", "1q", "1a"):
        assert _same(d.match(text, 0), p.match(text, 0))


def test_spans_free_is_overlaps_per_point() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        x = 0
        for _ in range(rng.randrange(0, 30)):
            if rng.random() < 0.5:
                a = rng.randrange(0, 200)
                spans.append((a, a + rng.randrange(1, 40)))  # overlapping and nested too
            else:
                x += rng.randrange(0, 12)
                spans.append((x, x + rng.randrange(1, 8)))  # one after the other
        s = Spans(spans)
        points = sorted(rng.sample(range(250), 60))
        assert s.free(points) == [p for p in points if not s.overlaps(p, p + 1)]


@pytest.mark.parametrize(
    "text", ["", "a", "a\n", "a\n\nb", "\r\n\rx\x85y\u2028z", "x\r\ny\r", "a\x0bb\x0cc\x1cd"]
)
def test_lines_cut_like_splitlines(text: str) -> None:
    assert list(_lines(text)) == text.splitlines()


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_back_prefilter_finds_what_a_search_finds(lang: str) -> None:
    from factcheck._dates import _BACK, _Scan

    text = SAMPLES[lang] + " im Jahr  \n the whole  l' il y a  \t"
    scan = _Scan(text, lang, Spans())
    g = grammar(lang)
    values = [getattr(g, f.name) for f in dataclasses.fields(g)]
    pats = [v for v in values if isinstance(v, re.Pattern) and v.pattern.endswith("$")]
    assert pats
    for p in pats:
        for start in range(len(text) + 1):
            want = p.search(scan.low, max(0, start - _BACK), start) if start else None
            got = scan.back(p, start)
            assert (got and got.span()) == (want and want.span()), (p.pattern[:40], start)


def test_last_chars_of_a_phrase_pattern() -> None:
    from factcheck._dates_grammar import last_tails

    def last_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
        tails = last_tails(pattern)
        return None if tails is None else frozenset(s[-1] for _, ss in tails for s in ss)

    assert last_chars(re.compile(r"(?<!\w)(?:im\s+jahr|l['’]|vo[mn])\s*$")) == frozenset("r'’mn")
    assert last_chars(re.compile(r"(?:a|\s)\s*$")) is None  # may be all spaces
    assert last_chars(re.compile(r"\w+\s*$")) is None  # a category: unknown


def test_last_tails_of_a_phrase_pattern() -> None:
    from factcheck._dates_grammar import last_tails

    got = last_tails(re.compile(r"(?<!\w)(?:im\s+jahr|l['’]|vo[mn]|à)\s*$"))
    assert got == (
        (1, frozenset({"à"})),
        (2, frozenset({"l'", "l’"})),
        (3, frozenset({"ahr", "vom", "von"})),
    )
    # a space inside a phrase ends its tail: "den ganzen" ends in "zen", "le 1er" in "1er"
    assert last_tails(re.compile(r"(?:tout\s+le|a\s+b)\s*$")) == (
        (1, frozenset({"b"})),
        (2, frozenset({"le"})),
    )
    assert last_tails(re.compile(r"ab?c{2,}\s*$")) == ((3, frozenset({"acc", "bcc", "ccc"})),)
    assert last_tails(re.compile(r"(?:a|\s)\s*$")) is None  # may be all spaces
    assert last_tails(re.compile(r"\w+\s*$")) is None  # a category: unknown


def _overlaps_by_look_back(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """``Spans.overlaps`` as first written: the eight spans that start last before."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    ends = [b for _, b in ordered]
    from bisect import bisect_right

    i = bisect_right(starts, end - 1)
    return any(ends[j] > start for j in range(i - 1, max(i - 8, 0) - 1, -1))


def test_spans_overlaps_keeps_its_look_back() -> None:
    rng = random.Random(11)
    for _ in range(300):
        spans: list[tuple[int, int]] = []
        s = Spans()
        x = 0
        for _ in range(rng.randrange(0, 25)):
            if rng.random() < 0.2:
                a = rng.randrange(0, 150)
                span = (a, a + rng.randrange(1, 40))
            else:
                x += rng.randrange(0, 12)
                span = (x, x + rng.randrange(1, 8))
            spans.append(span)
            s.add(*span)
            a = rng.randrange(0, 160)
            b = a + rng.randrange(1, 10)
            assert s.overlaps(a, b) == _overlaps_by_look_back(spans, a, b)
        assert Spans(spans).overlaps(3, 9) == _overlaps_by_look_back(spans, 3, 9)


def test_dispatch_follows_a_rebuilt_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    import factcheck._dates_grammar as dg

    g = grammar("en")
    fresh = re.compile(g.main.pattern + "|(?P<A_year__999>(?P<y__999>\\d{3}))")
    monkeypatch.setattr(dg, "grammar", lambda lang: dataclasses.replace(g, main=fresh))
    d = dg.dispatch("en", "main")
    assert d.pattern is fresh and len(d.guards) == len(d.alts) == fresh.pattern.count("(?P<A_")
    m = d.match("123 x", 0)
    assert m is not None and m.lastgroup == "A_year__999"


def test_after_skip_guards() -> None:
    from factcheck._dates_grammar import _guard_after_skip

    # the two characters after the digits and spaces
    assert _guard_after_skip(r"(?P<A_x__0>\d{1,2}\.\s*(?:mai|juni))", 0) == (
        r"[.][\s]|[.][j]|[.][m]"
    )
    assert _guard_after_skip(r"(?P<A_x__0>\d+\s*(?:h|min)\b)", 0) == r"[h]|[m][i]"
    assert _guard_after_skip(r"(?P<A_x__0>\d{4})(?!\d)", 0) is None  # digits only
    assert _guard_after_skip(r"(?P<A_x__0>\d(?P<s__0>[/.])\d(?P=s__0))", 0) == r"[/.][\d]"
    p = re.compile(r"(?P<A_x__0>\d\d?\.\s*mai)|(?P<A_y__1>\d+\s*(?:h|min)\b)|(?P<A_z__2>\d{4})")
    d = Dispatch(p)
    for text in ("3. mai", "3.mai", "12 h", "12min", "2019", "2019 mai", "12 m", "7.", "7"):
        assert _same(d.match(text, 0), p.match(text, 0)), text


def test_second_guards() -> None:
    from factcheck._dates_grammar import _guard_after_letters, _guard_run, run_code

    # the run of digits at the anchor: a day takes one or two, a year four (or more,
    # when nothing after it rules a fifth digit out)
    assert _guard_run(r"(?P<A_x__0>\d{1,2}\.)(?![\d.])", 0) == "[12]"
    assert _guard_run(r"(?P<A_x__0>(?:19|20)\d\d)(?!\d)", 0) == "[45]"
    assert _guard_run(r"(?P<A_x__0>\d+h)", 0) == "[12345]"  # at least one
    assert _guard_run(r"(?P<A_x__0>\d*h)", 0) is None  # any length
    assert run_code(2) == "2" and run_code(9) == "5"
    # the two characters after the anchor's letters
    assert _guard_after_letters(r"(?P<A_x__0>(?:may|june)\s+\d{1,2})", 0) == (
        r"[\s][\d]|[\s][\s]"
    )
    assert _guard_after_letters(r"(?P<A_x__0>(?:may|june))(?!\w)", 0) is None  # letters only
    p = re.compile(r"(?P<A_a__0>may\s+\d)|(?P<A_b__1>may\s+and)|(?P<A_c__2>may)")
    d = Dispatch(p, prefix=3)
    for text in ("may 5", "may and", "may", "may, 5", "mayor 5"):
        assert _same(d.match(text, 0), d.pattern.match(text, 0)), text
