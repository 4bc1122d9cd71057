"""The base template of every printed administrative document (ND 30/2020/NĐ-CP, Phụ lục I).

``DocumentTemplate`` turns a plain ``model.Document`` into a PDF in steps that a subclass may override, in the
spirit of pretix's invoice renderer: fonts, styles, page templates, then the story (header, title, body,
closing). One instance may render many documents: ``render`` keeps no state of its own between calls.
"""

from __future__ import annotations

import io
import os
import secrets
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from lamdong_desktop.documents.fonts import FontFamily, FontSource, register_fonts
from lamdong_desktop.documents.formatting import date_line, nfc_all
from lamdong_desktop.documents.model import (
    Align,
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Signature,
    Table,
)

# ND 30/2020 Phụ lục I, mục I.4: A4 portrait; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
MARGIN_LIMITS_MM = {"top": (20.0, 25.0), "bottom": (20.0, 25.0), "left": (30.0, 35.0), "right": (15.0, 20.0)}

# ND 30/2020 Phụ lục I: body 13–14 pt, first-line indent 1–1.27 cm, ≥ 6 pt between paragraphs, line
# spacing from single to 1.5 lines.
BODY_SIZE = 14.0
BODY_LEADING = 17.5  # 1.25 × the size: Word's single spacing for Times is about 1.15, 1.5 lines about 1.73
FIRST_LINE_INDENT = 1.27 * cm
PARAGRAPH_SPACE_AFTER = 6.0
HEADER_SIZE = 13.0  # issuer and national name: capitals, bold, 12–13 pt
NATIONAL_NAME_MIN_SIZE = 12.0
MOTTO_SIZE = 14.0  # "Độc lập - Tự do - Hạnh phúc": bold, 13–14 pt
NUMBER_SIZE = 13.0
DATE_SIZE = 14.0
TITLE_SIZE = 14.0
SIGNATURE_SIZE = 14.0
RECIPIENTS_TITLE_SIZE = 12.0  # "Nơi nhận:" bold italic 12 pt, the list 11 pt
RECIPIENTS_SIZE = 11.0
TABLE_SIZE = 13.0
PAGE_NUMBER_SIZE = 13.0
AUDIT_HEAD_SIZE = 7.0  # the audit-chain head in the bottom margin: small, out of the text's way
SIGNING_SPACE = 2.6 * cm  # room for the hand signature and the seal
RULE_THICKNESS = 0.6
KEEP_LINES = 2  # a table's caption and header row start on a page with room for this many lines under them
DRAFT_MARK = "DỰ THẢO"  # on every page of a text not yet submitted or issued
DRAFT_MARK_SIZE = 13.0

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_TITLE = "Nơi nhận:"

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}

Target = str | os.PathLike[str] | BinaryIO


class CentredRule(Flowable):
    """A short horizontal rule centred in the available width, with room ``above`` and ``below`` it.

    reportlab's HRFlowable is placed by its own width inside a table cell, so it would sit at the cell's left.
    """

    def __init__(self, width: float, *, above: float = 5.0, below: float = 0.0,
                 thickness: float = RULE_THICKNESS) -> None:
        super().__init__()
        self.rule_width = width
        self.above = above
        self.below = below
        self.thickness = thickness
        self._avail = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self._avail = availWidth
        return availWidth, self.above + self.thickness + self.below

    def draw(self) -> None:
        width = min(self.rule_width, self._avail)
        x = (self._avail - width) / 2
        y = self.below + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x, y, x + width, y)


