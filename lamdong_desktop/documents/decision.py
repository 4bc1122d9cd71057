"""Quyết định phê duyệt (or cho thực hiện thí điểm) đề xuất đổi mới, sáng tạo (ND 73/2023 Đ8; ND 30/2020 Mẫu 1.2).

``Decision`` holds plain values (the service fills it from the database); ``decision_document`` turns it into a
``model.Document`` and ``render_decision`` prints it. The fixed words are the constants below.

The layout of a decision of ND 30/2020 Phụ lục I: the issuing authority in bold capitals under the title, the
legal bases in italics ("Căn cứ …;", the last one ending with "."), "QUYẾT ĐỊNH:" centred in bold, then the
articles "Điều 1.", "Điều 2.", "Điều 3." with their numbers in bold; the last article names who executes it and
ends with "./.". A head's written approval after a failed vote (ND 73/2023 Đ8.1) is stated in Điều 1 with its
reason. Without a register number the decision is a draft ("DỰ THẢO", day and month left blank).
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
    committee_of,
    draft_state,
    level_word,
    number_line,
    office_of,
    party_committee,
    proposal_words,
    quoted,
    sentence,
    unit_issuer,
)
from lamdong_desktop.documents.model import Block, Document, Paragraph
from lamdong_desktop.domain.register import OFFICE_HEAD_TITLE, holds_title

Outcome = Literal["approve", "pilot"]

DOC_TYPE = "QĐ"  # ND 30/2020 Phụ lục III
KIND = "QUYẾT ĐỊNH"
SUMMARY = {
    "approve": "Về việc phê duyệt đề xuất đổi mới, sáng tạo {title}",
    "pilot": "Về việc cho thực hiện thí điểm đề xuất đổi mới, sáng tạo {title}",
}
DECIDES = "QUYẾT ĐỊNH:"
ARTICLE = "Điều {number}."
AUTHORITY_LINE = "CHỦ TỊCH ỦY BAN NHÂN DÂN {unit}"

# The legal bases every decision cites (ND 30/2020 Phụ lục I: "Căn cứ …;" in italics).
LAW_LOCAL_GOVERNMENT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"
DECREE_73 = (
    "Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ "
    "cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá vì lợi ích chung"
)
BASIS = "Căn cứ {what}"
MINUTES_BASIS = {
    "leadership": "Căn cứ Biên bản họp tập thể lãnh đạo {committee}{number} {held}",
    "council": "Căn cứ Biên bản họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo{number} {held}",
}
PARTY_BASIS = "Căn cứ ý kiến của {body}{document} {on}"
REQUEST = "Xét Kế hoạch đề xuất đổi mới, sáng tạo của {proposer}"

APPROVE = "Phê duyệt {proposal} do {proposer} đề xuất, với các nội dung chủ yếu sau:"
PILOT = "Cho thực hiện thí điểm {proposal} do {proposer} đề xuất, với các nội dung chủ yếu sau:"
LABEL_SCOPE = {"approve": "Phạm vi, đối tượng áp dụng:", "pilot": "Phạm vi thí điểm:"}
LABEL_PERIOD = {"approve": "Thời gian thực hiện:", "pilot": "Thời gian thí điểm:"}
LABEL_SOLUTION = "Nội dung, nhiệm vụ, giải pháp:"
# The first clause of Điều 2 when the service names no duties of its own: the proposer leads the work.
LEAD_DUTY = ("{proposer} chủ trì tổ chức thực hiện theo Kế hoạch đề xuất đã được {what}; định kỳ hằng quý báo cáo "
             "tiến độ cho Chủ tịch UBND {level}")
LEAD_WHAT = {"approve": "phê duyệt", "pilot": "cho thực hiện thí điểm"}
PILOT_END = ("Hết thời gian thí điểm, người đề xuất báo cáo kết quả bằng văn bản để xem xét, quyết định việc "
             "tiếp tục, mở rộng hoặc dừng thực hiện.")
# ND 73/2023 Đ8.1: if the vote fails, the head may still approve in writing, with the reason.
OVERRIDE = ("Đề xuất được phê duyệt do người đứng đầu quyết định theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP "
            "sau khi {meeting} biểu quyết không thông qua, lý do: {reason}")
OVERRIDE_MEETING = {"leadership": "cuộc họp tập thể lãnh đạo", "council": "Hội đồng đánh giá đề xuất đổi mới, sáng tạo"}
ARTICLE_2_LEAD = "Tổ chức thực hiện"
# Domain §4: within 05 working days of finishing, the implementer reports the result in writing.
REPORT_DUTY = ("Trong thời hạn 05 ngày làm việc kể từ ngày kết thúc việc thực hiện, người đề xuất báo cáo kết quả "
               "bằng văn bản theo quy định tại Nghị định số 73/2023/NĐ-CP.")
EFFECT = "Quyết định này có hiệu lực kể từ ngày ký."
EXECUTORS = "{who} chịu trách nhiệm thi hành Quyết định này./."
# Điều 3 names the unit's office by its head's position, then the proposer by name with the position in brackets (a
# comma there would read as a further executor), then everyone else concerned (ND 30/2020 Phụ lục I, Mẫu 1.2).
NAMED_EXECUTOR = "{name} ({position})"
OTHERS_CONCERNED = "các cơ quan, đơn vị, cá nhân có liên quan"
# A bare title of the unit's leadership is completed with its body, as the position reads in a sentence.
LEADERSHIP_TITLES = ("Chủ tịch", "Phó Chủ tịch")
LEADERSHIP_POSITION = "{title} UBND {level}"


@dataclass(frozen=True)
class MinutesRef:
    """The minutes a decision rests on: the kind of meeting, the register number ("01/BB-UBND") and the day."""

    kind: MeetingKind
    held_on: date
    reference: str = ""  # empty: not numbered yet (the basis line then names the day only)


@dataclass(frozen=True)
class PartyOpinionRef:
    """The party committee's opinion (ND 73/2023 Đ8.1): who gave it, when, in which document if numbered."""

    body: str  # "Đảng ủy xã Di Linh"
    given_on: date
    document: str = ""  # "Văn bản số 112-CV/ĐU"


