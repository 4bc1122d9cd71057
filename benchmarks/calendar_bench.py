"""The deadline calendar at scale (issue 10, point 4): a month of due days in a year of 100,000 tasks.

    python benchmarks/calendar_bench.py [--tasks N] [--repeat N]

The data is ``kpi_bench.build``'s year (the demo commune with ten more people, N tasks given over 2026, the mix a year
brings). Lines (each pairs the program with its floor, run alternately):

- a month's counts per due day for the head (the whole unit; ``services.task_calendar.month_load``: one grouped query
  and the month's days off), against a bare ``count(*)`` of the month's live tasks over the (unit, deleted, state,
  current due day) index;
- the same for an official (only the tasks he is on);
- the busiest day's list (``day_tasks``), against the same count;
- the widget's reload on a change notice: the month, the chosen (busiest) day's list, the grid painted
  (``ui.tasks.deadline_calendar``, offscreen); goal ≤ 100 ms, as the board's first screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

from kpi_bench import TODAY, build
from measure import HEADER, ms, note, paired, row, timed

GOAL = 0.100
MONTH = date(2026, 11, 1)


def bench_calendar(count: int, repeat: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from lamdong_desktop.domain import clock
    from lamdong_desktop.services import accounts, task_calendar

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="lamdong-bench-calendar-") as tmp:
        start = datetime.now()
        ctx, head = build(Path(tmp), count)
        built = (datetime.now() - start).total_seconds()
        official = accounts.sign_in(ctx, username="canbo", password="demo")
        bare = ("SELECT count(*) FROM tasks INDEXED BY idx_tasks_unit_code_deleted_state_current_due_on WHERE "
                "unit_code = ? AND deleted = 0 AND state IN ('open', 'done') AND current_due_on BETWEEN ? AND ?")
        args = [ctx.unit_code, MONTH.isoformat(), MONTH.replace(day=30).isoformat()]

        def floor() -> float:
            return timed(lambda: ctx.db.execute(bare, args).fetchone())

        with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
            month = task_calendar.month_load(ctx, MONTH, actor=head)
            busiest = max(month.loads.values(), key=lambda d: d.due)
            for_head = paired(floor, lambda: timed(lambda: task_calendar.month_load(ctx, MONTH, actor=head)), repeat)
            mine = task_calendar.month_load(ctx, MONTH, actor=official)
            for_official = paired(floor, lambda: timed(lambda: task_calendar.month_load(ctx, MONTH, actor=official)),
                                  repeat)
            day = paired(floor, lambda: timed(lambda: task_calendar.day_tasks(ctx, busiest.day, actor=head)), repeat)

            from lamdong_desktop.ui.tasks.deadline_calendar import DeadlineCalendar

            widget = DeadlineCalendar(ctx, head)
            widget.resize(1280, 720)
            widget.show()
            widget.show_month(MONTH)
            widget.choose_day(busiest.day)
            app.processEvents()

            def reload() -> None:
                widget.reload()
                widget.grid.repaint()

            shown = paired(floor, lambda: timed(reload), repeat)
            widget.close()
        row(f"a month's counts for the head at {count:,} tasks ({month.total:,} due in 11/2026)", ms(for_head.value),
            ms(for_head.floor), for_head.ratio, "")
        row(f"  the same for an official ({mine.total:,} his)", ms(for_official.value), ms(for_official.floor),
            for_official.ratio, "")
        row(f"the busiest day's list ({busiest.due:,} tasks on {busiest.day:%d/%m})", ms(day.value), ms(day.floor),
            day.ratio, "")
        row("the calendar's reload on a change notice: month, day's list, grid painted", ms(shown.value),
            ms(shown.floor), shown.ratio, f"≤ {GOAL * 1000:.0f} ms", shown.value <= GOAL)
        ctx.close()
    note(f"{count:,} tasks built in {built:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(HEADER)
    bench_calendar(args.tasks, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
