"""The check code of a printed document (domain brief §6: "kind, number, reference and a short content hash on the
page, and in a QR code, matched against the database on request").

The short code is the first 55 bits of the document's SHA-256 (``documents.check`` computes it from what the
page says) in Crockford's base 32 — digits and capitals without I, L, O and U, so nothing reads as something
else — plus one check character (Luhn mod 32): a mistyped character is told as a typo, never as an altered
paper. Printed in three groups, "K3F9-Q2MX-7ABA"; read back in any case, with or without dashes and spaces, an
O typed for 0 and an I or L for 1.

The QR holds one line of five fields separated by spaces, "LDV1 QD 05/QD-UBND DX-2026-013 K3F9-Q2MX-7ABA": the
scheme, the type's ASCII code, the number ("-" when the document takes none, "DT" for a draft), the reference
of the record and the short code. Capitals, digits and " -/+." only: QR's alphanumeric mode (a smaller code than
bytes) and text every phone reader shows as it is, with no "scheme:" a reader could take for a link.

Pure: no database, no reportlab.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .errors import ValidationError
from .text import fold

SCHEME = "LDV1"  # lamdong verify, version 1 of the canonical text: a new canonical form takes a new scheme
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
HASH_CHARS = 11  # 55 bits of the SHA-256
CODE_CHARS = HASH_CHARS + 1  # and the check character
GROUP = 4
DRAFT = "DT"  # dự thảo: no number yet
NO_FIELD = "-"

# What people type for what they see: Crockford's reading rules.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_QR_CHARS = re.compile(r"[^0-9A-Z+./-]")


def _check_char(payload: str) -> str:
    """Luhn mod 32 over ``payload``: catches every single wrong character and most swapped neighbours."""
    total, factor = 0, 2
    for ch in reversed(payload):
        addend = factor * _VALUE[ch]
        total += addend // 32 + addend % 32
        factor = 3 - factor
    return ALPHABET[(32 - total % 32) % 32]


def short_code(digest_hex: str) -> str:
    """The 12 characters of a SHA-256 (hex): 11 of the hash in base 32, then the check character."""
    bits = int(digest_hex[:14], 16) >> 1  # 56 bits → 55
    payload = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(HASH_CHARS - 1, -1, -1))
    return payload + _check_char(payload)


def grouped(code: str) -> str:
    """ "K3F9Q2MX7ABA" → "K3F9-Q2MX-7ABA": the form printed and shown."""
    return "-".join(code[i:i + GROUP] for i in range(0, len(code), GROUP))


def digest(text: str) -> str:
    """SHA-256 of a canonical text (UTF-8), in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def qr_field(value: str) -> str:
    """A field of the QR line: no accents (đ → d), capitals, a space or any other sign as "-"; empty → "-"."""
    folded = fold(value).upper()
    return _QR_CHARS.sub("-", folded) or NO_FIELD


@dataclass(frozen=True)
class CodeText:
    """What one printed document's QR says; ``qr`` is the line itself."""

    doc_type: str  # ASCII type code: QD, BB, TB, GM, KH …
    number: str  # "05/QD-UBND", "-" (no number) or "DT" (a draft)
    reference: str  # the record's reference, "DX-2026-013", or "-"
    code: str  # the 12 characters, no dashes

    @property
    def qr(self) -> str:
        return " ".join((SCHEME, self.doc_type, self.number, self.reference, grouped(self.code)))

    @property
    def draft(self) -> bool:
        return self.number == DRAFT


@dataclass(frozen=True)
class Typed:
    """What a person gave ``verify --code``: the short code, and the QR line's other fields when it was one."""

    code: str  # the 12 characters, normalised
    claimed: CodeText | None = None  # the whole QR line, when that is what was given


def normalise_code(value: str) -> str:
    """The 12 characters of a typed short code (dashes, spaces and case dropped; O → 0, I and L → 1).

    Raises ``check_code_malformed`` for anything else and ``check_code_typo`` when the check character does not
    match (a character read or typed wrong).
    """
    cleaned = re.sub(r"[\s\-\u2010-\u2015.]", "", value).upper().translate(_READ_AS)
    if len(cleaned) != CODE_CHARS or any(ch not in _VALUE for ch in cleaned):
        raise ValidationError("check_code_malformed", text=value.strip())
    if _check_char(cleaned[:HASH_CHARS]) != cleaned[HASH_CHARS]:
        raise ValidationError("check_code_typo", typed=grouped(cleaned))
    return cleaned


_LINE_LEAD = "ma kiem tra"  # the printed line: "… · mã kiểm tra K3F9-Q2MX-7ABA"


def parse(text: str) -> Typed:
    """Read what ``verify --code`` was given: the QR's line ("LDV1 QD 05/QD-UBND DX-2026-013 K3F9-Q2MX-7ABA", its
    fields also accepted between "|"), the printed line under the QR (the code after "mã kiểm tra"), or the short
    code alone."""
    value = (text or "").strip()
    if not value:
        raise ValidationError("check_code_malformed", text=value)
    fields = [f for f in re.split(r"[\s|]+", value) if f]
    if fields and re.fullmatch(r"LDV\d+", fields[0], flags=re.IGNORECASE):
        if fields[0].upper() != SCHEME:
            raise ValidationError("check_code_scheme", scheme=fields[0], known=SCHEME)
        if len(fields) != 5:
            raise ValidationError("check_code_malformed", text=value)
        code = normalise_code(fields[4])
        doc_type, number, reference = (qr_field(f) for f in fields[1:4])
        return Typed(code, CodeText(doc_type, number, reference, code))
    folded = fold(value)
    if _LINE_LEAD in folded:
        value = folded.rsplit(_LINE_LEAD, 1)[1]
    return Typed(normalise_code(value))
