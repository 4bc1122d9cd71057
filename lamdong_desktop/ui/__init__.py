"""PySide6 user interface; the only layer that imports Qt."""

from lamdong_desktop.ui.pyside_workarounds import protect_singletons

# Before any PySide call of ours: PySide6 6.12.0 loses a reference to None/True on every void call, and
# pyside6-pdf pins that exact version (see pyside_workarounds).
protect_singletons()
