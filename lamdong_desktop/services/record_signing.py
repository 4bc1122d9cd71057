"""Sign a record's own document digitally and attach the signed PDF to it in one step (the windows' "Ký số…").

The minutes of a meeting, a decision (or conclusion notice) and an evaluation's conclusion each print from their
record (``printing_meetings``, ``printing_results``); their signature blocks carry empty signature fields
(``documents.signing``). ``sign_record`` prints the record as it stands now, signs the field the signer chose
(``signatures.sign_pdf``: a PKCS#12 file or a PKCS#11 token, no network) and attaches the signed copy through the
record's own attaching service, which checks it again and marks the record "Đã ký". Or, for a document with two
signers (the minutes: secretary and chair), it signs and saves the copy to a file for the other signer, who then
signs that file (``source``) and attaches it.

Nothing is attached unless the signature was made: a wrong password or PIN, a missing token library, an expired
certificate stop before any file or row is written. The one write before the attach is the record of the print
(``printed.record_copy``), so that a paper made from the signed copy checks (``verify --code``) like any other.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from lamdong_desktop.documents.model import Document, Signature
from lamdong_desktop.documents.signing import field_name
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.text import fold
from lamdong_desktop.storage import files

from . import printed
from .changes import writes
from .context import AppContext
from .printing import check_print_target
from .signatures import Holder, SignerSpec, holder_of, open_signer, quiet_libraries, sign_pdf

MINUTES, DECISION, EVALUATION = "minutes", "decision", "evaluation"


@dataclass(frozen=True)
class Kind:
    """How one kind of record prints and takes its signed copy."""

    fill: Callable[[AppContext, str, Actor], Any]  # the printed form, for a reader
    document: Callable[[Any], Document]  # the form's plain model (its signature blocks, its digest)
    render: Callable[[Any, Path], Path]  # the form to a PDF (no database)
    attach: Callable[[AppContext, Actor, str, Path], Any]  # the record's own attaching service (``@writes``)
    printed_source: str = ""  # ``printed.SOURCES``' key, when prints of this kind are recorded


def _minutes() -> Kind:
    from . import meetings
    from . import printing_meetings as pm

    return Kind(fill=lambda ctx, rid, actor: pm.minutes_of(ctx, rid, actor=actor), document=pm.printed_document,
                render=pm.render_minutes, printed_source=printed.MINUTES,
                attach=lambda ctx, actor, rid, path: meetings.attach_signed_minutes(ctx, actor=actor, meeting_id=rid,
                                                                                   path=path))


def _decision() -> Kind:
    from . import decisions
    from . import printing_meetings as pm

    return Kind(fill=lambda ctx, rid, actor: pm.decision_of(ctx, rid, actor=actor), document=pm.printed_document,
                render=pm.render_decision, printed_source=printed.DECISION,
                attach=lambda ctx, actor, rid, path: decisions.attach_signed(ctx, actor=actor, decision_id=rid,
                                                                             path=path))


def _evaluation() -> Kind:
    from lamdong_desktop.documents.evaluation import evaluation_document

    from . import evaluations
    from . import printing_results as pr

    return Kind(fill=lambda ctx, rid, actor: pr.evaluation_of(ctx, rid, actor=actor), document=evaluation_document,
                render=pr.render_evaluation, printed_source=_printed_key("evaluation"),
                attach=lambda ctx, actor, rid, path: evaluations.attach_signed(ctx, actor=actor, evaluation_id=rid,
                                                                               path=path))


def _printed_key(name: str) -> str:
    """``name`` if the printed copies know this kind (they may learn it later), else empty."""
    return name if name in printed.SOURCES else ""


KINDS: dict[str, Callable[[], Kind]] = {MINUTES: _minutes, DECISION: _decision, EVALUATION: _evaluation}


@dataclass(frozen=True)
class SignatureSlot:
    """A signature block of the document: its field's name, the title and the name printed in it."""

    field: str
    title: str
    name: str


