"""The pages the proposal dossier (hồ sơ đề xuất) adds to the documents it collects (domain brief §4).

Every document of a proposal prints with its own form (plan, minutes, decision …); two of its records have no form
of their own and print here as a record sheet (phiếu ghi nhận) from what the program recorded: the party committee's
opinion (``opinion_document``; its scanned letter follows it in the dossier) and the progress of the implementation
(``progress_document``: the values recorded on each indicator with their evidence, the difficulties, suspensions
and stops). Both carry the check of every printed page, as every form does.

The dossier ends with its list of documents (``list_document``, Danh mục tài liệu): each document's order, kind,
number, date, pages in the dossier and SHA-256 (a printed form's content digest, the one its check line is made
of; a scan's file hash), and the audit chain's head when it was printed. The list is the dossier's own index, not a
document of the record: it prints without a check of its own (``ListTemplate``); the dossier's seal and
``lamdong verify --dossier`` stand for it. Plain values in, ``model.Document`` out; every word of the domain comes
from the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from lamdong_desktop.documents.base import DocumentTemplate
from lamdong_desktop.documents.formatting import clock_text, nfc_all, short_date, split_paragraphs
from lamdong_desktop.documents.issued import Person, ProposalRef, quoted, sentence, unit_issuer
from lamdong_desktop.documents.model import Block, BulletList, Document, Heading, Paragraph, Signature, Table

SHEET_KIND = "PHIẾU GHI NHẬN"
OPINION_SUMMARY = "Ý kiến của cấp ủy về {subject} {title}"
PROGRESS_KIND = "BẢNG THEO DÕI"
PROGRESS_SUMMARY = "Tiến độ thực hiện đề xuất {title}"
LIST_KIND = "DANH MỤC TÀI LIỆU"
LIST_SUMMARY = "Hồ sơ đề xuất {reference}: {title}"
RECORDER_TITLE = "NGƯỜI GHI NHẬN"
IMPLEMENTER_TITLE = "NGƯỜI THỰC HIỆN"
PRINTER_TITLE = "NGƯỜI IN HỒ SƠ"
SHEET_NOTE = ("Phiếu do phần mềm in từ dữ liệu đã ghi nhận; bản chụp văn bản gốc (nếu có) được đóng ngay sau phiếu "
              "trong hồ sơ.")
NONE = "—"
HASH_GROUP = 16  # hex digits: a SHA-256 prints as four groups, two to a line of its column


@dataclass(frozen=True, kw_only=True)
class OpinionRecord:
    """The party committee's opinion as recorded (ND 73/2023 Đ8.1 on the plan, Đ11 on the result)."""

    unit_name: str
    unit_short_name: str
    proposal: ProposalRef
    subject: str  # what it is an opinion on: "kế hoạch đề xuất", "kết quả thực hiện đề xuất"
    body: str  # "Đảng ủy xã Di Linh"
    given_on: date
    stance: str  # "Đồng ý" / "Không đồng ý"
    text: str
    recorder: str
    scan_name: str = ""  # the file of the committee's letter, when one is attached
    audit_head: str = ""


def opinion_document(o: OpinionRecord) -> Document:
    """The record sheet of one party committee opinion."""
    o = nfc_all(o)
    body: list[Block] = [
        Paragraph(_proposal_line(o.proposal), lead="Đề xuất: ", indent=False),
        Paragraph(o.body, lead="Cấp ủy cho ý kiến: ", indent=False),
        Paragraph(short_date(o.given_on), lead="Ngày văn bản ý kiến: ", indent=False),
        Paragraph(o.stance, lead="Ý kiến: ", indent=False),
        Paragraph("", lead="Nội dung:", indent=False),
        *(Paragraph(sentence(p)) for p in split_paragraphs(o.text)),
        Paragraph(o.scan_name or "không đính kèm", lead="Bản chụp văn bản ý kiến: ", indent=False),
        Paragraph(SHEET_NOTE, italic=True),
    ]
    return _sheet(o.unit_name, o.unit_short_name, o.proposal, SHEET_KIND,
                  OPINION_SUMMARY.format(subject=o.subject, title=quoted(o.proposal.title)), body,
                  Signature(title=RECORDER_TITLE, name=o.recorder))


