"""Assigned tasks (domain brief §5; seed II.2, IV.4–5): giving a task, completing, cancelling and reassigning it.

Who may (``domain/task_rules``): the head and the leaders give tasks to anyone of the unit, reassign and cancel them
with a reason; an official logs a task given to him (naming who gave it); the lead assignee or a leader records the
completion (date, result note, a file). The deadline is a date or N working days counted from the day after the task
was given (BLDS Đ147–148, ``domain/tasks.due_on``); it is kept as the original due day that the KPIs count against,
beside the due day in force after extensions (``task_steps``).

A list of tasks (an imported sheet) is checked row by row without writing (``check_task``: the preview names each
row refused and why) and given all or none in one transaction (``add_tasks``); a row's stable ``import_key`` keeps
a list imported twice from adding anything.

Every write runs in one ``BEGIN IMMEDIATE`` transaction that reads the task again and checks the step under the write
lock (two people acting at once cannot both complete it), writes the audited rows and the task's derived KPI row
(``storage/task_facts``). Refused: nothing is written, no file is kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.dates import check_date
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.lifecycle import AWAITING_REPORT, RUNNING_STATES
from lamdong_desktop.domain.task_rules import (
    DeadlineKind,
    EventKind,
    Step,
    TaskStanding,
    TaskState,
    check_act_day,
    check_assigned_day,
    check_open,
    is_manager,
    require,
)
from lamdong_desktop.domain.tasks import Urgency, due_on, parse_urgency
from lamdong_desktop.domain.text import check_text, fold
from lamdong_desktop.storage import (
    implementation_repo,
    proposals_repo,
    sequences_repo,
    task_facts,
    task_order,
    tasks_repo,
)

from . import proposals
from .accounts import author
from .attachments import export_stored
from .changes import writes
from .context import AppContext
from .signed_scans import attach_scan
from .task_views import PersonRef, TaskView, actor_ref, calendar_of, find_person, get, task_row, view_of

Who = str | PersonRef


def format_reference(year: int, number: int) -> str:
    """A task's reference per unit and year of assignment, never reused: ``NV-2026-007``."""
    return f"NV-{year:04d}-{number:03d}"


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


def _insert_co(ctx: AppContext, actor: Actor, task: dict[str, Any], people: Sequence[PersonRef]) -> None:
    for number, ref in enumerate(people, start=1):
        tasks_repo.assignees(ctx.db).insert(
            {"task_id": task["id"], "person_id": ref.person_id, "account_id": ref.account_id,
             "full_name": ref.full_name, "position": ref.position or None, "ordinal": number},
            author=author(actor), summary=f"{ref.full_name} phối hợp thực hiện {task['ref']}")


def event(ctx: AppContext, actor: Actor, task: dict[str, Any], kind: EventKind, day: date, text: str,
          **fields: Any) -> dict[str, Any]:
    """One step of a task, audited (call inside the step's transaction)."""
    return tasks_repo.events(ctx.db).insert(
        {"task_id": task["id"], "kind": kind.value, "noted_on": day.isoformat(), "text": text,
         "recorder_name": actor.full_name, **fields},
        author=author(actor), summary=f"{task['ref']}: {text}")


def update(ctx: AppContext, actor: Actor, task: dict[str, Any], fields: dict[str, Any], summary: str) -> None:
    """Change the task's row and count it again for the KPIs (inside the step's transaction)."""
    tasks_repo.tasks(ctx.db).update(task["id"], fields, author=author(actor), summary=f"{task['ref']}: {summary}")
    task_facts.refresh(ctx.db, task["id"], calendar_of(ctx))
    task_order.refresh(ctx.db, task["id"])


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


def check_task(ctx: AppContext, *, actor: Actor, task: NewTask) -> CheckedTask:
    """Everything a new task must satisfy, without writing: the import's preview names each row that fails."""
    title = check_text(task.title, field="task_title", limit="title", required=True)
    details = check_text(task.details, field="task_details", limit="section", multiline=True)
    lead = _ref(ctx, task.lead)
    me = actor_ref(ctx, actor)
    require(Step.ASSIGN, actor.roles, TaskStanding(is_lead=_same(lead, me)))
    if task.assigner is None and not is_manager(actor.roles):
        raise ValidationError("task_assigner_required")
    giver = me if task.assigner is None else _ref(ctx, task.assigner)
    if not is_manager(actor.roles) and _same(giver, me):
        raise ValidationError("task_assigner_required")
    people = _people(ctx, lead, task.co_assignees)
    level = parse_urgency(task.urgency)
    given = check_assigned_day(check_date(task.assigned_on), today=clock.today())
    due_day = due_on(calendar_of(ctx), given, due=task.due, working_days=task.working_days)
    texts = {"source_number": check_text(task.source_number, field="source_number", limit="name"),
             "source_issuer": check_text(task.source_issuer, field="source_issuer", limit="name")}
    if task.source_date is not None and check_date(task.source_date) > clock.today():
        raise ValidationError("task_date_in_future", day=f"{task.source_date:%d/%m/%Y}")
    key = check_text(task.import_key, field="import_key", limit="title") or None
    if key and (taken := tasks_repo.imported(ctx.db, ctx.unit_code, [key])):
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
        "import_key": key}
    return CheckedTask(fields=fields, co_assignees=tuple(people), lead=lead, due_on=due_day)


