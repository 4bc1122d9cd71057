"""Window sizes that fit the office laptop: many commune offices work on 1366×768 screens."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # leave room for the taskbar and the window frame


def resize_to_fit(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """Resize ``widget`` to the size it would like, shrunk to fit the screen it opens on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * SCREEN_SHARE))
        height = min(height, int(room.height() * SCREEN_SHARE))
    width = max(width, widget.minimumSizeHint().width())
    widget.resize(width, height)
    return width, height
