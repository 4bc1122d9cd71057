"""A meeting closes only on finished votes, and is convened only for a time still to come.

Faults found by a tester: the secretary closed a meeting on an unfinished vote, after which the proposal could be
neither decided, overridden, taken off the agenda nor put to another meeting; the head's override was answered
"Đề xuất đã được thông qua" on a count still open; a meeting convened "for" a date already past hid that it was
late, under an invitation dated after it."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import meeting_votes, meetings

from .meeting_support import LEADERSHIP, at, attend, close, convene, office, received, vote

DAY = date(2026, 1, 12)


@pytest.fixture
def o(demo):
    return office(*demo)


def _state(o, meeting):
    one = lambda sql: o.ctx.db.execute(sql, [meeting.id]).fetchone()[0]  # noqa: E731
    return (one("SELECT state FROM meetings WHERE id = ?"), one("SELECT minutes_entry_id FROM meetings WHERE id = ?"),
            o.ctx.db.execute("SELECT count(*) FROM register_entries").fetchone()[0])


def test_a_meeting_on_an_unfinished_vote_does_not_close_and_the_override_says_the_vote_is_open(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, {"Nguyễn Văn Hùng": "for", "Ka Thị Hương": "for"})  # one of three still to vote
    before = _state(o, meeting)
    with pytest.raises(ValidationError) as err:
        close(o, meeting)
    assert err.value.code == "close_vote_open"
    words = describe(err.value)
    assert proposal.ref in words and "2/3" in words and "còn 1 thành viên" in words
    assert _state(o, meeting) == before  # not closed, no minutes number
    with at(DAY, 9, 30), pytest.raises(ValidationError) as err:
        meeting_votes.override(o.ctx, actor=o.head, meeting_id=meeting.id, proposal=proposal.ref, reason="Cần thiết.")
    assert err.value.code == "override_vote_open"  # not "already passed": the count is still open
    vote(o, meeting, proposal, {"Đinh Công Thành": "against"})
    assert close(o, meeting).minutes_ref == "01/BB-UBND"


def test_a_meeting_below_quorum_is_adjourned_not_closed(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, ["Nguyễn Văn Hùng"], absent=["Ka Thị Hương", "Đinh Công Thành", "Trần Thị Mai"])
    before = _state(o, meeting)
    with pytest.raises(ValidationError) as err:
        close(o, meeting)
    assert err.value.code == "close_without_quorum" and "hoãn cuộc họp" in describe(err.value)
    assert _state(o, meeting) == before
    with at(DAY, 9):
        meetings.adjourn(o.ctx, actor=o.head, meeting_id=meeting.id, reason="Không đủ thành viên.")


@pytest.mark.parametrize("start", [datetime.combine(date(2026, 1, 9), time(16), clock.VN_TZ),
                                   datetime.combine(date(2025, 10, 1), time(8), clock.VN_TZ)])
def test_a_meeting_is_not_convened_for_a_time_already_past(o, start):
    proposal = received(o, day=date(2026, 1, 5))
    entries = o.ctx.db.execute("SELECT count(*) FROM register_entries").fetchone()[0]
    with at(DAY, 8, 5), pytest.raises(ValidationError) as err:
        meetings.convene(o.ctx, actor=o.head, kind="leadership", title="Họp xét đề xuất", starts_at=start,
                         place="Hội trường", members=[], proposal_ids=[proposal.id])
    assert err.value.code == "meeting_start_passed" and "ngày đã qua (hôm nay là 12/01/2026)" in describe(err.value)
    assert o.ctx.db.execute("SELECT count(*) FROM register_entries").fetchone()[0] == entries
    assert o.ctx.db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0


def test_a_person_typed_by_name_who_is_not_on_the_roster_is_named_in_the_message(o):
    from lamdong_desktop.domain.errors import NotFound
    from lamdong_desktop.services import staff

    assert staff.find_person(o.ctx, "nguyen van hung", actor=o.head) == o.person("Nguyễn Văn Hùng")
    with pytest.raises(NotFound) as err:
        staff.find_person(o.ctx, "Lê Văn Không Có", actor=o.head)
    assert err.value.code == "person_name_unknown" and "“Lê Văn Không Có”" in describe(err.value)
