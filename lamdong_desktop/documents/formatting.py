"""Pure helpers for the fixed lines of an administrative document (ND 30/2020/NĐ-CP, Phụ lục I)."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date, datetime, time
from typing import Any, TypeVar

from lamdong_desktop.domain.text import nfc

T = TypeVar("T")

# Room left for a hand-written day, month, year or number on a draft: no-break spaces, so that the
# paragraph layout does not collapse them into one.
BLANK = "\u00a0" * 6


def day_text(day: int) -> str:
    """Day of the month as printed: a leading zero under 10 ("05")."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Month as printed: January and February take a leading zero ("01", "02"), the others do not ("3", "12")."""
    # ND 30/2020 Phụ lục I, mục II.6: "số chỉ ngày nhỏ hơn 10 và tháng 1, 2 thì phải ghi thêm số 0 phía trước".
    return f"{month:02d}" if month <= 2 else str(month)


def long_date(when: date) -> str:
    """ "ngày 05 tháng 01 năm 2026": a date written out as documents print it."""
    return f"ngày {day_text(when.day)} tháng {month_text(when.month)} năm {when.year}"


def date_line(place: str, when: date | None, *, year: int | None = None) -> str:
    """ "Di Linh, ngày 05 tháng 01 năm 2026"; ``when`` None leaves the day, month (and year unless given) blank."""
    if when is None:
        year_text = str(year) if year is not None else BLANK
        return nfc(f"{place}, ngày {BLANK} tháng {BLANK} năm {year_text}")
    return nfc(f"{place}, {long_date(when)}")


def clock_text(when: time | datetime) -> str:
    """ "08 giờ 00", "14 giờ 30": a time of day as minutes print it (Mẫu 1.9: "… giờ …, ngày …")."""
    return f"{when.hour:02d} giờ {when.minute:02d}"


def moment_text(when: datetime) -> str:
    """ "08 giờ 00, ngày 05 tháng 01 năm 2026": the start or the end of a meeting (ND 30/2020 Mẫu 1.9)."""
    return f"{clock_text(when)}, {long_date(when.date())}"


_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def weekday_text(when: date) -> str:
    """ "thứ Hai" … "Chủ nhật": the day of the week, as an invitation names it."""
    return _WEEKDAYS[when.weekday()]


def number_line(number: int | None, symbol: str) -> str:
    """ "Số: 07/KH-UBND" (leading zero under 10), or the draft form "Số:      /KH-UBND" when ``number`` is None."""
    if number is None:
        return nfc(f"Số:{BLANK}/{symbol}")
    if number < 1:
        raise ValueError("a document number starts at 1")
    return nfc(f"Số: {number:02d}/{symbol}")


def short_date(when: date) -> str:
    """dd/mm/yyyy, the Vietnamese display form."""
    return f"{when.day:02d}/{when.month:02d}/{when.year}"


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs of a multi-line text field: separated by blank lines or single line breaks (the Enter key of a
    text box); inner white space collapsed, empty ones dropped."""
    lines = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return tuple(" ".join(line.split()) for line in lines if line.strip())


def nfc_all(value: T) -> T:
    """``value`` (a str, tuple or frozen dataclass, nested) with every string in NFC; unchanged parts are shared."""
    return _nfc_any(value)  # type: ignore[no-any-return]


def _nfc_any(value: Any) -> Any:
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else nfc(value)
    if isinstance(value, tuple):
        items = tuple(_nfc_any(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if f.init:
                old = getattr(value, f.name)
                new = _nfc_any(old)
                if new is not old:
                    changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
