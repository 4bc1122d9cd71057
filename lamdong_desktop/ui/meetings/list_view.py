"""“Họp và quyết định”: the unit's leadership meetings and review councils, newest first.

For the head, the leadership and the secretary (``domain/access.py``: they read every meeting). The head convenes
a new one (“Triệu tập…”); a double click (or “Mở”) opens the meeting's window. The list follows every change
notice about meetings, decisions and proposals, from this window or another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services import meetings
from lamdong_desktop.services.changes import DECISION, MEETING, PROPOSAL, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.levels import may_convene
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.ui.meetings.text import kind_short, state_text
from lamdong_desktop.ui.meetings.windows import open_meeting_window
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table, selected_record

TITLE_COLUMN = 2
COLUMN_SAMPLES = ("00/00/0000 00:00", "Họp tập thể lãnh đạo", "", "DX-2026-000, DX-2026-000",
                  "Đã kết thúc, biên bản đã ký", "Họp muộn")


def columns(tr: Callable[[str], str]) -> list[Column[Meeting]]:
    def note(meeting: Meeting) -> str:
        parts = []
        if meeting.late:
            parts.append(tr("Họp muộn"))
        decided = sum(1 for i in meeting.items if i.concluded)
        if decided:
            parts.append(tr("{n}/{total} đã có văn bản").format(n=decided, total=len(meeting.items)))
        return "; ".join(parts)

    return [
        Column(tr("Ngày họp"), lambda m: f"{m.starts_at:%d/%m/%Y %H:%M}", sort_key=lambda m: m.starts_at),
        Column(tr("Loại"), lambda m: kind_short(m.kind)),
        Column(tr("Tên cuộc họp"), lambda m: m.title),
        Column(tr("Đề xuất"), lambda m: ", ".join(i.ref for i in m.items)),
        Column(tr("Trạng thái"), state_text),
        Column(tr("Ghi chú"), note),
    ]


class MeetingsView(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        heading = QLabel(self.tr("Họp và quyết định"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.model: RecordTableModel[Meeting] = RecordTableModel(columns(self.tr), self, alert=lambda m: m.late)
        self.table, self.proxy = make_table(self.model, self)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        for col, sample in enumerate(COLUMN_SAMPLES):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.convene_button = QPushButton(self.tr("Triệu tập…"))
        self.convene_button.setToolTip(self.tr(
            "Triệu tập họp tập thể lãnh đạo hoặc Hội đồng đánh giá đề xuất đổi mới, sáng tạo; cấp số giấy mời"))
        self.convene_button.setVisible(may_convene(actor))
        self.convene_button.clicked.connect(self.convene)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.convene_button)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.refresh()
        on_changes(ctx, self, self._on_changes)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        # A proposal's change matters only for one on a meeting's agenda (its state, its title).
        shown = {i.proposal_id for m in self.model.records() for i in m.items}
        if changes.touches(MEETING, DECISION) or (changes.touches(PROPOSAL) and changes.ids & shown):
            self.refresh()

    def refresh(self) -> None:
        try:
            found = meetings.list_meetings(self.ctx, actor=self.actor)
        except DomainError as error:
            messages.show_error(self, error)
            return
        chosen = selected_record(self.table)
        self.model.set_records(found)
        if chosen is not None:
            self.select(chosen.id)
        late = sum(1 for m in found if m.late)
        if not found:
            self.summary.setText(self.tr("Chưa có cuộc họp nào."))
        elif late:
            self.summary.setText(self.tr("{count} cuộc họp, trong đó {late} cuộc họp muộn (sau 07 ngày làm việc kể "
                                         "từ ngày tiếp nhận).").format(count=len(found), late=late))
        else:
            self.summary.setText(self.tr("{count} cuộc họp.").format(count=len(found)))
        self._update_buttons()

    def meetings_shown(self) -> list[Meeting]:
        return [self.proxy.record_at(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount())]

    def select(self, meeting_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(self.proxy.index(row, 0)).id == meeting_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_record(self.table) is not None)

    def _open_index(self, index: QModelIndex) -> None:
        meeting = self.proxy.record_at(index)
        if meeting is not None:
            self.open_meeting(meeting.id)

    def open_selected(self) -> object:
        meeting = selected_record(self.table)
        return self.open_meeting(meeting.id) if meeting is not None else None

    def open_meeting(self, meeting_id: str) -> object:
        return open_meeting_window(self.ctx, self.actor, meeting_id, self)

    def convene(self) -> object:
        """The convene dialog; the new meeting's window opens once it is convened."""
        from lamdong_desktop.ui.meetings.convene_dialog import ConveneDialog

        dialog = ConveneDialog(self.ctx, self.actor, self)
        if not messages.run_dialog(dialog) or dialog.value is None:
            return None
        return self.open_meeting(dialog.value.id)
