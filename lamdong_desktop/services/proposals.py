"""Proposals: drafting, submission, return, withdrawal, revisions, search and attachments.

Permission rules live here so that the CLI and the window obey the same ones: only the author edits,
submits, resubmits or withdraws; only the recipient (the head, or the province for a head's own
proposal) returns; nobody edits a submitted proposal.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import (
    EDITABLE_STATES,
    Action,
    Party,
    Recipient,
    State,
    available_actions,
    check_transition,
)
from lamdong_desktop.domain.proposals import (
    FieldDiff,
    ProposalContent,
    check_submittable,
    diff_contents,
    format_reference,
)
from lamdong_desktop.domain.roles import Permission, Role, require
from lamdong_desktop.messages import ACTION_WORDS, STATE_WORDS
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import meta_repo, proposals_repo, sequences_repo, staff_repo
from lamdong_desktop.storage.audit import canonical_json, events_for
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.proposals_repo import Filters

from .accounts import author
from .changes import writes
from .context import AppContext

DEFAULT_ATTACHMENT_MAX_MB = 50


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
    actor_name: str
    action: str
    summary: str


@dataclass(frozen=True)
class AttachmentView:
    id: str
    filename: str
    size: int
    sha256: str
    media_type: str
    created_at: str


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


def get(ctx: AppContext, proposal_id_or_ref: str) -> Proposal:
    return _proposal(_row(ctx, proposal_id_or_ref))


def parties(proposal: Proposal, actor: Actor) -> frozenset[Party]:
    """How ``actor`` stands to ``proposal``: its author, its recipient, both or neither."""
    found = set()
    if proposal.summary.author_id == actor.user_id:
        found.add(Party.AUTHOR)
    if proposal.submitted_to is Recipient.HEAD and actor.has(Role.HEAD) and Party.AUTHOR not in found:
        found.add(Party.RECIPIENT)
    if proposal.submitted_to is Recipient.PROVINCE and actor.has(Role.PROVINCE):
        found.add(Party.RECIPIENT)
    return frozenset(found)


def actions_for(proposal: Proposal, actor: Actor) -> list[Action]:
    return available_actions(proposal.state, parties(proposal, actor))


def can_edit(proposal: Proposal, actor: Actor) -> bool:
    return proposal.state in EDITABLE_STATES and Party.AUTHOR in parties(proposal, actor)


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
    content = content.normalized()
    if not content.title:
        raise ValidationError("proposal_incomplete", problems=["title"])
    _validate_refs(ctx, content)
    person = staff_repo.person_for_account(ctx.db, actor.user_id)
    year = clock.today().year
    with ctx.db.atomic():
        number = sequences_repo.next_number(ctx.db, f"DX:{ctx.unit_code}", year)
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
            summary=f"Tạo dự thảo đề xuất «{content.title}»",
        )
        proposals_repo.index(ctx.db, row["id"], content.title, content.searchable_text())
    return _proposal(row)


@writes
def update_content(
    ctx: AppContext, *, actor: Actor, proposal_id: str, content: ProposalContent, expected_version: int | None = None
) -> Proposal:
    """Save the author's text. After the first submission every saved change becomes a new revision."""
    proposal = get(ctx, proposal_id)
    if Party.AUTHOR not in parties(proposal, actor):
        raise PermissionDenied("permission_denied", permission="proposal.edit")
    if proposal.state not in EDITABLE_STATES:
        raise ValidationError("proposal_not_editable", state=proposal.state.value)
    content = content.normalized()
    if not content.title:
        raise ValidationError("proposal_incomplete", problems=["title"])
    _validate_refs(ctx, content)
    if content.to_json() == proposal.content.to_json():
        return proposal
    with ctx.db.atomic():
        fields = _content_fields(content)
        if proposal.summary.revision:
            fields["revision"] = _add_revision(ctx, actor, proposal, content, "Sửa sau khi nộp")
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


