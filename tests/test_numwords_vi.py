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


def test_mot_so_is_some() -> None:
    assert found("chỉ một số khán giả") == []


def test_ordinal_after_a_number_is_not_a_fraction() -> None:
    assert found("trong năm đầu tiên") == [("đầu tiên", "1")]


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


def test_words_in_other_senses() -> None:
    assert found("ba mẹ tôi") == []
    assert found("lúc nửa đêm") == []
    assert found("ba người") == [("ba", "3")]


def test_mot_before_a_unit_or_percent() -> None:
    assert found("một phần trăm") == [("một", "1")]
    assert found("một đô la Mỹ") == [("một", "1")]


def test_nam_after_a_contrast_word() -> None:
    assert found("Một trên năm trẻ em") == [("Một", "1"), ("năm", "5")]
    assert found("đến năm 2020") == []


def test_minute_marks_are_not_ordinals_of_part() -> None:
    assert [n.text for n in scan_number_words("phút thứ 27:37", "vi")] == []


def test_unit_nouns_that_are_not_units() -> None:
    assert found("là một điểm dừng chân") == []


_VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _vi_below_1000(n: int, full: bool) -> str:
    """Vietnamese spelling of n < 1000 (``full``: spell an empty hundreds place)."""
    h, r = divmod(n, 100)
    out = []
    if h or full:
        out += [_VI_UNITS[h], "trăm"]
    t, u = divmod(r, 10)
    if t == 0:
        if u:
            out += (["linh"] if out else []) + [_VI_UNITS[u]]
    elif t == 1:
        out += ["mười", *{5: ["lăm"]}.get(u, [_VI_UNITS[u]] if u else [])]
    else:
        tail = {0: [], 1: ["mốt"], 4: ["tư"], 5: ["lăm"]}.get(u, [_VI_UNITS[u]])
        out += [_VI_UNITS[t], "mươi", *tail]
    return " ".join(out)


def spell_vi(n: int) -> str:
    if n == 0:
        return "không"
    parts = []
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    if millions:
        parts.append(_vi_below_1000(millions, False) + " triệu")
    if thousands:
        parts.append(_vi_below_1000(thousands, bool(millions)) + " nghìn")
    if units:
        parts.append(_vi_below_1000(units, bool(millions or thousands)))
    return " ".join(parts)


@pytest.mark.parametrize(
    "n", [*range(1, 200), *range(200, 10000, 37), *range(10000, 3000000, 99991)]
)
def test_spelled_numbers_round_trip(n: int) -> None:
    assert parse_number_words(spell_vi(n), "vi") == n, spell_vi(n)


def test_nghin_ty() -> None:
    assert found("hai nghìn tỷ đồng") == [("hai nghìn tỷ", "2000000000000")]


def test_nam_as_years() -> None:
    assert found("kỷ niệm 100 năm ngày thành lập") == []
    assert found("phải đến năm sau") == []
    assert found("những năm tháng khó khăn") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "năm" counts any noun after it, not only the listed ones
        ("Hãng mở thêm năm cửa hàng ở Hà Nội.", "5"),
        ("Bài báo dài năm trang.", "5"),
        ("Năm bác sĩ đã ký vào lá thư.", "5"),
        ("Đội tuyển thắng cả năm trận đấu.", "5"),
        ("Cô giành tất cả năm huy chương bạc.", "5"),
    ],
)
def test_nam_before_a_noun_is_five(text: str, value: str) -> None:
    nums = [(f.text.lower(), str(f.value)) for f in extract(text, "vi") if f.kind == "number"]
    assert nums == [("năm", value)], extract(text, "vi")


@pytest.mark.parametrize(
    "text",
    [
        "Hàng năm có hàng nghìn du khách.",  # every year
        "Mỗi năm công ty tuyển người mới.",  # each year
        "Năm tài chính kết thúc vào tháng Sáu.",  # fiscal year
        "Năm Canh Tý bắt đầu sớm.",  # a named year
        "Doanh thu tăng trong năm nay.",  # this year
        "Cả năm, anh không nghỉ ngày nào.",  # the whole year
    ],
)
def test_nam_as_year_is_no_number(text: str) -> None:
    assert [f for f in extract(text, "vi") if f.kind == "number" and "năm" in f.text.lower()] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # "năm" before a unit is the count of a relative date or duration
        ("Giá đã tăng trong năm ngày qua.", "date", "REF-P5D@D"),
        ("Anh ấy rời quê từ năm năm trước.", "date", "REF-P5Y@D"),
        ("Dự án kéo dài năm tháng.", "duration", "P5M"),
        # "cả năm" alone is the whole year
        ("Cả năm, anh không nghỉ ngày nào.", "duration", "P1Y"),
    ],
)
def test_nam_counts_a_unit(text: str, kind: str, value: str) -> None:
    figs = [(f.kind, f.value) for f in extract(text, "vi") if f.kind in ("date", "duration")]
    assert figs == [(kind, value)]
