"""Adjustments of an implementation (ND 73/2023/NĐ-CP Đ9): each one the head's written decision, numbered QĐ.

``adjust`` is one transaction, as ``decisions.decide``: the number from the register, the adjustment's record (what
changes, why, and what it sets: new targets of the plan's indicators, a new scope, a new planned end), and the
lifecycle's ADJUST with the decision issued. Refused: no number taken, nothing recorded. From its issue on, the result
is measured against the adjusted targets (``targets_in_force``; the report prints the plan's beside them). Only the
one who approved it adjusts — the head, or the province for a head's own proposal (ND 73/2023 Đ7.1): the province's
decision is then numbered in the province's register, signed from its roster and printed under its name. The head or
the secretary (the province at its level) attaches the signed copy, after which the decision is locked (a change
needs a new, numbered decision).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.implementation import EventKind, TargetChange, check_during, check_targets, current_targets
from lamdong_desktop.domain.levels import acting_level, proposal_level
from lamdong_desktop.domain.lifecycle import RUNNING_STATES, Action, Facts, Party, Recipient
from lamdong_desktop.domain.meetings import MeetingLevel
from lamdong_desktop.domain.proposals import Indicator, ProposalContent
from lamdong_desktop.domain.register import Authority, DocType, parse_authority
from lamdong_desktop.domain.results import indicator_key
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages.implementation import ADJUSTMENT_TITLE
from lamdong_desktop.storage import implementation_repo as repo
from lamdong_desktop.storage import proposals_repo, register_repo

from . import proposals, register, signed_scans
from .accounts import author
from .changes import writes
from .context import AppContext
from .decisions import signer_of
from .implementation_views import day_of
from .levels import is_head, level_of_proposal, refuse_own, register_code


@dataclass(frozen=True)
class TargetLine:
    """An indicator's target as the decision changes it."""

    number: int  # in the plan, from 1
    key: str
    name: str
    unit: str
    before: str  # the target in force until the decision (the plan's, or an earlier adjustment's)
    target: str


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
    targets: tuple[TargetLine, ...] = ()  # the indicators' targets it changes
    new_scope: str = ""  # the scope and subjects (phạm vi, đối tượng) as adjusted; "" unchanged
    level: MeetingLevel = MeetingLevel.UNIT  # whose decision: the unit's, or the province's (ND 73 Đ7.1)
    digital_signatures: tuple[signed_scans.DigitalSignature, ...] = ()  # the attached PDF's, if digitally signed


def _changes(row: dict[str, Any]) -> list[TargetChange]:
    return [TargetChange(key=c["key"], before=c["before"], target=c["target"]) for c in
            json.loads(row.get("new_targets") or "[]")]


def _lines(indicators: tuple[Indicator, ...], changes: list[TargetChange]) -> tuple[TargetLine, ...]:
    keyed = {indicator_key(i, n): (n, i) for n, i in enumerate(indicators, start=1)}
    return tuple(TargetLine(keyed[c.key][0], c.key, keyed[c.key][1].name, keyed[c.key][1].unit, c.before, c.target)
                 for c in changes if c.key in keyed)


def _view(ctx: AppContext, row: dict[str, Any]) -> AdjustmentView:
    proposal = proposals_repo.proposals(ctx.db).get(row["proposal_id"], include_deleted=True)
    plan = ProposalContent.from_json(json.loads(proposal["content"]))
    level = proposal_level(Recipient(proposal["submitted_to"]) if proposal["submitted_to"] else None)
    entry = register_repo.get_entry(ctx.db, register_code(ctx, level), row["register_entry_id"])
    return AdjustmentView(
        id=row["id"], proposal_id=row["proposal_id"], ref=proposal["ref"], proposal_title=proposal["title"],
        content=row["text"], reasons=row["reasons"] or "", new_end_on=day_of(row["new_end_on"]),
        issued_on=date.fromisoformat(row["noted_on"]), reference=entry.reference, number=entry.number,
        year=entry.year, title=entry.title, signer_name=entry.signer_name, signer_title=entry.signer_title,
        signer_lines=entry.signer_lines, scan_id=row["scan_id"], locked=bool(row["locked"]),
        targets=_lines(plan.indicators, _changes(row)), new_scope=row.get("new_scope") or "", level=level,
        digital_signatures=signed_scans.signatures_of(ctx, row["scan_id"]))


def target_changes(ctx: AppContext, proposal_id: str) -> list[TargetChange]:
    """Every target an adjustment of the proposal set, in the order issued, with the decision's number and day (no
    permission: the callers read the proposal)."""
    found = []
    for row in repo.events_of(ctx.db, proposal_id, EventKind.ADJUSTMENT.value):
        if not row["register_entry_id"] or not row.get("new_targets"):
            continue
        view = _view(ctx, row)
        found += [TargetChange(c.key, c.before, c.target, view.reference, view.issued_on) for c in _changes(row)]
    return found


