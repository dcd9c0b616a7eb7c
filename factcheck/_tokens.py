"""Invariant tokens: URLs, e-mail addresses, phone numbers and codes (COVID-19, G7).

They are not counts; they must appear unchanged in every version. The figure
extractor masks them (their digits are never reported as numbers) and the
invariant-token rule compares them across versions.

Kinds:

* ``url``: ``http(s)://…``, ``ftp://…``, ``www.…`` up to white space, without
  trailing punctuation;
* ``email``: ``name@host.tld``;
* ``phone``: an international number (``+49 30 1234567``, ``+84 (0)24 3822 1234``),
  a number after a telephone label (``Tel. 030 123456``, ``Tél. : 01 23 45 67 89``),
  a national number with a leading 0 and at least 8 digits (``0800 555 111``),
  or a North American number (``555-123-4567``);
* ``score``: a sports score or tally of two small numbers, ``3:1`` (not a time: the
  second number has one digit) or ``3-1``, ``2–2`` (the first at least the second, so
  not a range such as ``3-5``); its key (:func:`token_key`) is the same for ``3:1``,
  ``3-1`` and ``1-3``;
* ``code``: letters and digits in one word (``A380``, ``G7``, ``H5N1``, ``MH17``,
  ``COVID-19``, ``SARS-CoV-2``), an acronym or product family followed by a
  number (``ISO 9001``, ``DIN 476``, ``Windows 11``, ``iPhone 15``), dotted
  version numbers and addresses with three or more parts that are not digit
  groups (``3.11.2``, ``192.168.1.2``; date-shaped ones such as ``22.01.2016``
  are left to the dates stage), ``v2.0``, hashtags and handles.

Scanning is linear: one pass finds the runs of digits; code candidates (each
checked locally) and phone number candidates are read off those runs, and the
URL, e-mail, phone and hashtag patterns only run near their marker characters
(found with ``str.find``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from ._diskcache import persistent
from ._pickling import by_constructor

__all__ = ["DigitRuns", "Token", "find_tokens", "token_key", "tokens_and_runs"]


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # url, email, phone, score, code
    text: str
    start: int
    end: int

    def __reduce__(self) -> tuple[Any, ...]:
        return by_constructor(self)


@dataclass(frozen=True, slots=True)
class DigitRuns:
    """The runs of ASCII digits of one text, found once for every stage of ``extract``
    (:func:`tokens_and_runs`): the stages read their digit anchors off them instead of
    each scanning the whole text for digits."""

    #: ``(start, end)`` of each maximal run of ``0``-``9``, in order
    spans: list[tuple[int, int]]
    #: whether the text has no decimal digit of another script (``\d`` finds exactly
    #: these runs)
    only_ascii: bool


_URL: Final = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'«»“”]+", re.IGNORECASE)
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE: Final = re.compile(r"(?<![\w@#&])[#@][^\W\d_]\w*")
_PHONE_INTL: Final = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ \u00a0./-]?(?:\(\d{1,4}\)|\d{1,5})){2,7}")
_PHONE_LABEL: Final = re.compile(
    r"(?<!\w)(?:tel|tél|telefon\w*|téléphone|phone|fax|hotline|đt|sđt|điện thoại"
    r"|(?:telefon|ruf|not)?nummer|numéro(?: de téléphone)?|số điện thoại|số máy)\.?"
    # "telefonisch unter", "par téléphone au", "by phone on", "điện thoại số"
    r"(?:[ \u00a0]+(?:unter|au|on|at|số))?[ \u00a0]*:?[ \u00a0]*\(?$",
    re.IGNORECASE,
)
#: A phone number candidate: digits with spaces, dots, slashes, hyphens, brackets.
_PHONE_CAND: Final = re.compile(r"[0-9][0-9 \u00a0()./-]{5,18}[0-9]")
#: What may stand between the digit runs of a phone number candidate.
_PHONE_GAP: Final = frozenset(" \u00a0()./-")
#: A run of ASCII digits (written so that ``re`` scans for its first character in C).
_RUN: Final = re.compile(r"[0-9][0-9]*")
#: A decimal digit of another script than ASCII (as ``\d``), written so that ``re`` tests
#: it only on the rare characters that may be one: no decimal digit lies in
#: U+0080-U+065F or U+1E00-U+20FF (the letters, marks and punctuation of Latin, Greek
#: and Cyrillic text, Vietnamese included; tests/test_digit_runs.py checks this over
#: all of Unicode).
_OTHER_DIGIT: Final = re.compile(r"[\u0660-\u1dff\u2100-\U0010ffff](?<=\d)")
#: The high bytes (UTF-16) of the characters U+0000-U+05FF and U+1E00-U+20FF, where no
#: decimal digit but ASCII's lies: a text whose characters all have one of them needs
#: no search with ``_OTHER_DIGIT`` (``bytes.translate`` reads a byte in a few
#: instructions, ``re`` a character class in dozens).
_NO_OTHER_DIGIT_HIGH: Final = bytes((0, 1, 2, 3, 4, 5, 0x1E, 0x1F, 0x20))
#: The ASCII digits, each found by ``str.find`` (``memchr``: no Python step per
#: character).
_ASCII_DIGITS: Final = "0123456789"
#: After a digit run: a dotted triple goes on ("3.11.2").
_DOTTED_TAIL: Final = re.compile(r"\.[0-9]+\.[0-9]")
_DIGITS: Final = re.compile(r"\d+")
#: A North American number: 555-123-4567 (never a count or a range).
_PHONE_NANP: Final = re.compile(r"(?:\d{3}-|\(\d{3}\) ?)\d{3}-\d{4}")
_TIME: Final = re.compile(r"\d{1,2}h\d{2}")
#: Day, month and year with one separator ("01/02/2018", "02 04 2009", "01-02-2018"):
#: a date, not a national phone number, even with a leading 0 and eight digits.
_DATE_SHAPE: Final = re.compile(r"(\d{1,2})([./ \u00a0-])(\d{1,2})\2(?:\d{4}|\d{2})")
_TRAIL: Final = ".,;:!?)]}'\""
#: A dotted run of three or more digit parts (versions, IP addresses).
_DOTTED: Final = re.compile(r"\d+(?:\.\d+){2,}")
#: Two numbers of one or two digits joined by ":", "-" or "–" (a score, if
#: :func:`_score_ok`), with no digit, letter or joiner on either side.
_SCORE: Final = re.compile(
    r"(?<![\w.,:/\-\u2013])(\d{1,2})([:\-\u2013])(\d{1,2})(?![\w%°‰]|[.,:/\-\u2013]\d)"
)

#: Product families whose number is a name, not a count ("Windows 11").
#: Structural rules cover acronyms ("ISO 9001") and camel case ("iPhone 15").
_PRODUCTS: Final = (
    "Windows", "Android", "iOS", "macOS", "iPhone", "iPad", "Office", "Version", "Web",
    "Industrie", "Industry", "Boeing", "Airbus", "PlayStation", "Xbox", "Galaxy", "Pixel",
    "Python", "Java", "Euro", "Formel", "Formula", "Apollo", "Artemis", "Sojus", "Soyuz",
    "Ariane", "Falcon", "Vega",
)
_PRODUCT_SET: Final = frozenset(p.lower() for p in _PRODUCTS)
#: Of those, names of events held every four years: only a year divisible by four is
#: the name ("Euro 2024"); otherwise the word is the currency before a year or an amount
#: ("die Einführung des Euro 1999", "3 Euro 50").
_QUADRENNIAL: Final = frozenset({"euro"})
#: What joins two digit groups into one number, time or date.
_JOINERS: Final = frozenset(".,:/-'\u2019 \u00a0\u202f")
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _is_letter(c: str) -> bool:
    """``re``'s ``[^\\W\\d_]``: a word character that is no decimal digit (nor ``_``)."""
    return c.isalnum() and not c.isdecimal()


