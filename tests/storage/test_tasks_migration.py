"""m017_tasks on a database of a released version: the task tables arrive audited or declared derived, the old rows
stay, and the upgraded folder takes tasks and gives its KPIs at once."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, time
from pathlib import Path

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.kpi import parse_period
from lamdong_desktop.services import accounts, kpi, tasks
from lamdong_desktop.services.context import open_app
from lamdong_desktop.storage import audit, database
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.verify import verify

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0.4.0.db"
RECORDS, DERIVED = {"tasks", "task_assignees", "task_events"}, {"task_facts", "task_people"}


def test_a_released_database_upgrades_to_the_task_log(tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(FIXTURE, paths.database)
    old = sqlite3.connect(paths.database)
    assert not RECORDS & {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    proposals_before = old.execute("SELECT count(*) FROM proposals").fetchone()[0]
    old.close()

    db = database.open_database(paths)
    classes = audit.classify_tables(db)
    assert {t: classes[t] for t in RECORDS | DERIVED} == {**dict.fromkeys(RECORDS, "record"),
                                                          **dict.fromkeys(DERIVED, "derived")}
    assert db.execute("SELECT app_version FROM schema_versions WHERE name = 'm017_tasks'").fetchone() == ("0.7.0",)
    assert len(list(paths.backups.glob("*.db"))) == 1  # backed up before migrating
    db.close()

    ctx = open_app(paths)
    try:
        assert ctx.db.execute("SELECT count(*) FROM proposals").fetchone()[0] == proposals_before
        with clock.pinned(datetime.combine(date(2026, 3, 20), time(9), clock.VN_TZ)):
            head = accounts.sign_in(ctx, username="chutich", password="demo")
            # the old roster and its accounts: canbo is K'Brơi Ngọc Sơn
            task = tasks.add_task(ctx, actor=head, title="Báo cáo tình hình đất đai", lead="canbo",
                                  assigned_on=date(2026, 3, 2), working_days=5).value
            tasks.complete(ctx, actor=head, task_id=task.ref, done_on=date(2026, 3, 5))
            result = kpi.unit_kpis(ctx, actor=head, period=parse_period("2026-Q1", today=clock.today()))
        assert (result.early.part, result.early.whole) == (1, 1)  # 2 of 5 working days to spare
        assert [p.full_name for p in result.persons] == ["K'Brơi Ngọc Sơn"]
        report = verify(ctx.db)  # the chain and every row (the fixture keeps no attachment files)
        assert report.ok, report.problems
    finally:
        ctx.close()
