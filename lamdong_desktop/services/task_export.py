"""Writing the tasks of a period and the KPI tables to .xlsx (issue 10 §5), for the office's own spreadsheets.

Each sheet has its Vietnamese headers in a frozen first row, its columns sized, dates as real dates shown
dd/mm/yyyy, counts as whole numbers and shares as percentages (the cell holds 0…1, as ``lamdong kpi --json`` gives
it). The KPI workbook reads the one ``kpi.unit_kpis`` result, so it shows the same numbers as the CLI, the
dashboard and the PDF report. The file is written whole or not at all (``storage/files.write_atomically``; a
failure names the user's file), never inside the data folder.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.kpi import Period, threshold_percent
from lamdong_desktop.domain.tasks import Share
from lamdong_desktop.storage import files

from . import kpi, task_views
from .context import AppContext
from .printing import check_print_target

DATE_FORMAT, PERCENT_FORMAT, COUNT_FORMAT = "dd/mm/yyyy", "0.0%", "0"
_FORMATS = {"date": DATE_FORMAT, "percent": PERCENT_FORMAT, "count": COUNT_FORMAT}
_FORMULA_STARTS = frozenset("=+-@\t\r")  # what a spreadsheet reads as the start of a formula


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text, date, count or percent


def _text_cell(ws: Any, value: str) -> Any:
    """A text cell written as text whatever it starts with: a title typed as ``=HYPERLINK(…)`` (or ``+``, ``-``,
    ``@``) is never a live formula in the user's spreadsheet (openpyxl would write it as one). The quote prefix keeps
    Excel from reading it as a formula when the cell is edited."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    if value[:1] in _FORMULA_STARTS:
        cell.quotePrefix = True
    return cell


def _table(book: Any, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]],
           after: Iterable[str] = ()) -> Any:
    """One sheet, streamed (openpyxl's write-only mode: each row is written once, no sheet held in memory): the
    headers bold in a frozen first row, then the rows, each cell formatted as its column says; ``after``: lines of
    text below the table."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = book.create_sheet(title)
    for number, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(number)].width = column.width
    ws.freeze_panes = "A2"
    bold, fill, wrap = Font(bold=True), PatternFill("solid", fgColor="DDEBF7"), Alignment(wrap_text=True,
                                                                                         vertical="center")
    headers = []
    for column in columns:
        cell = _text_cell(ws, column.header)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        headers.append(cell)
    ws.append(headers)
    formats = [_FORMATS.get(c.kind) for c in columns]

    def cell_of(value: object, number_format: str | None) -> object:
        if isinstance(value, str):
            return _text_cell(ws, value)
        if isinstance(value, Fraction):
            value = float(value)
        if number_format is None or value is None:
            return value
        cell = WriteOnlyCell(ws, value)
        cell.number_format = number_format
        return cell

    for values in rows:
        ws.append([cell_of(v, f) for v, f in zip(values, formats, strict=True)])
    for line in after:
        ws.append([_text_cell(ws, line)] if line else [])
    return ws


@dataclass(frozen=True)
class Table:
    """A sheet to write: its title, columns, rows, and lines of text below it."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    after: tuple[str, ...] = ()


def _write(ctx: AppContext, target: str | Path, title: str, tables: Sequence[Table]) -> Path:
    """The workbook of ``tables`` written to ``target`` (an .xlsx outside the data folder) whole or not at all. Every
    row is read before the workbook is begun: a write-only sheet left unsaved (a refusal half-way) would be closed
    by the garbage collector with its stream open."""
    from openpyxl import Workbook

    path = check_print_target(ctx.paths.root, target, suffix=".xlsx")
    book = Workbook(write_only=True)
    book.properties.title = title
    book.properties.creator = "lamdong-desktop"
    for table in tables:
        _table(book, table.title, table.columns, table.rows, table.after)
    buffer = io.BytesIO()
    book.save(buffer)
    return files.write_atomically(path, lambda out: out.write(buffer.getbuffer()))


# ------------------------------------------------------------------------------------------------------ tasks

TASK_COLUMNS = (
    Column("Mã nhiệm vụ", 14), Column("Trích yếu", 48), Column("Người chủ trì", 24), Column("Người giao", 22),
    Column("Ngày giao", 12, "date"), Column("Hạn xử lý (ban đầu)", 14, "date"),
    Column("Hạn đang áp dụng", 14, "date"), Column("Mức độ khẩn", 13), Column("Trạng thái", 16),
    Column("Ngày hoàn thành", 14, "date"), Column("Đánh giá thời hạn", 14), Column("Số lần gia hạn", 10, "count"),
    Column("Lý do chậm chính đáng", 14), Column("Số/ký hiệu văn bản", 18), Column("Ngày văn bản", 12, "date"),
    Column("Cơ quan ban hành", 26), Column("Xác nhận của người giao", 16),
)


