"""The document register through its services and its storage call: no number skipped, none reused.

Every test pins the clock to 31/12/2026, so that the dates of issue are never "in the future".
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.proposals import ProposalContent
from lamdong_desktop.domain.register import Authority, DocType, EntryDraft, EntryState, council_sequence
from lamdong_desktop.services import accounts, proposals, register, staff
from lamdong_desktop.services.changes import REGISTER
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage import register_repo
from lamdong_desktop.storage.records import SYSTEM

ROLES = ("admin", "chutich", "phochutich", "thuky", "canbo", "tinh")
DAY = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _end_of_2026():
    with clock.pinned(datetime(2026, 12, 31, 9, 0, tzinfo=clock.VN_TZ)):
        yield


@pytest.fixture
def office(demo):
    ctx, _ = demo
    users = {name: accounts.sign_in(ctx, username=name, password="demo") for name in ROLES}
    return ctx, users


def _issue(ctx, actor, **changes):
    fields = {"doc_type": DocType.DECISION, "title": "Về việc phê duyệt đề xuất đổi mới", "issued_on": DAY,
              "signer_name": "Nguyễn Văn Hùng", "signer_title": "Chủ tịch", "authority": Authority.NONE}
    return register.issue(ctx, actor=actor, **{**fields, **changes})


def _draft(**changes):
    fields = {"doc_type": DocType.DECISION, "title": "Về việc phê duyệt", "issued_on": DAY,
              "signer_name": "Nguyễn Văn Hùng", "signer_title": "Chủ tịch"}
    return EntryDraft(**{**fields, **changes})


def _numbers(ctx, **filters):
    return [e.number for e in register_repo.list_entries(ctx.db, ctx.unit_code, **filters)]


def _audit_count(ctx):
    return ctx.db.execute("SELECT count(*) FROM audit_events").fetchone()[0]


def test_a_hundred_decisions_in_one_year_are_numbered_01_to_100_without_a_gap(office):
    ctx, users = office
    made = [_issue(ctx, users["chutich"], title=f"Quyết định thứ {i}").value for i in range(1, 101)]

    assert [e.number for e in made] == list(range(1, 101))
    assert made[0].reference == "01/QĐ-UBND" and made[8].reference == "09/QĐ-UBND"
    assert made[9].reference == "10/QĐ-UBND" and made[99].reference == "100/QĐ-UBND"
    assert made[6].number_line == "Số: 07/QĐ-UBND"
    assert _numbers(ctx, year=2026, doc_type=DocType.DECISION) == list(range(1, 101))
    stored = ctx.db.execute("SELECT last FROM sequences WHERE scope = ? AND year = 2026",
                            [f"REG:{ctx.unit_code}:unit:QD"]).fetchone()
    assert stored == (100,)
    report = verify_all(ctx)
    assert report.ok, report.problems


def test_a_rolled_back_transaction_gives_its_number_back(office):
    ctx, users = office
    head = users["chutich"]
    _issue(ctx, head)
    events = _audit_count(ctx)

    # A caller's transaction takes a number, writes a record of its own, then fails: neither is left.
    with pytest.raises(RuntimeError), ctx.db.atomic():
        inner = register_repo.allocate_entry(ctx.db, _draft(), unit_code=ctx.unit_code, author=SYSTEM)
        assert inner.number == 2
        staff.add_person(ctx, actor=head, full_name="Người Ghi Dở", position="Chuyên viên")
        raise RuntimeError("the decision could not be written")

    assert _numbers(ctx) == [1]
    assert _audit_count(ctx) == events  # the number never existed: not even the log knows of it
    assert "Người Ghi Dở" not in {p.full_name for p in staff.list_people(ctx, actor=head)}
    assert _issue(ctx, head).value.number == 2  # the next one takes it

    # A refused issue (bad input) takes nothing either.
    with pytest.raises(ValidationError):
        _issue(ctx, head, title="")
    assert _issue(ctx, head).value.number == 3
    assert verify_all(ctx).ok


def test_allocate_entry_joins_the_callers_transaction(office):
    ctx, users = office
    head = users["chutich"]
    with ctx.db.atomic():
        first = register_repo.allocate_entry(ctx.db, _draft(doc_type=DocType.MINUTES), unit_code=ctx.unit_code,
                                             author=accounts.author(head))
        second = register_repo.allocate_entry(ctx.db, _draft(), unit_code=ctx.unit_code,
                                              author=accounts.author(head))
        assert ctx.db.conn.in_transaction
    assert (first.reference, second.reference) == ("01/BB-UBND", "01/QĐ-UBND")
    assert first.created_by == head.user_id
    assert verify_all(ctx).ok


def test_sequences_are_independent_per_body_type_and_year(office):
    ctx, users = office
    head = users["chutich"]
    council_a, council_b = "hd-2026-01", "hd-2026-02"
    issued = [
        _issue(ctx, head, doc_type=DocType.DECISION),
        _issue(ctx, head, doc_type=DocType.DECISION),
        _issue(ctx, head, doc_type=DocType.MINUTES),
        _issue(ctx, head, doc_type=DocType.DECISION, issued_on=date(2025, 12, 30)),
        _issue(ctx, head, doc_type=DocType.MINUTES, council_id=council_a, issuer="HĐĐG"),
        _issue(ctx, head, doc_type=DocType.MINUTES, council_id=council_a, issuer="HĐĐG"),
        _issue(ctx, head, doc_type=DocType.DECISION, council_id=council_a, issuer="HĐĐG"),
        _issue(ctx, head, doc_type=DocType.MINUTES, council_id=council_b, issuer="HĐĐG"),
        _issue(ctx, head, doc_type=DocType.DECISION, issued_on=date(2026, 3, 3)),
    ]
    assert [c.value.reference for c in issued] == [
        "01/QĐ-UBND", "02/QĐ-UBND", "01/BB-UBND", "01/QĐ-UBND", "01/BB-HĐĐG", "02/BB-HĐĐG", "01/QĐ-HĐĐG",
        "01/BB-HĐĐG", "03/QĐ-UBND"]
    assert [c.value.year for c in issued][3] == 2025
    assert issued[4].value.council and issued[4].value.sequence_key == council_sequence(council_a)
    assert _numbers(ctx, year=2026, doc_type=DocType.DECISION, sequence_key="unit") == [1, 2, 3]
    assert _numbers(ctx, year=2025) == [1]
    assert [e.entry.reference for e in register.list_entries(ctx, actor=head, council_id=council_a)] == [
        "01/BB-HĐĐG", "02/BB-HĐĐG", "01/QĐ-HĐĐG"]
    assert verify_all(ctx).ok


def test_a_cancelled_number_stays_with_its_reason_and_is_never_issued_again(office):
    ctx, users = office
    head = users["chutich"]
    first, second, third = (_issue(ctx, head).value for _ in range(3))

    cancelled = register.cancel(ctx, actor=head, entry_id=second.id, reason="  Lấy nhầm   số, văn bản không ban hành ")
    assert cancelled.changes.touches(REGISTER, record_id=second.id)
    entry = cancelled.value
    assert entry.state is EntryState.CANCELLED and entry.cancel_reason == "Lấy nhầm số, văn bản không ban hành"
    assert entry.cancelled_by == head.user_id and entry.cancelled_at.startswith("2026-12-31")
    assert _issue(ctx, head).value.number == 4

    views = register.list_entries(ctx, actor=head, year=2026)
    assert [(v.entry.number, v.entry.state) for v in views] == [
        (1, EntryState.ISSUED), (2, EntryState.CANCELLED), (3, EntryState.ISSUED), (4, EntryState.ISSUED)]
    assert views[1].cancelled_by_name == "Nguyễn Văn Hùng" and not views[1].may_cancel

    with pytest.raises(ValidationError) as err:
        register.cancel(ctx, actor=head, entry_id=second.id, reason="Lần nữa")
    assert err.value.code == "register_entry_already_cancelled"
    for reason in ("", "   ", "\n"):
        with pytest.raises(ValidationError) as err:
            register.cancel(ctx, actor=head, entry_id=third.id, reason=reason)
        assert err.value.code == "reason_required"
    assert register.get_entry(ctx, third.id, actor=head).entry.state is EntryState.ISSUED
    assert first.state is EntryState.ISSUED
    assert verify_all(ctx).ok


def test_a_number_is_taken_in_date_order_and_never_for_a_future_day(office):
    ctx, users = office
    head = users["chutich"]
    _issue(ctx, head, issued_on=date(2026, 5, 10))
    events = _audit_count(ctx)
    with pytest.raises(ValidationError) as err:
        _issue(ctx, head, issued_on=date(2026, 5, 9))
    assert err.value.code == "register_date_before_last"
    with pytest.raises(ValidationError) as err:
        _issue(ctx, head, issued_on=date(2027, 1, 1))
    assert err.value.code == "register_date_future"
    assert _audit_count(ctx) == events
    assert _issue(ctx, head, issued_on=date(2026, 5, 10)).value.number == 2  # the same day is in order
    assert _issue(ctx, head, doc_type=DocType.NOTICE, issued_on=date(2026, 1, 5)).value.number == 1  # another type


def test_a_sequence_behind_the_register_never_issues_a_number_twice(office):
    ctx, users = office
    head = users["chutich"]
    _issue(ctx, head)
    _issue(ctx, head)
    ctx.db.execute("UPDATE sequences SET last = 1 WHERE scope = ?", [f"REG:{ctx.unit_code}:unit:QD"])
    entries_before = _numbers(ctx)

    with pytest.raises(DomainError) as err:
        _issue(ctx, head)

    assert err.value.code == "register_number_taken" and err.value.params["reference"] == "02/QĐ-UBND"
    assert _numbers(ctx) == entries_before
    assert ctx.db.execute("SELECT last FROM sequences WHERE scope = ?",
                          [f"REG:{ctx.unit_code}:unit:QD"]).fetchone() == (1,)  # the take was rolled back
    assert not verify_all(ctx).ok  # and the sequence changed by hand is reported


def test_the_signer_comes_from_the_staff_list_with_the_authority_block(office):
    ctx, users = office
    head = users["chutich"]
    deputy = next(p for p in staff.list_people(ctx, actor=head) if p.full_name == "Ka Thị Hương")
    entry = _issue(ctx, head, signer_person_id=deputy.id, signer_name="", signer_title="",
                   authority=Authority.ON_BEHALF_DEPUTY).value
    assert entry.signer_name == "Ka Thị Hương" and entry.signer_person_id == deputy.id
    assert entry.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", f"{deputy.position.upper()}")
    head_entry = _issue(ctx, head, authority="TM").value
    assert head_entry.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    council = _issue(ctx, head, council_id="hd-1", issuer="HĐĐG", authority=Authority.ON_BEHALF,
                     signer_body="Hội đồng đánh giá đề xuất", signer_title="Chủ tịch Hội đồng").value
    assert council.signer_lines == ("TM. HỘI ĐỒNG ĐÁNH GIÁ ĐỀ XUẤT", "CHỦ TỊCH HỘI ĐỒNG")
    with pytest.raises(ValidationError) as err:  # a council's deputy block needs the council's own head title
        _issue(ctx, head, council_id="hd-1", issuer="HĐĐG", authority=Authority.DEPUTY, signer_title="Phó Chủ tịch")
    assert err.value.code == "signer_incomplete"
    with pytest.raises(ValidationError) as err:
        _issue(ctx, head, council_id="hd-1")  # a council's documents carry the council's own abbreviation
    assert err.value.code == "issuer_invalid"
    with pytest.raises(NotFound) as err:
        _issue(ctx, head, signer_person_id="no-such-person")
    assert err.value.code == "person_not_found"


def test_a_document_of_a_record_names_it_and_its_change_reaches_that_record(office):
    ctx, users = office
    head = users["chutich"]
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=ProposalContent(title="Chuyển đổi số")).value
    issued = _issue(ctx, head, doc_type=DocType.NOTICE, subject_table="proposals", subject_id=draft.id)
    assert issued.changes.touches(REGISTER, record_id=draft.id)
    assert issued.changes.touches(REGISTER, record_id=issued.value.id)
    assert [e.id for e in register_repo.entries_of(ctx.db, "proposals", draft.id)] == [issued.value.id]
    for table, record_id in (("proposals", "nope"), ("no_such_table", draft.id), ("sequences", "x"),
                             ("proposals; DROP TABLE people", draft.id)):
        with pytest.raises(ValidationError) as err:
            _issue(ctx, head, subject_table=table, subject_id=record_id)
        assert err.value.code == "register_subject_not_found"


def test_find_an_entry_by_its_printed_number(office):
    ctx, users = office
    head = users["chutich"]
    seventh = [_issue(ctx, head).value for _ in range(7)][-1]
    assert register.find_entry(ctx, "07/QĐ-UBND", actor=head, year=2026).id == seventh.id
    assert register.find_entry(ctx, "7/qd-ubnd", actor=head).id == seventh.id  # this year by default
    assert register.find_entry(ctx, seventh.id, actor=head).id == seventh.id
    for missing in ("08/QĐ-UBND", "07/BB-UBND", "khong-co"):
        with pytest.raises(NotFound):
            register.find_entry(ctx, missing, actor=head)
    with pytest.raises(NotFound):
        register.find_entry(ctx, "07/QĐ-UBND", actor=head, year=2025)
    _issue(ctx, head, council_id="hd-1", issuer="UBND")  # a council that (wrongly) shares the issuer code
    with pytest.raises(DomainError) as err:
        register.find_entry(ctx, "01/QĐ-UBND", actor=head)
    assert err.value.code == "register_reference_ambiguous"


# ---------------------------------------------------------------------------------------------- who may


@pytest.mark.parametrize(("user", "allowed"), [
    ("chutich", True), ("thuky", True), ("phochutich", False), ("canbo", False), ("admin", False), ("tinh", False),
])
def test_who_may_take_numbers(office, user, allowed):
    ctx, users = office
    events = _audit_count(ctx)
    assert register.may_issue(users[user]) is allowed
    if allowed:
        entry = _issue(ctx, users[user]).value
        assert entry.number == 1 and entry.created_by == users[user].user_id
    else:
        with pytest.raises(PermissionDenied):
            _issue(ctx, users[user])
        assert _audit_count(ctx) == events and _numbers(ctx) == []


@pytest.mark.parametrize(("user", "visible"), [
    ("chutich", True), ("phochutich", True), ("thuky", True), ("canbo", False), ("admin", False), ("tinh", False),
])
def test_who_reads_the_register(office, user, visible):
    ctx, users = office
    entry = _issue(ctx, users["chutich"]).value
    if visible:
        assert [v.entry.reference for v in register.list_entries(ctx, actor=users[user])] == ["01/QĐ-UBND"]
        assert register.get_entry(ctx, entry.id, actor=users[user]).entry.title == entry.title
    elif user == "tinh":  # the province reads its own register (here empty), never the unit's numbers
        assert register.list_entries(ctx, actor=users[user]) == []
        for call in (lambda: register.get_entry(ctx, entry.id, actor=users[user]),
                     lambda: register.find_entry(ctx, "01/QĐ-UBND", actor=users[user]),
                     lambda: register.cancel(ctx, actor=users[user], entry_id=entry.id, reason="Thử")):
            with pytest.raises(NotFound):
                call()
    else:
        with pytest.raises(PermissionDenied):
            register.list_entries(ctx, actor=users[user])
        with pytest.raises(NotFound):  # to them it does not exist
            register.get_entry(ctx, entry.id, actor=users[user])
        with pytest.raises(NotFound):
            register.cancel(ctx, actor=users[user], entry_id=entry.id, reason="Thử")


def test_the_head_cancels_any_number_the_secretary_only_their_own(office):
    ctx, users = office
    head, secretary, deputy = users["chutich"], users["thuky"], users["phochutich"]
    by_head = _issue(ctx, head).value
    by_secretary = _issue(ctx, secretary).value
    another = _issue(ctx, secretary).value

    with pytest.raises(PermissionDenied):
        register.cancel(ctx, actor=secretary, entry_id=by_head.id, reason="Không phải số của mình")
    with pytest.raises(PermissionDenied):
        register.cancel(ctx, actor=deputy, entry_id=by_secretary.id, reason="Lãnh đạo không hủy số")
    assert [v.may_cancel for v in register.list_entries(ctx, actor=secretary)] == [False, True, True]
    assert not any(v.may_cancel for v in register.list_entries(ctx, actor=deputy))

    assert register.cancel(ctx, actor=secretary, entry_id=by_secretary.id, reason="Lấy nhầm").value.cancelled
    assert register.cancel(ctx, actor=head, entry_id=another.id, reason="Văn bản không ban hành").value.cancelled
    assert [v.entry.state for v in register.list_entries(ctx, actor=head)] == [
        EntryState.ISSUED, EntryState.CANCELLED, EntryState.CANCELLED]
    assert verify_all(ctx).ok


def test_list_filters_are_checked(office):
    ctx, users = office
    head = users["chutich"]
    _issue(ctx, head)
    _issue(ctx, head, doc_type=DocType.MINUTES)
    assert [v.entry.reference for v in register.list_entries(ctx, actor=head, doc_type="bb")] == ["01/BB-UBND"]
    assert register.list_entries(ctx, actor=head, year=2024) == []
    with pytest.raises(ValidationError) as err:
        register.list_entries(ctx, actor=head, year=99999)
    assert err.value.code == "year_invalid"
    with pytest.raises(ValidationError) as err:
        register.list_entries(ctx, actor=head, doc_type="CV")
    assert err.value.code == "doc_type_unknown"
