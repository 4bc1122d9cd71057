"""The "Tài khoản" area (administrators): accounts, new ones, passwords, roles, lock and unlock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.roles import ROLE_LABELS
from lamdong_desktop.services import accounts
from lamdong_desktop.services.changes import ACCOUNT, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.accounts.dialogs import NewAccountDialog, PasswordDialog, RolesDialog
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation, on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table, selected_record


class AccountsView(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.model: RecordTableModel[accounts.AccountView] = RecordTableModel([
            Column(self.tr("Tên đăng nhập"), lambda a: a.username),
            Column(self.tr("Họ và tên"), lambda a: a.full_name),
            Column(self.tr("Vai trò"), lambda a: ", ".join(ROLE_LABELS[r] for r in a.roles)),
            Column(self.tr("Trạng thái"), self.status_text),
        ], self)
        self.table, self.proxy = make_table(self.model, self)
        for column, width in enumerate((140, 220, 220)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))
        self.password_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.roles_button = QPushButton(self.tr("Vai trò…"))
        self.unlock_button = QPushButton(self.tr("Mở khóa"))
        self.disable_button = QPushButton(self.tr("Vô hiệu hóa"))
        self.add_button.clicked.connect(self.add_account)
        self.password_button.clicked.connect(self.reset_password)
        self.roles_button.clicked.connect(self.edit_roles)
        self.unlock_button.clicked.connect(self.unlock)
        self.disable_button.clicked.connect(self.toggle_disabled)
        bar = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.roles_button, self.unlock_button,
                       self.disable_button):
            bar.addWidget(button)
        bar.addStretch(1)
        note = QLabel(self.tr(
            "Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa (1, 2, 4… đến 60 phút). "
            "“Mở khóa” cho đăng nhập lại ngay; “Vô hiệu hóa” chặn hẳn tài khoản cho đến khi được kích hoạt lại."
        ))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        on_changes(ctx, self, self._on_changes)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(ACCOUNT):
            self.reload()

    def status_text(self, account: accounts.AccountView) -> str:
        if account.disabled:
            return self.tr("Vô hiệu hóa")
        if account.locked_until:
            until = datetime.fromisoformat(account.locked_until)
            return self.tr("Tạm khóa đến {time} ngày {day}").format(
                time=until.strftime("%H:%M"), day=until.strftime("%d/%m/%Y"))
        return self.tr("Đang hoạt động")

    def reload(self) -> None:
        chosen = self.selected()
        self.model.set_records(accounts.list_accounts(self.ctx, actor=self.actor))
        if chosen is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.record_at(self.proxy.index(row, 0)).username == chosen.username:
                    self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> accounts.AccountView | None:
        return selected_record(self.table)

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.password_button, self.roles_button, self.disable_button):
            button.setEnabled(account is not None)
        self.unlock_button.setEnabled(account is not None and bool(account.locked_until))
        self.disable_button.setText(
            self.tr("Kích hoạt lại") if account is not None and account.disabled else self.tr("Vô hiệu hóa"))

    def _dialog(self, dialog: QDialog) -> None:
        messages.run_dialog(dialog)  # the dialog saves through the runner; the change notice reloads

    def add_account(self) -> None:
        self._dialog(NewAccountDialog(self.ctx, self.actor, self))

    def reset_password(self) -> None:
        if account := self.selected():
            self._dialog(PasswordDialog(self.ctx, self.actor, account.username, self))

    def edit_roles(self) -> None:
        if account := self.selected():
            self._dialog(RolesDialog(self.ctx, self.actor, account, self))

    def unlock(self) -> None:
        if account := self.selected():
            actor = self.actor
            Operation(self, lambda ctx: accounts.unlock(ctx, actor=actor, username=account.username)).run()

    def toggle_disabled(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not account.disabled and not messages.confirm(self, self.tr(
            "Vô hiệu hóa tài khoản “{username}”? Người này sẽ không đăng nhập được cho đến khi "
            "được kích hoạt lại."
        ).format(username=account.username)):
            return
        actor = self.actor
        Operation(self, lambda ctx: accounts.set_disabled(
            ctx, actor=actor, username=account.username, disabled=not account.disabled)).run()
