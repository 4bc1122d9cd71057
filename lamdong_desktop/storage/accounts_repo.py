"""Local accounts and their wrong-password counters."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .audit import append_event
from .records import RecordStore

FAILURES = "login_failures"


def store(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "accounts", "user_not_found")


def by_username(db: sqlite_utils.Database, username: str) -> dict[str, Any] | None:
    rows = store(db).where("username = ?", [username])
    return rows[0] if rows else None


def list_accounts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return store(db).where(order_by="username")


def username_exists(db: sqlite_utils.Database, username: str) -> bool:
    """True also for a deleted account: user names are never reused, so history stays unambiguous."""
    return bool(list(db.query("SELECT 1 FROM accounts WHERE username = ?", [username])))


def failure_row(db: sqlite_utils.Database, username: str) -> dict[str, Any] | None:
    rows = list(db.query(f"SELECT * FROM {FAILURES} WHERE username = ?", [username]))
    return rows[0] if rows else None


def failures(db: sqlite_utils.Database, username: str) -> tuple[int, str | None]:
    row = failure_row(db, username)
    return (row["failed_attempts"], row["last_failure_at"]) if row else (0, None)


def count_attempt(
    db: sqlite_utils.Database, username: str, *, at: str, move_last: bool, actor_id: str | None, summary: str
) -> dict[str, Any]:
    """Add one attempt to ``username``'s counter in one statement, audited; returns the row as stored.

    ``move_last=False`` keeps the time of the last failure (an attempt while locked does not restart the
    lock's clock). Call inside ``db.atomic()`` (BEGIN IMMEDIATE) together with the read that decided ``move_last``.
    """
    with db.atomic():
        db.execute(
            f"INSERT INTO {FAILURES} (username, failed_attempts, last_failure_at) VALUES (?, 1, ?) "
            "ON CONFLICT(username) DO UPDATE SET failed_attempts = failed_attempts + 1, "
            "last_failure_at = CASE WHEN ? THEN excluded.last_failure_at ELSE last_failure_at END",
            [username, at, int(move_last)],
        )
        row = failure_row(db, username)
        assert row is not None
        _audit_set(db, row, actor_id=actor_id, actor_name=username, summary=summary)
    return row


def clear_failures(
    db: sqlite_utils.Database, username: str, *, actor_id: str | None, actor_name: str | None, summary: str
) -> bool:
    """Remove ``username``'s counter (audited); False when there was none, and then nothing is written."""
    with db.atomic():
        if failure_row(db, username) is None:
            return False
        db.execute(f"DELETE FROM {FAILURES} WHERE username = ?", [username])
        append_event(
            db, actor_id=actor_id, actor_name=actor_name, action=f"{FAILURES}.delete", target_table=FAILURES,
            target_id=username, summary=summary, content=None,
        )
    return True


def _audit_set(
    db: sqlite_utils.Database, row: dict[str, Any], *, actor_id: str | None, actor_name: str | None, summary: str
) -> None:
    # Keyed-table contract: the whole row as stored, in the same transaction as the change.
    append_event(
        db, actor_id=actor_id, actor_name=actor_name, action=f"{FAILURES}.set", target_table=FAILURES,
        target_id=row["username"], summary=summary, content=row,
    )
