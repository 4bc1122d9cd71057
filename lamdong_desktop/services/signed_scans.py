"""A signed copy attached to its record: recognised, checked, its digital signatures recorded — one mechanism for
every numbered document a service issues.

The minutes, a decision or notice, an evaluation's conclusion, an adjustment decision and the implementer's result
report each take a signed copy the same way (``attach_signed``): its service says, in a ``check`` it may run twice
(before the file is copied and again in the transaction that records it), who may and whether the record is still
open, and hands back a ``Signable`` — where the record is, how it is named and what it prints now. A scan of the
signed paper (an image, or a PDF with no digital signature) is taken as it is. A PDF that carries digital signatures
is checked offline first (``signature_checks``), and refused unless every signature is intact with nothing but
further signatures appended after it and its certificate neither expired nor refused by the installed roots. If it
was printed by this program (its information holds the content digest of ``documents.signing``), the document it
signs must also be this record's document as it stands: the first signature made on the printed file itself, the
digest that of the record's document now. A signed PDF the program did not print (a scan signed digitally as an
electronic copy) is taken as a scan, no signer recorded.

Either way the record then counts as signed ("Đã ký") and is locked; for the program's own print each signature is
stored (``digital_signatures``): who, the certificate's serial number and issuer, the claimed time, and whether the
chain was trusted then. Attaching a signed PDF that fails would say "Đã ký" of something else, so it is refused with
the reason. ``export_signed`` copies the signed copy out for its reader; ``signatures_of`` says who signed it
digitally.

Progress evidence is stored by ``attach_scan`` too (the lower step of ``attach_signed``): any file a record cites.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from lamdong_desktop.documents.model import Document
from lamdong_desktop.documents.signing import content_digest
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import proposals_repo, signatures_repo
from lamdong_desktop.storage.records import RecordStore

from .accounts import author
from .context import AppContext
from .signature_checks import PdfCheck, SignatureCheck, validate_data

FIRST_SIGNED_REVISION = 1  # the printed file is revision 0: its first signature is appended to it directly
_SIGNATURE_MARKERS = (b"/ByteRange", b"/Sig")


@dataclass(frozen=True)
class Recognised:
    """A signed PDF about to be attached: its bytes' SHA-256 and what the check of its signatures found."""

    sha256: str
    check: PdfCheck


@dataclass(frozen=True)
class DigitalSignature:
    """A digital signature recorded of an attachment."""

    field: str
    signer: str
    serial: str
    issuer: str
    signed_at: str  # ISO 8601, as the signer claimed
    trust: str  # trusted | unchecked (no roots installed when attached)


@dataclass(frozen=True)
class Signable:
    """A record about to take its signed copy, as its service checked it: who may, and that it is still open."""

    table: str  # the record's table: the attachment's owner
    record_id: str
    what: str  # how messages and the audit name it: "văn bản số 02/QĐ-UBND", "biên bản Họp …"
    store: Callable[[sqlite_utils.Database], RecordStore]  # the record's table, to mark it signed
    document: Callable[[], Document]  # the record as it prints now: what a digitally signed copy must be of
    scan_column: str = "scan_id"
    lock_column: str = "locked"


def attach_signed(ctx: AppContext, actor: Actor, path: str | Path, check: Callable[[], Signable], *,
                  after: Callable[[Signable], None] | None = None) -> Signable:
    """Attach the signed copy at ``path`` (a scan, or a digitally signed PDF) to the record ``check()`` names: stored,
    its digital signatures recorded, the record marked signed and locked, ``after`` told — all in one transaction,
    or nothing. ``check`` runs before the file is copied and again inside the transaction; it raises to refuse (no
    permission, already signed). Returns what ``check`` named."""
    first = check()
    signed = recognise(ctx, path)  # a digitally signed PDF: checked before anything is stored

    def mark(attachment_id: str) -> None:
        target = check()
        if signed is not None:  # the document as printed now, before the lock
            record(ctx, actor, owner_table=target.table, owner_id=target.record_id, attachment_id=attachment_id,
                   recognised=signed, what=target.what, expected=target.document)
        target.store(ctx.db).update(target.record_id, {target.scan_column: attachment_id, target.lock_column: 1},
                                    author=author(actor), summary=f"{target.what[:1].upper()}{target.what[1:]} đã ký")
        if after is not None:
            after(target)

    attach_scan(ctx, actor, first.table, first.record_id, path, mark)
    return first


