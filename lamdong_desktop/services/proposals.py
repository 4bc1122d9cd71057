"""Proposals: drafting, submission, return, withdrawal, listing and search.

Their attachments are in ``attachments.py``, their history (revisions, differences, transitions, audit trail) in
``proposal_history.py``; both read a proposal through ``get`` here and obey its rules.

Permission rules live here so that the CLI and the window obey the same ones: only the author edits, submits,
resubmits or withdraws; only the recipient (the head, or the province for a head's own proposal) returns; nobody edits
a submitted proposal. Every read takes the ``actor`` and obeys the rule table of ``domain/access.py``: a proposal the
reader may not see is reported as not found, so that a hidden draft does not reveal that it exists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import ProposalScope, RecordKind, Standing, can_read, proposal_scope
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import (
    ATTACHABLE_STATES,
    EDITABLE_STATES,
    Action,
    Facts,
    Party,
    Recipient,
    State,
    available_actions,
    check_transition,
    parties_of,
    recipient_for,
    taken_by_hand,
)
from lamdong_desktop.domain.proposals import (
    ItemKind,
    MissingItem,
    ProposalContent,
    check_content,
    check_submittable,
    format_reference,
)
from lamdong_desktop.domain.roles import Permission, require
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages import ACTION_WORDS, STATE_WORDS
from lamdong_desktop.storage import proposals_repo, sequences_repo, staff_repo
from lamdong_desktop.storage.audit import canonical_json
from lamdong_desktop.storage.proposals_repo import Filters as Filters  # re-exported: the UI filters lists with it

from .accounts import author
from .changes import writes
from .context import AppContext
from .levels import refuse_own


@dataclass(frozen=True)
class ProposalSummary:
    id: str
    ref: str
    title: str
    state: State
    field: str
    party_org_id: str | None
    breakthrough: bool
    broad: bool
    author_id: str
    author_name: str
    year: int
    updated_at: str
    submitted_at: str | None
    revision: int
    version: int


@dataclass(frozen=True)
class Proposal:
    summary: ProposalSummary
    content: ProposalContent
    submitted_to: Recipient | None
    author_position: str
    last_reason: str
    first_submitted_at: str | None
    created_at: str
    implementers: frozenset[str] = frozenset()  # accounts of its implementers, once it started (``get`` reads them)

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def ref(self) -> str:
        return self.summary.ref

    @property
    def state(self) -> State:
        return self.summary.state


@dataclass(frozen=True)
class ProposalView:
    """One proposal as the signed-in person sees it: the record and what they may do with it."""

    proposal: Proposal
    parties: frozenset[Party]
    may_edit: bool
    actions: tuple[Action, ...]
    may_attach: bool
    may_print: bool

    @property
    def id(self) -> str:
        return self.proposal.id


@dataclass(frozen=True)
class SearchHit:
    summary: ProposalSummary
    rank: float


def _summary(row: dict[str, Any]) -> ProposalSummary:
    return ProposalSummary(
        id=row["id"], ref=row["ref"], title=row["title"], state=State(row["state"]), field=row["field"] or "",
        party_org_id=row["party_org_id"], breakthrough=bool(row["breakthrough"]), broad=bool(row["broad"]),
        author_id=row["author_id"], author_name=row["author_name"] or "", year=row["year"],
        updated_at=row["updated_at"], submitted_at=row["submitted_at"], revision=row["revision"],
        version=row["version"],
    )


def _proposal(row: dict[str, Any]) -> Proposal:
    return Proposal(
        summary=_summary(row),
        content=ProposalContent.from_json(json.loads(row["content"])),
        submitted_to=Recipient(row["submitted_to"]) if row["submitted_to"] else None,
        author_position=row["author_position"] or "",
        last_reason=row["last_reason"] or "",
        first_submitted_at=row["first_submitted_at"],
        created_at=row["created_at"],
    )


def _row(ctx: AppContext, proposal_id_or_ref: str) -> dict[str, Any]:
    row = proposals_repo.by_ref(ctx.db, ctx.unit_code, proposal_id_or_ref)
    if row is None:
        try:
            row = proposals_repo.proposals(ctx.db).get(proposal_id_or_ref)
        except NotFound:
            raise NotFound("proposal_not_found", ref=proposal_id_or_ref) from None
    if row["unit_code"] != ctx.unit_code:
        raise NotFound("proposal_not_found", ref=proposal_id_or_ref)
    return row


def _standing(proposal: Proposal, actor: Actor) -> Standing:
    # The first submission sets the recipient (with first_submitted_at) and nothing clears it: the same
    # test storage applies in SQL (proposals_repo._visible), so reading one and listing many agree.
    return Standing(is_author=proposal.summary.author_id == actor.user_id,
                    submitted=proposal.submitted_to is not None,
                    sent_to_province=proposal.submitted_to is Recipient.PROVINCE,
                    is_implementer=actor.user_id in proposal.implementers)


def may_read(proposal: Proposal, actor: Actor, kind: RecordKind = RecordKind.PROPOSAL) -> bool:
    """Whether ``actor`` may read ``proposal`` (or its revisions, attachments … by ``kind``)."""
    return can_read(actor.roles, kind, _standing(proposal, actor))


def get(ctx: AppContext, proposal_id_or_ref: str, *, actor: Actor,
        kind: RecordKind = RecordKind.PROPOSAL) -> Proposal:
    """The proposal by id or reference, if ``actor`` may read it; otherwise NotFound (never a hint)."""
    proposal = _proposal(_row(ctx, proposal_id_or_ref))
    proposal = replace(proposal, implementers=proposals_repo.implementer_accounts(ctx.db, proposal.id))
    if not may_read(proposal, actor, kind):
        raise NotFound("proposal_not_found", ref=proposal_id_or_ref)
    return proposal


def parties(proposal: Proposal, actor: Actor) -> frozenset[Party]:
    """How ``actor`` stands to ``proposal`` (author, recipient, implementer …): domain rule."""
    return parties_of(actor.roles, is_author=proposal.summary.author_id == actor.user_id,
                      submitted_to=proposal.submitted_to, is_implementer=actor.user_id in proposal.implementers)


def actions_for(proposal: Proposal, actor: Actor) -> list[Action]:
    return available_actions(proposal.state, parties(proposal, actor))


def can_edit(proposal: Proposal, actor: Actor) -> bool:
    return proposal.state in EDITABLE_STATES and Party.AUTHOR in parties(proposal, actor)


def may_attach(proposal: Proposal, actor: Actor) -> bool:
    """Its author and its recipient add evidence, until it is withdrawn."""
    return bool(parties(proposal, actor) & {Party.AUTHOR, Party.RECIPIENT}) and proposal.state in ATTACHABLE_STATES


def view_of(proposal: Proposal, actor: Actor) -> ProposalView:
    """What ``actor`` may do with a proposal already read (no database access)."""
    return ProposalView(
        proposal=proposal, parties=parties(proposal, actor), may_edit=can_edit(proposal, actor),
        # Scheduling and deciding follow from a meeting and its decision (services/meetings, decisions).
        actions=tuple(a for a in actions_for(proposal, actor) if taken_by_hand(a, proposal.state)),
        may_attach=may_attach(proposal, actor),
        may_print=may_read(proposal, actor, RecordKind.PRINTED_PLAN),
    )


def open_proposal(ctx: AppContext, ref_or_id: str, *, actor: Actor) -> ProposalView:
    """One call, one view: the proposal with what the signed-in person may do with it."""
    return view_of(get(ctx, ref_or_id, actor=actor), actor)


def _validate_refs(ctx: AppContext, content: ProposalContent) -> None:
    if content.party_org_id:
        try:
            org = staff_repo.party_orgs(ctx.db).get(content.party_org_id)
        except NotFound:
            raise ValidationError("party_org_not_found", query=content.party_org_id) from None
        if org["unit_code"] != ctx.unit_code:
            raise ValidationError("party_org_not_found", query=content.party_org_id)


def _content_fields(content: ProposalContent) -> dict[str, Any]:
    return {
        "title": content.title,
        "field": content.field,
        "party_org_id": content.party_org_id,
        "breakthrough": int(content.breakthrough),
        "broad": int(content.broad),
        "content": canonical_json(content.to_json()),
    }


@writes
def create_draft(ctx: AppContext, *, actor: Actor, content: ProposalContent) -> Proposal:
    """A new draft by ``actor``; its reference (DX-YYYY-NNN) is taken now and never reused."""
    require(actor.roles, Permission.DRAFT_PROPOSAL)
    content = check_content(content)
    if not content.title:
        raise ValidationError("proposal_incomplete", problems=[MissingItem(ItemKind.TITLE)])
    _validate_refs(ctx, content)
    person = staff_repo.person_for_account(ctx.db, actor.user_id)
    year = clock.today().year
    with ctx.db.atomic():
        number = sequences_repo.next_number(ctx.db, f"DX:{ctx.unit_code}", year, author=author(actor))
        row = proposals_repo.proposals(ctx.db).insert(
            {
                "unit_code": ctx.unit_code,
                "ref": format_reference(year, number),
                "year": year,
                "number": number,
                "state": State.DRAFT.value,
                "submitted_to": None,
                "author_id": actor.user_id,
                "author_name": person["full_name"] if person else actor.full_name,
                "author_position": (person["position"] or "") if person else "",
                "revision": 0,
                **_content_fields(content),
            },
            author=author(actor),
            summary=f"Tạo dự thảo đề xuất “{content.title}”",
        )
        proposals_repo.index(ctx.db, row["id"], content.title, content.searchable_text())
    return _proposal(row)


@writes
def update_content(
    ctx: AppContext, *, actor: Actor, proposal_id: str, content: ProposalContent, expected_version: int | None = None
) -> Proposal:
    """Save the author's text. After the first submission every saved change becomes a new revision."""
    proposal = get(ctx, proposal_id, actor=actor)
    if Party.AUTHOR not in parties(proposal, actor):
        raise PermissionDenied("permission_denied", permission="proposal.edit")
    if proposal.state not in EDITABLE_STATES:
        raise ValidationError("proposal_not_editable", state=proposal.state.value)
    content = check_content(content)
    if not content.title:
        raise ValidationError("proposal_incomplete", problems=[MissingItem(ItemKind.TITLE)])
    _validate_refs(ctx, content)
    if content.to_json() == proposal.content.to_json():
        return proposal
    with ctx.db.atomic():
        fields = _content_fields(content)
        if proposal.summary.revision:
            fields["revision"] = _add_revision(ctx, actor, proposal, content, "Sửa sau khi trình")
        row = proposals_repo.proposals(ctx.db).update(
            proposal.id, fields, author=author(actor), expected_version=expected_version,
            summary=f"Sửa nội dung đề xuất {proposal.ref}",
        )
        proposals_repo.index(ctx.db, proposal.id, content.title, content.searchable_text())
    return _proposal(row)


