"""Misses: change one figure in one version and see whether ``check`` notices.

For every document pair (the seed pair, and NTREX de–fr, de–en, fr–en, en–vi)
this script makes one kind of change at a time in one version — a value, a
year, a scale word, a dropped or flipped hedge, a number word, a month, a day,
a currency, an unlocalised number format, a deleted sentence — and counts the
change as caught when ``check`` reports a NEW finding at warning or error
located at the change (in the changed version, or for a deleted sentence at
the figure the other version still has).

Candidates are found with plain patterns over the raw text, independent of the
extractor, so that figures the extractor misses count as misses. A number word is
only changed when the other version's aligned sentence states that number at all
(digits, or a word or compound starting with it, found in the raw text): a number
that only one version states cannot be compared across versions. Likewise a hedge
is not dropped where the other version states the number bare, nor flipped to the
direction the other version already states.

    python bench/misses.py [--per-kind N] [--seed S] [--failures]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex as re

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, ntrex_docs, require_shared, write_section
from babel.dates import get_month_names

import factcheck
from factcheck import Report

PAIRS = (("de", "fr"), ("de", "en"), ("fr", "en"), ("en", "vi"))

HEDGES: dict[str, list[tuple[str, str]]] = {
    # (hedge, its opposite)
    "de": [("mehr als", "weniger als"), ("über", "unter"), ("mindestens", "höchstens"),
           ("fast", "über"), ("knapp", "über"), ("rund", "über"), ("etwa", "über")],
    "fr": [("plus de", "moins de"), ("au moins", "au plus"), ("près de", "plus de"),
           ("environ", "plus de"), ("quelque", "plus de")],
    "en": [("more than", "less than"), ("over", "under"), ("at least", "at most"),
           ("nearly", "more than"), ("almost", "more than"), ("about", "more than"),
           ("around", "more than")],
    "vi": [("hơn", "dưới"), ("trên", "dưới"), ("ít nhất", "nhiều nhất"), ("gần", "hơn"),
           ("khoảng", "hơn")],
}
SCALES: dict[str, list[tuple[str, str]]] = {
    "de": [("Millionen", "Milliarden"), ("Milliarden", "Millionen"), ("Million", "Milliarde"),
           ("Milliarde", "Million"), ("Mio.", "Mrd."), ("Mrd.", "Mio.")],
    "fr": [("millions", "milliards"), ("milliards", "millions"), ("million", "milliard"),
           ("milliard", "million")],
    "en": [("million", "billion"), ("billion", "million"), ("bn", "m")],
    "vi": [("triệu", "tỷ"), ("tỷ", "triệu"), ("tỉ", "triệu")],
}
WORDS: dict[str, list[tuple[str, str]]] = {
    "de": [("zwei", "drei"), ("drei", "vier"), ("vier", "fünf"), ("fünf", "sechs"),
           ("sechs", "sieben"), ("sieben", "acht"), ("acht", "neun"), ("zehn", "zwölf"),
           ("elf", "zwölf"), ("zwölf", "zehn"), ("zwanzig", "dreißig"), ("hundert", "tausend")],
    "fr": [("deux", "trois"), ("trois", "quatre"), ("quatre", "cinq"), ("cinq", "six"),
           ("six", "sept"), ("sept", "huit"), ("huit", "neuf"), ("dix", "douze"),
           ("onze", "douze"), ("douze", "dix"), ("vingt", "trente"), ("cent", "mille")],
    "en": [("two", "three"), ("three", "four"), ("four", "five"), ("five", "six"),
           ("six", "seven"), ("seven", "eight"), ("eight", "nine"), ("ten", "twelve"),
           ("eleven", "twelve"), ("twelve", "ten"), ("twenty", "thirty"),
           ("hundred", "thousand")],
    "vi": [("hai", "ba"), ("bốn", "năm"), ("sáu", "bảy"), ("bảy", "tám"), ("tám", "chín"),
           ("mười", "mười hai"), ("trăm", "nghìn")],
}
CURRENCIES: dict[str, list[tuple[str, str]]] = {
    "de": [("Dollar", "Euro"), ("Euro", "Dollar"), ("Pfund", "Euro"), ("$", "€"), ("€", "$"),
           ("£", "€")],
    "fr": [("dollars", "euros"), ("euros", "dollars"), ("livres", "euros"), ("$", "€"),
           ("€", "$"), ("£", "€")],
    "en": [("dollars", "euros"), ("euros", "dollars"), ("pounds", "euros"), ("$", "€"),
           ("€", "$"), ("£", "€")],
    "vi": [("đô la", "euro"), ("USD", "EUR"), ("đồng", "USD"), ("bảng", "euro"), ("$", "€")],
}
KINDS = ("value", "year", "scale", "hedge-dropped", "hedge-flipped", "number-word", "month",
         "day", "currency", "unlocalised-format", "deleted-sentence")


@dataclass(frozen=True)
class Change:
    kind: str
    lang: str  # the changed version
    start: int  # span of the change in the changed text
    end: int
    before: str
    after: str
    text: str  # the whole changed text


def _word(w: str) -> str:
    if re.match(r"\w", w) and re.search(r"\w$", w):
        return rf"(?<!\w){re.escape(w)}(?!\w)"
    return re.escape(w)


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"https?://\S+|\S+@\S+\.\w+|\w+-\d+\b", text)]


def _free(text: str, start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in _url_spans(text))


def _replace(kind: str, lang: str, text: str, start: int, end: int, new: str) -> Change:
    if lang == "fr" and text[max(0, start - 2): start] in ("d’", "d'") and not re.match(
            r"[aeiouyhéèêàâîôû]", (new or text[end:])[:1], re.IGNORECASE):
        # "d’environ 120" → "de plus de 120", "d’octobre" → "de novembre": French elides
        # only before a vowel, and the grammatical form is what a translator would write
        start -= 2
        new = "de " + new
    return Change(kind, lang, start, start + len(new), text[start:end], new,
                  text[:start] + new + text[end:])


#: what may stand right before a month name for "May"/"March" (en) to be read as a month
_EN_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|early|late|mid|last|next|this|of|from|during|before|after|"
    r"between|and|to)[\s-]+$)|\d\s*$", re.IGNORECASE)
#: number words that are part of an idiom, name or weekday, not a count (lower case)
_WORD_IDIOMS: dict[str, tuple[str, ...]] = {
    "en": (r"\bworld war ", r"\bfour corners\b"),
    "fr": (r"\bquatre coins\b", r"\bguerre mondiale\b"),
    "de": (r"\bvier ecken\b",),
    # "thứ Bảy" is Saturday: "thứ Tám" names no day; "hiệp hai" is the second half
    "vi": (r"\bthứ bảy\b", r"\bhiệp hai\b"),
}
#: a number right before a currency word ("35 millions de dollars": two words may come between)
_NUMBER_BEFORE = re.compile(
    r"\d[\d.,\u00a0\u202f ]*(?:\s*(?:Mio\.|Mrd\.|[\w’']+)){0,2}\s*$")
#: hedge words of each language (for telling whether the other version hedges a number)
_ANY_HEDGE: dict[str, tuple[str, ...]] = {
    lang: tuple({w for pair in pairs for w in pair}) + extra
    for (lang, pairs), extra in zip(HEDGES.items(), (
        ("bis zu", "ca.", "circa", "ungefähr", "gut", "knapp", "nahezu", "geschätzt"),
        ("jusqu’à", "jusqu'à", "environ", "près de", "presque", "à peine", "autour de"),
        ("up to", "some", "roughly", "approximately", "as many as", "as much as", "estimated"),
        ("tới", "lên tới", "khoảng chừng", "chừng", "xấp xỉ", "ước tính", "tối đa", "tối thiểu"),
    ), strict=True)
}


def _unhedged_in_other(lang: str, text: str, start: int, other_lang: str | None,
                       other_text: str | None) -> bool:
    """Whether the other version's aligned paragraph (same index: NTREX is aligned
    sentence by sentence) states the number that follows ``start`` without a hedge:
    dropping this version's hedge then makes the two agree instead of differ."""
    if other_text is None or other_lang is None:
        return False
    paras, others = text.split("\n\n"), other_text.split("\n\n")
    if len(paras) != len(others):
        return False
    index = text.count("\n\n", 0, start)
    m = re.match(r"\d[\d.,\u00a0\u202f]*", text[start:])
    if not m:
        return False
    digits = re.sub(r"\D", "", m.group(0))
    words = _ANY_HEDGE.get(other_lang, ())
    for o in re.finditer(r"(?<![\d.,])\d[\d.,\u00a0\u202f]*", others[index]):
        if re.sub(r"\D", "", o.group(0)) != digits:
            continue
        before = others[index][max(0, o.start() - 20): o.start()].lower()
        if not any(re.search(rf"(?<!\w){re.escape(w.lower())}\s*$", before) for w in words):
            return True
    return False


