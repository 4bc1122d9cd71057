"""A task's window: its details, co-assignees, source document, the log of its steps, and the steps this reader may
take (``task_views.steps_for``), each a small dialog; a step the rule refuses now is disabled with the reason, one
the reader may never take is not shown. It refreshes from change notices of its task."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind, can_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.task_rules import DeadlineKind, Step, TaskState, may
from lamdong_desktop.messages.tasks import EXTENSION_STATUS_WORDS, GOOD_REASON_WORDS, TASK_EVENT_WORDS
from lamdong_desktop.services import staff, task_views
from lamdong_desktop.services.changes import TASK, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.task_views import TaskEvent, TaskView
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table
from lamdong_desktop.ui.tasks.text import day_text, is_late, standing_label, state_label, step_label, tr, urgency_label

STEPS = (Step.PROGRESS, Step.COMPLETE, Step.REQUEST_EXTENSION, Step.DECIDE_EXTENSION, Step.REASSIGN, Step.CANCEL,
         Step.JUDGE, Step.CONFIRM)


def event_text(event: TaskEvent) -> str:
    """What a step of the log says, with its extension's decision or the judgement."""
    parts = [event.text]
    if event.new_due_on is not None:
        parts.append(tr("hạn mới {day}").format(day=day_text(event.new_due_on)))
    if event.status is not None:
        decided = EXTENSION_STATUS_WORDS[event.status]
        if event.decider_name:
            decided += tr(" ({name}, {day})").format(name=event.decider_name, day=day_text(event.decided_on))
        parts.append(decided + (f": {event.decision_note}" if event.decision_note else ""))
    if event.from_name or event.to_name:
        parts.append(tr("từ {a} sang {b}").format(a=event.from_name, b=event.to_name))
    if event.good_reason is not None:
        parts.append(GOOD_REASON_WORDS[event.good_reason])
    return " — ".join(p for p in parts if p)


