"""What an agenda item is for, and its time limit: approving a received proposal, or evaluating a reported result.

ND 73/2023/NĐ-CP Đ8.1: a received proposal is put to the leadership meeting (or council) within 07 working days of
its receipt; Đ11: a result report within 07 working days of the report. A meeting cannot consider a proposal before
its receipt, nor a result before its report. ``meetings`` asks here when it puts a proposal on an agenda.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import MeetingKind, Purpose
from lamdong_desktop.storage import implementation_repo, proposals_repo

from . import calendar
from .context import AppContext
from .meeting_base import Meeting
from .proposals import Proposal


def item_fields(ctx: AppContext, proposal: Proposal, meeting: Meeting) -> dict[str, Any]:
    """The item's ``due_on`` and ``purpose`` for ``proposal`` on ``meeting``; refused when the meeting would consider
    it before its receipt (or its report), or a broad proposal before a leadership meeting instead of a council."""
    if proposal.state is State.REPORTED:
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
