"""Thông báo kết luận: a proposal returned for revision or rejected, with the reasons (ND 73/2023 Đ8).

``ConclusionNotice`` holds plain values (the service fills it from the database); ``notice_document`` turns it
into a ``model.Document`` and ``render_notice`` prints it. The fixed words are the constants below.

Every outcome is a written document (issue 8): an approval is a ``decision``; a return or a rejection is this
notice, numbered "Số: 01/TB-UBND" from the register, stating where the proposal was considered (the meeting and
its minutes, or its receipt), the conclusion, its reasons and — for a return — what to revise and by when.
Without a register number the notice is a draft ("DỰ THẢO", day and month left blank).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

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
    draft_state,
    level_word,
    listed,
    number_line,
    party_committee,
    proposal_words,
    quoted,
    sentence,
    unit_issuer,
)
from lamdong_desktop.documents.model import Block, BulletList, Document, Paragraph

Outcome = Literal["return", "reject"]

DOC_TYPE = "TB"  # ND 30/2020 Phụ lục III
KIND = "THÔNG BÁO"
SUMMARY = "Kết luận về đề xuất đổi mới, sáng tạo {title}"
MEETING_WORDS = {"leadership": "họp tập thể lãnh đạo",
                 "council": "họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo"}
INTRO_MEETING = "{held}, {committee} tổ chức {meeting} xem xét {proposal} của {proposer}{minutes}."
INTRO_RECEIVED = "{received}, {committee} tiếp nhận {proposal} của {proposer}."
INTRO_UNDATED = "{committee} tiếp nhận {proposal} của {proposer}."
CONCLUDES = "Sau khi xem xét, {who} kết luận như sau:"
CONCLUSION = {
    "return": "Trả lại đề xuất để người đề xuất nghiên cứu, hoàn thiện và trình lại.",
    "reject": "Không phê duyệt đề xuất.",
}
LABEL_REASONS = "Lý do:"
LABEL_REVISIONS = "Nội dung cần hoàn thiện:"
NO_REASON = "(Chưa nêu lý do.)"  # never printed as if there were none: a notice without reasons says so
RESUBMIT_BY = "Thời hạn trình lại: trước {on}."
# The meeting's vote as the notice states it (the counts are the domain's).
VOTE_RESULT = ("Kết quả biểu quyết: {in_favour}/{voting} thành viên tham gia biểu quyết tán thành, {against}/{voting} "
               "không tán thành, {abstaining}/{voting} không biểu quyết; {verdict}")
VERDICT = {"passed": "đề xuất được thông qua", "failed": "đề xuất không được thông qua",
           "no_quorum": "cuộc họp không đủ số lượng thành viên để biểu quyết"}
# After a failed vote the head approved in writing (ND 73/2023 Đ8.1), and then the committee disagreed.
OVERRIDDEN = "Sau biểu quyết, người đứng đầu đã có ý kiến phê duyệt bằng văn bản, lý do: {reason}"
# A return or a rejection after a passed vote stands on the party committee's disagreement (ND 73/2023 Đ8.1).
PARTY_AGAINST = "{given}, {body} có ý kiến không đồng ý với đề xuất: {text}"
CLOSING = "{committee} thông báo để {proposer} và các cơ quan, đơn vị có liên quan biết, thực hiện./."


@dataclass(frozen=True)
class MeetingRef:
    """Where the proposal was considered: the kind of meeting, its day and its minutes' number, if numbered."""

    kind: MeetingKind
    held_on: date
    minutes_reference: str = ""  # "01/BB-UBND"


@dataclass(frozen=True)
class Disagreement:
    """The party committee's opinion against the proposal: who, when, what it said."""

    body: str  # "Đảng ủy xã Di Linh"
    given_on: date
    text: str


