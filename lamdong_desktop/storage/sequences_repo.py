"""Yearly number sequences (proposal references, later document numbers): numbers are never reused.

A keyed audited table (key ``scope|year``): every number taken appends a ``sequences.set`` event.
"""

from __future__ import annotations

import sqlite_utils

from .audit import audit_keyed
from .records import SYSTEM, Author


def next_number(db: sqlite_utils.Database, scope: str, year: int, *, author: Author = SYSTEM) -> int:
    """Take the next number of ``scope`` in ``year``; call inside the transaction that uses it."""
    with db.atomic():
        db.execute(
            "INSERT INTO sequences (scope, year, last) VALUES (?, ?, 1) "
            "ON CONFLICT (scope, year) DO UPDATE SET last = last + 1",
            [scope, year],
        )
        row = db.execute("SELECT last FROM sequences WHERE scope = ? AND year = ?", [scope, year]).fetchone()
        audit_keyed(db, "sequences", {"scope": scope, "year": year}, actor_id=author.user_id,
                    actor_name=author.username, summary=f"Lấy số {row[0]} của dãy {scope} năm {year}")
    return int(row[0])


def take_numbers(db: sqlite_utils.Database, scope: str, year: int, count: int, *, author: Author = SYSTEM) -> range:
    """Take the next ``count`` numbers of ``scope`` in ``year`` at once, with one audit event (a list imported in one
    transaction); call inside the transaction that uses them."""
    with db.atomic():
        db.execute(
            "INSERT INTO sequences (scope, year, last) VALUES (?, ?, ?) "
            "ON CONFLICT (scope, year) DO UPDATE SET last = last + excluded.last",
            [scope, year, count],
        )
        last = int(db.execute("SELECT last FROM sequences WHERE scope = ? AND year = ?", [scope, year]).fetchone()[0])
        audit_keyed(db, "sequences", {"scope": scope, "year": year}, actor_id=author.user_id,
                    actor_name=author.username,
                    summary=f"Lấy {count} số, từ {last - count + 1} đến {last}, của dãy {scope} năm {year}")
    return range(last - count + 1, last + 1)
