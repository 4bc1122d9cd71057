"""The task board: filters, Vietnamese order kept in SQL, pages fetched as it scrolls, what an official sees, and
giving a task from its dialog."""

from __future__ import annotations

import functools
from datetime import date

import pytest
from PySide6.QtCore import Qt

from lamdong_desktop.domain.collation import sort_key
from lamdong_desktop.services import staff, tasks
from lamdong_desktop.ui.main_window import AREA_TASKS, MainWindow
from lamdong_desktop.ui.shared.i18n import vietnamese_collator
from lamdong_desktop.ui.shared.table_models import RECORD_ROLE
from lamdong_desktop.ui.tasks.assign_dialog import NewTaskDialog
from lamdong_desktop.ui.tasks.board import TaskBoard
from lamdong_desktop.ui.tasks.model import LEAD, REF, STANDING, TITLE
from lamdong_desktop.ui.tasks.windows import open_windows

from .task_support import count, give, office_ctx, office_template, pinned_today, sign  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("pinned_today")

TITLES = {"Anh văn cho cán bộ": "Dương Văn Minh", "Ánh sáng đường thôn 2": "Đặng Thị Ngọc Ánh",
          "Báo cáo thu ngân sách": "canbo", "Ăn ở bán trú": "Bùi Thị Lan", "Báo cáo hộ nghèo": "Dương Văn Minh"}


def _board(qtbot, ctx, actor) -> TaskBoard:
    board = TaskBoard(ctx, actor)
    qtbot.addWidget(board)
    board.resize(1200, 600)
    board.show()
    return board


def _collated(texts):
    collator = vietnamese_collator()
    return sorted(texts, key=functools.cmp_to_key(collator.compare))


def _seed(ctx):
    head = sign(ctx, "chutich")
    staff.add_person(ctx, actor=sign(ctx, "admin"), full_name="Dương Văn Minh", position="Công chức")
    for number, (title, lead) in enumerate(TITLES.items()):
        give(ctx, head, title, lead, working_days=3 + 5 * number,
             urgency="hoa_toc" if "ngân sách" in title else "thuong")
    return head


def test_the_sort_key_orders_as_the_vietnamese_collator():
    names = ["Đặng Thị Ngọc Ánh", "Dương Văn Minh", "Anh", "Ánh", "Ảnh", "anh", "Ăn", "Âm", "Thôn 10", "Thôn 2",
             "Nguyễn Văn Ơn", "Nguyễn Văn Ôn", "Nguyễn Văn On", "Hòa", "Hoà", "Hóa", "Hoa", "Đỗ", "Do", "Đo"]
    assert sorted(names, key=sort_key) == _collated(names)
    order = sorted(names, key=sort_key)
    assert order.index("Đặng Thị Ngọc Ánh") > order.index("Dương Văn Minh")
    assert abs(order.index("Ánh") - order.index("Anh")) <= 2  # beside it: only tones and case between


def test_sorting_by_name_and_title_follows_vietnamese_order(qtbot, demo_ctx):
    head = _seed(demo_ctx)
    board = _board(qtbot, demo_ctx, head)
    board.table.sortByColumn(LEAD, Qt.SortOrder.AscendingOrder)
    leads = board.column_texts(LEAD)
    assert leads == _collated(leads)
    assert leads.index("Đặng Thị Ngọc Ánh") > leads.index("Dương Văn Minh")
    assert leads[:2] == ["Bùi Thị Lan", "Dương Văn Minh"]
    board.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    # "Anh"/"Ánh" differ by a tone only, so the next word decides (s before v); ă after a, whatever the tones
    assert board.column_texts(TITLE) == ["Ánh sáng đường thôn 2", "Anh văn cho cán bộ", "Ăn ở bán trú",
                                         "Báo cáo hộ nghèo", "Báo cáo thu ngân sách"]
    assert board.column_texts(TITLE) == _collated(TITLES)
    board.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert board.column_texts(TITLE)[0] == "Báo cáo thu ngân sách"
    # a column whose order depends on today does not sort: the order stays
    board.table.sortByColumn(STANDING, Qt.SortOrder.AscendingOrder)
    assert board.column_texts(TITLE)[0] == "Báo cáo thu ngân sách"
    assert board.table.horizontalHeader().sortIndicatorSection() == TITLE


