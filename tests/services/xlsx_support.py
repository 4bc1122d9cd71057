"""Task lists written as .xlsx the way offices keep them: a title line, a header (accents or not), 200 rows of which
three are bad, dates as Excel dates in some rows and dd/mm/yyyy text in others."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["STT", "Số/ký hiệu văn bản", "Ngày văn bản", "Cơ quan ban hành", "Trích yếu", "Nguoi thuc hien",
           "Ngày giao", "Han xu ly", "Số ngày làm việc", "Mức độ khẩn"]
OTHER_HEADERS = ["TT", "So ky hieu", "Ngay ban hanh", "Noi ban hanh", "Tên nhiệm vụ", "Người được giao", "NGÀY GIAO",
                 "Hạn xử lý:", "So ngay lam viec", "Độ khẩn"]
PEOPLE = ["K'Brơi Ngọc Sơn", "Bui Thi Lan", "Hoàng Đức Long", "Đặng Thị Ngọc Ánh", "Phan Văn Đức"]
# the same people as their accounts or typed otherwise, for the list sent again
SAME_PEOPLE = {"K'Brơi Ngọc Sơn": "canbo", "Bui Thi Lan": "Bùi Thị Lan", "Hoàng Đức Long": "HOANG DUC LONG",
               "Đặng Thị Ngọc Ánh": "dang thi ngoc anh", "Phan Văn Đức": "Phan Văn Đức"}
HEADER_ROW = 3  # a title line, a blank line, then the header
BAD = {17: "unknown person", 88: "impossible date", 150: "due before given"}


def task_rows(count: int = 200, bad: dict[int, str] | None = None) -> list[list[object]]:
    """``count`` rows (1-based numbers ``bad`` spoiled as said) given between 5/1 and 13/3/2026."""
    bad = BAD if bad is None else bad
    rows = []
    start = date(2026, 1, 5)
    for n in range(1, count + 1):
        given = start + timedelta(days=n % 68)
        by_date = n % 2 == 0
        due = given + timedelta(days=7 + n % 9) if by_date else None
        row: list[object] = [n, f"{n}/UBND-VP", given - timedelta(days=1), "UBND xã Di Linh",
                             f"Nhiệm vụ số {n}: rà soát hồ sơ thôn {n % 12 + 1}", PEOPLE[n % len(PEOPLE)],
                             given if n % 3 else f"{given:%d/%m/%Y}", due if n % 4 else (due and f"{due:%d/%m/%Y}"),
                             None if by_date else 3 + n % 7, ["Thường", "khan", "Thượng khẩn", "hoa toc"][n % 4]]
        if bad.get(n) == "unknown person":
            row[5] = "Trần Văn Không Có"
        elif bad.get(n) == "impossible date":
            row[6] = "31/02/2026"
        elif bad.get(n) == "due before given":
            row[7], row[8] = given - timedelta(days=3), None
        rows.append(row)
    return rows


def write_list(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "Danh sách"
    ws.append(["DANH SÁCH NHIỆM VỤ ĐƯỢC GIAO QUÝ I NĂM 2026"])
    ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "dd/mm/yyyy"
    book.save(path)
    return path


def sent_again(rows: list[list[object]], seed: int = 7) -> list[list[object]]:
    """The same list as another office would send it back: rows shuffled, people named otherwise, dates as text."""
    again = [list(r) for r in rows]
    random.Random(seed).shuffle(again)
    for row in again:
        row[5] = SAME_PEOPLE.get(str(row[5]), row[5])
        if isinstance(row[6], date):
            row[6] = f"{row[6]:%d/%m/%Y}"
    return again
