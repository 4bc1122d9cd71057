"""What a printed document offers a digital signature (chữ ký số): a named empty signature field in each signer's
block, and the digest of its content in the PDF's information.

ND 30/2020/NĐ-CP Phụ lục I puts the image of a digital signature between the signer's title and name, centred on
them: exactly the room the paper form leaves to sign by hand (``layout.SIGNING_SPACE``). Each signature block
therefore draws an empty signature field (``/FT /Sig``) over that room, named for the signer ("chu-tich",
"thu-ky"; its tooltip is the title and the name), so that a signing program fills the right one and nobody guesses
coordinates. The field has no appearance: the paper copy is unchanged.

``content_digest`` is a SHA-256 of the document's plain model (what it says, not how it was laid out): stored in
the PDF's information under ``CONTENT_DIGEST_KEY``, it lets the program recognise a signed copy of one of its
records later, whatever font or reportlab version printed it.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.platypus import Spacer

from lamdong_desktop.documents.check import Check, check_of
from lamdong_desktop.documents.formatting import nfc_all
from lamdong_desktop.documents.layout import SIGNING_SPACE
from lamdong_desktop.documents.model import Document, Signature
from lamdong_desktop.domain.text import fold

CONTENT_DIGEST_KEY = "LamdongContentDigest"  # an entry of the PDF's document information dictionary
DIGEST_PREFIX = "sha256:"
FIELD_WIDTH = 198.0  # 7 cm: about the width of a hand signature, centred in the signer's column
_PRINT_AND_LOCKED = 4 | 128  # annotation flags (ISO 32000-1, 12.5.3): printed, not movable by the viewer


def field_name(signature: Signature, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """The signature field's name: the signer's title without accents, "CHỦ TỊCH HỘI ĐỒNG" → "chu-tich-hoi-dong";
    a number added when another block of the same document already has that name."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(signature.title)).split()
    base = "-".join(words) or "chu-ky"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    return name


def field_tooltip(signature: Signature) -> str:
    """ "CHỦ TỊCH — Nguyễn Văn Hùng": what a viewer shows over the empty field, and how a signer's field is found
    from the name on the certificate."""
    return " — ".join(part for part in (signature.title.upper().strip(), signature.name.strip()) if part)


def tooltip_name(tooltip: str) -> str:
    """The signer's name from ``field_tooltip``'s text (empty when the block names nobody)."""
    _, sep, name = tooltip.partition(" — ")
    return name.strip() if sep else ""


class SignatureField(Spacer):
    """The room to sign in a signature block, carrying an empty signature field of ``FIELD_WIDTH`` centred on it.

    Laid out as the spacer it replaces (the whole width of its column, ``SIGNING_SPACE`` high); when drawn it adds
    a widget annotation to the page and the field to the document's form, in page coordinates.
    """

    def __init__(self, name: str, tooltip: str, height: float = SIGNING_SPACE) -> None:
        super().__init__(1, height)
        self.name = name
        self.tooltip = tooltip
        self._room = 1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self._room = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        width = min(FIELD_WIDTH, self._room)
        left = (self._room - width) / 2
        x0, y0 = canv.absolutePosition(left, 0)
        x1, y1 = canv.absolutePosition(left + width, self.height)
        widget = PDFDictionary({
            "Type": PDFName("Annot"), "Subtype": PDFName("Widget"), "FT": PDFName("Sig"),
            "T": PDFString(self.name), "TU": PDFString(self.tooltip), "F": _PRINT_AND_LOCKED,
            "Rect": PDFArray([round(v, 3) for v in (x0, y0, x1, y1)]), "P": canv._doc.thisPageRef(),
        })
        form = canv.acroForm  # reportlab's form dictionary in the catalog, made on first use
        canv._addAnnotation(widget)
        form.fields.append(form.getRef(widget))

    def __repr__(self) -> str:
        return f"SignatureField({self.name!r})"


def content_digest(document: Document) -> str:
    """ "sha256:…" of what the document says: the same SHA-256 of its canonical text (every visible text, in order,
    NFC) as its paper check (``check.check_of``), so one hash names the content for the QR and for a signature."""
    return digest_of_check(check_of(nfc_all(document)))


def digest_of_check(check: Check) -> str:
    """The content digest of a document whose check is already made (the renderer makes it once per document)."""
    return DIGEST_PREFIX + check.digest


class InfoWithDigest(PDFInfo):
    """reportlab's document information with the content digest added (reportlab writes a fixed set of keys)."""

    content_digest = ""  # ("digest" is reportlab's own method, feeding the document id)

    def format(self, document: Any) -> bytes:
        formatted: bytes = super().format(document)
        if not self.content_digest:
            return formatted
        # The parent dictionary ends with ">>": the digest goes in before it, as one more key.
        entry = PDFDictionary({CONTENT_DIGEST_KEY: PDFString(self.content_digest)}).format(document)
        inner = entry.strip()[2:-2]
        head, _, _ = formatted.rpartition(b">>")
        return head + inner + b">>"


def with_digest(info: PDFInfo, digest: str) -> InfoWithDigest:
    """A copy of reportlab's ``info`` (title, author… already set on it) that also writes ``digest``."""
    copy = InfoWithDigest()
    copy.__dict__.update(info.__dict__)
    copy.content_digest = digest
    return copy
