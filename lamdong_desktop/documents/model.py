"""Plain model of an administrative document (ND 30/2020/NĐ-CP, Phụ lục I): what the renderers print.

Frozen values, no database, no reportlab. Every text is plain text (no markup): the renderer escapes it,
normalises it to NFC and chooses the type face; a field only says what the text *is*.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class Heading:
    """A heading of the body. Level 1 "I. …" (bold), level 2 "1. …" (bold), level 3 "a) …" (bold italic)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: justified, first line indented. ``lead`` is printed in bold before the text.

    ``keep_with_next``: a short note under a heading (e.g. the legal source of a list of criteria) that must stay
    on the page of what follows it, as a heading does.
    """

    text: str
    lead: str = ""
    italic: bool = False
    indent: bool = True
    align: Align = "justify"
    keep_with_next: bool = False


@dataclass(frozen=True)
class BulletList:
    """Items each printed as an indented paragraph starting with ``marker`` ("-" or "+" in official style)."""

    items: tuple[str, ...]
    marker: str = "-"


@dataclass(frozen=True)
class Table:
    """A simple ruled table: a header row (bold, repeated on each page) and text rows.

    ``widths`` are fractions of the text width (they are rescaled if they do not sum to 1); ``align`` gives one
    alignment per column (default: all left). ``caption`` is printed above the table, bold and centred.
    ``footer`` rows follow the text rows in bold (totals, averages). ``font_size`` sets a smaller type for a dense
    table (ND 30 fixes none for tables); 0 keeps the documents' table size.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: tuple[Align, ...] = ()
    caption: str = ""
    footer: tuple[tuple[str, ...], ...] = ()
    font_size: float = 0

    def __post_init__(self) -> None:
        columns = len(self.header)
        if len(self.widths) != columns or any(len(row) != columns for row in (*self.rows, *self.footer)):
            raise ValueError("table header, widths and every row must have the same number of columns")
        if self.font_size < 0:
            raise ValueError("table font size must be positive (or 0 for the default)")
        if self.align and len(self.align) != columns:
            raise ValueError("table align must give one alignment per column")
        if any(w <= 0 for w in self.widths):
            raise ValueError("table column widths must be positive fractions")


@dataclass(frozen=True)
class Bar:
    """One bar of a ``Chart``: its length in the chart's unit, the value as printed beside it ("37,5%"), and the
    target it is held against (a mark across its row; None: none). ``met`` colours it: green when the target is met,
    red when not, grey when there is no verdict."""

    label: str
    value: float
    shown: str
    target: float | None = None
    met: bool | None = None


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart (``documents/charts`` draws it): a bold caption, one bar a row from 0 to ``maximum``,
    each bar's target as a dashed mark named in ``legend`` ("Vạch đứt: chỉ tiêu")."""

    caption: str
    bars: tuple[Bar, ...]
    maximum: float
    legend: str = ""

    def __post_init__(self) -> None:
        if self.maximum <= 0:
            raise ValueError("a chart's scale must end above 0")


Block = Heading | Paragraph | BulletList | Table | Chart


@dataclass(frozen=True)
class Signature:
    """A signature block: optional authority prefix ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's title
    ("CHỦ TỊCH"), room to sign, then the name. Prefix and title are printed in capitals.

    ``authority`` may be several lines, one above the other: ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") above
    "PHÓ CHỦ TỊCH".
    """

    title: str
    name: str
    authority: str | tuple[str, ...] = ""

    @property
    def authority_lines(self) -> tuple[str, ...]:
        """The authority prefix as lines, empty ones left out."""
        lines = (self.authority,) if isinstance(self.authority, str) else self.authority
        return tuple(line for line in lines if line.strip())


@dataclass(frozen=True)
class Document:
    """A generic administrative document.

    ``issuer``: lines of the issuing body, e.g. ("ỦY BAN NHÂN DÂN", "XÃ DI LINH"), printed in capitals, bold.
    ``issuer_parent``: the body it belongs to (cơ quan chủ quản), printed above it in capitals, not bold (ND 30
    Phụ lục I): "UBND XÃ DI LINH" above "HỘI ĐỒNG ĐÁNH GIÁ …".
    ``number_line``: e.g. "Số: 07/KH-UBND", or the blank form "Số:      /KH-UBND" for a draft (see
    ``formatting.number_line``); empty for a document that takes no number from a register (a proposer's plan).
    ``place`` is the issuing unit's own name ("Di Linh"). ``date`` None prints
    blanks for the day and month (and for the year unless ``draft_year`` is given).
    ``left_signature`` is for minutes: the secretary signs on the left, the chair (``signature``) on the right.
    ``recipients`` are the "Nơi nhận" lines, the last one like "- Lưu: VT, …".
    ``draft`` marks every page "DỰ THẢO": a text not yet submitted or issued.
    ``dated`` False leaves out the place-and-date line: minutes (Mẫu 1.9) carry the date in their time lines.
    ``reference`` names the record the document is about ("DX-2026-013"): printed in the check line at the foot of
    every page, beside the number and the content's check code (``check``).
    """

    issuer: tuple[str, ...]
    number_line: str
    place: str
    date: date | None
    kind: str
    summary: tuple[str, ...]
    body: tuple[Block, ...]
    signature: Signature
    left_signature: Signature | None = None
    recipients: tuple[str, ...] = ()
    draft_year: int | None = None
    draft: bool = False
    issuer_parent: tuple[str, ...] = ()
    dated: bool = True
    reference: str = ""
