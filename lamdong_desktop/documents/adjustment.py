"""Quyết định điều chỉnh việc thực hiện đề xuất đổi mới, sáng tạo: the head's short decision (ND 73/2023 Đ9).

The layout of ``decision``: the authority, the legal bases in italics (the approval decision among them), "QUYẾT
ĐỊNH:", then Điều 1 (what is adjusted, why, the new end day if any), Điều 2 (the rest of the approval stands) and
Điều 3 (effect and who executes it). Article 1 also sets, where the decision does, the indicators' new targets (a
table: the target until then and the adjusted one) and the new scope. Numbered "Số: 04/QĐ-UBND" from the register of
the body that approved the plan (the province for a head's own proposal); a draft without a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.decision import (
    ARTICLE,
    AUTHORITY_LINE,
    DECIDES,
    DECREE_73,
    EFFECT,
    EXECUTORS,
    LAW_LOCAL_GOVERNMENT,
)
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import long_date, nfc_all, split_paragraphs
from lamdong_desktop.documents.issued import (
    UNIT_ISSUER,
    ProposalRef,
    Signer,
    level_word,
    office_of,
    party_committee,
    proposal_words,
    quoted,
    sentence,
    unit_document,
)
from lamdong_desktop.documents.model import Block, Document, Paragraph, Table

DOC_TYPE = "QĐ"
KIND = "QUYẾT ĐỊNH"
SUMMARY = "Về việc điều chỉnh việc thực hiện đề xuất đổi mới, sáng tạo {title}"
APPROVAL_BASIS = "Căn cứ Quyết định số {reference} {on} của Chủ tịch UBND {level} về việc {what} {proposal}"
APPROVAL_WHAT = {"approve": "phê duyệt", "pilot": "cho thực hiện thí điểm"}
REQUEST = "Xét tình hình thực hiện đề xuất và đề nghị điều chỉnh của người thực hiện"
ADJUSTS = "Điều chỉnh việc thực hiện {proposal} như sau:"
NEW_END = "Thời gian kết thúc thực hiện được điều chỉnh đến {on}."
REASONS = "Lý do điều chỉnh: {reasons}"
OTHERS_STAND = "Các nội dung khác của Quyết định số {reference} giữ nguyên hiệu lực thi hành."
TARGETS = "Điều chỉnh mục tiêu của các chỉ tiêu định lượng như sau:"
TARGET_HEADER = ("TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu trước điều chỉnh", "Mục tiêu sau điều chỉnh")
TARGET_WIDTHS = (0.06, 0.44, 0.12, 0.19, 0.19)
NEW_SCOPE = "Phạm vi, đối tượng thực hiện được điều chỉnh: {scope}"


@dataclass(frozen=True)
class TargetRow:
    """One indicator's target as the decision changes it: "600" → "450" (trường hợp)."""

    name: str
    unit: str
    before: str
    target: str


@dataclass(frozen=True, kw_only=True)
class AdjustmentDecision:
    unit_name: str
    unit_short_name: str
    proposal: ProposalRef
    content: str
    reasons: str
    signer: Signer
    approval_reference: str = ""  # "01/QĐ-UBND"
    approval_on: date | None = None
    approval_outcome: str = "approve"  # "approve" | "pilot"
    new_end_on: date | None = None
    number: int | None = None
    date: date | None = None
    issuer_code: str = UNIT_ISSUER
    audit_head: str = ""
    targets: tuple[TargetRow, ...] = ()
    new_scope: str = ""


