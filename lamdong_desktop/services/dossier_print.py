"""``lamdong print dossier`` and the proposal window's «In hồ sơ đề xuất…»: collect, render, write, record.

The dossier is collected for a reader of the proposal (``dossier.collect``), rendered (``dossier_pdf.render``: the
long part, no database), written whole to the target (never inside the data folder), then recorded in one write
transaction: the print of the dossier (``printed_dossiers``: its seal, its list, the head it printed) and a printed
copy of each document it holds (``printed.record_copy``), so that the check code on any of its pages is answered
like that of the document printed alone. Inside that transaction, if the audit chain moved on since the documents
were collected, they are read again: if any of them changed, the file is removed and nothing recorded
(``dossier_stale``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.storage import audit, dossier_repo

from . import dossier_pdf, printed
from .accounts import author
from .changes import writes
from .context import AppContext
from .dossier import FILE, Dossier, collect
from .printing import check_print_target, rendered


@dataclass(frozen=True)
class PrintedDossier:
    """A dossier printed: where, of what, how big, and its row."""

    id: str
    path: Path
    proposal_id: str
    ref: str
    documents: int
    pages: int
    seal: str


@writes
def print_dossier(ctx: AppContext, *, actor: Actor, proposal_id: str, target: str | Path,
                  progress: Callable[[int, str], None] | None = None,
                  cancel: CancelToken | None = None) -> PrintedDossier:
    """Print the dossier of ``proposal_id`` to ``target`` for ``actor`` (a reader of it). Long: on the UI, run it on a
    worker with its own context; ``progress(percent, what)`` is told before each document, ``cancel`` stops it before
    anything is written."""
    path = check_print_target(ctx.paths.root, target)
    found = collect(ctx, proposal_id, actor=actor)
    made = dossier_pdf.render(found, printed_at=clock.now(), printed_by=(actor.user_id, actor.full_name),
                              progress=progress, cancel=cancel)
    if cancel is not None:
        cancel.raise_if_cancelled()
    written = rendered(lambda out: out.write(made.data), path)
    try:
        row = record(ctx, actor=actor, dossier=found, made=made).value
    except BaseException:
        written.unlink(missing_ok=True)  # a dossier whose print is not recorded would not verify
        raise
    return PrintedDossier(id=row, path=written, proposal_id=found.proposal_id, ref=found.ref,
                          documents=len(found.parts), pages=made.pages, seal=made.seal)


def _state(found: Dossier) -> list[tuple[str, str]]:
    return [(p.key, p.digest) for p in found.parts]


@writes
def record(ctx: AppContext, *, actor: Actor, dossier: Dossier, made: dossier_pdf.Rendered) -> str:
    """Record a rendered dossier and a copy of each document it prints; its id. ``dossier_stale`` when the proposal's
    documents no longer are what was rendered."""
    with ctx.db.atomic():
        # Every write appends an audit event: the same head means nothing changed; else the documents are compared.
        head = audit.head(ctx.db)
        moved = head != ((dossier.audit_seq, dossier.audit_hash) if dossier.audit_seq is not None else None)
        if moved and _state(collect(ctx, dossier.proposal_id, actor=actor)) != _state(dossier):
            raise ValidationError("dossier_stale", ref=dossier.ref)
        for part in dossier.parts:
            if part.source != FILE and part.document is not None:
                printed.record_copy(ctx, actor=actor, source=part.source, subject_id=part.subject,
                                    document=part.document)
        row = dossier_repo.dossiers(ctx.db).insert(
            {"unit_code": ctx.unit_code, "proposal_id": dossier.proposal_id, "proposal_ref": dossier.ref,
             "seal": made.seal, "manifest_sha256": made.manifest_sha256, "documents": len(dossier.parts),
             "pages": made.pages, "audit_seq": dossier.audit_seq, "audit_hash": dossier.audit_hash,
             "printed_by": actor.user_id, "printed_by_name": actor.full_name},
            author=author(actor), summary=f"In hồ sơ đề xuất {dossier.ref} ({len(dossier.parts)} tài liệu, "
                                          f"{made.pages} trang)")
    return str(row["id"])


__all__ = ["PrintedDossier", "print_dossier", "record"]
