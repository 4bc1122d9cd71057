"""The “Kiểm tra văn bản” window (menu Công cụ of the main window): a tab per kind of check.

``TABS`` lists them in order: the paper copy's code, a signed PDF's signatures. Each entry is a key, its title and
the tab's class (a ``tabs.CheckTab`` built with the context and the person signed in), so a new check — the
proposal dossier (“Hồ sơ đề xuất”, ``verify --dossier``) — is one ``FileCheckTab`` subclass and one entry here::

    TABS = (..., Tab(DOSSIER, lambda: QCoreApplication.translate("CheckWindow", "Hồ sơ đề xuất"), DossierTab))

One window per data folder and person: opening it again brings it to the front, with what it showed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.check.tabs import CheckTab, CodeTab, PdfTab
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import alive
from lamdong_desktop.ui.shared.windows import bring_forward

CODE, PDF, DOSSIER = "code", "pdf", "dossier"


@dataclass(frozen=True)
class Tab:
    key: str
    title: Callable[[], str]  # its words, translated when the window is built
    make: type[CheckTab]


TABS: tuple[Tab, ...] = (
    Tab(CODE, lambda: QCoreApplication.translate("CheckWindow", "Bản giấy (mã QR)"), CodeTab),
    Tab(PDF, lambda: QCoreApplication.translate("CheckWindow", "Văn bản ký số (PDF)"), PdfTab),
)


class CheckWindow(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.actor = ctx, actor
        self.setWindowTitle(self.tr("Kiểm tra văn bản"))
        resize_to_fit(self, 820, 560)
        self.tabs = QTabWidget()
        self.pages: dict[str, CheckTab] = {}
        for tab in TABS:
            page = tab.make(ctx, actor)
            self.pages[tab.key] = page
            self.tabs.addTab(page, tab.title())
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def page(self, key: str) -> CheckTab:
        return self.pages[key]

    def show_tab(self, key: str) -> CheckTab:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page


_windows: dict[tuple[int, str], CheckWindow] = {}


def open_check_window(ctx: AppContext, actor: Actor, tab: str | None = None) -> CheckWindow:
    """Show the check window of ``actor`` on ``ctx`` (the one already open, if any), on ``tab`` if given."""
    key = (id(ctx), actor.user_id)
    window = _windows.get(key)
    if window is None or not alive(window):
        window = CheckWindow(ctx, actor)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a, k=key: _windows.pop(k, None))
        _windows[key] = window
    if tab is not None:
        window.show_tab(tab)
    bring_forward(window)
    return window


def close_check_windows(ctx: AppContext) -> None:
    """Close the check windows of ``ctx`` (before another person signs in: a verdict may name what only the first
    one may read)."""
    for (ctx_id, _user), window in list(_windows.items()):
        if ctx_id == id(ctx) and alive(window):
            window.close()


__all__ = ["CODE", "DOSSIER", "PDF", "TABS", "CheckWindow", "Tab", "close_check_windows", "open_check_window"]
