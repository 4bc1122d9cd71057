"""Opening the SQLite database: WAL, foreign keys, the newer-version guard, backups, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from lamdong_desktop import __version__
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError

from .migrations import MIGRATION_SET, MIGRATIONS, SCHEMA_VERSIONS_TABLE, known_migration_names
from .paths import DataPaths


def connect(path: Path) -> sqlite_utils.Database:
    """A connection in WAL mode with foreign keys on; raises database_unreadable on a non-database."""
    try:
        conn = sqlite3.connect(str(path), timeout=10)
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        db.enable_wal()
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise DomainError("database_unreadable", path=str(path), detail=str(exc)) from exc
    return db


def backup_database(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy ``db`` to ``target`` through the SQLite backup API (consistent even while in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def applied_migrations(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


def check_not_newer(db: sqlite_utils.Database) -> None:
    """Refuse a database that holds a migration this version does not know, naming the version needed."""
    unknown = [name for name in applied_migrations(db) if name not in known_migration_names()]
    if not unknown:
        return
    needed = None
    if SCHEMA_VERSIONS_TABLE in db.table_names():
        versions = [
            row["app_version"]
            for row in db.table(SCHEMA_VERSIONS_TABLE).rows
            if row["name"] in unknown and row.get("app_version")
        ]
        needed = max(versions, key=_version_key) if versions else None
    raise DomainError(
        "schema_too_new", needed=needed or "mới hơn", current=__version__, migrations=", ".join(unknown)
    )


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def open_database(paths: DataPaths, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open the unit's database, backing it up and applying pending migrations first.

    A database made by a newer version is refused before anything is written. Each migration runs in
    its own transaction, so a failure leaves the database at the last migration that succeeded, and
    the backup taken before the first pending one is named in the error.
    """
    paths.ensure()
    existed = paths.database.exists() and paths.database.stat().st_size > 0
    db = connect(paths.database)
    try:
        check_not_newer(db)
        pending = MIGRATIONS.pending(db) if migrate else []
        if pending:
            backup = None
            if existed and applied_migrations(db):
                stamp = clock.now().strftime("%Y%m%d-%H%M%S")
                backup = backup_database(db, paths.backups / f"truoc-nang-cap-{stamp}-{pending[0].name}.db")
            try:
                MIGRATIONS.apply(db)
            except Exception as exc:
                raise DomainError(
                    "migration_failed",
                    name=MIGRATIONS.pending(db)[0].name if MIGRATIONS.pending(db) else "?",
                    backup=str(backup) if backup else "",
                    detail=str(exc),
                ) from exc
    except BaseException:
        db.close()
        raise
    return db


__all__ = [
    "MIGRATION_SET",
    "applied_migrations",
    "backup_database",
    "check_not_newer",
    "connect",
    "open_database",
]
