"""Unexpected errors: log the traceback to ``<data>/logs/lamdong.log`` and show a calm dialog instead."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import describe
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.ui.shared.dialogs import message_box

LOG_FILE_NAME = "lamdong.log"
log = logging.getLogger("lamdong_desktop")

_state: dict[str, object] = {"log_file": None, "showing": False}


def configure_logging(paths: DataPaths) -> Path | None:
    """Send the program's log to a rotating file in the data folder; None when it cannot be written."""
    root = logging.getLogger("lamdong_desktop")
    root.setLevel(logging.INFO)
    log_file = paths.logs / LOG_FILE_NAME
    for existing in root.handlers:
        if isinstance(existing, RotatingFileHandler) and Path(existing.baseFilename) == log_file:
            _state["log_file"] = log_file
            return log_file
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:  # a read-only folder: the log goes to stderr, the program still runs
        root.addHandler(logging.StreamHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _state["log_file"] = log_file
    return log_file


def log_file() -> Path | None:
    value = _state["log_file"]
    return value if isinstance(value, Path) else None


def crash_text(error: BaseException) -> str:
    """What the user reads: no traceback, where the details are, and that work may continue."""
    if isinstance(error, DomainError):
        return describe(error)
    where = log_file()
    text = QCoreApplication.translate(
        "errors",
        "Chương trình gặp một lỗi ngoài dự kiến. Bạn có thể tiếp tục làm việc; nếu lỗi lặp lại, "
        "hãy khởi động lại chương trình và báo cho cán bộ phụ trách công nghệ thông tin.",
    )
    if where is not None:
        text += "\n\n" + QCoreApplication.translate(
            "errors", "Chi tiết kỹ thuật đã được ghi vào tệp nhật ký:\n{path}"
        ).format(path=where)
    return text


def show_crash_dialog(text: str) -> None:
    box = message_box(QMessageBox.Icon.Warning, QCoreApplication.translate("errors", "Lỗi ngoài dự kiến"), text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The excepthook: Qt slots and callbacks end up here when they raise."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("Unhandled error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None or _state["showing"]:
        return
    _state["showing"] = True  # an error inside the dialog must not open another one
    try:
        show_crash_dialog(crash_text(exc))
    finally:
        _state["showing"] = False


def install_excepthook(paths: DataPaths) -> None:
    configure_logging(paths)
    sys.excepthook = handle_exception


def report(exc: BaseException) -> None:
    """Send an exception caught elsewhere (a background job) through the same path."""
    handle_exception(type(exc), exc, exc.__traceback__)
