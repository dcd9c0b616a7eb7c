"""CLDR's relative names without a count ("hoy", "la semana pasada", "el próximo
viernes") read for every locale whose lexicon has no [dates] days / modifiers of its
own (own sentences; es, it, nl, pt have no [dates] section, pl and sv no file)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck._dates import extract_dates, resolve
from factcheck._dates_cldr import cldr_calendar


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract_dates(text, lang) if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # day words
        ("El ministro habló hoy con los alcaldes.", "es", [("hoy", "REF+P0D")]),
        ("La votación será mañana en el Senado.", "es", [("mañana", "REF+P1D")]),
        ("Los bomberos llegaron anteayer.", "es", [("anteayer", "REF-P2D")]),
        ("El juicio empieza pasado mañana.", "es", [("pasado mañana", "REF+P2D")]),
        ("Ieri la borsa ha perso il 2%.", "it", [("Ieri", "REF-P1D")]),
        ("Dopodomani chiude il museo.", "it", [("Dopodomani", "REF+P2D")]),
        ("Het parlement stemt morgen over de wet.", "nl", [("morgen", "REF+P1D")]),
        ("Eergisteren viel er veel regen.", "nl", [("Eergisteren", "REF-P2D")]),
        ("O presidente viaja amanhã para Lisboa.", "pt", [("amanhã", "REF+P1D")]),
        ("Wczoraj spadł pierwszy śnieg.", "pl", [("Wczoraj", "REF-P1D")]),
        ("Butiken öppnar i morgon klockan nio.", "sv", [("i morgon", "REF+P1D")]),
        # whole periods, with CLDR's article, without it, or with another
        ("Las ventas cayeron la semana pasada.", "es", [("la semana pasada", "REF-P1W")]),
        ("Las ventas caerán en próxima semana.", "es", [("próxima semana", "REF+P1W")]),
        ("El paro bajó el mes pasado.", "es", [("el mes pasado", "REF-P1M")]),
        ("Este año la cosecha fue mala.", "es", [("Este año", "REF+P0Y")]),
        ("Il mese scorso il traffico è salito.", "it", [("mese scorso", "REF-P1M")]),
        ("Quest'anno il raccolto è scarso.", "it", [("Quest'anno", "REF+P0Y")]),
        ("Volgend jaar gaat de brug open.", "nl", [("Volgend jaar", "REF+P1Y")]),
        ("A obra termina a próxima semana.", "pt", [("próxima semana", "REF+P1W")]),
        ("O ano passado foi seco.", "pt", [("ano passado", "REF-P1Y")]),
        ("Fabryka ruszy w przyszłym miesiącu.", "pl", [("w przyszłym miesiącu", "REF+P1M")]),
        ("Tym roku zbiory były słabe.", "pl", [("Tym roku", "REF+P0Y")]),
        ("Priserna steg förra året.", "sv", [("förra året", "REF-P1Y")]),
        # modifiers around other unit words, months and weekdays
        ("El tren sale el próximo viernes.", "es", [("próximo viernes", "REF+P1W-WD5")]),
        ("La tienda cerró el lunes pasado.", "es", [("lunes pasado", "REF-P1W-WD1")]),
        ("El congreso se celebra este jueves.", "es", [("este jueves", "REF+P0W-WD4")]),
        ("Sabato scorso c'era il sole.", "it", [("Sabato scorso", "REF-P1W-WD6")]),
        (
            "Volgende week dinsdag begint de cursus.",
            "nl",
            [("Volgende week dinsdag", "REF+P1W-WD2")],
        ),
        ("Afgelopen zondag won de club.", "nl", [("Afgelopen zondag", "REF-P1W-WD7")]),
        ("A loja abriu na quinta-feira passada.", "pt", [("quinta-feira passada", "REF-P1W-WD4")]),
        ("Spotkanie odbędzie się w przyszły wtorek.", "pl", [("przyszły wtorek", "REF+P1W-WD2")]),
        ("Mötet hålls onsdag nästa vecka.", "sv", [("onsdag nästa vecka", "REF+P1W-WD3")]),
        # both sides of the unit word where CLDR writes modifiers on both sides
        (
            "Lo sciopero è previsto la prossima settimana.",
            "it",
            [("prossima settimana", "REF+P1W")],
        ),
        ("Lo scorso anno il fatturato è sceso.", "it", [("scorso anno", "REF-P1Y")]),
        ("El acuerdo se firmó el pasado viernes.", "es", [("pasado viernes", "REF-P1W-WD5")]),
        ("Se inaugura el mes próximo.", "es", [("mes próximo", "REF+P1M")]),
        ("Se inaugura la década próxima.", "es", [("década próxima", "REF+P1DE")]),
        # not in Dutch, whose CLDR names put every modifier first
        ("In maart vorig jaar daalde de prijs.", "nl", [("maart vorig jaar", "REF-P1Y-03")]),
        ("Las obras empezaron en marzo pasado.", "es", [("marzo pasado", "REF-M03")]),
        # a this-modifier before a day period is the reference day
        ("Esta mañana llovió en Sevilla.", "es", [("Esta mañana", "REF+P0D")]),
        ("Questa sera suona l'orchestra.", "it", [("Questa sera", "REF+P0D")]),
        ("Esta noite há fogo de artifício.", "pt", [("Esta noite", "REF+P0D")]),
        # traps: the morning, not tomorrow
        ("Los pescadores salen por la mañana.", "es", []),
        ("Abre a las ocho de la mañana.", "es", []),
        ("Estuvo lloviendo toda la mañana.", "es", []),
        ("Deze morgen was het koud.", "nl", []),
        ("Op een morgen in juli vertrok de trein niet.", "nl", [("juli", "XXXX-07")]),
        ("De hele morgen bleef het stil.", "nl", []),
        ("Una mañana de abril cerró la fábrica.", "es", [("abril", "XXXX-04")]),
        ("La cumbre de mañana se aplaza.", "es", [("mañana", "REF+P1D")]),
        ("Os pescadores saem de manhã.", "pt", []),
        ("Ayer por la mañana cerró el puerto.", "es", [("Ayer", "REF-P1D")]),
        ("Mañana por la mañana abre el puerto.", "es", [("Mañana", "REF+P1D")]),
    ],
)
def test_cldr_relative_names(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


def test_resolved_with_reference() -> None:
    ref = dt.date(2025, 10, 22)  # a Wednesday
    got = {
        f.text: resolve(str(f.value), ref)
        for f in extract_dates("Hoy, la próxima semana y el próximo viernes.", "es")
    }
    assert got == {
        "Hoy": "2025-10-22",
        "la próxima semana": "2025-W44",
        "próximo viernes": "2025-10-31",
    }


def test_hand_written_lexicon_wins() -> None:
    # de has [dates] days: CLDR's forms add nothing; the derived tables exist all the same
    assert cldr_calendar("de").relative_days["übermorgen"] == 2
    assert _dates("Das Stadion öffnet übermorgen.", "de") == [("übermorgen", "REF+P2D")]
    # a word written in names of both directions is an article, no modifier
    es = cldr_calendar("es")
    assert "la" not in es.relative_before and es.relative_before["próximo"] == 1
    # sv "i år": "i" starts "i går" and "i morgon" too, an article: no modifier
    assert "i" not in cldr_calendar("sv").relative_before


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # [dates] keys of es, it, pt, nl (range connectors, week and day joiners)
        (
            "La feria abre del 4 al 12 de agosto.",
            "es",
            [("del 4 al 12 de agosto", "XXXX-08-04", "XXXX-08-12")],
        ),
        (
            "Entre el 3 y el 12 de mayo hubo huelga.",
            "es",
            [("Entre el 3 y el 12 de mayo", "XXXX-05-03", "XXXX-05-12")],
        ),
        (
            "La mostra resta aperta dal 3 al 9 maggio.",
            "it",
            [("dal 3 al 9 maggio", "XXXX-05-03", "XXXX-05-09")],
        ),
        (
            "O congresso vai de 3 a 9 de maio.",
            "pt",
            [("3 a 9 de maio", "XXXX-05-03", "XXXX-05-09")],
        ),
        (
            "De markt loopt van 3 tot 9 mei.",
            "nl",
            [("van 3 tot 9 mei", "XXXX-05-03", "XXXX-05-09")],
        ),
        (
            "Llegará el viernes de la próxima semana.",
            "es",
            [("viernes de la próxima semana", "REF+P1W-WD5", None)],
        ),
        (
            "Arriva giovedì della prossima settimana.",
            "it",
            [("giovedì della prossima settimana", "REF+P1W-WD4", None)],
        ),
        (
            "Chega no domingo da próxima semana.",
            "pt",
            [("domingo da próxima semana", "REF+P1W-WD7", None)],
        ),
        (
            "Hij komt volgende week op vrijdag.",
            "nl",
            [("volgende week op vrijdag", "REF+P1W-WD5", None)],
        ),
        (
            "El plazo vence el 20 del próximo mes.",
            "es",
            [("el 20 del próximo mes", "REF+P1M-20", None)],
        ),
        # counts, no dates
        ("Entre 3 y 12 personas murieron.", "es", []),
        ("Tussen 3 en 12 mensen stierven.", "nl", []),
        ("Il prezzo è passato da 3 a 12 euro.", "it", []),
    ],
)
def test_lexicon_joiners(text: str, lang: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [
        (f.text, str(f.value), f.value_end) for f in extract_dates(text, lang) if f.kind == "date"
    ]
    assert got == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # lexicon modifiers add to CLDR's where [dates] has no days of its own
        ("Los resultados llegan la semana que viene.", "es", [("semana que viene", "REF+P1W")]),
        ("El año que viene habrá elecciones.", "es", [("año que viene", "REF+P1Y")]),
        ("O relatório sai na semana que vem.", "pt", [("semana que vem", "REF+P1W")]),
        ("Komend jaar stijgt de huur.", "nl", [("Komend jaar", "REF+P1Y")]),
        ("Ook volgend jaar stijgt de huur.", "nl", [("volgend jaar", "REF+P1Y")]),
        # nowadays: no date ([dates] not_dates), the day word elsewhere still one
        ("Hoy en día nadie envía faxes, pero hoy llegó uno.", "es", [("hoy", "REF+P0D")]),
        ("Hoje em dia quase ninguém escreve cartas.", "pt", []),
        ("Vandaag de dag betaalt bijna iedereen met de telefoon.", "nl", []),
        ("Al giorno d'oggi tutti hanno un telefono.", "it", []),
    ],
)
def test_lexicon_extends_cldr(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a day alone after an article ([dates] day_only_*), as fr "le 23"
        ("La junta se reúne el 14.", "es", [("14", "XXXX-XX-14")]),
        ("Quedó el 14 de la clasificación.", "es", []),
        ("O prazo termina no dia 9.", "pt", [("9", "XXXX-XX-09")]),
        ("Il consiglio si riunisce il 14.", "it", [("14", "XXXX-XX-14")]),
        ("De raad vergadert op de 14e.", "nl", [("14e", "XXXX-XX-14")]),
        ("De kerk dateert uit de 14e eeuw.", "nl", [("14e eeuw", "13XX")]),
        ("Op 2e kerstdag was het druk.", "nl", []),
    ],
)
def test_day_alone(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # seasons, weekends, edges, whole units ([dates] keys; modifiers from CLDR)
        ("Este invierno nevó poco.", "es", [("Este invierno", "REF+P0Y-WI")]),
        ("La cosecha del otoño de 2019 fue récord.", "es", [("otoño de 2019", "2019-FA")]),
        ("Cerrado este fin de semana.", "es", [("este fin de semana", "REF+P0WE")]),
        (
            "Subió a finales de la semana pasada.",
            "es",
            [("finales de la semana pasada", "REF-P1W")],
        ),
        ("La prossima primavera apre il ponte.", "it", [("prossima primavera", "REF+P1Y-SP")]),
        ("Il museo è chiuso nel weekend.", "it", [("nel weekend", "REF+P0WE")]),
        ("O teatro reabre no próximo outono.", "pt", [("próximo outono", "REF+P1Y-FA")]),
        ("Caiu no fim da semana passada.", "pt", [("fim da semana passada", "REF-P1W")]),
        ("Vorige winter vroor het hard.", "nl", [("Vorige winter", "REF-P1Y-WI")]),
        ("Het bleef de hele dag droog.", "nl", [("de hele dag", "P1D")]),
    ],
)
def test_lexicon_periods(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [(f.text, str(f.value)) for f in extract_dates(text, lang)]
    assert got == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # plural modifiers before a count ([dates] before_unit / after_unit beside CLDR's)
        ("Lloverá los próximos 4 días.", "es", [("próximos 4 días", "REF+P1D", "REF+P4D@D+1D")]),
        ("Crecieron las últimas 5 semanas.", "es", [("últimas 5 semanas", "REF-P5W@D", "REF+P0D")]),
        (
            "Pioverà nei prossimi 4 giorni.",
            "it",
            [("prossimi 4 giorni", "REF+P1D", "REF+P4D@D+1D")],
        ),
        ("Caiu nas últimas 5 semanas.", "pt", [("últimas 5 semanas", "REF-P5W@D", "REF+P0D")]),
        ("Firmaron la semana siguiente.", "es", [("semana siguiente", "REF+P1W", None)]),
        # es fold_accents: the relative names without their accents
        (
            "Nos vemos el proximo lunes o manana.",
            "es",
            [("proximo lunes", "REF+P1W-WD1", None), ("manana", "REF+P1D", None)],
        ),
    ],
)
def test_plural_modifiers(text: str, lang: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [(f.text, str(f.value), f.value_end) for f in extract_dates(text, lang)]
    assert got == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # an article counts as one ([dates] one_words); not after a rate word
        ("Cerró hace un año.", "es", [("hace un año", "REF-P1Y@D")]),
        ("Se entrena una vez al mes.", "es", []),
        ("La fabbrica ha chiuso un anno fa.", "it", [("un anno fa", "REF-P1Y@D")]),
        ("A obra durou uma semana.", "pt", [("uma semana", "P1W")]),
        ("Het museum sloot een maand geleden.", "nl", [("een maand geleden", "REF-P1M@D")]),
        ("De krant verschijnt twee keer per week.", "nl", []),
    ],
)
def test_one_words(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [(f.text, str(f.value)) for f in extract_dates(text, lang)]
    assert got == want


def test_short_unit_of_two_units() -> None:
    # it CLDR "sec." is a century; without its dot it also begins "secondi": no unit
    assert "sec" not in cldr_calendar("it").unit_words
    assert extract_dates("Il record è di 12 sec e rotti.", "it") == []
    assert [(f.text, f.value) for f in extract_dates("Durò 3 secoli.", "it")] == [
        ("3 secoli", "P3CE")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # holidays ([dates] holidays, holiday_context for names that are also other words)
        ("La tienda cierra en Nochebuena.", "es", [("Nochebuena", "XXXX-12-24")]),
        ("Il negozio riapre dopo Pasqua 2027.", "it", [("Pasqua 2027", "2027-03-28")]),
        ("A loja fecha no Natal.", "pt", [("Natal", "XXXX-12-25")]),
        ("O prefeito de Natal falou.", "pt", []),
        ("De winkel is dicht op tweede kerstdag.", "nl", [("tweede kerstdag", "XXXX-12-26")]),
        ("Het bestuur deelde nieuwe pasen uit.", "nl", []),
    ],
)
def test_holidays(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # traps met in news text: a participle, a percentage range, an ordinal indicator
        ("Ya ha pasado una década desde el cierre.", "es", [("una década", "P1DE")]),
        ("È passato un anno dalla frana.", "it", [("un anno", "P1Y")]),
        ("Lo apoya entre el 30 y el 45 % del electorado.", "es", []),
        ("O golo surgiu no 27.º minuto.", "pt", []),
        ("Vuelve el 3 y el 12.", "es", [("3", "XXXX-XX-03"), ("12", "XXXX-XX-12")]),
    ],
)
def test_news_traps(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [(f.text, str(f.value)) for f in extract_dates(text, lang)]
    assert got == want


def test_no_one_letter_modifiers() -> None:
    # sr "у понедељак" (on Monday): "у" is a preposition, no modifier; no day period of
    # one letter (sl "j") makes a day word
    assert "у" not in cldr_calendar("sr").relative_before
    assert all(len(d.split()[-1]) > 2 for d in cldr_calendar("sl").relative_days if " " in d)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a list of months: "and" without "between" makes no range, and keeps the month
        ("Las ventas bajaron en enero, abril y octubre.", "es", ["XXXX-01", "XXXX-04", "XXXX-10"]),
        (
            "Les ventes ont baissé en janvier, avril et octobre.",
            "fr",
            ["XXXX-01", "XXXX-04", "XXXX-10"],
        ),
        ("Entre abril y octubre bajaron.", "es", ["XXXX-04"]),
    ],
)
def test_month_lists(text: str, lang: str, want: list[str]) -> None:
    assert [str(f.value) for f in extract_dates(text, lang)] == want
