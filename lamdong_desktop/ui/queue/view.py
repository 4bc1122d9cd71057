"""“Việc cần xử lý”: the first screen after sign-in — what waits for the person signed in, with its due date.

The list is the services' (``services/queue``); overdue items stand out in red and come first. A double
click (or Enter, or “Mở”) opens the proposal in its window — a meeting's item the meeting's, a task's item
(“Việc của tôi”: the person's tasks due this week or overdue, the head's requests and delays to decide) the task
through ``open_task``. The view follows every change notice that touches proposals, meetings and tasks, so an
item disappears as soon as it is dealt with, in this window or another.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import PROGRESS_WORDS, QUEUE_WORDS
from lamdong_desktop.services import queue
from lamdong_desktop.services.changes import PROPOSAL, TASK, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.columns import fit_columns
from lamdong_desktop.ui.shared.operations import on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table, selected_record

# The kinds of record whose change may add or remove an item (meetings join when they are recorded).
WATCHED = (PROPOSAL, "meeting", "decision", TASK)
# The items that are a meeting's rather than a proposal's: they open the meeting's window.
MEETING_ITEMS = frozenset({queue.ItemKind.HOLD, queue.ItemKind.MINUTES, queue.ItemKind.SIGN})
TITLE_COLUMN = 2  # the one column that takes the room left
KIND_WIDTH = 270  # the kinds' column at most: the longest kinds are cut there (whole in their tooltip)
# The width each column starts with, as the text it must show (the title stretches; all can be dragged).
COLUMN_SAMPLES = ("", "DX-2026-0000", "", "00/00/0000", "00/00/0000", "QUÁ HẠN — Chủ trì")


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


def columns(tr: Callable[[str], str]) -> list[Column[queue.QueueItem]]:
    def note(item: queue.QueueItem) -> str:
        if item.overdue:  # and why it matters more, when there is a reason (a result report that came late)
            return tr("QUÁ HẠN") + (f" — {item.reason}" if item.reason else "")
        if item.kind is queue.ItemKind.PROGRESS:  # the proposer's own proposal, where it stands at the province
            return PROGRESS_WORDS.get(item.state, "")
        return item.reason

    return [
        Column(tr("Việc"), lambda i: QUEUE_WORDS.get(i.kind, str(i.kind))),
        Column(tr("Mã số"), lambda i: i.ref),
        Column(tr("Nội dung"), lambda i: i.title),
        Column(tr("Từ ngày"), lambda i: _day(i.since), sort_key=lambda i: i.since),
        Column(tr("Hạn"), lambda i: _day(i.due), sort_key=lambda i: i.due or date.max),
        Column(tr("Ghi chú"), note),
    ]


class QueueView(QWidget):
    """``open_proposal(proposal_id)`` shows the proposal's window (the proposals area keeps the windows);
    ``open_meeting(meeting_id)`` the meeting's, for a meeting to hold, its minutes to record or to sign;
    ``open_task(task_id)`` the task's, for a task's item (none given: a task's item opens nothing)."""

    def __init__(self, ctx: AppContext, actor: Actor, open_proposal: Callable[[str], object],
                 parent: QWidget | None = None, *, open_meeting: Callable[[str], object] | None = None,
                 open_task: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self._open, self._open_meeting = ctx, actor, open_proposal, open_meeting
        self._open_task = open_task
        heading = QLabel(self.tr("Việc cần xử lý"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        self.model: RecordTableModel[queue.QueueItem] = RecordTableModel(
            columns(self.tr), self, alert=lambda item: item.overdue)
        # The model sorts itself (keys computed once) when a header is clicked; until then the rows keep the
        # services' order: overdue first, then by due date.
        self.table, self.proxy = make_table(self.model, self, sort_in_source=True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)  # Enter opens the row, as a double click does
        bold = self.table.font()
        bold.setBold(True)  # an overdue row is bold: it must fit too
        self._metrics = QFontMetrics(bold)
        # The kind's column as wide as the kinds listed (refresh), the title the rest: never squeezed unreadable.
        self.columns = fit_columns(self.table, stretch=TITLE_COLUMN, cells=self._metrics,
                                   samples=dict(enumerate(COLUMN_SAMPLES)))
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.refresh()
        on_changes(ctx, self, self._on_changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        try:
            items = queue.queue(self.ctx, actor=self.actor)
        except DomainError as error:
            messages.show_error(self, error)
            return
        self.model.set_records(items)
        words = [QUEUE_WORDS.get(i.kind, str(i.kind)) for i in items] or [""]
        self.columns.size(0, max(words, key=self._metrics.horizontalAdvance), most=KIND_WIDTH)
        self.columns.fit()
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:  # the person sorted by a column: keep it so after a refresh
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        overdue = sum(1 for i in items if i.overdue)
        if not items:
            self.summary.setText(self.tr("Không có việc nào đang chờ."))
        elif overdue:
            self.summary.setText(self.tr("{count} việc, trong đó {overdue} việc quá hạn.").format(
                count=len(items), overdue=overdue))
        else:
            self.summary.setText(self.tr("{count} việc đang chờ, chưa có việc quá hạn.").format(count=len(items)))
        self.open_button.setEnabled(bool(items))

    def items(self) -> list[queue.QueueItem]:
        """The items in the order shown, top to bottom."""
        return [self.proxy.record_at(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount())]

    def _open_index(self, index: QModelIndex) -> None:
        item = self.proxy.record_at(index)
        if item is not None:
            self.open_item(item)

    def open_item(self, item: queue.QueueItem) -> object:
        """A meeting's item (to hold, record or sign) opens the meeting; any other opens its proposal (a meeting's
        item opens its first proposal where meetings have no window); a task's item opens the task."""
        if item.task_id is not None:
            return self._open_task(item.task_id) if self._open_task is not None else None
        if item.kind in MEETING_ITEMS and item.meeting_id is not None and self._open_meeting is not None:
            return self._open_meeting(item.meeting_id)
        return self._open(item.proposal_id) if item.proposal_id else None

    def open_selected(self) -> object:
        item = selected_record(self.table) or (self.items()[0] if self.items() else None)
        return self.open_item(item) if item is not None else None
