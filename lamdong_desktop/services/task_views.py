"""Reading assigned tasks: one task as its reader sees it, the lists, and who a typed name is.

Every read takes the ``actor`` and obeys ``domain/access.py``: the people on a task (its lead, co-assignees and who
gave it) read it, and the head and the leaders read the whole unit's; a task the reader may not see is reported as
not found. The writes are in ``tasks.py`` and ``task_steps.py``; the KPIs in ``kpi.py``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind, Standing, can_read, task_scope
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.task_rules import (
    OPEN_STEPS,
    DeadlineKind,
    EventKind,
    ExtensionStatus,
    Step,
    TaskStanding,
    TaskState,
    late_on,
    may,
)
from lamdong_desktop.domain.tasks import (
    Timeliness,
    Urgency,
    allotted_days,
    earliness,
    is_early_enough,
    timeliness,
    used_days,
)
from lamdong_desktop.domain.text import fold, nfc
from lamdong_desktop.storage import accounts_repo, proposals_repo, staff_repo, tasks_repo
from lamdong_desktop.storage.task_facts import calendar_signature, person_key
from lamdong_desktop.storage.tasks_repo import Filters as Filters  # re-exported: the UI filters lists with it

from .calendar import working_calendar
from .context import AppContext

# The working calendar of a connection, kept while its corrections stay the same: building one costs a millisecond
# and the holiday library fills each year again (lunar dates) for every new one. Keyed by the connection (a
# connection belongs to one thread, as in ``storage.records``) and the calendar's digest; a few entries at most.
# (Two connections with the same digest have the same calendar, so an id reused by a later connection is harmless.)
_CALENDARS: dict[tuple[int, str], WorkingCalendar] = {}
_CALENDARS_LOCK = threading.Lock()


def calendar_of(ctx: AppContext) -> WorkingCalendar:
    """The installation's working calendar (``services.calendar.working_calendar``), built once per correction."""
    key = (id(ctx.db), calendar_signature(ctx.db))
    with _CALENDARS_LOCK:
        found = _CALENDARS.get(key)
    if found is None:
        found = working_calendar(ctx)
        with _CALENDARS_LOCK:
            while len(_CALENDARS) >= 8:
                _CALENDARS.pop(next(iter(_CALENDARS)))
            _CALENDARS[key] = found
    return found


@dataclass(frozen=True)
class PersonRef:
    """A person on a task as named then: the roster's person and/or the account, the name and position."""

    person_id: str | None
    account_id: str | None
    full_name: str
    position: str = ""

    @property
    def key(self) -> str:
        """Who the KPIs count: the person, else the account (``task_facts.person_key``)."""
        return person_key(self.person_id, self.account_id) or ""


@dataclass(frozen=True)
class TaskSummary:
    id: str
    ref: str
    title: str
    urgency: Urgency
    state: TaskState
    assigned_on: date
    due_on: date  # the original due day: the KPIs count against it
    current_due_on: date  # the due day in force, after extensions
    done_on: date | None
    cancelled_on: date | None
    lead: PersonRef
    assigner: PersonRef | None
    extensions: int
    good_reason: bool | None  # the head's latest judgement of a delay
    source_number: str
    source_date: date | None
    source_issuer: str
    version: int
    awaiting_confirmation: bool = False  # recorded by someone else than its assigner, not confirmed yet

    def timeliness(self, today: date) -> Timeliness:
        """Trước hạn / đúng hạn / quá hạn against the original due day (a cancelled task: as it stood then)."""
        return timeliness(self.due_on, done_on=self.done_on, today=self.cancelled_on or today)

    def overdue(self, today: date) -> bool:
        """Still open past its original due day."""
        return self.state is TaskState.OPEN and today > self.due_on


@dataclass(frozen=True)
class TaskEvent:
    id: str
    kind: EventKind
    noted_on: date
    text: str
    recorder_name: str
    new_due_on: date | None = None
    status: ExtensionStatus | None = None
    decided_on: date | None = None
    decider_name: str = ""
    decision_note: str = ""
    good_reason: bool | None = None
    from_name: str = ""
    to_name: str = ""


