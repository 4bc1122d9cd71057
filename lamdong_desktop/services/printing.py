"""Printed forms: fill the documents' plain models from the database, then render them to PDF."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from lamdong_desktop.documents.proposal_plan import (
    CriterionAssessment,
    ProposalPlan,
    proposal_plan_document,
    render_proposal_plan,
)
from lamdong_desktop.domain.access import RecordKind
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, NotFound
from lamdong_desktop.domain.lifecycle import EDITABLE_STATES, Action, Recipient
from lamdong_desktop.domain.proposals import PRIORITY_FIELDS, Assessment, Criterion, ProposalContent, Section
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.units import PROVINCE
from lamdong_desktop.messages import AUDIT_HEAD_LINE
from lamdong_desktop.storage import accounts_repo, files, proposals_repo, staff_repo

from . import integrity, printed, proposals
from .context import AppContext

LEGAL_PROVISIONS_LEAD = "Các quy định pháp luật đang vướng: "


def _assessment(value: Assessment | None) -> CriterionAssessment:
    # A draft may be printed before it is assessed: it then reads "Chưa tự đánh giá", never "Chưa đáp ứng".
    if value is None:
        return CriterionAssessment(met=None)
    return CriterionAssessment(met=value.met, justification=value.justification)


def is_draft(proposal: proposals.Proposal) -> bool:
    """A plan is final only as submitted: a draft, or a returned plan under revision, prints as a draft."""
    return proposal.state in EDITABLE_STATES or not proposal.summary.submitted_at


def _goes_to_province(ctx: AppContext, proposal: proposals.Proposal, draft: bool) -> bool:
    """Whether the plan goes to the province: the head's own proposal (ND 73 Đ7.1).

    A submitted plan says where it went; a draft goes where ``proposals.submit`` would send it today.
    """
    if proposal.submitted_to is not None and not draft:
        return proposal.submitted_to is Recipient.PROVINCE
    try:
        row = accounts_repo.store(ctx.db).get(proposal.summary.author_id, include_deleted=True)
    except NotFound:
        return False
    return Role.HEAD.value in (row["roles"] or "").split(",")


def proposal_plan(ctx: AppContext, proposal_id: str, *, actor: Actor) -> ProposalPlan:
    """The plain model of the printed Kế hoạch for one proposal; the renderer never sees the database.

    Only for a reader of the proposal (domain/access.py); to anyone else it is not found.
    """
    proposal = proposals.get(ctx, proposal_id, actor=actor, kind=RecordKind.PRINTED_PLAN)
    submitted = proposal.summary.submitted_at
    draft = is_draft(proposal)
    return _plan_of(ctx, proposal, proposal.content, datetime.fromisoformat(submitted).date()
                    if submitted and not draft else None, draft)


def revision_plan(ctx: AppContext, revision_id: str, *, actor: Actor) -> ProposalPlan:
    """The Kế hoạch as one of its versions was submitted (a revision a submission or resubmission sent), dated the
    day it was sent: for the dossier (``services.dossier``), where every submitted version has its place. Not found
    for a revision no submission sent, or for one who may not read the proposal's revisions."""
    row = proposals_repo.revisions(ctx.db).get(revision_id)
    proposal = proposals.get(ctx, row["proposal_id"], actor=actor, kind=RecordKind.REVISION)
    sent = [t["created_at"] for t in proposals_repo.transitions_of(ctx.db, proposal.id)
            if t["action"] in SUBMITTING and t["revision"] == row["revision"]]
    if not sent:
        raise NotFound("revision_not_found", revision=row["revision"])
    content = ProposalContent.from_json(json.loads(row["content"]))
    return _plan_of(ctx, proposal, content, datetime.fromisoformat(sent[0]).date(), False)


SUBMITTING = frozenset({Action.SUBMIT.value, Action.RESUBMIT.value})


