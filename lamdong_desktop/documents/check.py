"""What a printed page says, as one canonical text, and the check code made from it (domain brief §6).

``canonical_text`` is every visible text of a ``model.Document`` in reading order, one unit a line, NFC, white
space collapsed, capitals where the page prints capitals — and nothing else: not the PDF's creation time, not
the audit chain's head in the foot, not the check line itself. So the same record always gives the same code,
and any change to what the page says gives another. ``check_of`` makes the ``Check`` the engine prints in the
foot of every page (``base.DocumentTemplate``) and the services record (``services.printed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamdong_desktop.domain import check_code
from lamdong_desktop.domain.text import nfc

from .formatting import date_line
from .layout import DRAFT_MARK, MOTTO, NATIONAL_NAME, RECIPIENTS_TITLE
from .model import BulletList, Chart, Document, Heading, Paragraph, Signature, Table

CHECK_WORDS = "mã kiểm tra"
DRAFT_WORDS = "Dự thảo"
_SEPARATOR = " · "
_CELL = " | "
_SYMBOL = re.compile(r"/([^\s/-]+)")  # "Số: 05/QĐ-UBND" → "QĐ"


def _line(value: str) -> str:
    return " ".join(value.split())


def _signature_lines(signature: Signature) -> list[str]:
    return [*(line.upper() for line in signature.authority_lines), signature.title.upper(), signature.name]


def canonical_lines(document: Document) -> list[str]:
    """The visible texts of ``document`` in reading order, empty ones left out (see the module's docstring)."""
    out: list[str] = [DRAFT_MARK] if document.draft else []
    out += [line.upper() for line in document.issuer_parent]
    out += [line.upper() for line in document.issuer]
    out += [NATIONAL_NAME, MOTTO, document.number_line]
    if document.dated:
        out.append(date_line(document.place, document.date, year=document.draft_year))
    out += [document.kind.upper(), *document.summary]
    for block in document.body:
        if isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Paragraph):
            out.append(f"{block.lead} {block.text}")
        elif isinstance(block, BulletList):
            out += [f"{block.marker} {item}" for item in block.items]
        elif isinstance(block, Table):
            out += [block.caption, _CELL.join(block.header)]
            out += [_CELL.join(row) for row in (*block.rows, *block.footer)]
        elif isinstance(block, Chart):
            out += [block.caption, *(f"{bar.label}{_CELL}{bar.shown}" for bar in block.bars), block.legend]
    if document.left_signature is not None:
        out += _signature_lines(document.left_signature)
    out += _signature_lines(document.signature)
    if document.recipients:
        out += [RECIPIENTS_TITLE, *document.recipients]
    out.append(document.reference)
    # NFC once, over the whole: the texts are NFC already when the document is given as rendered (``nfc_all``).
    return nfc("\n".join(_line(v) for v in out if v and not v.isspace())).split("\n")


def canonical_text(document: Document) -> str:
    """``canonical_lines`` joined by line ends: what the content hash is taken of."""
    return "\n".join(canonical_lines(document))


def doc_type(document: Document) -> str:
    """The type's abbreviation: from the number's symbol ("05/QĐ-UBND" → "QĐ"), else the kind's initials
    ("KẾ HOẠCH" → "KH")."""
    found = _SYMBOL.search(document.number_line)
    if found:
        return found.group(1)
    return "".join(word[0] for word in document.kind.upper().split())


def number_of(document: Document) -> str:
    """The printed number ("05/QĐ-UBND"), or "" when there is none yet (a draft) or never (a proposer's plan)."""
    text = _line(document.number_line)
    text = text.split(":", 1)[1].strip() if ":" in text else text
    return "" if document.draft or text.startswith("/") else text


@dataclass(frozen=True)
class Check:
    """The check of one document: its content hash, the QR's text and the line printed beside the QR."""

    digest: str  # SHA-256 of the canonical text, hex
    text: str  # the canonical text itself (kept with the record of a print: what the genuine page said)
    code: check_code.CodeText
    line: str  # "Quyết định số 05/QĐ-UBND · DX-2026-013 · mã kiểm tra K3F9-Q2MX-7ABA"

    @property
    def short(self) -> str:
        return self.code.code

    @property
    def qr(self) -> str:
        return self.code.qr


def check_of(document: Document) -> Check:
    """The check of ``document`` (give it as rendered: ``nfc_all`` changes nothing the page shows)."""
    text = canonical_text(document)
    digest = check_code.digest(text)
    short = check_code.short_code(digest)
    number = number_of(document)
    kind = _line(document.kind).capitalize()
    if document.draft:
        what = f"{DRAFT_WORDS} {kind.lower()}"
    else:
        what = f"{kind} số {number}" if number else kind
    parts = [what, _line(document.reference), f"{CHECK_WORDS} {check_code.grouped(short)}"]
    code = check_code.CodeText(
        doc_type=check_code.qr_field(doc_type(document)),
        number=check_code.DRAFT if document.draft else check_code.qr_field(number),
        reference=check_code.qr_field(document.reference), code=short)
    return Check(digest=digest, text=text, code=code, line=_SEPARATOR.join(p for p in parts if p))
