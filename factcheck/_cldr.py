"""Per-locale numeric tables from CLDR (through babel), built lazily and cached.

Everything here comes from babel at run time: decimal and group symbols, the
percent sign, compact decimal formats (→ scale words), currency names, plural
names and symbols, unit display names and patterns (→ CLDR unit ids). The
hand-written extras that CLDR lacks live in ``rules/lang/<lang>.toml`` and are
merged in by :mod:`factcheck._numbers`.

Phrases are stored under a key made by :func:`phrase_key`: the text cut into
tokens (letter runs, each other symbol on its own) joined with a space where
the text has white space, so "US-Dollar", "US - Dollar" and "livres  sterling"
are looked up the same way the extractor reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.numbers import list_currencies

from ._diskcache import persistent
from ._locale import get_locale

__all__ = [
    "APOSTROPHES",
    "SPACES",
    "NumberSymbols",
    "PhraseTable",
    "compound_units",
    "currencies",
    "latin_digits",
    "number_symbols",
    "per_units",
    "percent_words",
    "phrase_key",
    "phrase_tokens",
    "scale_words",
    "units",
]

#: Space-like characters real text uses between digit groups.
SPACES = " \u00a0\u202f\u2009\u2007"
#: Apostrophes used as group separators (de-CH, it-CH, and in real text).
APOSTROPHES = "'\u2019"

#: A token: a run of letters (marks and ² ³ included, so "km²" is one token),
#: optionally with a trailing dot ("Mio."), or one other non-space character.
TOKEN = re.compile(r"[^\W\d_]+\.?|[^\w\s]|\d+")
_WS = re.compile(r"\s+")


def phrase_tokens(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text`` (see module doc).

    >>> s = "US-Dollar"; [s[a:b] for a, b in phrase_tokens(s)]
    ['US', '-', 'Dollar']
    """
    return [m.span() for m in TOKEN.finditer(text)]


def phrase_key(text: str) -> str:
    """The lookup key of a phrase: tokens, a space where the text has one.

    >>> phrase_key("US-Dollar"), phrase_key("livres\u00a0 sterling"), phrase_key("°C")
    ('US-Dollar', 'livres sterling', '°C')
    """
    text = text.replace("\u2019", "'")
    out: list[str] = []
    prev = -1
    for a, b in phrase_tokens(text):
        if prev >= 0 and a > prev:
            out.append(" ")
        out.append(text[a:b])
        prev = b
    return "".join(out)


@dataclass(frozen=True, slots=True)
class NumberSymbols:
    """How one locale writes numbers with Latin digits.

    ``group`` is CLDR's group symbol, ``decimal`` its decimal symbol; ``groups``
    is every character accepted as a group separator in text: CLDR's, the
    space variants when CLDR groups with a space (fr: U+202F, U+00A0, U+0020),
    and apostrophes (de-CH).
    """

    decimal: str
    group: str
    groups: frozenset[str]
    space_groups: bool
    percent_sign: str
    permille_sign: str
    minus: str
    #: digits per group after the first (3; Indian grouping also 2: "12,34,567")
    group_sizes: frozenset[int] = frozenset({3})


@persistent("latin-digits")
def latin_digits(lang: str) -> bool:
    """True when the locale's default numbering system is Latin (0-9).

    >>> latin_digits("de"), latin_digits("fr"), latin_digits("ar_EG")
    (True, True, False)
    """
    loc = get_locale(lang)
    return str(loc._data.get("default_numbering_system", "latn")) == "latn"


def _latn_symbols(loc: Locale) -> dict[str, str]:
    table = loc._data["number_symbols"]
    if "latn" in table:
        return dict(table["latn"])
    return dict(table)


