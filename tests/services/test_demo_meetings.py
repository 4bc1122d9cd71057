"""The demo's meetings: every path of ND 73/2023 Đ8 is there, numbered from the register, and prints."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

import pytest
from pypdf import PdfReader

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.domain.meetings import MeetingKind, MeetingLevel, MeetingState, Outcome, Purpose
from lamdong_desktop.services import accounts, decisions, integrity, meeting_votes, meetings, proposal_history, queue
from lamdong_desktop.services import printing_meetings as pm
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.demo_meetings import scan_pdf
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage.paths import DataPaths
from tests.documents.pdftext import document_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ctx, head = create_demo(DataPaths(tmp_path_factory.mktemp("demo-meetings") / "d"))
    yield ctx, head, accounts.sign_in(ctx, username="thuky", password="demo")
    ctx.close()


@pytest.fixture(scope="module")
def held(demo):
    """The unit's meetings, in the order they were convened (the province's is the head's too: his own item)."""
    ctx, head, _ = demo
    return [m for m in reversed(meetings.list_meetings(ctx, actor=head)) if m.level is MeetingLevel.UNIT]


@pytest.fixture(scope="module")
def issued(demo, held):
    ctx, head, _ = demo
    ours = {m.id for m in held}
    return [d for d in reversed(decisions.list_decisions(ctx, actor=head)) if d.meeting_id in ours]


def _history(ctx, head, proposal_id):
    return [t.action for t in proposal_history.transitions(ctx, proposal_id, actor=head)]


def test_one_meeting_of_each_kind_and_fate(held):
    fates = [(m.kind, m.state) for m in held]
    assert fates == [(MeetingKind.LEADERSHIP, MeetingState.ADJOURNED), (MeetingKind.LEADERSHIP, MeetingState.CLOSED),
                     (MeetingKind.COUNCIL, MeetingState.CLOSED), (MeetingKind.LEADERSHIP, MeetingState.CLOSED),
                     (MeetingKind.LEADERSHIP, MeetingState.CLOSED), (MeetingKind.LEADERSHIP, MeetingState.CONVENED),
                     (MeetingKind.COUNCIL, MeetingState.CONVENED)]
    # Numbered in the order they were convened (the two still to come in the last days, either first).
    assert [m.invitation_ref for m in held[:5]] == [f"{n:02d}/GM-UBND" for n in range(1, 6)]
    assert sorted(m.invitation_ref for m in held[5:]) == ["06/GM-UBND", "07/GM-UBND"]
    assert [m.minutes_ref for m in held] == ["01/BB-UBND", "02/BB-UBND", "01/BB-HĐĐG", "03/BB-UBND", "04/BB-UBND",
                                             "", ""]
    # The fifth evaluates the results of five approved proposals (ND 73/2023 Đ11), the sixth one more in a few days.
    assert [{i.purpose for i in m.items} for m in held[4:6]] == [{Purpose.EVALUATION}] * 2
    assert [len(m.items) for m in held[4:6]] == [5, 1]


def test_an_adjourned_meeting_below_quorum_sends_its_proposal_to_a_later_one_held_late(demo, held):
    ctx, head, _ = demo
    adjourned, late = held[0], held[1]  # the next leadership meeting, past the 07 working days
    assert not adjourned.quorum_met and adjourned.present_count == 3 and len(adjourned.voting_members) == 5
    (item,) = adjourned.items
    assert item.outcome.status.value == "no_quorum" and not item.outcome.complete
    again = late.item(item.proposal_id)
    assert again.late and late.late and not adjourned.late and again.decision_outcome is Outcome.APPROVE
    assert _history(ctx, head, item.proposal_id) == [Action.SUBMIT, Action.RECEIVE, Action.SCHEDULE,
                                                     Action.UNSCHEDULE, Action.SCHEDULE, Action.APPROVE,
                                                     Action.START, Action.ADJUST]  # then carried out


