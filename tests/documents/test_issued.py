"""The shared parts of the unit's numbered documents: number lines, signers, lists, the unit in a sentence."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.documents.formatting import BLANK
from lamdong_desktop.documents.issued import (
    Person,
    Signer,
    committee_of,
    draft_state,
    level_word,
    listed,
    number_line,
    roman,
    sentence,
    unit_in_sentence,
)


def test_number_lines_take_a_leading_zero_under_ten() -> None:
    assert number_line(7, "QĐ") == "Số: 07/QĐ-UBND"
    assert number_line(12, "BB", "HĐĐG") == "Số: 12/BB-HĐĐG"
    assert number_line(100, "TB") == "Số: 100/TB-UBND"
    assert number_line(None, "GM") == f"Số:{BLANK}/GM-UBND"
    with pytest.raises(ValueError):
        number_line(0, "QĐ")


def test_a_signer_from_the_lines_of_its_block() -> None:
    signer = Signer.from_lines("Ka Thị Hương", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
    assert (signer.title, signer.authority) == ("PHÓ CHỦ TỊCH", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"))
    assert signer.signature().authority_lines == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    assert Signer.from_lines("Nguyễn Văn Hùng", ("CHỦ TỊCH",)).signature().authority_lines == ()
    with pytest.raises(ValueError):
        Signer.from_lines("Ai đó", ())


def test_sentences_and_lists_end_as_official_lists_do() -> None:
    assert sentence("Một câu") == "Một câu." and sentence("Một câu;") == "Một câu."
    assert sentence("Mục:") == "Mục:" and sentence("") == ""
    assert sentence("Đoạn.", ";") == "Đoạn;"
    assert listed(["a", "b.", "c;"]) == ("a;", "b;", "c.")
    assert [roman(n) for n in (1, 4, 5, 9, 14, 19)] == ["I", "IV", "V", "IX", "XIV", "XIX"]
    with pytest.raises(ValueError):
        roman(0)


def test_the_unit_in_a_sentence() -> None:
    assert unit_in_sentence("Xã Di Linh") == "xã Di Linh"
    assert unit_in_sentence("Phường Xuân Hương - Đà Lạt") == "phường Xuân Hương - Đà Lạt"
    assert unit_in_sentence("Đặc khu Phú Quý") == "đặc khu Phú Quý"
    assert committee_of("Xã Di Linh") == "Ủy ban nhân dân xã Di Linh"
    assert level_word("Phường 1 Bảo Lộc") == "phường"
    assert Person("K'Tiếp", "").text() == "K'Tiếp"


def test_the_draft_rule() -> None:
    assert draft_state(None, date(2027, 1, 6)) == (True, None, 2027)
    assert draft_state(None, None) == (True, None, None)
    assert draft_state(3, date(2027, 1, 6)) == (False, date(2027, 1, 6), None)
