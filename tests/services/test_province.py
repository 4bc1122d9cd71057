"""The province's level (ND 73/2023 Đ7.1): a head's own proposal goes to the province, which receives it, records its
party committee's opinion, convenes its own meeting, records it as the seated secretary and decides — under its own
body and register. The head is refused at every step with the reason; the unit's other people see no more than before.
"""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied
from lamdong_desktop.domain.lifecycle import Action, Recipient, State
from lamdong_desktop.domain.meetings import MeetingLevel
from lamdong_desktop.domain.register import DocType
from lamdong_desktop.messages import describe
from lamdong_desktop.services import (
    decisions,
    meeting_records,
    meeting_votes,
    meetings,
    proposal_history,
    proposals,
    queue,
    register,
    review,
)
from lamdong_desktop.services import printing_meetings as pm
from lamdong_desktop.services.integrity import verify_all
from tests.documents.pdftext import document_text

from .meeting_support import LEADERSHIP
from .province_support import DUE, MEETING_DAY, MONDAY, PARTY_BODY, at, province
from .test_proposals import full


@pytest.fixture
def p(demo):
    return province(*demo)


def _count(p, table: str) -> int:
    return p.ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _refused_own(call, ref: str) -> None:
    with pytest.raises(PermissionDenied) as err:
        call()
    assert err.value.code == "own_proposal_at_province"
    text = describe(err.value)
    assert ref in text and "cấp tỉnh" in text and "Điều 7 Nghị định 73/2023/NĐ-CP" in text


def test_the_whole_province_path_received_met_and_decided_by_the_province(p, tmp_path):
    o = p.o
    own = p.own_proposal(receive=False)
    assert own.submitted_to is Recipient.PROVINCE and own.state is State.SUBMITTED
    with at(MONDAY, 10):
        receipt = review.receive(p.ctx, actor=p.actor, proposal_id=own.id).value
        # ND 73/2023 Đ8.1 at the province as at the unit: the meeting within 07 working days of receipt.
        assert (receipt.received_on, receipt.meeting_due_on, receipt.receiver_name) == (MONDAY, DUE, "Phạm Minh Tuấn")
        opinion = review.record_party_opinion(p.ctx, actor=p.actor, proposal_id=own.id, opinion_on=MONDAY,
                                              body=PARTY_BODY, text="Thống nhất chủ trương.").value
    assert opinion.body == PARTY_BODY
    meeting = p.convene([own.id])
    assert meeting.level is MeetingLevel.PROVINCE and meeting.invitation_ref == "01/GM-UBND"
    assert [i.ref for i in meeting.items] == [own.ref] and not meeting.items[0].late
    closed = p.hold(meeting, own)
    assert closed.minutes_ref == "01/BB-UBND" and closed.items[0].outcome.passed
    decision = p.decide(own)
    assert decision.reference == "01/QĐ-UBND" and decision.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert decision.signer_name == "Đoàn Minh Quang"
    assert proposals.get(p.ctx, own.id, actor=o.head).state is State.APPROVED
    history = proposal_history.transitions(p.ctx, own.id, actor=o.head)
    assert [(t.action, t.actor_name) for t in history] == [
        (Action.SUBMIT, "Nguyễn Văn Hùng"), (Action.RECEIVE, "Phạm Minh Tuấn"), (Action.SCHEDULE, "Phạm Minh Tuấn"),
        (Action.APPROVE, "Phạm Minh Tuấn")]
    # The proposer reads the dossier of his own proposal: the meeting (his item), the decision, and prints them.
    assert decisions.list_decisions(p.ctx, actor=o.head, proposal_id=own.id)[0].reference == "01/QĐ-UBND"
    text = document_text(pm.print_decision(p.ctx, actor=o.head, decision=own.ref, target=tmp_path / "qd.pdf"))
    assert "Số: 01/QĐ-UBND" in text and "QUYẾT ĐỊNH" in text
    assert verify_all(p.ctx).ok


