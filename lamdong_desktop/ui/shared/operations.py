"""The one way the UI runs a service: ``Operation(parent, fn).success(cb).run()`` or ``.run_in_background()``.

As Anki's ``CollectionOp``: the runner calls ``fn(ctx)``, turns a ``DomainError`` into a Vietnamese
message, and when ``fn`` returns ``Changed`` it broadcasts the changes once on the ``ChangeBus`` of the
context; every open view listens (``on_changes``) and refreshes what concerns it. Views do not reload
themselves after their own actions, and no window is wired to another.

``run_in_background`` runs ``fn`` on the thread pool with a context of its own, opened on the worker
from ``ctx.paths`` and closed there (SQLite connections belong to their thread); the result comes back
on the GUI thread. Nothing waits in a nested event loop: if the parent widget is gone by then, its
callbacks are skipped and the changes are still broadcast to the views that remain.
"""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import Cancelled, DomainError
from lamdong_desktop.services.changes import Changed, Changes
from lamdong_desktop.services.context import AppContext, open_app
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.ui.shared.dialogs import progress_dialog

log = logging.getLogger(__name__)
T = TypeVar("T")

PROGRESS_DELAY_MS = 500  # a job that takes longer than this shows its progress dialog (tests set 0)


def alive(obj: QObject | None) -> bool:
    """True while the Qt object behind ``obj`` still exists (a closed window may be deleted already)."""
    return obj is not None and shiboken6.isValid(obj)


# ------------------------------------------------------------------------------------------ change bus


class ChangeBus(QObject):
    """One per open data folder (AppContext): every change the UI made, told once to every view."""

    changes_applied = Signal(object, object)  # Changes, origin (the widget that ran the operation, or None)


_buses: dict[int, ChangeBus] = {}


def change_bus(ctx: AppContext) -> ChangeBus:
    """The bus of ``ctx`` (made on first use, dropped when the context goes)."""
    key = id(ctx)
    bus = _buses.get(key)
    if bus is None:
        bus = _buses[key] = ChangeBus()
        weakref.finalize(ctx, _buses.pop, key, None)
    return bus


def on_changes(ctx: AppContext, receiver: QObject, handler: Callable[[Changes, object], None]) -> None:
    """Call ``handler(changes, origin)`` after every operation on ``ctx``, for as long as ``receiver`` lives."""
    bus = change_bus(ctx)
    # Weak references: listening must not keep a closed window alive (a bound method would).
    owner = weakref.ref(receiver)
    method = weakref.WeakMethod(handler) if inspect.ismethod(handler) else None

    def relay(changes: Changes, origin: object) -> None:
        target = owner()
        call = method() if method is not None else handler
        if target is not None and call is not None and alive(target):
            call(changes, origin)

    bus.changes_applied.connect(relay)

    def forget(*_args: object) -> None:
        try:
            bus.changes_applied.disconnect(relay)
        except (RuntimeError, TypeError):  # the bus went first
            pass

    receiver.destroyed.connect(forget)


def broadcast(ctx: AppContext, changes: Changes, origin: object = None) -> None:
    """Tell every view about ``changes`` (nothing happens for empty changes)."""
    if changes:
        change_bus(ctx).changes_applied.emit(changes, origin)


# ------------------------------------------------------------------------------------------ the runner


class _JobSignals(QObject):
    progress = Signal(int, str)  # percent (-1: unknown), what is being done
    delivered = Signal(object)  # a one-item list: ("ok", what fn returned) or ("error", the exception)


class _Receiver(QObject):
    """Lives on the GUI thread, so the worker's signals reach these slots there (queued)."""

    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self.operation = operation

    @Slot(int, str)
    def progress(self, percent: int, text: str) -> None:
        self.operation._show_progress(percent, text)

    @Slot(object)
    def delivered(self, box: list[tuple[str, Any]]) -> None:
        kind, payload = box.pop()  # from here on only the GUI thread holds the outcome
        if kind == "ok":
            self.operation._finish(payload, None)
        else:
            self.operation._finish(None, payload)


