"""Giấy mời: the invitation to a leadership meeting or a review council (ND 30/2020/NĐ-CP Phụ lục I).

``Invitation`` holds plain values (the service fills it from the database); ``invitation_document`` turns it into a
``model.Document`` and ``render_invitation`` prints it. The fixed words are the constants below.

It says who is invited, to what and under whom, when (the time, the day of the week and the date) and where, the
proposals on the agenda and who prepares which documents. Numbered "Số: 01/GM-UBND" from the register; without a
number it is a draft ("DỰ THẢO", day and month left blank).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import clock_text, long_date, nfc_all, weekday_text
from lamdong_desktop.documents.issued import (
    UNIT_ISSUER,
    MeetingKind,
    Person,
    ProposalRef,
    Signer,
    committee_of,
    draft_state,
    listed,
    number_line,
    quoted,
    references,
    sentence,
    unit_issuer,
)
from lamdong_desktop.documents.model import Block, BulletList, Document, Paragraph

DOC_TYPE = "GM"  # ND 30/2020 Phụ lục III
KIND = "GIẤY MỜI"
SUMMARY = {
    "leadership": "Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo",
    "council": "Họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo",
}
INVITES = "{committee} trân trọng kính mời:"
LABEL_ATTEND = "Tới dự:"
MEETING_WORDS = {
    "leadership": "cuộc họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo",
    "council": "phiên họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo",
}
CHAIRED_BY = "do {chair} chủ trì"
LABEL_TIME = "Thời gian:"
TIME = "{clock}, {weekday}, {day}"
LABEL_PLACE = "Địa điểm:"
LABEL_AGENDA = "Nội dung:"
AGENDA = "xem xét các đề xuất đổi mới, sáng tạo sau:"
AGENDA_ITEM = "{title} (mã đề xuất {reference}) của {proposer}"
LABEL_PREPARE = "Chuẩn bị tài liệu:"
# Who prepares what, when the service names nothing else: the proposers present, the secretary sends the dossier.
PREPARE_PROPOSER = ("Người đề xuất", "báo cáo tóm tắt đề xuất (không quá 15 phút)")
PREPARE_SECRETARY = {
    "leadership": ("Thư ký cuộc họp", "gửi kèm Giấy mời này Kế hoạch đề xuất và ý kiến của cấp ủy"),
    "council": ("Thư ký Hội đồng", "gửi hồ sơ đề xuất, ý kiến của cấp ủy và phiếu chấm điểm tới các thành viên"),
}
CLOSING = "Rất mong các đồng chí tham dự đúng thành phần và thời gian./."


@dataclass(frozen=True)
class Preparation:
    """Who prepares what for the meeting."""

    who: str
    what: str


@dataclass(frozen=True, kw_only=True)
class Invitation:
    """Everything the printed invitation shows. ``issuer`` and ``recipients`` left empty take the defaults of a
    commune's People's Committee; ``host`` (who invites, in the sentence) defaults to it too."""

    unit_name: str
    unit_short_name: str
    kind: MeetingKind
    invitees: tuple[Person, ...]
    starts_at: datetime
    place: str
    chair: Person
    agenda: tuple[ProposalRef, ...]
    signer: Signer
    preparations: tuple[Preparation, ...] = ()
    number: int | None = None
    date: date | None = None
    issuer_code: str = UNIT_ISSUER
    issuer: tuple[str, ...] = ()
    host: str = ""
    recipients: tuple[str, ...] = ()
    audit_head: str = ""


def default_preparations(kind: MeetingKind) -> tuple[Preparation, ...]:
    """The proposers' report and the secretary's dossier."""
    return (Preparation(*PREPARE_PROPOSER), Preparation(*PREPARE_SECRETARY[kind]))


def invitation_body(i: Invitation) -> tuple[Block, ...]:
    """Who is invited, to what, when, where, the agenda, the preparations, the closing line."""
    host = i.host.strip() or committee_of(i.unit_name)
    when = TIME.format(clock=clock_text(i.starts_at), weekday=weekday_text(i.starts_at.date()),
                       day=long_date(i.starts_at.date()))
    attend = MEETING_WORDS[i.kind]
    if i.chair.name.strip():
        attend += ", " + CHAIRED_BY.format(chair=i.chair.text())
    blocks: list[Block] = [
        Paragraph(INVITES.format(committee=host), keep_with_next=True),
        BulletList(listed([p.text() for p in i.invitees])),
        Paragraph(sentence(attend), lead=LABEL_ATTEND),
        Paragraph(sentence(when), lead=LABEL_TIME),
        Paragraph(sentence(i.place), lead=LABEL_PLACE),
        Paragraph(AGENDA, lead=LABEL_AGENDA, keep_with_next=True),
        *(Paragraph(f"{n}. " + sentence(AGENDA_ITEM.format(
            title=quoted(p.title), reference=p.reference, proposer=p.proposer.text()), "." if n == len(i.agenda)
            else ";")) for n, p in enumerate(i.agenda, start=1)),
    ]
    if i.preparations:
        blocks += [Paragraph("", lead=LABEL_PREPARE, keep_with_next=True),
                   BulletList(listed([f"{p.who.strip()}: {p.what.strip()}" for p in i.preparations]))]
    blocks.append(Paragraph(CLOSING))
    return tuple(blocks)


def invitation_document(i: Invitation) -> Document:
    """The generic document model of the invitation (NFC throughout)."""
    i = nfc_all(i)
    draft, when, year = draft_state(i.number, i.date)
    return Document(
        issuer=i.issuer or unit_issuer(i.unit_name),
        number_line=number_line(i.number, DOC_TYPE, i.issuer_code),
        place=i.unit_short_name,
        kind=KIND,
        summary=(SUMMARY[i.kind],),
        body=invitation_body(i),
        signature=i.signer.signature(),
        recipients=i.recipients or ("- Như thành phần mời;", "- Lưu: VT."),
        draft=draft, date=when, draft_year=year, reference=references(p.reference for p in i.agenda),
    )


def render_invitation(i: Invitation, target: Target, *, font_source: FontSource = "auto",
                      created: datetime | None = None) -> int:
    """Print ``i`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(invitation_document(i), target, created=created,
                                                            audit_head=i.audit_head or None)


# ----- samples ----------------------------------------------------------------------------------------------------

SAMPLE_SIGNER = Signer(name="Đoàn Thị Thu Hà", title="CHÁNH VĂN PHÒNG", authority=("TL. CHỦ TỊCH",))


def sample_invitation(*, kind: MeetingKind = "leadership", number: int | None = 1) -> Invitation:
    """The invitation of Xã Di Linh to the leadership meeting of 05/01/2027, or (``kind="council"``) to the review
    council of 06/01/2027."""
    chairman = Person("Nguyễn Văn Hùng", "Chủ tịch UBND xã")
    invitees: tuple[Person, ...]
    agenda: tuple[ProposalRef, ...]
    if kind == "council":
        invitees = (
            Person("Các thành viên Hội đồng đánh giá đề xuất đổi mới, sáng tạo xã Di Linh (theo Quyết định số "
                   "02/QĐ-UBND ngày 04/01/2027)"),
            Person("K'Brơi Ngọc Sơn", "Công chức Phòng Kinh tế (người đề xuất)"),
            Person("Đại diện Hợp tác xã Nông nghiệp Di Linh"),
        )
        agenda = (ProposalRef(
            "DX-2026-044", "Liên kết tái canh cà phê và cấp mã số vùng trồng cho các hộ đồng bào dân tộc thiểu "
            "số tại 6 thôn của xã", Person("K'Brơi Ngọc Sơn", "Công chức Phòng Kinh tế")),)
        return Invitation(
            unit_name="Xã Di Linh", unit_short_name="Di Linh", kind="council", invitees=invitees,
            starts_at=datetime(2027, 1, 6, 14, 0), place="Hội trường Ủy ban nhân dân xã Di Linh", chair=chairman,
            agenda=agenda, number=number, date=date(2027, 1, 4), signer=SAMPLE_SIGNER,
            preparations=(
                Preparation("Người đề xuất", "báo cáo tóm tắt đề xuất, kết quả khảo sát các hộ tham gia"),
                Preparation("Thư ký Hội đồng", "gửi hồ sơ đề xuất, ý kiến của Đảng ủy xã và phiếu chấm điểm tới các "
                            "thành viên trước ngày 05/01/2027"),
            ),
        )
    invitees = (
        Person("Ka Thị Hương", "Phó Chủ tịch UBND xã"),
        Person("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã"),
        Person("Lê Minh Tâm", "Trưởng Công an xã"),
        Person("K'Tiếp", "Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
        Person("Phạm Quốc Bảo", "Trưởng phòng Kinh tế"),
    )
    agenda = (
        ProposalRef("DX-2026-041", "Rút ngắn thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu bằng xác "
                    "minh liên ngành một lần tại thực địa", Person("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã")),
        ProposalRef("DX-2026-043", "Số hóa hồ sơ hộ tịch lưu trữ giai đoạn 1999 - 2015 tại xã Di Linh",
                    Person("Ka Thị Hương", "Phó Chủ tịch UBND xã")),
    )
    return Invitation(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", kind="leadership", invitees=invitees,
        starts_at=datetime(2027, 1, 5, 8, 0), place="Phòng họp số 1, trụ sở Ủy ban nhân dân xã Di Linh",
        chair=chairman, agenda=agenda, number=number, date=date(2027, 1, 4), signer=SAMPLE_SIGNER,
        preparations=(
            Preparation("Người đề xuất", "báo cáo tóm tắt đề xuất (không quá 15 phút)"),
            Preparation("Văn phòng HĐND và UBND xã", "gửi kèm Giấy mời này Kế hoạch đề xuất và ý kiến của Đảng ủy "
                        "xã"),
        ),
    )
