"""``calendar …``: days off, working days and due dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    cal = sub.add_parser("calendar", help="lịch ngày nghỉ, ngày làm việc và hạn xử lý")
    cal.add_argument("--year", type=int, metavar="NĂM")
    cal.add_argument("--json", action="store_true")
    csub = cal.add_subparsers(dest="action", metavar="THAO_TÁC", parser_class=Parser)
    due = csub.add_parser("due", help="hạn sau N ngày làm việc (BLDS Đ147–148)")
    due.add_argument("--from", dest="start", required=True, metavar="NGÀY")
    due.add_argument("--working-days", type=int, required=True, metavar="N")
    due.add_argument("--json", action="store_true")
    between = csub.add_parser("between", help="số ngày làm việc giữa hai ngày")
    between.add_argument("--from", dest="start", required=True, metavar="NGÀY")
    between.add_argument("--to", dest="end", required=True, metavar="NGÀY")
    between.add_argument("--json", action="store_true")
    cset = csub.add_parser("set", help="điều chỉnh lịch: một ngày là ngày nghỉ hoặc ngày làm việc")
    cset.add_argument("date", metavar="NGÀY")
    cset.add_argument("--kind", required=True, choices=["off", "workday"])
    cset.add_argument("--name", required=True, metavar="LÝ_DO")
    csub.add_parser("unset", help="bỏ điều chỉnh của một ngày").add_argument("date", metavar="NGÀY")


def _moved(count: int) -> str:
    return f" Hạn của {count} nhiệm vụ được tính lại theo lịch mới (BLDS Điều 147–148)." if count else ""


def cmd_calendar(c: Call) -> int:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.services import calendar as cal
    from lamdong_desktop.services.context import open_reference

    action = c.args.action
    if action in ("set", "unset"):
        ctx = c.context()
        actor = c.actor(ctx)
        day = cal.parse_date(c.args.date)
        if action == "set":
            result = cal.set_correction(ctx, actor=actor, day=day, kind=c.args.kind, name=c.args.name).value
            verb = "Đã sửa" if result.replaced else "Đã thêm"
            c.io.out(f"{verb} điều chỉnh: {clock.format_date_vn(day)} — {result.correction.name}."
                     f"{_moved(result.tasks_moved)}")
        else:
            moved = cal.remove_correction(ctx, actor=actor, day=day).value
            c.io.out(f"Đã bỏ điều chỉnh ngày {clock.format_date_vn(day)}.{_moved(moved)}")
        return 0
    ctx = open_reference(c.paths)
    if action == "due":
        start = cal.parse_date(c.args.start)
        due = cal.due_date(ctx, start=start, working_days=c.args.working_days)
        if c.args.json:
            print_json(c.io, {"due": due.isoformat()})
        else:
            c.io.out(clock.format_date_vn(due))
        return 0
    if action == "between":
        start, end = cal.parse_date(c.args.start), cal.parse_date(c.args.end)
        n = cal.working_calendar(ctx).working_days_between(start, end)
        print_json(c.io, {"working_days": n}) if c.args.json else c.io.out(str(n))
        return 0
    year = c.args.year if c.args.year is not None else clock.today().year
    days = cal.year_days(ctx, year)
    if c.args.json:
        print_json(c.io, [{"date": d.day.isoformat(), "name": d.name, "kind": d.kind.value} for d in days])
    else:
        for d in days:
            label = "nghỉ" if d.kind == "off" else "làm việc"
            c.io.out(f"{clock.format_date_vn(d.day)}\t{label}\t{d.name}")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "calendar": cmd_calendar,
}
