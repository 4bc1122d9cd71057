"""Staff and party organisations, calendar corrections, and the demo commune."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts, calendar, staff
from lamdong_desktop.services.demo import DEMO_ACCOUNTS
from tests.services.meeting_support import at


def test_people_and_party_orgs_are_recorded_and_edited(commune):
    ctx, admin = commune
    org = staff.add_party_org(ctx, actor=admin, name="Chi bộ thôn 1").value
    decomposed = unicodedata.normalize("NFD", "Nguyễn  Thị Hồng Nhung")
    person = staff.add_person(ctx, actor=admin, full_name=decomposed, position="Bí thư chi bộ",
                              party_org="chi bo thon 1").value
    assert person.full_name == "Nguyễn Thị Hồng Nhung"  # NFC, spaces folded
    assert person.party_org_name == "Chi bộ thôn 1"
    moved = staff.update_person(ctx, actor=admin, person_id=person.id, full_name=person.full_name,
                                position="Phó Bí thư", party_org=None, expected_version=person.version).value
    assert moved.position == "Phó Bí thư" and moved.party_org_id is None and moved.version == 2
    staff.remove_party_org(ctx, actor=admin, org_id=org.id)
    assert staff.list_party_orgs(ctx, actor=admin) == []
    staff.remove_person(ctx, actor=admin, person_id=person.id)
    assert staff.list_people(ctx, actor=admin) == []
    assert ctx.db["people"].count == 1  # a tombstone stays for the bundles


def test_editing_a_person_changes_only_the_fields_given(commune):
    ctx, admin = commune
    org = staff.add_party_org(ctx, actor=admin, name="Chi bộ Thôn 1").value
    person = staff.add_person(ctx, actor=admin, full_name="Lê Văn Tám", position="Chuyên viên",
                              party_org=org.id, phone="0901", email="tam@example.vn").value
    edited = staff.edit_person(ctx, actor=admin, person_id=person.id, phone="0902").value
    assert (edited.full_name, edited.position, edited.party_org_id, edited.phone, edited.email) == (
        "Lê Văn Tám", "Chuyên viên", org.id, "0902", "tam@example.vn")
    with pytest.raises(NotFound):
        staff.edit_person(ctx, actor=admin, person_id="no-such-id", phone="1")


def test_a_party_org_with_members_cannot_be_removed(commune):
    ctx, admin = commune
    org = staff.add_party_org(ctx, actor=admin, name="Chi bộ Công an").value
    staff.add_person(ctx, actor=admin, full_name="Trương Văn Bình", party_org=org.id)
    with pytest.raises(ValidationError) as err:
        staff.remove_party_org(ctx, actor=admin, org_id=org.id)
    assert err.value.code == "party_org_has_members"


def test_party_org_names_are_unique_ignoring_accents(commune):
    ctx, admin = commune
    staff.add_party_org(ctx, actor=admin, name="Chi bộ Quân sự")
    with pytest.raises(ValidationError) as err:
        staff.add_party_org(ctx, actor=admin, name="chi bo quan su")
    assert err.value.code == "party_org_name_taken"


def test_officials_cannot_edit_staff(demo):
    ctx, _ = demo
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    with pytest.raises(PermissionDenied):
        staff.add_person(ctx, actor=official, full_name="Ai Đó")
    with pytest.raises(PermissionDenied):
        staff.add_party_org(ctx, actor=official, name="Chi bộ mới")


def test_empty_name_is_refused(commune):
    ctx, admin = commune
    with pytest.raises(ValidationError) as err:
        staff.add_person(ctx, actor=admin, full_name="   ")
    assert err.value.code == "text_required" and err.value.params["field"] == "full_name"
    assert staff.list_people(ctx, actor=admin) == []


def test_calendar_corrections_change_due_dates(commune):
    ctx, admin = commune
    assert calendar.due_date(ctx, start=date(2026, 3, 5), working_days=1) == date(2026, 3, 6)
    with at(date(2026, 3, 5)):
        result = calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 6), kind="off", name="Nghỉ thêm").value
    assert not result.replaced
    assert calendar.due_date(ctx, start=date(2026, 3, 5), working_days=1) == date(2026, 3, 9)
    with at(date(2026, 3, 6)):  # today itself may still be corrected
        again = calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 6), kind="off",
                                        name="Nghỉ thêm (sửa)").value
    assert again.replaced
    assert [c.name for c in calendar.list_corrections(ctx, 2026)] == ["Nghỉ thêm (sửa)"]
    with at(date(2026, 3, 6)):
        calendar.remove_correction(ctx, actor=admin, day=date(2026, 3, 6))
    assert calendar.due_date(ctx, start=date(2026, 3, 5), working_days=1) == date(2026, 3, 6)


def test_a_day_gone_is_not_corrected_afterwards(commune):
    """Correcting a past day would rewrite the working days, deadlines and earliness of tasks already done."""
    ctx, admin = commune
    with at(date(2026, 3, 1)):
        calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 6), kind="off", name="Nghỉ thêm")
    before = calendar.list_corrections(ctx, 2026)
    with at(date(2026, 11, 11)):
        for change in (lambda: calendar.set_correction(ctx, actor=admin, day=date(2026, 11, 10), kind="off",
                                                       name="Nghỉ đột xuất"),
                       lambda: calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 6), kind="off",
                                                       name="Sửa lại"),
                       lambda: calendar.remove_correction(ctx, actor=admin, day=date(2026, 3, 6))):
            with pytest.raises(ValidationError) as err:
                change()
            assert err.value.code == "correction_in_past" and "đã qua" in describe(err.value)
    assert calendar.list_corrections(ctx, 2026) == before


def test_calendar_corrections_need_the_permission_and_sense(demo):
    ctx, head = demo
    with at(date(2026, 3, 1)), pytest.raises(PermissionDenied):
        calendar.set_correction(ctx, actor=head, day=date(2026, 3, 6), kind="off", name="x")
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    with at(date(2026, 3, 1)), pytest.raises(ValidationError) as err:
        calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 4), kind="workday", name="x")
    assert err.value.code == "correction_weekday_workday"


@pytest.mark.parametrize(("text", "day"), [("2026-02-13", date(2026, 2, 13)), ("13/02/2026", date(2026, 2, 13)),
                                          ("5/1/2027", date(2027, 1, 5))])
def test_dates_are_read_in_both_forms(text, day):
    assert calendar.parse_date(text) == day


@pytest.mark.parametrize("text", ["", "31/02/2026", "2026-13-01", "hôm nay"])
def test_bad_dates_are_refused(text):
    with pytest.raises(ValidationError):
        calendar.parse_date(text)


def test_demo_has_an_account_for_each_role_and_a_realistic_unit(demo):
    ctx, head = demo
    assert head.username == "chutich" and head.roles == {Role.HEAD}
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    views = accounts.list_accounts(ctx, actor=admin)
    assert {r for v in views for r in v.roles} == set(Role)
    assert {v.username for v in views} == {a.username for a in DEMO_ACCOUNTS}
    for account in DEMO_ACCOUNTS:
        assert accounts.sign_in(ctx, username=account.username, password="demo")
    people = staff.list_people(ctx, actor=head)
    assert len(people) >= 12
    assert any(p.position == "Chủ tịch UBND xã Di Linh" for p in people)
    orgs = staff.list_party_orgs(ctx, actor=head)
    assert any(o.kind is staff.PartyOrgKind.DANG_BO_CO_SO for o in orgs)
    assert sum(1 for p in people if p.party_org_name) >= 10


@pytest.mark.parametrize("existing_folder", [False, True])
def test_a_demo_that_fails_half_way_leaves_nothing_behind(tmp_path, monkeypatch, existing_folder):
    from lamdong_desktop.services import demo_proposals
    from lamdong_desktop.services.context import is_initialized
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    paths = DataPaths(tmp_path / "demo")
    if existing_folder:
        paths.root.mkdir()
        (paths.root / "ghi-chu.txt").write_text("của người dùng", encoding="utf-8")

    def broken(ctx):
        raise OSError("disk full")

    original = demo_proposals.add_demo_proposals
    monkeypatch.setattr(demo_proposals, "add_demo_proposals", broken)
    with pytest.raises(DomainError) as err:  # a Vietnamese message, not a traceback
        create_demo(paths)
    assert err.value.code == "data_dir_unwritable" and err.value.params["path"] == str(paths.root)
    assert not is_initialized(paths) and not paths.database.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging folder left
    if existing_folder:
        assert (paths.root / "ghi-chu.txt").read_text(encoding="utf-8") == "của người dùng"
    else:
        assert not paths.root.exists()
    monkeypatch.setattr(demo_proposals, "add_demo_proposals", original)
    ctx, head = create_demo(paths, proposals=False)  # a new try starts cleanly
    assert head.username == "chutich"
    ctx.close()
