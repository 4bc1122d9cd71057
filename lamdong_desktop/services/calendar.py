"""The working-day calendar of this installation: the library's holidays plus the correction table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import CalendarCorrection, CalendarDay, DayKind, WorkingCalendar
from lamdong_desktop.domain.dates import check_date
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.roles import Permission, require
from lamdong_desktop.storage import calendar_repo

from .accounts import author
from .changes import writes
from .context import AppContext
from .task_deadlines import follow_calendar


def parse_date(value: str) -> date:
    """A date typed as YYYY-MM-DD or dd/mm/yyyy, within the calendar's range (MIN_DATE…MAX_DATE)."""
    text = (value or "").strip()
    try:
        if "/" in text:
            day, month, year = (int(p) for p in text.split("/"))
            parsed = date(year, month, day)
        else:
            parsed = date.fromisoformat(text)
    except (ValueError, OverflowError):
        raise ValidationError("date_invalid", value=value) from None
    return check_date(parsed, value=text)


def corrections(ctx: AppContext | None, year: int | None = None) -> list[CalendarCorrection]:
    if ctx is None:
        return []
    return [
        CalendarCorrection(day=date.fromisoformat(r["day"]), kind=DayKind(r["kind"]), name=r["name"])
        for r in calendar_repo.list_corrections(ctx.db, year)
    ]


def working_calendar(ctx: AppContext | None) -> WorkingCalendar:
    """The calendar every deadline uses; without a data folder, the library's defaults alone."""
    return WorkingCalendar(corrections(ctx))


def year_days(ctx: AppContext | None, year: int) -> list[CalendarDay]:
    return working_calendar(ctx).year_days(year)


def due_date(ctx: AppContext | None, *, start: date, working_days: int) -> date:
    return working_calendar(ctx).due_date(start, working_days)


def check_not_past(day: date) -> None:
    """A day already gone stays as it was: correcting it would recount the working days — the deadlines and the
    earliness — of tasks given and finished under it (their KPIs already reported)."""
    if day < clock.today():
        raise ValidationError("correction_in_past", day=day.strftime("%d/%m/%Y"))


@dataclass(frozen=True)
class CorrectionResult:
    correction: CalendarCorrection
    replaced: bool
    tasks_moved: int = 0  # tasks whose due day runs through the day and moved with it (``task_deadlines``)


@writes
def set_correction(ctx: AppContext, *, actor: Actor, day: date, kind: str, name: str) -> CorrectionResult:
    """Declare ``day`` a day off or a working day; replaces an earlier correction of the same day. Today or later
    only (``check_not_past``). The due days that run through ``day`` move with it (``task_deadlines``)."""
    require(actor.roles, Permission.MANAGE_CALENDAR)
    correction = CalendarCorrection.create(day=day, kind=kind, name=name)
    check_not_past(day)
    if correction.kind is DayKind.WORKDAY and day.weekday() < 5 and working_calendar(None).is_working_day(day):
        raise ValidationError("correction_weekday_workday", day=day.isoformat())
    store = calendar_repo.store(ctx.db)
    fields = {"day": day.isoformat(), "kind": correction.kind.value, "name": correction.name}
    summary = f"Lịch: {day.strftime('%d/%m/%Y')} là {'ngày nghỉ' if kind == 'off' else 'ngày làm việc'}"
    with ctx.db.atomic():
        existing = calendar_repo.by_day(ctx.db, day.isoformat())
        if existing:
            store.update(existing["id"], fields, author=author(actor), summary=summary)
        else:
            store.insert(fields, author=author(actor), summary=summary)
        moved = follow_calendar(ctx, actor, day)
    return CorrectionResult(correction=correction, replaced=existing is not None, tasks_moved=moved)


@writes
def remove_correction(ctx: AppContext, *, actor: Actor, day: date) -> int:
    """Drop the correction of ``day`` (today or later); returns how many tasks' due days moved with it."""
    require(actor.roles, Permission.MANAGE_CALENDAR)
    check_not_past(day)
    with ctx.db.atomic():
        existing = calendar_repo.by_day(ctx.db, day.isoformat())
        if existing is None:
            raise NotFound("correction_not_found", day=day.isoformat())
        calendar_repo.store(ctx.db).delete(
            existing["id"], author=author(actor), summary=f"Bỏ điều chỉnh lịch {day.strftime('%d/%m/%Y')}"
        )
        return follow_calendar(ctx, actor, day)


def list_corrections(ctx: AppContext, year: int | None = None) -> list[CalendarCorrection]:
    return corrections(ctx, year)
