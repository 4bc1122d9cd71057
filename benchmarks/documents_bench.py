"""Rendering the proposal plan and the council minutes, each against a bare reportlab document of the same content.

    python benchmarks/documents_bench.py [--repeat N]

The floor is a ``SimpleDocTemplate`` of plain paragraphs holding every text of the document, each in the face
the document prints it in (ND 30 asks for bold headings, an italic date line, a bold-italic "Nơi nhận"), so both
embed the same four faces; the ratio shows what the official layout (header table, styles, tables, signature
block) costs on top of reportlab itself: the median of per-pair ratios over ``repeat`` pairs run in one process,
floor and document alternately, after one warm-up run of each. Nothing asserts.

The plan's floor prints its small indicator table as paragraphs. The minutes' 9 × 5 score table is most of their
third page, so their floor prints it as what it is at its barest: a reportlab ``Table`` of plain strings in the
same faces (header repeated, a grid), with none of the engine's wrapped cells, widths or keeping rules.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import HEADER, ms, paired, row, timed  # noqa: E402

from lamdong_desktop.documents import layout, model  # noqa: E402
from lamdong_desktop.documents.fonts import register_fonts
from lamdong_desktop.documents.formatting import date_line
from lamdong_desktop.documents.minutes import minutes_document, render_minutes
from lamdong_desktop.documents.minutes_model import Minutes
from lamdong_desktop.documents.minutes_samples import sample_council_minutes
from lamdong_desktop.documents.proposal_plan import ProposalPlan, proposal_plan_document, render_proposal_plan
from lamdong_desktop.documents.samples import sample_proposal_plan


def three_page_plan() -> ProposalPlan:
    """The sample plan with only the first paragraph of its longer sections: three pages."""
    sample = sample_proposal_plan()
    fields = ("necessity", "bottleneck", "solution", "scope", "resources", "impact")
    return dataclasses.replace(sample, **{f: getattr(sample, f).split("\n\n")[0] for f in fields})


def three_page_minutes() -> Minutes:
    """The sample council minutes with the first paragraph of the presentation and one opinion: three pages
    holding the whole 9 × 5 score table."""
    sample = sample_council_minutes()
    item = sample.agenda[0]
    short = dataclasses.replace(item, presentation=item.presentation.split("\n\n")[0], opinions=item.opinions[:1])
    return dataclasses.replace(sample, agenda=(short,), read_back=False)


Text = tuple[str, str]  # a text and the face it is printed in
Part = Text | model.Table


def _parts(document: model.Document, *, table_cells: bool = True) -> Iterator[Part]:
    """Everything the document prints, in reading order: texts with their faces; with ``table_cells`` False, each
    table as itself."""
    yield from ((line, "regular") for line in document.issuer_parent)
    yield from ((line, "bold") for line in document.issuer)
    yield from ((layout.NATIONAL_NAME, "bold"), (layout.MOTTO, "bold"), (document.number_line, "regular"))
    if document.dated:
        yield date_line(document.place, document.date), "italic"
    yield document.kind, "bold"
    yield from ((line, "bold") for line in document.summary)
    for block in document.body:
        if isinstance(block, model.Heading):
            yield block.text, "bold"
        elif isinstance(block, model.Paragraph):
            if block.lead:
                yield block.lead, "bold"
            yield block.text, "italic" if block.italic else "regular"
        elif isinstance(block, model.BulletList):
            yield from ((f"{block.marker} {item}", "regular") for item in block.items)
        elif isinstance(block, model.Table):
            yield block.caption, "italic"
            if not table_cells:
                yield block
                continue
            yield from ((cell, "bold") for cell in block.header)
            for row in block.rows:
                yield from ((cell, "regular") for cell in row)
            for row in block.footer:
                yield from ((cell, "bold") for cell in row)
    for signature in (document.left_signature, document.signature):
        if signature is not None:
            yield from ((line, "bold") for line in signature.authority_lines)
            yield from ((signature.title, "bold"), (signature.name, "bold"))
    yield layout.RECIPIENTS_TITLE, "bold_italic"
    yield from ((line, "regular") for line in document.recipients)


def _texts(document: model.Document) -> Iterator[Text]:
    """Every text the document prints, in reading order, with the face it is printed in."""
    for part in _parts(document):
        assert not isinstance(part, model.Table)
        yield part


def _bare(parts: list[Part], fonts) -> Callable[[], None]:
    styles = {
        face: ParagraphStyle(face, fontName=getattr(fonts, face), fontSize=layout.BODY_SIZE,
                             leading=layout.BODY_LEADING, alignment=TA_JUSTIFY)
        for face in ("regular", "bold", "italic", "bold_italic")
    }

    def flowable(part: Part) -> Flowable:
        if isinstance(part, model.Table):
            data = [list(part.header), *(list(row) for row in part.rows), *(list(row) for row in part.footer)]
            table = Table(data, repeatRows=1)
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
                ("FONTNAME", (0, len(data) - len(part.footer)), (-1, -1), fonts.bold),
                ("FONTSIZE", (0, 0), (-1, -1), part.font_size or layout.TABLE_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ]))
            return table
        text, face = part
        return Paragraph(escape(text), styles[face])

    def run() -> None:
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm)
        doc.build([flowable(part) for part in parts])

    return run


def _printed(parts: Iterator[Part]) -> list[Part]:
    return [p for p in parts if isinstance(p, model.Table) or p[0]]


def bench_documents(repeat: int) -> None:
    """Print two lines: the proposal plan and the council minutes, each against its bare reportlab floor, run in
    alternation."""
    fonts = register_fonts("bundled")
    plan = three_page_plan()
    pages = render_proposal_plan(plan, io.BytesIO(), font_source="bundled")
    bare = _bare(_printed(_texts(proposal_plan_document(plan))), fonts)
    pairs = paired(lambda: timed(bare),
                   lambda: timed(lambda: render_proposal_plan(plan, io.BytesIO(), font_source="bundled")), repeat)
    row(f"render proposal plan ({pages} pages)", ms(pairs.value), ms(pairs.floor), pairs.ratio, "≤ 1.5×",
        pairs.ratio <= 1.5)

    minutes = three_page_minutes()
    pages = render_minutes(minutes, io.BytesIO(), font_source="bundled")
    bare = _bare(_printed(_parts(minutes_document(minutes), table_cells=False)), fonts)
    pairs = paired(lambda: timed(bare),
                   lambda: timed(lambda: render_minutes(minutes, io.BytesIO(), font_source="bundled")), repeat)
    row(f"render council minutes ({pages} pages, 9 × 5 score table)", ms(pairs.value), ms(pairs.floor),
        pairs.ratio, "≤ 1.5×", pairs.ratio <= 1.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(HEADER)
    bench_documents(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
