"""Reading a list of tasks from an .xlsx sheet: the header row, which column holds what, and the cells as values.

The first sheet is read with openpyxl in read-only mode (it streams the rows: a list of 10,000 rows is read in well
under a second). The header row is the first of the top rows where a title column and an assignee column are
recognised; headers are matched without accents, case or punctuation ("Trích yếu", "TRICH YEU", "Trích yếu:" are
one). ``guess_mapping`` proposes field → column; the caller (a preview window) may override any of it.

A file that is not an .xlsx (an old .xls, anything else), a password-protected one (Excel then writes an encrypted
OLE container, not a zip), an empty one or one without a recognisable header: a ``ValidationError`` naming the
file, in Vietnamese through ``messages``.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from lamdong_desktop.domain.calendar import MAX_WORKING_DAYS
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.text import fold, shown

# Field → the headers that name it, folded (``header_key``). The first two are required, with ``assigned_on`` and
# one of ``due`` / ``working_days``.
HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("trich yeu", "ten nhiem vu", "nhiem vu", "noi dung nhiem vu", "ten cong viec", "cong viec",
              "trich yeu nhiem vu", "trich yeu noi dung"),
    "lead": ("nguoi thuc hien", "nguoi duoc giao", "nguoi chu tri", "can bo thuc hien", "nguoi phu trach",
             "chu tri", "nguoi xu ly", "can bo xu ly"),
    "assigned_on": ("ngay giao", "ngay giao viec", "ngay giao nhiem vu", "ngay nhan"),
    "due": ("han xu ly", "han", "han hoan thanh", "thoi han", "han giai quyet", "ngay het han"),
    "working_days": ("so ngay lam viec", "so ngay", "thoi han ngay lam viec", "so ngay xu ly"),
    "urgency": ("muc do khan", "do khan", "muc do", "do khan van ban"),
    "source_number": ("so ky hieu van ban", "so ky hieu", "so van ban", "so hieu van ban", "van ban so"),
    "source_issuer": ("co quan ban hanh", "noi ban hanh", "don vi ban hanh", "co quan giao"),
    "source_date": ("ngay van ban", "ngay ban hanh", "ngay ky"),
    "co_assignees": ("nguoi phoi hop", "phoi hop", "can bo phoi hop"),
    "assigner": ("nguoi giao", "lanh dao giao", "nguoi giao viec", "lanh dao chi dao"),
    "details": ("noi dung", "noi dung chi tiet", "ghi chu", "mo ta"),
}
FIELDS = tuple(HEADERS)
REQUIRED = ("title", "lead", "assigned_on")
HEADER_ROWS = 10  # the header is looked for in the first rows (a title line or two may come before it)
MAX_ROWS = 50_000  # rows below the header (the lists have 10,000; a sheet of a million rows is refused)
MAX_UNPACKED = 64_000_000  # bytes of the workbook's parts once unpacked (10,000 rows take about 6 MB)
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE container: an .xls, or an .xlsx that Excel encrypted
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
Cell = object


# A note in brackets after a header that names the deadline says which kind it is: "Hạn xử lý (ngày)" counts days.
_DAY_COUNT_NOTES = frozenset({"ngay", "so ngay", "ngay lam viec", "so ngay lam viec", "ngay lv"})


def header_key(text: object) -> str:
    """A header as matched: folded, punctuation as spaces, no numbering, no note in brackets ("1. Trích yếu (*)",
    "Hạn xử lý (dd/mm/yyyy)" → "trich yeu", "han xu ly"); a deadline header whose note is a count of days
    ("Hạn xử lý (ngày)", "Thời hạn (ngày làm việc)") → "so ngay lam viec"."""
    folded = fold(str(text or ""))
    notes = [_words(n) for n in re.findall(r"[(\[]([^)\]]*)[)\]]", folded)]
    key = _words(re.sub(r"[(\[][^)\]]*[)\]]", " ", folded))
    if key in _DUE_HEADERS and any(n in _DAY_COUNT_NOTES for n in notes):
        return "so ngay lam viec"
    return key


def _words(text: str) -> str:
    return " ".join(w for w in re.sub(r"[^0-9a-z]+", " ", text).split() if not w.isdigit())


_DUE_HEADERS = frozenset(HEADERS["due"])
_KNOWN = {alias: field for field, aliases in HEADERS.items() for alias in aliases}


def field_of(text: object) -> str | None:
    return _KNOWN.get(header_key(text))


@dataclass(frozen=True)
class Sheet:
    """A sheet's header row (its number in Excel, counting from 1) and the rows below it, each with its number."""

    path: Path
    name: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]


