"""Small dialogs of the meeting window: an absence with its reason, the head's written override, adjourning,
closing the meeting at its ending time, and an opinion voiced at the meeting.

Each writes through the operation runner when accepted; a refusal is shown inside the dialog, which stays open.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services import meeting_records, meeting_votes, meetings, staff
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting, MemberView
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, moment
from lamdong_desktop.ui.proposals.dialogs import RequiredReasonDialog
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import Dialog, ask_save_discard_cancel
from lamdong_desktop.ui.shared.operations import Operation

translate = QCoreApplication.translate


def signer_choice(ctx: AppContext, actor: Actor) -> QComboBox:
    """Who signs a numbered document: the people of the roster ``actor`` issues from (the unit's staff, the
    province's roster for the province), the person linked to ``actor`` chosen first; each item's data is the
    person's id."""
    box = QComboBox()
    people = staff.list_people(ctx, actor=actor)
    for person in people:
        box.addItem(f"{person.full_name} — {person.position}" if person.position else person.full_name, person.id)
    box.setCurrentIndex(next((i for i, p in enumerate(people) if p.account_id == actor.user_id), 0))
    return box


class AbsenceDialog(RequiredReasonDialog):
    """Mark a member absent: the reason goes into the minutes (Mẫu 1.9 names the absentees and why)."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, member: MemberView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent=parent, title=translate("AbsenceDialog", "Thành viên vắng mặt"),
            intro=translate("AbsenceDialog", "{name} ({position}) vắng mặt tại {title}.").format(
                name=member.full_name, position=member.position or "—", title=meeting.title),
            prompt=translate("AbsenceDialog", "Lý do vắng mặt (bắt buộc; ghi vào biên bản):"),
            ok_text=translate("AbsenceDialog", "Ghi vắng mặt"))
        self.meeting, self.member = meeting, member
        self.reason.setMinimumHeight(60)

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        return meeting_records.attend(ctx, actor=self.actor, meeting_id=self.meeting.id, member_id=self.member.id,
                                      attendance="absent", reason=reason)


class OverrideDialog(RequiredReasonDialog):
    """ND 73/2023 Đ8.1: after a failed vote the head may still approve in writing, with his reason."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, item: ItemView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent=parent, title=translate("OverrideDialog", "Người đứng đầu phê duyệt bằng văn bản"),
            intro=translate("OverrideDialog",
                     "Đề xuất {ref} “{title}” không được thông qua khi biểu quyết. Theo khoản 1 Điều 8 Nghị định "
                     "73/2023/NĐ-CP, người đứng đầu vẫn có thể phê duyệt bằng văn bản nếu thấy cần thiết và khả "
                     "thi. Việc phê duyệt được ghi vào hồ sơ cùng lý do; sau đó không sửa biểu quyết được nữa.").format(
                ref=item.ref, title=item.title),
            prompt=translate("OverrideDialog", "Lý do phê duyệt (bắt buộc):"),
            ok_text=translate("OverrideDialog", "Phê duyệt bằng văn bản"))
        self.meeting, self.item = meeting, item

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        return meeting_votes.override(ctx, actor=self.actor, meeting_id=self.meeting.id, proposal=self.item.proposal_id,
                                      reason=reason)


