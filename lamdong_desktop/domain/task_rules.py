"""The steps of an assigned task and who may take each — pure rules (domain brief §5; seed II.2, IV.4–5).

A task is given by the head or a leader (a Phó Chủ tịch in charge of a field) to a lead assignee (người chủ trì), with
co-assignees (người phối hợp) beside him; an official may also log a task given to him on paper. While it is open its
people note progress, its lead asks for more time, and the leaders decide; a leader reassigns or cancels it with a
reason; it ends done (date, result) or cancelled. For a task late against its original deadline the head records
whether the delay has a good reason ("lý do chính đáng", seed IV.5: a head who keeps overdue files without one faces
replacement).

Where the texts leave room, this module decides:

- the managers are the head and the leaders: they give tasks, and a task's assigner must be one of them. Deciding an
  extension, reassigning and cancelling belong to the task's assigner or the head (người đứng đầu) — not to any
  leader —, and cancelling a task past its original deadline to the head alone (it would wipe an overdue file off
  the record); nobody decides his own request, and the head does not judge a task he holds himself;
- a task recorded by someone else than its assigner (an official logging a task given on paper, a leader recording
  one the head gave) waits for that assigner's confirmation (``Step.CONFIRM``) and counts in no KPI until then; the
  head's own record is the unit's and needs none;
- every date is of an act already done (not after today) and not before the task was given;
- an extension moves the deadline later only; the KPIs keep counting against the original one (``domain/tasks``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import PermissionDenied, ValidationError
from .roles import Role

MANAGERS = frozenset({Role.HEAD, Role.LEADER})


class TaskState(StrEnum):
    OPEN = "open"  # đang thực hiện
    DONE = "done"  # đã hoàn thành
    CANCELLED = "cancelled"  # đã hủy


class DeadlineKind(StrEnum):
    """How the deadline was given: a date, or N working days from the day after the assignment."""

    DATE = "date"
    WORKING_DAYS = "working_days"


class EventKind(StrEnum):
    PROGRESS = "progress"  # tiến độ
    EXTENSION = "extension"  # đề nghị gia hạn (và quyết định)
    REASSIGN = "reassign"  # giao lại cho người khác
    CANCEL = "cancel"  # hủy nhiệm vụ
    JUDGEMENT = "judgement"  # đánh giá lý do chậm (chính đáng hay không)
    DONE = "done"  # hoàn thành
    CONFIRM = "confirm"  # người giao xác nhận nhiệm vụ do người khác ghi


class ExtensionStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"
    CLOSED = "closed"  # the task ended or changed hands before a decision: nothing left to decide


class Step(StrEnum):
    ASSIGN = "assign"
    PROGRESS = "progress"
    COMPLETE = "complete"
    REQUEST_EXTENSION = "request_extension"
    DECIDE_EXTENSION = "decide_extension"
    REASSIGN = "reassign"
    CANCEL = "cancel"
    JUDGE = "judge"
    CONFIRM = "confirm"  # the assigner confirms a task recorded by someone else


# Steps on an open task; the judgement may also follow the completion of a late one, the confirmation any state.
OPEN_STEPS = frozenset(Step) - {Step.ASSIGN, Step.JUDGE, Step.CONFIRM}


@dataclass(frozen=True)
class TaskStanding:
    """How the signed-in person stands to one task."""

    is_lead: bool = False
    is_co: bool = False
    is_assigner: bool = False


def is_manager(roles: frozenset[Role] | set[Role]) -> bool:
    """The head and the leaders give and follow tasks for the whole unit."""
    return bool(MANAGERS & set(roles))


def may(step: Step, roles: frozenset[Role] | set[Role], standing: TaskStanding = TaskStanding()) -> bool:
    """Whether an account with ``roles`` standing so to a task may take ``step`` (state aside)."""
    manager = is_manager(roles)
    if step is Step.ASSIGN:
        # A manager gives any task; anyone else logs only a task given to himself (``standing.is_lead``).
        return manager or standing.is_lead
    if step is Step.PROGRESS:
        return manager or standing.is_lead or standing.is_co
    if step is Step.COMPLETE:
        return manager or standing.is_lead
    if step is Step.REQUEST_EXTENSION:
        return standing.is_lead or manager
    follows = manager and (standing.is_assigner or Role.HEAD in roles)  # the task's assigner or the head
    if step is Step.DECIDE_EXTENSION:
        return follows and not standing.is_lead
    if step in (Step.REASSIGN, Step.CANCEL):
        return follows
    if step is Step.CONFIRM:
        return manager and standing.is_assigner
    return Role.HEAD in roles and not standing.is_lead  # JUDGE: the head's judgement (seed IV.5)


def require(step: Step, roles: frozenset[Role] | set[Role], standing: TaskStanding = TaskStanding()) -> None:
    if not may(step, roles, standing):
        raise PermissionDenied("permission_denied", permission=f"task.{step.value}")


def check_open(state: TaskState, ref: str) -> None:
    """Progress, extensions, reassignment, cancellation and completion need an open task."""
    if state is not TaskState.OPEN:
        raise ValidationError("task_not_open", ref=ref, task_state=state.value)


def check_assigned_day(day: date, *, today: date) -> date:
    if day > today:
        raise ValidationError("task_assigned_in_future", day=f"{day:%d/%m/%Y}")
    return day


def check_act_day(day: date, *, assigned_on: date, today: date, after: date | None = None) -> date:
    """The day of a step: not after today, not before the task was given (nor before ``after``)."""
    if day > today:
        raise ValidationError("task_date_in_future", day=f"{day:%d/%m/%Y}")
    earliest = max(assigned_on, after) if after else assigned_on
    if day < earliest:
        raise ValidationError("task_date_too_early", day=f"{day:%d/%m/%Y}", earliest=f"{earliest:%d/%m/%Y}")
    return day


def needs_confirmation(roles: frozenset[Role] | set[Role], *, recorder_is_assigner: bool) -> bool:
    """A task recorded by someone else than its assigner waits for the assigner's word — unless the head recorded it."""
    return not recorder_is_assigner and Role.HEAD not in roles


def check_cancel_day(day: date, *, due: date, roles: frozenset[Role] | set[Role]) -> None:
    """Cancelling a task past its original deadline is the head's alone: it takes an overdue file off the list."""
    if day > due and Role.HEAD not in roles:
        raise PermissionDenied("task_cancel_overdue_head_only", due=f"{due:%d/%m/%Y}")


def check_done_day(day: date, *, entered_on: date, trusted: bool) -> date:
    """A completion recorded by someone else than the assigner or the head is not dated before the day the task was
    entered into the program: nobody's word but theirs back-dates a result."""
    if not trusted and day < entered_on:
        raise ValidationError("task_done_before_entered", day=f"{day:%d/%m/%Y}", entered=f"{entered_on:%d/%m/%Y}")
    return day


def check_new_due(new_due: date, *, current_due: date) -> date:
    """An extension gives a later deadline than the one in force."""
    if new_due <= current_due:
        raise ValidationError("task_extension_not_later", day=f"{new_due:%d/%m/%Y}", due=f"{current_due:%d/%m/%Y}")
    return new_due


def late_on(due: date, *, done_on: date | None, day: date) -> bool:
    """Late against ``due`` (the original deadline) as seen on ``day``: done after it, or still open past it."""
    if done_on is not None and done_on <= day:
        return done_on > due
    return day > due
