"""The agenda after convening: the head puts another received proposal on it, or takes one off with a reason.

A broad or complex proposal goes only before a council (seed V.3): the services refuse it for a leadership
meeting and the dialog shows their message. Taking a proposal off sends it back to wait for a meeting
(SCHEDULED → RECEIVED), its ballots and scores with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.services import meetings, proposals
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.ui.meetings.dialogs import _FormDialog


class AddItemDialog(_FormDialog):
    """Choose a received proposal to put on the agenda of a convened meeting."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Thêm đề xuất vào chương trình họp"), self.tr("Thêm vào chương trình"),
                         parent)
        self.meeting = meeting
        on_agenda = {i.proposal_id for i in meeting.items}
        # Never one's own: a head's own proposal is the province's to put to a meeting (ND 73/2023 Đ7.1).
        waiting = [p for p in proposals.list_proposals(ctx, proposals.Filters(state=State.RECEIVED.value), actor=actor)
                   if p.id not in on_agenda and p.author_id != actor.user_id]
        self.proposal = QComboBox()
        for summary in waiting:
            broad = self.tr(" (phạm vi rộng, phức tạp: chỉ Hội đồng)") if summary.broad else ""
            self.proposal.addItem(f"{summary.ref} — {summary.title}{broad}", summary.id)
        note = QLabel(self.tr("Chỉ đề xuất đã được tiếp nhận và chưa đưa ra họp mới thêm được.") if waiting else
                      self.tr("Không có đề xuất nào đã tiếp nhận đang chờ đưa ra họp."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(self.tr("Đề xuất:"), self.proposal)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(waiting))
        self.setMinimumWidth(640)

    def write(self, ctx: AppContext) -> Changed[object]:
        return meetings.add_item(ctx, actor=self.actor, meeting_id=self.meeting.id,
                                 proposal_id=self.proposal.currentData())


class RemoveItemDialog(_FormDialog):
    """Take a proposal off the agenda: the reason is required and goes into the proposal's history."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Rút đề xuất khỏi chương trình họp"), self.tr("Rút khỏi chương trình"),
                         parent)
        self.meeting = meeting
        self.proposal = QComboBox()
        for item in meeting.items:
            if not item.concluded:
                self.proposal.addItem(f"{item.ref} — {item.title}", item.proposal_id)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        note = QLabel(self.tr("Đề xuất trở lại chờ đưa ra họp; phiếu biểu quyết và điểm đã ghi cho đề xuất này bị "
                              "bỏ. Lý do được ghi vào lịch sử của đề xuất."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(self.tr("Đề xuất:"), self.proposal)
        self.form.addRow(self.tr("Lý do (bắt buộc):"), self.reason)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(self.proposal.count() > 0)
        self.setMinimumWidth(640)

    def write(self, ctx: AppContext) -> Changed[object]:
        return meetings.remove_item(ctx, actor=self.actor, meeting_id=self.meeting.id,
                                    proposal_id=self.proposal.currentData(), reason=self.reason.toPlainText())
