"""“Việc của tôi” in “Việc cần xử lý”: an official sees their overdue task first after sign-in — marked QUÁ HẠN, in
red, with its due day — and a task's row opens the task (``open_task``) on a double click or Enter."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from lamdong_desktop.domain import clock
from lamdong_desktop.services import tasks
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.ui.main_window import AREA_QUEUE, MainWindow
from lamdong_desktop.ui.queue.view import QueueView
from lamdong_desktop.ui.shared.table_models import ALERT_COLOR

from .proposal_support import KEPT

TODAY = date(2026, 3, 18)


@pytest.fixture
def given(demo_ctx):
    """Two tasks of the official: one given first and due 10/03 (overdue), one due this Friday."""
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        head = sign_in(demo_ctx, username="chutich", password="demo")
        later = tasks.add_task(demo_ctx, actor=head, title="Tổng hợp ý kiến cử tri", lead="canbo",
                               assigned_on=date(2026, 3, 9), due=date(2026, 3, 20)).value
        late = tasks.add_task(demo_ctx, actor=head, title="Báo cáo rà soát hộ nghèo", lead="canbo",
                              assigned_on=date(2026, 3, 2), due=date(2026, 3, 10)).value
        yield late, later


def test_an_official_sees_their_overdue_task_first_after_sign_in(qtbot, demo_ctx, given):
    late, later = given
    window = MainWindow(demo_ctx, sign_in(demo_ctx, username="canbo", password="demo"))
    qtbot.addWidget(window)
    window.show()
    KEPT.append(window)
    queue = window.stack.currentWidget()
    assert isinstance(queue, QueueView) and window.area_keys()[0] == AREA_QUEUE
    first = queue.items()[0]
    assert (first.kind, first.task_id, first.overdue) == (ItemKind.TASK, late.id, True)
    cells = [queue.proxy.index(0, col).data() for col in range(6)]
    assert cells == ["Nhiệm vụ", late.ref, "Báo cáo rà soát hộ nghèo", "02/03/2026", "10/03/2026", "QUÁ HẠN — Chủ trì"]
    assert queue.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == ALERT_COLOR
    row = [i.task_id for i in queue.items()].index(later.id)
    assert row > 0 and not queue.items()[row].overdue
    assert queue.proxy.index(row, 4).data() == "20/03/2026" and queue.proxy.index(row, 5).data() == "Chủ trì"
    assert "quá hạn" in queue.summary.text()
    if __import__("os").environ.get("KPIR_SHOT"):
        window.resize(1180, 420)
        window.grab().save("/tmp/kpir/queue.png")


def test_a_tasks_row_opens_the_task_on_double_click_and_enter(qtbot, demo_ctx, given):
    late, later = given
    opened: list[str] = []
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        view = QueueView(demo_ctx, sign_in(demo_ctx, username="canbo", password="demo"), lambda _id: None,
                         open_task=opened.append)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    centre = view.table.visualRect(view.proxy.index(0, 2)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click: press twice
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [late.id]
    row = [i.task_id for i in view.items()].index(later.id)
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    view.table.selectRow(row)
    view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [late.id, later.id]
    # without a task window to open, a task's row opens nothing (and no proposal)
    bare = QueueView(demo_ctx, sign_in(demo_ctx, username="canbo", password="demo"),
                     lambda _id: pytest.fail("a task opened as a proposal"))
    qtbot.addWidget(bare)
    assert bare.open_item(view.items()[0]) is None
