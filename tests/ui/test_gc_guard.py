"""The garbage collector on the GUI thread: small steps while the program runs, start-up frozen out of sight."""

from __future__ import annotations

import gc
import threading

import pytest

from lamdong_desktop.ui import gc_guard


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()


def test_settle_collects_the_garbage_then_freezes_what_lives(unfrozen) -> None:
    alive = _Cycle()
    _Cycle()  # garbage in a cycle: only a collection frees it
    frozen = gc_guard.settle()
    assert frozen == gc.get_freeze_count() > 0
    assert not any(type(o) is _Cycle and o is not alive for o in gc.get_objects())  # freed, not frozen
    assert not any(o is alive for o in gc.get_objects())  # out of the collector's sight
    gc.unfreeze()
    assert any(o is alive for o in gc.get_objects())


def test_a_collection_of_the_young_runs_on_the_timer_not_in_other_threads(qtbot, unfrozen) -> None:
    before = gc.isenabled()  # the session's own collector (tests/ui/conftest.py) has it off
    collector = gc_guard.MainThreadGarbageCollector()
    try:
        assert not gc.isenabled()
        assert collector.timer.interval() <= 100  # a tenth of a second's garbage at most per collection
        seen: list[str] = []

        def callback(phase: str, _info: dict) -> None:
            if phase == "start":
                seen.append(threading.current_thread().name)
        gc.callbacks.append(callback)
        try:
            garbage = [[_Cycle()] for _ in range(5 * gc.get_threshold()[0])]
            del garbage
            qtbot.waitUntil(lambda: bool(seen), timeout=2000)
        finally:
            gc.callbacks.remove(callback)
        assert set(seen) == {threading.main_thread().name}
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
    if not before:
        gc.disable()