#: hedges that put the value above / below the stated one, per language (an upper
#: bound such as "up to" points down: "under 4 million" agrees with it)
_UP = {"de": ("mehr als", "über"), "fr": ("plus de", "plus d’", "plus d'"),
       "en": ("more than", "over"), "vi": ("hơn", "trên")}
_DOWN = {"de": ("weniger als", "unter", "bis zu", "höchstens"),
         "fr": ("moins de", "moins d’", "moins d'", "jusqu’à", "jusqu'à", "au plus"),
         "en": ("less than", "under", "up to", "as many as", "as much as", "at most"),
         "vi": ("dưới", "tới", "tối đa")}


def _same_direction_in_other(lang: str, text: str, start: int, new: str,
                             other_lang: str | None, other_text: str | None) -> bool:
    """Whether the other version's aligned paragraph states the number after ``start``
    with a hedge of the direction ``new`` has ("about 200" flipped to "more than 200"
    against "plus de 200": the two then agree)."""
    if other_text is None or other_lang is None:
        return False
    table = _UP if new in _UP.get(lang, ()) else _DOWN if new in _DOWN.get(lang, ()) else None
    if table is None:
        return False
    paras, others = text.split("\n\n"), other_text.split("\n\n")
    if len(paras) != len(others):
        return False
    m = re.match(r"\s*(\d[\d.,\u00a0\u202f]*)", text[start:])
    if not m:
        return False
    digits = re.sub(r"\D", "", m.group(1))
    para = others[text.count("\n\n", 0, start)]
    for o in re.finditer(r"(?<![\d.,])\d[\d.,\u00a0\u202f]*", para):
        if re.sub(r"\D", "", o.group(0)) != digits:
            continue
        before = para[max(0, o.start() - 20): o.start()].lower()
        if any(re.search(rf"(?<!\w){re.escape(w)}\s*$", before) for w in table[other_lang]):
            return True
    return False


