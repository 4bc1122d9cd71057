"""Báo cáo kết quả thực hiện các chỉ tiêu giao việc của một kỳ (seed II.2, II.4, IV.5): each KPI beside its target,
charts (``documents/charts``), and the lists behind each figure.

``KpiReport`` holds plain values, every figure counted and every task named by the service
(``services/printing_kpi``, from ``services.kpi.unit_kpis`` — the numbers of ``lamdong kpi``); ``kpi_document``
turns it into a ``model.Document`` on the shared ND 30/2020 layout and ``render_kpi`` prints it. Numbered from the
register as the yearly review is ("Số: 05/BC-UBND"); until then it prints as a draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import nfc_all
from lamdong_desktop.documents.issued import (
    UNIT_ISSUER,
    Signer,
    committee_of,
    draft_state,
    level_word,
    number_line,
    unit_issuer,
)
from lamdong_desktop.documents.model import Align, Bar, Block, BulletList, Chart, Document, Heading, Paragraph, Table

DOC_TYPE = "BC"
KIND = "BÁO CÁO"
SUMMARY = "Kết quả thực hiện các chỉ tiêu về giao việc, thời hạn giải quyết công việc {period}"
INTRO = ("Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng về thực hiện cơ chế khuyến khích và bảo vệ cán "
         "bộ năng động, sáng tạo, dám nghĩ, dám làm vì lợi ích chung, {committee} báo cáo kết quả thực hiện các chỉ "
         "tiêu {period} (số liệu tính đến ngày {as_of}) như sau:")
MET, NOT_MET, NO_VERDICT = "Đạt", "Chưa đạt", "—"
FEW = "Hạn chế tối đa"
LEGEND = "Màu xanh: đạt chỉ tiêu; màu đỏ: chưa đạt; vạch đứt: chỉ tiêu đặt ra."
NO_DATA = "chưa có số liệu"
H_FIGURES = "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"
H_PEOPLE = "II. VIỆC QUÁ HẠN CỦA CÁN BỘ, CÔNG CHỨC"
H_HEADS = "III. HỒ SƠ QUÁ HẠN THEO NGƯỜI ĐỨNG ĐẦU"
H_ORDERS = "IV. VĂN BẢN HỎA TỐC, THỜI HẠN QUÁ NGẮN VÀ GIA HẠN"
H_PARTY = "V. GIẢI PHÁP ĐỘT PHÁ CỦA CÁC TỔ CHỨC CƠ SỞ ĐẢNG"
H_PROPOSALS = "VI. ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO"
FIGURE_HEADER = ("TT", "Chỉ tiêu", "Kết quả", "Chỉ tiêu đặt ra", "Đánh giá")
FIGURE_WIDTHS = (0.06, 0.42, 0.22, 0.16, 0.14)
TASK_HEADER = ("TT", "Số hiệu", "Trích yếu", "Người chủ trì", "Người giao", "Ngày giao", "Hạn xử lý")
TASK_WIDTHS = (0.05, 0.145, 0.245, 0.15, 0.14, 0.12, 0.15)
PERSON_HEADER = ("TT", "Họ và tên", "Nhiệm vụ", "Hoàn thành", "Đủ sớm", "Tỷ lệ đủ sớm", "Có việc quá hạn",
                 "Quá hạn chưa xong")
PERSON_WIDTHS = (0.05, 0.27, 0.1, 0.11, 0.1, 0.13, 0.12, 0.12)
HEAD_HEADER = ("TT", "Người đứng đầu (người giao việc)", "Có lý do chính đáng", "Không có lý do chính đáng",
               "Trong đó chưa đánh giá", "Đánh giá")
HEAD_WIDTHS = (0.06, 0.34, 0.15, 0.16, 0.15, 0.14)
ORG_HEADER = ("TT", "Tổ chức cơ sở đảng", "Đề xuất đột phá được tính", "Đánh giá")
ORG_WIDTHS = (0.06, 0.44, 0.34, 0.16)
COUNT_HEADER = ("TT", "{what}", "Số đề xuất")
COUNT_WIDTHS = (0.08, 0.72, 0.2)
CENTRE: Align = "center"
MAX_LISTED = 50  # rows of a list behind a figure printed; the rest are in the Excel export (a year may hold thousands)
MORE = ("Danh sách trên nêu {shown} nhiệm vụ đầu trong tổng số {total} nhiệm vụ; danh sách đầy đủ xem tại bảng tính "
        "xuất ra (lamdong export kpi).")


@dataclass(frozen=True)
class Figure:
    """One row of the figures' table: the KPI, its result and target in words, and the verdict."""

    name: str
    result: str
    target: str
    met: bool | None  # None: no target to meet ("as few as possible"), or nothing to count


