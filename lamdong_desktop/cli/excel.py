"""``task import``: a task list read from .xlsx (a preview with ``--dry-run``); ``export kpi|tasks``: the KPI tables
or the tasks of a period written to .xlsx.

``task import --json`` gives ``imported`` (how many tasks were given; 0 with ``--dry-run``), ``skipped`` (rows
imported before, or given twice in the file), ``errors`` as ``[{"row", "reason"}]`` (the row's number in Excel, the
reason in Vietnamese), ``skipped_rows`` as ``[{"row", "ref", "same_as_row", "differences", "reason"}]``, ``columns``
as ``[{"column", "header", "field"}]`` (which column fed which field; ``field`` null for a column not read),
``notes`` (the rules the columns imply), and ``refs`` (the references given, or with ``--dry-run``
``would_import``: how many would be). The good rows are given all or none; the bad ones are listed and left out.

Exit code (``EXIT_ROWS_REFUSED``): 0 when every row was imported or had been before; 3 when a row was refused (an
error, or a task imported before that the file now says otherwise) — the other rows are imported all the same
(not with ``--dry-run``), and the output says how many; 1 when the file itself is refused (nothing written).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, print_json

EXIT_ROWS_REFUSED = 3


def add_import_parser(tsub: Any) -> None:
    im = tsub.add_parser("import", help="nhập danh sách nhiệm vụ từ tệp Excel .xlsx (dòng lỗi được liệt kê, không "
                         "nhập trùng)", description="Nhập danh sách nhiệm vụ từ tệp Excel .xlsx: các dòng hợp lệ "
                         "được nhập cùng lúc, dòng lỗi được liệt kê theo số dòng và lý do, dòng đã nhập trước đây "
                         "được bỏ qua.", epilog="Mã thoát: 0 khi mọi dòng đã được nhập (hoặc đã nhập từ trước); "
                         f"{EXIT_ROWS_REFUSED} khi có dòng bị từ chối — các dòng còn lại vẫn được nhập (trừ khi "
                         "--dry-run) và kết quả cho biết đã nhập bao nhiêu; 1 khi cả tệp bị từ chối (không ghi gì).")
    im.add_argument("file", metavar="TỆP.xlsx")
    im.add_argument("--dry-run", action="store_true", help="chỉ xem trước: không ghi gì")
    im.add_argument("--json", action="store_true")


def add_parsers(sub: Any) -> None:
    ex = sub.add_parser("export", help="xuất chỉ tiêu hoặc danh sách nhiệm vụ của một kỳ ra tệp Excel .xlsx")
    ex.add_argument("what", choices=("kpi", "tasks"), metavar="kpi|tasks")
    ex.add_argument("--period", metavar="KỲ", help="2026, 2026-Q3, 2026-11 hoặc 2026-01-05:2026-02-10 (mặc định: năm "
                    "nay)")
    ex.add_argument("-o", "--output", required=True, metavar="TỆP.xlsx")


def _columns(found: Any) -> list[dict[str, Any]]:
    return [{"column": c.column, "header": c.header, "field": c.field} for c in found.columns]


def _said(found: Any) -> list[Any]:
    """The skipped rows worth a line: a repetition within the file, a task imported before that the row says
    otherwise (an unchanged row imported before is only counted)."""
    return [s for s in found.skipped if s.differences or not s.ref]


def cmd_import(c: Call) -> int:
    from lamdong_desktop.messages.excel import IMPORT_FIELD_WORDS
    from lamdong_desktop.services import task_import

    ctx = c.context()
    actor = c.actor(ctx)
    found = task_import.preview(ctx, actor=actor, path=c.args.file)
    refs: tuple[str, ...] = ()
    if not c.args.dry_run:
        refs = task_import.confirm(ctx, actor=actor, preview=found).value.refs
    code = EXIT_ROWS_REFUSED if found.refused else 0
    errors = [{"row": e.row, "reason": e.reason} for e in found.errors]
    if c.args.json:
        extra = {"would_import": len(found.ready)} if c.args.dry_run else {"refs": list(refs)}
        print_json(c.io, {"imported": len(refs), "skipped": len(found.skipped), "errors": errors,
                          "skipped_rows": [{"row": s.row, "ref": s.ref or None, "same_as_row": s.same_as_row,
                                            "differences": list(s.differences), "reason": s.reason}
                                           for s in found.skipped],
                          "refused": found.refused, "columns": _columns(found), "notes": list(found.notes), **extra})
        return code
    if c.args.dry_run:
        c.io.out(f"Trang tính “{found.sheet.name}”, dòng tiêu đề {found.sheet.header_row}. Cột được đọc:")
        for col in found.columns:
            fed = f"“{IMPORT_FIELD_WORDS[col.field]}”" if col.field else "(không dùng)"
            c.io.out(f"\tCột {col.column}\t“{col.header}”\t→ {fed}")
        for note in found.notes:
            c.io.out(note)
    for e in found.errors:
        c.io.out(f"Dòng {e.row}: {e.reason}")
    for s in _said(found):
        c.io.out(f"Dòng {s.row}: {s.reason}")
    differing = sum(1 for s in found.skipped if s.differences)
    told = f" ({differing} dòng trong đó khác nhiệm vụ đã nhập, không thay đổi)" if differing else ""
    if c.args.dry_run:
        c.io.out(f"Xem trước: {len(found.ready)} dòng sẽ được nhập, {len(found.skipped)} dòng đã nhập trước đó "
                 f"hoặc trùng{told}, {len(errors)} dòng lỗi. Chưa ghi gì.")
    else:
        shown = f" ({refs[0]} – {refs[-1]})" if refs else ""
        c.io.out(f"Đã nhập {len(refs)} nhiệm vụ{shown}; bỏ qua {len(found.skipped)} dòng đã nhập trước đó hoặc "
                 f"trùng{told}; {len(errors)} dòng lỗi không nhập.")
    return code


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
