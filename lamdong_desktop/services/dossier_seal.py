"""The seal of a printed dossier file and the names it is read by (``dossier_pdf`` writes, ``dossier_verify`` reads).

As a signature's byte range: the file's information holds ``SEAL_KEY`` = 64 hex digits, the SHA-256 of the file's
bytes with those digits as zeros. Any change to any byte after printing, an incremental update a viewer appends
included, breaks it. Apart from ``dossier_pdf`` so that verifying a file does not load what printing needs (images,
the page engine of the list).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager

MANIFEST_NAME = "ho-so-de-xuat.json"  # the embedded list of documents
FORMAT, VERSION = "lamdong-dossier", 1
MARKER_KEY = "/LamdongDossier"  # in the information: this file is a dossier ("lamdong-dossier/1")
SEAL_KEY = "/LamdongDossierSeal"
SEAL_PREFIX = "sha256:"
SEAL_ZEROS = "0" * 64


def _seal_span(data: bytes) -> tuple[int, int] | None:
    """Where the seal's 64 hex digits are in ``data``: exactly one seal entry, or None."""
    marker = f"{SEAL_KEY} (".encode("ascii")
    first = data.find(marker)
    if first < 0 or data.find(marker, first + 1) >= 0:
        return None
    start = first + len(marker)
    return start, start + len(SEAL_ZEROS)


def seal_of(data: bytes) -> tuple[str, str] | None:
    """(the seal the file carries, the seal its bytes give), or None when it carries no single seal."""
    span = _seal_span(data)
    if span is None:
        return None
    start, end = span
    carried = data[start:end].decode("ascii", errors="replace")
    digest = hashlib.sha256()
    digest.update(data[:start])
    digest.update(SEAL_ZEROS.encode("ascii"))
    digest.update(data[end:])
    return SEAL_PREFIX + carried, SEAL_PREFIX + digest.hexdigest()


def seal_bytes(data: bytes) -> tuple[bytes, str]:
    """``data`` (written with the zeros) with its seal filled in, and the seal."""
    span = _seal_span(data)
    if span is None:
        raise RuntimeError("the dossier was written without its one seal entry")
    start, end = span
    seal = hashlib.sha256(data).hexdigest()  # the zeros are in place: this is the hash of the bytes so read
    return data[:start] + seal.encode("ascii") + data[end:], SEAL_PREFIX + seal


@contextmanager
def quiet() -> Iterator[None]:
    """pypdf warns in English about what a scanner's PDF does loosely: the dossier says what matters itself."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


__all__ = ["FORMAT", "MANIFEST_NAME", "MARKER_KEY", "SEAL_KEY", "SEAL_PREFIX", "SEAL_ZEROS", "VERSION", "quiet",
           "seal_bytes", "seal_of"]
