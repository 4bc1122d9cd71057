"""Reading an implementation: who carries it out, since when, each indicator against its target, what is due.

The views of ``implementation.py`` (the writes) and of everything that shows or prints an implementation: the
proposal window, the queue, the result report. Read under the proposal's own rule (``proposals.get``). The target an
indicator is measured against is the one in force: the plan's, or the latest an adjustment decision set
(``adjustments.target_changes``), the plan's kept beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.deadlines import is_overdue
from lamdong_desktop.domain.errors import NotFound
from lamdong_desktop.domain.implementation import Ending, EventKind, TargetChange, adjusted
from lamdong_desktop.domain.lifecycle import IMPLEMENTED_STATES, RUNNING_STATES, Party, State
from lamdong_desktop.domain.results import Progress, Results, indicator_key, measure
from lamdong_desktop.storage import implementation_repo as repo
from lamdong_desktop.storage import proposals_repo

from . import proposals
from .context import AppContext


@dataclass(frozen=True)
class ImplementerView:
    person_id: str
    account_id: str | None
    full_name: str
    position: str


@dataclass(frozen=True)
class ProgressView:
    id: str
    indicator_key: str
    indicator_number: int  # from 1, in the plan's order
    indicator_name: str
    unit: str
    value: Decimal
    measured_on: date
    note: str
    evidence_id: str | None
    evidence_name: str
    recorder_name: str


@dataclass(frozen=True)
class EventView:
    id: str
    kind: EventKind
    noted_on: date
    text: str
    reasons: str
    new_end_on: date | None
    register_entry_id: str | None  # an adjustment's number in the register
    locked: bool
    recorder_name: str


@dataclass(frozen=True)
class ImplementationView:
    """One implementation as its readers see it: who, since when, how far each indicator is, what is due."""

    proposal_id: str
    ref: str
    title: str
    state: State
    started_on: date
    planned_end_on: date | None
    implementers: tuple[ImplementerView, ...]
    progress: tuple[ProgressView, ...]
    events: tuple[EventView, ...]
    ended_on: date | None
    ending: Ending | None
    end_reason: str
    report_due_on: date | None  # 05 working days after the end (ND 73 Đ10)
    report_overdue: bool  # ended, not reported, the due day passed
    results: Results  # every indicator against its target, as of the end (or today)
    is_implementer: bool  # the reader is one of its implementers
    is_head: bool  # the reader is the head who approved it (the recipient)
    adjusted_targets: tuple[TargetChange, ...] = ()  # per indicator changed: the plan's target and the one in force

    @property
    def running(self) -> bool:
        return self.state in RUNNING_STATES

    def adjustment_of(self, key: str) -> TargetChange | None:
        """How an adjustment changed the indicator's target (``before``: the plan's), or None."""
        return next((c for c in self.adjusted_targets if c.key == key), None)


def day_of(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def implements(ctx: AppContext, proposal_id: str, actor: Actor) -> bool:
    """Whether ``actor``'s account is linked to one of the proposal's implementers."""
    return repo.implements(ctx.db, proposal_id, actor.user_id)


def parties(ctx: AppContext, proposal: proposals.Proposal, actor: Actor) -> frozenset[Party]:
    """How ``actor`` stands to ``proposal``, its implementers included (read again: ``proposal`` may be older)."""
    return proposals.parties(proposals.get(ctx, proposal.id, actor=actor), actor)


def event_view(row: dict[str, Any]) -> EventView:
    return EventView(id=row["id"], kind=EventKind(row["kind"]), noted_on=date.fromisoformat(row["noted_on"]),
                     text=row["text"], reasons=row["reasons"] or "", new_end_on=day_of(row["new_end_on"]),
                     register_entry_id=row["register_entry_id"], locked=bool(row["locked"]),
                     recorder_name=row["recorder_name"] or "")


def measured(proposal: proposals.Proposal, rows: Sequence[dict[str, Any]], as_of: date | None, *,
             changes: Sequence[TargetChange] = ()) -> Results:
    """The plan's indicators against their targets in force (``changes``: the adjustments', in the order issued) from
    the recorded values (``results.measure``)."""
    updates = [Progress.create(indicator_id=r["indicator_key"], value=r["value"],
                               on=date.fromisoformat(r["measured_on"])) for r in rows]
    indicators, _ = adjusted(proposal.content.indicators, changes)
    return measure(indicators, updates, as_of=as_of)


def target_changes(ctx: AppContext, proposal_id: str) -> list[TargetChange]:
    """The targets the proposal's adjustment decisions set, in the order issued (the caller reads the proposal)."""
    from .adjustments import target_changes as of_adjustments  # adjustments reads its dates here

    return of_adjustments(ctx, proposal_id)