def test_filters_give_the_expected_rows(qtbot, demo_ctx):
    head = _seed(demo_ctx)
    board = _board(qtbot, demo_ctx, head)
    assert board.model.total() == 5
    board.search.setText("bao cao")  # typed without accents
    board.reload()
    assert sorted(board.column_texts(TITLE)) == ["Báo cáo hộ nghèo", "Báo cáo thu ngân sách"]
    board.search.setText("Báo cáo ngân")
    board.reload()
    assert board.column_texts(TITLE) == ["Báo cáo thu ngân sách"]
    board.clear_filters()
    assert board.model.total() == 5
    board.holder_filter.setEditText("duong van")  # the people picker, without accents
    board.reload()
    assert sorted(board.column_texts(TITLE)) == ["Anh văn cho cán bộ", "Báo cáo hộ nghèo"]
    board.clear_filters()
    board.urgency_filter.setCurrentIndex(board.urgency_filter.findData("hoa_toc"))
    assert board.column_texts(TITLE) == ["Báo cáo thu ngân sách"]
    board.clear_filters()
    # given Monday 02/11 with 3, 8, 13, 18 and 23 working days: due 05/11, 12/11, 19/11 (past on 20/11), 26/11, 03/12
    board.overdue_only.setChecked(True)
    assert set(board.column_texts(TITLE)) == {"Anh văn cho cán bộ", "Ánh sáng đường thôn 2", "Báo cáo thu ngân sách"}
    assert all(text.startswith("Quá hạn") for text in board.column_texts(STANDING))
    board.overdue_only.setChecked(False)
    board.due_from.setDate(date(2026, 11, 10))
    board.due_to.setDate(date(2026, 11, 30))
    board.due_range.setChecked(True)
    assert set(board.column_texts(TITLE)) == {"Ánh sáng đường thôn 2", "Báo cáo thu ngân sách", "Ăn ở bán trú"}
    board.due_range.setChecked(False)
    board.state_filter.setCurrentIndex(board.state_filter.findData("done"))
    assert board.column_texts(TITLE) == []
    assert board.count_label.text() == "0 nhiệm vụ."


def test_pages_are_fetched_as_the_board_scrolls_and_a_sort_reads_one_page(qtbot, demo_ctx):
    head = sign(demo_ctx, "chutich")
    people = ["canbo", "Bùi Thị Lan", "Đặng Thị Ngọc Ánh", "Hoàng Đức Long"]
    tasks.add_tasks(demo_ctx, actor=head, tasks=[
        tasks.NewTask(title=f"Việc số {n} {'ăn' if n % 3 else 'an'} {'đường' if n % 2 else 'dương'}",
                      lead=people[n % 4], assigned_on=date(2026, 11, 2), working_days=1 + n % 20)
        for n in range(450)])
    board = _board(qtbot, demo_ctx, head)
    model = board.model
    assert (model.total(), model.rowCount(), model.pages_fetched) == (450, 200, 1)
    board.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    assert model.pages_fetched == 2
    model.fetchMore()
    assert (model.rowCount(), model.canFetchMore(), model.pages_fetched) == (450, False, 3)
    board.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert (model.rowCount(), model.pages_fetched) == (200, 1)  # one page of the new order, not all of them
    model.fetch_all()
    titles = board.column_texts(TITLE)
    assert len(titles) == 450 and len(set(board.column_texts(REF))) == 450
    assert titles == _collated(titles)


def test_an_official_sees_only_his_own_tasks(qtbot, demo_ctx):
    _seed(demo_ctx)
    official = sign(demo_ctx, "canbo")
    window = MainWindow(demo_ctx, official)
    qtbot.addWidget(window)
    assert AREA_TASKS in window.area_keys()
    board = window.area_widget(AREA_TASKS).board
    assert board.column_texts(TITLE) == ["Báo cáo thu ngân sách"]
    assert board.new_button.isHidden() and board.holder_filter.isHidden()
    admin_window = MainWindow(demo_ctx, sign(demo_ctx, "admin"))
    qtbot.addWidget(admin_window)
    assert AREA_TASKS not in admin_window.area_keys()


def test_giving_a_task_from_the_dialog_shows_the_due_day_and_the_board_follows(qtbot, demo_ctx, errors_shown):
    head = sign(demo_ctx, "chutich")
    board = _board(qtbot, demo_ctx, head)
    assert board.new_button.isVisible() and board.model.total() == 0
    dialog = NewTaskDialog(demo_ctx, head, board.people, board)
    qtbot.addWidget(dialog)
    dialog.assigned.setDate(date(2026, 11, 16))
    dialog.days.setValue(5)  # 17–20/11 and Monday 23/11
    assert "23/11/2026" in dialog.due_label.text() and "Thứ Hai" in dialog.due_label.text()
    dialog.by_date.setChecked(True)
    dialog.due_date.setDate(date(2026, 11, 22))  # a Sunday: the next working day
    assert "23/11/2026" in dialog.due_label.text()
    dialog.due_date.setDate(date(2026, 11, 10))
    assert "trước ngày giao" in dialog.due_label.text()
    dialog.by_days.setChecked(True)
    before = count(demo_ctx, "tasks")
    dialog.lead.setEditText("dang thi ngoc")
    dialog.submit()  # no title
    assert errors_shown and "Trích yếu" in errors_shown[-1]
    assert count(demo_ctx, "tasks") == before and dialog.result() == 0
    dialog.title_edit.setText("Kiểm tra công trình nước sạch")
    dialog.source_number.setText("45/UBND-KT")
    dialog.source_issuer.setText("UBND tỉnh Lâm Đồng")
    dialog.co_list.item(0).setCheckState(Qt.CheckState.Checked)  # Bùi Thị Lan
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("khan"))
    dialog.submit()
    assert dialog.result() == 1 and dialog.created is not None
    row = demo_ctx.db.execute("SELECT lead_name, due_on, urgency, source_number FROM tasks").fetchone()
    assert tuple(row) == ("Đặng Thị Ngọc Ánh", "2026-11-23", "khan", "45/UBND-KT")
    assert count(demo_ctx, "task_assignees", "full_name = 'Bùi Thị Lan'") == 1
    assert board.column_texts(TITLE) == ["Kiểm tra công trình nước sạch"]  # from the change notice


