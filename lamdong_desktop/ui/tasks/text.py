"""How tasks read on screen: urgency, where a task stands, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from lamdong_desktop.domain.task_rules import Step, TaskState
from lamdong_desktop.domain.tasks import Timeliness, Urgency
from lamdong_desktop.messages.tasks import TASK_STATE_WORDS, TASK_STEP_WORDS, URGENCY_WORDS
from lamdong_desktop.services.task_views import TaskSummary


def tr(text: str) -> str:
    return QCoreApplication.translate("tasks", text)


def urgency_label(urgency: Urgency) -> str:
    return URGENCY_WORDS[urgency]


def state_label(state: TaskState) -> str:
    return TASK_STATE_WORDS[state]


def step_label(step: Step) -> str:
    return TASK_STEP_WORDS[step]


def day_text(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def standing_label(task: TaskSummary, today: date) -> str:
    """Trước hạn / đúng hạn / quá hạn / đang làm (against the original due day); a cancelled one says so; one waiting
    for its assigner's confirmation says that too."""
    words = _standing(task, today)
    return tr("{standing} · chờ xác nhận").format(standing=words) if task.awaiting_confirmation else words


def awaiting_note(task: TaskSummary) -> str:
    """Why a task waits, for its tooltip: "" when it does not."""
    if not task.awaiting_confirmation:
        return ""
    assigner = task.assigner.full_name if task.assigner else tr("người giao")
    return tr("Nhiệm vụ do người khác ghi, chờ {assigner} xác nhận; chưa tính vào chỉ tiêu cho đến khi được "
              "xác nhận.").format(assigner=assigner)


def _standing(task: TaskSummary, today: date) -> str:
    if task.state is TaskState.CANCELLED:
        return tr("Đã hủy")
    found = task.timeliness(today)
    if found is Timeliness.EARLY:
        return tr("Trước hạn")
    if found is Timeliness.ON_TIME:
        return tr("Đúng hạn")
    if found is Timeliness.LATE:
        return tr("Quá hạn")
    if found is Timeliness.OVERDUE:
        return tr("Quá hạn (chưa xong)")
    return tr("Đang làm")


def is_late(task: TaskSummary, today: date) -> bool:
    """Shown in red: open past its original due day, or done after it."""
    return task.state is not TaskState.CANCELLED and task.timeliness(today) in (Timeliness.LATE, Timeliness.OVERDUE)


def due_text(task: TaskSummary) -> str:
    """The original due day, and the one in force after extensions when it moved."""
    if task.current_due_on != task.due_on:
        return tr("{due} → {current}").format(due=day_text(task.due_on), current=day_text(task.current_due_on))
    return day_text(task.due_on)


def extensions_text(task: TaskSummary) -> str:
    return tr("{n} lần").format(n=task.extensions) if task.extensions else ""