@dataclass(frozen=True)
class ProgressLine:
    """One value recorded on an indicator."""

    indicator: str  # "1. Số hồ sơ giải quyết (hồ sơ)"
    value: str
    measured_on: date
    note: str = ""
    evidence: str = ""  # the evidence file's name


@dataclass(frozen=True)
class EventLine:
    """A difficulty, suspension, resumption or stop (an adjustment is its own decision)."""

    noted_on: date
    what: str  # "Khó khăn", "Tạm dừng" …
    text: str
    reasons: str = ""


@dataclass(frozen=True, kw_only=True)
class ProgressRecord:
    """The implementation of a proposal as recorded (ND 73/2023 Đ9)."""

    unit_name: str
    unit_short_name: str
    proposal: ProposalRef
    implementers: tuple[Person, ...]
    started_on: date
    planned_end_on: date | None = None
    ended: str = ""  # "Hoàn thành ngày 30/01/2026", "Dừng thực hiện ngày …: lý do", "" while running
    values: tuple[ProgressLine, ...] = ()
    events: tuple[EventLine, ...] = ()
    audit_head: str = ""


def progress_document(p: ProgressRecord) -> Document:
    """The record sheet of an implementation: dates, implementers, each recorded value, each event."""
    p = nfc_all(p)
    body: list[Block] = [
        Paragraph(_proposal_line(p.proposal), lead="Đề xuất: ", indent=False),
        Paragraph("; ".join(i.text() for i in p.implementers) or NONE, lead="Người thực hiện: ", indent=False),
        Paragraph(short_date(p.started_on), lead="Bắt đầu thực hiện: ", indent=False),
        Paragraph(short_date(p.planned_end_on) if p.planned_end_on else NONE, lead="Dự kiến kết thúc: ",
                  indent=False),
    ]
    if p.ended:
        body.append(Paragraph(p.ended, lead="Kết thúc: ", indent=False))
    body.append(Heading("1. Giá trị các chỉ tiêu đã ghi nhận", level=2))
    if p.values:
        body.append(Table(
            header=("STT", "Chỉ tiêu", "Giá trị", "Ngày", "Ghi chú", "Minh chứng"),
            rows=tuple((str(n), v.indicator, v.value, short_date(v.measured_on), v.note or NONE, v.evidence or NONE)
                       for n, v in enumerate(p.values, start=1)),
            widths=(0.07, 0.31, 0.13, 0.14, 0.17, 0.18), align=("center", "left", "right", "center", "left", "left"),
            font_size=11))
    else:
        body.append(Paragraph("Chưa ghi nhận giá trị nào.", indent=False))
    body.append(Heading("2. Khó khăn, tạm dừng, tiếp tục, dừng thực hiện", level=2))
    if p.events:
        body.append(BulletList(tuple(
            f"{short_date(e.noted_on)} — {e.what}: {sentence(e.text)}" + (f" Lý do: {sentence(e.reasons)}"
                                                                         if e.reasons else "")
            for e in p.events)))
    else:
        body.append(Paragraph("Không có.", indent=False))
    body.append(Paragraph(SHEET_NOTE, italic=True))
    signer = p.implementers[0].name if p.implementers else ""
    return _sheet(p.unit_name, p.unit_short_name, p.proposal, PROGRESS_KIND,
                  PROGRESS_SUMMARY.format(title=quoted(p.proposal.title)), body,
                  Signature(title=IMPLEMENTER_TITLE, name=signer))


def _proposal_line(proposal: ProposalRef) -> str:
    who = proposal.proposer.text()
    return f"{proposal.reference} — {quoted(proposal.title)}" + (f", người đề xuất: {who}" if who else "")


