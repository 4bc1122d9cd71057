"""The ND 30/2020 layout checks every printed form must pass (Phụ lục I): page, margins, type, header,
page numbers, signature block and "Nơi nhận", headings kept with their text. Used by ``test_layout`` for every
form and by the form tests for their own variants."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from lamdong_desktop.documents import layout
from lamdong_desktop.documents.check import check_of
from lamdong_desktop.documents.formatting import date_line, nfc_all
from lamdong_desktop.documents.model import Document, Heading
from lamdong_desktop.documents.qr import matrix as qr_matrix
from tests.documents.pdftext import Run, flat, runs

PAGE_W, PAGE_H = 595.27, 841.89
LEFT, RIGHT = layout.MARGIN_LEFT_MM * mm, PAGE_W - layout.MARGIN_RIGHT_MM * mm
BOTTOM, TOP = layout.MARGIN_BOTTOM_MM * mm, PAGE_H - layout.MARGIN_TOP_MM * mm
CENTRE = (LEFT + RIGHT) / 2
REGULAR, BOLD = "LiberationSerif", "LiberationSerif-Bold"
ITALIC, BOLD_ITALIC = "LiberationSerif-Italic", "LiberationSerif-BoldItalic"
# Sizes the regular face may take: body 14, number line and tables 13, dense tables and a parent body 12,
# "Nơi nhận" 11, the audit head 7.
REGULAR_SIZES = {14.0, 13.0, 12.0, 11.0, 7.0}


def page_runs(path: Path) -> list[list[Run]]:
    return [runs(page) for page in PdfReader(path).pages]


def by_text(page: list[Run]) -> dict[str, Run]:
    """The runs of a page by their text (white space collapsed); the first one wins."""
    found: dict[str, Run] = {}
    for run in page:
        found.setdefault(flat(run.text), run)
    return found


def check_a4(path: Path, pages: int) -> None:
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 1
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(PAGE_W, abs=1)
        assert float(page.mediabox.height) == pytest.approx(PAGE_H, abs=1)


def check_within_margins(pages: list[list[Run]]) -> None:
    """All text inside the ND 30 margins, the page number and the draft mark aside; the text reaches the left."""
    for number, page in enumerate(pages, start=1):
        body = [r for r in page if r.y <= TOP and r.size > layout.AUDIT_HEAD_SIZE]
        assert body, number
        for run in body:
            assert run.x >= LEFT - 0.5, (number, run)
            assert run.x + run.width <= RIGHT + 0.5, (number, run)
            assert run.y >= BOTTOM - 0.5, (number, run)
            assert run.y + run.size * 0.75 <= TOP + 0.5, (number, run)
        assert min(r.x for r in body) == pytest.approx(LEFT, abs=0.5), number


def check_top_margin(pages: list[list[Run]], *, draft: bool) -> None:
    """Page numbers centred in the top margin from page 2; "DỰ THẢO" there on every page of a draft, nowhere else."""
    for number, page in enumerate(pages, start=1):
        marks = [r for r in page if r.y > TOP]
        texts = sorted(flat(r.text) for r in marks)
        expected = sorted(([str(number)] if number > 1 else []) + ([layout.DRAFT_MARK] if draft else []))
        assert texts == expected, number
        for mark in marks:
            assert mark.y + mark.size * 0.75 < PAGE_H
            if flat(mark.text) == str(number):
                assert mark.x + mark.width / 2 == pytest.approx(CENTRE, abs=1)
            else:
                assert mark.face == BOLD and mark.x > CENTRE
        assert not any(flat(r.text) == layout.DRAFT_MARK for r in page if r.y <= TOP)


def check_type(pages: list[list[Run]]) -> None:
    """Body text 14 pt upright (most of the upright text), first lines indented 1.27 cm; no face but the four."""
    regular = [r for page in pages for r in page if r.face == REGULAR and r.y <= TOP]
    sizes: Counter[float] = Counter()
    for run in regular:
        sizes[run.size] += len(run.text.strip())  # by characters: a table cell is a run, so is a line of text
    assert set(sizes) <= REGULAR_SIZES, sizes
    assert sizes.most_common(1)[0][0] == layout.BODY_SIZE
    body = [r for r in regular if r.size == layout.BODY_SIZE]
    assert any(r.x == pytest.approx(LEFT + layout.FIRST_LINE_INDENT, abs=0.5) for r in body)
    assert {r.face for page in pages for r in page} <= {REGULAR, BOLD, ITALIC, BOLD_ITALIC}


def check_fonts_embedded(path: Path) -> None:
    faces = set()
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            faces.add(str(font["/BaseFont"]).split("+")[-1])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()  # embedded TrueType
    assert {REGULAR, BOLD, BOLD_ITALIC} <= faces <= {REGULAR, BOLD, ITALIC, BOLD_ITALIC}


def check_header(first: list[Run], document: Document) -> None:
    """Issuer | national name and motto side by side; number | place and date; the title centred under them."""
    found = by_text(first)
    issuer = [found[line.upper()] for line in document.issuer]
    parent = [found[line.upper()] for line in document.issuer_parent]
    nation, motto = found[layout.NATIONAL_NAME], found[layout.MOTTO]
    for run in issuer:
        assert run.face == BOLD and run.size in (12, 13), run
    for run in parent:
        assert run.face == REGULAR and run.size in (12, 13), run
    assert nation.face == BOLD and nation.size in (12, 13)
    assert (motto.face, motto.size) == (BOLD, 14)
    top = (parent or issuer)[0]
    assert top.y == pytest.approx(nation.y, abs=1)  # side by side
    assert all(r.x + r.width < nation.x for r in (*parent, *issuer))
    ys = [r.y for r in (*parent, *issuer)]
    assert ys == sorted(ys, reverse=True)  # the parent body above the issuing body
    title = found[document.kind.upper()]
    assert title.face == BOLD and title.x + title.width / 2 == pytest.approx(CENTRE, abs=1)
    below = [motto.y]
    if document.number_line:
        number = found[flat(document.number_line)]
        assert (number.face, number.size) == (REGULAR, 13)
        assert number.x + number.width < nation.x
        below.append(number.y)
    if document.dated:
        when = found[flat(date_line(document.place, document.date, year=document.draft_year))]
        assert (when.face, when.size) == (ITALIC, 14)
        assert when.x > nation.x - 1
        if document.number_line:
            assert when.y == pytest.approx(below[-1], abs=1.5)  # same row
        below.append(when.y)
    else:
        # Mẫu 1.9: no place-and-date line beside the number
        assert not [r for r in first if r.face == ITALIC and r.y > title.y]
    assert title.y < min(below)
    summary = found[flat(document.summary[0])] if flat(document.summary[0]) in found else None
    if summary is not None:  # a summary of one line
        assert summary.face == BOLD and summary.x + summary.width / 2 == pytest.approx(CENTRE, abs=1)


def check_closing(pages: list[list[Run]], document: Document) -> None:
    """The signature block: authority lines and title in bold capitals over room to sign and the name in bold, on
    the right; the secretary's on the left of minutes; "Nơi nhận" bold italic 12 pt at the left margin."""
    last = by_text(pages[-1])
    signature = document.signature
    lines = [*(line.upper() for line in signature.authority_lines), signature.title.upper()]
    blocks = [last[line] for line in lines]
    name = last[signature.name]
    for run in (*blocks, name):
        assert run.face == BOLD, run
        assert run.x > CENTRE - 40, run  # the right-hand column
    ys = [r.y for r in blocks]
    assert ys == sorted(ys, reverse=True)
    assert blocks[-1].y - name.y > 60  # room to sign
    if document.left_signature is not None:
        left_title, left_name = last[document.left_signature.title.upper()], last[document.left_signature.name]
        right_title = blocks[-1]
        assert left_title.x + left_title.width < CENTRE < right_title.x
        assert left_title.y == pytest.approx(right_title.y, abs=0.5)
        assert left_name.x + left_name.width < CENTRE < name.x
        assert left_name.y == pytest.approx(name.y, abs=0.5)
    if document.recipients:
        title = last[layout.RECIPIENTS_TITLE]
        assert (title.face, title.size) == (BOLD_ITALIC, layout.RECIPIENTS_TITLE_SIZE)
        assert title.x == pytest.approx(LEFT, abs=0.5)
        assert last[flat(document.recipients[-1])].size == layout.RECIPIENTS_SIZE
        if document.left_signature is not None:
            assert title.y < name.y  # under the two signatures
        else:
            assert title.y == pytest.approx(blocks[0].y, abs=3)  # beside the signature, top aligned


