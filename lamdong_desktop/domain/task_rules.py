"""The steps of an assigned task and who may take each — pure rules (domain brief §5; seed II.2, IV.4–5).

A task is given by the head or a leader (a Phó Chủ tịch in charge of a field) to a lead assignee (người chủ trì), with
co-assignees (người phối hợp) beside him; an official may also log a task given to him on paper. While it is open its
people note progress, its lead asks for more time, and the leaders decide; a leader reassigns or cancels it with a
reason; it ends done (date, result) or cancelled. For a task late against its original deadline the head records
whether the delay has a good reason ("lý do chính đáng", seed IV.5: a head who keeps overdue files without one faces
replacement).

Where the texts leave room, this module decides:

- the managers are the head and the leaders: they give, reassign and cancel tasks and decide extensions; nobody
  decides his own request, and the head does not judge a task he holds himself;
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


class ExtensionStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"


class Step(StrEnum):
    ASSIGN = "assign"
    PROGRESS = "progress"
    COMPLETE = "complete"
    REQUEST_EXTENSION = "request_extension"
    DECIDE_EXTENSION = "decide_extension"
    REASSIGN = "reassign"
    CANCEL = "cancel"
    JUDGE = "judge"


# Steps on an open task; the judgement may also follow the completion of a late one.
OPEN_STEPS = frozenset(Step) - {Step.ASSIGN, Step.JUDGE}


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
    if step is Step.DECIDE_EXTENSION:
        return manager and not standing.is_lead
    if step in (Step.REASSIGN, Step.CANCEL):
        return manager
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