def test_a_council_of_nine_scores_a_broad_proposal_in_full_and_approves_it(demo, held):
    ctx, head, _ = demo
    council = held[2]
    item, other = council.items  # the broad one scored in full, then a second approved with it
    assert not other.broad and other.decision_outcome is Outcome.APPROVE
    assert item.broad and len(council.voting_members) == 9 and council.present_count == 9
    sheet = meeting_votes.score_sheet(ctx, council.id, item.proposal_id, actor=head)
    assert sheet.complete and len(sheet.member_ids) == 9 and len(sheet.marks) == 9 * 5
    assert (item.outcome.in_favour, item.outcome.against, item.outcome.abstained) == (7, 1, 1)
    assert item.decision_outcome is Outcome.APPROVE


def test_a_meeting_passes_overrides_pilots_returns_and_rejects(demo, held):
    ctx, head, _ = demo
    late = held[3]
    outcomes = {i.decision_outcome for i in late.items}
    assert outcomes == {Outcome.APPROVE, Outcome.PILOT, Outcome.RETURN, Outcome.REJECT}
    (overridden,) = [i for i in late.items if i.override_reason]
    o = overridden.outcome
    # 2–2 with the head against: failed by the rule (ND 73/2023 Đ8.1), then approved in writing.
    assert (o.in_favour, o.against, o.tie, o.passed) == (2, 2, True, False) and o.tie_break.value == "head_against"
    assert overridden.decision_outcome is Outcome.APPROVE
    for item in late.items:
        assert item.outcome.complete and not (set(item.proposer_ids) & set(item.ballots))  # proposers never vote
    states = {i.decision_outcome: ctx.db["proposals"].get(i.proposal_id)["state"] for i in late.items}
    # The one approved over the vote is carried out since, then suspended by the head; the pilot waits to start.
    assert states == {Outcome.APPROVE: State.SUSPENDED.value, Outcome.PILOT: State.PILOT.value,
                      Outcome.RETURN: State.RETURNED.value, Outcome.REJECT: State.REJECTED.value}


