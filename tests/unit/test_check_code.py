"""The check code of a printed page: its characters, its check character, and what ``verify --code`` reads."""

from __future__ import annotations

import hashlib

import pytest

from lamdong_desktop.domain import check_code as codes
from lamdong_desktop.domain.errors import ValidationError


def _code(text: str) -> str:
    return codes.short_code(hashlib.sha256(text.encode()).hexdigest())


def test_a_short_code_is_55_bits_of_the_hash_in_unambiguous_characters_and_a_check():
    digest = hashlib.sha256(b"Quyet dinh so 05").hexdigest()
    code = codes.short_code(digest)
    assert len(code) == 12 and set(code) <= set(codes.ALPHABET)
    assert not set("ILOU") & set(codes.ALPHABET)
    # The first 11 characters are the hash's first 55 bits, most significant first.
    value = 0
    for ch in code[:11]:
        value = value * 32 + codes.ALPHABET.index(ch)
    assert value == int(digest[:14], 16) >> 1
    assert codes.grouped(code) == f"{code[:4]}-{code[4:8]}-{code[8:]}"
    assert codes.normalise_code(codes.grouped(code)) == code


def test_every_single_wrong_character_is_a_typo_never_another_code():
    code = _code("Biên bản số 02/BB-HĐĐG")
    for position in range(12):
        for ch in codes.ALPHABET:
            if ch == code[position]:
                continue
            wrong = code[:position] + ch + code[position + 1:]
            with pytest.raises(ValidationError) as error:
                codes.normalise_code(wrong)
            assert error.value.code == "check_code_typo"


def test_most_swapped_neighbours_are_caught_too():
    caught = total = 0
    for n in range(200):
        code = _code(f"văn bản {n}")
        for i in range(11):
            if code[i] == code[i + 1]:
                continue
            total += 1
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
            try:
                codes.normalise_code(swapped)
            except ValidationError:
                caught += 1
    assert caught / total > 0.9


def test_typed_codes_are_read_in_any_case_with_or_without_dashes_and_with_look_alikes():
    code = _code("Giấy mời số 01/GM-UBND")
    grouped = codes.grouped(code)
    for typed in (grouped, grouped.lower(), code, f" {code[:4]} {code[4:8]} {code[8:]} ", grouped.replace("-", "–")):
        assert codes.parse(typed).code == code, typed
    if "0" in code or "1" in code:  # O for 0, I or L for 1, as people type what they see
        looked = code.replace("0", "O").replace("1", "l")
        assert codes.parse(looked).code == code


def test_the_qr_line_and_the_printed_line_are_both_read():
    code = _code("Quyết định số 05/QĐ-UBND")
    line = codes.CodeText("QD", "05/QD-UBND", "DX-2026-013", code)
    assert line.qr == f"LDV1 QD 05/QD-UBND DX-2026-013 {codes.grouped(code)}"
    typed = codes.parse(line.qr)
    assert typed.code == code and typed.claimed == line
    assert codes.parse(" | ".join(line.qr.split(" "))).claimed == line  # the fields between "|"
    assert codes.parse(line.qr.lower()).claimed == line
    printed = f"Quyết định số 05/QĐ-UBND · DX-2026-013 · mã kiểm tra {codes.grouped(code)}"
    assert codes.parse(printed) == codes.Typed(code)


def test_qr_fields_are_plain_capitals_for_the_alphanumeric_mode():
    assert codes.qr_field("05/QĐ-UBND") == "05/QD-UBND"
    assert codes.qr_field("02/BB-HĐĐG") == "02/BB-HDDG"
    assert codes.qr_field("DX-2026-013+2") == "DX-2026-013+2"
    assert codes.qr_field("") == "-"
    assert codes.qr_field("a b,c") == "A-B-C"
    assert codes.CodeText("KH", codes.DRAFT, "DX-2026-001", _code("x")).draft


@pytest.mark.parametrize("typed", ["", "   ", "hello", "K3F9-Q2MX", "K3F9-Q2MX-7ABA-1", "K3F9-Q2MX-7ABU",
                                   "LDV1 QD 05/QD-UBND K3F9-Q2MX-7ABA", "mã kiểm tra"])
def test_what_is_no_code_is_malformed(typed):
    with pytest.raises(ValidationError) as error:
        codes.parse(typed)
    assert error.value.code == "check_code_malformed"


def test_a_code_of_another_scheme_is_named_as_such():
    with pytest.raises(ValidationError) as error:
        codes.parse("LDV2 QD 05/QD-UBND DX-2026-013 K3F9-Q2MX-7ABA")
    assert error.value.code == "check_code_scheme" and error.value.params["scheme"] == "LDV2"


def test_the_example_of_the_messages_is_a_valid_code():
    from lamdong_desktop.messages import MESSAGES

    assert "K3F9-Q2MX-7ABA" in MESSAGES["check_code_malformed"]
    assert codes.normalise_code("K3F9-Q2MX-7ABA") == "K3F9Q2MX7ABA"
