"""The board's rows kept as plain tuples that Python's cyclic garbage collector does not scan.

A collection walks every object it tracks, and with 100,000 tasks fetched the board's summaries were most of them:
each ``TaskSummary`` and its two ``PersonRef`` are tracked instances, some 360,000 objects in all, and one
collection of the older generations then blocked the GUI for 80–240 ms while scrolling (``benchmarks/board_bench``).
A tuple holding only strings, numbers, dates or ``None`` is untracked by the first collection that sees it, so a
packed row costs nothing to later ones (flat: a tuple inside another is untracked only after it, so the outer one
would wait for a second, older collection); the summary is made again from it when a row is shown or
chosen (a few rows at a time). Enums are kept by their value: a member is a tracked object, and one in a tuple
keeps the tuple tracked.
"""

from __future__ import annotations

from typing import Any

from lamdong_desktop.domain.task_rules import TaskState
from lamdong_desktop.domain.tasks import Urgency
from lamdong_desktop.services.task_views import PersonRef, TaskSummary

Packed = tuple[Any, ...]
ID = 0  # the task's id comes first: ``row_of`` looks for it without unpacking
AWAITING = -1  # and whether it waits for its assigner's confirmation comes last: the board marks such rows


_NOBODY = (None, None, None, None)  # no assigner (a person's full name is never None)


def _person(ref: PersonRef | None) -> tuple[str | None, str | None, str | None, str | None]:
    return _NOBODY if ref is None else (ref.person_id, ref.account_id, ref.full_name, ref.position)


def pack(task: TaskSummary) -> Packed:
    return (task.id, task.ref, task.title, task.urgency.value, task.state.value, task.assigned_on, task.due_on,
            task.current_due_on, task.done_on, task.cancelled_on, *_person(task.lead), *_person(task.assigner),
            task.extensions, task.good_reason, task.source_number, task.source_date, task.source_issuer,
            task.version, task.awaiting_confirmation)


def unpack(row: Packed) -> TaskSummary:
    (id_, ref, title, urgency, state, assigned_on, due_on, current_due_on, done_on, cancelled_on,
     lead_person, lead_account, lead_name, lead_position, by_person, by_account, by_name, by_position,
     extensions, good_reason, source_number, source_date, source_issuer, version, awaiting) = row
    return TaskSummary(
        id=id_, ref=ref, title=title, urgency=Urgency(urgency), state=TaskState(state), assigned_on=assigned_on,
        due_on=due_on, current_due_on=current_due_on, done_on=done_on, cancelled_on=cancelled_on,
        lead=PersonRef(lead_person, lead_account, lead_name, lead_position),
        assigner=None if by_name is None else PersonRef(by_person, by_account, by_name, by_position),
        extensions=extensions, good_reason=good_reason, source_number=source_number, source_date=source_date,
        source_issuer=source_issuer, version=version, awaiting_confirmation=awaiting)
