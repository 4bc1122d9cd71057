"""The document register: numbers taken from the audited ``sequences`` table, one audited record per number.

``allocate_entry`` is what every service that issues a numbered document calls, inside its own write
transaction (``db.atomic()``, BEGIN IMMEDIATE): the number and the entry land together with the caller's other
writes, or not at all. So a number is never skipped (a rolled-back transaction gives its number back: it never
existed) and never reused (the sequence only grows; a cancelled number stays in the register).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from typing import Any

import sqlite_utils

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError, NotFound, ValidationError
from lamdong_desktop.domain.register import (
    Authority,
    DocType,
    Entry,
    EntryDraft,
    EntryState,
    check_draft,
    check_issue_date,
    format_number,
)

from . import sequences_repo
from .records import Author, RecordStore

TABLE = "register_entries"
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


def entries(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, TABLE, "register_entry_not_found")


def sequence_scope(unit_code: str, sequence_key: str, doc_type: DocType) -> str:
    """The ``sequences`` scope of one numbering: ``REG:LD021:unit:QD``, ``REG:LD021:council:<id>:BB``."""
    return f"REG:{unit_code}:{sequence_key}:{doc_type.value}"


def to_entry(row: dict[str, Any]) -> Entry:
    return Entry(
        id=row["id"], unit_code=row["unit_code"], sequence_key=row["sequence_key"], year=row["year"],
        doc_type=DocType(row["doc_type"]), number=row["number"], issuer=row["issuer"], reference=row["reference"],
        issued_on=date.fromisoformat(row["issued_on"]), title=row["title"], signer_name=row["signer_name"],
        signer_title=row["signer_title"], authority=Authority(row["authority"]),
        signer_body=row["signer_body"] or "", head_title=row["head_title"] or "",
        signer_person_id=row["signer_person_id"], subject_table=row["subject_table"], subject_id=row["subject_id"],
        state=EntryState(row["state"]), cancel_reason=row["cancel_reason"] or "", cancelled_by=row["cancelled_by"],
        cancelled_at=row["cancelled_at"], created_by=row["created_by"], created_at=row["created_at"],
        version=row["version"],
    )


def latest_issue_date(db: sqlite_utils.Database, unit_code: str, sequence_key: str, doc_type: DocType,
                      year: int) -> date | None:
    """The date of the newest number of one sequence and year (cancelled ones count: they were taken then)."""
    row = db.execute(
        f"SELECT max(issued_on) FROM {TABLE} WHERE unit_code = ? AND sequence_key = ? AND year = ? "
        "AND doc_type = ? AND deleted = 0", [unit_code, sequence_key, year, doc_type.value]).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _check_subject(db: sqlite_utils.Database, table: str, record_id: str) -> None:
    """The record the document belongs to exists (a record table of the schema, the row not deleted)."""
    if not _IDENTIFIER.match(table) or table not in db.table_names():
        raise ValidationError("register_subject_not_found", table=table, id=record_id)
    columns = {c.name for c in db.table(table).columns}
    if not {"id", "deleted"} <= columns:
        raise ValidationError("register_subject_not_found", table=table, id=record_id)
    found = db.execute(f"SELECT 1 FROM [{table}] WHERE id = ? AND deleted = 0", [record_id]).fetchone()
    if not found:
        raise ValidationError("register_subject_not_found", table=table, id=record_id)


def allocate_entry(db: sqlite_utils.Database, draft: EntryDraft, *, unit_code: str, author: Author) -> Entry:
    """Take the next number of the draft's sequence (unit or council, type, year of issue) and record the entry.

    Call it inside the write transaction of the service that issues the document, so that the number, the
    entry and that service's own records commit or roll back together; called alone it is one transaction of
    its own. No permission is checked here: the calling service decides who may issue. The year is the year of
    ``issued_on``; numbers start again from 01 every year (ND 30/2020 Đ15.1).
    """
    draft = check_draft(draft)
    with db.atomic():
        if draft.subject_table is not None and draft.subject_id is not None:
            _check_subject(db, draft.subject_table, draft.subject_id)
        if draft.signer_person_id is not None:
            signer = db.execute("SELECT 1 FROM people WHERE id = ? AND unit_code = ? AND deleted = 0",
                                [draft.signer_person_id, unit_code]).fetchone()
            if not signer:
                raise NotFound("person_not_found", id=draft.signer_person_id)
        year = draft.issued_on.year
        # Read under the write lock (BEGIN IMMEDIATE): nobody numbers this sequence between the check and the take.
        check_issue_date(draft.issued_on, today=clock.today(),
                         latest=latest_issue_date(db, unit_code, draft.sequence_key, draft.doc_type, year))
        scope = sequence_scope(unit_code, draft.sequence_key, draft.doc_type)
        number = sequences_repo.next_number(db, scope, year, author=author)
        reference = format_number(number, draft.doc_type, draft.issuer)
        try:
            row = entries(db).insert(
                {
                    "unit_code": unit_code, "sequence_key": draft.sequence_key, "year": year,
                    "doc_type": draft.doc_type.value, "number": number, "issuer": draft.issuer,
                    "reference": reference, "issued_on": draft.issued_on.isoformat(), "title": draft.title,
                    "signer_person_id": draft.signer_person_id, "signer_name": draft.signer_name,
                    "signer_title": draft.signer_title, "authority": draft.authority.value,
                    "signer_body": draft.signer_body or None, "head_title": draft.head_title or None,
                    "subject_table": draft.subject_table, "subject_id": draft.subject_id,
                    "state": EntryState.ISSUED.value, "cancel_reason": None, "cancelled_by": None,
                    "cancelled_at": None,
                },
                author=author,
                summary=f"Cấp số {reference} ngày {draft.issued_on.strftime('%d/%m/%Y')}: {draft.title}",
            )
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" not in str(exc):
                raise
            # The sequence is behind the register (changed outside the program): never issue a number twice.
            raise DomainError("register_number_taken", reference=reference, year=year) from exc
    return to_entry(row)


def cancel_entry(db: sqlite_utils.Database, entry_id: str, *, reason: str, author: Author,
                 expected_version: int | None = None) -> Entry:
    """Mark a number cancelled with its reason; it stays in the register and its sequence never gives it again."""
    with db.atomic():
        current = to_entry(entries(db).get(entry_id))
        if current.cancelled:
            raise ValidationError("register_entry_already_cancelled", reference=current.reference,
                                  year=current.year)
        row = entries(db).update(
            entry_id,
            {"state": EntryState.CANCELLED.value, "cancel_reason": reason, "cancelled_by": author.user_id,
             "cancelled_at": clock.stamp()},
            author=author, expected_version=expected_version,
            summary=f"Hủy số {current.reference} năm {current.year}: {reason}",
        )
    return to_entry(row)


def get_entry(db: sqlite_utils.Database, unit_code: str, entry_id: str) -> Entry:
    row = entries(db).get(entry_id)
    if row["unit_code"] != unit_code:
        raise NotFound("register_entry_not_found", id=entry_id)
    return to_entry(row)


def list_entries(db: sqlite_utils.Database, unit_code: str, *, year: int | None = None,
                 doc_type: DocType | None = None, sequence_key: str | None = None) -> list[Entry]:
    """The register in its own order: year, type, sequence (councils before the unit), number."""
    clause, params = "unit_code = ?", list[Any]([unit_code])
    if year is not None:
        clause += " AND year = ?"
        params.append(year)
    if doc_type is not None:
        clause += " AND doc_type = ?"
        params.append(doc_type.value)
    if sequence_key is not None:
        clause += " AND sequence_key = ?"
        params.append(sequence_key)
    rows = entries(db).where(clause, params, order_by="year, doc_type, sequence_key, number")
    return [to_entry(r) for r in rows]


def find_by_number(db: sqlite_utils.Database, unit_code: str, *, year: int, doc_type: DocType, issuer: str,
                   number: int) -> list[Entry]:
    rows = entries(db).where("unit_code = ? AND year = ? AND doc_type = ? AND issuer = ? AND number = ?",
                             [unit_code, year, doc_type.value, issuer, number], order_by="sequence_key")
    return [to_entry(r) for r in rows]


def entries_of(db: sqlite_utils.Database, subject_table: str, subject_id: str) -> list[Entry]:
    """The numbers taken by documents of one record (a meeting, a decision), oldest first."""
    rows = entries(db).where("subject_table = ? AND subject_id = ?", [subject_table, subject_id],
                             order_by="created_at, number")
    return [to_entry(r) for r in rows]