class _Job(QRunnable):
    """Runs the operation's ``fn`` on a worker with its own context; never touches a widget.

    The worker must never drop the last reference to something that leads to a widget (a closure's
    captured Operation, a traceback's frames): Qt objects may only be destroyed on the GUI thread. So
    the job lets go of ``fn`` before running it (the Operation keeps it), and hands the outcome over
    in a box that the GUI thread empties.
    """

    def __init__(self, fn: Callable[[Any], Any], target: AppContext | DataPaths | None,
                 signals: _JobSignals) -> None:
        super().__init__()
        self.fn, self.target, self.signals = fn, target, signals

    def run(self) -> None:
        fn, target = self.fn, self.target
        self.fn = self.target = None  # type: ignore[assignment]
        box: list[tuple[str, Any]] = []
        try:
            if isinstance(target, AppContext):
                own = open_app(target.paths, sweep_orphans=False)  # the window's opening swept them
                try:
                    box.append(("ok", fn(own)))
                finally:
                    own.close()
            else:
                box.append(("ok", fn(target)))
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            box.append(("error", exc))
        del fn, target
        self.signals.delivered.emit(box)


_running: set[Operation[Any]] = set()  # keeps each background operation alive until it is delivered


def running() -> list[Operation[Any]]:
    """Operations still in the background (for tests and for waiting at exit)."""
    return list(_running)


