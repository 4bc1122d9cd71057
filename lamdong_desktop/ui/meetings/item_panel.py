"""One proposal on the agenda: its vote, its score sheet (councils), opinions and conclusion, and its decision."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.meetings import MeetingKind, Purpose, Step
from lamdong_desktop.domain.scoring import SheetResult
from lamdong_desktop.services import meeting_records
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.services.minutes import OpinionData
from lamdong_desktop.ui.meetings.decision_panel import DecisionBox
from lamdong_desktop.ui.meetings.documents import ScanOpener
from lamdong_desktop.ui.meetings.evaluation_box import EvaluationBox
from lamdong_desktop.ui.meetings.minutes_panel import OpinionsBox, TextPair
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.score_grid import ScoreGrid
from lamdong_desktop.ui.meetings.text import ALERT_COLOR
from lamdong_desktop.ui.meetings.vote_panel import VotePanel


class ItemPanel(QWidget):
    flash = Signal(str)
    open_proposal = Signal(str)  # the proposal's id

    def __init__(self, ctx: AppContext, actor: Actor, scans: ScanOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.meeting_id, self.proposal_id = "", ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Mở đề xuất"))
        self.open_button.clicked.connect(lambda: self.open_proposal.emit(self.proposal_id))
        self.votes = VotePanel(ctx, actor)
        self.scores = ScoreGrid(ctx, actor)
        self.opinions = OpinionsBox(ctx, actor, self.tr("Ý kiến về đề xuất"))
        self.text = TextPair(ctx, (self.tr("Trình bày đề xuất (tóm tắt):"), self.tr("Kết luận về đề xuất:")),
                             self.tr("Lưu"), self.tr("Đã lưu phần trình bày và kết luận."), self._write)
        discussion = QWidget()
        columns = QHBoxLayout(discussion)
        columns.addWidget(self.text, 3)
        columns.addWidget(self.opinions, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.votes, self.tr("Biểu quyết"))
        self.tabs.addTab(self.scores, self.tr("Chấm điểm"))
        self.tabs.addTab(discussion, self.tr("Trình bày, ý kiến, kết luận"))
        self.decision = DecisionBox(ctx, actor, scans)
        self.evaluation = EvaluationBox(ctx, actor, scans)  # an item evaluating a reported result (ND 73 Đ11)
        for part in (self.votes, self.opinions, self.text, self.decision, self.evaluation):
            part.flash.connect(self.flash)
        top = QHBoxLayout()
        lines = QVBoxLayout()
        lines.addWidget(self.heading)
        lines.addWidget(self.details)
        top.addLayout(lines, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.decision)
        layout.addWidget(self.evaluation)

    def _write(self, ctx: AppContext, summary: str, conclusion: str) -> Changed[object]:
        return meeting_records.record_item(ctx, actor=self.actor, meeting_id=self.meeting_id,
                                           proposal=self.proposal_id, summary=summary, conclusion=conclusion)

    @property
    def dirty(self) -> bool:
        return self.text.dirty or self.votes.dirty

    def load(self, meeting: Meeting, item: ItemView, rights: Rights, sheet: SheetResult | None,
             opinions: Sequence[OpinionData]) -> None:
        from lamdong_desktop.ui.meetings.windows import proposal_opener

        self.meeting_id, self.proposal_id = meeting.id, item.proposal_id
        self.open_button.setVisible(proposal_opener() is not None)
        self.heading.setText(f"{item.ref} — {item.title}")
        evaluating = item.purpose is Purpose.EVALUATION
        parts = [self.tr("Người đề xuất: {name}").format(name=item.author_name or "—")]
        if evaluating:
            parts.append(self.tr("đánh giá kết quả thực hiện"))
        if item.broad:
            parts.append(self.tr("phạm vi rộng, phức tạp"))
        if item.due_on:
            due = self.tr("hạn họp đánh giá: {day}") if evaluating else self.tr("hạn họp xét: {day}")
            parts.append(due.format(day=f"{item.due_on:%d/%m/%Y}"))
        details = " · ".join(parts)
        if item.late:
            details += " · " + (self.tr("HỌP MUỘN: sau 07 ngày làm việc kể từ ngày báo cáo kết quả") if evaluating
                                else self.tr("HỌP MUỘN: sau 07 ngày làm việc kể từ ngày tiếp nhận"))
            self.details.setStyleSheet(f"color: {ALERT_COLOR};")
        else:
            self.details.setStyleSheet("")
        self.details.setText(details)
        self.votes.load(meeting, item, rights)
        council = meeting.kind is MeetingKind.COUNCIL and sheet is not None
        self.tabs.setTabVisible(self.tabs.indexOf(self.scores), council)
        if council and sheet is not None:
            self.scores.load(meeting, item, rights, sheet)
        self.opinions.load(meeting, item, opinions, rights)
        waiting = rights.why_not(Step.MINUTES) if rights.records_item(item) else ""
        self.text.load(item.summary, item.conclusion, rights.records_item(item) and not waiting, waiting)
        self.decision.setVisible(not evaluating)
        self.evaluation.setVisible(evaluating)
        if evaluating:
            self.evaluation.load(meeting, item, rights)
        else:
            self.decision.load(meeting, item, rights)
