"""The steps of an open task between its giving and its end: progress, extensions, and the head's judgement of a delay.

- Progress (tiến độ): its lead, its co-assignees or a leader note what was done, on a date.
- Extension (gia hạn): the lead asks for a later deadline with a reason; the task's assigner or the head (not the
  lead) approves or refuses it (a refusal says why). Either of them asking for one on a task he does not hold has it
  approved at once, as the approver; a request still waiting when the task ends or changes hands is closed. The
  deadline in force moves; the original one stays, and the KPIs count against it (seed II.2: an extension is shown,
  never turns a late task into an early one).
- Judgement (seed IV.5): for a task late against its original deadline — still open past it, or done after it — the
  head records whether the delay has a good reason ("lý do chính đáng"), with the reason. The latest judgement counts.
- Confirmation: a task recorded by someone else than its assigner (and not by the head) waits for the assigner to
  confirm it; until then it counts in no KPI.

Each runs in one ``BEGIN IMMEDIATE`` transaction that reads the task again under the write lock; refused, nothing is
written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.dates import check_date
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.task_rules import (
    EventKind,
    ExtensionStatus,
    Step,
    TaskState,
    check_act_day,
    check_new_due,
    late_on,
    may,
    require,
)
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import tasks_repo

from .accounts import author
from .changes import writes
from .context import AppContext
from .task_views import TaskView, calendar_of, get, task_row
from .tasks import event, open_for, update


def _text(text: str, field: str) -> str:
    return check_text(text, field=field, limit="reason", multiline=True, required=True).strip()


def _assigned(row: dict[str, Any]) -> date:
    return date.fromisoformat(row["assigned_on"])


@writes
def record_progress(ctx: AppContext, *, actor: Actor, task_id: str, text: str, on: date | None = None) -> TaskView:
    """Note what was done on an open task, on ``on`` (today by default)."""
    text = _text(text, "task_progress")
    day = check_date(on or clock.today())
    with ctx.db.atomic():
        row, _ = open_for(ctx, actor, task_id, Step.PROGRESS)
        check_act_day(day, assigned_on=_assigned(row), today=clock.today())
        event(ctx, actor, row, EventKind.PROGRESS, day, text)
    return get(ctx, row["id"], actor=actor)


@writes
def request_extension(ctx: AppContext, *, actor: Actor, task_id: str, new_due: date, reason: str,
                      on: date | None = None) -> TaskView:
    """Ask for the deadline ``new_due`` (moved to the next working day if it is a day off, BLDS Đ148), with a reason.
    From the task's assigner or the head, when he does not hold it, it is approved at once; another leader's request
    waits for their decision like the lead's."""
    reason = _text(reason, "extension_reason")
    day = check_date(on or clock.today())
    target = calendar_of(ctx).next_working_day(check_date(new_due))
    with ctx.db.atomic():
        row, standing = open_for(ctx, actor, task_id, Step.REQUEST_EXTENSION)
        check_act_day(day, assigned_on=_assigned(row), today=clock.today())
        if tasks_repo.pending_extension(ctx.db, row["id"]) is not None:
            raise ValidationError("task_extension_pending", ref=row["ref"])
        check_new_due(target, current_due=date.fromisoformat(row["current_due_on"]))
        approved = may(Step.DECIDE_EXTENSION, actor.roles, standing)
        decided = {"status": ExtensionStatus.APPROVED.value, "decided_on": day.isoformat(),
                   "decider_name": actor.full_name} if approved else {"status": ExtensionStatus.REQUESTED.value}
        event(ctx, actor, row, EventKind.EXTENSION, day, reason, new_due_on=target.isoformat(), **decided)
        if approved:
            _extend(ctx, actor, row, target)
    return get(ctx, row["id"], actor=actor)


def _extend(ctx: AppContext, actor: Actor, row: dict[str, Any], target: date) -> None:
    update(ctx, actor, row, {"current_due_on": target.isoformat(), "extensions": int(row["extensions"]) + 1},
           f"gia hạn đến {target:%d/%m/%Y}")