@dataclass(frozen=True)
class TaskView:
    """One task as its reader sees it: the record, its steps, its working days, and what the reader may do."""

    summary: TaskSummary
    details: str
    deadline_kind: DeadlineKind
    deadline_days: int | None
    deadline_date: date | None
    co_assignees: tuple[PersonRef, ...]
    events: tuple[TaskEvent, ...]
    result_note: str
    result_attachment_id: str | None
    cancel_reason: str
    proposal_id: str | None
    proposal_ref: str | None
    allotted_days: int  # working days from the day after it was given to the original due day
    used_days: int | None  # working days it took (done only)
    earliness: Fraction | None
    early_enough: bool | None
    steps: tuple[Step, ...]
    pending_extension: TaskEvent | None

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def ref(self) -> str:
        return self.summary.ref

    @property
    def title(self) -> str:
        return self.summary.title


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _person(person_id: str | None, account_id: str | None, name: str | None, position: str | None) -> PersonRef:
    return PersonRef(person_id=person_id, account_id=account_id, full_name=name or "", position=position or "")


def summary_of(row: dict[str, Any]) -> TaskSummary:
    assigner = (_person(row["assigner_person_id"], row["assigner_account_id"], row["assigner_name"],
                        row["assigner_position"]) if row["assigner_name"] else None)
    return TaskSummary(
        id=row["id"], ref=row["ref"], title=row["title"], urgency=Urgency(row["urgency"]),
        state=TaskState(row["state"]),
        assigned_on=date.fromisoformat(row["assigned_on"]), due_on=date.fromisoformat(row["due_on"]),
        current_due_on=date.fromisoformat(row["current_due_on"]), done_on=_day(row["done_on"]),
        cancelled_on=_day(row["cancelled_on"]),
        lead=_person(row["lead_person_id"], row["lead_account_id"], row["lead_name"], row["lead_position"]),
        assigner=assigner, extensions=row["extensions"] or 0,
        good_reason=None if row["good_reason"] is None else bool(row["good_reason"]),
        source_number=row["source_number"] or "", source_date=_day(row["source_date"]),
        source_issuer=row["source_issuer"] or "", version=row["version"],
        awaiting_confirmation=row.get("awaiting_confirmation") == 1)


def event_of(row: dict[str, Any]) -> TaskEvent:
    return TaskEvent(
        id=row["id"], kind=EventKind(row["kind"]), noted_on=date.fromisoformat(row["noted_on"]), text=row["text"],
        recorder_name=row["recorder_name"] or "", new_due_on=_day(row["new_due_on"]),
        status=ExtensionStatus(row["status"]) if row["status"] else None, decided_on=_day(row["decided_on"]),
        decider_name=row["decider_name"] or "", decision_note=row["decision_note"] or "",
        good_reason=None if row["good_reason"] is None else bool(row["good_reason"]),
        from_name=row["from_name"] or "", to_name=row["to_name"] or "")


# ------------------------------------------------------------------------------------------------- who


def actor_person(ctx: AppContext, actor: Actor) -> str | None:
    """The roster's person the signed-in account is linked to, if any."""
    person = staff_repo.person_for_account(ctx.db, actor.user_id)
    return person["id"] if person else None


def _is(actor: Actor, person_id: str | None, ref_person: str | None, ref_account: str | None) -> bool:
    return bool((ref_account and ref_account == actor.user_id) or (ref_person and ref_person == person_id))


def standing_of(ctx: AppContext, row: dict[str, Any], actor: Actor) -> TaskStanding:
    me = actor_person(ctx, actor)
    co = any(_is(actor, me, a["person_id"], a["account_id"]) for a in tasks_repo.co_assignees_of(ctx.db, row["id"]))
    return TaskStanding(is_lead=_is(actor, me, row["lead_person_id"], row["lead_account_id"]), is_co=co,
                        is_assigner=_is(actor, me, row["assigner_person_id"], row["assigner_account_id"]))


