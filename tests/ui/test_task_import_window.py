"""The Excel import window: the 200-row list with 3 bad rows (``tests/services/xlsx_support``) shows its column
mapping, 197 rows ready and rows 20, 91 and 153 with their reasons, writes nothing until "Nhập 197 nhiệm vụ", then
gives 197 tasks; the same file again shows 0 new rows and 197 skipped; a column mapped otherwise is read again; an
encrypted or non-xlsx file gets one Vietnamese sentence and no row."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.task_sheet import read_sheet
from lamdong_desktop.ui.kpi.import_window import UNUSED, ImportDialog
from lamdong_desktop.ui.kpi.tables import texts
from lamdong_desktop.ui.main_window import MainWindow
from lamdong_desktop.ui.shared.operations import on_changes

from ..services.xlsx_support import BAD, HEADER_ROW, task_rows, write_list
from .proposal_support import KEPT, settle


def _count(ctx) -> int:
    return ctx.db.execute("SELECT count(*) FROM tasks").fetchone()[0]


def _dialog(qtbot, ctx, username="chutich") -> ImportDialog:
    dialog = ImportDialog(ctx, sign_in(ctx, username=username, password="demo"))
    qtbot.addWidget(dialog)
    dialog.show()
    KEPT.append(dialog)
    return dialog


def _read(qtbot, dialog: ImportDialog, path) -> None:
    dialog.open_file(path)
    settle(qtbot)


def test_the_preview_names_the_bad_rows_and_the_import_gives_the_good_ones(qtbot, demo_ctx, tmp_path):
    path = write_list(tmp_path / "nhiem-vu.xlsx", task_rows())
    before = _count(demo_ctx)
    seen = []
    dialog = _dialog(qtbot, demo_ctx)
    on_changes(demo_ctx, dialog, lambda changes, _origin: seen.append(changes))
    _read(qtbot, dialog, path)
    # the columns as recognised from the headers (a title line and a blank line above them)
    assert dialog.combos["title"].currentText() == "E: Trích yếu"
    assert dialog.combos["lead"].currentText() == "F: Nguoi thuc hien"
    assert dialog.combos["due"].currentText() == "H: Han xu ly"
    assert dialog.combos["assigner"].currentData() == UNUSED
    assert all(c.isEnabled() for c in dialog.combos.values())
    # both a deadline column and a column of working days: the rule is said
    assert "dòng có ngày ở cột H lấy ngày đó làm hạn xử lý" in dialog.message.text()
    assert dialog.ready_model.rowCount() == 197 and dialog.skipped_model.rowCount() == 0
    errors = texts(dialog.error_model)
    assert [int(r[0]) for r in errors] == [n + HEADER_ROW for n in sorted(BAD)] == [20, 91, 153]
    assert "Không có cán bộ “Trần Văn Không Có”" in errors[0][1]
    assert "“Ngày giao” là “31/02/2026”: không đọc được ngày" in errors[1][1]
    assert "trước ngày giao" in errors[2][1]
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Sẵn sàng nhập (197)", "Đã nhập trước đây (0)",
                                                          "Dòng lỗi (3)"]
    first = texts(dialog.ready_model, [0])[0]
    assert first[:3] == ["4", "Nhiệm vụ số 1: rà soát hồ sơ thôn 2", "Bùi Thị Lan"]  # typed "Bui Thi Lan"
    assert dialog.import_button.text() == "Nhập 197 nhiệm vụ" and dialog.import_button.isEnabled()
    assert _count(demo_ctx) == before and not seen  # nothing written yet
    dialog.grab().save(str(tmp_path / "import.png"))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert _count(demo_ctx) == before + 197 and len(dialog.imported.refs) == 197
    assert seen and seen[0].touches("task")  # the change notices reached the views
    # the file read again at once: its rows are now those imported before
    assert dialog.message.text().startswith("Đã nhập 197 nhiệm vụ.")
    assert (dialog.ready_model.rowCount(), dialog.skipped_model.rowCount(), dialog.error_model.rowCount()) == (
        0, 197, 3)
    assert dialog.import_button.text() == "Nhập 0 nhiệm vụ" and not dialog.import_button.isEnabled()
    assert texts(dialog.skipped_model, [0])[0][1].startswith("Đã nhập thành nhiệm vụ NV-")

    again = _dialog(qtbot, demo_ctx)  # a second import of the same file
    _read(qtbot, again, path)
    assert (again.ready_model.rowCount(), again.skipped_model.rowCount()) == (0, 197)
    assert again.tabs.tabText(1) == "Đã nhập trước đây (197)" and not again.import_button.isEnabled()
    assert _count(demo_ctx) == before + 197


def test_a_column_mapped_otherwise_is_read_again(qtbot, demo_ctx, tmp_path):
    path = write_list(tmp_path / "nhiem-vu.xlsx", task_rows(20, bad={}))
    dialog = _dialog(qtbot, demo_ctx)
    _read(qtbot, dialog, path)
    assert dialog.ready_model.rowCount() == 20
    # without the "Hạn xử lý" column, the rows that gave only a date have no deadline (the even ones)
    combo = dialog.combos["due"]
    combo.setCurrentIndex(combo.findData(UNUSED))
    settle(qtbot)
    assert "due" not in dialog.preview.mapping
    assert dialog.ready_model.rowCount() == 10 and dialog.error_model.rowCount() == 10
    assert {r[1] for r in texts(dialog.error_model)} == {
        "Thiếu hạn xử lý: cần “Hạn xử lý” (một ngày) hoặc “Số ngày làm việc”."}
    # without the title, no row at all, and a sentence saying which column is missing
    title = dialog.combos["title"]
    title.setCurrentIndex(title.findData(UNUSED))
    settle(qtbot)
    assert "thiếu cột: Trích yếu" in dialog.message.text()
    assert dialog.ready_model.rowCount() == dialog.error_model.rowCount() == 0
    assert not dialog.import_button.isEnabled() and title.isEnabled()
    title.setCurrentIndex(title.findData(4))
    settle(qtbot)
    assert dialog.ready_model.rowCount() == 10


@pytest.mark.parametrize(("content", "words"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le"), "được đặt mật khẩu"),
    ("Trích yếu;Người thực hiện\n".encode(), "không phải bảng tính Excel .xlsx"),
])
def test_an_encrypted_or_non_xlsx_file_gets_one_sentence_and_no_row(qtbot, demo_ctx, tmp_path, content, words):
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(content)
    before = _count(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    _read(qtbot, dialog, path)
    text = dialog.message.text()
    with pytest.raises(ValidationError) as refused:
        read_sheet(path)
    assert text == describe(refused.value)  # the service's one sentence, nothing more
    assert words in text and str(path) in text and text.endswith(".") and "\n" not in text
    assert dialog.ready_model.rowCount() == dialog.skipped_model.rowCount() == dialog.error_model.rowCount() == 0
    assert not dialog.import_button.isEnabled() and not dialog.combos["title"].isEnabled()
    assert _count(demo_ctx) == before


def test_the_menu_action_opens_the_window_for_those_who_give_tasks(qtbot, demo_ctx):
    window = MainWindow(demo_ctx, sign_in(demo_ctx, username="phochutich", password="demo"))
    qtbot.addWidget(window)
    KEPT.append(window)
    assert window.import_tasks_action.isVisible()
    opened = window.open_task_import()
    KEPT.append(opened)
    assert isinstance(opened, ImportDialog) and opened.windowTitle() == "Nhập danh sách nhiệm vụ từ Excel"
    opened.close()
    settle(qtbot)


def test_a_row_imported_before_with_another_deadline_says_what_differs(qtbot, demo_ctx, tmp_path):
    rows = task_rows(6, bad={})
    before = _count(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    _read(qtbot, dialog, write_list(tmp_path / "a.xlsx", rows))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert _count(demo_ctx) == before + 6
    changed = [list(r) for r in rows]
    changed[1][7] = changed[1][7] + timedelta(days=2)  # the second row (n=2): its due date moved
    _read(qtbot, dialog, write_list(tmp_path / "b.xlsx", changed))
    reasons = dict((r[0], r[-1]) for r in texts(dialog.skipped_model))
    assert len(reasons) == 6 and "khác Hạn xử lý (" in reasons[str(HEADER_ROW + 2)]
    assert "không thay đổi" in reasons[str(HEADER_ROW + 2)] and "khác" not in reasons[str(HEADER_ROW + 1)]
    assert _count(demo_ctx) == before + 6


def test_two_columns_for_the_title_are_refused_in_the_window(qtbot, demo_ctx, tmp_path):
    from ..services.xlsx_support import HEADERS

    headers = [*HEADERS[:3], "Trích yếu", *HEADERS[4:]]  # "Cơ quan ban hành" renamed: two titles
    before = _count(demo_ctx)
    dialog = _dialog(qtbot, demo_ctx)
    _read(qtbot, dialog, write_list(tmp_path / "hai-cot.xlsx", task_rows(3, bad={}), headers))
    assert "“Trích yếu”: cột D (“Trích yếu”) và cột E (“Trích yếu”)" in dialog.message.text()
    assert dialog.ready_model.rowCount() == 0 and _count(demo_ctx) == before
