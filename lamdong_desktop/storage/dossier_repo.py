"""The printed dossiers (``printed_dossiers``, migration ``m014_dossier``): one audited row per dossier printed."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .records import RecordStore

TABLE = "printed_dossiers"


def dossiers(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, TABLE, "dossier_not_recorded")


def by_seal(db: sqlite_utils.Database, unit_code: str, seal: str) -> dict[str, Any] | None:
    """The print whose file was sealed with ``seal``, if this database made it."""
    rows = dossiers(db).where("unit_code = ? AND seal = ?", [unit_code, seal])
    return rows[0] if rows else None


def of_proposal(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    """Every dossier printed of one proposal, first printed first."""
    return dossiers(db).where("proposal_id = ?", [proposal_id], order_by="created_at")
