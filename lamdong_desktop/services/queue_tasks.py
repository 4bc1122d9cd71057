"""“Việc của tôi”: the assigned tasks in the queue “Việc cần xử lý” (issue 10 point 4), for the person signed in.

Everyone sees their open tasks, as lead (chủ trì) or co-assignee (phối hợp), that are overdue, due today or due by
the end of this week (Sunday), by the due day in force (an approved extension moves it). The head additionally sees
the extension requests waiting for his decision, and the open tasks past their original due day whose delay he has
not judged yet ("lý do chính đáng", seed IV.5: an unjudged delay counts as one without a good reason) — never his
own tasks, which he may neither decide nor judge (``domain/task_rules.may``). A leader sees the requests on the tasks
he gave (he decides them too), and every manager the tasks someone else recorded as given by him, waiting for his
confirmation (they count in no KPI until then).

One SQL query per kind, through the indexes of ``storage/tasks_schema``: the person's tasks through the lead and
co-assignee indexes, the head's through the index of the open tasks (unit, deleted, state, due day in force) and,
for the extension requests, the events' index by task.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.task_rules import ExtensionStatus, TaskState, is_manager
from lamdong_desktop.messages.tasks import (
    QUEUE_CO,
    QUEUE_CONFIRM,
    QUEUE_EXTENSION,
    QUEUE_JUDGE,
    QUEUE_LEAD,
    QUEUE_TODAY,
)

from .context import AppContext
from .queue import ItemKind, QueueItem
from .task_views import actor_person

OPEN_INDEX = "idx_tasks_unit_code_deleted_state_current_due_on"


def week_end(today: date) -> date:
    """The Sunday of ``today``'s week: what is "due this week"."""
    return today + timedelta(days=6 - today.weekday())


def task_items(ctx: AppContext, actor: Actor, today: date) -> list[QueueItem]:
    me = actor_person(ctx, actor)
    items = _mine(ctx, actor, me, today)
    if is_manager(actor.roles):
        items += _confirmations(ctx, actor, me, today) + _extensions(ctx, actor, me, today)
    if Role.HEAD in actor.roles:
        items += _judgements(ctx, actor, me, today)
    return items


def _gave(row: dict[str, Any], actor: Actor, me: str | None) -> bool:
    return row["assigner_account_id"] == actor.user_id or (me is not None and row["assigner_person_id"] == me)


def _confirmations(ctx: AppContext, actor: Actor, me: str | None, today: date) -> list[QueueItem]:
    rows = ctx.db.query(
        "SELECT t.id, t.ref, t.title, t.assigned_on, t.current_due_on, t.lead_name, t.assigner_account_id, "
        "t.assigner_person_id, a.full_name AS recorder FROM tasks AS t INDEXED BY tasks_awaiting_confirmation "
        "LEFT JOIN accounts AS a ON a.id = t.created_by "
        "WHERE t.unit_code = ? AND t.awaiting_confirmation = 1 AND t.deleted = 0 "
        "AND (t.assigner_account_id = ? OR t.assigner_person_id = ?)", [ctx.unit_code, actor.user_id, me])
    items = []
    for row in rows:
        due = date.fromisoformat(row["current_due_on"])
        items.append(QueueItem(
            kind=ItemKind.TASK_CONFIRM, proposal_id="", task_id=row["id"], ref=row["ref"], title=row["title"],
            since=date.fromisoformat(row["assigned_on"]), due=due, overdue=False,
            reason=QUEUE_CONFIRM.format(recorder=row["recorder"] or "", lead=row["lead_name"])))
    return items


def _leads(row: dict[str, Any], actor: Actor, me: str | None) -> bool:
    return row["lead_account_id"] == actor.user_id or (me is not None and row["lead_person_id"] == me)


