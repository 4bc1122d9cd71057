"""Named schema migrations. A released migration is never edited: add a new one instead.

Every migration records the program version that introduced it (``schema_versions``), so that an
older program meeting a newer database can say which version the user needs.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

MIGRATION_SET = "lamdong"
SCHEMA_VERSIONS_TABLE = "schema_versions"
MIGRATIONS = Migrations(MIGRATION_SET)

# Columns of every record that travels in bundles (shared/bundles.md): a UUID, a per-record version
# counter that merges compare instead of laptop clocks, who/when stamps in +07:00, and tombstones.
RECORD_COLUMNS: dict[str, Any] = {
    "id": str,
    "version": int,
    "created_at": str,
    "created_by": str,
    "updated_at": str,
    "updated_by": str,
    "deleted": int,
    "deleted_at": str,
    "deleted_by": str,
}
RECORD_NOT_NULL = {"id", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted"}
RECORD_DEFAULTS = {"version": 1, "deleted": 0}


def known_migration_names() -> set[str]:
    return {m.name for m in MIGRATIONS._migrations}


def _introduced(db: sqlite_utils.Database, name: str, app_version: str) -> None:
    db.table(SCHEMA_VERSIONS_TABLE).insert({"name": name, "app_version": app_version}, pk="name", replace=True)


def _record_table(
    db: sqlite_utils.Database,
    name: str,
    fields: dict[str, Any],
    *,
    not_null: set[str] = frozenset(),  # type: ignore[assignment]
    defaults: dict[str, Any] | None = None,
    foreign_keys: list[tuple[str, str, str]] | None = None,
) -> None:
    db.table(name).create(
        {**RECORD_COLUMNS, **fields},
        pk="id",
        not_null=RECORD_NOT_NULL | set(not_null),
        defaults={**RECORD_DEFAULTS, **(defaults or {})},
        foreign_keys=foreign_keys or [],
    )


@MIGRATIONS()
def m001_core(db: sqlite_utils.Database) -> None:
    """Installation settings, the unit list, local accounts."""
    db.table(SCHEMA_VERSIONS_TABLE).create({"name": str, "app_version": str}, pk="name", not_null={"app_version"})
    db.table("app_meta").create({"key": str, "value": str}, pk="key")
    # Province-owned reference data, replaced by reference bundles; codes are stable (resources/data).
    db.table("units").create(
        {
            "code": str,
            "name": str,
            "kind": str,
            "former_province": str,
            "formed_from": str,
            "parent_code": str,
            "name_fold": str,
        },
        pk="code",
        not_null={"name", "kind", "name_fold"},
    )
    # Accounts are local to one installation and never travel; they still get UUIDs and stamps.
    _record_table(
        db,
        "accounts",
        {
            "username": str,
            "full_name": str,
            "password_hash": str,
            "roles": str,
            "disabled": int,
        },
        not_null={"username", "full_name", "password_hash", "roles", "disabled"},
        defaults={"disabled": 0},
    )
    db.table("accounts").create_index(["username"], unique=True)
    # Wrong-password counters are machine-local state, not records: they neither travel nor get audited.
    db.table("login_failures").create(
        {"username": str, "failed_attempts": int, "last_failure_at": str},
        pk="username",
        not_null={"failed_attempts"},
    )
    _introduced(db, "m001_core", "0.1.0")


@MIGRATIONS()
def m002_staff(db: sqlite_utils.Database) -> None:
    """A unit's party organisations (tổ chức cơ sở đảng, chi bộ) and its staff."""
    _record_table(
        db,
        "party_orgs",
        {"unit_code": str, "name": str, "name_fold": str, "kind": str, "parent_id": str, "notes": str},
        not_null={"unit_code", "name", "name_fold", "kind"},
        foreign_keys=[("parent_id", "party_orgs", "id")],
    )
    _record_table(
        db,
        "people",
        {
            "unit_code": str,
            "full_name": str,
            "name_fold": str,
            "position": str,
            "party_org_id": str,
            "phone": str,
            "email": str,
            "account_id": str,
        },
        not_null={"unit_code", "full_name", "name_fold"},
        foreign_keys=[("party_org_id", "party_orgs", "id"), ("account_id", "accounts", "id")],
    )
    db.table("people").create_index(["unit_code", "deleted"])
    _introduced(db, "m002_staff", "0.1.0")


@MIGRATIONS()
def m003_calendar_corrections(db: sqlite_utils.Database) -> None:
    """The yearly correction table over the library's holidays (province-owned reference data)."""
    _record_table(
        db,
        "calendar_corrections",
        {"day": str, "kind": str, "name": str},
        not_null={"day", "kind", "name"},
    )
    db.table("calendar_corrections").create_index(["day"])
    _introduced(db, "m003_calendar_corrections", "0.1.0")


@MIGRATIONS()
def m004_audit_events(db: sqlite_utils.Database) -> None:
    """An append-only, hash-chained log of every state change (who, when, what, content hash)."""
    db.table("audit_events").create(
        {
            "seq": int,
            "id": str,
            "at": str,
            "actor_id": str,
            "actor_name": str,
            "action": str,
            "target_table": str,
            "target_id": str,
            "summary": str,
            "content_sha256": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={"id", "at", "action", "hash"},
    )
    db.table("audit_events").create_index(["target_table", "target_id"])
    _introduced(db, "m004_audit_events", "0.1.0")
