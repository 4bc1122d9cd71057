"""Digital signatures (chữ ký số, PAdES) on the program's printed PDFs, with no network: signing.

The key is a PKCS#12 file (.p12/.pfx with its password) or a PKCS#11 token: the USB tokens of the government's CA
through python-pkcs11 and the token maker's library (its PIN). The signature goes into the empty field the printed
form carries in the signer's block (``documents.signing``): the one named by ``field``, else the empty one whose
block names the certificate's holder, else the only empty one; a PDF without such a field is refused rather than
signed at a guessed place. It is PAdES baseline B-B: no timestamp server is asked and no revocation data fetched,
so the signing time is the signer's computer's claim (``signature_checks`` says so when it checks one).

Nothing is written until the signature is made: a wrong password, a token not found, an expired certificate or a
missing field each stop with their own code and leave no file. No record is read or written: the certificate, not
the account, says who signs.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lamdong_desktop.documents.fonts import bundled_font_bytes
from lamdong_desktop.documents.signing import tooltip_name
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.text import fold

from .context import AppContext
from .printing import check_print_target

if TYPE_CHECKING:
    from asn1crypto import x509
    from pyhanko.sign.signers import Signer

# Either purpose lets a certificate sign a document (pyHanko asks for non-repudiation alone by default).
SIGNING_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})
STAMP_TEXT = "Ký số bởi: %(signer)s\nThời gian ký: %(when)s"
STAMP_TIME_FORMAT = "%d/%m/%Y %H:%M:%S +07:00"  # Vietnam's time, whatever the computer's zone
STAMP_COLOUR = (0.0, 0.2, 0.6)  # ND 30 Phụ lục I: the image of a signer's digital signature is blue
STAMP_FONT_SIZE = 10
QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator", "fontTools")  # their English goes to no user


@dataclass(frozen=True)
class P12Signer:
    """A key and certificate in a PKCS#12 file (.p12, .pfx), opened with its password."""

    path: Path
    password: str = field(repr=False)


@dataclass(frozen=True)
class Pkcs11Signer:
    """A key on a PKCS#11 token: the maker's library (.so / .dll), the token's label, the key's label and the PIN.

    ``cert_label`` defaults to the key's label, as the government's tokens store both under one name.
    """

    library: str
    token_label: str
    key_label: str
    pin: str = field(repr=False)
    cert_label: str = ""


SignerSpec = P12Signer | Pkcs11Signer


@dataclass(frozen=True)
class Holder:
    """Who a certificate names: the common name, the serial number (hex) and the issuer's common name."""

    name: str
    serial: str
    issuer: str
    valid_from: datetime
    valid_until: datetime


@dataclass(frozen=True)
class Signed:
    """A signed copy written: where, into which field, by whom, at which (claimed) time."""

    output: Path
    field: str
    holder: Holder
    signed_at: datetime