#: vi: "5 triệu đồng", "26.750 đô la"; "năm 2014 của Hội đồng" is a council, not money
_VI_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*$")
#: a clock time: "19:30", "19.30", "19 h 30", "19h"
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2}|\s?h\b|\s?h\s?\d{2})")
_TIME_UNITS = r"(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|seconds?|nights?)"


def _numbers(text: str) -> list[str]:
    """Standalone numbers of a text as bare digit strings ("26,750" → "26750"); digits
    inside codes such as HER2, SS19 or COVID-19 are left out."""
    found = re.findall(r"(?<![\w\-])\d(?:[\d.,\u00a0\u202f ]*\d)?(?![\w\-]*\d)", text)
    return [re.sub(r"\D", "", n) for n in found]


def _idiom(lang: str, text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 12): end + 12].lower()
    at = start - max(0, start - 12)
    for pat in _WORD_IDIOMS.get(lang, ()):
        for m in re.finditer(pat, window):
            if m.start() <= at + (end - start) and at <= m.end():
                return True
    return False


#: How each language may state the values the number-word changes start from (word
#: starts, so that compounds count: "Zweidrittelmehrheit", "fünfmalige", "twice").
_VALUE_WORDS: dict[str, dict[int, tuple[str, ...]]] = {
    "de": {2: ("zwei", "beide", "doppel", "zweit"), 3: ("drei", "dritt"), 4: ("vier",),
           5: ("fünf",), 6: ("sechs",), 7: ("sieben", "siebt"), 8: ("acht",),
           10: ("zehn",), 11: ("elf",), 12: ("zwölf", "dutzend"), 20: ("zwanzig",),
           100: ("hundert",)},
    "fr": {2: ("deux", "double", "doublé", "second", "paire", "couple"),
           3: ("trois", "tripl", "tiers"),
           4: ("quatre", "quadrupl", "quart"), 5: ("cinq", "quint"), 6: ("six", "sextupl"),
           7: ("sept",), 8: ("huit",), 10: ("dix", "dizaine"), 11: ("onze",),
           12: ("douze", "douzaine"), 20: ("vingt",), 100: ("cent",)},
    "en": {2: ("two", "twice", "second", "double", "pair", "both", "couple", "bi"),
           3: ("three", "third", "thrice", "tripl"), 4: ("four", "quadrupl", "quarter"),
           5: ("five", "fifth"), 6: ("six",), 7: ("seven",), 8: ("eight",),
           10: ("ten", "decade"), 11: ("eleven",), 12: ("twelve", "dozen"), 20: ("twenty",),
           100: ("hundred", "cent")},
    "vi": {2: ("hai", "đôi"), 3: ("ba",), 4: ("bốn", "tư"), 5: ("năm",), 6: ("sáu",),
           7: ("bảy",), 8: ("tám",), 10: ("mười", "chục"), 11: ("mười một",),
           12: ("mười hai", "tá"), 20: ("hai mươi",), 100: ("trăm",)},
}


