"""The written conclusion on an evaluation item of a meeting (ND 73/2023 Đ11): issue it (the head), print it,
attach its signed copy (the scan of the paper, or the PDF signed digitally: ``signed_copy.SignedCopyBar``) — with the
protection ruling in one plain sentence.

The counterpart of ``decision_panel.DecisionBox`` for an item that evaluates a reported result; the item panel shows
one or the other by the item's purpose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.meetings import MeetingState, Step
from lamdong_desktop.messages import RESULT_CLASS_WORDS, ruling_sentence
from lamdong_desktop.services import evaluations
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.signed_copy import IssuedBox, SignedTarget
from lamdong_desktop.ui.meetings.text import ALERT_COLOR
from lamdong_desktop.ui.shared import messages

translate = QCoreApplication.translate


class EvaluationBox(IssuedBox):
    def __init__(self, ctx: AppContext, actor: Actor, scans: documents.ScanOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, scans, title=translate("EvaluationBox", "Kết luận đánh giá kết quả thực hiện"),
                         action=translate("EvaluationBox", "Kết luận đánh giá…"), kind=documents.EVALUATION,
                         line_name="evaluationLine",
                         chooser_title=translate("EvaluationBox", "Chọn bản chụp hoặc bản ký số của kết luận đã ký"),
                         parent=parent)
        self.evaluation: evaluations.EvaluationView | None = None
        self.evaluate_button = self.action_button

    @property
    def may_evaluate(self) -> bool:
        return self.may_issue

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
        self.show_action(rights, issued=view is not None, waiting=waiting,
                         hint=self.tr("Kết quả, các điều kiện, việc bảo vệ cán bộ; số lấy từ sổ đăng ký"))
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
            self.copy.load(None)
            return
        result = RESULT_CLASS_WORDS[view.findings.result] if view.findings.result else ""
        self.line.setText(self.tr("Thông báo số {ref} ngày {day}: {result}. {ruling}").format(
            ref=view.reference, day=f"{view.issued_on:%d/%m/%Y}", result=result, ruling=ruling_sentence(view.ruling)))
        self.copy.load(SignedTarget.of(
            self.ctx, self.actor, view, name=self.tr("thông báo số {ref}").format(ref=view.reference),
            reference=view.reference, file_name=self.tr("{ref} - Kết luận đánh giá.pdf").format(
                ref=view.reference.replace("/", "-")),
            attach=evaluations.attach_signed, export=evaluations.export_scan, key={"evaluation_id": view.id},
            title=self.tr("Thông báo kết luận đánh giá số {ref}").format(ref=view.reference)),
            may_attach=rights.signs)

    def issue(self) -> object:
        return self.evaluate()

    def evaluate(self) -> object:
        from lamdong_desktop.ui.proposals.evaluate_dialog import EvaluateDialog

        if self.meeting is None or self.item is None or not self.may_evaluate:
            return None
        dialog = EvaluateDialog(self.ctx, self.actor, self.meeting, self.item, self)
        if messages.run_dialog(dialog) and dialog.value is not None:
            self.flash.emit(self.tr("Đã ban hành kết luận đánh giá."))
        return dialog
