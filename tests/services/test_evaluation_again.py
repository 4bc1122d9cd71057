"""A result the meeting did not evaluate goes before a later meeting (ND 73/2023 Đ11): voted down at a closed
meeting, adjourned, or taken off below quorum — each time the head puts it on another agenda, the later meeting is
marked late after the 07 working days, and its conclusion is the one that counts."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.domain.meetings import Purpose
from lamdong_desktop.messages import describe
from lamdong_desktop.services import agenda_items, evaluations, meetings, proposal_history, proposals, queue, review
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.services.queue import ItemKind

from .implementation_support import VOTERS, evaluate, put_to_evaluation, reported
from .meeting_support import LEADERSHIP, at, attend, close, convene, vote


@pytest.fixture
def o(demo):
    from .meeting_support import office

    return office(*demo)


AGAIN_ON = date(2026, 2, 13)  # Friday: after the 07 working days of the report of 3 February (due the 12th)


def _again(o, proposal, *, choice="for", day=AGAIN_ON):
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=day, on=day,
                      title="Họp đánh giá lại kết quả thực hiện đề xuất")
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, dict.fromkeys(VOTERS, choice))
    close(o, meeting)
    return meetings.get(o.ctx, meeting.id, actor=o.head)


def _reported(o):
    """Reported on 3 February, with the party committee's opinion on the result on the 5th."""
    proposal = reported(o)
    with at(date(2026, 2, 5)):
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=date(2026, 2, 5),
                                    body="Đảng ủy xã Di Linh", text="Thống nhất với kết quả báo cáo.")
    return proposal


def _state(o, proposal) -> State:
    return proposals.get(o.ctx, proposal.id, actor=o.head).state


def test_a_result_voted_down_waits_for_another_meeting_and_is_concluded_there(o):
    proposal, first = put_to_evaluation(o, choice="against")
    assert _state(o, proposal) is State.EVALUATING
    # The head cannot conclude on a vote that did not adopt the evaluation: the message says what to do instead.
    with pytest.raises(DomainError) as refused:
        evaluate(o, proposal)
    assert refused.value.code == "evaluation_not_adopted"
    text = describe(refused.value)
    assert proposal.ref in text and "cuộc họp khác" in text and "{" not in text
    assert agenda_items.not_adopted(o.ctx, proposal.id)
    # The head's queue asks him to put it to an evaluation meeting again, by the same 07-working-day limit.
    (item,) = [i for i in queue.queue(o.ctx, actor=o.head, today=date(2026, 2, 11)) if i.ref == proposal.ref]
    assert item.kind is ItemKind.EVALUATE and item.due == date(2026, 2, 12) and not item.overdue
    assert item.reason == "Cuộc họp ngày 10/02/2026 không thông qua kết quả đánh giá"
    (candidate,) = agenda_items.waiting(o.ctx, actor=o.head)
    assert candidate.purpose is Purpose.EVALUATION and candidate.not_adopted_on == first.held_on

    second = _again(o, proposal)
    (again,) = second.items
    assert again.due_on == date(2026, 2, 12) and again.late  # still the limit of the report: late, and marked
    assert not agenda_items.not_adopted(o.ctx, proposal.id)
    made = evaluate(o, proposal, day=AGAIN_ON)
    assert made.meeting_id == second.id and made.reference == "01/TB-UBND"
    assert _state(o, proposal) is State.EVALUATED
    history = [(t.action, t.from_state, t.to_state) for t in proposal_history.transitions(o.ctx, proposal.id,
                                                                                          actor=o.head)]
    assert history[-2:] == [(Action.SCHEDULE, State.EVALUATING, State.EVALUATING),
                            (Action.EVALUATE, State.EVALUATING, State.EVALUATED)]
    assert verify_all(o.ctx).ok


def test_a_result_still_on_an_agenda_is_not_put_on_another(o):
    proposal, first = put_to_evaluation(o, closed=False)  # voted for, the meeting still open
    before = o.ctx.db.execute("SELECT count(*) FROM meeting_items").fetchone()[0]
    with pytest.raises(DomainError) as refused:
        convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=AGAIN_ON, on=date(2026, 2, 11))
    assert refused.value.code == "evaluation_still_on_agenda" and "{" not in describe(refused.value)
    assert o.ctx.db.execute("SELECT count(*) FROM meeting_items").fetchone()[0] == before
    close(o, first)  # passed and closed: it waits for the conclusion, not for another meeting
    assert not agenda_items.not_adopted(o.ctx, proposal.id)
    assert agenda_items.waiting(o.ctx, actor=o.head) == []


def test_an_adjourned_evaluation_goes_back_to_wait_and_before_a_later_meeting(o):
    proposal = _reported(o)
    first = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=date(2026, 2, 10),
                    on=date(2026, 2, 6))
    attend(o, first, ["Nguyễn Văn Hùng"], absent=["Ka Thị Hương", "Đinh Công Thành"])  # 1 of 3: below quorum
    with at(date(2026, 2, 10), 8, 30):
        meetings.adjourn(o.ctx, actor=o.head, meeting_id=first.id, reason="Không đủ số thành viên dự họp")
    assert _state(o, proposal) is State.REPORTED
    assert [c.summary.id for c in agenda_items.waiting(o.ctx, actor=o.head)] == [proposal.id]
    with pytest.raises(DomainError) as adjourned:  # the adjourned meeting concluded nothing
        evaluate(o, proposal, day=date(2026, 2, 10))
    assert adjourned.value.code == "evaluation_not_scheduled"
    second = _again(o, proposal, day=date(2026, 2, 11))
    assert not second.items[0].late
    made = evaluate(o, proposal, day=date(2026, 2, 11))
    assert made.meeting_id == second.id and _state(o, proposal) is State.EVALUATED


def test_an_evaluation_item_below_quorum_is_taken_off_and_put_to_a_later_meeting(o):
    proposal = _reported(o)
    first = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=date(2026, 2, 10), on=date(2026, 2, 6))
    attend(o, first, ["Nguyễn Văn Hùng"], absent=["Ka Thị Hương", "Đinh Công Thành"])
    assert not meetings.get(o.ctx, first.id, actor=o.head).items[0].outcome.quorum
    with pytest.raises(DomainError) as closing:
        close(o, first)
    assert closing.value.code == "close_without_quorum"
    with at(date(2026, 2, 10), 9):
        meetings.remove_item(o.ctx, actor=o.head, meeting_id=first.id, proposal_id=proposal.id,
                             reason="Không đủ số thành viên biểu quyết")
    assert _state(o, proposal) is State.REPORTED
    second = _again(o, proposal, day=date(2026, 2, 11))
    assert evaluate(o, proposal, day=date(2026, 2, 11)).meeting_id == second.id


def test_the_open_evaluation_is_the_one_of_the_later_meeting(o):
    proposal, first = put_to_evaluation(o, choice="against")
    second = _again(o, proposal)
    assert evaluations.open_evaluation(o.ctx, proposal.id) == second.id
    with pytest.raises(DomainError) as named:  # the voted-down meeting, named, still refuses
        with at(AGAIN_ON):
            evaluations.evaluate(o.ctx, actor=o.head, proposal_id=proposal.id, result="completed",
                                 conditions=dict.fromkeys(("correct_policy", "pure_motive", "common_interest",
                                                           "no_self_interest"), True), abuse=(),
                                 meeting_id=first.id)
    assert named.value.code == "evaluation_not_adopted"
