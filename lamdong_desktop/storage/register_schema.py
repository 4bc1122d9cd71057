"""The record table of the document register (migration ``m007_register``), apart from the list of migrations.

A released migration is never edited: a later change to this table is a new migration.
"""

from __future__ import annotations

import sqlite_utils

from .migrations import _record_table


def create_register_table(db: sqlite_utils.Database) -> None:
    _record_table(
        db,
        "register_entries",
        {
            "unit_code": str,
            "sequence_key": str,  # "unit", or "council:<id>": a council numbers its own documents
            "year": int,
            "doc_type": str,  # DocType code: QD, BB, TB, GM, BC, KH, TTR
            "number": int,
            "issuer": str,  # the issuer's abbreviation: UBND, HĐĐG …
            "reference": str,  # "07/QĐ-UBND" as printed when issued
            "issued_on": str,  # ISO date
            "title": str,  # trích yếu
            "signer_person_id": str,
            "signer_name": str,
            "signer_title": str,
            "authority": str,  # Authority code: none, TM, KT, TM_KT, Q, TM_Q, TL, TUQ
            "signer_body": str,
            "head_title": str,
            "subject_table": str,
            "subject_id": str,
            "state": str,  # issued | cancelled
            "cancel_reason": str,
            "cancelled_by": str,
            "cancelled_at": str,
        },
        not_null={"unit_code", "sequence_key", "year", "doc_type", "number", "issuer", "reference", "issued_on",
                  "title", "signer_name", "signer_title", "authority", "state"},
        defaults={"state": "issued", "authority": "none"},
        foreign_keys=[("signer_person_id", "people", "id")],
    )
    table = db.table("register_entries")
    table.create_index(["unit_code", "sequence_key", "year", "doc_type", "number"], unique=True,
                       index_name="register_entries_unique_number")
    table.create_index(["unit_code", "year", "doc_type"])
    table.create_index(["subject_table", "subject_id"])