def export_signed(ctx: AppContext, scan_id: str | None, folder: str | Path) -> Path:
    """Copy a record's signed copy out (to open it with the system viewer); the caller has checked its reader."""
    from .attachments import export_stored

    if not scan_id:
        raise NotFound("attachment_not_found")
    return export_stored(ctx, proposals_repo.attachments(ctx.db).get(scan_id), folder)


def attach_scan(ctx: AppContext, actor: Actor, owner_table: str, owner_id: str, path: str | Path,
                record: Callable[[str], None], *, summary: str = "", scan: bool = True) -> str:
    """Store a file (a whole PDF or an image) and attach it to its record; ``record(attachment id)`` then marks the
    record signed (``attach_signed``) or cites it, in the same transaction. A refused or failed attach leaves no row
    and no stored file.

    Also for any file that a record cites as evidence (a progress value's): ``summary`` then says what it is and
    ``scan=False`` lets it be of any kind (one named .pdf must still be a whole PDF)."""
    from .attachments import attachment_limit_bytes, discard_stored, store_file

    stored = store_file(ctx.paths, path, max_bytes=attachment_limit_bytes(ctx), scan=scan)
    try:
        with ctx.db.atomic():  # the file checked under the write lock the orphan sweep also takes
            if not blobs.blob_path(ctx.paths, stored.sha256).is_file():
                raise NotFound("attachment_not_found")
            row = proposals_repo.attachments(ctx.db).insert(
                {"owner_table": owner_table, "owner_id": owner_id, "filename": stored.filename,
                 "sha256": stored.sha256, "size": stored.size,
                 "media_type": mimetypes.guess_type(stored.filename)[0] or "application/octet-stream"},
                author=author(actor), summary=summary or f"Bản chụp văn bản đã ký “{stored.filename}”")
            record(row["id"])
    except BaseException:
        discard_stored(ctx, stored)
        raise
    return str(row["id"])


