"""What the program's record windows share: one window per record kept in a registry until it closes, and a window
asked for again brought to the front."""

from __future__ import annotations

from collections.abc import Hashable, MutableMapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def keep_open(registry: MutableMapping[Any, Any], key: Hashable, window: QWidget) -> None:
    """Register ``window`` under ``key`` until it closes (it is deleted then); the window has a ``closed`` signal."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.closed.connect(lambda _id, k=key: registry.pop(k, None))  # type: ignore[attr-defined]
    registry[key] = window


def bring_forward(window: QWidget) -> None:
    """Show ``window`` in front of the others, with the keyboard (a second ask for the same record lands here)."""
    window.show()
    window.raise_()
    window.activateWindow()
