"""Installation settings kept in the database (mode, unit, installation id)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils


def get(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("SELECT value FROM app_meta WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None


def set_many(db: sqlite_utils.Database, values: dict[str, str]) -> None:
    db.table("app_meta").upsert_all([{"key": k, "value": v} for k, v in values.items()], pk="key")


def all_values(db: sqlite_utils.Database) -> dict[str, str]:
    return {row["key"]: row["value"] for row in db.table("app_meta").rows}


def peek(database: Path, key: str) -> str | None:
    """One setting read from a database file without opening it for writing (no WAL switch, no migration)."""
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = conn.execute("SELECT value FROM app_meta WHERE key = ?", [key]).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return rows[0][0] if rows else None
