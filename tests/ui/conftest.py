"""UI tests: offscreen Qt, Vietnamese translations loaded, every test in its own data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from lamdong_desktop.services.context import AppContext, open_app  # noqa: E402
from lamdong_desktop.storage.paths import DataPaths  # noqa: E402
from lamdong_desktop.ui.shared import dialogs as shared_dialogs  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def vietnamese_qapp(qapp):
    """The QApplication as the program sets it up: vi_VN locale, Qt's and the program's translations."""
    from lamdong_desktop.ui import gc_guard
    from lamdong_desktop.ui.app import create_application

    app = create_application()
    yield app
    gc_guard.install(app).stop()  # give the rest of the session back its automatic collection


@pytest.fixture(autouse=True)
def _collect_on_gui_thread():
    """As in the program, garbage is collected on the GUI thread only (see ui/gc_guard.py)."""
    import gc

    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may reach the real per-user data folders."""
    monkeypatch.setenv("LAMDONG_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo commune, created once (scrypt for 6 accounts) and copied for each test."""
    from lamdong_desktop.services.demo import create_demo

    root = tmp_path_factory.mktemp("demo-template") / "data"
    ctx, _head = create_demo(DataPaths(root))
    ctx.close()
    return root


@pytest.fixture
def demo_paths(tmp_path: Path, demo_template: Path) -> DataPaths:
    root = tmp_path / "demo"
    shutil.copytree(demo_template, root)
    return DataPaths(root)


@pytest.fixture
def demo_ctx(demo_paths: DataPaths) -> Iterator[AppContext]:
    ctx = open_app(demo_paths)
    yield ctx
    ctx.close()


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect the Vietnamese error sentences the UI shows in message boxes (instead of showing them)."""
    from lamdong_desktop.ui.shared import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error, **_kw: shown.append(messages.error_text(error)))
    return shown


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from lamdong_desktop.ui.shared import messages

    asked: list[str] = []

    def confirm(_parent: object, text: str, **_kw: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


@pytest.fixture
def on_modal(qtbot) -> Callable[[Callable[[object], None]], None]:
    """Run ``action(dialog)`` on the next modal dialog, for buttons that open one with exec()."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def schedule(action: Callable[[object], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            action(dialog)

        QTimer.singleShot(0, poll)

    return schedule


@pytest.fixture(autouse=True)
def _proposal_windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Closing a proposal window with unsaved edits drops them without asking; kept windows go at the end."""
    from lamdong_desktop.ui.proposals import dialogs as proposal_dialogs

    from .proposal_support import KEPT

    monkeypatch.setattr(proposal_dialogs, "ask_unsaved", lambda _parent: shared_dialogs.DISCARD)
    yield
    KEPT.clear()