@cache
def _currency_codes() -> frozenset[str]:
    return _currency_codes_of("all")


@cache
def _longest_currency_code() -> int:
    """The length of the longest code (3): no longer text can be one."""
    return max(map(len, _currency_codes()), default=0)


@persistent("currency-codes")
def _currency_codes_of(_all: str) -> frozenset[str]:
    """ISO 4217 codes babel knows (cached on disk: babel's global data is big)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return end


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """The word right before ``start`` across one space: (its start, the word)."""
    if start < 2 or text[start - 1] not in " \u00a0" or not text[start - 2].isalnum():
        return None
    k = max(text.rfind(" ", max(0, start - 25), start - 1),
            text.rfind("\u00a0", max(0, start - 25), start - 1)) + 1
    word = text[k : start - 1]
    for ap in ("'", "\u2019"):
        j = word.find(ap)
        if 0 < j <= 2:  # an elided article: "l'Euro 2016"
            k += j + 1
            word = word[j + 1 :]
    if not word or not word[0].isalpha() or not word.isalnum():
        return None
    return k, word


def _extend_dotted(text: str, end: int) -> int:
    n = len(text)
    while end + 1 < n and text[end] == "." and text[end + 1].isdigit():
        end += 1
        while end < n and text[end].isdigit():
            end += 1
    return end


class _Chains:
    """What the code checks on one text learnt about its chains of letters, digits and
    hyphens (candidates come in order), so that a long chain ("A1-A1-…",
    "ab-1ab-1…") is read once, not once per candidate."""

    __slots__ = ("back", "cased", "forward")

    def __init__(self) -> None:
        #: where a walk back began → where it ended (a walk that reaches the
        #: beginning of an earlier one ends where that one did)
        self.back: dict[int, int] = {}
        #: the last walk forward: (began, ended); one that begins inside it ends there
        self.forward = (-1, -1)
        #: for :func:`_is_lower`: j → (read up to, upper or title case seen, lower seen)
        self.cased: dict[int, tuple[int, bool, bool]] = {}


def _is_lower(text: str, j: int, start: int, chains: _Chains | None) -> bool:
    """``text[j:start].islower()``, reading on from where the last call with this ``j``
    stopped."""
    if chains is None:
        return text[j:start].islower()
    cased = chains.cased
    pos, upper, lower = cased.get(j, (j, False, False))
    if start < pos:
        return text[j:start].islower()
    for ch in text[pos:start]:
        if ch.isupper() or ch.istitle():
            upper = True
        elif ch.islower():
            lower = True
    cased[j] = (start, upper, lower)
    return lower and not upper


def _code_at(
    text: str, start: int, end: int, chains: _Chains | None = None
) -> tuple[int, int] | None:
    """The code the digit run ``text[start:end]`` belongs to, if any (``chains``: see
    :class:`_Chains`)."""
    n = len(text)
    before = text[start - 1] if start else " "
    if before.isalpha() or (before in "-\u2010" and start > 1 and text[start - 2].isalpha()):
        # letters (optionally a hyphen) right before the digits: A380, COVID-19, H5N1
        j = j0 = start - 1 if before in "-\u2010" else start
        while j > 0 and (
            text[j - 1].isalnum() or (text[j - 1] in "-\u2010" and j > 1 and text[j - 2].isalnum())
        ):
            j -= 1
            if chains is not None and j in chains.back:
                j = chains.back[j]
                break
        if chains is not None:
            chains.back[j0] = j
        k = end
        began, ended = chains.forward if chains is not None else (-1, -1)
        if began <= k <= ended:
            k = ended
        else:
            while k < n and (
                text[k].isalnum()
                or (text[k] in "-\u2010" and k + 1 < n and text[k + 1].isdigit())
            ):
                k += 1
            if chains is not None:
                chains.forward = (end, k)
        k = _extend_dotted(text, k)
        if text[j].isdigit():
            return None  # "1e10", "12e-1": a number, not a code
        if (
            start - j <= _longest_currency_code() and text[j:start] in _currency_codes()
            and not (end < n and text[end].isalpha())
        ):
            return None  # "CHF12", "USD5": an amount
        # (hyphens have no case: text[j:start] is lower case when its letters are)
        if before in "-\u2010" and (
            _is_lower(text, j, start, chains) or (end - start == 4 and text[start:end] < "2100")
        ):
            return None  # "par-3", "Sommer-2019": not codes
        if _TIME.fullmatch(text, j, k):
            return None  # "07h55" is a time
        return j, k
    if end < n and text[end] == "." and not (before.isdigit() or before in ".,"):
        # dotted versions and addresses: 3.11.2, 192.168.1.2 (not 1.234.567)
        d = _DOTTED.match(text, start)
        if d is not None:
            parts = d.group().split(".")
            if _date_shaped(parts):
                return None  # "22.01.2016", "2016.01.22": the dates stage reads it
            if len(parts[0]) > 3 or not all(len(p) == 3 for p in parts[1:]):
                wb = _word_before(text, start)
                if wb is not None and wb[1].lower() in _PRODUCT_SET:
                    return wb[0], d.end()  # "Python 3.11.2"
                return d.span()
    if before in "vV" and (start < 2 or not text[start - 2].isalnum()):
        k = _extend_dotted(text, end)
        if k > end:  # v2.0
            return start - 1, k
    wb = _word_before(text, start)
    if wb is not None:
        # a word before, across one space: ISO 9001, Windows 11, iPhone 15
        k, word = wb
        acronym = len(word) >= 2 and word.isupper() and word.isalpha()
        camel = (
            len(word) >= 3 and word[0].islower() and word.isalpha()
            and any(c.isupper() for c in word[1:])
        )
        if acronym and word in _currency_codes():
            return None
        low = word.lower()
        if low in _QUADRENNIAL:
            digits = text[start:end]
            if end - start != 4 or int(digits) % 4 or not "1900" <= digits <= "2099" or (
                _extend_dotted(text, end) != end
            ):
                return None
        if (acronym and end - start >= 2) or camel or low in _PRODUCT_SET:
            return k, _extend_dotted(text, end)
    return None


def _date_shaped(parts: list[str]) -> bool:
    """Day.month.year or year.month.day: "22.01.2016", "1.10.20", "2016.01.22"."""
    if len(parts) != 3:
        return False
    a, b, c = parts
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        return 1 <= int(b) <= 12 and 1 <= int(c) <= 31
    return (
        len(a) <= 2 and len(b) <= 2 and len(c) in (2, 4)
        and 1 <= int(a) <= 31 and 1 <= int(b) <= 12
    )


def _near(pattern: re.Pattern[str], text: str, positions: list[int], back: int
          ) -> list[re.Match[str]]:
    """Matches of ``pattern`` that contain one of ``positions``, searched near each."""
    out: list[re.Match[str]] = []
    done = -1
    for i in positions:
        if i < done:
            continue
        m = pattern.search(text, max(done, i - back, 0), min(len(text), i + 400))
        if m is not None and m.start() <= i < m.end():
            out.append(m)
            done = m.end()
    return out


def _numeric_date(s: str) -> bool:
    """Whether ``s`` reads as a numeric date, day and month in either order.

    >>> _numeric_date("01/02/2018"), _numeric_date("02 04 2009"), _numeric_date("0800 555 111")
    (True, True, False)
    """
    m = _DATE_SHAPE.fullmatch(s)
    if m is None:
        return False
    day, month, year = m.group(1), m.group(3), s[m.end(3) + 1 :]
    return _date_shaped([day, month, year]) or _date_shaped([month, day, year])


def _label_may_end(text: str, end: int) -> bool:
    """Whether a ``_PHONE_LABEL`` match may end at ``end``: every label ends in a letter
    and is followed by dots, spaces, a colon or a bracket only, so the character before
    those must be a letter ("1 1 1 1 …" needs no search)."""
    lo = max(0, end - 24)
    j = end
    while j > lo and text[j - 1] in " \u00a0.:(":
        j -= 1
    return j > lo and text[j - 1].isalpha()


#: A numeric date with a four-digit year at the start of a candidate, then a range dash.
_DATE_FIRST: Final = re.compile(r"(\d{1,2}([./-])\d{1,2}\2\d{4})(?=\s*[-–—]\s*\d)")


def _date_first(s: str) -> bool:
    """Whether ``s`` opens with a numeric date joined to what follows by a dash: a
    range of dates ("02.02.2020 - 03.03.2020"), not a phone number."""
    m = _DATE_FIRST.match(s)
    return m is not None and _numeric_date(m.group(1))


def _phone_stretches(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``_PHONE_CAND`` can match: from the first to the last digit of digit runs
    joined by phone separators only, at least 7 characters long.

    A match starts and ends with a digit and never crosses any other character, so
    searching each stretch on its own finds exactly what a search of the whole text
    finds."""
    out: list[tuple[int, int]] = []
    k, n = 0, len(runs)
    while k < n:
        start, end = runs[k]
        k += 1
        while k < n:
            a, b = runs[k]
            if a - end > 18 or not all(c in _PHONE_GAP for c in text[end:a]):
                break
            end = b
            k += 1
        if end - start >= 7:
            out.append((start, end))
    return out


