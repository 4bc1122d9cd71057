"""The small dialogs of a task's steps: each gathers what its service needs and runs it through ``Operation``.

A refusal shows the service's Vietnamese message and the dialog stays open; nothing is written. The task's window
and the board refresh from the change notice the write sends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.task_rules import Step
from lamdong_desktop.services import task_steps, tasks
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.staff import Person
from lamdong_desktop.services.task_views import TaskView
from lamdong_desktop.ui.shared.dates import date_edit, to_date
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.operations import Operation
from lamdong_desktop.ui.tasks.people import PeoplePicker
from lamdong_desktop.ui.tasks.text import step_label


class StepDialog(Dialog):
    """One step of one task: a day, a text, and what the step adds (``build``)."""

    def __init__(self, ctx: AppContext, actor: Actor, view: TaskView, step: Step, people: Sequence[Person] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.view, self.step = ctx, actor, view, step
        self.result_view: TaskView | None = None
        self.setWindowTitle(self.tr("{step} — {ref}").format(step=step_label(step), ref=view.ref))
        self.form = QFormLayout()
        self.day = date_edit(clock.today())
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(70)
        self.choice: QButtonGroup | None = None
        self.yes: QRadioButton | None = None
        self.new_due = date_edit(view.summary.current_due_on)
        self.lead: PeoplePicker | None = None
        self.attachment = QLineEdit()
        self._build(people)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ghi"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _yes_no(self, yes: str, no: str) -> None:
        self.choice = QButtonGroup(self)
        self.yes = QRadioButton(yes)
        other = QRadioButton(no)
        self.yes.setChecked(True)
        row = QHBoxLayout()
        for number, button in enumerate((self.yes, other)):
            self.choice.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(self.tr("Quyết định:"), row)

    def _build(self, people: Sequence[Person]) -> None:
        step = self.step
        if step is Step.CONFIRM:  # the assigner's word that he gave it: nothing else to fill in
            s = self.view.summary
            self.form.addRow(QLabel(self.tr("Xác nhận bạn đã giao nhiệm vụ này cho {lead} ngày {day}. Chưa xác nhận "
                                            "thì nhiệm vụ chưa được tính vào chỉ tiêu.").format(
                lead=s.lead.full_name, day=f"{s.assigned_on:%d/%m/%Y}"), wordWrap=True))
            return
        self.form.addRow(self.tr("Ngày:"), self.day)
        if step is Step.REQUEST_EXTENSION:
            self.form.addRow(self.tr("Hạn mới:"), self.new_due)
        if step is Step.DECIDE_EXTENSION:
            pending = self.view.pending_extension
            if pending is not None and pending.new_due_on is not None:
                self.form.addRow(self.tr("Đề nghị:"), QLineEdit(self.tr("gia hạn đến {day}: {reason}").format(
                    day=f"{pending.new_due_on:%d/%m/%Y}", reason=pending.text), readOnly=True))
            self._yes_no(self.tr("Đồng ý gia hạn"), self.tr("Không đồng ý"))
        if step is Step.JUDGE:
            self._yes_no(self.tr("Có lý do chính đáng"), self.tr("Không có lý do chính đáng"))
        if step is Step.REASSIGN:
            self.lead = PeoplePicker(people)
            self.form.addRow(self.tr("Giao cho:"), self.lead)
        if step is Step.COMPLETE:
            choose = QPushButton(self.tr("Chọn tệp…"))
            choose.clicked.connect(self._choose_file)
            row = QHBoxLayout()
            row.addWidget(self.attachment, 1)
            row.addWidget(choose)
            self.form.addRow(self.tr("Tệp kết quả:"), row)
        label = {Step.PROGRESS: self.tr("Nội dung tiến độ:"), Step.COMPLETE: self.tr("Kết quả thực hiện:"),
                 Step.REQUEST_EXTENSION: self.tr("Lý do xin gia hạn:"), Step.DECIDE_EXTENSION: self.tr("Ý kiến:"),
                 Step.REASSIGN: self.tr("Lý do giao lại:"), Step.CANCEL: self.tr("Lý do hủy:"),
                 Step.JUDGE: self.tr("Lý do đánh giá:")}[step]
        self.form.addRow(label, self.text)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp kết quả thực hiện"), "")
        if name:
            self.attachment.setText(name)

    def call(self) -> Callable[[AppContext], Any]:
        """The service call the dialog's fields make (plain values only)."""
        actor, task_id, text, day = self.actor, self.view.id, self.text.toPlainText(), to_date(self.day.date())
        yes = self.yes is not None and self.yes.isChecked()
        step = self.step
        if step is Step.PROGRESS:
            return lambda ctx: task_steps.record_progress(ctx, actor=actor, task_id=task_id, text=text, on=day)
        if step is Step.COMPLETE:
            attachment = Path(self.attachment.text().strip()) if self.attachment.text().strip() else None
            return lambda ctx: tasks.complete(ctx, actor=actor, task_id=task_id, done_on=day, note=text,
                                              attachment=attachment)
        if step is Step.REQUEST_EXTENSION:
            new_due = to_date(self.new_due.date())
            return lambda ctx: task_steps.request_extension(ctx, actor=actor, task_id=task_id, new_due=new_due,
                                                            reason=text, on=day)
        if step is Step.DECIDE_EXTENSION:
            return lambda ctx: task_steps.decide_extension(ctx, actor=actor, task_id=task_id, approve=yes, note=text,
                                                           on=day)
        if step is Step.REASSIGN:
            assert self.lead is not None
            lead = self.lead.person_id() or self.lead.typed_text()
            return lambda ctx: tasks.reassign(ctx, actor=actor, task_id=task_id, lead=lead, reason=text, on=day)
        if step is Step.CANCEL:
            return lambda ctx: tasks.cancel(ctx, actor=actor, task_id=task_id, reason=text, on=day)
        if step is Step.CONFIRM:
            return lambda ctx: task_steps.confirm(ctx, actor=actor, task_id=task_id)
        return lambda ctx: task_steps.judge(ctx, actor=actor, task_id=task_id, good_reason=yes, reason=text, on=day)

    def submit(self) -> None:
        operation: Operation[TaskView] = Operation(self, self.call(), ctx=self.ctx)
        if operation.run():
            self.result_view = operation.result
            self.accept()