def test_every_decision_is_numbered_from_the_register_without_a_gap(demo, issued):
    ctx, head, _ = demo
    for d in issued:
        entry = ctx.db["register_entries"].get(ctx.db["decisions"].get(d.id)["register_entry_id"])
        assert entry["subject_table"] == "decisions" and entry["subject_id"] == d.id and entry["number"] == d.number
    # The unit's register: the decisions among its adjustment decision (QĐ) and evaluation conclusions (TB).
    numbers, subjects = defaultdict(list), defaultdict(int)
    for entry in ctx.db["register_entries"].rows_where("unit_code = ? AND sequence_key = 'unit' AND doc_type IN "
                                                       "('QD', 'TB')", [ctx.unit_code], order_by="rowid"):
        numbers[(entry["year"], entry["doc_type"])].append(entry["number"])
        subjects[(entry["doc_type"], entry["subject_table"])] += 1
    for found in numbers.values():  # per year and type (a new year starts again at 01)
        assert found == list(range(1, len(found) + 1))
    # The approvals and pilots and the adjustment (an event of its implementation); a return, a rejection and the
    # evaluations' conclusions are notices.
    assert subjects == {("QD", "decisions"): 12, ("QD", "implementation_events"): 1, ("TB", "decisions"): 2,
                        ("TB", "evaluations"): 5}
    assert {d.doc_type.abbreviation for d in issued if d.outcome in (Outcome.RETURN, Outcome.REJECT)} == {"TB"}
    assert any(d.signer_lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") for d in issued)
    assert any(d.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") for d in issued)


def test_some_minutes_and_decisions_carry_their_signed_scans(demo, held, issued):
    ctx, _, _ = demo
    assert [m.locked for m in held] == [True] * 5 + [False] * 2
    signed = [d for d in issued if d.locked]
    assert 1 <= len(signed) < len(issued)
    scans = [m.minutes_scan_id for m in held if m.locked] + [d.scan_id for d in signed]
    for scan_id in scans:
        row = ctx.db["attachments"].get(scan_id)
        assert row["media_type"] == "application/pdf" and row["filename"].endswith("đã ký.pdf")
        assert len(PdfReader(blobs.blob_path(ctx.paths, row["sha256"])).pages) == 1
    assert scan_pdf(3) == scan_pdf(3) != scan_pdf(4)


def test_every_meeting_and_decision_of_the_demo_prints(demo, held, issued, tmp_path):
    ctx, head, secretary = demo
    for meeting in held[:5]:
        text = document_text(pm.print_minutes(ctx, actor=secretary, meeting_id=meeting.id,
                                              target=tmp_path / "bb.pdf"))
        assert "BIÊN BẢN" in text and f"Số: {meeting.minutes_ref}" in text
    for d in issued:
        text = document_text(pm.print_decision(ctx, actor=head, decision=d.id, target=tmp_path / "vb.pdf"))
        kind = "QUYẾT ĐỊNH" if d.doc_type.abbreviation == "QĐ" else "THÔNG BÁO"
        assert f"Số: {d.reference}" in text and kind in text
    for coming in held[5:]:
        with pytest.raises(ValidationError) as early:
            pm.minutes_of(ctx, coming.id, actor=secretary)
        assert early.value.code == "minutes_before_attendance"
        text = document_text(pm.print_invitation(ctx, actor=head, meeting_id=coming.id, target=tmp_path / "gm.pdf"))
        assert "GIẤY MỜI" in text and f"Số: {coming.invitation_ref}" in text


def test_the_meeting_still_to_come_waits_in_the_heads_queue_and_the_data_verifies(demo, held):
    ctx, head, _ = demo
    coming = held[6]
    assert coming.starts_at > clock.now()  # convened already, held in the coming days …
    latest = ctx.db.execute("SELECT max(at) FROM audit_events").fetchone()[0]
    assert datetime.fromisoformat(latest) <= clock.now()  # … and nothing in the record is stamped in the future
    assert ctx.db["proposals"].get(coming.items[0].proposal_id)["state"] == State.SCHEDULED.value
    assert any(coming.items[0].ref in item.ref for item in queue.queue(ctx, actor=head))
    assert integrity.verify_all(ctx).ok


def test_a_heads_own_proposal_is_received_met_and_decided_at_the_province(demo, tmp_path):
    """ND 73/2023 Đ7.1: the chairman's own proposal goes to the province, which carries it through its own meeting."""
    ctx, head, _ = demo
    tinh = accounts.sign_in(ctx, username="tinh", password="demo")
    (meeting,) = meetings.list_meetings(ctx, actor=tinh)
    assert (meeting.level, meeting.state, meeting.locked) == (MeetingLevel.PROVINCE, MeetingState.CLOSED, True)
    assert (meeting.invitation_ref, meeting.minutes_ref) == ("01/GM-UBND", "01/BB-UBND")  # the province's own
    assert {m.full_name for m in meeting.members} >= {"Đoàn Minh Quang", "Phạm Minh Tuấn"}
    (item,) = meeting.items
    assert item.decision_outcome is Outcome.APPROVE and not item.late and item.author_name == "Nguyễn Văn Hùng"
    assert _history(ctx, head, item.proposal_id) == [Action.SUBMIT, Action.RECEIVE, Action.SCHEDULE, Action.APPROVE]
    (decision,) = decisions.list_decisions(ctx, actor=tinh)
    assert (decision.reference, decision.locked, decision.signer_name) == ("01/QĐ-UBND", True, "Đoàn Minh Quang")
    text = document_text(pm.print_decision(ctx, actor=head, decision=decision.id, target=tmp_path / "qd.pdf"))
    assert "TỈNH LÂM ĐỒNG" in text and "Lâm Đồng, ngày" in text and "XÃ DI LINH" not in text
    codes = {r[0] for r in ctx.db.execute("SELECT DISTINCT unit_code FROM register_entries")}
    assert codes == {"LD", ctx.unit_code}  # two registers, never one