def _code_candidates(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The digit runs that may belong to a code: after a letter (A380), a letter and a
    hyphen (COVID-19), an ASCII letter and a space (ISO 9001), or starting a dotted
    triple (3.11.2)."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        if a:
            c = text[a - 1]
            if (
                _is_letter(c)
                or (a > 1 and c in "-\u2010" and _is_letter(text[a - 2]))
                or (a > 1 and c in " \u00a0" and text[a - 2] in _ASCII_LETTERS)
            ):
                out.append((a, b))
                continue
        if text.startswith(".", b) and _DOTTED_TAIL.match(text, b):
            out.append((a, b))
    return out


#: Texts with a digit run every few characters or closer (hostile input, tables of figures)
#: read their candidates below by one regular-expression pass each instead of one Python
#: step per run; both readings give the same candidates (tests/test_tokens.py), on prose
#: the run-by-run reading is the cheaper one.
_DENSE_RUNS: Final = 8
#: ``_phone_stretches`` by regex: a chain of at least two digit runs joined by phone
#: separators (gaps of at most 18 characters), or one run of at least 7 digits. Greedy,
#: and a gap holds no digit, so a match is the longest chain from its first run; both
#: branches start at a run's first digit (the look-behind after it keeps ``re``'s fast
#: scan for a digit).
_PHONE_STRETCH: Final = re.compile(
    r"[0-9](?:(?<![0-9][0-9])[0-9]*(?:[ \u00a0()./-]{1,18}[0-9]+)+|(?<![0-9][0-9])[0-9]{6,})"
)
#: ``_code_candidates`` by regex: a whole digit run after a letter (``[^\W\d_]``, as
#: :func:`_is_letter`), a letter and a hyphen, an ASCII letter and a space, or starting
#: a dotted triple.
_CODE_RUN: Final = re.compile(
    r"[0-9](?:"
    r"(?:(?<=[^\W\d_][0-9])|(?<=[^\W\d_][-\u2010][0-9])|(?<=[A-Za-z][ \u00a0][0-9]))[0-9]*"
    r"|(?<![0-9][0-9])[0-9]*(?=\.[0-9]+\.[0-9]))"
)


def _phone_stretches_dense(text: str) -> list[tuple[int, int]]:
    """:func:`_phone_stretches` without the runs: one regex pass."""
    return [m.span() for m in _PHONE_STRETCH.finditer(text) if m.end() - m.start() >= 7]


def _code_candidates_dense(text: str) -> list[tuple[int, int]]:
    """:func:`_code_candidates` without the runs: one regex pass."""
    return [m.span() for m in _CODE_RUN.finditer(text)]


def _ascii_runs(text: str) -> list[tuple[int, int]]:
    """The runs of ASCII digits of ``text`` (as ``_RUN.finditer`` finds them): every
    digit is found with ``str.find``, one digit at a time; a digit without a digit
    before it starts a run, one without a digit after it ends one. Dense text (more
    digits than one in ``_DENSE_RUNS`` characters) is read by one regex pass instead.
    """
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    most = n // _DENSE_RUNS + 1
    found = 0
    for d in _ASCII_DIGITS:
        i = text.find(d)
        while i >= 0:
            if not (i and "0" <= text[i - 1] <= "9"):
                starts.append(i)
            i += 1
            if not (i < n and "0" <= text[i] <= "9"):
                ends.append(i)
            found += 1
            if found > most:
                return [m.span() for m in _RUN.finditer(text)]
            i = text.find(d, i)
    starts.sort()
    ends.sort()
    return list(zip(starts, ends, strict=True))


def _only_ascii_digits(text: str) -> bool:
    """Whether ``text`` has no decimal digit (``\\d``) but ``0``-``9``."""
    if text.isascii():
        return True
    if not text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NO_OTHER_DIGIT_HIGH):
        return True
    return _OTHER_DIGIT.search(text) is None


