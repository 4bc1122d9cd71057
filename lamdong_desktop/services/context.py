"""The open application: a data folder, its database, and the installation's settings."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.units import PROVINCE_CODE, InstallMode, Unit
from lamdong_desktop.storage import attachments, meta_repo, units_repo
from lamdong_desktop.storage.database import inspect_database, open_database, read_without_touching
from lamdong_desktop.storage.paths import DataPaths, resolve_data_dir


@dataclass
class AppContext:
    """An opened data folder. Services take it first; it owns one SQLite connection."""

    paths: DataPaths
    db: sqlite_utils.Database
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def mode(self) -> InstallMode:
        return InstallMode(self.settings["mode"])

    @property
    def unit_code(self) -> str:
        return self.settings["unit_code"]

    @property
    def unit(self) -> Unit:
        unit = units_repo.get_unit(self.db, self.unit_code)
        if unit is None:
            raise DomainError("unit_not_found", query=self.unit_code)
        return unit

    @property
    def installation_id(self) -> str:
        return self.settings.get("installation_id", "")

    def reload_settings(self) -> None:
        self.settings = meta_repo.all_values(self.db)

    def close(self) -> None:
        self.db.close()


def data_paths(data_dir: str | Path | None = None) -> DataPaths:
    return DataPaths(resolve_data_dir(data_dir))


def is_initialized(paths: DataPaths) -> bool:
    """True when the folder holds a set-up database, False when it holds none; changes nothing (not even
    SQLite's -wal/-shm companions: see ``storage.database.read_without_touching``).

    A folder that holds a database which cannot be used is never called "not initialised": a
    damaged file (zero bytes, garbage, truncated, no unit recorded) raises database_damaged, an
    unreadable one database_unreadable / data_dir_unreadable, a newer one schema_too_new — each
    message points to the backups folder instead of suggesting ``lamdong init``.
    """
    if not inspect_database(paths):
        return False
    try:
        rows = read_without_touching(
            paths.database, lambda conn: conn.execute("SELECT value FROM app_meta WHERE key = 'unit_code'").fetchall())
    except sqlite3.DatabaseError as exc:
        raise DomainError("database_damaged", path=str(paths.database), backups=str(paths.backups),
                          problem=f"thiếu bảng thông tin cài đặt ({exc})") from exc
    if not rows or not rows[0][0]:
        raise DomainError("database_damaged", path=str(paths.database), backups=str(paths.backups),
                          problem="không ghi đơn vị nào (app_meta.unit_code)")
    return True


def open_app(paths: DataPaths, *, sweep_orphans: bool = True) -> AppContext:
    """Open an initialised data folder (migrating it if needed).

    At each opening, partial copies left by a crashed attach are removed; with ``sweep_orphans`` (the
    start of a program or a command, not a worker's own connection to a folder already open, since it
    reads every stored file's time), so are stored files no attachment refers to.
    """
    if not is_initialized(paths):
        raise DomainError("not_initialized", path=str(paths.root))
    db = open_database(paths)
    attachments.sweep_incoming(paths)  # partial copies left by a crash during an attach
    if sweep_orphans:
        attachments.sweep_orphans(db, paths)  # whole files whose row a crash kept from being written
    ctx = AppContext(paths=paths, db=db)
    ctx.reload_settings()
    return ctx


def open_reference(paths: DataPaths) -> AppContext | None:
    """The data folder if set up, else None: read-only commands then use the bundled reference data."""
    return open_app(paths) if is_initialized(paths) else None


__all__ = ["PROVINCE_CODE", "AppContext", "data_paths", "is_initialized", "open_app", "open_reference"]
