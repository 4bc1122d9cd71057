"""Every input boundary refuses control characters, bidi overrides and over-long text, and saves nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, Participant, ProposalContent, Section
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts, attachments, calendar, proposal_history, proposals, staff
from tests.services.meeting_support import at

RLO = "\u202e"  # right-to-left override: "hồ sơ\u202efdp.exe" reads as "hồ sơexe.pdf"


@pytest.fixture
def unit(demo):
    ctx, head = demo
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    org = next(o for o in staff.list_party_orgs(ctx, actor=admin) if o.name == "Chi bộ thôn 1")
    return ctx, {"canbo": official, "admin": admin, "chutich": head}, org


def full(org_id: str) -> ProposalContent:
    return ProposalContent(
        title="Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất",
        sections={s: f"Nội dung mục {s.value}.\n\tĐoạn thứ hai." for s in Section},
        indicators=(Indicator("Hồ sơ được xử lý", "hồ sơ", "45", "90", date(2026, 12, 31)),),
        criteria={c: Assessment(True, "Đáp ứng.") for c in Criterion},
        conflict_declared=False, field="dat_dai", party_org_id=org_id,
        participants=(Participant("K'Brơi Ngọc Sơn", "Chuyên viên"),),
    )


def _bad_contents(org_id: str) -> list[tuple[str, ProposalContent]]:
    good = full(org_id)
    return [
        ("title", replace(good, title="Tên\x00đề xuất")),
        ("title", replace(good, title="x" * 301)),
        ("section:bottleneck", replace(good, sections={**good.sections, Section.BOTTLENECK: f"Điểm {RLO}nghẽn"})),
        ("section:solution", replace(good, sections={**good.sections, Section.SOLUTION: "y" * 20_001})),
        ("indicator:1:unit", replace(good, indicators=(Indicator("Hồ sơ", "hồ\x1b[31msơ", "1", "2"),))),
        ("criterion:urgency",
         replace(good, criteria={**good.criteria, Criterion.URGENCY: Assessment(True, "Lý do\u2066")})),
        ("conflict_details", replace(good, conflict_declared=True, conflict_details="z" * 5_001)),
        ("participant:1:name", replace(good, participants=(Participant("Nguyễn\u200fVăn A"),))),
        ("participant:1:position", replace(good, participants=(Participant("Nguyễn Văn A", "Chuyên\tviên"),))),
    ]


def test_proposal_content_is_checked_when_a_draft_is_created(unit):
    ctx, users, org = unit
    for field, content in _bad_contents(org.id):
        with pytest.raises(ValidationError) as err:
            proposals.create_draft(ctx, actor=users["canbo"], content=content)
        assert err.value.code in ("text_control_chars", "text_too_long"), field
        assert err.value.params["field"] == field
        assert "chưa có gì được lưu" in describe(err.value).lower()
    assert proposals.list_proposals(ctx, actor=users["canbo"]) == []  # nothing half written


def test_proposal_content_is_checked_when_a_draft_is_saved(unit):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    for field, content in _bad_contents(org.id):
        with pytest.raises(ValidationError) as err:
            proposals.update_content(ctx, actor=users["canbo"], proposal_id=draft.id, content=content)
        assert err.value.params["field"] == field
    again = proposals.get(ctx, draft.id, actor=users["canbo"])
    assert again.summary.version == draft.summary.version and again.content == draft.content


def test_an_indicator_date_outside_the_sane_range_is_refused(unit):
    ctx, users, org = unit
    content = replace(full(org.id), indicators=(Indicator("Hồ sơ", "hồ sơ", "1", "2", date(9999, 12, 31)),))
    with pytest.raises(ValidationError) as err:
        proposals.create_draft(ctx, actor=users["canbo"], content=content)
    assert err.value.code == "date_out_of_range" and "31/12/9999" in describe(err.value)
    assert proposals.list_proposals(ctx, actor=users["canbo"]) == []


def test_multiline_sections_keep_their_tabs_and_paragraphs(unit):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    assert draft.content.sections[Section.NECESSITY] == "Nội dung mục necessity.\nĐoạn thứ hai."


@pytest.mark.parametrize("action", ["return", "withdraw"])
def test_reasons_are_checked(unit, action):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    if action == "return":
        submitted = proposals.submit(ctx, actor=users["canbo"], proposal_id=draft.id).value
        call = lambda reason: proposals.return_for_revision(  # noqa: E731
            ctx, actor=users["chutich"], proposal_id=submitted.id, reason=reason)
    else:
        call = lambda reason: proposals.withdraw(  # noqa: E731
            ctx, actor=users["canbo"], proposal_id=draft.id, reason=reason)
    before = proposals.get(ctx, draft.id, actor=users["canbo"])
    with pytest.raises(ValidationError) as err:
        call(f"Lý do {RLO}ẩn")
    assert err.value.params["field"] == "reason" and describe(err.value).startswith("Lý do có ký tự")
    with pytest.raises(ValidationError) as err:
        call("r" * 2_001)
    assert err.value.code == "text_too_long"
    assert proposals.get(ctx, draft.id, actor=users["canbo"]).summary.version == before.summary.version
    canbo = users["canbo"]
    assert proposal_history.transitions(ctx, draft.id, actor=canbo) == proposal_history.transitions(
        ctx, before.id, actor=canbo)
    done = call("Trùng nội dung\nvới đề xuất khác").value
    assert done.last_reason == "Trùng nội dung\nvới đề xuất khác"


def test_attachment_names_with_a_bidi_override_are_refused_before_copying(unit, tmp_path):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    source = tmp_path / f"hoso{RLO}fdp.exe"
    source.write_bytes(b"MZ")
    with pytest.raises(ValidationError) as err:
        attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=source)
    assert err.value.params["field"] == "filename"
    assert attachments.list_attachments(ctx, draft.id, actor=users["canbo"]) == []
    assert not any((ctx.paths.attachments).rglob("*")) or all(p.is_dir() for p in ctx.paths.attachments.rglob("*"))


def test_search_text_is_checked(unit):
    ctx, users, _org = unit
    with pytest.raises(ValidationError) as err:
        proposals.search(ctx, "đất\x00đai", actor=users["canbo"])
    assert err.value.params["field"] == "query"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"full_name": "Lê\x07Văn Tám"}, "full_name"),
        ({"full_name": "L" * 201}, "full_name"),
        ({"full_name": "Lê Văn Tám", "position": f"Chuyên viên{RLO}"}, "position"),
        ({"full_name": "Lê Văn Tám", "phone": "0901 234 567 890 123 456 789 0123"}, "phone"),
        ({"full_name": "Lê Văn Tám", "email": "tam\r\n@example.vn"}, "email"),
    ],
)
def test_staff_fields_are_checked_on_add_and_edit(unit, kwargs, field):
    ctx, users, _org = unit
    before = len(staff.list_people(ctx, actor=users["admin"]))
    with pytest.raises(ValidationError) as err:
        staff.add_person(ctx, actor=users["admin"], **kwargs)
    assert err.value.params["field"] == field
    assert len(staff.list_people(ctx, actor=users["admin"])) == before
    person = staff.list_people(ctx, actor=users["admin"])[0]
    edit = {k: v for k, v in kwargs.items() if k != "full_name" or field == "full_name"}
    with pytest.raises(ValidationError):
        staff.edit_person(ctx, actor=users["admin"], person_id=person.id, **edit)
    assert next(p for p in staff.list_people(ctx, actor=users["admin"]) if p.id == person.id) == person


def test_party_org_names_are_checked(unit):
    ctx, users, org = unit
    with pytest.raises(ValidationError) as err:
        staff.add_party_org(ctx, actor=users["admin"], name="Chi bộ\x00thôn 9")
    assert describe(err.value).startswith("Tên tổ chức đảng có ký tự không được phép")
    with pytest.raises(ValidationError) as err:
        staff.update_party_org(ctx, actor=users["admin"], org_id=org.id, name="C" * 201)
    assert err.value.code == "text_too_long"
    assert next(o for o in staff.list_party_orgs(ctx, actor=users["admin"]) if o.id == org.id).name == "Chi bộ thôn 1"


def test_account_full_names_are_checked(unit):
    ctx, users, _org = unit
    with pytest.raises(ValidationError) as err:
        accounts.add_account(ctx, actor=users["admin"], username="lan", full_name=f"Bùi Thị {RLO}Lan",
                             password="matkhau1", roles=["can_bo"])
    assert err.value.params["field"] == "full_name"
    assert "lan" not in [a.username for a in accounts.list_accounts(ctx, actor=users["admin"])]


def test_calendar_correction_names_and_dates_are_checked(unit):
    ctx, users, _org = unit
    with at(date(2026, 1, 1)), pytest.raises(ValidationError) as err:
        calendar.set_correction(ctx, actor=users["admin"], day=date(2026, 1, 2), kind="off", name="Nghỉ\x1bbù")
    assert describe(err.value).startswith("Tên ngày nghỉ (lý do điều chỉnh lịch) có ký tự")
    with at(date(2026, 1, 1)), pytest.raises(ValidationError) as err:
        calendar.set_correction(ctx, actor=users["admin"], day=date(2026, 1, 2), kind="off", name="N" * 201)
    assert err.value.code == "text_too_long"
    assert calendar.list_corrections(ctx) == []


@pytest.mark.parametrize("typed", ["9999-12-30", "30/12/9999", "01/01/0001", "1899-12-31", "2101-01-01"])
def test_typed_dates_outside_the_sane_range_give_a_message(typed):
    with pytest.raises(ValidationError) as err:
        calendar.parse_date(typed)
    assert err.value.code == "date_out_of_range"
    assert describe(err.value) == (
        f"Ngày “{typed}” nằm ngoài khoảng chương trình xử lý (01/01/1900 – 31/12/2100)."
    )


@pytest.mark.parametrize("typed", ["99999-01-01", "31/02/2026", "1/1/99999999999999999999", "hôm nay"])
def test_impossible_dates_give_a_message(typed):
    with pytest.raises(ValidationError) as err:
        calendar.parse_date(typed)
    assert err.value.code == "date_invalid"
