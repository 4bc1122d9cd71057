"""The main window: a list of areas on the left (only those that work and the user may open)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from lamdong_desktop import __version__
from lamdong_desktop.domain.access import RecordKind, can_read, reads_others, task_scope
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.roles import ROLE_LABELS, Permission, Role, permissions_of
from lamdong_desktop.domain.task_rules import Step, may
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared.dialogs import message_box
from lamdong_desktop.ui.shared.layout import nav_beside, resize_to_fit

AREA_QUEUE, AREA_PROPOSALS, AREA_UNIT = "queue", "proposals", "unit"
AREA_ACCOUNTS, AREA_CALENDAR, AREA_MEETINGS = "accounts", "calendar", "meetings"
AREA_TASKS = "tasks"
AREA_KPI = "kpi"


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    build: Callable[[], QWidget]


def roles_text(roles: frozenset[Role] | tuple[Role, ...]) -> str:
    return ", ".join(ROLE_LABELS[r] for r in Role if r in roles)


class MainWindow(QMainWindow):
    """Areas are built the first time they are shown, so start-up pays only for the first one."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.unit_name = ctx.unit.name
        self.setWindowTitle(self.tr("Lâm Đồng — {unit}").format(unit=self.unit_name))
        resize_to_fit(self, 1180, 760)

        self.areas: list[Area] = []
        self.nav = QListWidget()
        self.nav.setObjectName("areaList")
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(160)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        self.nav.currentRowChanged.connect(self._show_row)
        self.setCentralWidget(nav_beside(self.nav, self.stack, nav_width=180))

        self._build_menus()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self._install_areas()
        # A meeting window opens proposals through this window's proposals area (one window per proposal).
        from lamdong_desktop.ui.meetings.windows import set_proposal_opener

        set_proposal_opener(self.open_proposal)

    def _install_areas(self) -> None:
        """The areas the signed-in person may use, the first one shown (built now, the others later)."""
        self.nav.blockSignals(True)
        self.nav.clear()
        for widget in self._built.values():
            widget.deleteLater()
        while (page := self.stack.widget(0)) is not None:
            self.stack.removeWidget(page)
            if page not in self._built.values():
                page.deleteLater()
        self._built = {}
        self.areas = self._available_areas()
        for area in self.areas:
            item = QListWidgetItem(area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())
        self.nav.blockSignals(False)
        self.user_label.setText(self.tr("Đăng nhập: {name} ({username}) — {roles}").format(
            name=self.actor.full_name, username=self.actor.username, roles=roles_text(self.actor.roles)))
        self.nav.setCurrentRow(0)
        self._show_row(0)
        self._update_report_actions()

    def _update_report_actions(self) -> None:
        from lamdong_desktop.services.official_records import own_person

        self.own_record_action.setVisible(own_person(self.ctx, self.actor) is not None)
        self.review_action.setVisible(can_read(self.actor.roles, RecordKind.PERIODIC_REVIEW))
        self.import_tasks_action.setVisible(may(Step.ASSIGN, self.actor.roles))
        self.reports_menu.menuAction().setVisible(self.own_record_action.isVisible() or self.review_action.isVisible())

    def _available_areas(self) -> list[Area]:
        granted = permissions_of(self.actor.roles)

        def proposals_view() -> QWidget:
            from lamdong_desktop.ui.proposals.list_view import ProposalsView

            return ProposalsView(self.ctx, self.actor)

        def unit_view() -> QWidget:
            from lamdong_desktop.ui.unit.view import UnitView

            return UnitView(self.ctx, self.actor)

        # The areas follow the read rules of domain/access.py: the administrator manages accounts and
        # settings, not proposal contents; the unit's staff is for the unit's own roles.
        def queue_view() -> QWidget:
            from lamdong_desktop.ui.queue.view import QueueView

            return QueueView(self.ctx, self.actor, self.open_proposal, open_meeting=self.open_meeting,
                             open_task=self.open_task)

        def meetings_view() -> QWidget:
            from lamdong_desktop.ui.meetings.list_view import MeetingsView

            return MeetingsView(self.ctx, self.actor)

        def tasks_view() -> QWidget:
            from lamdong_desktop.ui.tasks.area import TasksArea

            return TasksArea(self.ctx, self.actor, open_task=self.open_task)

        areas = []
        if Permission.DRAFT_PROPOSAL in granted or reads_others(self.actor.roles, RecordKind.PROPOSAL):
            # What waits for this person comes first after sign-in (issue 8: “Việc cần xử lý”).
            areas.append(Area(AREA_QUEUE, self.tr("Việc cần xử lý"), queue_view))
            areas.append(Area(AREA_PROPOSALS, self.tr("Đề xuất"), proposals_view))
        # The head, the leadership, the secretary, the province — and anyone who sits on a council (his own).
        if reads_others(self.actor.roles, RecordKind.MEETING) or self._has_seat():
            areas.append(Area(AREA_MEETINGS, self.tr("Họp và quyết định"), meetings_view))
        # Everyone of the unit who can hold or give a task (the head and leaders: the unit's; others: their own);
        # not the administrator (accounts, not contents) nor the province.
        if reads_others(self.actor.roles, RecordKind.TASK) or set(self.actor.roles) - {Role.ADMIN, Role.PROVINCE}:
            areas.append(Area(AREA_TASKS, self.tr("Nhiệm vụ"), tasks_view))
        if task_scope(self.actor.roles, self.actor.user_id).everything:  # services.kpi.require_unit_reader
            def kpi_view() -> QWidget:
                from lamdong_desktop.ui.kpi.view import KpiView

                return KpiView(self.ctx, self.actor)

            areas.append(Area(AREA_KPI, self.tr("Chỉ tiêu"), kpi_view))
        if can_read(self.actor.roles, RecordKind.PERSON):
            areas.append(Area(AREA_UNIT, self.tr("Đơn vị"), unit_view))
        if Permission.MANAGE_ACCOUNTS in granted:
            def accounts_view() -> QWidget:
                from lamdong_desktop.ui.accounts.view import AccountsView

                return AccountsView(self.ctx, self.actor)

            areas.append(Area(AREA_ACCOUNTS, self.tr("Tài khoản"), accounts_view))

        def calendar_view() -> QWidget:
            from lamdong_desktop.ui.calendar.view import CalendarView

            return CalendarView(self.ctx, self.actor)

        areas.append(Area(AREA_CALENDAR, self.tr("Lịch làm việc"), calendar_view))
        return areas

    def _has_seat(self) -> bool:
        from lamdong_desktop.services import meeting_records

        try:
            return meeting_records.has_seat(self.ctx, actor=self.actor)
        except DomainError:
            return False

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        change_password = QAction(self.tr("Đổi mật khẩu…"), self)
        change_password.triggered.connect(self.change_own_password)
        file_menu.addAction(change_password)
        self.switch_user_action = QAction(self.tr("Đổi người dùng…"), self)
        self.switch_user_action.setToolTip(self.tr("Đăng xuất và đăng nhập bằng tài khoản khác trên máy này"))
        self.switch_user_action.triggered.connect(lambda: self.switch_user())
        file_menu.addAction(self.switch_user_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Công cụ"))
        self.check_action = QAction(self.tr("Kiểm tra văn bản…"), self)
        self.check_action.setToolTip(self.tr("Kiểm tra bản giấy qua mã QR, hoặc chữ ký số của một tệp PDF"))
        self.check_action.triggered.connect(lambda: self.open_check())
        tools_menu.addAction(self.check_action)
        self.import_tasks_action = QAction(self.tr("Nhập danh sách nhiệm vụ từ Excel…"), self)
        self.import_tasks_action.triggered.connect(lambda: self.open_task_import())
        tools_menu.addAction(self.import_tasks_action)
        # Seed IV.2 and V.4: one's own record (hồ sơ cán bộ) and the unit's yearly review (ui/unit/record_window.py,
        # review_window.py); shown to those who may read them (_update_report_actions).
        self.reports_menu = self.menuBar().addMenu(self.tr("&Báo cáo"))
        self.own_record_action = QAction(self.tr("Hồ sơ cán bộ của tôi…"), self)
        self.own_record_action.triggered.connect(lambda: self.open_own_record())
        self.review_action = QAction(self.tr("Tổng kết năm…"), self)
        self.review_action.triggered.connect(lambda: self.open_review())
        self.reports_menu.addAction(self.own_record_action)
        self.reports_menu.addAction(self.review_action)
        help_menu = self.menuBar().addMenu(self.tr("T&rợ giúp"))
        self.about_action = QAction(self.tr("Giới thiệu"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # -- areas ---------------------------------------------------------------------------------------
    def area_titles(self) -> list[str]:
        return [a.title for a in self.areas]

    def area_keys(self) -> list[str]:
        return [a.key for a in self.areas]

    def area_widget(self, key: str) -> QWidget:
        """The area's widget, built now if it has not been shown yet."""
        row = self.area_keys().index(key)
        if key not in self._built:
            widget = self.areas[row].build()
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[key] = widget
        return self._built[key]

    def open_proposal(self, proposal_id: str) -> object:
        """Open a proposal's window through the proposals area, which keeps one window per proposal."""
        from lamdong_desktop.ui.proposals.list_view import ProposalsView

        area = self.area_widget(AREA_PROPOSALS)
        return area.open_proposal(proposal_id) if isinstance(area, ProposalsView) else None

    def open_task(self, task_id: str) -> object:
        """Open a task's window (one per task, wherever it is opened from)."""
        from lamdong_desktop.ui.tasks.windows import open_task_window

        return open_task_window(self.ctx, self.actor, task_id, self)

    def open_meeting(self, meeting_id: str) -> object:
        """Open a meeting's window (one per meeting, wherever it is opened from)."""
        from lamdong_desktop.ui.meetings.windows import open_meeting_window

        return open_meeting_window(self.ctx, self.actor, meeting_id, self)

    def open_check(self, tab: str | None = None) -> QWidget:
        """The “Kiểm tra văn bản” window (one per person signed in)."""
        from lamdong_desktop.ui.check.window import open_check_window

        return open_check_window(self.ctx, self.actor, tab)

    def open_task_import(self) -> QWidget | None:
        """The Excel import of a task list, with its preview (ui/kpi/import_window.py)."""
        from lamdong_desktop.ui.kpi.import_window import open_import

        return open_import(self, self.ctx, self.actor)

    def open_own_record(self) -> QWidget | None:
        from lamdong_desktop.services.official_records import own_person
        from lamdong_desktop.ui.unit.record_window import open_record

        person_id = own_person(self.ctx, self.actor)
        return open_record(self, self.ctx, self.actor, person_id) if person_id else None

    def open_review(self) -> QWidget | None:
        from lamdong_desktop.ui.unit.review_window import open_review

        return open_review(self, self.ctx, self.actor)

    def show_area(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.area_keys().index(key))
        return self._built[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.areas[row].key
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.area_widget(key)
        finally:
            self.unsetCursor()
        self.stack.setCurrentIndex(row)

    def _close_proposal_windows(self) -> bool:
        """Proposal and meeting windows close first, so that none loses unsaved text without being asked."""
        from lamdong_desktop.ui.check.window import close_check_windows
        from lamdong_desktop.ui.meetings.windows import close_meeting_windows
        from lamdong_desktop.ui.tasks.windows import close_task_windows

        if not close_meeting_windows(self.ctx):
            return False
        close_task_windows(self.ctx)
        close_check_windows(self.ctx)
        proposals_view = self._built.get(AREA_PROPOSALS)
        return proposals_view is None or bool(proposals_view.close_windows())  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._close_proposal_windows():
            event.ignore()
            return
        super().closeEvent(event)

    def switch_user(self, login: Callable[[], Actor | None] | None = None) -> bool:
        """Sign out and let another person of the office sign in; nothing changes if they cancel.

        ``login`` replaces the login dialog (tests).
        """
        if not self._close_proposal_windows():
            return False
        if login is None:
            from lamdong_desktop.ui.login_dialog import LoginDialog

            def login() -> Actor | None:
                dialog = LoginDialog(self.ctx, parent=self)
                try:
                    return dialog.actor if dialog.exec() else None
                finally:
                    dialog.deleteLater()

        actor = login()
        if actor is None:
            return False
        self.actor = actor
        self._install_areas()
        return True

    # -- actions -------------------------------------------------------------------------------------
    def about_text(self) -> str:
        paths = self.ctx.paths
        rows = [
            ("<h3>{}</h3>".format(html.escape(self.tr("Phần mềm Lâm Đồng — đổi mới, sáng tạo")))),
            html.escape(self.tr(
                "Khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung — "
                "cấp xã, phường, đặc khu tỉnh Lâm Đồng.")),
            "<br><br>" + html.escape(self.tr("Phiên bản: {version}").format(version=__version__)),
            "<br>" + html.escape(self.tr("Đơn vị: {unit}").format(unit=self.unit_name)),
            "<br>" + html.escape(self.tr("Thư mục dữ liệu: {path}").format(path=paths.root)),
            "<br>" + html.escape(self.tr("Nhật ký lỗi: {path}").format(path=paths.logs)),
            "<br><br><small>" + html.escape(self.tr("Giao diện: Qt {qt}, PySide6 {pyside}").format(
                qt=qVersion(), pyside=pyside_version)) + "</small>",
        ]
        return "".join(rows)

    def about_box(self) -> QMessageBox:
        box = message_box(QMessageBox.Icon.Information, self.tr("Giới thiệu"), self.about_text(),
                          QMessageBox.StandardButton.Close, self, rich=True)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    def show_about(self) -> None:
        box = self.about_box()
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def change_own_password(self) -> None:
        from lamdong_desktop.ui.accounts.dialogs import PasswordDialog
        from lamdong_desktop.ui.shared import messages

        if messages.run_dialog(PasswordDialog(self.ctx, self.actor, self.actor.username, self)):
            self.statusBar().showMessage(self.tr("Đã đổi mật khẩu."), 5000)