def _held_in(s: task_views.TaskSummary, period: Period) -> bool:
    """Given by the period's end and not ended before it started."""
    ended = s.done_on or s.cancelled_on
    return s.assigned_on <= period.end and (ended is None or ended >= period.start)


def task_rows(ctx: AppContext, *, actor: Actor, period: Period | None, today: date | None = None,
              filters: task_views.Filters | None = None) -> list[list[object]]:
    """The tasks ``actor`` reads that were held on some day of ``period`` (None: whenever) and that ``filters`` keep
    (the board's), as the sheet's rows, by reference."""
    from lamdong_desktop.messages import GOOD_REASON_WORDS, TASK_STATE_WORDS, TIMELINESS_WORDS, URGENCY_WORDS

    day = period.as_of(today or clock.today()) if period is not None else today or clock.today()
    found = [s for s in task_views.list_tasks(ctx, filters, actor=actor) if period is None or _held_in(s, period)]
    found.sort(key=lambda s: (s.assigned_on.year, s.ref))
    return [[s.ref, s.title, s.lead.full_name, s.assigner.full_name if s.assigner else "", s.assigned_on, s.due_on,
             s.current_due_on, URGENCY_WORDS[s.urgency], TASK_STATE_WORDS[s.state], s.done_on,
             TIMELINESS_WORDS[s.timeliness(day)], s.extensions,
             "" if s.good_reason is None else GOOD_REASON_WORDS[s.good_reason], s.source_number, s.source_date,
             s.source_issuer, "Chờ xác nhận" if s.awaiting_confirmation else ""] for s in found]


def export_tasks(ctx: AppContext, *, actor: Actor, period: Period | None, target: str | Path,
                 today: date | None = None, filters: task_views.Filters | None = None) -> Path:
    """The tasks of ``period`` (those ``actor`` may read; None: of any period) that ``filters`` keep, as one sheet:
    ``lamdong export tasks`` gives a period, the board its filters."""
    from lamdong_desktop.messages import period_words

    check_print_target(ctx.paths.root, target, suffix=".xlsx")  # a wrong name refused before reading anything
    rows = task_rows(ctx, actor=actor, period=period, today=today, filters=filters)
    title = f"Danh sách nhiệm vụ {period_words(period)}" if period is not None else "Danh sách nhiệm vụ"
    return _write(ctx, target, title, [Table("Nhiệm vụ", TASK_COLUMNS, rows)])


# ------------------------------------------------------------------------------------------------------- KPIs

SUMMARY_COLUMNS = (Column("Chỉ tiêu", 56), Column("Số đạt", 10, "count"), Column("Trên tổng số", 12, "count"),
                   Column("Tỷ lệ", 10, "percent"), Column("Chỉ tiêu đặt ra", 14, "percent"), Column("Kết quả", 12))
PERSON_COLUMNS = (
    Column("Họ và tên", 26), Column("Chức vụ", 36), Column("Việc được giao trong kỳ", 12, "count"),
    Column("Hoàn thành", 11, "count"), Column("Đủ sớm", 9, "count"), Column("Tỷ lệ đủ sớm", 11, "percent"),
    Column("Trước hạn", 10, "count"), Column("Đúng hạn", 10, "count"), Column("Hoàn thành quá hạn", 11, "count"),
    Column("Việc quá hạn trong kỳ", 11, "count"), Column("Quá hạn chưa xong", 11, "count"),
    Column("Trong đó có lý do chính đáng", 14, "count"), Column("Được gia hạn", 10, "count"),
    Column("Không có việc quá hạn", 12))
HEAD_COLUMNS = (Column("Người giao (người đứng đầu)", 28), Column("Quá hạn có lý do chính đáng", 14, "count"),
                Column("Quá hạn không có lý do chính đáng", 16, "count"), Column("Trong đó chưa đánh giá", 12, "count"),
                Column("Kết quả", 12))
LINE_COLUMNS = (
    Column("Mã nhiệm vụ", 14), Column("Trích yếu", 48), Column("Mức độ khẩn", 13), Column("Người chủ trì", 24),
    Column("Người giao", 22), Column("Ngày giao", 12, "date"), Column("Hạn xử lý (ban đầu)", 14, "date"),
    Column("Hạn đang áp dụng", 14, "date"), Column("Ngày hoàn thành", 14, "date"),
    Column("Số lần gia hạn", 10, "count"), Column("Lý do chậm chính đáng", 14))