@persistent("number-symbols")
def number_symbols(lang: str) -> NumberSymbols:
    """Decimal and group symbols of ``lang`` (Latin digits).

    >>> number_symbols("de").decimal, number_symbols("de").group
    (',', '.')
    >>> number_symbols("fr").space_groups, " " in number_symbols("fr").groups
    (True, True)
    >>> sorted(number_symbols("de-CH").groups)
    ["'", '’']
    """
    sym = _latn_symbols(get_locale(lang))
    decimal = sym.get("decimal", ".").strip("\u200e\u200f\u061c") or "."
    group = sym.get("group", ",").strip("\u200e\u200f\u061c") or ","
    groups = {group}
    space = group.isspace() or group in SPACES
    if space:
        groups.update(SPACES)
    if group in APOSTROPHES:
        groups.update(APOSTROPHES)
    percent = sym.get("percentSign", "%").strip("\u200e\u200f\u061c") or "%"
    permille = sym.get("perMille", "‰").strip("\u200e\u200f\u061c") or "‰"
    minus = sym.get("minusSign", "-").strip("\u200e\u200f\u061c") or "-"
    sizes = {3}
    loc = get_locale(lang)
    for table in (loc.decimal_formats, loc.percent_formats):
        pattern = table.get(None)
        if pattern is not None:
            sizes.update(g for g in pattern.grouping if 1 < g < 5)
    return NumberSymbols(
        decimal, group, frozenset(groups), space, percent, permille, minus, frozenset(sizes)
    )


class PhraseTable:
    """Phrases (by :func:`phrase_key`) → a value; exact keys first, then case-folded."""

    __slots__ = ("exact", "firsts", "folded", "lasts", "max_tokens", "prefixes")

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.max_tokens = 1
        #: case-folded first and last tokens of every phrase (cheap prefilters)
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        #: case-folded proper prefixes of every phrase, at token ends ("livres" of
        #: "livres sterling"): a lookup stops when its key is none of them
        self.prefixes: set[str] = set()

    def add(self, phrase: str, value: str, *, case: bool = False) -> None:
        key = phrase_key(phrase.strip())
        if not key:
            return
        toks = TOKEN.findall(key)
        n = len(toks)
        self.max_tokens = max(self.max_tokens, n)
        self.firsts.add(toks[0].casefold())
        self.firsts.add(toks[0].casefold().rstrip("."))
        self.lasts.add(toks[-1].casefold())
        self.lasts.add(toks[-1].casefold().rstrip("."))
        if n > 1:
            for _a, b in phrase_tokens(key)[:-1]:
                self.prefixes.add(key[:b].casefold())
        keys = [key, key[:-1]] if key.endswith(".") and len(key) > 2 else [key]
        for k in keys:
            if case:
                self.exact.setdefault(k, value)
            else:
                self.folded.setdefault(k.casefold(), value)

    def merge(self, other: PhraseTable) -> None:
        """Add every phrase of ``other`` (its values win)."""
        self.exact.update(other.exact)
        self.folded.update(other.folded)
        self.firsts |= other.firsts
        self.lasts |= other.lasts
        self.prefixes |= other.prefixes
        self.max_tokens = max(self.max_tokens, other.max_tokens)

    def get(self, key: str) -> str | None:
        hit = self.exact.get(key)
        if hit is None:
            hit = self.folded.get(key.casefold())
        return hit

    def __len__(self) -> int:
        return len(self.exact) + len(self.folded)


def _pattern_text(pattern: str) -> str:
    """The literal text of a compact pattern: "0\u00a0Mio'.'" → "Mio."."""
    text = pattern.replace("'", "")
    text = re.sub(r"^[0#]+|[0#]+$", " ", text.strip())
    text = text.replace("¤", " ")
    return _WS.sub(" ", text).strip()


def _unit_text(pattern: str) -> str:
    """The literal text of a unit pattern: "{0} km²" → "km²"."""
    return _WS.sub(" ", pattern.replace("{0}", " ")).strip()


