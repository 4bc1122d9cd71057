"""Kế hoạch đề xuất đổi mới, sáng tạo: the proposal plan an official files (seed IV.3, ND 73/2023 Đ7.2).

``ProposalPlan`` holds plain values (the service fills it from the database); ``proposal_plan_document`` turns it
into a ``model.Document`` and ``render_proposal_plan`` prints it. The printed section headings are the constants
below, so other code and tests can find them in the PDF.

The plan is the proposer's own document (domain §4): it takes no number from the unit's register and is signed
"NGƯỜI ĐỀ XUẤT". It never states what the proposer did not declare: an unassessed criterion, an undeclared
conflict of interest and an empty section each print as such, and a draft is marked "DỰ THẢO" on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import nfc_all, short_date, split_paragraphs
from lamdong_desktop.documents.issued import level_word
from lamdong_desktop.documents.model import Block, Document, Heading, Paragraph, Signature, Table

# The printed indicators are the domain's own: one definition of what an indicator holds.
from lamdong_desktop.domain.proposals import Indicator

KIND = "KẾ HOẠCH"
SUMMARY = "Đề xuất đổi mới, sáng tạo"
SIGNER_TITLE = "NGƯỜI ĐỀ XUẤT"

# The five required sections (seed IV.3; ND 73/2023 Đ7.2), then the criteria (ND 73/2023 Đ5.1) and the
# declaration of interests.
HEADING_NECESSITY = "I. SỰ CẦN THIẾT, MỤC ĐÍCH, YÊU CẦU"
HEADING_BOTTLENECK = "II. ĐIỂM NGHẼN, NÚT THẮT"
HEADING_SOLUTION = "III. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP"
HEADING_IMPACT = "IV. DỰ BÁO TÁC ĐỘNG"
HEADING_EFFECTIVENESS = "V. HIỆU QUẢ DỰ KIẾN"
HEADING_CRITERIA = "VI. TỰ ĐÁNH GIÁ THEO TIÊU CHÍ"
HEADING_DECLARATION = "VII. KÊ KHAI XUNG ĐỘT LỢI ÍCH VÀ CAM KẾT"

SUBHEADING_SOLUTION = "1. Nội dung, nhiệm vụ, giải pháp cụ thể"
SUBHEADING_SCOPE = "2. Phạm vi, đối tượng"
SUBHEADING_TIMELINE = "3. Thời gian thực hiện"
SUBHEADING_RESOURCES = "4. Nguồn lực"
SUBHEADING_FEASIBILITY = "5. Tính khả thi"

SUBHEADING_URGENCY = "1. Tính cấp bách"
SUBHEADING_PURE_PURPOSE = "2. Mục đích trong sáng"
SUBHEADING_DEMOCRATIC_PROCESS = "3. Quy trình dân chủ"

SECTION_HEADINGS = (HEADING_NECESSITY, HEADING_BOTTLENECK, HEADING_SOLUTION, HEADING_IMPACT, HEADING_EFFECTIVENESS)
"""The five required sections, in order."""
ALL_HEADINGS = (
    HEADING_NECESSITY, HEADING_BOTTLENECK, HEADING_SOLUTION, SUBHEADING_SOLUTION, SUBHEADING_SCOPE,
    SUBHEADING_TIMELINE, SUBHEADING_RESOURCES, SUBHEADING_FEASIBILITY, HEADING_IMPACT, HEADING_EFFECTIVENESS,
    HEADING_CRITERIA, SUBHEADING_URGENCY, SUBHEADING_PURE_PURPOSE, SUBHEADING_DEMOCRATIC_PROCESS,
    HEADING_DECLARATION,
)
"""Every heading the plan prints, in order."""

INDICATOR_CAPTION = "Các chỉ tiêu định lượng"
INDICATOR_HEADER = ("STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng", "Mục tiêu", "Thời hạn")

LEGAL_BASIS = (
    "Căn cứ Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ "
    "năng động, sáng tạo vì lợi ích chung; Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ quy định về "
    "khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá vì lợi ích chung;"
)
INTRODUCTION = "Tôi xây dựng Kế hoạch đề xuất đổi mới, sáng tạo như sau:"
CRITERIA_NOTE = "(Theo khoản 1 Điều 5 Nghị định số 73/2023/NĐ-CP)"

ASSESSMENT_LEAD = "Tự đánh giá:"
MET = "Đáp ứng."
NOT_MET = "Chưa đáp ứng."
# What was not declared prints as such, never as a default answer.
NOT_ASSESSED = "(Chưa tự đánh giá.)"
NO_JUSTIFICATION = "(Chưa nêu căn cứ đánh giá.)"
NOT_DECLARED = "(Chưa kê khai.)"
EMPTY_SECTION = "(Chưa có nội dung.)"
NO_INDICATORS = "(Chưa xác định chỉ tiêu định lượng.)"
NOT_CHOSEN = "Chưa xác định."
NO_CONFLICT = (
    "Tôi cam kết đề xuất này không vì lợi ích cục bộ, lợi ích nhóm hoặc vụ lợi cá nhân; bản thân tôi không có "
    "xung đột lợi ích liên quan đến nội dung đề xuất."
)
CONFLICT = "Tôi kê khai có xung đột lợi ích liên quan đến nội dung đề xuất như sau:"
HONESTY = "Tôi cam kết chịu trách nhiệm về tính trung thực của nội dung Kế hoạch và nội dung kê khai trên."


@dataclass(frozen=True)
class CriterionAssessment:
    """The proposer's yes/no assessment of one ND 73 Đ5.1 criterion, with its justification.

    ``met`` None: not assessed yet (printed "Chưa tự đánh giá", never "Chưa đáp ứng").
    """

    met: bool | None
    justification: str = ""


@dataclass(frozen=True, kw_only=True)
class ProposalPlan:
    """Everything the printed plan shows. Long text fields may hold several paragraphs, one per line.

    ``date`` None prints blanks (a draft). ``draft`` marks every page "DỰ THẢO". ``to_province``: the proposer
    heads the unit, so the plan goes to the province (ND 73 Đ7.1) and "Nơi nhận" lists it, not the head.
    ``has_conflict_of_interest`` None: not declared yet. ``issuer`` and ``recipients`` left empty take the
    defaults of a commune-level People's Committee.
    """

    unit_name: str  # "Xã Di Linh"
    unit_short_name: str  # "Di Linh": the place in the date line
    reference: str  # the proposal's own code, "DX-2026-007"
    title: str
    author_name: str
    author_position: str  # "Phó Chủ tịch UBND xã": printed after the name in "Người đề xuất:"
    party_organisation: str
    priority_field: str
    breakthrough: bool
    broad_or_complex: bool
    necessity: str
    bottleneck: str
    solution: str
    scope: str
    timeline: str
    resources: str
    feasibility: str
    impact: str
    effectiveness: str
    indicators: tuple[Indicator, ...]
    urgency: CriterionAssessment
    pure_purpose: CriterionAssessment
    democratic_process: CriterionAssessment
    has_conflict_of_interest: bool | None = None
    conflict_of_interest: str = ""  # the declaration itself when there is a conflict; optional note otherwise
    date: date | None = None
    draft: bool = False
    to_province: bool = False
    province_name: str = "Lâm Đồng"
    issuer: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    audit_head: str = ""  # "Nhật ký #1234 · 9f3a1c2b": the audit chain's head when printed (page foot, metadata)


def default_recipients(plan: ProposalPlan) -> tuple[str, ...]:
    """Who decides, the party committee for its opinion (ND 73 Đ8), the council if broad; the proposer's file.

    ND 73 Đ7.1: a plan goes to the head of the employing unit; the head's own plan goes to the level above. Since
    1/7/2025 a commune's level above is the province: its Chairman decides, with the opinion of the provincial
    party committee's standing board, and a broad plan goes to the province's council (seed V.3).
    """
    if plan.to_province:
        lines = [f"- Chủ tịch UBND tỉnh {plan.province_name} (để xem xét);",
                 f"- Ban Thường vụ Tỉnh ủy {plan.province_name} (để cho ý kiến);"]
        council = "- Hội đồng đánh giá đề xuất đổi mới, sáng tạo của tỉnh (để đánh giá);"
    else:
        level = level_word(plan.unit_name)
        lines = [f"- Chủ tịch UBND {level} (để xem xét);", f"- Đảng ủy {level} (để cho ý kiến);"]
        council = "- Hội đồng đánh giá đề xuất đổi mới, sáng tạo (để đánh giá);"
    if plan.broad_or_complex:
        lines.append(council)
    # The proposer's own document: not registered by the unit's records office (no "VT").
    lines.append(f"- Lưu: hồ sơ đề xuất {plan.reference}.")
    return tuple(lines)


def _sentence(value: str) -> str:
    """``value`` ending with a full stop unless it already ends with punctuation."""
    value = value.strip()
    return value if not value or value[-1] in ".;:!?…" else value + "."


def _paragraphs(value: str, *, empty: str = EMPTY_SECTION) -> list[Block]:
    """One block per paragraph of ``value``; an empty field says so (``empty``, in italics)."""
    found: list[Block] = [Paragraph(p) for p in split_paragraphs(value)]
    return found or [Paragraph(empty, italic=True)]


def _criterion(heading: str, assessment: CriterionAssessment) -> list[Block]:
    if assessment.met is None:
        return [Heading(heading, level=2), Paragraph(NOT_ASSESSED, italic=True),
                *(_paragraphs(assessment.justification) if assessment.justification.strip() else [])]
    return [
        Heading(heading, level=2),
        Paragraph(MET if assessment.met else NOT_MET, lead=ASSESSMENT_LEAD),
        *_paragraphs(assessment.justification, empty=NO_JUSTIFICATION),
    ]


def _declaration(plan: ProposalPlan) -> list[Block]:
    """Section VII: the declaration as made, or "Chưa kê khai" — never a commitment nobody gave."""
    if plan.has_conflict_of_interest is None:
        return [Paragraph(NOT_DECLARED, italic=True)]
    notes = [Paragraph(p) for p in split_paragraphs(plan.conflict_of_interest)]
    if plan.has_conflict_of_interest and not notes:
        notes = [Paragraph(EMPTY_SECTION, italic=True)]
    return [Paragraph(CONFLICT if plan.has_conflict_of_interest else NO_CONFLICT), *notes, Paragraph(HONESTY)]


def _indicator_table(indicators: tuple[Indicator, ...]) -> Table:
    rows = tuple(
        (str(i), ind.name, ind.unit, ind.baseline, ind.target,
         short_date(ind.target_date) if ind.target_date else "")
        for i, ind in enumerate(indicators, start=1)
    )
    return Table(
        header=INDICATOR_HEADER,
        rows=rows,
        widths=(0.07, 0.37, 0.13, 0.14, 0.14, 0.15),
        align=("center", "left", "center", "center", "center", "center"),
        caption=INDICATOR_CAPTION,
    )


def proposal_plan_body(plan: ProposalPlan) -> tuple[Block, ...]:
    """The body blocks: legal basis, identification lines, sections I–V, criteria, declaration."""
    yes_no = {True: "Có", False: "Không"}
    scope_kind = (
        "Rộng, phức tạp (đề nghị đánh giá qua Hội đồng đánh giá đề xuất đổi mới, sáng tạo)."
        if plan.broad_or_complex else "Không thuộc trường hợp phạm vi rộng, phức tạp."
    )
    blocks: list[Block] = [
        Paragraph(LEGAL_BASIS, italic=True),
        Paragraph(INTRODUCTION),
        Paragraph(_sentence(plan.reference), lead="Mã đề xuất:"),
        Paragraph(_sentence(", ".join(p for p in (plan.author_name, plan.author_position) if p.strip())),
                  lead="Người đề xuất:"),
        Paragraph(_sentence(plan.party_organisation) or NOT_CHOSEN, lead="Tổ chức cơ sở đảng:"),
        Paragraph(_sentence(plan.priority_field) or NOT_CHOSEN, lead="Lĩnh vực ưu tiên:"),
        Paragraph(yes_no[plan.breakthrough] + ".", lead="Giải pháp đột phá:"),
        Paragraph(scope_kind, lead="Tính chất:"),
        Heading(HEADING_NECESSITY),
        *_paragraphs(plan.necessity),
        Heading(HEADING_BOTTLENECK),
        *_paragraphs(plan.bottleneck),
        Heading(HEADING_SOLUTION),
        Heading(SUBHEADING_SOLUTION, level=2),
        *_paragraphs(plan.solution),
        Heading(SUBHEADING_SCOPE, level=2),
        *_paragraphs(plan.scope),
        Heading(SUBHEADING_TIMELINE, level=2),
        *_paragraphs(plan.timeline),
        Heading(SUBHEADING_RESOURCES, level=2),
        *_paragraphs(plan.resources),
        Heading(SUBHEADING_FEASIBILITY, level=2),
        *_paragraphs(plan.feasibility),
        Heading(HEADING_IMPACT),
        *_paragraphs(plan.impact),
        Heading(HEADING_EFFECTIVENESS),
        *_paragraphs(plan.effectiveness),
    ]
    if plan.indicators:
        blocks.append(_indicator_table(plan.indicators))
    else:
        blocks.append(Paragraph(NO_INDICATORS, italic=True))
    blocks += [
        Heading(HEADING_CRITERIA),
        # The note belongs to the heading: it never ends a page without the first criterion under it.
        Paragraph(CRITERIA_NOTE, italic=True, keep_with_next=True),
        *_criterion(SUBHEADING_URGENCY, plan.urgency),
        *_criterion(SUBHEADING_PURE_PURPOSE, plan.pure_purpose),
        *_criterion(SUBHEADING_DEMOCRATIC_PROCESS, plan.democratic_process),
        Heading(HEADING_DECLARATION),
        *_declaration(plan),
    ]
    return tuple(blocks)


def proposal_plan_document(plan: ProposalPlan) -> Document:
    """The generic document model of a proposal plan (NFC throughout)."""
    plan = nfc_all(plan)
    return Document(
        issuer=plan.issuer or ("ỦY BAN NHÂN DÂN", plan.unit_name.upper()),
        number_line="",  # the proposer's own document: no number from the unit's register (domain §4)
        place=plan.unit_short_name,
        date=None if plan.draft else plan.date,
        kind=KIND,
        summary=(SUMMARY, plan.title or EMPTY_SECTION),
        body=proposal_plan_body(plan),
        signature=Signature(title=SIGNER_TITLE, name=plan.author_name),
        recipients=plan.recipients or default_recipients(plan),
        draft=plan.draft,
        reference=plan.reference,
    )


def render_proposal_plan(plan: ProposalPlan, target: Target, *, font_source: FontSource = "auto",
                         created: datetime | None = None) -> int:
    """Print ``plan`` as a PDF to ``target`` (a path, written atomically, or a binary file object).

    ``created`` is the PDF's creation date (default: now). Returns the number of pages.
    """
    return DocumentTemplate(font_source=font_source).render(proposal_plan_document(plan), target, created=created,
                                                            audit_head=plan.audit_head or None)