def holder_of(cert: x509.Certificate) -> Holder:
    subject, issuer = cert.subject.native, cert.issuer.native
    return Holder(
        name=str(subject.get("common_name") or cert.subject.human_friendly),
        serial=format(cert.serial_number, "X"),
        issuer=str(issuer.get("common_name") or cert.issuer.human_friendly),
        valid_from=cert.not_valid_before.astimezone(clock.VN_TZ),
        valid_until=cert.not_valid_after.astimezone(clock.VN_TZ),
    )


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """pyHanko and fontTools log in English (a failed chain, a dropped font table): the user gets our words."""
    loggers = [logging.getLogger(name) for name in QUIET_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def read_pdf(path: str | Path) -> bytes:
    """The bytes of a PDF file; ``signature_file_missing`` or ``signature_not_pdf`` otherwise."""
    source = Path(path)
    if not source.is_file():
        raise ValidationError("signature_file_missing", path=str(source))
    data = source.read_bytes()
    if not data.lstrip(b"\r\n\t ")[:5] == b"%PDF-" or b"%%EOF" not in data[-2048:]:
        raise ValidationError("signature_not_pdf", path=str(source))
    return data


def pdf_reader(data: bytes, path: str | Path) -> Any:
    """pyHanko's reader over ``data``; a file it cannot parse is ``signature_not_pdf``."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        _ = reader.root
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ValidationError("signature_not_pdf", path=str(path)) from exc
    return reader


# ----- the key ------------------------------------------------------------------------------------------------------


def _p12_signer(spec: P12Signer) -> Signer:
    from asn1crypto import pkcs12
    from cryptography.hazmat.primitives.serialization.pkcs12 import load_key_and_certificates
    from pyhanko.sign.signers import SimpleSigner

    path = Path(spec.path)
    if not path.is_file():
        raise ValidationError("signature_file_missing", path=str(path))
    data = path.read_bytes()
    try:
        pkcs12.Pfx.load(data).native  # noqa: B018 - parses the whole structure: not a PKCS#12 file is told apart
    except (ValueError, TypeError, KeyError):
        raise ValidationError("signature_p12_invalid", path=str(path)) from None
    password = spec.password.encode("utf-8") or None
    try:
        key, cert, _ = load_key_and_certificates(data, password)
    except (ValueError, TypeError):
        # The structure is a PKCS#12 file: what fails now is its decryption, the password.
        raise ValidationError("signature_wrong_password", path=str(path)) from None
    if key is None or cert is None:
        raise ValidationError("signature_p12_no_key", path=str(path))
    signer: Signer = SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=password)
    return signer


@contextmanager
def _pkcs11_signer(spec: Pkcs11Signer) -> Iterator[Signer]:
    import pkcs11
    from pkcs11 import exceptions as p11
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.pkcs11 import PKCS11Error, PKCS11Signer, open_pkcs11_session

    if not Path(spec.library).is_file():
        raise ValidationError("signature_pkcs11_library", library=spec.library)
    try:
        pkcs11.lib(spec.library)
    except (RuntimeError, OSError, p11.PKCS11Error):
        raise ValidationError("signature_pkcs11_library", library=spec.library) from None
    criteria = TokenCriteria(label=spec.token_label) if spec.token_label else None
    try:
        session = open_pkcs11_session(spec.library, token_criteria=criteria, user_pin=spec.pin)
    except p11.PinIncorrect:
        raise ValidationError("signature_wrong_pin") from None
    except p11.PinLocked:
        raise ValidationError("signature_pin_locked") from None
    except (PKCS11Error, p11.TokenNotPresent, p11.TokenNotRecognised, p11.NoSuchToken):
        raise ValidationError("signature_token_not_found", label=spec.token_label) from None
    try:
        signer = PKCS11Signer(session, cert_label=spec.cert_label or spec.key_label, key_label=spec.key_label)
        try:
            _ = signer.signing_cert  # loads the certificate and the key now: a wrong label is told before signing
        except (PKCS11Error, SigningError, p11.NoSuchKey, p11.MultipleObjectsReturned):
            raise ValidationError("signature_key_not_found", label=spec.cert_label or spec.key_label) from None
        yield signer
    finally:
        session.close()


@contextmanager
def open_signer(spec: SignerSpec) -> Iterator[Signer]:
    """The pyHanko signer for ``spec``, its certificate checked usable now (dates, purpose); a token's session
    closes after the block."""
    if isinstance(spec, P12Signer):
        signer = _p12_signer(spec)
        check_certificate(signer.signing_cert)
        yield signer
        return
    with _pkcs11_signer(spec) as token_signer:
        check_certificate(token_signer.signing_cert)
        yield token_signer


def check_certificate(cert: x509.Certificate, at: datetime | None = None) -> Holder:
    """``signature_certificate_expired`` / ``…_not_yet_valid`` / ``…_usage`` for a certificate that may not sign
    at ``at`` (default now)."""
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator.errors import InvalidCertificateError

    holder = holder_of(cert)
    moment = at or clock.now()
    if moment > holder.valid_until:
        raise ValidationError("signature_certificate_expired", signer=holder.name,
                              until=clock.format_date_vn(holder.valid_until.date()))
    if moment < holder.valid_from:
        raise ValidationError("signature_certificate_not_yet_valid", signer=holder.name,
                              since=clock.format_date_vn(holder.valid_from.date()))
    try:
        KeyUsageConstraints(key_usage=SIGNING_KEY_USAGES).validate(cert)
    except InvalidCertificateError:
        raise ValidationError("signature_certificate_usage", signer=holder.name) from None
    return holder


# ----- the field ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSlot:
    """A signature field of the document: its name, the signer its block names, whether it is signed already."""

    name: str
    signer: str
    signed: bool


def field_slots(reader: Any) -> list[FieldSlot]:
    from pyhanko.sign.fields import enumerate_sig_fields

    slots = []
    for name, value, ref in enumerate_sig_fields(reader):
        tooltip = ref.get_object().get("/TU")
        slots.append(FieldSlot(str(name), tooltip_name(str(tooltip)) if tooltip is not None else "", value is not None))
    return slots


def choose_field(slots: list[FieldSlot], holder: Holder, wanted: str | None) -> str:
    """The field to sign: ``wanted`` if given (it must exist and be empty), else the empty one whose block names
    the certificate's holder, else the only empty one."""
    names = ", ".join(s.name for s in slots) or "không có"
    if wanted:
        slot = next((s for s in slots if s.name == wanted), None)
        if slot is None:
            raise ValidationError("signature_field_missing", field=wanted, fields=names)
        if slot.signed:
            raise ValidationError("signature_field_signed", field=wanted)
        return slot.name
    empty = [s for s in slots if not s.signed]
    if not empty:
        raise ValidationError("signature_no_field")
    mine = [s for s in empty if s.signer and fold(s.signer) == fold(holder.name)]
    if len(mine) == 1:
        return mine[0].name
    if len(empty) == 1:
        return empty[0].name
    raise ValidationError("signature_field_ambiguous", fields=", ".join(s.name for s in empty), signer=holder.name)


# ----- signing ------------------------------------------------------------------------------------------------------


def sign_pdf(ctx: AppContext, *, source: str | Path, output: str | Path, signer: SignerSpec,
             field: str | None = None) -> Signed:
    """Sign the PDF ``source`` into ``output`` (written whole, atomically; never inside the data folder).

    The signature is visible in the chosen field: the holder's name and the signing time in blue, in a font with
    Vietnamese letters. The place of signing is the unit's.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

    target = check_print_target(ctx.paths.root, output)
    data = read_pdf(source)
    with quiet_libraries():
        reader = pdf_reader(data, source)
        slots = field_slots(reader)
        with open_signer(signer) as pyhanko_signer:
            holder = holder_of(pyhanko_signer.signing_cert)
            chosen = choose_field(slots, holder, field)
            meta = PdfSignatureMetadata(field_name=chosen, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256",
                                        location=ctx.unit.short_name or None)
            out = io.BytesIO()
            when = clock.now()
            try:
                writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
                PdfSigner(meta, pyhanko_signer, stamp_style=stamp_style()).sign_pdf(
                    writer, existing_fields_only=True, output=out,
                    appearance_text_params={"when": when.strftime(STAMP_TIME_FORMAT)})
            except SigningError as exc:
                logging.getLogger(__name__).warning("signing failed: %s", exc)
                raise ValidationError("signature_failed") from exc
    write_atomically(target, out.getvalue())
    return Signed(output=target, field=chosen, holder=holder, signed_at=when)


def stamp_style() -> Any:
    """Two lines, "Ký số bởi: <holder>" and "Thời gian ký: …", blue, centred in the field."""
    from pyhanko.pdf_utils.layout import AxisAlignment, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    middle = SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID)
    return TextStampStyle(
        stamp_text=STAMP_TEXT, border_width=0, inner_content_layout=middle,
        text_box_style=TextBoxStyle(font=_stamp_font(), font_size=STAMP_FONT_SIZE, text_color=STAMP_COLOUR),
    )


@cache
def stamp_font_bytes() -> bytes:
    """The bundled Liberation Serif (bold) at 1000 units per em, without the table fontTools cannot subset.

    pyHanko writes a TrueType font's glyph widths in the font's own units where PDF wants thousandths of an em:
    a font of 2048 units per em (Liberation, Times New Roman) would print with its letters pulled apart.
    """
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    font = TTFont(io.BytesIO(bundled_font_bytes()[1]))
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    if "FFTM" in font:
        del font["FFTM"]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@cache
def _stamp_font() -> Any:
    """A pyHanko font factory over ``stamp_font_bytes`` (pyHanko's own opens a file path only)."""
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    class StampFont(FontEngineFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(stamp_font_bytes()),
                                    font_size=STAMP_FONT_SIZE, obj_stream=obj_stream)

    return StampFont()


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a failed write leaves any existing file as it was)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = ["Holder", "P12Signer", "Pkcs11Signer", "Signed", "SignerSpec", "check_certificate", "choose_field",
           "field_slots", "holder_of", "open_signer", "read_pdf", "sign_pdf"]
