"""The head of the proposal window: reference and title, a status line, the banner with the reason it was
returned or withdrawn, and why it is read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.lifecycle import EDITABLE_STATES, State
from lamdong_desktop.services import proposals
from lamdong_desktop.ui.proposals.text import format_stamp, format_stamp_day, state_label


class ProposalHeader(QWidget):
    """Four lines above the tabs; the banner and the read-only note show only when they have something to say."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("background: #fff4ce; color: #3d2e00; padding: 6px;")
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the lines sit in the window's own margins, as its other rows
        for label in (self.heading, self.status_line, self.banner, self.read_only_note):
            layout.addWidget(label)

    def show_proposal(self, proposal: proposals.Proposal | None, *, editable: bool) -> None:
        """Describe ``proposal`` (None: a new draft not yet saved), read-only unless ``editable``."""
        if proposal is None:
            self.heading.setText(self.tr("Đề xuất mới (chưa lưu)"))
            self.status_line.setText(self.tr("Người đề xuất: {name}").format(name=self.actor.full_name))
            self.banner.hide()
            self.read_only_note.hide()
            return
        summary = proposal.summary
        self.heading.setText(f"{summary.ref} — {summary.title}")
        author = summary.author_name + (f" ({proposal.author_position})" if proposal.author_position else "")
        parts = [self.tr("Trạng thái: {state}").format(state=state_label(summary.state)),
                 self.tr("Người đề xuất: {name}").format(name=author),
                 self.tr("Tạo ngày {day}").format(day=format_stamp_day(proposal.created_at))]
        if summary.submitted_at:
            parts.append(self.tr("Trình lúc {time}").format(time=format_stamp(summary.submitted_at)))
        if summary.revision:
            parts.append(self.tr("Phiên bản {n}").format(n=summary.revision))
        self.status_line.setText(" · ".join(parts))
        if summary.state is State.RETURNED and proposal.last_reason:
            self.banner.setText(self.tr("Được trả lại để sửa. Lý do: {reason}").format(reason=proposal.last_reason))
            self.banner.show()
        elif summary.state is State.WITHDRAWN and proposal.last_reason:
            self.banner.setText(self.tr("Đã rút. Lý do: {reason}").format(reason=proposal.last_reason))
            self.banner.show()
        else:
            self.banner.hide()
        if editable:
            self.read_only_note.hide()
        else:
            if summary.state not in EDITABLE_STATES:
                note = self.tr("Chỉ xem: đề xuất ở trạng thái “{state}” nên không sửa được nội dung.").format(
                    state=state_label(summary.state))
            else:
                note = self.tr("Chỉ xem: chỉ người đề xuất được sửa nội dung đề xuất này.")
            self.read_only_note.setText(note)
            self.read_only_note.show()
