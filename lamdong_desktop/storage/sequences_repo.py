"""Yearly number sequences (proposal references, later document numbers): numbers are never reused."""

from __future__ import annotations

import sqlite_utils


def next_number(db: sqlite_utils.Database, scope: str, year: int) -> int:
    """Take the next number of ``scope`` in ``year``; call inside the transaction that uses it."""
    with db.atomic():
        db.execute(
            "INSERT INTO sequences (scope, year, last) VALUES (?, ?, 1) "
            "ON CONFLICT (scope, year) DO UPDATE SET last = last + 1",
            [scope, year],
        )
        row = db.execute("SELECT last FROM sequences WHERE scope = ? AND year = ?", [scope, year]).fetchone()
    return int(row[0])
