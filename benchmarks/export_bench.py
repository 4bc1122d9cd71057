"""Writing a year of 100,000 tasks and its KPI tables to .xlsx (issue 10 §5: ``lamdong export tasks|kpi``).

    python benchmarks/export_bench.py [--tasks N] [--repeat N]

The data: the year of ``kpi_bench.build`` (the demo commune with ten more people, N tasks over 2026 written in bulk
in the shape the services write, their KPI facts counted).

Lines (each pairs the program with its floor, run alternately, after one unrecorded run of each):

- ``export tasks`` of the year (``services.task_export.export_tasks``: the tasks read through the board's query,
  each row made, written with its formats — text cells as text, dates shown dd/mm/yyyy, the frozen header, the
  widths — and saved whole), against openpyxl alone writing the same rows as bare values in write-only mode (the
  rows read beforehand, no format, no text forced);
- the rows alone (``task_rows``: the tasks read and turned into the sheet's values; watched);
- ``export kpi`` of the year (``export_kpis``: the KPIs counted, the lists behind them read in full, eight sheets),
  against the same bare writing of the rows of its lists.

The export was quadratic before (each row appended then found again with ``ws[ws.max_row]``, which rescans every
cell of the sheet): 9,500 tasks took 60 s. ``--tasks 10000`` on that code gives the comparison in the README.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from datetime import datetime, time
from pathlib import Path

from kpi_bench import TODAY, YEAR, build
from measure import HEADER, note, paired, row, timed

GOAL = 3.0  # times openpyxl's own bare writing of the same rows: linear, as the library is


def _bare(rows: list[list[object]]) -> float:
    """openpyxl alone: the rows written as they are in write-only mode, saved to memory."""
    from openpyxl import Workbook

    def work() -> None:
        book = Workbook(write_only=True)
        ws = book.create_sheet("Nhiệm vụ")
        for values in rows:
            ws.append(values)
        book.save(io.BytesIO())

    return timed(work)


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def bench_export(count: int, repeat: int) -> None:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.kpi import year_period
    from lamdong_desktop.services import kpi, task_export

    with tempfile.TemporaryDirectory(prefix="lamdong-bench-export-") as tmp:
        ctx, head = build(Path(tmp), count)
        period = year_period(YEAR)
        target = Path(tmp) / "out" / "nhiem-vu.xlsx"
        target.parent.mkdir()
        with clock.pinned(datetime.combine(TODAY, time(17), clock.VN_TZ)):
            rows = task_export.task_rows(ctx, actor=head, period=period, today=TODAY)
            k = kpi.unit_kpis(ctx, actor=head, period=period)
            listed = [r for tasks in (k.open_overdue, k.flash, k.short, k.extended)
                      for r in task_export._line_rows(kpi.lines(ctx, tasks, actor=head))]
            tasks = paired(lambda: _bare(rows), lambda: timed(lambda: task_export.export_tasks(
                ctx, actor=head, period=period, target=target, today=TODAY)), repeat)
            size = target.stat().st_size
            made = paired(lambda: _bare(rows), lambda: timed(lambda: task_export.task_rows(
                ctx, actor=head, period=period, today=TODAY)), repeat)
            kpis = paired(lambda: _bare(listed), lambda: timed(lambda: task_export.export_kpis(
                ctx, actor=head, period=period, target=target.with_name("chi-tieu.xlsx"), today=TODAY)), repeat)
        row(f"export tasks of a year: {len(rows):,} rows to .xlsx ({size / 2**20:.1f} MiB)", _s(tasks.value),
            _s(tasks.floor), tasks.ratio, f"≤ {GOAL:.0f}× the floor", tasks.ratio <= GOAL)
        row("  the rows alone (read and made into the sheet's values)", _s(made.value), _s(made.floor), made.ratio, "")
        row(f"export kpi of the year: 8 sheets, the lists' {len(listed):,} tasks", _s(kpis.value), _s(kpis.floor),
            kpis.ratio, "")
        note("floor: openpyxl alone writing the same rows (the lists' rows for export kpi) as bare values, write-only, "
             f"to memory; {repeat} pairs after one warm-up")
        ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(HEADER)
    bench_export(args.tasks, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
