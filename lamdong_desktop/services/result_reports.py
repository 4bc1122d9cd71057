"""The implementer's written result report (ND 73/2023/NĐ-CP Đ10): within 05 working days of the end.

``submit`` records, in one transaction, what the report states and the proposal's move to REPORTED: every indicator
reached against its target, computed from the recorded values as of the end (``domain/results.measure``), whether
damage occurred with its estimate and cause, and the implementer's explanation. The due day comes from the unit's
calendar; a report after it is marked late by the working days it came after (``deadlines.working_days_late``).
Only an implementer reports; a report is final once submitted (nobody edits it); the evaluation is then due within
07 working days (ND 73 Đ11). The report is the implementer's own document, as the plan is the proposer's: it takes
no number from the unit's register. An indicator whose target an adjustment decision changed is measured against the
adjusted target, and the report keeps the plan's beside it and the decision's number. The implementer (or the one who
evaluates it) attaches the signed report — the scan of the paper, or the PDF signed digitally (``signed_scans``): it
then counts as "Đã ký".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.deadlines import evaluation_due_on, is_overdue, working_days_late
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.implementation import (
    Ending,
    TargetChange,
    check_report_day,
    latest_changes,
    parse_damage,
)
from lamdong_desktop.domain.lifecycle import AWAITING_REPORT, Action, Party, State
from lamdong_desktop.domain.results import Achievement, IndicatorStatus, Results
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import implementation_repo as repo
from lamdong_desktop.storage import staff_repo

from . import calendar, proposals, signed_scans
from .accounts import author
from .changes import writes
from .context import AppContext
from .implementation_views import day_of, implements, measured, target_changes


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator as the report states it: the plan's target, the value reached and the share of the change."""

    number: int
    key: str
    name: str
    unit: str
    baseline: str  # as the plan wrote it ("1.200", "≤ 30")
    target: str
    latest: Decimal | None
    latest_on: date | None
    share: Fraction | None
    status: IndicatorStatus
    planned_target: str = ""  # the plan's target, when an adjustment decision changed it ("" otherwise)
    adjusted_by: str = ""  # that decision's number, "02/QĐ-UBND"
    adjusted_on: date | None = None

    @property
    def reached(self) -> bool:
        return self.status is IndicatorStatus.REACHED

    @property
    def adjusted(self) -> bool:
        return bool(self.adjusted_by)


@dataclass(frozen=True)
class ReportView:
    id: str
    proposal_id: str
    ref: str
    title: str
    reported_on: date
    started_on: date
    ended_on: date
    ending: Ending
    end_reason: str
    due_on: date  # 05 working days after the end (ND 73 Đ10)
    late_days: int  # working days after the due day (0: on time)
    indicators: tuple[IndicatorLine, ...]
    suggested: Achievement | None  # what the numbers suggest; the evaluators decide
    damage: bool
    damage_estimate: str
    damage_cause: str
    explanation: str
    reporter_name: str
    reporter_position: str
    evaluation_due_on: date  # 07 working days after the report (ND 73 Đ11)
    locked: bool  # the signed report is attached ("Đã ký")
    scan_id: str | None = None
    digital_signatures: tuple[signed_scans.DigitalSignature, ...] = ()  # the attached PDF's, if digitally signed

    @property
    def late(self) -> bool:
        return self.late_days > 0

    @property
    def reached(self) -> int:
        return sum(1 for i in self.indicators if i.reached)


def _share_json(share: Fraction | None) -> list[int] | None:
    return None if share is None else [share.numerator, share.denominator]


def snapshot(results: Results, changes: Sequence[TargetChange] = ()) -> list[dict[str, Any]]:
    """The indicators measured, as stored in the report (exact: decimals as text, shares as fractions); with
    ``changes`` (the adjustments' targets, ``results`` measured against them) each adjusted one keeps the plan's
    target and the decision's number."""
    latest = latest_changes(changes)
    rows = []
    for n, r in enumerate(results.indicators, start=1):
        row = {"number": n, "key": r.key, "name": r.indicator.name, "unit": r.indicator.unit,
               "baseline": r.indicator.baseline, "target": r.indicator.target,
               "latest": None if r.latest is None else f"{r.latest:f}",
               "latest_on": r.latest_on.isoformat() if r.latest_on else None, "share": _share_json(r.share),
               "status": r.status.value}
        if (change := latest.get(r.key)) is not None:
            row.update({"planned_target": change.before, "adjusted_by": change.reference,
                        "adjusted_on": change.issued_on.isoformat() if change.issued_on else None})
        rows.append(row)
    return rows