def task_row(ctx: AppContext, task_id_or_ref: str, actor: Actor) -> tuple[dict[str, Any], TaskStanding]:
    """The task by id or reference (NV-2026-007), if ``actor`` may read it; otherwise NotFound (never a hint)."""
    key = (task_id_or_ref or "").strip()
    row = tasks_repo.by_ref(ctx.db, ctx.unit_code, key)
    if row is None:
        try:
            row = tasks_repo.tasks(ctx.db).get(key)
        except NotFound:
            raise NotFound("task_not_found", ref=key) from None
    if row["unit_code"] != ctx.unit_code:
        raise NotFound("task_not_found", ref=key)
    standing = standing_of(ctx, row, actor)
    on_it = standing.is_lead or standing.is_co or standing.is_assigner
    if not can_read(actor.roles, RecordKind.TASK, Standing(is_assignee=on_it)):
        raise NotFound("task_not_found", ref=key)
    return row, standing


_APOSTROPHES = re.compile(r"['\u2019\u02bc`\u00b4]")


def name_key(name: str) -> str:
    """A name as typed and as held, compared: folded, and without the apostrophe of K'Ho names (K'Brơi typed
    "kbroi", or with a typographic apostrophe)."""
    return _APOSTROPHES.sub("", fold(name))


def _named(rows: list[Any], typed: str, column: str) -> list[Any]:
    """The rows whose ``column`` is the name ``typed``, accents and apostrophes aside; among several, the one written
    exactly as typed, accents included, wins ("Trần Thị Mài" is not "Trần Thị Mai")."""
    key = name_key(typed)
    found = [r for r in rows if name_key(r[column]) == key]
    if len(found) > 1:
        exact = [r for r in found if nfc(r[column]).casefold() == " ".join(nfc(typed).split()).casefold()]
        if len(exact) == 1:
            return exact
    return found


def find_person(ctx: AppContext, text: str) -> PersonRef:
    """A person to put on a task: an account's user name, a person of the unit's roster by id or full name, or an
    account by its full name — names typed with or without accents. The account's person, if it has one, is taken."""
    key = (text or "").strip()
    if not key:
        raise ValidationError("task_person_required")
    account = accounts_repo.by_username(ctx.db, key.lower())
    if account is None:
        try:
            account = accounts_repo.store(ctx.db).get(key)
        except NotFound:
            account = None
    if account is not None and Role.PROVINCE.value not in account["roles"].split(","):
        person = staff_repo.person_for_account(ctx.db, account["id"])
        if person is not None and person["unit_code"] == ctx.unit_code:
            return _person(person["id"], account["id"], person["full_name"], person["position"])
        return _person(None, account["id"], account["full_name"], "")
    people = staff_repo.list_people(ctx.db, ctx.unit_code)
    found = [p for p in people if p["id"] == key] or _named(people, key, "full_name")
    if len(found) > 1:
        raise ValidationError("person_name_ambiguous", name=key, count=len(found))
    if found:
        p = found[0]
        return _person(p["id"], p["account_id"], p["full_name"], p["position"])
    named = _named([a for a in accounts_repo.list_accounts(ctx.db) if not a["disabled"]
                    and Role.PROVINCE.value not in a["roles"].split(",")], key, "full_name")
    if len(named) > 1:
        raise ValidationError("person_name_ambiguous", name=key, count=len(named))
    if not named:
        raise NotFound("person_name_unknown", name=key)
    return find_person(ctx, named[0]["username"])


def actor_ref(ctx: AppContext, actor: Actor) -> PersonRef:
    person = staff_repo.person_for_account(ctx.db, actor.user_id)
    if person is not None and person["unit_code"] == ctx.unit_code:
        return _person(person["id"], actor.user_id, person["full_name"], person["position"])
    return _person(None, actor.user_id, actor.full_name, "")


# ---------------------------------------------------------------------------------------------- reading


def steps_for(state: TaskState, roles: frozenset[Role], standing: TaskStanding, *, late: bool,
              pending: bool, awaiting: bool = False) -> tuple[Step, ...]:
    """What the reader may do with the task now (the window's buttons; the services check again)."""
    found = []
    for step in Step:
        if step is Step.ASSIGN or not may(step, roles, standing):
            continue
        if step in OPEN_STEPS and state is not TaskState.OPEN:
            continue
        if step is Step.DECIDE_EXTENSION and not pending:
            continue
        if step is Step.REQUEST_EXTENSION and pending:
            continue
        if step is Step.JUDGE and (not late or state is TaskState.CANCELLED):
            continue
        if step is Step.CONFIRM and not awaiting:
            continue
        found.append(step)
    return tuple(found)


