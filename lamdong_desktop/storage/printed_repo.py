"""The printed copies (``printed_documents``, migration ``m013_printed``): one audited row per content printed.

``record`` runs inside the caller's write transaction: the same content of the same record printed again adds a
copy to its row (an audited update), anything else is a new row. A unique index on (content, source, subject) is
the last line of defence against two rows for one content.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from lamdong_desktop.domain import clock

from .records import Author, RecordStore

TABLE = "printed_documents"


def printed(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, TABLE, "printed_not_found")


def record(db: sqlite_utils.Database, fields: dict[str, Any], *, author: Author, author_name: str) -> dict[str, Any]:
    """Note one print of ``fields`` (source, subject, content hash and text …); returns the row as stored."""
    store = printed(db)
    stamp = clock.stamp()
    with db.atomic():
        same = store.where("content_sha256 = ? AND source = ? AND subject_table = ? AND subject_id = ?",
                           [fields["content_sha256"], fields["source"], fields["subject_table"], fields["subject_id"]])
        if same:
            row = same[0]
            return store.update(row["id"], {"copies": row["copies"] + 1, "last_printed_at": stamp,
                                             "last_printed_by": author.user_id},
                                author=author, summary=f"In thêm bản {row['short_code']}")
        return store.insert({**fields, "printed_at": stamp, "printed_by": author.user_id,
                             "printed_by_name": author_name, "copies": 1, "last_printed_at": stamp,
                             "last_printed_by": author.user_id},
                            author=author, summary=f"In bản {fields['short_code']}")


def by_code(db: sqlite_utils.Database, unit_code: str, short_code: str) -> list[dict[str, Any]]:
    """The rows whose check code is ``short_code`` (almost always one), first printed first."""
    return printed(db).where("unit_code = ? AND short_code = ?", [unit_code, short_code], order_by="printed_at")


def of_subject(db: sqlite_utils.Database, source: str, subject_table: str, subject_id: str) -> list[dict[str, Any]]:
    """Every content printed of one record, first printed first."""
    return printed(db).where("source = ? AND subject_table = ? AND subject_id = ?", [source, subject_table, subject_id],
                             order_by="printed_at")