def _add_revision(ctx: AppContext, actor: Actor, proposal: Proposal, content: ProposalContent, reason: str) -> int:
    number = proposal.summary.revision + 1
    proposals_repo.revisions(ctx.db).insert(
        {"proposal_id": proposal.id, "revision": number, "content": canonical_json(content.to_json()),
         "reason": reason},
        author=author(actor), summary=f"Phiên bản {number} của {proposal.ref}",
    )
    return number


def apply_transition(ctx: AppContext, actor: Actor, proposal_id: str, action: Action, *, reason: str = "",
                     facts: Facts | None = None, changes: dict[str, Any] | None = None) -> Proposal:
    """Take ``action`` on a proposal as ``actor``: the one way any service changes a proposal's state.

    The proposal is read again and the transition checked inside the write transaction (BEGIN IMMEDIATE), so two
    people acting at once cannot both move it from the same state. ``facts`` are what the calling service established
    for the guards (a party opinion recorded, a vote passed, a decision issued).
    """
    reason = check_text(reason, field="reason", limit="reason", multiline=True)
    with ctx.db.atomic():
        proposal = get(ctx, proposal_id, actor=actor)
        known = replace(facts, reason=reason) if facts is not None else Facts(reason=reason)
        transition = check_transition(action, proposal.state, parties(proposal, actor), facts=known)
        fields = {"state": transition.target.value, "last_reason": reason.strip() or None, **(changes or {})}
        row = proposals_repo.proposals(ctx.db).update(
            proposal.id, fields, author=author(actor),
            summary=f"{ACTION_WORDS[action.value]} {proposal.ref}" + (f": {reason.strip()}" if reason.strip() else ""),
        )
        proposals_repo.transitions(ctx.db).insert(
            {"proposal_id": proposal.id, "action": action.value, "from_state": proposal.state.value,
             "to_state": transition.target.value, "reason": reason.strip(), "actor_name": actor.full_name,
             "revision": row["revision"]},
            author=author(actor),
            summary=f"{proposal.ref}: {STATE_WORDS[proposal.state.value]} → {STATE_WORDS[transition.target.value]}",
        )
    return _proposal(row)