class AdjournDialog(RequiredReasonDialog):
    """The head adjourns without a vote: every proposal on the agenda goes back to wait for a meeting."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent=parent, title=translate("AdjournDialog", "Hoãn cuộc họp"),
            intro=translate("AdjournDialog",
                     "Hoãn {title} ({when}) mà không biểu quyết. Các đề xuất trong chương trình trở lại chờ đưa ra "
                     "họp; biên bản cuộc họp bị hoãn được cấp số.").format(title=meeting.title,
                                                                      when=moment(meeting.starts_at)),
            prompt=translate("AdjournDialog", "Lý do hoãn (bắt buộc; ví dụ: không đủ số thành viên có mặt):"),
            ok_text=translate("AdjournDialog", "Hoãn cuộc họp"))
        self.meeting = meeting
        if not meeting.quorum_met:
            self.reason.setPlainText(translate("AdjournDialog", "Không đủ số thành viên có mặt theo quy định."))

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        return meetings.adjourn(ctx, actor=self.actor, meeting_id=self.meeting.id, reason=reason)


class _FormDialog(Dialog):
    """A form, an error line and OK/Cancel; ``write(ctx)`` runs when accepted, ``value`` holds what it gave."""

    def __init__(self, ctx: AppContext, actor: Actor, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.value: object | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ALERT_COLOR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form, 1)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def write(self, ctx: AppContext) -> Changed[object]:
        raise NotImplementedError

    def accept(self) -> None:
        def done(value: object) -> None:
            self.value = value
            QDialog.accept(self)

        Operation(self, self.write, ctx=self.ctx).success(done).failure(self._failed).run()

    def _failed(self, error: DomainError) -> None:
        self.error.setText(messages.error_text(error))
        self.error.show()


class CloseMeetingDialog(_FormDialog):
    """The secretary records the closing time; the minutes then take their number (BB) from the register."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Kết thúc cuộc họp"), self.tr("Kết thúc họp"), parent)
        self.meeting = meeting
        note = QLabel(self.tr("Sau khi kết thúc, biên bản được cấp số; điểm danh, biểu quyết, chấm điểm và ý kiến "
                              "không ghi thêm được nữa."))
        note.setWordWrap(True)
        now = clock.now()
        self.ends = QTimeEdit(QTime(now.hour, now.minute) if now.date() == meeting.held_on else QTime(11, 30))
        self.ends.setDisplayFormat("HH:mm")
        self.form.addRow(note)
        self.form.addRow(self.tr("Bắt đầu:"), QLabel(moment(meeting.starts_at)))
        self.form.addRow(self.tr("Kết thúc lúc:"), self.ends)

    def write(self, ctx: AppContext) -> Changed[object]:
        value = self.ends.time()
        ends = datetime.combine(self.meeting.held_on, time(value.hour(), value.minute()), clock.VN_TZ)
        return meetings.close(ctx, actor=self.actor, meeting_id=self.meeting.id, ends_at=ends)


GUEST = "guest"


class OpinionDialog(_FormDialog):
    """An opinion voiced at the meeting by a member or a guest, on one proposal or on the meeting as a whole."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, item: ItemView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Ghi ý kiến phát biểu"), self.tr("Ghi ý kiến"), parent)
        self.meeting = meeting
        self.speaker = QComboBox()
        for member in meeting.members:  # only a member marked present speaks (``meeting_records.take_part``)
            if member.present:
                self.speaker.addItem(f"{member.full_name} — {member.position}" if member.position else
                                     member.full_name, member.id)
        self.speaker.addItem(self.tr("Khách mời (ghi họ tên)…"), GUEST)
        self.guest_name = QLineEdit()
        self.guest_position = QLineEdit()
        self.about = QComboBox()
        self.about.addItem(self.tr("Cả cuộc họp"), None)
        for entry in meeting.items:
            self.about.addItem(f"{entry.ref} — {entry.title}", entry.proposal_id)
        if item is not None:
            self.about.setCurrentIndex(self.about.findData(item.proposal_id))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        self.form.addRow(self.tr("Người phát biểu:"), self.speaker)
        self.form.addRow(self.tr("Họ tên khách mời:"), self.guest_name)
        self.form.addRow(self.tr("Chức vụ, đơn vị:"), self.guest_position)
        self.form.addRow(self.tr("Về:"), self.about)
        self.form.addRow(self.tr("Nội dung ý kiến:"), self.text)
        self.speaker.currentIndexChanged.connect(self._speaker_changed)
        self._speaker_changed()
        self.setMinimumWidth(620)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _speaker_changed(self) -> None:
        guest = self.speaker.currentData() == GUEST
        for edit in (self.guest_name, self.guest_position):
            edit.setEnabled(guest)

    def write(self, ctx: AppContext) -> Changed[object]:
        speaker = self.speaker.currentData()
        guest = speaker == GUEST
        return meeting_records.record_opinion(
            ctx, actor=self.actor, meeting_id=self.meeting.id, text=self.text.toPlainText(),
            proposal=self.about.currentData(), member_id=None if guest else speaker,
            speaker_name=self.guest_name.text() if guest else "",
            speaker_position=self.guest_position.text() if guest else "")


def ask_unsaved(parent: QWidget | None) -> str:
    """Ask what to do with ballots or minutes' text not yet recorded: ``SAVE``, ``DISCARD`` or ``CANCEL``."""
    return ask_save_discard_cancel(
        parent, translate("meeting_dialogs", "Chưa ghi"),
        translate("meeting_dialogs", "Có phiếu biểu quyết hoặc nội dung biên bản chưa ghi. Ghi trước khi đóng?"))
