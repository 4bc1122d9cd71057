"""The record table of printed dossiers (migration ``m014_dossier``), apart from the list of migrations.

One audited record per dossier printed (``services.dossier_print``): the proposal, what the file was sealed with
(the SHA-256 of its bytes, the seal's own place left as zeros), the list of documents it holds as printed (its
SHA-256), how many documents and pages, and the audit chain's head it printed. ``lamdong verify --dossier`` finds
a file here by its seal: a file whose bytes changed, or one this database never printed, is not found. A released
migration is never edited: a later change to this table is a new migration.
"""

from __future__ import annotations

import sqlite_utils

from .migrations import _record_table


def create_dossier_table(db: sqlite_utils.Database) -> None:
    _record_table(
        db,
        "printed_dossiers",
        {
            "unit_code": str,
            "proposal_id": str,
            "proposal_ref": str,  # "DX-2026-013", as printed on the list of documents
            "seal": str,  # "sha256:…" of the file's bytes with the seal's 64 hex digits as zeros
            "manifest_sha256": str,  # of the list of documents embedded in the file (canonical JSON)
            "documents": int,
            "pages": int,
            "audit_seq": int,  # the chain's head printed on the list (its event still in the chain)
            "audit_hash": str,
            "printed_by": str,
            "printed_by_name": str,
        },
        not_null={"unit_code", "proposal_id", "seal", "manifest_sha256", "documents", "pages", "printed_by"},
        foreign_keys=[("proposal_id", "proposals", "id")],
    )
    table = db.table("printed_dossiers")
    table.create_index(["seal"], unique=True, index_name="printed_dossiers_seal")
    table.create_index(["proposal_id"])