@dataclass(frozen=True)
class ShareBar:
    label: str
    value: Fraction | None
    target: Fraction


@dataclass(frozen=True)
class TaskRow:
    ref: str
    title: str
    lead: str
    assigner: str
    assigned: date
    due: date
    note: str = ""  # beside the due day: the extension, the head's judgement, the working days given


@dataclass(frozen=True)
class TaskRows:
    """A list behind a figure: its first rows (``MAX_LISTED`` at most) and how many tasks it holds in all."""

    rows: tuple[TaskRow, ...] = ()
    total: int = 0


@dataclass(frozen=True)
class PersonRow:
    name: str
    held: int
    completed: int
    early_enough: int
    late: int
    open_overdue: int


@dataclass(frozen=True)
class HeadRow:
    name: str
    with_good_reason: int
    without_good_reason: int
    unjudged: int


@dataclass(frozen=True)
class OrgRow:
    name: str
    proposals: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class KpiReport:
    unit_name: str
    unit_short_name: str
    period: str  # "quý I năm 2026"
    period_code: str  # "2026-Q1"
    as_of: date
    figures: tuple[Figure, ...]
    shares: tuple[ShareBar, ...]  # drawn in the first chart
    completed: str  # "Hoàn thành 8 …" in words
    persons: tuple[PersonRow, ...]
    late_people: tuple[tuple[str, int], ...]  # (name, tasks late in the period)
    open_overdue: TaskRows
    heads: tuple[HeadRow, ...]
    orders: str  # the tasks given by urgency, in words
    flash: TaskRows
    short: TaskRows
    short_days: int
    extended: TaskRows
    organisations: tuple[OrgRow, ...]  # the grassroots ones
    by_state: tuple[tuple[str, int], ...]
    by_ruling: tuple[tuple[str, int], ...]
    signer: Signer
    number: int | None = None
    date: date | None = None
    issuer_code: str = UNIT_ISSUER
    recipients: tuple[str, ...] = ()
    audit_head: str = ""


def percent(value: Fraction | None) -> str:
    """37,5% (one decimal, the Vietnamese comma), as ``lamdong kpi`` prints it."""
    return NO_DATA if value is None else f"{float(value) * 100:.1f}%".replace(".", ",")


def count(n: int) -> str:
    """12.345: the Vietnamese thousands."""
    return f"{n:,}".replace(",", ".")


def verdict(met: bool | None) -> str:
    return NO_VERDICT if met is None else MET if met else NOT_MET


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def _tasks(tasks: TaskRows, caption: str, none: str) -> list[Block]:
    if not tasks.rows:
        return [Paragraph(none)]
    body = tuple((str(n), r.ref, r.title, r.lead, r.assigner, _day(r.assigned),
                  _day(r.due) + (f" ({r.note})" if r.note else "")) for n, r in enumerate(tasks.rows, 1))
    blocks: list[Block] = [Table(TASK_HEADER, body, TASK_WIDTHS, caption=caption, font_size=10,
                                 align=(CENTRE, "left", "left", "left", "left", CENTRE, "left"))]
    if tasks.total > len(tasks.rows):
        blocks.append(Paragraph(MORE.format(shown=len(tasks.rows), total=count(tasks.total)),
                                italic=True))
    return blocks


