"""Read a rendered PDF back: its text, and where each piece of text sits on the page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from lamdong_desktop.documents.layout import DRAFT_MARK


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: its baseline origin in points from the bottom left, font face and size."""

    text: str
    x: float
    y: float
    face: str  # the PostScript name without the subset prefix, e.g. "LiberationSerif-Bold"
    size: float

    @property
    def width(self) -> float:
        """Natural width of the longest line of the run (justified lines may be drawn a little wider)."""
        lines = [line for line in self.text.split("\n") if line.strip()] or [""]
        return max(stringWidth(line, self.face, self.size) for line in lines)


def runs(page: PageObject) -> list[Run]:
    """Every non-blank text run of ``page`` with its position in user space."""
    out: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font_dict: dict | None, font_size: float) -> None:
        if not text.strip():
            return
        # Text space to user space: the text matrix times the current transformation matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        base = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        face = base.lstrip("/").split("+")[-1]
        out.append(Run(text, x, y, face, float(font_size) * tm[3] * cm[3]))

    page.extract_text(visitor_text=visit)
    return out


def flat(value: str) -> str:
    """White space (line ends from wrapping, no-break spaces) collapsed to single spaces."""
    return " ".join(value.split())


# The check line at the foot of every page, the last text drawn on it (documents.base.draw_page_end).
CHECK_LINE = re.compile(r".* mã kiểm tra [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def check_lines(path: Path) -> list[str]:
    """The check line of each page, as extracted (the last line of the page)."""
    found = []
    for page in PdfReader(path).pages:
        lines = [line for line in page.extract_text().split("\n") if line.strip()]
        found.append(lines[-1].strip() if lines and CHECK_LINE.fullmatch(lines[-1].strip()) else "")
    return found


def document_text(path: Path) -> str:
    """The text of every page without what the top margin holds (page number, draft mark) and the check line at its
    foot, white space collapsed."""
    texts = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        lines = page.extract_text().split("\n")
        margin = {DRAFT_MARK} | ({str(number)} if number > 1 else set())
        while lines and lines[0].strip() in margin:
            margin.discard(lines.pop(0).strip())
        while lines and (not lines[-1].strip() or CHECK_LINE.fullmatch(lines[-1].strip())):
            lines.pop()
        texts.append("\n".join(lines))
    return flat(" ".join(texts))
