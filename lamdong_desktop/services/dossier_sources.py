"""The printed documents a dossier holds besides the plan, the minutes, the invitation and the decision: each one's
filled value, built from the record for a reader (as ``printing*`` build the others), and its document model.

They join ``printed.SOURCES`` (a copy printed in a dossier is recorded and its check code answered like any other):
a submitted version of the plan, the party committee's opinion and the progress of the implementation (record
sheets, ``documents.dossier``), the result report, the evaluation's conclusion and an adjustment
(``printing_results``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from lamdong_desktop.documents import adjustment as adjustment_form
from lamdong_desktop.documents import evaluation as evaluation_form
from lamdong_desktop.documents import result_report as report_form
from lamdong_desktop.documents.dossier import (
    EventLine,
    OpinionRecord,
    ProgressLine,
    ProgressRecord,
    opinion_document,
    progress_document,
)
from lamdong_desktop.documents.formatting import short_date
from lamdong_desktop.documents.issued import Person, ProposalRef
from lamdong_desktop.documents.model import Document
from lamdong_desktop.documents.proposal_plan import proposal_plan_document
from lamdong_desktop.domain.access import RecordKind
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.implementation import EventKind
from lamdong_desktop.domain.opinions import stance_of
from lamdong_desktop.messages import ENDING_WORDS, EVENT_KIND_WORDS, quantity_text
from lamdong_desktop.messages.dossier import ENDED_WORDS, OPINION_SUBJECT_WORDS
from lamdong_desktop.messages.lifecycle import STANCE_WORDS
from lamdong_desktop.storage import proposals_repo

from . import implementation_views, printing, printing_results, proposals
from .context import AppContext


def proposal_ref(ctx: AppContext, proposal: proposals.Proposal) -> ProposalRef:
    return ProposalRef(proposal.ref, proposal.summary.title,
                       Person(proposal.summary.author_name, proposal.author_position))


def plan_version(ctx: AppContext, revision_id: str, actor: Actor) -> Any:
    return printing.revision_plan(ctx, revision_id, actor=actor)


def opinion(ctx: AppContext, opinion_id: str, actor: Actor) -> OpinionRecord:
    """The record sheet of one party committee opinion, for a reader of its proposal."""
    row = proposals_repo.party_opinions(ctx.db).get(opinion_id)
    proposal = proposals.get(ctx, row["proposal_id"], actor=actor, kind=RecordKind.PARTY_OPINION)
    scan = ""
    if row["attachment_id"]:
        found = [a for a in proposals_repo.attachments_of(ctx.db, "proposals", proposal.id)
                 if a["id"] == row["attachment_id"]]
        scan = found[0]["filename"] if found else ""
    return OpinionRecord(
        unit_name=ctx.unit.name, unit_short_name=ctx.unit.short_name, proposal=proposal_ref(ctx, proposal),
        subject=OPINION_SUBJECT_WORDS.get(row["stage"], OPINION_SUBJECT_WORDS["approval"]), body=row["body"],
        given_on=date.fromisoformat(row["opinion_on"]), stance=STANCE_WORDS[stance_of(row.get("stance"))],
        text=row["text"], recorder=row["recorder_name"] or "", scan_name=scan, audit_head=printing.audit_head_line(ctx))


def progress(ctx: AppContext, proposal_id: str, actor: Actor) -> ProgressRecord:
    """The record sheet of an implementation (``implementation_not_started`` before its start)."""
    work = implementation_views.view(ctx, proposal_id, actor=actor)
    proposal = proposals.get(ctx, work.proposal_id, actor=actor)
    ended = ""
    if work.ending is not None and work.ended_on is not None:
        ended = ENDED_WORDS.format(ending=ENDING_WORDS[work.ending], day=short_date(work.ended_on))
        if work.end_reason:
            ended += f": {work.end_reason}"
    return ProgressRecord(
        unit_name=ctx.unit.name, unit_short_name=ctx.unit.short_name, proposal=proposal_ref(ctx, proposal),
        implementers=tuple(Person(i.full_name, i.position) for i in work.implementers), started_on=work.started_on,
        planned_end_on=work.planned_end_on, ended=ended,
        values=tuple(ProgressLine(indicator=f"{p.indicator_number}. {p.indicator_name}",
                                  value=f"{quantity_text(p.value)} {p.unit}".strip(), measured_on=p.measured_on,
                                  note=p.note, evidence=p.evidence_name) for p in work.progress),
        # An adjustment is a decision of its own in the dossier.
        events=tuple(EventLine(e.noted_on, EVENT_KIND_WORDS[e.kind], e.text, e.reasons) for e in work.events
                     if e.kind is not EventKind.ADJUSTMENT),
        audit_head=printing.audit_head_line(ctx))


def report(ctx: AppContext, proposal_id: str, actor: Actor) -> Any:
    return printing_results.report_of(ctx, proposal_id, actor=actor)


def evaluation(ctx: AppContext, evaluation_id: str, actor: Actor) -> Any:
    return printing_results.evaluation_of(ctx, evaluation_id, actor=actor)


def adjustment(ctx: AppContext, adjustment_id: str, actor: Actor) -> Any:
    return printing_results.adjustment_of(ctx, adjustment_id, actor=actor)


DOCUMENTS: dict[str, Callable[[Any], Document]] = {
    "plan_version": proposal_plan_document,
    "opinion": opinion_document,
    "progress": progress_document,
    "report": report_form.report_document,
    "evaluation": evaluation_form.evaluation_document,
    "adjustment": adjustment_form.adjustment_document,
}


def document(source: str, form: Any) -> Document:
    """The document model of a filled value of ``source``."""
    return DOCUMENTS[source](form)
