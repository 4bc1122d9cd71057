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

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.text import fold

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
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE container: an .xls, or an .xlsx that Excel encrypted
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
Cell = object


def header_key(text: object) -> str:
    """A header as matched: folded, punctuation as spaces, no numbering ("1. Trích yếu (*)" → "trich yeu")."""
    words = re.sub(r"[^0-9a-z]+", " ", fold(str(text or ""))).split()
    return " ".join(w for w in words if not w.isdigit())


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


def guess_mapping(headers: tuple[str, ...]) -> dict[str, int]:
    """Field → column (0-based) of each recognised header; the first column naming a field takes it."""
    found: dict[str, int] = {}
    for column, text in enumerate(headers):
        field = field_of(text)
        if field is not None and field not in found:
            found[field] = column
    return found


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


def _rows(path: Path) -> Iterator[tuple[str, Iterator[tuple[Cell, ...]]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise ValidationError("import_not_xlsx", path=str(path)) from exc
    try:
        for ws in book.worksheets:
            yield ws.title, ws.iter_rows(values_only=True)
    finally:
        book.close()


def read_sheet(path: str | Path, header_row: int | None = None) -> Sheet:
    """The first sheet with a recognisable header (``HEADERS``) — or whose row ``header_row`` the caller names as
    the header — and the rows below it; blank rows are left out."""
    source = Path(path)
    _check_container(source)
    seen_data = False
    for name, rows in _rows(source):
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
        body = tuple((n, tuple(values)) for n, values in enumerate(rows, start=header_at + 1)
                     if any(not _blank(v) for v in values))
        return Sheet(path=source, name=name, header_row=header_at, headers=headers, rows=body)
    raise ValidationError("import_no_header" if seen_data else "import_empty", path=str(source),
                          rows=header_row or HEADER_ROWS)


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
    if isinstance(value, bool) or not re.fullmatch(r"\d{1,4}", text) or int(text) < 1:
        raise ValidationError("import_cell_days_invalid", column=column, value=text)
    return int(text)


__all__ = ["FIELDS", "HEADERS", "REQUIRED", "Sheet", "check_mapping", "date_of", "days_of", "field_of",
           "guess_mapping", "header_key", "read_sheet", "text_of"]
