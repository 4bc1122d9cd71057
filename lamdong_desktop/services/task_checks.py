"""Checking a new task without writing (``tasks.add_task`` / ``add_tasks``; the import's preview, row by row).

``check_task`` is everything a new task must satisfy — the title, who gives it to whom, the deadline, the source
document, the proposal it serves, its import key — and returns the row it will be. A list of rows shares one
``ListCheck``: the signed-in person, the calendar and the due days computed are looked up once for them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.domain.dates import check_date
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.lifecycle import AWAITING_REPORT, RUNNING_STATES
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.task_rules import (
    DeadlineKind,
    Step,
    TaskStanding,
    TaskState,
    check_assigned_day,
    is_manager,
    needs_confirmation,
    require,
)
from lamdong_desktop.domain.tasks import Urgency, due_on, parse_urgency
from lamdong_desktop.domain.text import check_text, fold
from lamdong_desktop.storage import accounts_repo, implementation_repo, tasks_repo

from . import proposals
from .context import AppContext
from .task_views import PersonRef, actor_ref, calendar_of, find_person

Who = str | PersonRef


def _ref(ctx: AppContext, who: Who) -> PersonRef:
    return who if isinstance(who, PersonRef) else find_person(ctx, who)


def _same(a: PersonRef, b: PersonRef) -> bool:
    return a.key == b.key or bool(a.account_id and a.account_id == b.account_id)


def _people(ctx: AppContext, lead: PersonRef, co_assignees: Sequence[Who]) -> list[PersonRef]:
    found: list[PersonRef] = []
    for who in co_assignees:
        ref = _ref(ctx, who)
        if _same(ref, lead) or any(_same(ref, f) for f in found):
            raise ValidationError("task_assignee_twice", name=ref.full_name)
        found.append(ref)
    return found


def _person_fields(prefix: str, ref: PersonRef) -> dict[str, Any]:
    return {f"{prefix}_person_id": ref.person_id, f"{prefix}_account_id": ref.account_id,
            f"{prefix}_name": ref.full_name, f"{prefix}_position": ref.position or None}


def _proposal_id(ctx: AppContext, actor: Actor, proposal: str | None) -> str | None:
    """A task may serve a proposal being carried out (ND 73/2023 Đ9): it must have started."""
    if not proposal:
        return None
    found = proposals.get(ctx, proposal, actor=actor)
    if implementation_repo.implementation_of(ctx.db, found.id) is None or \
            found.state not in RUNNING_STATES | AWAITING_REPORT:
        raise ValidationError("task_proposal_not_running", ref=found.ref)
    return found.id


@dataclass(frozen=True)
class NewTask:
    """A task to give or log, as typed or read from a row of a list: ``lead``, ``co_assignees`` and ``assigner`` are
    people of the roster or accounts (``find_person``; a ``PersonRef`` already found is taken as it is),
    ``assigner`` by default the signed-in manager; the deadline a date or N working days; ``import_key`` the stable
    key of an imported row (importing it again is refused)."""

    title: str
    lead: Who
    assigned_on: date
    due: date | None = None
    working_days: int | None = None
    urgency: str | Urgency = Urgency.NORMAL
    co_assignees: Sequence[Who] = ()
    assigner: Who | None = None
    details: str = ""
    source_number: str = ""
    source_date: date | None = None
    source_issuer: str = ""
    proposal: str | None = None
    import_key: str | None = None


@dataclass(frozen=True)
class CheckedTask:
    """A ``NewTask`` found acceptable: the row it will be (without its number) and its co-assignees."""

    fields: dict[str, Any]
    co_assignees: tuple[PersonRef, ...]
    lead: PersonRef
    due_on: date


@dataclass
class ListCheck:
    """What the rows of one list share, looked up once for them all (a preview checks thousands of rows): the
    signed-in person, the working calendar, the due days computed; ``keys_checked``: the caller looked every row's
    import key up already (``task_views.imported``), in one query."""

    me: PersonRef
    calendar: WorkingCalendar
    keys_checked: bool = False
    dues: dict[tuple[date, date | None, int | None], date] = field(default_factory=dict)
    managers: dict[str, bool] = field(default_factory=dict)  # account id → a manager of the unit


def list_check(ctx: AppContext, actor: Actor, *, keys_checked: bool = False) -> ListCheck:
    return ListCheck(me=actor_ref(ctx, actor), calendar=calendar_of(ctx), keys_checked=keys_checked)


def _due(ctx: AppContext, shared: ListCheck | None, given: date, task: NewTask) -> date:
    if shared is None:
        return due_on(calendar_of(ctx), given, due=task.due, working_days=task.working_days)
    key = (given, task.due, task.working_days)
    if key not in shared.dues:
        shared.dues[key] = due_on(shared.calendar, given, due=task.due, working_days=task.working_days)
    return shared.dues[key]


def _account_manages(ctx: AppContext, account_id: str, shared: ListCheck | None) -> bool:
    if shared is not None and account_id in shared.managers:
        return shared.managers[account_id]
    row = accounts_repo.store(ctx.db).get(account_id, include_deleted=True)
    roles = {r for r in Role if r.value in row["roles"].split(",")}
    found = not row["deleted"] and not row["disabled"] and is_manager(roles)
    if shared is not None:
        shared.managers[account_id] = found
    return found


def check_assigner(ctx: AppContext, actor: Actor, giver: PersonRef, me: PersonRef,
                   shared: ListCheck | None = None) -> None:
    """The assigner is a manager — the head or a leader: the signed-in manager, or an account holding one of these
    roles. A person of the roster without an account (a deputy who never signs in) only when the head records the
    task: nobody else vouches for whom a task came from."""
    if _same(giver, me):
        manages = is_manager(actor.roles)
    elif giver.account_id:
        manages = _account_manages(ctx, giver.account_id, shared)
    else:
        manages = Role.HEAD in actor.roles
    if not manages:
        raise ValidationError("task_assigner_not_manager", name=giver.full_name)


def check_task(ctx: AppContext, *, actor: Actor, task: NewTask, shared: ListCheck | None = None) -> CheckedTask:
    """Everything a new task must satisfy, without writing: the import's preview names each row that fails (with
    ``shared``, what its rows share is looked up once)."""
    title = check_text(task.title, field="task_title", limit="title", required=True)
    details = check_text(task.details, field="task_details", limit="section", multiline=True)
    lead = _ref(ctx, task.lead)
    me = actor_ref(ctx, actor) if shared is None else shared.me
    require(Step.ASSIGN, actor.roles, TaskStanding(is_lead=_same(lead, me)))
    if task.assigner is None and not is_manager(actor.roles):
        raise ValidationError("task_assigner_required")
    giver = me if task.assigner is None else _ref(ctx, task.assigner)
    if not is_manager(actor.roles) and _same(giver, me):
        raise ValidationError("task_assigner_required")
    check_assigner(ctx, actor, giver, me, shared)
    waits = needs_confirmation(actor.roles, recorder_is_assigner=_same(giver, me))
    people = _people(ctx, lead, task.co_assignees)
    level = parse_urgency(task.urgency)
    given = check_assigned_day(check_date(task.assigned_on), today=clock.today())
    due_day = _due(ctx, shared, given, task)
    texts = {"source_number": check_text(task.source_number, field="source_number", limit="name"),
             "source_issuer": check_text(task.source_issuer, field="source_issuer", limit="name")}
    if task.source_date is not None and check_date(task.source_date) > clock.today():
        raise ValidationError("task_date_in_future", day=f"{task.source_date:%d/%m/%Y}")
    key = check_text(task.import_key, field="import_key", limit="title") or None
    if key and not (shared and shared.keys_checked) and (taken := tasks_repo.imported(ctx.db, ctx.unit_code, [key])):
        raise ValidationError("task_already_imported", key=key, ref=tasks_repo.tasks(ctx.db).get(taken[key])["ref"])
    fields = {
        "unit_code": ctx.unit_code, "year": given.year, "title": title, "title_fold": fold(title),
        "details": details or None, **{k: v or None for k, v in texts.items()},
        "source_date": task.source_date.isoformat() if task.source_date else None,
        **_person_fields("assigner", giver), **_person_fields("lead", lead), "assigned_on": given.isoformat(),
        "deadline_kind": (DeadlineKind.WORKING_DAYS if task.working_days is not None else DeadlineKind.DATE).value,
        "deadline_days": task.working_days, "deadline_date": task.due.isoformat() if task.due else None,
        "due_on": due_day.isoformat(), "current_due_on": due_day.isoformat(), "urgency": level.value,
        "state": TaskState.OPEN.value, "extensions": 0, "proposal_id": _proposal_id(ctx, actor, task.proposal),
        "import_key": key, "awaiting_confirmation": 1 if waits else None}
    return CheckedTask(fields=fields, co_assignees=tuple(people), lead=lead, due_on=due_day)


__all__ = ["CheckedTask", "ListCheck", "NewTask", "Who", "check_task", "list_check"]
