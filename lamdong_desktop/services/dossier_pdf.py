"""The dossier as one PDF file: each document rendered by its own form, each stored file appended as pages, the list
of documents last, the list also embedded as JSON for the verifier, and the whole file sealed.

``render`` reads no database (only the stored files the collected parts name): it may run on a worker. The pages are
put together with pypdf: each document rendered alone (its own page numbers from 2, its own check on every page, its
empty signature fields taken off: a dossier is not signed document by document), a PDF scan page by page as it is, an
image placed on a page (``documents.scan_pages``), a file that cannot be shown standing as one page that says so.

The list of documents (``documents.dossier.list_document``) is embedded as ``MANIFEST_NAME`` (JSON: the same data
as the visible list, with each document's source and record for the verifier). The file is sealed as a signature's
byte range is (``dossier_seal``), so that any change to any byte after printing is seen. The seal is no signature
(anyone can compute it): what proves a file is this database's print is its row in ``printed_dossiers``.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject

from lamdong_desktop.documents.base import DocumentTemplate
from lamdong_desktop.documents.dossier import DossierList, ListedDocument, ListTemplate, list_document
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.issued import Person, ProposalRef
from lamdong_desktop.documents.scan_pages import ImageUnreadable, image_pages, notice_page
from lamdong_desktop.domain import file_kinds
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages.dossier import PROGRESS_WORDS, UNSHOWN_FILE, UNSHOWN_REASONS
from lamdong_desktop.storage.audit import canonical_json

from .dossier import Dossier, Part
from .dossier_seal import FORMAT, MANIFEST_NAME, MARKER_KEY, SEAL_KEY, SEAL_ZEROS, VERSION, quiet, seal_bytes

Progress = Callable[[int, str], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rendered:
    """A dossier as written: its bytes, seal, embedded list of documents and page count."""

    data: bytes
    seal: str
    manifest: dict[str, Any]
    manifest_sha256: str
    pages: int


@dataclass
class _Pages:
    part: Part
    reader: PdfReader
    drop_fields: bool  # a printed form's empty signature fields


def render(dossier: Dossier, *, printed_at: datetime, printed_by: tuple[str, str], font_source: FontSource = "auto",
           progress: Progress | None = None, cancel: CancelToken | None = None) -> Rendered:
    """The sealed PDF of ``dossier`` (``printed_by``: the account's id and full name)."""
    template = DocumentTemplate(font_source=font_source)
    built: list[_Pages] = []
    total = len(dossier.parts) + 1
    with quiet():
        for number, part in enumerate(dossier.parts, start=1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(int(number * 90 / total), PROGRESS_WORDS.format(number=number, count=total - 1,
                                                                          name=part.name))
            built.append(_pages(part, template, printed_at, dossier.audit_line))
        writer = PdfWriter()
        listed: list[ListedDocument] = []
        entries: list[dict[str, Any]] = []
        page = 1
        for order, pages in enumerate(built, start=1):
            count = len(pages.reader.pages)
            listed.append(ListedDocument(order, pages.part.what, pages.part.number, pages.part.day, page, count,
                                         pages.part.sha256))
            entries.append(_entry(order, pages.part, page, count, built))
            for source in pages.reader.pages:
                added = writer.add_page(source)
                if pages.drop_fields:
                    _drop_signature_fields(added)
            page += count
        if progress is not None:
            progress(95, "")
        final = _list_pages(dossier, listed, page - 1, printed_at, printed_by[1], font_source)
        for source in final.pages:
            writer.add_page(source)
        pages_total = page - 1 + len(final.pages)
        manifest = _manifest(dossier, entries, printed_at, printed_by, pages_total)
        manifest_bytes = canonical_json(manifest).encode("utf-8")
        writer.add_attachment(MANIFEST_NAME, manifest_bytes)
        writer.add_metadata({"/Title": f"Hồ sơ đề xuất {dossier.ref}", "/Subject": dossier.title,
                             "/Author": printed_by[1], "/Creator": "lamdong-desktop", MARKER_KEY: f"{FORMAT}/{VERSION}",
                             SEAL_KEY: SEAL_ZEROS})
        out = io.BytesIO()
        writer.write(out)
    data, seal = seal_bytes(out.getvalue())
    return Rendered(data=data, seal=seal, manifest=manifest,
                    manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(), pages=pages_total)


def _pages(part: Part, template: DocumentTemplate, printed_at: datetime, audit_line: str) -> _Pages:
    if part.document is not None:
        buffer = io.BytesIO()
        template.render(part.document, buffer, created=printed_at, audit_head=audit_line or None)
        return _Pages(part, PdfReader(io.BytesIO(buffer.getvalue())), drop_fields=True)
    stored = part.file
    assert stored is not None
    try:
        data = stored.path.read_bytes()
    except OSError:
        data = b""
    if hashlib.sha256(data).hexdigest() != stored.sha256:
        raise DomainError("dossier_scan_damaged", name=stored.filename)
    kind = file_kinds.sniff(data[:file_kinds.HEAD_BYTES])
    reason = "kind"
    if kind == file_kinds.PDF:
        reader = _pdf(data)
        if reader is not None:
            return _Pages(part, reader, drop_fields=False)
        reason = "pdf"
    elif kind in file_kinds.IMAGE_NAMES:
        try:
            return _Pages(part, PdfReader(io.BytesIO(image_pages(data)[0])), drop_fields=False)
        except ImageUnreadable:
            reason = "image"
    shown = file_kinds.IMAGE_NAMES.get(kind) or ("PDF" if kind == file_kinds.PDF else
                                                  stored.filename.rpartition(".")[2].upper() or "?")
    text = UNSHOWN_FILE.format(name=stored.filename, kind=shown, reason=UNSHOWN_REASONS[reason])
    page = notice_page([text, f"SHA-256: {stored.sha256}"], template.fonts)
    return _Pages(part, PdfReader(io.BytesIO(page)), drop_fields=False)


def _pdf(data: bytes) -> PdfReader | None:
    """A reader of a stored PDF whose every page can be read, or None (damaged, or locked by a password)."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        for page in reader.pages:
            page.get_contents()
        return reader if len(reader.pages) else None
    except Exception as exc:  # noqa: BLE001 - a scan pypdf cannot read stands as a page that says so, never a crash
        log.warning("a stored PDF could not be read for the dossier: %s", exc)
        return None


def _drop_signature_fields(page: Any) -> None:
    """Take the empty signature fields off a printed form's page: in the dossier they would all share a few names,
    and the dossier is not signed document by document (the fields have no appearance: nothing visible changes)."""
    annotations = page.get("/Annots")
    if annotations is None:
        return
    kept = ArrayObject(a for a in annotations.get_object() if a.get_object().get("/FT") != "/Sig")
    if kept:
        page[NameObject("/Annots")] = kept
    else:
        del page["/Annots"]


def _list_pages(dossier: Dossier, listed: Sequence[ListedDocument], before: int, printed_at: datetime,
                printed_by: str, font_source: FontSource) -> PdfReader:
    """The list rendered (its words say how many pages come before it: no second layout for its own count)."""
    proposal = ProposalRef(dossier.ref, dossier.title, Person(dossier.proposer, dossier.proposer_position))
    model = DossierList(unit_name=dossier.unit_name, unit_short_name=dossier.unit_short_name, proposal=proposal,
                        printed_at=printed_at, printed_by=printed_by, audit_seq=dossier.audit_seq,
                        audit_hash=dossier.audit_hash, documents=tuple(listed), total_pages=before,
                        audit_head=dossier.audit_line)
    buffer = io.BytesIO()
    ListTemplate(font_source=font_source).render(list_document(model), buffer, created=printed_at,
                                                 audit_head=dossier.audit_line or None)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def _entry(order: int, part: Part, first: int, count: int, built: Sequence[_Pages]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "order": order, "kind": part.kind.value, "source": part.source, "subject": part.subject, "name": part.name,
        "number": part.number, "detail": part.detail, "title": part.title,
        "date": part.day.isoformat() if part.day else None, "first_page": first, "pages": count,
        "digest": part.digest,
    }
    if part.file is not None:
        entry["file"] = {"name": part.file.filename, "media_type": part.file.media_type, "size": part.file.size}
    if part.of:
        entry["of"] = next((n for n, p in enumerate(built, start=1) if p.part.key == part.of), None)
    return entry


def _manifest(dossier: Dossier, entries: list[dict[str, Any]], printed_at: datetime, printed_by: tuple[str, str],
              pages: int) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": VERSION, "unit_code": dossier.unit_code, "proposal_id": dossier.proposal_id,
        "proposal_ref": dossier.ref, "title": dossier.title, "printed_at": printed_at.isoformat(timespec="seconds"),
        "printed_by": printed_by[0], "printed_by_name": printed_by[1],
        "audit_head": {"seq": dossier.audit_seq, "hash": dossier.audit_hash}, "pages": pages, "documents": entries,
    }


__all__ = ["Rendered", "render"]
