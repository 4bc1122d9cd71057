"""The written decision on one proposal of a meeting: issue it (the head), print it, attach its signed scan.

Once the scan is attached the decision shows “Đã ký”, the scan opens in one click, and it can no longer be changed
(a change needs a new, numbered document).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.meetings import Step
from lamdong_desktop.messages import OUTCOME_WORDS, SIGNED_WORDS, UNSIGNED_WORDS, doc_type_words
from lamdong_desktop.services import decisions
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR, signed_words
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation


class DecisionBox(QGroupBox):
    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, scans: documents.ScanOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Văn bản sau cuộc họp"))
        self.ctx, self.actor, self.scans = ctx, actor, scans
        self.meeting: Meeting | None = None
        self.item: ItemView | None = None
        self.decision: decisions.DecisionView | None = None
        self.may_decide = False  # the head, no decision yet, the vote complete, the meeting closed
        self.line = QLabel()
        self.line.setObjectName("decisionLine")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.signed_line = QLabel()
        self.signed_line.setObjectName("decisionSigned")
        self.decide_button = QPushButton(self.tr("Ra văn bản…"))
        self.decide_button.clicked.connect(self.decide)
        self.preview_button = QPushButton(self.tr("Xem bản in…"))
        self.preview_button.clicked.connect(self.preview)
        self.attach_button = QPushButton(self.tr("Đính kèm bản đã ký…"))
        self.attach_button.clicked.connect(lambda: self.attach_signed())
        self.sign_button = QPushButton(self.tr("Ký số…"))
        self.sign_button.clicked.connect(lambda: self.sign_digitally())
        self.scan_button = QPushButton(self.tr("Mở bản đã ký"))
        self.scan_button.clicked.connect(self.open_scan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.signed_line, 1)
        for button in (self.decide_button, self.preview_button, self.attach_button, self.sign_button,
                       self.scan_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addLayout(buttons)

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
        self.decide_button.setVisible(rights.head and view is None)
        self.may_decide = rights.head and view is None and item.outcome.complete and not waiting
        self.decide_button.setEnabled(item.outcome.complete and not waiting)
        self.decide_button.setToolTip(waiting or self.tr(
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
            self.signed_line.clear()
            for button in (self.preview_button, self.attach_button, self.sign_button, self.scan_button):
                button.hide()
            return
        self.line.setText(self.tr("{kind} số {ref} ngày {day}: {outcome}. {title}. Người ký: {lines} {name}.").format(
            kind=doc_type_words(view.doc_type), ref=view.reference, day=f"{view.issued_on:%d/%m/%Y}",
            outcome=OUTCOME_WORDS[view.outcome], title=view.title, lines=" / ".join(view.signer_lines),
            name=view.signer_name) + ((" " + self.tr("Lý do: {reasons}").format(reasons=view.reasons))
                                      if view.reasons else ""))
        self.signed_line.setText(signed_words(view.digital_signatures) if view.locked else
                                 UNSIGNED_WORDS + self.tr(": in, trình ký rồi đính kèm bản đã ký."))
        self.signed_line.setStyleSheet(f"color: {OK_COLOR if view.locked else ALERT_COLOR}; font-weight: bold;")
        self.preview_button.setVisible(documents.can_print(documents.DECISION))
        self.attach_button.setVisible(rights.signs and not view.locked)
        self.sign_button.setVisible(rights.signs and not view.locked)
        self.scan_button.setVisible(view.locked)

    def decide(self) -> object:
        from lamdong_desktop.ui.meetings.decide_dialog import DecideDialog

        if self.meeting is None or self.item is None or not self.may_decide:
            return None
        dialog = DecideDialog(self.ctx, self.actor, self.meeting, self.item, self)
        if messages.run_dialog(dialog) and dialog.value is not None:
            self.flash.emit(self.tr("Đã ra văn bản số {ref}.").format(ref=dialog.value.reference))
        return dialog

    def preview(self) -> QWidget | None:
        if self.decision is None:
            return None
        view = self.decision
        return documents.preview(self, self.ctx, self.actor, documents.DECISION, view.id, title=view.reference,
                                 file_name=self.tr("{ref} - {kind}.pdf").format(
                                     ref=view.reference.replace("/", "-"), kind=doc_type_words(view.doc_type)))

    def attach_signed(self, path: Path | None = None) -> Operation[decisions.DecisionView] | None:
        """Attach the scan of the signed document (asked for when ``path`` is not given), in the background."""
        if self.decision is None:
            return None
        path = documents.scan_to_attach(self, self.ctx, self.tr("Chọn bản chụp văn bản đã ký"), path)
        if path is None:
            return None
        reference = self.decision.reference
        if not messages.confirm(self, self.tr(
                "Đính kèm “{name}” làm bản đã ký của văn bản số {ref}? Sau đó văn bản không sửa được nữa.").format(
                name=path.name, ref=reference)):
            return None
        actor, decision_id, source = self.actor, self.decision.id, path
        operation: Operation[decisions.DecisionView] = Operation(self, lambda ctx: decisions.attach_signed(
            ctx, actor=actor, decision_id=decision_id, path=source), ctx=self.ctx)
        return operation.success(lambda _view: self.flash.emit(self.tr("Văn bản số {ref}: {signed}.").format(
            ref=reference, signed=SIGNED_WORDS))).run_in_background(label=self.tr("Đang đính kèm bản đã ký…"))

    def sign_digitally(self) -> QWidget | None:
        """“Ký số…”: sign the decision as it prints now and attach it (``sign_dialog``)."""
        from lamdong_desktop.ui.meetings.sign_dialog import open_sign_dialog

        if self.decision is None:
            return None
        view = self.decision
        return open_sign_dialog(self, self.ctx, self.actor, "decision", view.id, self.tr("{kind} số {ref}").format(
            kind=doc_type_words(view.doc_type), ref=view.reference), self.flash.emit)

    def open_scan(self) -> Path | None:
        if self.decision is None:
            return None
        actor, decision_id = self.actor, self.decision.id
        return self.scans.open(self, lambda folder: decisions.export_scan(
            self.ctx, actor=actor, decision_id=decision_id, folder=folder), self.decision.reference)
