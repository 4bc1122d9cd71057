"""A unit's party organisations and staff."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .records import RecordStore


def party_orgs(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "party_orgs", "party_org_not_found")


def people(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "people", "person_not_found")


def list_party_orgs(db: sqlite_utils.Database, unit_code: str) -> list[dict[str, Any]]:
    return party_orgs(db).where("unit_code = ?", [unit_code], order_by="name")


def list_people(db: sqlite_utils.Database, unit_code: str) -> list[dict[str, Any]]:
    return people(db).where("unit_code = ?", [unit_code], order_by="full_name")


def count_members(db: sqlite_utils.Database, party_org_id: str) -> int:
    rows = db.query(
        "SELECT count(*) AS n FROM people WHERE deleted = 0 AND party_org_id = ?", [party_org_id]
    )
    count: int = next(iter(rows))["n"]
    return count


def party_org_name_taken(db: sqlite_utils.Database, unit_code: str, name_fold: str, exclude_id: str = "") -> bool:
    rows = db.query(
        "SELECT 1 FROM party_orgs WHERE deleted = 0 AND unit_code = ? AND name_fold = ? AND id != ?",
        [unit_code, name_fold, exclude_id],
    )
    return bool(list(rows))


def person_for_account(db: sqlite_utils.Database, account_id: str) -> dict[str, Any] | None:
    rows = people(db).where("account_id = ?", [account_id])
    return rows[0] if rows else None
