"""The record table of printed copies (migration ``m013_printed``), apart from the list of migrations.

One audited record per content printed — the same document printed again counts a copy on its row — with the
canonical text the page said, so that ``lamdong verify --code`` can tell a genuine copy, a superseded one and a
stranger. A released migration is never edited: a later change to this table is a new migration.
"""

from __future__ import annotations

import sqlite_utils

from .migrations import _record_table


def create_printed_table(db: sqlite_utils.Database) -> None:
    _record_table(
        db,
        "printed_documents",
        {
            "unit_code": str,
            "source": str,  # what was printed: plan | minutes | decision | invitation (services.printed)
            "doc_type": str,  # the type's abbreviation as printed: KH, BB, QĐ, TB, GM …
            "subject_table": str,  # the record printed: proposals, meetings, decisions
            "subject_id": str,
            "reference": str,  # the document's number, "05/QĐ-UBND"; "" for a draft or a plan
            "proposal_ref": str,  # the record's reference in the check line, "DX-2026-013" (or "DX-2026-013+2")
            "title": str,  # the summary lines (trích yếu), as printed
            "draft": int,
            "scheme": str,  # the canonical form the hash was taken of: LDV1
            "content_sha256": str,
            "short_code": str,  # the 12 characters of the check code, no dashes
            "check_line": str,  # the line printed beside the QR: "Quyết định số 05/QĐ-UBND · … · mã kiểm tra …"
            "content_text": str,  # the canonical text: what the genuine page said
            "printed_at": str,  # the first print of this content, and who made it
            "printed_by": str,
            "printed_by_name": str,
            "copies": int,
            "last_printed_at": str,
            "last_printed_by": str,
        },
        not_null={"unit_code", "source", "doc_type", "subject_table", "subject_id", "draft", "scheme",
                  "content_sha256", "short_code", "content_text", "printed_at", "copies"},
        defaults={"draft": 0, "copies": 1, "reference": "", "proposal_ref": "", "title": ""},
    )
    table = db.table("printed_documents")
    table.create_index(["short_code"])
    table.create_index(["subject_table", "subject_id"])
    table.create_index(["content_sha256", "source", "subject_table", "subject_id"], unique=True,
                       index_name="printed_documents_unique_content")