@writes
def submit(ctx: AppContext, *, actor: Actor, proposal_id: str) -> Proposal:
    """Submit (or resubmit) to the head — or to the province when the author is the head (ND 73 Đ7.1). Every
    missing item is reported at once and nothing changes."""
    proposal = get(ctx, proposal_id, actor=actor)
    action = Action.RESUBMIT if proposal.state is State.RETURNED else Action.SUBMIT
    check_transition(action, proposal.state, parties(proposal, actor))
    check_submittable(proposal.content)
    now = clock.stamp()
    with ctx.db.atomic():
        changes: dict[str, Any] = {
            "submitted_to": recipient_for(actor.roles).value,
            "submitted_at": now,
        }
        if not proposal.first_submitted_at:
            changes["first_submitted_at"] = now
        latest = proposals_repo.revisions_of(ctx.db, proposal.id)
        if not latest or latest[-1]["content"] != canonical_json(proposal.content.to_json()):
            changes["revision"] = _add_revision(ctx, actor, proposal, proposal.content,
                                                "Trình" if action is Action.SUBMIT else "Trình lại")
        return apply_transition(ctx, actor, proposal.id, action, changes=changes)


@writes
def return_for_revision(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str) -> Proposal:
    refuse_own(get(ctx, proposal_id, actor=actor), actor)  # the head's own proposal: the province returns it
    return apply_transition(ctx, actor, proposal_id, Action.RETURN, reason=reason)


