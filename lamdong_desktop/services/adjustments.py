"""Adjustments of an implementation (ND 73/2023/NĐ-CP Đ9): each one the head's written decision, numbered QĐ.

``adjust`` is one transaction, as ``decisions.decide``: the number from the register, the adjustment's record (what
changes, why, a new end day if any), and the lifecycle's ADJUST with the decision issued. Refused: no number taken,
nothing recorded. Only the head adjusts; the head or the secretary attaches the signed scan, after which the
decision is locked (a change needs a new, numbered decision).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.implementation import EventKind, check_during
from lamdong_desktop.domain.lifecycle import RUNNING_STATES, Action, Facts, Party
from lamdong_desktop.domain.register import Authority, DocType, parse_authority
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages.implementation import ADJUSTMENT_TITLE
from lamdong_desktop.storage import implementation_repo as repo
from lamdong_desktop.storage import proposals_repo, register_repo

from . import proposals, register
from .accounts import author
from .changes import writes
from .context import AppContext
from .decisions import signer_of
from .implementation_views import day_of
from .signed_scans import attach_scan


@dataclass(frozen=True)
class AdjustmentView:
    id: str
    proposal_id: str
    ref: str
    proposal_title: str
    content: str  # what is adjusted
    reasons: str
    new_end_on: date | None
    issued_on: date
    reference: str  # "04/QĐ-UBND"
    number: int
    year: int
    title: str
    signer_name: str
    signer_title: str
    signer_lines: tuple[str, ...]
    scan_id: str | None
    locked: bool


def _view(ctx: AppContext, row: dict[str, Any]) -> AdjustmentView:
    entry = register_repo.get_entry(ctx.db, ctx.unit_code, row["register_entry_id"])
    proposal = proposals_repo.proposals(ctx.db).get(row["proposal_id"], include_deleted=True)
    return AdjustmentView(
        id=row["id"], proposal_id=row["proposal_id"], ref=proposal["ref"], proposal_title=proposal["title"],
        content=row["text"], reasons=row["reasons"] or "", new_end_on=day_of(row["new_end_on"]),
        issued_on=date.fromisoformat(row["noted_on"]), reference=entry.reference, number=entry.number,
        year=entry.year, title=entry.title, signer_name=entry.signer_name, signer_title=entry.signer_title,
        signer_lines=entry.signer_lines, scan_id=row["scan_id"], locked=bool(row["locked"]))


@writes
def adjust(ctx: AppContext, *, actor: Actor, proposal_id: str, content: str, reasons: str,
           new_end_on: date | None = None, issued_on: date | None = None, signer_person_id: str | None = None,
           signer_name: str = "", signer_title: str = "", authority: Authority | str = Authority.ON_BEHALF,
           head_title: str = "") -> AdjustmentView:
    """The head's decision adjusting a running implementation: what changes (``content``), why, and optionally a
    new planned end; numbered from the register as a Quyết định điều chỉnh, in one transaction."""
    content = check_text(content, field="adjustment_content", limit="section", multiline=True, required=True).strip()
    reasons = check_text(reasons, field="decision_reasons", limit="justification", multiline=True).strip()
    if not reasons:
        raise ValidationError("reason_required")
    parse_authority(authority)
    with ctx.db.atomic():
        proposal = proposals.get(ctx, proposal_id, actor=actor)
        if Party.RECIPIENT not in proposals.parties(proposal, actor):
            raise PermissionDenied("permission_denied", permission="proposal.adjust")
        row = repo.implementation_of(ctx.db, proposal.id)
        if row is None:
            raise ValidationError("implementation_not_started", ref=proposal.ref)
        if proposal.state not in RUNNING_STATES:
            raise ValidationError("implementation_not_now", ref=proposal.ref, state=proposal.state.value)
        day = check_during(issued_on or clock.today(), started_on=date.fromisoformat(row["started_on"]),
                           ended_on=None, today=clock.today())
        if new_end_on is not None and new_end_on < day:
            raise ValidationError("planned_end_before_start", value=f"{new_end_on:%d/%m/%Y}",
                                  earliest=f"{day:%d/%m/%Y}")
        person_id, name, position = signer_of(ctx, signer_person_id, signer_name, signer_title)
        title = ADJUSTMENT_TITLE.format(title=proposal.summary.title)
        event = repo.events(ctx.db).insert(
            {"proposal_id": proposal.id, "kind": EventKind.ADJUSTMENT.value, "noted_on": day.isoformat(),
             "text": content, "reasons": reasons, "new_end_on": new_end_on.isoformat() if new_end_on else None,
             "signer_person_id": person_id, "signer_name": name or actor.full_name, "signer_title": position,
             "authority": parse_authority(authority).value, "recorder_name": actor.full_name, "locked": 0},
            author=author(actor), summary=f"Điều chỉnh việc thực hiện {proposal.ref}: {content}")
        entry = register.issue(ctx, actor=actor, doc_type=DocType.DECISION, title=title, issued_on=day,
                               signer_person_id=person_id, signer_name=name, signer_title=position,
                               authority=authority, head_title=head_title, subject_table="implementation_events",
                               subject_id=event["id"]).value
        repo.events(ctx.db).update(event["id"], {"register_entry_id": entry.id, "signer_name": entry.signer_name,
                                                 "signer_title": entry.signer_title},
                                   author=author(actor), summary=f"Số {entry.reference}: {title}")
        if new_end_on is not None:
            repo.implementations(ctx.db).update(row["id"], {"planned_end_on": new_end_on.isoformat()},
                                                author=author(actor),
                                                summary=f"{proposal.ref}: kết thúc dự kiến {new_end_on:%d/%m/%Y}")
        proposals.apply_transition(ctx, actor, proposal.id, Action.ADJUST, reason=reasons,
                                   facts=Facts(reason=reasons, decision_issued=True))
        saved = repo.events(ctx.db).get(event["id"])
    return _view(ctx, saved)


def list_adjustments(ctx: AppContext, proposal_id: str, *, actor: Actor) -> list[AdjustmentView]:
    """The adjustments of a proposal ``actor`` reads, in the order issued."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    return [_view(ctx, r) for r in repo.events_of(ctx.db, proposal.id, EventKind.ADJUSTMENT.value)]


