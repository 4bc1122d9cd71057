"""Background jobs: a QRunnable plus a signals object; results arrive on the GUI thread.

A job never touches widgets. SQLite connections belong to the thread that opened them, so a job that
needs the database opens (and closes) its own context; the GUI thread reopens afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """Created on the GUI thread, so connected slots run there (queued from the worker)."""

    progress = Signal(int, str)  # percent (-1: unknown), what is being done
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception


class Job(QRunnable):
    """Run ``fn(*args, **kwargs)`` on the thread pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = JobSignals()

    def report(self, percent: int, text: str = "") -> None:
        """For ``fn`` to call (pass ``job.report`` in) while it works."""
        self.signals.progress.emit(percent, text)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


# Python references keep each job's signals alive until its result has been delivered.
_running: set[Job] = set()


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    _running.add(job)
    job.signals.finished.connect(lambda _result, j=job: _running.discard(j))
    job.signals.failed.connect(lambda _exc, j=job: _running.discard(j))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def run_and_wait(job: Job, *, parent: QWidget | None = None, label: str = "") -> Any:
    """Run ``job`` in the background while the GUI keeps painting; return its result or raise its error.

    A busy dialog with ``label`` appears if the job takes more than half a second.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    job.signals.finished.connect(lambda result: done("result", result))
    job.signals.failed.connect(lambda exc: done("error", exc))
    dialog = None
    if label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)  # the services take no cancel token yet
        dialog.setMinimumDuration(500)
        dialog.setWindowTitle(label)
        dialog.setValue(0)
        job.signals.progress.connect(lambda _p, text: dialog.setLabelText(text) if text else None)
    start(job)
    if "result" not in outcome and "error" not in outcome:
        loop.exec()
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
