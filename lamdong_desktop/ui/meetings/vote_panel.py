"""The vote on one proposal: a ballot per member, the result by the rule as it is entered, the head's override.

The live line is ``domain.votes.decide`` on the ballots entered (nothing is counted here); the stored result is
the services' (``ItemView.outcome``, from the ballots recorded). ND 73/2023 Đ8.1: below the quorum no vote is
taken, the proposer does not vote, a tie follows the head's side; after a failed vote the head may still approve
in writing (``OverrideDialog``). Only the secretary records ballots.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.meetings import Purpose, Step, members_for
from lamdong_desktop.domain.votes import Choice, VoteOutcome, VoteStatus, decide
from lamdong_desktop.messages import choice_words
from lamdong_desktop.messages.sessions import seat_words
from lamdong_desktop.services import meeting_votes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting, MemberView
from lamdong_desktop.ui.meetings.dialogs import OverrideDialog
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR, vote_text
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation

CHOICES = (Choice.FOR, Choice.AGAINST, Choice.ABSTAIN)
NAME, SEAT, FIRST_CHOICE, NOTE = 0, 1, 2, 5


class VotePanel(QWidget):
    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.meeting: Meeting | None = None
        self.item: ItemView | None = None
        self.rights: Rights | None = None
        self.entered: dict[str, Choice] = {}
        self.dirty = False
        self.waiting = ""  # why ballots cannot be entered now ("" once the meeting has started)
        self.voters: list[MemberView] = []
        self.radios: dict[str, dict[Choice, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []
        self.live_line = QLabel()
        self.live_line.setObjectName("liveVoteLine")
        self.live_line.setWordWrap(True)
        font = self.live_line.font()
        font.setBold(True)
        self.live_line.setFont(font)
        self.stored_line = QLabel()
        self.stored_line.setWordWrap(True)
        self.waiting_line = QLabel()  # why ballots cannot be entered yet (before the start)
        self.waiting_line.setObjectName("voteWaitingLine")
        self.waiting_line.setWordWrap(True)
        self.waiting_line.setStyleSheet(f"color: {ALERT_COLOR};")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Thành viên"), self.tr("Vai trò"), *map(choice_words, CHOICES),
                                              self.tr("Ghi chú")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for column in range(NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("Ghi biểu quyết"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Nhập lại theo phiếu đã ghi"))
        self.reset_button.clicked.connect(self.reset)
        self.override_button = QPushButton(self.tr("Phê duyệt bằng văn bản…"))
        self.override_button.setToolTip(self.tr("Người đứng đầu phê duyệt sau biểu quyết không thông qua "
                                                "(Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)"))
        self.override_button.clicked.connect(self.override)
        bar = QHBoxLayout()
        bar.addWidget(self.override_button)
        bar.addStretch(1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting_line)
        layout.addWidget(self.live_line)
        layout.addWidget(self.table)
        layout.addWidget(self.stored_line)
        layout.addLayout(bar)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------------------
    def load(self, meeting: Meeting, item: ItemView, rights: Rights) -> None:
        changed_under_us = self.item is None or self.item.ballots != item.ballots or self.item.id != item.id
        self.meeting, self.item, self.rights = meeting, item, rights
        if not self.dirty or changed_under_us:
            self.entered, self.dirty = dict(item.ballots), False
        roster = {m.id for m in members_for(meeting.kind, [m.seated() for m in meeting.members], item.proposer_ids)}
        self.voters = [m for m in meeting.members if m.id in roster]
        self.table.setRowCount(len(self.voters))
        self.radios, self._groups = {}, []
        self.waiting = rights.why_not(Step.VOTE) if rights.records_item(item) else ""
        self.waiting_line.setText(self.waiting)
        self.waiting_line.setVisible(bool(self.waiting))
        editable = rights.records_item(item) and meeting.quorum_met and not self.waiting
        for row, member in enumerate(self.voters):
            self._fill_row(row, member, item, editable)
        # As tall as its rows: the result lines and the buttons stay right under the ballots.
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 30 * len(self.voters) + 4)
        # Those who cannot enter ballots read the recorded result only (the live line would repeat it).
        self.live_line.setVisible(rights.records_item(item))
        self.save_button.setVisible(rights.records_item(item))
        self.reset_button.setVisible(rights.records_item(item))
        # ND 73/2023 Đ8.1: the head approves a plan in writing after a failed vote; an evaluation has no such step.
        self.override_button.setVisible(rights.head and not item.concluded and item.purpose is Purpose.APPROVAL)
        outcome = item.outcome
        self.override_button.setEnabled(rights.may(Step.OVERRIDE) and not item.override_reason and outcome.complete
                                        and outcome.status is VoteStatus.FAILED)
        stored = vote_text(outcome, live=False)
        if item.override_reason:
            stored += " " + self.tr("Người đứng đầu đã phê duyệt bằng văn bản: {reason}").format(
                reason=item.override_reason)
        self.stored_line.setText(stored)
        self.update_live()

    def _note(self, member: MemberView, item: ItemView) -> str:
        if member.id in item.proposer_ids:
            return self.tr("Người đề xuất: không tham gia biểu quyết (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)")
        if member.attendance is None:
            return self.tr("Chưa điểm danh")
        if not member.present:
            return self.tr("Vắng mặt") + (f": {member.absence_reason}" if member.absence_reason else "")
        return ""

    def _fill_row(self, row: int, member: MemberView, item: ItemView, editable: bool) -> None:
        assert self.meeting is not None
        seat = seat_words(self.meeting.kind, member.seat) + (self.tr(", người đứng đầu") if member.is_head else "")
        note = self._note(member, item)
        for column, text in ((NAME, member.full_name), (SEAT, seat), (NOTE, note)):
            text_cell = QTableWidgetItem(text)
            text_cell.setToolTip(text)
            self.table.setItem(row, column, text_cell)
        votes_here = not note
        group = QButtonGroup(self)
        group.setExclusive(True)
        self._groups.append(group)
        self.radios[member.id] = {}
        for offset, choice in enumerate(CHOICES):
            radio = QRadioButton()
            radio.setObjectName(f"{choice.value}-{member.id}")
            radio.setChecked(self.entered.get(member.id) is choice)
            radio.setEnabled(editable and votes_here)
            if note or self.waiting:
                radio.setToolTip(note or self.waiting)
            radio.toggled.connect(lambda on, m=member.id, c=choice: self._toggled(on, m, c))
            group.addButton(radio)
            self.radios[member.id][choice] = radio
            cell = QWidget()
            box = QHBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(radio, 0, Qt.AlignmentFlag.AlignCenter)
            self.table.setCellWidget(row, FIRST_CHOICE + offset, cell)

    # -- entering ------------------------------------------------------------------------------------
    def _toggled(self, on: bool, member_id: str, choice: Choice) -> None:
        if on:
            self.set_choice(member_id, choice)

    def set_choice(self, member_id: str, choice: Choice) -> None:
        if self.entered.get(member_id) is choice:
            return
        self.entered[member_id] = choice
        self.dirty = True
        radio = self.radios.get(member_id, {}).get(choice)
        if radio is not None and not radio.isChecked():
            radio.setChecked(True)
        self.update_live()

    def choose(self, full_name: str, choice: Choice | str) -> bool:
        """Click ``full_name``'s ballot ``choice`` as the secretary would; False if that button is disabled."""
        member = next(m for m in self.voters if m.full_name == full_name)
        radio = self.radios[member.id][Choice(choice)]
        if not radio.isEnabled():
            return False
        radio.click()
        return True

    def radio(self, full_name: str, choice: Choice | str) -> QRadioButton:
        member = next(m for m in self.voters if m.full_name == full_name)
        return self.radios[member.id][Choice(choice)]

    def live_outcome(self) -> VoteOutcome:
        """The result of the ballots entered, by the domain's rule (ND 73/2023 Đ8.1)."""
        assert self.meeting is not None and self.item is not None
        meeting, item = self.meeting, self.item
        roster = members_for(meeting.kind, [m.seated() for m in meeting.members], item.proposer_ids)
        present = [m.id for m in meeting.voting_members if m.present]
        return decide(roster, present, self.entered, meeting.quorum)

    def update_live(self) -> None:
        if self.meeting is None or self.item is None:
            return
        outcome = self.live_outcome()
        self.live_line.setText(vote_text(outcome, live=True))
        color = "palette(text)" if outcome.quorum and not outcome.voting else (
            OK_COLOR if outcome.status is VoteStatus.PASSED else ALERT_COLOR)
        self.live_line.setStyleSheet(f"color: {color};")
        changed = self.entered != self.item.ballots
        self.save_button.setEnabled(changed and outcome.quorum and not self.waiting)
        self.save_button.setToolTip(self.waiting)
        self.reset_button.setEnabled(changed)

    def reset(self) -> None:
        """Back to the ballots as recorded."""
        if self.meeting is not None and self.item is not None and self.rights is not None:
            self.dirty = False
            self.entered = dict(self.item.ballots)
            self.load(self.meeting, self.item, self.rights)

    # -- writing -------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.meeting is None or self.item is None:
            return False
        actor, meeting_id, proposal = self.actor, self.meeting.id, self.item.proposal_id
        ballots = {m: c.value for m, c in self.entered.items() if self.item.ballots.get(m) is not c}

        def saved(item: ItemView) -> None:
            self.dirty = False
            self.flash.emit(self.tr("Đã ghi biểu quyết về {ref}.").format(ref=item.ref))

        return Operation(self, lambda ctx: meeting_votes.record_ballots(
            ctx, actor=actor, meeting_id=meeting_id, proposal=proposal, ballots=ballots), ctx=self.ctx).success(
            saved).failure(lambda error: messages.show_error(self, error, title=self.tr("Chưa ghi được biểu quyết"))
                           ).run()

    def override(self) -> OverrideDialog | None:
        if self.meeting is None or self.item is None:
            return None
        dialog = OverrideDialog(self.ctx, self.actor, self.meeting, self.item, self)
        if messages.run_dialog(dialog):
            self.flash.emit(self.tr("Đã ghi phê duyệt bằng văn bản của người đứng đầu."))
        return dialog
