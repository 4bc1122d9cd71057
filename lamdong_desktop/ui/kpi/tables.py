"""The dashboard's tables: each person's figures, and the lists behind a figure (tasks, people, party
organisations) — model/view over the service's values, sorted with the Vietnamese collator."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt

from lamdong_desktop.messages import GOOD_REASON_WORDS, URGENCY_WORDS
from lamdong_desktop.services.kpi import HeadOverdue, OrgCoverage, PersonKpi, TaskLine
from lamdong_desktop.ui.shared.i18n import format_date
from lamdong_desktop.ui.shared.table_models import Column, PagedRecordTableModel, RecordTableModel

from .figures import percent

translate = QCoreApplication.translate


def _count(get: Callable[[PersonKpi], int]) -> Callable[[PersonKpi], str]:
    return lambda p: str(get(p))


def person_columns() -> list[Column[PersonKpi]]:
    """Held, completed, early enough, late, overdue: each person's row of ``lamdong kpi --json``'s ``people``."""
    def number(title: str, get: Callable[[PersonKpi], int]) -> Column[PersonKpi]:
        return Column(title, _count(get), get, align_right=True)

    return [
        Column(translate("kpi", "Họ và tên"), lambda p: p.full_name),
        Column(translate("kpi", "Chức vụ"), lambda p: p.position),
        number(translate("kpi", "Được giao"), lambda p: p.held),
        number(translate("kpi", "Hoàn thành"), lambda p: p.completed),
        number(translate("kpi", "Đủ sớm"), lambda p: p.early_enough),
        Column(translate("kpi", "Tỷ lệ đủ sớm"), lambda p: percent(p.early.value),
               lambda p: p.early.value, align_right=True),
        number(translate("kpi", "Trước hạn"), lambda p: p.before_due),
        number(translate("kpi", "Đúng hạn"), lambda p: p.on_due),
        number(translate("kpi", "Hoàn thành quá hạn"), lambda p: p.completed - p.before_due - p.on_due),
        number(translate("kpi", "Quá hạn trong kỳ"), lambda p: p.late),
        number(translate("kpi", "Quá hạn chưa xong"), lambda p: p.open_overdue),
        number(translate("kpi", "Có lý do chính đáng"), lambda p: p.open_overdue_good),
        number(translate("kpi", "Được gia hạn"), lambda p: p.extended),
    ]


def person_model(parent: QObject | None = None) -> RecordTableModel[PersonKpi]:
    """A person with a late task stands out (red, bold)."""
    return RecordTableModel(person_columns(), parent, alert=lambda p: not p.without_overdue)


def _good(t: TaskLine) -> str:
    return "" if t.good_reason is None else GOOD_REASON_WORDS[t.good_reason]


def task_columns() -> list[Column[TaskLine]]:
    return [
        Column(translate("kpi", "Mã"), lambda t: t.ref),
        Column(translate("kpi", "Trích yếu"), lambda t: t.title),
        Column(translate("kpi", "Mức độ khẩn"), lambda t: URGENCY_WORDS[t.urgency]),
        Column(translate("kpi", "Người chủ trì"), lambda t: t.lead_name),
        Column(translate("kpi", "Người giao"), lambda t: t.assigner_name),
        Column(translate("kpi", "Ngày giao"), lambda t: format_date(t.assigned_on), lambda t: t.assigned_on),
        Column(translate("kpi", "Hạn (ban đầu)"), lambda t: format_date(t.due_on), lambda t: t.due_on),
        Column(translate("kpi", "Hạn đang áp dụng"), lambda t: format_date(t.current_due_on),
               lambda t: t.current_due_on),
        Column(translate("kpi", "Hoàn thành"), lambda t: format_date(t.done_on), lambda t: t.done_on),
        Column(translate("kpi", "Gia hạn"), lambda t: str(t.extensions), lambda t: t.extensions, align_right=True),
        Column(translate("kpi", "Lý do chậm chính đáng"), _good),
        Column(translate("kpi", "Số ngày được giao"), lambda t: "" if t.allotted is None else str(t.allotted),
               lambda t: t.allotted, align_right=True),
    ]


def task_model(parent: QObject | None = None) -> PagedRecordTableModel[TaskLine]:
    """The tasks behind a figure, fetched a page at a time as the list scrolls (a year may list thousands)."""
    return PagedRecordTableModel(task_columns(), page_size=100, parent=parent,
                                 natural_order=(-1, Qt.SortOrder.AscendingOrder))  # the service's own order


def org_model(parent: QObject | None = None) -> RecordTableModel[OrgCoverage]:
    def yes(value: bool) -> str:
        return translate("kpi", "Có") if value else translate("kpi", "Không")

    return RecordTableModel([
        Column(translate("kpi", "Tổ chức đảng"), lambda o: o.name),
        Column(translate("kpi", "Tổ chức cơ sở đảng"), lambda o: yes(o.grassroots)),
        Column(translate("kpi", "Đề xuất đột phá"), lambda o: ", ".join(o.proposals)),
        Column(translate("kpi", "Có giải pháp đột phá"), lambda o: yes(bool(o.proposals))),
    ], parent, alert=lambda o: o.grassroots and not o.proposals)


def head_model(parent: QObject | None = None) -> RecordTableModel[HeadOverdue]:
    return RecordTableModel([
        Column(translate("kpi", "Người giao (người đứng đầu)"),
               lambda h: h.full_name or translate("kpi", "Chưa rõ người giao")),
        Column(translate("kpi", "Không có lý do chính đáng"), lambda h: str(h.without_good_reason),
               lambda h: h.without_good_reason, align_right=True),
        Column(translate("kpi", "Có lý do chính đáng"), lambda h: str(h.with_good_reason), lambda h: h.with_good_reason,
               align_right=True),
        Column(translate("kpi", "Chưa đánh giá"), lambda h: str(h.unjudged), lambda h: h.unjudged, align_right=True),
    ], parent, alert=lambda h: h.without_good_reason > 0)


def texts(model: RecordTableModel[object], rows: Sequence[int] | None = None) -> list[list[str]]:
    """What a table shows, row by row (for the tests and for copying)."""
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in (rows if rows is not None else range(model.rowCount()))]
