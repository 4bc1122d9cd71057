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
