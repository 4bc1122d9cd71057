"""Work around a reference-count defect of PySide6 6.12 on Python 3.11.

PySide6 6.12.0 (its abi3 wheels) hands back ``None`` from every void method (``label.setText(…)``,
``timer.start()``…) and ``True`` from ``Signal.emit()`` without taking a reference. Python 3.12 made
these objects immortal, so the missing reference costs nothing there; on 3.11 every such call drops one
reference for good. A busy session (typing, painting, emitting) or a long test run then ends with
"Fatal Python error: none_dealloc" (or bool_dealloc). Check with::

    n = sys.getrefcount(None); QObject().setObjectName("x"); assert sys.getrefcount(None) == n  # fails

Giving the three objects a reference count no session can use up makes them immortal in effect, as
Python 3.12 does. Extra references to them are harmless, so this stays safe once PySide is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_protected: list[bool] = []


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal (once per process); True if it did so now."""
    if _protected:
        return False
    _protected.append(True)
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already; a debug build lays PyObject out differently
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
    return True
