"""Records that travel: UUID, version counter, +07:00 stamps, tombstones, an audit event per change."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError, NotFound

from .audit import NewEvent, append_event, append_events

META_FIELDS = (
    "id",
    "version",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "deleted",
    "deleted_at",
    "deleted_by",
)


@dataclass(frozen=True)
class Author:
    """Who writes: the account id and user name stamped on records and audit events."""

    user_id: str
    username: str


SYSTEM = Author(user_id="system", username="system")


@dataclass(frozen=True)
class Written:
    """One record a write touched: its table and the row as stored (for the services' ``Changes``)."""

    table: str
    row: dict[str, Any]


# The collectors open on each connection (keyed by the Database object's id: a connection belongs to
# one thread, so a collector never sees another thread's writes). Nested collectors all see a write.
_collectors: dict[int, list[list[Written]]] = {}


@contextmanager
def collect_writes(db: sqlite_utils.Database) -> Iterator[list[Written]]:
    """Note every record written through ``db`` while the block runs (RecordStore calls ``note_write``)."""
    found: list[Written] = []
    stack = _collectors.setdefault(id(db), [])
    stack.append(found)
    try:
        yield found
    finally:
        # By identity: nested collectors often hold equal lists (the same writes), and ``list.remove`` would take
        # the outer one out and leave the outer write without the changes that follow.
        del stack[next(i for i in range(len(stack) - 1, -1, -1) if stack[i] is found)]
        if not stack:
            _collectors.pop(id(db), None)


def note_write(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> None:
    """Tell the open collectors of ``db`` that ``row`` of ``table`` changed (RecordStore does it for you)."""
    for found in _collectors.get(id(db), ()):
        found.append(Written(table, dict(row)))


_PLAIN = (str, int, float)  # stored as they are (``jsonify_if_needed`` leaves them so)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class RecordStore:
    """Create, update and soft-delete rows of one record table, each change audited in one transaction.

    The rows are read and written with plain statements, not sqlite-utils' ``rows_where``, ``insert`` and ``update``:
    those look for a view of the table's name, check that the table exists and read its columns before each
    statement, several times the statement's own cost on every read and write of the program. Values are converted
    as sqlite-utils converts them (``jsonify_if_needed``: a dict or a list as JSON, a date as ISO text).
    """

    def __init__(self, db: sqlite_utils.Database, table: str, not_found_code: str) -> None:
        self.db = db
        self.table = table
        self.not_found_code = not_found_code

    def _select(self, where: str, params: list[Any], order_by: str | None = None) -> list[dict[str, Any]]:
        sql = f"SELECT * FROM {_quoted(self.table)} WHERE {where}" + (f" ORDER BY {order_by}" if order_by else "")
        try:
            cursor = self.db.execute(sql, params)
        except sqlite3.OperationalError:
            if self.table not in self.db.table_names():
                return []  # as sqlite-utils: a table not made yet has no rows
            raise
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def get(self, record_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        rows = self._select("id = ?", [record_id])
        if not rows or (rows[0]["deleted"] and not include_deleted):
            raise NotFound(self.not_found_code, id=record_id)
        return rows[0]

    def where(self, clause: str = "1", params: Iterable[Any] = (), *, order_by: str | None = None) -> list[
        dict[str, Any]
    ]:
        return self._select(f"deleted = 0 AND ({clause})", list(params), order_by)

    def _write(self, record_id: str | None, fields: dict[str, Any]) -> None:
        """INSERT ``fields`` as a new row (``record_id`` None) or UPDATE them on the row ``record_id``."""
        names = list(fields)
        values = [jsonify_if_needed(fields[name]) for name in names]
        if record_id is None:
            self.db.execute(f"INSERT INTO {_quoted(self.table)} ({', '.join(map(_quoted, names))}) "
                            f"VALUES ({', '.join('?' * len(names))})", values)
        elif names:
            self.db.execute(f"UPDATE {_quoted(self.table)} SET {', '.join(f'{_quoted(n)} = ?' for n in names)} "
                            "WHERE id = ?", [*values, record_id])

    def insert(self, fields: dict[str, Any], *, author: Author, summary: str = "") -> dict[str, Any]:
        stamp = clock.stamp()
        row = {
            **fields,
            "id": fields.get("id") or str(uuid.uuid4()),
            "version": 1,
            "created_at": stamp,
            "created_by": author.user_id,
            "updated_at": stamp,
            "updated_by": author.user_id,
            "deleted": 0,
            "deleted_at": None,
            "deleted_by": None,
        }
        with self.db.atomic():
            self._write(None, row)
            stored = self.get(row["id"])
            self._audit("create", stored, author, summary)
        return stored

    def insert_many(self, rows: Sequence[dict[str, Any]], *, author: Author,
                    summaries: Sequence[str]) -> list[dict[str, Any]]:
        """``insert`` for many rows at once (each with the same fields), in one statement and one batch of events:
        each row gets its own audited ``create`` event, linked in the chain in the order given, as if inserted one by
        one. Returns the rows as stored, in order."""
        if not rows:
            return []
        if len(summaries) != len(rows):
            raise ValueError("one summary a row")
        stamp = clock.stamp()
        meta = {"version": 1, "created_at": stamp, "created_by": author.user_id, "updated_at": stamp,
                "updated_by": author.user_id, "deleted": 0, "deleted_at": None, "deleted_by": None}
        full = [{**fields, "id": fields.get("id") or str(uuid.uuid4()), **meta} for fields in rows]
        names = list(full[0])
        same = full[0].keys()
        if any(row.keys() != same for row in full):
            raise ValueError("every row of a batch has the same fields")
        with self.db.atomic():
            self.db.conn.executemany(
                f"INSERT INTO {_quoted(self.table)} ({', '.join(map(_quoted, names))}) "
                f"VALUES ({', '.join('?' * len(names))})",
                ([v if v is None or type(v) in _PLAIN else jsonify_if_needed(v) for v in map(row.__getitem__, names)]
                 for row in full))
            found = self._by_ids([row["id"] for row in full])  # as stored: what the events' content hashes say
            stored = [found[row["id"]] for row in full]
            for row in stored:
                note_write(self.db, self.table, row)
            append_events(self.db, [
                NewEvent(actor_id=author.user_id, actor_name=author.username, action=f"{self.table}.create",
                         target_table=self.table, target_id=row["id"], summary=summary, content=row)
                for row, summary in zip(stored, summaries, strict=True)])
        return stored

    def _by_ids(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found |= {row["id"]: row for row in self._select(f"id IN ({', '.join('?' * len(chunk))})", chunk)}
        return found

    def update(
        self,
        record_id: str,
        changes: dict[str, Any],
        *,
        author: Author,
        summary: str = "",
        expected_version: int | None = None,
    ) -> dict[str, Any]:
        """Apply ``changes`` and bump the version; refuse when someone else changed it meanwhile."""
        with self.db.atomic():
            current = self.get(record_id)
            if expected_version is not None and current["version"] != expected_version:
                raise DomainError("version_conflict", id=record_id)
            updates = {k: v for k, v in changes.items() if k not in META_FIELDS}
            updates |= {
                "version": current["version"] + 1,
                "updated_at": clock.stamp(),
                "updated_by": author.user_id,
            }
            self._write(record_id, updates)
            stored = self.get(record_id)
            self._audit("update", stored, author, summary)
        return stored

    def delete(self, record_id: str, *, author: Author, summary: str = "") -> dict[str, Any]:
        """Soft delete: the row stays as a tombstone so the deletion can travel in a bundle."""
        with self.db.atomic():
            current = self.get(record_id)
            stamp = clock.stamp()
            self._write(
                record_id,
                {
                    "deleted": 1,
                    "deleted_at": stamp,
                    "deleted_by": author.user_id,
                    "version": current["version"] + 1,
                    "updated_at": stamp,
                    "updated_by": author.user_id,
                },
            )
            stored = self.get(record_id, include_deleted=True)
            self._audit("delete", stored, author, summary)
        return stored

    def _audit(self, verb: str, row: dict[str, Any], author: Author, summary: str) -> None:
        note_write(self.db, self.table, row)
        append_event(
            self.db,
            actor_id=author.user_id,
            actor_name=author.username,
            action=f"{self.table}.{verb}",
            target_table=self.table,
            target_id=row["id"],
            summary=summary,
            content=row,
        )
