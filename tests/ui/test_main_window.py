"""The main window: title, areas by role, the unit's staff, accounts, the calendar, the About box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from lamdong_desktop import __version__
from lamdong_desktop.services import calendar, staff
from lamdong_desktop.services.accounts import list_accounts, sign_in
from lamdong_desktop.ui.main_window import (
    AREA_ACCOUNTS,
    AREA_CALENDAR,
    AREA_PROPOSALS,
    AREA_QUEUE,
    AREA_UNIT,
    MainWindow,
)
from lamdong_desktop.ui.shared import dialogs as shared_dialogs
from lamdong_desktop.ui.shared.i18n import vietnamese_collator

_open: list[MainWindow] = []


@pytest.fixture(autouse=True)
def _keep_windows_alive():
    """qtbot holds widgets weakly: a window only reachable through its own lambdas would be collected."""
    yield
    _open.clear()


def window_actor(ctx):
    """The head, who reads the unit's staff."""
    return sign_in(ctx, username="chutich", password="demo")


def open_window(qtbot, ctx, username: str) -> MainWindow:
    actor = sign_in(ctx, username=username, password="demo")
    window = MainWindow(ctx, actor)
    qtbot.addWidget(window)
    window.show()
    _open.append(window)
    return window


def column(proxy, col: int = 0) -> list[str]:
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def test_admin_manages_the_unit_accounts_and_calendar_but_reads_no_proposals(qtbot, demo_ctx):
    window = open_window(qtbot, demo_ctx, "admin")
    assert window.windowTitle() == "Lâm Đồng — Xã Di Linh"
    assert window.area_titles() == ["Đơn vị", "Tài khoản", "Lịch làm việc"]
    assert window.stack.currentWidget() is window.area_widget(AREA_UNIT)
    assert window.user_label.text() == "Đăng nhập: Lê Quang Vinh (admin) — Quản trị"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    # The check of a paper or a signed PDF needs no proposal; the Báo cáo menu holds his own record.
    assert menus == ["Tệp", "Công cụ", "Báo cáo", "Trợ giúp"]
    # His own record (he is a member of staff too), never the unit's yearly review.
    assert window.own_record_action.isVisible() and not window.review_action.isVisible()


def test_official_has_no_accounts_area_and_no_edit_buttons(qtbot, demo_ctx):
    window = open_window(qtbot, demo_ctx, "canbo")
    assert window.area_titles() == ["Việc cần xử lý", "Đề xuất", "Nhiệm vụ", "Đơn vị", "Lịch làm việc"]
    assert AREA_ACCOUNTS not in window.area_keys()
    unit = window.show_area(AREA_UNIT)
    assert not unit.people.add_button.isVisible() and not unit.orgs.remove_button.isVisible()
    cal = window.show_area(AREA_CALENDAR)
    assert not cal.add_button.isVisible()
    assert "Cán bộ, công chức" in window.user_label.text()


def test_head_may_edit_staff(qtbot, demo_ctx):
    window = open_window(qtbot, demo_ctx, "chutich")
    unit = window.show_area(AREA_UNIT)
    assert unit.people.add_button.isVisible()
    assert "Người đứng đầu" in window.user_label.text()


def test_areas_are_built_when_first_shown(qtbot, demo_ctx):
    window = open_window(qtbot, demo_ctx, "chutich")
    assert set(window._built) == {AREA_QUEUE}  # what waits for the head comes first
    assert window.area_titles() == ["Việc cần xử lý", "Đề xuất", "Họp và quyết định", "Nhiệm vụ", "Chỉ tiêu",
                                    "Đơn vị", "Lịch làm việc"]
    window.nav.setCurrentRow(window.area_keys().index(AREA_CALENDAR))
    assert set(window._built) == {AREA_QUEUE, AREA_CALENDAR}
    assert window.stack.currentWidget() is window.area_widget(AREA_CALENDAR)


def test_staff_table_sorted_in_vietnamese(qtbot, demo_ctx):
    unit = open_window(qtbot, demo_ctx, "chutich").area_widget(AREA_UNIT)
    names = column(unit.people.proxy)
    assert len(names) == len(staff.list_people(demo_ctx, actor=window_actor(demo_ctx)))
    assert names == sorted(names, key=vietnamese_collator().sortKey)
    assert names.index("Bùi Thị Lan") < names.index("Đặng Thị Ngọc Ánh") < names.index("Hoàng Đức Long")


