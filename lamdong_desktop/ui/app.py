"""The GUI entry point (``lamdong-desktop``, ``python -m lamdong_desktop``): options, then wizard, login, window.

Start-up stays lean: Qt modules and services are imported only when needed, and each step can be built
without running the event loop (tests call ``build_demo_window`` and friends directly).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from lamdong_desktop import APP_NAME, __version__
from lamdong_desktop.services.context import data_paths
from lamdong_desktop.storage.paths import DataPaths, demo_data_dir


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="lamdong-desktop",
        description="Phần mềm đề xuất đổi mới, sáng tạo — cấp xã/phường/đặc khu tỉnh Lâm Đồng.",
    )
    parser.add_argument("--data-dir", metavar="THƯ_MỤC",
                        help="thư mục dữ liệu (mặc định: biến LAMDONG_HOME, hoặc thư mục dữ liệu của người dùng)")
    parser.add_argument("--demo", action="store_true",
                        help="mở dữ liệu mẫu (tạo nếu chưa có), đăng nhập sẵn bằng tài khoản chủ tịch")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(list(argv) if argv is not None else None)


def resolve_paths(args: argparse.Namespace) -> DataPaths:
    """``--demo`` never touches the real data: its own folder unless ``--data-dir`` names one."""
    if args.demo and not args.data_dir:
        return DataPaths(demo_data_dir())
    return data_paths(args.data_dir)


# Qt's own words when no display is found ("could not load the Qt platform plugin xcb … libxcb-cursor0 is
# needed") send people to install packages they already have: say what is wrong, in Vietnamese, first.
NO_DISPLAY_MESSAGE = """\
lamdong-desktop: không tìm thấy màn hình để mở cửa sổ chương trình (máy chưa có phiên giao diện đồ họa:
biến DISPLAY và WAYLAND_DISPLAY đều trống, thường gặp khi đăng nhập từ xa qua SSH hoặc trên máy chủ).
Cách chạy:
  - mở chương trình ngay trên màn hình của máy (phiên làm việc có giao diện đồ họa), hoặc ssh -X;
  - chạy trong màn hình ảo:       xvfb-run lamdong-desktop --demo
  - chạy thử, không hiện cửa sổ:  QT_QPA_PLATFORM=offscreen lamdong-desktop --demo
Dòng lệnh “lamdong” (cài đặt, tài khoản, dữ liệu mẫu…) không cần màn hình."""

_SCREEN_PLATFORMS = ("", "xcb", "wayland", "wayland-egl")  # Qt platforms that need DISPLAY / WAYLAND_DISPLAY


def display_missing(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True on Linux when Qt would look for a display and none is set (checked before Qt loads)."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    qpa = env.get("QT_QPA_PLATFORM", "").strip().split(":")[0].lower()
    if qpa not in _SCREEN_PLATFORMS:
        return False  # offscreen, minimal, vnc, eglfs, linuxfb …: no display server needed
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def create_application():  # -> QApplication
    """The QApplication (reused if one exists) with the Vietnamese locale and translations."""
    from PySide6.QtWidgets import QApplication

    from lamdong_desktop.ui import gc_guard
    from lamdong_desktop.ui.shared.i18n import install_translations

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Lâm Đồng")
    install_translations(app)
    gc_guard.install(app)
    return app


def _create_demo_and_close(paths: DataPaths) -> BaseException | None:
    """On a worker thread: create the demo, then close it (the connection belongs to that thread).

    Returns the error instead of raising it, so that start-up can report it after the dialog closes.
    """
    from lamdong_desktop.services.demo import create_demo

    try:
        ctx, _head = create_demo(paths)
    except Exception as error:  # noqa: BLE001 - handed back to ensure_demo, which raises it
        return error
    ctx.close()
    return None


def ensure_demo(paths: DataPaths) -> None:
    """Create the demo database in ``paths`` if the folder is not set up yet (on a worker).

    No window exists yet, so a modal progress dialog stands in for one while the job runs.
    """
    from PySide6.QtCore import QCoreApplication, Qt

    from lamdong_desktop.services.context import is_initialized
    from lamdong_desktop.ui.shared.dialogs import progress_dialog
    from lamdong_desktop.ui.shared.operations import Operation

    if is_initialized(paths):
        return
    label = QCoreApplication.translate("app", "Đang tạo dữ liệu mẫu…")
    dialog = progress_dialog(label)  # no cancel: a half-made demo folder is put back as it was, not on request
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    outcome: list[BaseException | None] = []

    operation: Operation[BaseException | None] = Operation(None, _create_demo_and_close, paths=paths).success(
        outcome.append).finished(dialog.accept)  # whatever happens, the dialog goes
    operation.run_in_background()
    try:
        if not operation.done:
            dialog.exec()
    finally:
        dialog.deleteLater()
    if outcome and outcome[0] is not None:
        raise outcome[0]


def build_demo_window(paths: DataPaths):  # -> MainWindow | None
    """The main window on the demo data, signed in as the demo head; None if the user gave up.

    A folder with real data (given with --data-dir) is refused with ``demo_folder_not_demo`` before it is
    opened. In a demo whose head chose a password of their own, the login dialog asks for it.
    """
    from lamdong_desktop.services.demo import DEMO_HEAD, demo_head, open_demo

    ensure_demo(paths)
    ctx = open_demo(paths)
    actor = demo_head(ctx)
    if actor is None:
        actor = _login(ctx, username=DEMO_HEAD)
        if actor is None:
            ctx.close()
            return None
    from lamdong_desktop.ui.main_window import MainWindow

    return MainWindow(ctx, actor)


def _login(ctx, *, username: str = ""):  # -> Actor | None
    from lamdong_desktop.ui.login_dialog import LoginDialog

    dialog = LoginDialog(ctx, username=username)
    return dialog.actor if dialog.exec() else None


def run_setup_wizard(paths: DataPaths) -> str | None:
    """The first-run wizard; returns the administrator's user name, or None when cancelled."""
    from lamdong_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(paths)
    if not wizard.exec() or wizard.admin is None:
        return None
    return wizard.admin.username


