"""Schema migrations: upgrade after a backup, refuse newer databases, never leave half a migration."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.storage import database
from lamdong_desktop.storage.migrations import MIGRATIONS, known_migration_names
from lamdong_desktop.storage.paths import DataPaths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
ALL = [m.name for m in MIGRATIONS._migrations]
BOOKKEEPING = {"_sqlite_migrations", "schema_versions"}
# m006 starts the audit trail of the keyed tables: one event per row already there, and the chain head.
AUDIT_BACKFILL = {"audit_events"}
HEAD_KEYS = {"audit_head_seq", "audit_head_hash"}


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_new_database_gets_every_migration_in_wal_mode(data_paths):
    db = database.open_database(data_paths)
    assert database.applied_migrations(db) == ALL
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert list(data_paths.backups.iterdir()) == []  # nothing to back up in a new database
    for folder in (data_paths.attachments, data_paths.backups, data_paths.logs):
        assert folder.is_dir()
    db.close()


@pytest.mark.parametrize("stop_before", ALL[1:])
def test_every_earlier_schema_upgrades_after_a_backup_without_losing_rows(data_paths, stop_before):
    data_paths.ensure()
    old = sqlite_utils.Database(data_paths.database)
    MIGRATIONS.apply(old, stop_before=stop_before)
    old["app_meta"].insert_all([{"key": "unit_code", "value": "LD021"}, {"key": "mode", "value": "commune"}])
    old["units"].insert({"code": "LD021", "name": "Xã Di Linh", "kind": "xa", "name_fold": "xa di linh"})
    if "people" in old.table_names():
        old["people"].insert({"id": "p1", "version": 1, "created_at": "x", "created_by": "x",
                              "updated_at": "x", "updated_by": "x", "deleted": 0, "unit_code": "LD021",
                              "full_name": "Nguyễn Văn Hùng", "name_fold": "nguyen van hung"})
    old.close()
    before = _counts(data_paths.database)

    db = database.open_database(data_paths)

    assert database.applied_migrations(db) == ALL
    backups = list(data_paths.backups.glob("*.db"))
    assert len(backups) == 1 and stop_before in backups[0].name
    assert _counts(backups[0]) == before  # the backup is the database as it was
    after = _counts(data_paths.database)
    for table, count in before.items():
        if table in BOOKKEEPING:
            assert after[table] > count  # the new migrations are recorded
        elif table in AUDIT_BACKFILL and ALL.index(stop_before) <= ALL.index("m006_integrity"):
            assert after[table] >= count + 3  # unit_code, mode, the unit: each gets its first event
        elif table in AUDIT_BACKFILL:
            assert after[table] == count  # later migrations only add tables: the log is left as it was
        elif table == "app_meta":
            added = {r[0] for r in db.execute("SELECT key FROM app_meta")} - {"unit_code", "mode"}
            assert added <= HEAD_KEYS
        else:
            assert after[table] == count, table
    db.close()


def _rows(path: Path) -> dict[str, set[tuple]]:
    """Every row of every ordinary table, as a set of (column, value) tuples."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE '%fts%'")]
        result = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            result[table] = {tuple(zip(names, row, strict=True)) for row in cursor}
        return result
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.db")), ids=lambda p: p.stem)
def test_released_fixture_databases_upgrade_without_losing_or_changing_a_row(tmp_path, fixture):
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(fixture, paths.database)
    before = _rows(paths.database)
    db = database.open_database(paths)
    assert database.applied_migrations(db) == ALL
    db.close()
    after = _rows(paths.database)
    for table, rows in before.items():
        if table == "app_meta":  # the chain head moves on with the events m006 appends
            rows = {r for r in rows if dict(r)["key"] not in HEAD_KEYS}
        # A later migration may add columns (m006: attachments marked "attached by mistake"): every old
        # column of every old row must still hold its value.
        old_columns = {name for row in rows for name, _ in row}
        kept = {tuple((name, value) for name, value in row if name in old_columns) for row in after[table]}
        assert rows <= kept, f"rows of {table} lost or changed by the upgrade"
    assert sum(len(r) for r in before.values()) > 20  # the fixture really holds data


