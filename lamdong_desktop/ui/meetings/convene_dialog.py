"""The head convenes a leadership meeting or a review council: when and where, who sits in which seat, the agenda.

ND 73/2023 Đ8.1 and seed V.3: ordinary proposals go to the leadership collective, a broad or complex one to a Hội
đồng đánh giá (5–9 members by default, quorum at least 2/3). The members come from the unit's staff; the seats are
checked as they are chosen by the domain's own rule (``domain.meetings.check_seats``), and the service checks them
again with the agenda (a broad proposal before a leadership meeting is refused there, its message shown here).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.levels import acting_level
from lamdong_desktop.domain.meetings import MeetingKind, MeetingLevel, Seat, Seated, check_seats, members_for
from lamdong_desktop.messages.sessions import MEETING_KIND_WORDS, MEETING_LEVEL_WORDS, seat_words
from lamdong_desktop.services import agenda_items, levels, meetings, staff
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.services.meetings import MemberSpec
from lamdong_desktop.ui.meetings.agenda import candidate_text
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dates import datetime_edit, to_datetime
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import Operation

NAME, POSITION, SEAT, HEAD = range(4)
SEATS = (Seat.CHAIR, Seat.VICE_CHAIR, Seat.MEMBER, Seat.SECRETARY)


class ConveneDialog(Dialog):
    """Accepting convenes through the runner; a refusal stays in the dialog. ``value``: the new meeting."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.value: Meeting | None = None
        self.setWindowTitle(self.tr("Triệu tập cuộc họp"))
        self.quorum = meetings.default_quorum(ctx)
        self.size_rule = meetings.default_council_size(ctx)
        self.people = staff.list_people(ctx, actor=actor)
        self.kind = QComboBox()
        for kind in (MeetingKind.LEADERSHIP, MeetingKind.COUNCIL):
            self.kind.addItem(MEETING_KIND_WORDS[kind], kind)
        self.level = QComboBox()
        for level in MeetingLevel:
            self.level.addItem(MEETING_LEVEL_WORDS[level], level)
        own_level = acting_level(actor.roles)  # the head's meetings are the unit's, the province's its own
        self.level.setCurrentIndex(list(MeetingLevel).index(own_level))
        self.title = QLineEdit()
        self.starts = datetime_edit(datetime.combine(clock.today() + timedelta(days=1), time(8, 0)))
        host = levels.body(ctx, own_level)
        unit_kind, _, unit_rest = host.name.partition(" ")  # “Xã Di Linh” → “UBND xã Di Linh”
        self.place = QLineEdit(self.tr("Hội trường UBND {unit}").format(
            unit=f"{unit_kind.lower()} {unit_rest}" if unit_rest else host.name))
        form = QFormLayout()
        form.addRow(self.tr("Loại cuộc họp:"), self.kind)
        form.addRow(self.tr("Cấp tổ chức:"), self.level)
        form.addRow(self.tr("Tên cuộc họp:"), self.title)
        form.addRow(self.tr("Thời gian:"), self.starts)
        form.addRow(self.tr("Địa điểm:"), self.place)

        self.members = QTableWidget(len(self.people), 4)
        self.members.setHorizontalHeaderLabels([self.tr("Thành viên (đánh dấu để mời)"), self.tr("Chức vụ"),
                                                self.tr("Vai trò trong cuộc họp"), self.tr("Người đứng đầu")])
        self.members.verticalHeader().setVisible(False)
        self.members.verticalHeader().setDefaultSectionSize(30)
        self.members.setWordWrap(False)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SEAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEAD, QHeaderView.ResizeMode.ResizeToContents)
        self.seat_boxes: list[QComboBox] = []
        for row, person in enumerate(self.people):
            name = QTableWidgetItem(person.full_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            own = person.account_id is not None and person.account_id == actor.user_id
            name.setCheckState(Qt.CheckState.Checked if own else Qt.CheckState.Unchecked)
            self.members.setItem(row, NAME, name)
            self.members.setItem(row, POSITION, QTableWidgetItem(person.position))
            seat = QComboBox()
            seat.currentIndexChanged.connect(self.update_check)
            self.seat_boxes.append(seat)
            self.members.setCellWidget(row, SEAT, seat)
            head = QTableWidgetItem()
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            head.setCheckState(Qt.CheckState.Checked if own else Qt.CheckState.Unchecked)
            self.members.setItem(row, HEAD, head)
        self.members.itemChanged.connect(self._item_changed)
        self.check_line = QLabel()
        self.check_line.setWordWrap(True)

        self.agenda = QListWidget()
        self.agenda.setMaximumHeight(130)
        # What may go on an agenda (never one's own: a head's own proposal is the province's to put to a meeting).
        received = agenda_items.waiting(ctx, actor=actor)
        for candidate in received:
            item = QListWidgetItem(candidate_text(candidate))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, candidate.summary.id)
            self.agenda.addItem(item)
        agenda_note = QLabel(self.tr("Đề xuất đưa ra họp (đề xuất đã tiếp nhận, kết quả thực hiện đã báo cáo):")
                             if received else
                             self.tr("Chưa có đề xuất nào đã tiếp nhận hay kết quả nào đã báo cáo để đưa ra họp; có "
                                     "thể thêm sau."))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ALERT_COLOR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Triệu tập"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Thành viên dự họp:")))
        layout.addWidget(self.members, 1)
        layout.addWidget(self.check_line)
        layout.addWidget(agenda_note)
        layout.addWidget(self.agenda)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        resize_to_fit(self, 900, 720)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # -- the form ------------------------------------------------------------------------------------
    def chosen_kind(self) -> MeetingKind:
        return MeetingKind(self.kind.currentData())  # Qt hands an enum's value back as a plain str

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        defaults = {self.tr("Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo"),
                    self.tr("Phiên họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo"), ""}
        if self.title.text() in defaults:
            self.title.setText(self.tr("Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo")
                               if kind is MeetingKind.LEADERSHIP else
                               self.tr("Phiên họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo"))
        for row, box in enumerate(self.seat_boxes):
            current = Seat(box.currentData()) if box.currentData() else None
            box.blockSignals(True)
            box.clear()
            for seat in SEATS:
                box.addItem(seat_words(kind, seat), seat)
            own = self.people[row].account_id == self.actor.user_id
            box.setCurrentIndex(SEATS.index(current if current is not None else (Seat.CHAIR if own else Seat.MEMBER)))
            box.blockSignals(False)
        self.update_check()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == HEAD and item.checkState() == Qt.CheckState.Checked:
            # One head of the unit: ticking another moves the mark.
            self.members.blockSignals(True)
            for row in range(self.members.rowCount()):
                other = self._cell(row, HEAD)
                if other is not item:
                    other.setCheckState(Qt.CheckState.Unchecked)
            self.members.blockSignals(False)
        self.update_check()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.members.item(row, column)
        assert item is not None
        return item

    def set_member(self, full_name: str, seat: Seat | None, *, is_head: bool = False) -> None:
        """Invite ``full_name`` to ``seat`` (None: not invited); for tests and scripts of the dialog."""
        row = next(r for r, p in enumerate(self.people) if p.full_name == full_name)
        self._cell(row, NAME).setCheckState(Qt.CheckState.Checked if seat else Qt.CheckState.Unchecked)
        if seat is not None:
            self.seat_boxes[row].setCurrentIndex(SEATS.index(seat))
        self._cell(row, HEAD).setCheckState(Qt.CheckState.Checked if is_head else Qt.CheckState.Unchecked)

    def set_agenda(self, proposal_ids: list[str]) -> None:
        for row in range(self.agenda.count()):
            item = self.agenda.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in proposal_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def member_specs(self) -> list[MemberSpec]:
        specs = []
        for row, person in enumerate(self.people):
            if self._cell(row, NAME).checkState() == Qt.CheckState.Checked:
                head = self._cell(row, HEAD).checkState() == Qt.CheckState.Checked
                specs.append(MemberSpec(person.id, Seat(self.seat_boxes[row].currentData()), head))
        return specs

    def agenda_ids(self) -> list[str]:
        return [self.agenda.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.agenda.count())
                if self.agenda.item(r).checkState() == Qt.CheckState.Checked]

    def update_check(self) -> None:
        """The seats as the domain checks them, and the quorum they make, said as they are chosen."""
        kind = self.chosen_kind()
        seats = [Seated(s.person_id, Seat(s.seat), is_head=s.is_head, person_id=s.person_id)
                 for s in self.member_specs()]
        size = self.size_rule if kind is MeetingKind.COUNCIL else None
        try:
            check_seats(kind, seats, size)
        except DomainError as error:
            self.check_line.setText(messages.error_text(error))
            self.check_line.setStyleSheet(f"color: {ALERT_COLOR};")
            return
        voting = len(members_for(kind, seats))
        fraction = self.quorum.fraction
        if kind is MeetingKind.COUNCIL:
            text = self.tr("Hội đồng {n} thành viên (quy định {low}–{high}): hợp lệ.").format(
                n=voting, low=self.size_rule.minimum, high=self.size_rule.maximum)
        else:
            text = self.tr("{n} thành viên biểu quyết, một thư ký ghi biên bản: hợp lệ.").format(n=voting)
        text += " " + self.tr("Biểu quyết khi có mặt ít nhất {needed} người ({fraction} số thành viên).").format(
            needed=self.quorum.needed(voting), fraction=f"{fraction.numerator}/{fraction.denominator}")
        self.check_line.setText(text)
        self.check_line.setStyleSheet(f"color: {OK_COLOR};")

    def starts_at(self) -> datetime:
        return to_datetime(self.starts.dateTime())

    def accept(self) -> None:
        actor, kind, level = self.actor, self.chosen_kind(), self.level.currentData()
        title, place, starts = self.title.text(), self.place.text(), self.starts_at()
        members, agenda = self.member_specs(), self.agenda_ids()

        def done(meeting: Meeting) -> None:
            self.value = meeting
            QDialog.accept(self)

        Operation(self, lambda ctx: meetings.convene(
            ctx, actor=actor, kind=kind, level=level, title=title, starts_at=starts, place=place, members=members,
            proposal_ids=agenda), ctx=self.ctx).success(done).failure(self._failed).run()

    def _failed(self, error: DomainError) -> None:
        self.error.setText(messages.error_text(error))
        self.error.show()
