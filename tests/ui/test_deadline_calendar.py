"""The deadline calendar: counts per due day in force over two months, overdue ones in red, days off greyed, what an
official sees, the tasks of a clicked day, and the signal that asks for a task's window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lamdong_desktop.services import task_calendar, task_steps, tasks
from lamdong_desktop.ui.shared.operations import Operation
from lamdong_desktop.ui.shared.table_models import ALERT_COLOR
from lamdong_desktop.ui.tasks.deadline_calendar import DeadlineCalendar
from lamdong_desktop.ui.tasks.deadline_grid import DAY_OFF_COLOR, TODAY_COLOR

from ..services.meeting_support import at, office

TODAY = date(2026, 3, 20)  # a Friday


@pytest.fixture
def o(demo):
    return office(*demo)


def _give(o, title, lead, due, *, by=None, day=date(2026, 3, 2)):
    with at(day, 8):
        return tasks.add_task(o.ctx, actor=by or o.head, title=title, lead=lead, assigned_on=day, due=due).value


@pytest.fixture
def fixture(o):
    """March and April 2026 (due day in force → the tasks):
    10/03  Sơn's report (open: overdue), Long's survey (done on 09/03)
    25/03  Sơn's plan (open); a cancelled one of Hà's (not counted)
    27/03  Long's inventory: due 12/03, extended to 27/03 (open: overdue against its original day)
    07/04  Lan's list, Sơn's summary
    """
    made = {
        "report": _give(o, "Báo cáo nhanh thiệt hại do mưa đá", "canbo", date(2026, 3, 10)),
        "survey": _give(o, "Khảo sát điểm sạt lở thôn 3", "Hoàng Đức Long", date(2026, 3, 10)),
        "plan": _give(o, "Kế hoạch tuyên truyền pháp luật", "canbo", date(2026, 3, 25)),
        "cancelled": _give(o, "Hội nghị đã dời", "Vũ Thị Thanh Hà", date(2026, 3, 25)),
        "inventory": _give(o, "Kiểm kê tài sản công", "Hoàng Đức Long", date(2026, 3, 12)),
        "list": _give(o, "Danh sách hộ cận nghèo", "Bùi Thị Lan", date(2026, 4, 7)),
        "summary": _give(o, "Tổng hợp ý kiến cử tri", "canbo", date(2026, 4, 7)),
    }
    with at(date(2026, 3, 9), 16):
        tasks.complete(o.ctx, actor=o.head, task_id=made["survey"].id, done_on=date(2026, 3, 9), note="Xong.")
    with at(date(2026, 3, 10)):
        tasks.cancel(o.ctx, actor=o.head, task_id=made["cancelled"].id, reason="Huyện dời hội nghị.")
        task_steps.request_extension(o.ctx, actor=o.head, task_id=made["inventory"].id, new_due=date(2026, 3, 27),
                                     reason="Chờ biên bản của các thôn.")
    with at(TODAY):  # the head's own request stands approved at once
        yield {k: v.id for k, v in made.items()}


def _calendar(qtbot, o, actor) -> DeadlineCalendar:
    widget = DeadlineCalendar(o.ctx, actor)
    qtbot.addWidget(widget)
    widget.resize(1280, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _counts(widget) -> dict[int, tuple[int, int]]:
    assert widget.month is not None
    return {d.day.day: (d.due, d.overdue) for d in widget.month.loads.values()}


def _pixels(widget, day: date) -> set[str]:
    image = widget.grid.grab().toImage()
    rect = widget.grid.cell_rect(day)
    return {QColor(image.pixel(x, y)).name() for x in range(rect.left(), rect.right(), 2)
            for y in range(rect.top(), rect.bottom(), 2)}


def test_counts_per_due_day_in_two_months_for_the_head(qtbot, o, fixture):
    widget = _calendar(qtbot, o, o.head)
    assert widget.title.text() == "Tháng 3 năm 2026"
    assert _counts(widget) == {10: (2, 1), 25: (1, 0), 27: (1, 1)}
    assert widget.summary.text() == "4 việc đến hạn trong tháng, 2 quá hạn"
    lines = widget.grid.cell_lines(date(2026, 3, 10))
    assert [(line.text, line.color) for line in lines] == [("2 việc", "#1b1b1b"), ("1 quá hạn", ALERT_COLOR)]
    assert [line.text for line in widget.grid.cell_lines(date(2026, 3, 25))] == ["1 việc"]
    widget.next_button.click()
    assert widget.title.text() == "Tháng 4 năm 2026"
    assert _counts(widget) == {7: (2, 0)}
    assert widget.grid.cell_lines(date(2026, 3, 30)) == []  # a day of the month before, shown greyed, not counted
    widget.previous_button.click()
    widget.previous_button.click()
    assert widget.title.text() == "Tháng 2 năm 2026" and _counts(widget) == {}


def test_overdue_in_red_days_off_grey_today_framed(qtbot, o, fixture, tmp_path):
    widget = _calendar(qtbot, o, o.head)
    widget.grab().save(str(tmp_path / "calendar.png"))
    assert QColor(ALERT_COLOR).name() in _pixels(widget, date(2026, 3, 27))
    assert QColor(ALERT_COLOR).name() not in _pixels(widget, date(2026, 3, 25))
    assert date(2026, 3, 21) in widget.month.days_off and date(2026, 3, 20) not in widget.month.days_off
    assert DAY_OFF_COLOR in _pixels(widget, date(2026, 3, 22))  # a Sunday
    assert DAY_OFF_COLOR not in _pixels(widget, date(2026, 3, 23))
    assert TODAY_COLOR in _pixels(widget, TODAY) and TODAY_COLOR not in _pixels(widget, date(2026, 3, 19))
    widget.next_button.click()
    assert {date(2026, 4, 27), date(2026, 4, 30)} <= widget.month.days_off  # Giỗ Tổ (Monday after), 30/4
    assert DAY_OFF_COLOR in _pixels(widget, date(2026, 4, 30))


def test_an_official_sees_only_his_own(qtbot, o, fixture):
    widget = _calendar(qtbot, o, o.official)
    assert _counts(widget) == {10: (1, 1), 25: (1, 0)}
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.cell_rect(date(2026, 3, 10)).center())
    assert [t.id for t in widget.listed()] == [fixture["report"]]
    widget.next_button.click()
    assert _counts(widget) == {7: (1, 0)}


def test_clicking_a_day_lists_its_tasks_and_a_double_click_asks_for_one(qtbot, o, fixture, tmp_path):
    widget = _calendar(qtbot, o, o.head)
    assert widget.day_title.text().startswith("Thứ Sáu, 20/03/2026: 0 việc") and widget.empty.isVisible()
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.cell_rect(date(2026, 3, 10)).center())
    assert widget.day_title.text() == "Thứ Ba, 10/03/2026: 2 việc đến hạn" and not widget.empty.isVisible()
    listed = widget.listed()
    assert {t.id for t in listed} == {fixture["report"], fixture["survey"]}
    assert widget.grab().save(str(tmp_path / "day.png"))
    rows = {widget.proxy.index(r, 1).data(): [widget.proxy.index(r, c).data() for c in range(5)]
            for r in range(widget.proxy.rowCount())}
    report = rows["Báo cáo nhanh thiệt hại do mưa đá"]
    assert report[2:] == ["K'Brơi Ngọc Sơn", "Thường", "Quá hạn"] and report[0].startswith("NV-2026-")
    assert rows["Khảo sát điểm sạt lở thôn 3"][2:] == ["Hoàng Đức Long", "Thường", "Đã hoàn thành"]
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.cell_rect(date(2026, 3, 25)).center())
    assert [t.title for t in widget.listed()] == ["Kế hoạch tuyên truyền pháp luật"]  # the cancelled one is not
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.cell_rect(date(2026, 3, 27)).center())
    assert [t.id for t in widget.listed()] == [fixture["inventory"]]
    index = widget.proxy.index(0, 1)
    where = widget.table.visualRect(index).center()
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt 6's double click: a press
    with qtbot.waitSignal(widget.open_task, timeout=2000) as blocker:  # on the same index first
        qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [fixture["inventory"]]


def test_a_task_given_elsewhere_appears_on_its_day(qtbot, o, fixture):
    widget = _calendar(qtbot, o, o.head)
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.cell_rect(date(2026, 3, 25)).center())
    head = o.head
    Operation(None, lambda ctx: tasks.add_task(ctx, actor=head, title="Báo cáo quý I", lead="canbo",
                                               assigned_on=TODAY, due=date(2026, 3, 25)), ctx=o.ctx).run()
    assert _counts(widget)[25] == (2, 0)
    assert sorted(t.title for t in widget.listed()) == ["Báo cáo quý I", "Kế hoạch tuyên truyền pháp luật"]


def test_one_query_per_month(o, fixture):
    statements: list[str] = []
    o.ctx.db.conn.set_trace_callback(statements.append)
    try:
        month = task_calendar.month_load(o.ctx, date(2026, 3, 1), actor=o.head)
    finally:
        o.ctx.db.conn.set_trace_callback(None)
    assert month.total == 4
    assert sum("FROM tasks AS t" in s for s in statements) == 1


def test_the_days_list_keeps_the_order_chosen_in_its_header(qtbot, o, fixture):
    widget = _calendar(qtbot, o, o.head)
    widget.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by title, Z to A
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.cell_rect(date(2026, 3, 10)).center())
    assert [t.title for t in widget.listed()] == ["Khảo sát điểm sạt lở thôn 3", "Báo cáo nhanh thiệt hại do mưa đá"]
    widget.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [t.title for t in widget.listed()] == ["Báo cáo nhanh thiệt hại do mưa đá", "Khảo sát điểm sạt lở thôn 3"]


def test_a_task_waiting_for_its_assigners_confirmation_says_so_in_the_days_list(qtbot, o, fixture):
    # as on the board: an official records a task a deputy gave him; until she confirms it counts in no KPI
    with at(TODAY, 8):
        waiting = tasks.add_task(o.ctx, actor=o.official, title="Rà soát đất công thôn 2", lead="canbo",
                                 assigner="phochutich", assigned_on=TODAY, due=date(2026, 3, 25)).value
    assert waiting.summary.awaiting_confirmation
    widget = _calendar(qtbot, o, o.head)
    qtbot.mouseClick(widget.grid, Qt.MouseButton.LeftButton, pos=widget.grid.cell_rect(date(2026, 3, 25)).center())
    rows = {widget.proxy.index(r, 1).data(): widget.proxy.index(r, 4) for r in range(widget.proxy.rowCount())}
    assert rows["Rà soát đất công thôn 2"].data() == "Đang thực hiện · chờ xác nhận"
    assert rows["Kế hoạch tuyên truyền pháp luật"].data() == "Đang thực hiện"
