"""Real small files for tests that attach or hand in documents: a PDF made with reportlab (pypdf reads it back), a
PNG made by the book, and the broken ones a person may pick by mistake."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def pdf_bytes(text: str = "Bản đã ký", *, at_least: int = 0) -> bytes:
    """A one-page PDF whose page shows ``text`` (ASCII-folded by the base font; the bytes differ with ``text``).

    ``at_least``: padded (in the document's subject) to at least that many bytes, for tests of large files.
    """
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(text)
    if at_least:
        canvas.setSubject("x" * at_least)
    canvas.drawString(72, 770, text.encode("ascii", "replace").decode())
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def write_pdf(path: Path, text: str = "Bản đã ký", *, at_least: int = 0) -> Path:
    path.write_bytes(pdf_bytes(text, at_least=at_least))
    return path


def truncated_pdf(text: str = "Bản đã ký") -> bytes:
    """A real PDF cut short, as an interrupted copy leaves it: its start is right, its end (xref, %%EOF) missing."""
    whole = pdf_bytes(text)
    return whole[: len(whole) * 2 // 3]


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A small grey PNG (signature, IHDR, IDAT, IEND), as a scanner saves an image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))
