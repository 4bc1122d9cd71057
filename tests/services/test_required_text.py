"""Required text is never blank: a person's or an account's full name, a party organisation's name, a
calendar day's reason. Empty or white-space-only input is refused with a message, never replaced by a
stand-in (the user name used to take the place of an empty full name, and is then printed on documents)."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts, calendar, staff
from lamdong_desktop.services.setup import initialize
from lamdong_desktop.storage import accounts_repo
from lamdong_desktop.storage.paths import DataPaths
from tests.services.meeting_support import at

BLANKS = ["", " ", "     ", "\u3000", "\u00a0\u2003"]  # nothing; spaces; ideographic, no-break, em spaces


@pytest.mark.parametrize("blank", BLANKS)
def test_check_text_required_refuses_blank_and_keeps_real_text(blank):
    with pytest.raises(ValidationError) as err:
        check_text(blank, field="full_name", limit="name", required=True)
    assert err.value.code == "text_required" and err.value.params == {"field": "full_name"}
    assert check_text(blank, field="full_name", limit="name") == ""  # optional fields stay optional
    assert check_text("  Ka  Thị ", field="full_name", limit="name", required=True) == "Ka Thị"


def test_check_text_required_refuses_none():
    with pytest.raises(ValidationError):
        check_text(None, field="full_name", limit="name", required=True)


def test_the_message_names_the_field_and_why_it_matters():
    text = describe(ValidationError("text_required", field="full_name"))
    assert text.startswith("Họ và tên không được để trống") and "in trên văn bản" in text
    assert "Chưa có gì được lưu" in text


@pytest.mark.parametrize("blank", BLANKS)
def test_a_new_account_needs_a_real_full_name(commune, blank):
    ctx, admin = commune
    events = ctx.db["audit_events"].count
    with pytest.raises(ValidationError) as err:
        accounts.add_account(ctx, actor=admin, username="canbo", full_name=blank, password="matkhau1",
                             roles=["can_bo"])
    assert err.value.code == "text_required" and err.value.params["field"] == "full_name"
    assert accounts_repo.by_username(ctx.db, "canbo") is None and ctx.db["audit_events"].count == events


@pytest.mark.parametrize("blank", [" ", "\u3000 "])
def test_staff_names_cannot_be_blanked(commune, blank):
    ctx, admin = commune
    person = staff.add_person(ctx, actor=admin, full_name="Ka Thị Hương").value
    org = staff.add_party_org(ctx, actor=admin, name="Chi bộ Văn phòng").value
    for attempt in (
        lambda: staff.add_person(ctx, actor=admin, full_name=blank),
        lambda: staff.update_person(ctx, actor=admin, person_id=person.id, full_name=blank),
        lambda: staff.edit_person(ctx, actor=admin, person_id=person.id, full_name=blank),
        lambda: staff.add_party_org(ctx, actor=admin, name=blank),
        lambda: staff.update_party_org(ctx, actor=admin, org_id=org.id, name=blank),
    ):
        with pytest.raises(ValidationError) as err:
            attempt()
        assert err.value.code == "text_required"
    assert [p.full_name for p in staff.list_people(ctx, actor=admin)] == ["Ka Thị Hương"]
    assert [o.name for o in staff.list_party_orgs(ctx, actor=admin)] == ["Chi bộ Văn phòng"]


def test_a_blank_party_organisation_means_none(commune):
    ctx, admin = commune
    org = staff.add_party_org(ctx, actor=admin, name="Chi bộ Văn phòng").value
    person = staff.add_person(ctx, actor=admin, full_name="Ka Thị Hương", party_org="  ").value
    assert person.party_org_id is None
    person = staff.edit_person(ctx, actor=admin, person_id=person.id, party_org=org.name).value
    assert person.party_org_id == org.id
    assert staff.edit_person(ctx, actor=admin, person_id=person.id, party_org=" ").value.party_org_id is None


def test_a_calendar_day_needs_its_reason(commune):
    ctx, admin = commune
    with at(date(2026, 3, 1)), pytest.raises(ValidationError) as err:
        calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 6), kind="off", name="  ")
    assert err.value.code == "text_required" and err.value.params["field"] == "correction_name"
    assert calendar.list_corrections(ctx, 2026) == []


@pytest.mark.parametrize("password", [" " * 8, "\t" * 10])
def test_a_password_of_white_space_only_is_refused(commune, password):
    ctx, admin = commune
    with pytest.raises(ValidationError) as err:
        accounts.add_account(ctx, actor=admin, username="canbo", full_name="Cán Bộ", password=password,
                             roles=["can_bo"])
    assert err.value.code == "password_blank"
    with pytest.raises(ValidationError):
        accounts.change_password(ctx, actor=admin, username="admin", new_password=password)
    assert accounts.sign_in(ctx, username="admin", password="matkhau1").username == "admin"


def test_the_first_administrator_gets_a_default_name_only_when_none_is_given(tmp_path):
    ctx, admin = initialize(DataPaths(tmp_path / "a"), mode="province", unit=None, admin_username="tinh",
                            admin_password="matkhau1")
    assert admin.full_name == "Quản trị hệ thống"
    ctx.close()
    with pytest.raises(ValidationError) as err:
        initialize(DataPaths(tmp_path / "b"), mode="province", unit=None, admin_username="tinh",
                   admin_password="matkhau1", admin_full_name="   ")
    assert err.value.code == "text_required"
    assert not (tmp_path / "b" / "lamdong.db").exists()