def _transition(ctx: AppContext, actor: Actor, proposal: Proposal, action: Action, reason: str,
                changes: dict[str, Any]) -> Proposal:
    transition = check_transition(action, proposal.state, parties(proposal, actor), reason)
    with ctx.db.atomic():
        fields = {"state": transition.target.value, "last_reason": reason.strip() or None, **changes}
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
    """Submit (or resubmit) to the head — or to the province when the author is the head (ND 73 Đ7.1).

    Every missing item is reported at once and nothing changes.
    """
    proposal = get(ctx, proposal_id)
    action = Action.RESUBMIT if proposal.state is State.RETURNED else Action.SUBMIT
    check_transition(action, proposal.state, parties(proposal, actor))
    check_submittable(proposal.content)
    now = clock.stamp()
    with ctx.db.atomic():
        changes: dict[str, Any] = {
            "submitted_to": (Recipient.PROVINCE if actor.has(Role.HEAD) else Recipient.HEAD).value,
            "submitted_at": now,
        }
        if not proposal.first_submitted_at:
            changes["first_submitted_at"] = now
        latest = proposals_repo.revisions_of(ctx.db, proposal.id)
        if not latest or latest[-1]["content"] != canonical_json(proposal.content.to_json()):
            changes["revision"] = _add_revision(ctx, actor, proposal, proposal.content,
                                                "Nộp" if action is Action.SUBMIT else "Nộp lại")
        return _transition(ctx, actor, proposal, action, "", changes)


@writes
def return_for_revision(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str) -> Proposal:
    return _transition(ctx, actor, get(ctx, proposal_id), Action.RETURN, reason, {})


@writes
def withdraw(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str) -> Proposal:
    return _transition(ctx, actor, get(ctx, proposal_id), Action.WITHDRAW, reason, {})


# ---------------------------------------------------------------------------------------------- reading


def list_proposals(ctx: AppContext, filters: Filters | None = None, *, limit: int | None = None,
                   offset: int = 0) -> list[ProposalSummary]:
    return [_summary(r) for r in proposals_repo.list_rows(ctx.db, ctx.unit_code, filters or Filters(),
                                                           limit=limit, offset=offset)]


def count_proposals(ctx: AppContext, filters: Filters | None = None) -> int:
    return proposals_repo.count_rows(ctx.db, ctx.unit_code, filters or Filters())


def authors(ctx: AppContext) -> list[tuple[str, str]]:
    """(author id, name) of the unit's proposal authors, for the author filter."""
    return proposals_repo.authors(ctx.db, ctx.unit_code)


def search(ctx: AppContext, text: str, filters: Filters | None = None, *, limit: int = 200) -> list[SearchHit]:
    """Diacritic-insensitive, đ→d, ranked: "dat dai" and "DAT DAI" find "đất đai"."""
    rows = proposals_repo.search_rows(ctx.db, ctx.unit_code, text, filters or Filters(), limit=limit)
    return [SearchHit(summary=_summary(r), rank=float(r.get("rank") or 0.0)) for r in rows]


def revisions(ctx: AppContext, proposal_id: str) -> list[Revision]:
    proposal = get(ctx, proposal_id)
    return [
        Revision(number=r["revision"], content=ProposalContent.from_json(json.loads(r["content"])),
                 created_at=r["created_at"], reason=r["reason"] or "")
        for r in proposals_repo.revisions_of(ctx.db, proposal.id)
    ]


def diff(ctx: AppContext, proposal_id: str, first: int, second: int) -> list[FieldDiff]:
    """Section-by-section difference between two revisions (0 means the current, unsaved-as-revision text)."""
    proposal = get(ctx, proposal_id)
    by_number = {r.number: r.content for r in revisions(ctx, proposal.id)}
    by_number[0] = proposal.content
    for number in (first, second):
        if number not in by_number:
            raise NotFound("revision_not_found", revision=number)
    return diff_contents(by_number[first], by_number[second])


def transitions(ctx: AppContext, proposal_id: str) -> list[TransitionRecord]:
    proposal = get(ctx, proposal_id)
    return [
        TransitionRecord(action=Action(r["action"]), from_state=State(r["from_state"]),
                         to_state=State(r["to_state"]), reason=r["reason"] or "", actor_name=r["actor_name"] or "",
                         at=r["created_at"], revision=r["revision"] or 0)
        for r in proposals_repo.transitions_of(ctx.db, proposal.id)
    ]


def audit_trail(ctx: AppContext, proposal_id: str) -> list[AuditEntry]:
    """Every audit event about the proposal, its revisions, transitions and attachments, in order."""
    proposal = get(ctx, proposal_id)
    targets = [("proposals", proposal.id)]
    targets += [("proposal_revisions", r["id"]) for r in proposals_repo.revisions_of(ctx.db, proposal.id)]
    targets += [("proposal_transitions", r["id"]) for r in proposals_repo.transitions_of(ctx.db, proposal.id)]
    targets += [("attachments", r["id"]) for r in proposals_repo.attachments_of(ctx.db, "proposals", proposal.id)]
    events = [e for table, rid in targets for e in events_for(ctx.db, table, rid)]
    return [
        AuditEntry(seq=e["seq"], at=e["at"], actor_name=e["actor_name"] or "", action=e["action"],
                   summary=e["summary"] or "")
        for e in sorted(events, key=lambda e: e["seq"])
    ]


