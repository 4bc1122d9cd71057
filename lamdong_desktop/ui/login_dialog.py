"""Signing in: wrong passwords say how many tries remain; the fifth locks the account for a while."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import describe
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared.dialogs import Dialog


class LoginDialog(Dialog):
    def __init__(self, ctx: AppContext, *, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Đăng nhập — Lâm Đồng"))
        self.heading = heading = QLabel(self.tr("Đăng nhập vào {unit}").format(unit=ctx.unit.name))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đăng nhập"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        """Check the password (argon2id, about a quarter of a second: a wait cursor, on the GUI thread so
        that the dialog cannot be used meanwhile); stay open on failure."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = sign_in(self.ctx, username=self.username.text(), password=self.password.text())
        except DomainError as error:
            self.error.setText(describe(error))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()
