"""The signer's key in the signing dialog: a PKCS#12 file with its password, or a PKCS#11 token (the maker's
library, the token's name, the key's name, the PIN), and the holder of its certificate once read.

The box only collects what was typed and shows the holder it is told; reading the certificate is the dialog's
background operation (``sign_dialog``). Any edit of the key forgets the holder read before (``edited``): the
certificate shown must always be the one that would sign.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.services.signatures import Holder, P12Signer, Pkcs11Signer, SignerSpec
from lamdong_desktop.ui.meetings.text import OK_COLOR

P12, TOKEN = 0, 1  # the pages of the key


def path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class KeyBox(QGroupBox):
    """``edited``: the key changed (the holder read before is forgotten); ``resized``: a line more or less."""

    edited = Signal()
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chứng thư số của người ký"))
        self.holder: Holder | None = None
        self.p12_radio = QRadioButton(self.tr("Tệp chứng thư số (.p12, .pfx)"))
        self.token_radio = QRadioButton(self.tr("Thiết bị ký số (USB token)"))
        self.p12_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.p12_radio, P12)
        kinds.addButton(self.token_radio, TOKEN)
        self.p12_path = QLineEdit()
        self.p12_path.setPlaceholderText(self.tr("tệp .p12 hoặc .pfx do tổ chức chứng thực cấp"))
        self.password = _secret()
        choose_p12 = QPushButton(self.tr("Chọn tệp…"))
        choose_p12.clicked.connect(self.choose_p12)
        p12_page = QWidget()
        p12_form = QFormLayout(p12_page)
        p12_form.addRow(self.tr("Tệp chứng thư số:"), path_row(self.p12_path, choose_p12))
        p12_form.addRow(self.tr("Mật khẩu:"), self.password)
        self.library = QLineEdit()
        self.library.setPlaceholderText(self.tr("thư viện PKCS#11 đi kèm thiết bị (.dll, .so)"))
        choose_library = QPushButton(self.tr("Chọn tệp…"))
        choose_library.clicked.connect(self.choose_library)
        self.token_label = QLineEdit()
        self.token_label.setPlaceholderText(self.tr("để trống: thiết bị đầu tiên tìm thấy"))
        self.key_label = QLineEdit()
        self.cert_label = QLineEdit()
        self.cert_label.setPlaceholderText(self.tr("để trống: như tên khóa ký"))
        self.pin = _secret()
        token_page = QWidget()
        token_form = QFormLayout(token_page)
        token_form.addRow(self.tr("Thư viện PKCS#11:"), path_row(self.library, choose_library))
        token_form.addRow(self.tr("Tên thiết bị:"), self.token_label)
        token_form.addRow(self.tr("Tên khóa ký:"), self.key_label)
        token_form.addRow(self.tr("Tên chứng thư số:"), self.cert_label)
        token_form.addRow(self.tr("Mã PIN:"), self.pin)
        self.pages = (p12_page, token_page)  # one shown at a time: the box as tall as the one shown
        token_page.hide()
        kinds.idToggled.connect(self._kind_toggled)
        for edit in (self.p12_path, self.password, self.library, self.token_label, self.key_label,
                     self.cert_label, self.pin):
            edit.textEdited.connect(self.forget)
        self.read_button = QPushButton(self.tr("Đọc chứng thư số"))
        self.holder_line = QLabel(self.tr("Chưa đọc chứng thư số."))
        self.holder_line.setObjectName("holderLine")
        self.holder_line.setWordWrap(True)
        self.holder_line.setTextFormat(Qt.TextFormat.PlainText)
        radios = QHBoxLayout()
        radios.addWidget(self.p12_radio)
        radios.addWidget(self.token_radio)
        radios.addStretch(1)
        read_row = QHBoxLayout()
        read_row.addWidget(self.read_button)
        read_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(radios)
        for page in self.pages:
            layout.addWidget(page)
        layout.addLayout(read_row)
        layout.addWidget(self.holder_line)

    @property
    def page(self) -> int:
        """The key's page shown: ``P12`` or ``TOKEN``."""
        return TOKEN if self.token_radio.isChecked() else P12

    def _kind_toggled(self, page: int, on: bool) -> None:
        if on:
            for number, widget in enumerate(self.pages):
                widget.setVisible(number == page)
            self.forget()
            self.resized.emit()

    def choose_p12(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp chứng thư số"), "",
                                                self.tr("Chứng thư số PKCS#12 (*.p12 *.pfx);;Mọi tệp (*)"))
        if chosen:
            self.p12_path.setText(chosen)
            self.forget()

    def choose_library(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn thư viện của thiết bị ký số"), "",
                                                self.tr("Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)"))
        if chosen:
            self.library.setText(chosen)
            self.forget()

    def spec(self) -> SignerSpec | str:
        """The key as entered, or what is still missing (a sentence)."""
        if self.page == P12:
            if not self.p12_path.text().strip():
                return self.tr("Chọn tệp chứng thư số (.p12, .pfx).")
            return P12Signer(Path(self.p12_path.text().strip()), self.password.text())
        if not self.library.text().strip():
            return self.tr("Chọn thư viện PKCS#11 của thiết bị ký số (tệp .dll hoặc .so cài cùng thiết bị).")
        if not self.key_label.text().strip():
            return self.tr("Nhập tên khóa ký trên thiết bị ký số.")
        if not self.pin.text():
            return self.tr("Nhập mã PIN của thiết bị ký số.")
        return Pkcs11Signer(self.library.text().strip(), self.token_label.text().strip(),
                            self.key_label.text().strip(), self.pin.text(), self.cert_label.text().strip())

    def show_holder(self, holder: Holder) -> None:
        """The certificate read: whose it is, its serial number, its issuer and when it is valid."""
        self.holder = holder
        self.holder_line.setText(self.tr("Người ký: {name} — số hiệu {serial}, do {issuer} cấp, hiệu lực {since} – "
                                         "{until}.").format(
            name=holder.name, serial=holder.serial, issuer=holder.issuer,
            since=clock.format_date_vn(holder.valid_from.date()),
            until=clock.format_date_vn(holder.valid_until.date())))
        self.holder_line.setStyleSheet(f"color: {OK_COLOR}; font-weight: bold;")
        self.resized.emit()

    def forget(self) -> None:
        """Another key: the certificate read before is no longer the one that would sign."""
        if self.holder is not None:
            self.holder = None
            self.holder_line.setText(self.tr("Chưa đọc chứng thư số."))
            self.holder_line.setStyleSheet("")
            self.edited.emit()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.read_button, *self.pages, self.p12_radio, self.token_radio):
            widget.setEnabled(enabled)


__all__ = ["P12", "TOKEN", "KeyBox", "path_row"]
