"""The "Lịch làm việc" area: days off and make-up working days of a year, and a due-date calculator.

Imported when the area is first opened: the ``holidays`` library costs a noticeable part of start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import MAX_WORKING_DAYS, DayKind
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.roles import Permission, permissions_of
from lamdong_desktop.services import calendar
from lamdong_desktop.services.changes import CALENDAR, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dates import date_edit, to_date, year_spin
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.i18n import format_date, weekday_name
from lamdong_desktop.ui.shared.operations import Operation, on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table, selected_record


@dataclass(frozen=True)
class CalendarRow:
    """A notable day, and whether it comes from this installation's correction table."""

    day: date
    kind: DayKind
    name: str
    corrected: bool


def calendar_rows(ctx: AppContext, year: int) -> list[CalendarRow]:
    """Days off and worked weekend days, plus every correction (one that makes a holiday a working
    weekday is not a notable day any more, yet it must stay visible to be removed)."""
    corrections = {c.day: c for c in calendar.list_corrections(ctx, year)}
    rows = {d.day: CalendarRow(d.day, d.kind, d.name, d.day in corrections) for d in calendar.year_days(ctx, year)}
    for day, correction in corrections.items():
        rows[day] = CalendarRow(day, correction.kind, correction.name, True)
    return [rows[day] for day in sorted(rows)]


def _to_date(edit: QDateEdit) -> date:
    return to_date(edit.date())


