"""A cancel token for long work: the UI sets it, the job checks it between steps and stops cleanly."""

from __future__ import annotations

import threading

from .errors import Cancelled


class CancelToken:
    """Set from any thread (the GUI's «Hủy» button); read by the job on its own thread.

    A job calls ``raise_if_cancelled()`` between steps and undoes what it had begun before the
    ``Cancelled`` leaves it, so that a cancelled job leaves nothing behind.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until cancelled (or ``timeout`` seconds pass); True if it was cancelled."""
        return self._event.wait(timeout)


__all__ = ["CancelToken", "Cancelled"]
