"""The proposal plan read back from its PDF: header, sections, exact NFC body text (its pages, margins and fonts:
test_layout)."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from lamdong_desktop.documents import proposal_plan
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
from tests.documents.layout_checks import CENTRE, LEFT
from tests.documents.pdftext import Run, document_text, flat, runs


@pytest.fixture(scope="module")
def text(plan_pdf: Rendered) -> str:
    return document_text(plan_pdf.path)


@pytest.fixture(scope="module")
def page_runs(plan_pdf: Rendered) -> list[list[Run]]:
    return [runs(page) for page in PdfReader(plan_pdf.path).pages]


def test_the_sample_runs_to_several_pages(plan_pdf: Rendered) -> None:
    # The layout of every page is checked for every form in test_layout; this plan is one of them.
    assert plan_pdf.pages >= 3


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


def test_the_plan_has_no_number_beside_its_date(page_runs: list[list[Run]]) -> None:
    first = {r.text.strip(): r for r in page_runs[0]}
    when = first["Di Linh, ngày 05 tháng 01 năm 2026"]
    assert not [r for r in page_runs[0] if r.y == pytest.approx(when.y, abs=2) and r.x < when.x]


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
