"""Dialogs for accounts: a new account, a new password, the roles of an account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.roles import ROLE_LABELS, Role
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.operations import Operation


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class _ServiceDialog(Dialog):
    """Shows a service's DomainError inside the dialog, which stays open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def show_error(self, error: DomainError | str) -> None:
        self.error.setText(describe(error) if isinstance(error, DomainError) else error)
        self.error.show()

    def save(self) -> Changed[object]:
        """Call the service (on the GUI thread: these writes are quick) and return its result."""
        raise NotImplementedError

    def accept(self) -> None:
        # Through the runner, so that the accounts list (and any other view) hears of the change.
        Operation(self, lambda _ctx: self.save(), ctx=self.ctx).success(  # type: ignore[attr-defined]
            lambda _value: super(_ServiceDialog, self).accept()).failure(self.show_error).run()


class _RoleChecks(QGroupBox):
    def __init__(self, title: str, roles: tuple[Role, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(ROLE_LABELS[role])
            check.setChecked(role in roles)
            layout.addWidget(check)
            self.checks[role] = check

    def roles(self) -> list[str]:
        return [role.value for role, check in self.checks.items() if check.isChecked()]


class NewAccountDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setWindowTitle(self.tr("Thêm tài khoản"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("chữ không dấu, số, dấu chấm; ví dụ: nguyenvana"))
        self.full_name = QLineEdit()
        self.password = _password_edit()
        self.password_again = _password_edit()
        self.roles = _RoleChecks(self.tr("Vai trò"), (Role.OFFICIAL,))
        form = QFormLayout(self)
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.password_again)
        form.addRow(self.roles)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> Changed[object]:
        if self.password.text() != self.password_again.text():
            raise DomainError("password_mismatch")
        return accounts.add_account(
            self.ctx, actor=self.actor, username=self.username.text(), full_name=self.full_name.text(),
            password=self.password.text(), roles=self.roles.roles(),
        )


class PasswordDialog(_ServiceDialog):
    """An administrator resets ``username``'s password, or anyone changes their own (old one asked)."""

    def __init__(self, ctx: AppContext, actor: Actor, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.username = ctx, actor, username
        self.own = username == actor.username
        self.setWindowTitle(self.tr("Đổi mật khẩu") if self.own else self.tr("Đặt lại mật khẩu"))
        self.old_password = _password_edit()
        self.password = _password_edit()
        self.password_again = _password_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("Tài khoản:"), QLabel(username))
        if self.own:
            form.addRow(self.tr("Mật khẩu hiện tại:"), self.old_password)
        form.addRow(self.tr("Mật khẩu mới:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.password_again)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> Changed[object]:
        if self.password.text() != self.password_again.text():
            raise DomainError("password_mismatch")
        return accounts.change_password(
            self.ctx, actor=self.actor, username=self.username, new_password=self.password.text(),
            old_password=self.old_password.text() if self.own else None,
        )


class RolesDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, actor: Actor, account: accounts.AccountView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.account = ctx, actor, account
        self.setWindowTitle(self.tr("Vai trò của {username}").format(username=account.username))
        self.roles = _RoleChecks(self.tr("Vai trò"), account.roles)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(account.full_name))
        layout.addWidget(self.roles)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> Changed[object]:
        return accounts.set_roles(self.ctx, actor=self.actor, username=self.account.username, roles=self.roles.roles())
