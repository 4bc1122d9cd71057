"""Thông báo kết luận đánh giá kết quả thực hiện đề xuất: the head's conclusion with the protection ruling (ND 73/2023
Đ11; domain.md §4).

``EvaluationConclusion`` holds plain values, every word chosen by the service (the result class, each condition's
finding, the ruling in one plain sentence); ``evaluation_document`` turns it into a ``model.Document`` and
``render_evaluation`` prints it. It is issued from the register as a Thông báo ("Số: 03/TB-UBND"): ND 30/2020 Phụ
lục III has no type of its own for a conclusion of a People's Committee; its summary names it "Kết luận đánh giá".
It states where the result was weighed (the report, the party committee's opinion, the meeting and its vote), what
was found, and the ruling, a measure for each liability where damage occurred.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import long_date, nfc_all, split_paragraphs
from lamdong_desktop.documents.issued import (
    UNIT_ISSUER,
    MeetingKind,
    Person,
    ProposalRef,
    Signer,
    capitalised,
    committee_of,
    level_word,
    party_committee,
    proposal_words,
    quoted,
    sentence,
    unit_document,
)
from lamdong_desktop.documents.model import Block, BulletList, Document, Paragraph, Table
from lamdong_desktop.documents.result_report import AdjustedTarget, adjusted_notes

DOC_TYPE = "TB"  # ND 30/2020 Phụ lục III
KIND = "THÔNG BÁO"
SUMMARY = "Kết luận đánh giá kết quả thực hiện đề xuất đổi mới, sáng tạo {title}"
MEETING_WORDS = {"leadership": "họp tập thể lãnh đạo", "council": "họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo"}
INTRO = ("{held}, {committee} tổ chức {meeting} đánh giá kết quả thực hiện {proposal} của {proposer}{minutes}, trên "
         "cơ sở Báo cáo kết quả thực hiện {reported} của người thực hiện{opinion}.")
OPINION = " và ý kiến của {body} {on}"
CONCLUDES = "Sau khi xem xét, {who} kết luận như sau:"
POINT_RESULT = "1. Kết quả thực hiện: {result}."
POINT_CONDITIONS = "2. Về các điều kiện để được bảo vệ:"
POINT_RULING = "3. Về trách nhiệm và việc bảo vệ cán bộ:"
POINT_NOTES = "4. Nhận xét của cuộc họp:"
TABLE_HEADER = ("TT", "Chỉ tiêu", "Mục tiêu", "Đạt được", "Tỷ lệ", "Đánh giá")
TABLE_WIDTHS = (0.06, 0.4, 0.14, 0.14, 0.11, 0.15)
# The evaluators' vote on the result (as on any item: ND 73/2023 Đ8.1's rule).
VOTE = ("Kết quả biểu quyết về kết quả đánh giá: {in_favour}/{voting} thành viên tham gia biểu quyết tán thành, "
        "{against}/{voting} không tán thành, {abstaining}/{voting} không biểu quyết")
CLOSING = "{committee} thông báo để {proposer}, người thực hiện và các cơ quan, đơn vị có liên quan biết, thực hiện./."


@dataclass(frozen=True)
class IndicatorRow:
    name: str
    target: str  # "74 căn"
    reached: str  # "74 căn", "Chưa có số liệu"
    share: str
    status: str


@dataclass(frozen=True)
class MeetingRef:
    kind: MeetingKind
    held_on: date
    minutes_reference: str = ""


@dataclass(frozen=True, kw_only=True)
class EvaluationConclusion:
    """Everything the printed conclusion shows; the texts are the service's (``messages``) words.

    ``conditions``: (condition, finding) pairs in the table's order, e.g. ("Vì lợi ích chung", "Bảo đảm").
    ``measures``: (liability, measure) pairs where a measure applies ("Trách nhiệm hành chính", "Giảm nhẹ …").
    ``ruling``: the ruling in one plain sentence (``messages.ruling_sentence``).
    """

    unit_name: str
    unit_short_name: str
    proposal: ProposalRef
    implementers: tuple[Person, ...]
    meeting: MeetingRef
    reported_on: date
    report_late: str = ""  # the late mark of the report, or ""
    evaluation_late: str = ""  # the late mark of the meeting, or ""
    party_body: str = ""
    party_on: date | None = None
    vote: str = ""  # the vote's sentence
    result: str  # "Hoàn thành"
    indicators: tuple[IndicatorRow, ...] = ()
    conditions: tuple[tuple[str, str], ...] = ()
    abuse: str  # "Không phát hiện …" or what was found
    measures: tuple[tuple[str, str], ...] = ()
    ruling: str
    notes: str = ""
    signer: Signer
    concluded_by: str = ""
    number: int | None = None
    date: date | None = None
    issuer_code: str = UNIT_ISSUER
    recipients: tuple[str, ...] = ()
    audit_head: str = ""
    adjusted_targets: tuple[AdjustedTarget, ...] = ()  # indicators measured against an adjusted target, marked "(*)"


def vote_result(*, voting: int, in_favour: int, against: int, abstaining: int) -> str:
    return VOTE.format(voting=voting, in_favour=in_favour, against=against, abstaining=abstaining)


def evaluation_body(e: EvaluationConclusion) -> tuple[Block, ...]:
    committee = committee_of(e.unit_name)
    implementers = "; ".join(p.text() for p in e.implementers) or e.proposal.proposer.text()
    minutes = f" (Biên bản số {e.meeting.minutes_reference})" if e.meeting.minutes_reference else ""
    opinion = (OPINION.format(body=e.party_body, on=long_date(e.party_on)) if e.party_body and e.party_on else "")
    blocks: list[Block] = [Paragraph(INTRO.format(
        held=capitalised(long_date(e.meeting.held_on)), committee=committee, meeting=MEETING_WORDS[e.meeting.kind],
        proposal=proposal_words(e.proposal), proposer=implementers, minutes=minutes, reported=long_date(e.reported_on),
        opinion=opinion))]
    blocks += [Paragraph(sentence(note), italic=True) for note in (e.report_late, e.evaluation_late) if note]
    if e.vote.strip():
        blocks.append(Paragraph(sentence(e.vote)))
    who = e.concluded_by.strip() or f"Chủ tịch {committee}"
    blocks += [Paragraph(CONCLUDES.format(who=who), keep_with_next=True),
               Paragraph(POINT_RESULT.format(result=e.result.rstrip(".")))]
    if e.indicators:
        rows = tuple((str(n), i.name, i.target, i.reached, i.share, i.status)
                     for n, i in enumerate(e.indicators, start=1))
        blocks.append(Table(TABLE_HEADER, rows, TABLE_WIDTHS,
                            align=("center", "left", "right", "right", "right", "center"), font_size=11))
        blocks += adjusted_notes(e.adjusted_targets)
    blocks.append(Paragraph(POINT_CONDITIONS, keep_with_next=True))
    items = [f"{condition}: {finding}" for condition, finding in e.conditions] + [e.abuse]
    blocks.append(BulletList(tuple(sentence(item, ";") for item in items[:-1]) + (sentence(items[-1]),)))
    blocks += [Paragraph(POINT_RULING, keep_with_next=True), Paragraph(e.ruling, lead="")]
    if e.measures:
        blocks.append(BulletList(tuple(sentence(f"{capitalised(liability)}: {measure.lower()}", ";")
                                       for liability, measure in e.measures[:-1])
                                 + (sentence(f"{capitalised(e.measures[-1][0])}: {e.measures[-1][1].lower()}"),)))
    notes = split_paragraphs(e.notes)
    if notes:
        blocks += [Paragraph(POINT_NOTES, keep_with_next=True), *(Paragraph(n) for n in notes)]
    blocks.append(Paragraph(CLOSING.format(committee=committee, proposer=e.proposal.proposer.text())))
    return tuple(blocks)


def default_recipients(e: EvaluationConclusion) -> tuple[str, ...]:
    level, party = level_word(e.unit_name), party_committee(e.unit_name)
    return (f"- {e.proposal.proposer.text()} (người đề xuất);", f"- {party} (để báo cáo);",
            f"- Ủy ban kiểm tra {party} (để biết);", f"- Chủ tịch, các Phó Chủ tịch UBND {level};",
            f"- Lưu: VT, hồ sơ đề xuất {e.proposal.reference}.")


def evaluation_document(e: EvaluationConclusion) -> Document:
    """The generic document model of the conclusion (NFC throughout)."""
    e = nfc_all(e)
    return unit_document(
        unit_name=e.unit_name, unit_short_name=e.unit_short_name, doc_type=DOC_TYPE, issuer_code=e.issuer_code,
        number=e.number, when=e.date, kind=KIND, summary=(SUMMARY.format(title=quoted(e.proposal.title)),),
        body=evaluation_body(e), signature=e.signer.signature(), recipients=e.recipients or default_recipients(e),
        reference=e.proposal.reference)


def render_evaluation(e: EvaluationConclusion, target: Target, *, font_source: FontSource = "auto",
                      created: datetime | None = None) -> int:
    """Print ``e`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(evaluation_document(e), target, created=created,
                                                            audit_head=e.audit_head or None)


# ----- samples ----------------------------------------------------------------------------------------------------


def sample_evaluation(*, damaged: bool = False, number: int | None = 5) -> EvaluationConclusion:
    """The conclusion on the land proposal of Xã Di Linh: partly completed without damage (liability excluded), or
    (``damaged``) with damage and every liability reduced, the compensation exempted."""
    from lamdong_desktop.documents.result_report import SAMPLE_PROPOSAL as proposal
    conditions = tuple((c, "Bảo đảm") for c in ("Thực hiện đúng chủ trương", "Có động cơ trong sáng",
                                                "Vì lợi ích chung", "Không vụ lợi, không có tư lợi cá nhân"))
    measures = (("trách nhiệm kỷ luật Đảng", "Giảm nhẹ trách nhiệm"),
                ("trách nhiệm hành chính", "Giảm nhẹ trách nhiệm"),
                ("trách nhiệm bồi thường vật chất", "Miễn trách nhiệm")) if damaged else ()
    ruling = ("Trách nhiệm kỷ luật Đảng và trách nhiệm hành chính đều được giảm nhẹ (bị xử lý ở mức nhẹ hơn); trách "
              "nhiệm bồi thường vật chất được miễn (có trách nhiệm nhưng không bị xử lý)." if damaged else
              "Được loại trừ trách nhiệm: không phải chịu trách nhiệm kỷ luật Đảng, trách nhiệm hành chính và trách "
              "nhiệm bồi thường vật chất.")
    return EvaluationConclusion(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=proposal,
        implementers=(proposal.proposer, Person("Hoàng Đức Long", "Trưởng phòng Kinh tế")),
        meeting=MeetingRef("leadership", date(2028, 1, 12), "04/BB-UBND"), reported_on=date(2028, 1, 5),
        party_body="Đảng ủy xã Di Linh", party_on=date(2028, 1, 10),
        vote=vote_result(voting=4, in_favour=4, against=0, abstaining=0),
        result=("Không hoàn thành, hoàn thành một phần hoặc gặp rủi ro, có gây thiệt hại" if damaged else
                "Không hoàn thành hoặc hoàn thành một phần, không gây thiệt hại") + " (đạt 1/2 chỉ tiêu định lượng)",
        indicators=(IndicatorRow("Thời gian giải quyết bình quân một hồ sơ", "≤ 30 ngày", "28 ngày", "105,3%", "Đạt"),
                    IndicatorRow("Số trường hợp được cấp Giấy chứng nhận", "600 trường hợp", "452 trường hợp",
                                 "75,3%", "Chưa đạt")),
        conditions=conditions,
        abuse="Không phát hiện việc lợi dụng chủ trương để tham nhũng, tiêu cực, trục lợi, “lợi ích nhóm”",
        measures=measures, ruling=ruling,
        notes="Người thực hiện chủ động báo cáo vướng mắc về quy hoạch; đề nghị tiếp tục theo dõi 148 hồ sơ còn lại.",
        signer=Signer(name="Nguyễn Văn Hùng", title="CHỦ TỊCH", authority=("TM. ỦY BAN NHÂN DÂN",)), number=number,
        date=date(2028, 1, 13))
