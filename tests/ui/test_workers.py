"""Background jobs deliver results and errors on the GUI thread."""

from __future__ import annotations

import threading

from lamdong_desktop.ui.shared import workers


def test_job_result_arrives_on_gui_thread(qtbot):
    seen: dict[str, object] = {}
    job = workers.Job(lambda x: (threading.current_thread().name, x * 2), 21)
    job.signals.finished.connect(lambda r: seen.update(result=r, thread=threading.current_thread().name))
    with qtbot.waitSignal(job.signals.finished, timeout=5000):
        workers.start(job)
    worker_thread, value = seen["result"]
    assert value == 42
    assert worker_thread != threading.main_thread().name
    assert seen["thread"] == threading.main_thread().name


def test_job_failure_is_delivered(qtbot):
    job = workers.Job(lambda: 1 / 0)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        workers.start(job)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_progress_is_reported(qtbot):
    job = workers.Job(lambda: job.report(50, "Một nửa"))
    with qtbot.waitSignal(job.signals.progress, timeout=5000) as blocker:
        workers.start(job)
    assert blocker.args == [50, "Một nửa"]
    qtbot.waitSignal(job.signals.finished, timeout=5000)