def test_staff_search_ignores_accents(qtbot, demo_ctx):
    unit = open_window(qtbot, demo_ctx, "chutich").area_widget(AREA_UNIT)
    unit.people.search.setText("chi bo quan su")
    assert column(unit.people.proxy) == ["Ngô Minh Khôi"]


def test_add_person_through_dialog(qtbot, demo_ctx, on_modal):
    unit = open_window(qtbot, demo_ctx, "chutich").area_widget(AREA_UNIT)
    before = unit.people.proxy.rowCount()

    def fill(dialog):
        dialog.full_name.setText("Hà Thị Thu")
        dialog.position.setText("Công chức Tư pháp - Hộ tịch")
        dialog.party_org.setCurrentIndex(dialog.party_org.findText("Chi bộ Cơ quan Ủy ban nhân dân"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    on_modal(fill)
    unit.people.add_button.click()
    assert unit.people.proxy.rowCount() == before + 1
    added = next(p for p in staff.list_people(demo_ctx, actor=window_actor(demo_ctx)) if p.full_name == "Hà Thị Thu")
    assert added.party_org_name == "Chi bộ Cơ quan Ủy ban nhân dân"
    assert "Hà Thị Thu" in column(unit.people.proxy)


def test_person_dialog_error_keeps_it_open(qtbot, demo_ctx, errors_shown):
    from lamdong_desktop.ui.unit.staff_dialogs import PersonDialog

    actor = sign_in(demo_ctx, username="chutich", password="demo")
    dialog = PersonDialog(demo_ctx, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # no name
    assert len(errors_shown) == 1 and errors_shown[0].startswith("Họ và tên không được để trống")
    assert dialog.isVisible()


def test_edit_and_remove_person(qtbot, demo_ctx, on_modal, answer_yes):
    unit = open_window(qtbot, demo_ctx, "chutich").area_widget(AREA_UNIT)
    row = column(unit.people.proxy).index("Bùi Thị Lan")
    unit.people.table.selectRow(row)

    def rename(dialog):
        dialog.position.setText("Phó Trưởng phòng Văn hóa - Xã hội")
        dialog.accept()

    on_modal(rename)
    unit.people.edit_button.click()
    people = staff.list_people(demo_ctx, actor=window_actor(demo_ctx))
    assert any(p.position == "Phó Trưởng phòng Văn hóa - Xã hội" for p in people)
    unit.people.table.selectRow(column(unit.people.proxy).index("Bùi Thị Lan"))
    unit.people.remove_button.click()
    assert answer_yes == ["Xóa “Bùi Thị Lan” khỏi danh sách cán bộ?"]
    assert "Bùi Thị Lan" not in column(unit.people.proxy)


def test_party_org_with_members_cannot_be_removed(qtbot, demo_ctx, answer_yes, errors_shown):
    unit = open_window(qtbot, demo_ctx, "chutich").area_widget(AREA_UNIT)
    orgs = unit.orgs
    orgs.table.selectRow(column(orgs.proxy).index("Chi bộ Quân sự"))
    assert orgs.proxy.index(orgs.table.currentIndex().row(), 2).data() == "1"
    orgs.remove_button.click()
    assert errors_shown == ["Không thể xóa “Chi bộ Quân sự”: vẫn còn cán bộ thuộc tổ chức này."]


def test_accounts_area_adds_and_unlocks(qtbot, demo_ctx, on_modal):
    from lamdong_desktop.domain.errors import DomainError

    window = open_window(qtbot, demo_ctx, "admin")
    view = window.area_widget(AREA_ACCOUNTS)
    assert "chutich" in column(view.proxy)

    def fill(dialog):
        dialog.username.setText("tuphap")
        dialog.full_name.setText("Hà Thị Thu")
        dialog.password.setText("matkhau1")
        dialog.password_again.setText("matkhau1")
        dialog.accept()

    on_modal(fill)
    view.add_button.click()
    assert "tuphap" in column(view.proxy)
    listed = list_accounts(demo_ctx, actor=window.actor)
    assert any(a.username == "tuphap" and a.full_name == "Hà Thị Thu" for a in listed)

    for _ in range(5):
        with pytest.raises(DomainError):
            sign_in(demo_ctx, username="thuky", password="sai")
    view.reload()
    view.table.selectRow(column(view.proxy).index("thuky"))
    assert view.proxy.index(view.table.currentIndex().row(), 3).data().startswith("Tạm khóa đến ")
    assert view.unlock_button.isEnabled()
    view.unlock_button.click()
    assert sign_in(demo_ctx, username="thuky", password="demo").username == "thuky"


def test_new_account_password_mismatch_inline(qtbot, demo_ctx):
    from lamdong_desktop.ui.accounts.dialogs import NewAccountDialog

    dialog = NewAccountDialog(demo_ctx, sign_in(demo_ctx, username="admin", password="demo"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("moi")
    dialog.password.setText("matkhau1")
    dialog.password_again.setText("matkhau9")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "Hai lần nhập mật khẩu không khớp nhau."


def test_new_account_with_a_blank_full_name_is_refused_inline(qtbot, demo_ctx):
    """The service refuses it, so the window says so too (and does not fall back to the user name)."""
    from lamdong_desktop.storage import accounts_repo
    from lamdong_desktop.ui.accounts.dialogs import NewAccountDialog

    dialog = NewAccountDialog(demo_ctx, sign_in(demo_ctx, username="admin", password="demo"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("moi")
    dialog.full_name.setText("   ")
    dialog.password.setText("matkhau1")
    dialog.password_again.setText("matkhau1")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text().startswith("Họ và tên không được để trống")
    assert accounts_repo.by_username(demo_ctx.db, "moi") is None


def test_last_admin_cannot_be_disabled(qtbot, demo_ctx, answer_yes, errors_shown):
    view = open_window(qtbot, demo_ctx, "admin").area_widget(AREA_ACCOUNTS)
    view.table.selectRow(column(view.proxy).index("admin"))
    view.disable_button.click()
    assert errors_shown and "quản trị viên cuối cùng" in errors_shown[0]


def test_calendar_area_and_due_date(qtbot, demo_ctx):
    from datetime import date

    from PySide6.QtCore import QDate

    cal = open_window(qtbot, demo_ctx, "admin").show_area(AREA_CALENDAR)
    cal.year.setValue(2026)
    days = column(cal.proxy)
    assert "01/01/2026" in days and "02/09/2026" in days
    assert column(cal.proxy, 1)[days.index("01/01/2026")] == "Thứ Năm"
    cal.start.setDate(QDate(2026, 2, 12))
    cal.days.setValue(5)
    expected = calendar.due_date(demo_ctx, start=date(2026, 2, 12), working_days=5)
    assert cal.compute_due_date() == expected
    assert cal.result.text().endswith(expected.strftime("%d/%m/%Y"))
    assert expected > date(2026, 2, 20)  # Tết is not counted


def test_admin_adds_and_removes_a_correction(qtbot, demo_ctx, on_modal, answer_yes):
    from PySide6.QtCore import QDate

    cal = open_window(qtbot, demo_ctx, "admin").show_area(AREA_CALENDAR)
    cal.year.setValue(2026)

    def fill(dialog):
        dialog.day.setDate(QDate(2026, 12, 31))
        dialog.name.setText("Nghỉ cuối năm theo quyết định của tỉnh")
        dialog.accept()

    on_modal(fill)
    cal.add_button.click()
    days = column(cal.proxy)
    row = days.index("31/12/2026")
    assert column(cal.proxy, 4)[row] == "Điều chỉnh riêng"
    assert column(cal.proxy, 2)[row] == "Ngày nghỉ"
    cal.table.selectRow(row)
    assert cal.remove_button.isEnabled()
    cal.remove_button.click()
    assert "31/12/2026" not in column(cal.proxy)
    assert calendar.list_corrections(demo_ctx, 2026) == []


def test_about_box_shows_version_and_data_folder(qtbot, demo_ctx, demo_paths):
    window = open_window(qtbot, demo_ctx, "chutich")
    box = window.about_box()
    qtbot.addWidget(box)
    assert __version__ in box.text()
    assert str(demo_paths.root) in box.text()
    assert box.windowTitle() == "Giới thiệu"
    assert [b.text() for b in box.buttons()] == ["Đóng"]


def test_change_own_password(qtbot, demo_ctx, on_modal):
    window = open_window(qtbot, demo_ctx, "canbo")

    def fill(dialog):
        dialog.old_password.setText("demo")
        dialog.password.setText("moi12345")
        dialog.password_again.setText("moi12345")
        dialog.accept()

    on_modal(fill)
    window.change_own_password()
    assert sign_in(demo_ctx, username="canbo", password="moi12345").username == "canbo"


def test_switch_user_rebuilds_the_areas_for_the_new_person(qtbot, demo_ctx):
    window = open_window(qtbot, demo_ctx, "admin")
    assert AREA_ACCOUNTS in window.area_keys()
    menu = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Đổi người dùng…" in menu
    # cancelled: nothing changes
    assert not window.switch_user(login=lambda: None)
    assert window.actor.username == "admin" and AREA_ACCOUNTS in window.area_keys()
    official = sign_in(demo_ctx, username="canbo", password="demo")
    assert window.switch_user(login=lambda: official)
    assert window.area_titles() == ["Việc cần xử lý", "Đề xuất", "Nhiệm vụ", "Đơn vị", "Lịch làm việc"]
    assert window.user_label.text() == "Đăng nhập: K'Brơi Ngọc Sơn (canbo) — Cán bộ, công chức"
    first = window.stack.currentWidget()
    assert first is window.area_widget(AREA_QUEUE) and first.actor.username == "canbo"
    view = window.area_widget(AREA_PROPOSALS)
    assert view.actor.username == "canbo"
    assert view.new_button.isVisibleTo(view) and window.stack.count() == 5


def test_switch_user_keeps_an_unsaved_proposal_when_its_window_refuses_to_close(qtbot, demo_ctx, monkeypatch):
    from lamdong_desktop.ui.proposals import dialogs as proposal_dialogs

    window = open_window(qtbot, demo_ctx, "canbo")
    draft = window.area_widget(AREA_PROPOSALS).new_proposal()
    qtbot.addWidget(draft)
    draft.title_edit.setText("Một dự thảo chưa lưu")
    monkeypatch.setattr(proposal_dialogs, "ask_unsaved", lambda _parent: shared_dialogs.CANCEL)
    asked = []
    assert not window.switch_user(login=lambda: asked.append(1))
    assert asked == [] and window.actor.username == "canbo" and draft.isVisible()
    monkeypatch.setattr(proposal_dialogs, "ask_unsaved", lambda _parent: shared_dialogs.DISCARD)
    head = sign_in(demo_ctx, username="chutich", password="demo")
    assert window.switch_user(login=lambda: head) and window.actor.username == "chutich"


def test_windows_fit_a_1366x768_laptop_screen(qtbot, demo_ctx):
    """Many commune offices work on 1366×768 laptops: no window may need more than that."""
    from lamdong_desktop.services import proposals
    from lamdong_desktop.ui.shared.layout import SCREEN_SHARE

    room_w, room_h = int(1366 * SCREEN_SHARE), int(768 * SCREEN_SHARE)
    for username in ("admin", "chutich"):  # the administrator has no proposals area: the head has them all
        window = open_window(qtbot, demo_ctx, username)
        for key in window.area_keys():
            window.show_area(key)
            hint = window.minimumSizeHint()
            assert hint.width() <= room_w and hint.height() <= room_h, (key, hint)
    first = proposals.list_proposals(demo_ctx, actor=window.actor)[0]
    editor = window.area_widget(AREA_PROPOSALS).open_proposal(first.id)
    qtbot.addWidget(editor)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        assert editor.minimumSizeHint().width() <= room_w and editor.minimumSizeHint().height() <= room_h
    # Opened on a smaller screen (the offscreen one), the preferred sizes shrink to fit it.
    screen = window.screen().availableGeometry()
    assert window.height() <= screen.height() * SCREEN_SHARE and editor.height() <= screen.height() * SCREEN_SHARE
