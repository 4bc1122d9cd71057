"""``task import``: a task list read from .xlsx (a preview with ``--dry-run``); ``export kpi|tasks``: the KPI tables
or the tasks of a period written to .xlsx.

``task import --json`` gives ``imported`` (how many tasks were given; 0 with ``--dry-run``), ``skipped`` (rows
imported before, or given twice in the file), ``errors`` as ``[{"row", "reason"}]`` (the row's number in Excel, the
reason in Vietnamese), and ``refs`` (the references given, or with ``--dry-run`` ``would_import``: how many would be).
The good rows are given all or none; the bad ones are listed and left out; the exit code is 0 once the file was
read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, print_json


def add_import_parser(tsub: Any) -> None:
    im = tsub.add_parser("import", help="nhập danh sách nhiệm vụ từ tệp Excel .xlsx (dòng lỗi được liệt kê, không "
                         "nhập trùng)")
    im.add_argument("file", metavar="TỆP.xlsx")
    im.add_argument("--dry-run", action="store_true", help="chỉ xem trước: không ghi gì")
    im.add_argument("--json", action="store_true")


def add_parsers(sub: Any) -> None:
    ex = sub.add_parser("export", help="xuất chỉ tiêu hoặc danh sách nhiệm vụ của một kỳ ra tệp Excel .xlsx")
    ex.add_argument("what", choices=("kpi", "tasks"), metavar="kpi|tasks")
    ex.add_argument("--period", metavar="KỲ", help="2026, 2026-Q3, 2026-11 hoặc 2026-01-05:2026-02-10 (mặc định: năm "
                    "nay)")
    ex.add_argument("-o", "--output", required=True, metavar="TỆP.xlsx")


def cmd_import(c: Call) -> int:
    from lamdong_desktop.services import task_import

    ctx = c.context()
    actor = c.actor(ctx)
    found = task_import.preview(ctx, actor=actor, path=c.args.file)
    refs: tuple[str, ...] = ()
    if not c.args.dry_run:
        refs = task_import.confirm(ctx, actor=actor, preview=found).value.refs
    errors = [{"row": e.row, "reason": e.reason} for e in found.errors]
    if c.args.json:
        extra = {"would_import": len(found.ready)} if c.args.dry_run else {"refs": list(refs)}
        print_json(c.io, {"imported": len(refs), "skipped": len(found.skipped), "errors": errors, **extra})
        return 0
    for e in found.errors:
        c.io.out(f"Dòng {e.row}: {e.reason}")
    if c.args.dry_run:
        c.io.out(f"Xem trước: {len(found.ready)} dòng sẽ được nhập, {len(found.skipped)} dòng đã nhập trước đó "
                 f"hoặc trùng, {len(errors)} dòng lỗi. Chưa ghi gì.")
    else:
        shown = f" ({refs[0]} – {refs[-1]})" if refs else ""
        c.io.out(f"Đã nhập {len(refs)} nhiệm vụ{shown}; bỏ qua {len(found.skipped)} dòng đã nhập trước đó hoặc "
                 f"trùng; {len(errors)} dòng lỗi không nhập.")
    return 0


def cmd_export(c: Call) -> int:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.kpi import parse_period
    from lamdong_desktop.services import task_export

    ctx = c.context()
    actor = c.actor(ctx)
    period = parse_period(c.args.period, today=clock.today())
    write = task_export.export_kpis if c.args.what == "kpi" else task_export.export_tasks
    path = write(ctx, actor=actor, period=period, target=c.args.output)
    c.io.out(f"Đã ghi {path}.")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {"export": cmd_export}