def _value_of_word(lang: str, word: str) -> int | None:
    word = word.lower()
    for value, words in _VALUE_WORDS.get(lang, {}).items():
        if words[0] == word:
            return value
    return None


def _stated_in_other(lang: str, text: str, start: int, value: int | None,
                     other_lang: str | None, other_text: str | None) -> bool:
    """Whether the other version's aligned paragraph (NTREX: same index) states
    ``value`` at all, in digits or words (raw text, not the extractor). When it does
    not ("les deux chaînes" against a German sentence naming the two chains), no
    cross-version check can see the number change: such candidates are skipped."""
    if value is None or other_text is None or other_lang is None:
        return True
    paras, others = text.split("\n\n"), other_text.split("\n\n")
    if len(paras) != len(others):
        return True
    para = others[text.count("\n\n", 0, start)].lower()
    if re.search(rf"(?<![\d.,]){value}(?![\d]|[.,]\d)", para):
        return True
    for w in _VALUE_WORDS.get(other_lang, {}).get(value, ()):
        pattern = (rf"(?<!\w){re.escape(w)}(?!\w)" if other_lang == "vi"
                   else rf"(?<![^\W\d_]){re.escape(w)}")
        if re.search(pattern, para):
            return True
    return False


def _or_pair(text: str, start: int, end: int) -> bool:
    """"one or two", "deux ou trois", "zwei oder drei": an idiom for "a few"."""
    before = text[max(0, start - 12): start]
    after = text[end: end + 12]
    conj = r"(?:or|ou|oder|hoặc|hay)"
    return bool(re.search(rf"\w+\s+{conj}\s+$", before, re.IGNORECASE)
                or re.match(rf"\s+{conj}\s+\w+", after, re.IGNORECASE))