class CorrectionDialog(Dialog):
    def __init__(self, ctx: AppContext, actor: Actor, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.replaced = False
        self.moved = 0  # tasks whose due day moved with the correction
        self.setWindowTitle(self.tr("Điều chỉnh lịch làm việc"))
        self.day = date_edit(day)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Ngày nghỉ"), DayKind.OFF.value)
        self.kind.addItem(self.tr("Ngày làm việc (làm bù)"), DayKind.WORKDAY.value)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ: Nghỉ bù Quốc khánh; Làm bù cho ngày 02/01"))
        explain = QLabel(self.tr(
            "Dùng khi Thủ tướng Chính phủ hoặc tỉnh công bố lịch nghỉ khác với lịch chung. "
            "Điều chỉnh cùng một ngày sẽ thay điều chỉnh cũ."
        ))
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Ngày:"), self.day)
        form.addRow(self.tr("Là:"), self.kind)
        form.addRow(self.tr("Lý do:"), self.name)
        form.addRow(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        actor, day, kind, name = self.actor, _to_date(self.day), self.kind.currentData(), self.name.text()
        Operation(self, lambda ctx: calendar.set_correction(ctx, actor=actor, day=day, kind=kind, name=name),
                  ctx=self.ctx).success(self._saved).run()

    def _saved(self, result: calendar.CorrectionResult) -> None:
        self.replaced = result.replaced
        self.moved = result.tasks_moved
        super().accept()


class CalendarView(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.can_edit = Permission.MANAGE_CALENDAR in permissions_of(actor.roles)
        today = clock.today()

        self.year = year_spin(today.year)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.add_button = QPushButton(self.tr("Thêm điều chỉnh…"))
        self.remove_button = QPushButton(self.tr("Bỏ điều chỉnh"))
        self.add_button.clicked.connect(self.add_correction)
        self.remove_button.clicked.connect(self.remove_correction)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Năm:")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        for button in (self.add_button, self.remove_button):
            button.setVisible(self.can_edit)
            bar.addWidget(button)

        self.model: RecordTableModel[CalendarRow] = RecordTableModel([
            Column(self.tr("Ngày"), lambda r: format_date(r.day), sort_key=lambda r: r.day.toordinal()),
            Column(self.tr("Thứ"), lambda r: weekday_name(r.day), sort_key=lambda r: r.day.weekday()),
            Column(self.tr("Loại"), self.kind_text),
            Column(self.tr("Tên ngày"), lambda r: r.name),
            Column(self.tr("Nguồn"), lambda r: self.tr("Điều chỉnh riêng") if r.corrected else self.tr("Lịch chung")),
        ], self)
        self.table, self.proxy = make_table(self.model, self)
        for column, width in enumerate((100, 80, 170, 300)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.start = date_edit(today)
        self.start.setMaximumWidth(170)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_WORKING_DAYS)
        self.days.setValue(10)
        self.days.setSuffix(self.tr(" ngày làm việc"))
        self.days.setMaximumWidth(220)
        self.result = QLabel()
        font = self.result.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.result.setFont(font)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start.dateChanged.connect(lambda _d: self.compute_due_date())
        self.days.valueChanged.connect(lambda _n: self.compute_due_date())
        calculator = QGroupBox(self.tr("Tính hạn theo ngày làm việc"))
        form = QFormLayout(calculator)
        form.addRow(self.tr("Từ ngày:"), self.start)
        form.addRow(self.tr("Thời hạn:"), self.days)
        form.addRow(self.tr("Hạn cuối:"), self.result)
        rule = QLabel(self.tr(
            "Thời hạn bắt đầu từ ngày hôm sau của ngày đã chọn, chỉ tính ngày làm việc theo lịch trên "
            "(Bộ luật Dân sự 2015, Điều 147–148)."
        ))
        rule.setWordWrap(True)
        form.addRow(rule)

        self.moved_note = QLabel()  # what the last correction did to the tasks' due days
        self.moved_note.setWordWrap(True)
        self.moved_note.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.moved_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(calculator)
        self.reload()
        self.compute_due_date()
        on_changes(ctx, self, self._on_changes)

    def kind_text(self, row: CalendarRow) -> str:
        if row.kind is DayKind.OFF:
            return self.tr("Ngày nghỉ")
        return self.tr("Ngày làm việc (làm bù)")

    def reload(self) -> None:
        try:
            self.model.set_records(calendar_rows(self.ctx, self.year.value()))
        except DomainError as error:
            messages.show_error(self, error)
        self._update_buttons()
        self.compute_due_date()

    def selected(self) -> CalendarRow | None:
        return selected_record(self.table)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.remove_button.setEnabled(row is not None and row.corrected)

    def compute_due_date(self) -> date | None:
        try:
            due = calendar.due_date(self.ctx, start=_to_date(self.start), working_days=self.days.value())
        except DomainError as error:
            self.result.setText(messages.error_text(error))
            return None
        self.result.setText(f"{weekday_name(due)}, {format_date(due)}")
        return due

    def add_correction(self) -> None:
        row = self.selected()
        today = clock.today()
        if row is not None:
            day = row.day
        elif self.year.value() == today.year:
            day = today
        else:
            day = date(self.year.value(), 1, 1)
        dialog = CorrectionDialog(self.ctx, self.actor, day, self)
        if messages.run_dialog(dialog):  # the change notice reloads
            self.show_moved(dialog.moved)

    def remove_correction(self) -> None:
        row = self.selected()
        if row is None or not row.corrected:
            return
        if not messages.confirm(self, self.tr("Bỏ điều chỉnh ngày {day} ({name})? Ngày này sẽ theo lịch chung.")
                                .format(day=format_date(row.day), name=row.name)):
            return
        actor, day = self.actor, row.day
        Operation(self, lambda ctx: calendar.remove_correction(ctx, actor=actor, day=day)).success(
            self.show_moved).run()

    def show_moved(self, count: int) -> None:
        """Say how many tasks' due days the correction moved (none: say nothing)."""
        self.moved_note.setText(self.tr("Hạn của {n} nhiệm vụ chạy qua ngày này đã được tính lại theo lịch mới (Bộ "
                                        "luật Dân sự 2015, Điều 147–148).").format(n=count))
        self.moved_note.setVisible(count > 0)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(CALENDAR):
            self.reload()  # the due-date calculator follows (reload recomputes it)
