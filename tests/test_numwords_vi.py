"""Vietnamese number words: mươi, linh/lẻ, mốt/tư/lăm, năm (five or year), names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract
from factcheck._numwords import parse_number_words, scan_number_words


def found(text: str) -> list[tuple[str, str]]:
    return [(n.text, str(n.value)) for n in scan_number_words(text, "vi")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("mười", 10),
        ("mười lăm", 15),
        ("mười một", 11),
        ("bốn mươi", 40),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("ba mươi lăm", 35),
        ("năm mươi", 50),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("một trăm lẻ năm", 105),
        ("hai nghìn", 2000),
        ("hai ngàn", 2000),
        ("hai nghìn không trăm hai mươi", 2020),
        ("ba triệu", 3000000),
        ("bốn tỷ", 4000000000),
        ("hai chục", 20),
        ("hai triệu rưỡi", 2500000),
        ("một trăm rưỡi", 150),
        ("hai phẩy năm", Decimal("2.5")),
    ],
)
def test_cardinals(words: str, value: int) -> None:
    assert parse_number_words(words, "vi") == Decimal(value)


def test_in_a_sentence() -> None:
    text = "Công ty có bốn mươi chi nhánh và hai nghìn nhân viên."
    assert found(text) == [("bốn mươi", "40"), ("hai nghìn", "2000")]


def test_nam_is_five_only_as_a_count() -> None:
    assert found("Năm 2020 và năm nay") == []
    assert found("năm người bị thương") == [("năm", "5")]
    assert found("trong năm năm qua") == [("năm", "5")]
    # "hai mươi năm" is twenty years, not 25
    assert found("hai mươi năm qua") == [("hai mươi", "20")]


def test_khong_is_not_zero_alone() -> None:
    assert found("Tôi không biết") == []


def test_mot_as_article_and_as_count() -> None:
    assert found("một người cho biết") == []
    assert found("chỉ một người") == [("một", "1")]
    assert found("một hoặc hai ngày") == [("một", "1"), ("hai", "2")]
    assert found("một triệu người") == [("một triệu", "1000000")]


def test_names_are_not_numbers() -> None:
    assert found("Ba Lan và Hai Bà Trưng") == []


def test_hai_ben() -> None:
    assert found("hai bên đã ký") == [("hai", "2")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("một nửa dân số", "một nửa", "0.5"),
        ("một phần ba", "một phần ba", "0.333333333333333"),
        ("ba phần tư diện tích", "ba phần tư", "0.75"),
    ],
)
def test_fractions(text: str, surface: str, value: str) -> None:
    (n,) = scan_number_words(text, "vi")
    assert (n.text, str(n.value), n.fraction) == (surface, value, True)


def test_percent_is_not_a_fraction() -> None:
    assert found("16 phần trăm") == []
    assert found("hàng trăm người") == []


def test_through_extract() -> None:
    figs = extract("hơn hai nghìn người", "vi")
    assert [(f.kind, f.value, f.qualifier) for f in figs] == [("number", Decimal(2000), "over")]
