"""``lamdong verify --dossier F.pdf``: does a printed dossier still say what the database says? (domain brief §4)

In order:

1. the file: a PDF (``dossier_not_pdf``), a dossier (its embedded list of documents: ``dossier_not_dossier``,
   ``dossier_format``) of this unit (``dossier_other_unit``), for a reader of its proposal (else not found, as the
   proposal itself); its seal (``dossier_seal``): a file whose bytes changed after printing is ``altered``, and
   nothing it lists is trusted;
2. its print: a file this database printed has its row in ``printed_dossiers`` (found by the seal); one it did not
   is ``recorded`` False — rebuilt, or printed elsewhere;
3. every document it lists, by name: a printed form's content digest against the form as the record prints it now
   (for the asker, and for the account that printed it: a proposer's minutes show his item only), a stored file's
   hash against the attachment's and the file in the store (``changed``, ``missing``, ``file_changed``);
4. the documents there are now that it does not hold (``newer``: a decision issued since, a scan attached since);
5. the audit chain's head it printed: still the event of that number with that hash (else the log was cut:
   ``missing``, or rewritten: ``mismatch``), and the chain from its start to that event still whole — every event's
   own hash and link (``storage.verify.chain_problems``; else ``broken``).

A record changed in the database behind the program's back changes what its form prints, so its document is named;
``lamdong verify`` then tells which row of which table.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import audit, dossier_repo, proposals_repo, units_repo, verify

from . import dossier_seal, proposals
from .accounts import actor_for
from .context import AppContext
from .dossier import DIGEST_PREFIX, FILE, Part, collect


class Verdict(StrEnum):
    OK = "ok"
    CHANGED = "changed"
    MISSING = "missing"
    FILE_CHANGED = "file_changed"


class HeadVerdict(StrEnum):
    OK = "ok"
    MISSING = "missing"
    MISMATCH = "mismatch"
    BROKEN = "broken"  # the event is there with its hash, but the chain up to it no longer holds
    NONE = "none"  # printed before any event


@dataclass(frozen=True)
class DocumentCheck:
    order: int
    kind: str
    name: str  # as the list printed it: "Biên bản họp số 03/BB-UBND"
    number: str
    verdict: Verdict


@dataclass(frozen=True)
class Newer:
    kind: str
    name: str
    number: str


@dataclass(frozen=True)
class DossierCheck:
    """The answer for one file. An ``altered`` file (``intact`` False) is judged no further."""

    path: Path
    intact: bool
    ref: str = ""
    proposal_id: str = ""
    recorded: bool = False
    printed_at: str = ""
    printed_by: str = ""
    documents: tuple[DocumentCheck, ...] = ()
    newer: tuple[Newer, ...] = ()
    audit_seq: int | None = None
    audit_hash: str = ""
    head: HeadVerdict = HeadVerdict.NONE

    @property
    def ok(self) -> bool:
        return (self.intact and self.recorded and not self.newer and self.head in (HeadVerdict.OK, HeadVerdict.NONE)
                and all(d.verdict is Verdict.OK for d in self.documents))


def read_dossier(path: str | Path) -> tuple[bytes, dict[str, Any] | None, bool]:
    """The bytes of a dossier file, its embedded list (None for a file whose seal fails) and whether it is intact.

    ``dossier_unreadable``, ``dossier_not_pdf``, ``dossier_not_dossier`` or ``dossier_format`` for a file that is
    no dossier at all."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError:
        raise ValidationError("dossier_unreadable", path=str(source)) from None
    if b"%PDF-" not in data[:1024]:
        raise ValidationError("dossier_not_pdf", path=str(source))
    sealed = dossier_seal.seal_of(data)
    marked = dossier_seal.MARKER_KEY.encode("ascii") + b" (" in data
    if sealed is None:
        if marked:  # a dossier whose seal entry was taken out or doubled
            return data, None, False
        raise ValidationError("dossier_not_dossier", path=str(source))
    carried, computed = sealed
    if carried != computed:
        return data, None, False
    return data, _manifest(data, source), True