@dataclass(frozen=True)
class HeadOverride:
    """The head's written approval after a failed vote, with its reason (ND 73/2023 Đ8.1)."""

    reason: str
    meeting: MeetingKind = "leadership"


@dataclass(frozen=True, kw_only=True)
class Decision:
    """Everything the printed decision shows.

    ``number`` None: a draft. ``responsibilities``: the clauses of Điều 2, one per item (the report duty of
    ND 73 is added after them). ``executors``: who executes it (Điều 3). ``issuer``, ``authority_line`` and
    ``recipients`` left empty take the defaults of a commune's People's Committee and its Chairman.
    """

    unit_name: str  # "Xã Di Linh"
    unit_short_name: str  # "Di Linh": the place in the date line
    outcome: Outcome
    proposal: ProposalRef
    scope: str
    period: str
    signer: Signer
    solution: str = ""  # the plan's content and solution (Nội dung, nhiệm vụ, giải pháp), after the period
    number: int | None = None
    date: date | None = None
    issuer_code: str = UNIT_ISSUER
    details: tuple[str, ...] = ()  # further contents of Điều 1 (targets, resources), one per item
    responsibilities: tuple[str, ...] = ()
    executors: tuple[str, ...] = ()
    resolution: str = ""  # "Nghị quyết số … của …": printed "Căn cứ <resolution>;"
    minutes: MinutesRef | None = None
    party_opinion: PartyOpinionRef | None = None
    extra_bases: tuple[str, ...] = ()  # further "Căn cứ …" texts, without "Căn cứ"
    request: str = ""  # the last basis line; default "Xét Kế hoạch đề xuất … của <proposer>."
    override: HeadOverride | None = None
    effect: str = EFFECT
    issuer: tuple[str, ...] = ()
    authority_line: str = ""
    recipients: tuple[str, ...] = ()
    audit_head: str = ""


