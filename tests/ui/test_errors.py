"""Unexpected errors are logged with their traceback and shown as a calm Vietnamese message."""

from __future__ import annotations

import logging

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.ui.shared import errors


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(errors, "show_crash_dialog", texts.append)
    return texts


@pytest.fixture
def logged(paths):
    log_file = errors.configure_logging(paths)
    yield log_file
    logger = logging.getLogger("lamdong_desktop")
    for handler in logger.handlers[:]:
        logger.removeHandler(handler)
        handler.close()


def raise_and_catch(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_unexpected_error_logged_and_shown_calmly(shown, logged, paths):
    assert logged == paths.logs / "lamdong.log"
    errors.handle_exception(*raise_and_catch(ZeroDivisionError("chia cho 0")))
    content = logged.read_text(encoding="utf-8")
    assert "Traceback" in content and "ZeroDivisionError: chia cho 0" in content
    assert len(shown) == 1
    assert "Traceback" not in shown[0] and "ZeroDivisionError" not in shown[0]
    assert shown[0].startswith("Chương trình gặp một lỗi ngoài dự kiến.")
    assert str(paths.logs / "lamdong.log") in shown[0]


def test_domain_error_reaching_the_hook_reads_as_its_message(shown, logged):
    errors.handle_exception(*raise_and_catch(DomainError("permission_denied")))
    assert shown == ["Tài khoản của bạn không có quyền thực hiện thao tác này."]


def test_error_in_the_dialog_does_not_recurse(monkeypatch, logged):
    calls: list[str] = []

    def broken_dialog(text: str) -> None:
        calls.append(text)
        errors.handle_exception(*raise_and_catch(RuntimeError("trong hộp thoại")))

    monkeypatch.setattr(errors, "show_crash_dialog", broken_dialog)
    errors.handle_exception(*raise_and_catch(ValueError("đầu tiên")))
    assert len(calls) == 1
    assert "RuntimeError: trong hộp thoại" in logged.read_text(encoding="utf-8")


def test_install_sets_the_hook(monkeypatch, paths, logged):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook(paths)
    assert sys.excepthook is errors.handle_exception
    handlers = [h for h in logging.getLogger("lamdong_desktop").handlers
                if getattr(h, "baseFilename", "") == str(paths.logs / "lamdong.log")]
    assert len(handlers) == 1  # configuring twice adds no second handler


def test_crash_dialog_is_vietnamese(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or self.show() or 0)
    errors.show_crash_dialog("Chương trình gặp một lỗi ngoài dự kiến.")
    assert boxes[0].windowTitle() == "Lỗi ngoài dự kiến"
    qtbot.addWidget(boxes[0])
    assert [b.text() for b in boxes[0].buttons()] == ["Đồng ý"]