def build_main_window(paths: DataPaths):  # -> MainWindow | None
    """Normal start: wizard if the folder is new, then login, then the window; None if the user quit."""
    from lamdong_desktop.services.context import is_initialized, open_app

    username = ""
    if not is_initialized(paths):
        username = run_setup_wizard(paths) or ""
        if not username:
            return None
    ctx = open_app(paths)
    actor = _login(ctx, username=username)
    if actor is None:
        ctx.close()
        return None
    from lamdong_desktop.ui.main_window import MainWindow

    return MainWindow(ctx, actor)


def _bring_front(window_ref: list) -> None:
    """Another launch on this data folder asked for us: show the dialog in progress, else the window."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.activeModalWidget() or (window_ref[0] if window_ref else None)
    if target is None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        target = visible[0] if visible else None
    if target is not None:
        if target.isMinimized():
            target.showNormal()
        target.raise_()
        target.activateWindow()


BENCH_ENV = "LAMDONG_EXIT_AFTER_FIRST_PAINT"


def _exit_after_first_paint(window) -> None:
    """For benchmarks/run.py: print "first-paint" when the main window first paints, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _Watcher(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                print("first-paint", flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, QApplication.quit)
            return False

    watcher = _Watcher(window)
    window.installEventFilter(watcher)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a wrong option: argparse has printed why
        return int(exit_.code or 0)
    if display_missing():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    paths = resolve_paths(args)

    app = create_application()
    from lamdong_desktop.ui.single_instance import InstanceServer, notify_running, server_name

    name = server_name(paths.root)
    if notify_running(name):
        return 0  # the copy already running on this data folder has come to the front

    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.ui.shared import errors, messages

    if args.demo:  # before the log file is opened there: a refused folder is left exactly as it was
        from lamdong_desktop.services.demo import refuse_real_folder

        try:
            refuse_real_folder(paths)
        except DomainError as error:
            messages.show_error(None, error, blocking=True)
            return 1
    errors.install_excepthook(paths)
    errors.log.info("%s %s starting on %s%s", APP_NAME, __version__, paths.root, " (demo)" if args.demo else "")
    server = InstanceServer(name)
    server.listen()
    window_ref: list = []
    server.activation_requested.connect(lambda: _bring_front(window_ref))
    try:
        window = build_demo_window(paths) if args.demo else build_main_window(paths)
    except DomainError as error:  # a database from a newer version, an unreadable file, …
        errors.log.warning("Start-up refused: %s", error)
        messages.show_error(None, error, blocking=True)
        return 1
    except Exception as error:  # noqa: BLE001 - logged with its traceback, shown calmly
        errors.report(error)
        return 1
    if window is None:
        return 0
    window_ref.append(window)
    if os.environ.get(BENCH_ENV):
        _exit_after_first_paint(window)
    window.show()
    from PySide6.QtCore import QTimer

    from lamdong_desktop.ui import gc_guard

    QTimer.singleShot(gc_guard.SETTLE_AFTER_MS, gc_guard.settle)  # start-up is over, the first paint long done
    try:
        return app.exec()
    finally:
        server.close()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        window.ctx.close()
