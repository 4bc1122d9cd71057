"""In the proposal window: the meetings the proposal was put to and the decisions on it, one click from each.

The line follows the change notices itself (a meeting closed, a vote recorded, a decision issued or signed in
another window), so the proposal window needs to know nothing about meetings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import OUTCOME_WORDS, SIGNED_WORDS, UNSIGNED_WORDS
from lamdong_desktop.services import decisions, meetings
from lamdong_desktop.services.changes import DECISION, MEETING, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.ui.meetings.text import kind_short, state_text
from lamdong_desktop.ui.meetings.windows import open_meeting_window
from lamdong_desktop.ui.shared.operations import on_changes


class MeetingsLine(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.proposal_id: str | None = None
        self.found: list[Meeting] = []
        self.line = QLabel()
        self.line.setObjectName("meetingsLine")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Mở cuộc họp"))
        self.open_button.clicked.connect(self.open_latest)
        self.menu = QMenu(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.open_button)
        self.hide()
        on_changes(ctx, self, self._on_changes)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if self.proposal_id is not None and changes.touches(MEETING, DECISION, record_id=self.proposal_id):
            self.load(self.proposal_id)

    def load(self, proposal_id: str | None) -> None:
        self.proposal_id = proposal_id
        if proposal_id is None:
            self.found = []
            self.hide()
            return
        try:
            self.found = meetings.meetings_of(self.ctx, proposal_id, actor=self.actor)
            issued = decisions.list_decisions(self.ctx, actor=self.actor, proposal_id=proposal_id)
        except DomainError:
            self.found, issued = [], []
        parts = [self.tr("{kind} {when} ({state})").format(kind=kind_short(m.kind), when=f"{m.held_on:%d/%m/%Y}",
                                                          state=state_text(m)) for m in self.found]
        text = self.tr("Đưa ra họp: {meetings}.").format(meetings="; ".join(parts)) if parts else ""
        for view in issued:
            text += " " + self.tr("Văn bản số {ref}: {outcome} ({signed}).").format(
                ref=view.reference, outcome=OUTCOME_WORDS[view.outcome],
                signed=SIGNED_WORDS if view.locked else UNSIGNED_WORDS)
        self.line.setText(text.strip())
        self.menu.clear()
        for meeting in self.found:
            action = self.menu.addAction(f"{kind_short(meeting.kind)} — {meeting.title} ({meeting.held_on:%d/%m/%Y})")
            action.triggered.connect(lambda _=False, m=meeting.id: self.open_meeting(m))
        self.open_button.setMenu(self.menu if len(self.found) > 1 else None)  # type: ignore[arg-type]
        self.open_button.setText(self.tr("Mở cuộc họp ▾") if len(self.found) > 1 else self.tr("Mở cuộc họp"))
        self.open_button.setVisible(bool(self.found))
        self.setVisible(bool(text))

    def open_latest(self) -> object:
        return self.open_meeting(self.found[-1].id) if self.found else None

    def open_meeting(self, meeting_id: str) -> object:
        return open_meeting_window(self.ctx, self.actor, meeting_id, self)