def adjustment_body(a: AdjustmentDecision) -> tuple[Block, ...]:
    level = level_word(a.unit_name)
    bases = [LAW_LOCAL_GOVERNMENT, DECREE_73]
    if a.approval_reference and a.approval_on:
        bases.append(APPROVAL_BASIS.format(reference=a.approval_reference, on=long_date(a.approval_on), level=level,
                                           what=APPROVAL_WHAT.get(a.approval_outcome, "phê duyệt"),
                                           proposal=proposal_words(a.proposal)))
    bases.append(REQUEST)
    blocks: list[Block] = [
        Paragraph("", lead=AUTHORITY_LINE.format(unit=a.unit_name.strip().upper()), align="center", indent=False,
                  keep_with_next=True),
        *(Paragraph(sentence(line, ";"), italic=True) for line in bases[:-1]),
        Paragraph(sentence(bases[-1]), italic=True),
        Paragraph("", lead=DECIDES, align="center", indent=False, keep_with_next=True),
        Paragraph(ADJUSTS.format(proposal=proposal_words(a.proposal)), lead=ARTICLE.format(number=1)),
        *(Paragraph(sentence(p)) for p in split_paragraphs(a.content)),
    ]
    if a.targets:
        blocks += [Paragraph(TARGETS, keep_with_next=True),
                   Table(TARGET_HEADER, tuple((str(n), t.name, t.unit, t.before, t.target)
                                              for n, t in enumerate(a.targets, start=1)), TARGET_WIDTHS,
                         align=("center", "left", "center", "right", "right"), font_size=11)]
    if a.new_scope:
        blocks.append(Paragraph(sentence(NEW_SCOPE.format(scope=" ".join(a.new_scope.split())))))
    if a.new_end_on is not None:
        blocks.append(Paragraph(NEW_END.format(on=long_date(a.new_end_on))))
    blocks.append(Paragraph(sentence(REASONS.format(reasons=" ".join(a.reasons.split())))))
    others = OTHERS_STAND.format(reference=a.approval_reference) if a.approval_reference else (
        "Các nội dung khác của quyết định phê duyệt giữ nguyên hiệu lực thi hành.")
    executors = (f"Chánh {office_of(a.unit_name)}, {a.proposal.proposer.text()}, người thực hiện và các cơ quan, "
                 "đơn vị, cá nhân có liên quan")
    blocks += [Paragraph(others, lead=ARTICLE.format(number=2)),
               Paragraph(EFFECT, lead=ARTICLE.format(number=3)), Paragraph(EXECUTORS.format(who=executors))]
    return tuple(blocks)


def adjustment_document(a: AdjustmentDecision) -> Document:
    a = nfc_all(a)
    level = level_word(a.unit_name)
    return unit_document(
        unit_name=a.unit_name, unit_short_name=a.unit_short_name, doc_type=DOC_TYPE, issuer_code=a.issuer_code,
        number=a.number, when=a.date, kind=KIND, summary=(SUMMARY.format(title=quoted(a.proposal.title)),),
        body=adjustment_body(a), signature=a.signer.signature(),
        recipients=("- Như Điều 3;", f"- {party_committee(a.unit_name)} (để báo cáo);",
                    f"- Chủ tịch, các Phó Chủ tịch UBND {level};",
                    f"- Lưu: VT, hồ sơ đề xuất {a.proposal.reference}."),
        reference=a.proposal.reference)


def render_adjustment(a: AdjustmentDecision, target: Target, *, font_source: FontSource = "auto",
                      created: datetime | None = None) -> int:
    return DocumentTemplate(font_source=font_source).render(adjustment_document(a), target, created=created,
                                                            audit_head=a.audit_head or None)


# ----- samples ----------------------------------------------------------------------------------------------------


def sample_adjustment(*, number: int | None = 9) -> AdjustmentDecision:
    from lamdong_desktop.documents.result_report import SAMPLE_PROPOSAL as proposal
    return AdjustmentDecision(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=proposal,
        content="Bổ sung thôn Kao Kuil vào phạm vi thực hiện đề xuất.\nGiao Phòng Kinh tế bố trí thêm 02 công chức "
                "địa chính cho Tổ công tác liên ngành.",
        reasons="Sau sắp xếp đơn vị hành chính, thôn Kao Kuil có 96 trường hợp cùng loại chưa được rà soát.",
        signer=Signer(name="Nguyễn Văn Hùng", title="CHỦ TỊCH", authority=("TM. ỦY BAN NHÂN DÂN",)),
        approval_reference="03/QĐ-UBND", approval_on=date(2027, 1, 6), new_end_on=date(2028, 3, 31), number=number,
        date=date(2027, 6, 2))
