"""Baseline: findings an editor reviewed and accepted, so that CI reports only new ones.

``factcheck baseline write FILE A B …`` records the current findings;
``factcheck check --baseline FILE …`` (and ``batch --baseline``) then reports
only findings that are not in it, and lists the entries that no longer match
anything (fixed, or edited beyond recognition) so the file can be pruned.

The file is TOML, meant to be read and edited by people::

    # factcheck baseline
    version = 1

    [[finding]]
    fingerprint = "fc1:9d1e0c55a8b2f1e4"
    set = "news/harbour"
    code = "FC104"
    name = "figure-missing"
    message = "…"
    texts = { de = "31 Boote", fr = "" }
    reason = "The French version leaves the boat count out on purpose."

Only ``fingerprint`` is used for matching; the other keys are for the reader
(``reason`` is kept when the baseline is written again). The fingerprint
survives unrelated edits: it is a hash of the rule code, the fact's kind, the
set's base name (``harbour`` for ``news/harbour.de.md``) and, per version, the
language and the normalised surface words (case, Unicode form and spacing
folded) — never line numbers or offsets. Identical findings are matched by
count.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ._errors import UsageError
from ._format import SetResult
from ._records import Finding, Report

__all__ = [
    "Baseline",
    "BaselineEntry",
    "BaselineMatcher",
    "BaselineOutcome",
    "apply_baseline",
    "entries_for",
    "filter_check",
    "fingerprint",
    "load_baseline",
    "normalise_words",
    "render_baseline",
    "set_name_for_files",
    "set_stem",
    "stale_entries",
    "stale_lines",
    "write_baseline",
]

_VERSION = 1


def normalise_words(text: str) -> str:
    """Surface words as the fingerprint sees them.

    >>> normalise_words("Über  5\\u202f000 Beschäftigte")
    'über 5 000 beschäftigte'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split())


def set_stem(name: str) -> str:
    """The last part of a set name: ``news/harbour`` → ``harbour``."""
    return name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def fingerprint(finding: Finding, set_name: str, report: Report | None = None) -> str:
    """A fingerprint of ``finding`` that does not move with unrelated edits.

    >>> from factcheck._records import Location
    >>> loc = Location("de", 10, 15, 3, 1, "12 Boote")
    >>> moved = Location("de", 99, 104, 7, 4, "12  Boote")
    >>> f = Finding("FC104", "figure-missing", "warning", "m", (loc,))
    >>> fingerprint(f, "a/story") == fingerprint(replace(f, locations=(moved,)), "story")
    True
    """
    kind = ""
    if report is not None and finding.fact is not None and 0 <= finding.fact < len(report.facts):
        kind = report.facts[finding.fact].kind
    words = sorted(f"{loc.lang}={normalise_words(loc.text)}" for loc in finding.locations)
    payload = "\x1f".join([finding.code, kind, set_stem(set_name), *words])
    return "fc1:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    fingerprint: str
    set: str = ""
    code: str = ""
    name: str = ""
    message: str = ""
    texts: tuple[tuple[str, str], ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Baseline:
    path: str | None
    entries: tuple[BaselineEntry, ...]


@dataclass(frozen=True, slots=True)
class BaselineOutcome:
    """Results with baselined findings removed, and the entries that matched nothing."""

    results: tuple[SetResult, ...]
    stale: tuple[BaselineEntry, ...]
    matched: int


def entries_for(result: SetResult) -> list[BaselineEntry]:
    """Baseline entries for every finding of one set."""
    if result.report is None:
        return []
    out = []
    for f in result.report.findings:
        texts = tuple((loc.lang, loc.text) for loc in f.locations)
        out.append(
            BaselineEntry(
                fingerprint=fingerprint(f, result.name, result.report),
                set=result.name,
                code=f.code,
                name=f.name,
                message=f.message,
                texts=texts,
            )
        )
    return out


def _toml_str(value: str) -> str:
    # JSON string escapes are a subset of TOML basic-string escapes
    return json.dumps(value, ensure_ascii=False)


def render_baseline(entries: Iterable[BaselineEntry]) -> str:
    lines = [
        "# factcheck baseline: reviewed findings that CI does not report again.",
        "# Matching uses `fingerprint` only; write why each difference is accepted in `reason`.",
        f"version = {_VERSION}",
    ]
    for e in entries:
        texts = ", ".join(f"{_toml_key(lang)} = {_toml_str(t)}" for lang, t in e.texts)
        lines += [
            "",
            "[[finding]]",
            f"fingerprint = {_toml_str(e.fingerprint)}",
            f"set = {_toml_str(e.set)}",
            f"code = {_toml_str(e.code)}",
            f"name = {_toml_str(e.name)}",
            f"message = {_toml_str(e.message)}",
            f"texts = {{ {texts} }}" if texts else "texts = {}",
            f"reason = {_toml_str(e.reason)}",
        ]
    return "\n".join(lines) + "\n"


def _toml_key(key: str) -> str:
    if key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key):
        return key
    return _toml_str(key)


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline file; a :class:`UsageError` names the file and line when it is wrong."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError("baseline file does not exist", path=str(p)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"cannot read baseline: {err}", path=str(p)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        from ._config import toml_error_line

        line, msg = toml_error_line(err, text)
        raise UsageError(f"malformed baseline: {msg}", path=str(p), line=line) from None
    unknown = set(data) - {"version", "finding"}
    if unknown:
        raise UsageError(f"unknown key {sorted(unknown)[0]!r} in baseline", path=str(p))
    if data.get("version", _VERSION) != _VERSION:
        raise UsageError(f"baseline version {data.get('version')!r} is not {_VERSION}", path=str(p))
    raw = data.get("finding", [])
    if not isinstance(raw, list):
        raise UsageError("'finding' must be an array of tables ([[finding]])", path=str(p))
    known = {"fingerprint", "set", "code", "name", "message", "texts", "reason"}
    entries = []
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise UsageError(f"finding #{i} has no fingerprint", path=str(p))
        bad = set(item) - known
        if bad:
            raise UsageError(f"unknown key {sorted(bad)[0]!r} in finding #{i}", path=str(p))
        texts = item.get("texts", {})
        entries.append(
            BaselineEntry(
                fingerprint=item["fingerprint"],
                set=str(item.get("set", "")),
                code=str(item.get("code", "")),
                name=str(item.get("name", "")),
                message=str(item.get("message", "")),
                texts=tuple((str(k), str(v)) for k, v in texts.items())
                if isinstance(texts, dict)
                else (),
                reason=str(item.get("reason", "")),
            )
        )
    return Baseline(path=str(p), entries=tuple(entries))


