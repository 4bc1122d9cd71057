"""Local accounts and their wrong-password counters."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .audit import audit_keyed
from .records import RecordStore


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


def failures(db: sqlite_utils.Database, username: str) -> tuple[int, str | None]:
    rows = list(db.table("login_failures").rows_where("username = ?", [username]))
    return (rows[0]["failed_attempts"], rows[0]["last_failure_at"]) if rows else (0, None)


def record_failure(db: sqlite_utils.Database, username: str, at: str) -> int:
    count, _ = failures(db, username)
    with db.atomic():
        db.table("login_failures").upsert(
            {"username": username, "failed_attempts": count + 1, "last_failure_at": at}, pk="username"
        )
        audit_keyed(db, "login_failures", {"username": username}, actor_id=None, actor_name=username,
                    summary=f"Đăng nhập sai lần {count + 1}: «{username}»")
    return count + 1


def clear_failures(db: sqlite_utils.Database, username: str) -> None:
    with db.atomic():
        if db.execute("DELETE FROM login_failures WHERE username = ?", [username]).rowcount:
            audit_keyed(db, "login_failures", {"username": username}, actor_id=None, actor_name=username,
                        summary=f"Xóa bộ đếm đăng nhập sai của «{username}»")