class TaskWindow(QWidget):
    closed = Signal(str)  # the task id

    def __init__(self, ctx: AppContext, actor: Actor, view: TaskView, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.actor, self.view = ctx, actor, view
        resize_to_fit(self, 900, 680)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.fields: dict[str, QLabel] = {}
        details = QGroupBox(self.tr("Thông tin nhiệm vụ"))
        form = QFormLayout(details)
        for key, label in (("state", self.tr("Tình trạng:")), ("lead", self.tr("Người chủ trì:")),
                           ("co", self.tr("Người phối hợp:")), ("assigner", self.tr("Người giao:")),
                           ("source", self.tr("Văn bản giao:")), ("assigned", self.tr("Ngày giao:")),
                           ("deadline", self.tr("Thời hạn:")), ("due", self.tr("Hạn xử lý:")),
                           ("urgency", self.tr("Mức độ khẩn:")), ("days", self.tr("Ngày làm việc:")),
                           ("result", self.tr("Kết quả:")), ("judgement", self.tr("Lý do chậm:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.log_model: RecordTableModel[TaskEvent] = RecordTableModel([
            Column(self.tr("Ngày"), lambda e: day_text(e.noted_on), sort_key=lambda e: e.noted_on),
            Column(self.tr("Bước"), lambda e: TASK_EVENT_WORDS[e.kind]),
            Column(self.tr("Nội dung"), event_text),
            Column(self.tr("Người ghi"), lambda e: e.recorder_name),
        ], self)
        self.log_table, _proxy = make_table(self.log_model, self)
        self.log_table.setSortingEnabled(False)
        for column, width in enumerate((85, 130, 420)):
            self.log_table.setColumnWidth(column, width)
        log_box = QGroupBox(self.tr("Các bước xử lý"))
        QVBoxLayout(log_box).addWidget(self.log_table)
        self.step_buttons: dict[Step, QPushButton] = {}
        buttons = QHBoxLayout()
        for step in STEPS:
            button = QPushButton(step_label(step) + "…")
            button.clicked.connect(lambda _c=False, s=step: self.run_step(s))
            self.step_buttons[step] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(details)
        layout.addWidget(log_box, 1)
        layout.addLayout(buttons)
        self.show_view(view)
        on_changes(ctx, self, self._on_changes)

    # -- showing -------------------------------------------------------------------------------------
    def show_view(self, view: TaskView) -> None:
        self.view = view
        s = view.summary
        today = clock.today()
        self.setWindowTitle(self.tr("Nhiệm vụ {ref}").format(ref=s.ref))
        self.heading.setText(f"{s.ref} — {s.title}")
        state = state_label(s.state) + " — " + standing_label(s, today)
        self.fields["state"].setText(state)
        self.fields["state"].setStyleSheet("color: #b00020; font-weight: bold" if is_late(s, today) else "")
        self.fields["lead"].setText(s.lead.full_name + (f" ({s.lead.position})" if s.lead.position else ""))
        self.fields["co"].setText(", ".join(p.full_name for p in view.co_assignees) or self.tr("(không có)"))
        self.fields["assigner"].setText(s.assigner.full_name if s.assigner else "")
        source = ", ".join(p for p in (s.source_number, self.tr("ngày {d}").format(d=day_text(s.source_date))
                                       if s.source_date else "", s.source_issuer) if p)
        self.fields["source"].setText(source or self.tr("(không ghi)"))
        self.fields["assigned"].setText(day_text(s.assigned_on))
        deadline = (self.tr("{n} ngày làm việc").format(n=view.deadline_days)
                    if view.deadline_kind is DeadlineKind.WORKING_DAYS else
                    self.tr("đến ngày {d}").format(d=day_text(view.deadline_date)))
        self.fields["deadline"].setText(deadline)
        due = day_text(s.due_on)
        if s.current_due_on != s.due_on:
            due += self.tr(" (gia hạn đến {d}, {n} lần)").format(d=day_text(s.current_due_on), n=s.extensions)
        self.fields["due"].setText(due)
        self.fields["urgency"].setText(urgency_label(s.urgency))
        days = self.tr("được giao {n}").format(n=view.allotted_days)
        if view.used_days is not None:
            days += self.tr(", đã dùng {n}").format(n=view.used_days)
        self.fields["days"].setText(days)
        result = ""
        if s.state is TaskState.DONE:
            result = self.tr("hoàn thành ngày {d}").format(d=day_text(s.done_on))
            if view.result_note:
                result += f": {view.result_note}"
            if view.result_attachment_id:
                result += self.tr(" (có tệp kết quả)")
        elif s.state is TaskState.CANCELLED:
            result = self.tr("hủy ngày {d}: {r}").format(d=day_text(s.cancelled_on), r=view.cancel_reason)
        self.fields["result"].setText(result)
        self.fields["judgement"].setText(GOOD_REASON_WORDS[s.good_reason] if is_late(s, today) else "")
        self.log_model.set_records(view.events)
        self._update_buttons()

    def _update_buttons(self) -> None:
        try:
            _row, standing = task_views.task_row(self.ctx, self.view.id, self.actor)
        except DomainError:
            standing = None
        for step, button in self.step_buttons.items():
            allowed = step in self.view.steps
            # "Xác nhận…" only on a task waiting for the reader's confirmation
            button.setVisible(allowed or (step is not Step.CONFIRM and standing is not None
                                          and may(step, self.actor.roles, standing)))
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else self.refusal(step))

    def refusal(self, step: Step) -> str:
        """Why a step the reader may take is not possible now."""
        s = self.view.summary
        if step is Step.JUDGE:
            if s.state is TaskState.CANCELLED:
                return self.tr("Nhiệm vụ đã hủy: không đánh giá lý do chậm.")
            return self.tr("Nhiệm vụ không chậm so với hạn ban đầu: không cần đánh giá lý do chậm.")
        if s.state is not TaskState.OPEN:
            return self.tr("Nhiệm vụ {state}: không còn bước này.").format(state=state_label(s.state).lower())
        if step is Step.DECIDE_EXTENSION:
            return self.tr("Không có đề nghị gia hạn nào đang chờ quyết định.")
        if step is Step.REQUEST_EXTENSION:
            return self.tr("Đang có đề nghị gia hạn chờ lãnh đạo quyết định.")
        return ""

    def visible_steps(self) -> list[Step]:
        return [s for s, b in self.step_buttons.items() if not b.isHidden()]

    def enabled_steps(self) -> list[Step]:
        return [s for s, b in self.step_buttons.items() if not b.isHidden() and b.isEnabled()]

    # -- acting --------------------------------------------------------------------------------------
    def step_dialog(self, step: Step) -> QWidget:
        from lamdong_desktop.ui.tasks.step_dialogs import StepDialog

        people = []
        if step is Step.REASSIGN and can_read(self.actor.roles, RecordKind.PERSON):
            people = staff.list_people(self.ctx, actor=self.actor)
        return StepDialog(self.ctx, self.actor, self.view, step, people, self)

    def run_step(self, step: Step) -> bool:
        """The step's dialog; the window shows the result from the change notice."""
        dialog = self.step_dialog(step)
        return messages.run_dialog(dialog)  # type: ignore[arg-type]

    def reload(self) -> None:
        try:
            self.show_view(task_views.get(self.ctx, self.view.id, actor=self.actor))
        except DomainError as error:  # no longer this reader's (reassigned to someone else): the window goes
            messages.show_error(None, error)
            self.close()

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(TASK, record_id=self.view.id):
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.closed.emit(self.view.id)
        super().closeEvent(event)