def _sheet(unit_name: str, place: str, proposal: ProposalRef, kind: str, summary: str, body: Sequence[Block],
           signature: Signature) -> Document:
    # No number (the program's record, not a document of the register) and no date line: its dates are its text.
    return Document(issuer=unit_issuer(unit_name), number_line="", place=place, date=None, dated=False, kind=kind,
                    summary=(summary,), body=tuple(body), signature=signature, reference=proposal.reference)


# ------------------------------------------------------------------------------------------------ the list


@dataclass(frozen=True)
class ListedDocument:
    """One line of the list: what the dossier holds at ``first_page`` for ``pages`` pages."""

    order: int
    what: str  # "Biên bản họp", "Bản chụp biên bản đã ký" …
    number: str  # "03/BB-UBND", a file's name, "" when none
    day: date | None
    first_page: int
    pages: int
    sha256: str  # 64 hex digits


@dataclass(frozen=True, kw_only=True)
class DossierList:
    unit_name: str
    unit_short_name: str
    proposal: ProposalRef
    printed_at: datetime
    printed_by: str
    audit_seq: int | None  # the chain's head when printed (None: an empty chain)
    audit_hash: str
    documents: tuple[ListedDocument, ...]
    total_pages: int  # the pages before this list
    audit_head: str = ""  # the short line every page's foot carries


def hash_text(sha256: str) -> str:
    """A SHA-256 as the list prints it: four groups of 16 hex digits ("9f3a… 1c2b… …"), so it wraps in its column."""
    return " ".join(sha256[i:i + HASH_GROUP] for i in range(0, len(sha256), HASH_GROUP))


def pages_text(first: int, count: int) -> str:
    """ "4" or "4–6"."""
    return str(first) if count <= 1 else f"{first}–{first + count - 1}"


def list_document(d: DossierList) -> Document:
    """The list of documents ending the dossier (its own last page or pages)."""
    d = nfc_all(d)
    when = f"{clock_text(d.printed_at)} ngày {short_date(d.printed_at.date())}"
    head = f"#{d.audit_seq} · {hash_text(d.audit_hash)}" if d.audit_seq is not None else "nhật ký chưa có sự kiện"
    body: list[Block] = [
        Paragraph(f"Hồ sơ gồm {len(d.documents)} tài liệu trên {d.total_pages} trang, tiếp theo là danh mục này; in "
                  f"lúc {when} từ dữ liệu của phần mềm. Mã SHA-256 của văn bản do phần mềm in là mã băm nội dung của "
                  "văn bản (mã kiểm tra ở chân mỗi trang được tạo từ mã này); của bản chụp, tệp đính kèm là mã băm của "
                  "tệp đã lưu."),
        Table(header=("STT", "Tài liệu", "Số, ký hiệu", "Ngày", "Trang", "Mã SHA-256"),
              rows=tuple((str(x.order), x.what, x.number or NONE, short_date(x.day) if x.day else NONE,
                          pages_text(x.first_page, x.pages), hash_text(x.sha256)) for x in d.documents),
              widths=(0.06, 0.25, 0.17, 0.12, 0.08, 0.32), align=("center", "left", "left", "center", "center", "left"),
              font_size=8),
        Paragraph(head, lead="Mốc nhật ký khi in: ", indent=False, align="left"),
        Paragraph("Kiểm tra hồ sơ với cơ sở dữ liệu: lamdong verify --dossier <tệp hồ sơ>.pdf (mỗi văn bản, mỗi bản "
                  "chụp còn khớp dữ liệu; văn bản mới có sau khi in; mốc nhật ký còn trong chuỗi).", italic=True),
    ]
    return Document(issuer=unit_issuer(d.unit_name), number_line="", place=d.unit_short_name,
                    date=d.printed_at.date(), kind=LIST_KIND,
                    summary=(LIST_SUMMARY.format(reference=d.proposal.reference, title=quoted(d.proposal.title)),),
                    body=tuple(body), signature=Signature(title=PRINTER_TITLE, name=d.printed_by),
                    reference=d.proposal.reference)


class ListTemplate(DocumentTemplate):
    """The engine for the list: every page as a document's but without a check (QR and line), the dossier's seal
    and its record stand for the list."""

    def draw_page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        return None
