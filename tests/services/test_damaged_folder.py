"""A damaged data folder is named as damaged, never as "not initialised"; init never writes over data."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import describe
from lamdong_desktop.services.context import is_initialized, open_app
from lamdong_desktop.services.setup import initialize
from lamdong_desktop.storage import database
from lamdong_desktop.storage.paths import DataPaths

NOT_INITIALISED = "chưa được khởi tạo"


def _make(paths: DataPaths) -> None:
    ctx, _ = initialize(paths, mode="commune", unit="Xã Di Linh", admin_username="admin", admin_password="matkhau1")
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()


def _zero(paths):
    paths.database.write_bytes(b"")


def _garbage(paths):
    paths.database.write_bytes(b"\x00garbage, not a database\xff" * 500)


def _truncated(paths):
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[: len(data) // 3])


def _header_only(paths):
    paths.database.write_bytes(paths.database.read_bytes()[:60])


def _no_unit(paths):
    conn = sqlite3.connect(paths.database)
    conn.execute("DELETE FROM app_meta WHERE key = 'unit_code'")
    conn.commit()
    conn.close()


def _not_a_file(paths):
    paths.database.unlink()
    paths.database.mkdir()


DAMAGES = {"zero_bytes": _zero, "garbage": _garbage, "truncated": _truncated, "header_only": _header_only,
           "no_unit": _no_unit, "a_folder": _not_a_file}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_database_is_named_as_damaged_with_the_backups_folder(data_paths, damage):
    _make(data_paths)
    DAMAGES[damage](data_paths)
    for attempt in (is_initialized, open_app):
        with pytest.raises(DomainError) as err:
            attempt(data_paths)
        assert err.value.code == "database_damaged", (attempt, err.value)
        text = describe(err.value)
        assert str(data_paths.database) in text and str(data_paths.backups) in text
        assert NOT_INITIALISED not in text and "lamdong init" not in text
    with pytest.raises(DomainError) as err:  # init refuses to write over it
        initialize(data_paths, mode="commune", unit="Xã Di Linh", admin_username="x", admin_password="matkhau1")
    assert err.value.code == "database_damaged"


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lamdong_desktop.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120)


def test_the_cli_names_a_damaged_database_and_init_refuses_it(data_paths):
    _make(data_paths)
    _truncated(data_paths)
    before = data_paths.database.read_bytes()
    info = _cli("--data-dir", str(data_paths.root), "info")
    init = _cli("--data-dir", str(data_paths.root), "init", "--mode", "commune", "--unit", "Xã Di Linh",
                "--admin", "admin", "--password-stdin", stdin="matkhau1\n")
    for result in (info, init):
        assert result.returncode == 1, result
        assert "bị hỏng" in result.stderr and str(data_paths.backups) in result.stderr
        assert NOT_INITIALISED not in result.stderr and "Traceback" not in result.stderr
        assert "không mong đợi" not in result.stderr
    assert data_paths.database.read_bytes() == before


def test_a_data_folder_that_is_a_file_is_named_unreadable(tmp_path):
    target = tmp_path / "data"
    target.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        is_initialized(DataPaths(target))
    assert err.value.code == "data_dir_unreadable" and NOT_INITIALISED not in describe(err.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_read_permission_is_named_unreadable(data_paths):
    _make(data_paths)
    data_paths.root.chmod(0)
    try:
        with pytest.raises(DomainError) as err:
            is_initialized(data_paths)
    finally:
        data_paths.root.chmod(0o700)
    assert err.value.code == "data_dir_unreadable"


@pytest.mark.parametrize("leftover", ["lamdong.db-wal", "lamdong.db-journal", "attachments/ab/abcdef"])
def test_init_refuses_a_folder_holding_any_database_file_or_attachments(data_paths, leftover):
    data_paths.root.mkdir()
    target = data_paths.root / leftover
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"data of someone")
    with pytest.raises(DomainError) as err:
        initialize(data_paths, mode="commune", unit="Xã Di Linh", admin_username="admin", admin_password="matkhau1")
    assert err.value.code == "data_dir_has_database" and leftover.split("/")[0] in describe(err.value)
    assert not data_paths.database.exists() and target.read_bytes() == b"data of someone"


def test_a_newer_database_is_refused_without_changing_a_byte(data_paths):
    _make(data_paths)
    conn = sqlite3.connect(data_paths.database)
    conn.execute("PRAGMA journal_mode = DELETE")  # as a newer version might leave it: no WAL yet
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('lamdong', 'm999_future', '2027-01-01')")
    conn.execute("INSERT INTO schema_versions (name, app_version) VALUES ('m999_future', '0.9.0')")
    conn.commit()
    conn.close()
    before = data_paths.database.read_bytes()
    names_before = sorted(p.name for p in data_paths.root.rglob("*"))
    for attempt in (is_initialized, open_app, lambda p: database.open_database(p)):
        with pytest.raises(DomainError) as err:
            attempt(data_paths)
        assert err.value.code == "schema_too_new" and err.value.params["needed"] == "0.9.0"
    assert data_paths.database.read_bytes() == before  # not even the journal mode switched to WAL
    assert sorted(p.name for p in data_paths.root.rglob("*")) == names_before  # no backup, no -wal
    assert list(data_paths.backups.iterdir()) == []


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_is_private_to_its_owner(data_paths):
    ctx, _ = initialize(data_paths, mode="commune", unit="Xã Di Linh", admin_username="admin",
                        admin_password="matkhau1")
    ctx.db["app_meta"].rows  # noqa: B018 - a read keeps the -wal and -shm files open
    for folder in (data_paths.root, data_paths.attachments, data_paths.backups, data_paths.logs):
        assert _mode(folder) == 0o700, folder
    siblings = data_paths.database_files()
    assert {p.name for p in siblings} >= {"lamdong.db", "lamdong.db-wal", "lamdong.db-shm"}
    for path in siblings:
        assert _mode(path) == 0o600, path
    backup = database.backup_database(ctx.db, data_paths.backups / "copy.db")
    assert _mode(backup) == 0o600
    ctx.close()