@writes
def adjust(ctx: AppContext, *, actor: Actor, proposal_id: str, content: str, reasons: str,
           new_end_on: date | None = None, issued_on: date | None = None, signer_person_id: str | None = None,
           signer_name: str = "", signer_title: str = "", authority: Authority | str = Authority.ON_BEHALF,
           head_title: str = "", targets: Mapping[Any, object] | None = None,
           new_scope: str = "") -> AdjustmentView:
    """The decision adjusting a running implementation: what changes (``content``), why, and optionally new targets of
    the plan's indicators (``targets``: indicator — its number, key or name — to its new target, "450" or "≤ 20"), a
    new scope (``new_scope``) and a new planned end; numbered from the register of the level that approved it as a
    Quyết định điều chỉnh, in one transaction."""
    content = check_text(content, field="adjustment_content", limit="section", multiline=True, required=True).strip()
    reasons = check_text(reasons, field="decision_reasons", limit="justification", multiline=True).strip()
    new_scope = check_text(new_scope, field="adjustment_scope", limit="section", multiline=True).strip()
    if not reasons:
        raise ValidationError("reason_required")
    parse_authority(authority)
    with ctx.db.atomic():
        proposal = proposals.get(ctx, proposal_id, actor=actor)
        refuse_own(proposal, actor)  # the head's own proposal: the province, which approved it, adjusts it
        if Party.RECIPIENT not in proposals.parties(proposal, actor):
            raise PermissionDenied("permission_denied", permission="proposal.adjust")
        level = level_of_proposal(proposal)
        row = repo.implementation_of(ctx.db, proposal.id)
        if row is None:
            raise ValidationError("implementation_not_started", ref=proposal.ref)
        if proposal.state not in RUNNING_STATES:
            raise ValidationError("implementation_not_now", ref=proposal.ref, state=proposal.state.value)
        changes = check_targets(proposal.content.indicators, targets or {},
                                current_targets(proposal.content.indicators, target_changes(ctx, proposal.id)))
        day = check_during(issued_on or clock.today(), started_on=date.fromisoformat(row["started_on"]),
                           ended_on=None, today=clock.today())
        if new_end_on is not None and new_end_on < day:
            raise ValidationError("planned_end_before_start", value=f"{new_end_on:%d/%m/%Y}",
                                  earliest=f"{day:%d/%m/%Y}")
        person_id, name, position = signer_of(ctx, signer_person_id, signer_name, signer_title, level)
        title = ADJUSTMENT_TITLE.format(title=proposal.summary.title)
        event = repo.events(ctx.db).insert(
            {"proposal_id": proposal.id, "kind": EventKind.ADJUSTMENT.value, "noted_on": day.isoformat(),
             "text": content, "reasons": reasons, "new_end_on": new_end_on.isoformat() if new_end_on else None,
             "signer_person_id": person_id, "signer_name": name or actor.full_name, "signer_title": position,
             "authority": parse_authority(authority).value, "recorder_name": actor.full_name, "locked": 0,
             "new_targets": json.dumps([c.to_json() for c in changes], ensure_ascii=False) if changes else None,
             "new_scope": new_scope or None},
            author=author(actor), summary=f"Điều chỉnh việc thực hiện {proposal.ref}: {content}")
        entry = register.number(ctx, actor=actor, doc_type=DocType.DECISION, title=title, issued_on=day,
                                signer_person_id=person_id, signer_name=name, signer_title=position,
                                authority=authority, head_title=head_title, subject_table="implementation_events",
                                subject_id=event["id"], level=level).value
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
    """An adjustment by its id or its number as printed ("04/QĐ-UBND", this year's), for a reader of its proposal. A
    number is first looked for in the register of the level ``actor`` works at (the unit's, or the province's), then
    in the other (the proposer of a head's own proposal finds the province's decisions on it by their number)."""
    key = (text or "").strip()
    rows = [r for r in repo.events(ctx.db).where("kind = ?", [EventKind.ADJUSTMENT.value]) if r["register_entry_id"]]
    found = [r for r in rows if r["id"] == key]
    if not found:
        mine = acting_level(actor.roles)
        numbered = [(v, r) for r in rows if (v := _view(ctx, r)).reference == key and v.year == clock.today().year]
        found = [r for v, r in sorted(numbered, key=lambda pair: pair[0].level is not mine)]
    for row in found:
        try:
            proposals.get(ctx, row["proposal_id"], actor=actor)
        except NotFound:
            continue
        return _view(ctx, row)
    raise NotFound("adjustment_not_found", id=key)


def may_sign(actor: Actor, view: AdjustmentView) -> bool:
    """Who attaches the signed copy of an adjustment decision: the one who issues it (the head; the province for its
    own) or, at the unit, the unit's secretary, who keeps the register."""
    return is_head(actor, view.level) or (Role.SECRETARY in actor.roles and view.level is MeetingLevel.UNIT)


@writes
def attach_signed(ctx: AppContext, *, actor: Actor, adjustment_id: str, path: str | Path) -> AdjustmentView:
    """The head or the secretary (the province, for its own decision) attaches the signed adjustment decision — the
    scan of the paper, or the PDF signed digitally: it is locked."""

    def check() -> signed_scans.Signable:
        view = get(ctx, adjustment_id, actor=actor)
        if not may_sign(actor, view):
            raise PermissionDenied("permission_denied", permission="adjustment.sign")
        if view.locked:
            raise ValidationError("decision_locked", reference=view.reference)
        return signed_scans.Signable("implementation_events", view.id, f"quyết định số {view.reference}", repo.events,
                                     lambda: signed_scans.result_document(ctx, "adjustment", view.id, actor))

    return get(ctx, signed_scans.attach_signed(ctx, actor, path, check).record_id, actor=actor)


def export_scan(ctx: AppContext, *, actor: Actor, adjustment_id: str, folder: str | Path) -> Path:
    """Copy the signed adjustment decision out (to open it with the system viewer), for a reader of its proposal."""
    return signed_scans.export_signed(ctx, get(ctx, adjustment_id, actor=actor).scan_id, folder)


__all__ = ["AdjustmentView", "TargetLine", "adjust", "attach_signed", "export_scan", "get", "list_adjustments",
           "may_sign", "target_changes"]