@dataclass(frozen=True)
class Signable:
    """A record's document as it would be signed now: its signature blocks, left to right."""

    kind: str
    record_id: str
    draft: bool
    slots: tuple[SignatureSlot, ...]

    def slot_of(self, holder: Holder) -> SignatureSlot | None:
        """The block that names the certificate's holder, else the only block; None when that is unclear."""
        mine = [s for s in self.slots if s.name and fold(s.name) == fold(holder.name)]
        if len(mine) == 1:
            return mine[0]
        return self.slots[0] if len(self.slots) == 1 else None


@dataclass(frozen=True)
class RecordSigned:
    """What ``sign_record`` did: who signed which field, when, and where the signed copy went."""

    kind: str
    record_id: str
    field: str
    holder: Holder
    signed_at: datetime  # the signer's computer's time (no timestamp server)
    attached: bool  # the copy is the record's signed document now ("Đã ký")
    saved_to: Path | None = None  # the file it was saved to instead


def _kind(kind: str) -> Kind:
    try:
        return KINDS[kind]()
    except KeyError:
        raise ValueError(f"no signing for {kind!r}") from None


def slots_of(document: Document) -> tuple[SignatureSlot, ...]:
    """The signature fields a printed ``document`` carries, named as the engine names them (``story``'s closing
    block: the left signer first, the right one's name kept apart from it)."""
    left: Signature | None = document.left_signature
    out = []
    taken: set[str] = set()
    if left is not None:
        taken.add(field_name(left))
        out.append(SignatureSlot(field_name(left), left.title, left.name))
    right = document.signature
    out.append(SignatureSlot(field_name(right, taken), right.title, right.name))
    return tuple(out)


def signable(ctx: AppContext, *, actor: Actor, kind: str, record_id: str) -> Signable:
    """The signature blocks of the record's document, for ``actor`` (who must read the record)."""
    k = _kind(kind)
    document = k.document(k.fill(ctx, record_id, actor))
    return Signable(kind=kind, record_id=record_id, draft=document.draft, slots=slots_of(document))


def certificate_of(spec: SignerSpec) -> Holder:
    """Who the key of ``spec`` signs as: opens it (the password or the PIN is checked) and checks that its
    certificate may sign now. Reads no record; the errors are ``sign_pdf``'s."""
    with quiet_libraries(), open_signer(spec) as signer:
        return holder_of(signer.signing_cert)


@writes
def sign_record(ctx: AppContext, *, actor: Actor, kind: str, record_id: str, signer: SignerSpec,
                field: str | None = None, source: str | Path | None = None,
                save_to: str | Path | None = None) -> RecordSigned:
    """Sign the record's document in ``field`` (None: as ``sign_pdf`` chooses) and attach it, or with ``save_to``
    save it there instead.

    Without ``source`` the record is printed now, as it stands; with it, that file (the record's print signed by
    someone else already) gets the next signature. A draft is never signed."""
    k = _kind(kind)
    target = check_print_target(ctx.paths.root, save_to) if save_to else None
    with tempfile.TemporaryDirectory(prefix="lamdong-ky-so-", ignore_cleanup_errors=True) as folder:
        work = Path(folder)
        document: Document | None = None
        if source is None:
            form = k.fill(ctx, record_id, actor)
            document = k.document(form)
            if document.draft:
                raise ValidationError("signed_scan_draft")
            source = k.render(form, work / "ban-in.pdf")
        signed = sign_pdf(ctx, source=source, output=work / "ban-ky-so.pdf", signer=signer, field=field)
        if document is not None and k.printed_source:
            # The signed copy carries the print's check code: record it, as any print (no row if signing failed).
            printed.record_copy(ctx, actor=actor, source=k.printed_source, subject_id=record_id, document=document)
        if target is not None:
            data = signed.output.read_bytes()
            files.write_atomically(target, lambda out: out.write(data))
        else:
            k.attach(ctx, actor, record_id, signed.output)
    return RecordSigned(kind=kind, record_id=record_id, field=signed.field, holder=signed.holder,
                        signed_at=signed.signed_at, attached=target is None, saved_to=target)


__all__ = ["DECISION", "EVALUATION", "KINDS", "MINUTES", "RecordSigned", "Signable", "SignatureSlot",
           "certificate_of", "sign_record", "signable", "slots_of"]
