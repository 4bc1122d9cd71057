"""Pure helpers for the fixed lines of a document: date line, number line, paragraphs, NFC."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest

from lamdong_desktop.documents.formatting import (
    BLANK,
    clock_text,
    date_line,
    day_text,
    long_date,
    moment_text,
    month_text,
    nfc_all,
    number_line,
    short_date,
    split_paragraphs,
    weekday_text,
)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (date(2026, 1, 5), "Di Linh, ngày 05 tháng 01 năm 2026"),
        (date(2026, 2, 9), "Di Linh, ngày 09 tháng 02 năm 2026"),
        (date(2026, 3, 1), "Di Linh, ngày 01 tháng 3 năm 2026"),
        (date(2026, 9, 10), "Di Linh, ngày 10 tháng 9 năm 2026"),
        (date(2025, 12, 31), "Di Linh, ngày 31 tháng 12 năm 2025"),
        (date(2026, 10, 20), "Di Linh, ngày 20 tháng 10 năm 2026"),
    ],
)
def test_date_line_leading_zeros_for_days_under_10_and_months_1_2(when: date, expected: str) -> None:
    assert date_line("Di Linh", when) == expected


def test_day_and_month_texts() -> None:
    assert [day_text(d) for d in (1, 9, 10, 31)] == ["01", "09", "10", "31"]
    assert [month_text(m) for m in range(1, 13)] == ["01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11",
                                                     "12"]


def test_date_line_blank_for_drafts() -> None:
    assert date_line("Di Linh", None) == f"Di Linh, ngày {BLANK} tháng {BLANK} năm {BLANK}"
    assert date_line("Di Linh", None, year=2026) == f"Di Linh, ngày {BLANK} tháng {BLANK} năm 2026"
    assert " ".join(date_line("Di Linh", None).split()) == "Di Linh, ngày tháng năm"


def test_date_line_normalises_the_place() -> None:
    decomposed = unicodedata.normalize("NFD", "Đà Lạt")
    assert date_line(decomposed, date(2026, 4, 30)) == "Đà Lạt, ngày 30 tháng 4 năm 2026"


def test_number_line() -> None:
    assert number_line(7, "KH-UBND") == "Số: 07/KH-UBND"
    assert number_line(12, "QĐ-UBND") == "Số: 12/QĐ-UBND"
    assert number_line(None, "KH-UBND") == f"Số:{BLANK}/KH-UBND"
    with pytest.raises(ValueError):
        number_line(0, "KH-UBND")


def test_short_date() -> None:
    assert short_date(date(2026, 1, 5)) == "05/01/2026"


def test_split_paragraphs() -> None:
    text = "  Một   hai\n\n\nBa\r\n- bốn;\n   \n"
    assert split_paragraphs(text) == ("Một hai", "Ba", "- bốn;")
    assert split_paragraphs("") == ()


def test_nfc_all_walks_nested_dataclasses_and_tuples() -> None:
    @dataclass(frozen=True)
    class Inner:
        text: str
        number: int

    @dataclass(frozen=True)
    class Outer:
        name: str
        items: tuple[Inner, ...]
        missing: str | None = None

    nfd = unicodedata.normalize("NFD", "Hạnh phúc")
    result = nfc_all(Outer(nfd, (Inner(nfd, 3),)))
    assert result == Outer("Hạnh phúc", (Inner("Hạnh phúc", 3),))
    assert unicodedata.is_normalized("NFC", result.items[0].text)


def test_long_date_time_and_moment_of_a_meeting() -> None:
    assert long_date(date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert long_date(date(2026, 11, 30)) == "ngày 30 tháng 11 năm 2026"
    assert clock_text(time(8, 0)) == "08 giờ 00" and clock_text(datetime(2026, 1, 5, 14, 5)) == "14 giờ 05"
    assert moment_text(datetime(2026, 1, 5, 8, 0)) == "08 giờ 00, ngày 05 tháng 01 năm 2026"  # Mẫu 1.9


def test_weekday_words() -> None:
    # 5 January 2026 was a Monday.
    assert [weekday_text(date(2026, 1, d)) for d in range(5, 12)] == [
        "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
