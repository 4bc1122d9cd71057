"""The append-only audit log: each event carries the hash of the previous one (a tamper-evident chain)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from lamdong_desktop.domain import clock

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 as is: the same content always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# Columns added to existing record tables after 0.2.0. While NULL they are left out of the content hash, so
# that adding a column does not change the hash of every row written before it existed (and a database
# upgraded in place still verifies without the migration "blessing" rows it never checked).
LATE_COLUMNS = frozenset({"mistaken_reason", "mistaken_at", "mistaken_by", "stance", "purpose", "new_targets",
                          "new_scope", "awaiting_confirmation", "confirmed_on", "confirmer_name",
                          "due_holder_person_id", "due_holder_account_id", "due_holder_name"})


def content_hash(record: dict[str, Any]) -> str:
    if not LATE_COLUMNS.isdisjoint(record):
        record = {k: v for k, v in record.items() if not (v is None and k in LATE_COLUMNS)}
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def event_hash(event: dict[str, Any]) -> str:
    fields = {k: v for k, v in event.items() if k not in ("seq", "hash")}
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def append_event(
    db: sqlite_utils.Database,
    *,
    actor_id: str | None,
    actor_name: str | None,
    action: str,
    target_table: str | None = None,
    target_id: str | None = None,
    summary: str = "",
    content: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Append one event; call inside the transaction that made the change, so both land or neither.

    Plain statements rather than sqlite-utils' ``insert`` and ``upsert_all``: every change of the program appends an
    event, and those read the table's columns first (two ``PRAGMA table_info`` for the head alone), four times the
    cost of the three statements the event needs.
    """
    return append_events(db, [NewEvent(actor_id=actor_id, actor_name=actor_name, action=action,
                                       target_table=target_table, target_id=target_id, summary=summary,
                                       content=content)])[0]


@dataclass(frozen=True)
class NewEvent:
    """One event to append (``append_events``): who, what, on which row, and the row's content as stored."""

    actor_id: str | None
    actor_name: str | None
    action: str
    target_table: str | None = None
    target_id: str | None = None
    summary: str = ""
    content: dict[str, Any] | None = None


_EVENT_COLUMNS = ("id", "at", "actor_id", "actor_name", "action", "target_table", "target_id", "summary",
                  "content_sha256", "prev_hash", "hash")


