"""Printed forms of an implementation: the result report (Báo cáo), the evaluation's conclusion (Thông báo kết luận
đánh giá) and an adjustment (Quyết định điều chỉnh).

As ``printing_meetings``: ``report_of``, ``evaluation_of`` and ``adjustment_of`` build the documents' plain values
from the record, for a reader only, every word from ``messages`` (the documents never choose words of the domain);
``render_*`` print them with no database access (safe on a worker); ``print_*`` do both for the command line and
refuse a target in the data folder. Every page carries the audit chain's head. The conclusion and an adjustment are
the documents of the level that approved the plan — the province's for a head's own proposal (ND 73/2023 Đ7.1): its
name in the header, its register's numbers; the report stays the implementer's, under his unit, addressed to that
level. An indicator measured against an adjusted target prints it marked, the plan's beside it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from lamdong_desktop.documents import adjustment as adjustment_form
from lamdong_desktop.documents import evaluation as evaluation_form
from lamdong_desktop.documents import result_report as report_form
from lamdong_desktop.documents.adjustment import AdjustmentDecision, TargetRow
from lamdong_desktop.documents.evaluation import EvaluationConclusion
from lamdong_desktop.documents.issued import Person, ProposalRef, Signer
from lamdong_desktop.documents.model import Document
from lamdong_desktop.documents.result_report import ADJUSTED_MARK, AdjustedTarget, ResultReport
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.implementation import EventKind
from lamdong_desktop.domain.meetings import MeetingKind, Outcome
from lamdong_desktop.domain.protection import Condition, RulingKind
from lamdong_desktop.domain.register import parse_reference
from lamdong_desktop.domain.results import IndicatorStatus
from lamdong_desktop.messages import (
    ABUSE_WORDS,
    ACHIEVEMENT_WORDS,
    CONDITION_WORDS,
    EVALUATION_LATE_WORDS,
    INDICATOR_STATUS_WORDS,
    LIABILITY_WORDS,
    MEASURE_WORDS,
    REPORT_LATE_WORDS,
    RESULT_CLASS_WORDS,
    late_text,
    quantity_text,
    ruling_sentence,
    share_text,
)
from lamdong_desktop.storage import proposals_repo, register_repo

from . import adjustments, decisions, evaluations, implementation_views, printed, proposals, result_reports, review
from .context import AppContext
from .levels import body, level_of_proposal, register_code
from .meeting_base import load
from .meeting_records import find_item
from .printing import audit_head_line, check_print_target, rendered

MET_WORDS, UNMET_WORDS = "Bảo đảm", "Không bảo đảm"
NO_ABUSE = "Không phát hiện việc lợi dụng chủ trương để tham nhũng, tiêu cực, trục lợi, “lợi ích nhóm”"
ABUSE_FOUND = "Có dấu hiệu lợi dụng chủ trương để {what}"
NO_SUGGESTION = "chưa xác định được"


def _proposal(ctx: AppContext, proposal_id: str) -> ProposalRef:
    row = proposals_repo.proposals(ctx.db).get(proposal_id, include_deleted=True)
    return ProposalRef(row["ref"], row["title"], Person(row["author_name"] or "", row["author_position"] or ""))


def _value(latest: Decimal | None, unit: str) -> str:
    return f"{quantity_text(latest)} {unit}".strip() if latest is not None else INDICATOR_STATUS_WORDS[
        IndicatorStatus.NO_VALUE]


def _approval(ctx: AppContext, proposal_id: str, actor: Actor) -> decisions.DecisionView | None:
    found = [d for d in decisions.list_decisions(ctx, actor=actor, proposal_id=proposal_id)
             if d.outcome in (Outcome.APPROVE, Outcome.PILOT)]
    return found[0] if found else None  # newest first


def _target(line: result_reports.IndicatorLine, unit: str = "") -> str:
    """The target measured against, "(*)"-marked when an adjustment set it."""
    return f"{line.target} {unit}".strip() + (ADJUSTED_MARK if line.adjusted else "")


def _adjusted(report: result_reports.ReportView) -> tuple[AdjustedTarget, ...]:
    return tuple(AdjustedTarget(i.name, f"{i.planned_target} {i.unit}".strip(), f"{i.target} {i.unit}".strip(),
                                i.adjusted_by, i.adjusted_on) for i in report.indicators if i.adjusted)


def late_note(words: str, days: int, due: date) -> str:
    """ "Báo cáo sau thời hạn … (Muộn 2 ngày làm việc; hạn 06/02/2026)"; "" when on time."""
    return f"{words} ({late_text(days)}; hạn {due:%d/%m/%Y})" if days > 0 else ""


def report_of(ctx: AppContext, proposal_id: str, *, actor: Actor) -> ResultReport:
    """The printed Báo cáo kết quả thực hiện of a proposal, for one who reads it."""
    report = result_reports.get(ctx, proposal_id, actor=actor)
    work = implementation_views.view(ctx, report.proposal_id, actor=actor)
    approval = _approval(ctx, report.proposal_id, actor)
    level = body(ctx, level_of_proposal(proposals.get(ctx, report.proposal_id, actor=actor)))
    return ResultReport(
        unit_name=ctx.unit.name, unit_short_name=ctx.unit.short_name, proposal=_proposal(ctx, report.proposal_id),
        reporter=Person(report.reporter_name, report.reporter_position),
        implementers=tuple(Person(i.full_name, i.position) for i in work.implementers),
        decision_reference=approval.reference if approval else "", decision_on=approval.issued_on if approval else None,
        started_on=report.started_on, ended_on=report.ended_on,
        stopped_reason=report.end_reason if report.ending.value == "stopped" else "",
        adjustments=tuple(report_form.Adjustment(a.reference, a.issued_on, a.content)
                          for a in adjustments.list_adjustments(ctx, report.proposal_id, actor=actor)),
        difficulties=tuple(e.text for e in work.events if e.kind is EventKind.DIFFICULTY),
        indicators=tuple(report_form.IndicatorRow(
            name=i.name, unit=i.unit, baseline=i.baseline, target=_target(i),
            reached=_value(i.latest, ""),
            share=share_text(i.share), status=INDICATOR_STATUS_WORDS[i.status]) for i in report.indicators),
        reached=report.reached,
        suggested=ACHIEVEMENT_WORDS[report.suggested] if report.suggested else NO_SUGGESTION,
        damage=report.damage, damage_estimate=report.damage_estimate, damage_cause=report.damage_cause,
        explanation=report.explanation, reported_on=report.reported_on,
        late_note=late_note(REPORT_LATE_WORDS, report.late_days, report.due_on), audit_head=audit_head_line(ctx),
        adjusted_targets=_adjusted(report), level_name=level.name if level.name != ctx.unit.name else "")


def evaluation_of(ctx: AppContext, text: str, *, actor: Actor) -> EvaluationConclusion:
    """The printed Thông báo kết luận đánh giá: ``text`` its id, its number ("03/TB-UBND") or its proposal."""
    view = evaluations.get(ctx, text, actor=actor)
    meeting = load(ctx, view.meeting_id)
    item = find_item(meeting, view.proposal_id)
    report = result_reports.get(ctx, view.proposal_id, actor=actor)
    work = implementation_views.view(ctx, view.proposal_id, actor=actor)
    opinions = review.party_opinions(ctx, view.proposal_id, actor=actor, stage=review.EVALUATION_STAGE)
    entry = register_repo.get_entry(ctx.db, register_code(ctx, meeting.level), meeting.minutes_entry_id) \
        if meeting.minutes_entry_id else None
    level = body(ctx, meeting.level)  # the unit, or the province for a head's own proposal
    o = item.outcome
    vote = evaluation_form.vote_result(voting=o.voting, in_favour=o.in_favour, against=o.against,
                                       abstaining=o.abstained) if o.complete else ""
    findings, ruling = view.findings, view.ruling
    assert findings.result is not None and findings.abuse is not None  # a conclusion is never incomplete
    tally = f"đạt {report.reached}/{len(report.indicators)} chỉ tiêu định lượng"
    result = f"{RESULT_CLASS_WORDS[findings.result]} ({tally})"
    abuse = (ABUSE_FOUND.format(what=", ".join(ABUSE_WORDS[a] for a in ruling.abuse)) if findings.abuse
             else NO_ABUSE)
    measures = tuple((LIABILITY_WORDS[liability], MEASURE_WORDS[m]) for liability, m in ruling.measures) \
        if ruling.kind is RulingKind.MEASURES else ()
    number, _, issuer = parse_reference(view.reference)
    return EvaluationConclusion(
        unit_name=level.name, unit_short_name=level.short_name, proposal=_proposal(ctx, view.proposal_id),
        implementers=tuple(Person(i.full_name, i.position) for i in work.implementers),
        meeting=evaluation_form.MeetingRef("council" if meeting.kind is MeetingKind.COUNCIL else "leadership",
                                           meeting.held_on, entry.reference if entry else ""),
        reported_on=report.reported_on, report_late=late_note(REPORT_LATE_WORDS, report.late_days, report.due_on),
        evaluation_late=EVALUATION_LATE_WORDS if item.late else "",
        party_body=opinions[-1].body if opinions else "", party_on=opinions[-1].opinion_on if opinions else None,
        vote=vote, result=result,
        indicators=tuple(evaluation_form.IndicatorRow(
            name=i.name, target=_target(i, i.unit), reached=_value(i.latest, i.unit),
            share=share_text(i.share), status=INDICATOR_STATUS_WORDS[i.status]) for i in report.indicators),
        adjusted_targets=_adjusted(report),
        conditions=tuple((CONDITION_WORDS[c], MET_WORDS if findings.conditions.get(c) else UNMET_WORDS)
                         for c in Condition),
        abuse=abuse, measures=measures, ruling=ruling_sentence(ruling), notes=view.notes,
        signer=Signer.from_lines(view.signer_name, view.signer_lines), number=number, date=view.issued_on,
        issuer_code=issuer, audit_head=audit_head_line(ctx))


def adjustment_of(ctx: AppContext, text: str, *, actor: Actor) -> AdjustmentDecision:
    """The printed Quyết định điều chỉnh: ``text`` its id or its number ("04/QĐ-UBND")."""
    view = adjustments.get(ctx, text, actor=actor)
    approval = _approval(ctx, view.proposal_id, actor)
    number, _, issuer = parse_reference(view.reference)
    unit = body(ctx, view.level)  # the unit, or the province for a head's own proposal
    return AdjustmentDecision(
        unit_name=unit.name, unit_short_name=unit.short_name, proposal=_proposal(ctx, view.proposal_id),
        content=view.content, reasons=view.reasons, signer=Signer.from_lines(view.signer_name, view.signer_lines),
        approval_reference=approval.reference if approval else "", approval_on=approval.issued_on if approval else None,
        approval_outcome="pilot" if approval and approval.outcome is Outcome.PILOT else "approve",
        new_end_on=view.new_end_on, number=number, date=view.issued_on, issuer_code=issuer,
        audit_head=audit_head_line(ctx), targets=tuple(TargetRow(t.name, t.unit, t.before, t.target)
                                                       for t in view.targets), new_scope=view.new_scope)


def result_document(ctx: AppContext, kind: str, record: str, *, actor: Actor) -> Document:
    """The plain model of an implementation's document as it prints now (what a digitally signed copy must be a copy
    of): ``kind`` "report" (``record``: the proposal), "evaluation" or "adjustment" (their ids or numbers)."""
    if kind == "report":
        return report_form.report_document(report_of(ctx, record, actor=actor))
    if kind == "evaluation":
        return evaluation_form.evaluation_document(evaluation_of(ctx, record, actor=actor))
    return adjustment_form.adjustment_document(adjustment_of(ctx, record, actor=actor))


def render_report(doc: ResultReport, target: str | Path) -> Path:
    return rendered(lambda path: report_form.render_report(doc, path), target)


def render_evaluation(doc: EvaluationConclusion, target: str | Path) -> Path:
    return rendered(lambda path: evaluation_form.render_evaluation(doc, path), target)


def render_adjustment(doc: AdjustmentDecision, target: str | Path) -> Path:
    return rendered(lambda path: adjustment_form.render_adjustment(doc, path), target)


# Each print is recorded with its check code (``printed.record_copy``), as every other form's: its paper checks.


def print_report(ctx: AppContext, *, actor: Actor, proposal_id: str, target: str | Path) -> Path:
    doc = report_of(ctx, proposal_id, actor=actor)
    path = render_report(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.REPORT, subject_id=proposal_id,
                                 document=report_form.report_document(doc), path=path)


def print_evaluation(ctx: AppContext, *, actor: Actor, evaluation: str, target: str | Path) -> Path:
    evaluation_id = evaluations.get(ctx, evaluation, actor=actor).id
    doc = evaluation_of(ctx, evaluation_id, actor=actor)
    path = render_evaluation(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.EVALUATION, subject_id=evaluation_id,
                                 document=evaluation_form.evaluation_document(doc), path=path)


def print_adjustment(ctx: AppContext, *, actor: Actor, adjustment: str, target: str | Path) -> Path:
    adjustment_id = adjustments.get(ctx, adjustment, actor=actor).id
    doc = adjustment_of(ctx, adjustment_id, actor=actor)
    path = render_adjustment(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.ADJUSTMENT, subject_id=adjustment_id,
                                 document=adjustment_form.adjustment_document(doc), path=path)


__all__ = ["adjustment_of", "evaluation_of", "late_note", "print_adjustment", "print_evaluation", "print_report",
           "render_adjustment", "render_evaluation", "render_report", "report_of", "result_document"]
