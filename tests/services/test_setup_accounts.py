"""First run, sign-in, lockout and account management, through the services the CLI and UI share."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.services import accounts
from lamdong_desktop.services.context import is_initialized, open_app
from lamdong_desktop.services.setup import initialize


def test_initialize_creates_the_unit_settings_and_an_administrator(commune, data_paths):
    ctx, admin = commune
    assert is_initialized(data_paths)
    assert ctx.unit.name == "Xã Di Linh" and ctx.unit.code == "LD021"
    assert ctx.mode == "commune"
    assert admin.roles == {Role.ADMIN}
    assert ctx.db["units"].count == 125  # 124 units and the province


def test_second_initialize_is_refused_and_changes_nothing(commune, data_paths):
    ctx, _ = commune
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = data_paths.database.read_bytes()
    with pytest.raises(DomainError) as err:
        initialize(data_paths, mode="province", unit=None, admin_username="other", admin_password="matkhau2")
    assert err.value.code == "already_initialized"
    assert data_paths.database.read_bytes() == before


def test_province_mode_needs_no_unit(data_paths):
    ctx, _ = initialize(data_paths, mode="province", unit=None, admin_username="tinh", admin_password="abcd1234")
    assert ctx.unit.code == "LD" and ctx.unit.name == "Tỉnh Lâm Đồng"
    ctx.close()


@pytest.mark.parametrize(
    ("mode", "unit", "code"),
    [("commune", None, "unit_required"), ("commune", "Xã Không Có", "unit_not_found"),
     ("county", "Di Linh", "invalid_mode"), ("commune", "Phường", "unit_ambiguous")],
)
def test_bad_set_up_input_writes_nothing(data_paths, mode, unit, code):
    with pytest.raises(DomainError) as err:
        initialize(data_paths, mode=mode, unit=unit, admin_username="admin", admin_password="matkhau1")
    assert err.value.code == code
    assert not data_paths.database.exists()


def test_bad_admin_password_leaves_the_folder_uninitialised(data_paths):
    with pytest.raises(ValidationError):
        initialize(data_paths, mode="commune", unit="Di Linh", admin_username="admin", admin_password="1")
    assert not is_initialized(data_paths)
    ctx, _ = initialize(data_paths, mode="commune", unit="di linh", admin_username="admin",
                        admin_password="matkhau1")  # a retry works
    ctx.close()


def test_sign_in_accepts_the_right_password_only(commune):
    ctx, _ = commune
    actor = accounts.sign_in(ctx, username="ADMIN ", password="matkhau1")
    assert actor.username == "admin"
    with pytest.raises(DomainError) as err:
        accounts.sign_in(ctx, username="admin", password="sai")
    assert err.value.code == "login_failed" and err.value.params["remaining"] == 4


def test_five_wrong_passwords_lock_the_account_with_a_clear_message(commune, monkeypatch):
    ctx, admin = commune
    for remaining in (4, 3, 2, 1):
        with pytest.raises(DomainError) as err:
            accounts.sign_in(ctx, username="admin", password="sai")
        assert err.value.params["remaining"] == remaining
    with pytest.raises(DomainError) as err:
        accounts.sign_in(ctx, username="admin", password="sai")
    assert err.value.code == "account_locked" and err.value.params["minutes"] == 1
    # Even the right password is refused while locked.
    with pytest.raises(DomainError) as err:
        accounts.sign_in(ctx, username="admin", password="matkhau1")
    assert err.value.code == "account_locked"
    assert accounts.list_accounts(ctx, actor=admin)[0].locked_until is not None
    # After the delay the right password works and clears the counter.
    later = clock.now() + timedelta(minutes=2)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert accounts.sign_in(ctx, username="admin", password="matkhau1").username == "admin"
    assert accounts.list_accounts(ctx, actor=admin)[0].locked_until is None


def test_the_delay_grows_with_each_further_failure(commune, monkeypatch):
    ctx, _ = commune
    for _ in range(5):
        with pytest.raises(DomainError):
            accounts.sign_in(ctx, username="admin", password="sai")
    later = clock.now() + timedelta(minutes=1, seconds=5)
    monkeypatch.setattr(clock, "now", lambda: later)
    with pytest.raises(DomainError) as err:
        accounts.sign_in(ctx, username="admin", password="sai-lan-6")
    assert err.value.code == "account_locked" and err.value.params["minutes"] == 2


def test_an_administrator_can_unlock(commune):
    ctx, admin = commune
    accounts.add_account(ctx, actor=admin, username="canbo", full_name="Cán Bộ", password="matkhau1",
                         roles=["can_bo"])
    for _ in range(5):
        with pytest.raises(DomainError):
            accounts.sign_in(ctx, username="canbo", password="sai")
    accounts.unlock(ctx, actor=admin, username="canbo")
    assert accounts.sign_in(ctx, username="canbo", password="matkhau1").username == "canbo"


def test_no_password_is_stored_or_logged_in_clear(data_paths):
    secret, wrong = "SieuBiMat-2026", "SaiMatKhau-xyz"
    ctx, admin = initialize(data_paths, mode="commune", unit="Di Linh", admin_username="admin",
                            admin_password=secret)
    accounts.add_account(ctx, actor=admin, username="thuky", full_name="Thư Ký", password=secret + "b",
                         roles=["thu_ky"])
    accounts.change_password(ctx, actor=admin, username="thuky", new_password=secret + "c")
    with pytest.raises(DomainError):
        accounts.sign_in(ctx, username="admin", password=wrong)
    ctx.close()
    files = [p for p in data_paths.root.rglob("*") if p.is_file()]
    assert data_paths.database in files
    for path in files:
        content = path.read_bytes()
        for clear in (secret, wrong):
            assert clear.encode() not in content, path


def test_only_administrators_manage_accounts(demo):
    ctx, head = demo
    with pytest.raises(PermissionDenied):
        accounts.add_account(ctx, actor=head, username="moi", full_name="Mới", password="matkhau1",
                             roles=["can_bo"])
    with pytest.raises(PermissionDenied):
        accounts.set_roles(ctx, actor=head, username="canbo", roles=["quan_tri"])
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    with pytest.raises(PermissionDenied):
        accounts.change_password(ctx, actor=official, username="chutich", new_password="khac1234")
    accounts.change_password(ctx, actor=official, username="canbo", new_password="moi12345")
    assert accounts.sign_in(ctx, username="canbo", password="moi12345").username == "canbo"


def test_the_last_administrator_cannot_lose_the_role(commune):
    ctx, admin = commune
    with pytest.raises(ValidationError) as err:
        accounts.set_roles(ctx, actor=admin, username="admin", roles=["can_bo"])
    assert err.value.code == "last_admin"
    with pytest.raises(ValidationError):
        accounts.set_disabled(ctx, actor=admin, username="admin", disabled=True)


def test_usernames_are_unique_and_never_reused(commune):
    ctx, admin = commune
    accounts.add_account(ctx, actor=admin, username="canbo", full_name="A", password="matkhau1",
                         roles=["can_bo"])
    with pytest.raises(ValidationError) as err:
        accounts.add_account(ctx, actor=admin, username="CanBo", full_name="B", password="matkhau1",
                             roles=["can_bo"])
    assert err.value.code == "username_taken"


def test_a_disabled_account_cannot_sign_in(commune):
    ctx, admin = commune
    accounts.add_account(ctx, actor=admin, username="canbo", full_name="A", password="matkhau1",
                         roles=["can_bo"])
    accounts.set_disabled(ctx, actor=admin, username="canbo", disabled=True)
    with pytest.raises(DomainError) as err:
        accounts.sign_in(ctx, username="canbo", password="matkhau1")
    assert err.value.code == "account_disabled"


def test_reopening_keeps_everything(commune, data_paths):
    ctx, admin = commune
    accounts.add_account(ctx, actor=admin, username="canbo", full_name="A", password="matkhau1",
                         roles=["can_bo"])
    ctx.close()
    again = open_app(data_paths)
    assert [a.username for a in accounts.list_accounts(again, actor=admin)] == ["admin", "canbo"]
    again.close()
