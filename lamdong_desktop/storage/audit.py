"""The append-only audit log: each event carries the hash of the previous one (a tamper-evident chain)."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from lamdong_desktop.domain import clock

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 as is: the same content always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(record: dict[str, Any]) -> str:
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


# Tables whose every row is written through RecordStore, so each has an audit event with its content hash.
AUDITED_TABLES = (
    "accounts",
    "party_orgs",
    "people",
    "calendar_corrections",
    "proposals",
    "proposal_revisions",
    "proposal_transitions",
    "attachments",
)


@dataclass(frozen=True)
class Problem:
    """One thing that does not match: ``kind`` is a code, the rest says where."""

    kind: str  # chain_broken, event_altered, head_mismatch, record_altered, record_unaudited, record_missing
    table: str | None = None
    record_id: str | None = None
    seq: int | None = None


@dataclass(frozen=True)
class VerifyReport:
    events: int
    records: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: sqlite_utils.Database) -> VerifyReport:
    """Recompute the audit chain and every audited record's content hash against its latest event."""
    problems: list[Problem] = []
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    previous_hash = GENESIS
    last_seq = 0
    count = 0
    for event in db.query("SELECT * FROM audit_events ORDER BY seq"):
        count += 1
        if event["prev_hash"] != previous_hash:
            problems.append(Problem("chain_broken", seq=event["seq"]))
        if event_hash(event) != event["hash"]:
            problems.append(Problem("event_altered", seq=event["seq"]))
        previous_hash = event["hash"]
        last_seq = event["seq"]
        if event["target_table"] and event["target_id"]:
            latest[(event["target_table"], event["target_id"])] = event
    head_seq = _meta(db, "audit_head_seq")
    head_hash = _meta(db, "audit_head_hash")
    if count and (head_seq != str(last_seq) or head_hash != previous_hash):
        problems.append(Problem("head_mismatch", seq=last_seq))
    records = 0
    present: set[tuple[str, str]] = set()
    existing = set(db.table_names())
    for table in AUDITED_TABLES:
        if table not in existing:
            continue
        for row in db.query(f"SELECT * FROM [{table}]"):
            records += 1
            key = (table, row["id"])
            present.add(key)
            last_event = latest.get(key)
            if last_event is None:
                problems.append(Problem("record_unaudited", table=table, record_id=row["id"]))
            elif last_event["content_sha256"] != content_hash(row):
                problems.append(Problem("record_altered", table=table, record_id=row["id"], seq=last_event["seq"]))
    for (table, record_id), event in latest.items():
        if table in AUDITED_TABLES and (table, record_id) not in present:
            problems.append(Problem("record_missing", table=table, record_id=record_id, seq=event["seq"]))
    return VerifyReport(events=count, records=records, problems=tuple(problems))


def _meta(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("SELECT value FROM app_meta WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None