@persistent("scale-words")
def scale_words(lang: str) -> dict[str, PhraseTable]:
    """Scale words from CLDR compact decimal formats: ``{"long": …, "short": …}``.

    Values are powers of ten as strings. Long forms are case-insensitive
    ("Millionen", "milliards", "triệu"); short forms keep their case ("Mio.",
    "Md", "K", "M").

    >>> t = scale_words("de")["long"]; t.get("Milliarden"), t.get("Billion")
    ('1000000000', '1000000000000')
    >>> scale_words("en")["long"].get("billion"), scale_words("vi")["long"].get("tỷ")
    ('1000000000', '1000000000')
    >>> scale_words("fr")["short"].get("Md")
    '1000000000'
    """
    loc = get_locale(lang)
    out = {"long": PhraseTable(), "short": PhraseTable()}
    formats = loc._data.get("compact_decimal_formats", {})
    for width in ("long", "short"):
        table = out[width]
        for plural, patterns in formats.get(width, {}).items():
            if not plural.isalpha():  # CLDR's explicit "1" forms ("mille")
                continue
            for magnitude, pattern in patterns.items():
                pat = str(getattr(pattern, "pattern", pattern))
                zeros = pat.count("0")
                word = _pattern_text(pat)
                if not zeros or not word:
                    continue
                value = Decimal(magnitude) / Decimal(10) ** (zeros - 1)
                table.add(word, str(value), case=width == "short")
    return out


@persistent("percent-words")
def percent_words(lang: str) -> PhraseTable:
    """Percent and per-mille signs and names (CLDR unit patterns) → unit.

    >>> t = percent_words("de"); t.get("Prozent"), t.get("%")
    ('percent', 'percent')
    >>> percent_words("fr").get("pour cent"), percent_words("vi").get("%")
    ('percent', 'percent')
    """
    loc = get_locale(lang)
    sym = number_symbols(lang)
    table = PhraseTable()
    table.add(sym.percent_sign, "percent", case=True)
    table.add("%", "percent", case=True)
    table.add(sym.permille_sign, "permille", case=True)
    patterns = loc._data.get("unit_patterns", {})
    names = loc._data.get("unit_display_names", {})
    for unit, name in (("concentr-percent", "percent"), ("concentr-permille", "permille")):
        for forms in patterns.get(unit, {}).values():
            for plural, pat in forms.items():
                if plural != "per":
                    table.add(_unit_text(str(pat)), name)
        for disp in names.get(unit, {}).values():
            table.add(str(disp), name)
    return table


def _de_inflections(name: str) -> list[str]:
    """German adjective endings on every word but the last ("Kanadischer Dollar"
    → "kanadischen Dollar", "kanadische Dollar"...)."""
    words = name.split(" ")
    if len(words) < 2 or not re.search(r"(?:e|er|es|en|em)$", words[0]):
        return [name]
    stem = re.sub(r"(?:er|es|en|em|e)$", "", words[0])
    return [" ".join([stem + end, *words[1:]]) for end in ("e", "er", "es", "en", "em")]


@persistent("currencies")
def currencies(lang: str) -> PhraseTable:
    """Currency names, plural names, symbols and ISO codes → ISO 4217 code.

    Names are the locale's (case-insensitive); symbols are the locale's, then
    English's for symbols the locale does not define ("$" in French texts).

    >>> t = currencies("de"); t.get("britische Pfund"), t.get("US-Dollar"), t.get("€")
    ('GBP', 'USD', 'EUR')
    >>> t = currencies("fr"); t.get("livres sterling"), t.get("$US"), t.get("euros")
    ('GBP', 'USD', 'EUR')
    >>> currencies("vi").get("₫"), currencies("en").get("£")
    ('VND', 'GBP')
    """
    loc = get_locale(lang)
    base = lang.replace("-", "_").split("_")[0].lower()
    table = PhraseTable()
    plural = loc._data.get("currency_names_plural", {})
    for code, name in loc.currencies.items():
        if len(code) != 3:
            continue
        names = {str(name)}
        names.update(str(n) for n in plural.get(code, {}).values())
        for n in names:
            for form in _de_inflections(n) if base == "de" else [n]:
                table.add(form, code)
    for source in (loc, get_locale("en")):
        for code, symbol in source.currency_symbols.items():
            if len(code) == 3 and symbol and symbol != code:
                table.add(str(symbol), code, case=True)
    for code in list_currencies():
        if len(code) == 3 and code.isupper():
            table.add(code, code, case=True)
    return table


#: Unit categories a figure may carry (durations belong to the dates stage,
#: percent to :func:`percent_words`).
_UNIT_CATEGORIES = (
    "length",
    "area",
    "volume",
    "mass",
    "temperature",
    "power",
    "energy",
    "speed",
    "digital",
    "pressure",
    "frequency",
    "electric",
    "consumption",
)