@writes
def withdraw(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str) -> Proposal:
    return apply_transition(ctx, actor, proposal_id, Action.WITHDRAW, reason=reason)


# ---------------------------------------------------------------------------------------------- reading


def _scope(actor: Actor) -> ProposalScope:
    return proposal_scope(actor.roles, actor.user_id)


def list_proposals(ctx: AppContext, filters: Filters | None = None, *, actor: Actor, limit: int | None = None,
                   offset: int = 0) -> list[ProposalSummary]:
    """The proposals ``actor`` may read, newest first; paging counts only those."""
    rows = proposals_repo.list_rows(ctx.db, ctx.unit_code, filters or Filters(), scope=_scope(actor),
                                    limit=limit, offset=offset)
    return [_summary(r) for r in rows]


def count_proposals(ctx: AppContext, filters: Filters | None = None, *, actor: Actor) -> int:
    return proposals_repo.count_rows(ctx.db, ctx.unit_code, filters or Filters(), scope=_scope(actor))


def authors(ctx: AppContext, *, actor: Actor) -> list[tuple[str, str]]:
    """(author id, name) of the authors of the proposals ``actor`` may read, for the author filter."""
    return proposals_repo.authors(ctx.db, ctx.unit_code, scope=_scope(actor))


def search(ctx: AppContext, text: str, filters: Filters | None = None, *, actor: Actor,
           limit: int = 200) -> list[SearchHit]:
    """Diacritic-insensitive, đ→d, ranked: "dat dai" and "DAT DAI" find "đất đai" (among what ``actor`` reads)."""
    text = check_text(text, field="query", limit="query")
    rows = proposals_repo.search_rows(ctx.db, ctx.unit_code, text, filters or Filters(), scope=_scope(actor),
                                      limit=limit)
    return [SearchHit(summary=_summary(r), rank=float(r.get("rank") or 0.0)) for r in rows]