class KeepWithNext(Spacer):
    """A page break unless the flowables in ``lead`` (headings, a note) and the start of ``following`` fit here.

    Placed in the story before ``lead``; draws nothing. "The start" is as much of ``following`` as reportlab
    would put on this page: a paragraph splits only where its orphan rule allows (two lines or more), so a
    heading is never left at a page foot with its text on the next page. Cheaper than reportlab's
    keepWithNext, which lays the whole following block out twice and moves it whole.
    """

    locChanger = 1

    def __init__(self, lead: Sequence[Flowable], following: Flowable) -> None:
        super().__init__(0, 0)
        self.lead = list(lead)
        self.following = following

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        if not self._fits(availWidth, availHeight):
            frame = self._doctemplateAttr("frame")
            if frame:
                frame.add_generated_content(FrameBreak)
        return 0, 0

    def _fits(self, width: float, height: float) -> bool:
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", False):
            return True  # a fresh page: breaking again would not help
        for index, flowable in enumerate(self.lead):
            _, used = flowable.wrapOn(self.canv, width, height)
            height -= used + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
        following = self.following
        height -= following.getSpaceBefore()
        if height <= 0:
            return False
        if isinstance(following, CondPageBreak):
            return height >= following.height
        _, needed = following.wrapOn(self.canv, width, height)
        return needed <= height or bool(following.splitOn(self.canv, width, height))

    def __repr__(self) -> str:
        return f"KeepWithNext({self.lead!r})"


def _heading_level(heading: Heading) -> int:
    return min(max(heading.level, 1), 3)


def text(value: str) -> str:
    """Plain text made safe for reportlab's paragraph markup (model texts never carry markup)."""
    return escape(value)


