"""The base template of every printed administrative document (ND 30/2020/NĐ-CP, Phụ lục I).

``DocumentTemplate`` turns a plain ``model.Document`` into a PDF in steps that a subclass may override, in the
spirit of pretix's invoice renderer: fonts, styles, page templates, then the story (header, title, body,
closing; in ``story``). One instance may render many documents: ``render`` keeps no state of its own between
calls. This module holds the pages and the output: page templates, page number, "DỰ THẢO" mark, audit head,
check of every page (QR and check line: ``check``), PDF metadata and the atomic write.
"""

from __future__ import annotations

import io
import os
import secrets
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from lamdong_desktop.documents import qr
from lamdong_desktop.documents.charts import chart_flowables
from lamdong_desktop.documents.check import Check, check_of
from lamdong_desktop.documents.fonts import FontFamily, FontSource, register_fonts
from lamdong_desktop.documents.formatting import nfc_all
from lamdong_desktop.documents.layout import (
    AUDIT_HEAD_SIZE,
    BODY_LEADING,
    BODY_SIZE,
    CHECK_LINE_GAP_MM,
    CHECK_LINE_SIZE,
    CHECK_QR_BOTTOM_MM,
    CHECK_QR_MM,
    DATE_SIZE,
    DRAFT_MARK,
    DRAFT_MARK_SIZE,
    FIRST_LINE_INDENT,
    HEADER_SIZE,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    MOTTO_SIZE,
    NUMBER_SIZE,
    PAGE_NUMBER_SIZE,
    PARAGRAPH_SPACE_AFTER,
    RECIPIENTS_SIZE,
    RECIPIENTS_TITLE_SIZE,
    RULE_THICKNESS,
    SIGNATURE_SIZE,
    TABLE_SIZE,
    TITLE_SIZE,
)
from lamdong_desktop.documents.model import Block, Chart, Document
from lamdong_desktop.documents.signing import content_digest, digest_of_check, with_digest
from lamdong_desktop.documents.story import StoryBuilder

Target = str | os.PathLike[str] | BinaryIO
_CHECK_FORM = "lamdongCheck"


