"""The head's queue follows an implementation to its conclusion: running (due by the plan's end), waiting for the
result report (05 working days), to evaluate and to conclude (07 working days); late ones are marked and come first;
the implementer is asked for the report."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.services import queue
from lamdong_desktop.services.queue import ItemKind

from .implementation_support import REPORT_DUE, STARTED_ON, evaluate, finished, put_to_evaluation, reported, started
from .meeting_support import office


@pytest.fixture
def o(demo):
    return office(*demo)


def _mine(o, actor, ref, today):
    return [i for i in queue.queue(o.ctx, actor=actor, today=today) if i.ref == ref]


def test_a_running_implementation_is_due_by_the_plans_end(o):
    proposal = started(o)
    (item,) = _mine(o, o.head, proposal.ref, date(2026, 1, 20))
    assert (item.kind, item.since, item.due, item.overdue) == (ItemKind.IMPLEMENTING, STARTED_ON, date(2027, 6, 30),
                                                                False)
    assert _mine(o, o.official, proposal.ref, date(2026, 1, 20)) == []  # nothing is due of him yet


def test_a_finished_one_waits_for_its_report_and_is_overdue_after_five_working_days(o):
    proposal = finished(o)
    (head,) = _mine(o, o.head, proposal.ref, REPORT_DUE)
    (implementer,) = _mine(o, o.official, proposal.ref, REPORT_DUE)
    assert head.kind is ItemKind.AWAIT_REPORT and implementer.kind is ItemKind.REPORT
    assert head.due == implementer.due == REPORT_DUE and not head.overdue
    later = queue.queue(o.ctx, actor=o.official, today=date(2026, 2, 9))
    assert later[0].ref == proposal.ref and later[0].overdue  # overdue first
    assert queue.queue(o.ctx, actor=o.head, today=date(2026, 2, 9))[0].to_json()["overdue"] is True


def test_a_reported_result_is_to_be_evaluated_within_seven_working_days_and_names_a_late_report(o):
    proposal = reported(o, on=date(2026, 2, 10))
    (item,) = _mine(o, o.head, proposal.ref, date(2026, 2, 10))
    # 07 working days from Tuesday 10 February, over the Tết holiday of 2026 (16–20 February): Thursday 26.
    assert item.kind is ItemKind.EVALUATE and item.due == date(2026, 2, 26) and not item.overdue
    assert item.reason == "Muộn 2 ngày làm việc"
    assert _mine(o, o.official, proposal.ref, date(2026, 2, 10)) == []  # reported: nothing more of him
    assert not _mine(o, o.head, proposal.ref, date(2026, 2, 26))[0].overdue
    assert _mine(o, o.head, proposal.ref, date(2026, 2, 27))[0].overdue


def test_on_an_evaluation_meeting_it_waits_for_the_conclusion_then_leaves_the_queue(o):
    proposal, meeting = put_to_evaluation(o)
    (item,) = _mine(o, o.head, proposal.ref, date(2026, 2, 10))
    assert item.kind is ItemKind.CONCLUDE and item.meeting_id == meeting.id and not item.late
    assert not _mine(o, o.head, proposal.ref, date(2026, 2, 20))[0].overdue  # held in time: the limit is met
    evaluate(o, proposal)
    assert _mine(o, o.head, proposal.ref, date(2026, 2, 12)) == []


def test_an_evaluation_meeting_held_after_the_seven_working_days_is_marked_late(o):
    from .meeting_support import LEADERSHIP, convene

    proposal = reported(o)  # on Tuesday 3 February: the evaluation is due on Thursday 12
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=date(2026, 2, 13),
                      on=date(2026, 2, 11), title="Họp đánh giá kết quả thực hiện đề xuất")
    (agenda,) = meeting.items
    assert agenda.due_on == date(2026, 2, 12) and agenda.late and meeting.late
    kinds = {i.kind: i for i in _mine(o, o.head, proposal.ref, date(2026, 2, 11))}
    assert set(kinds) == {ItemKind.CONCLUDE, ItemKind.HOLD}  # the meeting to hold, the result to conclude on it
    assert kinds[ItemKind.CONCLUDE].late and kinds[ItemKind.CONCLUDE].overdue  # late from the start
    assert kinds[ItemKind.HOLD].late
