"""Importing a task list of 10,000 rows from .xlsx (issue 10 §5; goal ≤ 5 s from the file to the tasks given).

    python benchmarks/import_bench.py [--rows N] [--repeat N]

The list: N rows as offices keep them — a title line, a header with and without accents, 25 people named by full
name or account, dates as Excel dates in some rows and dd/mm/yyyy text in others, the deadline as a date or as
working days. Each run imports it into a fresh copy of the demo commune (with ten more people).

Lines (each paired with its floor, run alternately):

- the whole import: the preview (the file read, every row checked) and its confirmation (every task written with
  its audit events and KPI facts in one transaction), against reading the file's rows with openpyxl alone;
- its two halves, the preview alone and the confirmation alone (watched);
- the same list imported again: every row found already imported, nothing written (watched).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from measure import HEADER, Pairs, note, row, timed

GOAL = 5.0
TODAY = date(2026, 12, 31)
EXTRA_PEOPLE = ("Lâm Thị Thu", "Hồ Văn Nam", "Tôn Nữ Minh Châu", "Ya Tuấn", "Cil Múp", "Lương Văn Tâm",
                "Đỗ Thị Hằng", "Triệu Minh Đạt", "Nông Thị Xuân", "Kơ Să Hoa")
HEADERS = ["STT", "Số/ký hiệu văn bản", "Ngày văn bản", "Cơ quan ban hành", "Trích yếu", "Nguoi thuc hien",
           "Ngày giao", "Han xu ly", "Số ngày làm việc", "Mức độ khẩn"]


def build_demo(folder: Path) -> tuple[Path, list[str]]:
    """The demo commune's folder and the names the list gives tasks to (by full name, some as accounts)."""
    from lamdong_desktop.services import accounts, staff
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    ctx, head = create_demo(DataPaths(folder), proposals=False)
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    for name in EXTRA_PEOPLE:
        staff.add_person(ctx, actor=admin, full_name=name, position="Công chức")
    names = [p.full_name for p in staff.list_people(ctx, actor=head)] + ["canbo", "phochutich"]
    ctx.close()
    return folder, names


def write_list(path: Path, count: int, names: list[str]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("Danh sách")
    ws.append(["DANH SÁCH NHIỆM VỤ NĂM 2026"])
    ws.append([])
    ws.append(HEADERS)
    for n in range(1, count + 1):
        given = date(2026, 1, 5) + timedelta(days=n % 340)
        by_date = n % 2 == 0
        due = given + timedelta(days=7 + n % 9) if by_date else None
        ws.append([n, f"{n}/UBND-VP", given - timedelta(days=1), "UBND xã Di Linh",
                   f"Nhiệm vụ số {n}: rà soát hồ sơ thôn {n % 12 + 1}", names[n % len(names)],
                   given if n % 3 else f"{given:%d/%m/%Y}", due, None if by_date else 3 + n % 7,
                   ["Thường", "khan", "Thượng khẩn", "hoa toc"][n % 4]])
    book.save(path)
    return path


def bench_import(count: int, repeat: int) -> None:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.services import accounts, task_import
    from lamdong_desktop.services.context import open_app
    from lamdong_desktop.storage.paths import DataPaths

    with tempfile.TemporaryDirectory(prefix="lamdong-import-bench-") as tmp:
        base, names = build_demo(Path(tmp) / "demo")
        sheet = write_list(Path(tmp) / "nhiem-vu.xlsx", count, names)

        def floor() -> float:
            from openpyxl import load_workbook

            def read() -> None:
                book = load_workbook(sheet, read_only=True, data_only=True)
                for _ in book.worksheets[0].iter_rows(values_only=True):
                    pass
                book.close()
            return timed(read)

        def one_run(folder: Path) -> tuple[float, float, float, float, float]:
            """A fresh copy of the commune: the floor, the preview, the confirmation, the floor, the import again."""
            shutil.copytree(base, folder)
            ctx = open_app(DataPaths(folder))
            head = accounts.sign_in(ctx, username="chutich", password="demo")
            found: list[Any] = []
            with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
                f = floor()
                seen = timed(lambda: found.append(task_import.preview(ctx, actor=head, path=sheet)))
                written = timed(lambda: task_import.confirm(ctx, actor=head, preview=found[0]))
                assert len(found[0].ready) == count, (len(found[0].ready), found[0].errors[:3])
                f2 = floor()
                repeated = timed(lambda: task_import.confirm(
                    ctx, actor=head, preview=task_import.preview(ctx, actor=head, path=sheet)))
            ctx.close()
            return f, seen, written, f2, repeated

        whole, previews, confirms, again = Pairs(), Pairs(), Pairs(), Pairs()
        for run in range(repeat + 1):
            f, seen, written, f2, repeated = one_run(Path(tmp) / f"run-{run}")
            if run:  # the first run warms the caches; not the question
                whole.add(f, seen + written)
                previews.add(f, seen)
                confirms.add(f, written)
                again.add(f2, repeated)
        row(f"import an .xlsx of {count:,} rows: preview, then confirmation", f"{whole.value:.2f} s",
            f"{whole.floor:.2f} s", whole.ratio, f"≤ {GOAL:.0f} s", whole.value <= GOAL)
        row("  the preview alone (read, every row checked, nothing written)", f"{previews.value:.2f} s",
            f"{previews.floor:.2f} s", previews.ratio, "")
        row(f"  the confirmation alone ({count:,} tasks in one transaction)", f"{confirms.value:.2f} s",
            f"{confirms.floor:.2f} s", confirms.ratio, "")
        row("  the same list imported again (all skipped)", f"{again.value:.2f} s", f"{again.floor:.2f} s",
            again.ratio, "")
        note(f"floor: reading the {count:,} rows with openpyxl (read-only) alone; {repeat} runs after one warm-up")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(HEADER)
    bench_import(args.rows, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
