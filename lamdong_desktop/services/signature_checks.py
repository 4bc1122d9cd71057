"""Digital signatures on a PDF, checked with no network: who signed, when (as claimed), whether the document changed
since, and whether the certificate leads to a root the user trusts.

- *Intact*: the signature matches the bytes it covers (cryptographically sound, those bytes unchanged).
- *Changed since*: what was appended after the signature, as pyHanko's difference analysis judges it: nothing, or
  only further signatures into empty fields (what a second signer does), or anything else (content, annotations),
  which counts as changed.
- *Trust*: against the root certificates in the data folder's ``trust/`` (``DataPaths.trust``), e.g. the
  government CA's root, which the user installs; with none there, the chain is not checked and the result says so.
  The certificate must be valid now (with no trusted timestamp, nothing proves it was valid when the signature was
  made); no revocation list or OCSP answer is fetched, so a revoked certificate is not detected.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import ValidationError

from .context import AppContext
from .signatures import SIGNING_KEY_USAGES, Holder, holder_of, pdf_reader, quiet_libraries, read_pdf

Trust = Literal["trusted", "untrusted", "expired", "unchecked"]
ChangesAfter = Literal["none", "signatures", "other"]
CERTIFICATE_SUFFIXES = frozenset({".cer", ".crt", ".pem", ".der"})
INFO_DIGEST = "/LamdongContentDigest"  # documents.signing.CONTENT_DIGEST_KEY, as a PDF name


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of the file, as checked."""

    field: str
    holder: Holder
    signed_at: datetime | None  # the signer's own claim (no trusted timestamp)
    intact: bool
    covers_whole_file: bool  # nothing was appended after it
    changes_after: ChangesAfter
    trust: Trust
    revision: int  # the revision of the file it signs (0 is the file as first written)
    content_digest: str  # documents.signing's digest in the information of the signed revision, if any

    @property
    def unchanged(self) -> bool:
        """Intact, and nothing but further signatures appended since."""
        return self.intact and self.changes_after != "other"

    @property
    def valid(self) -> bool:
        """Unchanged, and its certificate not refused (trusted, or no roots to check against)."""
        return self.unchanged and self.trust in ("trusted", "unchecked")


@dataclass(frozen=True)
class PdfCheck:
    """Every signature of a PDF, with what the check could and could not establish offline."""

    path: Path
    signatures: tuple[SignatureCheck, ...]
    roots: int  # root certificates the chains were checked against
    trust_folder: Path | None
    unreadable_roots: tuple[str, ...] = ()  # files of the trust folder that hold no certificate
    timestamp_checked: bool = False  # always False: no timestamp server is used
    revocation_checked: bool = False  # always False: no CRL or OCSP is fetched

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and all(s.valid for s in self.signatures)


def trust_roots(folder: Path | None) -> tuple[list[Any], tuple[str, ...]]:
    """The certificates in ``folder`` (PEM or DER, one or more a file) and the names of the files that hold none."""
    from pyhanko.keys import load_certs_from_pemder

    if folder is None or not folder.is_dir():
        return [], ()
    roots: list[Any] = []
    unreadable: list[str] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in CERTIFICATE_SUFFIXES:
            continue
        try:
            found = list(load_certs_from_pemder([str(path)]))  # type: ignore[no-untyped-call]
        except (ValueError, TypeError, OSError):
            found = []
        if found:
            roots.extend(found)
        else:
            unreadable.append(path.name)
    return roots, tuple(unreadable)


def validate_pdf(path: str | Path, *, trust_folder: Path | None = None) -> PdfCheck:
    """Check every signature of the PDF at ``path``; ``signature_none`` if it has none.

    ``trust_folder`` holds the trusted roots (none: trust is "unchecked", never "trusted").
    """
    source = Path(path)
    return validate_data(read_pdf(source), source, trust_folder=trust_folder)


def validate_data(data: bytes, source: Path, *, trust_folder: Path | None = None) -> PdfCheck:
    """``validate_pdf`` of a file already read (``source`` names it in messages)."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    roots, unreadable = trust_roots(trust_folder)
    checks = []
    with quiet_libraries():
        reader = pdf_reader(data, source)
        signatures = reader.embedded_signatures
        if not signatures:
            raise ValidationError("signature_none", path=str(source))
        for embedded in signatures:
            context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
            try:
                status = validate_pdf_signature(embedded, context,
                                                key_usage_settings=KeyUsageConstraints(key_usage=SIGNING_KEY_USAGES))
            except Exception as exc:  # noqa: BLE001 - a malformed signature is an invalid one, never a crash
                logging.getLogger(__name__).warning("unreadable signature %s: %s", embedded.field_name, exc)
                raise ValidationError("signature_unreadable", path=str(source), field=embedded.field_name) from exc
            checks.append(_check(reader, embedded, status, has_roots=bool(roots)))
    return PdfCheck(path=source, signatures=tuple(checks), roots=len(roots), trust_folder=trust_folder,
                    unreadable_roots=unreadable)


def verify_pdf(ctx: AppContext, path: str | Path) -> PdfCheck:
    """``validate_pdf`` against the roots of this data folder's ``trust/``."""
    return validate_pdf(path, trust_folder=ctx.paths.trust)


def _check(reader: Any, embedded: Any, status: Any, *, has_roots: bool) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    holder = holder_of(status.signing_cert)
    intact = bool(status.intact and status.valid)
    level = status.modification_level
    if level is None or level > ModificationLevel.FORM_FILLING or status.docmdp_ok is False:
        changes: ChangesAfter = "other"
    elif level == ModificationLevel.NONE:
        changes = "none"
    else:
        changes = "signatures"
    if status.coverage is None or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        changes = "other"  # bytes outside the signature's range inside its own revision
    trust: Trust
    if clock.now() > holder.valid_until:
        trust = "expired"
    elif not has_roots:
        trust = "unchecked"
    else:
        trust = "trusted" if status.trusted else "untrusted"
    claimed = status.signer_reported_dt
    info = reader.get_historical_resolver(embedded.signed_revision).trailer_view.get("/Info")
    digest = info.get_object().get(INFO_DIGEST) if info is not None else None
    return SignatureCheck(
        field=str(embedded.field_name), holder=holder,
        signed_at=claimed.astimezone(clock.VN_TZ) if claimed is not None else None,
        intact=intact, covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        changes_after=changes if intact else "other", trust=trust, revision=int(embedded.signed_revision),
        content_digest=str(digest) if digest is not None else "",
    )


__all__ = ["PdfCheck", "SignatureCheck", "trust_roots", "validate_data", "validate_pdf", "verify_pdf"]
