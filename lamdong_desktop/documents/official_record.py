"""Bản tổng hợp kết quả đổi mới, sáng tạo của cán bộ: the official's record printed for his personnel file (seed
IV.2: the results of breakthrough initiatives are the first basis for evaluating officials).

``OfficialRecordForm`` holds plain values, every word chosen by the service (roles, states, outcomes, the ruling in
its plain sentence, the commendations given); ``record_document`` turns it into a ``model.Document`` on the shared
ND 30/2020 layout and ``render_record`` prints it. It is a summary the unit certifies from its own records, not a
document of the register: it takes no number, carries the date it was made, and is signed for the People's Committee
by its chairman.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import long_date, nfc_all
from lamdong_desktop.documents.issued import Person, Signer, committee_of, listed, quoted, unit_issuer
from lamdong_desktop.documents.model import Block, BulletList, Document, Heading, Paragraph, Table

KIND = "BẢN TỔNG HỢP"
SUMMARY = "Kết quả đề xuất, thực hiện giải pháp đổi mới, sáng tạo của {name}"
SUMMARY_FILE = "(Lưu hồ sơ cán bộ)"
HEADING_PERSON = "I. THÔNG TIN CÁN BỘ"
HEADING_COUNTS = "II. TỔNG HỢP KẾT QUẢ"
HEADING_ENTRIES = "III. CÁC ĐỀ XUẤT ĐÃ ĐỀ XUẤT, THỰC HIỆN"
HEADINGS = (HEADING_PERSON, HEADING_COUNTS, HEADING_ENTRIES)
NAME, POSITION, PARTY_ORG = "Họ và tên: ", "Chức vụ: ", "Tổ chức đảng: "
COUNT_HEADER = ("TT", "Nội dung", "Số đề xuất")
COUNT_WIDTHS = (0.08, 0.72, 0.2)
INTRO = ("Căn cứ hồ sơ các đề xuất đổi mới, sáng tạo lưu tại {committee} (Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 "
         "của Chính phủ), kết quả đề xuất, thực hiện giải pháp đổi mới, sáng tạo của cán bộ đến {on} như sau:")
NONE = "Cán bộ chưa đề xuất hoặc tham gia thực hiện đề xuất đổi mới, sáng tạo nào đã được trình."
ENTRY = "{number}. {ref} — {title}"
ROLE, STATE, DECISION, PERIOD, RESULT, RULING, COMMENDED = (
    "Vai trò: ", "Tình trạng: ", "Quyết định: ", "Thực hiện: ", "Kết quả đánh giá: ", "Về trách nhiệm: ",
    "Khen thưởng: ")
CLOSING = ("Bản tổng hợp này được lập từ hồ sơ lưu tại {committee}, là căn cứ đánh giá, quy hoạch, bổ nhiệm cán bộ "
           "theo Nghị quyết của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng về thực hiện cơ chế khuyến khích và bảo vệ cán bộ "
           "năng động, sáng tạo, dám nghĩ, dám làm vì lợi ích chung.")


@dataclass(frozen=True)
class RecordLine:
    """One proposal as the record prints it; each text already in words ("" leaves the line out)."""

    ref: str
    title: str
    roles: str  # "Người đề xuất, Người thực hiện"
    state: str  # "Đã đánh giá kết quả"
    decision: str = ""  # "Phê duyệt (Quyết định số 01/QĐ-UBND ngày 13/01/2026)"
    period: str = ""  # "từ 15/01/2026 đến 30/01/2026"
    result: str = ""  # "Hoàn thành, đạt 2/2 chỉ tiêu định lượng (Thông báo số 01/TB-UBND ngày 11/02/2026)"
    ruling: str = ""  # the ruling's plain sentence
    commendations: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class OfficialRecordForm:
    unit_name: str
    unit_short_name: str
    person: Person
    party_org: str
    counts: tuple[tuple[str, int], ...]  # (what, how many), in the order printed
    lines: tuple[RecordLine, ...]
    date: date
    signer: Signer
    recipients: tuple[str, ...] = ()
    audit_head: str = ""


def _entry(number: int, line: RecordLine) -> tuple[Block, ...]:
    items = [(ROLE, line.roles), (STATE, line.state), (DECISION, line.decision), (PERIOD, line.period),
             (RESULT, line.result), (RULING, line.ruling)]
    items += [(COMMENDED, c) for c in line.commendations]
    texts = [lead + " ".join(value.split()) for lead, value in items if value]
    return (Heading(ENTRY.format(number=number, ref=line.ref, title=quoted(line.title)), level=2),
            BulletList(listed(texts)))


def record_body(r: OfficialRecordForm) -> tuple[Block, ...]:
    committee = committee_of(r.unit_name)
    blocks: list[Block] = [Paragraph(INTRO.format(committee=committee, on=long_date(r.date))),
                           Heading(HEADING_PERSON), Paragraph(r.person.name, lead=NAME, indent=True)]
    if r.person.position:
        blocks.append(Paragraph(r.person.position, lead=POSITION))
    if r.party_org:
        blocks.append(Paragraph(r.party_org, lead=PARTY_ORG))
    blocks += [Heading(HEADING_COUNTS),
               Table(COUNT_HEADER, tuple((str(n), what, str(count)) for n, (what, count) in enumerate(r.counts, 1)),
                     COUNT_WIDTHS, align=("center", "left", "center"), font_size=12),
               Heading(HEADING_ENTRIES)]
    if not r.lines:
        blocks.append(Paragraph(NONE, italic=True))
    for number, line in enumerate(r.lines, start=1):
        blocks += _entry(number, line)
    blocks.append(Paragraph(CLOSING.format(committee=committee)))
    return tuple(blocks)


def default_recipients(r: OfficialRecordForm) -> tuple[str, ...]:
    return (f"- {r.person.text()};", "- Lưu: VT, hồ sơ cán bộ.")


def record_document(r: OfficialRecordForm) -> Document:
    """The generic document model of the record (NFC throughout)."""
    r = nfc_all(r)
    return Document(
        issuer=unit_issuer(r.unit_name), number_line="", place=r.unit_short_name, date=r.date, kind=KIND,
        summary=(SUMMARY.format(name=r.person.name), SUMMARY_FILE), body=record_body(r),
        signature=r.signer.signature(), recipients=r.recipients or default_recipients(r), reference=r.person.name)


def render_record(r: OfficialRecordForm, target: Target, *, font_source: FontSource = "auto",
                  created: datetime | None = None) -> int:
    """Print ``r`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(record_document(r), target, created=created,
                                                            audit_head=r.audit_head or None)


def sample_record() -> OfficialRecordForm:
    """The record of the land proposal's proposer of Xã Di Linh: completed and commended, and a pilot stopped."""
    return OfficialRecordForm(
        unit_name="Xã Di Linh", unit_short_name="Di Linh",
        person=Person("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã"), party_org="Chi bộ Cơ quan Ủy ban nhân dân",
        counts=(("Đề xuất đã đề xuất (chủ trì hoặc đồng đề xuất)", 2), ("Đề xuất tham gia thực hiện", 2),
                ("Đề xuất đã được đánh giá kết quả", 2), ("Trong đó: hoàn thành", 1), ("Khen thưởng đã nhận", 1)),
        lines=(RecordLine("DX-2027-041", "Rút ngắn thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
                          "Người đề xuất, Người thực hiện", "Đã đánh giá kết quả",
                          "Phê duyệt (Quyết định số 03/QĐ-UBND ngày 06/01/2027)", "từ 15/01/2027 đến 31/12/2027",
                          "Hoàn thành, đạt 2/2 chỉ tiêu định lượng (Thông báo số 05/TB-UBND ngày 13/01/2028)",
                          "Không bị xem xét trách nhiệm; được xem xét khen thưởng, nâng lương trước thời hạn 12 "
                          "tháng.", ("Giấy khen của Chủ tịch Ủy ban nhân dân xã (Quyết định số 12/QĐ-UBND ngày "
                                     "20/01/2028)",)),
               RecordLine("DX-2027-052", "Thí điểm một cửa liên thông cấp xã cho hộ kinh doanh",
                          "Người đề xuất", "Dừng thực hiện",
                          "Cho thực hiện thí điểm (Quyết định số 07/QĐ-UBND ngày 02/03/2027)",
                          "từ 10/03/2027; dừng ngày 30/06/2027")),
        date=date(2028, 2, 2),
        signer=Signer(name="Nguyễn Văn Hùng", title="CHỦ TỊCH", authority=("TM. ỦY BAN NHÂN DÂN",)))