@writes
def decide_extension(ctx: AppContext, *, actor: Actor, task_id: str, approve: bool, note: str = "",
                     on: date | None = None) -> TaskView:
    """The task's assigner or the head (not the task's lead) approves or refuses the pending request; a refusal says
    why."""
    note = check_text(note, field="decision_note", limit="reason", multiline=True).strip()
    if not approve and not note:
        raise ValidationError("text_required", field="decision_note")
    day = check_date(on or clock.today())
    with ctx.db.atomic():
        row, _ = open_for(ctx, actor, task_id, Step.DECIDE_EXTENSION)
        pending = tasks_repo.pending_extension(ctx.db, row["id"])
        if pending is None:
            raise ValidationError("task_no_extension_request", ref=row["ref"])
        check_act_day(day, assigned_on=_assigned(row), today=clock.today(),
                      after=date.fromisoformat(pending["noted_on"]))
        target = date.fromisoformat(pending["new_due_on"])
        if approve:
            check_new_due(target, current_due=date.fromisoformat(row["current_due_on"]))
        status = ExtensionStatus.APPROVED if approve else ExtensionStatus.REFUSED
        tasks_repo.events(ctx.db).update(
            pending["id"], {"status": status.value, "decided_on": day.isoformat(), "decider_name": actor.full_name,
                            "decision_note": note or None}, author=author(actor), expected_version=pending["version"],
            summary=f"{row['ref']}: {'đồng ý' if approve else 'không đồng ý'} gia hạn đến {target:%d/%m/%Y}")
        if approve:
            _extend(ctx, actor, row, target)
    return get(ctx, row["id"], actor=actor)


@writes
def judge(ctx: AppContext, *, actor: Actor, task_id: str, good_reason: bool, reason: str,
          on: date | None = None) -> TaskView:
    """The head records whether the delay of a task late against its original deadline has a good reason."""
    reason = _text(reason, "judgement_reason")
    day = check_date(on or clock.today())
    with ctx.db.atomic():
        row, standing = task_row(ctx, task_id, actor)
        require(Step.JUDGE, actor.roles, standing)
        state = TaskState(row["state"])
        done = date.fromisoformat(row["done_on"]) if row["done_on"] else None
        check_act_day(day, assigned_on=_assigned(row), today=clock.today())
        if state is TaskState.CANCELLED or not late_on(date.fromisoformat(row["due_on"]), done_on=done, day=day):
            raise ValidationError("task_not_late", ref=row["ref"], due=f"{date.fromisoformat(row['due_on']):%d/%m/%Y}")
        update(ctx, actor, row, {"good_reason": int(good_reason), "judged_on": day.isoformat()},
               ("chậm có lý do chính đáng" if good_reason else "chậm không có lý do chính đáng") + f": {reason}")
        event(ctx, actor, row, EventKind.JUDGEMENT, day, reason, good_reason=int(good_reason))
    return get(ctx, row["id"], actor=actor)


@writes
def confirm(ctx: AppContext, *, actor: Actor, task_id: str) -> TaskView:
    """The assigner confirms a task someone else recorded as given by him: from today on it counts in the KPIs (it
    waited for his word; ``domain/task_rules``)."""
    day = clock.today()
    with ctx.db.atomic():
        row, standing = task_row(ctx, task_id, actor)
        require(Step.CONFIRM, actor.roles, standing)
        if row["awaiting_confirmation"] != 1:
            raise ValidationError("task_already_confirmed", ref=row["ref"])
        update(ctx, actor, row, {"awaiting_confirmation": None, "confirmed_on": day.isoformat(),
                                 "confirmer_name": actor.full_name}, f"xác nhận giao nhiệm vụ ngày {day:%d/%m/%Y}")
        event(ctx, actor, row, EventKind.CONFIRM, day, f"{actor.full_name} xác nhận đã giao nhiệm vụ")
    return get(ctx, row["id"], actor=actor)


__all__ = ["confirm", "decide_extension", "judge", "record_progress", "request_extension"]
