"""Installation settings kept in the database (mode, unit, installation id, limits).

A keyed audited table: every change appends an ``app_meta.set`` event in the same transaction. The chain
head rows (``audit_head_seq``, ``audit_head_hash``) are written by the audit log itself, never here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from .audit import HEAD_KEYS, audit_keyed
from .database import read_without_touching
from .records import SYSTEM, Author


def get(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("SELECT value FROM app_meta WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None


def set_many(db: sqlite_utils.Database, values: dict[str, str], *, author: Author = SYSTEM) -> None:
    """Store each setting that changed, each with its audit event, all in one transaction."""
    if any(key in HEAD_KEYS for key in values):
        raise ValueError("the audit chain head is written by storage.audit only")
    with db.atomic():
        for key, value in values.items():
            if get(db, key) == value and value is not None:
                continue
            db.table("app_meta").upsert({"key": key, "value": value}, pk="key")
            audit_keyed(db, "app_meta", {"key": key}, actor_id=author.user_id, actor_name=author.username,
                        summary=f"Thiết lập “{key}”: {value}")


def all_values(db: sqlite_utils.Database) -> dict[str, str]:
    return {row["key"]: row["value"] for row in db.table("app_meta").rows}


def peek(database: Path, key: str) -> str | None:
    """One setting read from a database file without opening it for writing (no WAL switch, no migration,
    no -wal/-shm left beside it)."""
    try:
        rows = read_without_touching(
            database, lambda conn: conn.execute("SELECT value FROM app_meta WHERE key = ?", [key]).fetchall())
    except sqlite3.Error:
        return None
    return rows[0][0] if rows else None