def recognise(ctx: AppContext, path: str | Path) -> Recognised | None:
    """The check of ``path`` if it is a digitally signed PDF whose signatures hold; None for any other file (a scan,
    an image, a file the attachment store refuses by itself); ``signed_scan_invalid`` if a signature fails."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError:
        return None  # the store names the problem when it copies the file
    if not data.lstrip()[:5] == b"%PDF-" or not all(marker in data for marker in _SIGNATURE_MARKERS):
        return None
    try:
        check = validate_data(data, source, trust_folder=ctx.paths.trust)
    except ValidationError as exc:
        if exc.code in ("signature_none", "signature_not_pdf"):
            return None  # a PDF without a signature, or one pyHanko cannot read: a scan as any other
        raise ValidationError("signed_scan_invalid", reason="changed") from exc
    for signature in check.signatures:
        if not signature.unchanged:
            raise ValidationError("signed_scan_invalid", reason="changed")
        if signature.trust in ("expired", "untrusted"):
            raise ValidationError("signed_scan_invalid", reason=signature.trust)
    return Recognised(sha256=hashlib.sha256(data).hexdigest(), check=check)


def record(ctx: AppContext, actor: Actor, *, owner_table: str, owner_id: str, attachment_id: str,
           recognised: Recognised, expected: Callable[[], Document], what: str) -> tuple[DigitalSignature, ...]:
    """Inside the attaching transaction: the stored copy is the file checked, the signed document is ``expected()``
    (the record's document now, not a draft), then one ``digital_signatures`` row per signature."""
    stored = proposals_repo.attachments(ctx.db).get(attachment_id)
    if stored["sha256"] != recognised.sha256:
        raise ValidationError("signed_scan_changed", path=stored["filename"])
    if not any(s.content_digest for s in recognised.check.signatures):
        # Not printed by this program: a scan of the signed paper that someone signed digitally as a copy (ND 30
        # Đ25, the office's signature on an electronic copy). Taken as the scan it is; nothing proves whose
        # document it is, so no signer is recorded for the record.
        return ()
    document = expected()
    if document.draft:
        raise ValidationError("signed_scan_draft")
    first = min(recognised.check.signatures, key=lambda s: s.revision)
    if first.revision != FIRST_SIGNED_REVISION or first.content_digest != content_digest(document):
        raise ValidationError("signed_scan_other_document", what=what)
    rows = []
    for signature in sorted(recognised.check.signatures, key=lambda s: s.revision):
        rows.append(signatures_repo.digital_signatures(ctx.db).insert(
            _fields(signature, owner_table=owner_table, owner_id=owner_id, attachment_id=attachment_id),
            author=author(actor), summary=f"Chữ ký số của {signature.holder.name} trên {what}"))
    return tuple(_signature(row) for row in rows)


def _fields(s: SignatureCheck, *, owner_table: str, owner_id: str, attachment_id: str) -> dict[str, object]:
    return {"attachment_id": attachment_id, "owner_table": owner_table, "owner_id": owner_id, "field": s.field,
            "signer_name": s.holder.name, "serial": s.holder.serial, "issuer_name": s.holder.issuer,
            "signed_at": clock.stamp(s.signed_at) if s.signed_at else None, "trust": s.trust,
            "content_digest": s.content_digest}


def _signature(row: dict[str, object]) -> DigitalSignature:
    return DigitalSignature(field=str(row["field"]), signer=str(row["signer_name"]), serial=str(row["serial"]),
                            issuer=str(row["issuer_name"] or ""), signed_at=str(row["signed_at"] or ""),
                            trust=str(row["trust"]))


def signatures_of(ctx: AppContext, attachment_id: str | None) -> tuple[DigitalSignature, ...]:
    """The digital signatures recorded of an attachment (none for a scan of paper). The caller has checked that
    the reader may see the record the attachment belongs to."""
    if not attachment_id:
        return ()
    return tuple(_signature(row) for row in signatures_repo.signatures_of(ctx.db, attachment_id))


def minutes_signatures(ctx: AppContext, *, actor: Actor, meeting_id: str) -> tuple[DigitalSignature, ...]:
    """The digital signatures of the meeting's attached minutes, for a reader of the meeting."""
    from .meetings import get

    return signatures_of(ctx, get(ctx, meeting_id, actor=actor).minutes_scan_id)


def minutes_document(ctx: AppContext, meeting_id: str, actor: Actor) -> Document:
    """The minutes of the meeting as they print now (what a signed copy must be a copy of)."""
    from .printing_meetings import minutes_of, printed_document

    return printed_document(minutes_of(ctx, meeting_id, actor=actor))


def decision_document(ctx: AppContext, decision_id: str, actor: Actor) -> Document:
    """The decision or notice as it prints now."""
    from .printing_meetings import decision_of, printed_document

    return printed_document(decision_of(ctx, decision_id, actor=actor))


def result_document(ctx: AppContext, kind: str, record: str, actor: Actor) -> Document:
    """An implementation's document as it prints now: ``kind`` "report" (``record``: the proposal), "evaluation" or
    "adjustment" (their ids)."""
    from .printing_results import result_document as document

    return document(ctx, kind, record, actor=actor)


__all__ = ["DigitalSignature", "Recognised", "Signable", "attach_scan", "attach_signed", "decision_document",
           "export_signed", "minutes_document", "minutes_signatures", "recognise", "record", "result_document",
           "signatures_of"]
