"""Printed copies: each print of a document is recorded with its check code (domain brief §6), so that a paper copy
can be checked later (``printed_verify.check_code``, ``lamdong verify --code``).

Every printed document carries its check by construction (``documents.base``: a QR and the line beside it, made
from what the page says). What this module adds is the record of a print. A document the program prints is one of
``SOURCES``: how to build it again from the database for a reader (its ``fill``, the same the printing services
use), and its plain document model (``document``). A new printed kind joins ``SOURCES`` and calls ``record_copy``
after its print; then its copies are checked like every other.

Two ways in: ``record_copy`` for a service that has just built and printed a document itself (``print_*``); and
``record_printed`` for the UI, which rendered a preview earlier and is about to print or save it: it builds the
document again and records it only if it is still what the preview shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamdong_desktop.documents.check import Check, check_of, doc_type, number_of
from lamdong_desktop.documents.formatting import nfc_all
from lamdong_desktop.documents.model import Document
from lamdong_desktop.domain import check_code
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.storage import printed_repo

from .accounts import author
from .changes import writes
from .context import AppContext


@dataclass(frozen=True)
class Source:
    """One kind of printed document: the table of the record it prints, how to fill it for a reader and how its
    filled value becomes the document the engine prints."""

    table: str
    fill: Callable[[AppContext, str, Actor], Any]
    document: Callable[[Any], Document]
    resolve: Callable[[AppContext, str, Actor], str] | None = None  # a typed reference → the record's id


def _plan(ctx: AppContext, subject: str, actor: Actor) -> Any:
    from . import printing

    return printing.proposal_plan(ctx, subject, actor=actor)


def _plan_id(ctx: AppContext, subject: str, actor: Actor) -> str:
    from lamdong_desktop.domain.access import RecordKind

    from . import proposals

    return proposals.get(ctx, subject, actor=actor, kind=RecordKind.PRINTED_PLAN).id


def _plan_document(plan: Any) -> Document:
    from lamdong_desktop.documents.proposal_plan import proposal_plan_document

    return proposal_plan_document(plan)


def _minutes(ctx: AppContext, subject: str, actor: Actor) -> Any:
    from .printing_meetings import minutes_of

    return minutes_of(ctx, subject, actor=actor)


def _invitation(ctx: AppContext, subject: str, actor: Actor) -> Any:
    from .printing_meetings import invitation_of

    return invitation_of(ctx, subject, actor=actor)


def _decision(ctx: AppContext, subject: str, actor: Actor) -> Any:
    from .printing_meetings import decision_of

    return decision_of(ctx, subject, actor=actor)


def _decision_id(ctx: AppContext, subject: str, actor: Actor) -> str:
    from .printing_meetings import find_decision

    return find_decision(ctx, subject, actor=actor)


def _meeting_document(form: Any) -> Document:
    from lamdong_desktop.documents.invitation import Invitation, invitation_document
    from lamdong_desktop.documents.minutes import minutes_document

    return invitation_document(form) if isinstance(form, Invitation) else minutes_document(form)


def _decision_document(form: Any) -> Document:
    from lamdong_desktop.documents.decision import Decision, decision_document
    from lamdong_desktop.documents.notice import notice_document

    return decision_document(form) if isinstance(form, Decision) else notice_document(form)


def _record(ctx: AppContext, subject: str, actor: Actor) -> Any:
    from .printing_records import record_of

    return record_of(ctx, subject, actor=actor)


def _record_document(form: Any) -> Document:
    from lamdong_desktop.documents.official_record import record_document

    return record_document(form)


def _review(ctx: AppContext, subject: str, actor: Actor) -> Any:
    from .printing_records import review_of

    return review_of(ctx, subject, actor=actor)


def _review_document(form: Any) -> Document:
    from lamdong_desktop.documents.periodic_review import review_document

    return review_document(form)


def _kpi(ctx: AppContext, subject: str, actor: Actor) -> Any:
    from .printing_kpi import kpi_report_of

    return kpi_report_of(ctx, subject, actor=actor)


def _kpi_document(form: Any) -> Document:
    from lamdong_desktop.documents.kpi_report import kpi_document

    return kpi_document(form)


RECORD, REVIEW = "record", "review"  # the official's record (people: "<id>@<day>"), the yearly review ("<year>…")
KPI = "kpi"  # the KPI report of a period ("<period>@<day counted>…", printing_kpi)


def _dossier_source(source: str, table: str) -> Source:
    """A document the dossier prints besides these (``dossier_sources``: imported on first use, it imports the
    printing services)."""

    def fill(ctx: AppContext, subject: str, actor: Actor) -> Any:
        from . import dossier_sources

        return getattr(dossier_sources, source)(ctx, subject, actor)

    def document(form: Any) -> Document:
        from . import dossier_sources

        return dossier_sources.document(source, form)

    return Source(table, fill, document)


PLAN, MINUTES, INVITATION, DECISION = "plan", "minutes", "invitation", "decision"
PLAN_VERSION, OPINION, PROGRESS, REPORT, EVALUATION, ADJUSTMENT = (
    "plan_version", "opinion", "progress", "report", "evaluation", "adjustment")

SOURCES: dict[str, Source] = {
    PLAN: Source("proposals", _plan, _plan_document, _plan_id),
    MINUTES: Source("meetings", _minutes, _meeting_document),
    INVITATION: Source("meetings", _invitation, _meeting_document),
    # A Quyết định (approve, pilot) or a Thông báo kết luận (return, reject): the decisions table holds both.
    DECISION: Source("decisions", _decision, _decision_document, _decision_id),
    RECORD: Source("people", _record, _record_document),
    REVIEW: Source("evaluations", _review, _review_document),
    KPI: Source("tasks", _kpi, _kpi_document),
    # Printed in the proposal's dossier (services/dossier*.py): a submitted version of the plan, the record sheets
    # of the party committee's opinion and of the progress, the result report, the evaluation, an adjustment.
    PLAN_VERSION: _dossier_source(PLAN_VERSION, "proposal_revisions"),
    OPINION: _dossier_source(OPINION, "party_opinions"),
    PROGRESS: _dossier_source(PROGRESS, "proposals"),
    REPORT: _dossier_source(REPORT, "proposals"),
    EVALUATION: _dossier_source(EVALUATION, "evaluations"),
    ADJUSTMENT: _dossier_source(ADJUSTMENT, "implementation_events"),
}


@dataclass(frozen=True)
class PrintedCopy:
    """One recorded content of a printed document, as people know it."""

    id: str
    source: str
    doc_type: str  # "QĐ", "BB" …
    subject_table: str
    subject_id: str
    number: str  # "05/QĐ-UBND", "" for a draft or a plan
    reference: str  # "DX-2026-013"
    title: str
    draft: bool
    line: str  # the check line as printed: "Quyết định số 05/QĐ-UBND · DX-2026-013 · mã kiểm tra K3F9-Q2MX-7ABA"
    code: str  # "K3F9-Q2MX-7ABA"
    digest: str
    printed_at: str
    printed_by_name: str
    copies: int
    last_printed_at: str

    @property
    def qr(self) -> str:
        """The QR line this copy carries."""
        return check_code.CodeText(
            check_code.qr_field(self.doc_type), check_code.DRAFT if self.draft else check_code.qr_field(self.number),
            check_code.qr_field(self.reference), self.code.replace("-", "")).qr


def copy_view(row: dict[str, Any]) -> PrintedCopy:
    return PrintedCopy(
        id=row["id"], source=row["source"], doc_type=row["doc_type"], subject_table=row["subject_table"],
        subject_id=row["subject_id"], number=row["reference"] or "", reference=row["proposal_ref"] or "",
        title=row["title"] or "", draft=bool(row["draft"]), line=row["check_line"] or "",
        code=check_code.grouped(row["short_code"]),
        digest=row["content_sha256"], printed_at=row["printed_at"], printed_by_name=row["printed_by_name"] or "",
        copies=row["copies"], last_printed_at=row["last_printed_at"] or row["printed_at"])


def document_of(ctx: AppContext, source: str, subject_id: str, *, actor: Actor) -> tuple[Any, Document]:
    """The filled value of ``source`` for ``subject_id`` as ``actor`` would print it now, and its document model
    (NFC, as the engine renders it)."""
    kind = SOURCES[source]
    form = kind.fill(ctx, subject_id, actor)
    return form, nfc_all(kind.document(form))


def subject_of(ctx: AppContext, source: str, subject: str, *, actor: Actor) -> str:
    """The id of the record ``subject`` names (a proposal's reference, a decision's number …), for ``actor``."""
    kind = SOURCES[source]
    return kind.resolve(ctx, subject, actor) if kind.resolve is not None else subject


def _fields(ctx: AppContext, source: str, subject_id: str, document: Document, check: Check) -> dict[str, Any]:
    return {
        "unit_code": ctx.unit_code, "source": source, "doc_type": doc_type(document),
        "subject_table": SOURCES[source].table, "subject_id": subject_id, "reference": number_of(document),
        "proposal_ref": document.reference, "title": " — ".join(document.summary), "draft": int(document.draft),
        "scheme": check_code.SCHEME, "content_sha256": check.digest, "short_code": check.short,
        "content_text": check.text, "check_line": check.line,
    }


@writes
def record_copy(ctx: AppContext, *, actor: Actor, source: str, subject_id: str, document: Document) -> PrintedCopy:
    """Record one print of ``document`` (built by the caller from ``subject_id`` for ``actor``, just printed): a new
    content gets its row, the same content once more counts a copy on its row."""
    document = nfc_all(document)
    row = printed_repo.record(ctx.db, _fields(ctx, source, subject_id, document, check_of(document)),
                              author=author(actor), author_name=actor.full_name)
    return copy_view(row)


@writes
def record_printed(ctx: AppContext, *, actor: Actor, source: str, subject: str, digest: str) -> PrintedCopy:
    """Record the print of a preview whose content hash is ``digest``: the document is built again for ``actor``,
    and recorded only if it still says the same (``printed_stale`` otherwise: the record changed meanwhile, and
    the preview is no longer what it prints)."""
    subject_id = subject_of(ctx, source, subject, actor=actor)
    _, document = document_of(ctx, source, subject_id, actor=actor)
    check = check_of(document)
    if check.digest != digest:
        raise ValidationError("printed_stale")
    row = printed_repo.record(ctx.db, _fields(ctx, source, subject_id, document, check),
                              author=author(actor), author_name=actor.full_name)
    return copy_view(row)


def keep_recorded(ctx: AppContext, *, actor: Actor, source: str, subject_id: str, document: Document,
                  path: Path) -> Path:
    """After ``document`` was printed to ``path``: record the print. A copy whose print could not be recorded is
    removed (a paper from it would not check), and the failure raised."""
    try:
        record_copy(ctx, actor=actor, source=source, subject_id=subject_id, document=document)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def digest_of(source: str, form: Any) -> str:
    """The content hash of a filled value of ``source`` (what ``record_printed`` compares): no database."""
    return check_of(nfc_all(SOURCES[source].document(form))).digest


__all__ = ["ADJUSTMENT", "DECISION", "EVALUATION", "INVITATION", "KPI", "MINUTES", "OPINION", "PLAN", "PLAN_VERSION",
           "PROGRESS", "RECORD", "REPORT", "REVIEW", "SOURCES", "PrintedCopy", "Source", "copy_view", "digest_of",
           "document_of", "keep_recorded", "record_copy", "record_printed", "subject_of"]
