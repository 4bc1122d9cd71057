"""Opening the SQLite database: WAL, foreign keys, the newer-version guard, backups, migrations."""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import stat
from collections.abc import Generator
from pathlib import Path
from typing import NoReturn

import sqlite_utils

from lamdong_desktop import __version__
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError

from . import files
from .connection_memos import Memos
from .migrations import MIGRATION_SET, MIGRATIONS, SCHEMA_VERSIONS_TABLE, known_migration_names
from .paths import PRIVATE_FILE_MODE, DataPaths
from .untouched import read_without_touching

# How long a writer waits for another one (a second window, a CLI command) before giving up with
# database_busy. Writers hold the lock for milliseconds; 15 s only runs out when something is stuck.
BUSY_TIMEOUT_MS = 15_000
SQLITE_HEADER = b"SQLite format 3\x00"

# Primary SQLite result codes (sqlite3.h) that have their own Vietnamese message.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class Database(Memos):
    """sqlite-utils with one write discipline: every top-level transaction is ``BEGIN IMMEDIATE``.

    sqlite-utils' own ``atomic()`` opens a deferred ``BEGIN``: a transaction that first reads (the
    audit head, a sequence number) and then writes cannot wait for another writer in WAL mode and
    fails at once with "database is locked". ``BEGIN IMMEDIATE`` takes the write lock first, waiting
    up to the busy timeout. Nested blocks stay savepoints. The driver runs in autocommit mode
    (``isolation_level=None``), so Python never opens a deferred transaction behind our back.

    SQLite failures that a user can act on (busy, disk full, read-only, damaged, I/O) leave the
    transaction rolled back and surface as a ``DomainError`` with a Vietnamese message. What the connection keeps
    to avoid reading twice (the schema, ``snapshot_memo``) is ``connection_memos.Memos``.
    """

    path: Path
    busy_timeout_ms: int = BUSY_TIMEOUT_MS
    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            try:
                with super().atomic():
                    yield self
            except BaseException:
                self._forget()  # a savepoint rolled back: its rows, or a schema change, undone
                raise
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._raise_translated(exc)
        try:
            yield self
        except sqlite3.Error as exc:
            self.rollback()
            self._raise_translated(exc)
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.rollback()
            self._raise_translated(exc)

    def begin(self) -> None:
        """Manual transaction control follows the same rule as ``atomic()``."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._raise_translated(exc)

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:  # type: ignore[no-untyped-def]
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                raise  # the enclosing atomic() rolls back and translates once
            self._raise_translated(exc)

    def _raise_translated(self, exc: sqlite3.Error) -> NoReturn:
        path = getattr(self, "path", None) or Path("lamdong.db")
        error = translate_sqlite_error(exc, path, busy_timeout_ms=self.busy_timeout_ms)
        if error is None:
            raise exc
        raise error from exc


def translate_sqlite_error(
    exc: sqlite3.Error, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> DomainError | None:
    """The DomainError a user can act on for ``exc``, or None when it is a bug (a constraint, bad SQL)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    where = {"path": str(path), "backups": str(path.parent / "backups")}
    if primary in (_BUSY, _LOCKED):
        return DomainError("database_busy", seconds=round(busy_timeout_ms / 1000), **where)
    if primary == _FULL:
        return DomainError("disk_full", detail=str(exc), **where)
    if primary == _READONLY:
        return DomainError("database_readonly", detail=str(exc), **where)
    if primary in (_CORRUPT, _NOTADB):
        return DomainError("database_damaged", problem="SQLite báo dữ liệu hỏng khi đọc", **where)
    if primary == _CANTOPEN:
        return DomainError("database_unreadable", detail=str(exc), **where)
    if primary == _IOERR:
        return DomainError("database_io_error", detail=str(exc), **where)
    return None