def test_a_double_click_opens_one_window_per_task(qtbot, demo_ctx):
    head = _seed(demo_ctx)
    board = _board(qtbot, demo_ctx, head)
    board.table.selectRow(0)
    first = board.open_selected()
    index = board.proxy.index(0, TITLE)
    board.table.doubleClicked.emit(index)
    assert open_windows(demo_ctx) == [first]
    assert first.view.title == board.column_texts(TITLE)[0]
    first.close()


def test_the_board_keeps_its_rows_packed_out_of_the_garbage_collectors_sight(qtbot, demo_ctx):
    import gc

    from lamdong_desktop.ui.tasks.rows import pack, unpack

    _seed(demo_ctx)
    board = _board(qtbot, demo_ctx, sign(demo_ctx, "chutich"))
    model = board.model
    assert model.rowCount() > 0
    gc.collect(0)  # one collection of the youngest generation is enough to untrack a flat tuple
    assert not any(gc.is_tracked(model.record(row)) for row in range(model.rowCount()))
    for row in range(model.rowCount()):  # the summary made again is the one the service gave
        task = model.task(row)
        assert unpack(pack(task)) == task and model.index(row, 0).data(RECORD_ROLE) == task
    chosen = model.task(model.rowCount() - 1)
    assert board.select(chosen.id) and board.selected() == chosen
    assert not board.select("no-such-task")


def test_a_task_waiting_for_its_assigners_confirmation_is_marked_counted_and_filtered(qtbot, demo_ctx):
    """A task an official records as given by the vice-chair waits for him and counts in no KPI: the board says so
    in its row (italic, "chờ xác nhận", a tooltip naming who confirms), under the table, and by a filter."""
    from lamdong_desktop.services import task_steps
    from lamdong_desktop.ui.tasks.model import ITALIC

    head, official, leader = sign(demo_ctx, "chutich"), sign(demo_ctx, "canbo"), sign(demo_ctx, "phochutich")
    waiting = give(demo_ctx, official, "Báo cáo đất công", "canbo", assigner="phochutich", working_days=60)
    given = give(demo_ctx, head, "Rà soát hộ nghèo", "canbo", working_days=60)
    assert waiting.summary.awaiting_confirmation and not given.summary.awaiting_confirmation
    board = _board(qtbot, demo_ctx, head)
    rows = {board.model.task(r).title: r for r in range(board.model.rowCount())}
    marked = board.model.index(rows["Báo cáo đất công"], STANDING)
    plain = board.model.index(rows["Rà soát hộ nghèo"], STANDING)
    assert marked.data() == "Đang làm · chờ xác nhận" and plain.data() == "Đang làm"
    assert marked.data(Qt.ItemDataRole.FontRole) == ITALIC and plain.data(Qt.ItemDataRole.FontRole) is None
    assert "chờ Ka Thị Hương xác nhận; chưa tính vào chỉ tiêu" in marked.data(Qt.ItemDataRole.ToolTipRole)
    title_cell = board.model.index(rows["Báo cáo đất công"], TITLE)
    assert title_cell.data(Qt.ItemDataRole.FontRole) == ITALIC  # the whole row
    assert board.count_label.text() == ("2 nhiệm vụ. 1 nhiệm vụ chờ người giao xác nhận (in nghiêng), chưa tính vào "
                                        "chỉ tiêu.")
    board.awaiting_only.setChecked(True)
    assert [board.model.task(r).title for r in range(board.model.rowCount())] == ["Báo cáo đất công"]
    board.clear_filters()
    assert not board.awaiting_only.isChecked() and board.model.rowCount() == 2

    task_steps.confirm(demo_ctx, actor=leader, task_id=waiting.id)
    board.reload(force=True)
    rows = {board.model.task(r).title: r for r in range(board.model.rowCount())}
    assert board.model.index(rows["Báo cáo đất công"], STANDING).data() == "Đang làm"
    assert board.model.index(rows["Báo cáo đất công"], TITLE).data(Qt.ItemDataRole.FontRole) is None
    assert board.count_label.text() == "2 nhiệm vụ."
