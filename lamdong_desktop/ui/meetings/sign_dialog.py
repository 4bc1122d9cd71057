"""“Ký số…”: sign a minutes, decision or evaluation digitally (chữ ký số) and attach it as its signed copy.

The key is a PKCS#12 file with its password, or a PKCS#11 token (the USB tokens of the government's CA and the
licensed public CAs): the maker's library, the token's name, the key's name and the PIN. First the certificate is
read and its holder shown, so the signer sees who will sign before anything is signed; then the record's document
is printed as it stands, signed into the chosen signature block and attached through the record's own service
(``services.record_signing``), after which the record counts as “Đã ký”. For minutes (the secretary and the chair
both sign) the first signer may save the signed copy to a file instead, and the second signs that file and attaches
it. Both steps run in the background (a token may take seconds); a wrong password or PIN, a missing library, an
expired certificate: the service's Vietnamese words in the dialog, and nothing attached.

The dialog is opened window-modal (``open_sign_dialog``) and announces nothing itself: the attach's change notice
refreshes the windows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.text import fold
from lamdong_desktop.services import record_signing
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.signatures import Holder
from lamdong_desktop.ui.meetings.signing_key import KeyBox, path_row
from lamdong_desktop.ui.meetings.text import ALERT_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.operations import Operation


class SignDialog(Dialog):
    """``value``: what ``record_signing.sign_record`` did (``RecordSigned``) once it succeeded."""

    def __init__(self, ctx: AppContext, actor: Actor, kind: str, record_id: str, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.kind, self.record_id, self.what = ctx, actor, kind, record_id, what
        self.value: record_signing.RecordSigned | None = None
        self.operation: Operation[object] | None = None  # the one running (for tests)
        self.busy = False
        self.setWindowTitle(self.tr("Ký số văn bản"))
        self.setMinimumWidth(640)
        try:
            self.signable: record_signing.Signable | None = record_signing.signable(
                ctx, actor=actor, kind=kind, record_id=record_id)
        except DomainError as error:
            self.signable = None
            refusal = messages.error_text(error)
        else:
            refusal = ""
        several = self.signable is not None and len(self.signable.slots) > 1

        intro = QLabel(self.tr("{what}: văn bản được in lại đúng như trong dữ liệu, ký số vào ô chữ ký rồi đính kèm "
                               "làm bản đã ký (“Đã ký”); sau đó văn bản không sửa được nữa. Ký ngoại tuyến: không "
                               "dùng dấu thời gian, thời điểm ký là giờ của máy này.").format(what=what))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.key = KeyBox()
        self.key.read_button.clicked.connect(lambda: self.read_certificate())
        self.key.edited.connect(self._key_edited)
        self.key.resized.connect(self._grow)

        # -- where it goes
        self.field = QComboBox()
        if several:
            self.field.addItem(self.tr("(chọn ô chữ ký)"), "")
        for slot in self.signable.slots if self.signable else ():
            self.field.addItem(f"{slot.title.upper()} — {slot.name}" if slot.name else slot.title.upper(), slot.field)
        self.field.currentIndexChanged.connect(self._show_match)
        self.match_line = QLabel()
        self.match_line.setObjectName("matchLine")
        self.match_line.setWordWrap(True)
        self.match_line.setStyleSheet(f"color: {ALERT_COLOR};")
        self.match_line.hide()
        self.from_print = QRadioButton(self.tr("Bản in hiện tại của văn bản"))
        self.from_file = QRadioButton(self.tr("Tệp đã có chữ ký số của người ký trước:"))
        self.from_print.setChecked(True)
        self.source = QLineEdit()
        self.source.setReadOnly(True)
        choose_source = QPushButton(self.tr("Chọn tệp…"))
        choose_source.clicked.connect(self.choose_source)
        self.from_file.toggled.connect(self.source.setEnabled)
        self.from_file.toggled.connect(choose_source.setEnabled)
        self.source.setEnabled(False)
        choose_source.setEnabled(False)
        where = QFormLayout()
        where.addRow(self.tr("Ký vào ô:"), self.field)
        where.addRow("", self.match_line)
        if several:
            sources = QVBoxLayout()
            sources.addWidget(self.from_print)
            sources.addWidget(self.from_file)
            sources.addLayout(path_row(self.source, choose_source))
            where.addRow(self.tr("Văn bản ký:"), sources)

        self.error = QLabel(refusal)
        self.error.setObjectName("signError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {ALERT_COLOR};")
        self.error.setVisible(bool(refusal))
        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton(self.tr("Ký số và đính kèm"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = self.buttons.addButton(self.tr("Ký số, lưu ra tệp…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Để người ký thứ hai ký tiếp vào tệp này rồi đính kèm"))
        self.save_button.setVisible(several)
        self.cancel_button = cancel = self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.clicked.connect(lambda: self.sign())
        self.save_button.clicked.connect(lambda: self.sign_to_file())
        cancel.clicked.connect(self.reject)
        self.sign_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addLayout(where)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._busy(False)

    # -- choosing files ------------------------------------------------------------------------------
    def choose_source(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp đã ký số"), "", self.tr("Tệp PDF (*.pdf)"))
        if chosen:
            self.source.setText(chosen)

    # -- the key -------------------------------------------------------------------------------------
    def _grow(self) -> None:
        """As tall as what it shows at its width: Qt does not grow a window whose minimum width is set when wrapped
        text (an error, the holder) gets a line longer, it squeezes the rows instead."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else \
            layout.totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    @property
    def holder(self) -> Holder | None:
        """The holder of the certificate read, while the key is as it was read."""
        return self.key.holder

    def _key_edited(self) -> None:
        self._show_match()
        self._busy(False)

    def read_certificate(self) -> Operation[object] | None:
        """Open the key in the background and show whose certificate it is."""
        spec = self.key.spec()
        if isinstance(spec, str):
            self._refuse(spec)
            return None
        self._refuse("")
        operation: Operation[object] = Operation(self, lambda _paths: record_signing.certificate_of(spec),
                                                 paths=self.ctx.paths)
        return self._run(operation.success(self._read), self.tr("Đang đọc chứng thư số…"))

    def _read(self, holder: object) -> None:
        assert isinstance(holder, Holder)
        self.key.show_holder(holder)
        slot = self.signable.slot_of(holder) if self.signable else None
        if slot is not None:
            self.field.setCurrentIndex(self.field.findData(slot.field))
        self._show_match()

    def _show_match(self) -> None:
        """A warning when the certificate names someone else than the block chosen (signing stays possible: a
        deputy may sign for the head, “KT.”)."""
        slot = next((s for s in self.signable.slots if s.field == self.field.currentData()), None) \
            if self.signable else None
        differs = self.holder is not None and slot is not None and bool(slot.name) \
            and fold(slot.name) != fold(self.holder.name)
        if differs and slot is not None and self.holder is not None:
            self.match_line.setText(self.tr("Tên trên chứng thư số ({holder}) khác tên in ở ô chữ ký ({name}).")
                                    .format(holder=self.holder.name, name=slot.name))
        self.match_line.setVisible(differs)
        self._grow()

    # -- signing -------------------------------------------------------------------------------------
    def sign(self, save_to: Path | None = None) -> Operation[object] | None:
        """Sign and attach (or, with ``save_to``, save the signed copy there), in the background."""
        why = self._not_ready()
        if why:
            self._refuse(why)
            return None
        spec = self.key.spec()
        assert not isinstance(spec, str)
        self._refuse("")
        actor, kind, record_id, field = self.actor, self.kind, self.record_id, str(self.field.currentData())
        source = Path(self.source.text()) if self.from_file.isChecked() else None
        operation: Operation[object] = Operation(self, lambda ctx: record_signing.sign_record(
            ctx, actor=actor, kind=kind, record_id=record_id, signer=spec, field=field, source=source,
            save_to=save_to), ctx=self.ctx)
        label = self.tr("Đang ký số và đính kèm…") if save_to is None else self.tr("Đang ký số…")
        return self._run(operation.success(self._signed), label)

    def sign_to_file(self, path: Path | None = None) -> Operation[object] | None:
        """Sign and save the copy to ``path`` (asked for when not given), for the next signer."""
        why = self._not_ready()
        if why:
            self._refuse(why)
            return None
        if path is None:
            name = self.tr("{what} - đã ký số.pdf").format(what=self.what.replace("/", "-"))
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản đã ký số"), name, self.tr("Tệp PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        return self.sign(path)

    def _not_ready(self) -> str:
        if self.signable is None:
            return self.error.text()
        if self.holder is None:
            return self.tr("Đọc chứng thư số trước khi ký, để biết ai sẽ ký.")
        if not self.field.currentData():
            return self.tr("Chọn ô chữ ký cần ký.")
        if self.from_file.isChecked() and not self.source.text():
            return self.tr("Chọn tệp đã có chữ ký số của người ký trước.")
        return ""

    def _signed(self, value: object) -> None:
        assert isinstance(value, record_signing.RecordSigned)
        self.value = value
        self.accept()

    # -- running -------------------------------------------------------------------------------------
    def _run(self, operation: Operation[object], label: str) -> Operation[object]:
        self.operation = operation
        self._busy(True)
        return operation.failure(lambda error: self._refuse(messages.error_text(error))).finished(
            lambda: self._busy(False)).run_in_background(label=label)

    def reject(self) -> None:
        """Not while a signature is being made: closing would not stop the attach the worker is doing."""
        if not self.busy:
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.cancel_button.setEnabled(not busy)
        ready = self.signable is not None and not busy
        self.key.set_enabled(ready)
        self.sign_button.setEnabled(ready and self.holder is not None)
        self.save_button.setEnabled(ready and self.holder is not None)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._grow()


def open_sign_dialog(parent: QWidget, ctx: AppContext, actor: Actor, kind: str, record_id: str, what: str,
                     flash: Callable[[str], object]) -> SignDialog:
    """Open the dialog over ``parent`` (window-modal, deleted when closed); ``flash`` gets the sentence of what was
    done once it is."""
    dialog = SignDialog(ctx, actor, kind, record_id, what, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def done() -> None:
        value = dialog.value
        if value is None:
            return
        words = (QCoreApplication.translate("SignDialog", "{what}: đã ký số ({who}) và đính kèm — Đã ký.")
                 if value.attached else QCoreApplication.translate("SignDialog", "{what}: đã ký số ({who}), lưu ra "
                                                                                 "{path}."))
        flash(words.format(what=what, who=value.holder.name, path=value.saved_to))

    dialog.accepted.connect(done)
    dialog.open()
    return dialog


__all__ = ["SignDialog", "open_sign_dialog"]
