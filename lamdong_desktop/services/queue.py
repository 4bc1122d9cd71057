"""“Việc cần xử lý”: what waits for the person signed in, each with its due date.

The head (or the province, for what was sent to it) sees the proposals to receive, those received and
waiting for the leadership meeting (due within 07 working days of receipt, ND 73/2023 Đ8.1), and those put
to a meeting and waiting for the decision; an official sees the proposals returned to them for revision.
Meetings add the minutes to record and to sign (services/meetings). Overdue items come first.

One SQL query per kind of item, through indexes, so that a head with thousands of open proposals gets the
queue at once: no proposal content is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.lifecycle import State, receives

from .context import AppContext


class ItemKind(StrEnum):
    RECEIVE = "receive"  # submitted, not yet received
    MEETING = "meeting"  # received: put it to the leadership meeting or the council
    DECIDE = "decide"  # on a meeting's agenda: the vote, then the written decision
    RETURNED = "returned"  # returned to its proposer for revision


@dataclass(frozen=True)
class QueueItem:
    kind: ItemKind
    proposal_id: str
    ref: str
    title: str
    since: date  # when it started waiting (submitted, received, returned)
    due: date | None  # the legal limit where there is one
    overdue: bool
    reason: str = ""  # why it came back, for a returned proposal

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "proposal_id": self.proposal_id, "ref": self.ref, "title": self.title,
                "since": self.since.isoformat(), "due": self.due.isoformat() if self.due else None,
                "overdue": self.overdue, "reason": self.reason}


_RECIPIENT_KINDS = {State.SUBMITTED: ItemKind.RECEIVE, State.RECEIVED: ItemKind.MEETING,
                    State.SCHEDULED: ItemKind.DECIDE}


def queue(ctx: AppContext, *, actor: Actor, today: date | None = None) -> list[QueueItem]:
    """Everything waiting for ``actor``: overdue first, then by due date, then oldest first."""
    day = today or clock.today()
    items = _as_recipient(ctx, actor, day) + _as_author(ctx, actor)
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
    items = []
    for row in rows:
        state = State(row["state"])
        received = row["received_on"] if state is not State.SUBMITTED else None
        due = date.fromisoformat(row["meeting_due_on"]) if received and row["meeting_due_on"] else None
        items.append(QueueItem(
            kind=_RECIPIENT_KINDS[state], proposal_id=row["id"], ref=row["ref"], title=row["title"],
            since=date.fromisoformat(received) if received else _day(row["submitted_at"]), due=due,
            overdue=due is not None and today > due))
    return items


def _as_author(ctx: AppContext, actor: Actor) -> list[QueueItem]:
    rows = ctx.db.query(
        "SELECT p.id, p.ref, p.title, p.updated_at, p.last_reason FROM proposals AS p "
        "WHERE p.unit_code = ? AND p.deleted = 0 AND p.state = ? AND p.author_id = ?",
        [ctx.unit_code, State.RETURNED.value, actor.user_id])
    return [QueueItem(kind=ItemKind.RETURNED, proposal_id=row["id"], ref=row["ref"], title=row["title"],
                      since=_day(row["updated_at"]), due=None, overdue=False, reason=row["last_reason"] or "")
            for row in rows]
