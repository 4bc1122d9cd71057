"""The "Nhiệm vụ" area: the task board ("Danh sách") and the deadline calendar ("Lịch hạn") as two tabs.

Both follow the change notices of tasks on their own (``on_changes``), whichever tab is shown, so a task given,
done or extended anywhere shows in both. A task opens in its window (one per task) through ``open_task`` — the
main window's — from the board's double-click as from the calendar's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.tasks.board import TaskBoard
from lamdong_desktop.ui.tasks.deadline_calendar import DeadlineCalendar

BOARD_TAB, CALENDAR_TAB = 0, 1


class TasksArea(QTabWidget):
    """``open_task(task_id)`` shows a task's window (none given: the board's own opener)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None, *,
                 open_task: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksArea")
        self.setDocumentMode(True)
        self.board = TaskBoard(ctx, actor, open_task=open_task)
        self.calendar = DeadlineCalendar(ctx, actor)
        self.addTab(self.board, self.tr("Danh sách"))
        self.addTab(self.calendar, self.tr("Lịch hạn"))
        self.setTabToolTip(BOARD_TAB, self.tr("Danh sách nhiệm vụ, lọc và sắp xếp"))
        self.setTabToolTip(CALENDAR_TAB, self.tr("Số việc đến hạn từng ngày trong tháng"))
        self.calendar.open_task.connect(self.open_task)

    def open_task(self, task_id: str) -> object:
        """The task's window, as the board opens it (through ``open_task`` when given)."""
        return self.board.open_task(task_id)
