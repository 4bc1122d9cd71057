"""Carrying out an approved proposal (ND 73/2023/NĐ-CP Đ9): start, progress, difficulties, suspension, stop, end.

Who may (the lifecycle table, ``domain/lifecycle.py``): the head who approved it (the recipient) starts it on a date
with its implementers (people of the unit), suspends, resumes or stops it with a reason, and adjusts it by a
numbered decision (``adjustments.py``); its implementers — the people named at the start, through their linked
accounts — record the progress on each quantified indicator (value, date, evidence) and the difficulties met; an
implementer or the head says it is finished, which starts the 05 working days of the written result report
(``result_reports.py``, ND 73 Đ10). Every date is of an act already done and follows the steps in order
(``domain/implementation.py``). Refused: nothing is written, no file is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.deadlines import report_due_on
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.implementation import (
    Ending,
    EventKind,
    check_during,
    check_end,
    check_start,
    find_indicator,
    planned_end,
)
from lamdong_desktop.domain.lifecycle import (
    AWAITING_REPORT,
    RUNNING_STATES,
    Action,
    Party,
    State,
)
from lamdong_desktop.domain.meetings import Outcome
from lamdong_desktop.domain.results import parse_quantity
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import implementation_repo as repo
from lamdong_desktop.storage import meetings_repo, staff_repo

from . import calendar, proposals, staff
from .accounts import author
from .changes import writes
from .context import AppContext
from .implementation_views import (
    EventView,
    ImplementationView,
    ProgressView,
    day_of,
    event_view,
    find,
    implements,
    parties,
    progress_views,
    view,
)
from .signed_scans import attach_scan

# Progress is recorded while the work runs and until the result is reported (a value measured on the last day).
PROGRESS_STATES = RUNNING_STATES | AWAITING_REPORT


def _transition(ctx: AppContext, actor: Actor, proposal: proposals.Proposal, action: Action, reason: str = "",
                **kwargs: Any) -> None:
    proposals.apply_transition(ctx, actor, proposal.id, action, reason=reason, **kwargs)


def approved_on(ctx: AppContext, proposal_id: str) -> date | None:
    """The day of the written approval (or pilot) the implementation follows: the latest such decision."""
    days = [date.fromisoformat(r["issued_on"]) for r in meetings_repo.decisions_of_proposal(ctx.db, proposal_id)
            if r["outcome"] in (Outcome.APPROVE.value, Outcome.PILOT.value)]
    return max(days) if days else None


def _implementer_rows(ctx: AppContext, person_ids: Sequence[str]) -> list[dict[str, Any]]:
    if not person_ids:
        raise ValidationError("implementers_required")
    rows, seen = [], set()
    for number, person_id in enumerate(person_ids, start=1):
        try:
            person = staff_repo.people(ctx.db).get(person_id)
        except NotFound:
            raise NotFound("person_not_found", id=person_id) from None
        if person["unit_code"] != ctx.unit_code:
            raise NotFound("person_not_found", id=person_id)
        if person["id"] in seen:
            raise ValidationError("implementer_twice", name=person["full_name"])
        seen.add(person["id"])
        rows.append({"person_id": person["id"], "account_id": person["account_id"], "full_name": person["full_name"],
                     "position": person["position"] or "", "ordinal": number})
    return rows


def implementer_choices(ctx: AppContext, *, actor: Actor, proposal_id: str) -> list[staff.Person]:
    """Whom the one starting a proposal may name as its implementers: the unit's staff — also when the province
    starts a head's own proposal (ND 73/2023 Đ7.1): it is carried out in his unit, by its people."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    if Party.RECIPIENT not in parties(ctx, proposal, actor):
        raise PermissionDenied("permission_denied", permission="proposal.start")
    return staff.unit_people(ctx)


def find_implementer(ctx: AppContext, text: str, *, actor: Actor, proposal_id: str) -> str:
    """One of ``implementer_choices`` by id or full name (with or without accents), for scripts."""
    return staff.find_among(implementer_choices(ctx, actor=actor, proposal_id=proposal_id), text)