def _plan_of(ctx: AppContext, proposal: proposals.Proposal, content: ProposalContent, submitted_on: date | None,
             draft: bool) -> ProposalPlan:
    unit = ctx.unit
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
    return ProposalPlan(
        unit_name=unit.name,
        unit_short_name=unit.short_name,
        reference=proposal.ref,
        title=content.title,
        author_name=proposal.summary.author_name,
        author_position=proposal.author_position,
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
        has_conflict_of_interest=content.conflict_declared,
        conflict_of_interest=content.conflict_details,
        date=submitted_on,
        draft=draft,
        to_province=_goes_to_province(ctx, proposal, draft),
        province_name=PROVINCE.short_name,
        audit_head=audit_head_line(ctx),
    )


def audit_head_line(ctx: AppContext) -> str:
    """The chain head as printed on every page ("Nhật ký #1234 · 9f3a1c2b"); empty before any event.

    ``lamdong verify --anchor 1234:9f3a1c2b`` later checks that this event is still in the chain.
    """
    head = integrity.current_head(ctx)
    return AUDIT_HEAD_LINE.format(seq=head[0], short_hash=head[1]) if head else ""


def print_proposal_plan(ctx: AppContext, *, actor: Actor, proposal_id: str, target: str | Path) -> Path:
    """Write the plan of ``proposal_id`` as an A4 PDF to ``target``; an existing file is replaced whole. The print
    is recorded with its check code (``printed.record_copy``)."""
    plan = proposal_plan(ctx, proposal_id, actor=actor)
    check_print_target(ctx.paths.root, target)
    path = render_plan(plan, target)
    return printed.keep_recorded(ctx, actor=actor, source=printed.PLAN, document=proposal_plan_document(plan),
                                 subject_id=printed.subject_of(ctx, printed.PLAN, proposal_id, actor=actor), path=path)


_SUFFIX_KINDS = {".pdf": "bản in PDF", ".xlsx": "bảng tính Excel"}


def check_print_target(data_root: Path, target: str | Path, *, suffix: str | None = None) -> Path:
    """Refuse a target inside the data folder (the database, its journal, the evidence store, the backups) or
    one that exists and is not a plain file (a folder, a device such as /dev/null, a link): printing must
    never replace the records it prints from. ``suffix`` (".pdf", ".xlsx"): a name ending otherwise is refused
    (a workbook written as ``tasks.csv`` opens as garbage)."""
    path = Path(target).expanduser()
    if suffix is not None and path.suffix.lower() != suffix and not path.is_dir():
        raise DomainError("target_wrong_suffix", path=str(path), suffix=suffix, kind=_SUFFIX_KINDS.get(suffix, suffix),
                          example=path.with_suffix(suffix).name if path.name else f"tep{suffix}")
    resolved = path.resolve()
    root = data_root.resolve()
    if resolved == root or root in resolved.parents:
        raise DomainError("print_target_refused", path=str(path), reason="inside_data")
    if path.is_dir() and not path.is_symlink():
        raise DomainError("target_is_folder", path=str(path))
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise DomainError("print_target_refused", path=str(path), reason="not_a_file")
    return path


def render_plan(plan: ProposalPlan, target: str | Path) -> Path:
    """Render an already-built plan (no database access: safe on a worker thread)."""
    return rendered(lambda out: render_proposal_plan(plan, out), target)


def rendered(render: Callable[[BinaryIO], object], target: str | Path) -> Path:
    """Run ``render(file)`` for a printed form, then write it to ``target`` whole (``files.write_atomically``).

    A failure to write names ``target`` in Vietnamese: its folder missing or not writable, the disk full or read-only,
    a folder by that name (never the temporary file it is written under first). One while rendering (a font that
    cannot be read) is ``print_failed``.
    """
    path = Path(target).expanduser()
    pdf = io.BytesIO()
    try:
        render(pdf)
    except OSError as exc:
        # The exception itself: messages.describe tells it in Vietnamese (never "Permission denied").
        raise DomainError("print_failed", detail=exc) from exc
    return files.write_atomically(path, lambda out: out.write(pdf.getbuffer()))


def save_copy(source: str | Path, target: str | Path) -> Path:
    """Copy a printed PDF (the preview's file) to the user's ``target``, whole or not at all; a failure names
    ``target`` as ``rendered`` does."""
    return files.copy_atomically(Path(source), Path(target).expanduser())