@dataclass(frozen=True, kw_only=True)
class ConclusionNotice:
    """Everything the printed notice shows.

    ``meeting`` None: the proposal was returned before any meeting (then ``received_on`` names its receipt).
    ``result``: what the meeting's vote gave, as a sentence (optional). ``concluded_by``: who concluded, as the
    sentence names them (default "Chủ tịch Ủy ban nhân dân xã"). ``issuer`` and ``recipients`` left empty take
    the defaults of a commune's People's Committee.
    """

    unit_name: str
    unit_short_name: str
    outcome: Outcome
    proposal: ProposalRef
    reasons: tuple[str, ...]
    signer: Signer
    revisions: tuple[str, ...] = ()  # what to revise (a return)
    resubmit_by: date | None = None
    meeting: MeetingRef | None = None
    received_on: date | None = None
    result: str = ""
    override_reason: str = ""  # the head's written approval after a failed vote, later refused by the committee
    disagreement: Disagreement | None = None  # the party committee's, stated after the vote
    concluded_by: str = ""
    number: int | None = None
    date: date | None = None
    issuer_code: str = UNIT_ISSUER
    issuer: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    audit_head: str = ""


def vote_result(*, voting: int, in_favour: int, against: int, abstaining: int, result: str) -> str:
    """The ``result`` sentence of a notice from the vote's counts; ``result`` "passed" | "failed" | "no_quorum"."""
    if result == "no_quorum":
        return capitalised(VERDICT[result])
    return VOTE_RESULT.format(voting=voting, in_favour=in_favour, against=against, abstaining=abstaining,
                              verdict=VERDICT[result])


def _items(values: tuple[str, ...]) -> list[str]:
    return [p for value in values for p in split_paragraphs(value)]


def notice_body(n: ConclusionNotice) -> tuple[Block, ...]:
    """Where it was considered, the conclusion, the reasons, what to revise and by when, the closing line."""
    committee = committee_of(n.unit_name)
    proposer = n.proposal.proposer.text()
    if n.meeting is not None:
        minutes = f" (Biên bản số {n.meeting.minutes_reference})" if n.meeting.minutes_reference else ""
        intro = INTRO_MEETING.format(held=capitalised(long_date(n.meeting.held_on)), committee=committee,
                                     meeting=MEETING_WORDS[n.meeting.kind], proposal=proposal_words(n.proposal),
                                     proposer=proposer, minutes=minutes)
    elif n.received_on is not None:
        intro = INTRO_RECEIVED.format(received=capitalised(long_date(n.received_on)), committee=committee,
                                      proposal=proposal_words(n.proposal), proposer=proposer)
    else:
        intro = INTRO_UNDATED.format(committee=committee, proposal=proposal_words(n.proposal), proposer=proposer)
    blocks: list[Block] = [Paragraph(intro)]
    if n.result.strip():
        blocks.append(Paragraph(sentence(n.result)))
    if n.override_reason.strip():
        blocks.append(Paragraph(sentence(OVERRIDDEN.format(reason=" ".join(n.override_reason.split()).rstrip(".")))))
    if n.disagreement is not None:
        d = n.disagreement
        blocks.append(Paragraph(sentence(PARTY_AGAINST.format(
            given=capitalised(long_date(d.given_on)), body=d.body, text=" ".join(d.text.split()).rstrip(".")))))
    who = n.concluded_by.strip() or f"Chủ tịch {committee_of(n.unit_name)}"
    blocks.append(Paragraph(CONCLUDES.format(who=who), keep_with_next=True))
    blocks.append(Paragraph(f"1. {CONCLUSION[n.outcome]}"))
    reasons = _items(n.reasons)
    blocks.append(Paragraph(f"2. {LABEL_REASONS}", keep_with_next=True))
    blocks.append(BulletList(listed(reasons)) if reasons else Paragraph(NO_REASON, italic=True))
    point = 2
    if n.outcome == "return":
        revisions = _items(n.revisions)
        if revisions:
            point += 1
            blocks += [Paragraph(f"{point}. {LABEL_REVISIONS}", keep_with_next=True), BulletList(listed(revisions))]
        if n.resubmit_by is not None:
            point += 1
            blocks.append(Paragraph(f"{point}. {RESUBMIT_BY.format(on=long_date(n.resubmit_by))}"))
    blocks.append(Paragraph(CLOSING.format(committee=committee, proposer=proposer)))
    return tuple(blocks)


def default_recipients(n: ConclusionNotice) -> tuple[str, ...]:
    """The proposer, the party committee, the leadership; the dossier."""
    level = level_word(n.unit_name)
    return (f"- {n.proposal.proposer.text()} (người đề xuất);", f"- {party_committee(n.unit_name)} (để báo cáo);",
            f"- Chủ tịch, các Phó Chủ tịch UBND {level};", f"- Lưu: VT, hồ sơ đề xuất {n.proposal.reference}.")


