"""The yearly calendar correction table."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .records import RecordStore


def store(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "calendar_corrections", "correction_not_found")


def list_corrections(db: sqlite_utils.Database, year: int | None = None) -> list[dict[str, Any]]:
    if year is None:
        return store(db).where(order_by="day")
    return store(db).where("day LIKE ?", [f"{year:04d}-%"], order_by="day")


def by_day(db: sqlite_utils.Database, day: str) -> dict[str, Any] | None:
    rows = store(db).where("day = ?", [day])
    return rows[0] if rows else None
