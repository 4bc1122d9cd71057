"""Issue 10's acceptance, as a new user on the demo commune: the official ``canbo`` signs in and the first row he
sees is his overdue task; the head ``chutich`` opens "Chỉ tiêu" and sees each of the unit's KPIs beside its target on
one screen — every figure in view without scrolling, at the size the main window takes on a 1366×768 laptop."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea

from lamdong_desktop.services import task_views
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.demo import DEMO_PASSWORD
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.ui.kpi import figures
from lamdong_desktop.ui.kpi.view import KpiView
from lamdong_desktop.ui.main_window import AREA_KPI, AREA_QUEUE, MainWindow
from lamdong_desktop.ui.queue.view import QueueView
from lamdong_desktop.ui.shared.layout import SCREEN_SHARE
from lamdong_desktop.ui.shared.table_models import ALERT_COLOR

from .proposal_support import KEPT, settle

# What MainWindow asks for (resize_to_fit(1180, 760)) on a 1366×768 screen.
LAPTOP = (min(1180, int(1366 * SCREEN_SHARE)), min(760, int(768 * SCREEN_SHARE)))


def _signed_in(qtbot, ctx, username: str) -> MainWindow:
    window = MainWindow(ctx, sign_in(ctx, username=username, password=DEMO_PASSWORD))
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    KEPT.append(window)
    return window


def test_the_official_sees_his_overdue_task_first_after_sign_in(qtbot, demo_ctx):
    window = _signed_in(qtbot, demo_ctx, "canbo")
    assert window.area_keys()[0] == AREA_QUEUE
    queue = window.stack.currentWidget()
    assert isinstance(queue, QueueView) and queue.isVisible()
    first = queue.items()[0]
    assert first.kind is ItemKind.TASK and first.overdue and first.task_id is not None
    task = task_views.get(demo_ctx, first.task_id, actor=window.actor)
    assert task.summary.lead.full_name == window.actor.full_name  # his own, not the unit's
    assert queue.proxy.index(0, 5).data().startswith("QUÁ HẠN")
    assert queue.proxy.index(0, 0).data(0x0009).name() == ALERT_COLOR  # Qt.ForegroundRole: in red
    assert queue.table.rowViewportPosition(0) == 0 and queue.table.isRowHidden(0) is False
    # he reads its title and its note whole, in the bold of an overdue row
    bold = queue.table.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for column in (2, 5):
        text = queue.proxy.index(0, column).data()
        assert queue.table.columnWidth(column) > metrics.horizontalAdvance(text), (column, text)
    assert sum(queue.table.columnWidth(c) for c in range(6)) <= queue.table.viewport().width()  # no sideways scroll
    assert "quá hạn" in queue.summary.text()


def _in_view(widget, rect: QRect, viewport) -> bool:
    """``rect`` (in ``widget``'s coordinates) lies wholly inside ``viewport`` as shown."""
    top_left = widget.mapTo(viewport, rect.topLeft())
    bottom_right = widget.mapTo(viewport, rect.bottomRight())
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_the_head_sees_each_kpi_beside_its_target_on_one_screen(qtbot, demo_ctx, tmp_path):
    window = _signed_in(qtbot, demo_ctx, "chutich")
    assert "Chỉ tiêu" in window.area_titles()
    view = window.show_area(AREA_KPI)
    assert isinstance(view, KpiView)
    qtbot.waitUntil(lambda: not view.loading, timeout=30_000)
    settle(qtbot)
    qtbot.wait(50)  # the layout takes the bars' height
    window.grab().save(str(tmp_path / "chi-tieu.png"))
    bars = view.targets.bars()
    keys = {b.key for b in bars}
    assert {figures.EARLY, figures.PEOPLE, figures.OVERDUE, figures.BREAKTHROUGH, figures.FLASH} <= keys
    for key in (figures.EARLY, figures.PEOPLE, figures.OVERDUE, figures.BREAKTHROUGH):
        bar = view.targets.bar(key)
        assert "mục tiêu" in bar.text and bar.met is not None, key  # beside its target, green or red
    # every bar in view without scrolling
    scroll = next(s for s in view.findChildren(QScrollArea) if s.widget().isAncestorOf(view.targets))
    assert scroll.verticalScrollBar().maximum() == 0, "the targets need scrolling"
    viewport = scroll.viewport()
    for row in range(len(bars)):
        assert _in_view(view.targets, view.targets.row_rect(row).toRect(), viewport), bars[row].label
    # the per-person table shows its rows too, beside the figures, on the same screen
    people = view.person_table
    assert isinstance(people, QAbstractScrollArea) and people.isVisible()
    assert people.viewport().height() >= 3 * people.verticalHeader().defaultSectionSize()
    assert view.status.isVisible() and view.status.text().startswith("Chỉ tiêu năm ")
