"""The printed plan states only what the proposer declared; drafts say so; headings stay with their text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from lamdong_desktop.documents import layout, proposal_plan
from lamdong_desktop.documents.base import render
from lamdong_desktop.documents.model import Document, Heading, Paragraph, Signature
from lamdong_desktop.documents.proposal_plan import (
    ALL_HEADINGS,
    CriterionAssessment,
    ProposalPlan,
    render_proposal_plan,
)
from lamdong_desktop.documents.samples import sample_proposal_plan
from tests.documents.conftest import Rendered
from tests.documents.pdftext import Run, document_text, flat, runs

TOP = 841.89 - layout.MARGIN_TOP_MM * mm
UNASSESSED = CriterionAssessment(met=None)


def _undeclared_draft() -> ProposalPlan:
    """A draft as first saved: no criterion assessed, no declaration made, sections II and IV left empty."""
    return dataclasses.replace(
        sample_proposal_plan(), draft=True, bottleneck="", impact="  \n ", urgency=UNASSESSED,
        pure_purpose=UNASSESSED, democratic_process=UNASSESSED, has_conflict_of_interest=None,
        party_organisation="",
    )


@pytest.fixture(scope="module")
def draft_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("draft") / "draft.pdf"
    render_proposal_plan(_undeclared_draft(), path, font_source="bundled")
    return path


def _page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def test_undeclared_items_print_as_such_never_as_a_default_answer(draft_pdf: Path) -> None:
    text = document_text(draft_pdf)
    assert text.count(proposal_plan.NOT_ASSESSED) == 3  # the three ND 73 Đ5.1 criteria
    assert "Chưa tự đánh giá" in text and "Chưa kê khai" in text
    assert "Chưa đáp ứng" not in text and "Đáp ứng" not in text
    # No commitment the proposer never gave: neither "no conflict" nor the honesty pledge about a declaration.
    assert flat(proposal_plan.NO_CONFLICT) not in text
    assert "không có xung đột lợi ích" not in text
    assert flat(proposal_plan.HONESTY) not in text
    assert "Tổ chức cơ sở đảng: Chưa xác định." in text


def test_empty_sections_of_a_draft_say_so(draft_pdf: Path) -> None:
    text = document_text(draft_pdf)
    note = proposal_plan.EMPTY_SECTION
    assert f"{proposal_plan.HEADING_BOTTLENECK} {note} {proposal_plan.HEADING_SOLUTION}" in text
    assert f"{proposal_plan.HEADING_IMPACT} {note} {proposal_plan.HEADING_EFFECTIVENESS}" in text
    assert text.count(note) == 2


def test_a_declared_but_unjustified_criterion_says_what_is_missing(tmp_path: Path) -> None:
    plan = dataclasses.replace(sample_proposal_plan(), urgency=CriterionAssessment(met=False))
    path = tmp_path / "plan.pdf"
    render_proposal_plan(plan, path, font_source="bundled")
    text = document_text(path)
    assert f"{proposal_plan.SUBHEADING_URGENCY} Tự đánh giá: Chưa đáp ứng. {proposal_plan.NO_JUSTIFICATION}" in text


def test_draft_mark_on_every_page_of_a_draft(draft_pdf: Path) -> None:
    reader = PdfReader(draft_pdf)
    assert len(reader.pages) >= 3
    for number, page in enumerate(reader.pages, start=1):
        marks = [r for r in runs(page) if r.text.strip() == layout.DRAFT_MARK]
        assert len(marks) == 1, number
        assert marks[0].y > TOP and marks[0].face == "LiberationSerif-Bold"  # in the top margin
    assert "Di Linh, ngày tháng năm" in document_text(draft_pdf)  # a draft has no date


def test_no_draft_mark_on_a_submitted_plan(plan_pdf: Rendered) -> None:
    assert not plan_pdf.plan.draft
    for text in _page_texts(plan_pdf.path):
        assert layout.DRAFT_MARK not in text


def test_signed_by_the_proposer_without_a_register_number(draft_pdf: Path, plan_pdf: Rendered) -> None:
    for path in (draft_pdf, plan_pdf.path):
        text = document_text(path)
        assert text.endswith("NGƯỜI ĐỀ XUẤT Nguyễn Thị Hồng Nhung")
        assert "KH-UBND" not in text and "Số:" not in text
        assert "Mã đề xuất: DX-2026-007." in text


def test_a_heads_own_proposal_goes_to_the_province(tmp_path: Path) -> None:
    plan = dataclasses.replace(sample_proposal_plan(), author_name="Nguyễn Văn Hùng",
                               author_position="Chủ tịch UBND xã", to_province=True, broad_or_complex=True)
    path = tmp_path / "head.pdf"
    render_proposal_plan(plan, path, font_source="bundled")
    text = document_text(path)
    assert ("Nơi nhận: - Chủ tịch UBND tỉnh Lâm Đồng (để xem xét); - Ban Thường vụ Tỉnh ủy Lâm Đồng (để cho ý kiến); "
            "- Hội đồng đánh giá đề xuất đổi mới, sáng tạo của tỉnh (để đánh giá); "
            "- Lưu: hồ sơ đề xuất DX-2026-007.") in text
    recipients = text.partition("Nơi nhận:")[2]
    assert "UBND xã" not in recipients and "Đảng ủy xã" not in recipients
    assert text.endswith("NGƯỜI ĐỀ XUẤT Nguyễn Văn Hùng")


def _page_of(pages: list[list[Run]], predicate: object) -> int:
    found = [number for number, page in enumerate(pages) for run in page if predicate(run)]  # type: ignore[operator]
    assert found, predicate
    return found[0]


def test_every_heading_of_the_plan_starts_on_the_page_of_its_text(tmp_path: Path) -> None:
    # Different lengths of section I move every later heading to many places on the page.
    for extra in range(0, 6):
        path = tmp_path / f"plan{extra}.pdf"
        render_proposal_plan(sample_proposal_plan(extra_paragraphs=extra), path, font_source="bundled")
        pages = [runs(page) for page in PdfReader(path).pages]
        note = _page_of(pages, lambda r: r.text.strip().startswith(proposal_plan.CRITERIA_NOTE))
        assert note == _page_of(pages, lambda r: r.text.strip() == proposal_plan.HEADING_CRITERIA), extra
        assert note == _page_of(pages, lambda r: r.text.strip() == proposal_plan.SUBHEADING_URGENCY), extra
        for heading in ALL_HEADINGS:
            page = _page_of(pages, lambda r, h=heading: r.text.strip() == h)
            lines = [r for r in pages[page] if r.y < TOP]
            below = [r for r in lines if r.y < next(x.y for x in lines if x.text.strip() == heading)]
            assert below, (extra, heading)  # something of its section follows it on the same page


def _numbered_document(sizes: list[int]) -> Document:
    """Sections "Mục n", each a heading, sometimes a sub-heading and a kept note, then a paragraph of
    ``sizes[n]`` lines that starts with "Đoạn n"."""
    filler = "chữ điền cho đủ dòng để đoạn văn dài thêm một chút nữa theo thể thức văn bản hành chính "
    body: list[Heading | Paragraph] = []
    for n, lines in enumerate(sizes):
        body.append(Heading(f"Mục {n}"))
        if n % 3 == 1:
            body.append(Heading(f"Tiểu mục {n}", level=2))
        if n % 3 == 2:
            body.append(Paragraph(f"(Ghi chú {n})", italic=True, keep_with_next=True))
        body.append(Paragraph(f"Đoạn {n} " + filler * (lines * 3 // 2)))
    return Document(issuer=("ỦY BAN NHÂN DÂN", "XÃ DI LINH"), number_line="", place="Di Linh", date=None,
                    kind="Kế hoạch", summary=("Thử bố cục",), body=tuple(body),
                    signature=Signature(title="Người đề xuất", name="Nguyễn Văn A"))


def test_a_heading_never_ends_a_page(tmp_path: Path) -> None:
    sizes = [(n * 7) % 11 + 1 for n in range(60)]  # 1–11 lines, in an order that lands headings everywhere
    path = tmp_path / "layout.pdf"
    render(_numbered_document(sizes), path, font_source="bundled")
    pages = [[r for r in runs(page) if r.y < TOP] for page in PdfReader(path).pages]
    assert len(pages) >= 8
    moved = 0
    for n in range(len(sizes)):
        heading = _page_of(pages, lambda r, n=n: r.text.strip() == f"Mục {n}")
        assert heading == _page_of(pages, lambda r, n=n: r.text.startswith(f"Đoạn {n} ")), n
        if n % 3 == 2:
            assert heading == _page_of(pages, lambda r, n=n: r.text.strip() == f"(Ghi chú {n})"), n
        top = max(pages[heading], key=lambda r: r.y)
        moved += heading > 0 and top.text.strip() == f"Mục {n}"
    assert moved  # the rule was put to work: some heading went over to the next page with its text
