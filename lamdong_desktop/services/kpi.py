"""The resolution's targets as KPIs for a period, for the unit and each person (seed II.2, II.4, IV.5).

For the head and the leaders, who follow the whole unit. Every figure comes from SQL over the derived
``task_facts`` (``storage/task_facts`` says why, ``storage/kpi_repo`` how each index serves one query); the lists
behind the figures name their tasks by id, and ``lines`` reads what a list shows of them when it is shown — a year
of 100,000 tasks may list thousands, which the dashboard fetches as it scrolls. The dashboard, the PDF report and
the Excel export read this one result, so they show the same numbers as ``lamdong kpi``.

What is counted, against the **original** deadline (an extension is listed, never counted as the deadline):

- ``early``: of the cases completed in the period, those early enough — ``(allotted − used) / allotted ≥`` the
  threshold (10–15%, default 10%) in working days; target 80%;
- ``people``: of the people who held a task on some day of the period (its lead assignee: người chủ trì — a
  reassigned task counts for whoever holds it now), those with no task late on any day of it (done after its due
  day, or still open past it; a cancelled task counts as it stood until cancelled — cancelled after its deadline,
  it stays late); a task handed on after its original deadline is late for whoever held it then, not for the one
  who got it late; target 80%;
- ``open_overdue``: the tasks still open on the last day counted and past their due day, per head — the leader who
  gave the task and answers for following it up — with and without a good reason as the head judged it (not yet
  judged counts as without); target 0 without; beside them, per head, the tasks cancelled in the period after their
  original deadline (``cancelled_overdue``): cancelling an overdue file does not make it disappear;
- ``orders``: the tasks given in the period by urgency — hỏa tốc ones listed — and those given fewer working days
  than the "very short" limit (default 2); no target but "as few as possible";
- ``breakthrough``: of the unit's grassroots party organisations (đảng bộ cơ sở, chi bộ cơ sở), those with at least
  one breakthrough proposal first submitted in the period and not withdrawn or rejected — a chi bộ's proposal counts
  for it and for the grassroots organisation above it (its recorded parent; a chi bộ trực thuộc without one belongs
  to the unit's đảng bộ cơ sở when there is exactly one); target: all of them;
- ``proposals``: the proposals first submitted in the period by state, and the rulings of the evaluations concluded
  in it.

A task recorded by someone else than its assigner counts in none of them until the assigner confirms it
(``awaiting_confirmation`` says how many wait).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import task_scope
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import PermissionDenied
from lamdong_desktop.domain.kpi import KpiSettings, Period, parse_short_days, parse_threshold, threshold_percent
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.tasks import Share, Urgency
from lamdong_desktop.domain.text import fold
from lamdong_desktop.storage import kpi_repo, meta_repo, staff_repo, task_facts
from lamdong_desktop.storage.records import Author

from .context import AppContext
from .task_views import calendar_of

THRESHOLD_KEY, SHORT_DAYS_KEY = "kpi_early_threshold_percent", "kpi_short_deadline_days"
GRASSROOTS = frozenset({"dang_bo_co_so", "chi_bo_co_so"})  # tổ chức cơ sở đảng (Điều lệ Đảng Đ21)
ALL_ORGS = Fraction(1)  # seed II.4: every grassroots party organisation
_URGENCIES = {code: Urgency(value) for value, code in task_facts.URGENCY_CODES.items()}


@dataclass(frozen=True)
class TaskLine:
    """One task named behind a figure."""

    id: str
    ref: str
    title: str
    urgency: Urgency
    lead_name: str
    assigner_name: str
    assigned_on: date
    due_on: date
    current_due_on: date
    done_on: date | None
    extensions: int
    good_reason: bool | None
    allotted: int | None = None  # working days given (the very short deadlines)
    cancelled_on: date | None = None  # the day it was cancelled (the overdue tasks cancelled)


@dataclass(frozen=True)
class TaskList:
    """The tasks behind a figure: how many, and where to find them (``lines`` reads them, a page at a time)."""

    kind: str  # a key of ``kpi_repo.LISTS``
    window: kpi_repo.Window
    count: int

    def __len__(self) -> int:
        return self.count


@dataclass(frozen=True)
class PersonKpi:
    key: str  # the person's id, or account:<id>
    full_name: str
    position: str
    held: int  # tasks held on some day of the period
    completed: int
    early_enough: int
    before_due: int
    on_due: int
    late: int  # tasks late on some day of the period
    open_overdue: int
    open_overdue_good: int  # of those, with a good reason as the head judged
    extended: int  # tasks held in the period that were extended (done or not: the list ``extended``, per holder)

    @property
    def early(self) -> Share:
        return Share(self.early_enough, self.completed)

    @property
    def without_overdue(self) -> bool:
        return self.late == 0


@dataclass(frozen=True)
class HeadOverdue:
    """A head's open overdue tasks: with a good reason, and without (``unjudged`` of those not judged yet)."""

    key: str
    full_name: str
    with_good_reason: int
    without_good_reason: int
    unjudged: int
    cancelled_overdue: int = 0  # cancelled in the period after their original deadline (still overdue files)