ORG_COLUMNS = (Column("Tổ chức đảng", 40), Column("Tổ chức cơ sở đảng", 12), Column("Đề xuất đột phá", 40),
               Column("Có giải pháp đột phá", 14))


def _verdict(met: bool | None) -> str:
    return "" if met is None else ("Đạt" if met else "Chưa đạt")


def _share_row(label: str, share: Share) -> list[object]:
    return [label, share.part, share.whole, share.value, share.target, _verdict(share.met)]


def _yes(value: bool) -> str:
    return "Có" if value else "Không"


def _line_rows(lines: Iterable[kpi.TaskLine]) -> list[list[object]]:
    from lamdong_desktop.messages import GOOD_REASON_WORDS, URGENCY_WORDS

    return [[t.ref, t.title, URGENCY_WORDS[t.urgency], t.lead_name, t.assigner_name, t.assigned_on, t.due_on,
             t.current_due_on, t.done_on, t.extensions,
             "" if t.good_reason is None else GOOD_REASON_WORDS[t.good_reason]] for t in lines]


def summary_rows(k: kpi.UnitKpis) -> list[list[object]]:
    """The first sheet: each target beside what was reached (the figures of ``lamdong kpi``)."""
    without = k.open_without_good_reason
    return [
        _share_row(f"Việc hoàn thành sớm hơn hạn từ {threshold_percent(k.settings.threshold)}% trở lên", k.early),
        _share_row("Cá nhân không có việc quá hạn", k.people),
        _share_row("Tổ chức cơ sở đảng có giải pháp đột phá", k.breakthrough),
        ["Hồ sơ quá hạn chưa xong không có lý do chính đáng", without, len(k.open_overdue), None, None,
         _verdict(without == 0)],
        ["Hồ sơ quá hạn chưa xong có lý do chính đáng", k.open_with_good_reason, len(k.open_overdue), None, None, ""],
        ["Việc hoàn thành trước hạn", k.before_due, k.completed, None, None, ""],
        ["Việc hoàn thành đúng hạn", k.on_due, k.completed, None, None, ""],
        ["Việc hoàn thành quá hạn", k.late_done, k.completed, None, None, ""],
        ["Văn bản hỏa tốc", len(k.flash), sum(k.orders.values()), None, None, ""],
        [f"Hạn xử lý dưới {k.settings.short_days} ngày làm việc", len(k.short), sum(k.orders.values()), None, None,
         ""],
        ["Nhiệm vụ được gia hạn", len(k.extended), None, None, None, ""],
    ]


def export_kpis(ctx: AppContext, *, actor: Actor, period: Period, target: str | Path,
                today: date | None = None) -> Path:
    """The KPIs of ``period`` for the unit and each person, with the lists behind the figures (the head and the
    leaders, as ``kpi.unit_kpis``)."""
    from lamdong_desktop.messages import counted_words, period_words

    check_print_target(ctx.paths.root, target, suffix=".xlsx")
    k = kpi.unit_kpis(ctx, actor=actor, period=period, today=today)
    words = f"{period_words(k.period)} ({counted_words(k.period, k.as_of)})"
    tables = [
        Table("Chỉ tiêu", SUMMARY_COLUMNS, summary_rows(k), after=("", f"Kỳ báo cáo: {words}")),
        Table("Cá nhân", PERSON_COLUMNS, [
            [p.full_name, p.position, p.held, p.completed, p.early_enough, p.early.value, p.before_due, p.on_due,
             p.completed - p.before_due - p.on_due, p.late, p.open_overdue, p.open_overdue_good, p.extended,
             _yes(p.without_overdue)] for p in k.persons]),
        Table("Người đứng đầu", HEAD_COLUMNS, [
            [h.full_name or "Chưa rõ người giao", h.with_good_reason, h.without_good_reason, h.unjudged,
             _verdict(h.without_good_reason == 0)] for h in k.heads])]
    for title, tasks in (("Quá hạn chưa xong", k.open_overdue), ("Hỏa tốc", k.flash), ("Hạn quá ngắn", k.short),
                         ("Gia hạn", k.extended)):
        tables.append(Table(title, LINE_COLUMNS, _line_rows(kpi.lines(ctx, tasks, actor=actor))))
    tables.append(Table("Tổ chức đảng", ORG_COLUMNS, [
        [o.name, _yes(o.grassroots), ", ".join(o.proposals), _yes(bool(o.proposals))] for o in k.coverage]))
    return _write(ctx, target, f"Chỉ tiêu {words}", tables)


__all__ = ["Column", "Table", "export_kpis", "export_tasks", "summary_rows", "task_rows"]
