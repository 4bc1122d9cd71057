"""The deadline calendar of the "Nhiệm vụ" area: a month of the reader's tasks by due day in force.

Each day of the painted grid (``deadline_grid``) shows how many of the tasks the reader sees fall due that day, the
overdue ones in red; days off of the unit's working calendar are greyed and today is framed. Choosing a day lists its
tasks beside the grid; a double-click on one asks for its window (``open_task``, the area opens it). The counts come
from one query per month (``services.task_calendar``) and follow the change notices of tasks and of the calendar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.task_rules import TaskState
from lamdong_desktop.messages import TASK_STATE_WORDS, URGENCY_WORDS
from lamdong_desktop.services import task_calendar
from lamdong_desktop.services.changes import CALENDAR, TASK, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.task_views import TaskSummary
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.columns import fit_columns
from lamdong_desktop.ui.shared.i18n import format_date, weekday_name
from lamdong_desktop.ui.shared.operations import on_changes
from lamdong_desktop.ui.shared.table_models import RECORD_ROLE, Column, RecordTableModel, make_table

from .deadline_grid import MonthGrid
from .text import tr


def _shift(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class DeadlineCalendar(QWidget):
    """A month grid of due days and, beside it, the tasks of the chosen day."""

    open_task = Signal(str)  # the task's id, on a double-click in the day's list

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        today = clock.today()
        self.first = today.replace(day=1)
        self.chosen: date | None = today
        self.month: task_calendar.MonthLoad | None = None

        self.previous_button = QPushButton(self.tr("‹ Tháng trước"))
        self.next_button = QPushButton(self.tr("Tháng sau ›"))
        self.today_button = QPushButton(self.tr("Hôm nay"))
        self.previous_button.clicked.connect(lambda: self.show_month(_shift(self.first, -1)))
        self.next_button.clicked.connect(lambda: self.show_month(_shift(self.first, 1)))
        self.today_button.clicked.connect(self.show_today)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)

        self.grid = MonthGrid(self)
        self.grid.day_chosen.connect(self.choose_day)
        legend = QLabel(self.tr("Số việc đến hạn mỗi ngày (theo hạn hiện hành); <span style='color:#b00020'>đỏ: "
                                "quá hạn</span>; ô xám: ngày nghỉ; khung xanh: hôm nay."))
        legend.setWordWrap(True)

        self.model: RecordTableModel[TaskSummary] = RecordTableModel([
            Column(self.tr("Số"), lambda t: t.ref),
            Column(self.tr("Trích yếu"), lambda t: t.title),
            Column(self.tr("Người chủ trì"), lambda t: t.lead.full_name),
            Column(self.tr("Mức độ"), lambda t: URGENCY_WORDS[t.urgency], sort_key=lambda t: list(URGENCY_WORDS)
                   .index(t.urgency)),
            Column(self.tr("Trạng thái"), self.state_text),
        ], self, alert=lambda t: t.overdue(self.today()))
        self.table, self.proxy = make_table(self.model, self, sort_in_source=True)  # a busy day: hundreds
        fit_columns(self.table, stretch=1, min_stretch=160, samples={
            0: "NV-2026-0000", 2: "Nguyễn Thị Hồng", 3: "Thượng khẩn", 4: "Quá hạn"})
        self.table.doubleClicked.connect(self._open)
        self.day_title = QLabel()
        self.day_title.setFont(font)
        self.empty = QLabel(self.tr("Không có nhiệm vụ nào đến hạn ngày này."))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.day_title)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(self.empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 610])  # the grid's days stay readable; the list needs its titles

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.reload()
        on_changes(ctx, self, self._on_changes)

    def today(self) -> date:
        return self.month.today if self.month is not None else clock.today()

    def state_text(self, task: TaskSummary) -> str:
        if task.overdue(self.today()):
            return self.tr("Quá hạn")
        text = TASK_STATE_WORDS[task.state]
        if task.extensions and task.state is TaskState.OPEN:
            text += self.tr(" (đã gia hạn)")
        if task.awaiting_confirmation:  # as the board says it: counted in no KPI until its assigner confirms it
            text = tr("{standing} · chờ xác nhận").format(standing=text)
        return text

    # -- navigation -----------------------------------------------------------------------------------
    def show_month(self, first: date) -> None:
        if not FIRST_CALENDAR_YEAR <= first.year <= LAST_CALENDAR_YEAR:
            return
        self.first = first.replace(day=1)
        if self.chosen is None or (self.chosen.year, self.chosen.month) != (first.year, first.month):
            self.chosen = None
        self.reload()

    def show_today(self) -> None:
        today = clock.today()
        self.chosen = today
        self.show_month(today)

    def choose_day(self, day: date) -> None:
        self.chosen = day
        if (day.year, day.month) != (self.first.year, self.first.month):
            self.show_month(day)
            return
        if self.month is not None:
            self.grid.set_month(self.month, day)
        self._list_day()

    # -- loading --------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.month = task_calendar.month_load(self.ctx, self.first, actor=self.actor)
        except DomainError as error:
            messages.show_error(self, error)
            return
        self.title.setText(self.tr("Tháng {month} năm {year}").format(month=self.first.month, year=self.first.year))
        overdue = sum(d.overdue for d in self.month.loads.values())
        self.summary.setText(self.tr("{n} việc đến hạn trong tháng, {late} quá hạn")
                             .format(n=self.month.total, late=overdue))
        self.previous_button.setEnabled(self.first > date(FIRST_CALENDAR_YEAR, 1, 1))
        self.next_button.setEnabled(self.first < date(LAST_CALENDAR_YEAR, 12, 1))
        self.grid.set_month(self.month, self.chosen)
        self._list_day()

    def _list_day(self) -> None:
        day = self.chosen
        tasks: list[TaskSummary] = []
        if day is not None:
            try:
                tasks = task_calendar.day_tasks(self.ctx, day, actor=self.actor)
            except DomainError as error:
                messages.show_error(self, error)
            self.day_title.setText(self.tr("{weekday}, {day}: {n} việc đến hạn")
                                   .format(weekday=weekday_name(day), day=format_date(day), n=len(tasks)))
        else:
            self.day_title.setText(self.tr("Chọn một ngày để xem các nhiệm vụ đến hạn."))
        self.model.set_records(tasks)  # by reference, as the service reads them; then as the header says
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (0, Qt.SortOrder.AscendingOrder):
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.empty.setVisible(day is not None and not tasks)

    def listed(self) -> list[TaskSummary]:
        """The day's tasks in the order shown."""
        return [self.proxy.index(row, 0).data(RECORD_ROLE) for row in range(self.proxy.rowCount())]

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        task = index.data(RECORD_ROLE)
        if task is not None:
            self.open_task.emit(task.id)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(TASK, CALENDAR):
            self.reload()
