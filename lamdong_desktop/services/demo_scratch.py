"""The files the demo attaches (the village minutes, the scans of signed papers, the evidence): written one at a time
into one scratch folder for the whole build, each attached through the services from there and removed at once.

A folder per file cost a directory made and removed around every one of them, more than the file itself.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


class Scratch:
    """One temporary folder, made at the first file and removed by ``close`` (with anything still in it)."""

    def __init__(self) -> None:
        self._folder: Path | None = None

    def attach(self, name: str, data: bytes, attach: Callable[[Path], object]) -> None:
        """Write ``data`` as the file ``name``, hand its path to ``attach``, then remove it."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="lamdong-demo-"))
        path = self._folder / name
        path.write_bytes(data)
        try:
            attach(path)
        finally:
            path.unlink(missing_ok=True)

    def scan(self, name: str, attach: Callable[[Path], object]) -> None:
        """Attach ``name``.pdf, a one-page stand-in for the scan of a signed paper (``scan_pdf``)."""
        self.attach(f"{name}.pdf", scan_pdf(len(name)), attach)

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def scan_pdf(seed: int) -> bytes:
    """An A4 page as a scanner sees a signed document, drawn without fonts (so in a fraction of a millisecond): grey
    bars for the lines of text, a scribble for the signature, a red ring for the seal. Deterministic in ``seed``."""
    ops = ["0.55 g"]
    for line in range(22):
        width = 260 + (seed * 37 + line * 53) % 180 if line % 6 else 425
        ops.append(f"85 {770 - 22 * line} {width} 5 re f")
    ops += ["0 0 0.45 RG 1.5 w 360 190 m 380 230 400 150 420 200 c 440 240 455 170 480 205 c S",
            "0.8 0.1 0.1 RG 4 w 470 200 m 470 228 447 250 420 250 c 393 250 370 228 370 200 c "
            "370 172 393 150 420 150 c 447 150 470 172 470 200 c S"]
    stream = "\n".join(ops).encode("ascii")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