def _create_private_file(path: Path) -> None:
    """An empty file readable by its owner only (0600); SQLite gives -wal and -shm the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)


def connect(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """A connection in WAL mode with foreign keys on and the write discipline of ``Database``.

    A missing file is created 0600. Raises database_damaged on a file that is not a database.
    """
    try:
        if not path.exists():
            _create_private_file(path)
        conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise DomainError(
            "database_unreadable", path=str(path), backups=str(path.parent / "backups"), detail=str(exc)
        ) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # No sqlite-utils plugins: finding them scans every installed package's metadata (20–30 ms on each
        # start), and a plugin installed beside the program must not run code on its database connection.
        db = Database(conn, execute_plugins=False)
        db.path = path
        db.busy_timeout_ms = busy_timeout_ms
        db.enable_wal()
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        conn.close()
        error = translate_sqlite_error(exc, path, busy_timeout_ms=busy_timeout_ms)
        raise (error or DomainError("database_damaged", path=str(path), backups=str(path.parent / "backups"),
                                    problem="SQLite không mở được tệp")) from exc
    return db


def _damaged(paths: DataPaths, problem: str) -> DomainError:
    return DomainError("database_damaged", path=str(paths.database), backups=str(paths.backups), problem=problem)


def inspect_database(paths: DataPaths) -> bool:
    """False when the folder holds no database; True when it holds one this version can open.

    Looks without writing anything (no WAL switch, no backup, no migration): a zero-byte, garbage or
    truncated file raises database_damaged, a folder or file that cannot be read data_dir_unreadable
    or database_unreadable, and a database from a newer version schema_too_new.
    """
    path = paths.database
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except OSError as exc:  # the folder is a file, or may not be read
        raise DomainError("data_dir_unreadable", path=str(paths.root), backups=str(paths.backups),
                          detail=str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise _damaged(paths, "không phải một tệp")
    if info.st_size == 0:
        raise _damaged(paths, "tệp rỗng, 0 byte")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DomainError("database_unreadable", path=str(path), backups=str(paths.backups),
                          detail=str(exc)) from exc
    if not header.startswith(SQLITE_HEADER):
        raise _damaged(paths, "không phải tệp cơ sở dữ liệu SQLite")
    if len(header) < 100:
        raise _damaged(paths, "tệp bị cắt cụt")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = header[24:28] == header[92:96]  # the in-header size is trustworthy (file format §1.3.9)
    wal = path.with_name(path.name + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0  # pages not yet copied back: size may lag
    if size_is_valid and pages and not wal_pending and info.st_size < page_size * pages:
        raise _damaged(paths, f"tệp bị cắt cụt: {info.st_size} byte thay vì {page_size * pages} byte")
    def look(conn: sqlite3.Connection) -> None:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "_sqlite_migrations" in tables:
            _refuse_newer(conn, tables)

    try:
        read_without_touching(path, look)
    except sqlite3.DatabaseError as exc:
        error = translate_sqlite_error(exc, path)
        if error is None or error.code in ("database_damaged", "database_io_error"):
            raise _damaged(paths, "SQLite không đọc được cấu trúc dữ liệu") from exc
        raise error from exc
    except sqlite3.Error as exc:
        raise DomainError("database_unreadable", path=str(path), backups=str(paths.backups),
                          detail=str(exc)) from exc
    return True


def _refuse_newer(conn: sqlite3.Connection, tables: set[str]) -> None:
    applied = [
        row[0]
        for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    ]
    unknown = [name for name in applied if name not in known_migration_names()]
    if not unknown:
        return
    needed = None
    if SCHEMA_VERSIONS_TABLE in tables:
        marks = ",".join("?" * len(unknown))
        versions = [
            row[0]
            for row in conn.execute(
                f"SELECT app_version FROM [{SCHEMA_VERSIONS_TABLE}] WHERE name IN ({marks})", unknown
            )
            if row[0]
        ]
        needed = max(versions, key=_version_key) if versions else None
    raise DomainError(
        "schema_too_new", needed=needed or "mới hơn", current=__version__, migrations=", ".join(unknown)
    )


def backup_database(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy ``db`` to ``target`` through the SQLite backup API (consistent even while in use), under a temporary name
    renamed when complete: a full disk or a killed process never leaves half a copy under a backup's name. A failure
    names ``target`` in Vietnamese (``files.target_error``, or the SQLite error's: a full disk, a read-only one)."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _create_private_file(temp)
        with contextlib.closing(sqlite3.connect(str(temp))) as dest:
            db.conn.backup(dest)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        files.remove_database_files(temp)
        if isinstance(exc, OSError):
            raise files.target_error(exc, target) from exc
        raise translate_sqlite_error(exc, target) or files.target_error(OSError(None, str(exc)), target) from exc
    files.fsync_dir(target.parent)
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


def _apply_migrations(db: Database) -> None:
    # sqlite-utils creates its bookkeeping table's index outside any transaction: do it inside one.
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
    MIGRATIONS.apply(db)


def create_database(path: Path) -> Database:
    """A new database at ``path`` (which must not exist yet) with every migration applied."""
    _create_private_file(path)
    db = connect(path)
    try:
        _apply_migrations(db)
    except BaseException:
        db.close()
        raise
    return db


def open_database(paths: DataPaths, *, migrate: bool = True) -> Database:
    """Open the unit's database, backing it up and applying pending migrations first.

    The file is looked at read-only before anything else (``inspect_database``): a damaged database
    or one made by a newer version is refused with the file left exactly as it was. Each migration
    runs in its own transaction, so a failure leaves the database at the last migration that
    succeeded, and the backup taken before the first pending one is named in the error.
    """
    paths.ensure()
    existed = inspect_database(paths)
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
                _apply_migrations(db)
            except DomainError:
                raise  # busy, disk full, read-only: already said in Vietnamese, nothing half-applied
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
    "BUSY_TIMEOUT_MS",
    "MIGRATION_SET",
    "Database",
    "create_database",
    "inspect_database",
    "translate_sqlite_error",
    "applied_migrations",
    "backup_database",
    "check_not_newer",
    "connect",
    "open_database",
    "read_without_touching",
]
