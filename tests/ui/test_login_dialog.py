"""Signing in: success, wrong password with the tries left, and the lock after the fifth."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lamdong_desktop.ui.login_dialog import LoginDialog


def make_dialog(qtbot, ctx, **kwargs) -> LoginDialog:
    dialog = LoginDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_login_success(qtbot, demo_ctx):
    dialog = make_dialog(qtbot, demo_ctx)
    assert dialog.heading.text() == "Đăng nhập vào Xã Di Linh"
    sign_in(dialog, "chutich", "demo")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "chutich"


def test_wrong_password_says_tries_left(qtbot, demo_ctx):
    dialog = make_dialog(qtbot, demo_ctx)
    sign_in(dialog, "canbo", "sai")
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.error.text() == (
        "Sai tên đăng nhập hoặc mật khẩu. Còn 4 lần thử trước khi tài khoản bị tạm khóa."
    )
    assert dialog.password.text() == ""  # cleared for the next try
    sign_in(dialog, "canbo", "sai nua")
    assert "Còn 3 lần thử" in dialog.error.text()


def test_account_locks_after_five_failures(qtbot, demo_ctx):
    dialog = make_dialog(qtbot, demo_ctx)
    for _ in range(4):
        sign_in(dialog, "canbo", "sai")
    assert "Còn 1 lần thử" in dialog.error.text()
    sign_in(dialog, "canbo", "sai")
    assert dialog.error.text().startswith("Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần.")
    # Even the right password waits for the lock to end.
    sign_in(dialog, "canbo", "demo")
    assert dialog.actor is None
    assert "tạm khóa" in dialog.error.text()


def test_username_prefilled_focuses_password(qtbot, demo_ctx):
    dialog = make_dialog(qtbot, demo_ctx, username="admin")
    assert dialog.username.text() == "admin"
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Đăng nhập"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Thoát"
