"""Báo cáo kết quả thực hiện đề xuất đổi mới, sáng tạo: the implementer's written report (ND 73/2023 Đ10).

``ResultReport`` holds plain values, every word already chosen by the service (the status of each indicator, the
late mark); ``report_document`` turns it into a ``model.Document`` and ``render_report`` prints it on the shared
ND 30/2020 layout. As the plan is the proposer's, the report is the implementer's own document: it takes no number
from the unit's register and is signed "NGƯỜI THỰC HIỆN" with the name. It never states what was not reported: no
damage reads as such, a missing value as "Chưa có số liệu". An indicator whose target an adjustment decision changed
shows the adjusted target, marked, and a note under the table gives the plan's target beside it (``AdjustedTarget``,
also printed by the evaluation's conclusion).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import long_date, nfc_all, split_paragraphs
from lamdong_desktop.documents.issued import (
    Person,
    ProposalRef,
    capitalised,
    committee_of,
    level_word,
    party_committee,
    proposal_words,
    quoted,
)
from lamdong_desktop.documents.model import Block, BulletList, Document, Heading, Paragraph, Signature, Table

KIND = "BÁO CÁO"
SUMMARY = "Kết quả thực hiện đề xuất đổi mới, sáng tạo {title}"
SIGNER_TITLE = "NGƯỜI THỰC HIỆN"
HEADING_PROCESS = "I. QUÁ TRÌNH THỰC HIỆN"
HEADING_RESULTS = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"
HEADING_DAMAGE = "III. THIỆT HẠI (NẾU CÓ)"
HEADING_EXPLANATION = "IV. GIẢI TRÌNH CỦA NGƯỜI THỰC HIỆN"
HEADINGS = (HEADING_PROCESS, HEADING_RESULTS, HEADING_DAMAGE, HEADING_EXPLANATION)

INTRO = ("Thực hiện {decision}, {proposal} do {proposer} đề xuất, người thực hiện báo cáo kết quả thực hiện theo "
         "Điều 10 Nghị định số 73/2023/NĐ-CP như sau:")
DECISION_WORDS = "Quyết định số {reference} {on} của {who}"
PERIOD = "Thời gian thực hiện: từ {start} đến {end}."
PERIOD_STOPPED = ("Thời gian thực hiện: từ {start}; dừng thực hiện {end} theo quyết định của người đứng đầu, lý do: "
                  "{why}")
IMPLEMENTERS = "Người thực hiện: {names}."
ADJUSTED = "Điều chỉnh theo Quyết định số {reference} {on}: {content}"
DIFFICULTIES = "Khó khăn, vướng mắc trong quá trình thực hiện:"
NO_DIFFICULTY = "Không có khó khăn, vướng mắc nào được báo cáo."
TABLE_HEADER = ("TT", "Chỉ tiêu", "Đơn vị", "Ban đầu", "Mục tiêu", "Đạt được", "Tỷ lệ", "Đánh giá")
TABLE_WIDTHS = (0.05, 0.29, 0.1, 0.1, 0.11, 0.12, 0.09, 0.14)
TALLY = "Đạt {reached}/{total} chỉ tiêu định lượng; theo số liệu đã ghi nhận, kết quả: {suggested}."
NO_INDICATORS = "Kế hoạch không có chỉ tiêu định lượng."
NO_DAMAGE = "Việc thực hiện không gây thiệt hại."
DAMAGE_ESTIMATE = "Giá trị thiệt hại ước tính: {estimate}"
DAMAGE_CAUSE = "Nguyên nhân: {cause}"
ADJUSTED_MARK = " (*)"
ADJUSTED_NOTE = ("(*) Chỉ tiêu “{name}”: mục tiêu theo kế hoạch {planned}, điều chỉnh thành {target} theo Quyết định "
                 "số {reference} {on}; kết quả được so với mục tiêu đã điều chỉnh.")


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator as the report prints it (the service writes every cell: "1.200", "66,7%", "Đạt")."""

    name: str
    unit: str
    baseline: str
    target: str
    reached: str  # the latest value, or "Chưa có số liệu"
    share: str  # "66,7%", or "—"
    status: str  # "Đạt", "Chưa đạt" …


