"""The board's table model: pages of tasks in the order SQL keeps (``services.task_board``), fetched as it scrolls.

Sorting by a column asks SQL for the first page of that order (stored Vietnamese keys, ``storage/task_order``), so it
costs one page whatever the size of the list; the following pages start after the last row read. Columns whose
order depends on today (where a task stands) or that the filters already narrow (urgency) do not sort.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.services import task_board, task_views
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.task_board import Cursor
from lamdong_desktop.services.task_views import Filters, TaskSummary
from lamdong_desktop.ui.shared.table_models import (
    ALERT_COLOR,
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    PagedRecordTableModel,
)
from lamdong_desktop.ui.tasks.rows import AWAITING, ID, Packed, pack, unpack
from lamdong_desktop.ui.tasks.text import (
    awaiting_note,
    day_text,
    due_text,
    extensions_text,
    is_late,
    standing_label,
    tr,
    urgency_label,
)

REF, TITLE, LEAD, ASSIGNER, ASSIGNED, DUE, URGENCY, STANDING, EXTENSIONS = range(9)
# Board column → its order in SQL (``task_board.ORDERS``); the others do not sort.
SORT_ORDERS = {REF: "ref", TITLE: "title", LEAD: "lead", ASSIGNER: "assigner", ASSIGNED: "assigned", DUE: "due"}
NATURAL = (DUE, Qt.SortOrder.AscendingOrder)  # the nearest due day in force first, as the service lists
PAGE_SIZE = 200
_DISPLAY = Qt.ItemDataRole.DisplayRole
ALERT = QColor(ALERT_COLOR)
BOLD = QFont()
BOLD.setBold(True)
ITALIC = QFont()  # a task waiting for its assigner's confirmation: counted in no KPI yet
ITALIC.setItalic(True)
BOLD_ITALIC = QFont(BOLD)
BOLD_ITALIC.setItalic(True)
_FONTS = {(False, False): None, (True, False): BOLD, (False, True): ITALIC, (True, True): BOLD_ITALIC}
_SHOWN_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                          Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, SORT_ROLE, RECORD_ROLE})


def columns(today: Callable[[], date]) -> list[Column[TaskSummary]]:
    return [
        Column(tr("Số"), lambda t: t.ref),
        Column(tr("Trích yếu"), lambda t: t.title),
        Column(tr("Người chủ trì"), lambda t: t.lead.full_name),
        Column(tr("Người giao"), lambda t: t.assigner.full_name if t.assigner else ""),
        Column(tr("Ngày giao"), lambda t: day_text(t.assigned_on)),
        Column(tr("Hạn xử lý"), due_text),
        Column(tr("Mức độ khẩn"), lambda t: urgency_label(t.urgency)),
        Column(tr("Tình trạng"), lambda t: standing_label(t, today())),
        Column(tr("Gia hạn"), extensions_text, align_right=True),
    ]


def _unused(_row: Packed) -> str:
    return ""


class TaskBoardModel(PagedRecordTableModel[Packed]):
    """The tasks a reader sees under ``filters``, a page at a time, in a board order kept in SQL.

    Its records are packed rows (``ui.tasks.rows``: 100,000 summaries kept as objects made each collection of the
    garbage collector block the GUI); ``task(row)`` and the record role give the summary.
    """

    def __init__(self, ctx: AppContext, actor: Actor, parent: QObject | None = None) -> None:
        self._shown = columns(clock.today)
        super().__init__([Column(c.title, _unused, align_right=c.align_right) for c in self._shown],
                         page_size=PAGE_SIZE, natural_order=NATURAL, parent=parent)
        self.ctx, self.actor = ctx, actor
        self.filters = Filters()
        self.order = NATURAL
        self.pages_fetched = 0  # pages read since the last reload (tests, the benchmark)
        self.awaiting = 0  # how many of the tasks the filters keep wait for their assigner's confirmation
        self._cursor: Cursor | None = None
        self._prepared = False
        # row → its shown texts and whether it is late, made once (rows are only appended between resets)
        self._texts: dict[int, tuple[tuple[str, ...], bool]] = {}
        self._today = clock.today()

    def load(self, filters: Filters | None = None) -> None:
        """Count and read the first page again (the filters changed, or a change notice came)."""
        if filters is not None:
            self.filters = filters
        if not self._prepared:
            task_board.prepare(self.ctx)
            self._prepared = True
        total = task_views.count_tasks(self.ctx, self.filters, actor=self.actor)
        # how many of them wait for their assigner's confirmation (the board says so under the table)
        self.awaiting = total if self.filters.awaiting else (
            task_views.count_tasks(self.ctx, replace(self.filters, awaiting=True), actor=self.actor) if total else 0)
        self.pages_fetched = 0
        self._cursor = None
        self.set_source(lambda offset, limit: self._page(offset, limit, total), total)

    def _page(self, offset: int, limit: int, total: int) -> Sequence[Packed]:
        if offset == 0:
            self._cursor = None
        elif self._cursor is None:  # the last page was short: nothing more
            return []
        column, order = self.order
        page = task_board.board_page(self.ctx, self.filters, actor=self.actor, order=SORT_ORDERS[column],
                                     descending=order == Qt.SortOrder.DescendingOrder, after=self._cursor,
                                     limit=limit, total=total)
        self._cursor = page.end
        self.pages_fetched += 1
        return [pack(t) for t in page.tasks]

    def task(self, row: int) -> TaskSummary:
        return unpack(self._records[row])

    def row_of(self, task_id: str) -> int | None:
        """The row of the task ``task_id`` among those fetched, or None."""
        return next((row for row, packed in enumerate(self._records) if packed[ID] == task_id), None)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        """The texts of a row are made once, when its page arrives (a paint asks each cell for many roles)."""
        if role not in _SHOWN_ROLES or not index.isValid():
            return None
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            row = index.row()
            shown = self._texts.get(row)
            if shown is None:
                record = self.task(row)
                texts = tuple(c.display(record) for c in self._shown)
                shown = self._texts[row] = (texts, is_late(record, self._today))
            texts, late = shown
            if role == Qt.ItemDataRole.ForegroundRole:
                return ALERT if late else None
            if role == Qt.ItemDataRole.FontRole:
                return _FONTS[late, bool(self._records[row][AWAITING])]
            if role == Qt.ItemDataRole.ToolTipRole and self._records[row][AWAITING]:
                return texts[index.column()] + "\n" + awaiting_note(self.task(row))
            return texts[index.column()]
        if role == RECORD_ROLE:
            return self.task(index.row())
        if role == SORT_ROLE:
            return self._shown[index.column()].display(self.task(index.row()))
        return super().data(index, role)  # the alignment

    def beginResetModel(self) -> None:  # noqa: N802 - Qt's name
        self._texts.clear()
        self._today = clock.today()
        super().beginResetModel()

    def sortable(self, column: int) -> bool:
        return column in SORT_ORDERS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the first page of the order asked again from SQL (a column that does not sort keeps the order)."""
        if not self.sortable(column) or (column, order) == self.order:
            return
        self.order = (column, order)
        if self._fetch is not None:
            self.load()
