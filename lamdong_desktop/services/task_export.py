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


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text, date, count or percent


def _table(book: Any, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]]) -> Any:
    """One sheet: the headers bold in a frozen first row, then the rows, each cell formatted as its column says."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = book.create_sheet(title)
    ws.append([c.header for c in columns])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for cell in ws[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    formats = {"date": DATE_FORMAT, "percent": PERCENT_FORMAT, "count": COUNT_FORMAT}
    for values in rows:
        ws.append([float(v) if isinstance(v, Fraction) else v for v in values])
        for cell, column in zip(ws[ws.max_row], columns, strict=True):
            if column.kind in formats and cell.value is not None:
                cell.number_format = formats[column.kind]
    for number, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(number)].width = column.width
    ws.freeze_panes = "A2"
    return ws


def _save(book: Any, target: str | Path, data_root: Path) -> Path:
    path = check_print_target(data_root, target)
    buffer = io.BytesIO()
    book.save(buffer)
    return files.write_atomically(path, lambda out: out.write(buffer.getbuffer()))


def _book(title: str) -> Any:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    book.properties.title = title
    book.properties.creator = "lamdong-desktop"
    return book


# ------------------------------------------------------------------------------------------------------ tasks

TASK_COLUMNS = (
    Column("Mã nhiệm vụ", 14), Column("Trích yếu", 48), Column("Người chủ trì", 24), Column("Người giao", 22),
    Column("Ngày giao", 12, "date"), Column("Hạn xử lý (ban đầu)", 14, "date"),
    Column("Hạn đang áp dụng", 14, "date"), Column("Mức độ khẩn", 13), Column("Trạng thái", 16),
    Column("Ngày hoàn thành", 14, "date"), Column("Đánh giá thời hạn", 14), Column("Số lần gia hạn", 10, "count"),
    Column("Lý do chậm chính đáng", 14), Column("Số/ký hiệu văn bản", 18), Column("Ngày văn bản", 12, "date"),
    Column("Cơ quan ban hành", 26),
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
             s.source_issuer] for s in found]


def export_tasks(ctx: AppContext, *, actor: Actor, period: Period | None, target: str | Path,
                 today: date | None = None, filters: task_views.Filters | None = None) -> Path:
    """The tasks of ``period`` (those ``actor`` may read; None: of any period) that ``filters`` keep, as one sheet:
    ``lamdong export tasks`` gives a period, the board its filters."""
    from lamdong_desktop.messages import period_words

    book = _book(f"Danh sách nhiệm vụ {period_words(period)}" if period is not None else "Danh sách nhiệm vụ")
    _table(book, "Nhiệm vụ", TASK_COLUMNS, task_rows(ctx, actor=actor, period=period, today=today, filters=filters))
    return _save(book, target, ctx.paths.root)


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
    from lamdong_desktop.messages import period_words

    k = kpi.unit_kpis(ctx, actor=actor, period=period, today=today)
    words = f"{period_words(k.period)} (tính đến ngày {k.as_of:%d/%m/%Y})"
    book = _book(f"Chỉ tiêu {words}")
    summary = _table(book, "Chỉ tiêu", SUMMARY_COLUMNS, summary_rows(k))
    summary.append([])
    summary.append([f"Kỳ báo cáo: {words}"])
    _table(book, "Cá nhân", PERSON_COLUMNS, [
        [p.full_name, p.position, p.held, p.completed, p.early_enough, p.early.value, p.before_due, p.on_due,
         p.completed - p.before_due - p.on_due, p.late, p.open_overdue, p.open_overdue_good, p.extended,
         _yes(p.without_overdue)] for p in k.persons])
    _table(book, "Người đứng đầu", HEAD_COLUMNS, [
        [h.full_name or "Chưa rõ người giao", h.with_good_reason, h.without_good_reason, h.unjudged,
         _verdict(h.without_good_reason == 0)] for h in k.heads])
    for title, tasks in (("Quá hạn chưa xong", k.open_overdue), ("Hỏa tốc", k.flash), ("Hạn quá ngắn", k.short),
                         ("Gia hạn", k.extended)):
        _table(book, title, LINE_COLUMNS, _line_rows(kpi.lines(ctx, tasks, actor=actor)))
    _table(book, "Tổ chức đảng", ORG_COLUMNS, [
        [o.name, _yes(o.grassroots), ", ".join(o.proposals), _yes(bool(o.proposals))] for o in k.coverage])
    return _save(book, target, ctx.paths.root)


__all__ = ["Column", "export_kpis", "export_tasks", "summary_rows", "task_rows"]