def legal_bases(d: Decision) -> tuple[str, ...]:
    """The "Căn cứ" lines in order (law, decree, resolution, minutes, party opinion, others), then "Xét …"."""
    lines = [LAW_LOCAL_GOVERNMENT, DECREE_73]
    if d.resolution.strip():
        lines.append(BASIS.format(what=d.resolution.strip()))
    if d.minutes is not None:
        number = f" số {d.minutes.reference}" if d.minutes.reference else ""
        lines.append(MINUTES_BASIS[d.minutes.kind].format(
            committee=committee_of(d.unit_name), number=number, held=long_date(d.minutes.held_on)))
    if d.party_opinion is not None:
        opinion = d.party_opinion
        document = f" tại {opinion.document.strip()}" if opinion.document.strip() else ""
        lines.append(PARTY_BASIS.format(body=opinion.body.strip(), document=document,
                                        on=long_date(opinion.given_on)))
    lines += [BASIS.format(what=extra.strip()) for extra in d.extra_bases if extra.strip()]
    lines.append(d.request.strip() or REQUEST.format(proposer=d.proposal.proposer.text()))
    return tuple(sentence(line, ";") for line in lines[:-1]) + (sentence(lines[-1]),)


def _clauses(items: list[tuple[str, str]]) -> list[Block]:
    """ "1. <label> <text>." paragraphs: the clauses of an article (only "Điều n." is bold)."""
    return [Paragraph(sentence(" ".join(part for part in (f"{number}.", label, text.strip()) if part)))
            for number, (label, text) in enumerate(items, start=1)]


def decision_body(d: Decision) -> tuple[Block, ...]:
    """Authority, legal bases, "QUYẾT ĐỊNH:", Điều 1–3."""
    authority = d.authority_line or AUTHORITY_LINE.format(unit=d.unit_name.strip().upper())
    blocks: list[Block] = [
        Paragraph("", lead=authority.upper(), align="center", indent=False, keep_with_next=True),
        *(Paragraph(line, italic=True) for line in legal_bases(d)),
        Paragraph("", lead=DECIDES, align="center", indent=False, keep_with_next=True),
    ]
    template = PILOT if d.outcome == "pilot" else APPROVE
    blocks.append(Paragraph(template.format(proposal=proposal_words(d.proposal),
                                            proposer=d.proposal.proposer.text()),
                            lead=ARTICLE.format(number=1)))
    items = [(LABEL_SCOPE[d.outcome], d.scope), (LABEL_PERIOD[d.outcome], d.period)]
    if d.solution.strip():
        items.append((LABEL_SOLUTION, " ".join(d.solution.split())))
    items += [("", detail) for detail in d.details if detail.strip()]
    if d.outcome == "pilot":
        items.append(("", PILOT_END))
    blocks += _clauses(items)
    if d.override is not None:
        blocks.append(Paragraph(sentence(OVERRIDE.format(meeting=OVERRIDE_MEETING[d.override.meeting],
                                                         reason=d.override.reason.strip()))))
    blocks.append(Paragraph(f"{ARTICLE_2_LEAD}:", lead=ARTICLE.format(number=2)))
    duties = [text for item in d.responsibilities for text in split_paragraphs(item)]
    blocks += _clauses([("", duty) for duty in [*duties, REPORT_DUTY]])
    executors = ", ".join(e.strip() for e in d.executors if e.strip()) or default_executors(d)
    blocks.append(Paragraph(sentence(d.effect), lead=ARTICLE.format(number=3)))
    blocks.append(Paragraph(EXECUTORS.format(who=executors)))
    return tuple(blocks)


def lead_duty(d: Decision) -> str:
    """ "<proposer>, <position>, chủ trì tổ chức thực hiện …": Điều 2's first duty when nothing more is known (the
    position closed by a comma, else "…, Chánh Văn phòng HĐND và UBND chủ trì" reads as the office leading)."""
    proposer = d.proposal.proposer
    who = f"{proposer.text()}," if proposer.position.strip() and proposer.name.strip() else proposer.text()
    return LEAD_DUTY.format(proposer=who, what=LEAD_WHAT[d.outcome], level=level_word(d.unit_name))


