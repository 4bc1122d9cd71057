"""Rendering the proposal plan, against a bare reportlab document with the same text and font.

    python benchmarks/documents_bench.py [--repeat N]

The floor is a ``SimpleDocTemplate`` of plain paragraphs holding every text of the plan, each in the face the
plan prints it in (ND 30 asks for bold headings, an italic date line, a bold-italic "Nơi nhận"), so both embed
the same four faces; the ratio shows what the official layout (header table, styles, tables, signature block)
costs on top of reportlab itself: the median of per-pair ratios over ``repeat`` pairs run in one process,
floor and plan alternately, after one warm-up run of each. Nothing asserts.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import HEADER, ms, paired, row, timed  # noqa: E402

from lamdong_desktop.documents import layout, model  # noqa: E402
from lamdong_desktop.documents.fonts import register_fonts
from lamdong_desktop.documents.formatting import date_line
from lamdong_desktop.documents.proposal_plan import ProposalPlan, proposal_plan_document, render_proposal_plan
from lamdong_desktop.documents.samples import sample_proposal_plan


def three_page_plan() -> ProposalPlan:
    """The sample plan with only the first paragraph of its longer sections: three pages."""
    sample = sample_proposal_plan()
    fields = ("necessity", "bottleneck", "solution", "scope", "resources", "impact")
    return dataclasses.replace(sample, **{f: getattr(sample, f).split("\n\n")[0] for f in fields})


def _texts(document: model.Document) -> Iterator[tuple[str, str]]:
    """Every text the plan prints, in reading order, with the face it is printed in."""
    yield from ((line, "bold") for line in document.issuer)
    yield from ((layout.NATIONAL_NAME, "bold"), (layout.MOTTO, "bold"), (document.number_line, "regular"),
                (date_line(document.place, document.date), "italic"), (document.kind, "bold"))
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
            yield from ((cell, "bold") for cell in block.header)
            for row in block.rows:
                yield from ((cell, "regular") for cell in row)
    yield from ((document.signature.title, "bold"), (document.signature.name, "bold"),
                (layout.RECIPIENTS_TITLE, "bold_italic"))
    yield from ((line, "regular") for line in document.recipients)


def _bare(texts: list[tuple[str, str]], fonts) -> Callable[[], None]:
    styles = {
        face: ParagraphStyle(face, fontName=getattr(fonts, face), fontSize=layout.BODY_SIZE,
                             leading=layout.BODY_LEADING, alignment=TA_JUSTIFY)
        for face in ("regular", "bold", "italic", "bold_italic")
    }

    def run() -> None:
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm)
        doc.build([Paragraph(escape(text), styles[face]) for text, face in texts])

    return run


def bench_documents(repeat: int) -> None:
    """Print one line: the proposal plan against the bare reportlab floor, run in alternation."""
    fonts = register_fonts("bundled")
    plan = three_page_plan()
    pages = render_proposal_plan(plan, io.BytesIO(), font_source="bundled")
    texts = [(t, face) for t, face in _texts(proposal_plan_document(plan)) if t]
    bare = _bare(texts, fonts)
    pairs = paired(lambda: timed(bare),
                   lambda: timed(lambda: render_proposal_plan(plan, io.BytesIO(), font_source="bundled")), repeat)
    row(f"render proposal plan ({pages} pages)", ms(pairs.value), ms(pairs.floor), pairs.ratio, "≤ 1.5×",
        pairs.ratio <= 1.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(HEADER)
    bench_documents(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
