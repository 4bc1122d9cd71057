"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate: a background job could
then free a window caught in a reference cycle (lambdas connected to its own signals make such cycles)
and Qt would destroy widgets off the GUI thread, which crashes. Anki does the same for the same reason.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 1000


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