def candidates(
    kind: str, lang: str, text: str, other_text: str | None = None,
    other_lang: str | None = None,
) -> Iterator[Change]:
    digit_near = re.compile(r"\d")
    if kind == "value":
        months = "|".join(re.escape(n) for n in get_month_names("wide", locale=lang).values())
        # not the second group of "40 000" (a 0.25 % change a rounding-aware check rightly
        # accepts), not a name like "007", not a day of month, a vi month ("tháng 10") or an
        # hour ("19 h 00"), whose change makes no valid date or time
        for m in re.finditer(
            r"(?<![\w.,/:-])(?<!\d[\u00a0\u202f ])(?<![Tt]háng )(?<![Nn]gày )(\d)"
            r"(?=[\d.,\u00a0\u202f ]*\d|\b)", text
        ):
            if m.group(1) == "0" and re.match(r"0\d", text[m.start():]):
                continue
            # a count, not a year, a time, a date part or a code
            num = re.match(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?",
                           text[m.start():])
            assert num
            s = num.group(0)
            digits = re.sub(r"\D", "", s)
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                continue
            after = text[m.start() + len(s): m.start() + len(s) + 2]
            before = text[max(0, m.start() - 1): m.start()]
            if (after[:1] in (":", ".") and after[1:2].isdigit()) or before == ":":
                continue
            rest = text[m.start() + len(s): m.start() + len(s) + 40]
            if re.match(rf"(?:st|nd|rd|th|er|\.)?\s+(?:{months})\b", rest, re.IGNORECASE):
                continue  # a day of month: the "day" kind changes those
            if re.match(r"\s?h(?:\s?\d\d|\b)", rest):
                continue  # "19 h 00"
            if not _free(text, m.start(), m.start() + len(s)):
                continue
            d = int(m.group(1))
            new = str(d + 1) if d < 9 else "8"
            yield _replace(kind, lang, text, m.start(), m.start() + 1, new)
    elif kind == "year":
        for m in re.finditer(r"(?<![\w.,/:-])(19|20)(\d\d)(?![\w.,/:-]?\d)", text):
            if not _free(text, *m.span()):
                continue
            decade = m.group(2).endswith("0") and (
                re.match(r"(?:'?s|er)\b", text[m.end(): m.end() + 3])
                or re.search(r"(?:années|những năm|the early|the late|the mid)\s+$",
                             text[max(0, m.start() - 12): m.start()], re.IGNORECASE))
            step = 10 if decade else 1
            yield _replace(kind, lang, text, *m.span(), str(int(m.group(0)) + step))
    elif kind == "scale":
        for old, new in SCALES[lang]:
            for m in re.finditer(_word(old), text):
                if digit_near.search(text[max(0, m.start() - 12): m.start()]):
                    yield _replace(kind, lang, text, *m.span(), new)
    elif kind in ("hedge-dropped", "hedge-flipped"):
        for old, opposite in HEDGES[lang]:
            for m in re.finditer(_word(old) + r"\s+(?=\d)", text):
                rest = text[m.end(): m.end() + 30]
                if lang == "en" and old == "over" and re.match(
                        rf"[\d.,]+\s+{_TIME_UNITS}\b", rest):
                    continue  # "emissions over 24 hours": during, not more than
                if kind == "hedge-flipped" and _CLOCK.match(rest):
                    continue  # "more than 19:30" states nothing
                if kind == "hedge-dropped":
                    if _unhedged_in_other(lang, text, m.end(), other_lang, other_text):
                        continue  # the other version already lacks the hedge
                    yield _replace(kind, lang, text, m.start(), m.end(), "")
                else:
                    if _same_direction_in_other(lang, text, m.end(), opposite, other_lang,
                                                other_text):
                        continue  # the flip makes this version say what the other says
                    yield _replace(kind, lang, text, m.start(), m.start() + len(old), opposite)
    elif kind == "number-word":
        for old, new in WORDS[lang]:
            for m in re.finditer(_word(old), text, re.IGNORECASE):
                w = m.group(0)
                if _idiom(lang, text, *m.span()) or _or_pair(text, *m.span()):
                    continue
                if not _stated_in_other(lang, text, m.start(), _value_of_word(lang, old),
                                        other_lang, other_text):
                    continue  # the other version never states this number
                if lang == "en" and w[:1].isupper() and not re.search(
                        r"(?:^|[.!?:\"“‘'(]\s*|\n)$", text[max(0, m.start() - 3): m.start()]):
                    continue  # "Six Lives", "Five Corners": a title or name mid-sentence
                repl = new.capitalize() if w[:1].isupper() else new
                yield _replace(kind, lang, text, *m.span(), repl)
    elif kind == "month":
        if lang == "vi":
            for m in re.finditer(r"(?<=tháng )(1[0-2]|[1-9])(?!\d)", text):
                yield _replace(kind, lang, text, *m.span(), str(int(m.group(0)) % 12 + 1))
        else:
            names = get_month_names("wide", locale=lang)
            # en and de write months with a capital: "may" is a verb; "May" and "March" are
            # also a name and a verb, so they count only beside a number or "in", "since"…
            flags = 0 if lang in ("en", "de") else re.IGNORECASE
            for num, name in names.items():
                pattern = _word(name[:1].upper() + name[1:] if not flags else name)
                for m in re.finditer(pattern, text, flags):
                    if lang == "en" and name.lower() in ("may", "march") and not (
                            _EN_MONTH_CONTEXT.search(text[max(0, m.start() - 12): m.start()])
                            or re.match(r"\s+\d", text[m.end(): m.end() + 3])):
                        continue
                    new = names[num % 12 + 1]
                    if m.group(0)[:1].isupper():
                        new = new[:1].upper() + new[1:]
                    yield _replace(kind, lang, text, *m.span(), new)
    elif kind == "day":
        if lang == "vi":
            pat = r"(?<=ngày )([1-9]|[12]\d)(?=\s+tháng)"
        else:
            months = "|".join(re.escape(n) for n in get_month_names("wide", locale=lang).values())
            pat = (rf"(?<![\d.])([1-9]|[12]\d)(?=\.?(?:er)?\s+(?:{months}))"
                   rf"|(?<=(?:{months}) )([1-9]|[12]\d)(?=\b)")
        for m in re.finditer(pat, text, re.IGNORECASE):
            yield _replace(kind, lang, text, *m.span(), str(int(m.group(0)) + 1))
    elif kind == "currency":
        for old, new in CURRENCIES[lang]:
            for m in re.finditer(_word(old), text):
                window = text[max(0, m.start() - 20): m.end() + 20]
                if not digit_near.search(window):
                    continue
                before = text[max(0, m.start() - 25): m.start()]
                if re.match(r"\w", old) and not (
                    _VI_NUMBER_BEFORE.search(before) if lang == "vi"
                    else _NUMBER_BEFORE.search(before)
                ):
                    continue  # vi "cộng đồng" (community), "đầu bảng" (top of the table)
                yield _replace(kind, lang, text, *m.span(), new)
    elif kind == "unlocalised-format":
        if lang == "en":
            pat, fix = r"(?<![\d.,])\d{1,3}(,)\d{3}(?![\d,])", "."
        elif lang == "de" or lang == "vi":
            pat, fix = r"(?<![\d.,])\d{1,3}(\.)\d{3}(?![\d.])", ","
        else:
            pat, fix = r"(?<![\d.,])\d{1,3}([ \u00a0\u202f])\d{3}(?![\d])", ","
        for m in re.finditer(pat, text):
            if _free(text, *m.span()):
                yield Change(kind, lang, m.start(), m.end(), m.group(0),
                             m.group(0).replace(m.group(1), fix),
                             text[: m.start(1)] + fix + text[m.end(1):])
    elif kind == "deleted-sentence":
        pos = 0
        for para in text.split("\n\n"):
            # only a sentence that takes a fact away: one of its numbers is stated nowhere
            # else in this version (a headline repeats the body's figures) and the other
            # version states it (deleting a figure the other version lacks changes no fact)
            rest = text[:pos] + text[pos + len(para):]
            own = set(_numbers(para)) - set(_numbers(rest))
            if other_text is not None:
                own &= set(_numbers(other_text))
            if own and _free(text, pos, pos + len(para)):
                new_text = text[:pos] + text[pos + len(para) + 2:]
                yield Change(kind, lang, pos, pos, para, "", new_text)
            pos += len(para) + 2


