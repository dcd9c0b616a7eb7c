"""A small, dependency-free language detector for the languages factcheck profiles.

It scores frequent function words (profiles in ``rules/lang/_detect.toml``) and
a few letters typical of a language (Vietnamese is plain from its diacritics).
It is meant for two questions: which language is an unlabelled version in, and
does a version look like the language it is labelled with (rule FC901)? It
answers "unsure" rather than guess: short texts and unprofiled languages give
``(None, 0.0)`` from :func:`detect_language` and ``True`` from :func:`looks_like`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import filterfalse

import regex

from ._diskcache import persistent
from ._locale import base_lang

__all__ = ["detect_language", "language_scores", "looks_like", "profiled_languages"]

_WORD_RE = re.compile(r"[^\W\d_]+")  # the standard library's re is faster here
_NON_LATIN_RE = regex.compile(r"[^\P{L}\p{Latin}]")
_SAMPLE = 1_800  # characters looked at (start, middle and end of longer texts: ~300 words)
_MIN_HITS = 5


@cache
def _profiles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return _read_profiles("_detect")


@persistent("detect-profiles")
def _read_profiles(name: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    import tomllib
    from importlib import resources

    res = resources.files("factcheck.rules").joinpath("lang", f"{name}.toml")
    data = tomllib.loads(res.read_bytes().decode("utf-8"))
    return {
        lang: (frozenset(p.get("words", ())), frozenset(p.get("letters", "")))
        for lang, p in data.items()
    }


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE:
        return text
    third = _SAMPLE // 3
    mid = len(text) // 2
    return " ".join((text[:third], text[mid - third // 2 : mid + third // 2], text[-third:]))


def profiled_languages() -> tuple[str, ...]:
    """The languages the detector knows."""
    return tuple(_profiles())


@cache
def _owners() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Every word and every typical letter of the profiles, with the languages
    whose profile has it."""
    words: dict[str, tuple[str, ...]] = {}
    letters: dict[str, tuple[str, ...]] = {}
    for lang, (stop, typical) in _profiles().items():
        for word in stop:
            words[word] = (*words.get(word, ()), lang)
        for ch in typical:
            letters[ch] = (*letters.get(ch, ()), lang)
    return words, letters


@cache
def _letters_re() -> re.Pattern[str]:
    chars = sorted({ch for _, typical in _profiles().values() for ch in typical})
    return re.compile("[" + re.escape("".join(chars)) + "]")


#: Code points of Latin-script text: Latin letters with their diacritics (Latin-1,
#: Extended-A and -B, Vietnamese's Extended Additional), combining marks, general
#: punctuation (quotes, dashes) and currency signs. The few letters among them
#: that are not of the Latin script (the micro sign) are read off the regex.
_LATIN_TEXT_RANGES = (
    (0x0000, 0x02B8),
    (0x0300, 0x036F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
)
_BEYOND_LATIN_TEXT = re.compile(
    "[^" + "".join(rf"\u{lo:04x}-\u{hi:04x}" for lo, hi in _LATIN_TEXT_RANGES) + "]"
)


@cache
def _non_latin_in_latin_text() -> str:
    """The letters in :data:`_LATIN_TEXT_RANGES` that are not of the Latin script."""
    every = "".join(chr(c) for lo, hi in _LATIN_TEXT_RANGES for c in range(lo, hi + 1))
    return "".join(_NON_LATIN_RE.findall(every))


def _non_latin_letters(sample: str) -> int:
    """How many letters of ``sample`` are not Latin: a count of a few characters
    when every character is of :data:`_LATIN_TEXT_RANGES` (German, French, English,
    Vietnamese), else the regex."""
    if sample.isascii():
        return 0
    if _BEYOND_LATIN_TEXT.search(sample) is None:
        return sum(sample.count(ch) for ch in _non_latin_in_latin_text())
    return len(_NON_LATIN_RE.findall(sample))


def language_scores(text: str) -> tuple[dict[str, float], int, float]:
    """Per-language scores of ``text``, the number of words, and the Latin-letter share."""
    scores, n_words, latin = _sample_scores(_sample(text))
    return dict(scores), n_words, latin


def _sample_scores(sample: str) -> tuple[tuple[tuple[str, float], ...], int, float]:
    """:func:`language_scores` of a sample (at most ``_SAMPLE`` characters). Not
    memoised: a memo would only help a benchmark that checks one text twice."""
    sample = sample.lower()
    # The words are the runs of letters: a token between white space that is all
    # letters is one word; only the other tokens go through the regex (together).
    tokens = sample.split()
    whole = list(filter(str.isalpha, tokens))
    parts = _WORD_RE.findall(" ".join(filterfalse(str.isalpha, tokens)))
    n_words = len(whole) + len(parts)
    n_letters = len("".join(whole)) + len("".join(parts))
    latin = n_letters - _non_latin_letters(sample)
    word_owners, letter_owners = _owners()
    hits = dict.fromkeys(_profiles(), 0)  # profile words found, per language
    found = Counter(filter(word_owners.__contains__, whole))
    found.update(filter(word_owners.__contains__, parts))
    for word, n in found.items():
        for lang in word_owners[word]:
            hits[lang] += n
    typical = dict.fromkeys(hits, 0)  # typical letters found, per language
    for ch, n in Counter(_letters_re().findall(sample)).items():
        for lang in letter_owners[ch]:
            typical[lang] += n
    scores: dict[str, float] = {}
    for lang, (_, letters) in _profiles().items():
        score = float(hits[lang])
        if letters and n_letters:
            share = typical[lang] / n_letters
            # Vietnamese letters are decisive; a few umlauts or accents only nudge
            score += share * n_words * (3.0 if lang == "vi" else 0.5)
        scores[lang] = score
    return tuple(scores.items()), n_words, (min(1.0, latin / n_letters) if n_letters else 1.0)


def detect_language(text: str) -> tuple[str | None, float]:
    """The language ``text`` is written in and a confidence in [0, 1].

    >>> detect_language("Die Firma hat mehr als 5.000 Mitarbeiter und ist in der Stadt bekannt.")[0]
    'de'
    >>> detect_language("L'entreprise a plus de 5 000 employés dans la région et elle recrute.")[0]
    'fr'
    >>> detect_language("Công ty có hơn 5.000 nhân viên và đang tuyển thêm người.")[0]
    'vi'
    >>> detect_language("5 000")
    (None, 0.0)
    """
    scores, n_words, latin = language_scores(text)
    if n_words == 0 or latin < 0.5:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < _MIN_HITS:
        return None, 0.0
    margin = (top - second) / top
    confidence = min(1.0, top / 15.0) * min(1.0, 0.25 + margin * 1.5)
    return best, round(confidence, 3)


def looks_like(text: str, lang: str) -> bool:
    """False only when ``text`` is clearly not in ``lang``; True when unsure.

    >>> looks_like("The company has more than 5,000 employees and it is hiring again.", "de")
    False
    >>> looks_like("The company has more than 5,000 employees and it is hiring again.", "en")
    True
    >>> looks_like("Kurz.", "fr"), looks_like("Das ist ein Text auf Deutsch.", "ja")
    (True, True)
    """
    base = base_lang(lang)
    profiles = _profiles()
    if base not in profiles:
        return True
    scores, n_words, latin = language_scores(text)
    if n_words < 8:
        return True
    if latin < 0.3:
        return False  # every profiled language is written in Latin script
    best = max(scores, key=lambda k: scores[k])
    if best == base:
        return True
    top, own = scores[best], scores[base]
    return not (top >= _MIN_HITS and own < 0.55 * top)