@dataclass(frozen=True)
class AdjustedTarget:
    """An indicator's target as the plan set it and as an adjustment decision changed it ("600 trường hợp")."""

    name: str
    planned: str
    target: str
    reference: str  # "02/QĐ-UBND"
    issued_on: date | None = None

    def note(self) -> str:
        on = long_date(self.issued_on) if self.issued_on else ""
        return " ".join(ADJUSTED_NOTE.format(name=self.name, planned=self.planned, target=self.target,
                                             reference=self.reference, on=on).split())


def adjusted_notes(targets: tuple[AdjustedTarget, ...]) -> list[Block]:
    """The notes under an indicator table: each adjusted target with the plan's beside it."""
    return [Paragraph(t.note(), italic=True, indent=False) for t in targets]


@dataclass(frozen=True)
class Adjustment:
    reference: str  # "04/QĐ-UBND"
    issued_on: date
    content: str


@dataclass(frozen=True, kw_only=True)
class ResultReport:
    """Everything the printed report shows. ``late_note``: the late mark, in the service's words ("" on time)."""

    unit_name: str
    unit_short_name: str
    proposal: ProposalRef
    reporter: Person
    implementers: tuple[Person, ...]
    decision_reference: str  # the approval the implementation followed ("01/QĐ-UBND"); "" if unknown
    decision_on: date | None
    started_on: date
    ended_on: date
    stopped_reason: str = ""  # set when the head stopped it
    adjustments: tuple[Adjustment, ...] = ()
    difficulties: tuple[str, ...] = ()
    indicators: tuple[IndicatorRow, ...] = ()
    reached: int = 0
    suggested: str = ""  # "Hoàn thành một phần"
    damage: bool = False
    damage_estimate: str = ""
    damage_cause: str = ""
    explanation: str = ""
    reported_on: date | None = None
    late_note: str = ""
    recipients: tuple[str, ...] = ()
    audit_head: str = ""
    adjusted_targets: tuple[AdjustedTarget, ...] = ()  # marked "(*)" in the table (the row's target is the adjusted)
    level_name: str = ""  # the body that approved it and evaluates it ("Tỉnh Lâm Đồng"); the unit's when ""


def _paragraphs(value: str) -> list[Block]:
    return [Paragraph(p) for p in split_paragraphs(value)]


def _period(r: ResultReport) -> str:
    if r.stopped_reason:
        why = " ".join(r.stopped_reason.split()).rstrip(".")
        return PERIOD_STOPPED.format(start=long_date(r.started_on), end=long_date(r.ended_on), why=why) + "."
    return PERIOD.format(start=long_date(r.started_on), end=long_date(r.ended_on))


def report_body(r: ResultReport) -> tuple[Block, ...]:
    who = f"Chủ tịch {committee_of(r.level_name or r.unit_name)}"
    decision = (DECISION_WORDS.format(reference=r.decision_reference, on=long_date(r.decision_on), who=who)
                if r.decision_reference and r.decision_on else "quyết định phê duyệt")
    blocks: list[Block] = [Paragraph(INTRO.format(decision=decision, proposal=proposal_words(r.proposal),
                                                  proposer=r.proposal.proposer.text()))]
    if r.late_note:
        blocks.append(Paragraph(r.late_note, italic=True))
    blocks += [Heading(HEADING_PROCESS), Paragraph(_period(r)),
               Paragraph(IMPLEMENTERS.format(names="; ".join(p.text() for p in r.implementers)))]
    blocks += [Paragraph(ADJUSTED.format(reference=a.reference, on=long_date(a.issued_on),
                                         content=" ".join(a.content.split())))
               for a in r.adjustments]
    if r.difficulties:
        blocks += [Paragraph(DIFFICULTIES, keep_with_next=True),
                   BulletList(tuple(" ".join(d.split()) for d in r.difficulties))]
    else:
        blocks.append(Paragraph(NO_DIFFICULTY))
    blocks.append(Heading(HEADING_RESULTS))
    if r.indicators:
        rows = tuple((str(n), i.name, i.unit, i.baseline, i.target, i.reached, i.share, i.status)
                     for n, i in enumerate(r.indicators, start=1))
        blocks += [Table(TABLE_HEADER, rows, TABLE_WIDTHS,
                         align=("center", "left", "center", "right", "right", "right", "right", "center"),
                         font_size=11),
                   *adjusted_notes(r.adjusted_targets),
                   Paragraph(TALLY.format(reached=r.reached, total=len(r.indicators), suggested=r.suggested.lower()))]
    else:
        blocks.append(Paragraph(NO_INDICATORS, italic=True))
    blocks.append(Heading(HEADING_DAMAGE))
    if r.damage:
        blocks += [Paragraph(DAMAGE_ESTIMATE.format(estimate=" ".join(r.damage_estimate.split()))),
                   Paragraph(DAMAGE_CAUSE.format(cause=" ".join(r.damage_cause.split())))]
    else:
        blocks.append(Paragraph(NO_DAMAGE))
    blocks += [Heading(HEADING_EXPLANATION), *_paragraphs(r.explanation)]
    return tuple(blocks)


