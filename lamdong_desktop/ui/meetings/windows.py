"""One window per meeting, whoever opens it: the meetings area, the queue or a proposal's window.

The windows are top-level (closing the proposal window that opened one leaves it open); the main window closes
them before it closes or changes the person signed in.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services import meetings
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import alive
from lamdong_desktop.ui.shared.windows import bring_forward, keep_open

if TYPE_CHECKING:
    from lamdong_desktop.ui.meetings.window import MeetingWindow

_windows: dict[tuple[int, str], MeetingWindow] = {}
# How a meeting window opens a proposal's window: the main window's proposals area keeps those. The main window
# sets its own method here, held weakly so that a closed main window is not kept alive by it.
_proposal_opener: list[weakref.WeakMethod[Callable[[str], object]]] = []


def set_proposal_opener(opener: Callable[[str], object] | None) -> None:
    _proposal_opener[:] = [weakref.WeakMethod(opener)] if opener is not None else []  # type: ignore[arg-type]


def proposal_opener() -> Callable[[str], object] | None:
    return _proposal_opener[0]() if _proposal_opener else None


def open_meeting_window(ctx: AppContext, actor: Actor, meeting_id: str,
                        parent: QWidget | None = None) -> MeetingWindow | None:
    """Show the meeting's window (the one already open for this person, if any); a refusal is said in a box."""
    from lamdong_desktop.ui.meetings.window import MeetingWindow

    key = (id(ctx), meeting_id)
    window = _windows.get(key)
    if window is not None and (not alive(window) or window.actor != actor):
        if alive(window):
            window.close()
        _windows.pop(key, None)
        window = None
    if window is None:
        try:
            meeting = meetings.get(ctx, meeting_id, actor=actor)
        except DomainError as error:
            messages.show_error(parent, error)
            return None
        window = MeetingWindow(ctx, actor, meeting)
        keep_open(_windows, key, window)
    bring_forward(window)
    return window


def open_windows(ctx: AppContext | None = None) -> list[MeetingWindow]:
    return [w for (ctx_id, _), w in _windows.items() if alive(w) and (ctx is None or ctx_id == id(ctx))]


def close_meeting_windows(ctx: AppContext | None = None) -> bool:
    """Close the meeting windows (of ``ctx``; all of them without one); False if one stays open."""
    for window in open_windows(ctx):
        if not window.close():
            return False
    return True