def view_of(ctx: AppContext, row: dict[str, Any], standing: TaskStanding, actor: Actor) -> TaskView:
    summary = summary_of(row)
    calendar = calendar_of(ctx)
    allotted = allotted_days(calendar, summary.assigned_on, summary.due_on)
    used = used_days(calendar, summary.assigned_on, summary.done_on) if summary.state is TaskState.DONE \
        and summary.done_on else None
    pending = tasks_repo.pending_extension(ctx.db, row["id"])
    proposal_ref = None
    if row["proposal_id"]:
        found = proposals_repo.proposals(ctx.db).get(row["proposal_id"], include_deleted=True)
        proposal_ref = found["ref"]
    late = late_on(summary.due_on, done_on=summary.done_on, day=clock.today())
    from .kpi import settings  # the unit's "early enough" threshold, as the KPIs count it (kpi imports this module)

    threshold = settings(ctx).threshold
    return TaskView(
        summary=summary, details=row["details"] or "", deadline_kind=DeadlineKind(row["deadline_kind"]),
        deadline_days=row["deadline_days"], deadline_date=_day(row["deadline_date"]),
        co_assignees=tuple(_person(a["person_id"], a["account_id"], a["full_name"], a["position"])
                           for a in tasks_repo.co_assignees_of(ctx.db, row["id"])),
        events=tuple(event_of(e) for e in tasks_repo.events_of(ctx.db, row["id"])),
        result_note=row["result_note"] or "", result_attachment_id=row["result_attachment_id"],
        cancel_reason=row["cancel_reason"] or "", proposal_id=row["proposal_id"], proposal_ref=proposal_ref,
        allotted_days=allotted, used_days=used, earliness=earliness(allotted, used) if used is not None else None,
        early_enough=is_early_enough(allotted, used, threshold) if used is not None else None,
        steps=steps_for(summary.state, actor.roles, standing, late=late, pending=pending is not None,
                        awaiting=summary.awaiting_confirmation),
        pending_extension=event_of(pending) if pending else None)


def get(ctx: AppContext, task_id_or_ref: str, *, actor: Actor) -> TaskView:
    row, standing = task_row(ctx, task_id_or_ref, actor)
    return view_of(ctx, row, standing, actor)


def visibility(ctx: AppContext, actor: Actor) -> tasks_repo.Visibility:
    scope = task_scope(actor.roles, actor.user_id)
    return tasks_repo.Visibility(everything=scope.everything, account_id=scope.user_id,
                                 person_id=actor_person(ctx, actor))


def list_tasks(ctx: AppContext, filters: Filters | None = None, *, actor: Actor, limit: int | None = None,
               offset: int = 0) -> list[TaskSummary]:
    """The tasks ``actor`` may read, the nearest due day in force first; paging counts only those."""
    rows = tasks_repo.list_rows(ctx.db, ctx.unit_code, filters or Filters(), visibility=visibility(ctx, actor),
                                limit=limit, offset=offset)
    return [summary_of(r) for r in rows]


def count_tasks(ctx: AppContext, filters: Filters | None = None, *, actor: Actor) -> int:
    return tasks_repo.count_rows(ctx.db, ctx.unit_code, filters or Filters(), visibility=visibility(ctx, actor))


def imported(ctx: AppContext, keys: list[str], *, actor: Actor) -> dict[str, str]:
    """Import key → reference of the tasks already imported under one of ``keys`` (the import's preview skips
    them); for a manager, who imports the unit's lists."""
    from lamdong_desktop.domain.task_rules import require

    require(Step.ASSIGN, actor.roles)
    ids = tasks_repo.imported(ctx.db, ctx.unit_code, keys)
    rows = tasks_repo.rows_by_id(ctx.db, list(ids.values()))
    return {key: rows[task_id]["ref"] for key, task_id in ids.items()}
