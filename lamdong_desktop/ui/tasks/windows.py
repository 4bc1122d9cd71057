"""One window per task, whoever opens it: the board, the queue ("Việc của tôi") or the main window.

The windows are top-level; the main window closes them before it closes or changes the person signed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services import task_views
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import alive
from lamdong_desktop.ui.shared.windows import bring_forward, keep_open

if TYPE_CHECKING:
    from lamdong_desktop.ui.tasks.window import TaskWindow

# By (context, person signed in, task): a person has one window per task (the main window closes them all when
# another person signs in).
_windows: dict[tuple[int, str, str], TaskWindow] = {}


def open_task_window(ctx: AppContext, actor: Actor, task_id: str, parent: QWidget | None = None) -> TaskWindow | None:
    """Show the task's window (the one already open for this person, if any); a refusal is said in a box."""
    from lamdong_desktop.ui.tasks.window import TaskWindow

    try:
        view = task_views.get(ctx, task_id, actor=actor)
    except DomainError as error:
        messages.show_error(parent, error)
        return None
    key = (id(ctx), actor.user_id, view.id)
    window = _windows.get(key)
    if window is not None and (not alive(window) or window.actor != actor):
        if alive(window):
            window.close()
        _windows.pop(key, None)
        window = None
    if window is None:
        window = TaskWindow(ctx, actor, view)
        keep_open(_windows, key, window)
    bring_forward(window)
    return window


def open_windows(ctx: AppContext | None = None) -> list[TaskWindow]:
    return [w for (ctx_id, _, _), w in _windows.items() if alive(w) and (ctx is None or ctx_id == id(ctx))]


def close_task_windows(ctx: AppContext | None = None) -> bool:
    """Close the task windows (of ``ctx``; all of them without one)."""
    for window in open_windows(ctx):
        window.close()
    return True
