"""What an agenda item is for, and its time limit: approving a received proposal, or evaluating a reported result.

ND 73/2023/NĐ-CP Đ8.1: a received proposal is put to the leadership meeting (or council) within 07 working days of
its receipt; Đ11: a result report within 07 working days of the report. A meeting cannot consider a proposal before
its receipt, nor a result before its report. ``meetings`` asks here when it puts a proposal on an agenda.

A result whose evaluation meeting was adjourned, or which was taken off its agenda, waits again (REPORTED); one whose
meeting closed on a failed vote concluded nothing and stays EVALUATING until the head puts it before a later meeting
(``not_adopted``, the lifecycle's ``Guard.NOT_ADOPTED``). Either way its limit stays the 07 working days of the report:
the later meeting is marked late after it. ``waiting`` lists what the head may put on an agenda now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.levels import level_of
from lamdong_desktop.domain.lifecycle import Facts, State
from lamdong_desktop.domain.meetings import MeetingKind, MeetingLevel, Purpose
from lamdong_desktop.storage import implementation_repo, proposals_repo

from . import calendar
from .context import AppContext
from .meeting_base import Meeting
from .proposals import Filters, Proposal, ProposalSummary, get, list_proposals

# The states from which a proposal goes on an agenda: received (to approve), reported (to evaluate), and on the
# agenda of an evaluation meeting that voted it down (``not_adopted``).
AGENDA_STATES = (State.RECEIVED, State.REPORTED, State.EVALUATING)


@dataclass(frozen=True)
class Candidate:
    """A proposal the head may put on an agenda, and what for."""

    summary: ProposalSummary
    purpose: Purpose
    not_adopted_on: date | None = None  # the day of the meeting that voted its evaluation down


def item_fields(ctx: AppContext, proposal: Proposal, meeting: Meeting) -> dict[str, Any]:
    """The item's ``due_on`` and ``purpose`` for ``proposal`` on ``meeting``; refused when the meeting would consider
    it before its receipt (or its report), or a broad proposal before a leadership meeting instead of a council."""
    if proposal.state in (State.REPORTED, State.EVALUATING):
        return _evaluation(ctx, proposal, meeting)
    if proposal.summary.broad and meeting.kind is MeetingKind.LEADERSHIP:
        raise ValidationError("broad_needs_council", ref=proposal.ref)
    receipt = proposals_repo.latest_receipt(ctx.db, proposal.id)
    if receipt and meeting.held_on < date.fromisoformat(receipt["received_on"]):
        raise ValidationError("meeting_before_receipt", ref=proposal.ref, start=clock.format_date_vn(meeting.held_on),
                              received=clock.format_date_vn(date.fromisoformat(receipt["received_on"])))
    return {"due_on": receipt["meeting_due_on"] if receipt else None, "purpose": None}


def _evaluation(ctx: AppContext, proposal: Proposal, meeting: Meeting) -> dict[str, Any]:
    from lamdong_desktop.domain.deadlines import evaluation_due_on

    report = implementation_repo.report_of(ctx.db, proposal.id)
    if report is None:  # REPORTED always has its report; a database edited by hand may not
        raise ValidationError("report_not_found", ref=proposal.ref)
    reported = date.fromisoformat(report["reported_on"])
    if meeting.held_on < reported:
        raise ValidationError("meeting_before_report", ref=proposal.ref, start=clock.format_date_vn(meeting.held_on),
                              reported=clock.format_date_vn(reported))
    due = evaluation_due_on(calendar.working_calendar(ctx), reported)  # ND 73/2023 Đ11: 07 working days
    return {"due_on": due.isoformat(), "purpose": Purpose.EVALUATION.value}


def not_adopted_on(ctx: AppContext, proposal_id: str) -> date | None:
    """The day of the meeting that voted the result's evaluation down when that meeting, the latest to have it on its
    agenda, closed with no conclusion: the result waits for the head to put it before another meeting (ND 73/2023
    Đ11). None otherwise."""
    row = implementation_repo.not_adopted(ctx.db, ctx.unit_code, proposal_id).get(proposal_id)
    return datetime.fromisoformat(row["starts_at"]).date() if row else None


def not_adopted(ctx: AppContext, proposal_id: str) -> bool:
    """Whether the result waits for another meeting after one voted its evaluation down (``not_adopted_on``)."""
    return not_adopted_on(ctx, proposal_id) is not None


def schedule_facts(ctx: AppContext, proposal: Proposal) -> Facts:
    """What the lifecycle's SCHEDULE needs to know of ``proposal`` (from EVALUATING: ``Guard.NOT_ADOPTED``)."""
    return Facts(not_adopted=proposal.state is State.EVALUATING and not_adopted(ctx, proposal.id))


def waiting(ctx: AppContext, *, actor: Actor, level: MeetingLevel | None = None) -> list[Candidate]:
    """What ``actor`` may put on an agenda now, by reference: received proposals (to approve), reported results and
    results voted down at their evaluation meeting (to evaluate). Never the actor's own (a head's own proposal is the
    province's, ND 73/2023 Đ7.1); with ``level``, only those that go before a meeting of that level."""
    found: list[Candidate] = []
    refused = implementation_repo.not_adopted(ctx.db, ctx.unit_code)
    for state in AGENDA_STATES:
        for summary in list_proposals(ctx, Filters(state=state.value), actor=actor):
            if summary.author_id == actor.user_id or (state is State.EVALUATING and summary.id not in refused):
                continue
            if level is not None:
                submitted_to = get(ctx, summary.id, actor=actor).submitted_to
                if submitted_to is None or level_of(submitted_to) is not level:
                    continue
            failed = refused.get(summary.id)
            found.append(Candidate(
                summary, Purpose.APPROVAL if state is State.RECEIVED else Purpose.EVALUATION,
                datetime.fromisoformat(failed["starts_at"]).date() if failed else None))
    return sorted(found, key=lambda c: c.summary.ref)