def proposer_position(position: str, level: str) -> str:
    """The proposer's position as Điều 3 prints it: a bare "Phó Chủ tịch" completed to "Phó Chủ tịch UBND xã"."""
    position = " ".join(position.split())
    if any(position == title for title in LEADERSHIP_TITLES):  # the title alone: no body named
        return LEADERSHIP_POSITION.format(title=position, level=level)
    return position


def default_executors(d: Decision) -> str:
    """The unit's office (by its head), the proposer (by name, the position in brackets) and the others concerned.

    Each once: a proposer who is himself the head of the office is that position already, so he is not named again
    ("Chánh Văn phòng HĐND và UBND xã, Trần Thị Mai, Chánh Văn phòng HĐND và UBND và …" was the fault).
    """
    level = level_word(d.unit_name)
    proposer = d.proposal.proposer
    name, position = " ".join(proposer.name.split()), proposer_position(proposer.position, level)
    who = [f"Chánh {office_of(d.unit_name)}"]
    if holds_title(position, OFFICE_HEAD_TITLE):
        pass  # the office's head stands first already
    elif name and position:
        who.append(NAMED_EXECUTOR.format(name=name, position=position))
    elif name or position:
        who.append(name or position)
    return f"{', '.join(who)} và {OTHERS_CONCERNED}"


def default_recipients(d: Decision) -> tuple[str, ...]:
    """Those in Điều 3, the party committee and the leadership of the unit; the dossier."""
    level = level_word(d.unit_name)
    return ("- Như Điều 3;", f"- {party_committee(d.unit_name)} (để báo cáo);",
            f"- Chủ tịch, các Phó Chủ tịch UBND {level};",
            f"- Lưu: VT, hồ sơ đề xuất {d.proposal.reference}.")


def decision_document(d: Decision) -> Document:
    """The generic document model of the decision (NFC throughout)."""
    d = nfc_all(d)
    draft, when, year = draft_state(d.number, d.date)
    return Document(
        issuer=d.issuer or unit_issuer(d.unit_name),
        number_line=number_line(d.number, DOC_TYPE, d.issuer_code),
        place=d.unit_short_name,
        kind=KIND,
        summary=(SUMMARY[d.outcome].format(title=quoted(d.proposal.title)),),
        body=decision_body(d),
        signature=d.signer.signature(),
        recipients=d.recipients or default_recipients(d),
        draft=draft, date=when, draft_year=year, reference=d.proposal.reference,
    )