def _line(data: dict[str, Any]) -> IndicatorLine:
    share = data.get("share")
    return IndicatorLine(
        number=data["number"], key=data["key"], name=data["name"], unit=data["unit"], baseline=data["baseline"],
        target=data["target"], latest=Decimal(data["latest"]) if data.get("latest") is not None else None,
        latest_on=day_of(data.get("latest_on")), share=Fraction(share[0], share[1]) if share else None,
        status=IndicatorStatus(data["status"]), planned_target=data.get("planned_target") or "",
        adjusted_by=data.get("adjusted_by") or "", adjusted_on=day_of(data.get("adjusted_on")))


def _view(ctx: AppContext, row: dict[str, Any], proposal: proposals.Proposal) -> ReportView:
    implementation = repo.implementation_of(ctx.db, proposal.id)
    assert implementation is not None  # a report follows an implementation
    reported = date.fromisoformat(row["reported_on"])
    return ReportView(
        id=row["id"], proposal_id=proposal.id, ref=proposal.ref, title=proposal.summary.title, reported_on=reported,
        started_on=date.fromisoformat(implementation["started_on"]), ended_on=date.fromisoformat(row["ended_on"]),
        ending=Ending(implementation["ended_how"] or Ending.FINISHED.value),
        end_reason=implementation["end_reason"] or "", due_on=date.fromisoformat(row["due_on"]),
        late_days=row["late_days"], indicators=tuple(_line(d) for d in json.loads(row["results"])),
        suggested=Achievement(row["suggested"]) if row["suggested"] else None, damage=bool(row["damage"]),
        damage_estimate=row["damage_estimate"] or "", damage_cause=row["damage_cause"] or "",
        explanation=row["explanation"], reporter_name=row["reporter_name"],
        reporter_position=row["reporter_position"] or "",
        evaluation_due_on=evaluation_due_on(calendar.working_calendar(ctx), reported), locked=bool(row["locked"]),
        scan_id=row["scan_id"], digital_signatures=signed_scans.signatures_of(ctx, row["scan_id"]))


def _damage(damage: object, estimate: str, cause: str) -> tuple[bool, str, str]:
    occurred = parse_damage(damage)
    estimate = check_text(estimate, field="damage_estimate", limit="reason", multiline=True).strip()
    cause = check_text(cause, field="damage_cause", limit="reason", multiline=True).strip()
    if occurred and not (estimate and cause):
        raise ValidationError("damage_details_required", missing="estimate" if not estimate else "cause")
    if not occurred and (estimate or cause):
        # Never a report that says "no damage" beside an estimate of it: one of the two is wrong.
        raise ValidationError("damage_details_without_damage")
    return occurred, estimate, cause


