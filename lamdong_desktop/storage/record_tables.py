"""The columns every record table has, and ``_record_table`` that creates one (used by the migrations).

Kept apart from the list of migrations so that it stays short; ``migrations`` re-exports both.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

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