def check_headings_keep_their_text(pages: list[list[Run]], document: Document) -> None:
    """Every heading of the body has text of its own section under it on the same page."""
    body = [[r for r in page if r.y <= TOP] for page in pages]
    for block in document.body:
        if not isinstance(block, Heading):
            continue
        where = [(n, r) for n, page in enumerate(body) for r in page if flat(r.text) == flat(block.text)]
        assert where, block.text
        number, run = where[0]
        assert [r for r in body[number] if r.y < run.y - 1], block.text  # something follows on its page


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points


Matrix = tuple[float, float, float, float]  # scale and shift: nothing on these pages rotates


def _symbol_rects(stream: Any, reader: PdfReader, resources: Any, ctm: Matrix,
                  found: dict[Matrix, list[Box]]) -> None:
    """The rectangles filled under a scaling to module units (the page's other rectangles are drawn in points, under
    no scaling), by the transformation they are drawn under; forms drawn (``Do``) are followed."""
    stack: list[Matrix] = []
    a, d, e, f = ctm
    xobjects: Any = resources.get("/XObject", {}) if resources else {}
    for ops, op in ContentStream(stream, reader).operations:
        if op == b"q":
            stack.append((a, d, e, f))
        elif op == b"Q":
            a, d, e, f = stack.pop()
        elif op == b"cm":
            ca, _, _, cd, ce, cf = (float(v) for v in ops)
            a, d, e, f = a * ca, d * cd, a * ce + e, d * cf + f
        elif op == b"re" and (a, d) != (1.0, 1.0):
            rx, ry, rw, rh = (float(v) for v in ops)
            found.setdefault((a, d, e, f), []).append((a * rx + e, d * ry + f, a * (rx + rw) + e, d * (ry + rh) + f))
        elif op == b"Do":
            form = xobjects[ops[0]].get_object()
            _symbol_rects(form, reader, form.get("/Resources"), (a, d, e, f), found)


