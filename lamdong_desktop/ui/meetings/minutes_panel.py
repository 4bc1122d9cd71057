"""The minutes' own text: opinions voiced, what happened (diễn biến) and the chair's conclusion (Mẫu 1.9).

Text edits are saved with their button (never lost to a change notice from elsewhere while unsaved); opinions are
written one by one through ``OpinionDialog``. Only the secretary records, while the meeting is open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.meetings import Step
from lamdong_desktop.services import meeting_records
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.services.minutes import OpinionData
from lamdong_desktop.ui.meetings.dialogs import OpinionDialog
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation


class OpinionsBox(QGroupBox):
    """The opinions voiced (on one proposal, or on the meeting as a whole) and “Ghi ý kiến…”."""

    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx, self.actor = ctx, actor
        self.meeting: Meeting | None = None
        self.item: ItemView | None = None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setSpacing(3)
        self.empty = QLabel(self.tr("Chưa có ý kiến nào."))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("Ghi ý kiến…"))
        self.add_button.clicked.connect(self.add)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)

    def load(self, meeting: Meeting, item: ItemView | None, opinions: Sequence[OpinionData], rights: Rights) -> None:
        self.meeting, self.item = meeting, item
        self.list.clear()
        for opinion in opinions:
            speaker = f"{opinion.name} ({opinion.position})" if opinion.position else opinion.name
            entry = QListWidgetItem(f"{speaker}: {opinion.text}")
            entry.setData(Qt.ItemDataRole.UserRole, opinion.text)
            self.list.addItem(entry)
        self.empty.setVisible(not opinions)
        self.add_button.setVisible(rights.records_item(item) if item is not None else rights.recorder and rights.open)
        waiting = rights.why_not(Step.OPINION)
        self.add_button.setEnabled(not waiting)
        self.add_button.setToolTip(waiting)

    def texts(self) -> list[str]:
        return [str(entry.data(Qt.ItemDataRole.UserRole)) for r in range(self.list.count())
                if (entry := self.list.item(r)) is not None]

    def add(self) -> OpinionDialog | None:
        if self.meeting is None:
            return None
        dialog = OpinionDialog(self.ctx, self.actor, self.meeting, self.item, self)
        if messages.run_dialog(dialog):
            self.flash.emit(self.tr("Đã ghi ý kiến."))
        return dialog


class TextPair(QWidget):
    """Two texts saved together by one button; ``write(ctx, first, second)`` is the service call."""

    flash = Signal(str)

    def __init__(self, ctx: AppContext, labels: tuple[str, str], button: str, done: str,
                 write: Callable[[AppContext, str, str], Changed[object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.write, self.done = ctx, write, done
        self.dirty = False
        self.first, self.second = QPlainTextEdit(), QPlainTextEdit()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, edit in zip(labels, (self.first, self.second), strict=True):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._edited)
            layout.addWidget(QLabel(label))
            layout.addWidget(edit, 1)
        self.save_button = QPushButton(button)
        self.save_button.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(placeholder-text);")
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self._loading = False

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.save_button.setEnabled(True)

    def load(self, first: str, second: str, editable: bool, note: str = "") -> None:
        if not self.dirty:
            self._loading = True
            self.first.setPlainText(first)
            self.second.setPlainText(second)
            self._loading = False
        for edit in (self.first, self.second):
            edit.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        self.save_button.setEnabled(self.dirty)
        self.note.setText(note)

    def save(self) -> bool:
        first, second = self.first.toPlainText(), self.second.toPlainText()

        def saved(_value: object) -> None:
            self.dirty = False
            self.save_button.setEnabled(False)
            self.flash.emit(self.done)

        return Operation(self, lambda ctx: self.write(ctx, first, second), ctx=self.ctx).success(saved).run()


class MinutesPanel(QWidget):
    """The meeting as a whole: its opinions, what happened and the conclusion."""

    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.meeting_id = ""
        self.opinions = OpinionsBox(ctx, actor, self.tr("Ý kiến chung về cuộc họp"))
        self.text = TextPair(ctx, (self.tr("Diễn biến cuộc họp (ghi vào biên bản):"), self.tr("Kết luận của chủ trì:")),
                             self.tr("Lưu biên bản"), self.tr("Đã lưu biên bản."), self._write)
        for part in (self.opinions, self.text):
            part.flash.connect(self.flash)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.opinions, 2)

    def _write(self, ctx: AppContext, content: str, conclusion: str) -> Changed[object]:
        return meeting_records.record_content(ctx, actor=self.actor, meeting_id=self.meeting_id, content=content,
                                              conclusion=conclusion)

    @property
    def dirty(self) -> bool:
        return self.text.dirty

    def load(self, meeting: Meeting, opinions: Sequence[OpinionData], rights: Rights) -> None:
        self.meeting_id = meeting.id
        editable = rights.recorder and rights.open
        note = "" if editable else self.tr("Chỉ xem: thư ký ghi biên bản khi cuộc họp chưa kết thúc.")
        if rights.locked:
            note = self.tr("Biên bản đã ký: không sửa được nữa.")
        elif editable and not rights.may(Step.MINUTES):  # before the start: read-only, and why
            editable, note = False, rights.why_not(Step.MINUTES)
        self.text.load(meeting.content, meeting.conclusion, editable, note)
        self.opinions.load(meeting, None, opinions, rights)
