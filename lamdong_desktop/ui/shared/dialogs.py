"""Every dialog's title fits its frame: the base ``Dialog`` and the factories for Qt's own boxes.

A window manager draws the title beside the window icon and the close button and cuts what does not fit
with "…"; a dialog sized by its contents alone (a short message, a small form) can be narrower than its
own title ("Không thực hiện đ…"). ``fit_title`` widens a dialog to its title, and every dialog of the
program gets it: our dialogs by deriving from ``Dialog``, message and progress boxes by being made here
(tests/ui/test_dialog_titles.py walks the UI modules to keep it so).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from lamdong_desktop.ui.shared.layout import SCREEN_SHARE

# Room the frame takes beside the title: the window icon, the close button and the margins, as Windows
# 10/11 (a 46 px button) and GNOME draw them, with some to spare. Qt's own message box allows only 50 px.
TITLE_FRAME_ALLOWANCE = 120
_FITTED = "lamdong_title_width"


def title_room(title: str) -> int:
    """How wide a window must be to show ``title`` whole: the title in bold (title bars often are) plus
    the frame's buttons and icon."""
    font = QApplication.font()
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_FRAME_ALLOWANCE


def fit_title(window: QWidget) -> int:
    """Make ``window`` at least as wide as its title needs (at most the screen's share); returns that width.

    A ``QMessageBox`` fixes its own size from its layout, so it gets a spacer instead of a minimum width.
    """
    needed = title_room(window.windowTitle())
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        needed = min(needed, int(screen.availableGeometry().width() * SCREEN_SHARE))
    if isinstance(window, QMessageBox):
        layout = window.layout()
        if isinstance(layout, QGridLayout) and (window.property(_FITTED) or 0) < needed:
            spacer = QSpacerItem(needed, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            layout.addItem(spacer, layout.rowCount(), 0, 1, max(1, layout.columnCount()))
            window.setProperty(_FITTED, needed)
    elif window.minimumWidth() < needed:
        window.setMinimumWidth(needed)
    return needed


class Dialog(QDialog):
    """The base of every dialog of the program: wide enough for its title when shown or retitled."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        fit_title(self)
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.WindowTitleChange and self.isVisible():
            fit_title(self)
        super().changeEvent(event)


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                parent: QWidget | None = None, *, rich: bool = False) -> QMessageBox:
    """A message box whose title fits (plain text unless ``rich``); the only place one is made."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    fit_title(box)
    return box


def progress_dialog(label: str, cancel_text: str = "", parent: QWidget | None = None) -> QProgressDialog:
    """A busy dialog titled with its first label (no cancel button when ``cancel_text`` is empty)."""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    if not cancel_text:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(label)
    fit_title(dialog)
    return dialog


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """Ask what to do with changes not yet saved: ``SAVE`` (the default), ``DISCARD`` or ``CANCEL``."""
    box = message_box(
        QMessageBox.Icon.Question, title, text,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent)
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
