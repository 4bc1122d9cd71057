"""Receipt by the head, the party committee's opinion and the queue “Việc cần xử lý” (ND 73/2023 Đ8.1)."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts, attachments, calendar, proposal_history, proposals, queue, review, staff
from lamdong_desktop.services.changes import PROPOSAL
from lamdong_desktop.services.queue import ItemKind
from tests.files_support import write_pdf

from .test_proposals import full

# Monday 5 January 2026; the 07 working days after it end on Wednesday 14 January.
MONDAY = date(2026, 1, 5)


def at(day: date, hour: int = 9):
    return clock.pinned(datetime.combine(day, time(hour), clock.VN_TZ))


@pytest.fixture
def people(demo):
    ctx, head = demo
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    secretary = accounts.sign_in(ctx, username="thuky", password="demo")
    leader = accounts.sign_in(ctx, username="phochutich", password="demo")
    return ctx, head, official, secretary, leader


def _submitted(ctx, official, head, title="Giải quyết dứt điểm vi phạm đất đai", day=MONDAY):
    org = staff.list_party_orgs(ctx, actor=head)[0]
    with at(day, 8):
        draft = proposals.create_draft(ctx, actor=official, content=full(org.id, title)).value
        proposals.submit(ctx, actor=official, proposal_id=draft.id)
    return draft


def test_the_head_receives_and_the_meeting_is_due_in_seven_working_days(people):
    ctx, head, official, *_ = people
    draft = _submitted(ctx, official, head)
    with at(MONDAY, 10):
        changed = review.receive(ctx, actor=head, proposal_id=draft.id)
    receipt = changed.value
    assert receipt.received_on == MONDAY
    assert receipt.meeting_due_on == date(2026, 1, 14)  # Mon 5 + 7 working days: Tue 6 … Wed 14
    assert receipt.meeting_due_on == calendar.due_date(ctx, start=MONDAY, working_days=7)
    assert changed.changes.touches(PROPOSAL, record_id=draft.id)
    assert proposals.get(ctx, draft.id, actor=head).state is State.RECEIVED
    assert review.receipt_of(ctx, draft.id, actor=official) == receipt
    kinds = [t.action for t in proposal_history.transitions(ctx, draft.id, actor=head)]
    assert kinds[-1] == Action.RECEIVE.value


def test_the_due_date_follows_the_units_calendar(people):
    ctx, head, official, *_ = people
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    with at(date(2026, 1, 2)):  # a day still to come (a past day is refused)
        calendar.set_correction(ctx, actor=admin, day=date(2026, 1, 8), kind="off", name="Nghỉ bù")
    draft = _submitted(ctx, official, head)
    with at(MONDAY, 10):
        receipt = review.receive(ctx, actor=head, proposal_id=draft.id).value
    assert receipt.meeting_due_on == date(2026, 1, 15)  # one more working day for the day off


@pytest.mark.parametrize("who", ["official", "secretary", "leader"])
def test_only_the_recipient_receives(people, who):
    ctx, head, official, secretary, leader = people
    draft = _submitted(ctx, official, head)
    actor = {"official": official, "secretary": secretary, "leader": leader}[who]
    with pytest.raises(PermissionDenied):
        review.receive(ctx, actor=actor, proposal_id=draft.id)
    assert proposals.get(ctx, draft.id, actor=head).state is State.SUBMITTED
    assert review.receipt_of(ctx, draft.id, actor=head) is None


def test_a_receipt_date_in_the_future_or_before_submission_is_refused_and_changes_nothing(people):
    ctx, head, official, *_ = people
    draft = _submitted(ctx, official, head)
    with at(MONDAY, 10):
        for day, code in ((date(2026, 1, 6), "date_in_future"), (date(2026, 1, 2), "receipt_before_submission"),
                          (date(1800, 1, 1), "date_out_of_range")):
            with pytest.raises(ValidationError) as err:
                review.receive(ctx, actor=head, proposal_id=draft.id, received_on=day)
            assert err.value.code == code
            assert "không mong đợi" not in describe(err.value)
    assert proposals.get(ctx, draft.id, actor=head).state is State.SUBMITTED
    assert ctx.db.execute("SELECT count(*) FROM proposal_receipts").fetchone()[0] == 0


def test_receiving_twice_is_refused(people):
    ctx, head, official, *_ = people
    draft = _submitted(ctx, official, head)
    with at(MONDAY, 10):
        review.receive(ctx, actor=head, proposal_id=draft.id)
        with pytest.raises(ValidationError) as err:
            review.receive(ctx, actor=head, proposal_id=draft.id)
    assert err.value.code == "transition_not_allowed"
    assert ctx.db.execute("SELECT count(*) FROM proposal_receipts").fetchone()[0] == 1


def test_a_head_does_not_receive_his_own_proposal_the_province_does(people):
    ctx, head, *_ = people
    draft = _submitted(ctx, head, head, "Đề xuất của chủ tịch")
    with pytest.raises(PermissionDenied):
        review.receive(ctx, actor=head, proposal_id=draft.id)


def test_the_party_committees_opinion_is_recorded_by_the_head_or_the_secretary(people, tmp_path):
    ctx, head, official, secretary, leader = people
    draft = _submitted(ctx, official, head)
    with pytest.raises(ValidationError) as err:  # not yet received
        review.record_party_opinion(ctx, actor=head, proposal_id=draft.id, opinion_on=MONDAY,
                                    body="Đảng ủy xã Di Linh", text="Thống nhất chủ trương.")
    assert err.value.code == "opinion_not_now"
    with at(MONDAY, 10):
        review.receive(ctx, actor=head, proposal_id=draft.id)
    scan = tmp_path / "y-kien-dang-uy.pdf"
    write_pdf(scan, "opinion")
    with at(date(2026, 1, 7)):
        doc = attachments.attach_file(ctx, actor=head, proposal_id=draft.id, path=scan).value
        opinion = review.record_party_opinion(
            ctx, actor=secretary, proposal_id=draft.id, opinion_on=date(2026, 1, 7), body="Đảng ủy xã Di Linh",
            text="Thống nhất chủ trương,\ngiao UBND xã tổ chức thực hiện.", attachment_id=doc.id).value
        with pytest.raises(PermissionDenied):
            review.record_party_opinion(ctx, actor=leader, proposal_id=draft.id, opinion_on=date(2026, 1, 7),
                                        body="Đảng ủy xã", text="Đồng ý.")
        with pytest.raises(NotFound):
            review.record_party_opinion(ctx, actor=head, proposal_id=draft.id, opinion_on=date(2026, 1, 7),
                                        body="Đảng ủy xã", text="Đồng ý.", attachment_id="khong-co")
        for body, text in (("   ", "Đồng ý."), ("Đảng ủy xã", " \n ")):
            with pytest.raises(ValidationError) as err:
                review.record_party_opinion(ctx, actor=head, proposal_id=draft.id, opinion_on=date(2026, 1, 7),
                                            body=body, text=text)
            assert err.value.code == "text_required"
    assert review.party_opinions(ctx, draft.id, actor=official) == [opinion]
    assert opinion.text == "Thống nhất chủ trương,\ngiao UBND xã tổ chức thực hiện."
    assert opinion.attachment_id == doc.id and opinion.recorder_name
    assert review.has_party_opinion(ctx, draft.id)


def test_the_head_sees_in_the_queue_what_to_receive_and_what_to_put_to_a_meeting(people):
    ctx, head, official, *_ = people
    first = _submitted(ctx, official, head, "Một cửa điện tử")
    second = _submitted(ctx, official, head, "Chuyển đổi số thôn bản")
    with at(MONDAY, 10):
        review.receive(ctx, actor=head, proposal_id=first.id)
    items = queue.queue(ctx, actor=head, today=MONDAY)
    assert [(i.kind, i.ref, i.due) for i in items] == [
        (ItemKind.MEETING, first.ref, date(2026, 1, 14)), (ItemKind.RECEIVE, second.ref, None)]
    assert not any(i.overdue for i in items)
    late = queue.queue(ctx, actor=head, today=date(2026, 1, 15))
    assert [(i.ref, i.overdue) for i in late] == [(first.ref, True), (second.ref, False)]
    assert json.loads(json.dumps(late[0].to_json()))["due"] == "2026-01-14"


def test_an_official_sees_in_the_queue_that_a_proposal_came_back(people):
    ctx, head, official, secretary, _ = people
    draft = _submitted(ctx, official, head)
    assert queue.queue(ctx, actor=official) == []
    proposals.return_for_revision(ctx, actor=head, proposal_id=draft.id, reason="Bổ sung số liệu")
    items = queue.queue(ctx, actor=official)
    assert [(i.kind, i.ref, i.reason) for i in items] == [(ItemKind.RETURNED, draft.ref, "Bổ sung số liệu")]
    assert queue.queue(ctx, actor=head) == []  # nothing waits for the head any more
    assert queue.queue(ctx, actor=secretary) == []


def test_the_queue_never_shows_what_its_reader_may_not_read(people):
    ctx, head, official, secretary, leader = people
    org = staff.list_party_orgs(ctx, actor=head)[0]
    proposals.create_draft(ctx, actor=official, content=full(org.id, "Bản nháp riêng"))
    for actor in (head, secretary, leader):
        assert queue.queue(ctx, actor=actor) == []


def test_two_heads_receiving_at_once_record_one_receipt(people):
    """The state is checked inside the write transaction: a second receipt of the same proposal fails."""
    ctx, head, official, *_ = people
    draft = _submitted(ctx, official, head)
    from lamdong_desktop.services.context import open_app

    other = open_app(ctx.paths)
    try:
        stale = proposals.get(other, draft.id, actor=head)  # read before the first receipt lands
        review.receive(ctx, actor=head, proposal_id=draft.id)
        with pytest.raises(DomainError):
            proposals.apply_transition(other, head, stale.id, Action.RECEIVE)
    finally:
        other.close()
    assert ctx.db.execute("SELECT count(*) FROM proposal_transitions WHERE action = 'receive'").fetchone()[0] == 1
