"""Dialogs of the proposal window: a written reason (return, withdraw, attached by mistake), and the
unsaved-changes question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import Action
from lamdong_desktop.services import attachments, proposals
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.proposals.text import MISSING_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import Dialog, ask_save_discard_cancel
from lamdong_desktop.ui.shared.operations import Operation


class RequiredReasonDialog(Dialog):
    """A written reason that goes into the record: intro, prompt, the text, an error line, OK and Cancel.

    Accepting runs ``write(ctx, reason)`` through the operation runner; a refusal is shown inside the dialog,
    which stays open, and the dialog closes only once the service succeeded (its value in ``value``).
    """

    def __init__(self, ctx: AppContext, actor: Actor, *, title: str, intro: str, prompt: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.value: object | None = None
        self.setWindowTitle(title)
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

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        """The service call the reason is for (on the GUI thread, through the runner)."""
        raise NotImplementedError

    def accept(self) -> None:
        reason = self.reason.toPlainText()

        def done(value: object) -> None:
            self.value = value
            QDialog.accept(self)

        Operation(self, lambda ctx: self.write(ctx, reason), ctx=self.ctx).success(done).failure(
            self._failed).run()

    def _failed(self, error: DomainError) -> None:
        self.error.setText(messages.error_text(error))
        self.error.show()
        self.reason.setFocus()


class ReasonDialog(RequiredReasonDialog):
    """Return a proposal for revision, or withdraw it: the reason is required and goes into the record."""

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal, action: Action,
                 parent: QWidget | None = None) -> None:
        if action not in (Action.RETURN, Action.WITHDRAW):
            raise ValueError(action)
        summary = proposal.summary
        if action is Action.RETURN:
            words = dict(
                title=QCoreApplication.translate("ReasonDialog", "Trả lại đề xuất để sửa"),
                intro=QCoreApplication.translate(
                    "ReasonDialog", "Trả lại đề xuất {ref} “{title}” cho {author} để sửa, bổ sung.").format(
                    ref=summary.ref, title=summary.title, author=summary.author_name),
                prompt=QCoreApplication.translate(
                    "ReasonDialog", "Những điểm cần sửa, bổ sung (bắt buộc; người đề xuất sẽ thấy nguyên văn):"),
                ok_text=QCoreApplication.translate("ReasonDialog", "Trả lại"))
        else:
            words = dict(
                title=QCoreApplication.translate("ReasonDialog", "Rút đề xuất"),
                intro=QCoreApplication.translate(
                    "ReasonDialog", "Rút đề xuất {ref} “{title}”. Đề xuất đã rút không trình lại được; "
                    "nội dung và lịch sử vẫn được lưu giữ.").format(ref=summary.ref, title=summary.title),
                prompt=QCoreApplication.translate("ReasonDialog", "Lý do rút (bắt buộc):"),
                ok_text=QCoreApplication.translate("ReasonDialog", "Rút đề xuất"))
        super().__init__(ctx, actor, parent=parent, **words)
        self.proposal, self.action = proposal, action

    @property
    def result_proposal(self) -> proposals.Proposal | None:
        return self.value if isinstance(self.value, proposals.Proposal) else None

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        service = proposals.return_for_revision if self.action is Action.RETURN else proposals.withdraw
        return service(ctx, actor=self.actor, proposal_id=self.proposal.id, reason=reason)


class MistakenDialog(RequiredReasonDialog):
    """Mark an attachment of a submitted proposal "attached by mistake": the reason is required and kept."""

    def __init__(self, ctx: AppContext, actor: Actor, attachment: attachments.AttachmentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, actor, parent=parent,
            title=QCoreApplication.translate("MistakenDialog", "Đánh dấu đính kèm nhầm"),
            intro=QCoreApplication.translate(
                "MistakenDialog",
                "Tệp “{name}” đã thuộc hồ sơ đã trình nên không xóa được. Tệp vẫn được lưu và hiện trong danh sách "
                "với ghi chú “Đính kèm nhầm” cùng lý do; việc đánh dấu được ghi vào lịch sử.").format(
                name=attachment.filename),
            prompt=QCoreApplication.translate("MistakenDialog", "Lý do (bắt buộc):"),
            ok_text=QCoreApplication.translate("MistakenDialog", "Đánh dấu"))
        self.attachment = attachment

    @property
    def result_attachment(self) -> attachments.AttachmentView | None:
        return self.value if isinstance(self.value, attachments.AttachmentView) else None

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        return attachments.mark_attachment_mistaken(ctx, actor=self.actor, attachment_id=self.attachment.id,
                                                    reason=reason)


def ask_unsaved(parent: QWidget | None) -> str:
    """Ask what to do with unsaved changes: ``SAVE``, ``DISCARD`` or ``CANCEL`` (tests replace this)."""
    return ask_save_discard_cancel(
        parent, QCoreApplication.translate("proposal_dialogs", "Chưa lưu"),
        QCoreApplication.translate("proposal_dialogs", "Đề xuất có thay đổi chưa lưu. Lưu trước khi đóng?"))