def append_events(db: sqlite_utils.Database, new: Sequence[NewEvent]) -> list[dict[str, Any]]:
    """Append ``new`` in order, each linked to the one before (call inside the transaction that made the changes).

    The chain is computed here, in Python, from the head read once; the events are inserted with one
    ``executemany`` and the head moved once: a batch (an imported list of 10,000 tasks) links exactly as the same
    events appended one by one would, at a fraction of the cost.
    """
    if not new:
        return []
    last = db.execute("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    previous = last[0] if last else GENESIS
    at = clock.stamp()
    events: list[dict[str, Any]] = []
    for item in new:
        event: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "at": at,
            "actor_id": item.actor_id,
            "actor_name": item.actor_name,
            "action": item.action,
            "target_table": item.target_table,
            "target_id": item.target_id,
            "summary": item.summary,
            "content_sha256": content_hash(item.content) if item.content is not None else None,
            "prev_hash": previous,
        }
        event["hash"] = previous = event_hash(event)
        events.append(event)
    insert = (f"INSERT INTO audit_events ({', '.join(_EVENT_COLUMNS)}) "
              f"VALUES ({', '.join('?' * len(_EVENT_COLUMNS))})")
    with db.atomic():
        if len(events) == 1:
            seq = db.execute(insert, [events[0][c] for c in _EVENT_COLUMNS]).lastrowid
        else:
            db.conn.executemany(insert, [[e[c] for c in _EVENT_COLUMNS] for e in events])
            seq = db.execute("SELECT seq FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()[0]  # under our lock
        # The chain head, kept apart from the log, so that deleting the newest events is detected too.
        db.execute(
            "INSERT INTO app_meta (key, value) VALUES (?, ?), (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ["audit_head_seq", str(seq), "audit_head_hash", events[-1]["hash"]],
        )
    return events


def events_for(db: sqlite_utils.Database, target_table: str, target_id: str) -> list[dict[str, Any]]:
    return list(
        db.table("audit_events").rows_where(
            "target_table = ? AND target_id = ?", [target_table, target_id], order_by="seq"
        )
    )


def head(db: sqlite_utils.Database) -> tuple[int, str] | None:
    """The stored chain head (sequence number and hash of the newest event), or None before any event."""
    seq, digest = meta_value(db, "audit_head_seq"), meta_value(db, "audit_head_hash")
    if not seq or not digest or not seq.isdigit():
        return None
    return int(seq), digest


def event_hash_at(db: sqlite_utils.Database, seq: int) -> str | None:
    row = db.execute("SELECT hash FROM audit_events WHERE seq = ?", [seq]).fetchone()
    return row[0] if row else None


# ------------------------------------------------------------------------------------------- what is audited
#
# Every table of the schema is exactly one of:
# - a *record* table: it has the record columns (id, version, created_at … deleted) and is written through
#   RecordStore, so each row has events and its latest event holds the row's content hash. Found from the
#   schema, never listed by hand: a new record table is audited by construction.
# - a *keyed* table: no record columns, one row per key; every change appends ``<table>.set`` (content: the
#   whole row as stored) or ``<table>.delete`` (no content) in the same transaction (``audit_keyed``).
# - a *derived* table: rebuilt from audited data or bookkeeping of the program itself, with the reason why.
# - SQLite's own tables and the shadow tables of a derived FTS index.

RECORD_COLUMN_NAMES = frozenset(
    {"id", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted", "deleted_at", "deleted_by"}
)

KEYED_TABLES: dict[str, tuple[str, ...]] = {
    "app_meta": ("key",),
    "units": ("code",),
    "sequences": ("scope", "year"),
    "login_failures": ("username",),
}

# The chain head itself lives in app_meta; verify checks it against the log instead of auditing it.
HEAD_KEYS = ("audit_head_seq", "audit_head_hash")

DERIVED_TABLES: dict[str, str] = {
    "audit_events": "the audit log itself: verified link by link, from the genesis to the stored head",
    "proposals_fts": "search index, rebuilt from proposals (verify checks it covers every proposal, and rebuilds)",
    "schema_versions": "which program version introduced each migration (the newer-database guard)",
    "_sqlite_migrations": "sqlite-utils' list of applied migrations",
    "task_facts": "the KPIs' working-day counts of each task, recounted from tasks and the calendar (task_facts)",
    "task_people": "small numbers for the people of task_facts, rebuilt with it",
    "task_order": "the task board's Vietnamese sort keys of each task, rebuilt from tasks (task_order)",
}

_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")


def keyed_id(table: str, row: dict[str, Any]) -> str:
    """The audit target id of a keyed row: its key, or ``scope|year`` for a composite key."""
    return "|".join(str(row[column]) for column in KEYED_TABLES[table])


def audit_keyed(
    db: sqlite_utils.Database,
    table: str,
    key: dict[str, Any],
    *,
    actor_id: str | None,
    actor_name: str | None,
    summary: str,
) -> dict[str, Any]:
    """Append the event of a keyed row just written (``.set`` with the row) or removed (``.delete``).

    Call inside the transaction that changed the row.
    """
    columns = KEYED_TABLES[table]
    where = " AND ".join(f"[{c}] = ?" for c in columns)
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE {where}", [key[c] for c in columns]))
    return append_event(
        db, actor_id=actor_id, actor_name=actor_name, action=f"{table}.set" if rows else f"{table}.delete",
        target_table=table, target_id=keyed_id(table, key), summary=summary, content=rows[0] if rows else None,
    )


def classify_tables(db: sqlite_utils.Database) -> dict[str, str]:
    """Each table of the schema → "record", "keyed", "derived", "internal" or "unaccounted"."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    shadows = {f"{t}{s}" for t in DERIVED_TABLES for s in _FTS_SHADOW_SUFFIXES}
    result = {}
    for name in tables:
        if name in KEYED_TABLES:
            result[name] = "keyed"
        elif name in DERIVED_TABLES:
            result[name] = "derived"
        elif name.startswith("sqlite_") or name in shadows:
            result[name] = "internal"
        elif RECORD_COLUMN_NAMES <= {c.name for c in db.table(name).columns}:
            result[name] = "record"
        else:
            result[name] = "unaccounted"
    return result


def meta_value(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("SELECT value FROM app_meta WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None