class DocumentTemplate(StoryBuilder):
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
    # Same model and creation time → same bytes (fixed document id), so a dossier can hash a re-rendered copy;
    # the creation date itself is the real one (``render(created=…)``), not reportlab's invariant 1/1/2000.
    invariant = True
    creator = "lamdong-desktop"

    def __init__(self, *, font_source: FontSource = "auto") -> None:
        self.fonts = self.register_fonts(font_source)
        self.styles = self.build_styles(self.fonts)

    def block_flowables(self, block: Block) -> list[Flowable]:
        """The story's blocks, and the charts (``documents/charts``: reportlab graphics)."""
        if isinstance(block, Chart):
            return chart_flowables(block, self.fonts, self.frame_width)
        return super().block_flowables(block)

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
            "issuer_parent": like("issuer_parent", header, fontName=fonts.regular),
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
        first = PageTemplate(id="first", frames=[self.frame()], onPage=self.draw_page, onPageEnd=self.draw_page_end,
                             pagesize=self.page_size, autoNextPageTemplate="later")
        later = PageTemplate(id="later", frames=[self.frame()], onPage=self.draw_page, onPageEnd=self.draw_page_end,
                             pagesize=self.page_size)
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

    def draw_page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """After the page's text: the check of the document (QR and line) at the left of the bottom margin, drawn
        last so that the page's text reads in its order (the foot after the body)."""
        if isinstance(doc, _PdfDocument) and doc.check is not None:
            self.draw_check(canvas, doc)

    def draw_check(self, canvas: Canvas, doc: _PdfDocument) -> None:
        """The QR of the check and its line ("Quyết định số 05/QĐ-UBND · DX-2026-013 · mã kiểm tra K3F9-…") at
        the left of the bottom margin. The symbol is laid out once per document, as a form every page draws: its
        path is then in the file once, not once a page."""
        check = doc.check
        assert check is not None
        if not doc.check_drawn:
            modules = qr.matrix(check.qr)
            canvas.beginForm(_CHECK_FORM)
            canvas.setFillColor(colors.black)
            qr.draw(canvas, qr.path_code(modules), len(modules), x=self.margin_left, y=CHECK_QR_BOTTOM_MM * mm,
                    side=CHECK_QR_MM * mm)
            canvas.setFont(self.fonts.regular, CHECK_LINE_SIZE)
            canvas.drawString(self.margin_left + (CHECK_QR_MM + CHECK_LINE_GAP_MM) * mm, self.margin_bottom / 2,
                              check.line)
            canvas.endForm()
            doc.check_drawn = True
        canvas.doForm(_CHECK_FORM)

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

    # ----- output ---------------------------------------------------------------------------------------------

    def doc_template(self, buffer: BinaryIO, document: Document, *, created: datetime | None = None,
                     audit_head: str | None = None, check: Check | None = None) -> BaseDocTemplate:
        """The reportlab document with page templates and PDF metadata (creation date ``created``, default now;
        the audit head in the keywords); ``check`` is drawn at the foot of every page."""
        title = " ".join([document.kind.upper(), *document.summary])
        doc = _PdfDocument(
            buffer, created=created or datetime.now().astimezone(), draft=document.draft, check=check,
            digest=digest_of_check(check) if check is not None else content_digest(document),
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
        PDF's keywords. Every page carries the document's check (``check.check_of``): a QR and the line that
        says it, from what the document says — never from ``created`` or ``audit_head``.
        """
        document = nfc_all(document)
        audit_head = unicodedata.normalize("NFC", audit_head) if audit_head else None
        buffer = io.BytesIO()
        doc = self.doc_template(buffer, document, created=created, audit_head=audit_head, check=check_of(document))
        doc.build(self.build_story(document))
        data = buffer.getvalue()
        if isinstance(target, str | os.PathLike):
            _write_atomically(Path(target), data)
        else:
            target.write(data)
        return int(doc.page)


def _pdf_date(when: datetime) -> str:
    """A PDF date string, "D:20260105083000+07'00'" (PDF 1.7 §7.9.4)."""
    offset = when.utcoffset()
    if offset is None:
        return when.strftime("D:%Y%m%d%H%M%S")
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return when.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


class _PdfDocument(BaseDocTemplate):
    """reportlab's document with the real creation date, the document's draft flag for the page decorations and the
    digest of its content in the PDF's information (``signing.content_digest``).

    Invariant mode keeps the document id stable; the date formatter (a public canvas hook) then prints
    ``created`` instead of reportlab's fixed invariant date.
    """

    def __init__(self, buffer: BinaryIO, *, created: datetime, draft: bool, digest: str, check: Check | None,
                 **kw: object) -> None:
        super().__init__(buffer, **kw)
        self.created = created
        self.draft = draft
        self.digest = digest
        self.check = check
        self.check_drawn = False  # the QR's form is made on the first page, drawn by every page

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab API)
        stamp = _pdf_date(self.created)
        self.canv.setDateFormatter(lambda *_parts: stamp)
        self.canv._doc.info = with_digest(self.canv._doc.info, self.digest)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all; an ``OSError`` names ``path``, never the temporary file.

    The services write the user's files through ``storage.files.write_atomically`` (rendering into memory), which
    also tells each failure in Vietnamese; this is for a path handed to the document engine directly.
    """
    # open(..., "xb") rather than mkstemp: the file gets the user's usual permissions (mkstemp makes it 0600).
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:  # its folder is missing: nothing was left
        pass


def render(document: Document, target: Target, *, font_source: FontSource = "auto",
           created: datetime | None = None, audit_head: str | None = None) -> int:
    """Render a generic ``Document`` with the base template; see ``DocumentTemplate.render``."""
    return DocumentTemplate(font_source=font_source).render(document, target, created=created,
                                                            audit_head=audit_head)