def _insert(ctx: AppContext, actor: Actor, checked: CheckedTask, number: int | None = None) -> dict[str, Any]:
    """Number (unless ``number`` was taken already) and write a checked task, inside the caller's transaction; its
    key is checked again under the write lock."""
    fields = checked.fields
    key = fields["import_key"]
    if key and (taken := tasks_repo.imported(ctx.db, ctx.unit_code, [key])):
        raise ValidationError("task_already_imported", key=key, ref=tasks_repo.tasks(ctx.db).get(taken[key])["ref"])
    if number is None:
        number = sequences_repo.next_number(ctx.db, f"NV:{ctx.unit_code}", fields["year"], author=author(actor))
    row = tasks_repo.tasks(ctx.db).insert(
        {**fields, "ref": format_reference(fields["year"], number), "number": number}, author=author(actor),
        summary=f"Giao nhiệm vụ “{fields['title']}” cho {checked.lead.full_name}, hạn {checked.due_on:%d/%m/%Y}")
    _insert_co(ctx, actor, row, checked.co_assignees)
    task_facts.refresh(ctx.db, row["id"], calendar_of(ctx))
    task_order.refresh(ctx.db, row["id"])
    return row


@writes
def add_task(ctx: AppContext, *, actor: Actor, title: str, lead: Who, assigned_on: date, due: date | None = None,
             working_days: int | None = None, urgency: str | Urgency = Urgency.NORMAL,
             co_assignees: Sequence[Who] = (), assigner: Who | None = None, details: str = "",
             source_number: str = "", source_date: date | None = None, source_issuer: str = "",
             proposal: str | None = None, import_key: str | None = None) -> TaskView:
    """Give (or log) a task (``NewTask`` says what each argument is)."""
    checked = check_task(ctx, actor=actor, task=NewTask(
        title=title, lead=lead, assigned_on=assigned_on, due=due, working_days=working_days, urgency=urgency,
        co_assignees=co_assignees, assigner=assigner, details=details, source_number=source_number,
        source_date=source_date, source_issuer=source_issuer, proposal=proposal, import_key=import_key))
    with ctx.db.atomic():
        row = _insert(ctx, actor, checked)
    return get(ctx, row["id"], actor=actor)


@writes
def add_tasks(ctx: AppContext, *, actor: Actor, tasks: Sequence[NewTask | CheckedTask]) -> list[str]:
    """Give many tasks at once, all or none, in one transaction (an imported list once confirmed); returns their
    references in order. A row given twice under one import key is refused like one already imported."""
    checked = [t if isinstance(t, CheckedTask) else check_task(ctx, actor=actor, task=t) for t in tasks]
    years = Counter(c.fields["year"] for c in checked)
    with ctx.db.atomic():
        numbers = {year: iter(sequences_repo.take_numbers(ctx.db, f"NV:{ctx.unit_code}", year, count,
                                                          author=author(actor))) for year, count in years.items()}
        return [_insert(ctx, actor, c, next(numbers[c.fields["year"]]))["ref"] for c in checked]


def open_for(ctx: AppContext, actor: Actor, task_id: str, step: Step) -> tuple[dict[str, Any], TaskStanding]:
    row, standing = task_row(ctx, task_id, actor)
    require(step, actor.roles, standing)
    check_open(TaskState(row["state"]), row["ref"])
    return row, standing


def _after_steps(ctx: AppContext, row: dict[str, Any]) -> date:
    """The earliest day a task may end or change hands: not before it was given nor before its latest step."""
    days = [date.fromisoformat(row["assigned_on"])]
    for e in tasks_repo.events_of(ctx.db, row["id"]):
        days += [date.fromisoformat(d) for d in (e["noted_on"], e["decided_on"]) if d]
    return max(days)


def _reason(text: str, field: str = "reason") -> str:
    return check_text(text, field=field, limit="reason", multiline=True, required=True).strip()