@dataclass(frozen=True)
class OrgCoverage:
    id: str
    name: str
    kind: str
    grassroots: bool
    proposals: tuple[str, ...]  # references of the breakthrough proposals counted for it


@dataclass(frozen=True)
class UnitKpis:
    period: Period
    as_of: date
    settings: KpiSettings
    early: Share
    completed: int
    before_due: int
    on_due: int
    people: Share
    persons: tuple[PersonKpi, ...]  # everyone who held a task in the period, by name
    open_overdue: TaskList  # nearest original due day first
    open_with_good_reason: int
    open_unjudged: int
    heads: tuple[HeadOverdue, ...]
    orders: dict[Urgency, int]
    flash: TaskList
    short: TaskList
    extended: TaskList
    cancelled_overdue: TaskList  # cancelled in the period after their original deadline: overdue all the same
    awaiting_confirmation: int  # tasks recorded by someone else than their assigner, not confirmed: counted nowhere
    breakthrough: Share
    coverage: tuple[OrgCoverage, ...]
    proposals_by_state: dict[str, int]
    rulings: dict[str, int]

    @property
    def late_done(self) -> int:
        return self.completed - self.before_due - self.on_due

    @property
    def open_without_good_reason(self) -> int:
        return len(self.open_overdue) - self.open_with_good_reason

    @property
    def people_with_overdue(self) -> tuple[PersonKpi, ...]:
        return tuple(p for p in self.persons if not p.without_overdue)


def settings(ctx: AppContext) -> KpiSettings:
    """The unit's settings (``set_settings``), or the resolution's defaults."""
    threshold, short = meta_repo.get(ctx.db, THRESHOLD_KEY), meta_repo.get(ctx.db, SHORT_DAYS_KEY)
    defaults = KpiSettings()
    return KpiSettings(threshold=parse_threshold(threshold) if threshold else defaults.threshold,
                       short_days=parse_short_days(short) if short else defaults.short_days)


def set_settings(ctx: AppContext, *, actor: Actor, threshold: object = None, short_days: object = None) -> KpiSettings:
    """The head (or IT staff) sets the threshold within 10–15% and the "very short deadline" limit; audited."""
    if not {Role.HEAD, Role.ADMIN} & actor.roles:
        raise PermissionDenied("permission_denied", permission="kpi.settings")
    values: dict[str, str] = {}
    if threshold is not None:
        values[THRESHOLD_KEY] = threshold_percent(parse_threshold(threshold)).replace(",", ".")
    if short_days is not None:
        values[SHORT_DAYS_KEY] = str(parse_short_days(short_days))
    meta_repo.set_many(ctx.db, values, author=Author(actor.user_id, actor.username))
    return settings(ctx)


def _names(ctx: AppContext, keys: dict[int, str]) -> dict[int, tuple[str, str]]:
    """Holder number → (name, position) now: the roster's person, else the account, else the name on the task."""
    people = {r["id"]: r for r in staff_repo.list_people(ctx.db, ctx.unit_code)}
    accounts = {r["id"]: r["full_name"] for r in ctx.db.query("SELECT id, full_name FROM accounts")}
    found = {}
    for n, key in keys.items():
        if key in people:
            found[n] = (people[key]["full_name"], people[key]["position"] or "")
        elif key.removeprefix("account:") in accounts:
            found[n] = (accounts[key.removeprefix("account:")], "")
        else:
            row = ctx.db.execute("SELECT lead_name FROM tasks WHERE lead_person_id = ? ORDER BY rowid DESC LIMIT 1",
                                 [key]).fetchone()
            found[n] = (row[0] if row else key, "")
    return found


