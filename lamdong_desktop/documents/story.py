"""The story of a printed document: ``model`` blocks turned into reportlab flowables.

``StoryBuilder`` holds the story steps of ``DocumentTemplate`` (header, title, body blocks, signatures and
"Nơi nhận"), each one overridable; the template supplies the fonts, the styles and the width of the text
area. The page decorations and the PDF output are in ``base``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    FrameBreak,
    KeepTogether,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from lamdong_desktop.documents.fonts import FontFamily
from lamdong_desktop.documents.formatting import date_line
from lamdong_desktop.documents.layout import (
    BODY_LEADING,
    FIRST_LINE_INDENT,
    HEADER_SIZE,
    KEEP_LINES,
    MOTTO,
    NATIONAL_NAME,
    NATIONAL_NAME_MIN_SIZE,
    PARAGRAPH_SPACE_AFTER,
    RECIPIENTS_TITLE,
    RULE_THICKNESS,
    TABLE_SIZE,
)
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
from lamdong_desktop.documents.signing import SignatureField, field_name, field_tooltip

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_STRING_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}


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
        for flowable in self.lead:
            _, used = flowable.wrapOn(self.canv, width, height)
            # The first one's space before counts too: below other text (not at the top) the frame keeps it.
            height -= used + flowable.getSpaceAfter() + flowable.getSpaceBefore()
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
    # What xml.sax.saxutils.escape does; importing that module loads urllib.request, http and ssl (20–30 ms).
    return value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


class StoryBuilder(ABC):
    """The story steps of ``DocumentTemplate``: ``build_story`` and the ``*_flowables`` it calls.

    Reads ``fonts`` and ``styles`` (set up by the template) and ``frame_width``, the width of the text area.
    """

    header_left_fraction = 0.38  # issuer column; the national name needs the other 62 % on one line
    closing_left_fraction = 0.45  # "Nơi nhận" column; the signature takes the rest
    fonts: FontFamily
    styles: dict[str, ParagraphStyle]

    @property
    @abstractmethod
    def frame_width(self) -> float:
        """The width of the text area the story is laid out in."""

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
        issuer_style, parent_style = self.styles["issuer"], self.styles["issuer_parent"]
        issuer_lines = [line.upper() for line in document.issuer]
        parent_lines = [line.upper() for line in document.issuer_parent]
        if any(stringWidth(line, issuer_style.fontName, issuer_style.fontSize) > left_w for line in issuer_lines):
            # ND 30: 12–13 pt; a long name ("ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO") keeps to its line at 12 pt.
            size = NATIONAL_NAME_MIN_SIZE
            issuer_style = ParagraphStyle("issuer_fit", parent=issuer_style, fontSize=size, leading=size * 1.15)
            parent_style = ParagraphStyle("issuer_parent_fit", parent=parent_style, fontSize=size,
                                          leading=size * 1.15)
        # ND 30 Phụ lục I: the parent body (cơ quan chủ quản) upright, the issuing body under it in bold.
        left: list[Flowable] = [self.paragraph(line, parent_style) for line in parent_lines]
        left.extend(self.paragraph(line, issuer_style) for line in issuer_lines)
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
        when: list[Flowable] | str = (
            [self.paragraph(date_line(document.place, document.date, year=document.draft_year), "date")]
            if document.dated else ""
        )
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
        """A ruled table whose header row repeats on every page it spans.

        A body or footer cell whose text fits its column on one line is drawn as a plain string in the same face,
        size and alignment: it looks the same as a one-line paragraph and costs a fraction of one (a score table
        is mostly such cells). Longer texts wrap as paragraphs.
        """
        total = sum(block.widths)
        widths = [self.frame_width * w / total for w in block.widths]
        default: Align = "left"
        aligns: Sequence[Align] = block.align or (default,) * len(block.header)
        size = block.font_size or self.styles["table"].fontSize
        sized: dict[str, object] = {"fontSize": size, "leading": size * 1.2}
        header_style = ParagraphStyle("table_header_sized", parent=self.styles["table_header"], **sized)
        cell_styles = [
            ParagraphStyle(f"cell_{a}", parent=self.styles["table"], alignment=_ALIGN[a], **sized) for a in aligns
        ]
        footer_styles = [
            ParagraphStyle(f"footer_{a}", parent=style, fontName=self.fonts.bold) for a, style in zip(
                aligns, cell_styles, strict=True)
        ]
        # A dense table (smaller type) keeps its cells' text away from the rules by less.
        pad = 4 if size >= TABLE_SIZE else 2.5
        room = [w - 2 * pad for w in widths]

        def cell(value: str, style: ParagraphStyle, column: int) -> Flowable | str:
            if stringWidth(value, style.fontName, size) <= room[column] and value == value.strip() and (
                    "\n" not in value):
                return value
            return self.paragraph(value, style)

        data: list[list[Flowable | str]] = [[self.paragraph(h, header_style) for h in block.header]]
        for row in block.rows:
            data.append([cell(value, cell_styles[i], i) for i, value in enumerate(row)])
        for row in block.footer:
            data.append([cell(value, footer_styles[i], i) for i, value in enumerate(row)])
        first_footer = 1 + len(block.rows)
        commands: list[tuple[object, ...]] = [
            # Table cells default to Helvetica, which would then be named (not embedded) on every page.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("FONTSIZE", (0, 1), (-1, -1), size),
            ("LEADING", (0, 1), (-1, -1), size * 1.2),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if block.footer:
            commands.append(("FONTNAME", (0, first_footer), (-1, -1), self.fonts.bold))
        for column, align in enumerate(aligns):
            commands.append(("ALIGN", (column, 1), (column, -1), _STRING_ALIGN[align]))
        table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
        table.setStyle(TableStyle(commands))
        # The caption, the header row and the first rows start on the same page.
        out: list[Flowable] = [CondPageBreak(KEEP_LINES * 2 * BODY_LEADING + 24)]
        if block.caption:
            out.append(self.paragraph(block.caption, "caption"))
        out.extend([table, Spacer(1, PARAGRAPH_SPACE_AFTER)])
        return out

    def signature_flowables(self, signature: Signature, field: str = "") -> list[Flowable]:
        """Authority prefix and title in capitals, room to sign (an empty signature field named ``field``), the name
        in bold; all centred."""
        out: list[Flowable] = [self.paragraph(line.upper(), "signature_title") for line in signature.authority_lines]
        out.append(self.paragraph(signature.title.upper(), "signature_title"))
        out.append(SignatureField(field or field_name(signature), field_tooltip(signature)))
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
        left = document.left_signature
        left_field = field_name(left) if left is not None else ""
        right_sig = self.signature_flowables(document.signature, field_name(document.signature, {left_field}))
        recipients = self.recipients_flowables(document.recipients)
        rows: list[list[list[Flowable] | str]]
        if left is not None:
            left_w = width / 2
            rows = [[self.signature_flowables(left, left_field), right_sig]]
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


def _keeps_with_next(block: Block) -> bool:
    return isinstance(block, Heading) or (isinstance(block, Paragraph) and block.keep_with_next)
