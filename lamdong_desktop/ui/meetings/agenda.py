"""The agenda after convening: the head puts another received proposal (or a reported result) on it, or takes one off
with a reason.

What may go on an agenda is the services' list (``agenda_items.waiting``): received proposals to approve, reported
results to evaluate, and results a meeting voted down, to evaluate again (ND 73/2023 Đ11). A broad or complex
proposal goes only before a council (seed V.3): the services refuse it for a leadership meeting and the dialog shows
their message. Taking a proposal off sends it back to wait for a meeting (SCHEDULED → RECEIVED, EVALUATING →
REPORTED), its ballots and scores with it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.meetings import Purpose
from lamdong_desktop.services import agenda_items, meetings
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.ui.meetings.dialogs import _FormDialog


def candidate_text(candidate: agenda_items.Candidate) -> str:
    """ "DX-2026-014 — title", with what it goes to the meeting for when it is a result to evaluate."""
    summary = candidate.summary
    text = f"{summary.ref} — {summary.title}"
    if candidate.purpose is Purpose.EVALUATION:
        text += " " + QCoreApplication.translate("meetings", "(đánh giá kết quả thực hiện)")
        if candidate.not_adopted_on is not None:
            text += " " + QCoreApplication.translate(
                "meetings", "— cuộc họp ngày {day} không thông qua, đánh giá lại").format(
                day=f"{candidate.not_adopted_on:%d/%m/%Y}")
    elif summary.broad:
        text += " " + QCoreApplication.translate("meetings", "(phạm vi rộng, phức tạp: chỉ Hội đồng)")
    return text


class AddItemDialog(_FormDialog):
    """Choose a received proposal, or a reported result, to put on the agenda of a convened meeting."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Thêm đề xuất vào chương trình họp"), self.tr("Thêm vào chương trình"),
                         parent)
        self.meeting = meeting
        on_agenda = {i.proposal_id for i in meeting.items}
        # Never one's own: a head's own proposal is the province's to put to a meeting (ND 73/2023 Đ7.1).
        waiting = [c for c in agenda_items.waiting(ctx, actor=actor, level=meeting.level)
                   if c.summary.id not in on_agenda]
        self.proposal = QComboBox()
        for candidate in waiting:
            self.proposal.addItem(candidate_text(candidate), candidate.summary.id)
        note = QLabel(self.tr("Chỉ đề xuất đã được tiếp nhận, hoặc kết quả thực hiện đã báo cáo, đang chờ đưa ra họp "
                              "mới thêm được.") if waiting else
                      self.tr("Không có đề xuất đã tiếp nhận hay kết quả thực hiện đã báo cáo nào đang chờ đưa ra "
                              "họp."))
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