def column_name(column: int) -> str:
    """A column (from 0) as Excel names it: A, B, … Z, AA …"""
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column + 1))


def guess_mapping(headers: tuple[str, ...]) -> dict[str, int]:
    """Field → column (0-based) of each recognised header. Two columns naming one field (two “Trích yếu”) are refused,
    naming both: which one holds the task is not for the program to guess."""
    found: dict[str, list[int]] = {}
    for column, text in enumerate(headers):
        field = field_of(text)
        if field is not None:
            found.setdefault(field, []).append(column)
    twice = {f: c for f, c in found.items() if len(c) > 1}
    if twice:
        from lamdong_desktop.messages.excel import IMPORT_FIELD_WORDS

        words = "; ".join(f"“{IMPORT_FIELD_WORDS[f]}”: " + " và ".join(
            f"cột {column_name(c)} (“{headers[c]}”)" for c in columns) for f, columns in twice.items())
        raise ValidationError("import_columns_twice", columns=words)
    return {f: c[0] for f, c in found.items()}


def check_mapping(sheet: Sheet, mapping: Mapping[str, int]) -> dict[str, int]:
    """A mapping the caller gave or changed: known fields, existing columns, and what a task needs."""
    for field, column in mapping.items():
        if field not in HEADERS:
            raise ValidationError("import_field_unknown", field=field)
        if not 0 <= column < len(sheet.headers):
            raise ValidationError("import_column_unknown", column=column + 1, count=len(sheet.headers))
    missing = [f for f in REQUIRED if f not in mapping]
    if "due" not in mapping and "working_days" not in mapping:
        missing.append("due")
    if missing:
        from lamdong_desktop.messages.excel import IMPORT_FIELD_WORDS

        words = [IMPORT_FIELD_WORDS[f] + (" (hoặc “Số ngày làm việc”)" if f == "due" else "") for f in missing]
        raise ValidationError("import_columns_missing", path=str(sheet.path), missing=", ".join(words))
    return dict(mapping)


def _names_stream(handle: BinaryIO) -> bool:
    """Whether the rest of an OLE container names the stream of an encrypted workbook (read by the MiB)."""
    tail = b""
    while chunk := handle.read(1 << 20):
        if _ENCRYPTED in tail + chunk:
            return True
        tail = chunk[-len(_ENCRYPTED):]
    return False


