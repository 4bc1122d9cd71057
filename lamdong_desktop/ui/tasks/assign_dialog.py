"""“Giao việc mới…”: a task for someone of the unit, its source document, its people and its deadline.

The deadline is a date or N working days; the due day it makes is shown as it is typed, counted through the
installation's working calendar (``domain.tasks.due_on``, BLDS Đ147–148). Bad input gets the service's Vietnamese
message and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.tasks import Urgency, due_on
from lamdong_desktop.services import task_views, tasks
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.staff import Person
from lamdong_desktop.services.task_views import TaskView
from lamdong_desktop.ui.shared.dates import date_edit, to_date
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.messages import error_text
from lamdong_desktop.ui.shared.operations import Operation
from lamdong_desktop.ui.tasks.people import PeoplePicker
from lamdong_desktop.ui.tasks.text import urgency_label


class NewTaskDialog(Dialog):
    """Runs ``tasks.add_task`` on OK; stays open with the service's message when it refuses."""

    def __init__(self, ctx: AppContext, actor: Actor, people: Sequence[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.created: TaskView | None = None
        self.setWindowTitle(self.tr("Giao việc mới"))
        today = clock.today()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Trích yếu nhiệm vụ"))
        self.source_number = QLineEdit()
        self.source_number.setPlaceholderText(self.tr("Số/ký hiệu, ví dụ 12/UBND-KT"))
        self.has_source_date = QCheckBox(self.tr("ngày"))
        self.source_date = date_edit(today)
        self.source_date.setEnabled(False)
        self.has_source_date.toggled.connect(self.source_date.setEnabled)
        self.source_issuer = QLineEdit()
        self.source_issuer.setPlaceholderText(self.tr("Cơ quan ban hành"))
        source = QHBoxLayout()
        source.addWidget(self.source_number, 1)
        source.addWidget(self.has_source_date)
        source.addWidget(self.source_date)
        self.lead = PeoplePicker(people)
        self.lead.line_edit().setPlaceholderText(self.tr("Gõ tên (có dấu hoặc không dấu) hoặc tên đăng nhập"))
        self.co_list = QListWidget()
        self.co_list.setMaximumHeight(110)
        for person in self.lead.people_in_order():
            item = QListWidgetItem(person.full_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.co_list.addItem(item)
        self.assigned = date_edit(today)
        self.by_date = QRadioButton(self.tr("Đến ngày"))
        self.by_days = QRadioButton(self.tr("Số ngày làm việc"))
        self.by_days.setChecked(True)
        self.due_date = date_edit(today)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setValue(10)
        deadline = QHBoxLayout()
        deadline.addWidget(self.by_days)
        deadline.addWidget(self.days)
        deadline.addWidget(self.by_date)
        deadline.addWidget(self.due_date)
        deadline.addStretch(1)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.urgency = QComboBox()
        for urgency in Urgency:
            self.urgency.addItem(urgency_label(urgency), urgency.value)

        form = QFormLayout()
        form.addRow(self.tr("Trích yếu:"), self.title_edit)
        form.addRow(self.tr("Văn bản giao:"), source)
        form.addRow(self.tr("Cơ quan ban hành:"), self.source_issuer)
        form.addRow(self.tr("Người chủ trì:"), self.lead)
        form.addRow(self.tr("Người phối hợp:"), self.co_list)
        form.addRow(self.tr("Ngày giao:"), self.assigned)
        form.addRow(self.tr("Thời hạn:"), deadline)
        form.addRow(self.tr("Hạn xử lý:"), self.due_label)
        form.addRow(self.tr("Mức độ khẩn:"), self.urgency)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Giao việc"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (self.assigned.dateChanged, self.due_date.dateChanged):
            signal.connect(lambda _d: self.update_due())
        self.days.valueChanged.connect(lambda _v: self.update_due())
        self.by_days.toggled.connect(lambda _on: self.update_due())
        self.update_due()
        self.resize(620, self.sizeHint().height())

    def _deadline(self) -> tuple[date | None, int | None]:
        if self.by_days.isChecked():
            return None, self.days.value()
        return to_date(self.due_date.date()), None

    def update_due(self) -> None:
        """The due day the deadline makes, through the working calendar, or why it cannot be."""
        self.days.setEnabled(self.by_days.isChecked())
        self.due_date.setEnabled(self.by_date.isChecked())
        due, days = self._deadline()
        try:
            day = due_on(task_views.calendar_of(self.ctx), to_date(self.assigned.date()), due=due, working_days=days)
        except DomainError as error:
            self.due_label.setText(error_text(error))
            return
        weekday = (self.tr("Thứ Hai"), self.tr("Thứ Ba"), self.tr("Thứ Tư"), self.tr("Thứ Năm"), self.tr("Thứ Sáu"),
                   self.tr("Thứ Bảy"), self.tr("Chủ nhật"))[day.weekday()]
        self.due_label.setText(self.tr("{weekday}, {day} (tính theo lịch làm việc)").format(
            weekday=weekday, day=f"{day:%d/%m/%Y}"))

    def co_assignees(self) -> list[str]:
        return [self.co_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.co_list.count())
                if self.co_list.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        due, days = self._deadline()
        lead = self.lead.person_id() or self.lead.typed_text()
        fields = {"title": self.title_edit.text(), "lead": lead, "assigned_on": to_date(self.assigned.date()),
                  "due": due, "working_days": days, "urgency": self.urgency.currentData(),
                  "co_assignees": self.co_assignees(), "source_number": self.source_number.text(),
                  "source_date": to_date(self.source_date.date()) if self.has_source_date.isChecked() else None,
                  "source_issuer": self.source_issuer.text()}
        actor = self.actor
        operation: Operation[TaskView] = Operation(self, lambda ctx: tasks.add_task(ctx, actor=actor, **fields),
                                                   ctx=self.ctx)
        if operation.run():
            self.created = operation.result
            self.accept()
