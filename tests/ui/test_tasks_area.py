"""The "Nhiệm vụ" area as the main window shows it: the board and the deadline calendar as two tabs, both following a
task given elsewhere, the calendar's and the queue's task rows opening the task's window, and "Xuất Excel…" writing
the tasks the board's filters keep."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool

from lamdong_desktop.services import task_export, tasks
from lamdong_desktop.ui.main_window import AREA_QUEUE, AREA_TASKS, MainWindow
from lamdong_desktop.ui.queue.view import QueueView
from lamdong_desktop.ui.shared.operations import Operation
from lamdong_desktop.ui.tasks.area import CALENDAR_TAB, TasksArea
from lamdong_desktop.ui.tasks.model import TITLE
from lamdong_desktop.ui.tasks.windows import close_task_windows, open_windows

from . import task_support
from .proposal_support import KEPT, settle
from .task_support import TODAY, give, sign

pinned_today = task_support.pinned_today  # the fixture: 20/11/2026, 10:00


@pytest.fixture(autouse=True)
def _windows_close():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    close_task_windows()


def _window(qtbot, ctx, username: str) -> MainWindow:
    window = MainWindow(ctx, sign(ctx, username))
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    KEPT.append(window)
    return window


def _double_click(qtbot, table, row: int, column: int = 1) -> None:
    centre = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_area_shows_the_board_and_the_calendar_as_tabs_and_both_follow_a_new_task(qtbot, demo_ctx,
                                                                                      pinned_today):
    window = _window(qtbot, demo_ctx, "chutich")
    area = window.show_area(AREA_TASKS)
    assert isinstance(area, TasksArea) and window.stack.currentWidget() is area
    assert [area.tabText(i) for i in range(area.count())] == ["Danh sách", "Lịch hạn"]
    assert area.currentWidget() is area.board
    assert area.board.table.columnWidth(TITLE) >= 240  # the titles stay readable beside the other columns
    before_board, before_month = area.board.model.total(), area.calendar.month.total
    due = date(2026, 11, 27)  # a Friday of the month the calendar opens on (today: 20/11/2026)
    with_title = "Rà soát hồ sơ đất đai thôn 5 — giao từ nơi khác"
    head = window.actor
    assert Operation(None, lambda c: tasks.add_task(c, actor=head, title=with_title, lead="canbo",
                                                    assigned_on=date(2026, 11, 16), due=due), ctx=demo_ctx).run()
    # both tabs from the one change notice, the calendar while it is not shown
    assert area.board.model.total() == before_board + 1
    assert area.calendar.month.total == before_month + 1
    tab_bar = area.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(CALENDAR_TAB).center())
    assert area.currentWidget() is area.calendar and area.calendar.isVisible()
    area.calendar.choose_day(due)
    titles = [t.title for t in area.calendar.listed()]
    assert with_title in titles
    _double_click(qtbot, area.calendar.table, titles.index(with_title))
    opened = open_windows(demo_ctx)
    assert [w.view.title for w in opened] == [with_title]
    assert opened[0].isVisible()
    # the board's double click goes the same way: the window already open comes forward, no second one
    area.setCurrentIndex(0)
    area.board.search.setText("giao từ nơi khác")
    area.board.reload()
    assert area.board.column_texts(TITLE) == [with_title]
    _double_click(qtbot, area.board.table, 0, TITLE)
    assert open_windows(demo_ctx) == opened


def test_a_tasks_row_of_the_queue_opens_its_window(qtbot, demo_ctx):
    from lamdong_desktop.domain import clock
    from lamdong_desktop.services.queue import ItemKind

    day = date(2026, 3, 18)
    with clock.pinned(datetime.combine(day, datetime.min.time().replace(hour=9), clock.VN_TZ)):
        head = sign(demo_ctx, "chutich")
        late = give(demo_ctx, head, "Báo cáo rà soát hộ nghèo quý I", "canbo", day=date(2026, 3, 2),
                    due=date(2026, 3, 10))
        later = give(demo_ctx, head, "Tổng hợp ý kiến cử tri trước kỳ họp", "canbo", day=date(2026, 3, 9),
                     due=date(2026, 3, 20))
        window = _window(qtbot, demo_ctx, "canbo")
        queue = window.stack.currentWidget()
        assert isinstance(queue, QueueView) and window.area_keys()[0] == AREA_QUEUE
        first = queue.items()[0]
        assert (first.kind, first.task_id, first.overdue) == (ItemKind.TASK, late.id, True)
        _double_click(qtbot, queue.table, 0, 2)
        assert [w.view.id for w in open_windows(demo_ctx)] == [late.id]
        row = [i.task_id for i in queue.items()].index(later.id)
        queue.table.selectRow(row)
        queue.table.setFocus()
        qtbot.keyClick(queue.table, Qt.Key.Key_Return)
        assert sorted(w.view.id for w in open_windows(demo_ctx)) == sorted([late.id, later.id])
        assert all(w.actor.username == "canbo" for w in open_windows(demo_ctx))


def test_xuat_excel_on_the_board_writes_the_tasks_the_filters_keep(qtbot, demo_ctx, pinned_today, tmp_path,
                                                                    monkeypatch):
    head = sign(demo_ctx, "chutich")
    flash = give(demo_ctx, head, "Báo cáo khẩn thiệt hại do mưa đá", "canbo", urgency="hoa_toc",
                 source_number="12/UBND", source_date=date(2026, 10, 30), source_issuer="UBND huyện")
    give(demo_ctx, head, "Kiểm tra công trình nước sạch", "Bùi Thị Lan", urgency="hoa_toc", day=date(2026, 11, 3))
    give(demo_ctx, head, "Hội nghị tổng kết năm", "canbo", urgency="thuong")
    window = _window(qtbot, demo_ctx, "chutich")
    board = window.show_area(AREA_TASKS).board
    board.urgency_filter.setCurrentIndex(board.urgency_filter.findData("hoa_toc"))
    board.search.setText("mua da")  # without accents, as the board allows
    board.reload()
    assert board.column_texts(TITLE) == [flash.title]
    asked: list[tuple[str, str]] = []
    chosen = tmp_path / "Nhiệm vụ hỏa tốc"

    def save_file_name(_parent, title, suggested, _filter):
        asked.append((title, suggested))
        return str(chosen), "Bảng tính Excel (*.xlsx)"

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_file_name)
    qtbot.mouseClick(board.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.exported is not None, timeout=20_000)
    settle(qtbot)
    target = chosen.with_name(chosen.name + ".xlsx")
    assert asked == [("Xuất danh sách nhiệm vụ ra tệp Excel", "Danh sách nhiệm vụ 20-11-2026.xlsx")]
    assert board.exported == target and board.status.text() == f"Đã lưu tệp {target}"
    assert board.export_button.isEnabled()
    sheet = load_workbook(target)["Nhiệm vụ"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == [c.header for c in task_export.TASK_COLUMNS] and sheet.freeze_panes == "A2"
    assert len(rows) == 2  # only the filtered task: not the other hỏa tốc one, not the ordinary one
    ref, title, lead, assigner, assigned, due = rows[1][:6]
    assert (ref, title, lead, assigner) == (flash.ref, flash.title, "K'Brơi Ngọc Sơn", "Nguyễn Văn Hùng")
    assert assigned == datetime(2026, 11, 2) and due == datetime.combine(flash.summary.due_on, datetime.min.time())
    assert sheet.cell(2, 5).number_format == "dd/mm/yyyy"
    assert rows[1][7] == "Hỏa tốc" and rows[1][13:16] == ["12/UBND", datetime(2026, 10, 30), "UBND huyện"]
    # no filter: every task of the unit the head reads
    board.clear_filters()
    board.export_to(tmp_path / "tat-ca.xlsx")
    qtbot.waitUntil(lambda: board.exported == tmp_path / "tat-ca.xlsx", timeout=20_000)
    everything = load_workbook(tmp_path / "tat-ca.xlsx")["Nhiệm vụ"]
    assert everything.max_row - 1 == board.model.total() and TODAY.year == 2026