def _check_container(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
            if head == _CFB:  # the container's directory may come after the encrypted package: read it all
                raise ValidationError("import_encrypted" if _names_stream(handle) else "import_old_xls", path=str(path))
    except FileNotFoundError:
        raise ValidationError("import_file_missing", path=str(path)) from None
    except IsADirectoryError:
        raise ValidationError("import_not_xlsx", path=str(path)) from None
    if not zipfile.is_zipfile(path):
        raise ValidationError("import_not_xlsx", path=str(path))
    try:
        with zipfile.ZipFile(path) as archive:  # the sizes its directory declares: nothing is unpacked yet
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError("import_not_xlsx", path=str(path)) from exc
    if unpacked > MAX_UNPACKED:
        raise ValidationError("import_too_large", path=str(path), size=_mb(unpacked), limit=_mb(MAX_UNPACKED))


def _mb(size: int) -> str:
    """Megabytes the Vietnamese way: 1,2 (one decimal below 10), 1.074 (thousands with dots)."""
    return f"{size / 1e6:,.0f}".replace(",", ".") if size >= 10e6 else f"{size / 1e6:.1f}".replace(".", ",")


def _rows(path: Path) -> Iterator[tuple[str, Iterator[tuple[Cell, ...]], int | None]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise ValidationError("import_not_xlsx", path=str(path)) from exc
    try:
        for ws in book.worksheets:
            yield ws.title, ws.iter_rows(values_only=True), ws.max_row  # the dimension the sheet declares, or None
    finally:
        book.close()


def read_sheet(path: str | Path, header_row: int | None = None) -> Sheet:
    """The first sheet with a recognisable header (``HEADERS``) — or whose row ``header_row`` the caller names as
    the header — and the rows below it; blank rows are left out."""
    source = Path(path)
    _check_container(source)
    seen_data = False
    for name, rows, last in _rows(source):
        top: list[tuple[Cell, ...]] = []
        header_at = 0
        for number, values in enumerate(rows, start=1):
            if any(not _blank(v) for v in values):
                seen_data = True
            if number > (header_row or HEADER_ROWS):
                break
            top.append(tuple(values))
            if number == header_row or (header_row is None and {"title", "lead"} <= {field_of(v) for v in values}):
                header_at = number
                break
        if not header_at:
            continue
        headers = tuple("" if v is None else str(v).strip() for v in top[-1])
        if last is not None and last - header_at > MAX_ROWS:  # refused before its rows are read
            raise ValidationError("import_too_many_rows", path=str(source), rows=f"{last - header_at:,}".replace(
                ",", "."), limit=f"{MAX_ROWS:,}".replace(",", "."))
        return Sheet(path=source, name=name, header_row=header_at, headers=headers, rows=_body(source, rows, header_at))
    raise ValidationError("import_no_header" if seen_data else "import_empty", path=str(source),
                          rows=header_row or HEADER_ROWS)


def _body(source: Path, rows: Iterator[tuple[Cell, ...]], header_at: int) -> tuple[tuple[int, tuple[Cell, ...]], ...]:
    """The rows below the header, blank ones left out; a row beyond ``MAX_ROWS`` (a sheet that declared no size) is
    refused as soon as it is met."""
    body = []
    for n, values in enumerate(rows, start=header_at + 1):
        if any(not _blank(v) for v in values):
            if n - header_at > MAX_ROWS:
                raise ValidationError("import_too_many_rows", path=str(source), rows=f"hơn {MAX_ROWS:,}".replace(
                    ",", "."), limit=f"{MAX_ROWS:,}".replace(",", "."))
            body.append((n, tuple(values)))
    return tuple(body)


def merged_ranges(sheet: Sheet) -> list[tuple[int, int, int, int]]:
    """The merged ranges of ``sheet`` as (top row, left column, bottom row, right column), from 1: read-only mode does
    not read them, so the sheet's part is parsed once more for its ``mergeCell`` elements alone."""
    from xml.etree.ElementTree import ParseError, iterparse

    from openpyxl import load_workbook
    from openpyxl.utils.cell import range_boundaries

    book = load_workbook(sheet.path, read_only=True, data_only=True)
    try:
        with book[sheet.name]._get_source() as source:
            found = []
            for _event, element in iterparse(source):
                if element.tag.endswith("}mergeCell"):
                    left, top, right, bottom = range_boundaries(element.get("ref", ""))
                    found.append((top, left, bottom, right))
                elif element.tag.endswith("}row"):
                    element.clear()  # the rows' cells are not kept
            return found
    except (KeyError, ValueError, TypeError, ParseError):
        return []
    finally:
        book.close()


def _blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}"
    return str(value).strip()


def date_of(value: Cell, column: str) -> date | None:
    """An Excel date, or text as dd/mm/yyyy (d/m/yyyy, with dots or dashes too) or YYYY-MM-DD; blank: None."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value)
    match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("import_cell_date_invalid", column=column, value=text) from None


def days_of(value: Cell, column: str) -> int | None:
    if _blank(value):
        return None
    text = text_of(value)
    if isinstance(value, bool) or not re.fullmatch(r"\d+", text) or not 1 <= int(text) <= MAX_WORKING_DAYS:
        raise ValidationError("import_cell_days_invalid", column=column, value=shown(text),
                              maximum=f"{MAX_WORKING_DAYS:,}".replace(",", "."))
    return int(text)


__all__ = ["FIELDS", "HEADERS", "MAX_ROWS", "MAX_UNPACKED", "REQUIRED", "Sheet", "check_mapping", "column_name",
           "merged_ranges", "date_of", "days_of", "field_of", "guess_mapping", "header_key", "read_sheet", "text_of"]
