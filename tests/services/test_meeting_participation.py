"""Who takes part in a meeting, through the services: only a member marked present speaks, votes or scores (one rule,
every path), a member's opinion is never given a guest's name as well, the opinions read back in order (narrowed for
a proposer), and the proposers who are not members are the meeting's invited guests."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import meeting_records, meeting_votes, meetings
from lamdong_desktop.services.minutes import guests_of, minutes_data

from .meeting_support import EVERYONE, LEADERSHIP, at, attend, convene, member_ids, office, received

DAY = date(2026, 1, 12)
TABLES = ("meeting_opinions", "meeting_ballots", "meeting_scores")


@pytest.fixture
def o(demo):
    return office(*demo)


def _rows(o) -> dict[str, int]:
    return {t: o.ctx.db.execute(f"SELECT count(*) FROM {t} WHERE deleted = 0").fetchone()[0] for t in TABLES}


def _paths(o, meeting, proposal, member_id):
    """Every way a member's part is recorded: his opinion (on an item, on the meeting), his ballot (one, several),
    his mark (one, several)."""
    first = meeting.rubric.codes[0]
    return {
        "opinion on the item": lambda: meeting_records.record_opinion(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref, member_id=member_id,
            text="Đồng ý."),
        "opinion on the meeting": lambda: meeting_records.record_opinion(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, member_id=member_id, text="Đồng ý."),
        "ballot": lambda: meeting_votes.record_ballot(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref, member_id=member_id,
            choice="for"),
        "ballots": lambda: meeting_votes.record_ballots(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref, ballots={member_id: "for"}),
        "score": lambda: meeting_votes.record_score(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref, member_id=member_id,
            criterion=first, score="8"),
        "scores": lambda: meeting_votes.record_scores(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref, member_id=member_id,
            marks=dict.fromkeys(meeting.rubric.codes, "8")),
    }


PARTS = {"opinion": "ý kiến phát biểu", "ballot": "biểu quyết", "score": "điểm chấm"}


@pytest.mark.parametrize("path", ["opinion on the item", "opinion on the meeting", "ballot", "ballots", "score",
                                  "scores"])
def test_a_member_marked_absent_neither_speaks_votes_nor_scores(o, path):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    ids = member_ids(meeting)
    attend(o, meeting, EVERYONE[:4], absent=EVERYONE[4:])  # quorum met (4/5): only the absence refuses
    before = _rows(o)
    with at(DAY, 9), pytest.raises(ValidationError) as err:
        _paths(o, meeting, broad, ids["Hoàng Đức Long"])[path]()
    part = path.split()[0].rstrip("s")
    assert (err.value.code, err.value.params["part"]) == ("member_absent", part)
    assert describe(err.value) == (f"Hoàng Đức Long được ghi vắng mặt (lý do: Đi công tác): không ghi {PARTS[part]} "
                                   "của thành viên vắng mặt. Chưa có gì thay đổi.")
    assert _rows(o) == before


@pytest.mark.parametrize("path", ["opinion on the item", "ballot", "scores"])
def test_a_member_whose_attendance_is_not_taken_is_refused_the_same_way(o, path):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    ids = member_ids(meeting)
    attend(o, meeting, EVERYONE[:4])  # Hoàng Đức Long not marked yet
    with at(DAY, 9), pytest.raises(ValidationError) as err:
        _paths(o, meeting, broad, ids["Hoàng Đức Long"])[path]()
    assert err.value.code == "member_not_marked"
    assert describe(err.value).startswith("Hoàng Đức Long chưa được điểm danh có mặt: điểm danh trước khi ghi ")
    assert _rows(o) == dict.fromkeys(TABLES, 0)


def test_once_marked_present_the_same_member_takes_part_on_every_path(o):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    attend(o, meeting, EVERYONE[:4], absent=EVERYONE[4:])
    meeting = attend(o, meeting, EVERYONE[4:])  # he arrives: the secretary corrects the mark
    with at(DAY, 9):
        for attempt in _paths(o, meeting, broad, member_ids(meeting)["Hoàng Đức Long"]).values():
            attempt()
    assert _rows(o) == {"meeting_opinions": 2, "meeting_ballots": 1, "meeting_scores": 5}


def test_a_members_opinion_takes_no_guest_name_or_position(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [name for name, _, _ in LEADERSHIP])
    ids = member_ids(meeting)
    for extra in ({"speaker_name": "Ma Krông"}, {"speaker_position": "Trưởng thôn"}):
        with at(DAY, 9), pytest.raises(ValidationError) as err:
            meeting_records.record_opinion(o.ctx, actor=o.secretary, meeting_id=meeting.id, text="Đồng ý.",
                                           member_id=ids["Ka Thị Hương"], **extra)
        assert err.value.code == "opinion_speaker_both"
        assert "Chỉ chọn một: thành viên, hoặc khách mời" in describe(err.value)
        assert next(iter(extra.values())) in describe(err.value)
    assert _rows(o)["meeting_opinions"] == 0


def test_the_opinions_read_back_in_order_and_a_proposer_reads_those_on_his_own(o):
    mine = received(o, title="Đề xuất của cán bộ")
    theirs = received(o, by=o.leader, title="Đề xuất của Phó Chủ tịch")
    meeting = convene(o, [mine.id, theirs.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [name for name, _, _ in LEADERSHIP])
    ids = member_ids(meeting)
    with at(DAY, 9):
        for kw in ({"proposal": theirs.ref, "member_id": ids["Đinh Công Thành"], "text": "Cần thêm dự toán."},
                   {"speaker_name": "Ma Krông", "speaker_position": "Trưởng thôn", "text": "Thôn đồng tình."},
                   {"proposal": mine.ref, "member_id": ids["Nguyễn Văn Hùng"], "text": "Thống nhất."}):
            meeting_records.record_opinion(o.ctx, actor=o.secretary, meeting_id=meeting.id, **kw)
    seen = meeting_records.opinions(o.ctx, meeting.id, actor=o.head)
    assert [(v.name, v.position, v.ref, v.guest, v.text) for v in seen] == [
        ("Đinh Công Thành", "Phó Chủ tịch UBND xã Di Linh", theirs.ref, False, "Cần thêm dự toán."),
        ("Ma Krông", "Trưởng thôn", "", True, "Thôn đồng tình."),
        ("Nguyễn Văn Hùng", "Chủ tịch UBND xã Di Linh", mine.ref, False, "Thống nhất."),
    ]
    assert seen[0].member_id == ids["Đinh Công Thành"] and seen[1].member_id is None
    # The official reads the meeting through his proposal: the opinions on it and on the meeting, not on the other.
    assert [v.text for v in meeting_records.opinions(o.ctx, meeting.id, actor=o.official)] == [
        "Thôn đồng tình.", "Thống nhất."]


def test_the_proposers_who_are_not_members_are_the_invited_guests_once_each(o):
    first = received(o, title="Một cửa lưu động")
    second = received(o, title="Tổ công nghệ số")
    deputy = received(o, by=o.leader, title="Số hóa hồ sơ hộ tịch")  # Ka Thị Hương sits on the meeting
    meeting = convene(o, [first.id, deputy.id, second.id], kind="leadership", seats=LEADERSHIP)
    guests = guests_of(o.ctx, meetings.get(o.ctx, meeting.id, actor=o.head))
    assert [(g.name, g.refs) for g in guests] == [("K'Brơi Ngọc Sơn", (first.ref, second.ref))]
    assert guests[0].position
    attend(o, meeting, [name for name, _, _ in LEADERSHIP])
    assert minutes_data(o.ctx, meeting.id, actor=o.head).guests == guests
