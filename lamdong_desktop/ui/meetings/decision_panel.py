"""The written decision on one proposal of a meeting: issue it (the head), print it, attach its signed copy.

Once the signed copy is attached (the scan of the paper, or the PDF signed digitally: ``signed_copy.SignedCopyBar``)
the decision shows “Đã ký”, the copy opens in one click, and it can no longer be changed (a change needs a new,
numbered document).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.meetings import Step
from lamdong_desktop.messages import OUTCOME_WORDS, doc_type_words
from lamdong_desktop.services import decisions
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.signed_copy import IssuedBox, SignedTarget
from lamdong_desktop.ui.meetings.text import ALERT_COLOR
from lamdong_desktop.ui.shared import messages

translate = QCoreApplication.translate


class DecisionBox(IssuedBox):
    def __init__(self, ctx: AppContext, actor: Actor, scans: documents.ScanOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, scans, title=translate("DecisionBox", "Văn bản sau cuộc họp"),
                         action=translate("DecisionBox", "Ra văn bản…"), kind=documents.DECISION,
                         line_name="decisionLine",
                         chooser_title=translate("DecisionBox", "Chọn bản chụp hoặc bản ký số của văn bản đã ký"),
                         parent=parent)
        self.decision: decisions.DecisionView | None = None
        self.decide_button = self.action_button
        self.signed_line.setObjectName("decisionSigned")

    @property
    def may_decide(self) -> bool:
        return self.may_issue

    def load(self, meeting: Meeting, item: ItemView, rights: Rights) -> None:
        self.meeting, self.item = meeting, item
        self.decision = None
        if item.decision_id:
            try:
                self.decision = decisions.get(self.ctx, item.decision_id, actor=self.actor)
            except DomainError:
                self.decision = None
        view = self.decision
        # The vote complete first (while the meeting is open it can still be), then the close: the decision cites
        # the minutes, numbered then (``domain.meetings.refusal``, the rule ``decisions.decide`` enforces).
        waiting = rights.why_not(Step.DECIDE) if item.outcome.complete else ""
        self.show_action(rights, issued=view is not None, waiting=waiting, hint=self.tr(
            "Quyết định phê duyệt (hoặc cho thực hiện thí điểm), hoặc thông báo kết luận trả lại, không phê duyệt; số "
            "lấy từ sổ đăng ký văn bản"))
        self.line.setStyleSheet(f"color: {ALERT_COLOR};" if waiting and rights.head else "")
        if view is None:
            if not item.outcome.complete:
                self.line.setText(self.tr("Chưa có văn bản. Văn bản ra sau khi biểu quyết xong (mọi thành viên có mặt "
                                          "được biểu quyết đã có phiếu)."))
            elif waiting:
                self.line.setText(self.tr("Chưa có văn bản. {reason}").format(reason=waiting))
            else:
                self.line.setText(self.tr("Chưa có văn bản: người đứng đầu ra quyết định hoặc thông báo kết luận."))
            self.copy.load(None)
            return
        self.line.setText(self.tr("{kind} số {ref} ngày {day}: {outcome}. {title}. Người ký: {lines} {name}.").format(
            kind=doc_type_words(view.doc_type), ref=view.reference, day=f"{view.issued_on:%d/%m/%Y}",
            outcome=OUTCOME_WORDS[view.outcome], title=view.title, lines=" / ".join(view.signer_lines),
            name=view.signer_name) + ((" " + self.tr("Lý do: {reasons}").format(reasons=view.reasons))
                                      if view.reasons else ""))
        self.copy.load(SignedTarget.of(
            self.ctx, self.actor, view, name=self.tr("văn bản số {ref}").format(ref=view.reference),
            reference=view.reference, file_name=self.tr("{ref} - {kind}.pdf").format(
                ref=view.reference.replace("/", "-"), kind=doc_type_words(view.doc_type)),
            attach=decisions.attach_signed, export=decisions.export_scan, key={"decision_id": view.id},
            title=self.tr("{kind} số {ref}").format(kind=doc_type_words(view.doc_type), ref=view.reference)),
            may_attach=rights.signs)

    def issue(self) -> object:
        return self.decide()

    def decide(self) -> object:
        from lamdong_desktop.ui.meetings.decide_dialog import DecideDialog

        if self.meeting is None or self.item is None or not self.may_decide:
            return None
        dialog = DecideDialog(self.ctx, self.actor, self.meeting, self.item, self)
        if messages.run_dialog(dialog) and dialog.value is not None:
            self.flash.emit(self.tr("Đã ra văn bản số {ref}.").format(ref=dialog.value.reference))
        return dialog
