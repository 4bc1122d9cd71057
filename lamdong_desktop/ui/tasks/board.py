"""The "Nhiệm vụ" area: the unit's task board (an official: his own tasks), filtered, sorted in Vietnamese order.

The table is a model/view over ``services.task_board`` a page at a time (``TaskBoardModel``): the first screen of
100,000 tasks is one count and one page, sorting by a column asks SQL for the first page of that order. It refreshes
from change notices (kind TASK), never by reloading after its own actions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind, can_read, reads_others
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.task_rules import TaskState, is_manager
from lamdong_desktop.domain.tasks import Urgency
from lamdong_desktop.domain.text import fold
from lamdong_desktop.services import staff, task_export
from lamdong_desktop.services.changes import TASK, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.staff import Person
from lamdong_desktop.services.task_views import Filters, TaskSummary
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.columns import fit_columns
from lamdong_desktop.ui.shared.dates import date_edit, to_date
from lamdong_desktop.ui.shared.operations import Operation, on_changes
from lamdong_desktop.ui.shared.table_models import make_table, selected_record
from lamdong_desktop.ui.tasks.model import (
    ASSIGNED,
    ASSIGNER,
    DUE,
    LEAD,
    NATURAL,
    REF,
    STANDING,
    TITLE,
    URGENCY,
    TaskBoardModel,
)
from lamdong_desktop.ui.tasks.people import PeoplePicker
from lamdong_desktop.ui.tasks.text import state_label, urgency_label

SEARCH_DELAY_MS = 250


class TaskBoard(QWidget):
    """The board, its filters and its buttons; a double click opens the task's window."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None, *,
                 open_task: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self._opener = open_task  # the main window's (one window per task); none: the board opens it itself
        self.can_assign = is_manager(actor.roles)
        self.people: list[Person] = self._people()

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo trích yếu (có dấu hoặc không dấu)…"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.new_button = QPushButton(self.tr("Giao việc mới…"))
        self.new_button.setVisible(self.can_assign)
        self.new_button.clicked.connect(lambda: self.new_task())
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setToolTip(self.tr("Ghi các nhiệm vụ đang lọc ra một tệp Excel"))
        self.export_button.clicked.connect(lambda: self.choose_export())
        self.exported: Path | None = None
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)

        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Mọi tình trạng"), None)
        for state in TaskState:
            self.state_filter.addItem(state_label(state), state.value)
        self.overdue_only = QCheckBox(self.tr("Chỉ việc quá hạn"))
        self.awaiting_only = QCheckBox(self.tr("Chờ xác nhận"))
        self.awaiting_only.setToolTip(self.tr("Chỉ những nhiệm vụ do người khác ghi, chờ người giao xác nhận "
                                              "(chưa tính vào chỉ tiêu)."))
        self.holder_filter = PeoplePicker(self.people, empty=self.tr("Mọi người chủ trì"))
        # Only who sees the unit's tasks chooses whose; an official's board is his own.
        self.by_holder = bool(self.people) and reads_others(actor.roles, RecordKind.TASK)
        self.holder_filter.setVisible(self.by_holder)
        self.holder_filter.setMinimumContentsLength(14)
        self.urgency_filter = QComboBox()
        self.urgency_filter.addItem(self.tr("Mọi mức độ khẩn"), None)
        for urgency in Urgency:
            self.urgency_filter.addItem(urgency_label(urgency), urgency.value)
        self.due_range = QCheckBox(self.tr("Hạn từ"))
        today = clock.today()
        self.due_from = date_edit(today - timedelta(days=30))
        self.due_to = date_edit(today + timedelta(days=30))
        self.clear_button = QPushButton(self.tr("Bỏ lọc"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Lọc:")))
        filters.addWidget(self.state_filter)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.awaiting_only)
        filters.addWidget(self.holder_filter, 1)
        filters.addWidget(self.urgency_filter)
        filters.addWidget(self.due_range)
        filters.addWidget(self.due_from)
        filters.addWidget(QLabel(self.tr("đến")))
        filters.addWidget(self.due_to)
        filters.addWidget(self.clear_button)
        for combo in (self.state_filter, self.urgency_filter, self.holder_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.holder_filter.line_edit().editingFinished.connect(self.reload)
        for box in (self.overdue_only, self.awaiting_only, self.due_range):
            box.toggled.connect(lambda _on: self.reload())
        for edit in (self.due_from, self.due_to):
            edit.dateChanged.connect(lambda _d: self.reload() if self.due_range.isChecked() else None)

        self.model = TaskBoardModel(ctx, actor, self)
        self.table, self.proxy = make_table(self.model, self, sort_in_source=True)
        self.table.sortByColumn(*NATURAL)
        # Each column as wide as its usual text, the title the rest (an extended due day "a → b" and long names
        # are cut, their whole text in the tooltip).
        fit_columns(self.table, stretch=TITLE, samples={
            REF: "NV-2026-0000", LEAD: "Nguyễn Thị Hồng Nh", ASSIGNER: "Nguyễn Văn Hùng", ASSIGNED: "00/00/0000",
            DUE: "00/00/0000", URGENCY: max((urgency_label(u) for u in Urgency), key=len),
            STANDING: "Đang làm · chờ xác nhận"})
        header = self.table.horizontalHeader()
        self._shown_order = NATURAL
        header.sortIndicatorChanged.connect(self._sort_asked)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count_label = QLabel()
        self.status = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._last_filters: Filters | None = None
        self.reload()
        on_changes(ctx, self, self._on_changes)

    def _people(self) -> list[Person]:
        if not can_read(self.actor.roles, RecordKind.PERSON):
            return []
        try:
            return staff.list_people(self.ctx, actor=self.actor)
        except DomainError:
            return []

    def _sort_asked(self, column: int, order: Qt.SortOrder) -> None:
        """A column that does not sort puts the indicator back where the order is."""
        if self.model.sortable(column):
            self._shown_order = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._shown_order)
        header.blockSignals(False)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(TASK):
            chosen = self.selected()
            self.reload(force=True)
            if chosen is not None:
                self.select(chosen.id)

    # -- loading -------------------------------------------------------------------------------------
    def filters(self) -> Filters:
        today = clock.today()
        holder = self.holder_filter.person_id() if self.by_holder else None
        ranged = self.due_range.isChecked()
        return Filters(
            state=self.state_filter.currentData(),
            holder=holder,
            urgency=self.urgency_filter.currentData(),
            overdue_on=today if self.overdue_only.isChecked() else None,
            awaiting=self.awaiting_only.isChecked(),
            due_from=to_date(self.due_from.date()) if ranged else None,
            due_to=to_date(self.due_to.date()) if ranged else None,
            query=fold(self.search.text()).strip() or None,
        )

    def reload(self, *, force: bool = False) -> None:
        """Count and read the first page under the filters (again only when they changed, unless ``force``)."""
        self.search_timer.stop()
        filters = self.filters()
        if filters == self._last_filters and not force:
            return
        self._last_filters = filters
        try:
            self.model.load(filters)
        except DomainError as error:
            messages.show_error(self, error)
            return
        total, waiting = self.model.total(), self.model.awaiting
        text = self.tr("{n} nhiệm vụ.").format(n=_number(total))
        if waiting:
            text += " " + self.tr("{n} nhiệm vụ chờ người giao xác nhận (in nghiêng), chưa tính vào chỉ tiêu.").format(
                n=_number(waiting))
        self.count_label.setText(text)
        self._update_buttons()

    def clear_filters(self) -> None:
        for widget in (self.state_filter, self.urgency_filter, self.holder_filter, self.overdue_only,
                       self.awaiting_only, self.due_range, self.search):
            widget.blockSignals(True)
        self.state_filter.setCurrentIndex(0)
        self.urgency_filter.setCurrentIndex(0)
        self.holder_filter.choose(None)
        self.overdue_only.setChecked(False)
        self.awaiting_only.setChecked(False)
        self.due_range.setChecked(False)
        self.search.clear()
        for widget in (self.state_filter, self.urgency_filter, self.holder_filter, self.overdue_only,
                       self.awaiting_only, self.due_range, self.search):
            widget.blockSignals(False)
        self.reload()

    # -- selection and opening -----------------------------------------------------------------------
    def selected(self) -> TaskSummary | None:
        return selected_record(self.table)

    def select(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)  # the packed rows, not a summary made for each row
        if row is None:
            return False
        shown = self.proxy.mapFromSource(self.model.index(row, 0))
        if not shown.isValid():
            return False
        self.table.selectRow(shown.row())
        return True

    def column_texts(self, column: int) -> list[str]:
        """The texts of a column, top to bottom, as far as fetched."""
        return [self.proxy.index(row, column).data() for row in range(self.proxy.rowCount())]

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> object:
        task = self.selected()
        return self.open_task(task.id) if task is not None else None

    def open_task(self, task_id: str) -> object:
        if self._opener is not None:
            return self._opener(task_id)
        from lamdong_desktop.ui.tasks.windows import open_task_window

        return open_task_window(self.ctx, self.actor, task_id, self)

    def new_task(self) -> bool:
        """The "Giao việc mới…" dialog; the board shows the new task from the change notice."""
        from lamdong_desktop.ui.tasks.assign_dialog import NewTaskDialog

        return messages.run_dialog(NewTaskDialog(self.ctx, self.actor, self.people, self))

    # -- export --------------------------------------------------------------------------------------
    def choose_export(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất danh sách nhiệm vụ ra tệp Excel"),
            self.tr("Danh sách nhiệm vụ {day}.xlsx").format(day=f"{clock.today():%d-%m-%Y}"),
            self.tr("Bảng tính Excel (*.xlsx)"))
        if chosen:
            self.export_to(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def export_to(self, target: str | Path) -> Operation[Any]:
        """Write the tasks the filters keep to ``target`` on a worker (``task_export.export_tasks``, the sheet of
        ``lamdong export tasks``)."""
        filters, actor, today = self.filters(), self.actor, clock.today()

        def write(ctx: AppContext) -> Path:
            return task_export.export_tasks(ctx, actor=actor, period=None, target=target, today=today,
                                            filters=filters)

        def written(path: Path) -> None:
            self.exported = path
            self.status.setText(self.tr("Đã lưu tệp {path}").format(path=path))

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Đang xuất tệp Excel…"))
        return Operation(self, write, ctx=self.ctx).success(written).failure(
            lambda error: self.status.setText(messages.error_text(error))).finished(
            lambda: self.export_button.setEnabled(True)).run_in_background(label=self.tr("Đang xuất tệp Excel…"))


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")