def find_tokens(text: str) -> list[Token]:
    """Invariant tokens in ``text``, in order, not overlapping.

    >>> [(t.kind, t.text) for t in find_tokens("Siehe https://example.org/a-2024. Danke")]
    [('url', 'https://example.org/a-2024')]
    >>> [(t.kind, t.text) for t in find_tokens("Le vol MH17 et la COVID-19, ISO 9001")]
    [('code', 'MH17'), ('code', 'COVID-19'), ('code', 'ISO 9001')]
    >>> [(t.kind, t.text) for t in find_tokens("Gọi +84 24 3822 1234 hoặc info@example.vn")]
    [('phone', '+84 24 3822 1234'), ('email', 'info@example.vn')]
    >>> find_tokens("über 5.000 Mitarbeiter")
    []
    """
    return tokens_and_runs(text)[0]


def tokens_and_runs(text: str) -> tuple[list[Token], DigitRuns]:
    """:func:`find_tokens`, and the runs of digits it read them from (for the later
    stages of ``extract``).

    >>> toks, runs = tokens_and_runs("MH17 und ٣ Flüge am 5.6.")
    >>> [t.text for t in toks], runs.spans, runs.only_ascii
    (['MH17'], [(2, 4), (20, 21), (22, 23)], False)
    """
    found: list[tuple[int, int, str]] = []
    marks: dict[str, list[int]] = {}
    for mark in "@#+/":
        at: list[int] = []
        i = text.find(mark)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1)
        marks[mark] = at
    urls = [i for i in marks["/"] if text.startswith("://", i - 1)]
    i = text.find("www.")
    while i >= 0:
        urls.append(i)
        i = text.find("www.", i + 4)
    for m in _near(_URL, text, sorted(urls), 8):
        found.append((m.start(), _strip_trailing(text, m.start(), m.end()), "url"))
    for m in _near(_EMAIL, text, marks["@"], 64):
        found.append((m.start(), _strip_trailing(text, m.start(), m.end()), "email"))
    for m in _near(_HANDLE, text, sorted(marks["@"] + marks["#"]), 0):
        found.append((m.start(), m.end(), "code"))
    for m in _near(_PHONE_INTL, text, marks["+"], 0):
        if sum(c.isdigit() for c in m.group()) >= 7:
            found.append((m.start(), m.end(), "phone"))
    runs = _ascii_runs(text)
    digit_runs = DigitRuns(runs, _only_ascii_digits(text))
    dense = len(runs) * _DENSE_RUNS > len(text)
    stretches = _phone_stretches_dense(text) if dense else _phone_stretches(text, runs)
    for start, stop in stretches:
        for m in _PHONE_CAND.finditer(text, start, stop):
            digits = sum(map(str.isdigit, m.group()))
            if digits >= 6:
                # a national number: a leading 0 and at least 8 digits ("0800 555 111")
                trunk = (
                    digits >= 8 and m.group()[0] == "0" and m.group()[1:2].isdigit()
                    and (not m.start() or not text[m.start() - 1].isalnum())
                    and not _numeric_date(m.group())
                    and not _date_first(m.group())
                )
                # the opening bracket of an area code: "(030) 123/456-78"
                s0, grp = m.start(), m.group()
                if s0 and text[s0 - 1] == "(" and grp.count(")") > grp.count("("):
                    s0 -= 1
                    grp = "(" + grp
                if (
                    trunk or _PHONE_NANP.fullmatch(grp)
                    or (
                        _label_may_end(text, s0)
                        and _PHONE_LABEL.search(text, max(0, s0 - 24), s0)
                    )
                ):
                    end = _strip_trailing(text, s0, m.end())
                    found.append((s0, end, "phone"))
    last = -1
    chains = _Chains()
    codes = _code_candidates_dense(text) if dense else _code_candidates(text, runs)
    # scores: where a joiner stands between two digits (read off the digit runs; on
    # dense text one search for the joiner)
    n = len(text)
    joins = (
        [m.start() for m in _SCORE_NEAR.finditer(text)]
        if dense
        else [e for _s, e in runs if e + 1 < n and text[e] in _SCORE_SEPS and text[e + 1].isdigit()]
    )
    for start, end in codes:
        if start < last:
            continue
        span = _code_at(text, start, end, chains)
        if span is not None:
            found.append((span[0], span[1], "code"))
            last = span[1]
    for i in joins:
        # a match from the digits before the joiner
        sm = _SCORE.match(text, i - 2 if i > 1 and text[i - 2].isdigit() else i - 1)
        if sm is not None and _score_ok(sm):
            found.append((sm.start(), sm.end(), "score"))
    for start, stop in runs:
        if stop - start < 3 or text[start] != "0":
            continue
        # "030", "007", "01067": a number of three digits or more with a leading zero
        # is an identifier (an area code, a postcode, a file number), never a count.
        # Two digits are not enough: Vietnamese official style writes counts so ("05
        # cuộc", five campaigns), and times and dates have them ("7:00", "29/09").
        # Never the tail of a decimal, a time, a date or a spaced digit group
        # ("1,005", "423 0000"), nor the head of one ("005.3", "007/2020").
        if (
            not (start and text[start - 1].isalnum())
            and not (stop < n and text[stop].isalnum())
            and not (
                start > 1
                and text[start - 1] in _JOINERS
                and text[start - 2].isdigit()
            )
            and not (stop + 1 < n and text[stop] in _JOINERS and text[stop + 1].isdigit())
        ):
            found.append((start, stop, "code"))
    found.sort(key=lambda t: (t[0], -t[1]))
    out: list[Token] = []
    end = -1
    for start, stop, kind in found:
        if start < end or stop <= start:
            continue
        out.append(Token(kind, text[start:stop], start, stop))
        end = stop
    return out, digit_runs


_SCORE_SEPS: Final = ":-\u2013"
#: (the joiner first, so that ``re`` scans for it in C; the digit before it after)
_SCORE_NEAR: Final = re.compile(r"[:\-\u2013](?<=\d.)(?=\d)")


def _score_ok(m: re.Match[str]) -> bool:
    """Whether a ``_SCORE`` match is a score: "3:1" (a clock time has two digits after
    its colon), "3-1", "2–2" (a range rises: "3-5")."""
    a, sep, b = m.group(1), m.group(2), m.group(3)
    if sep == ":":
        return len(b) == 1
    return int(a) >= int(b)


def token_key(tok: Token) -> str:
    """What two versions' tokens are compared by: the text in lower case; a score's two
    numbers, the larger first ("3:1" = "3-1" = "1-3": translators reorder the teams).

    >>> [token_key(t) for t in find_tokens("Sieg mit 3:1, a 3-1 win, www.Example.org")]
    ['score 3:1', 'score 3:1', 'www.example.org']
    """
    if tok.kind == "score":
        a, b = (int(x) for x in _DIGITS.findall(tok.text))
        return f"score {max(a, b)}:{min(a, b)}"
    return tok.text.lower()