def test_the_head_may_not_receive_convene_on_record_the_opinion_on_or_decide_his_own_proposal(p):
    o = p.o
    own = p.own_proposal(receive=False)
    before = (_count(p, "proposal_receipts"), _count(p, "meetings"), _count(p, "register_entries"))
    with at(MONDAY, 10):
        _refused_own(lambda: review.receive(p.ctx, actor=o.head, proposal_id=own.id), own.ref)
        _refused_own(lambda: proposals.return_for_revision(p.ctx, actor=o.head, proposal_id=own.id,
                                                           reason="Tự trả lại"), own.ref)
        review.receive(p.ctx, actor=p.actor, proposal_id=own.id)
        _refused_own(lambda: review.record_party_opinion(p.ctx, actor=o.head, proposal_id=own.id, opinion_on=MONDAY,
                                                         body="Đảng ủy xã Di Linh", text="Đồng ý."), own.ref)
    # Not before a meeting of his own unit, nor of the province's.
    unit_seats = [meetings.MemberSpec(o.person(n), seat, head) for n, seat, head in LEADERSHIP]
    for level in ("unit", "province"):
        _refused_own(lambda level=level: p.convene([own.id], actor=o.head, level=level, members=unit_seats), own.ref)
    assert (_count(p, "proposal_receipts"), _count(p, "meetings"), _count(p, "register_entries")) == (
        before[0] + 1, before[1], before[2])  # only the province's receipt: no meeting, no number
    with at(MONDAY, 11):
        review.record_party_opinion(p.ctx, actor=p.actor, proposal_id=own.id, opinion_on=MONDAY, body=PARTY_BODY,
                                    text="Thống nhất.")
    meeting = p.convene([own.id])
    for what in (lambda: meetings.adjourn(p.ctx, actor=o.head, meeting_id=meeting.id, reason="Hoãn"),
                 lambda: meetings.remove_item(p.ctx, actor=o.head, meeting_id=meeting.id, proposal_id=own.id,
                                              reason="Rút")):
        with at(MEETING_DAY, 8, 1), pytest.raises(PermissionDenied) as err:
            what()
        assert err.value.code in ("province_level_only", "own_proposal_at_province")
    p.hold(meeting, own, {"Đoàn Minh Quang": "for", "Lương Thị Bích Ngọc": "against", "Tạ Quốc Khánh": "against"})
    with at(date(2026, 1, 13), 9):
        _refused_own(lambda: meeting_votes.override(p.ctx, actor=o.head, meeting_id=meeting.id, proposal=own.ref,
                                                    reason="Cần thiết"), own.ref)
        numbers = _count(p, "register_entries")
        _refused_own(lambda: decisions.decide(p.ctx, actor=o.head, proposal_id=own.id, outcome="reject",
                                              reasons="Không khả thi", signer_name="Nguyễn Văn Hùng",
                                              signer_title="Chủ tịch"), own.ref)
        assert _count(p, "register_entries") == numbers and _count(p, "decisions") == 0
    assert proposals.get(p.ctx, own.id, actor=o.head).state is State.SCHEDULED
    # The province decides: a failed vote, the province's conclusion notice (TB) with its reasons.
    notice = p.decide(own, "reject", reasons="Chưa bảo đảm tính khả thi về nguồn lực.")
    assert notice.reference == "01/TB-UBND" and proposals.get(p.ctx, own.id, actor=o.head).state is State.REJECTED


def test_only_the_seated_secretary_records_a_province_meeting_and_the_units_roster_does_not_sit_on_it(p):
    o = p.o
    own = p.own_proposal()
    unit_seats = [meetings.MemberSpec(o.person(n), seat, head) for n, seat, head in LEADERSHIP]
    with pytest.raises(NotFound) as err:  # the unit's staff are not the province's roster
        p.convene([own.id], members=unit_seats)
    assert err.value.code == "person_not_found"
    meeting = p.convene([own.id])
    member = meeting.members[0].id
    with at(MEETING_DAY, 8, 5):
        for outsider in (o.secretary, o.head, o.leader):  # the unit's secretary records the unit's meetings only
            with pytest.raises((PermissionDenied, NotFound)):
                meeting_records.attend(p.ctx, actor=outsider, meeting_id=meeting.id, member_id=member,
                                       attendance="present")
        meeting_records.attend(p.ctx, actor=p.actor, meeting_id=meeting.id, member_id=member, attendance="present")
        # Under way: the minutes to record are the seated secretary's (the province's account), not the unit's.
        assert [i.meeting_id for i in queue.queue(p.ctx, actor=p.actor) if i.kind is queue.ItemKind.MINUTES] == [
            meeting.id]
        assert not [i for i in queue.queue(p.ctx, actor=o.secretary) if i.meeting_id == meeting.id]