@writes
def start(ctx: AppContext, *, actor: Actor, proposal_id: str, started_on: date | None = None,
          implementers: Sequence[str] = (), planned_end_on: date | None = None) -> ImplementationView:
    """The head starts an approved (or piloted) proposal on ``started_on`` (today by default) with its implementers
    (ids of people of the unit, the lead first). ``planned_end_on``: when it should end; by default the plan's last
    target date."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    if Party.RECIPIENT not in parties(ctx, proposal, actor):
        raise PermissionDenied("permission_denied", permission="proposal.start")
    day = check_start(started_on or clock.today(), approved_on=approved_on(ctx, proposal.id), today=clock.today())
    end = planned_end_on or planned_end(proposal.content.indicators)
    if planned_end_on is not None and planned_end_on < day:
        raise ValidationError("planned_end_before_start", value=f"{planned_end_on:%d/%m/%Y}",
                              earliest=f"{day:%d/%m/%Y}")
    rows = _implementer_rows(ctx, implementers)
    with ctx.db.atomic():
        _transition(ctx, actor, proposal, Action.START)
        repo.implementations(ctx.db).insert(
            {"proposal_id": proposal.id, "started_on": day.isoformat(),
             "planned_end_on": end.isoformat() if end else None, "ended_on": None, "ended_how": None,
             "end_reason": None, "report_due_on": None, "starter_name": actor.full_name},
            author=author(actor), summary=f"Bắt đầu thực hiện {proposal.ref} ngày {day:%d/%m/%Y}")
        for row in rows:
            repo.implementers(ctx.db).insert({"proposal_id": proposal.id, **row}, author=author(actor),
                                             summary=f"{row['full_name']} thực hiện {proposal.ref}")
    return view(ctx, proposal.id, actor=actor)


def _running(ctx: AppContext, proposal_id: str, actor: Actor, states: frozenset[State]) -> tuple[
    proposals.Proposal, dict[str, Any]
]:
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    row = repo.implementation_of(ctx.db, proposal.id)
    if row is None:
        raise ValidationError("implementation_not_started", ref=proposal.ref)
    if proposal.state not in states:
        raise ValidationError("implementation_not_now", ref=proposal.ref, state=proposal.state.value)
    return proposal, row


def _require_implementer(ctx: AppContext, proposal: proposals.Proposal, actor: Actor, what: str) -> None:
    if not implements(ctx, proposal.id, actor):
        raise PermissionDenied("permission_denied", permission=f"implementation.{what}")


@writes
def record_progress(ctx: AppContext, *, actor: Actor, proposal_id: str, indicator: str | int, value: object,
                    measured_on: date | None = None, note: str = "",
                    evidence: str | Path | None = None) -> ProgressView:
    """An implementer records an indicator's value on a date (today by default), with its evidence file attached
    to the proposal. ``indicator``: its number in the plan (from 1), its key or its name."""
    proposal, row = _running(ctx, proposal_id, actor, PROGRESS_STATES)
    _require_implementer(ctx, proposal, actor, "progress")
    number, found, key = find_indicator(proposal.content.indicators, indicator)
    quantity = parse_quantity(value)
    note = check_text(note, field="progress_note", limit="reason", multiline=True).strip()
    day = check_during(measured_on or clock.today(), started_on=date.fromisoformat(row["started_on"]),
                       ended_on=day_of(row["ended_on"]), today=clock.today())
    saved: dict[str, Any] = {}

    def record(evidence_id: str | None) -> None:
        saved.update(repo.progress(ctx.db).insert(
            {"proposal_id": proposal.id, "indicator_key": key, "value": f"{quantity:f}",
             "measured_on": day.isoformat(), "note": note or None, "evidence_id": evidence_id,
             "recorder_name": actor.full_name},
            author=author(actor),
            summary=f"{proposal.ref}, chỉ tiêu {number} “{found.name}”: {quantity:f} {found.unit} ngày {day:%d/%m/%Y}"))

    if evidence is None:
        with ctx.db.atomic():
            record(None)
    else:
        attach_scan(ctx, actor, "proposals", proposal.id, evidence, record, scan=False,
                    summary=f"Minh chứng tiến độ “{Path(evidence).name}” của {proposal.ref}")
    return progress_views(ctx, proposal, [saved])[0]


def _event(ctx: AppContext, actor: Actor, proposal: proposals.Proposal, kind: EventKind, day: date, text: str,
           **fields: Any) -> dict[str, Any]:
    return repo.events(ctx.db).insert(
        {"proposal_id": proposal.id, "kind": kind.value, "noted_on": day.isoformat(), "text": text,
         "recorder_name": actor.full_name, "locked": 0, **fields},
        author=author(actor), summary=f"{proposal.ref}: {text}")


@writes
def report_difficulty(ctx: AppContext, *, actor: Actor, proposal_id: str, text: str,
                      noted_on: date | None = None) -> EventView:
    """An implementer reports a difficulty met (khó khăn, vướng mắc), for the head and the result report."""
    proposal, row = _running(ctx, proposal_id, actor, PROGRESS_STATES)
    _require_implementer(ctx, proposal, actor, "difficulty")
    text = check_text(text, field="difficulty_text", limit="reason", multiline=True, required=True).strip()
    day = check_during(noted_on or clock.today(), started_on=date.fromisoformat(row["started_on"]),
                       ended_on=day_of(row["ended_on"]), today=clock.today())
    with ctx.db.atomic():
        saved = _event(ctx, actor, proposal, EventKind.DIFFICULTY, day, text)
    return event_view(saved)


def _latest_recorded(ctx: AppContext, proposal_id: str) -> date | None:
    days = [date.fromisoformat(r["measured_on"]) for r in repo.progress_of(ctx.db, proposal_id)]
    days += [date.fromisoformat(r["noted_on"]) for r in repo.events_of(ctx.db, proposal_id)]
    return max(days) if days else None


def _head_step(ctx: AppContext, actor: Actor, proposal_id: str, action: Action, kind: EventKind, reason: str,
               on: date | None) -> ImplementationView:
    """Suspend, resume or stop (the head, with a reason): the transition and its event in one transaction."""
    reason = check_text(reason, field="reason", limit="reason", multiline=True).strip()
    proposal, row = _running(ctx, proposal_id, actor, RUNNING_STATES)
    started = date.fromisoformat(row["started_on"])
    if kind is EventKind.STOP:
        day = check_end(on or clock.today(), started_on=started, latest_event=_latest_recorded(ctx, proposal.id),
                        today=clock.today())
    else:
        day = check_during(on or clock.today(), started_on=started, ended_on=None, today=clock.today())
    with ctx.db.atomic():
        _transition(ctx, actor, proposal, action, reason)
        _event(ctx, actor, proposal, kind, day, reason)
        if kind is EventKind.STOP:
            _end(ctx, actor, proposal, row, day, Ending.STOPPED, reason)
    return view(ctx, proposal.id, actor=actor)


@writes
def suspend(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str, on: date | None = None
            ) -> ImplementationView:
    return _head_step(ctx, actor, proposal_id, Action.SUSPEND, EventKind.SUSPEND, reason, on)


@writes
def resume(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str, on: date | None = None
           ) -> ImplementationView:
    return _head_step(ctx, actor, proposal_id, Action.RESUME, EventKind.RESUME, reason, on)


@writes
def stop(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str, on: date | None = None
         ) -> ImplementationView:
    """The head stops the implementation (a pilot that should not go on): the result report is still due."""
    return _head_step(ctx, actor, proposal_id, Action.STOP, EventKind.STOP, reason, on)


def _end(ctx: AppContext, actor: Actor, proposal: proposals.Proposal, row: dict[str, Any], day: date,
         ending: Ending, reason: str = "") -> None:
    due = report_due_on(calendar.working_calendar(ctx), day)  # ND 73/2023 Đ10: 05 working days
    repo.implementations(ctx.db).update(
        row["id"], {"ended_on": day.isoformat(), "ended_how": ending.value, "end_reason": reason or None,
                    "report_due_on": due.isoformat()},
        author=author(actor), summary=f"Kết thúc thực hiện {proposal.ref} ngày {day:%d/%m/%Y}; báo cáo kết quả "
                                      f"chậm nhất ngày {due:%d/%m/%Y}")


@writes
def finish(ctx: AppContext, *, actor: Actor, proposal_id: str, ended_on: date | None = None) -> ImplementationView:
    """An implementer (or the head) says the plan is carried out on ``ended_on`` (today by default): the written
    result report is due within 05 working days (ND 73/2023 Đ10)."""
    proposal, row = _running(ctx, proposal_id, actor, frozenset({State.IMPLEMENTING}))
    day = check_end(ended_on or clock.today(), started_on=date.fromisoformat(row["started_on"]),
                    latest_event=_latest_recorded(ctx, proposal.id), today=clock.today())
    with ctx.db.atomic():
        _transition(ctx, actor, proposal, Action.FINISH)
        _end(ctx, actor, proposal, row, day, Ending.FINISHED)
    return view(ctx, proposal.id, actor=actor)


__all__ = ["EventView", "ImplementationView", "ProgressView", "approved_on", "find", "find_implementer", "finish",
           "implementer_choices", "record_progress", "report_difficulty", "resume", "start", "stop", "suspend", "view"]
