"""What a file holds, told by its bytes rather than its name: PDF, JPEG, PNG or TIFF.

The scan of a signed document (minutes, a decision) must be one of these (``SCAN_KINDS``); any other attachment
may be anything, but a name that claims one of these kinds ("….pdf") must hold it. A PDF gets a light structural
check of its end (ISO 32000-1 §7.5.5, file trailer): "%%EOF" in the last bytes, "startxref" before it, and the
offset it gives pointing at a cross-reference table ("xref") or stream ("n g obj"). That is what a file cut short
by an interrupted copy or download lacks, and what a text file renamed to .pdf never had; a full parse is the
viewer's job. Images are told by their signature bytes.

Pure: the caller reads the file (``read(offset, count)``); the errors carry codes only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from .errors import ValidationError

PDF, JPEG, PNG, TIFF = "pdf", "jpeg", "png", "tiff"
SCAN_KINDS = (PDF, JPEG, PNG, TIFF)
IMAGE_NAMES = {JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF"}
SUFFIXES: dict[str, tuple[str, ...]] = {
    PDF: (".pdf",),
    JPEG: (".jpg", ".jpeg", ".jpe", ".jfif"),
    PNG: (".png",),
    TIFF: (".tif", ".tiff"),
}
SCAN_SUFFIXES = tuple(suffix for kind in SCAN_KINDS for suffix in SUFFIXES[kind])
MEDIA_TYPES = {PDF: "application/pdf", JPEG: "image/jpeg", PNG: "image/png", TIFF: "image/tiff"}

HEAD_BYTES = 1024  # readers accept "%PDF-" anywhere in the first 1024 bytes (ISO 32000-1 annex H.3)
TAIL_BYTES = 2048  # "%%EOF" within the last bytes; some writers leave a little padding after it
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF), (b"MM\x00*", TIFF),  # little- and big-endian TIFF
    (b"II+\x00", TIFF), (b"MM\x00+", TIFF),  # BigTIFF
)
_STARTXREF = re.compile(rb"startxref\s+(\d{1,12})\s*%%EOF", re.DOTALL)
_XREF_AT = re.compile(rb"\s*(?:xref\b|\d{1,10}\s+\d{1,5}\s+obj\b)")
_OFFSET_SLACK = 16  # writers that miscount a line end or two: readers look around the offset too


def sniff(head: bytes) -> str:
    """The kind the first bytes of a file show (``HEAD_BYTES`` of them), or "" when none of ours."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return PDF if b"%PDF-" in head[:HEAD_BYTES] else ""


def kind_of_name(name: str) -> str:
    """The kind a file's name claims by its suffix ("Biên bản.PDF" → "pdf"), or "" for any other name."""
    suffix = PurePath(name).suffix.lower()
    return next((kind for kind, suffixes in SUFFIXES.items() if suffix in suffixes), "")


def pdf_problem(size: int, read: Callable[[int, int], bytes]) -> str | None:
    """None for a PDF whose end is whole; else "no_end" (no %%EOF: cut short), "no_xref" (no startxref before it)
    or "bad_xref" (its offset points at no cross-reference table)."""
    start = max(0, size - TAIL_BYTES)
    tail = read(start, size - start)
    if b"%%EOF" not in tail:
        return "no_end"
    found = list(_STARTXREF.finditer(tail))
    if not found:
        return "no_xref"
    offset = int(found[-1].group(1))
    header = read(0, HEAD_BYTES).find(b"%PDF-")
    # Offsets count from the file's start, or (for a file with bytes before its header) from "%PDF-".
    for base in dict.fromkeys((0, max(header, 0))):
        at = base + offset
        if not 0 <= at < size:
            continue
        if _XREF_AT.match(read(at, 64)):
            return None
        near = read(max(0, at - _OFFSET_SLACK), 2 * _OFFSET_SLACK + 32)
        if re.search(rb"(?:^|[\r\n])\s*(?:xref\b|\d{1,10}\s+\d{1,5}\s+obj\b)", near):
            return None
    return "bad_xref"


def check_kind(name: str, size: int, read: Callable[[int, int], bytes], *, scan: bool) -> str:
    """The kind of a file about to be kept as ``name`` ("" for none of ours, where that is allowed).

    ``scan``: the scan of a signed document, which must be a PDF or an image named by its kind. Any other file may
    be anything (a .docx, a spreadsheet), but one named .pdf must be a whole PDF. Raises ``file_kind_mismatch`` (a
    text file or a PNG named .pdf), ``scan_kind_refused`` (a scan that is no PDF or image), ``file_suffix_missing``
    (a scan named without its kind's suffix) or ``scan_pdf_damaged`` (a PDF cut short).
    """
    claimed, found = kind_of_name(name), sniff(read(0, HEAD_BYTES))
    suffix = PurePath(name).suffix.lower()
    if claimed and found != claimed and (scan or claimed == PDF):
        raise ValidationError("file_kind_mismatch", name=name, suffix=suffix, found=found, claimed=claimed)
    if scan and not found:
        raise ValidationError("scan_kind_refused", name=name, images=", ".join(IMAGE_NAMES.values()))
    if found == PDF and (scan or claimed == PDF):
        problem = pdf_problem(size, read)
        if problem is not None:
            raise ValidationError("pdf_damaged", name=name, problem=problem)
    if scan and not claimed:
        raise ValidationError("file_suffix_missing", name=name, found=found, suffix=SUFFIXES[found][0])
    return found
