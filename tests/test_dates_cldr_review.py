"""Review of date reading in es, it, nl and pt on real text (own sentences): false
readings (a score read as a day and month, a verb or adjective read as a season or a
holiday) and misses of keys the lexicon had not yet filled (year markers, decades,
centuries after their unit)."""

from __future__ import annotations

import pytest

from factcheck._dates import extract_dates


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract_dates(text, lang) if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a day and month joined by a dash, without a year, is a score (or a range)
        ("De thuisploeg won met 24-9 van de bezoekers.", "nl", []),
        ("Na de rust stond het 14-3 voor Utrecht.", "nl", []),
        ("De wedstrijd van 14-3-2021 werd herhaald.", "nl", [("14-3-2021", "2021-03-14")]),
        # it "natale" is also the adjective (home town); the feast after its context words
        ("Il pittore tornò nella sua città natale da anziano.", "it", []),
        ("Il negozio resta chiuso fino a Natale.", "it", [("Natale", "XXXX-12-25")]),
        # pt "verão" is also a verb and "hora de verão" summer time
        ("Os leitores verão as fotografias no site.", "pt", []),
        ("O comboio parte às 8h10, hora de verão, da estação.", "pt", []),
        ("No verão as praias enchem-se.", "pt", [("verão", "XXXX-SU")]),
        ("Este verão choveu pouco.", "pt", [("Este verão", "REF+P0Y-SU")]),
    ],
)
def test_false_readings(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # year markers: a bare year before a word
        ("La fábrica cerró en 2009 tras la crisis.", "es", [("2009", "2009")]),
        ("Vive en Lima desde 2013 con su familia.", "es", [("2013", "2013")]),
        ("El estadio de 1982 fue demolido.", "es", [("1982", "1982")]),
        ("Un pueblo de 1800 habitantes votó.", "es", []),
        ("Una inversión de 2000 millones de euros.", "es", []),
        ("Más de 2000 personas marcharon.", "es", []),
        ("Il ponte fu costruito nel 1964 da un'impresa locale.", "it", [("1964", "1964")]),
        ("Oltre 2000 persone hanno firmato.", "it", []),
        ("A loja abriu em 2015 no centro.", "pt", [("2015", "2015")]),
        ("Uma vila de 1900 pessoas ficou sem luz.", "pt", []),
        ("Het museum is sinds 2012 gesloten.", "nl", [("2012", "2012")]),
        ("In 1995 werd de brug geopend.", "nl", [("1995", "1995")]),
        ("Meer dan 2000 mensen tekenden.", "nl", []),
        ("Het kost 2000 miljoen euro.", "nl", []),
    ],
)
def test_years(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # decades
        ("La banda triunfó en los años 70 en Madrid.", "es", [("años 70", "197X")]),
        ("La mina cerró en la década de 1960.", "es", [("década de 1960", "196X")]),
        ("Era una moda de los años sesenta.", "es", [("años sesenta", "196X")]),
        ("Negli anni '70 la città crebbe.", "it", [("anni '70", "197X")]),
        ("Un film degli anni Cinquanta.", "it", [("anni Cinquanta", "195X")]),
        ("A fábrica abriu na década de 1950.", "pt", [("década de 1950", "195X")]),
        ("Uma canção dos anos 90.", "pt", [("anos 90", "199X")]),
        ("Dat was populair in de jaren '60.", "nl", [("jaren '60", "196X")]),
        ("Een huis uit de jaren dertig.", "nl", [("jaren dertig", "193X")]),
        # centuries with the number after the unit word
        ("Un palacio del siglo XVIII fue restaurado.", "es", [("siglo XVIII", "17XX")]),
        ("Una chiesa del secolo XV è crollata.", "it", [("secolo XV", "14XX")]),
        ("Uma ponte do século XIX caiu.", "pt", [("século XIX", "18XX")]),
        ("Ha trabajado 40 años 3 meses.", "es", []),
        # a year joined by a preposition, halves and quarters in words
        ("Il faro fu acceso il 12 marzo del 1911.", "it", [("12 marzo del 1911", "1911-03-12")]),
        ("Nel luglio del 2015 si è dimesso.", "it", [("luglio del 2015", "2015-07")]),
        (
            "Las ventas cayeron en el tercer trimestre de 2017.",
            "es",
            [("tercer trimestre de 2017", "2017-Q3")],
        ),
        (
            "La obra acabará en la segunda mitad del 2026.",
            "es",
            [("segunda mitad del 2026", "2026-07")],
        ),
        (
            "Il utile è salito nel primo trimestre del 2021.",
            "it",
            [("primo trimestre del 2021", "2021-Q1")],
        ),
        (
            "O lucro subiu no quarto trimestre de 2020.",
            "pt",
            [("quarto trimestre de 2020", "2020-Q4")],
        ),
        (
            "De winst steeg in het derde kwartaal van 2022.",
            "nl",
            [("derde kwartaal van 2022", "2022-Q3")],
        ),
        ("De tweede helft van de wedstrijd was saai.", "nl", []),
    ],
)
def test_decades_centuries_parts(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # nl weekday names with a CLDR day period glued on
        ("De winkel ging zaterdagavond dicht.", "nl", [("zaterdagavond", "XXXX-WXX-6")]),
        ("Dinsdagochtend begon de staking.", "nl", [("Dinsdagochtend", "XXXX-WXX-2")]),
        ("Op de vrijdagmarkt was het druk.", "nl", []),
        # nl "uit 1950" (from 1950)
        ("Een auto uit 1967 werd geveild.", "nl", [("1967", "1967")]),
        # Halloween in every lexicon with holidays
        ("Los disfraces se agotan antes de Halloween.", "es", [("Halloween", "XXXX-10-31")]),
        ("De pompoenen liggen klaar voor Halloween.", "nl", [("Halloween", "XXXX-10-31")]),
    ],
)
def test_compounds_holidays(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # it/es "ha" (has) after a year is no hectare
        ("Nel 2016 ha chiuso la fabbrica.", "it", [("2016", "2016")]),
        ("En 2016 ha cerrado la fábrica.", "es", [("2016", "2016")]),
        # a month of a relative year joined by a longer joiner
        (
            "Si è dimesso a marzo dello scorso anno.",
            "it",
            [("marzo dello scorso anno", "REF-P1Y-03")],
        ),
        ("L'anno seguente aprì un negozio.", "it", [("anno seguente", "REF+P1Y")]),
        ("Una canzone degli anni ‘60.", "it", [("anni ‘60", "196X")]),
        # ordinal suffixes of the first day
        ("Lo sciopero inizia il 1º dicembre.", "it", [("1º dicembre", "XXXX-12-01")]),
        ("A greve começa a 1.º de dezembro.", "pt", [("1.º de dezembro", "XXXX-12-01")]),
    ],
)
def test_joiners_suffixes(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


def test_ha_is_no_hectare_in_numbers() -> None:
    from factcheck import extract

    figs = extract("La squadra di 11 ha giocato bene.", "it")
    assert [(f.kind, f.text) for f in figs] == [("number", "11")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # pt "deste", "nesta": this-modifiers contracted with a preposition
        ("As obras do início deste ano custaram caro.", "pt", [("deste ano", "REF+P0Y")]),
        ("O parlamento vota nesta semana o orçamento.", "pt", [("nesta semana", "REF+P0W")]),
        # a last unit of something is no date
        ("Ela chumbou no último ano do liceu.", "pt", []),
        ("No último ano, as rendas subiram.", "pt", [("último ano", "REF-P1Y")]),
        # "mar" is the sea, not the abbreviation of March
        ("A aldeia fica perto do mar.", "pt", []),
        ("Os barcos voltaram ao mar.", "pt", []),
    ],
)
def test_pt_review(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # "anterior" / "precedente": the unit before (not before something named)
        ("El año anterior las lluvias fueron escasas.", "es", [("año anterior", "REF-P1Y")]),
        ("La semana anterior a la boda llovió.", "es", []),
        ("No ano anterior a empresa perdeu dinheiro.", "pt", [("ano anterior", "REF-P1Y")]),
        ("L'anno precedente il museo era chiuso.", "it", [("anno precedente", "REF-P1Y")]),
        ("La settimana precedente alla gara ha nevicato.", "it", []),
        # es edges without an article
        ("Las tarifas subirán a principios de año.", "es", [("principios de año", "REF+P0Y")]),
    ],
)
def test_previous_and_edges(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # singular "último" / "ultimo": the past unit, not a last unit of something
        ("Nell'ultimo mese i prezzi sono scesi.", "it", [("ultimo mese", "REF-P1M")]),
        ("Era l'ultimo anno di università.", "it", []),
        ("El último año fue muy seco.", "es", [("último año", "REF-P1Y")]),
        ("Suspendió el último año de bachillerato.", "es", []),
        # "el mes anterior de junio": the month named after it
        ("Las ventas superaron las del mes anterior de mayo.", "es", [("mayo", "XXXX-05")]),
    ],
)
def test_last_unit(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a month of a relative year after it (year_possessives)
        ("Mudaram de casa no ano passado em maio.", "pt", [("ano passado em maio", "REF-P1Y-05")]),
        ("Se casaron el año pasado en abril.", "es", [("el año pasado en abril", "REF-P1Y-04")]),
        ("Hanno aperto l'anno scorso a luglio.", "it", [("anno scorso a luglio", "REF-P1Y-07")]),
        ("Ze trouwden vorig jaar in mei.", "nl", [("vorig jaar in mei", "REF-P1Y-05")]),
        # edges without an article
        ("As taxas subiram no princípio do ano.", "pt", [("princípio do ano", "REF+P0Y")]),
        ("Lo sciopero è previsto a inizio settimana.", "it", [("inizio settimana", "REF+P0W")]),
    ],
)
def test_year_possessives_edges(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # after a possessive a last unit is one of a life or a course
        ("Lo supo en su último año de instituto.", "es", []),
        ("Ha vinto nel suo ultimo anno da allenatore.", "it", []),
        ("Mudou de escola no seu último ano.", "pt", []),
    ],
)
def test_possessive_last_unit(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want
