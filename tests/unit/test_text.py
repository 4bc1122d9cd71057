from __future__ import annotations

import unicodedata

from lamdong_desktop.domain.text import clean, fold, matches, nfc


def test_fold_strips_marks_and_maps_d_with_stroke():
    assert fold("Đất đai") == "dat dai"
    assert fold("ĐẤT  ĐAI") == "dat dai"
    assert fold("Phường Xuân Hương - Đà Lạt") == "phuong xuan huong - da lat"
    assert fold("Giải pháp đột phá") == "giai phap dot pha"


def test_fold_of_decomposed_input_equals_fold_of_composed():
    composed = "Lâm Đồng"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert fold(decomposed) == fold(composed) == "lam dong"


def test_nfc_and_clean_normalise_boundary_input():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn   Văn Hùng ")
    assert clean(decomposed) == "Nguyễn Văn Hùng"
    assert unicodedata.is_normalized("NFC", clean(decomposed))
    assert nfc(decomposed) == unicodedata.normalize("NFC", decomposed)
    assert clean(None) == ""


def test_matches_every_word_anywhere():
    assert matches("da lat", "Phường Cam Ly - Đà Lạt")
    assert matches("DAT DAI", "Xử lý vi phạm đất đai trước 1/8/2024")
    assert not matches("dat dai nong", "đất đai")


def test_match_spans_point_into_the_original_text():
    from lamdong_desktop.domain.text import match_spans

    text = "Giải quyết ĐẤT ĐAI tồn đọng về đất đai"
    spans = match_spans(text, "dat dai")
    assert [text[a:b] for a, b in spans] == ["ĐẤT", "ĐAI", "đất", "đai"]
    assert match_spans(text, "") == [] and match_spans("", "dat") == []
    assert [text[a:b] for a, b in match_spans(text, "ton dong")] == ["tồn", "đọng"]


# ------------------------------------------------------------------------------------------ input hygiene

import pytest  # noqa: E402

from lamdong_desktop.domain.errors import ValidationError  # noqa: E402
from lamdong_desktop.domain.text import LIMITS, check_text  # noqa: E402
from lamdong_desktop.messages import describe  # noqa: E402


@pytest.mark.parametrize(
    ("value", "char"),
    [
        ("Nguyễn\x00Văn", "U+0000"),  # NUL
        ("Nguyễn\x1bVăn", "U+001B"),  # ESC (terminal escapes)
        ("Nguyễn\x7fVăn", "U+007F"),  # DEL
        ("Nguyễn\x85Văn", "U+0085"),  # C1 NEL
        ("hoso\u202efdp.exe", "U+202E"),  # right-to-left override
        ("Nguyễn\u2066Văn", "U+2066"),  # left-to-right isolate
        ("Nguyễn\u200fVăn", "U+200F"),  # right-to-left mark
        ("Nguyễn\u061cVăn", "U+061C"),  # Arabic letter mark
        ("Nguy\udcc3n", "U+DCC3"),  # lone surrogate: undecodable bytes from a command line
        ("Nguyễn\tVăn", "U+0009"),  # a tab in a one-line field
        ("Nguyễn\nVăn", "U+000A"),  # a line break in a one-line field
    ],
)
def test_forbidden_characters_are_refused_with_where_they_are(value, char):
    with pytest.raises(ValidationError) as err:
        check_text(value, field="full_name", limit="name")
    assert err.value.code == "text_control_chars"
    assert err.value.params["char"] == char
    assert err.value.params["position"] == len(value.split(chr(int(char[2:], 16)))[0]) + 1
    text = describe(err.value)
    assert text.startswith("Họ và tên có ký tự không được phép") and char in text


def test_multiline_fields_keep_tabs_and_line_breaks_but_not_other_controls():
    assert check_text("Dòng một\r\n\tDòng hai\rDòng ba", field="section:solution", limit="section",
                      multiline=True) == "Dòng một\nDòng hai\nDòng ba"
    with pytest.raises(ValidationError) as err:
        check_text("Dòng một\n\x0cDòng hai", field="section:solution", limit="section", multiline=True)
    assert err.value.params["position"] == 10
    assert describe(err.value).startswith("Mục “Nội dung, nhiệm vụ, giải pháp” có ký tự không được phép")


def test_checked_text_is_nfc_and_cleaned():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn   Văn Hùng ")
    assert check_text(decomposed, field="full_name", limit="name") == "Nguyễn Văn Hùng"
    assert check_text(None, field="full_name", limit="name") == ""
    # Vietnamese letters, Đ, the apostrophe of K'Ho names and emoji-free punctuation pass untouched.
    assert check_text("K'Brơi Ngọc Sơn — Đ/c", field="full_name", limit="name") == "K'Brơi Ngọc Sơn — Đ/c"


def test_each_field_has_a_length_limit_with_a_message():
    assert check_text("a" * LIMITS["title"], field="title", limit="title") == "a" * 300
    with pytest.raises(ValidationError) as err:
        check_text("a" * 301, field="title", limit="title")
    assert err.value.code == "text_too_long"
    assert describe(err.value) == "Tên đề xuất quá dài: 301 ký tự, tối đa 300 ký tự. Chưa có gì được lưu."
    with pytest.raises(ValidationError) as err:
        check_text("x" * 20_001, field="section:impact", limit="section", multiline=True)
    assert describe(err.value) == (
        "Mục “Dự báo tác động” quá dài: 20.001 ký tự, tối đa 20.000 ký tự. Chưa có gì được lưu."
    )
    # Spaces that cleaning removes do not count.
    assert check_text(" " * 50 + "a" * 300, field="title", limit="title") == "a" * 300


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("indicator:2:unit", "Chỉ tiêu thứ 2 (đơn vị)"),
        ("criterion:urgency", "Lý do của tiêu chí “Tính cấp bách”"),
        ("participant:1:name", "Họ tên của người tham gia thứ 1"),
        ("conflict_details", "Nội dung xung đột lợi ích"),
        ("reason", "Lý do"),
        ("correction_name", "Tên ngày nghỉ (lý do điều chỉnh lịch)"),
        ("party_org_name", "Tên tổ chức đảng"),
        ("filename", "Tên tệp đính kèm"),
        ("section:nonsense", "Nội dung đã nhập"),
    ],
)
def test_every_field_code_reads_in_vietnamese(field, words):
    from lamdong_desktop.messages import describe_field

    assert describe_field(field) == words


@pytest.mark.parametrize("value", ["\u200d", "\u200d\u200c\u200d", " \u200d ", "\u0301", "\u200d\u00ad"])
def test_a_text_with_no_visible_character_is_refused(value):
    from lamdong_desktop.domain.text import has_visible

    assert not has_visible(value)
    with pytest.raises(ValidationError) as err:
        check_text(value, field="task_title", limit="title")
    assert err.value.code == "text_invisible"
    assert err.value.params["chars"].split()[0] == f"U+{ord(value.strip()[0]):04X}"


@pytest.mark.parametrize("value", ["a\u200d", "👨\u200d👩", "K'Brơi", "1"])
def test_a_text_with_something_to_see_is_kept(value):
    assert check_text(value, field="task_title", limit="title") == value
