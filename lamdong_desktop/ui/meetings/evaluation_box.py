"""The written conclusion on an evaluation item of a meeting (ND 73/2023 Đ11): issue it (the head), print it,
attach its signed scan — with the protection ruling in one plain sentence.

The counterpart of ``decision_panel.DecisionBox`` for an item that evaluates a reported result; the item panel shows
one or the other by the item's purpose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.meetings import MeetingState, Step
from lamdong_desktop.messages import RESULT_CLASS_WORDS, SIGNED_WORDS, UNSIGNED_WORDS, ruling_sentence
from lamdong_desktop.services import evaluations
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation


class EvaluationBox(QGroupBox):
    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, scans: documents.ScanOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kết luận đánh giá kết quả thực hiện"))
        self.ctx, self.actor, self.scans = ctx, actor, scans
        self.meeting: Meeting | None = None
        self.item: ItemView | None = None
        self.evaluation: evaluations.EvaluationView | None = None
        self.may_evaluate = False  # the head, no conclusion yet, the vote complete, the meeting closed
        self.line = QLabel()
        self.line.setObjectName("evaluationLine")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.signed_line = QLabel()
        self.evaluate_button = QPushButton(self.tr("Kết luận đánh giá…"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.preview_button = QPushButton(self.tr("Xem bản in…"))
        self.preview_button.clicked.connect(self.preview)
        self.attach_button = QPushButton(self.tr("Đính kèm bản đã ký…"))
        self.attach_button.clicked.connect(lambda: self.attach_signed())
        self.scan_button = QPushButton(self.tr("Mở bản đã ký"))
        self.scan_button.clicked.connect(self.open_scan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.signed_line, 1)
        for button in (self.evaluate_button, self.preview_button, self.attach_button, self.scan_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addLayout(buttons)

    def load(self, meeting: Meeting, item: ItemView, rights: Rights) -> None:
        self.meeting, self.item, self.evaluation = meeting, item, None
        if item.evaluation_id:
            try:
                self.evaluation = evaluations.get(self.ctx, item.evaluation_id, actor=self.actor)
            except DomainError:
                self.evaluation = None
        view = self.evaluation
        # As for a decision: the vote complete first, then the close (the conclusion cites the minutes, numbered
        # then: ``domain.meetings.refusal``, the rule ``evaluations.evaluate`` enforces).
        waiting = rights.why_not(Step.DECIDE) if item.outcome.complete else ""
        # ND 73/2023 Đ11: a vote that did not adopt the evaluation concludes nothing (no written override of a result):
        # another meeting evaluates it (``evaluations.evaluate`` refuses, ``agenda_items.not_adopted``).
        voted_down = item.outcome.complete and not item.outcome.passed
        if voted_down and not waiting:
            waiting = self.tr("Cuộc họp không thông qua kết quả đánh giá ({in_favour}/{voting} tán thành): chưa kết "
                              "luận được. Người đứng đầu đưa kết quả ra một cuộc họp khác để đánh giá lại.").format(
                in_favour=item.outcome.in_favour, voting=item.outcome.voting)
        self.evaluate_button.setVisible(rights.head and view is None)
        self.may_evaluate = rights.head and view is None and item.outcome.complete and not waiting
        self.evaluate_button.setEnabled(item.outcome.complete and not waiting)
        self.evaluate_button.setToolTip(waiting or self.tr(
            "Kết quả, các điều kiện, việc bảo vệ cán bộ; số lấy từ sổ đăng ký"))
        self.line.setStyleSheet(f"color: {ALERT_COLOR};" if waiting and (rights.head or voted_down) else "")
        if view is None:
            if not item.outcome.complete:
                self.line.setText(self.tr("Chưa có kết luận. Kết luận sau khi biểu quyết xong và có ý kiến của cấp ủy "
                                          "về kết quả."))
            elif voted_down and meeting.state is MeetingState.CLOSED:
                self.line.setText(waiting)
            elif waiting:
                self.line.setText(self.tr("Chưa có kết luận. {reason}").format(reason=waiting))
            else:
                self.line.setText(self.tr("Chưa có kết luận: người đứng đầu kết luận đánh giá và việc bảo vệ cán bộ."))
            self.signed_line.clear()
            for button in (self.preview_button, self.attach_button, self.scan_button):
                button.hide()
            return
        result = RESULT_CLASS_WORDS[view.findings.result] if view.findings.result else ""
        self.line.setText(self.tr("Thông báo số {ref} ngày {day}: {result}. {ruling}").format(
            ref=view.reference, day=f"{view.issued_on:%d/%m/%Y}", result=result, ruling=ruling_sentence(view.ruling)))
        self.signed_line.setText(SIGNED_WORDS if view.locked else
                                 UNSIGNED_WORDS + self.tr(": in, trình ký rồi đính kèm bản đã ký."))
        self.signed_line.setStyleSheet(f"color: {OK_COLOR if view.locked else ALERT_COLOR}; font-weight: bold;")
        self.preview_button.setVisible(documents.can_print(documents.EVALUATION))
        self.attach_button.setVisible(rights.signs and not view.locked)
        self.scan_button.setVisible(view.locked)

    def evaluate(self) -> object:
        from lamdong_desktop.ui.proposals.evaluate_dialog import EvaluateDialog

        if self.meeting is None or self.item is None or not self.may_evaluate:
            return None
        dialog = EvaluateDialog(self.ctx, self.actor, self.meeting, self.item, self)
        if messages.run_dialog(dialog) and dialog.value is not None:
            self.flash.emit(self.tr("Đã ban hành kết luận đánh giá."))
        return dialog

    def preview(self) -> QWidget | None:
        if self.evaluation is None:
            return None
        view = self.evaluation
        return documents.preview(self, self.ctx, self.actor, documents.EVALUATION, view.id, title=view.reference,
                                 file_name=self.tr("{ref} - Kết luận đánh giá.pdf").format(
                                     ref=view.reference.replace("/", "-")))

    def attach_signed(self, path: Path | None = None) -> Operation[evaluations.EvaluationView] | None:
        if self.evaluation is None:
            return None
        path = documents.scan_to_attach(self, self.ctx, self.tr("Chọn bản chụp kết luận đã ký"), path)
        if path is None:
            return None
        reference = self.evaluation.reference
        if not messages.confirm(self, self.tr(
                "Đính kèm “{name}” làm bản đã ký của thông báo số {ref}? Sau đó văn bản không sửa được nữa.").format(
                name=path.name, ref=reference)):
            return None
        actor, evaluation_id, source = self.actor, self.evaluation.id, path
        operation: Operation[evaluations.EvaluationView] = Operation(self, lambda ctx: evaluations.attach_signed(
            ctx, actor=actor, evaluation_id=evaluation_id, path=source), ctx=self.ctx)
        return operation.success(lambda _view: self.flash.emit(self.tr("Thông báo số {ref}: {signed}.").format(
            ref=reference, signed=SIGNED_WORDS))).run_in_background(label=self.tr("Đang đính kèm bản đã ký…"))

    def open_scan(self) -> Path | None:
        if self.evaluation is None:
            return None
        actor, evaluation_id = self.actor, self.evaluation.id
        return self.scans.open(self, lambda folder: evaluations.export_scan(
            self.ctx, actor=actor, evaluation_id=evaluation_id, folder=folder), self.evaluation.reference)
