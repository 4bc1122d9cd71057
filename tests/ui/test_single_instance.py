"""One program per data folder: the second launch asks the first to show itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lamdong_desktop.ui.single_instance import InstanceServer, notify_running, server_name


def test_server_name_is_stable_and_per_folder(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert server_name(a) == server_name(a) == server_name(tmp_path / "x" / ".." / "a")
    assert server_name(a) != server_name(b)
    assert server_name(tmp_path / "thư mục có dấu và khoảng trắng").startswith("lamdong-desktop-")


def test_nobody_listening(tmp_path: Path):
    assert notify_running(server_name(tmp_path / "none"), timeout_ms=500) is False


def test_second_launch_is_answered_and_exits(qtbot, tmp_path: Path):
    """A real second process (``python -m lamdong_desktop``) on the same folder hands over and exits 0."""
    root = tmp_path / "data"
    server = InstanceServer(server_name(root))
    assert server.listen()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        for _launch in range(2):  # the server keeps serving
            with qtbot.waitSignal(server.activation_requested, timeout=20_000):
                second = subprocess.Popen([sys.executable, "-m", "lamdong_desktop", "--data-dir", str(root)],
                                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            qtbot.waitUntil(lambda p=second: p.poll() is not None, timeout=20_000)
            assert second.returncode == 0
    finally:
        server.close()
    assert not (root / "lamdong.db").exists()  # the second copy opened nothing


def test_client_gets_the_answer(qtbot, tmp_path: Path):
    """The answer arrives, so a launch can tell a responsive first copy from a stale socket."""
    name = server_name(tmp_path / "data")
    server = InstanceServer(name)
    assert server.listen()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtNetwork import QLocalSocket\n"
        "app = QCoreApplication([])\n"
        "s = QLocalSocket(); s.connectToServer(sys.argv[1]); assert s.waitForConnected(5000)\n"
        "s.write(b'activate\\n'); s.flush(); assert s.waitForReadyRead(5000)\n"
        "print(bytes(s.readAll().data()).decode().strip())\n"
    )
    try:
        with qtbot.waitSignal(server.activation_requested, timeout=20_000):
            client = subprocess.Popen([sys.executable, "-c", code, name], stdout=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=20_000)
        assert client.returncode == 0 and client.stdout.read().strip() == "ok"
    finally:
        server.close()


def test_stale_socket_is_reclaimed(qtbot, tmp_path: Path):
    """A crashed copy leaves its socket file behind; the next copy must still start."""
    name = server_name(tmp_path / "data")
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    # Simulates the leftover: the name is taken, nobody will answer once `first` stops serving.
    first._server.close()
    assert second.listen()
    second.close()


def test_window_raised_on_activation(qtbot, demo_ctx):
    from lamdong_desktop.services.accounts import sign_in
    from lamdong_desktop.ui.app import _bring_front
    from lamdong_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ctx, sign_in(demo_ctx, username="canbo", password="demo"))
    qtbot.addWidget(window)
    window.showMinimized()
    _bring_front([window])
    assert window.isVisible() and not window.isMinimized()