class Operation(Generic[T]):
    """One call of a service from the UI. ``fn`` receives the context (or the folder's paths, or None).

    ``success(value)`` gets the service's value (unwrapped from ``Changed``); ``failure(error)`` replaces
    the default message box for a ``DomainError``; ``cancelled()`` runs after a cancelled job. Callbacks
    run on the GUI thread, and only while ``parent`` still exists. In the background, ``fn`` runs on
    a worker: it must capture plain values (ids, the actor), never a widget. Long services get
    ``op.token`` (a ``CancelToken``) and ``op.report`` (percent, text) through the closure.
    """

    def __init__(self, parent: QWidget | None, fn: Callable[[Any], Any], *,
                 ctx: AppContext | None = None, paths: DataPaths | None = None) -> None:
        self.parent = parent
        self.fn = fn
        if ctx is None and paths is None:
            ctx = getattr(parent, "ctx", None)
        self.ctx = ctx
        # What fn receives: the context, else the folder's paths, else None (work without data: a render).
        self.paths = paths if paths is not None else (ctx.paths if ctx is not None else None)
        self.token = CancelToken()
        self.done = False
        self.succeeded = False
        self.result: T | None = None  # the service's value once it succeeded
        self._on_success: Callable[[Any], object] | None = None
        self._on_failure: Callable[[DomainError], object] | None = None
        self._on_cancelled: Callable[[], object] | None = None
        self._on_finished: Callable[[], object] | None = None
        self._signals: _JobSignals | None = None
        self._receiver: _Receiver | None = None
        self._job: _Job | None = None
        self._dialog: QProgressDialog | None = None
        self._label = ""
        self._cancellable = False

    # -- building ------------------------------------------------------------------------------------
    def success(self, callback: Callable[[Any], object]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[DomainError], object]) -> Operation[T]:
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], object]) -> Operation[T]:
        self._on_cancelled = callback
        return self

    def finished(self, callback: Callable[[], object]) -> Operation[T]:
        """Run ``callback`` after any outcome (success, failure, cancel), e.g. to re-enable buttons."""
        self._on_finished = callback
        return self

    def report(self, percent: int, text: str = "") -> None:
        """For ``fn`` to call from the worker while it works (shown in the progress dialog)."""
        if self._signals is not None:
            self._signals.progress.emit(percent, text)

    def report_bytes(self, done: int, total: int) -> None:
        """A ``progress(done, total)`` callback for copying services (attachments)."""
        self.report(int(done * 100 / total) if total else -1)

    def cancel(self) -> None:
        self.token.cancel()

    # -- running -------------------------------------------------------------------------------------
    def run(self) -> bool:
        """Run now, on the GUI thread (for quick writes); True when the service succeeded."""
        target = self.ctx if self.ctx is not None else self.paths
        try:
            result = self.fn(target)
        except BaseException as exc:  # noqa: BLE001 - sorted out in _finish
            self._finish(None, exc)
        else:
            self._finish(result, None)
        return self.succeeded

    def run_in_background(self, *, label: str = "", cancellable: bool = False) -> Operation[T]:
        """Run on the thread pool; a progress dialog with ``label`` (and «Hủy») appears after 500 ms."""
        self._label, self._cancellable = label, cancellable
        self._signals = _JobSignals()
        self._receiver = _Receiver(self)
        self._signals.progress.connect(self._receiver.progress, Qt.ConnectionType.QueuedConnection)
        self._signals.delivered.connect(self._receiver.delivered, Qt.ConnectionType.QueuedConnection)
        target: AppContext | DataPaths | None = self.ctx if self.ctx is not None else self.paths
        self._job = _Job(self.fn, target, self._signals)
        _running.add(self)
        if label or cancellable:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._open_dialog)
        QThreadPool.globalInstance().start(self._job)
        return self

    # -- progress ------------------------------------------------------------------------------------
    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog if alive(self._dialog) else None

    def _open_dialog(self) -> None:
        if self.done or self._dialog is not None:
            return
        owner = self.parent if alive(self.parent) else None
        if self.parent is not None and owner is None:
            return  # its window has gone: nobody to show progress to
        label = self._label or QCoreApplication.translate("operations", "Đang xử lý…")
        cancel_text = QCoreApplication.translate("operations", "Hủy")
        dialog = progress_dialog(label, cancel_text if self._cancellable else "", owner)
        dialog.setWindowModality(Qt.WindowModality.WindowModal if owner else Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel_from_dialog)
        self._dialog = dialog
        dialog.show()

    def _cancel_from_dialog(self) -> None:
        self.token.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("operations", "Đang hủy…"))

    def _show_progress(self, percent: int, text: str) -> None:
        dialog = self.dialog
        if dialog is None or self.done:
            return
        if percent >= 0:
            dialog.setRange(0, 100)
            dialog.setValue(min(percent, 100))
        if text:
            dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        dialog = self.dialog
        if dialog is not None:
            dialog.canceled.disconnect(self._cancel_from_dialog)
            dialog.close()
            dialog.deleteLater()
        self._dialog = None

    # -- delivering ----------------------------------------------------------------------------------
    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        self._close_dialog()
        _running.discard(self)
        owner_alive = self.parent is None or alive(self.parent)
        if error is None:
            self.succeeded = True
            value, changes = (result.value, result.changes) if isinstance(result, Changed) else (result, None)
            self.result = value
            if self._on_success is not None and owner_alive:
                self._on_success(value)
            if changes is not None and self.ctx is not None:
                broadcast(self.ctx, changes, self.parent if owner_alive else None)
        elif isinstance(error, Cancelled):
            log.info("Operation cancelled: %s", self._label or getattr(self.fn, "__name__", self.fn))
            if not owner_alive:
                pass
            elif self._on_cancelled is not None:
                self._on_cancelled()
            else:
                self._status(QCoreApplication.translate("operations", "Đã hủy."))
        elif isinstance(error, DomainError):
            if not owner_alive:  # its window has gone: a message about it would come from nowhere
                log.info("Refused after its window closed: %s", error)
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                from lamdong_desktop.ui.shared import messages

                messages.show_error(self.parent, error)
        else:
            from lamdong_desktop.ui.shared import errors

            errors.report(error)
        self._job = None
        if self._on_finished is not None and owner_alive:
            self._on_finished()

    def _status(self, text: str) -> None:
        """A quiet line in the status bar of the parent's main window, if it has one."""
        window = self.parent.window() if self.parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)
        elif self.parent is not None and hasattr(self.parent, "show_status"):
            self.parent.show_status(text)
