"""The proposal plan read back from its PDF: header, sections, exact NFC body text, pages, margins, fonts."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from lamdong_desktop.documents import layout, proposal_plan
from lamdong_desktop.documents.formatting import split_paragraphs
from lamdong_desktop.documents.proposal_plan import (
    ALL_HEADINGS,
    SECTION_HEADINGS,
    default_recipients,
    proposal_plan_document,
    render_proposal_plan,
)
from lamdong_desktop.documents.samples import sample_proposal_plan
from tests.documents.conftest import NFD_NECESSITY, Rendered
from tests.documents.pdftext import Run, document_text, flat, runs

PAGE_W, PAGE_H = 595.27, 841.89
LEFT, RIGHT = layout.MARGIN_LEFT_MM * mm, PAGE_W - layout.MARGIN_RIGHT_MM * mm
BOTTOM, TOP = layout.MARGIN_BOTTOM_MM * mm, PAGE_H - layout.MARGIN_TOP_MM * mm
CENTRE = (LEFT + RIGHT) / 2


@pytest.fixture(scope="module")
def text(plan_pdf: Rendered) -> str:
    return document_text(plan_pdf.path)


@pytest.fixture(scope="module")
def page_runs(plan_pdf: Rendered) -> list[list[Run]]:
    return [runs(page) for page in PdfReader(plan_pdf.path).pages]


def test_pages_are_a4_portrait(plan_pdf: Rendered) -> None:
    reader = PdfReader(plan_pdf.path)
    assert len(reader.pages) == plan_pdf.pages >= 3
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(595.27, abs=1)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=1)


def test_header_title_and_sections(text: str) -> None:
    for expected in (
        "ỦY BAN NHÂN DÂN", "XÃ DI LINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Di Linh, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "Đề xuất đổi mới, sáng tạo",
        "Mã đề xuất: DX-2026-007", "Giải pháp đột phá: Có.", "Các chỉ tiêu định lượng",
        "Tự đánh giá: Đáp ứng.", proposal_plan.NO_CONFLICT,
    ):
        assert expected in text, expected
    # The proposer's own document: no number from the unit's KH-UBND register (the code is only a reference).
    assert "KH-UBND" not in text and "Số:" not in text
    positions = [text.index(heading) for heading in ALL_HEADINGS]
    assert positions == sorted(positions)  # every heading, in order
    assert len(SECTION_HEADINGS) == 5


def test_body_text_comes_out_exactly_and_in_nfc(plan_pdf: Rendered, text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    plan = plan_pdf.plan
    expected = [*split_paragraphs(NFD_NECESSITY), *split_paragraphs(plan.necessity),
                *split_paragraphs(plan.bottleneck), *split_paragraphs(plan.solution),
                *split_paragraphs(plan.effectiveness), unicodedata.normalize("NFC", plan.title),
                unicodedata.normalize("NFC", plan.author_name)]
    for paragraph in expected:
        assert flat(paragraph) in text, paragraph
    decomposed = unicodedata.normalize("NFD", split_paragraphs(NFD_NECESSITY)[0])
    assert decomposed not in text


def test_indicator_table_rows(text: str) -> None:
    assert "STT Chỉ tiêu Đơn vị tính Hiện trạng Mục tiêu Thời hạn" in text
    assert "1 Thời gian giải quyết bình quân một hồ sơ cấp Giấy chứng nhận ngày 68 ≤ 30 31/12/2026" in text
    assert "trường hợp 0 ≥ 600 31/12/2026" in text


def test_signature_and_recipients(text: str, page_runs: list[list[Run]]) -> None:
    assert "Nơi nhận: - Chủ tịch UBND xã (để xem xét); - Đảng ủy xã (để cho ý kiến);" in text
    assert text.index("- Lưu: hồ sơ đề xuất DX-2026-007.") < text.index("NGƯỜI ĐỀ XUẤT Nguyễn Thị Hồng Nhung")
    assert "PHÓ CHỦ TỊCH UBND XÃ" not in text  # the position is in "Người đề xuất:", not above the signature
    last = {r.text.strip(): r for r in page_runs[-1]}
    title, name, recipients = last["NGƯỜI ĐỀ XUẤT"], last["Nguyễn Thị Hồng Nhung"], last["Nơi nhận:"]
    assert title.face == name.face == "LiberationSerif-Bold"
    assert title.x > CENTRE - 20 and name.x > CENTRE - 20  # the signature is in the right half
    assert recipients.x == pytest.approx(LEFT, abs=0.5)
    assert (recipients.face, recipients.size) == ("LiberationSerif-BoldItalic", 12)
    assert recipients.y == pytest.approx(title.y, abs=3)  # same table row, top aligned
    assert title.y - name.y > 60  # room to sign
    assert last["- Đảng ủy xã (để cho ý kiến);"].size == 11


def test_header_layout_on_page_one(page_runs: list[list[Run]]) -> None:
    first = {r.text.strip(): r for r in page_runs[0]}
    issuer, nation = first["ỦY BAN NHÂN DÂN"], first["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    motto, when = first["Độc lập - Tự do - Hạnh phúc"], first["Di Linh, ngày 05 tháng 01 năm 2026"]
    title = first["KẾ HOẠCH"]
    assert (issuer.face, issuer.size) == ("LiberationSerif-Bold", 13)
    assert nation.face == "LiberationSerif-Bold" and nation.size in (12, 13)
    assert (motto.face, motto.size) == ("LiberationSerif-Bold", 14)
    assert (when.face, when.size) == ("LiberationSerif-Italic", 14)
    assert title.face == "LiberationSerif-Bold"
    assert issuer.y == pytest.approx(nation.y, abs=1)  # side by side
    assert issuer.x + issuer.width < nation.x
    assert not [r for r in page_runs[0] if r.y == pytest.approx(when.y, abs=2) and r.x < when.x]  # no number
    assert title.x + title.width / 2 == pytest.approx(CENTRE, abs=1)
    assert title.y < when.y


def test_page_numbers_from_page_two_in_the_top_margin(page_runs: list[list[Run]]) -> None:
    assert not [r for r in page_runs[0] if r.y > TOP]  # page 1: nothing in the top margin
    for number, page in enumerate(page_runs[1:], start=2):
        marks = [r for r in page if r.y > TOP]
        assert [r.text.strip() for r in marks] == [str(number)]
        mark = marks[0]
        assert mark.x + mark.width / 2 == pytest.approx(CENTRE, abs=1)
        assert TOP < mark.y and mark.y + mark.size * 0.75 < PAGE_H


def test_all_text_lies_within_the_margins(page_runs: list[list[Run]]) -> None:
    for number, page in enumerate(page_runs, start=1):
        body = [r for r in page if not (number > 1 and r.y > TOP)]
        assert body
        for run in body:
            assert run.x >= LEFT - 0.5, (number, run)
            assert run.x + run.width <= RIGHT + 0.5, (number, run)
            assert run.y >= BOTTOM - 0.5, (number, run)
            assert run.y + run.size * 0.75 <= TOP + 0.5, (number, run)
        # the body reaches both margins: justified text really uses the whole width
        assert min(r.x for r in body) == pytest.approx(LEFT, abs=0.5)


def test_body_paragraphs_use_14pt_with_first_line_indent(page_runs: list[list[Run]]) -> None:
    body = [r for r in page_runs[1] if r.face == "LiberationSerif" and r.y < TOP]
    assert {r.size for r in body} == {14}
    assert any(r.x == pytest.approx(LEFT + layout.FIRST_LINE_INDENT, abs=0.5) for r in body)


def test_fonts_embedded_are_the_bundled_liberation_serif(plan_pdf: Rendered) -> None:
    faces = set()
    for page in PdfReader(plan_pdf.path).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            faces.add(str(font["/BaseFont"]).split("+")[-1])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()  # embedded TrueType
    assert faces == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                     "LiberationSerif-BoldItalic"}


def test_draft_plan_with_broad_scope(tmp_path: Path) -> None:
    plan = dataclasses.replace(sample_proposal_plan(), draft=True, broad_or_complex=True,
                               has_conflict_of_interest=True,
                               conflict_of_interest="Em ruột tôi có một thửa đất thuộc diện rà soát.")
    assert "- Hội đồng đánh giá đề xuất đổi mới, sáng tạo (để đánh giá);" in default_recipients(plan)
    path = tmp_path / "draft.pdf"
    render_proposal_plan(plan, path, font_source="bundled")
    text = document_text(path)
    assert "KH-UBND" not in text and "Di Linh, ngày tháng năm" in text  # a draft has no date yet
    assert "Hội đồng đánh giá đề xuất đổi mới, sáng tạo (để đánh giá);" in text
    assert f"{proposal_plan.CONFLICT} Em ruột tôi có một thửa đất thuộc diện rà soát." in text


def test_document_model_defaults() -> None:
    phuong = dataclasses.replace(sample_proposal_plan(), unit_name="Phường Lâm Viên - Đà Lạt",
                                 unit_short_name="Lâm Viên - Đà Lạt")
    doc = proposal_plan_document(phuong)
    assert doc.issuer == ("ỦY BAN NHÂN DÂN", "PHƯỜNG LÂM VIÊN - ĐÀ LẠT")
    assert doc.recipients[0] == "- Chủ tịch UBND phường (để xem xét);"
    assert doc.recipients[-1] == "- Lưu: hồ sơ đề xuất DX-2026-007."  # the proposer keeps it, not the unit's VT
    assert doc.signature.title == "NGƯỜI ĐỀ XUẤT" and doc.signature.authority == ""
    assert doc.number_line == "" and not doc.draft