def _mine(ctx: AppContext, actor: Actor, me: str | None, today: date) -> list[QueueItem]:
    rows = ctx.db.query(
        "SELECT t.id, t.ref, t.title, t.assigned_on, t.current_due_on, t.lead_account_id, t.lead_person_id "
        f"FROM tasks AS t INDEXED BY {OPEN_INDEX} WHERE t.unit_code = :u AND t.deleted = 0 AND t.state = :s "
        "AND t.current_due_on <= :w AND t.rowid IN (SELECT rowid FROM tasks WHERE lead_account_id = :a "
        "UNION ALL SELECT rowid FROM tasks WHERE lead_person_id = :p "
        "UNION ALL SELECT x.rowid FROM task_assignees AS c JOIN tasks AS x ON x.id = c.task_id "
        "WHERE c.account_id = :a AND c.deleted = 0 "
        "UNION ALL SELECT x.rowid FROM task_assignees AS c JOIN tasks AS x ON x.id = c.task_id "
        "WHERE c.person_id = :p AND c.deleted = 0)",
        {"a": actor.user_id, "p": me, "u": ctx.unit_code, "s": TaskState.OPEN.value,
         "w": week_end(today).isoformat()})
    items = []
    for row in rows:
        due = date.fromisoformat(row["current_due_on"])
        notes = [QUEUE_LEAD if _leads(row, actor, me) else QUEUE_CO] + ([QUEUE_TODAY] if due == today else [])
        items.append(QueueItem(kind=ItemKind.TASK, proposal_id="", task_id=row["id"], ref=row["ref"],
                               title=row["title"], since=date.fromisoformat(row["assigned_on"]), due=due,
                               overdue=due < today, reason="; ".join(notes)))
    return items


def _extensions(ctx: AppContext, actor: Actor, me: str | None, today: date) -> list[QueueItem]:
    rows = ctx.db.query(
        "SELECT t.id, t.ref, t.title, t.current_due_on, t.lead_account_id, t.lead_person_id, t.lead_name, "
        "t.assigner_account_id, t.assigner_person_id, "
        f"e.noted_on, e.new_due_on, e.text FROM tasks AS t INDEXED BY {OPEN_INDEX} "
        "JOIN task_events AS e ON e.task_id = t.id "
        "WHERE t.unit_code = ? AND t.deleted = 0 AND t.state = ? AND e.kind = 'extension' AND e.status = ? "
        "AND e.deleted = 0",
        [ctx.unit_code, TaskState.OPEN.value, ExtensionStatus.REQUESTED.value])
    items = []
    head = Role.HEAD in actor.roles
    for row in rows:
        if _leads(row, actor, me) or not (head or _gave(row, actor, me)):  # the task's assigner or the head decides
            continue
        due, asked = date.fromisoformat(row["current_due_on"]), date.fromisoformat(row["new_due_on"])
        items.append(QueueItem(
            kind=ItemKind.TASK_EXTENSION, proposal_id="", task_id=row["id"], ref=row["ref"], title=row["title"],
            since=date.fromisoformat(row["noted_on"]), due=due, overdue=due < today,
            reason=QUEUE_EXTENSION.format(lead=row["lead_name"], day=f"{asked:%d/%m/%Y}", reason=row["text"])))
    return items


def _judgements(ctx: AppContext, actor: Actor, me: str | None, today: date) -> list[QueueItem]:
    rows = ctx.db.query(
        "SELECT t.id, t.ref, t.title, t.due_on, t.current_due_on, t.lead_account_id, t.lead_person_id, t.lead_name "
        f"FROM tasks AS t INDEXED BY {OPEN_INDEX} WHERE t.unit_code = ? AND t.deleted = 0 AND t.state = ? "
        "AND t.due_on < ? AND t.good_reason IS NULL AND t.awaiting_confirmation IS NOT 1",
        [ctx.unit_code, TaskState.OPEN.value, today.isoformat()])
    return [QueueItem(kind=ItemKind.TASK_JUDGE, proposal_id="", task_id=row["id"], ref=row["ref"], title=row["title"],
                      since=date.fromisoformat(row["due_on"]), due=date.fromisoformat(row["due_on"]), overdue=True,
                      reason=QUEUE_JUDGE.format(lead=row["lead_name"]))
            for row in rows if not _leads(row, actor, me)]


__all__ = ["task_items", "week_end"]
