"""Deadlines that follow the working calendar: a day declared off or worked (today or later) moves the due days that
run through it, as the law counts them (BLDS Đ147: N working days from the day after the task was given; Đ148: a
deadline falling on a day off ends on the next working day).

A task given "in 5 working days" on 03/12 is due 10/12; when 07/12 becomes a day off, the five days end on 11/12 —
its due day is 11/12, and it still has 5 days, not 4. A task due on a make-up Saturday that is no longer worked is
due the next working day. A cancelled task keeps what it had. Each move is one audited change of the task, in the
calendar correction's own transaction, and counted again for the KPIs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.domain.tasks import due_on

from .context import AppContext


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def moved(calendar: WorkingCalendar, row: dict[str, Any]) -> dict[str, str]:
    """The task's due days under ``calendar`` that differ from its row's (empty: nothing moves)."""
    due = due_on(calendar, date.fromisoformat(row["assigned_on"]), due=_day(row["deadline_date"]),
                 working_days=row["deadline_days"] if row["deadline_date"] is None else None)
    old_due, old_current = date.fromisoformat(row["due_on"]), date.fromisoformat(row["current_due_on"])
    # no extension: the deadline in force is the original one; an extension's date moves only off a day off
    current = due if old_current == old_due else calendar.next_working_day(old_current)
    fields = {}
    if due != old_due:
        fields["due_on"] = due.isoformat()
    if current != old_current:
        fields["current_due_on"] = current.isoformat()
    return fields


def follow_calendar(ctx: AppContext, actor: Actor, changed: date) -> int:
    """Inside the correction's transaction, after it is written: move the due days that run through ``changed``;
    returns how many tasks moved."""
    from .task_views import calendar_of
    from .tasks import update

    calendar = calendar_of(ctx)
    rows = list(ctx.db.query(
        "SELECT * FROM tasks WHERE unit_code = ? AND deleted = 0 AND state != 'cancelled' "
        "AND (due_on >= ? OR current_due_on >= ?) ORDER BY ref", [ctx.unit_code, changed.isoformat(),
                                                                   changed.isoformat()]))
    count = 0
    for row in rows:
        fields = moved(calendar, row)
        if not fields:
            continue
        words = ", ".join(f"{'hạn ban đầu' if key == 'due_on' else 'hạn đang áp dụng'} "
                          f"{date.fromisoformat(row[key]):%d/%m/%Y} → {date.fromisoformat(value):%d/%m/%Y}"
                          for key, value in fields.items())
        update(ctx, actor, row, fields, f"tính lại hạn theo lịch làm việc ngày {changed:%d/%m/%Y}: {words}")
        count += 1
    return count
