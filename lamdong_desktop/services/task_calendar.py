"""The deadline calendar: how many tasks fall due on each day of a month, and the tasks of one day.

Read with the visibility of ``task_views.list_tasks`` (``tasks_repo._where``): an official counts only the tasks he is
on, the head and the leaders the whole unit's. A task counts on its due day in force (after extensions); a cancelled
one does not fall due. "Overdue" is the KPIs' sense: still open past its original due day.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.storage import tasks_repo

from .context import AppContext
from .task_views import Filters, TaskSummary, calendar_of, summary_of, visibility


@dataclass(frozen=True)
class DayLoad:
    """One day of the month: the tasks due that day and how many of them are overdue."""

    day: date
    due: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class MonthLoad:
    """A month of the deadline calendar as its reader sees it."""

    first: date  # the first day of the month
    today: date
    loads: dict[date, DayLoad] = field(default_factory=dict)  # only the days with a task due
    days_off: frozenset[date] = frozenset()  # from the unit's working calendar

    @property
    def last(self) -> date:
        return self.first.replace(day=month_calendar.monthrange(self.first.year, self.first.month)[1])

    def load(self, day: date) -> DayLoad:
        return self.loads.get(day) or DayLoad(day)

    @property
    def total(self) -> int:
        return sum(d.due for d in self.loads.values())


def _first_of(month: date) -> date:
    if not FIRST_CALENDAR_YEAR <= month.year <= LAST_CALENDAR_YEAR:
        raise ValidationError("year_invalid", value=month.year, first=FIRST_CALENDAR_YEAR, last=LAST_CALENDAR_YEAR)
    return month.replace(day=1)


def month_load(ctx: AppContext, month: date, *, actor: Actor, filters: Filters | None = None) -> MonthLoad:
    """The month of ``month`` (any day of it): the count per due day (one query) and the days off."""
    first = _first_of(month)
    today = clock.today()
    shown = MonthLoad(first=first, today=today)
    rows = tasks_repo.due_counts(ctx.db, ctx.unit_code, filters or Filters(), visibility=visibility(ctx, actor),
                                 start=first, end=shown.last, today=today)
    working = calendar_of(ctx)
    days = [first + timedelta(days=n) for n in range(shown.last.day)]
    return replace(shown, loads={date.fromisoformat(d): DayLoad(date.fromisoformat(d), n, late) for d, n, late in rows},
                   days_off=frozenset(d for d in days if not working.is_working_day(d)))


def day_tasks(ctx: AppContext, day: date, *, actor: Actor, filters: Filters | None = None) -> list[TaskSummary]:
    """The tasks counted on ``day``: due that day (in force), not cancelled, by reference."""
    _first_of(day)
    rows = tasks_repo.due_rows(ctx.db, ctx.unit_code, filters or Filters(), visibility=visibility(ctx, actor), day=day)
    return [summary_of(r) for r in rows]