@writes
def complete(ctx: AppContext, *, actor: Actor, task_id: str, done_on: date | None = None, note: str = "",
             attachment: str | Path | None = None) -> TaskView:
    """The lead assignee (or a leader) records the task done on ``done_on`` (today by default; not before its latest
    step), with the result in a note and, if given, a file (kept in the attachment store, cited by the task)."""
    note = check_text(note, field="task_result", limit="reason", multiline=True).strip()
    day = done_on or clock.today()
    check_date(day)

    def write(attachment_id: str | None) -> None:
        row, _ = open_for(ctx, actor, task_id, Step.COMPLETE)
        check_act_day(day, assigned_on=date.fromisoformat(row["assigned_on"]), today=clock.today(),
                      after=_after_steps(ctx, row))
        update(ctx, actor, row, {"state": TaskState.DONE.value, "done_on": day.isoformat(), "result_note": note or None,
                                 "result_attachment_id": attachment_id}, f"hoàn thành ngày {day:%d/%m/%Y}")
        event(ctx, actor, row, EventKind.DONE, day, note or "Hoàn thành", attachment_id=attachment_id)

    row, _ = open_for(ctx, actor, task_id, Step.COMPLETE)  # refused before a file is copied
    check_act_day(day, assigned_on=date.fromisoformat(row["assigned_on"]), today=clock.today(),
                  after=_after_steps(ctx, row))
    if attachment is None:
        with ctx.db.atomic():
            write(None)
    else:
        attach_scan(ctx, actor, "tasks", row["id"], attachment, write, scan=False,
                    summary=f"Kết quả “{Path(attachment).name}” của nhiệm vụ {row['ref']}")
    return get(ctx, row["id"], actor=actor)


@writes
def cancel(ctx: AppContext, *, actor: Actor, task_id: str, reason: str, on: date | None = None) -> TaskView:
    """A leader cancels an open task, with a reason; if it was already late, it counted as late until then."""
    reason = _reason(reason)
    day = on or clock.today()
    with ctx.db.atomic():
        row, _ = open_for(ctx, actor, task_id, Step.CANCEL)
        check_act_day(day, assigned_on=date.fromisoformat(row["assigned_on"]), today=clock.today(),
                      after=_after_steps(ctx, row))
        update(ctx, actor, row, {"state": TaskState.CANCELLED.value, "cancelled_on": day.isoformat(),
                                 "cancel_reason": reason}, f"hủy ngày {day:%d/%m/%Y}: {reason}")
        event(ctx, actor, row, EventKind.CANCEL, day, reason)
    return get(ctx, row["id"], actor=actor)


@writes
def reassign(ctx: AppContext, *, actor: Actor, task_id: str, lead: Who, reason: str,
             co_assignees: Sequence[Who] | None = None, on: date | None = None) -> TaskView:
    """A leader gives an open task to another lead (and, if given, other co-assignees), with a reason. The deadline
    stays: the KPIs count the task for whoever holds it, against its original due day."""
    reason = _reason(reason)
    new_lead = _ref(ctx, lead)
    day = on or clock.today()
    with ctx.db.atomic():
        row, _ = open_for(ctx, actor, task_id, Step.REASSIGN)
        check_act_day(day, assigned_on=date.fromisoformat(row["assigned_on"]), today=clock.today(),
                      after=_after_steps(ctx, row))
        old = PersonRef(row["lead_person_id"], row["lead_account_id"], row["lead_name"])
        if _same(old, new_lead):
            raise ValidationError("task_same_lead", name=new_lead.full_name, ref=row["ref"])
        current = tasks_repo.co_assignees_of(ctx.db, row["id"])
        keep = [PersonRef(a["person_id"], a["account_id"], a["full_name"], a["position"] or "") for a in current]
        people = _people(ctx, new_lead, co_assignees if co_assignees is not None
                         else [p for p in keep if not _same(p, new_lead)])
        update(ctx, actor, row, _person_fields("lead", new_lead), f"giao lại cho {new_lead.full_name}: {reason}")
        if [p.key for p in people] != [p.key for p in keep]:
            for a in current:
                tasks_repo.assignees(ctx.db).delete(a["id"], author=author(actor),
                                                    summary=f"{a['full_name']} thôi phối hợp {row['ref']}")
            _insert_co(ctx, actor, row, people)
        event(ctx, actor, row, EventKind.REASSIGN, day, reason, from_name=row["lead_name"],
              to_name=new_lead.full_name)
    return get(ctx, row["id"], actor=actor)


def export_result(ctx: AppContext, *, actor: Actor, task_id: str, folder: str | Path) -> Path:
    """Copy the task's result file out under its own name, for a reader of the task."""
    row, _ = task_row(ctx, task_id, actor)
    if not row["result_attachment_id"]:
        raise NotFound("attachment_not_found")
    try:
        attachment = proposals_repo.attachments(ctx.db).get(row["result_attachment_id"])
    except NotFound:
        raise NotFound("attachment_not_found") from None
    return export_stored(ctx, attachment, folder)


def view(ctx: AppContext, task_id: str, *, actor: Actor) -> TaskView:
    row, standing = task_row(ctx, task_id, actor)
    return view_of(ctx, row, standing, actor)


__all__ = ["CheckedTask", "NewTask", "PersonRef", "TaskView", "add_task", "add_tasks", "cancel", "check_task",
           "complete", "event", "export_result", "format_reference", "open_for", "reassign", "update", "view"]