@writes
def submit(ctx: AppContext, *, actor: Actor, proposal_id: str, explanation: str, damage: object = False,
           damage_estimate: str = "", damage_cause: str = "", reported_on: date | None = None) -> ReportView:
    """An implementer reports the result in writing on ``reported_on`` (today by default); final once submitted."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    implementation = repo.implementation_of(ctx.db, proposal.id)
    if implementation is None:
        raise ValidationError("implementation_not_started", ref=proposal.ref)
    if repo.report_of(ctx.db, proposal.id) is not None:
        raise ValidationError("report_exists", ref=proposal.ref)
    if proposal.state not in AWAITING_REPORT:
        raise ValidationError("report_not_now", ref=proposal.ref, state=proposal.state.value)
    if not implements(ctx, proposal.id, actor):
        raise PermissionDenied("permission_denied", permission="proposal.report")
    explanation = check_text(explanation, field="report_explanation", limit="section", multiline=True,
                             required=True).strip()
    occurred, estimate, cause = _damage(damage, damage_estimate, damage_cause)
    ended = date.fromisoformat(implementation["ended_on"])
    day = check_report_day(reported_on or clock.today(), ended_on=ended, today=clock.today())
    due = date.fromisoformat(implementation["report_due_on"])
    late = working_days_late(calendar.working_calendar(ctx), day, due)
    changes = target_changes(ctx, proposal.id)
    results = measured(proposal, repo.progress_of(ctx.db, proposal.id), ended, changes=changes)
    person = staff_repo.person_for_account(ctx.db, actor.user_id)
    with ctx.db.atomic():
        row = repo.reports(ctx.db).insert(
            {"proposal_id": proposal.id, "reported_on": day.isoformat(), "ended_on": ended.isoformat(),
             "due_on": due.isoformat(), "late_days": late,
             "results": json.dumps(snapshot(results, changes), ensure_ascii=False),
             "suggested": results.suggested.value if results.suggested else None, "damage": int(occurred),
             "damage_estimate": estimate or None, "damage_cause": cause or None, "explanation": explanation,
             "reporter_person_id": person["id"] if person else None,
             "reporter_name": person["full_name"] if person else actor.full_name,
             "reporter_position": (person["position"] or "") if person else "", "locked": 0},
            author=author(actor),
            summary=f"Báo cáo kết quả thực hiện {proposal.ref} ngày {day:%d/%m/%Y}"
                    + (f" (muộn {late} ngày làm việc)" if late else ""))
        proposals.apply_transition(ctx, actor, proposal.id, Action.REPORT)
    return _view(ctx, row, proposals.get(ctx, proposal.id, actor=actor))


def find(ctx: AppContext, proposal_id: str, *, actor: Actor) -> ReportView | None:
    """The result report of a proposal ``actor`` reads, or None before it is submitted."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    row = repo.report_of(ctx.db, proposal.id)
    return _view(ctx, row, proposal) if row else None


def get(ctx: AppContext, proposal_id: str, *, actor: Actor) -> ReportView:
    found = find(ctx, proposal_id, actor=actor)
    if found is None:
        raise NotFound("report_not_found", ref=proposal_id)
    return found


def may_sign(ctx: AppContext, actor: Actor, proposal: proposals.Proposal) -> bool:
    """Who attaches the implementer's signed report: an implementer, or the one who evaluates it (its recipient)."""
    return implements(ctx, proposal.id, actor) or Party.RECIPIENT in proposals.parties(proposal, actor)


@writes
def attach_signed(ctx: AppContext, *, actor: Actor, proposal_id: str, path: str | Path) -> ReportView:
    """An implementer — or the one who evaluates it (the head; the province for a head's own proposal) — attaches the
    implementer's signed report: the scan of the paper, or the PDF signed digitally. It counts as "Đã ký" and is
    locked (a report is final once submitted anyway; a second signed copy is refused)."""

    def check() -> signed_scans.Signable:
        report = get(ctx, proposal_id, actor=actor)
        proposal = proposals.get(ctx, report.proposal_id, actor=actor)
        if not may_sign(ctx, actor, proposal):
            raise PermissionDenied("permission_denied", permission="report.sign")
        if report.locked:
            raise ValidationError("report_signed", ref=report.ref)
        return signed_scans.Signable("result_reports", report.id, f"báo cáo kết quả thực hiện {report.ref}",
                                     repo.reports, lambda: signed_scans.result_document(ctx, "report", proposal.id,
                                                                                         actor))

    signed_scans.attach_signed(ctx, actor, path, check)
    return get(ctx, proposal_id, actor=actor)


def export_scan(ctx: AppContext, *, actor: Actor, proposal_id: str, folder: str | Path) -> Path:
    """Copy the implementer's signed report out (to open it with the system viewer), for a reader of the proposal."""
    return signed_scans.export_signed(ctx, get(ctx, proposal_id, actor=actor).scan_id, folder)


def evaluation_overdue(report: ReportView, state: State) -> bool:
    """Reported and not yet evaluated after the 07 working days (ND 73 Đ11)."""
    return state in (State.REPORTED, State.EVALUATING) and is_overdue(report.evaluation_due_on, today=clock.today())


__all__ = ["IndicatorLine", "ReportView", "attach_signed", "evaluation_overdue", "export_scan", "find", "get",
           "may_sign", "snapshot", "submit"]
