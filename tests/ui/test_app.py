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


def test_a_demo_whose_head_chose_a_password_asks_for_it(qtbot, demo_paths, demo_ctx, monkeypatch):
    from lamdong_desktop.services.accounts import change_password

    head = sign_in(demo_ctx, username="chutich", password="demo")
    change_password(demo_ctx, actor=head, username="chutich", new_password="khac1234", old_password="demo")
    asked: list[str] = []

    def login(ctx, username=""):
        asked.append(username)
        return sign_in(ctx, username=username, password="khac1234")

    monkeypatch.setattr(app_module, "_login", login)
    window = app_module.build_demo_window(demo_paths)
    qtbot.addWidget(window)
    try:
        assert asked == ["chutich"] and window.actor.username == "chutich"
    finally:
        window.ctx.close()


def _real_folder(tmp_path):
    """A real installation whose head's password is literally "demo" (set as a 0.2 installation could)."""
    from lamdong_desktop.domain.passwords import hash_password
    from lamdong_desktop.services.accounts import create_account_row
    from lamdong_desktop.services.setup import initialize
    from lamdong_desktop.storage.records import SYSTEM

    real = DataPaths(tmp_path / "real")
    ctx, _admin = initialize(real, mode="commune", unit="Xã Di Linh", admin_username="admin",
                             admin_password="matkhau1")
    create_account_row(ctx, by=SYSTEM, username="chutich", full_name="Chủ Tịch", roles=frozenset(),
                       password_hash=hash_password("demo"))
    ctx.close()
    return real


def test_demo_refuses_a_real_folder_without_opening_it(qtbot, tmp_path, monkeypatch):
    from lamdong_desktop.domain.errors import DomainError

    real = _real_folder(tmp_path)
    before = real.database.read_bytes()
    monkeypatch.setattr(app_module, "_login", lambda ctx, username="": pytest.fail("no login on real data"))
    with pytest.raises(DomainError) as err:
        app_module.build_demo_window(real)
    assert err.value.code == "demo_folder_not_demo"
    assert real.database.read_bytes() == before  # not opened for writing, not migrated, no attempt counted


def test_main_demo_on_a_real_folder_says_why_in_vietnamese(tmp_path, monkeypatch, fake_event_loop):
    from lamdong_desktop.ui.shared import messages

    from ..e2e.test_cli_demo_hygiene import snapshot

    real = _real_folder(tmp_path)
    before = snapshot(real.root)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, error, **_k: shown.append(messages.error_text(error)))
    assert app_module.main(["--demo", "--data-dir", str(real.root)]) == 1
    assert fake_event_loop == []
    assert len(shown) == 1 and "không phải dữ liệu mẫu" in shown[0] and str(real.root) in shown[0]
    assert snapshot(real.root) == before  # no log file, no -wal/-shm: the refused folder is untouched


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


def _no_display_env(tmp_path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM") and not k.startswith(("LAMDONG_", "XDG_"))}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_no_display_says_so_in_vietnamese_and_creates_nothing(tmp_path):
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-m", "lamdong_desktop", "--demo", "--data-dir", str(data)],
                            capture_output=True, text=True, timeout=120, env=_no_display_env(tmp_path))
    assert result.returncode == 1
    assert "không tìm thấy màn hình" in result.stderr
    assert "xvfb-run lamdong-desktop --demo" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "libxcb" not in result.stderr and "Aborted" not in result.stderr and "qt.qpa" not in result.stderr
    assert not data.exists() and not (tmp_path / "xdg").exists()


def test_display_check_only_fires_when_qt_would_need_a_display():
    linux = "linux"
    assert app_module.display_missing({}, linux)
    assert app_module.display_missing({"QT_QPA_PLATFORM": "xcb"}, linux)
    assert app_module.display_missing({"DISPLAY": ""}, linux)
    assert not app_module.display_missing({"DISPLAY": ":0"}, linux)
    assert not app_module.display_missing({"WAYLAND_DISPLAY": "wayland-0"}, linux)
    assert not app_module.display_missing({"QT_QPA_PLATFORM": "offscreen"}, linux)
    assert not app_module.display_missing({"QT_QPA_PLATFORM": "vnc:size=1280x800"}, linux)
    assert not app_module.display_missing({}, "win32") and not app_module.display_missing({}, "darwin")
