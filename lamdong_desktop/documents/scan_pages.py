"""Pages for the files a dossier holds that are not PDFs of their own: a scanned image, or a file it cannot show.

``image_pages`` places each image (each frame of a multi-page TIFF) on an A4 page, scaled to fit inside a small
margin with its proportions kept, centred; a JPEG is embedded as it is (no second compression, its bytes unchanged).
``notice_page`` is the page that stands for a file that cannot be shown (a spreadsheet, a PDF that cannot be
read): its name, its kind and its SHA-256, so that the list of documents still accounts for every file.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageSequence, UnidentifiedImageError
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lamdong_desktop.documents.fonts import FontFamily
from lamdong_desktop.documents.layout import BODY_LEADING, BODY_SIZE, MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM

SCAN_MARGIN = 10 * mm
MAX_FRAMES = 500  # a TIFF claiming more frames is not a scan of paper


class ImageUnreadable(ValueError):
    """The file is no image this program can place on a page."""


def image_pages(data: bytes) -> tuple[bytes, int]:
    """A PDF with each image of ``data`` on an A4 page, and its page count.

    Written directly (as a scanner's PDF is): reportlab would ASCII85-encode every image in pure Python, a second or
    more for one page scanned at 300 dpi. A JPEG goes in as its own bytes (DCTDecode); any other image as its pixels,
    deflated.
    """
    try:
        image = Image.open(io.BytesIO(data))
        if image.format == "JPEG":
            if image.mode not in _JPEG_SPACES:
                raise ImageUnreadable(f"JPEG in {image.mode}")
            images = [_XImage(image.width, image.height, _JPEG_SPACES[image.mode], "/DCTDecode", data,
                              b" /Decode [1 0 1 0 1 0 1 0]" if image.mode == "CMYK" else b"")]
        else:
            images = []
            for frame in ImageSequence.Iterator(image):
                if len(images) >= MAX_FRAMES:
                    break
                shown = frame if frame.mode in ("RGB", "L") else frame.convert("L" if frame.mode == "1" else "RGB")
                space = "/DeviceRGB" if shown.mode == "RGB" else "/DeviceGray"
                images.append(_XImage(shown.width, shown.height, space, "/FlateDecode",
                                      zlib.compress(shown.tobytes(), 6)))
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageUnreadable(str(exc)) from exc
    if not images:
        raise ImageUnreadable("no image")
    return _pdf(images), len(images)


_JPEG_SPACES = {"RGB": "/DeviceRGB", "L": "/DeviceGray", "CMYK": "/DeviceCMYK"}


@dataclass(frozen=True)
class _XImage:
    width: int
    height: int
    space: str
    encoding: str
    data: bytes
    extra: bytes = b""


def _pdf(images: Sequence[_XImage]) -> bytes:
    """A PDF of one A4 page per image, each scaled to fit inside ``SCAN_MARGIN`` and centred."""
    page_w, page_h = A4
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for image in images:
        scale = min((page_w - 2 * SCAN_MARGIN) / image.width, (page_h - 2 * SCAN_MARGIN) / image.height)
        w, h = image.width * scale, image.height * scale
        content = b"q %.3f 0 0 %.3f %.3f %.3f cm /Im0 Do Q" % (w, h, (page_w - w) / 2, (page_h - h) / 2)
        first = len(objects) + 1  # this page's object number; its image and content follow it
        kids.append(b"%d 0 R" % first)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R "
                       b">> >> /Contents %d 0 R >>" % (page_w, page_h, first + 1, first + 2))
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
                       b"/Filter %s%s /Length %d >>\nstream\n" % (
                           image.width, image.height, image.space.encode(), image.encoding.encode(), image.extra,
                           len(image.data)) + image.data + b"\nendstream")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def notice_page(lines: Sequence[str], fonts: FontFamily) -> bytes:
    """One A4 page with ``lines`` (the first one bold), wrapped to the text width of the documents."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from lamdong_desktop.documents.story import text

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, pageCompression=1, initialFontName=fonts.regular,
                    initialFontSize=BODY_SIZE)
    width = A4[0] - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * mm
    y = A4[1] - MARGIN_TOP_MM * mm
    for number, line in enumerate(lines):
        style = ParagraphStyle(f"notice{number}", fontName=fonts.bold if number == 0 else fonts.regular,
                               fontSize=BODY_SIZE, leading=BODY_LEADING, spaceAfter=6)
        paragraph = Paragraph(text(line), style)
        _w, h = paragraph.wrap(width, y)
        y -= h
        paragraph.drawOn(canvas, MARGIN_LEFT_MM * mm, y)
        y -= style.spaceAfter
    canvas.showPage()
    canvas.save()
    return out.getvalue()
