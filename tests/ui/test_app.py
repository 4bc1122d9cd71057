"""Start-up: options, the demo path, the normal path, and ``main()`` itself without an event loop."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication

from lamdong_desktop import __version__
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.context import is_initialized
from lamdong_desktop.storage.paths import DataPaths, demo_data_dir
from lamdong_desktop.ui import app as app_module
from lamdong_desktop.ui.main_window import MainWindow
from lamdong_desktop.ui.single_instance import InstanceServer, server_name


@pytest.fixture(autouse=True)
def _restore_logging_and_hook(monkeypatch):
    """main() installs an excepthook and a log file handler: undo both after each test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("lamdong_desktop")
    before = list(logger.handlers)
    yield
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def fake_event_loop(monkeypatch):
    """Replace app.exec(): record the visible main windows and return 0 at once."""
    seen: list[dict[str, str]] = []

    def exec_(*_args):
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append({"title": widget.windowTitle(), "user": widget.actor.username,
                             "root": str(widget.ctx.paths.root)})
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    return seen


def test_options():
    args = app_module.parse_args(["--demo", "--data-dir", "/tmp/x"])
    assert args.demo and args.data_dir == "/tmp/x"
    assert app_module.resolve_paths(app_module.parse_args(["--demo"])).root == demo_data_dir()
    assert app_module.resolve_paths(app_module.parse_args(["--data-dir", "/tmp/x"])).root.as_posix() == "/tmp/x"


def test_version_option(capsys):
    assert app_module.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"lamdong-desktop {__version__}"


def test_python_dash_m_version():
    completed = subprocess.run([sys.executable, "-m", "lamdong_desktop", "--version"],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"lamdong-desktop {__version__}"


def test_build_demo_window_creates_the_demo(qtbot, tmp_path):
    paths = DataPaths(tmp_path / "demo")
    window = app_module.build_demo_window(paths)
    qtbot.addWidget(window)
    try:
        assert is_initialized(paths)
        assert window.actor.username == "chutich"
        assert window.windowTitle() == "Lâm Đồng — Xã Di Linh"
        assert "Nguyễn Văn Hùng (chutich)" in window.user_label.text()
    finally:
        window.ctx.close()


def test_build_demo_window_reopens_existing_demo(qtbot, demo_paths):
    window = app_module.build_demo_window(demo_paths)
    qtbot.addWidget(window)
    try:
        assert window.actor.username == "chutich"
    finally:
        window.ctx.close()


def test_demo_opens_on_the_demo_head_even_after_a_password_change(qtbot, demo_paths, demo_ctx, monkeypatch):
    from lamdong_desktop.services.accounts import change_password

    head = sign_in(demo_ctx, username="chutich", password="demo")
    change_password(demo_ctx, actor=head, username="chutich", new_password="khac1234", old_password="demo")
    monkeypatch.setattr(app_module, "_login", lambda ctx, username="": pytest.fail("no login on a demo"))
    window = app_module.build_demo_window(demo_paths)
    qtbot.addWidget(window)
    assert window.actor.username == "chutich"


def test_demo_on_real_data_asks_for_the_password_and_tries_none(qtbot, tmp_path, monkeypatch):
    from lamdong_desktop.services.accounts import add_account, list_accounts
    from lamdong_desktop.services.setup import initialize
    from lamdong_desktop.storage.paths import DataPaths

    real = DataPaths(tmp_path / "real")
    ctx, admin = initialize(real, mode="commune", unit="Xã Di Linh", admin_username="admin",
                            admin_password="matkhau1")
    add_account(ctx, actor=admin, username="chutich", full_name="Chủ Tịch", password="demo", roles=["nguoi_dung_dau"])
    ctx.close()
    asked: list[str] = []
    monkeypatch.setattr(app_module, "_login", lambda ctx, username="": asked.append(username))
    assert app_module.build_demo_window(real) is None
    assert asked == ["chutich"]
    from lamdong_desktop.services.context import open_app

    again = open_app(real)
    assert all(a.locked_until is None for a in list_accounts(again, actor=admin))
    from lamdong_desktop.storage import accounts_repo

    assert accounts_repo.failures(again.db, "chutich") == (0, None)
    again.close()


def test_normal_start_runs_wizard_then_login(qtbot, paths, monkeypatch):
    from lamdong_desktop.services.setup import initialize

    steps: list[str] = []

    def wizard(p):
        steps.append("wizard")
        ctx, _admin = initialize(p, mode="commune", unit="Xã Di Linh", admin_username="quantri",
                                 admin_password="matkhau1")
        ctx.close()
        return "quantri"

    def login(ctx, username=""):
        steps.append(f"login:{username}")
        return sign_in(ctx, username=username or "quantri", password="matkhau1")

    monkeypatch.setattr(app_module, "run_setup_wizard", wizard)
    monkeypatch.setattr(app_module, "_login", login)
    window = app_module.build_main_window(paths)
    qtbot.addWidget(window)
    try:
        assert steps == ["wizard", "login:quantri"]
        assert window.area_titles() == ["Đơn vị", "Tài khoản", "Lịch làm việc"]  # no proposal contents
    finally:
        window.ctx.close()
    # Second start: no wizard, straight to the login dialog.
    steps.clear()
    window = app_module.build_main_window(paths)
    qtbot.addWidget(window)
    window.ctx.close()
    assert steps == ["login:"]


def test_cancelled_wizard_ends_quietly(paths, monkeypatch):
    monkeypatch.setattr(app_module, "run_setup_wizard", lambda p: None)
    assert app_module.build_main_window(paths) is None
    assert not is_initialized(paths)


def test_main_demo_opens_signed_in_window(tmp_path, fake_event_loop):
    root = tmp_path / "demo"
    assert app_module.main(["--demo", "--data-dir", str(root)]) == 0
    assert fake_event_loop == [{"title": "Lâm Đồng — Xã Di Linh", "user": "chutich", "root": str(root)}]
    assert (root / "logs").is_dir()


def test_main_second_launch_hands_over(qtbot, tmp_path, fake_event_loop):
    root = tmp_path / "data"
    first = InstanceServer(server_name(root))
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert app_module.main(["--data-dir", str(root)]) == 0
        assert fake_event_loop == []  # no window of its own
        assert not is_initialized(DataPaths(root))
    finally:
        first.close()


def test_main_refuses_unreadable_database(tmp_path, monkeypatch, fake_event_loop):
    from lamdong_desktop.ui.shared import messages

    root = tmp_path / "data"
    root.mkdir()
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, error, **_k: shown.append(messages.error_text(error)))
    monkeypatch.setattr(app_module, "build_main_window", lambda p: (_ for _ in ()).throw(
        __import__("lamdong_desktop.domain.errors", fromlist=["DomainError"]).DomainError(
            "schema_too_new", needed="9.9", current=__version__)))
    assert app_module.main(["--data-dir", str(root)]) == 1
    assert shown and "phiên bản mới hơn" in shown[0]


def test_worker_thread_used_for_demo_creation(tmp_path, monkeypatch):
    """The demo is created off the GUI thread (SQLite connections stay on their own thread)."""
    threads: list[str] = []
    real = app_module._create_demo_and_close

    def spy(paths):
        threads.append(threading.current_thread().name)
        return real(paths)

    monkeypatch.setattr(app_module, "_create_demo_and_close", spy)
    app_module.ensure_demo(DataPaths(tmp_path / "demo"))
    assert threads and threads[0] != threading.main_thread().name
