"""What the program's record windows share: one window per record kept in a registry until it closes, a window
asked for again brought to the front, and a window of its own opened or refused in a sentence."""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lamdong_desktop.domain.errors import DomainError

W = TypeVar("W", bound=QWidget)


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


def open_own(parent: QWidget | None, make: Callable[[], W]) -> W | None:
    """``make()`` the window, deleted when closed, and show it; or, when making it is refused (no right to read,
    nothing to show), say why over ``parent`` and return None: nothing is opened."""
    from lamdong_desktop.ui.shared import messages

    try:
        window = make()
    except DomainError as error:
        messages.show_error(parent, error)
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