# ---------------------------------------------------------------------------------------------- attachments


def attachment_limit_bytes(ctx: AppContext) -> int:
    configured = meta_repo.get(ctx.db, "attachment_max_mb")
    return int(float(configured or DEFAULT_ATTACHMENT_MAX_MB) * 1_000_000)


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the attachment store, not yet attached to anything."""

    filename: str
    sha256: str
    size: int


def may_attach(proposal: Proposal, actor: Actor) -> bool:
    """Its author and its recipient add evidence, until it is withdrawn."""
    return bool(parties(proposal, actor)) and proposal.state is not State.WITHDRAWN


def store_file(paths: DataPaths, path: str | Path, *, max_bytes: int, cancel: CancelToken | None = None,
               progress: Callable[[int, int], None] | None = None) -> StoredFile:
    """The slow half of attaching (hash and copy), touching files only: safe on a worker thread.

    A cancelled copy raises ``Cancelled`` and leaves no file in the store.
    """
    source = Path(path)
    sha, size = blobs.store_blob(paths, source, max_bytes=max_bytes, cancel=cancel, progress=progress)
    return StoredFile(source.name, sha, size)


@writes
def record_attachment(ctx: AppContext, *, actor: Actor, proposal_id: str, stored: StoredFile) -> AttachmentView:
    """Attach a file already in the store to the proposal (quick: one audited row)."""
    proposal = get(ctx, proposal_id)
    if not may_attach(proposal, actor):
        raise PermissionDenied("permission_denied", permission="proposal.attach")
    if not blobs.blob_path(ctx.paths, stored.sha256).is_file():
        raise NotFound("attachment_not_found")
    media_type = mimetypes.guess_type(stored.filename)[0] or "application/octet-stream"
    row = proposals_repo.attachments(ctx.db).insert(
        {"owner_table": "proposals", "owner_id": proposal.id, "filename": stored.filename,
         "sha256": stored.sha256, "size": stored.size, "media_type": media_type},
        author=author(actor), summary=f"Đính kèm «{stored.filename}» vào {proposal.ref}",
    )
    return _attachment(row)


@writes
def attach_file(ctx: AppContext, *, actor: Actor, proposal_id: str, path: str | Path,
                cancel: CancelToken | None = None,
                progress: Callable[[int, int], None] | None = None) -> AttachmentView:
    """Attach any file up to the configured size; stored once per content, named as given.

    Long for a large file: run it on a worker with its own context. ``cancel`` stops the copy with
    ``Cancelled``; then neither the file nor a row is left. A cancel that comes after the copy is
    complete is too late: the (quick) row is written and the attach succeeds.
    """
    if not may_attach(get(ctx, proposal_id), actor):
        raise PermissionDenied("permission_denied", permission="proposal.attach")
    stored = store_file(ctx.paths, path, max_bytes=attachment_limit_bytes(ctx), cancel=cancel, progress=progress)
    return record_attachment(ctx, actor=actor, proposal_id=proposal_id, stored=stored).value


def _attachment(row: dict[str, Any]) -> AttachmentView:
    return AttachmentView(id=row["id"], filename=row["filename"], size=row["size"], sha256=row["sha256"],
                          media_type=row["media_type"] or "", created_at=row["created_at"])


def list_attachments(ctx: AppContext, proposal_id: str) -> list[AttachmentView]:
    proposal = get(ctx, proposal_id)
    return [_attachment(r) for r in proposals_repo.attachments_of(ctx.db, "proposals", proposal.id)]


def export_attachment(ctx: AppContext, *, attachment_id: str, folder: str | Path) -> Path:
    """Copy an attachment out under its own name, e.g. to open it with the system viewer."""
    row = proposals_repo.attachments(ctx.db).get(attachment_id)
    if not blobs.blob_matches(ctx.paths, row["sha256"]):
        raise DomainError("attachment_damaged", name=row["filename"])
    return blobs.export_blob(ctx.paths, row["sha256"], Path(folder) / Path(row["filename"]).name)