def qr_boxes(path: Path) -> list[list[Box]]:
    """Per page, the box of each QR symbol drawn (each drawn in module units, under its own scaling)."""
    reader = PdfReader(path)
    boxes: list[list[Box]] = []
    for page in reader.pages:
        found: dict[Matrix, list[Box]] = {}
        _symbol_rects(page.get_contents(), reader, page["/Resources"], (1.0, 1.0, 0.0, 0.0), found)
        boxes.append([(min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects),
                       max(r[3] for r in rects)) for rects in found.values()])
    return boxes


def _run_box(run: Run) -> Box:
    return run.x, run.y - 0.25 * run.size, run.x + run.width, run.y + 0.8 * run.size


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_foot(path: Path, document: Document) -> None:
    """The check on every page: one QR symbol at the left of the bottom margin — inside the side margins, above the
    strip printers leave blank, its quiet zone (4 modules) clear of every text — and beside it the check line, in the
    bottom margin, clear of the other texts there (the audit head)."""
    check = check_of(nfc_all(document))
    modules = len(qr_matrix(check.qr))
    for number, (page, boxes) in enumerate(zip(page_runs(path), qr_boxes(path), strict=True), start=1):
        assert len(boxes) == 1, number
        x0, y0, x1, y1 = box = boxes[0]
        assert x1 - x0 == pytest.approx(layout.CHECK_QR_MM * mm, abs=0.5) == pytest.approx(y1 - y0, abs=0.5)
        quiet = 4 * (x1 - x0) / modules
        assert LEFT - 0.5 <= x0 and x1 <= RIGHT and 4 * mm <= y0 and y1 + quiet <= BOTTOM, (number, box)
        zone = (x0 - quiet, y0 - quiet, x1 + quiet, y1 + quiet)
        assert not [r for r in page if _overlap(_run_box(r), zone)], number
        lines = [r for r in page if flat(r.text) == check.line]
        assert len(lines) == 1, number
        line = lines[0]
        assert (line.face, line.size) == (REGULAR, layout.CHECK_LINE_SIZE)
        assert line.x > x1 + quiet and line.x + line.width <= RIGHT and line.y + line.size < BOTTOM
        assert y0 < line.y < y1  # beside the symbol
        others = [r for r in page if r is not line and r.y < BOTTOM]
        assert not [r for r in others if _overlap(_run_box(r), _run_box(line))], number


def check_all(path: Path, pages: int, document: Document) -> None:
    """Every check above on one printed document."""
    read = page_runs(path)
    check_a4(path, pages)
    check_within_margins(read)
    check_top_margin(read, draft=document.draft)
    check_type(read)
    check_fonts_embedded(path)
    check_header(read[0], document)
    check_closing(read, document)
    check_headings_keep_their_text(read, document)
    check_foot(path, document)