def _manifest(data: bytes, source: Path) -> dict[str, Any]:
    from pypdf import PdfReader

    try:
        with dossier_seal.quiet():
            found = PdfReader(io.BytesIO(data), strict=False).attachments.get(dossier_seal.MANIFEST_NAME)
    except Exception as exc:  # noqa: BLE001 - an intact seal on a file pypdf cannot read: no dossier of ours
        raise ValidationError("dossier_not_pdf", path=str(source)) from exc
    if not found:
        raise ValidationError("dossier_not_dossier", path=str(source))
    try:
        manifest = json.loads(found[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("dossier_format", path=str(source)) from None
    if (not isinstance(manifest, dict) or manifest.get("format") != dossier_seal.FORMAT
            or manifest.get("version") != dossier_seal.VERSION or not isinstance(manifest.get("documents"), list)):
        raise ValidationError("dossier_format", path=str(source))
    return manifest


def verify_dossier(ctx: AppContext, *, actor: Actor, path: str | Path) -> DossierCheck:
    """The check of the dossier file at ``path`` (see the module's docstring), for a reader of its proposal."""
    source = Path(path)
    data, manifest, intact = read_dossier(source)
    if manifest is None:
        return DossierCheck(path=source, intact=False)
    try:
        unit, proposal_id = str(manifest["unit_code"]), str(manifest["proposal_id"])
        entries = [_entry(e) for e in manifest["documents"]]
        head = manifest["audit_head"]
        seq = int(head["seq"]) if head.get("seq") is not None else None
        head_hash = str(head.get("hash") or "")
    except (KeyError, TypeError, ValueError):
        raise ValidationError("dossier_format", path=str(source)) from None
    if unit != ctx.unit_code:
        known = units_repo.get_unit(ctx.db, unit)
        raise ValidationError("dossier_other_unit", path=str(source), unit=unit,
                              unit_name=known.name if known else unit)
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    sealed = dossier_seal.seal_of(data)
    assert sealed is not None
    row = dossier_repo.by_seal(ctx.db, ctx.unit_code, sealed[1])
    recorded = row is not None and row["proposal_id"] == proposal.id
    views = [_keyed(collect(ctx, proposal.id, actor=actor).parts)]
    printer = str(manifest.get("printed_by") or "")
    if printer and printer != actor.user_id:
        try:
            views.append(_keyed(collect(ctx, proposal.id, actor=actor_for(ctx, printer)).parts))
        except NotFound:  # the account (or its reading of the proposal) is gone: the asker's view is all there is
            pass
    checks = tuple(DocumentCheck(e["order"], e["kind"], e["name"], e["number"], _verdict(ctx, e, views))
                   for e in entries)
    listed = {e["key"] for e in entries}
    newer = tuple(Newer(p.kind.value, p.name, p.number) for p in views[0].values() if p.key not in listed)
    return DossierCheck(
        path=source, intact=intact, ref=proposal.ref, proposal_id=proposal.id, recorded=recorded,
        printed_at=str(row["created_at"] if recorded and row else manifest.get("printed_at") or ""),
        printed_by=str(row["printed_by_name"] if recorded and row else manifest.get("printed_by_name") or ""),
        documents=checks, newer=newer, audit_seq=seq, audit_hash=head_hash, head=_head(ctx, seq, head_hash))


def _entry(raw: Any) -> dict[str, Any]:
    entry = {"order": int(raw["order"]), "kind": str(raw["kind"]), "name": str(raw["name"]),
             "number": str(raw.get("number") or ""), "source": str(raw["source"]), "subject": str(raw["subject"]),
             "digest": str(raw["digest"])}
    entry["key"] = f"{entry['source']}:{entry['subject']}"
    return entry


def _keyed(parts: tuple[Part, ...]) -> dict[str, Part]:
    return {p.key: p for p in parts}


def _verdict(ctx: AppContext, entry: dict[str, Any], views: list[dict[str, Part]]) -> Verdict:
    if entry["source"] == FILE:
        return _file_verdict(ctx, entry)
    now = [view[entry["key"]] for view in views if entry["key"] in view]
    if not now:
        return Verdict.MISSING
    return Verdict.OK if any(p.digest == entry["digest"] for p in now) else Verdict.CHANGED


def _file_verdict(ctx: AppContext, entry: dict[str, Any]) -> Verdict:
    """A stored file: its attachment still there, still that file, and the file in the store still intact."""
    try:
        row = proposals_repo.attachments(ctx.db).get(entry["subject"])
    except NotFound:
        return Verdict.MISSING
    if row.get("mistaken_reason"):
        return Verdict.MISSING
    if DIGEST_PREFIX + row["sha256"] != entry["digest"] or blobs.blob_state(ctx.paths, row["sha256"], row["size"]):
        return Verdict.FILE_CHANGED
    return Verdict.OK


def _head(ctx: AppContext, seq: int | None, full_hash: str) -> HeadVerdict:
    if seq is None:
        return HeadVerdict.NONE
    found = audit.event_hash_at(ctx.db, seq)
    if found is None:
        return HeadVerdict.MISSING
    if found != full_hash:
        return HeadVerdict.MISMATCH
    return HeadVerdict.BROKEN if verify.chain_problems(ctx.db, up_to=seq) else HeadVerdict.OK


__all__ = ["DocumentCheck", "DossierCheck", "HeadVerdict", "Newer", "Verdict", "read_dossier", "verify_dossier"]
