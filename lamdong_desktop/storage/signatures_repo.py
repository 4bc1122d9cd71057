"""The digital signatures recorded of attached signed PDFs (migration ``m011_signatures``)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .records import RecordStore


def digital_signatures(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "digital_signatures", "attachment_not_found")


def signatures_of(db: sqlite_utils.Database, attachment_id: str) -> list[dict[str, Any]]:
    """The signatures of one attachment, in the order they were made."""
    return digital_signatures(db).where("attachment_id = ?", [attachment_id], order_by="signed_at, rowid")
