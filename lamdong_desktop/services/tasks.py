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
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.dates import check_date
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.task_rules import (
    EventKind,
    ExtensionStatus,
    Step,
    TaskStanding,
    TaskState,
    check_act_day,
    check_cancel_day,
    check_done_day,
    check_open,
    require,
)
from lamdong_desktop.domain.tasks import Urgency
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import proposals_repo, sequences_repo, task_facts, task_order, tasks_repo

from .accounts import author
from .attachments import export_stored
from .changes import writes
from .context import AppContext
from .signed_scans import attach_scan
from .task_checks import (
    CheckedTask,
    ListCheck,
    NewTask,
    Who,
    _people,
    _person_fields,
    _ref,
    _same,
    check_task,
    list_check,
)
from .task_views import PersonRef, TaskView, calendar_of, get, task_row, view_of


def format_reference(year: int, number: int) -> str:
    """A task's reference per unit and year of assignment, never reused: ``NV-2026-007``."""
    return f"NV-{year:04d}-{number:03d}"


def _co_rows(task: dict[str, Any], people: Sequence[PersonRef]) -> list[tuple[dict[str, Any], str]]:
    """The co-assignee rows of a task, each with its audit summary."""
    return [({"task_id": task["id"], "person_id": ref.person_id, "account_id": ref.account_id,
              "full_name": ref.full_name, "position": ref.position or None, "ordinal": number},
             f"{ref.full_name} phối hợp thực hiện {task['ref']}") for number, ref in enumerate(people, start=1)]


def _insert_co(ctx: AppContext, actor: Actor, task: dict[str, Any], people: Sequence[PersonRef]) -> None:
    for fields, summary in _co_rows(task, people):
        tasks_repo.assignees(ctx.db).insert(fields, author=author(actor), summary=summary)


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


def _insert(ctx: AppContext, actor: Actor, checked: CheckedTask, number: int | None = None) -> dict[str, Any]:
    """Number (unless ``number`` was taken already) and write a checked task, inside the caller's transaction; its
    key is checked again under the write lock."""
    fields = checked.fields
    key = fields["import_key"]
    if key and (taken := tasks_repo.imported(ctx.db, ctx.unit_code, [key])):
        raise ValidationError("task_already_imported", key=key, ref=tasks_repo.tasks(ctx.db).get(taken[key])["ref"])
    if number is None:
        number = sequences_repo.next_number(ctx.db, f"NV:{ctx.unit_code}", fields["year"], author=author(actor))
    row = tasks_repo.tasks(ctx.db).insert(_numbered(checked, number), author=author(actor), summary=_given(checked))
    _insert_co(ctx, actor, row, checked.co_assignees)
    task_facts.refresh(ctx.db, row["id"], calendar_of(ctx))
    task_order.refresh(ctx.db, row["id"])
    return row


def _numbered(checked: CheckedTask, number: int) -> dict[str, Any]:
    return {**checked.fields, "ref": format_reference(checked.fields["year"], number), "number": number}


def _given(checked: CheckedTask) -> str:
    """The audit summary of a task given."""
    fields = checked.fields
    return f"Giao nhiệm vụ “{fields['title']}” cho {checked.lead.full_name}, hạn {checked.due_on:%d/%m/%Y}"


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
    shared = list_check(ctx, actor) if any(isinstance(t, NewTask) for t in tasks) else None
    checked = [t if isinstance(t, CheckedTask) else check_task(ctx, actor=actor, task=t, shared=shared) for t in tasks]
    if not checked:
        return []
    years = Counter(c.fields["year"] for c in checked)
    by = author(actor)
    with ctx.db.atomic():
        numbers = {year: iter(sequences_repo.take_numbers(ctx.db, f"NV:{ctx.unit_code}", year, count, author=by))
                   for year, count in years.items()}
        rows = [_numbered(c, next(numbers[c.fields["year"]])) for c in checked]
        _check_keys(ctx, rows)
        # One statement for the tasks, one for their co-assignees, one batch of audit events chained in order (a
        # ``create`` per row, as ``add_task`` writes), one pass for the KPI facts: 10,000 rows in a second or two.
        stored = tasks_repo.tasks(ctx.db).insert_many(rows, author=by, summaries=[_given(c) for c in checked])
        co = [pair for row, c in zip(stored, checked, strict=True) for pair in _co_rows(row, c.co_assignees)]
        tasks_repo.assignees(ctx.db).insert_many([f for f, _ in co], author=by, summaries=[s for _, s in co])
        task_facts.refresh_written(ctx.db, stored, calendar_of(ctx))
        task_order.store_written(ctx.db, stored)
    return [row["ref"] for row in stored]


def _check_keys(ctx: AppContext, rows: list[dict[str, Any]]) -> None:
    """Under the write lock: no row's import key taken by a live task already, nor by an earlier row of the batch."""
    keys = [row["import_key"] for row in rows if row["import_key"]]
    if not keys:
        return
    taken = tasks_repo.imported(ctx.db, ctx.unit_code, keys)
    first: dict[str, str] = {}
    for row in rows:
        key = row["import_key"]
        if key in taken:
            raise ValidationError("task_already_imported", key=key, ref=tasks_repo.tasks(ctx.db).get(taken[key])["ref"])
        if key and key in first:
            raise ValidationError("task_already_imported", key=key, ref=first[key])
        if key:
            first[key] = row["ref"]


def open_for(ctx: AppContext, actor: Actor, task_id: str, step: Step) -> tuple[dict[str, Any], TaskStanding]:
    row, standing = task_row(ctx, task_id, actor)
    require(step, actor.roles, standing)
    check_open(TaskState(row["state"]), row["ref"])
    return row, standing


