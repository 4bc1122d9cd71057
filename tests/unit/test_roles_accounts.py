from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from lamdong_desktop.domain.accounts import locked_until, lockout_duration, normalize_username
from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.domain.passwords import hash_password, verify_password
from lamdong_desktop.domain.roles import Permission, Role, parse_roles, permissions_of, require


def test_every_role_exists_with_its_code():
    assert {r.value for r in Role} == {"quan_tri", "nguoi_dung_dau", "lanh_dao", "thu_ky", "can_bo", "tinh"}


def test_parse_roles_accepts_codes_and_labels_without_accents():
    assert parse_roles(["quan_tri,can_bo"]) == {Role.ADMIN, Role.OFFICIAL}
    assert parse_roles(["Người đứng đầu"]) == {Role.HEAD}
    assert parse_roles(["nguoi dung dau", "thu ky"]) == {Role.HEAD, Role.SECRETARY}
    with pytest.raises(ValidationError) as err:
        parse_roles(["giam_doc"])
    assert err.value.code == "role_unknown"
    with pytest.raises(ValidationError):
        parse_roles([""])


def test_only_admins_manage_accounts():
    require({Role.ADMIN}, Permission.MANAGE_ACCOUNTS)
    for role in set(Role) - {Role.ADMIN}:
        with pytest.raises(PermissionDenied):
            require({role}, Permission.MANAGE_ACCOUNTS)


def test_officials_cannot_edit_staff_or_calendar():
    granted = permissions_of({Role.OFFICIAL})
    assert Permission.MANAGE_STAFF not in granted
    assert Permission.MANAGE_CALENDAR not in granted
    assert Permission.MANAGE_STAFF in permissions_of({Role.HEAD})


def test_lockout_starts_at_the_fifth_failure_and_grows():
    assert lockout_duration(4) == timedelta(0)
    assert lockout_duration(5) == timedelta(minutes=1)
    assert lockout_duration(6) == timedelta(minutes=2)
    assert lockout_duration(7) == timedelta(minutes=4)
    assert lockout_duration(30) == timedelta(minutes=60)
    moment = datetime(2026, 11, 28, 9, 0)
    assert locked_until(4, moment) is None
    assert locked_until(5, moment) == moment + timedelta(minutes=1)


def test_usernames_are_ascii_lower_case():
    assert normalize_username("  Admin ") == "admin"
    for bad in ("", "a", "nguyễn", "có space", "x" * 40):
        with pytest.raises(ValidationError):
            normalize_username(bad)


def test_password_hash_is_salted_argon2id_and_verifies():
    first, second = hash_password("matkhau1"), hash_password("matkhau1")
    assert first != second and first.startswith("$argon2id$")
    assert "matkhau1" not in first
    assert verify_password("matkhau1", first)
    assert not verify_password("matkhau2", first)
    assert not verify_password("matkhau1", "garbage")