def test_fixture_exists_for_the_first_release():
    assert (FIXTURES / "schema-0.1.0.db").exists()


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_every_released_schema_has_its_fixture(data_paths):
    """Each program version up to this one that introduced a migration left a database in the field: the
    upgrade tests above must meet one of each (make_fixture_db.py VERSION, once, when it is released)."""
    from lamdong_desktop import __version__

    db = database.open_database(data_paths)
    versions = {row[0] for row in db.execute("SELECT DISTINCT app_version FROM schema_versions")}
    db.close()
    released = {v for v in versions if _version(v) <= _version(__version__)}
    assert {"0.4.0", "0.5.0", "0.6.0", "0.7.0"} <= released
    missing = sorted(v for v in released if not (FIXTURES / f"schema-{v}.db").exists())
    assert missing == []


def test_database_from_a_newer_version_is_refused_naming_the_version(data_paths):
    db = database.open_database(data_paths)
    db["_sqlite_migrations"].insert({"migration_set": "lamdong", "name": "m999_future",
                                     "applied_at": "2027-01-01"})
    db["schema_versions"].insert({"name": "m999_future", "app_version": "0.9.0"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = data_paths.database.read_bytes()

    with pytest.raises(DomainError) as err:
        database.open_database(data_paths)

    assert err.value.code == "schema_too_new"
    assert err.value.params["needed"] == "0.9.0"
    assert data_paths.database.read_bytes() == before
    assert list(data_paths.backups.iterdir()) == []


def test_a_failing_migration_leaves_nothing_half_applied(data_paths, monkeypatch):
    db = database.open_database(data_paths)
    db["app_meta"].insert({"key": "unit_code", "value": "LD021"})
    db.close()

    def m900_broken(db: sqlite_utils.Database) -> None:
        db["half_done"].create({"id": int})
        db["half_done"].insert({"id": 1})
        db["app_meta"].update("unit_code", {"value": "CHANGED"})
        raise RuntimeError("disk full")

    broken = MIGRATIONS._Migration("m900_broken", m900_broken, True)
    monkeypatch.setattr(MIGRATIONS, "_migrations", [*MIGRATIONS._migrations, broken])
    assert "m900_broken" in known_migration_names()

    with pytest.raises(DomainError) as err:
        database.open_database(data_paths)

    assert err.value.code == "migration_failed"
    assert err.value.params["name"] == "m900_broken"
    assert Path(err.value.params["backup"]).exists()
    conn = sqlite3.connect(data_paths.database)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall() == []
    assert conn.execute("SELECT value FROM app_meta WHERE key = 'unit_code'").fetchone() == ("LD021",)
    assert "m900_broken" not in {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    conn.close()


def test_a_file_that_is_not_a_database_gets_a_clear_error(data_paths):
    data_paths.ensure()
    data_paths.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DomainError) as err:
        database.open_database(data_paths)
    assert err.value.code == "database_damaged"


def test_backup_api_copy_is_a_consistent_database(data_paths, tmp_path):
    db = database.open_database(data_paths)
    db["app_meta"].insert({"key": "k", "value": "v"})
    target = database.backup_database(db, tmp_path / "copy.db")
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT value FROM app_meta").fetchone() == ("v",)
    copy.close()
    db.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.db")), ids=lambda p: p.stem)
def test_upgraded_fixture_still_verifies(tmp_path, fixture):
    from lamdong_desktop.storage.verify import verify

    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(fixture, paths.database)
    db = database.open_database(paths)
    report = verify(db)
    keyed = {r[0] for r in db.execute("SELECT DISTINCT target_table FROM audit_events WHERE action LIKE '%.set'")}
    db.close()
    assert report.ok, report.problems
    assert report.events > 0
    assert {"app_meta", "units"} <= keyed  # the settings and units of the old database are now audited
