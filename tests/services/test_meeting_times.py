"""When a meeting's records may be written: not before it starts, an end between its start and now (within a
day), never dated before its proposals' receipt, and one attendance mark per member in a batch."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.messages import describe
from lamdong_desktop.services import meeting_records, meeting_votes, meetings, proposals

from .meeting_support import EVERYONE, LEADERSHIP, MONDAY, at, attend, convene, member_ids, office, received, vote

DAY = date(2026, 1, 12)


@pytest.fixture
def o(demo):
    return office(*demo)


def _rows(o, table: str) -> int:
    return o.ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_nothing_is_recorded_of_a_meeting_before_it_starts(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id])  # 08:00 on the 12th, convened at 07:00 that day
    ids = member_ids(meeting)
    before = {t: _rows(o, t) for t in ("meeting_opinions", "meeting_ballots", "meeting_scores", "register_entries")}
    with at(DAY, 7, 59):
        attempts = {
            "attendance": lambda: meeting_records.attend_many(
                o.ctx, actor=o.secretary, meeting_id=meeting.id, marks=[(ids[n], "present", "") for n in EVERYONE]),
            "opinion": lambda: meeting_records.record_opinion(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                              text="Đồng ý", member_id=ids["Ka Thị Hương"]),
            "content": lambda: meeting_records.record_content(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                              content="Diễn biến"),
            "ballot": lambda: meeting_votes.record_ballot(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                          proposal=proposal.ref, member_id=ids["Ka Thị Hương"],
                                                          choice="for"),
            "score": lambda: meeting_votes.record_score(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                        proposal=proposal.ref, member_id=ids["Ka Thị Hương"],
                                                        criterion=meeting.rubric.criteria[0].code, score="8"),
            "override": lambda: meeting_votes.override(o.ctx, actor=o.head, meeting_id=meeting.id,
                                                       proposal=proposal.ref, reason="Cần thiết"),
            "close": lambda: meetings.close(o.ctx, actor=o.secretary, meeting_id=meeting.id),
            "adjourn": lambda: meetings.adjourn(o.ctx, actor=o.head, meeting_id=meeting.id, reason="Bận việc",
                                                ends_at="2026-01-12 09:00"),
        }
        for what, attempt in attempts.items():
            with pytest.raises(ValidationError) as err:
                attempt()
            assert err.value.code == "meeting_not_started", what
            assert "Cuộc họp chưa bắt đầu (08:00 ngày 12/01/2026)" in describe(err.value)
    again = meetings.get(o.ctx, meeting.id, actor=o.head)
    assert again.state.value == "convened" and not any(m.attendance for m in again.members)
    assert not again.content and again.ends_at is None
    assert {t: _rows(o, t) for t in before} == before  # no opinion, ballot, score, nor a minutes' number
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.SCHEDULED
    # The agenda is the head's before the meeting: he may still take an item off it.
    with at(DAY, 7, 30):
        meetings.remove_item(o.ctx, actor=o.head, meeting_id=meeting.id, proposal_id=proposal.id, reason="Chưa đủ")
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.RECEIVED


def test_a_meeting_convened_far_ahead_is_not_recorded_today(o):
    proposal = received(o)
    with at(MONDAY, 11):
        meeting = meetings.convene(o.ctx, actor=o.head, kind="leadership", title="Họp lãnh đạo",
                                   starts_at="31/12/2100 08:00", place="Hội trường",
                                   members=[meetings.MemberSpec(o.person(n), s, h) for n, s, h in LEADERSHIP],
                                   proposal_ids=[proposal.id]).value
        with pytest.raises(ValidationError) as err:
            meeting_records.attend(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                   member_id=meeting.members[0].id, attendance="present")
    assert describe(err.value).startswith("Cuộc họp chưa bắt đầu (08:00 ngày 31/12/2100)")


def test_at_its_start_the_meeting_is_recorded(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id])
    ids = member_ids(meeting)
    with at(DAY, 8, 0):
        done = meeting_records.attend(o.ctx, actor=o.secretary, meeting_id=meeting.id, member_id=ids["Ka Thị Hương"],
                                      attendance="present").value
    assert done.state.value == "held" and done.member(ids["Ka Thị Hương"]).present


def _held(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, proposal, {n: "for" for n in EVERYONE})
    return meeting


@pytest.mark.parametrize(("end", "code"), [
    ("12:00", "meeting_end_future"),  # later today than now (11:30)
    ("2026-01-12 07:30", "meeting_end_before_start"),
    ("2026-01-13 07:00", "meeting_end_future"),
])
def test_close_refuses_an_end_before_the_start_or_after_now(o, end, code):
    meeting = _held(o)
    with at(DAY, 11, 30), pytest.raises(ValidationError) as err:
        meetings.close(o.ctx, actor=o.secretary, meeting_id=meeting.id, ends_at=end)
    assert err.value.code == code and end.split()[-1] in describe(err.value)
    again = meetings.get(o.ctx, meeting.id, actor=o.head)
    assert again.state.value == "held" and again.ends_at is None and not again.minutes_ref


def test_an_end_more_than_a_day_after_the_start_is_refused_even_if_past(o):
    meeting = _held(o)
    with at(date(2026, 1, 14), 9):
        with pytest.raises(ValidationError) as err:
            meetings.close(o.ctx, actor=o.secretary, meeting_id=meeting.id, ends_at="13/01/2026 08:30")
        assert err.value.code == "meeting_end_too_late"
        assert "hơn một ngày" in describe(err.value)
        with pytest.raises(ValidationError) as err:
            meetings.adjourn(o.ctx, actor=o.head, meeting_id=meeting.id, reason="Mất điện", ends_at="2026-01-14 08:00")
        assert err.value.code == "meeting_end_too_late"
        assert meetings.get(o.ctx, meeting.id, actor=o.head).state.value == "held"
        # Within the day: accepted, as typed.
        done = meetings.close(o.ctx, actor=o.secretary, meeting_id=meeting.id, ends_at="2026-01-13 07:00").value
    assert done.state.value == "closed" and f"{done.ends_at:%d/%m %H:%M}" == "13/01 07:00"


def test_the_default_end_is_now(o):
    meeting = _held(o)
    with at(DAY, 11, 30):
        done = meetings.close(o.ctx, actor=o.secretary, meeting_id=meeting.id).value
    assert f"{done.ends_at:%d/%m/%Y %H:%M}" == "12/01/2026 11:30"


def test_a_meeting_cannot_be_dated_before_a_proposal_is_received(o):
    proposal = received(o, day=date(2026, 1, 7))
    with pytest.raises(ValidationError) as err:
        convene(o, [proposal.id], day=date(2026, 1, 6), on=date(2026, 1, 7))
    assert err.value.code == "meeting_start_passed"  # convened for a day already past: refused before anything
    assert meetings.list_meetings(o.ctx, actor=o.head) == [] and _rows(o, "register_entries") == 0
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.RECEIVED
    # A meeting convened beforehand for 06/01 cannot take a proposal received on 07/01; on the day of receipt
    # itself the meeting may be held.
    early = convene(o, [], day=date(2026, 1, 6), on=date(2026, 1, 5))
    with at(date(2026, 1, 7), 11), pytest.raises(ValidationError) as err:
        meetings.add_item(o.ctx, actor=o.head, meeting_id=early.id, proposal_id=proposal.id)
    assert err.value.code == "meeting_before_receipt"
    assert describe(err.value).startswith(f"Đề xuất {proposal.ref} được tiếp nhận ngày 07/01/2026: cuộc họp ngày "
                                          "06/01/2026")
    assert meetings.get(o.ctx, early.id, actor=o.head).items == ()
    same_day = convene(o, [proposal.id], day=date(2026, 1, 7), on=date(2026, 1, 7))
    assert [i.ref for i in same_day.items] == [proposal.ref]


def test_a_batch_marking_a_member_twice_is_refused_whole(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id])
    ids = member_ids(meeting)
    hung = ids["Nguyễn Văn Hùng"]
    with at(DAY, 8, 5), pytest.raises(ValidationError) as err:
        meeting_records.attend_many(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                    marks=[(ids["Ka Thị Hương"], "present", ""), (hung, "present", ""),
                                           (hung, "absent", "ốm")])
    assert err.value.code == "attendance_twice"
    assert describe(err.value).startswith("Nguyễn Văn Hùng được điểm danh hai lần")
    again = meetings.get(o.ctx, meeting.id, actor=o.head)
    assert again.state.value == "convened" and not any(m.attendance for m in again.members)
