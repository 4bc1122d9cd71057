"""Issue 8's acceptance through the services: a council for a broad proposal, quorum, the vote by the rule, the
proposer-deputy, the head's written override, the decision from the register, the signed scan, the minutes' data."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.domain.votes import VoteStatus
from lamdong_desktop.messages import describe
from lamdong_desktop.services import decisions, meeting_records, meeting_votes, meetings, proposal_history, proposals
from lamdong_desktop.services.changes import MEETING, PROPOSAL
from lamdong_desktop.services.integrity import verify_all
from tests.files_support import pdf_bytes, write_pdf

from .meeting_support import (
    EVERYONE,
    LEADERSHIP,
    at,
    attend,
    close,
    convene,
    member_ids,
    office,
    received,
    vote,
)

DAY = date(2026, 1, 12)


@pytest.fixture
def o(demo):
    return office(*demo)


def _state(o, proposal):
    return proposals.get(o.ctx, proposal.id, actor=o.head).state


def test_a_broad_proposal_goes_to_a_council_not_to_a_leadership_meeting(o):
    broad = received(o, broad=True)
    with pytest.raises(ValidationError) as err:
        convene(o, [broad.id], kind="leadership", seats=LEADERSHIP)
    assert err.value.code == "broad_needs_council"
    assert "Hội đồng đánh giá" in describe(err.value) and broad.ref in describe(err.value)
    # Refused as a whole: no meeting, no invitation number, the proposal still waits.
    assert meetings.list_meetings(o.ctx, actor=o.head) == []
    assert o.ctx.db.execute("SELECT count(*) FROM register_entries").fetchone()[0] == 0
    assert _state(o, broad) is State.RECEIVED
    meeting = convene(o, [broad.id])
    assert meeting.kind.value == "council" and meeting.invitation_ref == "01/GM-UBND"
    assert [i.ref for i in meeting.items] == [broad.ref] and _state(o, broad) is State.SCHEDULED
    assert meeting.quorum_needed == 4 and not meeting.late  # 2/3 of 5, rounded up; the 12th is before the 14th


def test_below_quorum_no_vote_is_taken_and_with_quorum_three_to_two_passes(o):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    meeting = attend(o, meeting, EVERYONE[:3], absent=EVERYONE[3:])
    assert (meeting.present_count, meeting.quorum_needed, meeting.quorum_met) == (3, 4, False)
    with pytest.raises(ValidationError) as err:
        vote(o, meeting, broad, {"Nguyễn Văn Hùng": "for"})
    assert err.value.code == "vote_below_quorum"
    assert describe(err.value) == ("Chưa đủ số thành viên có mặt (3/5, cần ít nhất 4): không tiến hành biểu "
                                   "quyết.")
    assert o.ctx.db.execute("SELECT count(*) FROM meeting_ballots").fetchone()[0] == 0
    meeting = attend(o, meeting, EVERYONE[3:])
    item = vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "against"], strict=True)))
    assert item.outcome.status is VoteStatus.PASSED and item.outcome.complete
    assert (item.outcome.in_favour, item.outcome.against) == (3, 2)
    stored = o.ctx.db.execute("SELECT vote_state, for_count, against_count FROM meeting_items").fetchone()
    assert tuple(stored) == ("passed", 3, 2)


@pytest.mark.parametrize("head_choice, passes", [("for", True), ("against", False)])
def test_two_to_two_the_heads_side_wins_and_the_proposer_deputy_does_not_vote(o, head_choice, passes):
    own = received(o, by=o.leader, title="Số hóa hồ sơ đất đai của xã")
    meeting = convene(o, [own.id])
    meeting = attend(o, meeting, EVERYONE)
    with pytest.raises(ValidationError) as err:  # Hương proposed it: she attends, she does not vote
        vote(o, meeting, own, {"Ka Thị Hương": "for"})
    assert err.value.code == "ballot_proposer" and "Điều 8" in describe(err.value)
    other = "against" if head_choice == "for" else "for"
    item = vote(o, meeting, own, {"Nguyễn Văn Hùng": head_choice, "Đinh Công Thành": head_choice,
                                  "Trần Thị Mai": other, "Hoàng Đức Long": other})
    assert item.outcome.complete and item.outcome.tie and item.outcome.passed is passes
    assert item.proposer_ids == (member_ids(meeting)["Ka Thị Hương"],)


def test_after_a_failed_vote_the_head_approves_in_writing_with_a_reason(o, tmp_path):
    own = received(o, by=o.leader, title="Số hóa hồ sơ đất đai của xã")
    meeting = convene(o, [own.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, own, {"Nguyễn Văn Hùng": "against", "Đinh Công Thành": "against", "Trần Thị Mai": "for",
                           "Hoàng Đức Long": "for"})
    with at(DAY, 10):
        with pytest.raises(ValidationError) as err:
            meeting_votes.override(o.ctx, actor=o.head, meeting_id=meeting.id, proposal=own.ref, reason="  ")
        assert err.value.code == "reason_required"
        with pytest.raises(PermissionDenied):
            meeting_votes.override(o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=own.ref, reason="x")
        item = meeting_votes.override(o.ctx, actor=o.head, meeting_id=meeting.id, proposal=own.ref,
                                      reason="Cần thiết và khả thi; cấp ủy đã thống nhất.").value
        assert item.vote_passed and not item.outcome.passed
        with pytest.raises(ValidationError) as err:  # the vote stands as it was when the head overrode it
            vote(o, meeting, own, {"Trần Thị Mai": "against"}, day=DAY)
        assert err.value.code == "override_exists"
    close(o, meeting)
    with at(DAY, 14):
        decided = decisions.decide(o.ctx, actor=o.head, proposal_id=own.id, outcome="approve",
                                   signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch").value
    assert decided.reference == "01/QĐ-UBND" and decided.overridden
    assert _state(o, own) is State.APPROVED
    data = decisions.decision_data(o.ctx, decided.id, actor=o.leader)  # the proposer reads her own decision
    assert data.override.reason == "Cần thiết và khả thi; cấp ủy đã thống nhất."
    assert data.override.name == "Nguyễn Văn Hùng" and data.override.on == DAY
    (minutes_item,) = meetings.minutes_data(o.ctx, meeting.id, actor=o.head).agenda
    assert minutes_item.vote.override == data.override and minutes_item.vote.non_voters[0].name == "Ka Thị Hương"
    assert (data.vote.in_favour, data.vote.against, data.vote.result) == (2, 2, "failed")


def test_a_failed_vote_without_the_heads_override_is_no_approval_but_a_notice(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, {"Nguyễn Văn Hùng": "against", "Ka Thị Hương": "against", "Đinh Công Thành": "for"})
    close(o, meeting)
    with at(DAY, 14):
        with pytest.raises(ValidationError) as err:  # the vote failed: no approval without the head's override
            decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                             signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch")
        assert err.value.code == "vote_not_passed"
        assert o.ctx.db.execute("SELECT count(*) FROM register_entries WHERE doc_type = 'QD'").fetchone()[0] == 0
        notice = decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="reject",
                                  reasons="Không được tập thể thông qua.", signer_person_id=o.person(
                                      "Nguyễn Văn Hùng"), signer_title="Chủ tịch").value
    assert notice.reference == "01/TB-UBND" and _state(o, proposal) is State.REJECTED


def test_decide_numbers_the_decision_moves_the_proposal_and_the_signed_scan_locks_it(o, tmp_path):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "abstain"], strict=True)))
    closed = close(o, meeting)
    assert closed.minutes_ref == "01/BB-HĐĐG" and closed.state.value == "closed"  # the council's own sequence
    with at(DAY, 14):
        changed = decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="pilot",
                                   signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch")
    decided = changed.value
    assert decided.reference == "01/QĐ-UBND" and decided.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert decided.title.startswith("Về việc cho thực hiện thí điểm") and not decided.locked
    assert changed.changes.touches(PROPOSAL, record_id=broad.id) and changed.changes.touches("decision")
    assert _state(o, broad) is State.PILOT
    assert proposal_history.transitions(o.ctx, broad.id, actor=o.head)[-1].action == "approve_pilot"
    scan = tmp_path / "qd-ky.pdf"
    write_pdf(scan, "signed decision")
    with at(DAY, 15):
        signed = decisions.attach_signed(o.ctx, actor=o.secretary, decision_id=decided.id, path=scan).value
        assert signed.locked and signed.scan_id
        with pytest.raises(ValidationError) as err:
            decisions.attach_signed(o.ctx, actor=o.secretary, decision_id=decided.id, path=scan)
        assert err.value.code == "decision_locked" and "01/QĐ-UBND" in describe(err.value)
        with pytest.raises(ValidationError) as err:  # one decision per item: a change needs a new document
            decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="approve", meeting_id=meeting.id,
                             signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch")
        assert err.value.code in ("decision_exists", "transition_not_allowed")
        minutes = tmp_path / "bb-ky.pdf"
        write_pdf(minutes, "signed minutes")
        changed = meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id, path=minutes)
    assert changed.value.locked and changed.changes.touches(MEETING, record_id=meeting.id)
    assert changed.changes.touches(MEETING, record_id=broad.id)  # the proposal's window hears of it
    assert verify_all(o.ctx).ok


def test_a_return_or_a_rejection_is_a_numbered_notice_with_its_reasons(o):
    first, second = received(o, title="Đề xuất thứ nhất"), received(o, title="Đề xuất thứ hai")
    meeting = convene(o, [first.id, second.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    names = ("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành")
    vote(o, meeting, first, dict.fromkeys(names, "against"))
    vote(o, meeting, second, dict.fromkeys(names, "against"))
    close(o, meeting)
    with at(DAY, 14):
        with pytest.raises(ValidationError) as err:
            decisions.decide(o.ctx, actor=o.head, proposal_id=first.id, outcome="return", signer_name="Nguyễn Văn Hùng",
                             signer_title="Chủ tịch")
        assert err.value.code == "reason_required"
        back = decisions.decide(o.ctx, actor=o.head, proposal_id=first.id, outcome="return",
                                reasons="Bổ sung nguồn lực.",
                                signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
        no = decisions.decide(o.ctx, actor=o.head, proposal_id=second.id, outcome="reject", reasons="Không khả thi.",
                              signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
    assert (back.reference, no.reference) == ("01/TB-UBND", "02/TB-UBND")
    assert _state(o, first) is State.RETURNED and _state(o, second) is State.REJECTED
    assert proposals.get(o.ctx, first.id, actor=o.official).last_reason == "Bổ sung nguồn lực."
    data = decisions.decision_data(o.ctx, no.id, actor=o.official)
    assert data.doc_type == "TB" and data.reasons == ("Không khả thi.",) and data.meeting.kind.value == "leadership"


def test_adjourned_below_quorum_every_item_goes_back_with_the_reason(o):
    first, second = received(o, title="Đề xuất thứ nhất"), received(o, title="Đề xuất thứ hai")
    meeting = convene(o, [first.id, second.id])
    attend(o, meeting, EVERYONE[:2], absent=EVERYONE[2:])
    with at(DAY, 9):
        with pytest.raises(PermissionDenied):  # the head adjourns, the secretary records
            meetings.adjourn(o.ctx, actor=o.secretary, meeting_id=meeting.id, reason="Không đủ số thành viên")
        done = meetings.adjourn(o.ctx, actor=o.head, meeting_id=meeting.id, reason="Không đủ số thành viên").value
    assert done.state.value == "adjourned" and done.minutes_ref == "01/BB-HĐĐG"
    assert _state(o, first) is State.RECEIVED and _state(o, second) is State.RECEIVED
    assert proposals.get(o.ctx, first.id, actor=o.head).last_reason == "Không đủ số thành viên"
    rows = o.ctx.db.execute("SELECT DISTINCT vote_state FROM meeting_items").fetchall()
    assert [r[0] for r in rows] == ["no_quorum"]
    data = meetings.minutes_data(o.ctx, meeting.id, actor=o.head)
    assert data.adjourned and not data.quorum.met and [a.absence_reason for a in data.absentees] == ["Đi công tác"] * 3
    again = convene(o, [first.id], title="Họp lại", day=date(2026, 1, 13))  # back in the queue, to a new meeting
    assert [i.ref for i in again.items] == [first.ref]


def test_the_minutes_data_has_everything_the_printed_biên_bản_needs(o):
    broad = received(o, broad=True, title="Chuyển đổi số thủ tục đất đai")
    meeting = convene(o, [broad.id])
    ids = member_ids(meeting)
    attend(o, meeting, EVERYONE[:4], absent=EVERYONE[4:])
    with at(DAY, 8, 30):
        for name, marks in (("Nguyễn Văn Hùng", ("8", "9", "7.5", "8", "9")),
                            ("Ka Thị Hương", ("7", "8", "8", "6,5", "8")),
                            ("Đinh Công Thành", ("9", "9", "9", "9", "10")),
                            ("Trần Thị Mai", ("8", "7", "8", "8", "7"))):
            meeting_votes.record_scores(o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=broad.ref,
                                        member_id=ids[name], marks=dict(zip(meeting.rubric.codes, marks, strict=True)))
        meeting_records.record_opinion(o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=broad.ref,
                                       member_id=ids["Đinh Công Thành"], text="Cần làm rõ kinh phí.")
        meeting_records.record_content(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                       content="Người đề xuất trình bày kế hoạch.", conclusion="Thống nhất thông qua.")
    vote(o, meeting, broad, dict(zip(EVERYONE[:4], ["for", "for", "for", "against"], strict=True)))
    close(o, meeting)
    data = meetings.minutes_data(o.ctx, meeting.id, actor=o.secretary)
    assert (data.kind.value, data.reference, data.number, data.issuer_code) == ("council", "01/BB-HĐĐG", 1, "HĐĐG")
    assert [a.name for a in data.attendees] == list(EVERYONE[:4]) and data.absentees[0].name == "Hoàng Đức Long"
    assert (data.chair.name, data.secretary.name) == ("Nguyễn Văn Hùng", "Trần Thị Mai")
    assert data.attendees[3].role_words == "Ủy viên kiêm Thư ký" and data.attendees[3].member
    assert (data.quorum.members, data.quorum.present, data.quorum.required, data.quorum.met) == (5, 4, 4, True)
    (item,) = data.agenda
    assert (item.vote.in_favour, item.vote.against, item.vote.voting, item.vote.result) == (3, 1, 4, "passed")
    table = item.scores
    assert [c.title for c in table.criteria][:3] == ["Tính cấp bách", "Mục đích trong sáng", "Quy trình dân chủ"]
    assert table.rows[0].scores == (8, 9, Fraction(15, 2), 8, 9) and table.rows[0].total == Fraction(83, 2)
    assert table.rows[1].texts()[3] == "6,50"
    assert table.average_total == Fraction(163, 4)  # (41.5 + 37.5 + 46 + 38) / 4, exactly
    assert table.averages[0] == Fraction(8 + 7 + 9 + 8, 4) and table.complete
    assert item.opinions[0].name == "Đinh Công Thành" and data.conclusion == "Thống nhất thông qua."
    assert data.ends_at is not None and data.starts_at.hour == 8 and not data.signed


def test_a_meeting_held_after_the_seventh_working_day_is_late_in_the_record_and_the_queue(o):
    from lamdong_desktop.services import queue

    proposal = received(o)
    with at(date(2026, 1, 12), 7):
        assert [i.kind.value for i in queue.queue(o.ctx, actor=o.head)] == ["meeting"]
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=date(2026, 1, 16),
                      on=date(2026, 1, 12))
    assert meeting.late and meeting.items[0].late and meeting.items[0].due_on == date(2026, 1, 14)
    with at(date(2026, 1, 13), 9):
        items = {i.kind.value: i for i in queue.queue(o.ctx, actor=o.head)}
    assert items["hold"].late and items["hold"].due == date(2026, 1, 14) and items["hold"].meeting_id == meeting.id
    assert items["hold"].proposal_id == proposal.id  # opening it shows the proposal on its agenda
    assert items["decide"].late and items["decide"].overdue
    assert items["hold"].to_json()["late"] is True
    with at(date(2026, 1, 16), 8, 30):
        sec = {i.kind.value: i for i in queue.queue(o.ctx, actor=o.secretary)}
    assert sec["minutes"].late and sec["minutes"].ref == proposal.ref


def test_a_meeting_on_time_is_not_late_and_its_decision_is_not_overdue_after_the_limit(o):
    from lamdong_desktop.services import queue

    proposal = received(o)
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    assert not meeting.late
    with at(date(2026, 1, 20), 9):  # after the 14th: the meeting was held in time, the decision has no such limit
        (item,) = [i for i in queue.queue(o.ctx, actor=o.head) if i.kind.value == "decide"]
    assert not item.overdue and not item.late


def test_a_reader_of_another_meeting_sees_nothing_and_a_proposer_only_his_item(o):
    mine = received(o, by=o.leader, title="Đề xuất của phó chủ tịch")
    other = received(o, title="Đề xuất của cán bộ")
    meeting = convene(o, [mine.id, other.id], kind="leadership", seats=LEADERSHIP[:1] + LEADERSHIP[2:])
    with pytest.raises(NotFound):
        meetings.get(o.ctx, meeting.id, actor=o.admin)
    seen = meetings.get(o.ctx, meeting.id, actor=o.official)
    assert [i.ref for i in seen.items] == [other.ref]
    assert [i.ref for i in meetings.get(o.ctx, meeting.id, actor=o.leader).items] == [mine.ref, other.ref]
    assert [m.id for m in meetings.list_meetings(o.ctx, actor=o.admin)] == []


def test_a_proposal_on_an_agenda_offers_no_return_button_its_return_is_a_written_conclusion(o):
    """Scheduled, a proposal comes back only through a decision (a numbered notice): the window's “Trả lại”
    is not offered, though the head may still return it before it is put to a meeting."""
    proposal = received(o)
    assert proposals.open_proposal(o.ctx, proposal.id, actor=o.head).actions == (Action.RETURN,)
    convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    assert _state(o, proposal) is State.SCHEDULED
    assert proposals.open_proposal(o.ctx, proposal.id, actor=o.head).actions == ()


def test_the_signed_scans_are_copied_out_for_their_readers_only(o, tmp_path):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "abstain"], strict=True)))
    close(o, meeting)
    with at(DAY, 14):
        decided = decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="approve",
                                   signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch").value
        with pytest.raises(NotFound):  # nothing signed yet
            meetings.export_minutes_scan(o.ctx, actor=o.head, meeting_id=meeting.id, folder=tmp_path / "out")
        with pytest.raises(NotFound):
            decisions.export_scan(o.ctx, actor=o.head, decision_id=decided.id, folder=tmp_path / "out")
        minutes, decision = tmp_path / "bb-ky.pdf", tmp_path / "qd-ky.pdf"
        write_pdf(minutes, "signed minutes")
        write_pdf(decision, "signed decision")
        meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id, path=minutes)
        decisions.attach_signed(o.ctx, actor=o.secretary, decision_id=decided.id, path=decision)
    out = meetings.export_minutes_scan(o.ctx, actor=o.leader, meeting_id=meeting.id, folder=tmp_path / "a")
    assert out.name == "bb-ky.pdf" and out.read_bytes() == pdf_bytes("signed minutes")
    out = decisions.export_scan(o.ctx, actor=o.official, decision_id=decided.id, folder=tmp_path / "b")
    assert out.read_bytes() == pdf_bytes("signed decision")  # the proposer reads his own decision
    other = office(o.ctx, o.head).admin
    with pytest.raises(NotFound):
        meetings.export_minutes_scan(o.ctx, actor=other, meeting_id=meeting.id, folder=tmp_path / "c")
    with pytest.raises(NotFound):
        decisions.export_scan(o.ctx, actor=other, decision_id=decided.id, folder=tmp_path / "c")
    assert not (tmp_path / "c").exists()


def test_the_meetings_of_a_proposal_are_those_it_was_put_to_as_the_reader_may_see_them(o):
    first, second = received(o, title="Đề xuất thứ nhất"), received(o, title="Đề xuất thứ hai")
    adjourned = convene(o, [first.id], kind="leadership", seats=LEADERSHIP)
    with at(DAY, 9):
        meetings.adjourn(o.ctx, actor=o.head, meeting_id=adjourned.id, reason="Không đủ thành viên")
    later = convene(o, [first.id, second.id], kind="leadership", seats=LEADERSHIP, day=date(2026, 1, 13))
    assert [m.id for m in meetings.meetings_of(o.ctx, first.id, actor=o.head)] == [adjourned.id, later.id]
    assert [m.id for m in meetings.meetings_of(o.ctx, second.id, actor=o.head)] == [later.id]
    shown = meetings.meetings_of(o.ctx, second.id, actor=o.official)  # their proposer reads the meeting
    assert [m.id for m in shown] == [later.id] and {i.ref for i in shown[0].items} == {first.ref, second.ref}
    assert meetings.meetings_of(o.ctx, second.id, actor=o.admin) == []


def test_a_number_printed_on_a_decision_or_minutes_cannot_be_cancelled_in_the_register(o):
    from lamdong_desktop.services import register

    proposal = received(o, title="Đề xuất có quyết định")
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, dict.fromkeys(("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành"), "for"))
    closed = close(o, meeting)
    with at(DAY, 14):
        done = decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                                signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
        entries = {e.entry.reference: e.entry for e in register.list_entries(o.ctx, actor=o.head)}
        for reference in (done.reference, closed.minutes_ref, closed.invitation_ref):
            with pytest.raises(ValidationError) as err:
                register.cancel(o.ctx, actor=o.head, entry_id=entries[reference].id, reason="Hủy thử")
            assert err.value.code == "register_entry_in_use" and reference in describe(err.value)
    assert all(e.entry.state.value == "issued" for e in register.list_entries(o.ctx, actor=o.head))


def test_deciding_a_proposal_on_no_meeting_names_it_by_its_reference(o):
    proposal = received(o, title="Đề xuất chưa đưa ra họp")
    with pytest.raises(NotFound) as err:
        decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                         signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch")
    assert proposal.ref in describe(err.value) and proposal.id not in describe(err.value)
