"""Layout helpers shared by the windows: sizes that fit the office laptop (many commune offices work on
1366×768 screens), a navigation list beside its content, and widgets shown read-only at full contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

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


def nav_beside(nav: QWidget, content: QWidget, *, nav_width: int) -> QSplitter:
    """``nav`` on the left at ``nav_width``, ``content`` taking the rest; neither can be collapsed away."""
    splitter = QSplitter()
    splitter.addWidget(nav)
    splitter.addWidget(content)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([nav_width, max(nav_width * 4, 800)])
    return splitter


def set_interactive(widget: QWidget, interactive: bool) -> None:
    """Let ``widget`` take clicks and keys, or show its value at full contrast without taking any
    (a disabled widget is greyed out: hard to read for someone who may only read)."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not interactive)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)


def is_interactive(widget: QWidget) -> bool:
    return not widget.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
