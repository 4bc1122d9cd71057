"""Message boxes in Vietnamese: errors from the core (by code) and yes/no questions.

Views call these through the module (``messages.show_error(...)``) so tests can replace them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import describe
from lamdong_desktop.ui.shared.dialogs import message_box


def error_text(error: DomainError | str) -> str:
    return describe(error) if isinstance(error, DomainError) else error


def show_error(
    parent: QWidget | None, error: DomainError | str, *, title: str | None = None, blocking: bool = False
) -> QMessageBox:
    """Tell the user what went wrong in a sentence; non-blocking (window-modal) unless ``blocking``."""
    box = message_box(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("messages", "Không thực hiện được"),
        error_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if blocking:
        box.exec()
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return box


def confirm(parent: QWidget | None, text: str, *, title: str | None = None) -> bool:
    """Ask a yes/no question; "Không" is the default so a stray Enter changes nothing."""
    box = message_box(
        QMessageBox.Icon.Question,
        title or QCoreApplication.translate("messages", "Xác nhận"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def run_dialog(dialog: QDialog) -> bool:
    """``exec()`` a dialog, delete it afterwards (it is a child of its view), and say if it was accepted."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