def lines(ctx: AppContext, tasks: TaskList, *, actor: Actor, limit: int | None = None,
          offset: int = 0) -> tuple[TaskLine, ...]:
    """What a list behind a figure shows of its tasks, in its order, all or one page (for the figures' readers)."""
    require_unit_reader(actor)
    found = kpi_repo.list_ids(ctx.db, tasks.window, tasks.kind, limit=limit, offset=offset)
    rows = kpi_repo.lines(ctx.db, [task_id for task_id, _ in found])
    result = []
    for task_id, allotted in found:
        r = rows[task_id]
        result.append(TaskLine(
            id=r["id"], ref=r["ref"], title=r["title"], urgency=Urgency(r["urgency"]), lead_name=r["lead_name"],
            assigner_name=r["assigner_name"] or "", assigned_on=date.fromisoformat(r["assigned_on"]),
            due_on=date.fromisoformat(r["due_on"]), current_due_on=date.fromisoformat(r["current_due_on"]),
            done_on=date.fromisoformat(r["done_on"]) if r["done_on"] else None, extensions=r["extensions"],
            good_reason=None if r["good_reason"] is None else bool(r["good_reason"]),
            allotted=allotted if tasks.kind == "short" else None,
            cancelled_on=date.fromisoformat(r["cancelled_on"]) if tasks.kind == "cancelled_overdue" else None))
    return tuple(result)


def _coverage(ctx: AppContext, period: Period) -> tuple[Share, tuple[OrgCoverage, ...]]:
    orgs = {r["id"]: r for r in staff_repo.list_party_orgs(ctx.db, ctx.unit_code)}
    # A chi bộ trực thuộc belongs to a đảng bộ cơ sở: its recorded parent, else the unit's only đảng bộ cơ sở.
    unit_party: list[str] = [o["id"] for o in orgs.values() if o["kind"] == "dang_bo_co_so"]

    def parent(org: dict[str, Any]) -> str | None:
        recorded: str | None = org["parent_id"]
        if recorded or org["kind"] != "chi_bo_truc_thuoc" or len(unit_party) != 1:
            return recorded
        return unit_party[0]

    counted: dict[str, list[str]] = defaultdict(list)
    for proposal in kpi_repo.breakthrough_proposals(ctx.db, ctx.unit_code, period.start, period.end):
        org_id, seen = proposal["party_org_id"], set()
        while org_id in orgs and org_id not in seen:  # the organisation and those above it
            seen.add(org_id)
            counted[org_id].append(proposal["ref"])
            org_id = parent(orgs[org_id])
    coverage = tuple(OrgCoverage(id=o["id"], name=o["name"], kind=o["kind"], grassroots=o["kind"] in GRASSROOTS,
                                 proposals=tuple(counted.get(o["id"], ()))) for o in orgs.values())
    grassroots = [c for c in coverage if c.grassroots]
    return Share(sum(1 for c in grassroots if c.proposals), len(grassroots), target=ALL_ORGS), coverage


def require_unit_reader(actor: Actor) -> None:
    """The unit's KPIs name everyone's delays: the head and the leaders, who read the unit's tasks."""
    if not task_scope(actor.roles, actor.user_id).everything:
        raise PermissionDenied("permission_denied", permission="read.kpi")


