"""The small language detector: which language, and does a text look like its label."""

from __future__ import annotations

import pytest

from factcheck._langdetect import detect_language, looks_like

SAMPLES = {
    "de": "Die Gemeinde hat im vergangenen Jahr mehr als 40 neue Wohnungen gebaut, und der "
    "Bürgermeister will das Tempo noch erhöhen, weil die Nachfrage weiter steigt.",
    "fr": "La commune a construit plus de 40 nouveaux logements l'an dernier, et le maire "
    "veut encore accélérer le rythme car la demande ne cesse pas de croître.",
    "en": "The town built more than 40 new homes last year, and the mayor wants to speed "
    "things up because demand for housing is still rising in the region.",
    "vi": "Năm ngoái thị trấn đã xây hơn 40 căn nhà mới và thị trưởng muốn đẩy nhanh tiến "
    "độ vì nhu cầu nhà ở vẫn đang tăng trong khu vực.",
    "es": "El municipio construyó más de 40 viviendas nuevas el año pasado y el alcalde "
    "quiere acelerar el ritmo porque la demanda sigue creciendo en la región.",
    "it": "Il comune ha costruito più di 40 nuove abitazioni l'anno scorso e il sindaco "
    "vuole accelerare il ritmo perché la domanda continua a crescere nella regione. "
    "Secondo gli uffici comunali, i lavori per altre 25 case inizieranno già in primavera.",
    "pt": "O município construiu mais de 40 novas casas no ano passado e o prefeito quer "
    "acelerar o ritmo porque a procura continua a crescer na região.",
    "nl": "De gemeente heeft vorig jaar meer dan 40 nieuwe woningen gebouwd en de "
    "burgemeester wil het tempo nog verhogen omdat de vraag in de regio blijft stijgen.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_each_profiled_language(lang: str) -> None:
    found, confidence = detect_language(SAMPLES[lang])
    assert found == lang
    assert 0.5 <= confidence <= 1.0


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_text_looks_like_its_own_language_and_not_others(lang: str) -> None:
    text = SAMPLES[lang]
    assert looks_like(text, lang)
    assert looks_like(text, f"{lang}-XX")  # regional codes use the base language
    for other in ("de", "fr", "en", "vi"):
        if other != lang:
            assert not looks_like(text, other), (lang, other)


def test_unsure_on_short_text_and_unprofiled_languages() -> None:
    assert detect_language("12.000 €") == (None, 0.0)
    assert detect_language("") == (None, 0.0)
    assert looks_like("Tor!", "fr")
    assert looks_like(SAMPLES["de"], "ja")  # no profile: cannot tell


def test_other_script_is_not_a_latin_language() -> None:
    text = "Город построил более 40 новых домов в прошлом году, и мэр хочет ускорить темп."
    assert detect_language(text)[0] is None
    assert not looks_like(text, "de")


def test_mixed_quote_does_not_flip_the_language() -> None:
    text = SAMPLES["de"] + ' Er sagte auf Englisch: "We are proud of it."'
    assert detect_language(text)[0] == "de"
    assert looks_like(text, "de")


def test_corpus_lines_are_never_rejected(shared) -> None:  # type: ignore[no-untyped-def]
    files = {"deu": "de", "fra": "fr", "eng": "en", "vie": "vi"}
    for name, lang in files.items():
        lines = (shared / "corpus" / "ntrex128" / f"{name}.txt").read_text("utf-8").splitlines()
        rejected = [line for line in lines[:400] if not looks_like(line, lang)]
        assert rejected == [], (lang, rejected[:3])


def _plain_scores(text: str) -> dict[str, float]:
    """The detector's scores recounted the plain way: every word, every profile."""
    import re
    from collections import Counter

    from factcheck import _langdetect

    sample = _langdetect._sample(text).lower()
    words = re.findall(r"[^\W\d_]+", sample)
    counts = Counter(words)
    n_letters = sum(map(len, words))
    scores = {}
    for lang, (stop, typical) in _langdetect._profiles().items():
        score = float(sum(n for w, n in counts.items() if w in stop))
        if typical and n_letters:
            share = sum(sample.count(ch) for ch in typical) / n_letters
            score += share * len(words) * (3.0 if lang == "vi" else 0.5)
        scores[lang] = score
    return scores


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt hat über 40.000 Einwohner und eine große Brücke über den Fluss.",
        "La ville a été fondée en 1250 ; elle compte déjà plus de 40 000 habitants.",
        "El año pasado la ciudad tenía más de 40.000 habitantes, según el censo. ¿Y hoy?",
        "La città è più grande di quanto si pensi: ha 40.000 abitanti e tre ponti.",
        "A cidade tem mais de 40 mil habitantes, segundo o censo, e também um porto.",
        "Thành phố có hơn 40.000 người dân và đang xây thêm một cây cầu mới.",
        "Город насчитывает более 40 000 жителей, и у него есть мост. Ça va, où?",
        "Le pont (Brücke) coûte 5 Mio. €, dit-il — the bridge costs more than that.",
        "",
        "12 345 — 678",
        "L'entreprise (dpa) a 5der x² Ⅻ foo_bar km/h «\u00a0la\u00a0» l’été-là,des\tles\u2028und",
    ],
)
def test_scores_are_the_plain_recount(text: str) -> None:
    from factcheck._langdetect import language_scores

    assert language_scores(text)[0] == _plain_scores(text)