class DocumentTemplate:
    """Render a ``model.Document`` as an A4 PDF laid out per ND 30/2020/NĐ-CP.

    Override the steps to change one part: ``register_fonts``, ``build_styles``, ``page_templates``,
    ``draw_page`` and the story steps ``header_flowables``, ``title_flowables``, ``block_flowables`` and
    ``closing_flowables``.
    """

    page_size = A4
    margin_top = MARGIN_TOP_MM * mm
    margin_bottom = MARGIN_BOTTOM_MM * mm
    margin_left = MARGIN_LEFT_MM * mm
    margin_right = MARGIN_RIGHT_MM * mm
    header_left_fraction = 0.38  # issuer column; the national name needs the other 62 % on one line
    closing_left_fraction = 0.45  # "Nơi nhận" column; the signature takes the rest
    # Same model and creation time → same bytes (fixed document id), so a dossier can hash a re-rendered copy;
    # the creation date itself is the real one (``render(created=…)``), not reportlab's invariant 1/1/2000.
    invariant = True
    creator = "lamdong-desktop"

    def __init__(self, *, font_source: FontSource = "auto") -> None:
        self.fonts = self.register_fonts(font_source)
        self.styles = self.build_styles(self.fonts)

    # ----- fonts, styles, pages -------------------------------------------------------------------------------

    def register_fonts(self, font_source: FontSource) -> FontFamily:
        """Register the font family with reportlab (once per process) and return its face names."""
        return register_fonts(font_source)

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - self.margin_top - self.margin_bottom

    def build_styles(self, fonts: FontFamily) -> dict[str, ParagraphStyle]:
        """The paragraph styles of the document, by name."""
        body = ParagraphStyle(
            "body", fontName=fonts.regular, fontSize=BODY_SIZE, leading=BODY_LEADING, alignment=TA_JUSTIFY,
            firstLineIndent=FIRST_LINE_INDENT, spaceAfter=PARAGRAPH_SPACE_AFTER, textColor=colors.black,
            # reportlab may squeeze spaces by 5 % to fit a word; Word never does, and text that never exceeds
            # its measured width keeps the margin check of the tests exact.
            spaceShrinkage=0,
        )

        def like(name: str, parent: ParagraphStyle = body, **kw: object) -> ParagraphStyle:
            return ParagraphStyle(name, parent=parent, **kw)

        centred = like("centred", alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
        header = like("header", centred, fontName=fonts.bold, fontSize=HEADER_SIZE, leading=HEADER_SIZE * 1.15)
        return {
            "body": body,
            "heading1": like("heading1", fontName=fonts.bold, spaceBefore=6),
            "heading2": like("heading2", fontName=fonts.bold, spaceBefore=3),
            "heading3": like("heading3", fontName=fonts.bold_italic),
            "issuer": header,
            "national_name": header,
            "motto": like("motto", header, fontSize=MOTTO_SIZE, leading=MOTTO_SIZE * 1.15),
            "number": like("number", centred, fontSize=NUMBER_SIZE, leading=NUMBER_SIZE * 1.2),
            "date": like("date", centred, fontName=fonts.italic, fontSize=DATE_SIZE, leading=DATE_SIZE * 1.2),
            "title": like("title", centred, fontName=fonts.bold, fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.2),
            "summary": like("summary", centred, fontName=fonts.bold, fontSize=TITLE_SIZE,
                            leading=TITLE_SIZE * 1.2),
            "signature_title": like("signature_title", centred, fontName=fonts.bold, fontSize=SIGNATURE_SIZE,
                                    leading=SIGNATURE_SIZE * 1.2),
            "signature_name": like("signature_name", centred, fontName=fonts.bold, fontSize=SIGNATURE_SIZE,
                                   leading=SIGNATURE_SIZE * 1.2),
            "recipients_title": like("recipients_title", fontName=fonts.bold_italic, fontSize=RECIPIENTS_TITLE_SIZE,
                                     leading=RECIPIENTS_TITLE_SIZE * 1.2, alignment=TA_LEFT, firstLineIndent=0,
                                     spaceAfter=0),
            "recipients": like("recipients", fontSize=RECIPIENTS_SIZE, leading=RECIPIENTS_SIZE * 1.15,
                               alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0),
            "table": like("table", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2, alignment=TA_LEFT,
                          firstLineIndent=0, spaceAfter=0),
            "table_header": like("table_header", fontName=fonts.bold, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2,
                                 alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
            "caption": like("caption", centred, fontName=fonts.bold, spaceBefore=3, spaceAfter=4),
        }

    def frame(self) -> Frame:
        """The text area: the page less the ND 30 margins, with no inner padding."""
        return Frame(self.margin_left, self.margin_bottom, self.frame_width, self.frame_height,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")

    def page_templates(self) -> list[PageTemplate]:
        """A first page without a page number, then every later page with it."""
        first = PageTemplate(id="first", frames=[self.frame()], onPage=self.draw_page, pagesize=self.page_size,
                             autoNextPageTemplate="later")
        later = PageTemplate(id="later", frames=[self.frame()], onPage=self.draw_page, pagesize=self.page_size)
        return [first, later]

    def draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Page decorations: the page number, centred in the top margin, from page 2 on (ND 30 Phụ lục I);
        the "DỰ THẢO" mark on every page of a draft; on every page the audit head, if given, small in the
        bottom margin."""
        if getattr(doc, "draft", False):
            self.draw_draft_mark(canvas)
        self.draw_audit_head(canvas, getattr(doc, "audit_head", None))
        page = canvas.getPageNumber()
        if page < 2:
            return
        canvas.saveState()
        canvas.setFont(self.fonts.regular, PAGE_NUMBER_SIZE)
        # Baseline placed so the digits sit in the middle of the top margin.
        y = self.page_size[1] - self.margin_top / 2 - PAGE_NUMBER_SIZE * 0.33
        canvas.drawCentredString(self.margin_left + self.frame_width / 2, y, str(page))
        canvas.restoreState()

    def draw_draft_mark(self, canvas: Canvas) -> None:
        """ "DỰ THẢO" in bold capitals in a box at the right of the top margin, on every page of a draft."""
        canvas.saveState()
        canvas.setFont(self.fonts.bold, DRAFT_MARK_SIZE)
        width = stringWidth(DRAFT_MARK, self.fonts.bold, DRAFT_MARK_SIZE)
        right = self.page_size[0] - self.margin_right
        y = self.page_size[1] - self.margin_top / 2 - DRAFT_MARK_SIZE * 0.33
        canvas.drawRightString(right - 4, y, DRAFT_MARK)
        canvas.setLineWidth(RULE_THICKNESS)
        canvas.rect(right - width - 8, y - 4, width + 8, DRAFT_MARK_SIZE + 6)
        canvas.restoreState()

    def draw_audit_head(self, canvas: Canvas, audit_head: str | None) -> None:
        """The head of the audit chain when printed ("Nhật ký #1234 · 9f3a1c2b"), right-aligned at the foot of
        the page: a paper copy then anchors the chain outside the data file."""
        if not audit_head:
            return
        canvas.saveState()
        canvas.setFont(self.fonts.regular, AUDIT_HEAD_SIZE)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(self.page_size[0] - self.margin_right, self.margin_bottom / 2, audit_head)
        canvas.restoreState()

    # ----- story ----------------------------------------------------------------------------------------------

    def paragraph(self, value: str, style: str | ParagraphStyle) -> RLParagraph:
        """A paragraph of plain text in one of ``self.styles`` (or a given style)."""
        chosen = self.styles[style] if isinstance(style, str) else style
        return RLParagraph(text(value), chosen)

    def rule(self, width: float, *, above: float = 5.0, below: float = 0) -> CentredRule:
        """A horizontal rule of ``width`` points, centred in the space it is given (a frame or a table cell)."""
        return CentredRule(width, above=above, below=below)

    def build_story(self, document: Document) -> list[Flowable]:
        """Header, title and summary, body, then signature and "Nơi nhận" kept with the last body block.

        A run of headings (and notes marked ``keep_with_next``) starts on the page where the block after it starts.
        """
        story: list[Flowable] = [*self.header_flowables(document), *self.title_flowables(document)]
        body: list[Flowable] = []
        run: list[Flowable] = []
        for block in document.body:
            flowables = self.block_flowables(block)
            if _keeps_with_next(block):
                run.extend(flowables)
                continue
            if run and flowables:
                body.append(KeepWithNext(run, flowables[0]))
            body.extend(run)
            body.extend(flowables)
            run = []
        body.extend(run)
        closing = self.closing_flowables(document)
        # The signature never stands alone on a page: it keeps the end of the body with it.
        if body:
            keep = 2 if isinstance(body[-1], Spacer) and len(body) > 1 else 1  # a table ends with its spacer
            story.extend(body[:-keep])
            story.append(KeepTogether([*body[-keep:], *closing]))
        else:
            story.extend(closing)
        return story

    def header_flowables(self, document: Document) -> list[Flowable]:
        """The two-column header: issuer | national name and motto; then number | place and date."""
        width = self.frame_width
        left_w = width * self.header_left_fraction
        right_w = width - left_w
        issuer_style = self.styles["issuer"]
        issuer_lines = [line.upper() for line in document.issuer]
        left: list[Flowable] = [self.paragraph(line, issuer_style) for line in issuer_lines]
        if issuer_lines:
            # ND 30: a rule 1/3 to 1/2 as long as the line above it, centred.
            last = stringWidth(issuer_lines[-1], issuer_style.fontName, issuer_style.fontSize)
            left.append(self.rule(min(last, left_w) * 0.45))

        national = self.styles["national_name"]
        size = HEADER_SIZE
        if stringWidth(NATIONAL_NAME, national.fontName, size) > right_w:
            size = NATIONAL_NAME_MIN_SIZE
        national = ParagraphStyle("national_name_fit", parent=national, fontSize=size, leading=size * 1.15)
        motto = self.styles["motto"]
        right: list[Flowable] = [
            self.paragraph(NATIONAL_NAME, national),
            self.paragraph(MOTTO, motto),
            self.rule(min(stringWidth(MOTTO, motto.fontName, motto.fontSize), right_w)),
        ]
        # A document that takes no number from a register (a proposer's plan) leaves the cell empty.
        number: list[Flowable] | str = [self.paragraph(document.number_line, "number")] if document.number_line else ""
        when = [self.paragraph(date_line(document.place, document.date, year=document.draft_year), "date")]
        table = RLTable([[left, right], [number, when]], colWidths=[left_w, right_w], hAlign="CENTER")
        table.setStyle(TableStyle([
            # Table cells default to Helvetica, which would then be named (not embedded) on every page.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 6),
        ]))
        return [table]

    def title_flowables(self, document: Document) -> list[Flowable]:
        """Kind of document in capitals, the summary lines in bold, a short rule under them."""
        out: list[Flowable] = [Spacer(1, 18), self.paragraph(document.kind.upper(), "title")]
        summary_style = self.styles["summary"]
        box = self.frame_width
        for line in document.summary:
            out.append(self.paragraph(line, summary_style))
        if document.summary:
            longest = max(stringWidth(line, summary_style.fontName, summary_style.fontSize)
                          for line in document.summary)
            out.append(self.rule(min(longest, box) * 0.4))
        out.append(Spacer(1, 14))
        return out

    def block_flowables(self, block: Block) -> list[Flowable]:
        """The flowables of one body block."""
        if isinstance(block, Heading):
            return [self.paragraph(block.text, f"heading{_heading_level(block)}")]
        if isinstance(block, Paragraph):
            return [self.body_paragraph(block)]
        if isinstance(block, BulletList):
            return [self.paragraph(f"{block.marker} {item}", "body") for item in block.items]
        if isinstance(block, Table):
            return self.table_flowables(block)
        raise TypeError(f"unknown block {type(block).__name__}")

    def body_paragraph(self, block: Paragraph) -> RLParagraph:
        style = self.styles["body"]
        if block.italic or not block.indent or block.align != "justify":
            style = ParagraphStyle(
                "body_variant", parent=style, fontName=self.fonts.italic if block.italic else style.fontName,
                firstLineIndent=FIRST_LINE_INDENT if block.indent else 0, alignment=_ALIGN[block.align],
            )
        markup = text(block.text)
        if block.lead:
            markup = f"<b>{text(block.lead)}</b> {markup}" if block.text else f"<b>{text(block.lead)}</b>"
        return RLParagraph(markup, style)

    def table_flowables(self, block: Table) -> list[Flowable]:
        """A ruled table whose header row repeats on every page it spans."""
        total = sum(block.widths)
        widths = [self.frame_width * w / total for w in block.widths]
        default: Align = "left"
        aligns: Sequence[Align] = block.align or (default,) * len(block.header)
        cell_styles = [
            ParagraphStyle(f"cell_{a}", parent=self.styles["table"], alignment=_ALIGN[a]) for a in aligns
        ]
        data: list[list[Flowable]] = [[self.paragraph(h, "table_header") for h in block.header]]
        for row in block.rows:
            data.append([self.paragraph(value, cell_styles[i]) for i, value in enumerate(row)])
        table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
        table.setStyle(TableStyle([
            # Table cells default to Helvetica, which would then be named (not embedded) on every page.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        # The caption, the header row and the first rows start on the same page.
        out: list[Flowable] = [CondPageBreak(KEEP_LINES * 2 * BODY_LEADING + 24)]
        if block.caption:
            out.append(self.paragraph(block.caption, "caption"))
        out.extend([table, Spacer(1, PARAGRAPH_SPACE_AFTER)])
        return out

    def signature_flowables(self, signature: Signature) -> list[Flowable]:
        """Authority prefix and title in capitals, room to sign, the name in bold; all centred."""
        out: list[Flowable] = []
        if signature.authority:
            out.append(self.paragraph(signature.authority.upper(), "signature_title"))
        out.append(self.paragraph(signature.title.upper(), "signature_title"))
        out.append(Spacer(1, SIGNING_SPACE))
        out.append(self.paragraph(signature.name, "signature_name"))
        return out

    def recipients_flowables(self, recipients: Sequence[str]) -> list[Flowable]:
        """ "Nơi nhận:" in bold italic 12 pt, then one line per recipient in 11 pt."""
        if not recipients:
            return []
        return [self.paragraph(RECIPIENTS_TITLE, "recipients_title"),
                *(self.paragraph(line, "recipients") for line in recipients)]

    def closing_flowables(self, document: Document) -> list[Flowable]:
        """Signatures and "Nơi nhận" in one table: recipients left, signer right (ND 30 Phụ lục I).

        With a left signature (minutes: the secretary left, the chair right) the two signatures share the first
        row and the recipients go under them on the left.
        """
        width = self.frame_width
        left_w = width * self.closing_left_fraction
        right_sig = self.signature_flowables(document.signature)
        recipients = self.recipients_flowables(document.recipients)
        rows: list[list[list[Flowable] | str]]
        if document.left_signature is not None:
            left_w = width / 2
            rows = [[self.signature_flowables(document.left_signature), right_sig]]
            if recipients:
                rows.append([recipients, ""])
        else:
            rows = [[recipients or "", right_sig]]
        table = RLTable(rows, colWidths=[left_w, width - left_w], hAlign="CENTER")
        table.setStyle(TableStyle([
            # Table cells default to Helvetica, which would then be named (not embedded) on every page.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, -1), 12),
        ]))
        return [Spacer(1, 10), table]

    # ----- output ---------------------------------------------------------------------------------------------

    def doc_template(self, buffer: BinaryIO, document: Document, *, created: datetime | None = None,
                     audit_head: str | None = None) -> BaseDocTemplate:
        """The reportlab document with page templates and PDF metadata (creation date ``created``, default now;
        the audit head in the keywords)."""
        title = " ".join([document.kind.upper(), *document.summary])
        doc = _PdfDocument(
            buffer, created=created or datetime.now().astimezone(), draft=document.draft,
            pagesize=self.page_size, leftMargin=self.margin_left, rightMargin=self.margin_right,
            topMargin=self.margin_top, bottomMargin=self.margin_bottom, title=title,
            author=document.signature.name, subject=" ".join(document.issuer), creator=self.creator,
            keywords=audit_head or "",
            invariant=int(self.invariant), lang="vi",
            # Without this every page would name Helvetica (reportlab's initial font), a font not embedded.
            initialFontName=self.fonts.regular, initialFontSize=BODY_SIZE,
        )
        doc.audit_head = audit_head  # read by draw_page; kept on this render's document, not on the template
        doc.addPageTemplates(self.page_templates())
        return doc

    def render(self, document: Document, target: Target, *, created: datetime | None = None,
               audit_head: str | None = None) -> int:
        """Write ``document`` as a PDF to ``target`` (a path or a binary file object) and return its page count.

        Every string is normalised to NFC first. A path is written atomically: a failed render leaves any
        existing file untouched. ``created`` is the PDF's creation date (default: now). ``audit_head``
        ("Nhật ký #1234 · 9f3a1c2b"), when given, is printed small at the foot of every page and set as the
        PDF's keywords.
        """
        document = nfc_all(document)
        audit_head = unicodedata.normalize("NFC", audit_head) if audit_head else None
        buffer = io.BytesIO()
        doc = self.doc_template(buffer, document, created=created, audit_head=audit_head)
        doc.build(self.build_story(document))
        data = buffer.getvalue()
        if isinstance(target, str | os.PathLike):
            _write_atomically(Path(target), data)
        else:
            target.write(data)
        return int(doc.page)


def _keeps_with_next(block: Block) -> bool:
    return isinstance(block, Heading) or (isinstance(block, Paragraph) and block.keep_with_next)


def _pdf_date(when: datetime) -> str:
    """A PDF date string, "D:20260105083000+07'00'" (PDF 1.7 §7.9.4)."""
    offset = when.utcoffset()
    if offset is None:
        return when.strftime("D:%Y%m%d%H%M%S")
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return when.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


class _PdfDocument(BaseDocTemplate):
    """reportlab's document with the real creation date and the document's draft flag for the page decorations.

    Invariant mode keeps the document id stable; the date formatter (a public canvas hook) then prints
    ``created`` instead of reportlab's fixed invariant date.
    """

    def __init__(self, buffer: BinaryIO, *, created: datetime, draft: bool, **kw: object) -> None:
        super().__init__(buffer, **kw)
        self.created = created
        self.draft = draft

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab API)
        stamp = _pdf_date(self.created)
        self.canv.setDateFormatter(lambda *_parts: stamp)


def _write_atomically(path: Path, data: bytes) -> None:
    # open(..., "xb") rather than mkstemp: the file gets the user's usual permissions (mkstemp makes it 0600).
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def render(document: Document, target: Target, *, font_source: FontSource = "auto",
           created: datetime | None = None, audit_head: str | None = None) -> int:
    """Render a generic ``Document`` with the base template; see ``DocumentTemplate.render``."""
    return DocumentTemplate(font_source=font_source).render(document, target, created=created,
                                                            audit_head=audit_head)