def notice_document(n: ConclusionNotice) -> Document:
    """The generic document model of the notice (NFC throughout)."""
    n = nfc_all(n)
    draft, when, year = draft_state(n.number, n.date)
    return Document(
        issuer=n.issuer or unit_issuer(n.unit_name),
        number_line=number_line(n.number, DOC_TYPE, n.issuer_code),
        place=n.unit_short_name,
        kind=KIND,
        summary=(SUMMARY.format(title=quoted(n.proposal.title)),),
        body=notice_body(n),
        signature=n.signer.signature(),
        recipients=n.recipients or default_recipients(n),
        draft=draft, date=when, draft_year=year, reference=n.proposal.reference,
    )


def render_notice(n: ConclusionNotice, target: Target, *, font_source: FontSource = "auto",
                  created: datetime | None = None) -> int:
    """Print ``n`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(notice_document(n), target, created=created,
                                                            audit_head=n.audit_head or None)


# ----- samples ----------------------------------------------------------------------------------------------------

SAMPLE_SIGNER = Signer(name="Nguyễn Văn Hùng", title="CHỦ TỊCH", authority=("TM. ỦY BAN NHÂN DÂN",))


def sample_notice(*, outcome: Outcome = "return", number: int | None = 1) -> ConclusionNotice:
    """A notice of Xã Di Linh after the leadership meeting of 05/01/2027: a proposal returned for revision, or
    (``outcome="reject"``) one rejected after a failed vote."""
    if outcome == "reject":
        return ConclusionNotice(
            unit_name="Xã Di Linh", unit_short_name="Di Linh", outcome="reject", number=number,
            date=date(2027, 1, 6),
            proposal=ProposalRef(
                "DX-2026-039", "Thu phí dịch vụ hướng dẫn lập hồ sơ đất đai tại nhà cho người dân",
                Person("Lê Hoàng Phúc", "Công chức Văn phòng - Thống kê")),
            meeting=MeetingRef("leadership", date(2027, 1, 5), "01/BB-UBND"),
            result="Kết quả biểu quyết: 1/5 thành viên tham gia biểu quyết tán thành, 4/5 không tán thành; đề xuất "
                   "không được thông qua",
            reasons=(
                "Việc thu phí dịch vụ hướng dẫn lập hồ sơ không có căn cứ trong Danh mục phí, lệ phí do Hội đồng "
                "nhân dân tỉnh quyết định",
                "Đề xuất làm phát sinh chi phí cho người dân, trái mục tiêu giảm chi phí tuân thủ thủ tục hành "
                "chính; không đáp ứng tiêu chí mục đích trong sáng vì lợi ích chung (khoản 1 Điều 5 Nghị định số "
                "73/2023/NĐ-CP)",
            ),
            signer=SAMPLE_SIGNER,
        )
    return ConclusionNotice(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", outcome="return", number=number, date=date(2027, 1, 6),
        proposal=ProposalRef(
            "DX-2026-043", "Số hóa hồ sơ hộ tịch lưu trữ giai đoạn 1999 - 2015 tại xã Di Linh",
            Person("Ka Thị Hương", "Phó Chủ tịch UBND xã")),
        meeting=MeetingRef("leadership", date(2027, 1, 5), "01/BB-UBND"),
        reasons=(
            "Kế hoạch chưa nêu rõ điểm nghẽn về cơ chế, chính sách mà đề xuất tháo gỡ",
            "Chưa có dự toán kinh phí và nguồn nhân lực cho việc số hóa khoảng 18.000 trang hồ sơ",
        ),
        revisions=(
            "Bổ sung phân tích điểm nghẽn, nút thắt tại mục II của Kế hoạch",
            "Bổ sung dự toán kinh phí chi tiết, phương án thuê dịch vụ hoặc sử dụng biên chế hiện có",
            "Bổ sung chỉ tiêu định lượng về số trang hồ sơ được số hóa và thời gian tra cứu",
        ),
        resubmit_by=date(2027, 1, 20),
        signer=SAMPLE_SIGNER,
    )
