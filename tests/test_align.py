"""Paragraph alignment: 1-1, merges, splits, missing paragraphs, N versions."""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck._align import align_documents, align_pair, compose
from factcheck._load import document_from_text
from factcheck._records import Figure

DE = [
    "Die Stadtwerke Kleinfeld haben im vergangenen Jahr 48 Millionen Euro umgesetzt.",
    "Geschäftsführerin Anna Berger kündigte an, bis 2027 weitere 120 Ladepunkte zu bauen, "
    "vor allem in den Wohnvierteln im Norden der Stadt.",
    "Der Gemeinderat muss dem Plan noch zustimmen; die Abstimmung ist für den 14. März angesetzt.",
    "Mehr Informationen gibt es unter https://stadtwerke.example/laden.",
]
FR = [
    "Les services municipaux de Kleinfeld ont réalisé l'an dernier un chiffre d'affaires "
    "de 48 millions d'euros.",
    "La directrice Anna Berger a annoncé la construction de 120 bornes de recharge "
    "supplémentaires d'ici 2027, surtout dans les quartiers résidentiels du nord de la ville.",
    "Le conseil municipal doit encore approuver le projet ; le vote est prévu le 14 mars.",
    "Plus d'informations sur https://stadtwerke.example/laden.",
]


def _doc(paras: list[str], lang: str):  # type: ignore[no-untyped-def]
    return document_from_text("\n\n".join(paras), lang)


def _digits(text: str) -> tuple[Figure, ...]:
    """Stand-in figures (every run of digits), so these tests do not depend on extraction."""
    return tuple(
        Figure("number", m.group(), m.start(), m.end(), Decimal(m.group()))
        for m in re.finditer(r"\d+", text)
    )


def _align(*docs):  # type: ignore[no-untyped-def]
    return align_documents(docs, [_digits(d.text) for d in docs], [() for _ in docs])


def test_one_to_one() -> None:
    assert _align(_doc(DE, "de"), _doc(FR, "fr")) == (
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3,), (3,)),
    )


def test_merge_two_paragraphs_into_one() -> None:
    fr = [FR[0], FR[1] + " " + FR[2], FR[3]]
    assert _align(_doc(DE, "de"), _doc(fr, "fr")) == (
        ((0,), (0,)),
        ((1, 2), (1,)),
        ((3,), (2,)),
    )


def test_split_one_paragraph_into_two() -> None:
    de = [DE[0], DE[1] + " " + DE[2], DE[3]]
    assert _align(_doc(de, "de"), _doc(FR, "fr")) == (
        ((0,), (0,)),
        ((1,), (1, 2)),
        ((2,), (3,)),
    )


def test_paragraph_missing_in_one_version() -> None:
    fr = [FR[0], FR[2], FR[3]]
    groups = _align(_doc(DE, "de"), _doc(fr, "fr"))
    assert ((1,), ()) in groups
    assert ((0,), (0,)) in groups and ((2,), (1,)) in groups


def test_paragraph_added_in_one_version() -> None:
    extra = (
        "Ein Sprecher der Stadt ergänzte am Abend, man prüfe auch Standorte an Schulen, "
        "Sporthallen und dem Bahnhof, sobald die Finanzierung gesichert sei."
    )
    de = [DE[0], DE[1], extra, DE[2], DE[3]]
    groups = _align(_doc(de, "de"), _doc(FR, "fr"))
    assert ((2,), ()) in groups
    assert ((3,), (2,)) in groups


def test_anchors_decide_where_lengths_cannot() -> None:
    # equal lengths; only the anchors tell that the second paragraph is missing
    a = [{"n:1"}, {"n:2"}, {"n:3"}, {"n:4"}]
    b = [{"n:1"}, {"n:3"}, {"n:4"}]
    beads = align_pair([100, 100, 100, 100], [100, 100, 100], a, b)
    assert ((1,), ()) in beads
    assert ((2,), (1,)) in beads and ((3,), (2,)) in beads


def test_three_versions_compose_groups() -> None:
    en = [
        "Kleinfeld's municipal utility had revenue of 48 million euros last year.",
        "Managing director Anna Berger announced 120 more charging points by 2027, mostly in "
        "the residential districts in the north of the town.",
        "The council still has to approve the plan; the vote is set for March 14.",
        "More information at https://stadtwerke.example/laden.",
    ]
    fr = [FR[0], FR[1] + " " + FR[2], FR[3]]
    groups = _align(_doc(DE, "de"), _doc(fr, "fr"), _doc(en, "en"))
    assert groups == (
        ((0,), (0,), (0,)),
        ((1, 2), (1,), (1, 2)),
        ((3,), (2,), (3,)),
    )


def test_compose_keeps_insertions_between_cuts() -> None:
    v1 = [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    v2 = [((0,), (0,)), ((1,), (1,))]
    assert compose(2, [None, v1, v2], 0) == (
        ((0,), (0,), (0,)),
        ((), (1,), ()),
        ((1,), (2,), (1,)),
    )


def test_empty_version() -> None:
    groups = _align(_doc(DE, "de"), document_from_text("", "fr"))
    assert groups == tuple(((i,), ()) for i in range(4))


def test_long_documents_stay_fast() -> None:
    import time

    n = 3000
    la = [100 + (i * 37) % 300 for i in range(n)]
    lb = [int(x * 1.1) for x in la]
    del lb[1500]
    t = time.perf_counter()
    beads = align_pair(la, lb)
    assert time.perf_counter() - t < 10
    assert sum(len(a) for a, _ in beads) == n and sum(len(b) for _, b in beads) == n - 1
    assert beads[0] == ((0,), (0,)) and beads[-1] == ((n - 1,), (n - 2,))
