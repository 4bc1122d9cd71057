"""“Việc cần xử lý”: what waits for the person signed in, each with its due date.

The head (or the province, for what was sent to it) sees the proposals to receive, those received and
waiting for the leadership meeting (due within 07 working days of receipt, ND 73/2023 Đ8.1), the meetings he
convened and has still to hold (due by the earliest limit of their proposals), and the proposals put to a meeting
and waiting for the decision; the secretary the minutes to record (on the meeting's day) and to sign; an official
the proposals returned to them for revision. A meeting held (or set) after a proposal's limit is marked late, and
so are its proposals waiting for the decision. After the approval (ND 73/2023 Đ9–Đ11) the head sees the running
implementations (due by the plan's end), those finished or stopped waiting for their result report (05 working days),
the reported results to evaluate and those on an evaluation meeting's agenda (07 working days); an implementer the
result reports to write. Overdue items come first.

A head's own proposal goes to the province (ND 73/2023 Đ7.1): the province's queue lists it to receive, to put to
its meeting and to decide, with the same limits, and the province's meetings to hold and record (as their seated
secretary); the head sees it as its proposer (``progress``: where it stands at the province, with the province's
limit), never as something for him to do. The unit's secretary records the unit's meetings only.

Everyone also sees their own assigned tasks due this week or overdue, and the head the extension requests and the
delays waiting for his decision and judgement (``queue_tasks``: "Việc của tôi", issue 10).

One SQL query per kind of item, through indexes, so that a head with thousands of open proposals gets the
queue at once: no proposal content is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.levels import convenes
from lamdong_desktop.domain.lifecycle import Recipient, State, receives
from lamdong_desktop.domain.meetings import ENDED_STATES, OPEN_STATES, MeetingLevel, MeetingState, Seat, is_late
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.storage import meetings_repo

from .context import AppContext


class ItemKind(StrEnum):
    RECEIVE = "receive"  # submitted, not yet received
    MEETING = "meeting"  # received: put it to the leadership meeting or the council
    DECIDE = "decide"  # on a meeting's agenda: the vote, then the written decision
    RETURNED = "returned"  # returned to its proposer for revision
    HOLD = "hold"  # a meeting convened, not held yet (the head)
    MINUTES = "minutes"  # a meeting under way or due today: attendance, votes, the minutes (the secretary)
    SIGN = "sign"  # a meeting ended: attach the scan of its signed minutes (the secretary)
    PROGRESS = "progress"  # the proposer's own proposal at the province: where it stands (nothing for him to do)
    # ND 73/2023 Đ9–Đ11, after the approval (the head, unless said otherwise):
    IMPLEMENTING = "implementing"  # being carried out: due by the plan's end
    SUSPENDED = "suspended"  # suspended by the head
    REPORT = "report"  # finished or stopped: the implementer writes the result report (05 working days)
    AWAIT_REPORT = "await_report"  # the same, as the head waits for it
    EVALUATE = "evaluate"  # reported: put it to an evaluation meeting (07 working days)
    CONCLUDE = "conclude"  # on an evaluation meeting's agenda: the vote, then the written conclusion
    # Assigned tasks (queue_tasks): the person's own, due this week or overdue; the head's decisions on them.
    TASK = "task"
    TASK_EXTENSION = "task_extension"  # an extension requested: the head decides
    TASK_JUDGE = "task_judge"  # open past its original due day, the delay not judged yet: the head judges
    TASK_CONFIRM = "task_confirm"  # recorded by someone else as given by the reader: he confirms it


@dataclass(frozen=True)
class QueueItem:
    kind: ItemKind
    proposal_id: str  # for a meeting, the first proposal on its agenda (the window opening it shows)
    ref: str  # the proposal's reference; for a meeting, those of its agenda
    title: str
    since: date  # when it started waiting (submitted, received, returned)
    due: date | None  # the legal limit where there is one
    overdue: bool
    reason: str = ""  # why it came back, for a returned proposal
    meeting_id: str | None = None  # the meeting it is (or waits) on
    late: bool = False  # the meeting is (to be) held after the 07-working-day limit of a proposal on it
    state: str = ""  # the proposal's state, for a proposer following his proposal at the province
    task_id: str | None = None  # a task's item (``proposal_id`` is then empty)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "proposal_id": self.proposal_id or None, "task_id": self.task_id,
                "ref": self.ref, "title": self.title,
                "since": self.since.isoformat(), "due": self.due.isoformat() if self.due else None,
                "overdue": self.overdue, "reason": self.reason, "meeting_id": self.meeting_id, "late": self.late,
                "state": self.state}


_RECIPIENT_KINDS = {State.SUBMITTED: ItemKind.RECEIVE, State.RECEIVED: ItemKind.MEETING,
                    State.SCHEDULED: ItemKind.DECIDE}


def queue(ctx: AppContext, *, actor: Actor, today: date | None = None) -> list[QueueItem]:
    """Everything waiting for ``actor``: overdue first, then by due date, then oldest first."""
    from .queue_tasks import task_items

    day = today or clock.today()
    items = (_as_recipient(ctx, actor, day) + _as_author(ctx, actor) + _meetings(ctx, actor, day)
             + _followed(ctx, actor) + _implementations(ctx, actor, day) + task_items(ctx, actor, day))
    return sorted(items, key=lambda i: (not i.overdue, i.due is None, i.due or day, i.since, i.ref))


def _day(stamp: str | None) -> date:
    return date.fromisoformat((stamp or "1900-01-01")[:10])


def _as_recipient(ctx: AppContext, actor: Actor, today: date) -> list[QueueItem]:
    recipients = sorted(r.value for r in receives(actor.roles))
    if not recipients:
        return []
    states = sorted(s.value for s in _RECIPIENT_KINDS)
    marks = ", ".join("?" for _ in recipients)
    rows = ctx.db.query(
        "SELECT p.id, p.ref, p.title, p.state, p.submitted_at, r.received_on, r.meeting_due_on "
        "FROM proposals AS p LEFT JOIN proposal_receipts AS r ON r.rowid = (SELECT max(x.rowid) "
        "FROM proposal_receipts AS x WHERE x.proposal_id = p.id AND x.deleted = 0) "
        f"WHERE p.unit_code = ? AND p.deleted = 0 AND p.state IN ({', '.join('?' for _ in states)}) "
        f"AND p.submitted_to IN ({marks}) AND p.author_id != ?",
        [ctx.unit_code, *states, *recipients, actor.user_id])
    late = meetings_repo.late_items(ctx.db, ctx.unit_code)
    held = _held_items(ctx)
    items = []
    for row in rows:
        state = State(row["state"])
        received = row["received_on"] if state is not State.SUBMITTED else None
        due = date.fromisoformat(row["meeting_due_on"]) if received and row["meeting_due_on"] else None
        overdue = due is not None and today > due
        if state is State.SCHEDULED:
            # The limit is the meeting's, not the decision's: a meeting held in time clears it, one held (or set)
            # after it is overdue from the start.
            overdue = row["id"] in late or (overdue and row["id"] not in held)
        items.append(QueueItem(
            kind=_RECIPIENT_KINDS[state], proposal_id=row["id"], ref=row["ref"], title=row["title"],
            since=date.fromisoformat(received) if received else _day(row["submitted_at"]), due=due,
            overdue=overdue, meeting_id=late.get(row["id"]) or held.get(row["id"]), late=row["id"] in late))
    return items


def _held_items(ctx: AppContext) -> dict[str, str]:
    """Proposal id → meeting id, for proposals on the agenda of a meeting already held (or closed)."""
    rows = ctx.db.query(
        "SELECT i.proposal_id, i.meeting_id FROM meeting_items AS i JOIN meetings AS m ON m.id = i.meeting_id "
        "WHERE m.unit_code = ? AND m.deleted = 0 AND i.deleted = 0 AND m.state IN (?, ?)",
        [ctx.unit_code, MeetingState.HELD.value, MeetingState.CLOSED.value])
    return {r["proposal_id"]: r["meeting_id"] for r in rows}


def _meetings(ctx: AppContext, actor: Actor, today: date) -> list[QueueItem]:
    """The head's meetings to hold (the province's, for the province); the secretary's minutes to record and to sign
    (his own meetings, or all of the unit's meetings for the unit's secretary)."""
    heads = {level for level in MeetingLevel if convenes(actor.roles, level)}
    secretary = Role.SECRETARY in actor.roles
    own = {r["meeting_id"] for r in ctx.db.query(
        "SELECT meeting_id FROM meeting_members WHERE deleted = 0 AND account_id = ? AND role = ?",
        [actor.user_id, Seat.SECRETARY.value])}
    if not (heads or secretary or own):
        return []
    items = []
    for row in meetings_repo.queue_meetings(ctx.db, ctx.unit_code):
        if not row["first_proposal"]:
            continue  # nothing on its agenda (yet): nothing to hold or record
        state, held_on = MeetingState(row["state"]), date.fromisoformat(row["starts_at"][:10])
        limit = date.fromisoformat(row["due_on"]) if row["due_on"] else None
        late = is_late(held_on, limit)
        level = MeetingLevel(row["level"])
        head, records = level in heads, (secretary and level is MeetingLevel.UNIT) or row["id"] in own
        if state is MeetingState.CONVENED and head:
            kind, due, overdue = ItemKind.HOLD, limit, late or (limit is not None and today > limit)
        elif state in OPEN_STATES and records and held_on <= today:
            kind, due, overdue = ItemKind.MINUTES, held_on, today > held_on
        elif state in ENDED_STATES and records:
            kind, due, overdue = ItemKind.SIGN, held_on, today > held_on
        else:
            continue
        items.append(QueueItem(kind=kind, proposal_id=row["first_proposal"], ref=row["refs"], title=row["title"],
                               since=held_on, due=due, overdue=overdue, meeting_id=row["id"], late=late))
    return items


def _as_author(ctx: AppContext, actor: Actor) -> list[QueueItem]:
    rows = ctx.db.query(
        "SELECT p.id, p.ref, p.title, p.updated_at, p.last_reason FROM proposals AS p "
        "WHERE p.unit_code = ? AND p.deleted = 0 AND p.state = ? AND p.author_id = ?",
        [ctx.unit_code, State.RETURNED.value, actor.user_id])
    return [QueueItem(kind=ItemKind.RETURNED, proposal_id=row["id"], ref=row["ref"], title=row["title"],
                      since=_day(row["updated_at"]), due=None, overdue=False, reason=row["last_reason"] or "")
            for row in rows]


_PROGRESS_STATES = (State.SUBMITTED.value, State.RECEIVED.value, State.SCHEDULED.value)


def _followed(ctx: AppContext, actor: Actor) -> list[QueueItem]:
    """The actor's own proposals at the province, not decided yet: received or not, put to its meeting or not, and
    by when the province's meeting is due (ND 73/2023 Đ8.1). Not overdue for him: the limit is the province's."""
    rows = ctx.db.query(
        "SELECT p.id, p.ref, p.title, p.state, p.submitted_at, r.received_on, r.meeting_due_on "
        "FROM proposals AS p LEFT JOIN proposal_receipts AS r ON r.rowid = (SELECT max(x.rowid) "
        "FROM proposal_receipts AS x WHERE x.proposal_id = p.id AND x.deleted = 0) "
        "WHERE p.unit_code = ? AND p.deleted = 0 AND p.author_id = ? AND p.submitted_to = ? "
        f"AND p.state IN ({', '.join('?' for _ in _PROGRESS_STATES)})",
        [ctx.unit_code, actor.user_id, Recipient.PROVINCE.value, *_PROGRESS_STATES])
    items = []
    for row in rows:
        received = row["received_on"] if row["state"] != State.SUBMITTED.value else None
        items.append(QueueItem(
            kind=ItemKind.PROGRESS, proposal_id=row["id"], ref=row["ref"], title=row["title"],
            since=date.fromisoformat(received) if received else _day(row["submitted_at"]),
            due=date.fromisoformat(row["meeting_due_on"]) if received and row["meeting_due_on"] else None,
            overdue=False, state=row["state"]))
    return items


_IMPLEMENTATION_KINDS = {State.IMPLEMENTING: ItemKind.IMPLEMENTING, State.SUSPENDED: ItemKind.SUSPENDED,
                         State.FINISHED: ItemKind.AWAIT_REPORT, State.STOPPED: ItemKind.AWAIT_REPORT,
                         State.REPORTED: ItemKind.EVALUATE, State.EVALUATING: ItemKind.CONCLUDE}


def _implementations(ctx: AppContext, actor: Actor, today: date) -> list[QueueItem]:
    """The head's running implementations and their next due step (the plan's end, the report, the evaluation);
    an implementer's result reports to write. Late reports are named in ``reason``."""
    from lamdong_desktop.domain.deadlines import evaluation_due_on, is_overdue
    from lamdong_desktop.messages import late_text
    from lamdong_desktop.messages.implementation import NOT_ADOPTED_WORDS
    from lamdong_desktop.storage import implementation_repo

    from .calendar import working_calendar

    recipients = {r.value for r in receives(actor.roles)}
    mine = implementation_repo.implemented_by(ctx.db, actor.user_id)
    rows = implementation_repo.queue_rows(ctx.db, ctx.unit_code, sorted(s.value for s in _IMPLEMENTATION_KINDS))
    if not rows:
        return []
    calendar = working_calendar(ctx)
    late_meetings, held = meetings_repo.late_items(ctx.db, ctx.unit_code), _held_items(ctx)
    refused = implementation_repo.not_adopted(ctx.db, ctx.unit_code)  # voted down: to put before another meeting
    items = []
    for row in rows:
        state = State(row["state"])
        since = _day(row["started_on"])
        due = date.fromisoformat(row["planned_end_on"]) if row["planned_end_on"] else None
        kind, reason, late = _IMPLEMENTATION_KINDS[state], "", False
        if state in (State.FINISHED, State.STOPPED):
            since, due = _day(row["ended_on"]), date.fromisoformat(row["report_due_on"])
        elif state in (State.REPORTED, State.EVALUATING):
            since = _day(row["reported_on"])
            due = evaluation_due_on(calendar, since)
            reason = late_text(row["late_days"] or 0)  # "Muộn 2 ngày làm việc": the report came late
        overdue = is_overdue(due, today=today)
        if state is State.SUSPENDED:
            due, overdue = None, False
        failed = refused.get(row["id"]) if state is State.EVALUATING else None
        if failed is not None:  # the meeting did not adopt the evaluation: it concluded nothing, the limit still runs
            kind, day = ItemKind.EVALUATE, datetime.fromisoformat(failed["starts_at"])
            reason = "; ".join(filter(None, (NOT_ADOPTED_WORDS.format(day=f"{day:%d/%m/%Y}"), reason)))
        elif state is State.EVALUATING:  # the meeting's limit, as for a decision: held in time clears it
            late = row["id"] in late_meetings
            overdue = late or (overdue and row["id"] not in held)
        meeting = late_meetings.get(row["id"]) or held.get(row["id"]) if kind is ItemKind.CONCLUDE else None
        base = {"proposal_id": row["id"], "ref": row["ref"], "title": row["title"], "since": since, "due": due,
                "overdue": overdue, "reason": reason, "late": late, "meeting_id": meeting}
        if row["submitted_to"] in recipients and row["author_id"] != actor.user_id:
            items.append(QueueItem(kind=kind, **base))
        if kind is ItemKind.AWAIT_REPORT and row["id"] in mine:
            items.append(QueueItem(kind=ItemKind.REPORT, **base))
    return items
