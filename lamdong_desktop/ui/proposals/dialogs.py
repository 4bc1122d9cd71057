"""Dialogs of the proposal window: a reason to return or withdraw, and the unsaved-changes question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import Action
from lamdong_desktop.services import proposals
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.proposals.text import MISSING_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation


class ReasonDialog(QDialog):
    """Return a proposal for revision, or withdraw it: the reason is required and goes into the record.

    Accepting calls the service; an error is shown inside the dialog, which stays open.
    """

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal, action: Action,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if action not in (Action.RETURN, Action.WITHDRAW):
            raise ValueError(action)
        self.ctx, self.actor, self.proposal, self.action = ctx, actor, proposal, action
        self.result_proposal: proposals.Proposal | None = None
        summary = proposal.summary
        if action is Action.RETURN:
            self.setWindowTitle(self.tr("Trả lại đề xuất để sửa"))
            intro = self.tr("Trả lại đề xuất {ref} “{title}” cho {author} để sửa, bổ sung.").format(
                ref=summary.ref, title=summary.title, author=summary.author_name)
            prompt = self.tr("Những điểm cần sửa, bổ sung (bắt buộc; người đề xuất sẽ thấy nguyên văn):")
            ok_text = self.tr("Trả lại")
        else:
            self.setWindowTitle(self.tr("Rút đề xuất"))
            intro = self.tr("Rút đề xuất {ref} “{title}”. Đề xuất đã rút không trình lại được; "
                            "nội dung và lịch sử vẫn được lưu giữ.").format(ref=summary.ref, title=summary.title)
            prompt = self.tr("Lý do rút (bắt buộc):")
            ok_text = self.tr("Rút đề xuất")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(110)
        self.prompt.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {MISSING_COLOR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def accept(self) -> None:
        text, actor, proposal_id = self.reason.toPlainText(), self.actor, self.proposal.id
        service = proposals.return_for_revision if self.action is Action.RETURN else proposals.withdraw

        def done(proposal: proposals.Proposal) -> None:
            self.result_proposal = proposal
            super(ReasonDialog, self).accept()

        Operation(self, lambda ctx: service(ctx, actor=actor, proposal_id=proposal_id, reason=text),
                  ctx=self.ctx).success(done).failure(self._failed).run()

    def _failed(self, error: DomainError) -> None:
        self.error.setText(messages.error_text(error))
        self.error.show()
        self.reason.setFocus()


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget | None) -> str:
    """Ask what to do with unsaved changes: ``SAVE``, ``DISCARD`` or ``CANCEL`` (tests replace this)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("proposal_dialogs", "Chưa lưu"),
        QCoreApplication.translate("proposal_dialogs", "Đề xuất có thay đổi chưa lưu. Lưu trước khi đóng?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    try:
        answer = box.exec()
    finally:
        box.deleteLater()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL
