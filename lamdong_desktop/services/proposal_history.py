"""The history of a proposal: its revisions, their section-by-section differences, its transitions and
every audit event about it.

Each read obeys the reading rule of its record kind (``domain/access.py``): a history the reader may not
see belongs to a proposal that, for them, does not exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from lamdong_desktop.domain.access import RecordKind
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound
from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.domain.proposals import FieldDiff, ProposalContent, diff_contents
from lamdong_desktop.storage import accounts_repo, proposals_repo
from lamdong_desktop.storage.audit import events_for

from .context import AppContext
from .proposals import Proposal, get


@dataclass(frozen=True)
class Revision:
    number: int
    content: ProposalContent
    created_at: str
    reason: str


@dataclass(frozen=True)
class TransitionRecord:
    action: Action
    from_state: State
    to_state: State
    reason: str
    actor_name: str
    at: str
    revision: int


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor_name: str  # the user name the log recorded
    action: str
    summary: str
    actor_full_name: str = ""  # that account's full name, when it is a known account


def _revisions(ctx: AppContext, proposal: Proposal) -> list[Revision]:
    return [
        Revision(number=r["revision"], content=ProposalContent.from_json(json.loads(r["content"])),
                 created_at=r["created_at"], reason=r["reason"] or "")
        for r in proposals_repo.revisions_of(ctx.db, proposal.id)
    ]


def revisions(ctx: AppContext, proposal_id: str, *, actor: Actor) -> list[Revision]:
    return _revisions(ctx, get(ctx, proposal_id, actor=actor, kind=RecordKind.REVISION))


def diff(ctx: AppContext, proposal_id: str, first: int, second: int, *, actor: Actor) -> list[FieldDiff]:
    """Section-by-section difference between two revisions (0 means the current, unsaved-as-revision text)."""
    proposal = get(ctx, proposal_id, actor=actor, kind=RecordKind.REVISION)
    by_number = {r.number: r.content for r in _revisions(ctx, proposal)}
    by_number[0] = proposal.content
    for number in (first, second):
        if number not in by_number:
            raise NotFound("revision_not_found", revision=number)
    return diff_contents(by_number[first], by_number[second])


def transitions(ctx: AppContext, proposal_id: str, *, actor: Actor) -> list[TransitionRecord]:
    proposal = get(ctx, proposal_id, actor=actor, kind=RecordKind.TRANSITION)
    return [
        TransitionRecord(action=Action(r["action"]), from_state=State(r["from_state"]),
                         to_state=State(r["to_state"]), reason=r["reason"] or "", actor_name=r["actor_name"] or "",
                         at=r["created_at"], revision=r["revision"] or 0)
        for r in proposals_repo.transitions_of(ctx.db, proposal.id)
    ]


def audit_trail(ctx: AppContext, proposal_id: str, *, actor: Actor) -> list[AuditEntry]:
    """Every audit event about the proposal, its revisions, transitions and attachments, in order.

    Each entry also carries its account's full name, so that readers need not list the accounts.
    """
    proposal = get(ctx, proposal_id, actor=actor, kind=RecordKind.AUDIT)
    targets = [("proposals", proposal.id)]
    targets += [("proposal_revisions", r["id"]) for r in proposals_repo.revisions_of(ctx.db, proposal.id)]
    targets += [("proposal_transitions", r["id"]) for r in proposals_repo.transitions_of(ctx.db, proposal.id)]
    # Removed attachments too: their removal is part of the history.
    targets += [("attachments", r["id"]) for r in ctx.db.query(
        "SELECT id FROM attachments WHERE owner_table = 'proposals' AND owner_id = ?", [proposal.id])]
    events = [e for table, rid in targets for e in events_for(ctx.db, table, rid)]
    names: dict[str, str] = {}
    for e in events:
        username = e["actor_name"] or ""
        if username and username not in names:
            row = accounts_repo.by_username(ctx.db, username)
            names[username] = row["full_name"] if row else ""
    return [
        AuditEntry(seq=e["seq"], at=e["at"], actor_name=e["actor_name"] or "", action=e["action"],
                   summary=e["summary"] or "", actor_full_name=names.get(e["actor_name"] or "", ""))
        for e in sorted(events, key=lambda e: e["seq"])
    ]
