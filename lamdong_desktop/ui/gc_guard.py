"""Python's cyclic garbage collector, run on the GUI thread only, in small steps.

Left automatic, a collection starts in whichever thread happens to allocate: a background job could
then free a window caught in a reference cycle (lambdas connected to its own signals make such cycles)
and Qt would destroy widgets off the GUI thread, which crashes. Anki does the same for the same reason.

The timer is short (a tenth of a second) because a collection of the youngest generation walks whatever was
allocated since the last one: once a second, while the task board scrolls through 100,000 rows, that was a
second's pages and one collection took 5–7 ms on top of a 20 ms step; ten times a second it is a tenth of that.
``settle`` is called once the main window is up: one full collection, then ``gc.freeze()`` moves what survives —
modules, classes, functions, the windows of start-up, some 80,000 objects — out of the collector's sight, so the
older generation's collections walk only what came later (they took about 20 ms, now a few).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 100
SETTLE_AFTER_MS = 1000  # after the main window shows: its one full collection (about 25 ms) never delays the paint


class MainThreadGarbageCollector(QObject):
    """Disables automatic collection and collects on a GUI-thread timer, generation by generation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(_INTERVAL_MS)

    def check(self) -> None:
        gen0, gen1, gen2 = gc.get_count()
        if gen0 > self.threshold[0]:
            generation = 0
            if gen1 > self.threshold[1]:
                generation = 1
                if gen2 > self.threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


_collector: list[MainThreadGarbageCollector] = []


def install(parent: QObject) -> MainThreadGarbageCollector:
    """Install once per process (the QApplication is a good parent)."""
    if not _collector:
        _collector.append(MainThreadGarbageCollector(parent))
    return _collector[0]


def settle() -> int:
    """Collect everything once, then freeze what is left (call when start-up is over); the objects frozen.

    Frozen objects are never collected: a cycle among them that later becomes garbage stays in memory. What is
    alive when the main window first shows lives as long as the program, so that costs nothing in practice.
    """
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