def finding_keys(report: Report) -> Counter[tuple[str, tuple[tuple[str, str], ...]]]:
    return Counter(
        (f.code, tuple(sorted((loc.lang, loc.text) for loc in f.locations)))
        for f in report.findings
        if f.level in ("warning", "error")
    )


def caught(change: Change, other_lang: str, other_text: str, base: Report, new: Report) -> bool:
    old_keys = finding_keys(base)
    for f in new.findings:
        if f.level not in ("warning", "error"):
            continue
        key = (f.code, tuple(sorted((loc.lang, loc.text) for loc in f.locations)))
        if old_keys[key] > 0:
            old_keys[key] -= 1
            continue
        if change.kind == "deleted-sentence":
            return True  # any new finding after deleting a sentence with a figure
        for loc in f.locations:
            near = loc.start <= change.end + 3 and change.start - 3 <= loc.end
            if loc.lang == change.lang and near:
                return True
    return False


def run_pair(
    versions: dict[str, str], mutate: str, per_kind: int, rng: random.Random,
    tally: dict[str, Counter[str]], failures: list[str], label: str,
    check: Callable[[dict[str, str]], Report],
) -> None:
    base = check(versions)
    (other,) = [lang for lang in versions if lang != mutate]
    for kind in KINDS:
        cands = list(candidates(kind, mutate, versions[mutate], versions[other], other))
        if not cands:
            continue
        picks = cands if per_kind <= 0 else rng.sample(cands, min(per_kind, len(cands)))
        for ch in picks:
            changed = dict(versions)
            changed[mutate] = ch.text
            new = check(changed)
            ok = caught(ch, other, versions[other], base, new)
            tally[kind]["caught" if ok else "missed"] += 1
            if not ok:
                ctx = ch.text[max(0, ch.start - 30): ch.end + 30].replace("\n", " ")
                failures.append(f"{label} {kind} {mutate}: {ch.before!r}→{ch.after!r} …{ctx}…")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-kind", type=int, default=1,
                    help="changes per kind per document pair and direction (0 = all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--failures", action="store_true", help="print every missed change")
    ap.add_argument("--no-write", action="store_true", help="don't update docs/benchmarks.md")
    args = ap.parse_args()
    require_shared()
    rng = random.Random(args.seed)

    def check(v: dict[str, str]) -> Report:
        return factcheck.check(v)

    results: dict[str, dict[str, Counter[str]]] = {}
    failures: list[str] = []
    seeds = SHARED / "seeds"
    seed_versions = {
        "de": (seeds / "000_9c40435dd12f61b7.txt").read_text(encoding="utf-8"),
        "fr": (seeds / "001_e97ba794fa4d0071.txt").read_text(encoding="utf-8"),
    }
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for mutate in ("de", "fr"):
        run_pair(seed_versions, mutate, 0, rng, tally, failures, "seeds", check)
    results["seed pair (every candidate)"] = tally
    docs = ntrex_docs()
    for a, b in PAIRS:
        tally = defaultdict(Counter)
        for doc in docs:
            versions = {a: doc.text(a), b: doc.text(b)}
            run_pair(versions, b, args.per_kind, rng, tally, failures, doc.doc_id, check)
        results[f"NTREX {a}–{b} (changes in {b})"] = tally

    lines = [
        "## Misses: one figure changed in one version (`bench/misses.py`)",
        "",
        "A change counts as caught when `check` reports a new finding at warning or error",
        "located at the change. Candidates come from plain patterns over the raw text, not",
        f"from the extractor. NTREX: {args.per_kind} change per kind per document (random,"
        f" seed {args.seed}); seed pair: every candidate in both directions.",
        "",
        "| corpus | " + " | ".join(KINDS) + " | all |",
        "|---" * (len(KINDS) + 2) + "|",
    ]
    total_all: Counter[str] = Counter()
    per_kind_all: dict[str, Counter[str]] = defaultdict(Counter)
    for name, tally in results.items():
        cells = []
        tot: Counter[str] = Counter()
        for kind in KINDS:
            c = tally.get(kind, Counter())
            n = c["caught"] + c["missed"]
            tot.update(c)
            per_kind_all[kind].update(c)
            cells.append(f"{c['caught']}/{n}" if n else "–")
        n = tot["caught"] + tot["missed"]
        total_all.update(tot)
        cells.append(f"{100 * tot['caught'] / n:.1f}% of {n}" if n else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    cells = []
    for kind in KINDS:
        c = per_kind_all[kind]
        n = c["caught"] + c["missed"]
        cells.append(f"{100 * c['caught'] / n:.0f}%" if n else "–")
    n = total_all["caught"] + total_all["missed"]
    cells.append(f"**{100 * total_all['caught'] / n:.1f}%** of {n}" if n else "–")
    lines.append("| **all** | " + " | ".join(cells) + " |")
    body = "\n".join(lines)
    print(body)
    if args.failures:
        print("\nMissed:")
        print("\n".join(failures))
    if not args.no_write:
        write_section("misses", body)


if __name__ == "__main__":
    main()