def _counts(what: str, rows: tuple[tuple[str, int], ...], none: str) -> list[Block]:
    if not rows:
        return [Paragraph(none)]
    header = (COUNT_HEADER[0], COUNT_HEADER[1].format(what=what), COUNT_HEADER[2])
    return [Table(header, tuple((str(n), w, str(c)) for n, (w, c) in enumerate(rows, 1)), COUNT_WIDTHS,
                  align=(CENTRE, "left", CENTRE), font_size=12,
                  footer=(("", "Tổng cộng", str(sum(c for _, c in rows))),))]


def _share_chart(r: KpiReport) -> Chart:
    bars = tuple(Bar(s.label, float(s.value or 0) * 100, percent(s.value), float(s.target) * 100,
                     None if s.value is None else s.value >= s.target) for s in r.shares)
    return Chart("Biểu đồ 1. Các chỉ tiêu tỷ lệ so với chỉ tiêu đặt ra (%)", bars, 100.0, LEGEND)


def _figures(r: KpiReport) -> list[Block]:
    rows = tuple((str(n), f.name, f.result, f.target, verdict(f.met)) for n, f in enumerate(r.figures, 1))
    return [Heading(H_FIGURES), Paragraph(INTRO.format(committee=committee_of(r.unit_name), period=r.period,
                                                       as_of=_day(r.as_of))),
            Table(FIGURE_HEADER, rows, FIGURE_WIDTHS, align=(CENTRE, "left", CENTRE, CENTRE, CENTRE), font_size=11),
            _share_chart(r), Paragraph(r.completed)]


def _people(r: KpiReport) -> list[Block]:
    blocks: list[Block] = [Heading(H_PEOPLE)]
    if r.late_people:
        blocks += [Paragraph(f"Trong kỳ có {len(r.late_people)}/{len(r.persons)} cá nhân có việc quá hạn:",
                             keep_with_next=True),
                   BulletList(tuple(f"{name}: {count(n)} việc quá hạn" + (";" if i < len(r.late_people) else ".")
                                    for i, (name, n) in enumerate(r.late_people, 1)))]
    else:
        blocks.append(Paragraph("Trong kỳ không có cá nhân nào có việc quá hạn."))
    blocks += _tasks(r.open_overdue, "Danh sách hồ sơ, công việc quá hạn chưa hoàn thành",
                     "Đến ngày báo cáo không còn hồ sơ, công việc quá hạn chưa hoàn thành.")
    if r.persons:
        rows = tuple((str(n), p.name, count(p.held), count(p.completed), count(p.early_enough),
                      percent(Fraction(p.early_enough, p.completed) if p.completed else None), count(p.late),
                      count(p.open_overdue)) for n, p in enumerate(r.persons, 1))
        blocks.append(Table(PERSON_HEADER, rows, PERSON_WIDTHS, align=("center", "left", *(CENTRE,) * 6),
                            caption="Kết quả của từng cá nhân", font_size=10))
        done = [p for p in r.persons if p.completed]
        if done:
            blocks.append(Chart(
                "Biểu đồ 2. Tỷ lệ hoàn thành đủ sớm của từng cá nhân (%)",
                tuple(Bar(p.name, 100 * p.early_enough / p.completed, percent(Fraction(p.early_enough, p.completed)),
                          float(r.shares[0].target) * 100, Fraction(p.early_enough, p.completed) >= r.shares[0].target)
                      for p in done), 100.0, LEGEND))
    return blocks


def _heads(r: KpiReport) -> list[Block]:
    blocks: list[Block] = [Heading(H_HEADS)]
    if not r.heads:
        return [*blocks, Paragraph("Đến ngày báo cáo không có người đứng đầu nào còn giữ hồ sơ quá hạn.")]
    rows = tuple((str(n), h.name, count(h.with_good_reason), count(h.without_good_reason), count(h.unjudged),
                  verdict(h.without_good_reason == 0)) for n, h in enumerate(r.heads, 1))
    blocks.append(Table(HEAD_HEADER, rows, HEAD_WIDTHS, align=(CENTRE, "left", CENTRE, CENTRE, CENTRE, CENTRE),
                        font_size=11))
    holding = [h for h in r.heads if h.without_good_reason]
    if holding:
        blocks.append(Paragraph("Người đứng đầu còn giữ hồ sơ quá hạn không có lý do chính đáng (chỉ tiêu: không có): "
                                + "; ".join(f"{h.name} ({count(h.without_good_reason)} hồ sơ)" for h in holding) + "."))
    top = max(h.without_good_reason for h in r.heads)
    blocks.append(Chart("Biểu đồ 3. Hồ sơ quá hạn không có lý do chính đáng theo người đứng đầu",
                        tuple(Bar(h.name, h.without_good_reason, count(h.without_good_reason), 0.0,
                                  h.without_good_reason == 0) for h in r.heads), float(max(top, 1)), LEGEND))
    return blocks


