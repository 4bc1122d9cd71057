"""Proposals: drafting, submission, return, withdrawal, revisions, search and attachments.

Permission rules live here so that the CLI and the window obey the same ones: only the author edits,
submits, resubmits or withdraws; only the recipient (the head, or the province for a head's own
proposal) returns; nobody edits a submitted proposal. Every read takes the ``actor`` and obeys the rule
table of ``domain/access.py``: a proposal the reader may not see is reported as not found, so that a
hidden draft does not reveal that it exists.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import ProposalScope, RecordKind, Standing, can_read, proposal_scope
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import (
    ATTACHABLE_STATES,
    EDITABLE_STATES,
    Action,
    Party,
    Recipient,
    State,
    available_actions,
    check_transition,
    parties_of,
    recipient_for,
)
from lamdong_desktop.domain.proposals import (
    FieldDiff,
    ItemKind,
    MissingItem,
    ProposalContent,
    check_content,
    check_submittable,
    diff_contents,
    format_reference,
)
from lamdong_desktop.domain.roles import Permission, require
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages import ACTION_WORDS, STATE_WORDS
from lamdong_desktop.storage import accounts_repo, meta_repo, proposals_repo, sequences_repo, staff_repo
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage.audit import canonical_json, events_for
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.proposals_repo import Filters as Filters  # re-exported: the UI filters lists with it

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
    actor_name: str  # the user name the log recorded
    action: str
    summary: str
    actor_full_name: str = ""  # that account's full name, when it is a known account


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
class AttachmentView:
    id: str
    filename: str
    size: int
    sha256: str
    media_type: str
    created_at: str
    mistaken_reason: str = ""  # set once marked "attached by mistake": the file stays, as evidence
    mistaken_at: str | None = None

    @property
    def mistaken(self) -> bool:
        return bool(self.mistaken_reason)


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
                    sent_to_province=proposal.submitted_to is Recipient.PROVINCE)


def may_read(proposal: Proposal, actor: Actor, kind: RecordKind = RecordKind.PROPOSAL) -> bool:
    """Whether ``actor`` may read ``proposal`` (or its revisions, attachments … by ``kind``)."""
    return can_read(actor.roles, kind, _standing(proposal, actor))


def get(ctx: AppContext, proposal_id_or_ref: str, *, actor: Actor,
        kind: RecordKind = RecordKind.PROPOSAL) -> Proposal:
    """The proposal by id or reference, if ``actor`` may read it; otherwise NotFound (never a hint)."""
    proposal = _proposal(_row(ctx, proposal_id_or_ref))
    if not may_read(proposal, actor, kind):
        raise NotFound("proposal_not_found", ref=proposal_id_or_ref)
    return proposal


def parties(proposal: Proposal, actor: Actor) -> frozenset[Party]:
    """How ``actor`` stands to ``proposal`` (author, recipient, leadership member …): domain rule."""
    return parties_of(actor.roles, is_author=proposal.summary.author_id == actor.user_id,
                      submitted_to=proposal.submitted_to)


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
        actions=tuple(actions_for(proposal, actor)), may_attach=may_attach(proposal, actor),
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


def _transition(ctx: AppContext, actor: Actor, proposal: Proposal, action: Action, reason: str,
                changes: dict[str, Any]) -> Proposal:
    reason = check_text(reason, field="reason", limit="reason", multiline=True)
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
        return _transition(ctx, actor, proposal, action, "", changes)


@writes
def return_for_revision(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str) -> Proposal:
    return _transition(ctx, actor, get(ctx, proposal_id, actor=actor), Action.RETURN, reason, {})


@writes
def withdraw(ctx: AppContext, *, actor: Actor, proposal_id: str, reason: str) -> Proposal:
    return _transition(ctx, actor, get(ctx, proposal_id, actor=actor), Action.WITHDRAW, reason, {})


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


def store_file(paths: DataPaths, path: str | Path, *, max_bytes: int, cancel: CancelToken | None = None,
               progress: Callable[[int, int], None] | None = None) -> StoredFile:
    """The slow half of attaching (hash and copy), touching files only: safe on a worker thread.

    A cancelled copy raises ``Cancelled`` and leaves no file in the store.
    """
    source = Path(path)
    # A name like "hoso\u202efdp.exe" shows as "hosoexe.pdf": refused before anything is copied.
    check_text(source.name, field="filename", limit="filename")
    sha, size = blobs.store_blob(paths, source, max_bytes=max_bytes, cancel=cancel, progress=progress)
    return StoredFile(source.name, sha, size)


@writes
def record_attachment(ctx: AppContext, *, actor: Actor, proposal_id: str, stored: StoredFile) -> AttachmentView:
    """Attach a file already in the store to the proposal (quick: one audited row).

    When the row cannot be written (refused, or the transaction fails), the stored file is removed again
    unless a live attachment already uses it: a refused attach leaves no file behind.
    """
    try:
        proposal = get(ctx, proposal_id, actor=actor)
        if not may_attach(proposal, actor):
            raise PermissionDenied("permission_denied", permission="proposal.attach")
        if not blobs.blob_path(ctx.paths, stored.sha256).is_file():
            raise NotFound("attachment_not_found")
        media_type = mimetypes.guess_type(stored.filename)[0] or "application/octet-stream"
        row = proposals_repo.attachments(ctx.db).insert(
            {"owner_table": "proposals", "owner_id": proposal.id, "filename": stored.filename,
             "sha256": stored.sha256, "size": stored.size, "media_type": media_type},
            author=author(actor), summary=f"Đính kèm “{stored.filename}” vào {proposal.ref}",
        )
    except BaseException:
        discard_stored(ctx, stored)
        raise
    return _attachment(row)


def discard_stored(ctx: AppContext, stored: StoredFile) -> bool:
    """Remove a stored file that no live attachment refers to (after a refused or failed attach)."""
    if ctx.db.conn.in_transaction:
        return False  # the caller's transaction may still insert a row for it; keep the file
    if _file_in_use(ctx, stored.sha256):
        return False
    return blobs.remove_blob(ctx.paths, stored.sha256)


def _file_in_use(ctx: AppContext, sha256: str) -> bool:
    return bool(ctx.db.execute("SELECT 1 FROM attachments WHERE sha256 = ? AND deleted = 0 LIMIT 1",
                               [sha256]).fetchone())


def _attachment_of(ctx: AppContext, attachment_id: str, actor: Actor) -> tuple[Proposal, dict[str, Any]]:
    """An attachment and its proposal, for someone who may read that proposal; to anyone else it does not exist."""
    row = proposals_repo.attachments(ctx.db).get(attachment_id)
    if row["owner_table"] != "proposals":
        raise NotFound("attachment_not_found")
    try:
        return get(ctx, row["owner_id"], actor=actor, kind=RecordKind.ATTACHMENT), row
    except NotFound:
        raise NotFound("attachment_not_found") from None


def may_remove_attachments(proposal: Proposal, actor: Actor) -> bool:
    """Only while the proposal was never submitted, and only by its author: until then it is a working file."""
    return (Party.AUTHOR in parties(proposal, actor) and not proposal.first_submitted_at
            and proposal.state is State.DRAFT)


def may_mark_mistaken(proposal: Proposal, actor: Actor) -> bool:
    """Once submitted, an attachment is evidence: its parties may only mark it "attached by mistake"."""
    return may_attach(proposal, actor) and bool(proposal.first_submitted_at)


@writes
def remove_attachment(ctx: AppContext, *, actor: Actor, attachment_id: str) -> AttachmentView:
    """Take a file off a never-submitted proposal (its author only); the file goes once nothing refers to it.

    The row stays as a tombstone and the removal is in the proposal's history.
    """
    proposal, row = _attachment_of(ctx, attachment_id, actor)
    if Party.AUTHOR not in parties(proposal, actor):
        raise PermissionDenied("permission_denied", permission="proposal.attach")
    if not may_remove_attachments(proposal, actor):
        raise ValidationError("attachment_is_evidence", name=row["filename"])
    removed = proposals_repo.attachments(ctx.db).delete(
        attachment_id, author=author(actor), summary=f"Gỡ tệp “{row['filename']}” khỏi {proposal.ref}")
    if not ctx.db.conn.in_transaction and not _file_in_use(ctx, row["sha256"]):
        blobs.remove_blob(ctx.paths, row["sha256"])
    return _attachment(removed)


@writes
def mark_attachment_mistaken(ctx: AppContext, *, actor: Actor, attachment_id: str, reason: str) -> AttachmentView:
    """Mark an attachment of a submitted proposal "attached by mistake", with a reason; the file stays."""
    proposal, row = _attachment_of(ctx, attachment_id, actor)
    if not may_attach(proposal, actor):
        raise PermissionDenied("permission_denied", permission="proposal.attach")
    reason = " ".join(check_text(reason, field="reason", limit="reason", multiline=True).split())
    if not reason:
        raise ValidationError("reason_required")
    if row["mistaken_reason"]:
        raise ValidationError("attachment_already_mistaken", name=row["filename"])
    updated = proposals_repo.attachments(ctx.db).update(
        attachment_id, {"mistaken_reason": reason, "mistaken_at": clock.stamp(), "mistaken_by": actor.user_id},
        author=author(actor), expected_version=row["version"],
        summary=f"Đánh dấu “{row['filename']}” của {proposal.ref} là đính kèm nhầm: {reason}")
    return _attachment(updated)


@writes
def attach_file(ctx: AppContext, *, actor: Actor, proposal_id: str, path: str | Path,
                cancel: CancelToken | None = None,
                progress: Callable[[int, int], None] | None = None) -> AttachmentView:
    """Attach any file up to the configured size; stored once per content, named as given.

    Long for a large file: run it on a worker with its own context. ``cancel`` stops the copy with
    ``Cancelled``; then neither the file nor a row is left. A cancel that comes after the copy is
    complete is too late: the (quick) row is written and the attach succeeds.
    """
    if not may_attach(get(ctx, proposal_id, actor=actor), actor):
        raise PermissionDenied("permission_denied", permission="proposal.attach")
    stored = store_file(ctx.paths, path, max_bytes=attachment_limit_bytes(ctx), cancel=cancel, progress=progress)
    return record_attachment(ctx, actor=actor, proposal_id=proposal_id, stored=stored).value


@writes
def detach(ctx: AppContext, *, actor: Actor, proposal_id: str, filename: str, reason: str = "") -> AttachmentView:
    """Take back the attachment named ``filename`` (``lamdong proposal detach``): without a reason it is removed
    (never-submitted draft, its author); with one it is marked "attached by mistake". With several files of
    that name, the newest one not yet marked is taken."""
    proposal = get(ctx, proposal_id, actor=actor)
    named = [a for a in list_attachments(ctx, proposal.id, actor=actor) if a.filename == filename.strip()]
    pending = [a for a in named if not a.mistaken] or named
    if not pending:
        raise NotFound("attachment_name_not_found", ref=proposal.ref, name=filename.strip())
    chosen = pending[-1]
    if reason.strip():
        return mark_attachment_mistaken(ctx, actor=actor, attachment_id=chosen.id, reason=reason).value
    return remove_attachment(ctx, actor=actor, attachment_id=chosen.id).value


def _attachment(row: dict[str, Any]) -> AttachmentView:
    return AttachmentView(id=row["id"], filename=row["filename"], size=row["size"], sha256=row["sha256"],
                          media_type=row["media_type"] or "", created_at=row["created_at"],
                          mistaken_reason=row.get("mistaken_reason") or "", mistaken_at=row.get("mistaken_at"))


def list_attachments(ctx: AppContext, proposal_id: str, *, actor: Actor) -> list[AttachmentView]:
    proposal = get(ctx, proposal_id, actor=actor, kind=RecordKind.ATTACHMENT)
    return [_attachment(r) for r in proposals_repo.attachments_of(ctx.db, "proposals", proposal.id)]


def export_attachment(ctx: AppContext, *, actor: Actor, attachment_id: str, folder: str | Path) -> Path:
    """Copy an attachment out under its own name, e.g. to open it with the system viewer.

    Only for a reader of the proposal it belongs to; to anyone else it does not exist.
    """
    _proposal, row = _attachment_of(ctx, attachment_id, actor)
    if not blobs.blob_matches(ctx.paths, row["sha256"]):
        raise DomainError("attachment_damaged", name=row["filename"])
    return blobs.export_blob(ctx.paths, row["sha256"], Path(folder) / Path(row["filename"]).name)