def test_the_provinces_numbers_are_its_own_sequence_and_never_mix_with_the_units(p):
    o = p.o
    own = p.own_proposal()
    meeting = p.convene([own.id])
    p.hold(meeting, own)
    province_decision = p.decide(own)
    with at(date(2026, 1, 13), 10):  # the unit's own numbers start at 01 too, in the unit's register
        unit_entry = register.issue(p.ctx, actor=o.head, doc_type=DocType.DECISION, title="Quyết định của xã",
                                    signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
        invitation = meetings.convene(
            p.ctx, actor=o.head, kind="leadership", title="Họp tập thể lãnh đạo", starts_at="2026-01-20 08:00",
            place="Hội trường", members=[meetings.MemberSpec(o.person(n), s, h) for n, s, h in LEADERSHIP]).value
    assert unit_entry.reference == province_decision.reference == "01/QĐ-UBND"
    assert invitation.invitation_ref == meeting.invitation_ref == "01/GM-UBND"
    rows = p.ctx.db.execute("SELECT unit_code, reference FROM register_entries ORDER BY rowid").fetchall()
    assert [tuple(r) for r in rows] == [("LD", "01/GM-UBND"), ("LD", "01/BB-UBND"), ("LD", "01/QĐ-UBND"),
                                        ("LD021", "01/QĐ-UBND"), ("LD021", "01/GM-UBND")]
    # Each level reads its own register and finds its own number by the printed reference.
    assert [v.entry.reference for v in register.list_entries(p.ctx, actor=p.actor)] == [
        "01/BB-UBND", "01/GM-UBND", "01/QĐ-UBND"]
    assert [v.entry.reference for v in register.list_entries(p.ctx, actor=o.head)] == ["01/GM-UBND", "01/QĐ-UBND"]
    assert register.find_entry(p.ctx, "01/QĐ-UBND", actor=o.head).id == unit_entry.id
    assert register.find_entry(p.ctx, "01/QĐ-UBND", actor=p.actor).id != unit_entry.id
    with pytest.raises(NotFound):
        register.get_entry(p.ctx, unit_entry.id, actor=p.actor)
    with at(date(2026, 1, 13), 11):
        assert decisions.get(p.ctx, "01/QĐ-UBND", actor=p.actor).id == province_decision.id


def test_documents_issued_at_the_province_carry_the_province_in_the_header(p, tmp_path):
    own = p.own_proposal()
    meeting = p.convene([own.id])
    p.hold(meeting, own)
    p.decide(own)
    decision = pm.decision_of(p.ctx, own.ref, actor=p.actor)
    assert decision.unit_name == "Tỉnh Lâm Đồng" and decision.unit_short_name == "Lâm Đồng"
    with at(date(2026, 1, 13), 12):
        texts = {
            "decision": document_text(pm.print_decision(p.ctx, actor=p.actor, decision=own.ref,
                                                        target=tmp_path / "qd.pdf")),
            "minutes": document_text(pm.print_minutes(p.ctx, actor=p.actor, meeting_id=meeting.id,
                                                      target=tmp_path / "bb.pdf")),
            "invitation": document_text(pm.print_invitation(p.ctx, actor=p.actor, meeting_id=meeting.id,
                                                            target=tmp_path / "gm.pdf")),
        }
    numbers = {"decision": "Số: 01/QĐ-UBND", "minutes": "Số: 01/BB-UBND", "invitation": "Số: 01/GM-UBND"}
    for kind, text in texts.items():
        assert "ỦY BAN NHÂN DÂN" in text and "TỈNH LÂM ĐỒNG" in text, kind
        assert "XÃ DI LINH" not in text and numbers[kind] in text, kind
        assert ("Lâm Đồng, ngày" in text) is (kind != "minutes"), kind  # minutes date their time lines instead
    assert "Tỉnh ủy (để báo cáo)" in texts["decision"] and "Đảng ủy tỉnh" not in texts["decision"]
    assert "Chánh Văn phòng UBND tỉnh" in texts["decision"]


def test_the_province_queue_lists_what_was_sent_to_it_the_head_follows_his_own(p):
    o = p.o
    waiting = p.own_proposal("Đề xuất chờ tiếp nhận", receive=False)
    own = p.own_proposal()
    kinds = lambda actor, day=MONDAY: {(i.kind, i.ref): i for i in queue.queue(p.ctx, actor=actor, today=day)}  # noqa
    province_items = kinds(p.actor)
    assert province_items[(queue.ItemKind.RECEIVE, waiting.ref)].due is None
    assert province_items[(queue.ItemKind.MEETING, own.ref)].due == DUE
    head_items = kinds(o.head)
    assert {k for k, ref in head_items if ref in (waiting.ref, own.ref)} == {queue.ItemKind.PROGRESS}
    followed = head_items[(queue.ItemKind.PROGRESS, own.ref)]
    assert (followed.due, followed.state, followed.overdue) == (DUE, State.RECEIVED.value, False)
    assert head_items[(queue.ItemKind.PROGRESS, waiting.ref)].state == State.SUBMITTED.value
    late = kinds(p.actor, date(2026, 1, 15))[(queue.ItemKind.MEETING, own.ref)]
    assert late.overdue  # the province's limit passed: overdue in the province's queue …
    assert not kinds(o.head, date(2026, 1, 15))[(queue.ItemKind.PROGRESS, own.ref)].overdue  # … not the head's
    meeting = p.convene([own.id])
    assert (queue.ItemKind.HOLD, own.ref) in kinds(p.actor, date(2026, 1, 9))
    for unit_actor in (o.head, o.secretary):  # the province's meeting is nothing for the unit to hold or record
        assert not [i for i in queue.queue(p.ctx, actor=unit_actor, today=MEETING_DAY) if i.meeting_id == meeting.id]
    p.hold(meeting, own)
    assert (queue.ItemKind.SIGN, own.ref) in kinds(p.actor, MEETING_DAY)  # the signed minutes to attach
    assert (queue.ItemKind.DECIDE, own.ref) in kinds(p.actor, MEETING_DAY)
    p.decide(own)
    assert (queue.ItemKind.PROGRESS, own.ref) not in kinds(o.head, date(2026, 1, 13))


def test_the_units_other_people_see_no_more_than_before(p):
    o = p.o
    own = p.own_proposal()
    meeting = p.convene([own.id])
    p.hold(meeting, own)
    decision = p.decide(own)
    # The official never read the head's proposal: nor its meeting, its decision, its numbers.
    for call in (lambda: proposals.get(p.ctx, own.id, actor=o.official),
                 lambda: meetings.get(p.ctx, meeting.id, actor=o.official),
                 lambda: decisions.get(p.ctx, decision.id, actor=o.official),
                 lambda: pm.decision_of(p.ctx, decision.id, actor=o.official)):
        with pytest.raises(NotFound):
            call()
    assert meeting.id not in {m.id for m in meetings.list_meetings(p.ctx, actor=o.official)}
    # The unit's leadership and secretary read a submitted proposal's dossier, as before — the province's meeting
    # only through it (its item), never as a whole; the unit's register never holds the province's numbers.
    for reader in (o.head, o.leader, o.secretary):
        seen = meetings.get(p.ctx, meeting.id, actor=reader)
        assert [i.ref for i in seen.items] == [own.ref]
        assert decisions.get(p.ctx, decision.id, actor=reader).reference == "01/QĐ-UBND"
        assert not [v for v in register.list_entries(p.ctx, actor=reader) if v.entry.subject_id == decision.id]
    # The province reads what was sent to it, and nothing of the unit's own.
    assert {s.ref for s in proposals.list_proposals(p.ctx, actor=p.actor)} == {own.ref}


def test_a_proposal_goes_only_before_a_meeting_of_its_own_level(p):
    o = p.o
    own = p.own_proposal()
    with pytest.raises(PermissionDenied) as err:  # the province convenes no meeting of the unit
        p.convene([own.id], level="unit")
    assert err.value.code == "permission_denied"
    with pytest.raises(DomainError) as err:  # a head convening for the province
        p.convene([], actor=o.head)
    assert err.value.code == "province_level_only" and "cấp tỉnh" in describe(err.value)
    ordinary = proposals.create_draft(p.ctx, actor=o.official, content=full(o.org_id, "Đề xuất của cán bộ")).value
    with pytest.raises(NotFound):  # the unit's ordinary proposal is not the province's: it does not even see it
        p.convene([ordinary.id])
    assert _count(p, "meetings") == 0
