"""One pass finds the number words and the dates stage's keyword starts
(``number_words_and_keywords``); ``extract`` uses it. It must give exactly what the
two scans of their own give: the number-word scan (``number_words_in``) and the
dates stage's keyword search over a copy of the text with its separators turned into
spaces (``_Scan.anchors`` without ``keywords``)."""

from __future__ import annotations

import random

import pytest

from factcheck._dates import _WORD_SEPARATORS, _Scan, keyword_scan
from factcheck._dates_grammar import grammar
from factcheck._numwords import (
    WordNumber,
    lower_text,
    number_words_and_keywords,
    number_words_in,
)
from factcheck._spans import Spans

LANGS = ("de", "fr", "en", "vi")

#: Keywords that are number words too ("năm", "second", "quart"), words inside number
#: runs, separators the number scan does not take ("_", "#") or takes and the keyword
#: search does not ("»", "…", a thin space), and words that only start like keywords.
_PIECES = {
    "de": ["drei", "Jahre", "Jahren", "vor", "zwei", "Wochen", "nächste", "Woche", "ersten",
           "Mai", "einundzwanzig", "Tage", "heute", "Montag", "ein", "halbes", "Jahr",
           "hundert", "Ende", "diese", "Dutzend", "Monate", "letzten", "morgen"],
    "fr": ["trois", "ans", "il", "y", "a", "deux", "semaines", "prochaine", "semaine",
           "premier", "mai", "vingt-et-un", "jours", "aujourd'hui", "lundi", "un", "quart",
           "d'heure", "cent", "fin", "ce", "mois", "seconde", "plus", "après", "été"],
    "en": ["three", "years", "ago", "two", "weeks", "next", "week", "first", "May",
           "twenty-one", "days", "today", "Monday", "a", "second", "quarter", "hour",
           "hundred", "end", "this", "month", "last", "half", "dozen", "all", "new"],
    "vi": ["ba", "năm", "trước", "hai", "tuần", "tới", "thứ", "nhất", "tháng", "mười",
           "ngày", "hôm", "nay", "Thứ", "Hai", "một", "quý", "giờ", "trăm", "cuối",
           "này", "mươi", "lăm", "nữa", "đầu", "quốc"],
}
_SEPARATORS = [" ", " ", " ", "  ", "\n", ", ", ". ", "-", "–", "(", ")", '"', "'", "’", "«",
               "»", "…", "\u2009", "\u00a0", "_", "#", "/", ":", "*", "3", "12 ", "1. "]


def _texts(lang: str, n: int) -> list[str]:
    rng = random.Random(lang)
    words = _PIECES[lang]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 30)):
            w = rng.choice(words)
            parts.append(w.capitalize() if rng.random() < 0.2 else w)
            parts.append(rng.choice(_SEPARATORS))
        out.append("".join(parts))
    return out


def _scan_both(
    text: str, low: str, lang: str
) -> tuple[list[WordNumber], list[tuple[int, str]]] | None:
    kw = keyword_scan(lang)
    return None if kw is None else number_words_and_keywords(text, low, lang, kw)


def _spaced_keywords(text: str, lang: str) -> list[tuple[int, str]]:
    """The keyword search of ``_Scan.anchors`` when it scans for itself."""
    low = lower_text(text)
    spaced = " " + low
    for sep in _WORD_SEPARATORS:
        spaced = spaced.replace(sep, " ")
    return [(m.start(), m.group()[1:]) for m in grammar(lang).anchor_words.finditer(spaced)]


@pytest.mark.parametrize("lang", LANGS)
def test_one_pass_finds_what_two_scans_find(lang: str) -> None:
    checked = 0
    for text in _texts(lang, 400):
        low = lower_text(text)
        got = _scan_both(text, low, lang)
        assert got is not None
        words, keywords = got
        assert words == number_words_in(text, low, lang), text
        assert sorted(set(keywords)) == _spaced_keywords(text, lang), text
        # and the dates stage's anchors are the same either way
        own = _Scan(text, lang, Spans([]), None, low).anchors()
        shared = _Scan(text, lang, Spans([]), None, low, keywords).anchors()
        assert shared == own, text
        checked += len(keywords) + len(words)
    assert checked > 2000  # the texts hold keywords and number words


def test_keywords_inside_a_number_run() -> None:
    # "năm" is a number word (five) and a keyword (year): "năm mươi" (fifty) is one
    # number match, and the keyword search finds "năm" at its start too
    text = "năm mươi ngày trước, ba năm"
    low = lower_text(text)
    got = _scan_both(text, low, "vi")
    assert got is not None
    words, keywords = got
    assert words == number_words_in(text, low, "vi")
    assert [w.text for w in words] == ["năm mươi", "ba"]
    assert keywords == _spaced_keywords(text, "vi")
    assert (0, "năm") in keywords


def test_separators_the_number_scan_does_not_take() -> None:
    # "_" and "#" separate words for the keyword search, not for number words
    text = "report_today #heute and…today"
    low = lower_text(text)
    for lang in ("en", "de"):
        got = _scan_both(text, low, lang)
        assert got is not None
        assert sorted(set(got[1])) == _spaced_keywords(text, lang)
    got_en = _scan_both(text, low, "en")
    assert got_en is not None and (7, "today") in got_en[1]
    assert all(k != 23 for k, _ in got_en[1])  # after "…": no keyword start