def render_decision(d: Decision, target: Target, *, font_source: FontSource = "auto",
                    created: datetime | None = None) -> int:
    """Print ``d`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(decision_document(d), target, created=created,
                                                            audit_head=d.audit_head or None)


# ----- samples ----------------------------------------------------------------------------------------------------

# A sample provincial resolution: its number and date are made up for the demo.
SAMPLE_RESOLUTION = (
    "Nghị quyết số 09-NQ/TU ngày 30 tháng 6 năm 2026 của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng về thực hiện cơ chế "
    "khuyến khích và bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm vì lợi ích chung"
)
SAMPLE_CHAIRMAN = Signer(name="Nguyễn Văn Hùng", title="CHỦ TỊCH")


def sample_decision(*, outcome: Outcome = "approve", number: int | None = 3, override: bool = False) -> Decision:
    """A decision of the Chairman of Xã Di Linh: the land proposal approved after the leadership meeting of
    05/01/2027, or (``outcome="pilot"``) the coffee proposal piloted after the council of 07/01/2027.
    ``override``: approved by the head after a failed vote."""
    if outcome == "pilot":
        proposal = ProposalRef(
            "DX-2026-044",
            "Liên kết tái canh cà phê và cấp mã số vùng trồng cho các hộ đồng bào dân tộc thiểu số tại 6 thôn "
            "của xã", Person("K'Brơi Ngọc Sơn", "Công chức Phòng Kinh tế"))
        return Decision(
            unit_name="Xã Di Linh", unit_short_name="Di Linh", outcome="pilot", proposal=proposal,
            number=number, date=date(2027, 1, 8),
            scope="thôn Kao Kuil và thôn Gung Ré, xã Di Linh; khoảng 420 hộ trồng cà phê, trong đó 310 hộ đồng "
                  "bào dân tộc thiểu số",
            period="12 tháng, từ ngày 01 tháng 02 năm 2027 đến hết ngày 31 tháng 01 năm 2028",
            details=("Chỉ tiêu: tái canh ít nhất 150 ha cà phê; 100% diện tích tham gia liên kết được cấp mã số "
                     "vùng trồng; giá thu mua không thấp hơn giá thị trường tại thời điểm thu mua",),
            responsibilities=(
                "K'Brơi Ngọc Sơn, Công chức Phòng Kinh tế, chủ trì tổ chức thực hiện thí điểm theo Kế hoạch đã "
                "được Hội đồng đánh giá; định kỳ hằng quý báo cáo tiến độ cho Chủ tịch UBND xã",
                "Phòng Kinh tế phối hợp với Hợp tác xã Nông nghiệp Di Linh hướng dẫn kỹ thuật tái canh, lập hồ sơ "
                "cấp mã số vùng trồng",
                "Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ tại xã và trả kết quả tại thôn",
            ),
            resolution=SAMPLE_RESOLUTION,
            minutes=MinutesRef("council", date(2027, 1, 7), "02/BB-HĐĐG"),
            party_opinion=PartyOpinionRef("Đảng ủy xã Di Linh", date(2027, 1, 5), "Văn bản số 115-CV/ĐU"),
            signer=SAMPLE_CHAIRMAN,
        )
    proposal = ProposalRef(
        "DX-2026-041",
        "Rút ngắn thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu bằng xác minh liên ngành một lần tại "
        "thực địa", Person("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã"))
    return Decision(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", outcome="approve", proposal=proposal, number=number,
        date=date(2027, 1, 6),
        scope="các thửa đất trên địa bàn xã Di Linh có vi phạm pháp luật đất đai xảy ra trước ngày 01/8/2024, đã "
              "sử dụng ổn định, không có tranh chấp và phù hợp quy hoạch sử dụng đất",
        period="từ ngày 15 tháng 01 năm 2027 đến hết ngày 31 tháng 12 năm 2027",
        details=("Chỉ tiêu: thời gian giải quyết bình quân một hồ sơ không quá 30 ngày; cấp Giấy chứng nhận cho ít "
                 "nhất 600 trường hợp trong năm 2027",
                 "Kinh phí: khoảng 180.000.000 đồng từ ngân sách xã năm 2027"),
        responsibilities=(
            "Nguyễn Thị Hồng Nhung, Phó Chủ tịch UBND xã, chủ trì thành lập Tổ công tác liên ngành và tổ chức "
            "thực hiện đề xuất; đối chiếu ảnh viễn thám năm 2024 với từng hồ sơ trước khi xác minh",
            "Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Văn phòng đăng ký đất đai khu vực xác minh một lần tại "
            "thực địa, lập biên bản chung dùng cho các khâu tiếp theo",
            "Văn phòng HĐND và UBND xã bố trí kinh phí trong dự toán năm 2027, công khai danh sách các trường hợp "
            "tại nhà văn hóa thôn",
        ),
        resolution=SAMPLE_RESOLUTION,
        minutes=MinutesRef("leadership", date(2027, 1, 5), "01/BB-UBND"),
        party_opinion=PartyOpinionRef("Đảng ủy xã Di Linh", date(2026, 12, 30), "Văn bản số 112-CV/ĐU"),
        override=HeadOverride(
            "đề xuất cấp bách, tháo gỡ tồn đọng kéo dài gây bức xúc trong Nhân dân, đã có ý kiến thống nhất của "
            "Đảng ủy xã và bảo đảm tính khả thi về nhân lực, kinh phí") if override else None,
        signer=SAMPLE_CHAIRMAN,
    )
