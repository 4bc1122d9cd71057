"""decide is one transaction: a number from the register, the decision's row and the proposal's transition land
together or not at all; numbers follow each other without a gap whatever was refused in between. A decision
follows the meeting: vote, close (the minutes take their number), then decide."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.register import DocType
from lamdong_desktop.messages import describe
from lamdong_desktop.services import decisions, proposals, register
from lamdong_desktop.services.integrity import verify_all

from .meeting_support import LEADERSHIP, at, attend, close, convene, office, received, vote

DAY = date(2026, 1, 12)
VOTERS = ("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành")


@pytest.fixture
def o(demo):
    return office(*demo)


def _counts(o) -> tuple[int, int, int, int]:
    one = lambda sql: o.ctx.db.execute(sql).fetchone()[0]  # noqa: E731
    return (one("SELECT count(*) FROM register_entries WHERE doc_type IN ('QD', 'TB')"),
            one("SELECT count(*) FROM decisions"), one("SELECT count(*) FROM proposal_transitions"),
            one("SELECT coalesce(sum(last), 0) FROM sequences WHERE scope LIKE 'REG:%:QD' OR scope LIKE 'REG:%:TB'"))


def _voted(o, count, *, opinion=True, choice="for", closed=True):
    """``count`` proposals voted on in one leadership meeting (at 09:00), which the secretary closes at 09:30
    unless ``closed`` is False (the test adds to it first)."""
    props = [received(o, title=f"Đề xuất số {i + 1}", opinion=opinion) for i in range(count)]
    meeting = convene(o, [p.id for p in props], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    for p in props:
        vote(o, meeting, p, dict.fromkeys(VOTERS, choice))
    if closed:
        meeting = close(o, meeting, hour=9, minute=30)
    return meeting, props


def _decide(o, proposal, outcome="approve", **kw):
    kw.setdefault("signer_name", "Nguyễn Văn Hùng")
    kw.setdefault("signer_title", "Chủ tịch")
    return decisions.decide(o.ctx, actor=kw.pop("actor", o.head), proposal_id=proposal.id, outcome=outcome, **kw).value


@pytest.mark.parametrize("case, code", [
    ("no party opinion", "party_opinion_required"),
    ("vote not complete", "vote_not_completed"),
    ("before the meeting", "decision_before_meeting"),
    ("no signer", "signer_incomplete"),
    ("bad authority", "authority_unknown"),
    ("bad outcome", "outcome_invalid"),
    ("not the head", "permission_denied"),
])
def test_a_refused_decision_takes_no_number_writes_no_row_and_moves_nothing(o, case, code):
    meeting, (first, second) = _voted(o, 2, opinion=case != "no party opinion", closed=False)
    if case == "vote not complete":
        third = received(o, title="Chưa biểu quyết xong")
        with at(DAY, 9):
            from lamdong_desktop.services import meetings

            meetings.add_item(o.ctx, actor=o.head, meeting_id=meeting.id, proposal_id=third.id)
        vote(o, meeting, third, {"Nguyễn Văn Hùng": "for"})
        first = third  # the meeting cannot close on it: the vote is refused as incomplete while it is open
    else:
        close(o, meeting, hour=9, minute=30)
    kw = {"no signer": {"signer_name": "", "signer_title": ""}, "bad authority": {"authority": "XYZ"},
          "before the meeting": {"issued_on": date(2026, 1, 9)}, "bad outcome": {"outcome": "duyet"},
          "not the head": {"actor": o.secretary}}.get(case, {})
    before, state = _counts(o), proposals.get(o.ctx, first.id, actor=o.head).state
    with at(DAY, 10), pytest.raises(DomainError) as err:
        _decide(o, first, **({"outcome": kw.pop("outcome")} if "outcome" in kw else {}), **kw)
    assert err.value.code == code and "mã lỗi" not in describe(err.value)
    assert isinstance(err.value, PermissionDenied) == (case == "not the head")
    assert _counts(o) == before and proposals.get(o.ctx, first.id, actor=o.head).state is state
    if case == "vote not complete":  # finish the count, then the meeting closes
        vote(o, meeting, first, {"Ka Thị Hương": "for", "Đinh Công Thành": "for"})
        close(o, meeting, hour=10, minute=30)
    if case != "no party opinion":
        with at(DAY, 11):
            assert _decide(o, second).reference == "01/QĐ-UBND"  # the refused attempt gave nothing away


def test_decisions_are_numbered_in_order_without_a_gap_whatever_is_refused_between(o):
    meeting, props = _voted(o, 6, closed=False)
    refused = received(o, title="Không có ý kiến cấp ủy", opinion=False)
    with at(DAY, 8):
        from lamdong_desktop.services import meetings

        meetings.add_item(o.ctx, actor=o.head, meeting_id=meeting.id, proposal_id=refused.id)
    vote(o, meeting, refused, dict.fromkeys(VOTERS, "for"))
    close(o, meeting, hour=9, minute=30)
    numbers = []
    with at(DAY, 10):
        for i, p in enumerate(props):
            with pytest.raises(ValidationError):
                _decide(o, refused)
            outcome = "pilot" if i % 2 else "approve"
            numbers.append(_decide(o, p, outcome).number)
        # Another document of the same type taken by the register between decisions continues the same sequence.
        entry = register.issue(o.ctx, actor=o.head, doc_type="QĐ", title="Quyết định khác",
                               signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
    assert numbers == [1, 2, 3, 4, 5, 6] and entry.number == 7
    entries = [v.entry for v in register.list_entries(o.ctx, actor=o.head, doc_type=DocType.DECISION)]
    assert [e.number for e in entries] == list(range(1, 8))
    assert [e.subject_table for e in entries] == ["decisions"] * 6 + [None]
    states = {proposals.get(o.ctx, p.id, actor=o.head).state for p in props}
    assert states == {State.APPROVED, State.PILOT}
    assert verify_all(o.ctx).ok


def test_a_notice_returns_the_proposal_which_can_be_resubmitted_received_and_met_again(o):
    meeting, (proposal,) = _voted(o, 1, choice="against")
    with at(DAY, 10):
        notice = _decide(o, proposal, "return", reasons="Bổ sung chỉ tiêu và nguồn lực.\nLàm rõ phạm vi.")
    assert notice.reference == "01/TB-UBND" and notice.doc_type is DocType.NOTICE
    assert decisions.decision_data(o.ctx, notice.id, actor=o.head).reasons == (
        "Bổ sung chỉ tiêu và nguồn lực.", "Làm rõ phạm vi.")
    with at(date(2026, 1, 13), 8):
        proposals.submit(o.ctx, actor=o.official, proposal_id=proposal.id)
        from lamdong_desktop.services import review

        review.receive(o.ctx, actor=o.head, proposal_id=proposal.id)
    again = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=date(2026, 1, 14))
    attend(o, again, [n for n, _, _ in LEADERSHIP])
    vote(o, again, proposal, dict.fromkeys(VOTERS, "for"))
    close(o, again, hour=9, minute=30)
    with at(date(2026, 1, 14), 10):
        approved = _decide(o, proposal)  # the open item: the new meeting, not the one already decided
    assert approved.meeting_id == again.id and approved.reference == "01/QĐ-UBND"
    assert [d.reference for d in decisions.list_decisions(o.ctx, actor=o.official, proposal_id=proposal.id)] == [
        "01/QĐ-UBND", "01/TB-UBND"]


def test_the_decision_is_read_by_its_proposer_and_the_unit_not_by_others(o):
    meeting, (proposal,) = _voted(o, 1)
    with at(DAY, 10):
        decided = _decide(o, proposal, signer_person_id=o.person("Nguyễn Văn Hùng"), signer_name="", signer_title="")
    assert decided.signer_title == "Chủ tịch"  # his office, from his position "Chủ tịch UBND xã Di Linh"
    assert decisions.get(o.ctx, "01/QĐ-UBND", actor=o.official).id == decided.id
    for outsider in (o.admin,):
        with pytest.raises(DomainError) as err:
            decisions.get(o.ctx, decided.id, actor=outsider)
        assert err.value.code == "decision_not_found"
        assert decisions.list_decisions(o.ctx, actor=outsider) == []
    data = decisions.decision_data(o.ctx, decided.id, actor=o.official)
    assert (data.unit_name, data.unit_short_name, data.doc_type, data.number) == ("Xã Di Linh", "Di Linh", "QĐ", 1)
    assert data.party_opinion.body == "Đảng ủy xã Di Linh" and data.received_on == date(2026, 1, 5)
    assert data.proposal.proposer.name == "K'Brơi Ngọc Sơn" and data.scope.startswith("Về đất đai")
    assert data.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert data.meeting.kind.value == "leadership" and data.meeting.held_on == DAY and not data.signed


@pytest.mark.parametrize("outcome", ["approve", "pilot", "return", "reject"])
def test_no_decision_while_the_meeting_is_open_its_minutes_not_numbered(o, outcome):
    """Fault: a decision was issued while its meeting was still open, so it could not cite the minutes' number."""
    # An approval after a passed vote, a return or a rejection after a failed one (the decision follows the vote).
    choice = "for" if outcome in ("approve", "pilot") else "against"
    meeting, (proposal,) = _voted(o, 1, closed=False, choice=choice)
    entries = lambda: o.ctx.db.execute("SELECT count(*) FROM register_entries").fetchone()[0]  # noqa: E731
    before, rows, state = entries(), _counts(o), proposals.get(o.ctx, proposal.id, actor=o.head).state
    with at(DAY, 10), pytest.raises(ValidationError) as err:
        _decide(o, proposal, outcome, reasons="Cần bổ sung.", meeting_id=meeting.id)
    assert err.value.code == "meeting_not_closed"
    assert describe(err.value).startswith("Cuộc họp chưa kết thúc (chưa lập biên bản): kết thúc cuộc họp và lập "
                                          "biên bản trước khi ban hành quyết định.")
    assert entries() == before and _counts(o) == rows  # nothing numbered, no row, no transition
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is state is State.SCHEDULED
    closed = close(o, meeting, hour=10, minute=30)
    with at(DAY, 11):
        issued = _decide(o, proposal, outcome, reasons="Cần bổ sung.")
    # The minutes took the first number of their type at the close; the decision cites them.
    assert closed.minutes_ref == "01/BB-UBND" and issued.number == 1
    assert decisions.decision_data(o.ctx, issued.id, actor=o.head).meeting.minutes_reference == "01/BB-UBND"


def test_no_decision_from_an_adjourned_meeting(o):
    meeting, (proposal,) = _voted(o, 1, closed=False)
    with at(DAY, 9, 40):
        from lamdong_desktop.services import meetings

        meetings.adjourn(o.ctx, actor=o.head, meeting_id=meeting.id, reason="Chủ trì có việc đột xuất.")
    before = _counts(o)
    with at(DAY, 10), pytest.raises(ValidationError) as err:
        _decide(o, proposal, meeting_id=meeting.id)
    assert err.value.code == "decision_meeting_adjourned" and "mã lỗi" not in describe(err.value)
    assert _counts(o) == before and proposals.get(o.ctx, proposal.id, actor=o.head).state is State.RECEIVED
