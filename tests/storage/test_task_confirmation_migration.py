"""m019_task_confirmation on the released 0.6.0 database (its tasks in every standing): every row stays as it was
(the new columns are late columns, NULL in the old rows, which keep their hashes and verify), the old tasks keep
counting in the KPIs, the derived facts gain the holder at the deadline, and the upgraded folder applies the new rules
at once (a task an official logs waits for its assigner)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, time
from pathlib import Path

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.kpi import parse_period
from lamdong_desktop.services import accounts, kpi, tasks
from lamdong_desktop.services.context import open_app
from lamdong_desktop.storage import database
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.tasks_schema import CONFIRMATION_COLUMNS
from lamdong_desktop.storage.verify import verify

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0.6.0.db"


def _tasks(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, ref, version, state, lead_name, assigner_name, due_on, done_on FROM tasks "
                           "ORDER BY ref").fetchall()
    finally:
        con.close()


def test_the_released_database_upgrades_to_confirmations_without_losing_a_row(tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(FIXTURE, paths.database)
    before = _tasks(paths.database)
    assert len(before) == 5
    old = sqlite3.connect(paths.database)
    facts_before = old.execute("SELECT task_id, holder, state, due, ended FROM task_facts ORDER BY task_id").fetchall()
    old.close()

    db = database.open_database(paths)
    assert db.execute("SELECT app_version FROM schema_versions WHERE name = 'm019_task_confirmation'"
                      ).fetchone() == ("0.7.0",)
    assert set(CONFIRMATION_COLUMNS) <= set(db.table("tasks").columns_dict)
    assert db.execute("SELECT count(*) FROM tasks WHERE awaiting_confirmation IS NOT NULL OR confirmed_on IS NOT NULL "
                      "OR due_holder_name IS NOT NULL").fetchone() == (0,)
    # the derived facts kept their rows, each with its holder at the deadline (the holder: nothing recorded it)
    assert db.execute("SELECT task_id, holder, state, due, ended FROM task_facts ORDER BY task_id"
                      ).fetchall() == facts_before
    assert db.execute("SELECT count(*) FROM task_facts WHERE late_holder IS NOT holder").fetchone() == (0,)
    db.close()
    assert _tasks(paths.database) == before  # every task row as it was

    ctx = open_app(paths)
    try:
        assert verify(ctx.db).ok
        with clock.pinned(datetime.combine(date(2026, 3, 20), time(9), clock.VN_TZ)):
            head = accounts.sign_in(ctx, username="chutich", password="demo")
            official = accounts.sign_in(ctx, username="canbo", password="demo")
            result = kpi.unit_kpis(ctx, actor=head, period=parse_period("2026-Q1", today=clock.today()))
            assert (result.completed, result.awaiting_confirmation) == (2, 0)  # the old tasks count as before
            logged = tasks.add_task(ctx, actor=official, title="Việc ghi lại", lead="canbo", assigner="chutich",
                                    assigned_on=date(2026, 3, 2), working_days=3).value
            assert logged.summary.awaiting_confirmation
            again = kpi.unit_kpis(ctx, actor=head, period=parse_period("2026-Q1", today=clock.today()))
            assert again.awaiting_confirmation == 1 and again.people == result.people
        assert verify(ctx.db).ok
    finally:
        ctx.close()
