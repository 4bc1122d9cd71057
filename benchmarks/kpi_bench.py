"""The resolution's KPIs at scale (issue 10): a year of 100,000 tasks in a commune of 25 people.

    python benchmarks/kpi_bench.py [--tasks N] [--repeat N]

The data: the demo commune with ten more people, and N tasks given over 2026 by its three leaders, with the mix a
year brings — most done ahead of time, some on the day, some late, a few open past their deadline (half of them
judged by the head), a few cancelled, 1% hỏa tốc, 3% extended. The rows are written in bulk in the shape the services
write (``services/tasks``) — writing 100,000 tasks one transaction each, with their audit events, would take most of
an hour on the 2-core machine and the KPIs read neither — and their KPI facts are counted by the program's own
recount (``storage/task_facts``), as after a calendar correction.

Lines (each pairs the program with its floor, run alternately):

- the year's KPIs for the unit and every person (``services.kpi.unit_kpis``: every figure, each person's row, how
  many tasks each list behind a figure holds), against reading each of the year's tasks once from an index in bare
  SQL (a ``count(*)`` over the (unit, assigned day) index of ``tasks``); goal ≤ 100 ms;
- the same read again after a write (the check that no task is missing from the facts walks the tasks once more);
- ``lamdong kpi --json`` made from it, every list read in full (watched: the dashboard reads a page at a time);
- recounting every task's working days after a calendar correction (watched, a one-off after each correction);
- “Việc cần xử lý” of an official and of the head with the tasks in it (``services/queue_tasks``, watched);
- the KPI report of the year printed (``services/printing_kpi``, watched);
- giving one task through the service, one transaction with its audit events and facts, against a bare INSERT
  and COMMIT of the same row (watched: the Excel import's unit of work).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from measure import HEADER, ms, note, paired, row, timed

GOAL = 0.100
YEAR = 2026
TODAY = date(YEAR, 12, 31)
EXTRA_PEOPLE = ("Lâm Thị Thu", "Hồ Văn Nam", "Tôn Nữ Minh Châu", "Ya Tuấn", "Cil Múp", "Lương Văn Tâm",
                "Đỗ Thị Hằng", "Triệu Minh Đạt", "Nông Thị Xuân", "Kơ Să Hoa")


def _workdays(calendar, first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if calendar.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def build(folder: Path, count: int, seed: int = 7):
    """The commune and its year of tasks; returns the open context and the head."""
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.text import fold
    from lamdong_desktop.services import accounts, staff
    from lamdong_desktop.services.calendar import working_calendar
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.services.tasks import format_reference
    from lamdong_desktop.storage import task_facts
    from lamdong_desktop.storage.paths import DataPaths

    ctx, head = create_demo(DataPaths(folder / "data"), proposals=False)
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    for name in EXTRA_PEOPLE:
        staff.add_person(ctx, actor=admin, full_name=name, position="Công chức")
    people = [p for p in staff.list_people(ctx, actor=head)]
    leaders = [p for p in people if "Chủ tịch" in p.position]
    calendar = working_calendar(ctx)
    days = _workdays(calendar, date(YEAR - 1, 12, 1), date(YEAR + 1, 3, 31))
    index = {d: i for i, d in enumerate(days)}
    rng = random.Random(seed)
    stamp = clock.stamp(datetime.combine(TODAY, time(17), clock.VN_TZ))
    rows = []
    for number in range(1, count + 1):
        given = days[rng.randrange(index[date(YEAR, 1, 2)], index[date(YEAR, 12, 18)])]
        allotted = rng.choice((1, 2, 3, 5, 5, 7, 10, 10, 15, 20))
        due = days[index[given] + allotted]
        luck = rng.random()
        done: date | None = None
        state = "done"
        if luck < 0.70:  # ahead of time
            done = days[index[given] + max(0, int(allotted * rng.uniform(0.3, 0.95)))]
        elif luck < 0.85:
            done = due
        elif luck < 0.94:
            done = days[index[due] + rng.randint(1, 8)]
        elif luck < 0.98:
            state = "open"
        else:
            state = "cancelled"
        if done is not None and done > TODAY:
            done, state = None, "open"
        extended = rng.random() < 0.03
        lead, giver = rng.choice(people), rng.choice(leaders)
        title = f"Nhiệm vụ số {number}: rà soát hồ sơ đất đai thôn {number % 12 + 1}"
        rows.append({
            "id": str(uuid.uuid4()), "version": 1, "created_at": stamp, "created_by": head.user_id,
            "updated_at": stamp, "updated_by": head.user_id, "deleted": 0, "unit_code": ctx.unit_code,
            "ref": format_reference(YEAR, number), "year": YEAR, "number": number, "title": title,
            "title_fold": fold(title), "lead_person_id": lead.id, "lead_account_id": lead.account_id,
            "lead_name": lead.full_name, "lead_position": lead.position, "assigner_person_id": giver.id,
            "assigner_account_id": giver.account_id, "assigner_name": giver.full_name,
            "assigner_position": giver.position, "assigned_on": given.isoformat(), "deadline_kind": "working_days",
            "deadline_days": allotted, "due_on": due.isoformat(),
            "current_due_on": (days[index[due] + 5] if extended else due).isoformat(),
            "urgency": "hoa_toc" if luck < 0.01 or rng.random() < 0.01 else "khan" if rng.random() < 0.05 else "thuong",
            "state": state, "done_on": done.isoformat() if done else None,
            "cancelled_on": days[index[given] + 1].isoformat() if state == "cancelled" else None,
            "good_reason": rng.choice((None, 0, 1)) if state == "open" and due < TODAY else None,
            "extensions": int(extended)})
    with ctx.db.atomic():
        ctx.db.table("tasks").insert_all(rows, batch_size=2_000)
        # the numbers the rows took, as the services take them (the keyed sequences table)
        ctx.db.execute("INSERT INTO sequences (scope, year, last) VALUES (?, ?, ?)",
                       [f"NV:{ctx.unit_code}", YEAR, count])
    counted = task_facts.rebuild(ctx.db, lambda: calendar)
    assert counted == count
    return ctx, head


def bench_kpi(count: int, repeat: int) -> None:
    from lamdong_desktop.cli.kpi import kpi_json
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.kpi import year_period
    from lamdong_desktop.services import calendar, kpi, tasks
    from lamdong_desktop.storage import task_facts

    with tempfile.TemporaryDirectory(prefix="lamdong-bench-kpi-") as tmp:
        start = datetime.now()
        ctx, head = build(Path(tmp), count)
        built = (datetime.now() - start).total_seconds()
        period = year_period(YEAR)
        bare = ("SELECT count(*) FROM tasks INDEXED BY idx_tasks_unit_code_deleted_assigned_on "
                "WHERE unit_code = ? AND deleted = 0 AND assigned_on BETWEEN ? AND ?")
        args = [ctx.unit_code, f"{YEAR}-01-01", f"{YEAR}-12-31"]

        def floor() -> float:
            return timed(lambda: ctx.db.execute(bare, args).fetchone())

        def after_write() -> float:
            with ctx.db.atomic():  # a write of this connection: the next read checks the facts are complete
                ctx.db.execute("UPDATE task_facts SET good = good WHERE rowid = 1")
            return timed(lambda: kpi.unit_kpis(ctx, actor=head, period=period))

        with clock.pinned(datetime.combine(TODAY, time(17), clock.VN_TZ)):
            result = kpi.unit_kpis(ctx, actor=head, period=period)
            pairs = paired(floor, lambda: timed(lambda: kpi.unit_kpis(ctx, actor=head, period=period)), repeat)
            written = paired(floor, after_write, repeat)
            def everything() -> None:
                kpi_json(kpi.unit_kpis(ctx, actor=head, period=period), lambda t: kpi.lines(ctx, t, actor=head))

            with_json = paired(floor, lambda: timed(everything), repeat)
        row(f"KPIs of a year for the unit and its {len(result.persons)} people at {count:,} tasks", ms(pairs.value),
            ms(pairs.floor), pairs.ratio, f"≤ {GOAL * 1000:.0f} ms", pairs.value <= GOAL)
        row("  the same, first read after a write", ms(written.value), ms(written.floor), written.ratio,
            f"≤ {GOAL * 1000:.0f} ms", written.value <= GOAL)
        listed = len(result.open_overdue) + len(result.flash) + len(result.short) + len(result.extended)
        row(f"  and the JSON of lamdong kpi --json, its lists read ({listed:,} tasks)", ms(with_json.value),
            ms(with_json.floor), with_json.ratio, "")

        def correction() -> float:
            ctx.db.execute("UPDATE task_facts SET calendar = 'stale'")
            return timed(lambda: task_facts.recount(ctx.db, lambda: calendar.working_calendar(ctx)))

        from lamdong_desktop.services import accounts, printing_kpi, queue

        official = accounts.sign_in(ctx, username="canbo", password="demo")
        with clock.pinned(datetime.combine(TODAY, time(17), clock.VN_TZ)):
            mine = paired(floor, lambda: timed(lambda: queue.queue(ctx, actor=official, today=TODAY)), repeat)
            heads = paired(floor, lambda: timed(lambda: queue.queue(ctx, actor=head, today=TODAY)), repeat)
            waiting = [len(queue.queue(ctx, actor=who, today=TODAY)) for who in (official, head)]
            report = Path(tmp) / "bc.pdf"
            printed = paired(floor, lambda: timed(lambda: printing_kpi.render_kpi(
                printing_kpi.kpi_report_of(ctx, f"{YEAR}@{TODAY}", actor=head), report)), max(2, repeat // 5))
        row(f"“Việc cần xử lý” of an official: his {waiting[0]:,} tasks due this week or overdue", ms(mine.value),
            ms(mine.floor), mine.ratio, "")
        row(f"  of the head: {waiting[1]:,} tasks, extension requests and delays to judge", ms(heads.value),
            ms(heads.floor), heads.ratio, "")
        row("the KPI report of the year printed to PDF (lists: their first 50 tasks)", ms(printed.value),
            ms(printed.floor), printed.ratio, "")

        recount = paired(lambda: timed(lambda: ctx.db.execute("SELECT count(*) FROM task_facts").fetchone()),
                         correction, max(2, repeat // 3), warm=False)
        row(f"recount every task's working days after a calendar correction ({count:,})", ms(recount.value),
            ms(recount.floor), recount.ratio, "")
        gives = [0]

        def give() -> float:
            gives[0] += 1
            with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
                return timed(lambda: tasks.add_task(ctx, actor=head, title=f"Việc thêm {gives[0]}", lead="canbo",
                                                    assigned_on=TODAY, working_days=3))

        raw = ctx.db.conn

        def insert() -> float:
            def work() -> None:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("INSERT INTO tasks (id, version, created_at, created_by, updated_at, updated_by, deleted, "
                            "unit_code, ref, year, number, title, title_fold, lead_name, assigned_on, deadline_kind, "
                            "due_on, current_due_on, urgency, state, extensions) VALUES (?, 1, '', '', '', '', 1, ?, "
                            "?, 0, 0, 'x', 'x', 'x', '2026-12-31', 'date', '2026-12-31', '2026-12-31', 'thuong', "
                            "'open', 0)", [str(uuid.uuid4()), ctx.unit_code, str(uuid.uuid4())])
                raw.execute("COMMIT")
            return timed(work)

        writes = paired(insert, give, repeat)
        row("give one task through the service (one transaction, audited, counted)", ms(writes.value),
            ms(writes.floor), writes.ratio, "")
        ctx.close()
    note(f"{count:,} tasks built in {built:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(HEADER)
    bench_kpi(args.tasks, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