@persistent("units")
def units(lang: str) -> PhraseTable:
    """Unit names and abbreviations (CLDR unit patterns and display names) → CLDR unit id.

    Long names are case-insensitive; short and narrow forms keep their case
    ("MW" is not "mW").

    >>> t = units("de"); t.get("km"), t.get("Kilometer"), t.get("°C"), t.get("MW")
    ('length-kilometer', 'length-kilometer', 'temperature-celsius', 'power-megawatt')
    >>> t = units("fr"); t.get("kilomètres"), t.get("m²")
    ('length-kilometer', 'area-square-meter')
    >>> units("vi").get("km")
    'length-kilometer'
    """
    table = PhraseTable()
    for loc in (get_locale(lang), *_macro_regions(lang)):
        patterns = loc._data.get("unit_patterns", {})
        names = loc._data.get("unit_display_names", {})
        for unit in list(patterns.keys()):
            if unit.split("-")[0] not in _UNIT_CATEGORIES or unit.endswith("-person"):
                continue
            for width in ("long", "short", "narrow"):
                forms = patterns[unit].get(width, {})
                for plural, pat in forms.items():
                    if plural == "per":
                        continue
                    text = _unit_text(str(pat))
                    if text:  # (add keeps the first value: the base locale's wins)
                        table.add(text, unit, case=width != "long")
                disp = names.get(unit, {}).get(width)
                if disp:
                    table.add(str(disp), unit, case=width != "long")
    return table


def _macro_regions(lang: str) -> list[Locale]:
    """The locale's variants for a macro-region (a UN M.49 number: ``en_001``,
    ``es_419``) when ``lang`` names a language alone: their spellings are the same
    language's ("kilometres", "litres" of ``en_001`` beside "kilometers").

    >>> [str(loc) for loc in _macro_regions("en")][:1], _macro_regions("de-CH")
    (['en_001'], [])
    """
    if "-" in lang or "_" in lang:
        return []
    from babel.localedata import locale_identifiers

    base = get_locale(lang)
    out = []
    for ident in sorted(locale_identifiers()):
        parts = ident.split("_")
        if len(parts) == 2 and parts[0] == base.language and parts[1].isdigit():
            out.append(Locale.parse(ident))
    return out


@cache
def compound_units() -> dict[tuple[str, str], str]:
    """CLDR's compound "X per Y" unit ids by (X, Y), from its unit list.

    >>> compound_units()[("kilometer", "hour")], compound_units()[("mile", "gallon")]
    ('speed-kilometer-per-hour', 'consumption-mile-per-gallon')
    """
    out: dict[tuple[str, str], str] = {}
    for unit in get_locale("en")._data.get("unit_patterns", {}):
        left, sep, right = unit.partition("-per-")
        if sep and "-" in left:
            out.setdefault((left.split("-", 1)[1], right), unit)
    return out


@cache
def per_units(lang: str) -> PhraseTable:
    """"Per Y" phrases (CLDR per-unit patterns) → Y's unit name without category.

    After a unit ("150 Kilometern", "40 dặm") they make a compound unit:
    "pro Stunde" → ``hour``, so "150 Kilometern pro Stunde" is
    ``speed-kilometer-per-hour`` (see :func:`compound_units`).

    >>> t = per_units("de"); t.get("pro Stunde"), t.get("/h")
    ('hour', 'hour')
    >>> per_units("fr").get("par heure"), per_units("vi").get("/giờ")
    ('hour', 'hour')
    """
    loc = get_locale(lang)
    table = PhraseTable()
    patterns = loc._data.get("unit_patterns", {})
    for unit in list(patterns.keys()):
        if "-" not in unit or unit.split("-")[0] not in (*_UNIT_CATEGORIES, "duration"):
            continue
        name = unit.split("-", 1)[1]
        for width in ("long", "short", "narrow"):
            pat = patterns[unit].get(width, {}).get("per")
            if pat:
                text = _unit_text(str(pat))
                if text:
                    table.add(text, name, case=width != "long")
    return table
