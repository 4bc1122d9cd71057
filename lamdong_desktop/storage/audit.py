"""The append-only audit log: each event carries the hash of the previous one (a tamper-evident chain)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
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
LATE_COLUMNS = frozenset({"mistaken_reason", "mistaken_at", "mistaken_by"})


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
    """Append one event; call inside the transaction that made the change, so both land or neither."""
    last = list(db.query("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"))
    event: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "at": clock.stamp(),
        "actor_id": actor_id,
        "actor_name": actor_name,
        "action": action,
        "target_table": target_table,
        "target_id": target_id,
        "summary": summary,
        "content_sha256": content_hash(content) if content is not None else None,
        "prev_hash": last[0]["hash"] if last else GENESIS,
    }
    event["hash"] = event_hash(event)
    with db.atomic():
        seq = db.table("audit_events").insert(event).last_pk
        # The chain head, kept apart from the log, so that deleting the newest events is detected too.
        db.table("app_meta").upsert_all(
            [{"key": "audit_head_seq", "value": str(seq)}, {"key": "audit_head_hash", "value": event["hash"]}],
            pk="key",
        )
    return event


def events_for(db: sqlite_utils.Database, target_table: str, target_id: str) -> list[dict[str, Any]]:
    return list(
        db.table("audit_events").rows_where(
            "target_table = ? AND target_id = ?", [target_table, target_id], order_by="seq"
        )
    )


def head(db: sqlite_utils.Database) -> tuple[int, str] | None:
    """The stored chain head (sequence number and hash of the newest event), or None before any event."""
    seq, digest = _meta(db, "audit_head_seq"), _meta(db, "audit_head_hash")
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


# ------------------------------------------------------------------------------------------------ verify


@dataclass(frozen=True)
class Problem:
    """One thing that does not match: ``kind`` is a code, the rest says where.

    ``label`` names the thing as people know it (a proposal's reference, an attachment's file name, a user
    name, a setting's key), ``owner`` the proposal it belongs to, ``detail`` the summary of the last event
    of a row that is gone.
    """

    kind: str
    table: str | None = None
    record_id: str | None = None
    seq: int | None = None
    label: str | None = None
    owner: str | None = None
    detail: str | None = None

    @property
    def where(self) -> dict[str, Any]:
        """Everything but the kind, for ``messages.describe_problem(kind, **where)``."""
        return {k: v for k, v in self.__dict__.items() if k != "kind"}


@dataclass(frozen=True)
class VerifyReport:
    events: int
    records: int
    problems: tuple[Problem, ...]
    stale_index: int = 0  # proposals missing from the search index, or index rows of no proposal
    index_rebuilt: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: sqlite_utils.Database) -> VerifyReport:
    """Recompute the audit chain and check every audited row against its latest event.

    Memory stays flat: the chain is streamed in seq order keeping only the previous hash, and each row is
    matched to its latest event by indexed SQL, table by table.
    """
    problems: list[Problem] = []
    kinds = classify_tables(db)
    if "audit_events" not in kinds:  # the log table itself was dropped: nothing can be checked against it
        return VerifyReport(events=0, records=0, problems=(Problem("log_missing"),))
    count = _verify_chain(db, problems)
    records = 0
    # A table the log knows of that is gone entirely (dropped by hand).
    for (target_table,) in db.execute("SELECT DISTINCT target_table FROM audit_events WHERE target_table IS NOT NULL"):
        if target_table not in kinds:
            problems.append(Problem("table_missing", table=target_table))
    for table, kind in kinds.items():
        if kind == "record":
            records += _verify_rows(db, table, problems, keyed=False)
        elif kind == "keyed":
            records += _verify_rows(db, table, problems, keyed=True)
        elif kind == "unaccounted":
            problems.append(Problem("table_unaccounted", table=table))
    stale = _stale_index(db) if "proposals_fts" in kinds and "proposals" in kinds else 0
    return VerifyReport(events=count, records=records, problems=tuple(_named(db, p) for p in problems),
                        stale_index=stale)


def _verify_chain(db: sqlite_utils.Database, problems: list[Problem]) -> int:
    previous_hash = GENESIS
    expected_seq = 1
    count = 0
    for event in _rows(db, "SELECT * FROM audit_events ORDER BY seq"):
        count += 1
        seq = event["seq"]
        if event["prev_hash"] != previous_hash:
            problems.append(Problem("genesis_missing" if count == 1 else "chain_broken", seq=seq))
        elif seq != expected_seq:
            problems.append(Problem("seq_gap", seq=seq))
        if event_hash(event) != event["hash"]:
            problems.append(Problem("event_altered", seq=seq))
        previous_hash = event["hash"]
        expected_seq = seq + 1
    head_seq, head_hash = _meta(db, "audit_head_seq"), _meta(db, "audit_head_hash")
    if not count:
        if head_seq or head_hash:
            problems.append(Problem("log_emptied", seq=int(head_seq) if head_seq and head_seq.isdigit() else None))
    elif head_seq != str(expected_seq - 1) or head_hash != previous_hash:
        problems.append(Problem("head_mismatch", seq=expected_seq - 1))
    return count


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
    """Stream rows as dicts straight from the cursor (verify reads every row of the database)."""
    cursor = db.conn.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _key_sql(table: str, keyed: bool, alias: str = "r") -> str:
    if not keyed:
        return f"{alias}.[id]"
    return " || '|' || ".join(f"CAST({alias}.[{c}] AS TEXT)" for c in KEYED_TABLES[table])


def _verify_rows(db: sqlite_utils.Database, table: str, problems: list[Problem], *, keyed: bool) -> int:
    key = _key_sql(table, keyed)
    skip = " WHERE r.[key] NOT IN ('audit_head_seq', 'audit_head_hash')" if table == "app_meta" else ""
    # The latest event of each row, found through the (target_table, target_id) index.
    sql = (
        f'SELECT r.*, e.seq AS "__audit_seq", e.content_sha256 AS "__audit_sha", e.action AS "__audit_action" '
        f"FROM [{table}] AS r LEFT JOIN audit_events AS e ON e.seq = ("
        f"SELECT max(x.seq) FROM audit_events AS x WHERE x.target_table = ? AND x.target_id = {key}){skip}"
    )
    deleted_action = f"{table}.delete"
    rows = 0
    for row in _rows(db, sql, [table]):
        rows += 1
        seq, sha, action = row.pop("__audit_seq"), row.pop("__audit_sha"), row.pop("__audit_action")
        target = keyed_id(table, row) if keyed else row["id"]
        if seq is None or (keyed and action == deleted_action):
            problems.append(Problem("record_unaudited", table=table, record_id=target, seq=seq))
        elif sha != content_hash(row):
            problems.append(Problem("record_altered", table=table, record_id=target, seq=seq))
    # Rows whose latest event says they exist, but which are gone (a keyed row may be gone after .delete).
    gone_ok = " AND e.action != ?" if keyed else ""
    sql = (
        "SELECT g.target_id, g.seq, e.summary FROM (SELECT target_id, max(seq) AS seq FROM audit_events "
        "WHERE target_table = ? AND target_id IS NOT NULL GROUP BY target_id) AS g "
        f"JOIN audit_events AS e ON e.seq = g.seq WHERE NOT EXISTS (SELECT 1 FROM [{table}] AS r "
        f"WHERE {key} = g.target_id){gone_ok}"
    )
    for gone in db.query(sql, [table, deleted_action] if keyed else [table]):
        if table == "app_meta" and gone["target_id"] in HEAD_KEYS:
            continue
        problems.append(Problem("record_missing", table=table, record_id=gone["target_id"], seq=gone["seq"],
                                detail=gone["summary"] or None))
    return rows


def _stale_index(db: sqlite_utils.Database) -> int:
    missing = db.execute(
        "SELECT count(*) FROM proposals AS p WHERE p.deleted = 0 AND NOT EXISTS "
        "(SELECT 1 FROM proposals_fts AS f WHERE f.rowid = p.rowid)").fetchone()[0]
    extra = db.execute(
        "SELECT count(*) FROM proposals_fts AS f WHERE NOT EXISTS "
        "(SELECT 1 FROM proposals AS p WHERE p.rowid = f.rowid AND p.deleted = 0)").fetchone()[0]
    return int(missing) + int(extra)


def _one(db: sqlite_utils.Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


def _proposal_ref(db: sqlite_utils.Database, proposal_id: str | None) -> str | None:
    row = _one(db, "SELECT ref FROM proposals WHERE id = ?", [proposal_id])
    return row["ref"] if row else None


def _named(db: sqlite_utils.Database, problem: Problem) -> Problem:
    """The problem with the names people know: a proposal by its reference, an attachment by file name."""
    table, rid = problem.table, problem.record_id
    if not table or not rid or problem.kind == "record_missing":
        return problem
    label: str | None = None
    owner: str | None = None
    try:
        if table == "proposals":
            label = _proposal_ref(db, rid)
        elif table == "attachments":
            row = _one(db, "SELECT filename, owner_table, owner_id FROM attachments WHERE id = ?", [rid])
            if row:
                label = row["filename"]
                owner = _proposal_ref(db, row["owner_id"]) if row["owner_table"] == "proposals" else None
        elif table in ("proposal_revisions", "proposal_transitions"):
            column = "revision" if table == "proposal_revisions" else "action"
            row = _one(db, f"SELECT proposal_id, [{column}] AS label FROM [{table}] WHERE id = ?", [rid])
            if row:
                label, owner = str(row["label"]), _proposal_ref(db, row["proposal_id"])
        elif table in ("accounts", "people", "party_orgs", "calendar_corrections"):
            column = {"accounts": "username", "people": "full_name", "party_orgs": "name",
                      "calendar_corrections": "day"}[table]
            row = _one(db, f"SELECT [{column}] AS label FROM [{table}] WHERE id = ?", [rid])
            label = str(row["label"]) if row else None
        elif table == "units":
            row = _one(db, "SELECT name FROM units WHERE code = ?", [rid])
            label = f"{rid} ({row['name']})" if row else rid
        elif table in KEYED_TABLES:
            label = rid
    except (sqlite3.Error, KeyError, TypeError):  # a damaged row is still reported, by its id
        return problem
    return Problem(problem.kind, table, rid, problem.seq, label, owner, problem.detail)


def _meta(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("SELECT value FROM app_meta WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None
