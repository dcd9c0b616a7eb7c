"""Coverage-guided fuzzing (atheris / libFuzzer) of ``extract`` and ``check``.

    pip install atheris                      # not a project dependency
    python bench/fuzz.py                     # both targets, 60 s each
    python bench/fuzz.py --target extract --time 300
    python bench/fuzz.py --show              # print what was found as Python literals

Each target runs in its own process (libFuzzer exits the process when it is
done or finds a crash) on a corpus under ``bench/out/fuzz/<target>/`` (kept
between runs, gitignored), seeded with a few sentences of our own and a
dictionary of figure tokens (digits, separators, hedges, months, scale words,
currency signs). The ``factcheck`` package is instrumented; babel and regex
are not.

An input is decoded as: first byte → language (de, fr, en, vi, de-CH, ru) and,
for ``extract``, a reference date (none, 2025-03-01, 0001-01-01, 9999-12-31); the
rest → text (for ``check``: split in two at a 0x1F byte, the second part in a
second language). A finding is any exception from ``extract`` or ``check`` (a
:class:`~factcheck.FactcheckError` included: valid text in a known language
must never be rejected), a figure whose ``start``/``end`` do not slice the text
to its ``text``, or an input slower than ``--per-input`` seconds (libFuzzer's
``-timeout``). Crashing and slow inputs land in ``bench/out/fuzz/artifacts/``;
``--show`` decodes them. Keep each one as a regression test in
``tests/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "fuzz"
ARTIFACTS = OUT / "artifacts"
LANGS = ("de", "fr", "en", "vi", "de-CH", "ru")
SEP = 0x1F

SEEDS = [
    "Die Reederei betreibt über 5.000 Schiffe und beschäftigt rund 1,2 Mio. Menschen.",
    "Am Montag, dem 3. März 2025, stieg der Umsatz um 12,5 % auf 4,7 Mrd. Euro.",
    "L'armateur exploite plus de 5 000 navires et emploie une quarantaine de pilotes.",
    "Le 3 mars 2025, le chiffre d'affaires a augmenté de 12,5 % à 4,7 milliards d'euros.",
    "The shipping firm runs more than 5,000 vessels and about 1.2 million people.",
    "On Monday, March 3, 2025, revenue rose 12.5% to $4.7 billion (see https://ex.org/1).",
    "Hãng tàu có hơn 5.000 tàu và khoảng 1,2 triệu nhân viên vào ngày 3 tháng 3 năm 2025.",
    "zwischen 3 und 5 km, vom 4. bis 23. Mai, COVID-19, G7, 15:30 Uhr, zweiundzwanzig",
]
TOKENS = [
    "1.000", "1,5", "5 000", "5\u202f000", "5\u00a0000", "1'234", "1\u2019234", "%", "\u2030",
    "über", "mehr als", "rund", "knapp", "bis zu", "zwischen", "plus de", "environ",
    "moins de", "une quarantaine", "more than", "about", "nearly", "between", "hơn",
    "khoảng", "zwei", "zwanzig", "hundert", "vingt-et-un", "thousand", "mươi", "Dutzende",
    "Mio.", "Millionen", "Mrd.", "Milliarden", "Billion", "milliards", "Md", "billion",
    "triệu", "tỷ", "€", "$", "EUR", "CHF", "₫", "km", "m²", "Prozent", "pour cent",
    "Oktober", "octobre", "October", "tháng", "ngày", "Montag", "lundi", "Monday",
    "2024-05-03", "15:30", "Uhr", "vom", "bis", "letzte Woche", "last year", "COVID-19",
    "https://", "@", "<b>", "**", "\u200b", "\ufeff",
]  # fmt: skip


#: Reference dates the extract target passes (chosen by the first byte).
REFERENCES = (None, _dt.date(2025, 3, 1), _dt.date(1, 1, 1), _dt.date(9999, 12, 31))


def _reference(data: bytes) -> _dt.date | None:
    return REFERENCES[(data[0] // len(LANGS)) % len(REFERENCES)] if data else None


def _decode(data: bytes) -> tuple[str, str, str | None, str | None]:
    """Fuzzer bytes → (lang, text, second lang, second text)."""
    if not data:
        return "de", "", None, None
    lang = LANGS[data[0] % len(LANGS)]
    body = data[1:]
    first, sep, second = body.partition(bytes([SEP]))
    text = first.decode("utf-8", errors="replace")
    if not sep:
        return lang, text, None, None
    lang2 = LANGS[(data[0] // len(LANGS) + 1) % len(LANGS)]
    if lang2 == lang:
        lang2 = LANGS[(LANGS.index(lang) + 1) % len(LANGS)]
    return lang, text, lang2, second.decode("utf-8", errors="replace")


def _dict_line(token: str) -> str:
    raw = token.encode("utf-8")
    esc = "".join(
        chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\x{b:02X}" for b in raw
    )
    return f'"{esc}"'


def _prepare(target: str) -> Path:
    corpus = OUT / target
    corpus.mkdir(parents=True, exist_ok=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(SEEDS):
        for j in range(len(LANGS)):
            data = bytes([j]) + seed.encode("utf-8")
            if target == "check":
                data += bytes([SEP]) + SEEDS[(i + 2) % len(SEEDS)].encode("utf-8")
            (corpus / f"seed-{i}-{j}").write_bytes(data)
    (OUT / "figures.dict").write_text(
        "\n".join(_dict_line(t) for t in TOKENS) + "\n", encoding="utf-8"
    )
    return corpus


def _fuzz_child(target: str, libfuzzer_args: list[str]) -> None:  # pragma: no cover
    import atheris  # type: ignore[import-untyped,unused-ignore]

    with atheris.instrument_imports(include=["factcheck"]):
        import pkgutil

        import factcheck

        for mod in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
            if mod.name.startswith(("factcheck._cmd", "factcheck.pytest_plugin")):
                continue
            try:
                __import__(mod.name)
            except Exception:
                pass

    from factcheck._load import document_from_text

    def one_extract(data: bytes) -> None:
        lang, text, _, _ = _decode(data)
        for fig in factcheck.extract(text, lang, reference_date=_reference(data)):
            if text[fig.start : fig.end] != fig.text:
                raise AssertionError(f"span {fig.start}:{fig.end} does not slice to {fig.text!r}")

    def one_check(data: bytes) -> None:
        lang, text, lang2, text2 = _decode(data)
        if lang2 is None or text2 is None:
            docs = [
                document_from_text(text, lang, path=f"a.{lang}.txt"),
                document_from_text(text, lang, path=f"b.{lang}.txt"),
            ]
            vars(factcheck)["check"](docs)
        else:
            vars(factcheck)["check"]({lang: text, lang2: text2})

    one: Callable[[bytes], None] = one_extract if target == "extract" else one_check
    if os.environ.get("FACTCHECK_FUZZ_KEEP_GOING"):
        one = _keep_going(one, target)
    atheris.Setup([sys.argv[0], *libfuzzer_args], one)
    atheris.Fuzz()


def _keep_going(one: Callable[[bytes], None], target: str) -> Callable[[bytes], None]:
    """Record the first input of every distinct exception (type + innermost factcheck
    frame) as an artifact and go on fuzzing, instead of stopping at the first crash."""
    seen: set[str] = set()

    def wrapped(data: bytes) -> None:
        try:
            one(data)
        except Exception as err:
            frames = [
                f for f in traceback.extract_tb(err.__traceback__) if "/factcheck/" in f.filename
            ]
            where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
            sig = f"{type(err).__name__}@{where}"
            if sig not in seen:
                seen.add(sig)
                digest = hashlib.sha1(data).hexdigest()[:16]
                (ARTIFACTS / f"{target}-exc-{digest}").write_bytes(data)
                print(f"\n=== new exception {sig}: {err!r}\n", file=sys.stderr, flush=True)

    return wrapped


def run_target(
    target: str, seconds: int, per_input: int, *, keep_going: bool = False
) -> dict[str, object]:
    corpus = _prepare(target)
    before = set(ARTIFACTS.iterdir())
    args = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        target,
        "--",
        f"-max_total_time={seconds}",
        f"-timeout={per_input}",
        "-rss_limit_mb=4096",
        "-max_len=2048",
        f"-dict={OUT / 'figures.dict'}",
        f"-artifact_prefix={ARTIFACTS}/{target}-",
        "-print_final_stats=1",
    ]
    args.append(str(corpus))
    env = dict(os.environ, FACTCHECK_FUZZ_KEEP_GOING="1" if keep_going else "")
    started = time.perf_counter()
    log = OUT / f"{target}.log"
    with log.open("w", encoding="utf-8") as fh:
        proc = subprocess.run(args, stdout=fh, stderr=subprocess.STDOUT, check=False, env=env)
    elapsed = time.perf_counter() - started
    text = log.read_text(encoding="utf-8", errors="replace")
    stats = {}
    for line in text.splitlines():
        if line.startswith("stat::"):
            key, _, value = line[len("stat::") :].partition(":")
            stats[key.strip()] = value.strip()
    new = sorted(set(ARTIFACTS.iterdir()) - before)
    return {
        "target": target,
        "seconds": round(elapsed),
        "exit": proc.returncode,
        "runs": stats.get("number_of_executed_units", "?"),
        "corpus": len(list(corpus.iterdir())),
        "new_artifacts": [p.name for p in new],
        "log": str(log),
    }


def show() -> None:
    if not ARTIFACTS.is_dir():
        print("no artifacts")
        return
    for path in sorted(ARTIFACTS.iterdir()):
        data = path.read_bytes()
        lang, text, lang2, text2 = _decode(data)
        print(f"# {path.name} (reference date for extract: {_reference(data)})")
        print(f"    ({lang!r}, {text!r}, {lang2!r}, {text2!r}),")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:  # pragma: no cover - runs under libFuzzer
        target = argv[1]
        rest = argv[3:] if argv[2:3] == ["--"] else argv[2:]
        _fuzz_child(target, rest)
        return 0
    ap = argparse.ArgumentParser(description="Fuzz extract and check with atheris.")
    ap.add_argument("--target", choices=["extract", "check", "all"], default="all")
    ap.add_argument("--time", type=int, default=60, help="seconds per target (default 60)")
    ap.add_argument("--per-input", type=int, default=10, help="seconds before an input is 'slow'")
    ap.add_argument("--show", action="store_true", help="decode the artifacts found so far")
    ap.add_argument(
        "--keep-going",
        action="store_true",
        help="record each distinct exception and go on fuzzing (timeouts still stop)",
    )
    args = ap.parse_args(argv)
    if args.show:
        show()
        return 0
    try:
        import atheris  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        print("atheris is not installed: pip install atheris", file=sys.stderr)
        return 2
    os.environ.setdefault("PYTHONHASHSEED", "0")
    targets = ["extract", "check"] if args.target == "all" else [args.target]
    found = False
    for target in targets:
        res = run_target(target, args.time, args.per_input, keep_going=args.keep_going)
        print(
            f"{res['target']}: {res['seconds']} s, {res['runs']} runs, corpus {res['corpus']}, "
            f"exit {res['exit']}, new artifacts: {res['new_artifacts'] or 'none'} ({res['log']})"
        )
        found = found or bool(res["new_artifacts"])
    if found:
        print("\nfound (decode with --show):")
        show()
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
