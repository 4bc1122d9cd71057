"""Attachments of proposals: storing a file, attaching it, taking it back, listing and exporting.

A file is stored once per content (``storage/attachments``) and attached by an audited row. Before the
proposal's first submission its author may remove a file; afterwards the file is evidence, and its
parties may only mark it "attached by mistake", with a reason. Every read obeys the proposal's reading
rule: an attachment of a proposal the reader may not see does not exist for them.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import Party, State
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import meta_repo, proposals_repo
from lamdong_desktop.storage.paths import DataPaths

from .accounts import author
from .changes import writes
from .context import AppContext
from .proposals import Proposal, get, may_attach, parties

DEFAULT_ATTACHMENT_MAX_MB = 50


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
               progress: Callable[[int, int], None] | None = None, scan: bool = False) -> StoredFile:
    """The slow half of attaching (hash and copy), touching files only: safe on a worker thread.

    A cancelled copy raises ``Cancelled`` and leaves no file in the store. The copy is checked for what it holds
    before it is kept (``domain.file_kinds``): ``scan``, the scan of a signed document, must be a whole PDF or a
    JPEG, PNG or TIFF image; any other file may be of any kind, but one named .pdf must be a whole PDF.
    """
    source = Path(path)
    # A name like "hoso\u202efdp.exe" shows as "hosoexe.pdf": refused before anything is copied.
    check_text(source.name, field="filename", limit="filename")
    sha, size = blobs.store_blob(paths, source, max_bytes=max_bytes, cancel=cancel, progress=progress,
                                 check=blobs.kind_check(source.name, scan=scan))
    return StoredFile(source.name, sha, size)


def check_scan(ctx: AppContext, path: str | Path) -> str:
    """The kind of the file at ``path`` ("pdf", "jpeg", "png", "tiff") if it may be kept as the scan of a signed
    document, else the reason it may not (empty, too large, no whole PDF or image): asked before a person confirms
    attaching it. ``store_file(scan=True)`` checks the copy it keeps the same way; this is only the early word."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise OSError("not a file")
        if size == 0:
            raise ValidationError("attachment_empty", name=source.name)
        if size > attachment_limit_bytes(ctx):
            raise blobs.too_large(source, size, attachment_limit_bytes(ctx))
        return str(blobs.kind_check(source.name, scan=True)(source))
    except OSError:
        raise ValidationError("attachment_unreadable", name=source.name) from None


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
        media_type = mimetypes.guess_type(stored.filename)[0] or "application/octet-stream"
        with ctx.db.atomic():  # the file checked under the write lock the orphan sweep also takes
            if not blobs.blob_path(ctx.paths, stored.sha256).is_file():
                raise NotFound("attachment_not_found")
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
    return export_stored(ctx, row, folder)


def export_stored(ctx: AppContext, row: dict[str, Any], folder: str | Path) -> Path:
    """Copy the stored file of an attachment row out under its own name, if it is intact (the caller has
    checked who may read it: a proposal's reader here, a meeting's or a decision's for a signed scan)."""
    if not blobs.blob_matches(ctx.paths, row["sha256"]):
        raise DomainError("attachment_damaged", name=row["filename"])
    return blobs.export_blob(ctx.paths, row["sha256"], Path(folder) / Path(row["filename"]).name)