def default_recipients(r: ResultReport) -> tuple[str, ...]:
    """The head who evaluates it (the province, for a head's own proposal), the party committee of that level for its
    opinion (ND 73 Đ11); the dossier."""
    evaluator = r.level_name or r.unit_name
    return (f"- Chủ tịch UBND {level_word(evaluator)} (để đánh giá);",
            f"- {party_committee(evaluator)} (để cho ý kiến);", f"- Lưu: hồ sơ đề xuất {r.proposal.reference}.")


def report_document(r: ResultReport) -> Document:
    """The generic document model of the report (NFC throughout)."""
    r = nfc_all(r)
    return Document(
        issuer=("ỦY BAN NHÂN DÂN", r.unit_name.upper()),
        number_line="",  # the implementer's own document: no number from the unit's register (domain §4)
        place=r.unit_short_name, date=r.reported_on, kind=KIND,
        summary=(capitalised(SUMMARY.format(title=quoted(r.proposal.title))),),
        body=report_body(r), signature=Signature(title=SIGNER_TITLE, name=r.reporter.name),
        recipients=r.recipients or default_recipients(r),
        draft=r.reported_on is None, draft_year=None, reference=r.proposal.reference,
    )


def render_report(r: ResultReport, target: Target, *, font_source: FontSource = "auto",
                  created: datetime | None = None) -> int:
    """Print ``r`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(report_document(r), target, created=created,
                                                            audit_head=r.audit_head or None)


# ----- samples ----------------------------------------------------------------------------------------------------


SAMPLE_PROPOSAL = ProposalRef(
    "DX-2026-041", "Rút ngắn thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu bằng xác minh liên ngành một lần "
    "tại thực địa", Person("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã"))


def sample_report(*, late: bool = False, damage: bool = False) -> ResultReport:
    """The report of the land proposal of Xã Di Linh: partly completed; ``late`` two working days after its limit;
    ``damage`` with the cost of a survey done twice."""
    proposal = SAMPLE_PROPOSAL
    return ResultReport(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=proposal, reporter=proposal.proposer,
        implementers=(proposal.proposer, Person("Hoàng Đức Long", "Trưởng phòng Kinh tế")),
        decision_reference="03/QĐ-UBND", decision_on=date(2027, 1, 6), started_on=date(2027, 1, 15),
        ended_on=date(2027, 12, 31),
        adjustments=(Adjustment("09/QĐ-UBND", date(2027, 6, 2), "Bổ sung thôn Kao Kuil vào phạm vi thực hiện."),),
        difficulties=("Thiếu ảnh viễn thám năm 2024 cho 3 thôn vùng sâu trong quý I.",),
        indicators=(IndicatorRow("Thời gian giải quyết bình quân một hồ sơ", "ngày", "68", "≤ 30", "28", "105,3%",
                                 "Đạt"),
                    IndicatorRow("Số trường hợp được cấp Giấy chứng nhận", "trường hợp", "0", "600", "452", "75,3%",
                                 "Chưa đạt")),
        reached=1, suggested="Hoàn thành một phần", damage=damage,
        damage_estimate="Khoảng 24.000.000 đồng chi phí đo đạc lại 40 thửa" if damage else "",
        damage_cause="Bản đồ địa chính cũ sai lệch so với hiện trạng" if damage else "",
        explanation="Số trường hợp được cấp Giấy chứng nhận chưa đạt do 148 hồ sơ vướng quy hoạch, đã báo cáo tỉnh.",
        reported_on=date(2028, 1, 11) if late else date(2028, 1, 5),
        late_note=("Báo cáo sau thời hạn 05 ngày làm việc kể từ ngày kết thúc thực hiện (Nghị định 73/2023/NĐ-CP, "
                   "Điều 10) (Muộn 2 ngày làm việc; hạn 07/01/2028)") if late else "",
    )
