"""Read the QR codes of a printed PDF back as a phone would: each page rendered to an image (poppler's pdftoppm),
then decoded by zbar (``zbarimg``). Both come with ``scripts/install.sh --test``."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

DPI = 150  # coarser than any office printer or phone camera gives: what reads here reads on paper


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: run scripts/install.sh --test (apt packages poppler-utils and zbar-tools)")
    return found


def page_codes(pdf: Path, *, dpi: int = DPI) -> list[list[str]]:
    """The QR texts found on each page of ``pdf``, in page order."""
    pdftoppm, zbarimg = _tool("pdftoppm"), _tool("zbarimg")
    with tempfile.TemporaryDirectory(prefix="qr-read-") as folder:
        subprocess.run([pdftoppm, "-r", str(dpi), "-png", str(pdf), f"{folder}/page"], check=True,
                       capture_output=True, timeout=120)
        images = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        codes = []
        for image in images:
            # --raw: the text alone; exit status 4 means "no symbol found" (a page without its QR: a failure).
            done = subprocess.run([zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
                                  capture_output=True, text=True, timeout=60)
            codes.append([line for line in done.stdout.splitlines() if line.strip()])
        return codes
