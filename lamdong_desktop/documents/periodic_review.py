"""Báo cáo tổng kết năm: the unit's yearly review of its initiatives (seed V.4), suggesting the completed ones for
replication and their people for commendation.

``ReviewReport`` holds plain values, every word chosen by the service; ``review_document`` turns it into a
``model.Document`` on the shared ND 30/2020 layout and ``render_review`` prints it. A report of the People's
Committee takes its number from the register ("Số: 05/BC-UBND", ND 30/2020 Phụ lục III); until one is given it
prints as a draft (the number and day left blank, "DỰ THẢO" on every page).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import nfc_all
from lamdong_desktop.documents.issued import (
    UNIT_ISSUER,
    Signer,
    committee_of,
    level_word,
    unit_document,
    unit_in_sentence,
)
from lamdong_desktop.documents.model import Block, BulletList, Document, Heading, Paragraph, Table

DOC_TYPE = "BC"  # ND 30/2020 Phụ lục III
KIND = "BÁO CÁO"
SUMMARY = "Tổng kết năm {year} việc thực hiện đề xuất đổi mới, sáng tạo; đề nghị nhân rộng, khen thưởng"
INTRO = ("Thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 "
         "của Chính phủ và Nghị quyết của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng về thực hiện cơ chế khuyến khích và "
         "bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm vì lợi ích chung, {committee} báo cáo kết quả năm "
         "{year} như sau:")
HEADING_STATES = "I. TÌNH HÌNH ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO NĂM {year}"
HEADING_RULINGS = "II. KẾT QUẢ ĐÁNH GIÁ VÀ VIỆC BẢO VỆ CÁN BỘ"
HEADING_SUGGESTED = "III. CÁC ĐỀ XUẤT ĐỀ NGHỊ NHÂN RỘNG, KHEN THƯỞNG"
HEADING_PROPOSALS = "IV. ĐỀ XUẤT, KIẾN NGHỊ"
STATES_LEAD = "Trong năm {year}, {unit} có {count} đề xuất đổi mới, sáng tạo được trình; tình trạng đến ngày báo cáo:"
NO_PROPOSAL = "Trong năm {year}, {unit} không có đề xuất đổi mới, sáng tạo nào được trình."
STATE_HEADER = ("TT", "Tình trạng", "Số đề xuất")
COUNT_WIDTHS = (0.08, 0.72, 0.2)
TOTAL = "Tổng cộng"
RULINGS_LEAD = "Trong năm {year}, {count} đề xuất được kết luận đánh giá kết quả thực hiện; kết luận về trách nhiệm:"
NO_EVALUATION = "Trong năm {year}, chưa có đề xuất nào được kết luận đánh giá kết quả thực hiện."
RULING_HEADER = ("TT", "Kết luận về trách nhiệm", "Số đề xuất")
RESULTS_LEAD = "Theo kết quả thực hiện:"
FLAGGED = ("Có {count} trường hợp không được bảo vệ, đã đề nghị Ủy ban kiểm tra xem xét theo quy định (xử lý nghiêm "
           "hành vi lợi dụng chủ trương để tham nhũng, tiêu cực, trục lợi, “lợi ích nhóm”).")
SUGGESTED_LEAD = ("Các đề xuất được đánh giá hoàn thành, có hiệu quả, không bị xem xét trách nhiệm, đề nghị nhân rộng "
                  "và xem xét khen thưởng người đề xuất, người thực hiện:")
NO_SUGGESTION = "Trong năm {year}, không có đề xuất nào được đánh giá hoàn thành để đề nghị nhân rộng, khen thưởng."
SUGGESTED_HEADER = ("TT", "Đề xuất", "Người đề xuất", "Người thực hiện", "Kết quả", "Khen thưởng")
SUGGESTED_WIDTHS = (0.06, 0.28, 0.18, 0.16, 0.17, 0.15)
PROPOSALS = ("Đề nghị nhân rộng các mô hình, giải pháp nêu tại mục III; xem xét biểu dương, khen thưởng, nâng lương "
             "trước thời hạn đối với các cá nhân có tên theo quy định (Nghị định số 73/2023/NĐ-CP, Điều 11).")
NO_PROPOSALS = "Không có."


@dataclass(frozen=True)
class SuggestedLine:
    """One initiative suggested, each cell already in words."""

    proposal: str  # "DX-2026-001 “…” (thực hiện thí điểm)"
    proposers: str  # "K'Brơi Ngọc Sơn, Chuyên viên …; …"
    implementers: str
    result: str  # "Hoàn thành, đạt 2/2 chỉ tiêu (Thông báo số 01/TB-UBND ngày 11/02/2026)"
    commendation: str  # what was given, or "Đề nghị xem xét"


@dataclass(frozen=True, kw_only=True)
class ReviewReport:
    unit_name: str
    unit_short_name: str
    year: int
    states: tuple[tuple[str, int], ...]  # (state in words, count), none zero
    rulings: tuple[tuple[str, int], ...]  # (ruling kind in words, count), every kind
    results: tuple[tuple[str, int], ...]  # (result class in words, count), none zero
    flagged: int
    suggested: tuple[SuggestedLine, ...]
    signer: Signer
    number: int | None = None  # its number in the register; None prints a draft
    date: date | None = None  # the day issued; for a draft, the day printed (only its year shows)
    issuer_code: str = UNIT_ISSUER
    recipients: tuple[str, ...] = ()
    audit_head: str = ""


def _counts(header: tuple[str, ...], rows: tuple[tuple[str, int], ...]) -> Table:
    return Table(header, tuple((str(n), what, str(count)) for n, (what, count) in enumerate(rows, 1)), COUNT_WIDTHS,
                 align=("center", "left", "center"), font_size=12,
                 footer=(("", TOTAL, str(sum(count for _, count in rows))),))


def review_body(r: ReviewReport) -> tuple[Block, ...]:
    unit = unit_in_sentence(r.unit_name)
    submitted = sum(count for _, count in r.states)
    evaluated = sum(count for _, count in r.rulings)
    blocks: list[Block] = [Paragraph(INTRO.format(committee=committee_of(r.unit_name), year=r.year)),
                           Heading(HEADING_STATES.format(year=r.year))]
    if submitted:
        blocks += [Paragraph(STATES_LEAD.format(year=r.year, unit=unit, count=submitted), keep_with_next=True),
                   _counts(STATE_HEADER, r.states)]
    else:
        blocks.append(Paragraph(NO_PROPOSAL.format(year=r.year, unit=unit)))
    blocks.append(Heading(HEADING_RULINGS))
    if evaluated:
        blocks += [Paragraph(RULINGS_LEAD.format(year=r.year, count=evaluated), keep_with_next=True),
                   _counts(RULING_HEADER, r.rulings), Paragraph(RESULTS_LEAD, keep_with_next=True),
                   BulletList(tuple(f"{what}: {count} đề xuất" + (";" if i < len(r.results) else ".")
                                    for i, (what, count) in enumerate(r.results, 1)))]
        if r.flagged:
            blocks.append(Paragraph(FLAGGED.format(count=r.flagged)))
    else:
        blocks.append(Paragraph(NO_EVALUATION.format(year=r.year)))
    blocks.append(Heading(HEADING_SUGGESTED))
    if r.suggested:
        rows = tuple((str(n), s.proposal, s.proposers, s.implementers, s.result, s.commendation)
                     for n, s in enumerate(r.suggested, 1))
        blocks += [Paragraph(SUGGESTED_LEAD, keep_with_next=True),
                   Table(SUGGESTED_HEADER, rows, SUGGESTED_WIDTHS, align=("center", "left", "left", "left", "left",
                                                                          "left"), font_size=10.5)]
    else:
        blocks.append(Paragraph(NO_SUGGESTION.format(year=r.year)))
    blocks += [Heading(HEADING_PROPOSALS), Paragraph(PROPOSALS if r.suggested else NO_PROPOSALS)]
    return tuple(blocks)


def default_recipients(r: ReviewReport) -> tuple[str, ...]:
    level = level_word(r.unit_name)
    return ("- Ban Tổ chức Tỉnh ủy (để theo dõi);", f"- Thường trực Đảng ủy {level} (để báo cáo);",
            f"- Chủ tịch, các Phó Chủ tịch UBND {level};", "- Lưu: VT.")


def review_document(r: ReviewReport) -> Document:
    """The generic document model of the report (NFC throughout)."""
    r = nfc_all(r)
    return unit_document(
        unit_name=r.unit_name, unit_short_name=r.unit_short_name, doc_type=DOC_TYPE, issuer_code=r.issuer_code,
        number=r.number, when=r.date, kind=KIND, summary=(SUMMARY.format(year=r.year),), body=review_body(r),
        signature=r.signer.signature(), recipients=r.recipients or default_recipients(r), reference=f"Năm {r.year}")


def render_review(r: ReviewReport, target: Target, *, font_source: FontSource = "auto",
                  created: datetime | None = None) -> int:
    """Print ``r`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(review_document(r), target, created=created,
                                                            audit_head=r.audit_head or None)
