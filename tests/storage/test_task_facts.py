"""The derived working-day facts of tasks: the same counts as the domain's, whichever way they were made (one task at
a write, or many through the working-day ordinals of a recount), and put back when missing or counted with another
calendar."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from lamdong_desktop.domain.tasks import allotted_days, used_days
from lamdong_desktop.services import calendar, tasks
from lamdong_desktop.storage import task_facts, tasks_repo
from lamdong_desktop.storage.records import SYSTEM
from tests.services.meeting_support import at, office

COLUMNS = "task_id, unit_code, holder, head, state, urgency, assigned, due, ended, allotted, used, good, extensions"


def _facts(o) -> list[tuple]:
    return o.ctx.db.execute(f"SELECT {COLUMNS} FROM task_facts ORDER BY task_id").fetchall()


@pytest.fixture
def spread(demo):
    """Forty tasks over 2025–2027 (two Tết, every holiday between), a third done, some cancelled."""
    o = office(*demo)
    rng = random.Random(10)
    people = ["canbo", "Bùi Thị Lan", "Hoàng Đức Long", "Vũ Thị Thanh Hà"]
    for n in range(40):
        given = date(2025, 1, 2) + timedelta(days=rng.randrange(0, 800))
        with at(given):
            task = tasks.add_task(o.ctx, actor=o.head, title=f"Nhiệm vụ {n}", lead=rng.choice(people),
                                  assigned_on=given, working_days=rng.randint(1, 30)).value
        end = given + timedelta(days=rng.randrange(0, 60))
        with at(end, 17):
            if n % 3 == 0:
                tasks.complete(o.ctx, actor=o.head, task_id=task.id, done_on=end)
            elif n % 7 == 0:
                tasks.cancel(o.ctx, actor=o.head, task_id=task.id, reason="Không còn cần.", on=end)
    return o


def test_the_stored_counts_are_the_domains(spread):
    cal = calendar.working_calendar(spread.ctx)
    rows = spread.ctx.db.execute(
        "SELECT t.assigned_on, t.due_on, t.done_on, t.state, f.allotted, f.used, f.assigned, f.due, f.ended "
        "FROM tasks AS t JOIN task_facts AS f ON f.task_id = t.id").fetchall()
    assert len(rows) == 40
    for assigned, due, done, state, allotted, used, assigned_n, due_n, ended_n in rows:
        a, d = date.fromisoformat(assigned), date.fromisoformat(due)
        assert allotted == allotted_days(cal, a, d)
        assert used == (used_days(cal, a, date.fromisoformat(done)) if state == "done" else None)
        assert (assigned_n, due_n) == (a.toordinal(), d.toordinal())
        assert (ended_n == task_facts.OPEN_END) is (state == "open")


def test_a_recount_through_the_ordinals_gives_the_same_rows(spread):
    before = _facts(spread)
    assert task_facts.rebuild(spread.ctx.db, lambda: calendar.working_calendar(spread.ctx)) == 40
    after = _facts(spread)
    # the people's numbers may differ after a rebuild; everything else is the same, row for row
    assert [r[:2] + r[4:] for r in after] == [r[:2] + r[4:] for r in before]


def test_missing_and_stale_rows_are_put_back_and_rows_of_gone_tasks_dropped(spread):
    db = spread.ctx.db
    before = _facts(spread)
    with db.atomic():
        db.execute("DELETE FROM task_facts WHERE rowid IN (SELECT rowid FROM task_facts LIMIT 3)")
        db.execute("UPDATE task_facts SET allotted = 999, calendar = 'old' WHERE rowid IN "
                   "(SELECT rowid FROM task_facts LIMIT 2)")
    assert task_facts.recount(db, lambda: calendar.working_calendar(spread.ctx)) == 5
    assert _facts(spread) == before
    assert task_facts.recount(db, lambda: pytest.fail("nothing to count: no calendar needed")) == 0
    gone = before[0][0]
    tasks_repo.tasks(db).delete(gone, author=SYSTEM, summary="Xóa thử")
    assert task_facts.recount(db, lambda: calendar.working_calendar(spread.ctx)) == 0
    assert [r[0] for r in _facts(spread)] == [r[0] for r in before[1:]]


def test_a_correction_makes_every_row_stale_and_the_recount_follows_it(spread):
    db = spread.ctx.db
    signature = task_facts.calendar_signature(db)
    with at(date(2026, 6, 1)):  # declared ahead (a past day is refused)
        moved = calendar.set_correction(spread.ctx, actor=spread.admin, day=date(2026, 6, 15), kind="off",
                                        name="Nghỉ đột xuất").value.tasks_moved
    assert task_facts.calendar_signature(db) != signature
    # the tasks whose due day moved with the correction were counted again in its transaction; the rest now
    assert moved > 0 and task_facts.recount(db, lambda: calendar.working_calendar(spread.ctx)) == 40 - moved
    test_the_stored_counts_are_the_domains(spread)  # the counts now follow the corrected calendar


def test_a_row_removed_by_another_connection_is_put_back(spread):
    import sqlite3

    db = spread.ctx.db
    assert task_facts.recount(db, lambda: calendar.working_calendar(spread.ctx)) == 0  # complete: remembered
    before = _facts(spread)
    other = sqlite3.connect(spread.ctx.paths.database)
    other.execute("DELETE FROM task_facts WHERE rowid = (SELECT min(rowid) FROM task_facts)")
    other.commit()
    other.close()
    assert task_facts.recount(db, lambda: calendar.working_calendar(spread.ctx)) == 1
    assert _facts(spread) == before
