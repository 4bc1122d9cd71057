"""Printed forms: fill the documents' plain models from the database, then render them to PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lamdong_desktop.documents.proposal_plan import CriterionAssessment, ProposalPlan, render_proposal_plan
from lamdong_desktop.domain.access import RecordKind
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, NotFound
from lamdong_desktop.domain.proposals import PRIORITY_FIELDS, Assessment, Criterion, Section
from lamdong_desktop.storage import staff_repo

from . import proposals
from .context import AppContext

LEGAL_PROVISIONS_LEAD = "Các quy định pháp luật đang vướng: "


def _assessment(value: Assessment | None) -> CriterionAssessment:
    # A draft may be printed before it is assessed: it then reads "Chưa đáp ứng" with no justification.
    return CriterionAssessment(met=bool(value and value.met), justification=value.justification if value else "")


def proposal_plan(ctx: AppContext, proposal_id: str, *, actor: Actor) -> ProposalPlan:
    """The plain model of the printed Kế hoạch for one proposal; the renderer never sees the database.

    Only for a reader of the proposal (domain/access.py); to anyone else it is not found.
    """
    proposal = proposals.get(ctx, proposal_id, actor=actor, kind=RecordKind.PRINTED_PLAN)
    content, unit = proposal.content, ctx.unit
    sections = content.sections
    org_name = ""
    if content.party_org_id:
        try:
            org_name = staff_repo.party_orgs(ctx.db).get(content.party_org_id)["name"]
        except NotFound:
            org_name = ""
    bottleneck = sections.get(Section.BOTTLENECK, "")
    if sections.get(Section.LEGAL_PROVISIONS):
        bottleneck = f"{bottleneck}\n{LEGAL_PROVISIONS_LEAD}{sections[Section.LEGAL_PROVISIONS]}".strip()
    submitted = proposal.summary.submitted_at
    return ProposalPlan(
        unit_name=unit.name,
        unit_short_name=unit.short_name,
        reference=proposal.ref,
        title=content.title,
        author_name=proposal.summary.author_name,
        author_position=proposal.author_position or "Người đề xuất",
        party_organisation=org_name,
        priority_field=PRIORITY_FIELDS.get(content.field, ""),
        breakthrough=content.breakthrough,
        broad_or_complex=content.broad,
        necessity=sections.get(Section.NECESSITY, ""),
        bottleneck=bottleneck,
        solution=sections.get(Section.SOLUTION, ""),
        scope=sections.get(Section.SCOPE, ""),
        timeline=sections.get(Section.TIMELINE, ""),
        resources=sections.get(Section.RESOURCES, ""),
        feasibility=sections.get(Section.FEASIBILITY, ""),
        impact=sections.get(Section.IMPACT, ""),
        effectiveness=sections.get(Section.EFFECTIVENESS, ""),
        indicators=content.indicators,
        urgency=_assessment(content.criteria.get(Criterion.URGENCY)),
        pure_purpose=_assessment(content.criteria.get(Criterion.PURE_PURPOSE)),
        democratic_process=_assessment(content.criteria.get(Criterion.DEMOCRATIC_PROCESS)),
        has_conflict_of_interest=bool(content.conflict_declared),
        conflict_of_interest=content.conflict_details,
        date=datetime.fromisoformat(submitted).date() if submitted else None,
    )


def print_proposal_plan(ctx: AppContext, *, actor: Actor, proposal_id: str, target: str | Path) -> Path:
    """Write the plan of ``proposal_id`` as an A4 PDF to ``target``; an existing file is replaced whole."""
    return render_plan(proposal_plan(ctx, proposal_id, actor=actor), target)


def render_plan(plan: ProposalPlan, target: str | Path) -> Path:
    """Render an already-built plan (no database access: safe on a worker thread)."""
    path = Path(target)
    try:
        render_proposal_plan(plan, path)
    except OSError as exc:
        raise DomainError("print_failed", detail=f"{path}: {exc.strerror or exc}") from exc
    return path
