"""Plain background jobs (no database): a QRunnable plus a signals object; results arrive on the GUI thread.

A job never touches widgets. Services run through ``ui.shared.operations.Operation`` instead, which
opens a context of its own on the worker and broadcasts what changed; nothing here waits in a nested
event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
