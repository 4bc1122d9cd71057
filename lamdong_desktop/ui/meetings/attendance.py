"""Members and attendance, with the quorum as it stands after every mark (the secretary records).

Each mark is written at once (present: one click; absent: with its reason), and the quorum line follows the
services' count of it (``Meeting.quorum_met``): below the quorum no vote is taken (ND 73/2023 Đ8.1, seed V.3).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.meetings import Attendance, MeetingKind, Step
from lamdong_desktop.messages.sessions import ATTENDANCE_WORDS, NOT_RECORDED, seat_words
from lamdong_desktop.services import meeting_records
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import Meeting, MemberView
from lamdong_desktop.ui.meetings.dialogs import AbsenceDialog
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR, quorum_text
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation

NAME, POSITION, SEAT, ATTENDANCE, REASON, MARK = range(6)


class AttendancePanel(QWidget):
    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.meeting: Meeting | None = None
        self.editable = False
        self.waiting = ""  # why the marks cannot be made yet ("" once the meeting has started)
        self.quorum_line = QLabel()
        self.quorum_line.setObjectName("quorumLine")
        self.quorum_line.setWordWrap(True)
        font = self.quorum_line.font()
        font.setBold(True)
        self.quorum_line.setFont(font)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Họ tên"), self.tr("Chức vụ"), self.tr("Vai trò"),
                                              self.tr("Điểm danh"), self.tr("Lý do vắng mặt"), ""])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for column in (NAME, SEAT, ATTENDANCE, MARK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.all_present_button = QPushButton(self.tr("Những người chưa điểm danh: có mặt"))
        self.all_present_button.clicked.connect(self.mark_rest_present)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    def load(self, meeting: Meeting, rights: Rights) -> None:
        self.meeting = meeting
        decided = next((i for i in meeting.items if i.concluded), None)
        # The secretary's buttons are shown while the meeting is open; before its start they are disabled, the
        # reason beside them (the services would refuse the mark).
        self.editable = rights.recorder and rights.open and decided is None
        self.waiting = rights.why_not(Step.ATTEND) if self.editable else ""
        text, met = quorum_text(meeting)
        self.quorum_line.setText(text)
        self.quorum_line.setStyleSheet(f"color: {OK_COLOR if met else ALERT_COLOR};")
        self.table.setRowCount(len(meeting.members))
        for row, member in enumerate(meeting.members):
            self._fill_row(row, meeting.kind, member)
        self.all_present_button.setVisible(self.editable)
        self.all_present_button.setEnabled(not self.waiting and any(m.attendance is None for m in meeting.members))
        self.all_present_button.setToolTip(self.waiting)
        self.note.setStyleSheet(f"color: {ALERT_COLOR};" if self.waiting else "color: palette(placeholder-text);")
        if self.waiting:
            self.note.setText(self.waiting)
        elif rights.locked:
            self.note.setText(self.tr("Biên bản đã ký: điểm danh không sửa được nữa."))
        elif decided is not None:
            self.note.setText(self.tr("Đã có văn bản về đề xuất {ref}: điểm danh không sửa được nữa.").format(
                ref=decided.ref))
        elif not rights.recorder:
            self.note.setText(self.tr("Chỉ thư ký ghi điểm danh."))
        elif not rights.open:
            self.note.setText(self.tr("Cuộc họp đã kết thúc: điểm danh không sửa được nữa."))
        else:
            self.note.setText(self.tr("Mỗi lần điểm danh được ghi ngay; số thành viên có mặt tính lại theo đó."))

    def _fill_row(self, row: int, kind: MeetingKind, member: MemberView) -> None:
        seat = seat_words(kind, member.seat)
        if member.is_head:
            seat += self.tr(", người đứng đầu")
        if not member.votes:
            seat += self.tr(" (không biểu quyết)")
        attendance = ATTENDANCE_WORDS[member.attendance] if member.attendance else NOT_RECORDED
        cells = (member.full_name, member.position, seat, attendance, member.absence_reason)
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if column == ATTENDANCE:
                font = QFont()
                font.setBold(member.attendance is not None)
                item.setFont(font)
                if member.attendance is Attendance.ABSENT:
                    item.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, column, item)
        if not self.editable:
            self.table.removeCellWidget(row, MARK)
            return
        cell = QWidget()
        buttons = QHBoxLayout(cell)
        buttons.setContentsMargins(2, 0, 2, 0)
        present = QPushButton(self.tr("Có mặt"))
        absent = QPushButton(self.tr("Vắng mặt…"))
        present.setObjectName(f"present-{member.id}")
        absent.setObjectName(f"absent-{member.id}")
        present.setEnabled(not self.waiting and member.attendance is not Attendance.PRESENT)
        absent.setEnabled(not self.waiting)
        for button in (present, absent):
            button.setToolTip(self.waiting)
        present.clicked.connect(lambda _=False, m=member: self.mark_present(m))
        absent.clicked.connect(lambda _=False, m=member: self.mark_absent(m))
        buttons.addWidget(present)
        buttons.addWidget(absent)
        self.table.setCellWidget(row, MARK, cell)

    def member_row(self, full_name: str) -> int:
        assert self.meeting is not None
        return next(r for r, m in enumerate(self.meeting.members) if m.full_name == full_name)

    def attendance_shown(self) -> dict[str, str]:
        """Full name → the attendance column as shown (for tests and screenshots)."""
        assert self.meeting is not None
        cells = {r: self.table.item(r, ATTENDANCE) for r in range(self.table.rowCount())}
        return {m.full_name: cell.text() for r, m in enumerate(self.meeting.members) if (cell := cells[r]) is not None}

    def mark_present(self, member: MemberView) -> bool:
        if self.meeting is None or not self.editable or self.waiting:
            return False
        actor, meeting_id = self.actor, self.meeting.id
        return Operation(self, lambda ctx: meeting_records.attend(
            ctx, actor=actor, meeting_id=meeting_id, member_id=member.id, attendance="present"), ctx=self.ctx).run()

    def mark_absent(self, member: MemberView) -> AbsenceDialog | None:
        if self.meeting is None or not self.editable or self.waiting:
            return None
        dialog = AbsenceDialog(self.ctx, self.actor, self.meeting, member, self)
        if messages.run_dialog(dialog):
            self.flash.emit(self.tr("Đã ghi {name} vắng mặt.").format(name=member.full_name))
        return dialog

    def mark_rest_present(self) -> bool:
        """Everyone not marked yet is present, in one transaction."""
        if self.meeting is None or not self.editable or self.waiting:
            return False
        actor, meeting_id = self.actor, self.meeting.id
        marks = [(m.id, "present", "") for m in self.meeting.members if m.attendance is None]
        return Operation(self, lambda ctx: meeting_records.attend_many(
            ctx, actor=actor, meeting_id=meeting_id, marks=marks), ctx=self.ctx).run()