def _after_steps(ctx: AppContext, row: dict[str, Any]) -> date:
    """The earliest day a task may end or change hands: not before it was given nor before its latest step."""
    days = [date.fromisoformat(row["assigned_on"])]
    for e in tasks_repo.events_of(ctx.db, row["id"]):
        if e["kind"] != EventKind.CONFIRM.value:  # the assigner's word on the giving, not a step of the work
            days += [date.fromisoformat(d) for d in (e["noted_on"], e["decided_on"]) if d]
    return max(days)


def close_pending(ctx: AppContext, actor: Actor, row: dict[str, Any], day: date, why: str) -> None:
    """A request for more time still waiting when the task ends or changes hands has nothing left to decide: it is
    closed (it leaves the head's queue), and a new lead asks again if he needs to."""
    pending = tasks_repo.pending_extension(ctx.db, row["id"])
    if pending is not None:
        tasks_repo.events(ctx.db).update(
            pending["id"], {"status": ExtensionStatus.CLOSED.value, "decided_on": day.isoformat(),
                            "decider_name": actor.full_name, "decision_note": why}, author=author(actor),
            expected_version=pending["version"], summary=f"{row['ref']}: đề nghị gia hạn không còn cần quyết định")


def _check_done(ctx: AppContext, actor: Actor, row: dict[str, Any], standing: TaskStanding, day: date) -> None:
    check_act_day(day, assigned_on=date.fromisoformat(row["assigned_on"]), today=clock.today(),
                  after=_after_steps(ctx, row))
    check_done_day(day, entered_on=datetime.fromisoformat(row["created_at"]).astimezone(clock.VN_TZ).date(),
                   trusted=standing.is_assigner or Role.HEAD in actor.roles)


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

    written: list[str] = []

    def write(attachment_id: str | None) -> None:
        row, standing = open_for(ctx, actor, task_id, Step.COMPLETE)
        written.append(row["id"])
        _check_done(ctx, actor, row, standing, day)
        close_pending(ctx, actor, row, day, "Nhiệm vụ đã hoàn thành")
        update(ctx, actor, row, {"state": TaskState.DONE.value, "done_on": day.isoformat(), "result_note": note or None,
                                 "result_attachment_id": attachment_id}, f"hoàn thành ngày {day:%d/%m/%Y}")
        event(ctx, actor, row, EventKind.DONE, day, note or "Hoàn thành", attachment_id=attachment_id)

    if attachment is None:  # checked once, under the write lock
        with ctx.db.atomic():
            write(None)
        return get(ctx, written[0], actor=actor)
    row, standing = open_for(ctx, actor, task_id, Step.COMPLETE)  # refused before a file is copied
    _check_done(ctx, actor, row, standing, day)
    attach_scan(ctx, actor, "tasks", row["id"], attachment, write, scan=False,
                summary=f"Kết quả “{Path(attachment).name}” của nhiệm vụ {row['ref']}")
    return get(ctx, row["id"], actor=actor)


@writes
def cancel(ctx: AppContext, *, actor: Actor, task_id: str, reason: str, on: date | None = None) -> TaskView:
    """The task's assigner or the head cancels an open task, with a reason; past its original deadline only the head
    does, and the task stays late for whoever held it then (the KPIs list it as cancelled while overdue)."""
    reason = _reason(reason)
    day = on or clock.today()
    with ctx.db.atomic():
        row, _ = open_for(ctx, actor, task_id, Step.CANCEL)
        check_act_day(day, assigned_on=date.fromisoformat(row["assigned_on"]), today=clock.today(),
                      after=_after_steps(ctx, row))
        check_cancel_day(day, due=date.fromisoformat(row["due_on"]), roles=actor.roles)
        close_pending(ctx, actor, row, day, "Nhiệm vụ đã hủy")
        update(ctx, actor, row, {"state": TaskState.CANCELLED.value, "cancelled_on": day.isoformat(),
                                 "cancel_reason": reason}, f"hủy ngày {day:%d/%m/%Y}: {reason}")
        event(ctx, actor, row, EventKind.CANCEL, day, reason)
    return get(ctx, row["id"], actor=actor)


@writes
def reassign(ctx: AppContext, *, actor: Actor, task_id: str, lead: Who, reason: str,
             co_assignees: Sequence[Who] | None = None, on: date | None = None) -> TaskView:
    """The task's assigner or the head gives an open task to another lead (and, if given, other co-assignees), with a
    reason. The deadline stays: the KPIs count the task for whoever holds it, against its original due day — handed
    on after that day, it stays late for whoever held it then (kept in ``due_holder_*``), not for the new lead."""
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
        fields = _person_fields("lead", new_lead)
        if day > date.fromisoformat(row["due_on"]) and not row["due_holder_name"]:  # who held it at its deadline
            fields |= {"due_holder_person_id": old.person_id, "due_holder_account_id": old.account_id,
                       "due_holder_name": old.full_name}
        close_pending(ctx, actor, row, day, f"Nhiệm vụ đã giao lại cho {new_lead.full_name}")
        update(ctx, actor, row, fields, f"giao lại cho {new_lead.full_name}: {reason}")
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


__all__ = ["CheckedTask", "ListCheck", "NewTask", "PersonRef", "TaskView", "add_task", "add_tasks", "cancel",
           "check_task", "complete", "event", "export_result", "format_reference", "list_check", "open_for",
           "reassign", "update", "view"]