def write_baseline(
    path: str, results: Sequence[SetResult], *, previous: Baseline | None = None
) -> list[BaselineEntry]:
    """Write the findings of ``results`` to ``path`` (atomically), keeping earlier reasons."""
    from ._output import write_output

    reasons: dict[str, list[str]] = {}
    if previous is not None:
        for e in previous.entries:
            if e.reason:
                reasons.setdefault(e.fingerprint, []).append(e.reason)
    entries = []
    for result in results:
        for e in entries_for(result):
            kept = reasons.get(e.fingerprint)
            entries.append(replace(e, reason=kept.pop(0)) if kept else e)
    write_output(render_baseline(entries), path)
    return entries


def set_name_for_files(files: Sequence[str], langs: Sequence[str] | None = None) -> str:
    """The set name of files given to ``check``: the first file's name without
    language and extension (``news/harbour.de.md`` → ``harbour``), as ``batch`` names it.

    >>> set_name_for_files(["a/harbour.de.md", "a/harbour.fr.md"])
    'harbour'
    >>> set_name_for_files(["de/story.md", "fr/story.md"])
    'story'
    """
    from ._discover import _stem
    from ._load import lang_from_path

    first = Path(files[0])
    lang = langs[0] if langs else lang_from_path(str(first))
    hugo = lang if lang is not None and f".{lang}." in first.name else None
    return _stem(first.name, hugo)


def filter_check(
    result: SetResult,
    baseline_path: str,
    files: Sequence[str],
    langs: Sequence[str] | None = None,
) -> tuple[SetResult, list[str]]:
    """Apply a baseline file to the result of ``check`` on ``files``.

    Returns the result without the baselined findings (its name unchanged) and
    one info line per entry of this set that no longer matches a finding.
    """
    baseline = load_baseline(baseline_path)
    name = set_name_for_files(files, langs)
    matcher = BaselineMatcher(baseline)
    filtered = matcher.filter(replace(result, name=name))
    return replace(filtered, name=result.name), stale_lines(matcher.stale(), baseline_path)


class BaselineMatcher:
    """Drops baselined findings from results as they stream past (used by ``batch``)."""

    def __init__(self, baseline: Baseline) -> None:
        self.baseline = baseline
        self._budget: Counter[str] = Counter(e.fingerprint for e in baseline.entries)
        self._used: Counter[str] = Counter()
        self._checked: set[str] = set()
        self.matched = 0

    def filter(self, result: SetResult) -> SetResult:
        """``result`` without the findings the baseline records."""
        self._checked.add(set_stem(result.name))
        if result.report is None:
            return result
        kept: list[Finding] = []
        for f in result.report.findings:
            fp = fingerprint(f, result.name, result.report)
            if self._used[fp] < self._budget[fp]:
                self._used[fp] += 1
                self.matched += 1
            else:
                kept.append(f)
        if len(kept) == len(result.report.findings):
            return result
        return replace(result, report=replace(result.report, findings=tuple(kept)))

    @property
    def used(self) -> Counter[str]:
        """How often each fingerprint matched a finding."""
        return self._used

    def stale(self) -> tuple[BaselineEntry, ...]:
        """Entries of the sets seen so far that matched no finding."""
        return stale_entries(self.baseline, self._used, self._checked)


def stale_entries(
    baseline: Baseline, used: Counter[str], checked: set[str]
) -> tuple[BaselineEntry, ...]:
    """Entries of the ``checked`` sets (by :func:`set_stem`) beyond what ``used`` matched."""
    remaining = Counter(used)
    out: list[BaselineEntry] = []
    for e in baseline.entries:
        if remaining[e.fingerprint] > 0:
            remaining[e.fingerprint] -= 1
            continue
        if set_stem(e.set) in checked:
            out.append(e)
    return tuple(out)


def stale_lines(stale: Sequence[BaselineEntry], path: str | None) -> list[str]:
    """Info lines for baseline entries that no longer match anything."""
    where = path or "baseline"
    lines = []
    for e in stale:
        texts = ", ".join(f"{lang} {t!r}" for lang, t in e.texts)
        lines.append(
            f"{where}: info: entry {e.fingerprint} ({e.code} {e.name}, set {e.set!r}: {texts}) "
            "no longer matches a finding; remove it"
        )
    return lines


def apply_baseline(results: Sequence[SetResult], baseline: Baseline) -> BaselineOutcome:
    """Drop findings the baseline records; list entries of the checked sets that matched nothing.

    Entries of sets that were not checked in this run are neither used nor reported.
    """
    matcher = BaselineMatcher(baseline)
    out = tuple(matcher.filter(r) for r in results)
    return BaselineOutcome(results=out, stale=matcher.stale(), matched=matcher.matched)