def get(ctx: AppContext, text: str, *, actor: Actor) -> AdjustmentView:
    """An adjustment by its id or its number as printed ("04/QĐ-UBND", this year's), for a reader of its proposal."""
    key = (text or "").strip()
    rows = [r for r in repo.events(ctx.db).where("kind = ?", [EventKind.ADJUSTMENT.value]) if r["register_entry_id"]]
    for row in rows:
        view = _view(ctx, row)
        if key in (view.id, view.reference) and (view.id == key or view.year == clock.today().year):
            try:
                proposals.get(ctx, view.proposal_id, actor=actor)
            except NotFound:
                break
            return view
    raise NotFound("adjustment_not_found", id=key)


@writes
def attach_signed(ctx: AppContext, *, actor: Actor, adjustment_id: str, path: str | Path) -> AdjustmentView:
    """The head or the secretary attaches the scan of the signed adjustment decision: it is locked."""

    def check() -> AdjustmentView:
        view = get(ctx, adjustment_id, actor=actor)
        if not (Role.HEAD in actor.roles or Role.SECRETARY in actor.roles):
            raise PermissionDenied("permission_denied", permission="adjustment.sign")
        if view.locked:
            raise ValidationError("decision_locked", reference=view.reference)
        return view

    first = check()

    def record(attachment_id: str) -> None:
        view = check()
        repo.events(ctx.db).update(view.id, {"scan_id": attachment_id, "locked": 1}, author=author(actor),
                                   summary=f"Quyết định {view.reference} đã ký")

    attach_scan(ctx, actor, "implementation_events", first.id, path, record)
    return get(ctx, first.id, actor=actor)


__all__ = ["AdjustmentView", "adjust", "attach_signed", "get", "list_adjustments"]