def unit_kpis(ctx: AppContext, *, actor: Actor, period: Period, kpi_settings: KpiSettings | None = None,
              today: date | None = None) -> UnitKpis:
    """Every KPI of the period for the unit and each person (see the module's docstring for what each counts)."""
    require_unit_reader(actor)
    chosen = kpi_settings or settings(ctx)
    task_facts.recount(ctx.db, lambda: calendar_of(ctx))  # a calendar corrected since, a task not counted
    as_of = period.as_of(today or clock.today())
    window = kpi_repo.Window(ctx.unit_code, period.start, period.end, as_of, chosen.threshold, chosen.short_days)
    db = ctx.db
    done = {r[0]: r[1:] for r in kpi_repo.completed_by_holder(db, window)}
    held = Counter({n: d[0] for n, d in done.items()})
    held.update(dict(kpi_repo.held_beyond_by_holder(db, window)))
    extended = dict(kpi_repo.extended_by_holder(db, window))
    late = dict(kpi_repo.late_by_holder(db, window))
    overdue = kpi_repo.open_overdue(db, window)  # (head, holder at the deadline, judgement, tasks)
    cancelled = dict(kpi_repo.cancelled_overdue(db, window))  # head → tasks cancelled past their deadline
    counted = set(held) | set(late) | {r[1] for r in overdue}  # a late holder who no longer holds the task too
    keys = task_facts.people_keys(db, counted | {r[0] for r in overdue if r[0] is not None}
                                  | {h for h in cancelled if h is not None})
    names = _names(ctx, keys)
    open_by_holder: Counter[int] = Counter()
    good_by_holder: Counter[int] = Counter()
    heads: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0])
    for head, holder, good, count in overdue:
        open_by_holder[holder] += count
        good_by_holder[holder] += count if good == 1 else 0
        heads[head][0 if good == 1 else 1] += count
        heads[head][2] += count if good is None else 0
    for head in cancelled:  # a head with cancelled overdue files only is listed too
        heads.setdefault(head, [0, 0, 0])
    persons = []
    for n in counted:
        completed, early, before, on = done.get(n, (0, 0, 0, 0))
        persons.append(PersonKpi(
            key=keys[n], full_name=names[n][0], position=names[n][1], held=held[n], completed=completed,
            early_enough=early, before_due=before, on_due=on, late=late.get(n, 0), open_overdue=open_by_holder[n],
            open_overdue_good=good_by_holder[n], extended=extended.get(n, 0)))
    persons.sort(key=lambda p: (fold(p.full_name), p.key))
    head_rows = tuple(sorted((HeadOverdue(key=keys[h] if h is not None else "",
                                          full_name=names[h][0] if h is not None else "", with_good_reason=c[0],
                                          without_good_reason=c[1], unjudged=c[2],
                                          cancelled_overdue=cancelled.get(h, 0)) for h, c in heads.items()),
                             key=lambda h: (-h.without_good_reason, fold(h.full_name))))
    orders = {_URGENCIES[code]: count for code, count in kpi_repo.orders_by_urgency(db, window).items()}
    breakthrough, coverage = _coverage(ctx, period)

    def listed(kind: str, count: int | None = None) -> TaskList:
        return TaskList(kind, window, kpi_repo.list_count(db, window, kind) if count is None else count)

    return UnitKpis(
        period=period, as_of=as_of, settings=chosen,
        early=Share(sum(d[1] for d in done.values()), sum(d[0] for d in done.values())),
        completed=sum(d[0] for d in done.values()), before_due=sum(d[2] for d in done.values()),
        on_due=sum(d[3] for d in done.values()),
        people=Share(sum(1 for p in persons if p.without_overdue), len(persons)), persons=tuple(persons),
        open_overdue=listed("open_overdue", sum(r[3] for r in overdue)),
        open_with_good_reason=sum(r[3] for r in overdue if r[2] == 1),
        open_unjudged=sum(r[3] for r in overdue if r[2] is None), heads=head_rows, orders=orders,
        flash=listed("flash", orders[Urgency.FLASH]), short=listed("short"), extended=listed("extended"),
        cancelled_overdue=listed("cancelled_overdue", sum(cancelled.values())),
        awaiting_confirmation=kpi_repo.awaiting_confirmation(db, window),
        breakthrough=breakthrough, coverage=coverage,
        proposals_by_state=kpi_repo.proposals_by_state(db, ctx.unit_code, period.start, period.end),
        rulings=kpi_repo.rulings(db, ctx.unit_code, period.start, period.end))


__all__ = ["HeadOverdue", "OrgCoverage", "PersonKpi", "TaskLine", "TaskList", "UnitKpis", "lines", "set_settings",
           "settings", "unit_kpis"]
