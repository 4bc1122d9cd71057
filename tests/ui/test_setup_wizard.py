"""The first-run wizard: mode, unit search, administrator, and what happens on errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWizard

from lamdong_desktop.domain.units import InstallMode
from lamdong_desktop.services.accounts import list_accounts
from lamdong_desktop.services.context import is_initialized, open_app
from lamdong_desktop.services.setup import initialize
from lamdong_desktop.ui.setup_wizard import PAGE_ADMIN, PAGE_UNIT, SetupWizard
from lamdong_desktop.ui.shared.i18n import vietnamese_collator


@pytest.fixture
def wizard(qtbot, paths):
    wizard = SetupWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def shown_names(page) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def choose_unit(page, name: str) -> None:
    page.search.setText(name)
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            page.table.selectionModel().select(
                page.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{name} not listed")


def fill_admin(page, *, username="quantri", full_name="Lê Quang Vinh", password="matkhau1", again=None):
    page.username.setText(username)
    page.full_name.setText(full_name)
    page.password.setText(password)
    page.password_again.setText(password if again is None else again)


def test_wizard_creates_commune_database(qtbot, wizard, paths):
    wizard.next()
    assert wizard.currentId() == PAGE_UNIT
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing chosen yet
    choose_unit(wizard.unit_page, "Xã Di Linh")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    fill_admin(wizard.admin_page)
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.admin is not None and wizard.admin.username == "quantri"
    assert is_initialized(paths)
    ctx = open_app(paths)
    try:
        assert ctx.unit.name == "Xã Di Linh"
        assert ctx.mode is InstallMode.COMMUNE
        listed = list_accounts(ctx, actor=wizard.admin)
        assert [(a.username, a.full_name) for a in listed] == [("quantri", "Lê Quang Vinh")]
    finally:
        ctx.close()


@pytest.mark.parametrize("typed", ["da lat", "đà lạt", "ĐÀ LẠT", "Da  Lat"])
def test_unit_search_ignores_accents(wizard, typed):
    page = wizard.unit_page
    assert page.proxy.rowCount() == 124
    page.search.setText(typed)
    names = shown_names(page)
    assert len(names) == 5
    assert all("Đà Lạt" in name for name in names)
    assert "5 / 124" in page.count.text()
    assert page.selected_unit() is None and not page.isComplete()  # five left: the user must choose


def test_unit_list_sorted_with_vietnamese_collator(wizard):
    names = shown_names(wizard.unit_page)
    collator = vietnamese_collator()
    assert names == sorted(names, key=collator.sortKey)
    # Vietnamese order (a ă â b c d đ e …), not code points: Đ sits between D and E, not after Z.
    xa = [n[3:] for n in names if n.startswith("Xã ")]
    first_d_stroke = min(i for i, n in enumerate(xa) if n.startswith("Đ"))
    last_d_stroke = max(i for i, n in enumerate(xa) if n.startswith("Đ"))
    assert xa.index("Di Linh") < first_d_stroke
    assert all(n[0] in "ĐEÊGHIKLMNOÔƠPQRSTUƯVXY" for n in xa[first_d_stroke:])
    assert last_d_stroke < len(xa) - 1 and not xa[-1].startswith("Đ")


def test_single_match_is_selected(wizard):
    wizard.next()
    wizard.unit_page.search.setText("phu quy")
    assert wizard.unit_page.selected_unit().name == "Đặc khu Phú Quý"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_province_mode_skips_unit_page(qtbot, wizard, paths):
    wizard.mode_page.province.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    fill_admin(wizard.admin_page, username="bantochuc")
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    ctx = open_app(paths)
    try:
        assert ctx.mode is InstallMode.PROVINCE
        assert ctx.unit.name == "Tỉnh Lâm Đồng"
    finally:
        ctx.close()


def test_password_mismatch_shown_inline(wizard, paths):
    wizard.next()
    choose_unit(wizard.unit_page, "Xã Di Linh")
    wizard.next()
    fill_admin(wizard.admin_page, password="matkhau1", again="matkhau2")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == PAGE_ADMIN
    assert wizard.admin_page.error.isVisible()
    assert wizard.admin_page.error.text() == "Hai lần nhập mật khẩu không khớp nhau."
    assert not is_initialized(paths)
    # Typing again clears the message.
    wizard.admin_page.password_again.setText("matkhau1")
    assert not wizard.admin_page.error.isVisible()


def test_short_password_and_bad_username_shown_inline(wizard, paths):
    wizard.mode_page.province.setChecked(True)
    wizard.next()
    fill_admin(wizard.admin_page, password="1234567")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.admin_page.error.text() == "Mật khẩu quá ngắn: cần ít nhất 8 ký tự."
    fill_admin(wizard.admin_page, username="quản trị")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "Tên đăng nhập “quản trị” không hợp lệ" in wizard.admin_page.error.text()
    assert not is_initialized(paths)


def test_service_error_keeps_wizard_open(qtbot, wizard, paths, errors_shown):
    ctx, _admin = initialize(paths, mode="province", unit=None, admin_username="truoc", admin_password="matkhau1")
    ctx.close()
    wizard.mode_page.province.setChecked(True)
    wizard.next()
    fill_admin(wizard.admin_page)
    with qtbot.waitSignal(wizard.setup_failed, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.result() == 0
    assert errors_shown and "đã được khởi tạo trước đó" in errors_shown[0]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