def _orders(r: KpiReport) -> list[Block]:
    return [Heading(H_ORDERS), Paragraph(r.orders),
            *_tasks(r.flash, "Danh sách văn bản hỏa tốc", "Trong kỳ không có văn bản giao việc hỏa tốc."),
            *_tasks(r.short, f"Danh sách nhiệm vụ giao với thời hạn dưới {r.short_days} ngày làm việc",
                    f"Trong kỳ không có nhiệm vụ nào giao với thời hạn dưới {r.short_days} ngày làm việc."),
            *_tasks(r.extended, "Danh sách nhiệm vụ được gia hạn", "Trong kỳ không có nhiệm vụ nào được gia hạn.")]


def _party(r: KpiReport) -> list[Block]:
    blocks: list[Block] = [Heading(H_PARTY)]
    if not r.organisations:
        return [*blocks, Paragraph("Đơn vị chưa ghi nhận tổ chức cơ sở đảng nào.")]
    rows = tuple((str(n), o.name, ", ".join(o.proposals) or "Chưa có", verdict(bool(o.proposals)))
                 for n, o in enumerate(r.organisations, 1))
    blocks.append(Table(ORG_HEADER, rows, ORG_WIDTHS, align=(CENTRE, "left", "left", CENTRE), font_size=11))
    missing = [o.name for o in r.organisations if not o.proposals]
    blocks.append(Paragraph("Tổ chức cơ sở đảng chưa có giải pháp đột phá: " + "; ".join(missing) + "." if missing
                            else "Tất cả các tổ chức cơ sở đảng đều có giải pháp đột phá."))
    blocks.append(Chart("Biểu đồ 4. Số giải pháp đột phá của từng tổ chức cơ sở đảng",
                        tuple(Bar(o.name, len(o.proposals), str(len(o.proposals)), 1.0, bool(o.proposals))
                              for o in r.organisations),
                        float(max(2, *(len(o.proposals) for o in r.organisations))), LEGEND))
    return blocks


def kpi_body(r: KpiReport) -> tuple[Block, ...]:
    return (*_figures(r), *_people(r), *_heads(r), *_orders(r), *_party(r), Heading(H_PROPOSALS),
            *_counts("Tình trạng", r.by_state, "Trong kỳ không có đề xuất nào được trình."),
            *_counts("Kết luận đánh giá", r.by_ruling, "Trong kỳ không có đề xuất nào được kết luận đánh giá."))


def default_recipients(r: KpiReport) -> tuple[str, ...]:
    level = level_word(r.unit_name)
    return (f"- Thường trực Đảng ủy {level} (để báo cáo);", f"- Chủ tịch, các Phó Chủ tịch UBND {level};",
            "- Lưu: VT.")


def kpi_document(r: KpiReport) -> Document:
    """The generic document model of the report (NFC throughout)."""
    r = nfc_all(r)
    draft, when, year = draft_state(r.number, r.date)
    return Document(
        issuer=unit_issuer(r.unit_name), number_line=number_line(r.number, DOC_TYPE, r.issuer_code),
        place=r.unit_short_name, date=when, draft_year=year, kind=KIND, summary=(SUMMARY.format(period=r.period),),
        body=kpi_body(r), signature=r.signer.signature(), recipients=r.recipients or default_recipients(r),
        draft=draft, reference=f"Chỉ tiêu {r.period_code}")


def render_kpi(r: KpiReport, target: Target, *, font_source: FontSource = "auto",
               created: datetime | None = None) -> int:
    """Print ``r`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(kpi_document(r), target, created=created,
                                                            audit_head=r.audit_head or None)