def progress_views(ctx: AppContext, proposal: proposals.Proposal, rows: Sequence[dict[str, Any]]) -> tuple[
    ProgressView, ...
]:
    indicators = {indicator_key(i, n): (n, i) for n, i in enumerate(proposal.content.indicators, start=1)}
    names = {a["id"]: a["filename"] for a in proposals_repo.attachments_of(ctx.db, "proposals", proposal.id)}
    shown = []
    for r in rows:
        number, indicator = indicators.get(r["indicator_key"], (0, None))
        shown.append(ProgressView(
            id=r["id"], indicator_key=r["indicator_key"], indicator_number=number,
            indicator_name=indicator.name if indicator else "", unit=indicator.unit if indicator else "",
            value=Decimal(r["value"]), measured_on=date.fromisoformat(r["measured_on"]), note=r["note"] or "",
            evidence_id=r["evidence_id"], evidence_name=names.get(r["evidence_id"], ""),
            recorder_name=r["recorder_name"] or ""))
    return tuple(shown)


def view(ctx: AppContext, proposal_id: str, *, actor: Actor) -> ImplementationView:
    """The implementation of a proposal ``actor`` reads; ``implementation_not_started`` before its start."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    row = repo.implementation_of(ctx.db, proposal.id)
    if row is None or proposal.state not in IMPLEMENTED_STATES:
        raise NotFound("implementation_not_started", ref=proposal.ref)
    rows = repo.progress_of(ctx.db, proposal.id)
    progress = progress_views(ctx, proposal, rows)
    changes = target_changes(ctx, proposal.id)
    ended, due = day_of(row["ended_on"]), day_of(row["report_due_on"])
    reported = repo.report_of(ctx.db, proposal.id) is not None
    return ImplementationView(
        proposal_id=proposal.id, ref=proposal.ref, title=proposal.summary.title, state=proposal.state,
        started_on=date.fromisoformat(row["started_on"]), planned_end_on=day_of(row["planned_end_on"]),
        implementers=tuple(ImplementerView(r["person_id"], r["account_id"], r["full_name"], r["position"] or "")
                           for r in repo.implementers_of(ctx.db, proposal.id)),
        progress=progress, events=tuple(event_view(r) for r in repo.events_of(ctx.db, proposal.id)),
        ended_on=ended, ending=Ending(row["ended_how"]) if row["ended_how"] else None,
        end_reason=row["end_reason"] or "", report_due_on=due,
        report_overdue=not reported and is_overdue(due, today=clock.today()),
        results=measured(proposal, rows, ended, changes=changes), is_implementer=implements(ctx, proposal.id, actor),
        is_head=Party.RECIPIENT in proposals.parties(proposal, actor),
        adjusted_targets=tuple(adjusted(proposal.content.indicators, changes)[1].values()))


def find(ctx: AppContext, proposal_id: str, *, actor: Actor) -> ImplementationView | None:
    """The implementation, or None when the proposal (read by ``actor``) has not been started."""
    try:
        return view(ctx, proposal_id, actor=actor)
    except NotFound as error:
        if error.code != "implementation_not_started":
            raise
        return None


__all__ = ["EventView", "ImplementationView", "ImplementerView", "ProgressView", "day_of", "event_view", "find",
           "implements", "measured", "parties", "progress_views", "target_changes", "view"]
